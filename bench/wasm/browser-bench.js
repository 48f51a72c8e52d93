// Headless-Chromium part of the benchmarks, against the release bundle in
// dist/ (trunk build --release): (3b) time from navigation to interactive,
// and (2b) the wasm core on the 20 MB message: time from pasting it into
// the app's #message-input to the verdict cards.
//
// usage: node browser-bench.js DIST CACHE_DIR
//   CACHE_DIR/big.eml is written by `hs-bench cpu --write-dir CACHE_DIR`.
// Env: CHROMIUM (default /usr/bin/chromium), BENCH_VERDICT_SELECTOR (what
// counts as "verdict shown", default '.verdict-card, [data-verdict]').
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { chromium } = require('playwright-core');

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
    const verdict = process.env.BENCH_VERDICT_SELECTOR || '.verdict-card, [data-verdict]';
    const server = await serve(dist);
    const url = `http://127.0.0.1:${server.address().port}/`;
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
    try {
        // (3b) navigation to interactive: the message box accepts input.
        const ttis = [];
        for (let i = 0; i < 3; i++) {
            const page = await browser.newPage();
            const t0 = Date.now();
            await page.goto(url);
            await page.waitForSelector('#message-input:not([disabled])', { timeout: 60000 });
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
        const page = await browser.newPage();
        await page.goto(url);
        await page.waitForSelector('#message-input:not([disabled])', { timeout: 60000 });
        const t0 = Date.now();
        // Setting the value and firing input is what a paste does, minus the clipboard.
        await page.$eval('#message-input', (el, v) => {
            el.value = v;
            el.dispatchEvent(new Event('input', { bubbles: true }));
        }, raw);
        await page.waitForSelector(verdict, { timeout: 300000 });
        const ms = Date.now() - t0;
        const mb = raw.length / 1e6;
        console.log(`  wasm verify of ${mb.toFixed(1)} MB (paste to verdict cards): ${ms} ms = ${(mb / (ms / 1000)).toFixed(0)} MB/s`);
        console.log(`RESULT wasm_verify_ms=${ms}`);
        console.log(`RESULT wasm_total_mbs=${(mb / (ms / 1000)).toFixed(0)}`);
    } finally {
        await browser.close();
        server.close();
    }
}

main().catch(e => { console.error(e); process.exit(1); });
