#!/usr/bin/env bash
# Raw and gzipped size of the release bundle's .wasm and .js (Trunk's dist/):
# the page's module, which every first visit downloads before the page is
# usable (against the budget), the inspection engine's, which the worker
# fetches once the page is idle, and the Domain tools' module, fetched only
# when their tab opens.
set -euo pipefail
dist=${1:-dist}
size() { stat -c %s "$1"; }
gz() { gzip -9 -c "$1" | wc -c; }
kib() { echo "$(( ($1 + 512) / 1024 )) KiB"; }
# module STEM: sets wasm_raw wasm_gz js_raw js_gz for dist/STEM-*.{wasm,js}
module() {
    wasm_raw=0; wasm_gz=0; js_raw=0; js_gz=0
    for f in "$dist/$1"-*.wasm; do [[ -e $f ]] || continue; wasm_raw=$((wasm_raw + $(size "$f"))); wasm_gz=$((wasm_gz + $(gz "$f"))); done
    for f in "$dist/$1"-*.js; do [[ -e $f ]] || continue; js_raw=$((js_raw + $(size "$f"))); js_gz=$((js_gz + $(gz "$f"))); done
}
module headerscope-web
total=$((wasm_gz + js_gz))
echo "  inspector: .wasm $(kib $wasm_raw) raw, $(kib $wasm_gz) gzipped; .js $(kib $js_raw) raw, $(kib $js_gz) gzipped; together $(kib $total) gzipped (budget 1536 KiB: $([[ $total -le 1572864 ]] && echo within || echo OVER))"
echo "RESULT bundle_wasm_raw=$(kib $wasm_raw)"
echo "RESULT bundle_wasm_gz=$(kib $wasm_gz)"
echo "RESULT bundle_js_gz=$(kib $js_gz)"
echo "RESULT bundle_total_gz=$(kib $total)"
module headerscope-engine
if (( wasm_raw > 0 )); then
    echo "  inspection engine (fetched by the worker once the page is idle): .wasm $(kib $wasm_raw) raw, $(kib $wasm_gz) gzipped; .js $(kib $js_gz) gzipped"
    echo "RESULT bundle_engine_gz=$(kib $((wasm_gz + js_gz)))"
fi
module headerscope-tools
if (( wasm_raw > 0 )); then
    echo "  Domain tools (fetched when their tab opens): .wasm $(kib $wasm_raw) raw, $(kib $wasm_gz) gzipped; .js $(kib $js_gz) gzipped"
    echo "RESULT bundle_tools_gz=$(kib $((wasm_gz + js_gz)))"
fi
# German and Ukrainian (src/i18n/pack.rs): fetched when the page shows them,
# in parallel with the page's module for a browser that prefers them.
for f in "$dist"/i18n/*.json; do
    [[ -e $f ]] || continue
    echo "  language pack $(basename "$f") (fetched when its language is shown): $(kib "$(size "$f")") raw, $(kib "$(gz "$f")") gzipped"
done
