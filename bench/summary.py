"""Prints the table of one bench.sh run from its RESULT key=value lines."""
import sys

r = {}
every = {}  # every value of a key, for benchmarks run in rounds (the batch)
for line in open(sys.argv[1]):
    if "=" in line:
        k, v = line.strip().split("=", 1)
        r[k] = v
        every.setdefault(k, []).append(v)


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def rounds(k):
    try:
        return [float(v) for v in every.get(k, [])]
    except ValueError:
        return []


# A benchmark run in rounds reports its median, the spread shown beside it.
for k, vs in every.items():
    xs = rounds(k)
    if len(xs) > 1:
        r[k] = f"{median(xs):.0f}" if all(x == int(x) for x in xs) else f"{median(xs):.1f}"


def f(k):
    try:
        return float(r[k])
    except (KeyError, ValueError):
        return None


rows = []
if "cp_depth" in r:
    rows.append(("DNS critical path", f"dependency depth {r['cp_depth']}, delay {r['cp_delay_ms']} ms", ""))
    rows.append(("  headerscope inspect()", f"{r['cp_ours_ms']} ms = {r['cp_ours_rt']} round trips", ""))
    rows.append(("  mail-auth verifiers in sequence", f"{r['cp_mailauth_ms']} ms = {r['cp_mailauth_rt']} round trips",
                 f"takes {r['cp_ratio']}x headerscope's time"))
if "i18n_cold_ms" in r:
    rows.append(("Showing a report in German (helpdesk fixtures)", "", ""))
    rows.append(("  inspect(), offline zone", f"{r['i18n_inspect_ms']} ms per message", ""))
    rows.append(("  every core sentence translated, first time", f"{r['i18n_cold_ms']} ms",
                 f"{float(r['i18n_cold_ms']) / float(r['i18n_inspect_ms']):.2f}x the inspection"))
    rows.append(("  again (remembered)", f"{r['i18n_warm_ms']} ms", ""))
if "cpu_mb" in r:
    rows.append((f"CPU, {r['cpu_mb']} MB message", "", ""))
    rows.append(("  body hash, headerscope", f"{r['cpu_hash_ours_mbs']} MB/s", ""))
    rows.append(("  body hash, mail-auth", f"{r['cpu_hash_mailauth_mbs']} MB/s",
                 f"headerscope takes {r.get('cpu_hash_ratio', '?')}x mail-auth's time"))
    rows.append(("  DKIM verify (parse + verify), headerscope", f"{r['cpu_verify_ours_ms']} ms", ""))
    rows.append(("  DKIM verify (parse + verify), mail-auth", f"{r['cpu_verify_mailauth_ms']} ms",
                 f"headerscope takes {r['cpu_verify_ratio']}x mail-auth's time"))
if "wasm_hash_mbs" in r:
    hash_ratio = (f"wasm takes {f('cpu_hash_mailauth_mbs') / f('wasm_hash_mbs'):.2f}x native mail-auth's time"
                  if f("cpu_hash_mailauth_mbs") and f("wasm_hash_mbs") else "")
    rows.append(("  body hash, headerscope wasm in Chromium", f"{r['wasm_hash_mbs']} MB/s", hash_ratio))
