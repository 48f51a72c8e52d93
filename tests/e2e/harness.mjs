// Shared set-up for the browser tests of the results view and the domain
// tools: dist/ served on 127.0.0.1, `headerscope doh-server` answering from a
// zone the test writes, Debian's Chromium through playwright-core. No test
// reaches the network: the app is pointed at the local DoH server.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, resolve, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
const HEADERSCOPE = process.env.HEADERSCOPE_BIN ?? join(ROOT, 'target', 'debug', 'headerscope');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

function serveDist() {
  return new Promise((res) => {
    const server = createServer((req, reply) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      let file = join(DIST, path);
      if (!file.startsWith(DIST) || !existsSync(file) || path.endsWith('/')) file = join(DIST, 'index.html');
      reply.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      reply.end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => res(server));
  });
}

async function waitForDoh(url, probe, child, log) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`headerscope doh-server exited with ${child.exitCode}:\n${log()}`);
    try {
      const r = await fetch(`${url}?name=${probe}&type=TXT`, { headers: { accept: 'application/dns-json' } });
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the DoH server did not answer on ${url} within 30 s:\n${log()}`);
}

// Starts the static server, the DoH server over `zone` and the browser.
export async function startEnv({ zone, probe, delayMs = 50 }) {
  assert.ok(existsSync(join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first (scripts/test.sh does)');
  assert.ok(existsSync(HEADERSCOPE), `${HEADERSCOPE} is missing: run \`cargo build\` first (scripts/test.sh does)`);
  const tmp = mkdtempSync(join(tmpdir(), 'headerscope-e2e-'));
  const cleanups = [() => rmSync(tmp, { recursive: true, force: true })];
  const zoneFile = join(tmp, 'test.zone');
  writeFileSync(zoneFile, zone);
  const dohPort = await freePort();
  const dohUrl = `http://127.0.0.1:${dohPort}/dns-query`;
  let dohLog = '';
  const doh = spawn(HEADERSCOPE, ['doh-server', '--zone', zoneFile, '--listen', `127.0.0.1:${dohPort}`, '--delay-ms', String(delayMs)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  doh.stdout.on('data', (d) => (dohLog += d));
  doh.stderr.on('data', (d) => (dohLog += d));
  cleanups.push(() => doh.kill('SIGTERM'));
  await waitForDoh(dohUrl, probe, doh, () => dohLog);
  const web = await serveDist();
  cleanups.push(() => new Promise((r) => web.close(r)));
  const staticUrl = `http://127.0.0.1:${web.address().port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  cleanups.push(() => browser.close());
  return {
    staticUrl,
    dohUrl,
    browser,
    async stop() {
      for (const c of cleanups.reverse()) {
        try {
          await c();
        } catch {
          // best effort: the next cleanup still runs
        }
      }
    },
  };
}

// A new context (empty storage) with the app loaded and pointed at the local DoH server.
export async function openApp(env, viewport = { width: 1280, height: 900 }) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.staticUrl);
  await page.getByTestId('message-input').waitFor({ timeout: 30_000 });
  await page.getByTestId('doh-provider').selectOption('custom');
  await page.getByTestId('doh-custom-url').fill(env.dohUrl);
  await page.getByTestId('doh-custom-format').selectOption('json');
  return { context, page, errors };
}

export async function inspect(page) {
  await page.getByTestId('inspect-button').click();
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
}

export async function text(locator) {
  return ((await locator.textContent()) ?? '').trim();
}
