// For people: keyboard-only use with visible focus and a name on everything
// that takes focus, a sample one key press away, contrast in light and dark
// mode, and no sideways scrolling at phone width.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, openApp, text, useStaticApp } from './support.mjs';

const MESSAGE = 'Received: from mail.example.org (mail.example.org [192.0.2.7]) by mx.example.net; Mon, 2 Nov 2026 10:00:00 +0000\nReturn-Path: <a@example.org>\nFrom: a@example.org\nSubject: keys\n\nhi\n';
const ZONE = 'example.org. TXT "v=spf1 ip4:192.0.2.7 -all"\n';

const app = useStaticApp();

// The focused element: what it is, its accessible name, and whether its focus ring shows.
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const labelled = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ||
      (labelled && document.getElementById(labelled)?.textContent) ||
      (el.labels && el.labels[0]?.textContent) ||
      (el.tagName === 'SUMMARY' || el.tagName === 'BUTTON' || el.tagName === 'A' ? el.textContent : '') ||
      el.getAttribute('title') ||
      '';
    return {
      id: el.id,
      testid: el.dataset.testid ?? '',
      tag: el.tagName,
      name: name.trim(),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

// Tabs until `done(el)` (at most `max` presses); every stop must show its focus and have a name.
async function tabTo(page, done, max = 40) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    assert.ok(el, 'focus left the page');
    stops.push(el);
    assert.ok(el.ring, `no visible focus on ${JSON.stringify(el)}`);
    assert.ok(el.name, `no accessible name on ${JSON.stringify(el)}`);
    if (done(el)) return stops;
  }
  assert.fail(`not reached in ${max} Tab presses: ${JSON.stringify(stops)}`);
}

test('keyboard only: sample, then type a message, pick offline records, Inspect with Enter', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);

  // A sample is the first stop: Enter runs it.
  const first = await tabTo(page, (el) => el.testid.startsWith('sample-'));
  assert.equal(first.at(-1).testid, 'sample-pass');
  assert.match(first.at(-1).name, /pass sample/i);
  await page.keyboard.press('Enter');
  await page.getByTestId('badge-sample').waitFor();
  assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');

  // Now the user's own message, typed, with records typed into the offline panel.
  await tabTo(page, (el) => el.id === 'message');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(MESSAGE);
  await tabTo(page, (el) => el.id === 'doh-provider');
  // A closed <select> changes with the arrow keys; Offline is the last entry.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.getByTestId('doh-provider').inputValue(), 'offline');
  await tabTo(page, (el) => el.id === 'offline-records');
  await page.keyboard.insertText(ZONE);
  await tabTo(page, (el) => el.id === 'inspect');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])');
  await page.getByTestId('badge-offline').waitFor();
  assert.equal(await text(page, 'verdict-spf-result'), 'pass');

  // The verdict cards open from the keyboard too.
  await tabTo(page, (el) => el.tag === 'SUMMARY' && el.testid === '' && el.name.startsWith('SPF'), 60);
  await page.keyboard.press('Enter');
  await page.getByTestId('verdict-spf').getByTestId('trace-step').first().waitFor({ state: 'visible' });

  // Every button has a name.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('button')].filter((b) => !(b.getAttribute('aria-label') || b.textContent).trim()).length,
  );
  assert.equal(unnamed, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

// WCAG 2.x contrast ratio of two rgb() colours.
function contrastIn(page, selector) {
  return page.evaluate((sel) => {
    const parse = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const bgOf = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    return [...document.querySelectorAll(sel)].map((el) => {
      const [a, b] = [lum(parse(getComputedStyle(el).color)), lum(parse(bgOf(el)))];
      return { text: el.textContent.trim().slice(0, 40), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
  }, selector);
}

for (const scheme of ['light', 'dark']) {
  test(`${scheme} mode: contrast of text, verdicts and badges; phone width without sideways scrolling`, async () => {
    const { context, page, errors } = await openApp(app.browser, app.web.url, {
      viewport: { width: 390, height: 844 },
      context: { colorScheme: scheme },
    });
    await page.getByTestId('sample-spoofed').click();
    await page.getByTestId('badge-sample').waitFor();
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(246, 248, 250)', 'the page follows the system colour scheme');
    for (const sel of ['body', '.hint', '.verdict', '.run-badge', '.button', 'h1', 'label', 'dd']) {
      for (const c of await contrastIn(page, sel)) {
        assert.ok(c.ratio >= 4.5, `${scheme}: ${sel} "${c.text}" contrast ${c.ratio.toFixed(2)} < 4.5`);
      }
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${scheme}: the page scrolls sideways by ${overflow}px at phone width`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `phone-${scheme}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// A real Ctrl+V through the browser's clipboard, as a user pastes.
async function pasteFromClipboard(page, textToPaste) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), textToPaste);
  await page.keyboard.press('Control+V');
}

test('a pasted message shows its top (the headers); a paste into a message keeps the caret after it', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url, {
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  const box = page.getByTestId('message-input');
  const body = Array.from({ length: 200 }, (_, i) => `body line ${i}`).join('\n');
  const message = `${MESSAGE.trimEnd()}\n${body}\n`;
  const where = () =>
    page.evaluate(() => {
      const ta = document.querySelector('[data-testid=message-input]');
      return { start: ta.selectionStart, end: ta.selectionEnd, top: ta.scrollTop, overflows: ta.scrollHeight > ta.clientHeight };
    });

  await box.click();
  await pasteFromClipboard(page, message);
  assert.equal(await box.inputValue(), message);
  const empty = await where();
  assert.ok(empty.overflows, 'the message is longer than the box');
  assert.deepEqual([empty.start, empty.end, empty.top], [0, 0, 0], 'pasted into the empty box: the top shows');

  // Select all, paste again: a whole new message, its top shows too.
  await page.evaluate(() => {
    const ta = document.querySelector('[data-testid=message-input]');
    ta.setSelectionRange(ta.value.length, ta.value.length);
    ta.scrollTop = ta.scrollHeight;
  });
  await page.keyboard.press('Control+A');
  await pasteFromClipboard(page, message);
  const replaced = await where();
  assert.deepEqual([replaced.start, replaced.top], [0, 0], 'pasted over everything: the top shows');

  // A line pasted into the message stays where the user is editing.
  await page.evaluate(() => document.querySelector('[data-testid=message-input]').setSelectionRange(10, 10));
  await pasteFromClipboard(page, 'X');
  const inside = await where();
  assert.deepEqual([inside.start, inside.end], [11, 11]);
  assert.deepEqual(errors, []);
  await context.close();
});
