#!/usr/bin/env bash
# Call speed of generated code: BenchmarkDotNet over bench/CallBench (a few minutes).
# First regenerates the bindings in bench/CallBench/Generated with the current BindGen (so the benchmark measures
# what the tool emits today), then builds (the C library is built by cc beside the program) and runs every benchmark.
#
#   bench/call-speed.sh                    all benchmarks
#   bench/call-speed.sh --filter '*Add*'   BenchmarkDotNet arguments pass through
set -euo pipefail
source "$(dirname "$0")/common.sh"

if [ -x "$AOT_BINDGEN" ]; then BINDGEN=$AOT_BINDGEN; else ensure_jit; BINDGEN=$JIT_BINDGEN; fi
DIR="$BENCH_DIR/CallBench"
cd "$DIR"
"$BINDGEN" native/callbench.h -n CallBench.Native -l callbench --class CallBenchNative \
    --suppress-gc-transition cb_add_nogc -o Generated/CallBench.g.cs
"$BINDGEN" native/callbench.h -n CallBench.NativeLibraryImport -l callbench --class CallBenchNative --library-import \
    --suppress-gc-transition cb_add_nogc -o Generated/CallBench.LibraryImport.g.cs
"$BINDGEN" native/callbench.h -n CallBench.NativeDynamic -l callbench --class CallBenchNative --loading dynamic \
    --suppress-gc-transition cb_add_nogc -o Generated/CallBench.Dynamic.g.cs
echo "$(machine_line)"
if [ $# -eq 0 ]; then set -- --filter "*"; fi
dotnet run -c Release --project "$DIR" -- "$@"
