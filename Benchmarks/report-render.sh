#!/usr/bin/env bash
# Release-build benchmark of report rendering (issue 11, item 3): the audit's HTML and Markdown
# reports of 1,000-, 4,000- and 16,000-case samples drawn from a 30,000-child export (children
# looked after in three years, so that 16,000 can be drawn), and the ratio of the 4,000- and
# 1,000-case times. Linear rendering gives a ratio under 4 (importing the export is a fixed
# cost); quadratic near 16. Prints a Markdown table; timings on a shared machine vary, so run it
# on a quiet one.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/release/caseaudit}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -n "${BIN:-}" ] || swift build -c release >/dev/null

"$bin" generate --children 30000 --seed 7 --out "$work/export" >/dev/null
for size in 1000 4000 16000; do
  sed -e "s|^rules: .*|rules: $PWD/Rules/iro|" -e "s|^data: .*|data: $work/export|" \
    -e "s|^  size: .*|  size: $size|" -e "s|^plan: .*|plan: bench-$size|" \
    -e "s|^period: .*|period: 2019-04-01..2022-03-31|" \
    Samples/iro-quarterly-dip-sample.yaml >"$work/plan-$size.yaml"
done

seconds() { # command... ; prints its wall time in seconds
  python3 - "$@" <<'PY'
import subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(f"{time.monotonic() - start:.2f}")
PY
}

echo "| report | 1,000 cases | 4,000 cases | ratio | 16,000 cases |"
echo "|---|---:|---:|---:|---:|"
for format in html md; do
  small=$(seconds "$bin" audit "$work/plan-1000.yaml" --no-history --format $format \
    --out "$work/out-1000-$format")
  large=$(seconds "$bin" audit "$work/plan-4000.yaml" --no-history --format $format \
    --out "$work/out-4000-$format")
  largest=$(seconds "$bin" audit "$work/plan-16000.yaml" --no-history --format $format \
    --out "$work/out-16000-$format")
  ratio=$(python3 -c "print(f'{$large / $small:.2f}')")
  echo "| audit --format $format | $small s | $large s | $ratio | $largest s |"
done