if "wasm_hash_webcrypto_mbs" in r:
    native = f("cpu_hash_ours_mbs")
    for k, label in (("wasm_hash_mbs", "  body hash in Chromium, all in wasm"),
                     ("wasm_hash_webcrypto_copy_mbs", "  body hash in Chromium, WebCrypto on a canonical copy (before)"),
                     ("wasm_hash_webcrypto_mbs", "  body hash in Chromium, WebCrypto (the app now)")):
        if k in r:
            ratio = f"{f(k) / native:.2f}x the native rate (goal >= 0.5x)" if native and f(k) else ""
            rows.append((label, f"{r[k]} MB/s", ratio))
    for k, label in (("wasm_canonical_mbs", "    canonicalization into a copy, in wasm"),
                     ("wasm_canonical_in_place_mbs", "    the app's canonicalization (in place or copy), in wasm"),
                     ("webcrypto_in_place_mbs", "    WebCrypto SHA-256 of wasm memory in place"),
                     ("webcrypto_sha256_mbs", "    WebCrypto SHA-256 alone, from JS"),
                     ("webcrypto_sha256_pieces_mbs", "      the same, 256 KiB at a time (no fresh 20 MB copy)"),
                     ("js_fresh_copy_mbs", "      a copy into fresh memory alone (JS slice())")):
        if k in r:
            ratio = f"{f(k) / native:.2f}x the native rate" if native and k.startswith("webcrypto") else ""
            rows.append((label, f"{r[k]} MB/s", ratio))
    if "cpu_sha256_alone_mbs" in r:
        rows.append(("    native SHA-256 alone (no canonicalization)", f"{r['cpu_sha256_alone_mbs']} MB/s",
                     f"{f('cpu_sha256_alone_mbs') / native:.2f}x the native rate" if native else ""))
    if "cpu_sha256_fresh_copy_mbs" in r:
        # digest()'s own work done natively: the copy into fresh memory the
        # Web Crypto spec asks for, then the hash; the browser's ceiling.
        fresh = f("cpu_sha256_fresh_copy_mbs")
        rows.append(("    native copy into a fresh mapping, then SHA-256 (digest()'s work)",
                     f"{r['cpu_sha256_fresh_copy_mbs']} MB/s",
                     f"{fresh / native:.2f}x the native rate" if native else ""))
        rows.append(("      the copy into a fresh mapping alone, native", f"{r.get('cpu_fresh_copy_mbs', '?')} MB/s", ""))
        for k, label in (("webcrypto_sha256_mbs", "      WebCrypto SHA-256 alone against it"),
                         ("wasm_hash_webcrypto_mbs", "      the app's body hash against it")):
            if f(k) and fresh:
                rows.append((label, f"{r[k]} MB/s", f"{f(k) / fresh:.2f}x native digest()'s work"))
    for k, label in (("wasm_hash_webcrypto_clean_copy_mbs", "  a body already canonical, canonical copy (before)"),
                     ("wasm_hash_webcrypto_clean_mbs", "  a body already canonical, read in place (the app now)")):
        if k in r:
            ratio = f"{f(k) / native:.2f}x the native rate" if native and f(k) else ""
            rows.append((label, f"{r[k]} MB/s", ratio))
if "wasm_verify_core_ms" in r:
    verify_ratio = (f"wasm takes {f('wasm_verify_core_ms') / f('cpu_verify_mailauth_ms'):.2f}x native mail-auth's time"
                    if f("cpu_verify_mailauth_ms") and f("wasm_verify_core_ms") else "")
    rows.append(("  DKIM verify (parse + verify), all in wasm", f"{r['wasm_verify_core_ms']} ms", verify_ratio))
if "wasm_verify_core_webcrypto_ms" in r:
    verify_ratio = (f"Chromium takes {f('wasm_verify_core_webcrypto_ms') / f('cpu_verify_mailauth_ms'):.2f}x native mail-auth's time"
                    if f("cpu_verify_mailauth_ms") and f("wasm_verify_core_webcrypto_ms") else "")
    rows.append(("  DKIM verify (parse + verify), the app's way (WebCrypto)", f"{r['wasm_verify_core_webcrypto_ms']} ms", verify_ratio))
if "wasm_verify_small_rsa_webcrypto_ms" in r:
    wasm_ms, wc_ms = f("wasm_verify_small_rsa_wasm_ms"), f("wasm_verify_small_rsa_webcrypto_ms")
    rows.append(("  small message, one RSA-2048 signature, verified in wasm", f"{r['wasm_verify_small_rsa_wasm_ms']} ms", "baseline"))
    rows.append(("  small message, RSA-2048 by WebCrypto (the app's way)", f"{r['wasm_verify_small_rsa_webcrypto_ms']} ms",
                 f"{wasm_ms / wc_ms:.1f}x faster than wasm" if wasm_ms and wc_ms else ""))
if "wasm_verify_small_first_rsa_webcrypto_ms" in r:
    rows.append(("    the RSA message's first verify in a fresh engine, wasm", f"{r['wasm_verify_small_first_rsa_wasm_ms']} ms", ""))
    rows.append(("    the RSA message's first verify in a fresh engine, WebCrypto", f"{r['wasm_verify_small_first_rsa_webcrypto_ms']} ms", ""))
