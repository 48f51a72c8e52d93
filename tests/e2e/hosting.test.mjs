// Static hosting: the release build served from a sub-path of a plain static
// server works (relative URLs, strict CSP, no inline script), and after the
// first visit it works with the server gone and the network off (the service
// worker), inspecting with offline records. DoH answers are never cached.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ARTIFACTS, DIST, checkBuilt, serveDist, closeServer, startDoh, launchBrowser, openApp, inspect,
  useOfflineRecords, text,
} from './support.mjs';

const PREFIX = '/some/sub/path/';
const tmp = mkdtempSync(join(tmpdir(), 'headerscope-e2e-hosting-'));
const cleanups = [];
let browser;
let doh;

const MESSAGE = [
  'Received: from mail.example.org (mail.example.org [192.0.2.7])',
  '\tby mx.example.net (Postfix) with ESMTPS id 1A2B; Mon, 2 Nov 2026 10:00:00 +0000',
  'Return-Path: <bounce@example.org>',
  'From: Alice <alice@example.org>',
  'To: bob@example.net',
  'Subject: offline test',
  'Date: Mon, 2 Nov 2026 09:59:58 +0000',
  'Message-ID: <offline-1@example.org>',
  '',
  'Hello.',
  '',
].join('\n');
const ZONE = [
  '$ORIGIN example.org.',
  '$TTL 300',
  '@ TXT "v=spf1 ip4:192.0.2.7 -all"',
  '_dmarc TXT "v=DMARC1; p=reject"',
  '',
].join('\n');

before(async () => {
  checkBuilt();
  doh = await startDoh(ZONE, { dir: tmp });
  cleanups.push(doh.stop);
  browser = await launchBrowser();
  cleanups.push(() => browser.close());
});

after(async () => {
  for (const c of cleanups.reverse()) {
    try {
      await c();
    } catch {
      // best effort
    }
  }
  rmSync(tmp, { recursive: true, force: true });
});

test('served from a sub-path: every URL stays under it, the CSP holds, a sample runs', async () => {
  const web = await serveDist({ prefix: PREFIX });
  cleanups.push(() => closeServer(web));
  const { context, page, errors } = await openApp(browser, web.url);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const pageRequests = [];
  page.on('request', (r) => pageRequests.push(r.url()));

  await page.getByTestId('sample-pass').click();
  await page.getByTestId('verdicts').waitFor();
  assert.equal(await text(page, 'verdict-spf-result'), 'pass');
  assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');
  await page.getByTestId('badge-sample').waitFor();
  assert.match(await text(page, 'sample-note'), /simulated/);

  // Nothing was asked outside the prefix: every asset URL is relative.
  const outside = web.log.filter((l) => !l.split(' ')[1].startsWith(PREFIX));
  assert.deepEqual(outside, [], 'requests outside the sub-path');
  assert.ok(web.log.some((l) => l.endsWith('/boot.js')), 'the app starts from boot.js');
  assert.ok(web.log.some((l) => /\.wasm$/.test(l)));
  // The sample ran on its own records: nothing left the page.
  assert.deepEqual(requests.filter((u) => !u.startsWith(web.url)), []);

  // The Domain tools are a module of their own: the page does not ask for
  // them until their tab opens (the service worker caches them meanwhile,
  // for offline use), and they come from under the prefix too.
  assert.ok(!pageRequests.some((u) => u.includes('headerscope-tools-')), 'the tools are not part of the page\'s first download');
  await page.getByTestId('tab-tools').click();
  await page.getByTestId('tools').waitFor();
  assert.ok(pageRequests.some((u) => u.startsWith(`${web.url}headerscope-tools-`) && u.endsWith('_bg.wasm')), pageRequests.join('\n'));
  assert.ok(web.log.some((l) => l.startsWith(`GET ${PREFIX}headerscope-tools-`)), web.log.join('\n'));

  // No inline script in the document, and the CSP is the one index.html sets.
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0);
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.deepEqual(errors, [], 'no errors and no CSP violations in the console');
  await context.close();
});

