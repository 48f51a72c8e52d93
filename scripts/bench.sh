#!/usr/bin/env bash
# headerscope's benchmarks (issue 7), one command:
#
#   scripts/bench.sh                      # all of them, 10,000-message batch
#   BENCH_MESSAGES=1000 scripts/bench.sh  # smaller batch corpus
#   BENCH_ONLY="critical cpu" scripts/bench.sh   # a subset: critical cpu i18n batch bundle wasm hostile
#   BENCH_PY_SHIPPED=100                  # messages for authheaders as shipped (slow)
#   BENCH_BATCH_RUNS=5                    # batch rounds (all three tools each round): median and spread
#
# Builds release binaries, installs the reference implementations (pinned:
# dkimpy 1.1.8 + authheaders 0.16.3 + pyspf 2.0.14 in bench/.venv, npm mailauth
# from bench/package.json) the first time, runs every benchmark and prints a
# table. Ratios are taken within the same run; absolute figures depend on the
# machine and its load.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${BENCH_MESSAGES:-10000}
DELAY=${BENCH_DELAY_MS:-50}
ONLY=${BENCH_ONLY:-critical cpu i18n batch bundle wasm hostile}
BATCH_RUNS=${BENCH_BATCH_RUNS:-1}
CACHE=$ROOT/bench/.cache
RESULTS=$CACHE/results.txt
mkdir -p "$CACHE"
: > "$RESULTS"
want() { [[ " $ONLY " == *" $1 "* ]]; }
# Shows a benchmark's output and keeps its RESULT lines for the summary.
collect() {
  local line
  while IFS= read -r line; do
    printf '%s\n' "$line" >&2
    if [[ $line == RESULT\ * ]]; then echo "${line#RESULT }" >> "$RESULTS"; fi
  done
}
say() { printf '\n### %s\n' "$*" >&2; }

say "building (release)"
cargo build --release --quiet --bin headerscope
(cd bench && cargo build --release --quiet)
HS=$ROOT/target/release/headerscope
HSB=$ROOT/bench/target/release/hs-bench

if want i18n; then
  say "(6) translation"
  "$HSB" i18n --runs 5 | collect
fi

if want hostile; then
  say "(7) hostile messages: growth with 1 to 50,000 signatures/results"
  "$HSB" hostile --runs 3 | collect
fi

if want batch; then
  if [[ ! -x bench/.venv/bin/python ]] || ! bench/.venv/bin/python -c 'import dkim, authheaders, spf' 2>/dev/null; then
    say "installing dkimpy, authheaders, pyspf into bench/.venv"
    python3 -m venv bench/.venv
    bench/.venv/bin/pip install --quiet dkimpy==1.1.8 authheaders==0.16.3 pyspf==2.0.14 authres==1.2.0 dnspython==2.9.2 publicsuffix2==2.20191221
  fi
  if [[ ! -d bench/node_modules/mailauth ]]; then
    say "installing npm mailauth into bench/node_modules"
    (cd bench && npm ci --no-audit --no-fund --silent)
  fi
fi

if want critical; then
  say "(1) DNS critical path"
  "$HSB" critical-path --delay-ms "$DELAY" --runs 3 | collect
fi

if want cpu; then
  say "(2) CPU"
  "$HSB" cpu --mb 20 --runs 3 --write-dir "$CACHE" | collect
fi

if want batch; then
  say "(4) batch: $N messages"
  CORPUS=$CACHE/batch-$N
  if [[ ! -s $CORPUS/bench.mbox ]]; then
    "$HSB" gen-batch --messages "$N" --out "$CORPUS" >&2
  fi
  # Rounds of all three tools one after another, so each round's ratios
  # share the machine's load; the summary gives the median and the spread.
  for round in $(seq "$BATCH_RUNS"); do
    say "(4) batch round $round of $BATCH_RUNS"
    # Wall and CPU time (user+sys of the process and its threads): on a shared
    # machine the CPU time per message is the steadier figure.
    # BASELINE_HS (default bench/.cache/baseline/headerscope, an earlier
    # build) is timed in the same round as "batch_base".
    for which in ours base; do
    bin=$HS
    if [[ $which == base ]]; then
      bin=${BASELINE_HS:-$CACHE/baseline/headerscope}
      [[ -x $bin ]] || continue
    fi
    python3 - "$bin" "$CORPUS" "$which" <<'PY' | collect
