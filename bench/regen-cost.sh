#!/usr/bin/env bash
# What a build pays when an included header was touched but nothing changed (issue 17, item 4): the common case, since
# a header's mtime moves with every checkout, `git stash` or install. BindGenGenerate's inputs are timestamps, so the
# target runs bindgen, which parses, renders, compares and writes nothing. Its cost should be the parse floor plus the
# process start.
#
#   bench/regen-cost.sh [HEADER...]      default: zlib.h, sqlite3.h, openssl/ssl.h (when installed) and a synthetic
#                                        header of about 10k preprocessed lines
#   N=7 bench/regen-cost.sh ...          rounds (median reported)
#   JIT=0 bench/regen-cost.sh ...        skip the BindGenUseAot=false builds (the framework-dependent CLI)
#
# For each header: a console project with the BindGen.MSBuild package packed from this tree (bench_packages in
# common.sh), whose wrapper.h includes local.h, which includes the header. One first build generates. Then, in each
# round, interleaved:
#   floor    clang -fsyntax-only wrapper.h
#   start    the package's Native AOT bindgen --version (process start, nothing else)
#   direct   that bindgen with the command line the targets give it, run directly (what bindgen itself costs)
#   aot      touch local.h (mtime only), dotnet build: BindGenGenerate's time from MSBuild's performance summary
#   jit      the same with -p:BindGenUseAot=false (bindgen.dll through dotnet)
# (direct writes nothing either: its output is up to date), and checks after every build that the generated file and the deps file kept their timestamps and that CoreCompile was
# skipped (a regeneration that changed nothing must write nothing and recompile nothing). Prints a Markdown table with
# the ratios against floor + start. The build's own wall time (MSBuild's start, evaluation, the other targets) is
# printed beside it: it is what the developer waits for, and most of it is not BindGen's.
set -euo pipefail
source "$(dirname "$0")/common.sh"

N=${N:-7}
CLANG=$(find_clang)
VERSION=$(bench_packages)
AOT=$(msbuild_bindgen "$VERSION")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
BUILD_FLAGS=(--nologo --no-restore --disable-build-servers -p:UseSharedCompilation=false -v:n -clp:PerformanceSummary)

