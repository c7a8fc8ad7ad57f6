#!/usr/bin/env bash
# End-to-end proof of the three ways users run BindGen, with real dotnet commands:
#   1. the dotnet tool (packed as RID-specific packages: Native AOT for this machine's RID when it is linux-x64, the
#      framework-dependent 'any' package otherwise; installed into a temp tool manifest, the installed command checked to
#      be what it should, run on a header; --deps-file; --check)
#   2. the MSBuild package (samples/ZlibSample built from a copy against the packed package: incremental builds,
#      regeneration on header changes and what it costs, the Native AOT executable run by the targets on linux-x64,
#      BindGenUseAot=false, canonical build errors, BindGenCheck=true, and the sample run)
#   3. BuildShim="true" (samples/ZlibShimSample: deflateInit/inflateInit, macros, called through the built shim; the
#      shim copied to the output folder and left alone by a second build)
# Everything happens in a temp folder; packages get a unique version, so a cached package is never reused, and
# the script deletes its versions from the NuGet cache at the end. Prints PASS/FAIL per step; exits 1 on any failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/bindgen-e2e.XXXXXX")"
VERSION="0.1.0-e2e.$(date +%s).$$"
PACKAGES="$WORK/packages"
NUGET_CACHE="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
ZLIB_INCLUDE="${BINDGEN_E2E_ZLIB_INCLUDE:-/usr/include}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1
# No build server may outlive the script (a test that runs this script waits for it to end).
DOTNET_BUILD_FLAGS=(--nologo --disable-build-servers -p:UseSharedCompilation=false)

FAILURES=0
START_ALL=$(date +%s.%N)
cleanup() {
  [ -n "${BINDGEN_E2E_KEEP:-}" ] && { echo "kept $WORK"; return; }
  rm -rf "$WORK" "$NUGET_CACHE"/bindgen*/"$VERSION"
}
trap cleanup EXIT

elapsed() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1fs", e - s }'; }
pass() { echo "PASS  $1 ($(elapsed "$STEP_START"))"; }
fail() { echo "FAIL  $1 ($(elapsed "$STEP_START"))"; shift; for line in "$@"; do echo "      $line"; done; FAILURES=$((FAILURES + 1)); }
step() { STEP_START=$(date +%s.%N); echo "----  $1"; }
# Shows the end of a log when a step fails.
show() { echo "      --- last lines of $1 ---"; tail -n "${2:-40}" "$1" | sed 's/^/      | /'; }
generated_runs() { grep -c "BindGen: generating" "$1" || true; }
mtime() { stat -c %Y.%N "$1" 2>/dev/null || stat -f %m "$1"; }

# The RID of the SDK running this script: the tool package and the MSBuild package carry a Native AOT executable for it
# when it is linux-x64 (packs on other platforms carry it for their own RID, which this script does not assume).
HOST_RID="$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')"
AOT_EXPECTED=false
[ "$HOST_RID" = linux-x64 ] && AOT_EXPECTED=true
# native_aot_executable FILE: true when FILE is a Native AOT executable: an ELF file whose managed code was compiled in
# (its __managedcode section), which loads no .NET host (no hostfxr: an apphost would load bindgen.dll through it), with
# no bindgen.dll beside it.
native_aot_executable() {
  local file="$1"
  [ -f "$file" ] && [ -x "$file" ] && [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ] \
    && readelf -S -W "$file" 2>/dev/null | grep -q ' __managedcode ' \
    && ! grep -q hostfxr "$file" && [ ! -e "$(dirname "$file")/bindgen.dll" ]
}
# target_ms LOG TARGET: the time MSBuild's performance summary (-clp:PerformanceSummary) gives TARGET, in ms.
target_ms() { awk -v t="$2" '$0 ~ "Target Performance Summary" { on = 1 } on && $2 == "ms" && $3 == t { print $1; exit }' "$1"; }

echo "BindGen end-to-end: version $VERSION, work folder $WORK, host RID $HOST_RID"

