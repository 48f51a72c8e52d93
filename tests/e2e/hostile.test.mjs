// Message content is always text: a corpus of hostile headers and bodies
// (script tags, event handlers, javascript: URLs, RTL overrides, 100 KB lines,
// NULs, invalid UTF-8 and 8-bit headers) is inspected; nothing runs, no dialog
// opens, no markup from the message reaches the DOM, the text stays readable
// and the page responsive. DNS comes from offline records: no network at all.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, openApp, inspect, useOfflineRecords, text, useStaticApp } from './support.mjs';

const ZONE = '$TTL 300\nexample.org. TXT "v=spf1 ip4:192.0.2.7 -all"\n_dmarc.example.org. TXT "v=DMARC1; p=reject"\n';
const IMG = '<img src=x onerror="window.__pwned=\'img\'">';
const SCRIPT = "<script>window.__pwned='script'</script>";
const SVG = '"><svg/onload=window.__pwned=\'svg\'>';
const JS_LINK = '<a href="javascript:window.__pwned=\'link\'">open</a>';
const RLO = '\u202E';

function message({ subject, from = 'Alice <alice@example.org>', returnPath = '<bounce@example.org>', extra = [], body }) {
  return [
    'Received: from mail.example.org (mail.example.org [192.0.2.7])',
    '\tby mx.example.net (Postfix) with ESMTPS id 1A2B; Mon, 2 Nov 2026 10:00:00 +0000',
    `Return-Path: ${returnPath}`,
    `From: ${from}`,
    'To: bob@example.net',
    `Subject: ${subject}`,
    'Date: Mon, 2 Nov 2026 09:59:58 +0000',
    'Message-ID: <hostile@example.org>',
    ...extra,
    '',
    body,
    '',
  ].join('\n');
}

// Pasted as text. `visible`: a string that must appear, as text, in the report.
const PASTED = [
  {
    name: 'script tags',
    raw: message({ subject: `Hello ${SCRIPT}`, body: `${SCRIPT}\n<body onload="window.__pwned='body'">` }),
  },
  {
    name: 'event handlers in the addresses',
    raw: message({
      from: `"${IMG}" <alice@example.org>`,
      returnPath: `<"${SVG}"@example.org>`,
      subject: IMG,
      body: IMG,
    }),
    visible: "svg/onload=window.__pwned='svg'",
  },
  {
    name: 'javascript: URLs',
    raw: message({
      subject: JS_LINK,
      extra: ["List-Unsubscribe: <javascript:window.__pwned='lu'>"],
      body: `${JS_LINK}\njavascript:window.__pwned='bare'`,
    }),
  },
  {
    name: 'RTL override',
    raw: message({ subject: `Invoice ${RLO}fdp.exe`, from: `"Bank ${RLO}moc.knab" <alice@example.org>`, body: `Open ${RLO}gnp.exe now` }),
  },
  {
    name: '100 KB lines',
    raw: message({ subject: 'long', extra: [`X-Long: ${'A'.repeat(100_000)}`], body: 'B'.repeat(100_000) }),
  },
  {
    name: 'NULs',
    raw: message({ subject: 'nul\u0000inside', extra: ['X-Nul: a\u0000b'], body: 'before\u0000after' }),
  },
];

// Picked as files: bytes that are not UTF-8.
const LATIN1 = Buffer.concat([
  Buffer.from(message({ subject: 'X', body: 'Gr' }).replace('Subject: X', 'Subject: Caf').replace('\nGr\n', '\nGr')),
]);
const FILES = [
  {
    name: 'invalid UTF-8',
    bytes: Buffer.concat([
      Buffer.from(message({ subject: 'bad \u0001', body: 'x' }).replace('\nx\n', '\n')),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a, 0xe2, 0x82, 0x0a, 0x3c, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3e, 0x0a]),
    ]),
  },
  {
    name: '8-bit headers',
    // Latin-1 é and ü raw in header values (no RFC 2047 encoding), and in the body.
    bytes: Buffer.concat([
      LATIN1.subarray(0, LATIN1.indexOf('Subject: Caf') + 'Subject: Caf'.length),
      Buffer.from([0xe9]),
      LATIN1.subarray(LATIN1.indexOf('Subject: Caf') + 'Subject: Caf'.length, LATIN1.length),
      Buffer.from([0xfc, 0xdf, 0x65, 0x0a]),
      Buffer.from(`X-Name: M${String.fromCharCode(0xfc)}ller\n`, 'latin1'),
    ]),
  },
];

const app = useStaticApp();

async function assertInert(page, dialogs, name) {
  assert.deepEqual(dialogs, [], `${name}: a dialog opened`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, `${name}: message content ran as script`);
  // No markup from the message became elements: the app renders no img, svg, iframe,
  // object or javascript: link of its own in the report.
  const injected = await page.evaluate(
    () => document.querySelectorAll('main img, main svg, main iframe, main object, main embed, main script, a[href^="javascript:"], [onerror], [onload]').length,
  );
  assert.equal(injected, 0, `${name}: elements from the message in the DOM`);
  // Responsive: a round trip to the page's main thread is quick.
  const t0 = Date.now();
  await page.evaluate(() => 1);
  assert.ok(Date.now() - t0 < 2000, `${name}: the page is slow to answer`);
}

test('a hostile corpus renders inert and readable', async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await useOfflineRecords(page, ZONE);
  // The DOM check sees an element when there is one (a control for the check itself).
  await page.evaluate(() => document.querySelector('main').append(document.createElement('img')));
  await assert.rejects(assertInert(page, dialogs, 'control'), /elements from the message/);
  await page.evaluate(() => document.querySelector('main > img').remove());

  for (const item of PASTED) {
    const t0 = Date.now();
    await page.getByTestId('message-input').fill(item.raw);
    await inspect(page);
    await page.getByTestId('verdicts').waitFor();
    // Open every card, so the traces render too.
    for (const s of await page.locator('details.card > summary').all()) await s.click();
    await assertInert(page, dialogs, item.name);
    assert.equal((await page.getByTestId('message-input').inputValue()).length, item.raw.length, `${item.name}: the text area holds the text`);
    if (item.visible) {
      assert.ok((await text(page, 'identities-used')).includes(item.visible), `${item.name}: shown as text`);
    }
    assert.ok(Date.now() - t0 < 30_000, `${item.name}: took ${Date.now() - t0} ms`);
  }

  // The RTL override is in the text, not applied to the page's layout around it.
  await page.getByTestId('message-input').fill(PASTED[3].raw);
  await inspect(page);
  assert.ok((await page.getByTestId('message-input').inputValue()).includes(RLO));

  for (const f of FILES) {
    await page.getByTestId('file-input').setInputFiles({ name: `${f.name}.eml`, mimeType: 'message/rfc822', buffer: f.bytes });
    await page.getByTestId('file-note').waitFor();
    assert.match(await text(page, 'file-note'), /not UTF-8 text, so its exact bytes are inspected/);
    await inspect(page);
    await page.getByTestId('verdicts').waitFor();
    for (const s of await page.locator('details.card > summary').all()) await s.click();
    await assertInert(page, dialogs, f.name);
    assert.equal(await text(page, 'verdict-spf-result'), 'pass', `${f.name}: still evaluated`);
  }

  // The exports carry the hostile text as text too.
  await page.getByTestId('message-input').fill(PASTED[1].raw);
  await inspect(page);
  await page.locator('details.authres > summary').click();
  assert.match(await text(page, 'authres-preview'), /^Authentication-Results: headerscope;/);
  await assertInert(page, dialogs, 'exports');

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'hostile.png') });
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});
