#!/usr/bin/env bash
# Generation speed: BindGen against the parse floor, `clang -fsyntax-only`, on the same headers in the same run.
#
#   bench/gen-speed.sh [HEADER...]        default: zlib.h, sqlite3.h, openssl/ssl.h (when installed) and
#                                          synthetic headers of about 1k, 10k and 100k preprocessed lines, and
#                                          documented ones (--shape documented) of about 10k and 100k
#   N=7 bench/gen-speed.sh ...            repetitions (median reported; runs are interleaved)
#   JIT=0 bench/gen-speed.sh ...          skip the JIT binary (by default both it and the AOT one are timed when built)
#   TOOL=1 MSBUILD=1 bench/gen-speed.sh   also time what users run: `dotnet tool run bindgen` from a tool manifest
#                                          (the RID-specific tool package, Native AOT on linux-x64) and the executable
#                                          the BindGen.MSBuild package runs; both packed from this tree (bench_packages
#                                          in common.sh: once, REPACK=1 to pack again)
#   RUST=0 bench/gen-speed.sh ...         skip rust-bindgen (timed when its `bindgen` is installed: apt-get install bindgen)
#
# The Native AOT binary (artifacts/aot/bindgen, see docs/performance.md) is used when it exists; build it with
#   dotnet publish src/BindGen.Cli -r linux-x64 -p:PublishAot=true -c Release -o artifacts/aot
# Prints a Markdown table: preprocessed lines (clang -E | wc -l), median wall times, and the ratio to clang.
set -euo pipefail
source "$(dirname "$0")/common.sh"

N=${N:-7}
CLANG=$(find_clang)
ensure_jit
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

headers=("$@")
if [ ${#headers[@]} -eq 0 ]; then
    mapfile -t headers < <(real_headers)
    for lines in 1000 10000 100000; do
        python3 "$BENCH_DIR/synth-header.py" --lines "$lines" > "$WORK/synth_${lines}.h"
        headers+=("$WORK/synth_${lines}.h")
    done
    for lines in 10000 100000; do
        python3 "$BENCH_DIR/synth-header.py" --shape documented --lines "$lines" > "$WORK/synth_doc_${lines}.h"
        headers+=("$WORK/synth_doc_${lines}.h")
    done
fi

tools=()
[ -x "$AOT_BINDGEN" ] && tools+=(aot)
[ "${JIT:-1}" != 0 ] && tools+=(jit)
if [ "${TOOL:-0}" = 1 ] || [ "${MSBUILD:-0}" = 1 ]; then VERSION=$(bench_packages); fi
if [ "${TOOL:-0}" = 1 ]; then TOOL_DIR=$(bench_dotnet_tool "$VERSION"); tools+=(tool); fi
if [ "${MSBUILD:-0}" = 1 ]; then MSBUILD_BINDGEN=$(msbuild_bindgen "$VERSION"); tools+=(msbuild); fi
RUST_BINDGEN=$([ "${RUST:-1}" != 0 ] && rust_bindgen || true)
[ -n "$RUST_BINDGEN" ] && tools+=(rust)
# run_tool KIND HEADER OUT: one generation; rust-bindgen writes Rust, the others C#.
run_tool() {
    case "$1" in
        aot) "$AOT_BINDGEN" "$2" -o "$3" ;;
        jit) "$JIT_BINDGEN" "$2" -o "$3" ;;
        tool) (cd "$TOOL_DIR" && dotnet tool run bindgen "$2" -o "$3") ;;
        msbuild) "$MSBUILD_BINDGEN" "$2" -o "$3" ;;
        rust) "$RUST_BINDGEN" "$2" -o "$3.rs" ;;
    esac
}
label_of() {
    case "$1" in
        tool) echo "dotnet tool run bindgen" ;; msbuild) echo "bindgen of BindGen.MSBuild" ;; rust) echo "rust-bindgen" ;; *) echo "bindgen $1" ;;
    esac
}

echo "$(machine_line)"
echo "clang: $("$CLANG" --version | head -1); bindgen: ${tools[*]}${RUST_BINDGEN:+ (rust-bindgen: $("$RUST_BINDGEN" --version))}; $N runs each, interleaved, median wall time"
echo
header="| header | preprocessed lines | clang -fsyntax-only (ms) |"
rule="|---|---:|---:|"
for t in "${tools[@]}"; do header+=" $(label_of "$t") (ms) | $t / clang |"; rule+="---:|---:|"; done
echo "$header"
echo "$rule"
for h in "${headers[@]}"; do
    h=$(realpath "$h")   # the dotnet tool runs from its manifest's folder
    lines=$("$CLANG" -E "$h" 2>/dev/null | wc -l)
    : > "$WORK/clang.times"
    for t in "${tools[@]}"; do : > "$WORK/$t.times"; done
    # One untimed run of each warms the page cache.
    "$CLANG" -fsyntax-only "$h" >/dev/null 2>&1 || true
    # A tool that fails on the header (rust-bindgen on some) gets "failed" instead of a time.
    declare -A failed=()
    for t in "${tools[@]}"; do run_tool "$t" "$h" "$WORK/out.cs" >/dev/null 2>&1 || failed[$t]=1; done
    for ((i = 0; i < N; i++)); do
        time_ms "$CLANG" -fsyntax-only "$h" >> "$WORK/clang.times"
        for t in "${tools[@]}"; do [ -n "${failed[$t]:-}" ] || time_ms run_tool "$t" "$h" "$WORK/out.cs" >> "$WORK/$t.times"; done
    done
    clang_ms=$(median < "$WORK/clang.times")
    row="| $(basename "$h") | $lines | $clang_ms |"
    for t in "${tools[@]}"; do
        if [ -n "${failed[$t]:-}" ]; then row+=" failed | — |"; continue; fi
        ms=$(median < "$WORK/$t.times")
        row+=" $ms | $(awk -v a="$ms" -v b="$clang_ms" 'BEGIN { printf "%.2f×", a / b }') |"
    done
    echo "$row"
done
