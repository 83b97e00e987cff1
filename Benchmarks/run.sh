#!/usr/bin/env bash
# Release-build benchmark: generate a national-scale export (100,000 children), check it and
# score every case; records wall time and peak memory of each step in Benchmarks/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
children=${CHILDREN:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release >/dev/null
bin=.build/release/caseaudit

measure() { # label, command...
  local label=$1
  shift
  python3 - "$label" "$@" <<'PY'
import resource, subprocess, sys, time
label, command = sys.argv[1], sys.argv[2:]
start = time.monotonic()
subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
elapsed = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"| {label} | {elapsed:.2f} s | {peak:.0f} MiB | `{' '.join(command)}` |")
PY
}

{
  echo "# Benchmark results"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(swift --version 2>&1 | head -n 1)"
  echo
  echo "| step | wall time | peak memory | command |"
  echo "|---|---:|---:|---|"
  # Commands are shown with the temporary folder written as DIR.
  measure "generate $children children" "$bin" generate --children "$children" --seed 7 --out "$work/export"
  measure "data check" "$bin" data check --rules Rules/iro --data "$work/export"
  measure "score every case" "$bin" score --rules Rules/iro --data "$work/export" \
    --period 2021-04-01..2022-03-31
  measure "score every case, redacted" "$bin" score --rules Rules/iro --data "$work/export" \
    --period 2021-04-01..2022-03-31 --redact --redact-key "$work/redaction.key"
  echo
  echo "Export size: $(du -sh "$work/export" | cut -f1); rows: $(cat "$work"/export/*.csv | wc -l)."
} | sed "s|$work|DIR|g" | tee Benchmarks/results.md