# ---------------------------------------------------------------------------------------------------------------
step "pack BindGen (dotnet tool) and BindGen.MSBuild into a local folder"
# --artifacts-path keeps every bin/ and obj/ of the packing builds inside $WORK: the working tree's own build
# outputs are neither used nor touched, and two runs at once do not collide.
if dotnet pack "$ROOT/src/BindGen.Cli/BindGen.Cli.csproj" -c Release -o "$PACKAGES" --artifacts-path "$WORK/artifacts" -p:Version="$VERSION" "${DOTNET_BUILD_FLAGS[@]}" >"$WORK/pack-cli.log" 2>&1 \
  && dotnet pack "$ROOT/src/BindGen.MSBuild/BindGen.MSBuild.csproj" -c Release -o "$PACKAGES" --artifacts-path "$WORK/artifacts" -p:Version="$VERSION" "${DOTNET_BUILD_FLAGS[@]}" >"$WORK/pack-msbuild.log" 2>&1 \
  && [ -f "$PACKAGES/BindGen.$VERSION.nupkg" ] && [ -f "$PACKAGES/BindGen.MSBuild.$VERSION.nupkg" ]; then
  listing="$(unzip -l "$PACKAGES/BindGen.MSBuild.$VERSION.nupkg")"
  pointer="$(unzip -p "$PACKAGES/BindGen.$VERSION.nupkg" tools/any/any/DotnetToolSettings.xml 2>/dev/null || true)"
  any_listing="$(unzip -l "$PACKAGES/BindGen.any.$VERSION.nupkg" 2>/dev/null || true)"
  if ! grep -q "build/BindGen.MSBuild.targets" <<<"$listing" || ! grep -q "build/BindGen.MSBuild.props" <<<"$listing" || ! grep -q "tools/bindgen/bindgen.dll" <<<"$listing"; then
    fail "pack" "BindGen.MSBuild package lacks build/*.props, build/*.targets or tools/bindgen/bindgen.dll:" "$listing"
  elif ! grep -q 'RuntimeIdentifier="any" Id="BindGen.any"' <<<"$pointer" || ! grep -q "tools/net10.0/any/bindgen.dll" <<<"$any_listing"; then
    fail "pack" "the BindGen pointer package does not name BindGen.any, or BindGen.any lacks bindgen.dll:" "$pointer" "$any_listing"
  elif $AOT_EXPECTED && { ! grep -q 'RuntimeIdentifier="linux-x64" Id="BindGen.linux-x64"' <<<"$pointer" \
         || ! unzip -l "$PACKAGES/BindGen.linux-x64.$VERSION.nupkg" 2>/dev/null | grep -q "tools/any/linux-x64/bindgen$" \
         || ! grep -q "tools/bindgen-aot/linux-x64/bindgen$" <<<"$listing"; }; then
    fail "pack" "linux-x64: the pointer must name BindGen.linux-x64, which must hold the executable, and BindGen.MSBuild must hold tools/bindgen-aot/linux-x64/bindgen:" \
      "$pointer" "$(unzip -l "$PACKAGES/BindGen.linux-x64.$VERSION.nupkg" 2>&1)" "$listing"
  else
    pass "pack: $(cd "$PACKAGES" && ls -- *.nupkg | tr '\n' ' ')(the two packs: $(elapsed "$STEP_START") with the Native AOT compiles)"
  fi
else
  fail "pack" "dotnet pack failed"; show "$WORK/pack-cli.log"; show "$WORK/pack-msbuild.log"
  echo "RESULT: FAIL (cannot continue without packages)"; exit 1
fi

# ---------------------------------------------------------------------------------------------------------------
TOOL="$WORK/tool"
mkdir -p "$TOOL/include"
cat >"$TOOL/include/wrapper_types.h" <<'H'
typedef struct wrap_point { int x; int y; } wrap_point;
H
cat >"$TOOL/wrapper.h" <<'H'
#include "include/wrapper_types.h"
#define WRAP_VERSION 3
int wrap_add(int a, int b);
wrap_point wrap_origin(void);
H

step "dotnet tool: install into a fresh tool manifest and run"
(
  cd "$TOOL"
  dotnet new tool-manifest >"$WORK/tool.log" 2>&1
  dotnet tool install BindGen --add-source "$PACKAGES" --version "$VERSION" >>"$WORK/tool.log" 2>&1
  dotnet tool run bindgen wrapper.h -o Bindings.cs --namespace X --library z --deps-file bindings.deps >>"$WORK/tool.log" 2>&1
) && status=0 || status=$?
if [ "$status" -eq 0 ] && grep -q '^namespace X;' "$TOOL/Bindings.cs" && grep -q 'wrap_add' "$TOOL/Bindings.cs" \
   && grep -q 'DllImport(LibraryName' "$TOOL/Bindings.cs" && grep -q 'LibraryName = "z"' "$TOOL/Bindings.cs"; then
  pass "dotnet tool run bindgen wrapper.h -o Bindings.cs --namespace X --library z"
