// The "Domain tools" tab (issue 5): DKIM key generation (Ed25519 and RSA
// 2048, in the page), the SPF builder, the SPF linter over the local DoH
// server, and a dropped DMARC aggregate report.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startEnv, openApp, text, ARTIFACTS } from './harness.mjs';

const DOMAIN = 'example.org';
let env;

before(async () => {
  const zone = [
    `$ORIGIN ${DOMAIN}.`,
    '$TTL 300',
    '@ IN TXT "v=spf1 mx include:_spf.example.org -all"',
    '@ IN MX 10 mx.example.org.',
    'mx IN A 192.0.2.25',
    '_spf IN TXT "v=spf1 ip4:198.51.100.0/24 ip4:203.0.113.7 -all"',
    '_dmarc IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.org"',
    '',
  ].join('\n');
  env = await startEnv({ zone });
});

after(async () => {
  await env?.stop();
});

// A small RFC 7489 aggregate report: two sources, one passing, one failing.
const REPORT_XML = `<?xml version="1.0" encoding="UTF-8"?>
<feedback>
  <report_metadata>
    <org_name>receiver.example</org_name>
    <email>noreply-dmarc@receiver.example</email>
    <report_id>e2e-1</report_id>
    <date_range><begin>1700000000</begin><end>1700086399</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>${DOMAIN}</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct>
  </policy_published>
  <record>
    <row>
      <source_ip>192.0.2.25</source_ip><count>40</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated>
    </row>
    <identifiers><header_from>${DOMAIN}</header_from></identifiers>
    <auth_results>
      <dkim><domain>${DOMAIN}</domain><result>pass</result><selector>mail</selector></dkim>
      <spf><domain>${DOMAIN}</domain><result>pass</result></spf>
    </auth_results>
  </record>
  <record>
    <row>
      <source_ip>203.0.113.99</source_ip><count>10</count>
      <policy_evaluated><disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated>
    </row>
    <identifiers><header_from>${DOMAIN}</header_from></identifiers>
    <auth_results>
      <spf><domain>spoof.example</domain><result>fail</result></spf>
    </auth_results>
  </record>
</feedback>
`;

async function openTools(viewport) {
  const app = await openApp(env, viewport);
  const tab = app.page.getByTestId('tab-tools');
  await tab.click();
  assert.equal(await tab.getAttribute('aria-selected'), 'true');
  await app.page.getByTestId('tools').waitFor({ state: 'visible' });
  return app;
}

