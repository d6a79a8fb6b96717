"""`jpo eligibility ...` and `jpo rulepack validate` as a user runs them."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from tests.support.profiles import make_profile

SEED_002 = Path(str(files("jpo.demo").joinpath("seeds"))) / "002_225b0afb764ea097.txt"


def jpo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jpo", *args], capture_output=True, text=True, check=False)


def write_profile(folder: Path, name: str, **overrides: object) -> Path:
    path = folder / f"{name}.json"
    path.write_text(make_profile(**overrides).model_dump_json(by_alias=True))
    return path


def test_check_json_on_a_tor(tmp_path: Path) -> None:
    profile = write_profile(tmp_path, "me")
    result = jpo("eligibility", "check", str(profile), str(SEED_002), "--on", "2024-08-01", "--json")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema"] == "jpo.eligibility/1"
    assert doc["eligible"] in (
        True,
        None,
    )  # None only if the shipped pack adds a rule the profile cannot meet
    assert {c["id"] for c in doc["criteria"]} >= {"nationality", "age", "language_test", "deadline"}


def test_check_accepts_a_vacancy_json(tmp_path: Path) -> None:
    vacancy = tmp_path / "v.json"
    vacancy.write_text(jpo("vacancy", "parse", str(SEED_002), "--json").stdout)
    profile = write_profile(tmp_path, "me", nationalities=["JP"])
    result = jpo("eligibility", "check", str(profile), str(vacancy), "--on", "2024-08-01", "--json")
    doc = json.loads(result.stdout)
    assert doc["eligible"] is False
    nationality = next(c for c in doc["criteria"] if c["id"] == "nationality")
    assert nationality["status"] == "fail" and "Japan" in nationality["reason"]


def test_check_table_in_candidate_terms(tmp_path: Path) -> None:
    profile = write_profile(
        tmp_path, "me", language_tests=[{"test": "TOEFL iBT", "score": 98, "date": "2023-09-01"}]
    )
    result = jpo("eligibility", "check", str(profile), str(SEED_002), "--on", "2024-08-01")
    assert result.returncode == 0
    assert "98" in result.stdout and "not eligible" in result.stdout


def test_profile_that_breaks_the_schema_is_one_precise_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema": "jpo.profile/1", "education": [{"level": "licence"}]}))
    result = jpo("eligibility", "check", str(bad), str(SEED_002))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "education.0.level" in lines[0] and "Traceback" not in result.stderr


def test_not_json_and_bad_date(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    assert "not valid JSON" in jpo("eligibility", "check", str(broken), str(SEED_002)).stderr
    profile = write_profile(tmp_path, "me")
    result = jpo("eligibility", "check", str(profile), str(SEED_002), "--on", "yesterday")
    assert result.returncode == 2 and "--on" in result.stderr


def test_screen_many_profiles_with_csv(tmp_path: Path) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    write_profile(folder, "a")
    write_profile(folder, "b", nationalities=["FR"])
    out = tmp_path / "screen.csv"
    result = jpo("eligibility", "screen", str(SEED_002), str(folder), "--on", "2024-08-01", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    rows = {row["profile"]: row for row in csv.DictReader(out.open())}
    assert rows["b"]["eligible"] == "false" and rows["b"]["nationality"] == "fail"
    assert rows["a"]["nationality"] == "pass"


def test_rulepack_validate_shipped_and_bad(tmp_path: Path) -> None:
    assert jpo("rulepack", "validate").returncode == 0
    bad = tmp_path / "xx.yaml"
    bad.write_text("schema: jpo.rulepack/1\nsponsor: XX\nprogramme: p\nsources: {}\nclauses: [{}]\n")
    result = jpo("rulepack", "validate", str(bad))
    assert result.returncode == 2 and "clauses.0" in result.stderr