test('after the first visit the app works offline, and DoH answers are never cached', async () => {
  const web = await serveDist({ prefix: PREFIX, extraConnect: [doh.origin] });
  let closed = false;
  cleanups.push(() => (closed ? undefined : closeServer(web)));
  const { context, page, errors } = await openApp(browser, web.url);

  // Online, with the test's DoH server.
  await page.getByTestId('doh-provider').selectOption('custom');
  await page.getByTestId('doh-custom-url').fill(doh.url);
  await page.getByTestId('message-input').fill(MESSAGE);
  await inspect(page);
  assert.equal(await text(page, 'verdict-spf-result'), 'pass');

  // The service worker is installed and controls the page after a reload.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await page.getByTestId('message-input').waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  const cached = await page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) out.push(req.url);
    }
    return out;
  });
  assert.ok(cached.some((u) => u.endsWith(PREFIX)), `the page is cached: ${cached}`);
  assert.ok(cached.some((u) => u.endsWith('.wasm')), `the wasm is cached: ${cached}`);
  for (const lang of ['de', 'uk']) {
    const pack = new RegExp(`/i18n/${lang}-[0-9a-f]{16}\\.json$`);
    assert.ok(cached.some((u) => pack.test(u)), `the ${lang} language pack is cached: ${cached}`);
  }
  for (const u of cached) {
    assert.ok(u.startsWith(web.url), `only the app's own files are cached: ${u}`);
    assert.ok(!u.includes('?') && !u.includes('dns-query'), `a DNS query was cached: ${u}`);
  }

  // The server is gone and the network is off.
  await closeServer(web);
  closed = true;
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId('message-input').waitFor({ timeout: 30_000 });
  assert.equal(await page.getByTestId('message-input').inputValue(), MESSAGE);

  // Offline records: a bad line is reported with its number.
  await useOfflineRecords(page, '$TTL 300\nexample.org. TXT "v=spf1 ip4:192.0.2.7 -all"\nexample.org. BOGUS 1 2 3\n');
  await page.getByTestId('inspect-button').click();
  const banner = page.getByTestId('error-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /offline records cannot be read: line 3/);

  await useOfflineRecords(page, ZONE);
  await inspect(page);
  assert.equal(await text(page, 'verdict-spf-result'), 'pass');
  assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');
  await page.getByTestId('badge-offline').waitFor();
  // The Domain tools' module was cached too, though never opened online.
  await page.getByTestId('tab-tools').click();
  await page.getByTestId('tools').waitFor({ timeout: 30_000 });
  await page.getByTestId('tab-inspect').click();
  // So was the Ukrainian pack, though this visit was English.
  await page.getByTestId('lang').selectOption('uk');
  await page.waitForFunction(() => document.documentElement.lang === 'uk');
  assert.equal(await text(page, 'inspect-button'), 'Перевірити');
  await page.getByTestId('lang').selectOption('en');
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'offline.png'), fullPage: true });
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
  await context.close();
});

test('a returning visitor gets a new deployment\'s loaders, not the cached ones', async () => {
  // boot.js and worker.js keep their names from one version to the next: the
  // service worker must not keep serving the first copy it cached.
  const dist = join(tmp, 'dist');
  cpSync(DIST, dist, { recursive: true });
  const web = await serveDist({ dist });
  cleanups.push(() => closeServer(web));
  const { context, page } = await openApp(browser, web.url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  assert.equal(await page.evaluate(() => globalThis.__bootMark ?? null), null);

  appendFileSync(join(dist, 'boot.js'), '\nglobalThis.__bootMark = "new";\n');
  await page.reload();
  await page.getByTestId('message-input').waitFor();
  assert.equal(await page.evaluate(() => globalThis.__bootMark ?? null), 'new');
  await context.close();
});
