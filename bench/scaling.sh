#!/usr/bin/env bash
# Scaling: time and peak memory (maximum resident set, from /usr/bin/time -v) of clang -fsyntax-only and BindGen on
# synthetic headers (bench/synth-header.py) from about 1k to 1M preprocessed lines.
#
#   bench/scaling.sh                       sizes 1000 10000 100000 1000000
#   SIZES="1000 10000" N=3 bench/scaling.sh
#   SHAPE=documented bench/scaling.sh      the documented shape of synth-header.py (default: plain)
#
# Uses the Native AOT binary when built (artifacts/aot/bindgen), else the JIT one. Installs Debian's `time` package
# when /usr/bin/time is missing and we are root.
set -euo pipefail
source "$(dirname "$0")/common.sh"

N=${N:-3}
SIZES=${SIZES:-"1000 10000 100000 1000000"}
SHAPE=${SHAPE:-plain}
CLANG=$(find_clang)
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq time >/dev/null; else echo "bench: install GNU time (apt-get install time)" >&2; exit 1; fi
fi
if [ -x "$AOT_BINDGEN" ]; then BINDGEN=$AOT_BINDGEN; KIND=aot; else ensure_jit; BINDGEN=$JIT_BINDGEN; KIND=jit; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# measure CMD...: prints "wall_ms peak_kb" for one run.
measure() {
    /usr/bin/time -f '%e %M' -o "$WORK/time.out" "$@" >/dev/null 2>&1 || true
    awk '{ printf "%.0f %d\n", $1 * 1000, $2 }' "$WORK/time.out"
}

echo "$(machine_line)"
echo "clang: $("$CLANG" --version | head -1); bindgen: $KIND; shape $SHAPE; $N runs each, interleaved, median"
echo
echo "| preprocessed lines | header size | clang (ms) | clang peak RSS (MiB) | bindgen (ms) | bindgen peak RSS (MiB) | time ratio | output size |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for size in $SIZES; do
    h="$WORK/synth_$size.h"
    python3 "$BENCH_DIR/synth-header.py" --shape "$SHAPE" --lines "$size" > "$h"
    lines=$("$CLANG" -E "$h" | wc -l)
    : > "$WORK/c.t"; : > "$WORK/c.m"; : > "$WORK/b.t"; : > "$WORK/b.m"
    for ((i = 0; i < N; i++)); do
        read -r t m < <(measure "$CLANG" -fsyntax-only "$h"); echo "$t" >> "$WORK/c.t"; echo "$m" >> "$WORK/c.m"
        read -r t m < <(measure "$BINDGEN" "$h" -o "$WORK/out.cs"); echo "$t" >> "$WORK/b.t"; echo "$m" >> "$WORK/b.m"
    done
    ct=$(median < "$WORK/c.t"); cm=$(median < "$WORK/c.m"); bt=$(median < "$WORK/b.t"); bm=$(median < "$WORK/b.m")
    awk -v l="$lines" -v hs="$(du -h "$h" | cut -f1)" -v ct="$ct" -v cm="$cm" -v bt="$bt" -v bm="$bm" -v os="$(du -h "$WORK/out.cs" | cut -f1)" \
        'BEGIN { printf "| %s | %s | %s | %.0f | %s | %.0f | %.2f× | %s |\n", l, hs, ct, cm / 1024, bt, bm / 1024, bt / ct, os }'
done
