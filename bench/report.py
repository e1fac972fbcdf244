#!/usr/bin/env python3
"""Renders bench/run.sh's results as markdown tables into BENCHMARKS.md,
between the lines `<!-- bench:begin -->` and `<!-- bench:end -->`."""
import json
import os
import re
import statistics
import sys

results, target = sys.argv[1], sys.argv[2]


def read_pairs(name):
    out = {}
    path = os.path.join(results, name)
    if os.path.exists(path):
        for line in open(path):
            parts = line.split()
            if parts:
                out[parts[0]] = parts[1:]
    return out


times = {k: dict(zip(["wall", "user", "sys", "rss"], map(float, v))) for k, v in read_pairs("times.txt").items()}
values = {k: v[0] for k, v in read_pairs("values.txt").items()}
machine = {k: " ".join(v) for k, v in read_pairs("machine.txt").items()}


def cpu(k):
    t = times[k]
    return t["user"] + t["sys"]


def ratio(a, b):
    return f"{a / b:.2f}x" if b else "n/a"


def mib(n):
    return f"{n / 1048576:.1f} MiB"


out = []
w = out.append
w(f"Machine: {machine.get('nproc', '?')} cores, {machine.get('mem_gib', '?')} GiB, "
  f"{machine.get('rustc', '?')}; last run {machine.get('date', '?')}, load average then "
  f"{machine.get('load', '?')}.")
w("")

# ---- per call
UNIT = {"ns": 1e-3, "µs": 1.0, "us": 1.0, "ms": 1e3, "s": 1e6}
percall = {}
path = os.path.join(results, "percall.txt")
if os.path.exists(path):
    group = None
    for line in open(path):
        m = re.match(r"^[├╰]─ (\w+)\s", line)
        if m:
            group = m.group(1)
            continue
        m = re.match(r"^[│ ]+[├╰]─ (\w+)\s+([\d.]+) (\S+)\s+│\s+([\d.]+) (\S+)\s+│\s+([\d.]+) (\S+)\s+│\s+([\d.]+) (\S+)", line)
        if m and group:
            percall[(group, m.group(1))] = float(m.group(6)) * UNIT[m.group(7)]
