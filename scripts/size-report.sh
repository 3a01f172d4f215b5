#!/usr/bin/env bash
# Prints raw, gzip (-9) and brotli (quality 11) sizes of every file in a dist folder, the first-load total
# (what a browser fetches to show the first page: index.html, JS, wasm, CSS) and the single offline file.
set -euo pipefail
dir=${1:-dist}
offline=acr-net-guide-offline.html
brotli_size() { node -e 'const z=require("zlib"),fs=require("fs");const b=fs.readFileSync(process.argv[1]);
  console.log(z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length)' "$1"; }
total_raw=0
total_gz=0
total_br=0
printf '%-48s %10s %10s %10s\n' "file" "raw" "gzip" "brotli"
while IFS= read -r file; do
  name=${file#"$dir"/}
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  br=$(brotli_size "$file")
  case "$name" in
    index.html | *.js | *.wasm | *.css)
      [ "$name" = sw.js ] || {
        total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
      } ;;
  esac
  printf '%-48s %10d %10d %10d\n' "$name" "$raw" "$gz" "$br"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d %10d\n' "first-load total" "$total_raw" "$total_gz" "$total_br"
if [ -f "$dir/$offline" ]; then
  single=$(wc -c <"$dir/$offline")
  printf 'single offline file: %d bytes = %d%% of the first-load gzip total\n' "$single" $((single * 100 / total_gz))
fi
