// Headless-Chromium part of the benchmarks, against the release bundle in
// dist/ (trunk build --release), served and driven exactly as the browser
// tests do (tests/e2e/support.mjs):
//   (3b) time from navigation to interactive (the Inspect button is enabled,
//        in the page's clock) and what the page downloaded until then
//        (gzipped wasm + JS + CSS), for this build and, beside it, a baseline
//        build (BASELINE_DIST), their visits taking turns (TTI_RUNS each);
//        then the Domain tools, a module of their own: the time from opening
//        their tab to the tools drawn, and what that fetched;
//   (2b) the wasm core on the 20 MB message: time from Inspect to the DKIM
//        verdict, with the project's DoH server answering from big.zone;
//   (2c) the core alone in wasm, as `hs-bench cpu` measures it natively:
//        body hash (relaxed + SHA-256) and parse + DKIM verify, through the
//        bench_* exports of the engine's module (src/bin/engine/bench.rs); the body
//        hash and the verify both in wasm and the app's way (dkim::hash_bodies:
//        read in place or canonicalized in wasm, digested by WebCrypto,
//        src/app/engine/webcrypto.rs), beside the way before it (canonical copy),
//        their parts (down to WebCrypto's own copy and hash), and the same on a
//        body already in canonical form;
//   (2d) parse + DKIM verify of a small message (CACHE_DIR/small, one RSA-2048
//        signature), the signature checked by the rsa crate in wasm and by
//        WebCrypto (the app's way), interleaved in one page; and its first
//        verify in a fresh engine, both ways;
//   (7)  the page's responsiveness during that run: the longest main-thread
//        task and the frames drawn, with the inspection worker and with
//        worker.js blocked (the in-page fallback) — same message, same run.
//
// usage: node bench/wasm/browser-bench.mjs CACHE_DIR
//   CACHE_DIR/big.eml and big.zone are written by `hs-bench cpu --write-dir CACHE_DIR`,
//   CACHE_DIR/small/ by `hs-bench cpu --mb 0 --write-dir CACHE_DIR/small`.
// Env: HEADERSCOPE_BIN (the doh-server; default target/debug/headerscope),
// BASELINE_DIST (another build's dist/ to time beside this one).

import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, checkBuilt, serveDist, closeServer, startDoh, launchBrowser } from '../../tests/e2e/support.mjs';
import { INSPECT, median, watchInspect } from './interactive.mjs';

const VERDICT = '[data-testid=verdict-dkim-0-result]';
const RUNS = 3;
const TTI_RUNS = Number(process.env.TTI_RUNS ?? 9);
// The hashes take tens of milliseconds each: more rounds for a steadier median.
const HASH_RUNS = 9;
// A small message verifies in about a millisecond: many rounds.
const SMALL_RUNS = 41;
// Each a fresh page and engine.
const FIRST_RUNS = 5;


