// Body hashes and RSA verifications by WebCrypto (issue 19,
// src/app/engine/webcrypto.rs) give the same DKIM and ARC reports as the
// Rust code: every message of the ValiMail ARC suite and dkimpy's signed
// messages is inspected twice in the browser, once with WebCrypto digesting
// the canonical bodies and verifying the signatures, once without, through
// the module's check_verdicts export (src/bin/engine/bench.rs). Variants take each
// path of src/auth/dkim (body read in place, canonicalized into a copy, read
// through the CRLF copy, l= shorter and longer than the body).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, useStaticApp } from './support.mjs';

const INSPECT = '[data-testid=inspect-button]:not([disabled])';
const app = useStaticApp();

function cases() {
  const data = join(ROOT, 'tests', 'data');
  const out = [];
  const suite = JSON.parse(readFileSync(join(data, 'arc_test_suite', 'arc-draft-validation-tests.json'), 'utf8'));
  for (const scenario of suite) {
    const zone = Object.entries(scenario['txt-records'])
      .map(([name, value]) => `${name}. 60 IN TXT "${value.replaceAll('\n', '')}"\n`)
      .join('');
    for (const t of scenario.tests) {
      const raw = t.message.replaceAll('\n', '\r\n');
      if (raw.includes('\r\n\r\n')) out.push({ name: t.name, raw, zone });
    }
  }
  const dkimpyZone = readFileSync(join(data, 'dkimpy', 'zone.txt'), 'utf8');
  for (const f of ['rfc6376.signed.msg', 'rfc6376.signed.rsa.msg', 'ed25519test2.msg']) {
    const raw = readFileSync(join(data, 'dkimpy', f), 'utf8').replaceAll('\r\n', '\n').replaceAll('\n', '\r\n');
    out.push({ name: f, raw, zone: dkimpyZone });
    // The same with the body changed: a body hash that does not match, both ways.
    out.push({ name: `${f} (body changed)`, raw: raw + 'changed\r\n', zone: dkimpyZone });
    // The body read in place (empty lines to drop at the end), through the
    // CRLF copy (bare LF), and canonicalized into a copy (WSP at line ends).
    out.push({ name: `${f} (empty lines added)`, raw: raw + '\r\n\r\n', zone: dkimpyZone });
    out.push({ name: `${f} (bare LF)`, raw: raw.replaceAll('\r\n', '\n'), zone: dkimpyZone });
    const cut = raw.indexOf('\r\n\r\n') + 4;
    out.push({
      name: `${f} (WSP at line ends)`,
      raw: raw.slice(0, cut) + raw.slice(cut).replaceAll('\r\n', ' \t\r\n'),
      zone: dkimpyZone,
    });
  }
  // Every body-hash kind on one body, l= shorter and longer than it: no key
  // is published, but the body hashes are computed and reported all the same.
  const sig = (a, c, l) =>
    `DKIM-Signature: v=1; a=${a}; c=${c}; d=example.org; s=sel; h=from;${l === undefined ? '' : ` l=${l};`} bh=AAAA; b=AAAA\r\n`;
  const kinds =
    sig('rsa-sha256', 'relaxed/relaxed') +
    sig('rsa-sha256', 'simple/simple') +
    sig('rsa-sha1', 'relaxed/simple', 7) +
    sig('rsa-sha256', 'simple/relaxed', 12) +
    sig('rsa-sha256', 'relaxed/relaxed', 100000);
  for (const [what, body] of [
    ['clean', 'line one\r\nline two\r\n'],
    ['empty lines at the end', 'line one\r\nline two\r\n\r\n\r\n'],
    ['WSP to fold', 'line  one \r\n\tline two\r\n \r\n'],
    ['no CRLF at the end', 'line one\r\nline two'],
  ]) {
    out.push({ name: `every kind, ${what}`, raw: `${kinds}From: a@example.org\r\n\r\n${body}`, zone: '' });
  }
  // An Ed25519 key and R at the neutral point, S = 0: RFC 8032's equation
  // holds for any message, so WebCrypto (BoringSSL) would accept it; the
  // Rust check (verify_strict) rejects points of small order, and Ed25519
  // is never put to WebCrypto (tests/platform_crypto.rs).
  const neutral = Buffer.alloc(32);
  neutral[0] = 1;
  const body = 'Hello\r\n';
  const bh = createHash('sha256').update(body).digest('base64');
  const b = Buffer.concat([neutral, Buffer.alloc(32)]).toString('base64');
  out.push({
    name: 'Ed25519 at the neutral point',
    raw: `DKIM-Signature: v=1; a=ed25519-sha256; c=relaxed/relaxed; d=example.org; s=weak; h=from; bh=${bh}; b=${b}\r\nFrom: a@example.org\r\n\r\n${body}`,
    zone: `weak._domainkey.example.org. 60 IN TXT "v=DKIM1; k=ed25519; p=${neutral.toString('base64')}"\n`,
    fails: true,
  });
  return out;
}

test('WebCrypto body hashes and RSA verifications give the same DKIM and ARC reports as the Rust ones', async (t) => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.web.url);
  await page.waitForSelector(INSPECT, { timeout: 60_000 });
  const all = cases();
  const results = await page.evaluate(async (all) => {
    // The engine's module (src/bin/engine): started here, beside its worker.
    const d = document.querySelector('script[data-hs-engine-js]').dataset;
    const m = await import(new URL(d.hsEngineJs, document.baseURI).href);
    await m.default({ module_or_path: new URL(d.hsEngineWasm, document.baseURI) });
    const enc = new TextEncoder();
    const out = [];
    for (const c of all) {
      const bytes = enc.encode(c.raw);
      const withWc = JSON.parse(await m.check_verdicts(bytes, c.zone, 1_700_000_000, true));
      const without = JSON.parse(await m.check_verdicts(bytes, c.zone, 1_700_000_000, false));
      out.push({ name: c.name, withWc, without });
    }
    return out;
  }, all);
  await context.close();
  let hashed = 0;
  let verified = 0;
  let passes = 0;
  for (const [i, r] of results.entries()) {
    if (all[i].fails) assert.deepEqual(r.withWc.dkim.map((d) => d.result), ['fail'], r.name);
    // Ed25519 stays in wasm, faster there than WebCrypto's round trips.
    if (r.name === 'ed25519test2.msg') assert.equal(r.withWc.webcrypto_signatures, 0, r.name);
    assert.equal(r.without.webcrypto_hashes, 0, r.name);
    assert.equal(r.without.webcrypto_signatures, 0, r.name);
    hashed += r.withWc.webcrypto_hashes;
    verified += r.withWc.webcrypto_signatures;
    passes += r.withWc.dkim.filter((d) => d.result === 'pass').length + (r.withWc.arc.result === 'pass' ? 1 : 0);
    for (const side of [r.withWc, r.without]) {
      delete side.webcrypto_hashes;
      delete side.webcrypto_signatures;
    }
    assert.deepEqual(r.withWc, r.without, r.name);
  }
  t.diagnostic(`${results.length} messages: ${hashed} hashes and ${verified} RSA signatures verified by WebCrypto`);
  assert.ok(results.length > 50, `${results.length} messages`);
  assert.ok(hashed * 2 > results.length, `WebCrypto made only ${hashed} hashes for ${results.length} messages`);
  // Most messages carry an RSA signature with a published key (the natively
  // run twin, tests/platform_crypto.rs, counts 158 asked for 179 messages).
  assert.ok(verified * 2 > results.length, `WebCrypto verified only ${verified} RSA signatures for ${results.length} messages`);
  assert.ok(passes > 10, `only ${passes} passing verdicts: the comparison would be empty`);
});
