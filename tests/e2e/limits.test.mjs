// Issue 18: a pasted message with 20,000 DKIM-Signature headers (distinct d=)
// keeps the page answering while it is inspected, finishes, and the report
// says how many signatures were not evaluated (the core evaluates the topmost
// 50, `Limits::dkim_signatures`). DNS comes from offline records.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, openApp, useOfflineRecords, text, useStaticApp } from './support.mjs';

const SIGNATURES = 20_000;
const EVALUATED = 50;
const ZONE = '$TTL 300\nexample.org. TXT "v=spf1 ip4:192.0.2.7 -all"\n';

// The same shape as tests/hostile_support's Flood::Signatures message.
function manySignatures(n) {
  const lines = [
    'Received: from mail.example.org (mail.example.org [192.0.2.7])',
    '\tby mx.example.net (Postfix) with ESMTPS id 1; Mon, 23 Nov 2026 10:00:00 +0000',
  ];
  for (let i = 0; i < n; i++) {
    lines.push(
      `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=d${i}.example; s=s;`,
      '\tt=1800000000; h=from:to:subject:date; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=;',
      '\tb=dGVzdA==',
    );
  }
  lines.push(
    'From: Alice <alice@example.org>',
    'To: bob@example.net',
    'Subject: many signatures',
    'Date: Mon, 23 Nov 2026 09:59:58 +0000',
    'Message-ID: <flood@example.org>',
    '',
    'hello',
    '',
  );
  return lines.join('\n');
}

const app = useStaticApp();

// How long the page takes to run a trivial script: a frozen main thread shows here.
async function answerMs(page) {
  const t0 = Date.now();
  await page.evaluate(() => 1);
  return Date.now() - t0;
}

test(`${SIGNATURES} signatures: the page answers and the report says what was not evaluated`, async () => {
  const { context, page, errors } = await openApp(app.browser, app.web.url);
  await useOfflineRecords(page, ZONE);
  const raw = manySignatures(SIGNATURES);
  // Opened as a file, as a 3.6 MB message reaches the page (typing it into the
  // text box through the DevTools protocol takes longer than the test allows).
  await page.getByTestId('file-input').setInputFiles({ name: 'flood.eml', mimeType: 'message/rfc822', buffer: Buffer.from(raw) });
  await page.waitForFunction(() => (document.querySelector('[data-testid=message-input]')?.value ?? '').startsWith('Received:'), null, { timeout: 30_000 });

  const t0 = Date.now();
  await page.getByTestId('inspect-button').click();
  // While the run is going, the page keeps answering.
  for (let i = 0; i < 5; i++) {
    assert.ok((await answerMs(page)) < 2000, 'the page froze while inspecting');
    await page.waitForTimeout(100);
  }
  // The run ends when the button is enabled again (what `inspect` waits for, without a second click).
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
  await page.getByTestId('verdicts').waitFor();
  const took = Date.now() - t0;
  assert.ok(took < 60_000, `inspecting took ${took} ms`);
  assert.ok((await answerMs(page)) < 2000, 'the page is slow to answer after the run');

  const notices = await text(page, 'notices');
  const left = SIGNATURES - EVALUATED;
  assert.match(notices, new RegExp(`${left} more DKIM signatures not evaluated`), notices);
  assert.match(notices, new RegExp(`topmost ${EVALUATED}`), notices);
  // Over 1 MB the box shows the header section (here all but the body line).
  assert.ok((await page.getByTestId('message-input').inputValue()).length >= raw.length - 'hello\n'.length - 2, 'the text area holds the message');

  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'limits.png') });
  assert.deepEqual(errors, [], 'no uncaught errors in the page');
  await context.close();
});
