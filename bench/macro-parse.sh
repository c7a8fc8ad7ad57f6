#!/usr/bin/env bash
# One libclang parse or two for the macros clang must evaluate (docs/performance.md, "One parse for macros"): what each
# way of giving clang the synthetic declarations costs, through libclang's C API with BindGen's flags
# (bench/MacroParse/macro-parse.c says what each column does). Interleaved rounds, median, ms; ratios against
# two-parses, what BindGen does.
#
#   bench/macro-parse.sh [HEADER...]    default: zlib.h, sqlite3.h, openssl/ssl.h (when installed), synthetic 100k lines
#   N=9 bench/macro-parse.sh ...        rounds
#
# ssl.h gets the declarations BindGen sends clang for it (its SSL_OP_* macros through SSL_OP_BIT); the other headers
# have no such macro, so only the first parse runs and the row shows what each flag costs it (the common case).
set -euo pipefail
source "$(dirname "$0")/common.sh"

N=${N:-7}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RESOURCE=$(ls -d /usr/lib/llvm-14/lib/clang/*/ | head -1)
if [ ! -f /usr/lib/llvm-14/include/clang-c/Index.h ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "bench: installing libclang-14-dev (clang-c/Index.h)" >&2
        apt-get update -qq >&2 && apt-get install -y -qq libclang-14-dev >&2
    else
        echo "bench: clang-c/Index.h not found: install libclang-14-dev" >&2
        exit 1
    fi
fi
gcc -O2 -Wall -Wextra -Werror -I/usr/lib/llvm-14/include "$BENCH_DIR/MacroParse/macro-parse.c" -o "$WORK/macro-parse" \
    -L/usr/lib/llvm-14/lib -lclang -Wl,-rpath,/usr/lib/llvm-14/lib

headers=("$@")
if [ ${#headers[@]} -eq 0 ]; then
    mapfile -t headers < <(real_headers)
    python3 "$BENCH_DIR/synth-header.py" --lines 100000 > "$WORK/synth_100000.h"
    headers+=("$WORK/synth_100000.h")
fi

machine_line
echo
echo "| header | first parse: two-parses (ms) | pch | pch-ser | preamble | with the declarations: two-parses (ms) | pch | pch-ser | preamble |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for h in "${headers[@]}"; do
    decls=-
    if [ "$(basename "$h")" = ssl.h ]; then
        decls="$WORK/decls.h"
        sed -nE 's/^# *define +(SSL_OP_[A-Z0-9_]+) +SSL_OP_BIT.*/static __auto_type __bindgen_macro_\1 = \1;/p' "$h" > "$decls"
    fi
    mkdir -p "$WORK/tmp"
    "$WORK/macro-parse" "$h" "$decls" "$RESOURCE" "$N" "$WORK/tmp" > "$WORK/out.tsv"
    awk -F'\t' -v h="$(basename "$h")" -v d="$decls" '
        { first[NR] = sprintf("%.1f (%.2f×)", $2, $3); total[NR] = d == "-" ? "–" : sprintf("%.1f (%.2f×)", $4, $5) }
        END { printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", h, first[1], first[2], first[3], first[4], total[1], total[2], total[3], total[4] }' "$WORK/out.tsv"
done
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
