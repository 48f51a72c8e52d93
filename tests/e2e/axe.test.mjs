// axe-core (Deque's WCAG and best-practice rules, pinned in package.json) over
// every view the app has: the start page, each sample's results with every
// card and trace open, the evidence panel and a replayed bundle, an error
// banner, the large-message view, and every Domain tool with its results.
// Each tour runs in one language, colour scheme and width; together the tours
// cover en/de/uk, light/dark and phone/desktop. Zero violations is the
// assertion: no rule is turned off.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startEnv, openApp, inspect } from './harness.mjs';
import { axeViolations } from './support.mjs';

const DOMAIN = 'example.org';
const SAMPLES = ['pass', 'softfail', 'forwarded', 'spoofed'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const TOURS = [
  { lang: 'en', scheme: 'light', viewport: DESKTOP, width: 'desktop' },
  { lang: 'de', scheme: 'dark', viewport: PHONE, width: 'phone' },
  { lang: 'uk', scheme: 'dark', viewport: DESKTOP, width: 'desktop' },
  { lang: 'uk', scheme: 'light', viewport: PHONE, width: 'phone' },
];

let env;

before(async () => {
  const zone = [
    `$ORIGIN ${DOMAIN}.`,
    '$TTL 300',
    '@ IN TXT "v=spf1 mx include:_spf.example.org ?all"',
    '@ IN MX 10 mx.example.org.',
    'mx IN A 192.0.2.25',
    '_spf IN TXT "v=spf1 ip4:198.51.100.0/24 ip4:203.0.113.7 -all"',
    '_dmarc IN TXT "v=DMARC1; p=none; rua=mailto:dmarc@example.org,mailto:agg@reports.example.net"',
    's1._domainkey IN TXT "v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="',
    '_mta-sts IN TXT "v=STSv1; id=20260101"',
    '_smtp._tls IN TXT "v=TLSRPTv1; rua=mailto:tls@example.org"',
    '',
  ].join('\n');
  env = await startEnv({ zone });
});

after(async () => {
  await env?.stop();
});

// The smallest aggregate report that fills the table: one source, failing.
const REPORT_XML = `<?xml version="1.0" encoding="UTF-8"?>
<feedback>
  <report_metadata><org_name>receiver.example</org_name><email>r@receiver.example</email><report_id>axe-1</report_id>
    <date_range><begin>1700000000</begin><end>1700086399</end></date_range></report_metadata>
  <policy_published><domain>${DOMAIN}</domain><p>none</p></policy_published>
  <record>
    <row><source_ip>203.0.113.99</source_ip><count>10</count>
      <policy_evaluated><disposition>none</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>${DOMAIN}</header_from></identifiers>
    <auth_results><spf><domain>spoof.example</domain><result>fail</result></spf></auth_results>
  </record>
</feedback>
`;

// Opens every <details> (cards, traces, folded sections, the exports preview).
async function openAll(page) {
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

async function runSample(page, id) {
  await page.getByTestId(`sample-${id}`).click();
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
  await page.getByTestId('badge-sample').waitFor();
  await page.getByTestId('verdicts').waitFor();
}

// A paste the app sees as one: a large one is taken over by the app.
async function paste(page, message) {
  await page.evaluate((m) => {
    const ta = document.querySelector('[data-testid=message-input]');
    ta.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', m);
    const ev = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    if (ta.dispatchEvent(ev)) {
      ta.setRangeText(m, ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, message);
}

async function useTools(page) {
  await page.getByTestId('tab-tools').click();
  await page.getByTestId('tools').waitFor({ state: 'visible' });

  await page.getByTestId('dkim-domain').fill(DOMAIN);
  await page.getByTestId('dkim-selector').fill('s1');
  await page.getByTestId('dkim-type').selectOption('ed25519');
  await page.getByTestId('dkim-generate').click();
  const pkcs8 = page.getByTestId('dkim-pkcs8');
  await pkcs8.waitFor({ timeout: 30_000 });
  await page.getByTestId('match-domain').fill(DOMAIN);
  await page.getByTestId('match-selector').fill('s1');
  await page.getByTestId('match-pem').fill(await pkcs8.inputValue());
  await page.getByTestId('dkim-check-match').click();
  await page.getByTestId('dkim-match').waitFor({ timeout: 30_000 });

  await page.getByTestId('spf-ip4').fill('192.0.2.0/24');
  await page.getByTestId('spf-includes').fill('_spf.example.net');
  await page.getByTestId('spf-domain').fill(DOMAIN);
  await page.getByTestId('spf-lint-domain').click();
  await page.getByTestId('spf-lookups').waitFor({ timeout: 30_000 });

  await page.getByTestId('dmarc-domain').fill(DOMAIN);
  await page.getByTestId('dmarc-lint-domain').fill(DOMAIN);
  await page.getByTestId('dmarc-lint-published').click();
  await page.getByTestId('dmarc-lint').waitFor({ timeout: 30_000 });

  await page.getByTestId('check-domain').fill(DOMAIN);
  await page.getByTestId('check-run').click();
  await page.getByTestId('domain-result').waitFor({ timeout: 30_000 });

  await page.getByTestId('report-file').setInputFiles({ name: 'report.xml', mimeType: 'text/xml', buffer: Buffer.from(REPORT_XML) });
  await page.getByTestId('report-row').first().waitFor({ timeout: 30_000 });
}

for (const tour of TOURS) {
  const name = `${tour.lang}, ${tour.scheme}, ${tour.width}`;
  test(`axe finds no violation on any view (${name})`, async () => {
    const { context, page, errors } = await openApp(env, tour.viewport, { colorScheme: tour.scheme });
    const found = [];
    const audit = async (view) => {
      for (const v of await axeViolations(page)) found.push({ view, ...v });
    };
    try {
      await page.getByTestId('lang').selectOption(tour.lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, tour.lang);
      await audit('start page');

      for (const id of SAMPLES) {
        await runSample(page, id);
        await openAll(page);
        await audit(`sample ${id}, every card open`);
      }

      // The evidence panel of a replayed bundle (the last sample's).
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bundle').click()]);
      await page.getByTestId('bundle-input').setInputFiles(await download.path());
      await page.getByTestId('badge-replayed').waitFor({ timeout: 60_000 });
      await openAll(page);
      await audit('replayed evidence bundle');

      await page.getByTestId('bundle-input').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"no": 1}') });
      await page.getByTestId('error-banner').waitFor();
      await audit('error banner');

      const filler = 'X-Filler: ' + 'f'.repeat(200) + '\n';
      await page.getByTestId('message-input').fill('');
      await paste(page, readFileSync(new URL('../../src/app/samples/pass.eml', import.meta.url), 'utf8').replace('\n', '\n' + filler.repeat(6000)));
      await page.getByTestId('large-note').waitFor();
      await inspect(page);
      await openAll(page);
      await audit('large message');

      await useTools(page);
      await openAll(page);
      await audit('Domain tools with results');

      assert.deepEqual(errors, []);
    } catch (e) {
      e.message += `\nviolations before this: ${JSON.stringify(found, null, 1)}`;
      throw e;
    } finally {
      await context.close();
    }
    assert.deepEqual(found, [], `${name}: axe violations`);
  });
}