// The gzipped size, in KiB, of the wasm, JS and CSS among the paths fetched.
const gzKib = (dist, paths) => {
  let n = 0;
  for (const p of paths) {
    const file = join(dist, normalize(p));
    if (/\.(wasm|js|css)$/.test(p) && existsSync(file)) n += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return Math.round(n / 1024);
};


// One first visit: ms from navigation to an enabled Inspect button, and the
// gzipped size of the wasm, JS and CSS the page fetched until then (the
// service worker's later precache excluded: it is blocked here).
// Then, where the build has an inspection engine of its own (fetched by the
// worker when the page is idle), ms until it runs and the gzipped size of
// what was fetched for it: the wait before a first Inspect can start.
async function interactiveOnce(browser, web, dist) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(watchInspect);
  const fetched = new Set();
  page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
  await page.goto(web.url);
  await page.waitForSelector(INSPECT, { timeout: 60_000 });
  // What the page asked for before it was interactive, by its own clock:
  // the engine, which the worker fetches once the page is idle, can arrive
  // before the wait above notices the button (and Playwright reports a
  // dedicated worker's requests too), so the requests seen by then are not it.
  const { ms, before } = await page.evaluate(() => ({
    ms: window.__interactive,
    before: performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= window.__interactive)
      .map((e) => new URL(e.name).pathname),
  }));
  const initial = new Set(before);
  const engine = existsSync(join(dist, 'index.html')) && readFileSync(join(dist, 'index.html'), 'utf8').includes('data-hs-engine-js');
  let engineMs = null;
  let engineKib = 0;
  if (engine) {
    await page.waitForSelector('html[data-engine=ready]', { state: 'attached', timeout: 60_000 });
    engineMs = await page.evaluate(() => window.__engineReady);
    const later = [...fetched].filter((p) => !initial.has(p));
    // A dedicated worker's own requests may or may not reach
    // page.on('request') by now: the engine's files are named on boot.js's tag.
    const tag = readFileSync(join(dist, 'index.html'), 'utf8');
    for (const m of tag.matchAll(/data-hs-engine-(?:js|wasm)="\.\/([^"]+)"/g)) later.push(`/${m[1]}`);
    engineKib = gzKib(dist, new Set(later));
  }
  await context.close();
  return { ms, kib: gzKib(dist, initial), engineMs, engineKib };
}

// Medians over TTI_RUNS first visits per build, the builds taking turns so
// that a change of load on the machine falls on each alike.
async function timeToInteractive(browser, builds) {
  const seen = builds.map(() => ({ ms: [], kib: 0, engineMs: [], engineKib: 0 }));
  for (let i = 0; i < TTI_RUNS; i++) {
    for (const [k, { web, dist }] of builds.entries()) {
      const one = await interactiveOnce(browser, web, dist);
      seen[k].ms.push(one.ms);
      seen[k].kib = one.kib;
      if (one.engineMs !== null) seen[k].engineMs.push(one.engineMs);
      seen[k].engineKib = one.engineKib;
    }
  }
  return seen.map((s) => ({
    ms: Math.round(median(s.ms)),
    kib: s.kib,
    engineMs: s.engineMs.length ? Math.round(median(s.engineMs)) : null,
    engineKib: s.engineKib,
  }));
}

// Median time from a click on the Domain tools' tab (on an interactive page)
// to the tools drawn, and the gzipped size of what that click fetched: the
// tools' own module, loaded only then.
async function timeToTools(browser, web, dist) {
  const times = [];
  let kib = 0;
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(web.url);
    await page.waitForSelector(INSPECT, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const fetched = new Set();
    page.on('request', (r) => fetched.add(new URL(r.url()).pathname));
    const t0 = Date.now();
    await page.getByTestId('tab-tools').click();
    await page.waitForSelector('[data-testid=tools]', { state: 'visible', timeout: 60_000 });
    times.push(Date.now() - t0);
    await context.close();
    kib = gzKib(dist, fetched);
  }
  return { ms: median(times), kib };
}

// One inspection of `raw`; returns its wall time, the longest main-thread
// task seen during it (PerformanceObserver 'longtask', tasks over 50 ms) and
// the animation frames drawn meanwhile.
async function inspectOnce(browser, url, dohUrl, raw, { blockWorker }) {
  const context = await browser.newContext();
  if (blockWorker) await context.route('**/worker.js', (r) => r.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(INSPECT, { timeout: 60_000 });
  await page.getByTestId('doh-provider').selectOption('custom');
  await page.getByTestId('doh-custom-url').fill(dohUrl);
  await page.getByTestId('doh-custom-format').selectOption('json');
  // What a paste does, minus the clipboard.
  await page.evaluate((v) => {
    const el = document.querySelector('[data-testid=message-input]');
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, raw);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__bench = { longest: 0, frames: 0, running: true };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (window.__bench.running) window.__bench.longest = Math.max(window.__bench.longest, e.duration);
      }
    }).observe({ type: 'longtask' });
    const tick = () => {
      if (!window.__bench.running) return;
      window.__bench.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t0 = Date.now();
  await page.click(INSPECT);
  await page.waitForSelector(VERDICT, { timeout: 300_000 });
  await page.waitForSelector(INSPECT, { timeout: 300_000 });
  const ms = Date.now() - t0;
  const verdict = (await page.textContent(VERDICT)).trim();
  const { longest, frames } = await page.evaluate(() => {
    window.__bench.running = false;
    return window.__bench;
  });
  await context.close();
  return { ms, verdict, longest: Math.round(longest), frames };
}