import json, os, resource, subprocess, sys, time
hs, corpus, which = sys.argv[1], sys.argv[2], sys.argv[3]
cmd = [hs, "check", "--mbox", f"{corpus}/bench.mbox", "--offline", "--zone", f"{corpus}/bench.zone", "--format", "json"]
r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
t0 = time.perf_counter()
subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
dt = time.perf_counter() - t0
r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
# A second, untimed run counts the verdicts: a benchmark is only meaningful if everything passes.
n = spf = dkim = dmarc = 0
out = subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout
for line in out.splitlines():
    rep = json.loads(line).get("report") or {}
    n += 1
    spf += rep.get("spf", {}).get("result") == "pass"
    dkim += any(d.get("result") == "pass" for d in rep.get("dkim", []))
    dmarc += rep.get("dmarc", {}).get("result") == "pass"
label = "headerscope check --mbox" if which == "ours" else f"baseline {hs}"
print(f"  {label}: {n} messages in {dt:.2f} s = {n/dt:.0f} msg/s, {cpu:.2f} CPU-s = {n/cpu:.0f} msg/CPU-s "
      f"({os.cpu_count()} threads; pass: spf {spf}, dkim {dkim}, dmarc {dmarc})")
print(f"RESULT batch_{which}_msgs={n}")
print(f"RESULT batch_{which}_s={dt:.2f}")
print(f"RESULT batch_{which}_rate={n/dt:.0f}")
print(f"RESULT batch_{which}_cpu_rate={n/cpu:.0f}")
print(f"RESULT batch_{which}_dkim_pass={dkim}")
print(f"RESULT batch_{which}_dmarc_pass={dmarc}")
PY
    done
    # The whole corpus with dkimpy+authheaders (the Public Suffix List built
    # once per process) and with npm mailauth, in the same round.
    bench/.venv/bin/python bench/ref/python_batch.py "$CORPUS" --cache-psl | collect
    node bench/ref/node_batch.js "$CORPUS" | collect
  done
  # authheaders as shipped rebuilds the Public Suffix List on every
  # organizational-domain lookup (~1 s of CPU a message): a sample of it, once.
  bench/.venv/bin/python bench/ref/python_batch.py "$CORPUS" --limit "${BENCH_PY_SHIPPED:-100}" | collect
fi

if want bundle; then
  say "(3) bundle"
  if [[ -d dist ]] && ls dist/*.wasm >/dev/null 2>&1; then
    bash bench/wasm/bundle-size.sh dist | collect
    if [[ -d $CACHE/dist-baseline ]]; then
      echo "  baseline ($CACHE/dist-baseline):" >&2
      bash bench/wasm/bundle-size.sh "$CACHE/dist-baseline" | sed 's/^RESULT bundle_/RESULT bundle_baseline_/' | collect
    fi
  else
    echo "  no dist/ (run 'trunk build --release' first): bundle size skipped" >&2
  fi
fi

if want wasm; then
  say "(2b, 3b) headless Chromium"
  if [[ -d dist ]] && ls dist/*.wasm >/dev/null 2>&1 && [[ -d node_modules/playwright-core ]]; then
    if [[ ! -s $CACHE/big.eml ]]; then "$HSB" cpu --mb 20 --runs 1 --write-dir "$CACHE" >/dev/null; fi
    # A message of a few hundred bytes, one RSA-2048 signature: its verify is
    # the signature check (WebCrypto's or the wasm rsa crate's).
    if [[ ! -s $CACHE/small/big.eml ]]; then "$HSB" cpu --mb 0 --runs 1 --write-dir "$CACHE/small" >/dev/null; fi
    # The baseline beside this build: BASELINE_DIST, or bench/.cache/dist-baseline
    # (a copy of an earlier dist/, e.g. main's before a change).
    BASELINE_DIST=${BASELINE_DIST:-$CACHE/dist-baseline} HEADERSCOPE_BIN=$HS \
      node bench/wasm/browser-bench.mjs "$CACHE" | collect
  else
    echo "  needs dist/ (trunk build --release) and the root node_modules (scripts/setup.sh): skipped" >&2
  fi
fi

say "summary (bench/.cache/results.txt)"
python3 bench/summary.py "$RESULTS"