else
  fail "dotnet tool run bindgen (exit $status)"; show "$WORK/tool.log"; [ -f "$TOOL/Bindings.cs" ] && show "$TOOL/Bindings.cs" 20
fi

step "dotnet tool: the installed command is the Native AOT executable on linux-x64 (the framework-dependent CLI elsewhere)"
installed_aot="$NUGET_CACHE/bindgen.linux-x64/$VERSION/tools/any/linux-x64/bindgen"
installed_any="$NUGET_CACHE/bindgen.any/$VERSION/tools/net10.0/any/bindgen.dll"
if $AOT_EXPECTED; then
  if native_aot_executable "$installed_aot" && [ ! -e "$installed_any" ] && "$installed_aot" --version >/dev/null 2>&1; then
    pass "installed $installed_aot: $(readelf -h "$installed_aot" | sed -n 's/^ *Type: *//p' | head -1), __managedcode section, no hostfxr, no bindgen.dll beside it, and it runs"
  else
    fail "installed command is not the Native AOT executable" "expected $installed_aot (present: $([ -e "$installed_aot" ] && echo yes || echo no))" \
      "BindGen.any installed instead: $([ -e "$installed_any" ] && echo yes || echo no)"
  fi
elif [ -f "$installed_any" ]; then
  pass "host RID $HOST_RID: the framework-dependent BindGen.any was installed ($installed_any)"
else
  fail "host RID $HOST_RID: BindGen.any was not installed" "expected $installed_any"
fi

step "response file through the real dotnet tool run (the host expands @file itself), and dotnet bindgen --help"
printf 'wrapper.h\n--namespace FromRsp\n--library z\n-o Rsp.cs\n' >"$TOOL/args.rsp"
(cd "$TOOL" && dotnet tool run bindgen @args.rsp && mv Rsp.cs Rsp1.cs && dotnet tool run bindgen -- @args.rsp && dotnet bindgen --help >help.txt) >"$WORK/rsp.log" 2>&1 && status=0 || status=$?
if [ "$status" -eq 0 ] && grep -q '^namespace FromRsp;' "$TOOL/Rsp1.cs" && grep -q '^namespace FromRsp;' "$TOOL/Rsp.cs" \
   && grep -q -- '--deps-file' "$TOOL/help.txt" && grep -q 'Usage:' "$TOOL/help.txt"; then
  pass "dotnet tool run bindgen @args.rsp, dotnet tool run bindgen -- @args.rsp, dotnet bindgen --help"
else
  fail "response file / --help through dotnet (exit $status)"; show "$WORK/rsp.log"
fi
rm -f "$TOOL/Rsp.cs" "$TOOL/Rsp1.cs" "$TOOL/help.txt" "$TOOL/args.rsp"

step "--deps-file lists every header read, absolute and sorted"
if [ -f "$TOOL/bindings.deps" ] && grep -qx "$TOOL/wrapper.h" "$TOOL/bindings.deps" && grep -qx "$TOOL/include/wrapper_types.h" "$TOOL/bindings.deps" \
   && LC_ALL=C sort -c "$TOOL/bindings.deps" && ! grep -qv '^/' "$TOOL/bindings.deps"; then
  pass "--deps-file"
else
  fail "--deps-file"; [ -f "$TOOL/bindings.deps" ] && show "$TOOL/bindings.deps"
fi

step "--check on fresh output exits 0 and writes nothing"
before="$(mtime "$TOOL/Bindings.cs")"
(cd "$TOOL" && dotnet tool run bindgen wrapper.h -o Bindings.cs --namespace X --library z --check) >"$WORK/check-fresh.log" 2>&1 && status=0 || status=$?
if [ "$status" -eq 0 ] && [ "$(mtime "$TOOL/Bindings.cs")" = "$before" ]; then
  pass "--check (fresh)"
else
  fail "--check on fresh output exited $status (expected 0)"; show "$WORK/check-fresh.log"
fi

