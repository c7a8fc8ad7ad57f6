#!/usr/bin/env bash
# Several target triples in one run (docs/portability.md): `bindgen H -o DIR/ --target A --target B --target C` against
# one run for one target and against `clang -target T -fsyntax-only` for each target (the parse floor of the three), in
# the same run, interleaved, median wall time of N.
#
#   bench/targets.sh                  sqlite3.h (installed) for linux-x64, osx-arm64 and win-x64
#   N=9 bench/targets.sh HEADER...    other headers (they must parse for every target without a sysroot)
set -euo pipefail
source "$(dirname "$0")/common.sh"

N=${N:-5}
if [ -x "$AOT_BINDGEN" ]; then BINDGEN=$AOT_BINDGEN; KIND=aot; else ensure_jit; BINDGEN=$JIT_BINDGEN; KIND=jit; fi
CLANG=$(find_clang)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TARGETS=(x86_64-unknown-linux-gnu aarch64-apple-darwin x86_64-pc-windows-msvc)
headers=("$@")
[ ${#headers[@]} -gt 0 ] || headers=(/usr/include/sqlite3.h)

echo "$(machine_line)"
echo "bindgen: $KIND; targets: ${TARGETS[*]}; $N runs each, interleaved, median wall time"
echo
echo "| header | clang -fsyntax-only × ${#TARGETS[@]} (ms) | bindgen, 1 target (ms) | bindgen, ${#TARGETS[@]} targets (ms) | ${#TARGETS[@]} targets / 1 target | ${#TARGETS[@]} targets / floor |"
echo "|---|---:|---:|---:|---:|---:|"
for h in "${headers[@]}"; do
    args=()
    for t in "${TARGETS[@]}"; do args+=(--target "$t"); done
    "$BINDGEN" "$h" -o "$WORK/warm/" "${args[@]}" >/dev/null 2>&1 || { echo "bench: $h does not generate for every target" >&2; exit 1; }
    : > "$WORK/floor"; : > "$WORK/one"; : > "$WORK/all"
    for ((i = 0; i < N; i++)); do
        start=$(now_us)
        for t in "${TARGETS[@]}"; do "$CLANG" -target "$t" -fsyntax-only -x c "$h" >/dev/null 2>&1 || true; done
        end=$(now_us)
        awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", (b - a) / 1000 }' >> "$WORK/floor"
        rm -rf "$WORK/o1" "$WORK/o3"
        time_ms "$BINDGEN" "$h" -o "$WORK/o1/" --target "${TARGETS[0]}" >> "$WORK/one"
        time_ms "$BINDGEN" "$h" -o "$WORK/o3/" "${args[@]}" >> "$WORK/all"
    done
    floor=$(median < "$WORK/floor"); one=$(median < "$WORK/one"); all=$(median < "$WORK/all")
    echo "| $(basename "$h") | $floor | $one | $all | $(awk -v a="$all" -v b="$one" 'BEGIN { printf "%.2f×", a / b }') | $(awk -v a="$all" -v b="$floor" 'BEGIN { printf "%.2f×", a / b }') |"
done
