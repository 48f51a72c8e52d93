// What people bring (issue 17), in the page: a forward as attachment (and
// the button that inspects the outer message instead, by keyboard), a
// bounce's recipients explained, an ARF report's feedback type, an Outlook
// .msg file picked from disk, and a header-only paste with no DNS (offline
// with no records typed: inspected, never refused). Fixtures from
// tests/data/unwrap/; DNS from tests/data/basic.zone pasted as offline records.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ARTIFACTS, openApp, inspect, useOfflineRecords, axeViolations, text, useStaticApp } from './support.mjs';

const DATA = join(ROOT, 'tests', 'data', 'unwrap');
const ZONE = readFileSync(join(ROOT, 'tests', 'data', 'basic.zone'), 'utf8');
const fixture = (name) => readFileSync(join(DATA, name), 'utf8');

const app = useStaticApp();

async function spfResult(page) {
  return (await page.getByTestId('verdict-spf-result').textContent()).trim();
}

test('a forward as attachment: the attached message is inspected, the outer one a key press away', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await useOfflineRecords(page, ZONE);
  await page.getByTestId('message-input').fill(fixture('forward-outlook.eml'));
  // The identity fields already show the attached message's hop.
  await page.waitForFunction(() => document.querySelector('#ip')?.value === '192.0.2.7');
  await inspect(page);
  assert.match(await text(page, 'unwrap-found'), /message forwarded as an attachment/);
  assert.match(await text(page, 'unwrap-notice'), /the attached message is inspected, not the forwarder's/);
  assert.match(await text(page, 'outer-message'), /FW: Invoice 2026-118/);
  assert.equal(await spfResult(page), 'pass');

  const button = page.getByTestId('inspect-outer');
  assert.equal((await button.textContent()).trim(), 'Inspect the outer message instead');
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
  await page.getByTestId('unwrap-notice').getByText('The outer message itself is inspected below.').waitFor();
  assert.notEqual(await spfResult(page), 'pass');
  assert.equal((await page.getByTestId('inspect-outer').textContent()).trim(), 'Inspect the message inside');
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});

test('a bounce: each recipient with its status explained and what to fix, in German too', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await page.getByTestId('doh-provider').selectOption('nodns');
  await page.getByTestId('no-dns-hint').waitFor();
  await page.getByTestId('message-input').fill(fixture('bounce-postfix.eml'));
  await inspect(page);
  const rows = page.getByTestId('bounce-recipient');
  assert.equal(await rows.count(), 2);
  assert.match(await rows.nth(0).textContent(), /carol@gmail\.com/);
  assert.match(await rows.nth(0).getByTestId('bounce-vendor').textContent(), /Gmail refused the message as unauthenticated/);
  assert.match(await rows.nth(1).getByTestId('bounce-vendor').textContent(), /Spamhaus blocklist/);
  assert.match(await rows.nth(1).getByTestId('bounce-fix').textContent(), /request removal/);
  assert.deepEqual(await axeViolations(page), [], 'axe finds nothing on the bounce panel');

  await page.getByTestId('lang').selectOption('de');
  await page.getByTestId('unwrapped').getByText('Was ausgepackt wurde').waitFor();
  assert.match(await rows.nth(1).getByTestId('bounce-vendor').textContent(), /Spamhaus-Blockliste/);
  assert.match(await text(page, 'unwrap-found'), /Unzustellbarkeitsnachricht/);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'unwrap-bounce-de.png'), fullPage: true });
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});

test('an ARF report: the feedback type, and the reported message inspected', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await useOfflineRecords(page, ZONE);
  await page.getByTestId('message-input').fill(fixture('arf-report.eml'));
  await inspect(page);
  assert.equal(await text(page, 'feedback-type'), 'abuse');
  assert.match(await text(page, 'feedback-report'), /Source-IP\s*192\.0\.2\.7/);
  assert.equal(await spfResult(page), 'pass');
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});

test('an Outlook .msg file: read as bytes, its transport headers inspected', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await useOfflineRecords(page, ZONE);
  await page.getByTestId('file-input').setInputFiles({
    name: 'Invoice 2026-118.msg',
    mimeType: 'application/vnd.ms-outlook',
    buffer: readFileSync(join(DATA, 'outlook.msg')),
  });
  await page.waitForFunction(() => document.querySelector('#ip')?.value === '192.0.2.7');
  assert.match(await page.getByTestId('message-input').inputValue(), /^Received: from AM9PR03MB7001/);
  assert.match(await text(page, 'file-note'), /an Outlook \.msg file/);
  await inspect(page);
  assert.match(await text(page, 'unwrap-found'), /Outlook \.msg file/);
  assert.match(await text(page, 'unwrap-notice'), /DKIM body hashes and ARC message signatures' body hashes cannot be checked/);
  assert.match(await text(page, 'msg-file'), /Invoice 2026-118/);
  assert.equal(await page.getByTestId('inspect-outer').count(), 0, 'a .msg has no outer message to inspect');
  assert.equal(await spfResult(page), 'pass');
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});

test('a header-only paste with no DNS: everything the message holds, never a refusal', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await page.getByTestId('doh-provider').selectOption('offline');
  // No records typed: this used to refuse ("Paste the DNS records…").
  const m365 = readFileSync(join(ROOT, 'tests', 'data', 'messages', 'm365.eml'), 'utf8');
  const head = m365.slice(0, m365.search(/\r?\n\r?\n/));
  await page.getByTestId('message-input').fill(head);
  await inspect(page);
  assert.equal(await page.getByTestId('error-banner').isVisible(), false);
  assert.match(await text(page, 'unwrap-found'), /headers only, no body/);
  assert.match(await text(page, 'notices'), /No DNS was used/);
  assert.ok((await page.getByTestId('hop-row').count()) > 0, 'the hop table');
  assert.ok((await page.getByTestId('receiver-header').count()) > 0, 'the receivers\' verdicts');
  assert.ok((await page.getByTestId('antispam-header').count()) > 0, 'the antispam headers');
  assert.equal(await page.getByTestId('dns-row').count(), 0, 'no DNS query');
  assert.match(await page.getByTestId('verdicts').textContent(), /not checked: no DNS/);
  assert.equal(await text(page, 'badge-no-dns'), 'No DNS (headers only)');
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});
