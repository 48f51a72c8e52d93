// A minimal DKIM signer (RFC 6376, rsa-sha256, relaxed/relaxed) for the
// browser test: the test signs its own message with a key it generates, so
// nothing about the verdict is baked into fixtures.

import { createHash, sign } from 'node:crypto';

// RFC 6376 §3.4.4: collapse WSP runs, drop WSP at line ends, drop trailing
// empty lines; a non-empty body ends with CRLF.
export function relaxedBody(body) {
  const lines = body.split('\r\n').map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.length === 0 ? '' : lines.join('\r\n') + '\r\n';
}

// RFC 6376 §3.4.2: lowercase name, unfold, collapse WSP, trim around the colon.
export function relaxedHeader(name, value) {
  const v = value.replace(/\r\n(?=[ \t])/g, '').replace(/[ \t]+/g, ' ').trim();
  return `${name.trim().toLowerCase()}:${v}`;
}

// Splits "Name: value\r\n\tfolded" header blocks into [name, value] pairs.
export function parseHeaders(block) {
  const out = [];
  for (const line of block.split('\r\n')) {
    if (/^[ \t]/.test(line) && out.length > 0) {
      out[out.length - 1][1] += '\r\n' + line;
    } else if (line !== '') {
      const i = line.indexOf(':');
      if (i < 1) throw new Error(`not a header line: ${line}`);
      out.push([line.slice(0, i), line.slice(i + 1)]);
    }
  }
  return out;
}

// RFC 6376 §5.4.2: for a name listed n times, the n-th instance from the bottom.
function pickHeaders(headers, names) {
  const used = new Map();
  const picked = [];
  for (const name of names) {
    const all = headers.filter(([n]) => n.toLowerCase() === name.toLowerCase());
    const k = used.get(name.toLowerCase()) ?? 0;
    used.set(name.toLowerCase(), k + 1);
    const h = all[all.length - 1 - k];
    if (h) picked.push(h);
  }
  return picked;
}

/**
 * Signs `message` (CRLF line ends) and returns it with a DKIM-Signature on top.
 * @param {{message: string, privateKey: import('node:crypto').KeyObject,
 *          domain: string, selector: string, headers: string[], time: number}} o
 */
export function dkimSign({ message, privateKey, domain, selector, headers, time }) {
  const split = message.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('message has no body separator');
  const head = message.slice(0, split + 2);
  const body = message.slice(split + 4);
  const bh = createHash('sha256').update(relaxedBody(body)).digest('base64');
  const tags =
    `v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=${selector};\r\n` +
    `\tt=${time}; h=${headers.join(':')};\r\n\tbh=${bh};\r\n\tb=`;
  const parsed = parseHeaders(head);
  let data = '';
  for (const [n, v] of pickHeaders(parsed, headers)) data += relaxedHeader(n, v) + '\r\n';
  // The signature header itself, b= empty, no trailing CRLF (§3.7).
  data += relaxedHeader('DKIM-Signature', ' ' + tags);
  const b = sign('sha256', Buffer.from(data), privateKey).toString('base64');
  // Folded in 72-character pieces, as signers do; relaxed canonicalization undoes it.
  const folded = b.match(/.{1,72}/g).join('\r\n\t ');
  return `DKIM-Signature: ${tags}${folded}\r\n${message}`;
}

/** The TXT record value for the public key, split into <=255-byte strings for the zone file. */
export function dkimKeyRecord(publicKey) {
  const p = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const txt = `v=DKIM1; k=rsa; p=${p}`;
  return txt.match(/.{1,200}/g).map((s) => `"${s}"`).join(' ');
}
