#!/usr/bin/env bash
# A newcomer's first ten minutes: follows README.md's "Quick start" literally, in a fresh folder outside the repository.
# The commands and files come from README.md itself, never retyped here: a fenced block after
#   <!-- newcomer: run WAY -->        is run as it stands (bash, in the newcomer's folder);
#   <!-- newcomer: file WAY PATH -->  is written to PATH as it stands (what the README tells the user to create).
# WAY (pack, tool, msbuild, check) groups the blocks for timing: the closing lines print how long each way took.
# The only things not from the README are the machine's: the clone (a copy of this working tree, without build outputs),
# a NuGet package folder and a dotnet user folder of its own (so no BindGen 0.1.0 seen by an earlier run is reused; the
# package folder is seeded with hard links from the user's cache so nothing already there is downloaded), and no build
# servers outliving the script. After each way
# the script checks the result (PASS/FAIL lines); it exits 1 on any failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
README="$ROOT/README.md"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/bindgen-newcomer.XXXXXX")"
HERE="$WORK/newcomer"           # the newcomer's empty folder
BLOCKS="$WORK/blocks"
USER_CACHE="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
export NUGET_PACKAGES="$WORK/nuget-packages"
# dotnet's own per-user folder (~/.dotnet) of its own: its tool resolver cache remembers where bindgen 0.1.0 was found, and
# an earlier run's package folder is gone.
export DOTNET_CLI_HOME="$WORK/dotnet-home"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_GENERATE_ASPNET_CERTIFICATE=false
# No build server may outlive the script (the test running it waits for its output file's writers to end).
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0 UseSharedCompilation=false

cleanup() {
  [ -n "${BINDGEN_E2E_KEEP:-}" ] && { echo "kept $WORK"; return; }
  rm -rf "$WORK"
}
trap cleanup EXIT

FAILURES=0
now() { date +%s.%N; }
secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.1f", e - s }'; }
pass() { echo "PASS  $1"; }
fail() { echo "FAIL  $1"; shift; for line in "$@"; do echo "      $line"; done; FAILURES=$((FAILURES + 1)); }
show() { echo "      --- last lines of $1 ---"; tail -n "${2:-30}" "$1" | sed 's/^/      | /'; }

echo "BindGen newcomer: README.md's quick start in $HERE"
mkdir -p "$HERE" "$BLOCKS" "$NUGET_PACKAGES" "$DOTNET_CLI_HOME"