// A fresh page of the app with the engine's module (src/bin/engine) started in
// it as window.__hsEngine, whose bench_* exports run the core in this page's
// wasm; a build from before the engine was split off has the exports in the
// page's module (already started by boot.js: a second import gives it).
async function pageWithEngine(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(INSPECT, { timeout: 60_000 });
  await page.evaluate(async () => {
    const d = document.querySelector('script[data-hs-js]').dataset;
    const m = await import(new URL(d.hsEngineJs ?? d.hsJs, document.baseURI).href);
    if (d.hsEngineWasm) await m.default({ module_or_path: new URL(d.hsEngineWasm, document.baseURI) });
    window.__hsEngine = m;
  });
  return { context, page };
}

// The first verify of the small message in a fresh engine, `way` being
// bench_dkim_verify (RSA in wasm) or bench_dkim_verify_webcrypto: what a
// first Inspect pays, the wasm code not yet optimized by the browser.
async function firstSmallVerify(browser, url, small, way) {
  const { context, page } = await pageWithEngine(browser, url);
  // The page settled first (its own engine started in the worker): a
  // WebCrypto promise settles in a task of the page's event loop, which
  // would otherwise wait behind the page's start-up work.
  await page.waitForSelector('html[data-engine=ready]', { state: 'attached', timeout: 60_000 });
  await page.waitForTimeout(500);
  const ms = await page.evaluate(
    ({ small, way }) => window.__hsEngine[way]?.(new TextEncoder().encode(small.raw), small.zone) ?? null,
    { small, way },
  );
  await context.close();
  return ms;
}

