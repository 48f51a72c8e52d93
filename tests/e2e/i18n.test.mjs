// Languages: the page follows the browser's language (German here), the
// switcher changes it and the choice survives a reload, <html lang>
// follows, and in German and Ukrainian no string of the app's own chrome is
// left in English. German and Ukrainian are language packs fetched when
// shown (src/i18n/pack.rs): <html lang> changes once the pack is in, so the
// tests wait for it. The samples answer DNS from their own records, so no
// DoH server is needed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, text, useStaticApp } from './support.mjs';

const app = useStaticApp();

const htmlLang = (page) => page.evaluate(() => document.documentElement.lang);
const showing = (page, lang) => page.waitForFunction((l) => document.documentElement.lang === l, lang);

// Picks `lang` in the switcher and waits until the page shows it.
async function switchTo(page, lang) {
  await page.getByTestId('lang').selectOption(lang);
  await showing(page, lang);
}

const packOf = (url) => /\/i18n\/(de|uk)-[0-9a-f]{16}\.json$/.exec(new URL(url).pathname)?.[1];

async function runSample(page, id) {
  await page.getByTestId(`sample-${id}`).click();
  await page.getByTestId('badge-sample').waitFor();
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
}

test('a German browser gets the page in German; verdict words stay as the RFCs write them', async () => {
  // A first visit: nothing cached, the pack comes from the network.
  const context = await app.browser.newContext({ locale: 'de-DE', serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const packs = [];
  page.on('request', (r) => packOf(r.url()) && packs.push(packOf(r.url())));
  try {
    await page.goto(app.web.url);
    await page.getByTestId('message-input').waitFor({ timeout: 30_000 });
    await showing(page, 'de');
    assert.deepEqual(packs, ['de'], 'the German pack, once, and no other');
    assert.equal(await page.title(), 'headerscope: Prüfung der E-Mail-Authentifizierung');
    assert.equal(await page.getByTestId('lang').inputValue(), 'de');
    assert.equal(await text(page, 'tab-inspect'), 'Nachricht prüfen');
    assert.equal(await text(page, 'tab-tools'), 'Domain-Werkzeuge');
    assert.equal(await text(page, 'inspect-button'), 'Prüfen');
    assert.equal((await page.locator('#samples-title').textContent()).trim(), 'Beispiel ausprobieren');
    assert.match(await text(page, 'privacy'), /Ihre Nachricht verlässt diesen Browser nie/);
    assert.equal(await page.locator('label[for=ip]').textContent(), 'Einliefernde IP');

    await runSample(page, 'pass');
    assert.match(await text(page, 'sample-note'), /^Beispiel „pass“ geladen/);
    assert.equal((await page.locator('#summary-title').textContent()).trim(), 'Zusammenfassung');
    assert.equal((await page.locator('#verdicts-title').textContent()).trim(), 'Ergebnisse');
    assert.equal(await text(page, 'badge-sample'), 'Beispiel: simuliertes DNS');
    // The result words are the RFC's, in every language.
    assert.equal(await text(page, 'verdict-spf-result'), 'pass');
    assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');
    const dkimFacts = await page.locator('[data-testid=verdict-dkim-0] dt').allTextContents();
    assert.ok(dkimFacts.includes('Signierende Domain (d=)'), dkimFacts.join(' | '));
    assert.ok(dkimFacts.includes('Header-Signatur gültig'), dkimFacts.join(' | '));
    const dmarcFacts = await page.locator('[data-testid=dmarc-rfc7489] dt').allTextContents();
    assert.ok(dmarcFacts.includes('SPF aligned') && dmarcFacts.includes('Organisationsdomain'), dmarcFacts.join(' | '));
    assert.match(await page.locator('[data-testid=hops] h2').textContent(), /^Received-Kette \(\d+ Hops?\)$/);
    // The summary is in German; the RFC words and names in it stay.
    assert.deepEqual(
      (await page.getByTestId('summary-text').allTextContents()).map((t) => t.trim()),
      ['DMARC pass für example.com (SPF und DKIM aligned)'],
    );
    assert.equal(await text(page, 'copy-markdown'), 'Markdown kopieren');
    // What a screen reader announces when the run ends.
    assert.equal(
      (await page.locator('p.visually-hidden[role=status]').textContent()).trim(),
      'Prüfung abgeschlossen: SPF pass, DKIM pass, DMARC pass.',
    );
    // The Domain tools, a module of their own, take the page's German pack.
    await page.getByTestId('tab-tools').click();
    await page.getByTestId('tools').waitFor({ state: 'visible' });
    await page.waitForFunction(() => /Nichts anderes verlässt diesen Browser/.test(document.querySelector('[data-testid=tools]').textContent));
    assert.match(await page.locator('#dmarc-p-help').textContent(), /^Was Empfänger mit Mails tun sollen/);
    assert.deepEqual(packs, ['de'], 'the tools fetch no pack of their own');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('switching to Ukrainian changes the page at once and survives a reload', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  try {
    assert.equal(await htmlLang(page), 'en');
    assert.equal(await text(page, 'inspect-button'), 'Inspect');
    await runSample(page, 'forwarded');
    assert.equal((await page.locator('#verdicts-title').textContent()).trim(), 'Verdicts');

    await switchTo(page, 'uk');
    assert.equal(await page.title(), 'headerscope: перевірка автентифікації пошти');
    assert.equal(await text(page, 'inspect-button'), 'Перевірити');
    assert.equal(await text(page, 'tab-inspect'), 'Перевірити лист');
    // The report on screen is re-rendered, not re-run.
    assert.equal((await page.locator('#verdicts-title').textContent()).trim(), 'Вердикти');
    assert.equal((await page.locator('label[for=lang]').textContent()).trim(), 'Мова');
    assert.equal(await text(page, 'verdict-arc-result'), 'pass');

    // The summary follows at once; the reason text the core wrote stays English, marked as such.
    const arc = page.getByTestId('summary-text').filter({ hasText: /^ARC pass: / });
    assert.match(await arc.textContent(), /ручається за лист|ручаються за лист/);

    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('headerscope.settings')));
    assert.equal(saved.lang, 'uk');

    await page.reload();
    await page.getByTestId('message-input').waitFor();
    await showing(page, 'uk');
    assert.equal(await page.getByTestId('lang').inputValue(), 'uk');
    assert.equal(await text(page, 'inspect-button'), 'Перевірити');
    assert.equal((await page.locator('#samples-title').textContent()).trim(), 'Спробуйте приклад');

    // Back to English by hand: the choice wins over the browser either way.
    await page.getByTestId('lang').selectOption('en');
    assert.equal(await htmlLang(page), 'en');
    assert.equal(await text(page, 'inspect-button'), 'Inspect');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// What the core wrote, as the page shows it: trace steps, card reasons,
// warnings, notices, identity sources, receiver notes, antispam meanings.
const coreTexts = (page) =>
  page.locator('.step-text, .card-summary, ul.warnings li, [data-testid=notices] li, .identities-used small, [data-testid=receiver-said] [data-i18n=content]').allTextContents();

test('the core\'s sentences follow the language too: steps, reasons, warnings', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  try {
    // Every section: ARC, a receiver's headers, hops, antispam.
    await runSample(page, 'forwarded');
    const en = (await coreTexts(page)).map((t) => t.trim());
    assert.ok(en.length > 40, `${en.length} core sentences on the page`);
    for (const [lang, sample] of [['de', /Prüfung der MAIL-FROM-Identität SRS0=/], ['uk', /Перевірка ідентичності MAIL FROM SRS0=/]]) {
      await switchTo(page, lang);
      const shown = (await coreTexts(page)).map((t) => t.trim());
      assert.equal(shown.length, en.length, `${lang}: the same sentences`);
      // Each sentence changed, except those made only of names and syntax.
      const same = en.filter((e, i) => shown[i] === e && /[a-z]{4,} [a-z]{3,}/.test(e));
      assert.deepEqual(same, [], `${lang}: left in English`);
      assert.match(shown.join('\n'), sample);
    }
    // The domain tools: the DMARC tag help is the core's too.
    await page.getByTestId('tab-tools').click();
    await page.getByTestId('tools').waitFor({ state: 'visible' });
    assert.match(await page.locator('#dmarc-p-help').textContent(), /^Що одержувачам робити з листами, які не пройшли DMARC/);
    assert.match(await page.locator('label[for=dmarc-p]').textContent(), /Політика/);
    assert.match(await page.locator('#dmarc-sp-help').textContent(), /значення p/);
    await switchTo(page, 'de');
    assert.match(await page.locator('#dmarc-p-help').textContent(), /^Was Empfänger mit Mails tun sollen/);
    await page.getByTestId('tab-inspect').click();

    // Back in English, the core's own words again, exactly.
    await page.getByTestId('lang').selectOption('en');
    assert.deepEqual((await coreTexts(page)).map((t) => t.trim()), en);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// Every text node and aria-label / placeholder / title of the page, in
// document order, outside the parts that show core-produced text or data
// (data-i18n="content", translate="no", code, pre).
function chrome(page) {
  return page.evaluate(() => {
    const out = [];
    const skip = (el) => el.closest('[data-i18n=content], [translate=no], code, pre, script, style, noscript, #fatal');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) {
        const t = n.textContent.trim();
        if (t && !skip(n.parentElement)) out.push({ where: n.parentElement.tagName.toLowerCase(), text: t });
      } else if (!skip(n)) {
        for (const a of ['aria-label', 'placeholder', 'title']) {
          const v = n.getAttribute(a)?.trim();
          if (v) out.push({ where: `${n.tagName.toLowerCase()}[${a}]`, text: v });
        }
      }
    }
    return out;
  });
}

// Words every language writes as English does: the RFC result words and the
// trade's terms (see src/i18n.rs), product and file names.
// Tokens with dots, @, = or hyphens (example.org, v=spf1, ARC-Seal) are
// names and syntax, not words.
const SAME_EVERYWHERE = new Set(
  'pass fail softfail neutral none temperror permerror reject quarantine relaxed strict selector headerscope from header envelope opendkim keytable signingtable cloudflare google json afrf'.split(' '),
);
const wordy = (t) =>
  t
    .split(/\s+/)
    .map((w) => w.replace(/^[(„“«"']+|[)“”»"',.:;!?…]+$/g, ''))
    .some((w) => /^[A-Za-z]{4,}$/.test(w) && w !== w.toUpperCase() && !SAME_EVERYWHERE.has(w.toLowerCase()));

test('German and Ukrainian leave no string of the app in English', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  try {
    // A sample with every section (ARC, receiver headers, hops), then the tools tab's forms.
    await runSample(page, 'forwarded');
    const en = await chrome(page);
    assert.ok(en.length > 150, `the page shows ${en.length} strings`);
    const other = {};
    for (const lang of ['de', 'uk']) {
      await switchTo(page, lang);
      other[lang] = await chrome(page);
      assert.equal(other[lang].length, en.length, `${lang}: the same page, string by string`);
    }
    const left = [];
    for (const lang of ['de', 'uk']) {
      // The English strings this language translates: those that changed somewhere.
      const translated = new Set(en.filter((e, i) => other[lang][i].text !== e.text).map((e) => e.text));
      assert.ok(translated.size > 100, `${lang}: ${translated.size} strings translated`);
      en.forEach((e, i) => {
        const t = other[lang][i].text;
        // Still English where the same English string is translated elsewhere.
        if (translated.has(t)) left.push(`${lang} ${e.where}: ${t}`);
        // The same in all three languages, and made of English words: never went through the catalog.
        if (t === e.text && other.de[i].text === other.uk[i].text && wordy(t)) left.push(`${lang} ${e.where}: ${t}`);
      });
    }
    assert.deepEqual([...new Set(left)], []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a pack that cannot be fetched: the page in English, a message saying so, the app working', async () => {
  const context = await app.browser.newContext({ locale: 'uk-UA', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/i18n/uk-*.json', (route) => route.abort('connectionrefused'));
  try {
    await page.goto(app.web.url);
    await page.getByTestId('message-input').waitFor({ timeout: 30_000 });
    const banner = page.getByTestId('error-banner');
    await banner.waitFor();
    assert.match((await banner.locator('span').textContent()).trim(), /^The texts in Українська could not be loaded \(.+\), so the page is shown in English\./);
    assert.equal(await htmlLang(page), 'en');
    assert.equal(await page.getByTestId('lang').inputValue(), 'uk', 'the choice stays');
    assert.equal(await text(page, 'inspect-button'), 'Inspect');
    await runSample(page, 'pass');
    assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');
    // German still loads when picked.
    await switchTo(page, 'de');
    assert.equal(await text(page, 'inspect-button'), 'Prüfen');
  } finally {
    await context.close();
  }
});