headers=("$@")
if [ ${#headers[@]} -eq 0 ]; then
    mapfile -t headers < <(real_headers)
    python3 "$BENCH_DIR/synth-header.py" --lines 10000 > "$WORK/synth_10000.h"
    headers+=("$WORK/synth_10000.h")
fi
kinds=(aot)
[ "${JIT:-1}" != 0 ] && kinds+=(jit)

# target_ms LOG TARGET: TARGET's time in MSBuild's target performance summary (ms).
target_ms() { awk -v t="$2" '/Target Performance Summary/ { on = 1 } on && $2 == "ms" && $3 == t { print $1; exit }' "$1"; }
mtime() { stat -c %Y.%N "$1"; }

# make_project DIR HEADER: a console project binding HEADER through wrapper.h -> local.h -> HEADER.
make_project() {
    local dir=$1 header=$2
    mkdir -p "$dir"
    bench_nuget_config "$dir"
    printf '#include "local.h"\n' > "$dir/wrapper.h"
    printf '#include "%s"\n' "$header" > "$dir/local.h"
    cat > "$dir/App.csproj" <<X
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="BindGen.MSBuild" Version="$VERSION" PrivateAssets="all" />
    <BindGenHeader Include="wrapper.h" Namespace="Bench" Library="bench" />
  </ItemGroup>
</Project>
X
    printf 'System.Console.WriteLine("bench");\n' > "$dir/Program.cs"
}

# touched_build DIR KIND LOG: touches local.h, builds, prints BindGenGenerate's ms and the build's wall ms; fails when
# the build failed, the generator did not run, or anything was rewritten or recompiled.
touched_build() {
    local dir=$1 kind=$2 log=$3 generated deps before_g before_d start end
    generated="$dir/obj/Debug/net10.0/bindgen/wrapper.g.cs"
    deps="$dir/obj/Debug/net10.0/bindgen-state/wrapper.deps"
    before_g=$(mtime "$generated"); before_d=$(mtime "$deps")
    sleep 0.01
    touch "$dir/local.h"
    local extra=()
    [ "$kind" = jit ] && extra=(-p:BindGenUseAot=false)
    start=$(now_us)
    (cd "$dir" && dotnet build "${BUILD_FLAGS[@]}" "${extra[@]}") > "$log" 2>&1 || { echo "regen-cost: build failed, see below" >&2; tail -30 "$log" >&2; return 1; }
    end=$(now_us)
    grep -q 'BindGen: generating' "$log" || { echo "regen-cost: the generator did not run after touching local.h ($log)" >&2; return 1; }
    [ "$(mtime "$generated")" = "$before_g" ] || { echo "regen-cost: $generated was rewritten although nothing changed" >&2; return 1; }
    [ "$(mtime "$deps")" = "$before_d" ] || { echo "regen-cost: $deps was rewritten although nothing changed" >&2; return 1; }
    grep -q 'Skipping target "CoreCompile"' "$log" || { echo "regen-cost: CoreCompile ran although nothing changed ($log)" >&2; return 1; }
    echo "$(target_ms "$log" BindGenGenerate) $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", (b - a) / 1000 }')"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }

echo "$(machine_line)"
echo "clang: $("$CLANG" --version | head -1); BindGen.MSBuild $VERSION, Native AOT bindgen $AOT; $N rounds, interleaved, median"
echo
header="| header | preprocessed lines | floor: clang -fsyntax-only (ms) | start: bindgen --version (ms) | floor + start (ms) | direct: bindgen (ms) | direct / (floor + start) |"
rule="|---|---:|---:|---:|---:|---:|---:|"
for k in "${kinds[@]}"; do header+=" BindGenGenerate $k (ms) | $k / (floor + start) | build wall $k (ms) |"; rule+="---:|---:|---:|"; done
echo "$header"
echo "$rule"
for h in "${headers[@]}"; do
    h=$(realpath "$h")
    name=$(basename "$h" .h)
    dir="$WORK/$name"
    make_project "$dir" "$h"
    (cd "$dir" && dotnet build --nologo --disable-build-servers -p:UseSharedCompilation=false) > "$WORK/$name.first.log" 2>&1 \
        || { echo "regen-cost: first build of $name failed:" >&2; tail -30 "$WORK/$name.first.log" >&2; exit 1; }
    lines=$("$CLANG" -E "$dir/wrapper.h" 2>/dev/null | wc -l)
    : > "$WORK/floor.times"; : > "$WORK/start.times"; : > "$WORK/direct.times"
    # The targets' command line for this project (BindGenGenerate's Exec), run directly.
    direct=("$AOT" "$dir/wrapper.h" --output "$dir/obj/Debug/net10.0/bindgen/wrapper.g.cs" --diagnostic-format msbuild
            --namespace Bench --library bench --deps-file "$dir/obj/Debug/net10.0/bindgen-state/wrapper.deps")
    for k in "${kinds[@]}"; do : > "$WORK/$k.gen"; : > "$WORK/$k.wall"; done
    # Warm-up: one of each, untimed.
    "$CLANG" -fsyntax-only "$dir/wrapper.h" >/dev/null 2>&1 || true
    "$AOT" --version >/dev/null
    for k in "${kinds[@]}"; do touched_build "$dir" "$k" "$WORK/$name.$k.log" >/dev/null; done
    for ((i = 0; i < N; i++)); do
        time_ms "$CLANG" -fsyntax-only "$dir/wrapper.h" >> "$WORK/floor.times"
        time_ms "$AOT" --version >> "$WORK/start.times"
        time_ms "${direct[@]}" >> "$WORK/direct.times"
        for k in "${kinds[@]}"; do
            result=$(touched_build "$dir" "$k" "$WORK/$name.$k.log")
            echo "${result% *}" >> "$WORK/$k.gen"; echo "${result#* }" >> "$WORK/$k.wall"
        done
    done
    floor=$(median < "$WORK/floor.times"); start=$(median < "$WORK/start.times")
    sum=$(awk -v a="$floor" -v b="$start" 'BEGIN { printf "%.1f", a + b }')
    direct_ms=$(median < "$WORK/direct.times")
    row="| $(basename "$h") | $lines | $floor | $start | $sum | $direct_ms | $(ratio "$direct_ms" "$sum") |"
    for k in "${kinds[@]}"; do
        gen=$(median < "$WORK/$k.gen"); wall=$(median < "$WORK/$k.wall")
        row+=" $gen | $(ratio "$gen" "$sum") | $wall |"
    done
    echo "$row"
done
