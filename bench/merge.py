#!/usr/bin/env python3
"""Joins the rounds of one scenario into one hyperfine-style result file.

    merge.py OUT ROUND.json ...

Each round file is hyperfine's --export-json for one run of each command; OUT gets
every command's times from all rounds, which is what report.py reads, and a line per
command (median, min, max) goes to stderr.
"""
import json
import statistics
import sys


def main():
    out, rounds = sys.argv[1], sys.argv[2:]
    times = {}
    for path in rounds:
        with open(path) as f:
            for result in json.load(f)["results"]:
                times.setdefault(result["command"], []).extend(result["times"])
    results = [{"command": name, "times": values} for name, values in times.items()]
    with open(out, "w") as f:
        json.dump({"results": results}, f)
    for name, values in times.items():
        print(f"  {name:6} median {statistics.median(values):.4f} s  min {min(values):.4f}  max {max(values):.4f}"
              f"  ({len(values)} runs)", file=sys.stderr)


if __name__ == "__main__":
    main()
