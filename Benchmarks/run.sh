#!/usr/bin/env bash
# Release-build benchmark, in one run: generate a national-scale export (100,000 children),
# time each caseaudit step of issue 11's table (median of 3 runs, with peak memory), then the
# three-rule comparison: caseaudit scoring timeliness, views conveyed and code vs age with its
# item outcomes written, against DuckDB (from PyPI, in a throwaway virtual environment)
# computing the same rules from the same CSV files; prints the ratio and how many item
# outcomes disagree. Writes the figures to standard output and to OUT (default
# Benchmarks/results.md, replaced: the figures, then Benchmarks/notes.md).
set -euo pipefail
cd "$(dirname "$0")/.."
children=${CHILDREN:-100000}
runs=${RUNS:-3}
out=$(realpath -m "${OUT:-Benchmarks/results.md}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --product caseaudit >/dev/null
bin=.build/release/caseaudit
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet duckdb
duckdb_version=$("$work/venv/bin/python" -c 'import duckdb; print(duckdb.__version__)')
period=2021-04-01..2022-03-31
rules=(--rule reviews_within_timescale --rule child_views_conveyed
  --rule participation_code_matches_age)

measure() { # label, command...: the median wall time and peak memory of $runs runs
  python3 - "$runs" "$@" <<'PY'
import resource, statistics, subprocess, sys, time
runs, label, command = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
times, peaks = [], []
for _ in range(runs):
    start = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.monotonic() - start)
    # Peak of the largest child so far; runs of one command are alike, so the max is fair.
    peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
median = statistics.median(times)
print(f"| {label} | {median:.2f} s | {max(peaks):.0f} MiB | `{' '.join(command)}` |")
PY
}

seconds() { # the last table row's time
  tail -n 1 "$work/rows" | awk -F'|' '{ gsub(/[ s]/, "", $3); print $3 }'
}

{
  echo "# Benchmark results"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(swift --version 2>&1 | head -n 1)," \
    "DuckDB $duckdb_version. Each time is the median of $runs runs; the machine is shared," \
    "so wall times vary run to run."
  echo
  echo "| step | wall time | peak memory | command |"
  echo "|---|---:|---:|---|"
} >"$work/head"
# Commands are shown with the temporary folder written as DIR.
{
  runs=1 measure "generate $children children" "$bin" generate --children "$children" \
    --seed 7 --out "$work/export"
  # The export just written is flushed first: the kernel writing it back to disk during the
  # timed runs would slow them by a varying amount that has nothing to do with CaseAudit.
  sync
  measure "data check" "$bin" data check --rules Rules/iro --data "$work/export"
  measure "score all rules, Markdown" "$bin" score --rules Rules/iro --data "$work/export" \
    --period "$period" --format md
  measure "score all rules, JSON" "$bin" score --rules Rules/iro --data "$work/export" \
    --period "$period" --format json
  measure "score all rules, CSV" "$bin" score --rules Rules/iro --data "$work/export" \
    --period "$period" --format csv
  # The service report (issue 10) must take well under twice score's Markdown above.
  measure "service report, all four formats" "$bin" report --rules Rules/iro \
    --data "$work/export" --period "$period" --out "$work/report"
} | tee "$work/steps"
measure "caseaudit: import + 3 rules, item outcomes to CSV" "$bin" score --rules Rules/iro \
  --data "$work/export" --period "$period" "${rules[@]}" --format csv \
  --out "$work/caseaudit.csv" | tee "$work/rows"
caseaudit_seconds=$(seconds)
measure "DuckDB: the same 3 rules, item outcomes to CSV" "$work/venv/bin/python" \
  Benchmarks/duckdb_three_rules.py "$work/export" Rules/iro/calendars/england-and-wales.yaml \
  "$work/duckdb.csv" | tee -a "$work/rows"
duckdb_seconds=$(seconds)
agreement=$(python3 Benchmarks/compare_outcomes.py "$work/caseaudit.csv" "$work/duckdb.csv")
{
  cat "$work/head" "$work/steps" "$work/rows"
  echo
  echo "Export size: $(du -sh "$work/export" | cut -f1); rows: $(cat "$work"/export/*.csv | wc -l)."
  echo
  echo "caseaudit / DuckDB, three rules with item outcomes written: $(python3 -c \
    "print(f'{$caseaudit_seconds / $duckdb_seconds:.2f}')") ($caseaudit_seconds s against" \
    "$duckdb_seconds s)."
  echo
  echo "$agreement"
  echo
  cat Benchmarks/notes.md
} | sed "s|$work|DIR|g" >"$out"
cat "$out"
