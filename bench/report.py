#!/usr/bin/env python3
"""Turns bench/run's hyperfine and GNU time results into a table and BENCHMARKS.md.

Usage: report.py RESULTS_DIR DSQL_VERSION [--no-write] [SCENARIO ...]
BENCHMARKS.md is written only for a full run (no scenarios named).
"""
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys

# id: (description, wall-time target dsql/psql, memory target)
SCENARIOS = {
    "B1": ("start, connect, `select 1`, exit", 1.10, None),
    "B2": ("1,000,000 rows × 6 columns, aligned, to /dev/null", 1.00, "psql"),
    "B3csv": ("the same, `--csv`", 0.80, 64),
    "B3json": ("the same, dsql `--json` against psql `--csv`", 1.00, 64),
    "B4": ("20,000 single-row INSERTs piped through stdin", 1.00, 64),
    "B5out": ("`\\copy bench_rows to FILE` (1,000,000 rows)", 1.00, 64),
    "B5in": ("`\\copy bench_copy from FILE` (1,000,000 rows; dsql with `COPY_BATCH_ROWS=0`)", 1.00, 64),
}
TOOLS = ("dsql", "psql", "floor")


def run(*argv):
    try:
        return subprocess.run(argv, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "not found"


def run_date(results):
    """When the newest result was written, so a report made again later keeps the run's date."""
    times = [os.path.getmtime(os.path.join(results, n)) for n in os.listdir(results) if n.endswith(".json")]
    stamp = max(times) if times else datetime.datetime.now().timestamp()
    return datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")


def machine():
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem_kib = int(f.readline().split()[1])
    os_name = "unknown"
    if os.path.exists("/etc/os-release"):
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    os_name = line.split("=", 1)[1].strip().strip('"')
    return [
        ("date of the run (UTC)", run_date(sys.argv[1])),
        ("CPU", f"{cpu}, {os.cpu_count()} logical CPUs (nproc {run('nproc')})"),
        ("memory", f"{mem_kib / 1024 / 1024:.1f} GiB"),
        ("OS", f"{os_name}, Linux {platform.release()}"),
        ("dsql", sys.argv[2]),
        ("Swift", run("swift", "--version").splitlines()[0] if run("swift", "--version") else "unknown"),
        ("psql", run(os.path.join(run("pg_config", "--bindir"), "psql"), "--version") + " (the binary, not Debian's pg_wrapper)"),
        ("server", run("pg_config", "--version") + " (local, TLS verify-full on 127.0.0.1)"),
        ("OpenSSL", run("openssl", "version")),
        ("hyperfine", run("hyperfine", "--version")),
    ]


def load(results, scenario):
    path = os.path.join(results, scenario + ".json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        data = json.load(f)
    medians = {r["command"]: statistics.median(r["times"]) for r in data["results"]}
    rss = {}
    for tool in TOOLS:
        rss_path = os.path.join(results, f"{scenario}.{tool}.rss")
        if os.path.exists(rss_path):
            with open(rss_path) as f:
                lines = [l for l in f.read().split() if l.isdigit()]
                rss[tool] = int(lines[-1]) / 1024 if lines else None
    return medians, rss


def table(results):
    head = ("| scenario | dsql s | psql s | floor s | dsql/psql | target | dsql/floor "
            "| RSS dsql MiB | RSS psql MiB | RSS floor MiB | memory target | met |")
    rows = [head, "|" + "---|" * 12]
    verdicts = []
    for scenario, (_, target, mem_target) in SCENARIOS.items():
        loaded = load(results, scenario)
        if loaded is None:
            continue
        med, rss = loaded
        ratio = med["dsql"] / med["psql"]
        floor_ratio = med["dsql"] / med["floor"]
        mem_ok = True
        if mem_target == "psql":
            mem_text = "≤ psql"
            mem_ok = rss.get("dsql", 0) <= rss.get("psql", 0)
        elif mem_target is not None:
            mem_text = f"≤ {mem_target}"
            mem_ok = rss.get("dsql", 0) <= mem_target
        else:
            mem_text = "—"
        met = ratio <= target and mem_ok
        verdicts.append((scenario, met))
        fmt = lambda v: "—" if v is None else f"{v:.1f}"
        rows.append(
            f"| {scenario} | {med['dsql']:.3f} | {med['psql']:.3f} | {med['floor']:.3f} | {ratio:.2f} "
            f"| ≤ {target:.2f} | {floor_ratio:.2f} | {fmt(rss.get('dsql'))} | {fmt(rss.get('psql'))} "
            f"| {fmt(rss.get('floor'))} | {mem_text} | {'yes' if met else '**no**'} |")
    return "\n".join(rows), verdicts


def main():
    results = sys.argv[1]
    args = sys.argv[3:]
    no_write = "--no-write" in args
    named = [a for a in args if a != "--no-write"]
    text, verdicts = table(results)
    print(text)
    if no_write or named:
        return
    lines = [
        "# Benchmarks",
        "",
        "dsql against psql and the libpq floor (`bench/floor.c`: the same libpq calls, rows",
        "fetched and dropped) on the local PostgreSQL 15 with verify-full TLS over loopback.",
        "Made by `bench/run`; wall times are hyperfine medians of the same run, peak memory",
        "is GNU time's maximum resident set size. Ratios below 1 mean dsql is faster.",
        "",
        "## Scenarios",
        "",
    ]
    lines += [f"- **{k}** {v[0]}" for k, v in SCENARIOS.items()]
    lines += [
        "",
        "The floor runs B5 as `COPY … TO STDOUT` / `FROM STDIN` with the same file.",
        "The psql measured is the binary from",
        "`pg_config --bindir`, not Debian's Perl wrapper. Runs are interleaved: each round times",
        "dsql, psql and the floor once, in a rotating order. Timed rounds:",
        f"{os.environ.get('BENCH_RUNS', '7')} after {os.environ.get('BENCH_WARMUP', '1')} warm-up "
        f"(B1: {max(40, int(os.environ.get('BENCH_RUNS', '7')))}); the writing scenarios (B4, B5in) start",
        "each run from an emptied table and a `CHECKPOINT`, with autovacuum off for that table.",
        "",
        "## Results",
        "",
        text,
        "",
    ]
    latency = os.path.join(results, "latency.md")
    if os.path.exists(latency):
        with open(latency) as f:
            lines += [
                "## Over network latency (B6–B9)",
                "",
                "The same local server behind `bench/latency-proxy.py`, which delays every byte by",
                "half the round trip in each direction without limiting throughput. Medians of",
                f"{os.environ.get('BENCH_LATENCY_RUNS', '3')} interleaved runs; round trips are the client turns the proxy",
                "counted in one run (TCP's own handshake is not among them).",
                "",
                f.read().rstrip(),
                "",
            ]
    lines += [
        "## Machine",
        "",
    ]
    lines += [f"- {k}: {v}" for k, v in machine()]
    notes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "NOTES.md")
    if os.path.exists(notes):
        with open(notes) as f:
            lines += ["", f.read().rstrip()]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(os.path.join(root, "BENCHMARKS.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote BENCHMARKS.md", file=sys.stderr)


if __name__ == "__main__":
    main()
