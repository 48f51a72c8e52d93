// Inspections run in a web worker (src/app/worker.rs, www/worker.js): a 25 MB
// message is hashed there while the page keeps answering, Cancel stops a run
// whose DNS is slow, and where the worker cannot start the page inspects by
// itself. The message is signed here with a key made here.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dkimSign, dkimKeyRecord } from './dkim.mjs';
import { ARTIFACTS, checkBuilt, serveDist, closeServer, startDoh, launchBrowser, openApp, text } from './support.mjs';

const DOMAIN = 'example.org';
const SELECTOR = 'big';
const CLIENT_IP = '192.0.2.7';
const BODY_MB = 25;
const tmp = mkdtempSync(join(tmpdir(), 'headerscope-e2e-worker-'));
let browser;
let web;
let doh;
let slowDoh;
let big;
let small;

function signed(privateKey, body, id) {
  const now = Math.floor(Date.now() / 1000);
  const date = new Date().toUTCString().replace('GMT', '+0000');
  const unsigned = [
    `Return-Path: <bounce@${DOMAIN}>`,
    `Received: from mail.${DOMAIN} (mail.${DOMAIN} [${CLIENT_IP}])`,
    `\tby mx.example.net (Postfix) with ESMTPS id ${id} for <bob@example.net>; ${date}`,
    `From: Alice Example <alice@${DOMAIN}>`,
    'To: Bob <bob@example.net>',
    `Subject: worker test ${id}`,
    `Date: ${date}`,
    `Message-ID: <${id}-${now}@${DOMAIN}>`,
    'MIME-Version: 1.0',
    'Content-Type: application/octet-stream',
    'Content-Transfer-Encoding: base64',
    '',
    body,
  ].join('\r\n');
  const msg = dkimSign({
    message: unsigned,
    privateKey,
    domain: DOMAIN,
    selector: SELECTOR,
    headers: ['from', 'to', 'subject', 'date', 'message-id'],
    time: now,
  });
  return msg.replace(/\r\n/g, '\n');
}

