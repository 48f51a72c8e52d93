// Body hashes by WebCrypto (issue 19, src/app/webcrypto.rs) give the same
// DKIM and ARC reports as the Rust hashes: every message of the ValiMail ARC
// suite and dkimpy's signed messages is inspected twice in the browser, once
// with WebCrypto digesting the canonical bodies and once without, through
// the module's check_verdicts export (src/app/bench.rs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
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
  }
  return out;
}

test('WebCrypto body hashes give the same DKIM and ARC reports as the Rust ones', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.web.url);
  await page.waitForSelector(INSPECT, { timeout: 60_000 });
  const results = await page.evaluate(async (all) => {
    const m = await import(new URL(document.querySelector('script[data-hs-js]').dataset.hsJs, document.baseURI).href);
    const enc = new TextEncoder();
    const out = [];
    for (const c of all) {
      const bytes = enc.encode(c.raw);
      const withWc = JSON.parse(await m.check_verdicts(bytes, c.zone, 1_700_000_000, true));
      const without = JSON.parse(await m.check_verdicts(bytes, c.zone, 1_700_000_000, false));
      out.push({ name: c.name, withWc, without });
    }
    return out;
  }, cases());
  await context.close();
  let hashed = 0;
  let passes = 0;
  for (const r of results) {
    assert.equal(r.without.webcrypto_hashes, 0, r.name);
    hashed += r.withWc.webcrypto_hashes;
    passes += r.withWc.dkim.filter((d) => d.result === 'pass').length + (r.withWc.arc.result === 'pass' ? 1 : 0);
    delete r.withWc.webcrypto_hashes;
    delete r.without.webcrypto_hashes;
    assert.deepEqual(r.withWc, r.without, r.name);
  }
  assert.ok(results.length > 50, `${results.length} messages`);
  assert.ok(hashed * 2 > results.length, `WebCrypto made only ${hashed} hashes for ${results.length} messages`);
  assert.ok(passes > 10, `only ${passes} passing verdicts: the comparison would be empty`);
});
