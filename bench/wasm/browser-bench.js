// Headless-Chromium part of the benchmarks, against the release bundle in
// dist/ (trunk build --release): (3b) time from navigation to interactive,
// and (2b) the wasm core on the 20 MB message: time from pasting it into
// the app's message box to the DKIM verdict, with the project's DoH server
// answering from CACHE_DIR/big.zone.
//
// usage: node browser-bench.js DIST CACHE_DIR
//   CACHE_DIR/big.eml and big.zone are written by `hs-bench cpu --write-dir CACHE_DIR`.
// Env: CHROMIUM (default /usr/bin/chromium), HEADERSCOPE_BIN (default
// target/release/headerscope).
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');
const { chromium } = require('playwright-core');

const INPUT = '[data-testid=message-input]';
const INSPECT = '[data-testid=inspect-button]:not([disabled])';
const VERDICT = '[data-testid=verdict-dkim-0-result]';

// The project's DoH server on a free port; resolves to { url, stop }.
function dohServer(zone) {
    const bin = process.env.HEADERSCOPE_BIN || 'target/release/headerscope';
    const srv = http.createServer();
    return new Promise((resolve, reject) => {
        srv.listen(0, '127.0.0.1', () => {
            const port = srv.address().port;
            srv.close(() => {
                const child = spawn(bin, ['doh-server', '--zone', zone, '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'inherit'] });
                child.on('error', reject);
                child.stdout.once('data', () => resolve({ url: `http://127.0.0.1:${port}/dns-query`, stop: () => child.kill() }));
            });
        });
    });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

function serve(dir) {
    const server = http.createServer((req, res) => {
        let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
        if (p.endsWith('/')) p += 'index.html';
        const file = path.join(dir, path.normalize(p).replace(/^(\.\.[\/\\])+/, ''));
        fs.readFile(file, (err, data) => {
            if (err) {
                // SPA routes fall back to index.html, as Trunk's server does.
                return fs.readFile(path.join(dir, 'index.html'), (e2, idx) => {
                    res.writeHead(e2 ? 404 : 200, { 'content-type': 'text/html' });
                    res.end(e2 ? 'not found' : idx);
                });
            }
            res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
            res.end(data);
        });
    });
    return new Promise(r => server.listen(0, '127.0.0.1', () => r(server)));
}

async function main() {
    const [dist, cache] = process.argv.slice(2);
    const server = await serve(dist);
    const url = `http://127.0.0.1:${server.address().port}/`;
    const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    let doh = null;
    try {
        // (3b) navigation to interactive: the message box accepts input.
        const ttis = [];
        for (let i = 0; i < 3; i++) {
            const page = await browser.newPage();
            const t0 = Date.now();
            await page.goto(url);
            await page.waitForSelector(INSPECT, { timeout: 60000 });
            ttis.push(Date.now() - t0);
            await page.close();
        }
        ttis.sort((a, b) => a - b);
        console.log(`  navigation to interactive (localhost, median of 3): ${ttis[1]} ms`);
        console.log(`RESULT tti_ms=${ttis[1]}`);

        // (2b) the 20 MB message through the wasm core.
        const eml = path.join(cache, 'big.eml');
        if (!fs.existsSync(eml)) {
            console.log('  no big.eml (hs-bench cpu --write-dir): wasm verify skipped');
            return;
        }
        const raw = fs.readFileSync(eml, 'latin1');
        doh = await dohServer(path.join(cache, 'big.zone'));
        const page = await browser.newPage();
        await page.goto(url);
        await page.waitForSelector(INSPECT, { timeout: 60000 });
        await page.getByTestId('doh-provider').selectOption('custom');
        await page.getByTestId('doh-custom-url').fill(doh.url);
        await page.getByTestId('doh-custom-format').selectOption('json');
        // Setting the value and firing input is what a paste does, minus the clipboard.
        await page.$eval(INPUT, (el, v) => {
            el.value = v;
            el.dispatchEvent(new Event('input', { bubbles: true }));
        }, raw);
        const t0 = Date.now();
        await page.click(INSPECT);
        await page.waitForSelector(VERDICT, { timeout: 300000 });
        const ms = Date.now() - t0;
        console.log(`  DKIM verdict in the browser: ${(await page.textContent(VERDICT)).trim()}`);
        const mb = raw.length / 1e6;
        console.log(`  wasm verify of ${mb.toFixed(1)} MB (paste to verdict cards): ${ms} ms = ${(mb / (ms / 1000)).toFixed(0)} MB/s`);
        console.log(`RESULT wasm_verify_ms=${ms}`);
        console.log(`RESULT wasm_total_mbs=${(mb / (ms / 1000)).toFixed(0)}`);
    } finally {
        if (doh) doh.stop();
        await browser.close();
        server.close();
    }
}

main().catch(e => { console.error(e); process.exit(1); });
