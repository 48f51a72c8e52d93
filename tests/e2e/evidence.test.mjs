// Evidence bundles and exports in the browser: each sample is inspected, its
// bundle downloaded (with and without the message), imported into a fresh page
// with the network off, and replayed to identical verdicts. The
// Authentication-Results and Markdown copies reach the clipboard; Print uses
// the print stylesheet.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp, text, useStaticApp } from './support.mjs';

const SAMPLES = ['pass', 'softfail', 'forwarded', 'spoofed'];
const app = useStaticApp();

async function runSample(page, id) {
  await page.getByTestId(`sample-${id}`).click();
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
  await page.getByTestId('badge-sample').waitFor();
}

async function verdicts(page) {
  const out = {};
  for (const id of ['spf', 'dkim-0', 'arc', 'dmarc']) {
    const el = page.getByTestId(`verdict-${id}-result`);
    out[id] = (await el.count()) ? (await el.textContent()).trim() : null;
  }
  return out;
}

async function exportBundle(page, includeMessage) {
  const box = page.getByTestId('include-message');
  if ((await box.isChecked()) !== includeMessage) await box.click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bundle').click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), path, json: JSON.parse(readFileSync(path, 'utf8')) };
}

async function importBundle(page, path) {
  await page.getByTestId('bundle-input').setInputFiles(path);
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
}

/** A fresh page (empty storage), its network off once its inspection
 *  engine (a module of its own, fetched after the page) has arrived. */
async function openOffline() {
  const fresh = await openApp(app.browser, app.web.url);
  await fresh.page.waitForSelector('html[data-engine=ready]', { state: 'attached' });
  await fresh.context.setOffline(true);
  return fresh;
}

test('every sample: bundle out, replayed offline in a fresh page, identical verdicts', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  for (const id of SAMPLES) {
    await runSample(page, id);
    const before = await verdicts(page);

    const withMsg = await exportBundle(page, true);
    assert.match(withMsg.name, /^headerscope-evidence-[0-9a-f]{12}\.json$/);
    const b = withMsg.json;
    assert.equal(b.format, 'headerscope-bundle');
    assert.equal(b.message.encoding, 'text');
    assert.match(b.message.content, /^Authentication-Results: mx\.example\.net;/);
    assert.match(b.message.sha256, /^[0-9a-f]{64}$/);
    assert.ok(b.report.dns.length > 0, `${id}: the DNS answers are in the bundle`);
    for (const q of b.report.dns) {
      assert.match(q.resolver, /^offline records/, `${id}: each answer says who answered`);
    }
    const answered = b.report.dns.filter((q) => q.records.length > 0);
    assert.ok(answered.length > 0, `${id}: some queries had records`);
    for (const q of answered) {
      assert.equal(typeof q.ttl, 'number', `${id}: ${q.name} TTL`);
      assert.ok(q.records.every((r) => typeof r.ttl === 'number'), `${id}: ${q.name} record TTLs`);
      assert.equal(typeof q.started_ms, 'number', `${id}: ${q.name} time`);
    }
    assert.equal(b.report.run.offline, true);

    const digestOnly = await exportBundle(page, false);
    assert.equal(digestOnly.json.message.content, undefined, 'without "include message" only the digest');
    assert.equal(digestOnly.json.message.sha256, b.message.sha256);
    assert.ok(!readFileSync(digestOnly.path, 'utf8').includes('\\nHi Bob,'));

    // A fresh page (empty storage), network off: the bundle alone replays.
    const fresh = await openOffline();
    await importBundle(fresh.page, withMsg.path);
    await fresh.page.getByTestId('badge-replayed').waitFor();
    assert.match(await text(fresh.page, 'replay-equal'), /identical to the recorded ones/, `${id}: replay differs`);
    assert.deepEqual(await verdicts(fresh.page), before, `${id}: replayed verdicts`);
    assert.equal(await fresh.page.getByTestId('message-input').inputValue(), b.message.content.replace(/\r\n/g, '\n'));

    // The digest-only bundle needs the message: refused on an empty page, replayed once it is pasted.
    await fresh.page.getByTestId('message-input').fill('');
    await importBundle(fresh.page, digestOnly.path);
    assert.match(await text(fresh.page, 'error-banner'), /holds only the message's digest/);
    await fresh.page.getByTestId('message-input').fill(b.message.content);
    await importBundle(fresh.page, digestOnly.path);
    await fresh.page.getByTestId('badge-replayed').waitFor();
    assert.match(await text(fresh.page, 'replay-equal'), /identical/);
    assert.deepEqual(await verdicts(fresh.page), before);
    assert.deepEqual(fresh.errors, []);
    await fresh.context.close();
  }

  // An identity the user overrode is recorded, replayed, and put back into its field.
  await runSample(page, 'pass');
  await page.getByTestId('ip').fill('198.51.100.99');
  await page.getByTestId('inspect-button').click();
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])');
  assert.equal(await text(page, 'verdict-spf-result'), 'fail');
  const overridden = await exportBundle(page, true);
  assert.equal(overridden.json.options.ip, '198.51.100.99');
  const fresh = await openOffline();
  await importBundle(fresh.page, overridden.path);
  await fresh.page.getByTestId('badge-replayed').waitFor();
  assert.match(await text(fresh.page, 'replay-equal'), /identical/);
  assert.equal(await text(fresh.page, 'verdict-spf-result'), 'fail');
  assert.equal(await fresh.page.getByTestId('ip').inputValue(), '198.51.100.99');
  await fresh.context.close();

  // Not a bundle: a clear message.
  await page.getByTestId('bundle-input').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something"}') });
  await page.getByTestId('error-banner').waitFor();
  assert.match(await text(page, 'error-banner'), /not a headerscope evidence bundle/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('copy Authentication-Results and Markdown, print', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url, {
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  await runSample(page, 'spoofed');

  await page.getByTestId('copy-authres').click();
  await page.waitForFunction(() => /copied/.test(document.querySelector('[data-testid=export-status]').textContent));
  const ar = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(ar, /^Authentication-Results: headerscope;\n\tspf=fail/);
  assert.match(ar, /dmarc=fail/);
  await page.locator('details.authres > summary').click();
  assert.equal(await text(page, 'authres-preview'), ar.trim());

  await page.getByTestId('copy-markdown').click();
  await page.waitForFunction(() => /Markdown summary copied/.test(document.querySelector('[data-testid=export-status]').textContent));
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /### Details/);
  assert.match(md, /\| DMARC \| \*\*fail\*\*/);
  assert.ok(md.includes(ar), 'the Markdown ends with the Authentication-Results header');

  // Print calls window.print; the print stylesheet hides the form and the buttons.
  await page.evaluate(() => {
    window.print = () => {
      window.__printed = true;
    };
  });
  await page.getByTestId('print').click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('form.input-panel').isVisible(), false);
  assert.equal(await page.getByTestId('export-bundle').isVisible(), false);
  assert.equal(await page.getByTestId('verdicts').isVisible(), true);
  // Traces print expanded.
  assert.equal(await page.getByTestId('trace-step').first().isVisible(), true);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('form.input-panel').isVisible(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
