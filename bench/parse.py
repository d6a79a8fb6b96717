"""Parsing speed: documents per second for text and PDF ToRs on one core (median of several runs).

Run: .venv/bin/python bench/parse.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from importlib.resources import files
from pathlib import Path

from jpo.vacancy.extract import extract_bytes
from jpo.vacancy.parse import parse_bytes

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(str(files("jpo.demo").joinpath("seeds")))
PDF = ROOT / "tests" / "data" / "tors" / "undp_pdf.pdf"


def _median_ms(work: list[tuple[bytes, str]], runs: int, step: str) -> float:
    """Median over `runs` of the mean milliseconds per document."""
    results = []
    for _ in range(runs):
        start = time.perf_counter()
        for data, fmt in work:
            if step == "extract":
                extract_bytes(data, fmt)
            else:
                parse_bytes(data, fmt)
        results.append((time.perf_counter() - start) * 1000 / len(work))
    return statistics.median(results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    txt = [(p.read_bytes(), "txt") for p in sorted(SEEDS.glob("*.txt"))]
    pdf = [(PDF.read_bytes(), "pdf")]
    parse_bytes(*txt[0])  # warm caches: regexes, dateparser's language data, geo indexes
    print(f"machine: {platform.machine()} {platform.processor() or ''} python {platform.python_version()}")
    for name, work in (("txt (5 seeds, 6-18 KB)", txt), ("pdf (3 pages)", pdf)):
        ms = _median_ms(work, args.runs, "parse")
        extract_ms = _median_ms(work, args.runs, "extract")
        print(f"{name:26} {ms:7.2f} ms/doc  {1000 / ms:7.1f} docs/s  (extraction {extract_ms:.2f} ms)")


if __name__ == "__main__":
    main()
