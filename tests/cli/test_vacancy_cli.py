"""`jpo vacancy ...` as a user runs it: real subprocess, real files, exit codes and output."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

SEED = Path(str(files("jpo.demo").joinpath("seeds"))) / "002_225b0afb764ea097.txt"


def jpo(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jpo", *args], capture_output=True, text=True, env=env, check=False
    )


def test_parse_json_prints_the_contract_document() -> None:
    result = jpo("vacancy", "parse", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema"] == "jpo.vacancy/1"
    assert doc["closing"]["utc"] == "2024-08-09T14:59:00Z"


def test_parse_without_json_prints_a_summary() -> None:
    result = jpo("vacancy", "parse", str(SEED))
    assert result.returncode == 0, result.stderr
    assert "JPO in Human Rights" in result.stdout
    assert "2024-08-09T14:59:00Z" in result.stdout


def test_text_prints_what_sources_point_into() -> None:
    text = jpo("vacancy", "text", str(SEED)).stdout
    doc = json.loads(jpo("vacancy", "parse", str(SEED), "--json").stdout)
    span = doc["sources"]["reference"]
    assert text[span["start"] : span["end"]] == "22P308"


@pytest.mark.parametrize(
    ("name", "content", "keyword"),
    [
        ("missing.txt", None, "not found"),
        ("empty.txt", b"", "empty"),
        ("garbage.txt", bytes(range(256)) * 8, "binary"),
        ("tor.xyz", b"hello", "unsupported"),
        ("broken.pdf", b"%PDF-1.7 this is not really a pdf", "PDF"),
        ("notzip.docx", b"plain text, not a zip", "zip"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, name: str, content: bytes | None, keyword: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = jpo("vacancy", "parse", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("jpo: error: ") and str(path) in lines[0]
    assert keyword.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr


def test_size_limit_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Title: JPO\n" * 20000)
    import os

    env = {**os.environ, "JPO_MAX_UPLOAD_MB": "0.1"}
    result = jpo("vacancy", "parse", str(path), env=env)
    assert result.returncode == 2
    assert "limit" in result.stderr


def test_not_a_tor_exits_0_with_warnings(tmp_path: Path) -> None:
    path = tmp_path / "menu.txt"
    path.write_text("Menu\n\nSoup of the day\nGrilled fish\n")
    result = jpo("vacancy", "parse", str(path), "--json")
    assert result.returncode == 0
    fields = {w["field"] for w in json.loads(result.stdout)["warnings"]}
    assert {"title", "closing", "sponsor_country", "duty_station"} <= fields


def test_db_upgrade_creates_the_embedded_database(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "JPO_DATA_DIR": str(tmp_path / "data")}
    env.pop("JPO_DATABASE_URL", None)
    first = jpo("db", "upgrade", env=env)
    assert first.returncode == 0, first.stderr
    assert (tmp_path / "data" / "jpo.sqlite3").exists()
    assert jpo("db", "upgrade", env=env).returncode == 0  # idempotent


def test_db_upgrade_reports_an_unreachable_database_in_one_line() -> None:
    import os

    env = {**os.environ, "JPO_DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none"}
    result = jpo("db", "upgrade", env=env)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_the_summary_names_the_fields_to_check_first() -> None:
    seed = SEED.parent / "001_d3810217563a6ac6.txt"
    result = jpo("vacancy", "parse", str(seed))
    assert result.returncode == 0, result.stderr
    line = " ".join(result.stdout.split("check first (least sure):", 1)[1].split())
    assert line.startswith("eligibility.degree_experience (0.25), eligibility.max_age (0.25)")
