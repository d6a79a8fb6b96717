"""How long the `jpo` command takes as a whole process: `jpo --help` and parsing a text ToR.

Each figure is the median of --runs launches (the first, which fills the OS file cache and
writes .pyc files, is not counted). Run: .venv/bin/python bench/cli_start.py
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JPO = ROOT / ".venv" / "bin" / "jpo"
SEED = ROOT / "src" / "jpo" / "demo" / "seeds" / "000_2c415e182262a1a3.txt"
COMMANDS = {
    "jpo --help": [str(JPO), "--help"],
    "jpo vacancy parse SEED.txt --json": [str(JPO), "vacancy", "parse", str(SEED), "--json"],
    "jpo vacancy parse SEED.txt (table)": [str(JPO), "vacancy", "parse", str(SEED)],
}


def _median_s(command: list[str], runs: int) -> float:
    subprocess.run(command, capture_output=True, check=True)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
          f"median of {runs} launches")  # fmt: skip
    print("| command | seconds |\n|---|---|")
    for name, command in COMMANDS.items():
        print(f"| `{name}` | {_median_s(command, runs):.2f} |")


if __name__ == "__main__":
    main()
