// Issue 14 and 16 in the page: a Microsoft 365 delivery gets its boundary from
// the receiver's own Received-SPF, and the identities say so; the Domain
// tools' DMARC "what if" shows both rule sets side by side with the walk in
// the DNS log. axe-core checks both views.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEnv, openApp, text, inspect, ROOT, ARTIFACTS } from './harness.mjs';
import { axeViolations } from './support.mjs';

let env;

before(async () => {
  const zone = [
    '$TTL 300',
    // RFC 9989 §4.10.1: the Author Domain has no record, example.com does.
    '_dmarc.example.com. IN TXT "v=DMARC1; p=reject; rua=mailto:d@example.com"',
    '_dmarc.b.example.com. IN TXT "v=DMARC1; p=none"',
    'fabrikam.example. IN TXT "v=spf1 ip4:52.100.156.0/24 -all"',
    '',
  ].join('\n');
  env = await startEnv({ zone });
});

after(async () => {
  await env?.stop();
});

test('a Microsoft 365 delivery: the client IP comes from the hop the receiver named, and the page says which evidence chose it', async () => {
  const { context, page, errors } = await openApp(env);
  const raw = readFileSync(join(ROOT, 'tests', 'data', 'messages', 'm365_delivery.eml'), 'utf8');
  await page.getByTestId('message-input').fill(raw);
  await inspect(page);
  const ids = page.getByTestId('identities-used');
  await ids.waitFor({ timeout: 60_000 });
  // Not Microsoft's internal relay (2603:10b6:…), the outside client.
  assert.match(await text(ids), /52\.100\.156\.233/);
  assert.doesNotMatch(await text(ids), /2603:10b6/);
  const evidence = page.getByTestId('boundary-evidence');
  assert.match(await text(evidence), /Received-SPF/);
  assert.match(await text(evidence), /52\.100\.156\.233/);
  assert.deepEqual(await axeViolations(page), []);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'boundary-evidence.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('DMARC what-if: the policy comes from the organizational domain, not the intermediate record; the walk is in the DNS log in order', async () => {
  const { context, page, errors } = await openApp(env);
  await page.getByTestId('tab-tools').click();
  await page.getByTestId('tools').waitFor({ state: 'visible' });
  await page.getByTestId('whatif-from').fill('alice@a.b.example.com');
  await page.getByTestId('whatif-spf').fill('bounce.other.example');
  await page.getByTestId('whatif-run').click();
  const result = page.getByTestId('whatif-result');
  await result.waitFor({ timeout: 60_000 });
  assert.equal(await text(page.getByTestId('whatif-rfc9989-result')), 'fail');
  const bis = await text(page.getByTestId('whatif-rfc9989'));
  assert.match(bis, /reject/, 'p=reject from _dmarc.example.com (RFC 9989 §4.10.1)');
  assert.match(bis, /_dmarc\.example\.com/);
  const log = await text(result.getByTestId('dns-log'));
  const first = log.indexOf('_dmarc.a.b.example.com');
  const second = log.indexOf('_dmarc.b.example.com');
  const third = log.indexOf('_dmarc.example.com');
  assert.ok(first >= 0 && first < second && second < third, `walk in start order: ${log}`);
  assert.deepEqual(await axeViolations(page), []);
  await page.screenshot({ path: join(ARTIFACTS, 'tools-whatif.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});
