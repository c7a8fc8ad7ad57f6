#!/usr/bin/env bash
# Checks that the Native AOT binary writes byte-identical output to the JIT one: every header in test-headers/ (with
# the flags on its `// bindgen:` first line, for the snapshot target) plus zlib.h and sqlite3.h when installed.
#
#   dotnet publish src/BindGen.Cli -r linux-x64 -p:PublishAot=true -c Release -o artifacts/aot
#   bench/aot-check.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ -x "$AOT_BINDGEN" ] || { echo "aot-check: $AOT_BINDGEN is missing: publish it first (see the comment at the top)" >&2; exit 1; }
ensure_jit
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

same=0; differ=0
check() { # check NAME ARGS...
    local name=$1; shift
    "$AOT_BINDGEN" "$@" -o "$WORK/aot.cs" > "$WORK/aot.err" 2>&1 || true
    "$JIT_BINDGEN" "$@" -o "$WORK/jit.cs" > "$WORK/jit.err" 2>&1 || true
    if cmp -s "$WORK/aot.cs" "$WORK/jit.cs" && cmp -s "$WORK/aot.err" "$WORK/jit.err"; then
        same=$((same + 1)); echo "same     $name ($(wc -c < "$WORK/aot.cs") bytes)"
    else
        differ=$((differ + 1)); echo "DIFFERS  $name"; diff "$WORK/jit.cs" "$WORK/aot.cs" | head -20 || true
    fi
}

while IFS= read -r h; do
    read -r -a flags <<< "$(head -1 "$h" | sed -n 's|^// bindgen:||p')"
    check "${h#"$REPO_ROOT"/}" "$h" "${flags[@]}" --target x86_64-unknown-linux-gnu
done < <(find "$REPO_ROOT/test-headers" -name '*.h' | sort)
while read -r h; do
    check "$h" "$h"
done < <(real_headers)
echo "$same same, $differ differ"
[ "$differ" = 0 ]
