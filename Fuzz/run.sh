#!/usr/bin/env bash
# Builds the fuzz package with libFuzzer and AddressSanitizer, then fuzzes one target (or each in
# turn) for a bounded time. Usage: Fuzz/run.sh TARGET SECONDS [libFuzzer option...]
#   TARGET: csv, ssda903, pack, plan, expression, or all (each for SECONDS).
# Exit status: 0 when no target found anything; 1 when one crashed, hung, ran out of memory or
# leaked (the input is saved under Fuzz/.build/fuzz/artifacts/TARGET/); 64 on a usage error.
# New inputs go to Fuzz/.build/fuzz/corpus/TARGET/, the committed seeds stay in Fuzz/corpus/.
# FUZZ_CONFIGURATION=release builds with optimisation (slower to build, several times faster to
# fuzz; the sanitizers stay); the default is debug.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

usage() {
  echo "usage: Fuzz/run.sh csv|ssda903|pack|plan|expression|all SECONDS [libFuzzer option...]" >&2
  exit 64
}
[ $# -ge 2 ] || usage
target=$1
seconds=$2
shift 2
[[ $seconds =~ ^[1-9][0-9]{0,5}$ ]] || usage

# SwiftPM names a package after its folder: a checkout folder named 'fuzz' collides with this
# package's own folder.
root_name=$(basename "$(dirname "$here")")
if [ "${root_name,,}" = fuzz ]; then
  echo "run.sh: the checkout's folder is named '$root_name', which SwiftPM confuses with" \
    "Fuzz/; use a checkout folder with another name" >&2
  exit 64
fi

# The product and libFuzzer's -max_len of each target. Packs need 16 KiB for the shipped rule
# files they start from; expressions get as much, so nesting past the parser's depth limit (256)
# is fuzzed too.
declare -A products=(
  [csv]=FuzzCSV [ssda903]=FuzzSSDA903 [pack]=FuzzPack [plan]=FuzzPlan
  [expression]=FuzzExpression)
declare -A max_len=([csv]=8192 [ssda903]=8192 [pack]=16384 [plan]=4096 [expression]=16384)
if [ "$target" = all ]; then
  targets=(csv ssda903 pack plan expression)
elif [ -n "${products[$target]:-}" ]; then
  targets=("$target")
else
  usage
fi

configuration=${FUZZ_CONFIGURATION:-debug}
case $configuration in
  debug | release) ;;
  *)
    echo "run.sh: FUZZ_CONFIGURATION is '$configuration'; expected debug or release" >&2
    exit 64
    ;;
esac
build_flags=(-c "$configuration" -Xswiftc -sanitize=fuzzer,address)
# gold warns once per AddressSanitizer helper symbol on every link; those lines say nothing.
swift build --package-path "$here" "${build_flags[@]}" 2>&1 |
  { grep -v "warning: Cannot export local symbol '__asan" || true; }
bin=$(swift build --package-path "$here" "${build_flags[@]}" --show-bin-path)

work="$here/.build/fuzz"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for name in "${targets[@]}"; do
  mkdir -p "$work/corpus/$name" "$work/artifacts/$name"
  echo "== fuzzing $name for $seconds s ($configuration build)"
  # The importers write a return's files under TMPDIR; each run gets its own, removed after.
  if ! TMPDIR="$scratch" ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" SWIFT_BACKTRACE=enable=no \
    "$bin/${products[$name]}" "$work/corpus/$name" "$here/corpus/$name" \
    -max_total_time="$seconds" -max_len="${max_len[$name]}" -timeout=10 -rss_limit_mb=2048 \
    -detect_leaks=0 \
    -artifact_prefix="$work/artifacts/$name/" -print_final_stats=1 "$@"; then
    echo "== $name: FOUND A PROBLEM; the input is in $work/artifacts/$name/" >&2
    status=1
  fi
done
exit $status