test('DKIM keys are generated in the page, with the TXT record', async () => {
  const { context, page, errors } = await openTools({ width: 1280, height: 900 });
  await page.getByTestId('dkim-domain').fill(DOMAIN);
  await page.getByTestId('dkim-selector').fill('s1');

  await page.getByTestId('dkim-type').selectOption('ed25519');
  await page.getByTestId('dkim-generate').click();
  const txt = page.getByTestId('dkim-txt');
  await txt.waitFor({ timeout: 30_000 });
  assert.match(await txt.inputValue(), /^v=DKIM1; k=ed25519; p=/);
  assert.equal(await text(page.getByTestId('dkim-record-name')), `s1._domainkey.${DOMAIN}`);
  assert.match(await page.getByTestId('dkim-pkcs8').inputValue(), /BEGIN PRIVATE KEY/);
  assert.equal(await page.getByTestId('dkim-pkcs1').count(), 0, 'no PKCS#1 form for Ed25519');

  await page.getByTestId('dkim-type').selectOption('rsa-2048');
  await page.getByTestId('dkim-generate').click();
  await page.waitForFunction(() => /^v=DKIM1; k=rsa; p=/.test(document.querySelector('[data-testid=dkim-txt]')?.value ?? ''), null, { timeout: 60_000 });
  assert.match(await page.getByTestId('dkim-pkcs1').inputValue(), /BEGIN RSA PRIVATE KEY/);
  assert.match(await page.getByTestId('dkim-bind').inputValue(), /s1\._domainkey/);
  assert.match(await page.getByTestId('dkim-keytable').inputValue(), /s1\._domainkey\.example\.org/);

  // Keyboard: the tab list follows the ARIA pattern.
  await page.getByTestId('tab-tools').focus();
  await page.keyboard.press('ArrowLeft');
  assert.equal(await page.getByTestId('tab-inspect').getAttribute('aria-selected'), 'true');
  assert.equal(await page.getByTestId('tools').isVisible(), false);
  await page.keyboard.press('End');
  assert.equal(await page.getByTestId('tab-tools').getAttribute('aria-selected'), 'true');
  // What was generated is still there after switching tabs.
  assert.match(await txt.inputValue(), /^v=DKIM1; k=rsa; p=/);

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'tools-dkim.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('SPF builder writes the record; the linter counts lookups over the DoH server', async () => {
  const { context, page, errors } = await openTools({ width: 1280, height: 900 });
  await page.getByTestId('spf-ip4').fill('192.0.2.0/24 198.51.100.7');
  await page.getByTestId('spf-includes').fill('_spf.example.net');
  await page.getByTestId('spf-all').selectOption('-');
  assert.equal(await page.getByTestId('spf-record').inputValue(), 'v=spf1 mx ip4:192.0.2.0/24 ip4:198.51.100.7 include:_spf.example.net -all');

  await page.getByTestId('spf-domain').fill(DOMAIN);
  await page.getByTestId('spf-lint-domain').click();
  const lookups = page.getByTestId('spf-lookups');
  await lookups.waitFor({ timeout: 30_000 });
  // mx and include: two DNS-querying terms.
  assert.equal(await text(lookups), 'DNS lookups: 2 of 10');
  const lint = page.getByTestId('spf-lint');
  assert.match(await text(lint), /198\.51\.100\.0\/24/, 'the include tree shows the included ranges');
  assert.match(await text(lint.getByTestId('dns-log')), /_spf\.example\.org/);

  // A typed record over the same zone.
  await page.getByTestId('spf-typed').fill('v=spf1 include:_spf.example.org include:_spf.example.org a ~all');
  await page.getByTestId('spf-lint-typed').click();
  await page.getByTestId('spf-lookups').filter({ hasText: '3 of 10' }).waitFor({ timeout: 30_000 });

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'tools-spf.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the DMARC linter says "cannot tell" for a report destination whose authorization lookup failed', async () => {
  const { context, page, errors } = await openTools({ width: 1280, height: 900 });
  await page.getByTestId('dmarc-lint-domain').fill(DOMAIN);
  // The DoH server answers SERVFAIL for every name under servfail.fault.test
  // (dohd.rs), so the authorization record there can be neither found nor
  // ruled out (RFC 7489 section 7.1); example.net is not in the zone: "no".
  await page.getByTestId('dmarc-lint-record').fill('v=DMARC1; p=none; rua=mailto:a@servfail.fault.test,mailto:b@example.net');
  await page.getByTestId('dmarc-lint-typed').click();
  const cells = page.getByTestId('dmarc-external').getByTestId('external-authorized');
  await cells.first().waitFor({ timeout: 30_000 });
  assert.equal(await cells.count(), 2);
  assert.equal(await text(cells.nth(0)), 'cannot tell: the DNS lookup failed');
  assert.equal(await text(cells.nth(1)), 'no');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped aggregate report becomes a sortable table; a bad file gets an error and the page keeps working', async () => {
  const { context, page, errors } = await openTools({ width: 390, height: 844 });
  await page.getByTestId('report-file').setInputFiles({
    name: 'receiver.example!example.org!1700000000!1700086399.xml',
    mimeType: 'text/xml',
    buffer: Buffer.from(REPORT_XML),
  });
  const rows = page.getByTestId('report-row');
  await rows.first().waitFor({ timeout: 30_000 });
  assert.equal(await rows.count(), 2);
  assert.match(await text(page.getByTestId('report-totals')), /50 messages from 2 sources\. DMARC pass 80\.0%/);
  // Sorted by count, largest first; a click on the header reverses it.
  assert.match(await text(rows.first()), /192\.0\.2\.25/);
  await page.getByTestId('sort-Messages').click();
  assert.match(await text(rows.first()), /203\.0\.113\.99/);

  // Not a report: the banner says so; the table and the page stay.
  await page.getByTestId('report-file').setInputFiles({ name: 'junk.xml', mimeType: 'text/xml', buffer: Buffer.from('<html>no</html>') });
  const banner = page.getByTestId('error-banner');
  await banner.waitFor({ state: 'visible' });
  assert.match(await text(banner), /junk\.xml/);
  assert.equal(await rows.count(), 2);

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'tools-report-phone.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
