"""The CLI imports what a command needs when it runs: `jpo --help` and a text ToR's parse load no
database, web, PDF or Word stack (they made every command take 1.5 s to start)."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

HEAVY = (
    "sqlalchemy",
    "fastapi",
    "uvicorn",
    "jinja2",
    "docx",
    "pypdfium2",
    "dateparser",
    "charset_normalizer",
)
LOADED_AFTER = """
import json, sys
from jpo.cli.main import app
heavy = json.loads(sys.argv[2])
sys.argv = ["jpo", *json.loads(sys.argv[1])]
try:
    app()
except SystemExit:
    pass
print(json.dumps(sorted(name for name in heavy if name in sys.modules)), file=sys.stderr)
"""
SEED = str(files("jpo.demo").joinpath("seeds", "000_2c415e182262a1a3.txt"))


@pytest.mark.parametrize(
    "arguments", [["--help"], ["vacancy", "parse", SEED, "--json"], ["vacancy", "--help"]]
)
def test_a_command_loads_only_what_it_needs(arguments: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER, json.dumps(arguments), json.dumps(HEAVY)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert json.loads(result.stderr.strip().splitlines()[-1]) == [], result.stderr


def test_a_pdf_still_loads_its_reader() -> None:
    pdf = Path(__file__).parents[1] / "data" / "tors" / "undp_pdf.pdf"
    result = subprocess.run(
        [sys.executable, "-c", LOADED_AFTER, json.dumps(["vacancy", "parse", str(pdf), "--json"]), json.dumps(HEAVY)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert "Programme Analyst" in result.stdout
    assert json.loads(result.stderr.strip().splitlines()[-1]) == ["pypdfium2"]
