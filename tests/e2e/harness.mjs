// Set-up for the browser tests of the results view and the domain tools, on
// top of support.mjs: dist/ served on 127.0.0.1 with the CSP opened for the
// test's own DoH server, `headerscope doh-server` answering from a zone the
// test writes, Debian's Chromium through playwright-core. No test reaches the
// network: the app is pointed at the local DoH server.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ROOT, DIST, ARTIFACTS, checkBuilt, serveDist, closeServer, startDoh, launchBrowser,
  openApp as openPage, inspect,
} from './support.mjs';

export { ROOT, DIST, ARTIFACTS, inspect };

// Starts the DoH server over `zone`, the static server and the browser.
export async function startEnv({ zone, delayMs = 50, dnssec = false }) {
  checkBuilt();
  const tmp = mkdtempSync(join(tmpdir(), 'headerscope-e2e-'));
  const cleanups = [() => rmSync(tmp, { recursive: true, force: true })];
  const env = { cleanups };
  env.stop = async () => {
    for (const c of cleanups.reverse()) {
      try {
        await c();
      } catch {
        // best effort: the next cleanup still runs
      }
    }
  };
  try {
    const doh = await startDoh(zone, { dir: tmp, delayMs, dnssec });
    cleanups.push(doh.stop);
    const web = await serveDist({ extraConnect: [doh.origin] });
    cleanups.push(() => closeServer(web));
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    return Object.assign(env, { staticUrl: web.url, dohUrl: doh.url, browser });
  } catch (e) {
    await env.stop();
    throw e;
  }
}

// A new context (empty storage) with the app loaded and pointed at the local
// DoH server; `context` holds further options of the context (colorScheme).
export async function openApp(env, viewport = { width: 1280, height: 900 }, context = {}) {
  const opened = await openPage(env.browser, env.staticUrl, { viewport, context });
  const { page } = opened;
  await page.getByTestId('doh-provider').selectOption('custom');
  await page.getByTestId('doh-custom-url').fill(env.dohUrl);
  await page.getByTestId('doh-custom-format').selectOption('json');
  return opened;
}

export async function text(locator) {
  return ((await locator.textContent()) ?? '').trim();
}
