#!/usr/bin/env bash
# `make bench`: release build and sizes, native microbenchmarks, then the browser measurements and the report
# (scripts/bench.mjs prints it and writes docs/PERFORMANCE.md). Not part of `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
mkdir -p target/bench
scripts/build.sh
node scripts/size-report.mjs dist --json target/bench/sizes.json >/dev/null
: >target/bench/native.txt
for bench in snippets diagnose url_state probe; do
  echo "bench: cargo bench --bench $bench"
  cargo bench --locked --bench "$bench" 2>/dev/null | tee -a target/bench/native.txt
done
node scripts/bench.mjs
