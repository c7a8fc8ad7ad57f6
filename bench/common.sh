# Shared helpers for bench/*.sh (sourced, not run).
# Finds clang and the bindgen binaries, times commands with bash's EPOCHREALTIME (no fork for the clock).

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"
AOT_BINDGEN="$REPO_ROOT/artifacts/aot/bindgen"
JIT_BINDGEN="$REPO_ROOT/src/BindGen.Cli/bin/Release/net10.0/bindgen"

# find_clang: prints a clang binary; installs Debian's clang-14 when none is found and we are root.
find_clang() {
    local c
    for c in clang clang-14 /usr/lib/llvm-14/bin/clang; do
        if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return 0; fi
    done
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "bench: no clang found; installing Debian's clang-14" >&2
        apt-get update -qq >&2 && apt-get install -y -qq clang-14 >&2 && command -v clang-14 && return 0
    fi
    echo "bench: no clang found: install it (Debian: apt-get install clang-14)" >&2
    return 1
}

# ensure_jit: builds the JIT CLI (Release) when it is missing.
ensure_jit() {
    if [ ! -x "$JIT_BINDGEN" ]; then
        echo "bench: building the CLI (Release)" >&2
        dotnet build "$REPO_ROOT/src/BindGen.Cli" -c Release -v q -nologo >&2 || return 1
    fi
}

# now_us: wall clock in microseconds.
now_us() { local t=${EPOCHREALTIME/[.,]/}; echo "$t"; }

# time_ms CMD...: runs CMD with output discarded; prints its wall time in ms (1 decimal).
time_ms() {
    local start end
    start=$(now_us)
    "$@" >/dev/null 2>&1
    end=$(now_us)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", (b - a) / 1000 }'
}

# median: reads numbers, one a line; prints their median.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# machine_line: one line describing the machine and the load on it.
machine_line() {
    local cpu cores mem load
    cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1)
    cores=$(nproc)
    mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    echo "machine: $cpu, $cores cores, $mem; load average $load (other work may share the machine: compare ratios, not times)"
}

# real_headers: the real libraries' headers the benchmarks use by default (zlib.h, sqlite3.h, openssl/ssl.h), those
# installed, one a line.
real_headers() {
    local h
    for h in /usr/include/zlib.h /usr/include/sqlite3.h /usr/include/openssl/ssl.h; do
        if [ -f "$h" ]; then echo "$h"; fi
    done
}

# --- the packages users install (bench/regen-cost.sh, and gen-speed.sh's TOOL=1 / MSBUILD=1 columns) ----------------
# Packed from this working tree with a version of their own, so NuGet never serves an older copy of 0.1.0.
BENCH_PACKAGES="$REPO_ROOT/artifacts/bench-packages"

# bench_packages: packs the dotnet tool (pointer, Native AOT BindGen.<rid>, BindGen.any) and BindGen.MSBuild into
# artifacts/bench-packages once (REPACK=1: again) and prints their version. The Native AOT compile takes minutes.
bench_packages() {
    local v
    if [ "${REPACK:-0}" = 0 ] && v=$(cat "$BENCH_PACKAGES/version" 2>/dev/null) && [ -f "$BENCH_PACKAGES/BindGen.MSBuild.$v.nupkg" ]; then
        echo "$v"; return 0
    fi
    v="0.1.0-bench.$(date +%s)"
    rm -rf "$BENCH_PACKAGES"
    mkdir -p "$BENCH_PACKAGES"
    echo "bench: packing the tool and the MSBuild package ($v; the Native AOT compile takes a few minutes)" >&2
    local p
    for p in BindGen.Cli BindGen.MSBuild; do
        dotnet pack "$REPO_ROOT/src/$p/$p.csproj" -c Release -o "$BENCH_PACKAGES" --artifacts-path "$BENCH_PACKAGES/build" \
            -p:Version="$v" --nologo -v q --disable-build-servers >&2 || return 1
    done
    echo "$v" > "$BENCH_PACKAGES/version"
    echo "$v"
}

# bench_nuget_config DIR: writes a nuget.config in DIR whose only source is artifacts/bench-packages.
bench_nuget_config() {
    cat > "$1/nuget.config" <<X
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="bindgen-bench" value="$BENCH_PACKAGES" />
  </packageSources>
</configuration>
X
}

# bench_dotnet_tool VERSION: installs the tool package into a tool manifest in artifacts/bench-tool (as users do:
# dotnet new tool-manifest, dotnet tool install); prints that folder. `dotnet tool run bindgen` runs it from there.
bench_dotnet_tool() {
    local dir="$REPO_ROOT/artifacts/bench-tool"
    if ! grep -q "\"$1\"" "$dir/dotnet-tools.json" 2>/dev/null; then
        rm -rf "$dir"; mkdir -p "$dir"
        bench_nuget_config "$dir"
        (cd "$dir" && dotnet new tool-manifest >/dev/null && dotnet tool install BindGen --version "$1" >/dev/null) || return 1
    fi
    echo "$dir"
}

# msbuild_bindgen VERSION: the executable BindGen.MSBuild's targets run on this machine (its Native AOT bindgen for
# this RID when the package holds one), extracted from the package into artifacts/bench-msbuild-tool; prints its path.
# Only the AOT executable is printed: the framework-dependent one is bindgen.dll run by dotnet (the jit column).
msbuild_bindgen() {
    local rid dir="$REPO_ROOT/artifacts/bench-msbuild-tool/$1"
    rid=$(dotnet --info 2>/dev/null | awk '/^ *RID:/ { print $2; exit }')
    if [ ! -x "$dir/tools/bindgen-aot/$rid/bindgen" ]; then
        rm -rf "$dir"; mkdir -p "$dir"
        unzip -q -o "$BENCH_PACKAGES/BindGen.MSBuild.$1.nupkg" "tools/bindgen-aot/*" -d "$dir" 2>/dev/null || true
        chmod +x "$dir/tools/bindgen-aot/$rid/bindgen" 2>/dev/null || true
    fi
    [ -x "$dir/tools/bindgen-aot/$rid/bindgen" ] || { echo "bench: BindGen.MSBuild.$1 holds no Native AOT bindgen for $rid" >&2; return 1; }
    echo "$dir/tools/bindgen-aot/$rid/bindgen"
}

# rust_bindgen: prints rust-bindgen's `bindgen` when one is installed (Debian: apt-get install bindgen), else nothing.
rust_bindgen() {
    local b
    for b in "${RUST_BINDGEN:-}" bindgen "$HOME/.cargo/bin/bindgen"; do
        [ -n "$b" ] || continue
        if command -v "$b" >/dev/null 2>&1 && "$b" --version 2>/dev/null | grep -q '^bindgen [0-9]'; then command -v "$b"; return 0; fi
    done
    return 0
}
