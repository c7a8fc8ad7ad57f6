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
