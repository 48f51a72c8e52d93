// The domain check's transport and brand parts (issue 20): DANE and
// DNSSEC over the local DoH server (which sets the AD bit, as a validating
// resolver does for a signed zone), and a BIMI check with the logo and the
// mark certificate pasted, since their servers refuse the page a
// cross-origin read; the MTA-STS policy pasted and matched against the MX
// hosts. Fixtures: tests/data/domain (PROVENANCE.md there).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEnv, openApp, text, ROOT } from './harness.mjs';
import { axeViolations } from './support.mjs';

const DATA = join(ROOT, 'tests/data/domain');
let env;

before(async () => {
  env = await startEnv({ zone: readFileSync(join(DATA, 'example.zone'), 'utf8'), dnssec: true });
});

after(async () => {
  await env?.stop();
});

test('a domain check with DANE, DNSSEC, a pasted MTA-STS policy and a BIMI logo and certificate', async () => {
  const { context, page, errors } = await openApp(env);
  await page.getByTestId('tab-tools').click();
  await page.getByTestId('check-domain').fill('example.com');
  await page.getByTestId('check-run').click();
  const result = page.getByTestId('domain-result');
  await result.waitFor({ timeout: 60_000 });

  const dane = page.getByTestId('domain-dane');
  assert.match(await text(dane), /_25\._tcp\.mx1\.example\.com/);
  assert.match(await text(dane), /usage 3, DANE-EE/);
  assert.match(await text(dane), /PKIX-EE/, 'mx2 publishes a usage RFC 7672 rules out');
  assert.match(await text(page.getByTestId('domain-dnssec')), /DANE: every answer was validated by the resolver/);

  // Before anything is pasted, the page says where the documents are and why it did not read them.
  assert.match(await text(page.getByTestId('domain-bimi')), /paste or drop the SVG from https:\/\/brand\.example\.com\/logo\.svg/);

  await page.getByTestId('domain-svg').fill(readFileSync(join(DATA, 'logo-tiny-ps.svg'), 'utf8'));
  await page.getByTestId('domain-cert').fill(readFileSync(join(DATA, 'vmc-chain.pem'), 'utf8'));
  const vmc = page.getByTestId('domain-bimi-vmc');
  await vmc.waitFor({ timeout: 30_000 });
  assert.match(await text(vmc), /Example Company, issued by Example BIMI Issuing CA/);
  assert.match(await text(vmc), /byte for byte the logo inside the certificate/);
  assert.match(await text(page.getByTestId('domain-bimi-svg')), /conforms to the SVG Tiny PS rules/);

  // A logo with a script is named, not run.
  await page.getByTestId('domain-svg').fill(readFileSync(join(DATA, 'logo-script.svg'), 'utf8'));
  await page.getByTestId('domain-bimi-svg').filter({ hasText: '<script>' }).waitFor({ timeout: 30_000 });
  assert.match(await text(vmc), /differs from the logo inside the certificate/);

  await page.getByTestId('domain-policy').fill(readFileSync(join(DATA, 'mta-sts.txt'), 'utf8'));
  const policy = page.getByTestId('domain-mta-sts-policy');
  await policy.waitFor({ timeout: 30_000 });
  assert.match(await text(policy), /mx2\.example\.net → no pattern/);
  assert.match(await text(policy), /in enforce mode, senders that honour MTA-STS do not deliver to it/);

  assert.deepEqual(await axeViolations(page), [], 'axe finds nothing on the domain check');
  assert.deepEqual(errors, []);
  await context.close();
});
