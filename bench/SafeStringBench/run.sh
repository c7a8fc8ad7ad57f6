#!/usr/bin/env bash
# Benchmarks a string-taking C call through BindGen's safe layer against the raw layer, LibraryImport's UTF-8
# marshaller and DllImport's runtime marshalling (time and bytes allocated per call). Usage: bench/SafeStringBench/run.sh [BenchmarkDotNet args]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/obj/bench-input"
mkdir -p "$work"
cc -O2 -shared -fPIC -o "$work/libkvstore.so" "$root/test-headers/safe/kvstore.c"
dotnet run -c Release --project "$root/src/BindGen.Cli" -- "$root/test-headers/safe/kvstore.h" \
  -n KvStore -l kvstore --safe-config "$root/test-headers/safe/kvstore.json" -o "$here/Generated/KvStore.g.cs"
export KVSTORE_LIB="$work/libkvstore.so"
cd "$here"
dotnet run -c Release -- --filter '*' "$@"
