// The browser end-to-end test: the Trunk release build (dist/, built by
// scripts/test.sh before this runs) served on 127.0.0.1, the project's own
// DoH server answering from a zone this test writes, Debian's Chromium driven
// by playwright-core. The message is signed here with a key made here, so the
// verdicts come from real verification, not from fixtures.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dkimSign, dkimKeyRecord } from './dkim.mjs';
import { ARTIFACTS, checkBuilt, serveDist, startDoh, launchBrowser } from './support.mjs';

const CLIENT_IP = '192.0.2.7';
const DOMAIN = 'example.org';
const SELECTOR = 'e2e';

// What each check must say about the message signed below.
const EXPECTED = { spf: 'pass', dkim: 'pass', dmarc: 'pass' };
const DNS_DELAY_MS = 150;

const tmp = mkdtempSync(join(tmpdir(), 'headerscope-e2e-'));
const cleanups = [];
let staticUrl;
let dohUrl;
let message;
let browser;

before(async () => {
  checkBuilt();

  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const date = new Date().toUTCString().replace('GMT', '+0000');
  const unsigned = [
    `Return-Path: <bounce@${DOMAIN}>`,
    `Received: from mail.${DOMAIN} (mail.${DOMAIN} [${CLIENT_IP}])`,
    `\tby mx.example.net (Postfix) with ESMTPS id 4E2E for <bob@example.net>; ${date}`,
    `From: Alice Example <alice@${DOMAIN}>`,
    'To: Bob <bob@example.net>',
    'Subject: headerscope browser test <img src=x onerror="window.__injected=1">',
    `Date: ${date}`,
    `Message-ID: <e2e-${now}@${DOMAIN}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello Bob,',
    '',
    'this message was signed by the browser test.  <img src=y onerror="window.__injected=2">',
    '',
  ].join('\r\n');
  const signed = dkimSign({
    message: unsigned,
    privateKey,
    domain: DOMAIN,
    selector: SELECTOR,
    headers: ['from', 'to', 'subject', 'date', 'message-id'],
    time: now,
  });
  // A paste arrives with LF line ends; the app restores CRLF as SMTP had it.
  message = signed.replace(/\r\n/g, '\n');

  const zone = [
    `$ORIGIN ${DOMAIN}.`,
    '$TTL 300',
    `@ IN TXT "v=spf1 ip4:${CLIENT_IP} -all"`,
    `mail IN A ${CLIENT_IP}`,
    'mail IN TXT "v=spf1 a -all"',
    `${SELECTOR}._domainkey 3600 IN TXT ${dkimKeyRecord(publicKey)}`,
    `_dmarc IN TXT "v=DMARC1; p=reject; adkim=s; aspf=r"`,
    '',
  ].join('\n');
  // Each answer is delayed, as a real resolver's would be, so the progress indicator can be seen.
  const doh = await startDoh(zone, { dir: tmp, delayMs: DNS_DELAY_MS });
  cleanups.push(() => doh.stop());
  dohUrl = doh.url;

  // The page's CSP allows DoH only to the listed services: this test's resolver is
  // added to connect-src, as docs/hosting.md tells an admin with a custom resolver.
  const web = await serveDist({ extraConnect: [new URL(dohUrl).origin] });
  cleanups.push(() => new Promise((r) => web.close(r)));
  staticUrl = web.url;

  browser = await launchBrowser();
  cleanups.push(() => browser.close());
});

after(async () => {
  for (const c of cleanups.reverse()) {
    try {
      await c();
    } catch {
      // best effort: the next cleanup still runs
    }
  }
  rmSync(tmp, { recursive: true, force: true });
});

async function openApp(viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(staticUrl);
  await page.getByTestId('message-input').waitFor({ timeout: 30_000 });
  return { context, page, errors };
}

async function inspect(page, { lookups = true } = {}) {
  await page.getByTestId('inspect-button').click();
  if (lookups) {
    // Visible while the (delayed) DoH answers are awaited.
    await page.getByTestId('progress').waitFor({ state: 'visible', timeout: 10_000 });
  }
  // The button is disabled while lookups are in flight and comes back after.
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
}

test('paste a signed message, inspect, and see verdicts, traces and the DNS log', async () => {
  const { context, page, errors } = await openApp({ width: 1280, height: 900 });

  await page.getByTestId('doh-provider').selectOption('custom');
  await page.getByTestId('doh-custom-url').fill(dohUrl);
  await page.getByTestId('doh-custom-format').selectOption('json');
  await page.getByTestId('message-input').fill(message);

  // The identities are inferred from the Received chain and Return-Path as
  // soon as the inspection engine has read the text in.
  await page.waitForFunction((ip) => document.querySelector('#ip')?.value === ip, CLIENT_IP);
  assert.equal(await page.getByTestId('helo').inputValue(), `mail.${DOMAIN}`);
  assert.equal(await page.getByTestId('mail-from').inputValue(), `bounce@${DOMAIN}`);

  await inspect(page);
  await page.getByTestId('verdicts').waitFor();

  assert.equal((await page.getByTestId('verdict-spf-result').textContent()).trim(), EXPECTED.spf);
  assert.equal((await page.getByTestId('verdict-dkim-0-result').textContent()).trim(), EXPECTED.dkim);
  assert.equal((await page.getByTestId('verdict-dmarc-result').textContent()).trim(), EXPECTED.dmarc);

  // A card opens into its trace.
  const spfCard = page.getByTestId('verdict-spf');
  const firstStep = spfCard.getByTestId('trace-step').first();
  assert.equal(await firstStep.isVisible(), false, 'the trace is folded before the card is opened');
  await spfCard.locator('summary').click();
  await firstStep.waitFor({ state: 'visible' });
  const dkimCard = page.getByTestId('verdict-dkim-0');
  await dkimCard.locator('summary').click();
  await dkimCard.getByTestId('trace-step').first().waitFor({ state: 'visible' });

  // The DNS log has the DKIM key query, with its answer.
  const keyRow = page.getByTestId('dns-row').filter({ hasText: `${SELECTOR}._domainkey.${DOMAIN}` });
  await keyRow.first().waitFor({ state: 'visible' });
  assert.match(await keyRow.first().textContent(), /TXT/);
  assert.match(await keyRow.first().textContent(), /v=DKIM1/);
  assert.match(await keyRow.first().textContent(), /NOERROR/);

  // Message text is rendered as text, never as markup: the <img onerror> in it never ran.
  assert.equal(await page.evaluate(() => window.__injected), undefined);

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'inspect-desktop.png'), fullPage: true });

  // Changing an identity and inspecting again re-evaluates: this address is not in the SPF record.
  await page.getByTestId('ip').fill('198.51.100.99');
  await inspect(page);
  assert.equal((await page.getByTestId('verdict-spf-result').textContent()).trim(), 'fail');
  assert.equal((await page.getByTestId('verdict-dkim-0-result').textContent()).trim(), EXPECTED.dkim);
  assert.match(await page.getByTestId('identities-used').textContent(), /198\.51\.100\.99/);

  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});

test('bad input gets a clear message, and nothing typed is lost', async () => {
  const { context, page, errors } = await openApp({ width: 390, height: 844 });
  // A new context has empty storage: nothing from the first test carries over.
  await page.getByTestId('doh-provider').selectOption('custom');
  await page.getByTestId('doh-custom-url').fill(dohUrl);
  await page.getByTestId('message-input').fill('   \n  ');
  await inspect(page, { lookups: false });
  const banner = page.getByTestId('error-banner');
  await banner.waitFor({ state: 'visible' });
  assert.match(await banner.textContent(), /cannot be inspected: the message is empty/);

  // Picking an .eml file loads it like a paste (CRLF as stored by a mail client).
  await page.getByTestId('file-input').setInputFiles({
    name: 'signed.eml',
    mimeType: 'message/rfc822',
    buffer: Buffer.from(message.replace(/\n/g, '\r\n')),
  });
  await page.waitForFunction((ip) => document.querySelector('#ip')?.value === ip, CLIENT_IP);
  assert.match(await page.getByTestId('message-input').inputValue(), /^DKIM-Signature: v=1;/);

  // Bad identity input is refused before anything runs.
  await page.getByTestId('message-input').fill(message);
  await page.getByTestId('ip').fill('not-an-ip');
  await page.getByTestId('inspect-button').click();
  assert.match(await banner.textContent(), /'not-an-ip' is not an IPv4 or IPv6 address/);

  // The app keeps working, and after a reload the message and settings are still there.
  await page.getByTestId('reset-identities').click();
  await page.reload();
  await page.getByTestId('message-input').waitFor();
  assert.equal(await page.getByTestId('message-input').inputValue(), message);
  assert.equal(await page.getByTestId('doh-custom-url').inputValue(), dohUrl);
  assert.equal(await page.getByTestId('ip').inputValue(), CLIENT_IP);
  await inspect(page);
  assert.equal((await page.getByTestId('verdict-dmarc-result').textContent()).trim(), EXPECTED.dmarc);
  await page.getByTestId('dns-row').first().waitFor({ state: 'visible' });

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'inspect-phone.png'), fullPage: true });
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});
