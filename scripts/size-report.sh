#!/usr/bin/env bash
# Prints raw and gzip (-9) sizes of every file in a dist folder and the first-load total.
set -euo pipefail
dir=${1:-dist}
total_raw=0
total_gz=0
printf '%-48s %10s %10s\n' "file" "raw" "gzip"
while IFS= read -r file; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "${file#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f | sort)
printf '%-48s %10d %10d\n' "total" "$total_raw" "$total_gz"
