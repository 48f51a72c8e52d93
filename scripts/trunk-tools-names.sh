#!/bin/sh
# Trunk post-build hook (Trunk.toml). The Domain tools' module is built as a
# second Rust asset of worker type, which Trunk leaves unhashed and names
# nowhere. This gives its two files content-hashed names, as the inspector's
# have (so the service worker's cache-first copies and any HTTP cache are
# never stale), and writes them on boot.js's script tag beside the
# inspector's, for the page to load the module when its tab opens and for the
# service worker to cache it.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk build}"
cd "$dir"

hashed() { # FILE STEM SUFFIX: renames FILE to STEM-<hash>SUFFIX, prints the name
    [ -f "$1" ] || { echo "trunk-tools-names: $1 was not built" >&2; exit 1; }
    h=$(sha256sum "$1" | cut -c1-16)
    mv "$1" "$2-$h$3"
    echo "$2-$h$3"
}

js=$(hashed headerscope-tools.js headerscope-tools .js)
wasm=$(hashed headerscope-tools_bg.wasm headerscope-tools _bg.wasm)
sed -i "s|data-hs-js=|data-hs-tools-js=\"./$js\" data-hs-tools-wasm=\"./$wasm\" data-hs-js=|" index.html
grep -q "data-hs-tools-js=" index.html || { echo "trunk-tools-names: boot.js's tag not found in index.html" >&2; exit 1; }
