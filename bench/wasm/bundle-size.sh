#!/usr/bin/env bash
# Raw and gzipped size of the release bundle's .wasm and .js (Trunk's dist/).
set -euo pipefail
dist=${1:-dist}
size() { stat -c %s "$1"; }
gz() { gzip -9 -c "$1" | wc -c; }
wasm_raw=0; wasm_gz=0; js_raw=0; js_gz=0
for f in "$dist"/*.wasm; do wasm_raw=$((wasm_raw + $(size "$f"))); wasm_gz=$((wasm_gz + $(gz "$f"))); done
for f in "$dist"/*.js; do [[ -e $f ]] || continue; js_raw=$((js_raw + $(size "$f"))); js_gz=$((js_gz + $(gz "$f"))); done
kib() { echo "$(( ($1 + 512) / 1024 )) KiB"; }
total=$((wasm_gz + js_gz))
echo "  .wasm $(kib $wasm_raw) raw, $(kib $wasm_gz) gzipped; .js $(kib $js_raw) raw, $(kib $js_gz) gzipped; together $(kib $total) gzipped (budget 1536 KiB: $([[ $total -le 1572864 ]] && echo within || echo OVER))"
echo "RESULT bundle_wasm_raw=$(kib $wasm_raw)"
echo "RESULT bundle_wasm_gz=$(kib $wasm_gz)"
echo "RESULT bundle_js_gz=$(kib $js_gz)"
echo "RESULT bundle_total_gz=$(kib $total)"
