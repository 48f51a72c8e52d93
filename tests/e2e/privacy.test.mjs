// Privacy, proven: every request the page (and its service worker) makes during
// an inspection is recorded. Apart from the app's own static files, each one
// goes to the configured DoH endpoint and carries a DNS name and type only;
// a marker string planted in the message's headers and body never appears in
// any URL, header or request body. Both DoH formats (JSON GET, RFC 8484 GET).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dkimSign, dkimKeyRecord } from './dkim.mjs';
import { checkBuilt, serveDist, closeServer, startDoh, launchBrowser, openApp, inspect, text } from './support.mjs';

const MARKER = 'Zq7xMARKERk3Vw';
const DOMAIN = 'example.org';
const tmp = mkdtempSync(join(tmpdir(), 'headerscope-e2e-privacy-'));
let browser;
let web;
let doh;
let message;

// A DNS name: labels of letters, digits, hyphens and underscores (SRV-like and DKIM names).
const DNS_NAME = /^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.)*[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?\.?$/;
const TYPES = new Set(['A', 'AAAA', 'TXT', 'MX', 'PTR', 'CNAME', 'NS', 'SOA']);

// The QNAME and QTYPE of an RFC 8484 query (base64url, no padding); throws on
// anything that is not exactly one question.
function parseWire(b64) {
  const buf = Buffer.from(b64.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  assert.equal(buf.readUInt16BE(4), 1, 'one question');
  let i = 12;
  const labels = [];
  while (buf[i] !== 0) {
    const len = buf[i];
    assert.ok(len > 0 && len < 64, 'a label, not a pointer');
    labels.push(buf.subarray(i + 1, i + 1 + len).toString('latin1'));
    i += 1 + len;
  }
  const qtype = buf.readUInt16BE(i + 1);
  // Header, question, and at most an EDNS OPT record: nothing else rides along.
  const rest = buf.length - (i + 5);
  assert.ok(rest === 0 || rest === 11, `extra bytes after the question: ${rest}`);
  return { name: labels.join('.'), qtype };
}

before(async () => {
  checkBuilt();
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const now = Math.floor(Date.now() / 1000);
  const unsigned = [
    `Return-Path: <bounce@${DOMAIN}>`,
    `Received: from mail.${DOMAIN} (mail.${DOMAIN} [192.0.2.7])`,
    `\tby mx.example.net (Postfix) with ESMTPS id 4E2E; Mon, 2 Nov 2026 10:00:00 +0000`,
    `From: Alice <alice@${DOMAIN}>`,
    'To: Bob <bob@example.net>',
    `Subject: quarterly numbers ${MARKER}`,
    `X-Secret: ${MARKER}`,
    'Date: Mon, 2 Nov 2026 09:59:58 +0000',
    `Message-ID: <${MARKER}@${DOMAIN}>`,
    '',
    `The password is ${MARKER}.`,
    '',
  ].join('\r\n');
  message = dkimSign({
    message: unsigned,
    privateKey,
    domain: DOMAIN,
    selector: 'p1',
    headers: ['from', 'to', 'subject', 'date', 'message-id', 'x-secret'],
    time: now,
  }).replace(/\r\n/g, '\n');
  const zone = [
    `$ORIGIN ${DOMAIN}.`,
    '$TTL 300',
    '@ TXT "v=spf1 ip4:192.0.2.7 -all"',
    `p1._domainkey TXT ${dkimKeyRecord(publicKey)}`,
    '_dmarc TXT "v=DMARC1; p=reject"',
    '',
  ].join('\n');
  doh = await startDoh(zone, { dir: tmp });
  web = await serveDist({ extraConnect: [doh.origin] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (web) await closeServer(web);
  doh?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

for (const format of ['json', 'wire']) {
  test(`only DNS names leave the page (DoH ${format})`, async () => {
    const { context, page, errors } = await openApp(browser, web.url);
    await page.getByTestId('doh-provider').selectOption('custom');
    await page.getByTestId('doh-custom-url').fill(doh.url);
    await page.getByTestId('doh-custom-format').selectOption(format);
    await page.getByTestId('message-input').fill(message);

    // From here on, everything the page or its service worker sends is recorded.
    const requests = [];
    context.on('request', (r) => requests.push(r));
    await inspect(page);
    assert.equal(await text(page, 'verdict-dkim-0-result'), 'pass');
    assert.equal(await text(page, 'verdict-dmarc-result'), 'pass');
    // The exports are made in the page: they send nothing either.
    await page.locator('details.authres > summary').click();
    await page.getByTestId('export-bundle').click();

    const names = [];
    for (const r of requests) {
      const url = new URL(r.url());
      const body = r.postDataBuffer();
      const headers = await r.allHeaders();
      assert.ok(!r.url().includes(MARKER), `the marker is in a URL: ${r.url()}`);
      assert.ok(!(body && body.includes(MARKER)), `the marker is in a request body to ${r.url()}`);
      assert.ok(!JSON.stringify(headers).includes(MARKER), `the marker is in a request header to ${r.url()}`);
      if (url.origin === new URL(web.url).origin) {
        // The app's own files (the download is a blob: URL and never reaches here).
        assert.equal(r.method(), 'GET');
        assert.equal(url.search, '', `a query string to the static server: ${r.url()}`);
        continue;
      }
      if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
      assert.equal(`${url.origin}${url.pathname}`, doh.url, `a request to something other than the DoH endpoint: ${r.url()}`);
      assert.equal(r.method(), 'GET');
      assert.equal(body, null);
      const params = [...url.searchParams.keys()].sort();
      if (format === 'json') {
        assert.deepEqual(params, ['name', 'type']);
        const name = url.searchParams.get('name');
        assert.match(name, DNS_NAME);
        assert.ok(TYPES.has(url.searchParams.get('type')), url.searchParams.get('type'));
        names.push(name);
      } else {
        assert.deepEqual(params, ['dns']);
        const q = parseWire(url.searchParams.get('dns'));
        assert.match(q.name, DNS_NAME);
        names.push(q.name);
      }
    }
    // The inspection did reach DNS: the SPF, DKIM key and DMARC names are among the queries.
    for (const n of [DOMAIN, `p1._domainkey.${DOMAIN}`, `_dmarc.${DOMAIN}`]) {
      assert.ok(names.some((q) => q.replace(/\.$/, '').toLowerCase() === n), `${n} not queried: ${names}`);
    }
    // DNS blocklists are asked about the connecting IP, reversed, under each list's zone.
    assert.ok(names.some((q) => q.startsWith('7.2.0.192.')), `no blocklist query: ${names}`);
    assert.deepEqual(errors, [], 'no errors in the page');
    await context.close();
  });
}
