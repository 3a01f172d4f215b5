#!/usr/bin/env bash
# Prints raw and gzip (-9) sizes of every file in a dist folder, the first-load total (what a browser fetches
# to show the first page: index.html, JS, wasm, CSS) and the single offline file next to it.
set -euo pipefail
dir=${1:-dist}
offline=acr-net-guide-offline.html
total_raw=0
total_gz=0
printf '%-48s %10s %10s\n' "file" "raw" "gzip"
while IFS= read -r file; do
  name=${file#"$dir"/}
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  case "$name" in
    index.html | *.js | *.wasm | *.css)
      [ "$name" = sw.js ] || { total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); } ;;
  esac
  printf '%-48s %10d %10d\n' "$name" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d\n' "first-load total" "$total_raw" "$total_gz"
if [ -f "$dir/$offline" ]; then
  single=$(wc -c <"$dir/$offline")
  printf 'single offline file: %d bytes = %d%% of the first-load gzip total\n' "$single" $((single * 100 / total_gz))
fi
