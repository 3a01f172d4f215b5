#!/usr/bin/env bash
# Runs every test tier, carrying on after a failure, and ends with one line: "N passed, M failed".
# Usage: scripts/test.sh [--fast]   (--fast: formatting, lints and native tests only)
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

fast=false
[ "${1:-}" = "--fast" ] && fast=true
out=test-output
mkdir -p "$out"
total_passed=0
total_failed=0
summary=()

record() { # name passed failed
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
  summary+=("$(printf '  %-34s %4d passed, %d failed' "$1" "$2" "$3")")
  printf '==> %s: %d passed, %d failed\n\n' "$1" "$2" "$3"
}

# A check that passes or fails as a whole (formatting, a lint run, a build).
check() { # name command...
  local name=$1; shift
  printf '==> %s: %s\n' "$name" "$*"
  if "$@" >"$out/$name.log" 2>&1; then
    record "$name" 1 0
  else
    tail -n 40 "$out/$name.log"
    record "$name" 0 1
  fi
}

# A cargo test run: sums the "test result:" lines; a non-zero exit with no failed test counts as one failure.
cargo_tests() { # name command...
  local name=$1; shift
  printf '==> %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$out/$name.log" | { grep -E '^test result:|^failures:|panicked|^error|^diagnosis (corpus|dev|held-out)' || true; }
  local status=${PIPESTATUS[0]}
  local passed failed
  passed=$(grep -E '^test result:' "$out/$name.log" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
  failed=$(grep -E '^test result:' "$out/$name.log" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
  passed=${passed:-0}; failed=${failed:-0}
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    tail -n 40 "$out/$name.log"
    failed=1
  fi
  record "$name" "$passed" "$failed"
}

# node --test: reads its "# pass N" / "# fail N" lines.
node_tests() { # name command...
  local name=$1; shift
  printf '==> %s: %s\n' "$name" "$*"
  "$@" >"$out/$name.log" 2>&1
  local status=$?
  grep -E '^not ok|^# (pass|fail)' "$out/$name.log" || true
  local passed failed
  passed=$(grep -E '^# pass ' "$out/$name.log" | awk '{print $3}')
  failed=$(grep -E '^# fail ' "$out/$name.log" | awk '{print $3}')
  passed=${passed:-0}; failed=${failed:-0}
  if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    tail -n 40 "$out/$name.log"
    failed=1
  fi
  record "$name" "$passed" "$failed"
}

started=$(date +%s)
check fmt cargo fmt --all --check
check clippy-native cargo clippy --workspace --all-targets --locked -- -D warnings
check clippy-core-without-ui cargo clippy --lib --no-default-features --locked -- -D warnings
cargo_tests native-tests cargo test --workspace --locked --no-fail-fast -- --show-output
if ! $fast; then
  check clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --features lazy-locales --locked -- -D warnings
  cargo_tests browser-tests cargo test --target wasm32-unknown-unknown --test browser --locked --no-fail-fast
  check release-build scripts/build.sh
  # The first-load budget (#8): gzip of index.html, JS, wasm, CSS and the active locale's bodies, per locale.
  check size-budget node scripts/size-report.mjs dist --budget 300000
  grep -E '^budget:' "$out/size-budget.log" || true
  node_tests e2e-tests node --test --test-reporter=tap tests/e2e/
fi

echo "Summary ($(( $(date +%s) - started ))s, logs in $out/):"
printf '%s\n' "${summary[@]}"
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]
