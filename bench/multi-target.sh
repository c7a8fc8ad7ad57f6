#!/usr/bin/env bash
# Several targets in one run: `bindgen --config a.json --config b.json ...` against the same targets run one after the
# other, in the same run (interleaved, median wall time of N).
#
#   bench/multi-target.sh                  zlib.h, sqlite3.h and openssl/ssl.h (those installed) as separate targets
#   N=9 bench/multi-target.sh HEADER...    any headers, one target each
set -euo pipefail
source "$(dirname "$0")/common.sh"

N=${N:-5}
if [ -x "$AOT_BINDGEN" ]; then BINDGEN=$AOT_BINDGEN; KIND=aot; else ensure_jit; BINDGEN=$JIT_BINDGEN; KIND=jit; fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

headers=("$@")
if [ ${#headers[@]} -eq 0 ]; then
    mapfile -t headers < <(real_headers)
fi
configs=()
for i in "${!headers[@]}"; do
    printf '{ "headers": ["%s"], "output": "out%d.cs", "namespace": "Target%d", "library": "t%d" }\n' "${headers[$i]}" "$i" "$i" "$i" > "$WORK/t$i.json"
    configs+=("$WORK/t$i.json")
done
together=()
for c in "${configs[@]}"; do together+=(--config "$c"); done

echo "$(machine_line)"
echo "bindgen: $KIND; targets: ${headers[*]}; $N runs each, interleaved, median wall time"
"$BINDGEN" "${together[@]}" >/dev/null 2>&1   # warm the page cache
: > "$WORK/one.times"; : > "$WORK/all.times"
for ((i = 0; i < N; i++)); do
    start=$(now_us)
    for c in "${configs[@]}"; do "$BINDGEN" --config "$c" >/dev/null 2>&1; done
    end=$(now_us)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", (b - a) / 1000 }' >> "$WORK/one.times"
    time_ms "$BINDGEN" "${together[@]}" >> "$WORK/all.times"
done
one=$(median < "$WORK/one.times"); all=$(median < "$WORK/all.times")
echo
echo "| run | wall time (ms) |"
echo "|---|---:|"
echo "| ${#configs[@]} runs, one target each, one after the other | $one |"
echo "| one run, ${#configs[@]} --config targets | $all ($(awk -v a="$one" -v b="$all" 'BEGIN { printf "%.2f× faster", a / b }')) |"
