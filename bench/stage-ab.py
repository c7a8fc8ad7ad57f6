#!/usr/bin/env python3
"""Interleaved A/B of two bindgen binaries, stage by stage: ms and MiB allocated per stage (BINDGEN_TIMINGS=1), whole-run
allocation, wall time and peak RSS, median of N runs after one warm-up, the two binaries alternating which goes first.
Checks that both write the same files.

    bench/stage-ab.py BASE_BINDGEN NEW_BINDGEN [N] [HEADER...]

Headers default to openssl/ssl.h and the plain and documented synthetic 100k-line shapes (bench/synth-header.py).
"""
import os, re, statistics, subprocess, sys, tempfile, filecmp

here = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) < 3:
    sys.exit(__doc__)
bins = {"base": sys.argv[1], "new": sys.argv[2]}
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
work = tempfile.mkdtemp(prefix="stage-ab-")
headers = {os.path.basename(h): h for h in sys.argv[4:]}
if not headers:
    headers["ssl.h"] = "/usr/include/openssl/ssl.h"
    for name, shape in (("synth 100k", "plain"), ("documented 100k", "documented")):
        path = os.path.join(work, shape + ".h")
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(here, "synth-header.py"), "--shape", shape, "--lines", "100000"], stdout=f, check=True)
        headers[name] = path
timing = re.compile(r"timing: (\w+)\s+([\d.]+) ms .*?allocated (\d+) MiB")
results = {(h, b): [] for h in headers for b in bins}
print("load average at start:", open("/proc/loadavg").read().split()[:3])
for r in range(runs + 1):
    for h, path in headers.items():
        order = list(bins.items()) if r % 2 == 0 else list(reversed(bins.items()))
        for b, binary in order:
            out = os.path.join(work, b)
            os.makedirs(out, exist_ok=True)
            p = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M", binary, path, "-n", "X", "-l", "x", "-o", out],
                               env={**os.environ, "BINDGEN_TIMINGS": "1"}, capture_output=True, text=True)
            if p.returncode != 0:
                sys.exit(f"{b} failed on {h}:\n{p.stderr[-2000:]}")
            stages, previous = {}, 0
            for m in timing.finditer(p.stderr):
                stages[m.group(1)] = (float(m.group(2)), int(m.group(3)) - previous)
                previous = int(m.group(3))
            t = re.search(r"TIME ([\d.]+) (\d+)", p.stderr)
            stages["total"] = (float(t.group(1)) * 1000, previous, int(t.group(2)) // 1024)
            if r > 0:
                results[(h, b)].append(stages)
        cmp = filecmp.dircmp(os.path.join(work, "base"), os.path.join(work, "new"))
        if cmp.diff_files or cmp.left_only or cmp.right_only:
            sys.exit(f"outputs differ on {h}: {cmp.diff_files + cmp.left_only + cmp.right_only}")
print("load average at end:", open("/proc/loadavg").read().split()[:3])
names = [s for s in results[next(iter(results))][0] if s != "total"]
med = statistics.median
print("| header | build | " + " | ".join(names) + " | MiB allocated | wall (ms) | peak RSS (MiB) |")
print("|---|---|" + "---:|" * (len(names) + 3))
for h in headers:
    for b in bins:
        rs = results[(h, b)]
        cells = [f"{med(x[s][0] for x in rs):.0f} ms, {med(x[s][1] for x in rs):.0f} MiB" for s in names]
        cells += [f"{med(x['total'][1] for x in rs):.0f}", f"{med(x['total'][0] for x in rs):.0f}", f"{med(x['total'][2] for x in rs):.0f}"]
        print(f"| {h} | {b} | " + " | ".join(cells) + " |")
