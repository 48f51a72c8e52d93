// The results view (issue 4): the summary panel with links into the trace,
// the Markdown export, the hop table with the trust boundary (and moving it),
// both DMARC rule sets, what the receiver said and the sending host. The
// message is signed here with a key made here.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dkimSign, dkimKeyRecord } from './dkim.mjs';
import { startEnv, openApp, inspect, text, ARTIFACTS, ROOT } from './harness.mjs';
import { useOfflineRecords } from './support.mjs';

const CLIENT_IP = '192.0.2.7';
const INTERNAL_IP = '10.0.0.5';
const DOMAIN = 'example.org';
const SELECTOR = 'res';

let env;
let message;

before(async () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const date = new Date(now * 1000).toUTCString().replace('GMT', '+0000');
  const later = new Date((now + 3) * 1000).toUTCString().replace('GMT', '+0000');
  const unsigned = [
    `Return-Path: <bounce@${DOMAIN}>`,
    // The receiver's internal relay: a private client address above the boundary.
    `Received: from mx.example.net (mx.example.net [${INTERNAL_IP}])`,
    `\tby store.example.net (Postfix) with LMTP id 9A1B for <bob@example.net>; ${later}`,
    `Received: from mail.${DOMAIN} (mail.${DOMAIN} [${CLIENT_IP}])`,
    `\tby mx.example.net (Postfix) with ESMTPS id 4E2E for <bob@example.net>; ${date}`,
    `Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=bounce@${DOMAIN}; dmarc=pass header.from=${DOMAIN}`,
    'X-Spam-Status: No, score=-0.1 required=5.0 tests=DKIM_SIGNED,SPF_PASS autolearn=ham',
    `From: Alice Example <alice@${DOMAIN}>`,
    'To: Bob <bob@example.net>',
    'Subject: results view <img src=x onerror="window.__injected=1">',
    `Date: ${date}`,
    `Message-ID: <results-${now}@${DOMAIN}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hello Bob,',
    '',
  ].join('\r\n');
  message = dkimSign({
    message: unsigned,
    privateKey,
    domain: DOMAIN,
    selector: SELECTOR,
    headers: ['from', 'to', 'subject', 'date', 'message-id'],
    time: now,
  }).replace(/\r\n/g, '\n');

  const zone = [
    `$ORIGIN ${DOMAIN}.`,
    '$TTL 300',
    `@ IN TXT "v=spf1 ip4:${CLIENT_IP} -all"`,
    `mail IN A ${CLIENT_IP}`,
    `${SELECTOR}._domainkey IN TXT ${dkimKeyRecord(publicKey)}`,
    '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:agg@reports.example.net"',
    `${DOMAIN}._report._dmarc.reports.example.net. IN TXT "v=DMARC1"`,
    `7.2.0.192.in-addr.arpa. IN PTR mail.${DOMAIN}.`,
    '',
  ].join('\n');
  env = await startEnv({ zone });
});

after(async () => {
  await env?.stop();
});

test('summary panel, hop table with the trust boundary, and a summary link that opens the step', async () => {
  const { context, page, errors } = await openApp(env);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.staticUrl });
  await page.getByTestId('message-input').fill(message);
  await page.waitForFunction((ip) => document.querySelector('#ip')?.value === ip, CLIENT_IP);
  await inspect(page);

  // The summary comes first in the results.
  const summary = page.getByTestId('summary');
  await summary.waitFor();
  assert.equal(await text(page.getByTestId('verdict-dmarc-result')), 'pass');

  // The hop table: oldest hop first, the boundary on the hop from the public address.
  const rows = page.getByTestId('hop-row');
  assert.equal(await rows.count(), 2);
  const first = rows.nth(0);
  assert.match(await text(first), new RegExp(CLIENT_IP.replace(/\./g, '\\.')));
  assert.match(await text(first), /IPv4/);
  assert.equal(await first.getByTestId('boundary-marker').count(), 1, 'hop 1 is the trust boundary');
  assert.match(await first.getAttribute('class'), /boundary-row/);
  assert.match(await text(rows.nth(1)), /private/);
  assert.match(await text(rows.nth(1)), /3 s/, 'the delay between the hops');
  assert.equal(await rows.nth(1).getByTestId('boundary-marker').count(), 0);

  // Both DMARC rule sets, side by side, and the authorized external rua.
  const dmarc = page.getByTestId('verdict-dmarc');
  await dmarc.locator(':scope > summary').click();
  assert.equal(await text(page.getByTestId('dmarc-rfc9989-result')), 'pass');
  assert.equal(await text(page.getByTestId('dmarc-rfc7489-result')), 'pass');
  assert.match(await text(dmarc), /example\.org\._report\._dmarc\.reports\.example\.net/);

  // What the receiver said, beside ours; the SpamAssassin header decoded.
  const receiver = page.getByTestId('receiver-said');
  assert.match(await text(receiver), /mx\.example\.net/);
  assert.match(await text(receiver.getByTestId('comparison').first()), /agrees/);
  assert.match(await text(page.getByTestId('antispam')), /SPF_PASS/);
  assert.match(await text(page.getByTestId('sending-host')), /mail\.example\.org/);

  // Copy Markdown (the evidence toolbar's button), with a visible confirmation.
  await page.getByTestId('copy-markdown').click();
  await page.waitForFunction(() => /Markdown summary copied/.test(document.querySelector('[data-testid=export-status]').textContent));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /SPF/);
  assert.match(md, /\| hop \|/);

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'results-desktop.png'), fullPage: true });

  // Moving the boundary to the internal relay re-runs with its (private) client address: SPF fails.
  await rows.nth(1).getByTestId('move-boundary').click();
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
  await page.getByTestId('verdict-spf-result').filter({ hasText: 'fail' }).waitFor();
  assert.equal(await rows.nth(1).getByTestId('boundary-marker').count(), 1);
  assert.match(await text(page.getByTestId('identities-used')), /10\.0\.0\.5/);

  // The summary says why, and its link opens the SPF card at the step.
  const item = page.getByTestId('summary-item').filter({ hasText: /SPF fail/ });
  await item.waitFor();
  const link = item.getByTestId('summary-link');
  const path = await link.getAttribute('data-link');
  assert.match(path, /^spf\.trace\[\d+\]$/);
  const spfCard = page.getByTestId('verdict-spf');
  assert.equal(await spfCard.getAttribute('open'), null, 'the SPF card starts folded');
  await link.click();
  assert.notEqual(await spfCard.getAttribute('open'), null, 'the link opened the card');
  const id = 'at-' + path.split(/[^A-Za-z0-9]+/).filter(Boolean).join('-');
  const step = page.locator(`[id="${id}"]`);
  await step.waitFor({ state: 'visible' });
  assert.notEqual(await step.getAttribute('data-highlight'), null, 'the step is highlighted');
  assert.ok(await step.evaluate((el) => el.closest('[data-testid=verdict-spf]') !== null));

  // Back to the automatic boundary.
  await page.getByTestId('reset-boundary').click();
  await page.getByTestId('verdict-spf-result').filter({ hasText: 'pass' }).waitFor({ timeout: 60_000 });

  await page.screenshot({ path: join(ARTIFACTS, 'results-link.png'), fullPage: false });
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});

test('the results view works at phone width', async () => {
  const { context, page, errors } = await openApp(env, { width: 390, height: 844 });
  await page.getByTestId('message-input').fill(message);
  await inspect(page);
  await page.getByTestId('summary').waitFor();
  assert.equal(await page.getByTestId('hop-row').count(), 2);
  // Nothing makes the page itself scroll sideways: wide tables scroll in their own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `the page is ${overflow}px wider than the screen`);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'results-phone.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

// Issue 17: a message Microsoft 365 junked (tests/data/messages/m365.eml with
// its zone as offline records): the receiver's own verdict ranks first, each
// item says what the sender's administrator can do, and past the first five
// the items are folded behind a disclosure that the keyboard opens.
test('a junked message: the receiver\'s verdict first, what to do, the rest folded', async () => {
  const { context, page, errors } = await openApp(env);
  await useOfflineRecords(page, readFileSync(join(ROOT, 'tests/data/messages/zone.txt'), 'utf8'));
  await page.getByTestId('message-input').fill(readFileSync(join(ROOT, 'tests/data/messages/m365.eml'), 'utf8'));
  await inspect(page);
  const summary = page.getByTestId('summary');
  await summary.waitFor();
  const first = summary.getByTestId('summary-item').first();
  assert.match(await text(first), /^critical\s*Microsoft filed this as spam \(SFV:SPM, SCL 9, CAT:SPOOF\)/i);
  assert.match(
    await text(first.getByTestId('summary-action')),
    /^What to do: Fix the authentication findings listed below first; .*contoso\.example/,
  );
  // Five at once, the others behind "N more", closed until asked for.
  assert.equal(await summary.locator(':scope > ol.summary-list > li').count(), 5);
  const toggle = page.getByTestId('summary-more-toggle');
  const label = await text(toggle);
  assert.match(label, /^\d+ more$/);
  const more = page.getByTestId('summary-more');
  assert.equal(await more.getAttribute('open'), null);
  assert.equal(await more.getByTestId('summary-item').count(), Number(label.split(' ')[0]));
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.notEqual(await more.getAttribute('open'), null, 'Enter opens the fold');
  assert.ok(await more.getByTestId('summary-item').first().isVisible());
  // The antispam panel decodes the same header, as the receiver's.
  assert.match(await text(page.getByTestId('antispam')), /X-Forefront-Antispam-Report/);
  assert.deepEqual(errors, []);
  await context.close();
});