async function coreTimings(browser, url, rawLatin1, zoneText, small) {
  const { context, page } = await pageWithEngine(browser, url);
  const result = await page.evaluate(
    async ({ raw, zone, runs, hashRuns, small, SMALL_RUNS }) => {
      const m = window.__hsEngine;
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      let start = 0;
      for (let i = 0; i + 3 < bytes.length; i++) {
        if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) {
          start = i + 4;
          break;
        }
      }
      const body = bytes.subarray(start);
      const hash = [];
      const verify = [];
      const verifyWebcrypto = [];
      for (let i = 0; i < runs; i++) {
        hash.push(m.bench_body_hash(body));
        verify.push(await m.bench_dkim_verify(bytes, zone));
        if (m.bench_dkim_verify_webcrypto) verifyWebcrypto.push(await m.bench_dkim_verify_webcrypto(bytes, zone));
      }
      // The hashing ways side by side, interleaved round by round so that
      // the machine's load falls on all of them alike: the app's way
      // (bench_body_hash_webcrypto), the way before it (canonical copy, then
      // digest), their wasm parts alone, WebCrypto on wasm memory with no
      // canonicalization, and WebCrypto's SHA-256 alone from JS (the ceiling).
      const ways = {
        webcrypto: (b) => m.bench_body_hash_webcrypto(b),
        webcryptoCopy: (b) => m.bench_body_hash_webcrypto_copy?.(b),
        canonical: (b) => m.bench_canonical_body?.(b),
        inPlaceCanon: (b) => m.bench_canonical_in_place?.(b),
        inPlace: (b) => m.bench_digest_in_place?.(b),
        subtle: async (b) => {
          const t0 = performance.now();
          await crypto.subtle.digest('SHA-256', b);
          return performance.now() - t0;
        },
        // Why WebCrypto alone stays under the native rate: digest() copies
        // its input into memory it has just allocated (in Chromium, a fresh
        // mapping for a buffer this size, so every page faults), then hashes.
        // The same bytes hashed 256 KiB at a time (not a DKIM hash, only the
        // rate) reuse their buffer, and a fresh copy alone is slice().
        subtlePieces: async (b) => {
          const piece = 256 * 1024;
          const t0 = performance.now();
          for (let at = 0; at < b.length; at += piece) {
            await crypto.subtle.digest('SHA-256', b.subarray(at, at + piece));
          }
          return performance.now() - t0;
        },
        freshCopy: async (b) => {
          const t0 = performance.now();
          const copy = b.slice();
          const ms = performance.now() - t0;
          return copy.length === b.length ? ms : NaN;
        },
      };
      // The same size of body already in canonical form (the big message's
      // body has WSP for relaxed to fold in its first part): the app reads
      // such a body in place, with no canonical copy.
      const clean = m.bench_relaxed_canonical?.(body);
      if (clean) {
        ways.cleanWebcrypto = () => m.bench_body_hash_webcrypto(clean);
        ways.cleanWebcryptoCopy = () => m.bench_body_hash_webcrypto_copy(clean);
      }
      const hashing = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
      if (m.bench_body_hash_webcrypto) {
        for (let i = 0; i < hashRuns; i++) {
          for (const [k, way] of Object.entries(ways)) {
            const ms = await way(body);
            if (typeof ms === 'number' && !Number.isNaN(ms)) hashing[k].push(ms);
          }
        }
      }
      // The small message: a few hundred bytes to hash, so its time is the
      // parse and the one RSA verification, in wasm or by WebCrypto.
      const smallVerify = { wasm: [], webcrypto: [] };
      if (small && m.bench_dkim_verify_webcrypto) {
        const raw = new TextEncoder().encode(small.raw);
        for (let i = 0; i < SMALL_RUNS; i++) {
          smallVerify.wasm.push(await m.bench_dkim_verify(raw, small.zone));
          smallVerify.webcrypto.push(await m.bench_dkim_verify_webcrypto(raw, small.zone));
        }
      }
      return { hash, verify, verifyWebcrypto, hashing, smallVerify, bodyBytes: body.length };
    },
    { raw: rawLatin1, zone: zoneText, runs: RUNS, hashRuns: HASH_RUNS, small, SMALL_RUNS },
  );
  await context.close();
  return {
    hashMs: median(result.hash),
    verifyMs: median(result.verify),
    verifyWebcryptoMs: result.verifyWebcrypto.length ? median(result.verifyWebcrypto) : null,
    smallVerifyMs: result.smallVerify.wasm.length
      ? { wasm: median(result.smallVerify.wasm), webcrypto: median(result.smallVerify.webcrypto) }
      : null,
    hashing: Object.fromEntries(
      Object.entries(result.hashing).map(([k, xs]) => [k, xs.length ? median(xs) : null]),
    ),
    bodyMb: result.bodyBytes / 1e6,
  };
}

