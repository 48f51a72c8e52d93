#!/usr/bin/env bash
# Installs what is missing, builds the app (release) and serves it on
# http://127.0.0.1:8080 (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
echo "[run] building and serving on http://127.0.0.1:8080"
# No auto-reload: its injected inline script is what the page's CSP forbids.
exec trunk serve --release --address 127.0.0.1 --port 8080 --no-autoreload
