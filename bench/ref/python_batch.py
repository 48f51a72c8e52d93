"""Batch benchmark driver for dkimpy + authheaders (+ pyspf): verifies every
message of the generated mbox with DNS answered from the generated zone
(zone.json), one worker process per core, and prints messages/second and
how many messages passed each check.

usage: python_batch.py DIR [--limit N] [--cache-psl]
  DIR holds bench.mbox, zone.json, envelopes.jsonl.
  --limit N     only the first N messages (authheaders as shipped is slow).
  --cache-psl   authheaders 0.16.3 reads and builds the Public Suffix List
                again for every organizational-domain lookup (about 0.3 s,
                several times per message); this keeps one per process, as a
                tuned integration would.
"""
import json
import multiprocessing as mp
import os
import resource
import sys
import time

import authheaders
import spf

ZONE = {}


def load_zone(path):
    z = {}
    for r in json.load(open(path)):
        z.setdefault((r["name"].lower().rstrip("."), r["type"]), []).append(r["data"])
    return z


def _name(name):
    if isinstance(name, bytes):
        name = name.decode("ascii", "replace")
    return name.lower().rstrip(".")


def dnsfunc(name, timeout=5):
    """dkimpy's and authheaders' TXT lookup: dkimpy wants bytes, the DMARC
    lookup in authheaders wants str (as in their own test suites)."""
    vals = ZONE.get((_name(name), "TXT"))
    if not vals:
        return None
    if "._domainkey." in _name(name):
        return vals[0].encode()
    return vals[0]


def spf_lookup(name, qtype, tcpfallback=True, timeout=30):
    """pyspf's DNSLookup, answered from the zone (as pyspf's own tests do)."""
    out = []
    for v in ZONE.get((_name(name), qtype), []):
        if qtype in ("TXT", "SPF"):
            out.append(((name, qtype), [v.encode()]))
        else:
            out.append(((name, qtype), v))
    return out


def split_mbox(data):
    msgs, cur, prev_blank = [], None, True
    for line in data.splitlines(keepends=True):
        if prev_blank and line.startswith(b"From "):
            if cur is not None:
                if cur.endswith(b"\r\n\r\n"):
                    cur = cur[:-2]
                msgs.append(cur)
            cur = b""
            prev_blank = False
            continue
        prev_blank = line.rstrip(b"\r\n") == b""
        cur = (cur or b"") + line
    if cur:
        msgs.append(cur)
    return msgs


def init(zone_path, cache_psl):
    global ZONE
    ZONE = load_zone(zone_path)
    spf.DNSLookup = spf_lookup
    if cache_psl:
        import functools
        from authheaders import dmarc_lookup
        cached = functools.lru_cache(maxsize=None)(dmarc_lookup.get_org_domain)
        dmarc_lookup.get_org_domain = cached
        authheaders.get_org_domain = cached


def verify(job):
    msg, env = job
    res = authheaders.authenticate_message(
        msg, "mx.bench.test", spf=True, dkim=True, arc=True, dmarc=True,
        ip=env["ip"], mail_from=env["mail_from"], helo=env["helo"], dnsfunc=dnsfunc)
    return ("spf=pass" in res, "dkim=pass" in res, "dmarc=pass" in res)


def main():
    d = sys.argv[1]
    limit = int(sys.argv[sys.argv.index("--limit") + 1]) if "--limit" in sys.argv else None
    cache_psl = "--cache-psl" in sys.argv
    label = "dkimpy+authheaders" + (" (PSL cached)" if cache_psl else "")
    key = "batch_python" + ("_psl" if cache_psl else "")
    msgs = split_mbox(open(os.path.join(d, "bench.mbox"), "rb").read())
    envs = [json.loads(l) for l in open(os.path.join(d, "envelopes.jsonl"))]
    jobs = list(zip(msgs, envs))[:limit]
    workers = os.cpu_count() or 1
    c0 = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    t0 = time.perf_counter()
    with mp.Pool(workers, initializer=init, initargs=(os.path.join(d, "zone.json"), cache_psl)) as pool:
        results = pool.map(verify, jobs, chunksize=64)
    dt = time.perf_counter() - t0
    c1 = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    cpu = sum((b.ru_utime - a.ru_utime) + (b.ru_stime - a.ru_stime) for a, b in zip(c0, c1))
    n = len(results)
    spf_ok, dkim_ok, dmarc_ok = (sum(r[i] for r in results) for i in range(3))
    print(f"  {label}: {n} messages in {dt:.2f} s = {n/dt:.1f} msg/s, {cpu:.2f} CPU-s = {n/cpu:.1f} msg/CPU-s "
          f"({workers} processes; pass: spf {spf_ok}, dkim {dkim_ok}, dmarc {dmarc_ok})")
    print(f"RESULT {key}_msgs={n}")
    print(f"RESULT {key}_s={dt:.2f}")
    print(f"RESULT {key}_rate={n/dt:.1f}")
    print(f"RESULT {key}_cpu_rate={n/cpu:.1f}")
    print(f"RESULT {key}_dkim_pass={dkim_ok}")
    print(f"RESULT {key}_dmarc_pass={dmarc_ok}")


if __name__ == "__main__":
    main()
