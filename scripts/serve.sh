#!/usr/bin/env bash
# Development server: debug build with live reload, bodies included (Trunk's post-build hook), served at /.
# Its output lives in target/serve-dist/, never in the release dist/ that is published.
# Usage: scripts/serve.sh [port]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
exec trunk serve --dist target/serve-dist --public-url / --address 127.0.0.1 --port "${1:-8080}"
