"""Parsing speed on one core: milliseconds per document and documents per second, by document.

Each figure is the median of --runs timed passes after one warm-up pass (regexes compiled,
dateparser's language data and the geo indexes loaded). Run: .venv/bin/python bench/parse.py
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from importlib.resources import files
from pathlib import Path

from jpo.vacancy.extract import SUFFIXES, extract_bytes
from jpo.vacancy.parse import parse_bytes

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = [
    *sorted(Path(str(files("jpo.demo").joinpath("seeds"))).glob("*.txt")),
    ROOT / "tests" / "data" / "tors" / "undp_pdf.pdf",
    ROOT / "tests" / "data" / "tors" / "who_docx.docx",
]


def _median_ms(data: bytes, fmt: str, runs: int, *, extract_only: bool = False) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        if extract_only:
            extract_bytes(data, fmt)
        else:
            parse_bytes(data, fmt)
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    print(
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {args.runs} runs"
    )
    print(f"{'document':34} {'KB':>6} {'pages':>5} {'parse ms':>9} {'docs/s':>7} {'extract ms':>10}")
    for path in DOCUMENTS:
        data, fmt = path.read_bytes(), SUFFIXES[path.suffix]
        extracted = extract_bytes(data, fmt)
        parse_bytes(data, fmt)  # warm-up
        parse_ms = _median_ms(data, fmt, args.runs)
        extract_ms = _median_ms(data, fmt, args.runs, extract_only=True)
        pages = len(extracted.pages) if fmt in ("pdf", "txt") and len(extracted.pages) > 1 else None
        pages_text = str(pages) if pages else f"~{max(1, round(len(extracted.text) / 3500))}"
        print(
            f"{path.name:34} {len(data) / 1024:6.1f} {pages_text:>5} {parse_ms:9.2f} "
            f"{1000 / parse_ms:7.1f} {extract_ms:10.2f}"
        )


if __name__ == "__main__":
    main()
