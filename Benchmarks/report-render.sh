#!/usr/bin/env bash
# Release-build benchmark of report rendering (issue 11, item 3): the audit's HTML and Markdown
# reports of a 1,000- and a 4,000-case sample drawn from a 20,000-child export, and the ratio of
# their times. Linear rendering gives a ratio near 4 (sampling and scoring included); quadratic
# near 16. Prints a Markdown table; timings on a shared machine vary, so run it on a quiet one.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-.build/release/caseaudit}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -n "${BIN:-}" ] || swift build -c release >/dev/null

"$bin" generate --children 20000 --seed 7 --out "$work/export" >/dev/null
for size in 1000 4000; do
  sed -e "s|^rules: .*|rules: $PWD/Rules/iro|" -e "s|^data: .*|data: $work/export|" \
    -e "s|^  size: .*|  size: $size|" -e "s|^plan: .*|plan: bench-$size|" \
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

echo "| report | 1,000 cases | 4,000 cases | ratio |"
echo "|---|---:|---:|---:|"
for format in html md; do
  small=$(seconds "$bin" audit "$work/plan-1000.yaml" --no-history --format $format \
    --out "$work/out-1000-$format")
  large=$(seconds "$bin" audit "$work/plan-4000.yaml" --no-history --format $format \
    --out "$work/out-4000-$format")
  ratio=$(python3 -c "print(f'{$large / $small:.2f}')")
  echo "| audit --format $format | $small s | $large s | $ratio |"
done
