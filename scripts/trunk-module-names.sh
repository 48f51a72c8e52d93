#!/bin/sh
# Trunk post-build hook (Trunk.toml). The Domain tools and the inspection
# engine are built as Rust assets of worker type, which Trunk leaves
# unhashed and names nowhere; the language packs are copied as they are.
# This gives their files content-hashed names, as the page's module has (so
# the service worker's cache-first copies and any HTTP cache are never
# stale), and writes them on boot.js's script tag beside the page's, for the
# page to load them (the tools when their tab opens, the engine into its
# worker or the page, a pack when its language is shown) and for the
# service worker to cache them.
set -eu
dir="${TRUNK_STAGING_DIR:?run by trunk build}"
cd "$dir"

hashed() { # FILE STEM SUFFIX: renames FILE to STEM-<hash>SUFFIX, prints the name
    [ -f "$1" ] || { echo "trunk-module-names: $1 was not built" >&2; exit 1; }
    h=$(sha256sum "$1" | cut -c1-16)
    mv "$1" "$2-$h$3"
    echo "$2-$h$3"
}

on_boot_tag() { # ATTRIBUTE FILE: writes ATTRIBUTE="./FILE" on boot.js's tag
    sed -i "s|data-hs-js=|$1=\"./$2\" data-hs-js=|" index.html
    grep -q "$1=" index.html || { echo "trunk-module-names: boot.js's tag not found in index.html" >&2; exit 1; }
}

# (hashed's name is taken by an assignment each time: a failed command
# substitution stops `set -e` there, not inside another command's arguments.)
name_on_boot_tag() { # MODULE ATTRIBUTE-PREFIX
    js=$(hashed "$1.js" "$1" .js)
    wasm=$(hashed "$1_bg.wasm" "$1" _bg.wasm)
    on_boot_tag "$2-js" "$js"
    on_boot_tag "$2-wasm" "$wasm"
}

name_on_boot_tag headerscope-tools data-hs-tools
name_on_boot_tag headerscope-engine data-hs-engine

# The language packs (www/i18n, copied by index.html): German and Ukrainian,
# fetched by the page when shown and cached by the service worker.
for lang in de uk; do
    json=$(hashed "i18n/$lang.json" "i18n/$lang" .json)
    on_boot_tag "data-hs-$lang-json" "$json"
done
