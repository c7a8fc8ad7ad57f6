#!/bin/sh
# Peak memory (max RSS) and wall time of one bindgen run per header size, to check that memory grows linearly.
# Usage: bench/robustness/measure-memory.sh [SIZES...]   (default: 125000 250000 500000 1000000 lines)
# Needs GNU time (/usr/bin/time) and a built bindgen (dotnet build src/BindGen.Cli -c Release).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dll=${BINDGEN_DLL:-$root/src/BindGen.Cli/bin/Release/net10.0/bindgen.dll}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sizes=${*:-125000 250000 500000 1000000}
printf '%10s %14s %12s %10s %12s\n' lines preprocessed "peak RSS MB" "wall s" "output MB"
for n in $sizes; do
  "$here/synthetic-header.sh" "$n" > "$work/big.h"
  pre=$(cc -E -P "$work/big.h" | wc -l)
  /usr/bin/time -f '%M %e' -o "$work/time" dotnet "$dll" "$work/big.h" -n Big -l big -o "$work/Big.cs" 2> "$work/stderr" || { cat "$work/stderr"; exit 1; }
  set -- $(cat "$work/time")
  printf '%10s %14s %12s %10s %12s\n' "$n" "$pre" "$(( $1 / 1024 ))" "$2" "$(( $(wc -c < "$work/Big.cs") / 1048576 ))"
done
