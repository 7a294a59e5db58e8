#!/usr/bin/env bash
# Every analyst sample must run from a fresh clone (README lists each with its command).
set -euo pipefail
for sample in samples/*.cs; do
  out=$(dotnet run "$sample" 2>&1) || { echo "$out"; echo "sample $sample failed" >&2; exit 1; }
  lines=$(printf '%s\n' "$out" | wc -l)
  [ "$lines" -ge 5 ] || { echo "$out"; echo "sample $sample printed almost nothing" >&2; exit 1; }
  echo "sample $sample: ok ($lines lines)"
done
dotnet run samples/water-settlement.cs | grep -q "balanced"
