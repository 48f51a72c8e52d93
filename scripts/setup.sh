#!/usr/bin/env bash
# Installs everything headerscope needs to build, serve and test, from the
# package registries only (crates.io, npm, Debian). Idempotent: each step
# checks the installed version first, so a second run takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

# The Rust toolchain rust-toolchain.toml pins (with its components and target).
RUST_TOOLCHAIN=$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)
TRUNK_VERSION=0.22.1
# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[version ="]/, ""); print; exit }' Cargo.lock)
WASM_OPT_VERSION=132 # npm's binaryen (package.json); Trunk.toml says version_132.

say() { printf '[setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=yes
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

command -v rustup >/dev/null || { echo "rustup not found: install Rust with rustup first" >&2; exit 1; }

# Before any cargo command: with RUSTUP_AUTO_INSTALL=0 a missing pinned
# toolchain (or its component or target) is never installed implicitly.
toolchain_ready() {
  local installed
  rustup run "$RUST_TOOLCHAIN" rustc --version >/dev/null 2>&1 || return 1
  installed=$(rustup component list --toolchain "$RUST_TOOLCHAIN" --installed 2>/dev/null) || return 1
  grep -q '^clippy' <<<"$installed" && grep -q '^rustfmt' <<<"$installed" &&
    grep -q '^rust-std-wasm32-unknown-unknown' <<<"$installed"
}
if ! toolchain_ready; then
  say "installing Rust $RUST_TOOLCHAIN with clippy, rustfmt and the wasm32 target"
  rustup toolchain install "$RUST_TOOLCHAIN" --profile minimal -c clippy -c rustfmt -t wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION from crates.io (takes several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io"
  # Not --locked: its published lockfile names a webpki-roots release the
  # registry does not offer.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

if ! command -v chromium >/dev/null; then
  say "installing Debian's chromium"
  apt_install chromium
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "installing Debian's nodejs and npm"
  apt_install nodejs npm
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci (playwright-core, binaryen's wasm-opt)"
  npm ci --no-audit --no-fund --loglevel=error
fi

found_opt=$(wasm-opt --version 2>/dev/null || true)
case "$found_opt" in
  "wasm-opt version $WASM_OPT_VERSION "*) ;;
  *) echo "wasm-opt $WASM_OPT_VERSION expected from node_modules/.bin, found: '${found_opt:-none}'" >&2; exit 1 ;;
esac

say "ready: $(rustc --version), $(trunk --version), $(wasm-bindgen --version), wasm-opt $WASM_OPT_VERSION, $(chromium --version 2>/dev/null | head -1), node $(node --version)"