CASES = [
    ("ast_build", "AssociateSoftwareToken: build (as sent, unsigned)"),
    ("ast_build_sign", "AssociateSoftwareToken: build + sign"),
    ("agu_build_sign", "AdminGetUser: build + sign"),
    ("ast_decode", "AssociateSoftwareToken: decode"),
    ("agu_decode", "AdminGetUser: decode"),
]
if percall or any(k.startswith("callgrind_") for k in values):
    w("### Per call (CPU)")
    w("")
    w("| work | awsop instr. | baseline instr. | ratio | awsop median | baseline median | ratio |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for case, label in CASES:
        ia = values.get(f"callgrind_{case}_awsop")
        ib = values.get(f"callgrind_{case}_baseline")
        ta = percall.get((case, "awsop"))
        tb = percall.get((case, "baseline"))
        cells = [label]
        cells += [f"{int(ia):,}", f"{int(ib):,}", ratio(int(ia), int(ib))] if ia and ib else ["", "", ""]
        cells += [f"{ta:.2f} µs", f"{tb:.2f} µs", ratio(ta, tb)] if ta and tb else ["", "", ""]
        w("| " + " | ".join(cells) + " |")
    w("")

# ---- loopback
path = os.path.join(results, "loopback.jsonl")
if os.path.exists(path) and os.path.getsize(path):
    rows = [json.loads(l) for l in open(path) if l.strip()]
    rounds = sorted({r["round"] for r in rows})
    by = {(r["round"], r["client"], r["mode"]): r for r in rows}
    w(f"### Loopback: AssociateSoftwareToken against a local server ({rows[0]['n']:,} calls per mode, "
      f"{len(rounds)} rounds)")
    w("")
    w("Throughput and latency are those of each client's best round (the least disturbed by the other")
    w("builds on the machine); the ratio is the median, over rounds, of reqwest's calls/s over the")
    w("client's in the same round, with its range.")
    w("")
    w("| client | mode | calls/s | p50 | p99 | time per call vs reqwest |")
    w("| --- | --- | ---: | ---: | ---: | ---: |")
    for mode, label in [("sequential", "sequential"), ("concurrent64", "64 in flight")]:
        for client, name in [("reqwest", "plain reqwest (the limit)"), ("awsop", "awsop"), ("sdk", "official SDK")]:
            got = [by[(r, client, mode)] for r in rounds if (r, client, mode) in by]
            if not got:
                continue
            best = max(got, key=lambda g: g["calls_per_s"])
            rel = [by[(r, "reqwest", mode)]["calls_per_s"] / by[(r, client, mode)]["calls_per_s"]
                   for r in rounds if (r, client, mode) in by and (r, "reqwest", mode) in by]
            spread = f" ({min(rel):.2f}–{max(rel):.2f})" if client != "reqwest" else ""
            w(f"| {name} | {label} | {best['calls_per_s']:,.0f} | {best['p50_us']:.0f} µs | "
              f"{best['p99_us']:.0f} µs | {statistics.median(rel):.2f}x{spread} |")
    w("")

# ---- build
if "build_awsop_release" in times and "build_sdk_release" in times:
    w("### Build: a program making one AssociateSoftwareToken call")
    w("")
    w("| | awsop | official SDK | awsop / SDK |")
    w("| --- | ---: | ---: | ---: |")
    for p in ["release", "debug"]:
        a, b = f"build_awsop_{p}", f"build_sdk_{p}"
        if a in times and b in times:
            w(f"| clean {p} build, CPU (user+sys) | {cpu(a):.0f} s | {cpu(b):.0f} s | {ratio(cpu(a), cpu(b))} |")
            w(f"| clean {p} build, wall | {times[a]['wall']:.0f} s | {times[b]['wall']:.0f} s | "
              f"{ratio(times[a]['wall'], times[b]['wall'])} |")
            w(f"| clean {p} build, peak RSS of one rustc | {times[a]['rss'] / 1024:.0f} MiB | "
              f"{times[b]['rss'] / 1024:.0f} MiB | {ratio(times[a]['rss'], times[b]['rss'])} |")
    if "build_awsop_size" in values:
        a, b = int(values["build_awsop_size"]), int(values["build_sdk_size"])
        w(f"| stripped release binary | {mib(a)} | {mib(b)} | {ratio(a, b)} |")
    if "build_awsop_crates" in values:
        a, b = int(values["build_awsop_crates"]), int(values["build_sdk_crates"])
        w(f"| normal-dependency crates (incl. the program) | {a} | {b} | {ratio(a, b)} |")
    a, b = "build_awsop_incremental", "build_sdk_incremental"
    if a in times and b in times:
        w(f"| debug rebuild after editing a doc line (awsop: of the annotated struct), wall | "
          f"{times[a]['wall']:.1f} s | {times[b]['wall']:.1f} s | {ratio(times[a]['wall'], times[b]['wall'])} |")
        w(f"| the same, CPU | {cpu(a):.1f} s | {cpu(b):.1f} s | {ratio(cpu(a), cpu(b))} |")
    w("")

# ---- macro cost
def macro(pkg):
    runs = [k for k in times if re.fullmatch(f"macro_{pkg}_\\d+", k)]
    if not runs:
        return None
    return (statistics.median(cpu(k) for k in runs), statistics.median(times[k]["wall"] for k in runs),
            max(times[k]["rss"] for k in runs), len(runs))

m = {p: macro(p) for p in ["awsop10", "awsop50", "awsop150", "serde150"]}
if all(m.values()):
    w(f"### Macro cost: `cargo build` (debug) of the crate alone, dependencies built (median of {m['awsop150'][3]})")
    w("")
    w("| crate | operations | lines | CPU | wall | peak RSS | CPU vs serde150 |")
    w("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for p, n in [("awsop10", 10), ("awsop50", 50), ("awsop150", 150), ("serde150", 150)]:
        c, wall, rss, _ = m[p]
        w(f"| {p} | {n} | {values.get(f'macro_{p}_lines', '')} | {c:.2f} s | {wall:.2f} s | {rss / 1024:.0f} MiB | "
          f"{ratio(c, m['serde150'][0])} |")
    slope = (m["awsop150"][0] - m["awsop10"][0]) / 140
    w("")
    w(f"awsop costs {slope * 1000:.0f} ms of CPU per annotated operation (10 → 150); "
      f"awsop150 / serde150 = {ratio(m['awsop150'][0], m['serde150'][0])} CPU, "
      f"{ratio(m['awsop150'][1], m['serde150'][1])} wall.")
    w("")

# ---- tls
if "tls_ring" in times and "tls_aws-lc-rs" in times:
    a, b = "tls_ring", "tls_aws-lc-rs"
    w("### reqwest 0.12 + rustls: ring vs aws-lc-rs (clean release build of a one-GET program)")
    w("")
    w("| provider | CPU (user+sys) | wall | peak RSS | stripped binary | crates |")
    w("| --- | ---: | ---: | ---: | ---: | ---: |")
    for k, name in [(a, "ring"), (b, "aws-lc-rs")]:
        w(f"| {name} | {cpu(k):.0f} s | {times[k]['wall']:.0f} s | {times[k]['rss'] / 1024:.0f} MiB | "
          f"{mib(int(values[k + '_size']))} | {values[k + '_crates']} |")
    w(f"| ring / aws-lc-rs | {ratio(cpu(a), cpu(b))} | {ratio(times[a]['wall'], times[b]['wall'])} | | "
      f"{ratio(int(values[a + '_size']), int(values[b + '_size']))} | |")
    w("")

# ---- service
if "service_awsop_alone" in times and "service_sdk_alone" in times:
    w("### A whole generated service: awsop-cognito-idp vs aws-sdk-cognitoidentityprovider (debug)")
    w("")
    w("| | awsop-cognito-idp | aws-sdk-cognitoidentityprovider | ratio |")
    w("| --- | ---: | ---: | ---: |")
    for k, label in [("clean", "clean build with dependencies"), ("alone", "the crate alone")]:
        a, b = f"service_awsop_{k}", f"service_sdk_{k}"
        w(f"| {label}, CPU | {cpu(a):.0f} s | {cpu(b):.0f} s | {ratio(cpu(a), cpu(b))} |")
        w(f"| {label}, wall | {times[a]['wall']:.0f} s | {times[b]['wall']:.0f} s | "
          f"{ratio(times[a]['wall'], times[b]['wall'])} |")
    a, b = "service_awsop_alone", "service_sdk_alone"
    w(f"| peak RSS building the crate | {times[a]['rss'] / 1024:.0f} MiB | {times[b]['rss'] / 1024:.0f} MiB | "
      f"{ratio(times[a]['rss'], times[b]['rss'])} |")
    ra, rb = int(values["service_awsop_rlib"]), int(values["service_sdk_rlib"])
    w(f"| rlib | {mib(ra)} | {mib(rb)} | {ratio(ra, rb)} |")
    w(f"| normal-dependency crates | {values['service_awsop_crates']} | {values['service_sdk_crates']} | |")
    w("")
elif values.get("service_skipped"):
    w("### A whole generated service")
    w("")
    w("Not measured: `services/cognito-idp` did not exist when this ran; `bench/run.sh service report` measures it.")
    w("")

text = "\n".join(out)
begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
doc = open(target).read() if os.path.exists(target) else f"# Benchmarks\n\n{begin}\n{end}\n"
if begin not in doc:
    doc += f"\n{begin}\n{end}\n"
pre, rest = doc.split(begin, 1)
post = rest.split(end, 1)[1] if end in rest else "\n"
open(target, "w").write(f"{pre}{begin}\n{text}\n{end}{post}")