step "--check on stale output exits 1 with a unified diff and writes nothing"
cp "$TOOL/Bindings.cs" "$WORK/Bindings.before.cs"
echo 'int wrap_sub(int a, int b);' >>"$TOOL/wrapper.h"
(cd "$TOOL" && dotnet tool run bindgen wrapper.h -o Bindings.cs --namespace X --library z --check) >"$WORK/check-stale.log" 2>&1 && status=0 || status=$?
if [ "$status" -eq 1 ] && grep -q '^+++ ' "$WORK/check-stale.log" && grep -q '^@@ ' "$WORK/check-stale.log" \
   && grep -q '^+.*wrap_sub' "$WORK/check-stale.log" && grep -q 'error BG0031' "$WORK/check-stale.log" \
   && cmp -s "$TOOL/Bindings.cs" "$WORK/Bindings.before.cs"; then
  pass "--check (stale)"
else
  fail "--check on stale output exited $status (expected 1 with a diff, file untouched)"; show "$WORK/check-stale.log"
fi

# ---------------------------------------------------------------------------------------------------------------
SAMPLE="$WORK/sample"
HDR="$WORK/hdr"
mkdir -p "$SAMPLE" "$HDR"
cp -r "$ROOT/samples/ZlibSample/ZlibSample.csproj" "$ROOT/samples/ZlibSample/Program.cs" "$ROOT/samples/ZlibSample/bindgen.json" "$ROOT/samples/ZlibSample/native" "$SAMPLE/"
cp "$ROOT/samples/Directory.Build.props" "$ROOT/samples/Directory.Build.targets" "$WORK/"
cat >"$SAMPLE/nuget.config" <<X
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="bindgen-e2e" value="$PACKAGES" />
  </packageSources>
</configuration>
X
# A copy of zlib's headers, so the test can touch and edit them: zlib.h includes "zconf.h" from beside it. The sample's
# wrapper header includes <zlib.h>; -I (ZlibInclude) makes that the copy.
cp "$ZLIB_INCLUDE/zlib.h" "$ZLIB_INCLUDE/zconf.h" "$HDR/"
GENERATED="$SAMPLE/obj/Debug/net10.0/bindgen/zlib_wrapper.g.cs"
build() { # build <log> [extra msbuild args...]
  local log="$1"; shift
  (cd "$SAMPLE" && dotnet build -v:n "${DOTNET_BUILD_FLAGS[@]}" -p:BindGenVersion="$VERSION" -p:ZlibInclude="$HDR" "$@") >"$log" 2>&1
}

step "sample: first build generates the bindings and compiles them"
build "$WORK/build1.log" && status=0 || status=$?
if [ "$status" -eq 0 ] && [ "$(generated_runs "$WORK/build1.log")" -ge 1 ] && [ -f "$GENERATED" ] && grep -q 'compress' "$GENERATED" \
   && grep -q '"libz.so.1"' "$GENERATED" \
   && grep -qE '^ *0 Warning\(s\)' "$WORK/build1.log"; then
  pass "first build ran the generator"
else
  fail "first build (exit $status)"; show "$WORK/build1.log"
fi

step "sample: the targets ran the package's Native AOT executable on linux-x64 (the framework-dependent CLI elsewhere)"
# The targets log which bindgen they run ("BindGen: running <path>, <kind>", normal importance); Exec logs the command.
runner="$(grep -m1 'BindGen: running ' "$WORK/build1.log" | sed 's/^ *//' || true)"
aot_tool="$NUGET_CACHE/bindgen.msbuild/$VERSION/tools/bindgen-aot/linux-x64/bindgen"
if $AOT_EXPECTED; then
  if [[ "$runner" == "BindGen: running $aot_tool, Native AOT (linux-x64)" ]] && grep -q "^ *\"$aot_tool\" " "$WORK/build1.log" \
     && native_aot_executable "$aot_tool"; then
    pass "$runner"
  else
    fail "the targets did not run the Native AOT executable" "runner line: '$runner'" "expected $aot_tool (a Native AOT executable: $(native_aot_executable "$aot_tool" && echo yes || echo no))"
  fi
elif [[ "$runner" == *"framework-dependent (dotnet bindgen.dll)" ]]; then
  pass "host RID $HOST_RID: $runner"
else
  fail "host RID $HOST_RID: expected the framework-dependent CLI" "runner line: '$runner'"
fi