async function main() {
  const [cache] = process.argv.slice(2);
  checkBuilt();
  const eml = join(cache ?? '', 'big.eml');
  const zone = join(cache ?? '', 'big.zone');
  const haveBig = cache && existsSync(eml) && existsSync(zone);
  const doh = haveBig ? await startDoh(readFileSync(zone, 'utf8'), { dir: cache }) : null;
  const web = await serveDist({ extraConnect: doh ? [doh.origin] : [] });
  const browser = await launchBrowser();
  try {
    const baselineDist = process.env.BASELINE_DIST;
    const base = baselineDist && existsSync(join(baselineDist, 'index.html')) ? await serveDist({ dist: baselineDist }) : null;
    try {
      const builds = [{ web, dist: DIST }, ...(base ? [{ web: base, dist: baselineDist }] : [])];
      const [tti, b] = await timeToInteractive(browser, builds);
      console.log(`  navigation to interactive (localhost, page clock, median of ${TTI_RUNS}): ${tti.ms} ms, ${tti.kib} KiB gzipped wasm+JS+CSS fetched`);
      console.log(`RESULT tti_ms=${tti.ms}`);
      console.log(`RESULT initial_gz_kib=${tti.kib}`);
      if (tti.engineMs !== null) {
        console.log(`  inspection engine running (fetched by the worker when the page is idle; page clock, median of ${TTI_RUNS}): ${tti.engineMs} ms after navigation, ${tti.engineKib} KiB gzipped fetched for it`);
        console.log(`RESULT engine_ready_ms=${tti.engineMs}`);
        console.log(`RESULT engine_gz_kib=${tti.engineKib}`);
      }
      if (b) {
        console.log(`  baseline build (${baselineDist}), visits taking turns with the above: ${b.ms} ms, ${b.kib} KiB gzipped wasm+JS+CSS fetched`);
        console.log(`RESULT tti_baseline_ms=${b.ms}`);
        console.log(`RESULT initial_gz_baseline_kib=${b.kib}`);
      }
    } finally {
      if (base) await closeServer(base);
    }
    const tools = await timeToTools(browser, web, DIST);
    console.log(`  Domain tools' tab opened to drawn (median of ${RUNS}): ${tools.ms} ms, ${tools.kib} KiB gzipped fetched for it`);
    console.log(`RESULT tools_ms=${tools.ms}`);
    console.log(`RESULT tools_gz_kib=${tools.kib}`);
    if (!haveBig) {
      console.log('  no big.eml/big.zone (hs-bench cpu --write-dir CACHE_DIR): wasm verify skipped');
      return;
    }
    const raw = readFileSync(eml, 'latin1');
    const mb = raw.length / 1e6;
    const smallEml = join(cache, 'small', 'big.eml');
    const smallZone = join(cache, 'small', 'big.zone');
    const small =
      existsSync(smallEml) && existsSync(smallZone)
        ? { raw: readFileSync(smallEml, 'utf8'), zone: readFileSync(smallZone, 'utf8') }
        : null;
    const core = await coreTimings(browser, web.url, raw, readFileSync(zone, 'utf8'), small);
    console.log(
      `  wasm core on ${mb.toFixed(1)} MB: body hash ${(core.bodyMb / (core.hashMs / 1000)).toFixed(0)} MB/s (${core.hashMs.toFixed(0)} ms), ` +
        `verify (parse + DKIM) ${core.verifyMs.toFixed(0)} ms (medians of ${RUNS})`,
    );
    console.log(`RESULT wasm_hash_mbs=${(core.bodyMb / (core.hashMs / 1000)).toFixed(0)}`);
    const rate = (ms) => (core.bodyMb / (ms / 1000)).toFixed(0);
    const h = core.hashing;
    if (h.webcrypto !== null) {
      const line = (label, key, result) => {
        if (h[key] === null) return;
        console.log(`    ${label}: ${rate(h[key])} MB/s (${h[key].toFixed(1)} ms)`);
        console.log(`RESULT ${result}=${rate(h[key])}`);
      };
      console.log(`  body hash by WebCrypto (medians of ${HASH_RUNS}, interleaved):`);
      line("the app's way (read in place when canonical, else canonicalized; then digested)", 'webcrypto', 'wasm_hash_webcrypto_mbs');
      line('before: canonical copy, then digested', 'webcryptoCopy', 'wasm_hash_webcrypto_copy_mbs');
      line('  canonicalization into a copy alone', 'canonical', 'wasm_canonical_mbs');
      line("  the app's canonicalization (in place or into a buffer) alone", 'inPlaceCanon', 'wasm_canonical_in_place_mbs');
      line('WebCrypto SHA-256 of wasm memory in place, no canonicalization', 'inPlace', 'webcrypto_in_place_mbs');
      line('WebCrypto SHA-256 alone, from JS', 'subtle', 'webcrypto_sha256_mbs');
      line('  the same bytes digested 256 KiB at a time (its rate without a fresh 20 MB copy)', 'subtlePieces', 'webcrypto_sha256_pieces_mbs');
      line('  a copy into fresh memory alone (slice(), what digest() makes first)', 'freshCopy', 'js_fresh_copy_mbs');
      line("a body already canonical (read in place), the app's way", 'cleanWebcrypto', 'wasm_hash_webcrypto_clean_mbs');
      line('a body already canonical, before (canonical copy, then digested)', 'cleanWebcryptoCopy', 'wasm_hash_webcrypto_clean_copy_mbs');
    }
    console.log(`RESULT wasm_verify_core_ms=${core.verifyMs.toFixed(0)}`);
    if (core.verifyWebcryptoMs !== null) {
      console.log(`  verify (parse + DKIM) the app's way, body hashes by WebCrypto: ${core.verifyWebcryptoMs.toFixed(0)} ms (median of ${RUNS})`);
      console.log(`RESULT wasm_verify_core_webcrypto_ms=${core.verifyWebcryptoMs.toFixed(0)}`);
    }
    if (core.smallVerifyMs) {
      const { wasm, webcrypto } = core.smallVerifyMs;
      console.log(
        `  verify (parse + DKIM) of a small message, one RSA-2048 signature (medians of ${SMALL_RUNS}, interleaved): ` +
          `in wasm ${wasm.toFixed(2)} ms, by WebCrypto (the app's way) ${webcrypto.toFixed(2)} ms = ${(wasm / webcrypto).toFixed(1)}x faster`,
      );
      console.log(`RESULT wasm_verify_small_rsa_wasm_ms=${wasm.toFixed(2)}`);
      console.log(`RESULT wasm_verify_small_rsa_webcrypto_ms=${webcrypto.toFixed(2)}`);
      const first = { wasm: [], webcrypto: [] };
      for (let i = 0; i < FIRST_RUNS; i++) {
        first.wasm.push(await firstSmallVerify(browser, web.url, small, 'bench_dkim_verify'));
        first.webcrypto.push(await firstSmallVerify(browser, web.url, small, 'bench_dkim_verify_webcrypto'));
      }
      const [firstWasm, firstWebcrypto] = [median(first.wasm), median(first.webcrypto)];
      console.log(
        `    its first verify in a fresh engine (median of ${FIRST_RUNS}): in wasm ${firstWasm.toFixed(2)} ms, ` +
          `by WebCrypto ${firstWebcrypto.toFixed(2)} ms`,
      );
      console.log(`RESULT wasm_verify_small_first_rsa_wasm_ms=${firstWasm.toFixed(2)}`);
      console.log(`RESULT wasm_verify_small_first_rsa_webcrypto_ms=${firstWebcrypto.toFixed(2)}`);
    } else {
      console.log('  no small/big.eml (hs-bench cpu --mb 0 --write-dir CACHE_DIR/small): small-message verify skipped');
    }
    const results = {};
    for (const [label, blockWorker] of [['worker', false], ['page', true]]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await inspectOnce(browser, web.url, doh.url, raw, { blockWorker }));
      const ms = median(runs.map((r) => r.ms));
      const longest = median(runs.map((r) => r.longest));
      const frames = median(runs.map((r) => r.frames));
      results[label] = { ms, longest, frames };
      console.log(
        `  ${mb.toFixed(1)} MB in the ${label === 'worker' ? 'inspection worker' : 'page (worker blocked)'}: ` +
          `DKIM ${runs[0].verdict}, Inspect to verdict ${ms} ms = ${(mb / (ms / 1000)).toFixed(0)} MB/s; ` +
          `longest main-thread task ${longest} ms, ${frames} frames drawn (medians of ${RUNS})`,
      );
    }
    console.log(`RESULT wasm_verify_ms=${results.worker.ms}`);
    console.log(`RESULT wasm_total_mbs=${(mb / (results.worker.ms / 1000)).toFixed(0)}`);
    console.log(`RESULT main_longest_task_worker_ms=${results.worker.longest}`);
    console.log(`RESULT main_longest_task_page_ms=${results.page.longest}`);
  } finally {
    await browser.close();
    doh?.stop();
    await closeServer(web);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