before(async () => {
  checkBuilt();
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // An attachment's worth of base64 lines (76 characters, as MIME writes them).
  const b64 = randomBytes(Math.ceil((BODY_MB * 1024 * 1024 * 57) / 78 / 57) * 57).toString('base64');
  big = signed(privateKey, b64.match(/.{1,76}/g).join('\r\n') + '\r\n', 'big');
  small = signed(privateKey, 'SGVsbG8gQm9i\r\n', 'small');
  const zone = [
    `$ORIGIN ${DOMAIN}.`,
    '$TTL 300',
    `@ IN TXT "v=spf1 ip4:${CLIENT_IP} -all"`,
    `${SELECTOR}._domainkey IN TXT ${dkimKeyRecord(publicKey)}`,
    '_dmarc IN TXT "v=DMARC1; p=reject"',
    '',
  ].join('\n');
  doh = await startDoh(zone, { dir: tmp, delayMs: 20 });
  // Every answer takes 8 s here: a run on it is still waiting when Cancel is pressed.
  slowDoh = await startDoh(zone, { dir: tmp, delayMs: 8000 });
  web = await serveDist({ extraConnect: [doh.origin, slowDoh.origin] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  doh?.stop();
  slowDoh?.stop();
  if (web) await closeServer(web);
  rmSync(tmp, { recursive: true, force: true });
});

async function useDoh(page, url) {
  await page.getByTestId('doh-provider').selectOption('custom');
  await page.getByTestId('doh-custom-url').fill(url);
  await page.getByTestId('doh-custom-format').selectOption('json');
}

// A paste: the app sees the clipboard's text in a paste event first; when it
// leaves the event alone (small text), the text lands in the text area.
async function paste(page, message) {
  await page.evaluate((m) => {
    const ta = document.querySelector('[data-testid=message-input]');
    ta.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', m);
    const ev = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    if (ta.dispatchEvent(ev)) {
      // A script's paste event has no default action: do the browser's part.
      ta.setRangeText(m, ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, message);
}

async function finished(page) {
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 120_000 });
}

test(`a ${BODY_MB} MB message is verified in the worker while the page keeps answering`, async () => {
  const { context, page, errors } = await openApp(browser, web.url);
  await useDoh(page, doh.url);
  await paste(page, big);
  await page.waitForFunction((ip) => document.querySelector('#ip')?.value === ip, CLIENT_IP);

  // Counts animation frames from the click to the end of the run: a page
  // whose thread is busy hashing draws none.
  await page.evaluate(() => {
    window.__frames = 0;
    const tick = () => {
      window.__frames += 1;
      if (!document.querySelector('[data-testid=inspect-button]:not([disabled])')) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByTestId('inspect-button').click();
  await finished(page);

  assert.ok(page.workers().some((w) => w.url().endsWith('/worker.js')), 'the inspection worker was started');
  assert.equal(await text(page, 'verdict-spf-result'), 'pass');
  assert.equal(await text(page, 'verdict-dkim-0-result'), 'pass');
  assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');
  assert.ok((await page.evaluate(() => window.__frames)) > 0, 'the page drew frames during the run');
  // The text area shows the header section; the note says the rest is kept and inspected.
  assert.match(await text(page, 'large-note'), /MB: the box shows its header section only/);
  const shown = await page.getByTestId('message-input').inputValue();
  assert.ok(shown.startsWith('DKIM-Signature: v=1;'), shown.slice(0, 80));
  assert.match(shown, /the body, 2\d\.\d MB, is not shown here/);
  // Moving the trust boundary re-runs on the whole message, not the preview.
  await page.getByTestId('ip').fill('198.51.100.99');
  await page.getByTestId('inspect-button').click();
  await finished(page);
  assert.equal(await text(page, 'verdict-spf-result'), 'fail', await page.getByTestId('verdict-spf').textContent());
  assert.equal(await text(page, 'verdict-dkim-0-result'), 'pass');
  // Clear empties the box and leaves the header view.
  await page.getByTestId('clear-message').click();
  await page.getByTestId('large-note').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('message-input').inputValue(), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a large paste goes in at the cursor, and the whole text can be shown and edited', async () => {
  const { context, page, errors } = await openApp(browser, web.url);
  const filler = 'X-Filler: ' + 'f'.repeat(200) + '\n';
  const bulk = filler.repeat(Math.ceil(1_100_000 / filler.length));
  await page.getByTestId('message-input').fill('Subject: before\n\nbody\n');
  // The cursor after "Subject: before\n": the big text goes in there.
  await page.evaluate(() => {
    const ta = document.querySelector('[data-testid=message-input]');
    ta.setSelectionRange(16, 16);
  });
  await paste(page, bulk);
  await page.getByTestId('large-note').waitFor();
  assert.notEqual(await page.getByTestId('message-input').getAttribute('readonly'), null);
  await page.getByTestId('show-whole').click();
  await page.waitForFunction((n) => document.querySelector('[data-testid=message-input]').value.length === n, 16 + bulk.length + 6);
  const whole = await page.getByTestId('message-input').inputValue();
  assert.ok(whole.startsWith('Subject: before\nX-Filler: fff'));
  assert.ok(whole.endsWith('fff\n\nbody\n'));
  assert.equal(await page.getByTestId('message-input').getAttribute('readonly'), null);
  await page.getByTestId('large-note').waitFor({ state: 'detached' });
  // Typing works as usual again.
  await page.getByTestId('message-input').fill('Subject: again\n\nx\n');
  assert.equal(await page.getByTestId('message-input').inputValue(), 'Subject: again\n\nx\n');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Cancel stops a run whose DNS answers are slow, and the page reports what was decided', async () => {
  const { context, page, errors } = await openApp(browser, web.url);
  await useDoh(page, slowDoh.url);
  await paste(page, small);
  await page.waitForFunction((ip) => document.querySelector('#ip')?.value === ip, CLIENT_IP);
  await page.getByTestId('inspect-button').click();
  const progress = page.getByTestId('progress');
  await progress.waitFor({ state: 'visible', timeout: 10_000 });
  await page.waitForFunction(() => /in flight/.test(document.querySelector('[data-testid=progress]')?.textContent ?? ''));
  await page.getByTestId('cancel-button').click();
  await finished(page);
  // Every check that waited for DNS ends in temperror, naming the cancel.
  assert.equal(await text(page, 'verdict-spf-result'), 'temperror');
  assert.equal(await text(page, 'verdict-dkim-0-result'), 'temperror');
  const log = await page.getByTestId('dns-row').allTextContents();
  assert.ok(log.some((row) => /cancel/i.test(row)), `the DNS log names the cancel: ${log.join(' | ')}`);
  // The next run is unaffected.
  await useDoh(page, doh.url);
  await page.getByTestId('inspect-button').click();
  await finished(page);
  assert.equal(await text(page, 'verdict-dkim-0-result'), 'pass');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Inspect and Cancel while the engine is still loading: the run waits for it, then ends cancelled', async () => {
  // worker.js is held back, so the engine cannot start until it is released.
  let release;
  const held = new Promise((r) => (release = r));
  const { context, page } = await startWithWorkerJs(async (route) => {
    await held;
    await route.continue();
  });
  await page.getByTestId('progress').waitFor({ state: 'visible', timeout: 10_000 });
  assert.equal(await page.locator('html[data-engine=ready]').count(), 0, 'the engine is not running yet');
  await page.getByTestId('cancel-button').click();
  release();
  await finished(page);
  assert.equal(await text(page, 'verdict-spf-result'), 'temperror');
  assert.equal(await text(page, 'verdict-dkim-0-result'), 'temperror');
  // The reading of the message waited for the engine too: the fields fill.
  await page.waitForFunction((ip) => document.querySelector('#ip')?.value === ip, CLIENT_IP);
  assert.match(await page.locator('#ip-hint').textContent(), /^from /);
  await context.close();
});

// A page whose worker.js requests go to `handler` (a Playwright route
// handler), with the small message pasted and Inspect pressed.
async function startWithWorkerJs(handler) {
  const context = await browser.newContext();
  await context.route('**/worker.js', handler);
  const page = await context.newPage();
  await page.goto(web.url);
  await page.getByTestId('message-input').waitFor({ timeout: 30_000 });
  await useDoh(page, doh.url);
  await paste(page, small);
  // No wait for the fields: the engine reads the message, and it may be
  // held back; a run with empty fields takes what the headers say.
  await page.getByTestId('inspect-button').click();
  return { context, page };
}

// The same, worker.js answered by `fulfill` (a missing or foreign script),
// the inspection finished.
async function inspectWithWorkerJs(fulfill) {
  const started = await startWithWorkerJs((route) => route.fulfill(fulfill));
  await finished(started.page);
  return started;
}

// The wasm files the page itself fetched (a worker's fetches are in the
// worker's own timeline, not the page's).
const pageFetchedWasm = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.endsWith('.wasm')));

test("the page's module carries no verification: the engine is a module of its own, which the worker fetches", async () => {
  const { context, page, errors } = await openApp(browser, web.url);
  await page.waitForSelector('html[data-engine=ready]', { state: 'attached', timeout: 60_000 });
  const wasm = await pageFetchedWasm(page);
  assert.ok(wasm.some((p) => /headerscope-web-[0-9a-f]+_bg\.wasm$/.test(p)), `the page's module: ${wasm}`);
  assert.ok(!wasm.some((p) => p.includes('headerscope-engine')), `the page fetched the engine itself: ${wasm}`);
  const exported = await page.evaluate(async () => {
    const m = await import(new URL(document.querySelector('script[data-hs-js]').dataset.hsJs, document.baseURI).href);
    return Object.keys(m);
  });
  for (const name of ['check_verdicts', 'bench_body_hash', 'open_port', 'receive']) {
    assert.ok(!exported.includes(name), `the page's module exports the engine's ${name}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('where the worker cannot start, the page inspects by itself', async () => {
  const { context, page } = await inspectWithWorkerJs({ status: 404, body: 'not here' });
  assert.ok((await pageFetchedWasm(page)).some((p) => p.includes('headerscope-engine')), 'the page loaded the engine');
  assert.equal(await text(page, 'verdict-spf-result'), 'pass');
  assert.equal(await text(page, 'verdict-dkim-0-result'), 'pass');
  assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');
  // And again, now without even trying the worker.
  await page.getByTestId('ip').fill('198.51.100.99');
  await page.getByTestId('inspect-button').click();
  await finished(page);
  assert.equal(await text(page, 'verdict-spf-result'), 'fail');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'worker-fallback.png') });
  await context.close();
});

test('a worker that fails to start and says so in another form (a worker.js of another version) leaves the page inspecting', async () => {
  // What worker.js posted before the page and worker spoke JSON text.
  const stale = "self.addEventListener('message', () => self.postMessage({ kind: 'BootFailed', message: 'old' }), { once: true });";
  const { context, page } = await inspectWithWorkerJs({ status: 200, contentType: 'text/javascript', body: stale });
  assert.equal(await text(page, 'verdict-dkim-0-result'), 'pass');
  assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');
  await context.close();
});
