#!/usr/bin/env bash
# Release build of dist/ (Trunk, offline), the post-build step (single offline file, service worker), sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
trunk build --release
node scripts/postbuild.mjs dist
node scripts/size-report.mjs dist