step "sample: the package sets AllowUnsafeBlocks (the sample does not), and BindGenAllowUnsafeBlocks=false opts out"
unsafe_default="$(cd "$SAMPLE" && dotnet msbuild -nologo -getProperty:AllowUnsafeBlocks -p:BindGenVersion="$VERSION" 2>&1 || true)"
unsafe_optout="$(cd "$SAMPLE" && dotnet msbuild -nologo -getProperty:AllowUnsafeBlocks -p:BindGenVersion="$VERSION" -p:BindGenAllowUnsafeBlocks=false 2>&1 || true)"
if ! grep -q AllowUnsafeBlocks "$SAMPLE/ZlibSample.csproj" && [ "$unsafe_default" = "true" ] && { [ -z "$unsafe_optout" ] || [ "$unsafe_optout" = "false" ]; }; then
  pass "AllowUnsafeBlocks: '$unsafe_default' by default, '$unsafe_optout' with BindGenAllowUnsafeBlocks=false"
else
  fail "AllowUnsafeBlocks: '$unsafe_default' by default (expected true), '$unsafe_optout' opted out (expected empty or false)"
fi

step "sample: second build with nothing changed skips the generator"
gen_mtime="$(mtime "$GENERATED")"
build "$WORK/build2.log" && status=0 || status=$?
if [ "$status" -eq 0 ] && [ "$(generated_runs "$WORK/build2.log")" -eq 0 ] && grep -q 'Skipping target "BindGenGenerate"' "$WORK/build2.log" \
   && [ "$(mtime "$GENERATED")" = "$gen_mtime" ]; then
  pass "second build skipped BindGenGenerate ($(grep -m1 'Skipping target "BindGenGenerate"' "$WORK/build2.log" | sed 's/^ *//'))"
else
  fail "second build (exit $status) should have skipped the generator"; grep -n 'BindGen' "$WORK/build2.log" | head -20 | sed 's/^/      | /'
fi

step "sample: touching an included header (zconf.h) reruns the generator; nothing is rewritten, nothing recompiled"
# The common case in a build: a header's mtime changed, its content did not. The generator runs (parse + compare),
# writes nothing (output and deps file keep their timestamps), and CoreCompile stays up to date. The figure printed is
# what this regeneration cost through MSBuild (BindGenGenerate's time in MSBuild's performance summary; not asserted).
deps_file="$SAMPLE/obj/Debug/net10.0/bindgen-state/zlib_wrapper.deps"
deps_mtime="$(mtime "$deps_file")"
dll_mtime="$(mtime "$SAMPLE/obj/Debug/net10.0/ZlibSample.dll")"
sleep 1.1
touch "$HDR/zconf.h"
build "$WORK/build3.log" -clp:PerformanceSummary && status=0 || status=$?
if [ "$status" -eq 0 ] && [ "$(generated_runs "$WORK/build3.log")" -ge 1 ] && [ "$(mtime "$GENERATED")" = "$gen_mtime" ] \
   && [ "$(mtime "$deps_file")" = "$deps_mtime" ] && [ "$(mtime "$SAMPLE/obj/Debug/net10.0/ZlibSample.dll")" = "$dll_mtime" ] \
   && grep -q 'Skipping target "CoreCompile"' "$WORK/build3.log"; then
  pass "touch zconf.h -> regenerated, output and deps file not rewritten, CoreCompile skipped; BindGenGenerate took $(target_ms "$WORK/build3.log" BindGenGenerate) ms ($(grep -m1 'BindGen: running ' "$WORK/build3.log" | sed 's/.*, //'))"
else
  fail "after touching zconf.h (exit $status): generator runs $(generated_runs "$WORK/build3.log"), output mtime $gen_mtime -> $(mtime "$GENERATED"), deps $deps_mtime -> $(mtime "$deps_file"), dll $dll_mtime -> $(mtime "$SAMPLE/obj/Debug/net10.0/ZlibSample.dll")"; show "$WORK/build3.log" 20
fi

step "sample: BindGenUseAot=false runs the framework-dependent CLI (touched header again, same output)"
sleep 1.1
touch "$HDR/zconf.h"
build "$WORK/build3jit.log" -clp:PerformanceSummary -p:BindGenUseAot=false && status=0 || status=$?
if [ "$status" -eq 0 ] && grep -q 'BindGen: running .*/tools/bindgen/bindgen.dll, framework-dependent (dotnet bindgen.dll)' "$WORK/build3jit.log" \
   && [ "$(generated_runs "$WORK/build3jit.log")" -ge 1 ] && [ "$(mtime "$GENERATED")" = "$gen_mtime" ]; then
  pass "BindGenUseAot=false: framework-dependent CLI, output not rewritten; BindGenGenerate took $(target_ms "$WORK/build3jit.log" BindGenGenerate) ms"
