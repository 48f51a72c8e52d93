// The report panel of "Domain tools" (issue 20, part 3): several reports
// picked at once — two DMARC aggregate reports (RFC 7489 and RFC 9990, on
// different days), an SMTP TLS report (RFC 8460) and a failure report
// (RFC 6591) — combined into a chart and tables; the failure report's
// message goes into the inspector; axe finds nothing in English and German.
// Fixtures: tests/data/feedback/PROVENANCE.md.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEnv, openApp, text, ROOT, ARTIFACTS } from './harness.mjs';
import { axeViolations } from './support.mjs';

let env;

before(async () => {
  const zone = ['$ORIGIN example.com.', '$TTL 300', '_dmarc IN TXT "v=DMARC1; p=reject"', ''].join('\n');
  env = await startEnv({ zone });
});

after(async () => {
  await env?.stop();
});

const fixture = (path, name, mimeType) => ({ name, mimeType, buffer: readFileSync(join(ROOT, path)) });
const FILES = [
  fixture('tests/data/reports/google.com!example.com!1700000000!1700086399.xml.gz', 'google.com!example.com!1700000000!1700086399.xml.gz', 'application/gzip'),
  fixture('tests/data/feedback/rfc9990-example.xml', 'rfc9990-example.xml', 'text/xml'),
  fixture('tests/data/feedback/rfc8460-example.json', 'rfc8460-example.json', 'application/json'),
  fixture('tests/data/feedback/rfc6591-auth-failure.eml', 'rfc6591-auth-failure.eml', 'message/rfc822'),
];

const cells = async (row) => (await row.locator('th, td').allTextContents()).map((c) => c.trim());

async function openReports(viewport, lang, colorScheme = 'light') {
  const app = await openApp(env, viewport, { colorScheme });
  if (lang) {
    await app.page.getByTestId('lang').selectOption(lang);
    await app.page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
  await app.page.getByTestId('tab-tools').click();
  await app.page.getByTestId('tools').waitFor({ state: 'visible' });
  await app.page.getByTestId('report-file').setInputFiles(FILES);
  await app.page.getByTestId('report-file-entry').nth(3).waitFor({ timeout: 30_000 });
  return app;
}

test('several reports picked at once are combined into a chart and tables', async () => {
  const { context, page, errors } = await openReports({ width: 1280, height: 900 });
  assert.equal(await page.getByTestId('report-file-entry').count(), 4);

  // The combined totals over both aggregate reports.
  assert.match(await text(page.getByTestId('combined-totals')), /328 messages from 6 sources\. DMARC pass 96\.3%/);

  // The chart: an accessible SVG with one stacked bar per day.
  const chart = page.locator('svg[data-testid="report-chart"]');
  await chart.waitFor();
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.match(await chart.locator('title').first().textContent(), /Messages per day/);
  assert.match(await chart.locator('desc').textContent(), /Days: 2; messages: 328; DMARC pass: 316; DMARC fail: 12\./);
  const bars = chart.locator('[data-testid="chart-day"]');
  assert.equal(await bars.count(), 2);
  assert.equal(await bars.nth(0).getAttribute('data-day'), '2023-11-14');
  assert.equal(await bars.nth(1).getAttribute('data-day'), '2023-11-15');
  assert.equal(await chart.locator('script').count(), 0);

  // The table alternative says the same per day.
  const days = page.getByTestId('combined-days-row');
  assert.equal(await days.count(), 2);
  assert.deepEqual((await cells(days.nth(0))).slice(0, 3), ['2023-11-14', '200', '96.5%']);
  assert.deepEqual((await cells(days.nth(1))).slice(0, 3), ['2023-11-15', '128', '96.1%']);
  assert.equal(await page.getByTestId('combined-ips-row').count(), 6);
  assert.deepEqual((await cells(page.getByTestId('combined-reporters-row').nth(1))).slice(0, 2), ['Sample Reporter', '128']);

  // TLS: the policy domain with its sessions and failures in words.
  assert.match(await text(page.getByTestId('tls-totals')), /Successful sessions: 5326; failed sessions: 303\./);
  const policy = page.getByTestId('tls-policy-row');
  assert.match(await text(policy), /company-y\.example.*sts.*5326.*303/s);
  assert.match(await text(policy), /starttls-not-supported \(200\): the MX did not offer STARTTLS/);

  // The failure report, and its message into the inspector.
  const failure = page.getByTestId('failure-report');
  assert.match(await text(failure), /Auth-Failure\s*dkim/);
  assert.match(await text(failure), /DKIM-Domain\s*example\.com/);
  await page.getByTestId('inspect-reported').click();
  assert.equal(await page.getByTestId('tab-inspect').getAttribute('aria-selected'), 'true');
  assert.match(await page.getByTestId('message-input').inputValue(), /DKIM-Signature: v=1; a=rsa-sha256/);

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.getByTestId('tab-tools').click();
  await page.screenshot({ path: join(ARTIFACTS, 'reports-combined.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the combined reports read in German, and axe finds nothing (en light desktop, de dark phone)', async () => {
  for (const [lang, viewport, scheme] of [['en', { width: 1280, height: 900 }, 'light'], ['de', { width: 390, height: 844 }, 'dark']]) {
    const { context, page, errors } = await openReports(viewport, lang, scheme);
    await page.locator('svg[data-testid="report-chart"]').waitFor();
    if (lang === 'de') {
      assert.match(await page.locator('svg[data-testid="report-chart"] title').first().textContent(), /Nachrichten pro Tag/);
      assert.match(await text(page.getByTestId('tls-totals')), /Erfolgreiche Sitzungen: 5326/);
      assert.match(await text(page.getByTestId('combined-days-row').nth(0)), /96,5 %/);
    }
    assert.deepEqual(await axeViolations(page), [], `axe (${lang}, ${scheme})`);
    // The chart's words follow the page's text colour (readable in dark mode).
    assert.equal(await page.locator('svg[data-testid="report-chart"] g[fill="currentColor"]').count(), 2);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