for k, label in (("wasm_verify_ms", "  Inspect to verdict in the app (worker)"),
                 ("main_longest_task_worker_ms", "  longest main-thread task, worker"),
                 ("main_longest_task_page_ms", "  longest main-thread task, in the page")):
    if k in r:
        rows.append((label, r[k] + " ms", ""))
if "batch_ours_rate" in r:
    ours = f("batch_ours_rate")
    rows.append((f"Batch, {r['batch_ours_msgs']} messages", "", ""))
    ours_cpu = f("batch_ours_cpu_rate")
    rows.append(("  headerscope check --mbox", f"{r['batch_ours_rate']} msg/s, {r.get('batch_ours_cpu_rate', '?')} msg/CPU-s",
                 f"dkim pass {r['batch_ours_dkim_pass']}, dmarc pass {r['batch_ours_dmarc_pass']}"))
    for pre, label in (("batch_base", "headerscope baseline build (BASELINE_HS)"),
                       ("batch_python", "dkimpy+authheaders (as shipped, sample)"),
                       ("batch_python_psl", "dkimpy+authheaders (PSL built once)"),
                       ("batch_node", "npm mailauth")):
        if pre + "_rate" in r:
            cpu_ratio = (f"{ours_cpu / f(pre + '_cpu_rate'):.1f}x"
                         if ours_cpu and f(pre + "_cpu_rate") else "?")
            rows.append((f"  {label}", f"{r[pre + '_rate']} msg/s, {r.get(pre + '_cpu_rate', '?')} msg/CPU-s",
                         f"headerscope {ours / f(pre + '_rate'):.1f}x wall, {cpu_ratio} CPU; {r[pre + '_msgs']} msgs, dkim pass {r[pre + '_dkim_pass']}, dmarc pass {r[pre + '_dmarc_pass']}"))
    # Ratios per round (same load within a round): median and range.
    n_rounds = len(rounds("batch_ours_rate"))
    if n_rounds > 1:
        rows.append((f"  headerscope's lead over {n_rounds} rounds", "median (min-max) of each round's ratio", ""))
        for who, whose in (("batch_ours", ""), ("batch_base", "baseline build ")):
            for pre, label in (("batch_python_psl", "dkimpy+authheaders (PSL built once)"), ("batch_node", "npm mailauth")):
                for kind, key in (("wall", "_rate"), ("CPU", "_cpu_rate")):
                    mine, theirs = rounds(who + key), rounds(pre + key)
                    ratios = [a / b for a, b in zip(mine, theirs) if b]
                    if ratios:
                        rows.append((f"    {whose}over {label}, {kind}",
                                     f"{median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f})",
                                     "goal >= 3x" if pre == "batch_node" and not whose else ""))
for k, label in (("bundle_wasm_gz", "Bundle .wasm gzipped"), ("bundle_js_gz", "Bundle .js gzipped"),
                 ("bundle_total_gz", "Inspector bundle total gzipped (budget 1536 KiB)")):
    if k in r:
        b = k.replace("bundle_", "bundle_baseline_")
        rows.append((label, r[k], f"baseline build {r[b]}" if b in r else ""))
for k, base, label, goal in (("initial_gz_kib", "initial_gz_baseline_kib", "Initial download, gzipped wasm+JS+CSS (KiB)", 700),
                             ("tti_ms", "tti_baseline_ms", "Navigation to interactive, localhost (ms)", 400)):
    if k in r:
        before = f"baseline build {r[base]}, " if base in r else ""
        rows.append((label, r[k], f"{before}goal <= {goal}"))
for k, label in (("bundle_tools_gz", "Domain tools module .wasm + .js gzipped (fetched when its tab opens)"),
                 ("tools_gz_kib", "Domain tools module, fetched when its tab opens (KiB gz)"),
                 ("tools_ms", "Domain tools' tab opened to drawn (ms)")):
    if k in r:
        rows.append((label, r[k], ""))

w0 = max(len(a) for a, _, _ in rows) if rows else 0
w1 = max(len(b) for _, b, _ in rows) if rows else 0
for a, b, c in rows:
    print(f"{a:<{w0}}  {b:<{w1}}  {c}")
