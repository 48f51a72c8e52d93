#!/usr/bin/env bash
# Writes what the CLI prints for every fixture message, in every `check`
# format (and the text format in every language), into one directory, so a
# refactor of the core can be proven output-neutral:
#
#   scripts/english-snapshot.sh /tmp/before      # on the starting commit
#   scripts/english-snapshot.sh /tmp/after       # after the change
#   diff -r /tmp/before /tmp/after               # must print nothing
#
# DNS timings are the only thing that differs between runs; they are masked.
# Offline, zone-backed DNS and a fixed clock make everything else repeatable.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/english-snapshot.sh OUT_DIR}
mkdir -p "$out"
cargo build --quiet --bin headerscope
bin=target/debug/headerscope

mask() {
  sed -E -e 's/"([a-z_]*_ms)": ?[0-9.eE+-]+/"\1": MASKED/g' \
    -e 's/ +[0-9]+\.[0-9]+ ms/ MASKED ms/g'
}

snapshot() { # name message zone now
  local name=$1 msg=$2 zone=$3 now=$4 format lang
  for format in text json markdown authres; do
    "$bin" check "$msg" --offline --zone "$zone" --now "$now" --format "$format" \
      2>&1 | mask >"$out/$name.$format" || true
  done
  for lang in de uk; do
    "$bin" check "$msg" --offline --zone "$zone" --now "$now" --lang "$lang" \
      2>&1 | mask >"$out/$name.text.$lang" || true
    "$bin" check "$msg" --offline --zone "$zone" --now "$now" --format markdown \
      --lang "$lang" 2>&1 | mask >"$out/$name.markdown.$lang" || true
  done
}

# The clocks are the ones tests/cli.rs and tests/helpdesk_messages.rs use.
snapshot basic tests/data/basic.eml tests/data/basic.zone 1795428000
for msg in tests/data/messages/*.eml; do
  snapshot "messages-$(basename "$msg" .eml)" "$msg" tests/data/messages/zone.txt 1794000000
done
echo "[snapshot] $(ls "$out" | wc -l) outputs in $out"
