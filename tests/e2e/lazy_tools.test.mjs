// The Domain tools are a second wasm module (src/bin/tools.rs), fetched when
// their tab first opens (src/app/tools_tab.rs, www/boot.js). This checks the
// seams between the two modules: the page's language and resolver reach the
// tools without losing what was typed there, the tools' errors reach the
// page's banner as sentences (so they change language with it), a click in
// the tools runs the tools' handler and not one of the page's, and a module
// that fails to load says so, leaves the inspector working and loads on
// "Try again".

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startEnv, openApp, text } from './harness.mjs';

const ZONE = ['$ORIGIN example.com.', '$TTL 300', '@ TXT "v=spf1 -all"', ''].join('\n');
let env;

before(async () => {
  env = await startEnv({ zone: ZONE });
});

after(async () => {
  await env?.stop();
});

test('the tools follow the page: language, resolver, errors in the banner, typed text kept', async () => {
  const { context, page, errors } = await openApp(env);
  const toolsRequests = [];
  page.on('request', (r) => {
    if (r.url().includes('headerscope-tools-')) toolsRequests.push(r.url());
  });
  assert.deepEqual(toolsRequests, [], 'nothing of the tools before their tab opens');

  await page.getByTestId('tab-tools').click();
  const tools = page.getByTestId('tools');
  await tools.waitFor();
  assert.equal(toolsRequests.length, 2, `the module's JS and wasm, once: ${toolsRequests}`);
  assert.match(await text(tools.locator('p.hint').first()), new RegExp(env.dohUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    'the tools name the resolver picked on the first tab');
  // Clicking inside the tools stays in the tools (each Yew handles its own).
  await page.getByTestId('check-run').click();
  const banner = page.getByTestId('error-banner');
  await banner.waitFor();
  assert.equal(await text(banner.locator('span')), 'Enter the domain to check.');
  assert.equal(await page.getByTestId('tab-tools').getAttribute('aria-selected'), 'true');

  await page.getByTestId('check-domain').fill('example.com');
  await page.getByTestId('lang').selectOption('de');
  await page.waitForFunction(() => document.documentElement.lang === 'de');
  // The page's banner holds the tools' sentence, not its English words.
  assert.equal(await text(banner.locator('span')), 'Geben Sie die zu prüfende Domain ein.');
  await page.waitForFunction(() => /Nichts anderes verlässt diesen Browser/.test(document.querySelector('[data-testid=tools]').textContent));
  assert.equal(await page.getByTestId('check-domain').inputValue(), 'example.com', 'what was typed in the tools stays');
  assert.equal(toolsRequests.length, 2, 'a new language does not load the module again');

  // Switching tabs keeps the tools mounted and loads nothing more.
  await page.getByTestId('tab-inspect').click();
  await page.getByTestId('tab-tools').click();
  assert.equal(await page.getByTestId('check-domain').inputValue(), 'example.com');
  assert.equal(toolsRequests.length, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a tools module that cannot be fetched: a message, the inspector unharmed, "Try again" loads it', async () => {
  // The service worker would answer from its cache, unseen by page.route.
  const { context, page } = await openApp(env, undefined, { serviceWorkers: 'block' });
  let block = true;
  await page.route('**/headerscope-tools-*_bg.wasm', (route) => (block ? route.abort('connectionrefused') : route.continue()));
  await page.getByTestId('tab-tools').click();
  const failed = page.getByTestId('tools-load-failed');
  await failed.waitFor();
  assert.match(await text(failed), /The Domain tools could not be loaded/);

  // The inspector keeps working meanwhile.
  await page.getByTestId('tab-inspect').click();
  await page.getByTestId('sample-pass').click();
  await page.getByTestId('verdicts').waitFor();

  block = false;
  await page.getByTestId('tab-tools').click();
  await failed.getByRole('button').click();
  await page.getByTestId('tools').waitFor();
  assert.equal(await failed.count(), 0);
  await context.close();
});
