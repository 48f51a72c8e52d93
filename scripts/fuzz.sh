#!/usr/bin/env bash
# Fuzzes headerscope's input paths with cargo-fuzz (libFuzzer) on nightly.
#
#   scripts/fuzz.sh                 every target, FUZZ_SECONDS (default 60) each
#   scripts/fuzz.sh zone inspect    only these targets
#   FUZZ_SECONDS=600 scripts/fuzz.sh
#   MUTATIONS=5000 scripts/fuzz.sh     hostile variants of the fixtures (default 3000)
#   FUZZ_SECONDS=0 scripts/fuzz.sh     only the mutation corpus and its memory check
#
# First the mutation corpus of tests/hostile_limits.rs (every class of
# tests/hostile_support/mutations.rs over tests/data/messages, thousands of
# variants, each within the output bounds), written to fuzz/mutated/ and run
# as one batch by the release CLI under /usr/bin/time -v: its peak memory is
# printed and must stay under MAX_RSS_MB (300). Then cargo-fuzz.
#
# Corpora are seeded at run time from tests/data into fuzz/corpus/<target>/
# (not committed). On a crash the script stops with exit 1 and prints the
# artifact path under fuzz/artifacts/<target>/; reproduce it with
#   cargo +nightly-2026-10-30 fuzz run <target> <artifact>   (FUZZ_TOOLCHAIN)
# and check the input in under tests/data/hostile/ with a regression test.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CARGO_FUZZ_VERSION="0.13.2"
SECONDS_PER_TARGET="${FUZZ_SECONDS:-60}"
ALL_TARGETS=(message_intake received zone inspect spf_zone dkim_tags auth_results)
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=("${ALL_TARGETS[@]}")

# Writes each header named by the regex NAMES (lowercase alternatives) of every
# fixture message as one seed file, continuation lines joined with JOIN.
header_seeds() {
    local names="$1" dir="$2" join="$3" n=0
    while IFS= read -r -d '' f; do
        awk -v names="^(${names}):" -v join="$join" '/^$|^\r$/{exit}
             /^[^ \t]/{if(h!="")print h; h=""} tolower($0) ~ names {h=$0; next}
             /^[ \t]/{if(h!="")h=h join $0}
             END{if(h!="")print h}' "$f" |
            while IFS= read -r line; do
                n=$((n + 1))
                printf '%s' "${line#*:}" > "$dir/$(basename "$f").$n.$RANDOM"
            done
    done < <(find tests/data -type f -name '*.eml' -size -256k -print0)
}

# Seeds: whole fixture messages for the message targets, zone files for the
# zone targets, header values cut out of the messages for the header parsers.
seed() {
    local target="$1" dir="fuzz/corpus/$1"
    mkdir -p "$dir"
    case "$target" in
        message_intake|inspect)
            find tests/data -type f -name '*.eml' -size -256k -exec cp -t "$dir" {} +
            ;;
        zone|spf_zone)
            find tests/data -type f -name '*.zone' -size -256k -exec cp -t "$dir" {} +
            ;;
        received)
            header_seeds received "$dir" ' '
            ;;
        auth_results)
            header_seeds 'authentication-results|arc-authentication-results|received-spf' "$dir" ' '
            ;;
        dkim_tags)
            header_seeds dkim-signature "$dir" '\r\n'
            printf '%s' ' v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=sel; t=1800000000; h=from:subject; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=dGVzdA==' > "$dir/builtin-rsa"
            printf '%s' 'v=DKIM1; k=ed25519; h=sha256; t=s:y; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=' > "$dir/builtin-key"
            ;;
    esac
    # libFuzzer needs at least one input; an empty corpus starts from nothing.
    [ -n "$(ls -A "$dir")" ] || printf 'x' > "$dir/empty-seed"
}

# The mutation corpus: bounded output per variant (asserted by the test),
# bounded memory for the whole batch (checked here).
MUTATIONS="${MUTATIONS:-3000}"
MAX_RSS_MB="${MAX_RSS_MB:-300}"
rm -rf fuzz/mutated
echo "== mutation corpus: $MUTATIONS variants"
HS_MUTATIONS="$MUTATIONS" HS_MUTATIONS_OUT="$ROOT/fuzz/mutated" \
    cargo test --quiet --test hostile_limits a_sample_of_hostile_variants_stays_bounded
cargo build --release --quiet --bin headerscope
rss_log=fuzz/mutated.time
/usr/bin/time -v target/release/headerscope check --offline --format json fuzz/mutated/*.eml \
    >/dev/null 2>"$rss_log" || true
rss_kb=$(awk -F': ' '/Maximum resident set size/{print $2}' "$rss_log")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$rss_log")
echo "   batch of $(ls fuzz/mutated | wc -l) variants: peak ${rss_kb:-?} KB, wall ${wall:-?}"
if [ -z "$rss_kb" ] || [ "$rss_kb" -gt $((MAX_RSS_MB * 1024)) ]; then
    echo "!! the batch run needed more than ${MAX_RSS_MB} MB (or did not run); see $rss_log" >&2
    exit 1
fi
[ "$SECONDS_PER_TARGET" = "0" ] && exit 0

# cargo-fuzz needs nightly (-Z sanitizer flags). A dated one, so a run is
# reproducible; it must be as new as the stable toolchain the crates need
# (mail-parser 1.0 asks for rustc 1.98). RUSTUP_AUTO_INSTALL=0 here: install it.
FUZZ_TOOLCHAIN="${FUZZ_TOOLCHAIN:-nightly-2026-10-30}"
if ! rustup toolchain list | grep -q "^$FUZZ_TOOLCHAIN"; then
    rustup toolchain install "$FUZZ_TOOLCHAIN" --profile minimal
fi
if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
    # Built from crates.io source, pinned, with its own lockfile.
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

cargo "+$FUZZ_TOOLCHAIN" fuzz build

status=0
for t in "${TARGETS[@]}"; do
    seed "$t"
    log="fuzz/artifacts/$t.log"
    mkdir -p "fuzz/artifacts/$t"
    echo "== $t: ${SECONDS_PER_TARGET}s"
    # -rss_limit_mb: a 1 MB message may legitimately use memory; a leak or blow-up may not.
    if cargo "+$FUZZ_TOOLCHAIN" fuzz run "$t" "fuzz/corpus/$t" -- \
        -max_total_time="$SECONDS_PER_TARGET" -max_len=262144 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 >"$log" 2>&1; then
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added)' "$log" |
            sed "s/^/   $t /" || true
    else
        status=1
        echo "!! $t found a crash or hang; log: $log" >&2
        grep -E 'Test unit written to|SUMMARY|panicked at' "$log" >&2 || tail -20 "$log" >&2
    fi
done
exit $status