else
  fail "BindGenUseAot=false (exit $status)"; grep -n 'BindGen' "$WORK/build3jit.log" | head -10 | sed 's/^/      | /'
fi

step "sample: editing the header changes the output"
sleep 1.1
printf '\nint bindgen_e2e_probe(int value);\n' >>"$HDR/zlib.h"
build "$WORK/build4.log" && status=0 || status=$?
if [ "$status" -eq 0 ] && [ "$(generated_runs "$WORK/build4.log")" -ge 1 ] && grep -q 'bindgen_e2e_probe' "$GENERATED"; then
  pass "edited zlib.h -> new declaration in the generated file"
else
  fail "after editing zlib.h (exit $status)"; show "$WORK/build4.log" 20
fi

step "sample: a deleted output is regenerated"
rm -f "$GENERATED"
build "$WORK/build5.log" && status=0 || status=$?
if [ "$status" -eq 0 ] && [ "$(generated_runs "$WORK/build5.log")" -ge 1 ] && [ -f "$GENERATED" ]; then
  pass "deleted output -> regenerated"
else
  fail "after deleting the output (exit $status)"; show "$WORK/build5.log" 20
fi

step "sample: runs (zlibVersion, compress/uncompress round trip)"
(cd "$SAMPLE" && dotnet bin/Debug/net10.0/ZlibSample.dll) >"$WORK/run.log" 2>&1 && status=0 || status=$?
if [ "$status" -eq 0 ] && grep -q '^zlib [0-9]' "$WORK/run.log" && grep -q 'round trip OK' "$WORK/run.log"; then
  pass "sample ran: $(tr '\n' ' ' <"$WORK/run.log")"
else
  fail "sample run (exit $status)"; show "$WORK/run.log"
fi

step "sample: BindGenCheck=true passes on fresh output"
build "$WORK/check1.log" -p:BindGenCheck=true && status=0 || status=$?
if [ "$status" -eq 0 ] && grep -q 'BindGen: checking' "$WORK/check1.log"; then
  pass "BindGenCheck=true (fresh)"
else
  fail "BindGenCheck=true on fresh output (exit $status)"; show "$WORK/check1.log"
fi

step "sample: BindGenCheck=true fails the build with a diff when the header changed"
cp "$GENERATED" "$WORK/generated.before.cs"
printf '\nint bindgen_e2e_probe2(int value);\n' >>"$HDR/zlib.h"
build "$WORK/check2.log" -p:BindGenCheck=true && status=0 || status=$?
if [ "$status" -ne 0 ] && grep -q 'error BG0031' "$WORK/check2.log" && grep -q '+.*bindgen_e2e_probe2' "$WORK/check2.log" \
   && cmp -s "$GENERATED" "$WORK/generated.before.cs"; then
  pass "BindGenCheck=true (stale) failed the build: $(grep -m1 'error BG0031' "$WORK/check2.log" | sed 's/^ *//')"
else
  fail "BindGenCheck=true on stale output (exit $status; expected failure with BG0031 and a diff)"; show "$WORK/check2.log"
fi

step "sample: BindGenOutputDir inside the project (committed bindings): compiled once, kept by dotnet clean"
build "$WORK/outdir1.log" -p:BindGenOutputDir=Generated/ && build "$WORK/outdir2.log" -p:BindGenOutputDir=Generated/ && status=0 || status=$?
(cd "$SAMPLE" && dotnet clean -p:BindGenOutputDir=Generated/ "${DOTNET_BUILD_FLAGS[@]}") >"$WORK/outdir-clean.log" 2>&1 || status=$?
if [ "$status" -eq 0 ] && [ -f "$SAMPLE/Generated/zlib_wrapper.g.cs" ] && ! grep -q 'CS2002' "$WORK/outdir1.log" "$WORK/outdir2.log" \
   && grep -qE '^ *0 Warning\(s\)' "$WORK/outdir2.log"; then
  pass "BindGenOutputDir=Generated/"
else
  fail "BindGenOutputDir=Generated/ (exit $status)"; show "$WORK/outdir2.log" 20
fi
rm -rf "$SAMPLE/Generated"

