#!/usr/bin/env bash
# Runs every property-test target (tests/suite/fuzz.rs, and the quoters' in tests/suite/inputs.rs) with PROPTEST_CASES cases
# each (default 1,000,000; `make test` runs them with proptest's 256) and prints cases and time per target.
# A failure prints proptest's minimal failing input; its seed is kept in tests/suite/<module>.proptest-regressions (commit it).
# Usage: scripts/fuzz.sh [target ...]   (default: all)
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export PROPTEST_CASES="${PROPTEST_CASES:-1000000}"
out=test-output
mkdir -p "$out"

all=(
  fuzz::url_state fuzz::validators fuzz::diagnosis fuzz::rules_file fuzz::fluent_text fuzz::fluent_message
  fuzz::markdown_body
  inputs::bash_quoting_round_trips_through_a_posix_word_splitter
  inputs::powershell_quoting_round_trips_through_its_tokenizer
)
selected=()
for entry in "${all[@]}"; do
  if [ $# -eq 0 ] || printf '%s\n' "$@" | grep -qx "${entry#*::}"; then selected+=("$entry"); fi
done
[ ${#selected[@]} -gt 0 ] || { echo "fuzz: no such target: $*" >&2; exit 2; }

# Built once; the test binaries then run directly, so the times are the tests' own.
binaries=$(cargo test --profile fuzz --locked --no-run --message-format=json --test suite \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const l of s.split("\n")){if(!l)continue;
      const m=JSON.parse(l);if(m.reason==="compiler-artifact"&&m.executable&&m.target.kind.includes("test"))
      console.log(`${m.target.name} ${m.executable}`)}})') || exit 1
binary=$(awk '$1 == "suite" { print $2 }' <<<"$binaries")

failed=0
printf '%-62s %12s %10s  %s\n' target cases seconds result
for entry in "${selected[@]}"; do
  name=${entry#*::}
  started=$(date +%s.%N)
  if "$binary" --exact "$entry" --test-threads 1 >"$out/fuzz-$name.log" 2>&1; then
    result=ok
  else
    result="FAILED (see $out/fuzz-$name.log)"
    failed=$((failed + 1))
  fi
  seconds=$(awk -v from="$started" -v to="$(date +%s.%N)" 'BEGIN { printf "%.1f", to - from }')
  printf '%-62s %12s %10s  %s\n' "$entry" "$PROPTEST_CASES" "$seconds" "$result"
done
[ "$failed" -eq 0 ]
