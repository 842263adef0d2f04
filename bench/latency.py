#!/usr/bin/env python3
"""The latency scenarios: dsql and psql through bench/latency-proxy.py at set round trips.

Usage: latency.py RESULTS_DIR  (settings from the environment bench/run exports:
DSQL_CMD, PSQL_CMD — connection arguments without host address and port —
BENCH_WORK, DSQL_TEST_PORT; BENCH_LATENCY_RUNS, default 3; BENCH_LATENCY_RTTS,
default "10 40"; BENCH_LATENCY_SCENARIOS, default all of B6 B7 B8 B9.)

Each scenario runs each command in interleaved rounds; the table gives the median
wall time and the round trips the proxy counted for one run (client turns: a burst
of client bytes after the server last spoke). Writes RESULTS_DIR/latency.md.
"""
import os
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Proxy:
    """bench/latency-proxy.py in the background, with its round-trip counter."""

    def __init__(self, target_port, rtt_ms, stats_path):
        self.port = free_port()
        self.stats_path = stats_path
        self.process = subprocess.Popen(
            [sys.executable, os.path.join(HERE, "latency-proxy.py"), str(self.port), str(target_port),
             str(rtt_ms / 2), stats_path])
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        self.wait_for_connections(1)

    def stats(self):
        try:
            with open(self.stats_path) as f:
                words = f.read().split()
            return int(words[1]), int(words[3])
        except (OSError, IndexError, ValueError):
            return 0, 0

    def wait_for_connections(self, count):
        """Waits until `count` connections have closed (the stats file is written after each)."""
        deadline = time.monotonic() + 30
        while self.stats()[0] < count and time.monotonic() < deadline:
            time.sleep(0.02)

    def stop(self):
        self.process.terminate()
        self.process.wait()


def run_once(proxy, command, prepare):
    """Runs `command` through the proxy; returns (seconds, round trips)."""
    if prepare:
        subprocess.run(prepare, shell=True, check=True, stdout=subprocess.DEVNULL)
    before_connections, before_turns = proxy.stats()
    started = time.monotonic()
    result = subprocess.run(command.replace("PROXYPORT", str(proxy.port)), shell=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.monotonic() - started
    if result.returncode != 0:
        sys.exit(f"latency: failed ({result.returncode}): {command}\n{result.stderr}")
    proxy.wait_for_connections(before_connections + 1)
    return elapsed, proxy.stats()[1] - before_turns


def main():
    results = sys.argv[1]
    work = os.environ["BENCH_WORK"]
    dsql = os.environ["DSQL_CMD"]
    psql = os.environ["PSQL_CMD"]
    truncate = os.environ["TRUNCATE_INS"]
    truncate_copy = os.environ["TRUNCATE_COPY"]
    runs = int(os.environ.get("BENCH_LATENCY_RUNS", "3"))
    rtts = [int(x) for x in os.environ.get("BENCH_LATENCY_RTTS", "10 40").split()]
    wanted = os.environ.get("BENCH_LATENCY_SCENARIOS", "B6 B7 B8 B9").split()
    inserts = os.path.join(work, "latency-inserts.sql")
    with open(inserts, "w") as f:
        for i in range(1, 2001):
            f.write(f"insert into bench_ins values ({i}, 'row {i}');\n")
    in_transaction = os.path.join(work, "latency-inserts-tx.sql")
    with open(in_transaction, "w") as f:
        f.write("begin;\n")
        with open(inserts) as source:
            f.write(source.read())
        f.write("commit;\n")
    copy_data = os.path.join(work, "latency-copy.data")
    with open(copy_data, "w") as f:
        for i in range(1, 100001):
            f.write(f"{i}\trow {i}\n")
    scenarios = {
        "B6": ("connect, `select 1`, exit", None, {
            "dsql": f"{dsql} -c 'select 1'", "psql": f"{psql} -c 'select 1'"}),
        "B7": ("2,000 single-row INSERTs through stdin", truncate, {
            "dsql": f"{dsql} < {inserts}", "dsql --pipeline": f"{dsql} --pipeline < {inserts}",
            "psql": f"{psql} < {inserts}"}),
        "B8": ("the same inside BEGIN … COMMIT", truncate, {
            "dsql": f"{dsql} < {in_transaction}", "psql": f"{psql} < {in_transaction}"}),
        "B9": ("`\\copy … from` 100,000 rows (dsql batching as on DSQL)", truncate_copy, {
            "dsql": f"{dsql} -c '\\copy bench_ins from {copy_data}'",
            "psql": f"{psql} -c '\\copy bench_ins from {copy_data}'"}),
    }
    rows = ["| scenario | RTT ms | command | median s | round trips | × psql time |", "|---|---|---|---|---|---|"]
    for rtt in rtts:
        proxy = Proxy(int(os.environ["DSQL_TEST_PORT"]), rtt, os.path.join(work, f"proxy-{rtt}.stats"))
        try:
            for scenario, (label, prepare, commands) in scenarios.items():
                if scenario not in wanted:
                    continue
                print(f"== {scenario} at {rtt} ms", file=sys.stderr)
                times = {name: [] for name in commands}
                trips = {}
                names = list(commands)
                for round_index in range(runs):
                    for k in range(len(names)):
                        name = names[(round_index + k) % len(names)]
                        seconds, turns = run_once(proxy, commands[name], prepare)
                        times[name].append(seconds)
                        trips[name] = turns
                psql_median = statistics.median(times["psql"])
                for name in names:
                    median = statistics.median(times[name])
                    rows.append(f"| {scenario} {label} | {rtt} | {name} | {median:.3f} | {trips[name]} "
                                f"| {median / psql_median:.2f} |")
        finally:
            proxy.stop()
    text = "\n".join(rows)
    print(text)
    with open(os.path.join(results, "latency.md"), "w") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
