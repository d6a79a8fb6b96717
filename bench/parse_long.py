"""Parsing time of long, hostile text ToRs: does a document cost its length, or its square?

Each document is about a megabyte of one shape an upload could take (one long line; many labelled lines;
headings, lists and labels repeated). A parse that grows with the square of the length shows here as
seconds turning into minutes. Run: .venv/bin/python bench/parse_long.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import time

from jpo.vacancy.parse import parse_bytes

DOCUMENTS: dict[str, bytes] = {
    "one line of numbers (JSON array)": json.dumps(list(range(200_000))).encode(),
    "one line of words": (" ".join(["word"] * 200_000) + "\n").encode(),
    "45,000 labelled lines": ("Duty station: Nairobi\n" * 45_000).encode(),
    "a ToR's parts repeated": (
        "## Duties\n\n- Support the team.\n\nGrade: P-2\nDeadline: 5 May 2027\n" * 15_000
    ).encode(),
    "25,000 list items": ("- Support the programme in the region\n" * 25_000).encode(),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {args.runs} runs"
    )
    print(f"{'document':36} {'KB':>6} {'parse s':>8}")
    for name, data in DOCUMENTS.items():
        timings = []
        for _ in range(args.runs):
            start = time.perf_counter()
            parse_bytes(data, "txt")
            timings.append(time.perf_counter() - start)
        print(f"{name:36} {len(data) / 1024:6.0f} {statistics.median(timings):8.2f}")


if __name__ == "__main__":
    main()
