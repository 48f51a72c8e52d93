// DKIM2 in the page (issue 20): a message with a DKIM2 chain shows a DKIM2
// card with a row per hop (i=, d=, m=, the envelope each signature binds)
// and its trace; the key is looked up from the records given. The vector
// is from tests/data/dkim2/vectors (PROVENANCE.md there): signed in 2025,
// so past DKIM2's 14-day limit and failed on its timestamp, as it says.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openApp, inspect, useOfflineRecords, axeViolations, useStaticApp } from './support.mjs';

const DATA = join(ROOT, 'tests', 'data', 'dkim2', 'vectors');
const app = useStaticApp();

// The vector's keys from dns.json, as zone lines (TXT strings of at most 255 octets).
function zoneFor(domain) {
  const dns = JSON.parse(readFileSync(join(DATA, 'dns.json'), 'utf8'));
  const lines = [];
  for (const [name, records] of Object.entries(dns[domain])) {
    for (const [type, value] of records) {
      if (type !== 'txt') continue;
      const strings = value.match(/.{1,255}/g).map((s) => `"${s}"`).join(' ');
      lines.push(`${name}.${domain}. TXT ${strings}`);
    }
  }
  return lines.join('\n');
}

test('a DKIM2 chain is shown hop by hop with its trace', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await useOfflineRecords(page, zoneFor('test1.dkim2.com'));
  await page.getByTestId('message-input').fill(readFileSync(join(DATA, 'expected', 'd2_07_chain_hop3.eml'), 'utf8'));
  await inspect(page);
  const card = page.getByTestId('verdict-dkim2');
  await card.waitFor({ timeout: 60_000 });
  await card.locator('summary').first().click();
  const rows = card.getByTestId('dkim2-hops').locator('tbody tr');
  assert.ok((await rows.count()) >= 2, 'one row per hop');
  assert.match(await rows.nth(0).textContent(), /^1/);
  assert.match(await card.textContent(), /DKIM2-Signature i=1 by/);
  assert.match(await card.textContent(), /signature expired/);
  assert.deepEqual(await axeViolations(page), [], 'axe finds nothing with the DKIM2 card open');
  assert.deepEqual(errors, []);
  await context.close();
});