# --- the machine, not the README ---------------------------------------------------------------------------------
# The clone: this working tree's files (tracked and new ones, as `git clone` of a pushed branch would have them), no bin/obj.
mkdir -p "$HERE/BindGen"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf - 2>/dev/null) | tar -xf - -C "$HERE/BindGen"
[ -f "$HERE/BindGen/src/BindGen.Cli/BindGen.Cli.csproj" ] || { echo "RESULT: FAIL (could not copy the repository)"; exit 1; }
# A package folder of its own, seeded from the user's cache except BindGen's own packages.
if [ -d "$USER_CACHE" ]; then
  for dir in "$USER_CACHE"/*; do
    case "$(basename "$dir")" in bindgen|bindgen.*) continue ;; esac
    cp -al "$dir" "$NUGET_PACKAGES/" 2>/dev/null || cp -a "$dir" "$NUGET_PACKAGES/"
  done
fi

# --- the README's blocks, in order ---------------------------------------------------------------------------------
# index lines: "<n> run <way>" or "<n> file <way> <path>"; block n's text in $BLOCKS/<n>.
awk -v dir="$BLOCKS" '
  /^<!-- newcomer: (run|file) [a-z]+( [^ ]+)? -->$/ { marker = $0; sub(/^<!-- newcomer: /, "", marker); sub(/ -->$/, "", marker); next_is_block = 1; next }
  next_is_block && /^```/ { n++; inside = 1; next_is_block = 0; print n " " marker > (dir "/index"); printf "" > (dir "/" n); next }
  inside && /^```/ { inside = 0; next }
  inside { print >> (dir "/" n); next }
  { next_is_block = 0 }
' "$README"
[ -s "$BLOCKS/index" ] || { echo "RESULT: FAIL (README.md has no <!-- newcomer: ... --> blocks)"; exit 1; }

declare -A TOOK=()
WAYS=()
run_block() { # run_block <n> <way>: runs block n in $HERE, adds its time to the way
  local n="$1" way="$2" start end status
  echo "----  [$way] \$ $(head -1 "$BLOCKS/$n")$( [ "$(wc -l <"$BLOCKS/$n")" -gt 1 ] && echo " ...")"
  start=$(now)
  (cd "$HERE" && bash -euo pipefail "$BLOCKS/$n") >"$WORK/block$n.log" 2>&1 && status=0 || status=$?
  end=$(now)
  TOOK[$way]=$(awk -v a="${TOOK[$way]:-0}" -v b="$(secs "$start" "$end")" 'BEGIN { printf "%.1f", a + b }')
  if [ "$status" -ne 0 ]; then
    fail "README block $n ($way) exited $status:" "$(sed 's/^/  $ /' "$BLOCKS/$n")"; show "$WORK/block$n.log"
    return 1
  fi
}
while read -r n kind way path; do
  [[ " ${WAYS[*]} " == *" $way "* ]] || WAYS+=("$way")
  case "$kind" in
    file)
      echo "----  [$way] write $path (from README.md)"
      mkdir -p "$(dirname "$HERE/$path")"
      cp "$BLOCKS/$n" "$HERE/$path" ;;
    run)
      run_block "$n" "$way" || { echo "RESULT: FAIL (a README command failed; the steps after it depend on it)"; exit 1; } ;;
  esac
done <"$BLOCKS/index"

# --- what the newcomer should now have ------------------------------------------------------------------------------
if ls "$HERE"/packages/BindGen.0.1.0.nupkg "$HERE"/packages/BindGen.MSBuild.0.1.0.nupkg >/dev/null 2>&1; then
  pass "pack: packages/BindGen.0.1.0.nupkg and packages/BindGen.MSBuild.0.1.0.nupkg"
else
  fail "pack: packages missing"; ls -la "$HERE/packages" 2>&1 | sed 's/^/      | /'
fi
if [ -f "$HERE/dotnet-tools.json" ] && grep -q '^namespace Zlib;' "$HERE/Zlib.g.cs" && grep -q 'public static extern int deflate(' "$HERE/Zlib.g.cs" \
   && grep -q 'AllowUnsafeBlocks' "$HERE/Zlib.g.cs"; then
  pass "tool: Zlib.g.cs binds zlib through wrapper.h ($(grep -c 'public static extern' "$HERE/Zlib.g.cs") functions)"
else
  fail "tool: Zlib.g.cs missing or not zlib's bindings"
fi
run_log="$(grep -l '^zlib [0-9]' "$WORK"/block*.log 2>/dev/null | head -1 || true)"
if [ -n "$run_log" ] && [ -f "$HERE/MyApp/obj/Debug/net10.0/bindgen/wrapper.g.cs" ]; then
  pass "msbuild: MyApp generated its bindings at build time and printed '$(grep -m1 '^zlib [0-9]' "$run_log")'"
else
  fail "msbuild: the console program did not print zlib's version"
fi
if grep -q 'BindGen: checking' "$WORK"/block*.log 2>/dev/null; then
  pass "check: --check and BindGenCheck=true passed on fresh bindings"
else
  fail "check: BindGenCheck=true did not run the check"
fi

echo
echo "Time per way (the commands a user types, as README.md shows them):"
total=0
for way in "${WAYS[@]}"; do
  printf '  %-8s %6ss\n' "$way" "${TOOK[$way]:-0}"
  total=$(awk -v a="$total" -v b="${TOOK[$way]:-0}" 'BEGIN { printf "%.1f", a + b }')
done
printf '  %-8s %6ss\n' "total" "$total"
if [ "$FAILURES" -eq 0 ]; then
  echo "RESULT: PASS"
else
  echo "RESULT: FAIL ($FAILURES check(s) failed)"
  exit 1
fi
