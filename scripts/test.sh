#!/usr/bin/env bash
# Installs what is missing, then runs every check and test: formatting, lints
# (native and wasm32), the Rust tests, the release build of the app, and the
# browser end-to-end test against it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

# One full run, not an edit loop: the incremental caches of ~55 test crates
# would only take disk (gigabytes of it) for a rebuild that never comes.
export CARGO_INCREMENTAL=0

step() { printf '\n[test] %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32: the page, its tools and its engine modules)"
cargo clippy --target wasm32-unknown-unknown --lib --bin headerscope-web --bin headerscope-tools --bin headerscope-engine -- -D warnings
# As Trunk builds them (index.html): German and Ukrainian as language packs.
cargo clippy --target wasm32-unknown-unknown --features lang-packs --lib --bin headerscope-web --bin headerscope-tools --bin headerscope-engine -- -D warnings

step "cargo test"
cargo test

step "cargo test --features lang-packs (the catalogs as the browser builds them)"
cargo test --features lang-packs --test lang_pack_fallback

step "cargo build --bin headerscope (the DoH server the browser test starts)"
cargo build --bin headerscope

step "trunk build --release"
trunk build --release

step "browser end-to-end test"
# A test that hangs fails after 10 minutes instead of holding CI to its limit.
node --test --test-timeout=600000 tests/e2e/
