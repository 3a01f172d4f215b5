#!/usr/bin/env bash
# Release build of dist/ (Trunk, offline) followed by the size report.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
trunk build --release
scripts/size-report.sh dist