step "sample: a syntax error in a header fails the build with MSBuild's canonical error format"
printf '\nint bindgen_e2e_broken(;\n' >>"$HDR/zlib.h"
build "$WORK/error.log" && status=0 || status=$?
canonical="$(grep -E "$HDR/zlib\.h\([0-9]+,[0-9]+\): error BG0001: " "$WORK/error.log" | head -1 | sed 's/^ *//' || true)"
if [ "$status" -ne 0 ] && [ -n "$canonical" ] && grep -qE '^ *[1-9][0-9]* Error\(s\)' "$WORK/error.log"; then
  pass "build failed with: $canonical"
else
  fail "syntax error build (exit $status; expected failure with file(line,col): error BG0001)"; show "$WORK/error.log"
fi

# ---------------------------------------------------------------------------------------------------------------
SHIM_SAMPLE="$WORK/shimsample"
mkdir -p "$SHIM_SAMPLE"
cp -r "$ROOT/samples/ZlibShimSample/ZlibShimSample.csproj" "$ROOT/samples/ZlibShimSample/Program.cs" "$ROOT/samples/ZlibShimSample/bindgen.json" "$ROOT/samples/ZlibShimSample/native" "$SHIM_SAMPLE/"
cp "$SAMPLE/nuget.config" "$SHIM_SAMPLE/"
SHIM_BUILT="$SHIM_SAMPLE/obj/Debug/net10.0/bindgen/libz_shim.so"
SHIM_COPIED="$SHIM_SAMPLE/bin/Debug/net10.0/libz_shim.so"
shim_build() { # shim_build <log> [extra msbuild args...]
  local log="$1"; shift
  (cd "$SHIM_SAMPLE" && dotnet build -v:n "${DOTNET_BUILD_FLAGS[@]}" -p:BindGenVersion="$VERSION" "$@") >"$log" 2>&1
}

step "shim sample: BuildShim=true builds libz_shim.so, copies it to the output folder, and deflateInit/inflateInit run"
shim_build "$WORK/shim1.log" && status=0 || status=$?
(cd "$SHIM_SAMPLE" && dotnet bin/Debug/net10.0/ZlibShimSample.dll) >"$WORK/shim-run.log" 2>&1 && run_status=0 || run_status=$?
if [ "$status" -eq 0 ] && [ -f "$SHIM_BUILT" ] && [ -f "$SHIM_COPIED" ] && grep -qE '^ *0 Warning\(s\)' "$WORK/shim1.log" \
   && [ "$run_status" -eq 0 ] && grep -q 'round trip OK' "$WORK/shim-run.log"; then
  pass "shim sample built and ran: $(tr '\n' ' ' <"$WORK/shim-run.log")"
else
  fail "shim sample (build exit $status, run exit $run_status)"; show "$WORK/shim1.log" 30; show "$WORK/shim-run.log"
fi

step "shim sample: a second build leaves the shim alone"
shim_mtime="$(mtime "$SHIM_BUILT")"
copied_mtime="$(mtime "$SHIM_COPIED")"
sleep 1.1
shim_build "$WORK/shim2.log" && status=0 || status=$?
if [ "$status" -eq 0 ] && grep -q 'Skipping target "BindGenGenerate"' "$WORK/shim2.log" \
   && [ "$(mtime "$SHIM_BUILT")" = "$shim_mtime" ] && [ "$(mtime "$SHIM_COPIED")" = "$copied_mtime" ]; then
  pass "second build: generator skipped, libz_shim.so untouched"
else
  fail "second shim build (exit $status) should leave libz_shim.so alone ($shim_mtime -> $(mtime "$SHIM_BUILT"))"; show "$WORK/shim2.log" 20
fi

step "shim sample: a deleted shim library is rebuilt"
rm -f "$SHIM_BUILT"
shim_build "$WORK/shim3.log" && status=0 || status=$?
if [ "$status" -eq 0 ] && [ -f "$SHIM_BUILT" ] && [ "$(generated_runs "$WORK/shim3.log")" -ge 1 ]; then
  pass "deleted libz_shim.so -> rebuilt"
else
  fail "after deleting libz_shim.so (exit $status)"; show "$WORK/shim3.log" 20
fi

echo
echo "total $(elapsed "$START_ALL")"
if [ "$FAILURES" -eq 0 ]; then
  echo "RESULT: PASS"
else
  echo "RESULT: FAIL ($FAILURES step(s) failed)"
  exit 1
fi
