"""Instructions per parse of seeds 001 and 002, counted by callgrind: repeatable on a busy machine, where wall
time is not. Each seed is parsed once to warm up, then N more times; the count with N = 4 less the count with
N = 0, divided by 8, is one parse's cost (mean of the two seeds). Needs valgrind.

    .venv/bin/python bench/parse_instructions.py
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

_RUN = """
import sys
from importlib.resources import files
from pathlib import Path
from jpo.vacancy.parse import parse_bytes
seeds = sorted(Path(str(files("jpo.demo").joinpath("seeds"))).glob("*.txt"))[:2]
data = [p.read_bytes() for p in seeds]
for d in data:
    parse_bytes(d, "txt")
for _ in range(int(sys.argv[1])):
    for d in data:
        parse_bytes(d, "txt")
"""


def _instructions(script: Path, runs: int) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, str(script)]
    done = subprocess.run([*command, str(runs)], capture_output=True, text=True, check=True)
    found = re.search(r"Collected\s*:\s*(\d+)", done.stderr)
    if found is None:
        raise SystemExit("valgrind printed no instruction count")
    return int(found.group(1))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "run.py"
        script.write_text(_RUN, encoding="utf-8")
        per_parse = (_instructions(script, 4) - _instructions(script, 0)) / 8
    print(f"instructions per parse (seeds 001 and 002): {per_parse / 1e6:.1f} M")


if __name__ == "__main__":
    main()
