// The sender requirements and the security findings in the page (issue
// 17, items 3 and 5): a bulk newsletter without one-click unsubscribe shows
// its requirement lines (pass, fail, and without DNS "cannot tell"), each
// linked to its evidence, in English and German; a lookalike From shows a
// security finding with why it matters. Fixtures and their offline zone
// from tests/data/triage/ (see PROVENANCE.md there).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ARTIFACTS, openApp, inspect, useOfflineRecords, axeViolations, text, useStaticApp } from './support.mjs';

const DATA = join(ROOT, 'tests', 'data', 'triage');
const ZONE = readFileSync(join(DATA, 'zone.txt'), 'utf8');
const fixture = (name) => readFileSync(join(DATA, name), 'utf8');

const app = useStaticApp();

async function statuses(page) {
  return page.getByTestId('requirement-row').evaluateAll((rows) => rows.map((r) => r.dataset.status));
}

test('a bulk newsletter without one-click unsubscribe: the requirement lines, their links, in German too', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await useOfflineRecords(page, ZONE);
  await page.getByTestId('message-input').fill(fixture('bulk-no-oneclick.eml'));
  await inspect(page);
  const panel = page.getByTestId('requirements');
  await panel.waitFor();
  assert.match(await text(page, 'requirements-bulk'), /looks like bulk mail: List-Unsubscribe, Precedence: bulk/);
  const rows = page.getByTestId('requirement-row');
  assert.equal(await rows.count(), 11);
  const all = await statuses(page);
  assert.equal(all.filter((s) => s === 'fail').length, 1, all.join(' '));
  assert.equal(all.filter((s) => s === 'pass').length, 10, all.join(' '));
  const unsub = rows.nth(4);
  assert.equal((await unsub.getByTestId('requirement-status').textContent()).trim(), 'fail');
  assert.match(await unsub.getByTestId('requirement-why').textContent(), /no https URI/);
  // The summary names it, and its link lands on the requirement's row.
  const item = page.getByTestId('summary-item').filter({ hasText: 'one-click unsubscribe' });
  await item.getByTestId('summary-link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'at-requirements-lines-4');
  // A line's evidence link opens its trace step: SPF's result.
  const spfLink = rows.nth(0).getByTestId('requirement-link');
  assert.match(await spfLink.getAttribute('data-link'), /^spf\.trace\[\d+\]$/);
  await spfLink.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id?.startsWith('at-spf-trace-'));
  assert.deepEqual(await axeViolations(page), [], 'axe finds nothing with the requirements panel');

  await page.getByTestId('lang').selectOption('de');
  await panel.getByText('Absenderanforderungen (Gmail, Yahoo, Outlook.com)').waitFor();
  assert.match(await unsub.getByTestId('requirement-why').textContent(), /keine https-URI/);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'requirements-de.png'), fullPage: true });
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});

test('without DNS the DNS lines cannot tell, and a Cyrillic lookalike From is a security finding', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await page.getByTestId('doh-provider').selectOption('nodns');
  await page.getByTestId('message-input').fill(fixture('lookalike-idn.eml'));
  await inspect(page);
  const all = await statuses(page);
  assert.ok(all.includes('cannot_tell') && all.includes('fail') && all.includes('pass'), all.join(' '));
  const spf = page.getByTestId('requirement-row').nth(0);
  assert.equal((await spf.getByTestId('requirement-status').textContent()).trim(), 'cannot tell');
  assert.match(await spf.getByTestId('requirement-why').textContent(), /needs DNS/);

  const findings = page.getByTestId('security-finding');
  assert.equal(await findings.count(), 2);
  assert.match(await findings.nth(0).getByTestId('security-text').textContent(), /imitates apple\.com.*\u0430pple\.com/);
  assert.match(await findings.nth(0).getByTestId('security-why').textContent(), /lookalike domain/);
  assert.match(await findings.nth(1).getByTestId('security-text').textContent(), /display name "support@apple\.com"/);
  const first = page.getByTestId('summary-item').first();
  assert.match(await first.textContent(), /imitates apple\.com/);
  assert.deepEqual(await axeViolations(page), [], 'axe finds nothing with the security findings');

  await page.getByTestId('lang').selectOption('uk');
  await page.getByTestId('security').getByText('Знахідки безпеки').waitFor();
  assert.match(await findings.nth(0).getByTestId('security-text').textContent(), /імітує apple\.com/);
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});
