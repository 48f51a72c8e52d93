// Batch benchmark driver for the npm `mailauth` package: verifies every
// message of the generated mbox (SPF, DKIM, ARC, DMARC; BIMI off) with its
// `resolver` option answering from the generated zone (zone.json), one
// worker thread per core, and prints messages/second and pass counts.
//
// usage: node node_batch.js DIR   (DIR holds bench.mbox, zone.json, envelopes.jsonl)
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

function splitMbox(buf) {
    const msgs = [];
    let cur = null;
    let prevBlank = true;
    let pos = 0;
    while (pos < buf.length) {
        let nl = buf.indexOf(10, pos);
        if (nl < 0) nl = buf.length - 1;
        const line = buf.subarray(pos, nl + 1);
        pos = nl + 1;
        if (prevBlank && line.subarray(0, 5).toString() === 'From ') {
            if (cur) msgs.push(trim(Buffer.concat(cur)));
            cur = [];
            prevBlank = false;
            continue;
        }
        const s = line.toString('latin1').replace(/\r?\n$/, '');
        prevBlank = s === '';
        (cur = cur || []).push(line);
    }
    if (cur && cur.length) msgs.push(Buffer.concat(cur));
    return msgs;
}

function trim(m) {
    // The blank line before "From " belongs to the mbox, not the message.
    const n = m.length;
    if (n >= 4 && m.subarray(n - 4).toString() === '\r\n\r\n') return m.subarray(0, n - 2);
    return m;
}

function makeResolver(records) {
    const zone = new Map();
    for (const r of records) {
        const key = r.name.toLowerCase().replace(/\.$/, '') + '/' + r.type;
        if (!zone.has(key)) zone.set(key, []);
        zone.get(key).push(r.data);
    }
    // Same shapes as dns.promises.resolve(name, type).
    return async (name, type) => {
        const vals = zone.get(name.toLowerCase().replace(/\.$/, '') + '/' + type);
        if (!vals) {
            const err = new Error(`queryTxt ENOTFOUND ${name}`);
            err.code = 'ENOTFOUND';
            throw err;
        }
        if (type === 'TXT') return vals.map(v => [v]);
        if (type === 'MX') return vals.map(v => ({ exchange: v, priority: 10 }));
        return vals.slice();
    };
}

async function worker() {
    const { authenticate } = require('mailauth');
    const { dir, start, step } = workerData;
    const msgs = splitMbox(fs.readFileSync(path.join(dir, 'bench.mbox')));
    const envs = fs.readFileSync(path.join(dir, 'envelopes.jsonl'), 'utf8').trim().split('\n').map(JSON.parse);
    const resolver = makeResolver(JSON.parse(fs.readFileSync(path.join(dir, 'zone.json'), 'utf8')));
    parentPort.postMessage({ ready: true });
    await new Promise(resolve => parentPort.once('message', resolve));
    let n = 0, spf = 0, dkim = 0, dmarc = 0;
    for (let i = start; i < msgs.length; i += step) {
        const e = envs[i];
        const res = await authenticate(msgs[i], {
            ip: e.ip, helo: e.helo, sender: e.mail_from, mta: 'mx.bench.test',
            resolver, disableBimi: true
        });
        n++;
        if (res.spf && res.spf.status && res.spf.status.result === 'pass') spf++;
        if (res.dkim && res.dkim.results.some(r => r.status.result === 'pass')) dkim++;
        if (res.dmarc && res.dmarc.status && res.dmarc.status.result === 'pass') dmarc++;
    }
    parentPort.postMessage({ n, spf, dkim, dmarc });
}

async function main() {
    const dir = process.argv[2];
    const step = os.cpus().length || 1;
    const workers = [];
    for (let w = 0; w < step; w++) {
        workers.push(new Worker(__filename, { workerData: { dir, start: w, step } }));
    }
    // Start the clock once every worker has read the mbox, as the others do.
    await Promise.all(workers.map(w => new Promise(r => w.once('message', r))));
    const t0 = process.hrtime.bigint();
    // process.cpuUsage() counts every thread of the process, workers included.
    const c0 = process.cpuUsage();
    const done = workers.map(w => new Promise((resolve, reject) => {
        w.once('message', resolve);
        w.once('error', reject);
    }));
    workers.forEach(w => w.postMessage('go'));
    const results = await Promise.all(done);
    const dt = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(c0);
    const cpu = (c.user + c.system) / 1e6;
    const sum = k => results.reduce((a, r) => a + r[k], 0);
    const n = sum('n');
    console.log(`  mailauth (npm): ${n} messages in ${dt.toFixed(2)} s = ${(n / dt).toFixed(0)} msg/s, ${cpu.toFixed(2)} CPU-s = ${(n / cpu).toFixed(0)} msg/CPU-s ` +
        `(${step} worker threads; pass: spf ${sum('spf')}, dkim ${sum('dkim')}, dmarc ${sum('dmarc')})`);
    console.log(`RESULT batch_node_msgs=${n}`);
    console.log(`RESULT batch_node_s=${dt.toFixed(2)}`);
    console.log(`RESULT batch_node_rate=${(n / dt).toFixed(0)}`);
    console.log(`RESULT batch_node_cpu_rate=${(n / cpu).toFixed(0)}`);
    console.log(`RESULT batch_node_dkim_pass=${sum('dkim')}`);
    console.log(`RESULT batch_node_dmarc_pass=${sum('dmarc')}`);
}

if (isMainThread) {
    main().catch(e => { console.error(e); process.exit(1); });
} else {
    worker().catch(e => { console.error(e); process.exit(1); });
}
