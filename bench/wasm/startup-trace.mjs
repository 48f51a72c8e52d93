// Where the time to interactive goes: navigation to an enabled Inspect
// button in headless Chromium, for dist/ and (optionally) another build
// beside it, alternating between the two so that load on the machine falls
// on both alike. Per build, the medians of:
//   the wasm's and the app JS's fetch (start, end), first contentful paint,
//   the Inspect button enabled (all ms after navigation start, from the
//   page's own clock), and from a Chromium performance trace of the renderer's
//   main thread: wasm compilation, script evaluation, style/layout/paint, and
//   the longest task before interactive; then, a second after interactive,
//   the first inspection (the 'forwarded' sample, offline records): click to
//   results, which includes whatever of the inspection worker's start-up is
//   not done by then.
//
// usage: node bench/wasm/startup-trace.mjs [OTHER_DIST] [RUNS]
//   RUNS defaults to 7 per build. Service workers are blocked (every visit a
//   first one) and each run has a new browser context, as in browser-bench.mjs.

import { join } from 'node:path';
import { DIST, checkBuilt, serveDist, closeServer, launchBrowser } from '../../tests/e2e/support.mjs';
import { INSPECT, median, watchInspect } from './interactive.mjs';



// Main-thread time by trace event name, between navigation and `until` (µs, trace clock).
function mainThreadTotals(events, until) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts <= until);
  const sum = (re) => mine.filter((e) => re.test(e.name)).reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
  const tasks = mine.filter((e) => e.name === 'RunTask').map((e) => (e.dur ?? 0) / 1000);
  return {
    wasmCompile: sum(/^(v8\.wasm\.(compile|streamFromResponseCallback|instantiate)|wasm\.(Sync|Async)?Compile)/),
    script: sum(/^(EvaluateScript|v8\.evaluateModule|FunctionCall)$/),
    render: sum(/^(UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|Commit)$/),
    longestTask: tasks.length ? Math.max(...tasks) : 0,
  };
}

async function once(browser, web) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(watchInspect);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-devtools.timeline', 'loading', 'blink.user_timing'],
  });
  await page.goto(web.url);
  await page.waitForSelector(INSPECT, { timeout: 60_000 });
  const marks = await page.evaluate(() => {
    const res = performance.getEntriesByType('resource');
    const of = (re) => res.find((r) => re.test(r.name));
    const wasm = of(/\.wasm$/);
    const js = of(/headerscope-web-[^/]*\.js$/);
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      jsStart: js?.startTime ?? 0,
      jsEnd: js?.responseEnd ?? 0,
      wasmStart: wasm?.startTime ?? 0,
      wasmEnd: wasm?.responseEnd ?? 0,
      fcp: fcp?.startTime ?? 0,
      interactive: window.__interactive ?? performance.now(),
      workers: 0,
    };
  });
  marks.workers = page.workers().length;
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const events = trace.traceEvents ?? trace;
  const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming');
  const start = nav?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const totals = mainThreadTotals(events, start + marks.interactive * 1000);
  await page.waitForTimeout(1000);
  const t = Date.now();
  await page.getByTestId('sample-forwarded').click();
  await page.getByTestId('badge-sample').waitFor({ timeout: 60_000 });
  await page.waitForSelector(INSPECT, { timeout: 60_000 });
  const firstInspection = Date.now() - t;
  await context.close();
  return { ...marks, ...totals, firstInspection };
}

function report(label, runs) {
  const m = (k) => median(runs.map((r) => r[k])).toFixed(0);
  console.log(
    `  ${label}: interactive ${m('interactive')} ms (FCP ${m('fcp')}); JS ${m('jsStart')}-${m('jsEnd')}, ` +
      `wasm ${m('wasmStart')}-${m('wasmEnd')}; main thread: wasm compile ${m('wasmCompile')}, script ${m('script')}, ` +
      `style/layout/paint ${m('render')}, longest task ${m('longestTask')} ms; workers at interactive ${m('workers')}; ` +
      `first inspection ${m('firstInspection')} ms ` +
      `(medians of ${runs.length}; all: ${runs.map((r) => r.interactive.toFixed(0)).join(' ')})`,
  );
}

async function main() {
  const [other, runsArg] = process.argv.slice(2);
  const runs = Number(runsArg ?? 7);
  checkBuilt();
  const builds = [{ label: 'dist', web: await serveDist(), runs: [] }];
  if (other) builds.push({ label: other, web: await serveDist({ dist: join(process.cwd(), other) }), runs: [] });
  const browser = await launchBrowser();
  try {
    // One warm-up visit each, not counted: the first visit of a browser pays its own start-up.
    for (const b of builds) await once(browser, b.web);
    for (let i = 0; i < runs; i++) for (const b of builds) b.runs.push(await once(browser, b.web));
    for (const b of builds) report(b.label, b.runs);
  } finally {
    await browser.close();
    for (const b of builds) await closeServer(b.web);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
