# The README's commands. Each one installs what is missing first (scripts/setup.sh is idempotent).
.PHONY: setup build serve test test-fast bench fuzz clean

setup:
	scripts/setup.sh

build: setup
	scripts/build.sh

# Development server on http://127.0.0.1:8080 (debug build, live reload; output in target/serve-dist/).
serve: setup
	scripts/serve.sh 8080

test: setup
	scripts/test.sh

# Sizes, page-load and interaction timings in Chromium, native microbenchmarks -> docs/PERFORMANCE.md.
bench: setup
	scripts/bench.sh

# Inner loop: formatting, lints and native tests only.
test-fast:
	scripts/test.sh --fast

# Every property test with a million cases (PROPTEST_CASES to change it); cases and time per target.
fuzz: setup
	scripts/fuzz.sh

clean:
	cargo clean
	rm -rf dist test-output
