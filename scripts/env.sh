# Sourced by run.sh and test.sh: the tools setup.sh installed, first on PATH.
# shellcheck shell=bash
export PATH="$HOME/.cargo/bin:$(pwd)/node_modules/.bin:$PATH"
# Trunk asks crates.io for a newer Trunk at start; nothing to gain from it here.
export TRUNK_SKIP_VERSION_CHECK=true
