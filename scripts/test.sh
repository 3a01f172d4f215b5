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
# Snapshots are reviewed by people, never rewritten by the test run.
unset UPDATE_SNAPSHOTS INSTA_UPDATE
total_passed=0
total_failed=0
checks_passed=0
checks_failed=0
summary=()

record() { # name passed failed [minimum]: a tier that ran fewer tests than its minimum counts one failure more
  local passed=$2 failed=$3 minimum=${4:-0}
  if [ $((passed + failed)) -lt "$minimum" ]; then
    printf '==> %s: only %d tests ran, expected at least %d\n' "$1" $((passed + failed)) "$minimum"
    failed=$((failed + 1))
  fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  summary+=("$(printf '  %-34s %4d passed, %d failed' "$1" "$passed" "$failed")")
  printf '==> %s: %d passed, %d failed\n\n' "$1" "$passed" "$failed"
}

# A check that passes or fails as a whole (formatting, a lint run, a build); counted apart from tests.
check() { # name command...
  local name=$1; shift
  printf '==> %s: %s\n' "$name" "$*"
  if "$@" >"$out/$name.log" 2>&1; then
    checks_passed=$((checks_passed + 1))
    summary+=("$(printf '  %-34s %s' "$name" ok)")
    printf '==> %s: ok\n\n' "$name"
  else
    tail -n 40 "$out/$name.log"
    checks_failed=$((checks_failed + 1))
    summary+=("$(printf '  %-34s %s' "$name" FAILED)")
    printf '==> %s: FAILED\n\n' "$name"
  fi
}

# A cargo test run: sums the "test result:" lines; a non-zero exit with no failed test counts as one failure.
cargo_tests() { # name minimum command...
  local name=$1 minimum=$2; shift 2
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
  record "$name" "$passed" "$failed" "$minimum"
}

# node --test: reads its "# pass N" / "# fail N" lines.
node_tests() { # name minimum command...
  local name=$1 minimum=$2; shift 2
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
  record "$name" "$passed" "$failed" "$minimum"
}

started=$(date +%s)
check fmt cargo fmt --all --check
check clippy-native cargo clippy --workspace --all-targets --locked -- -D warnings
check clippy-core-without-ui cargo clippy --lib --no-default-features --locked -- -D warnings
cargo_tests native-tests 325 cargo test --workspace --locked --no-fail-fast -- --show-output
# The web build's path: locale files and the rules file installed at run time (feature lazy-locales), natively.
cargo_tests lazy-locale-tests 10 cargo test --lib --features lazy-locales --locked --no-fail-fast -- locale_files diagnosis_rules
if ! $fast; then
  check clippy-wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --features lazy-locales --locked -- -D warnings
  # chromedriver leaves each run's browser profile (~40 MB) in TMPDIR; keep it inside test-output and drop it after.
  browser_tmp="$PWD/$out/browser-tmp"
  rm -rf "$browser_tmp" && mkdir -p "$browser_tmp"
  TMPDIR="$browser_tmp" cargo_tests browser-tests 3 cargo test --target wasm32-unknown-unknown --test browser --locked --no-fail-fast
  rm -rf "$browser_tmp"
  rm -rf dist
  check release-build scripts/build.sh
  if [ -f dist/index.html ]; then
    # The first-load budget: gzip of index.html, JS, wasm, CSS, the locale's strings and its largest body.
    check size-budget node scripts/size-report.mjs dist --budget 300000
    grep -E '^budget:' "$out/size-budget.log" || true
    # The files, expanded by the shell (Node 21+ reads a folder argument as a module); every test has a deadline.
    node_tests e2e-tests 92 node --test --test-timeout=240000 --test-reporter=tap tests/e2e/*.test.mjs
    # What the accessibility and keyboard tests covered: pages × locales × themes, focus stops.
    grep -hE '^# (axe|keyboard):' "$out/e2e-tests.log" || true
  else
    record e2e-tests 0 1
  fi
fi

echo "Summary ($(( $(date +%s) - started ))s, logs in $out/):"
printf '%s\n' "${summary[@]}"
echo "checks (formatting, lints, build, size budget): $checks_passed passed, $checks_failed failed"
grep -hE '^diagnosis (dev|held-out)' "$out/native-tests.log" || true
echo "$total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ] && [ "$checks_failed" -eq 0 ]
