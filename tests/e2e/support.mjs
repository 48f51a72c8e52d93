import { before, after } from 'node:test';
// Shared by the browser tests: the dist/ static server (at any sub-path, with
// the CSP opened for the test's own DoH server), the project's DoH server on
// 127.0.0.1, and Debian's Chromium through playwright-core.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, extname, resolve, dirname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');
export const HEADERSCOPE = process.env.HEADERSCOPE_BIN ?? join(ROOT, 'target', 'debug', 'headerscope');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function checkBuilt() {
  assert.ok(existsSync(join(DIST, 'index.html')), 'dist/ is missing: run `trunk build --release` first (scripts/test.sh does)');
  assert.ok(existsSync(HEADERSCOPE), `${HEADERSCOPE} is missing: run \`cargo build\` first (scripts/test.sh does)`);
}

export function freePort() {
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
};

const CSP_CONNECT = "connect-src 'self' https://cloudflare-dns.com https://dns.google https://dns.quad9.net;";

// index.html with `extraConnect` origins added to the CSP's connect-src: what
// docs/hosting.md tells an admin with a custom resolver to do.
export function indexHtml(extraConnect = [], dist = DIST) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  assert.ok(html.includes(CSP_CONNECT), 'dist/index.html has the CSP with the default connect-src');
  if (extraConnect.length === 0) return html;
  return html.replace(CSP_CONNECT, CSP_CONNECT.replace(/;$/, ` ${extraConnect.join(' ')};`));
}

// dist/ as a static site under `prefix` (like a web server's sub-directory):
// the prefix itself serves index.html, anything outside it is 404. Every
// request is logged in `server.log` (method and path). `dist` is another
// build's folder (the benchmark's baseline).
export function serveDist({ prefix = '/', extraConnect = [], dist = DIST } = {}) {
  assert.ok(prefix.startsWith('/') && prefix.endsWith('/'));
  const index = indexHtml(extraConnect, dist);
  return new Promise((res) => {
    const log = [];
    const server = createServer((req, reply) => {
      const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
      log.push(`${req.method} ${req.url}`);
      if (!path.startsWith(prefix)) {
        reply.writeHead(404, { 'content-type': 'text/plain' });
        reply.end('not here');
        return;
      }
      const rel = path.slice(prefix.length);
      if (rel === '' || rel === 'index.html') {
        reply.writeHead(200, { 'content-type': TYPES['.html'] });
        reply.end(index);
        return;
      }
      const file = join(dist, rel);
      if (!file.startsWith(dist + '/') || !existsSync(file)) {
        reply.writeHead(404, { 'content-type': 'text/plain' });
        reply.end('not found');
        return;
      }
      reply.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      reply.end(readFileSync(file));
    });
    server.log = log;
    server.listen(0, '127.0.0.1', () => {
      server.url = `http://127.0.0.1:${server.address().port}${prefix}`;
      res(server);
    });
  });
}

export function closeServer(server) {
  server.closeAllConnections?.();
  return new Promise((r) => server.close(() => r()));
}

// `headerscope doh-server` answering from `zone` (BIND text) on a free port.
// `dnssec`: the server sets the AD bit on every answer, as a validating
// resolver does for a signed zone.
export async function startDoh(zone, { dir, delayMs = 0, dnssec = false } = {}) {
  const zoneFile = join(dir, `doh-${Date.now()}-${Math.random().toString(16).slice(2)}.zone`);
  writeFileSync(zoneFile, zone);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/dns-query`;
  let log = '';
  const args = ['doh-server', '--zone', zoneFile, '--listen', `127.0.0.1:${port}`];
  if (delayMs) args.push('--delay-ms', String(delayMs));
  if (dnssec) args.push('--dnssec');
  const child = spawn(HEADERSCOPE, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`headerscope doh-server exited with ${child.exitCode}:\n${log}`);
    try {
      const r = await fetch(`${url}?name=example.org&type=TXT`, { headers: { accept: 'application/dns-json' } });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the DoH server did not answer on ${url} within 30 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, origin: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

export function launchBrowser() {
  // launch() gives every run a new, empty profile directory of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// A new context and page on `url`, waiting for the app to render. `errors`
// collects uncaught exceptions and console errors (a CSP violation is one).
export async function openApp(browser, url, { viewport = { width: 1280, height: 900 }, context: opts = {} } = {}) {
  const context = await browser.newContext({ viewport, ...opts });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  await page.getByTestId('message-input').waitFor({ timeout: 30_000 });
  return { context, page, errors };
}

// Presses Inspect and waits for the run to end.
export async function inspect(page) {
  await page.getByTestId('inspect-button').click();
  await page.waitForSelector('[data-testid=inspect-button]:not([disabled])', { timeout: 60_000 });
}

export async function useOfflineRecords(page, zone) {
  await page.getByTestId('doh-provider').selectOption('offline');
  await page.getByTestId('offline-records').fill(zone);
}

// axe-core (Deque's WCAG checker, pinned in package.json) over the page as
// it is now: its violations, each as rule, impact and the elements it found.
// The script is evaluated over the DevTools protocol rather than added as a
// <script> tag: the page's CSP (script-src 'self') refuses inline script, and
// turning the CSP off with `bypassCSP` would also let inline styles through,
// so the audited page would not be the one users get.
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export async function axeViolations(page, { disabled = [] } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
  const violations = await page.evaluate((rules) => window.axe.run(document, { rules, resultTypes: ['violations'] }).then((r) => r.violations), rules);
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300)}`),
  }));
}

export async function text(page, testId) {
  return (await page.getByTestId(testId).first().textContent()).trim();
}

// The built page on a static server and a browser, started before a test
// file's tests and stopped after them (the files that need no DNS server):
// the tests read `app.web` and `app.browser`.
export function useStaticApp() {
  const app = {};
  before(async () => {
    checkBuilt();
    app.web = await serveDist();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    if (app.web) await closeServer(app.web);
  });
  return app;
}
