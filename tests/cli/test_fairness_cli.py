"""`jpo fairness audit OUTCOMES.csv` as an auditor runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def jpo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jpo", *args], capture_output=True, text=True, check=False)


def write(folder: Path, text: str) -> Path:
    path = folder / "outcomes.csv"
    path.write_text(text, encoding="utf-8")
    return path


def outcomes_csv(folder: Path) -> Path:
    lines = ["\ufeffperson,sex,region,selected"]  # Excel's BOM is read as nothing
    lines += [f"p{i},F,Africa,{int(i < 2)}" for i in range(10)]
    lines += [f"q{i},M,,{'yes' if i < 5 else 'no'}" for i in range(10)]
    lines += ["r0,,Europe,true"]
    return write(folder, "\n".join(lines) + "\n")


def test_json_families_for_each_column_and_the_pair(tmp_path: Path) -> None:
    result = jpo("fairness", "audit", str(outcomes_csv(tmp_path)), "--by", "sex", "--by", "region", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert (
        document["schema"] == "jpo.fairness/1" and document["outcome"] == "selected" and document["n"] == 21
    )
    sex, region, both = document["families"]
    assert both["by"] == ["sex", "region"] and both["unknown"] == 11
    women = sex["rows"][0]
    assert women["category"] == {"sex": "F"} and women["impact_ratio"] == 0.4 and women["flag"] == "review"
    assert set(women) >= {
        "n",
        "selected",
        "rate",
        "impact_ratio",
        "excluded",
        "flag",
        "fisher_p",
        "to_parity",
    }
    assert region["unknown"] == 10


def test_the_table_for_people(tmp_path: Path) -> None:
    result = jpo("fairness", "audit", str(outcomes_csv(tmp_path)), "--by", "sex")
    assert result.returncode == 0, result.stderr
    assert "review" in result.stdout and "0.4000" in result.stdout and "unknown: 1" in result.stdout


def test_a_score_column(tmp_path: Path) -> None:
    path = write(tmp_path, "g,score\nA,1\nA,2\nA,3\nB,3\nB,4\nB,5\n")
    result = jpo("fairness", "audit", str(path), "--by", "g", "--score", "score", "--json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["measure"] == "score_above_median" and document["median"] == 3.0
    assert [r["selected"] for r in document["families"][0]["rows"]] == [0, 2]


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    cases = [
        (["--by", "sex"], "g,selected\nA,1\n", 'no column "sex"'),
        (["--by", "g"], "g,selected\nA,perhaps\n", 'line 2, column "selected"'),
        (["--by", "g"], "g,selected\n", "no rows"),
        (["--by", "g"], "", "empty file"),
        (["--by", "g", "--score", "s"], "g,s\nA,high\n", "is not a number"),
        (["--by", "g"], "g,selected\nA,1,surplus\n", "line 2: more cells than the header has columns"),
        (["--by", "g", "--outcome", "selected", "--score", "s"], "g,s,selected\nA,1,1\n", "not both"),
    ]
    for options, text, message in cases:
        result = jpo("fairness", "audit", str(write(tmp_path, text)), *options)
        assert result.returncode == 2, (text, result.stdout)
        assert message in result.stderr and result.stderr.count("\n") == 1, result.stderr
        assert "Traceback" not in result.stderr
    (tmp_path / "latin1.csv").write_bytes("g,selected\n\xe9,1\n".encode("latin-1"))
    result = jpo("fairness", "audit", str(tmp_path / "latin1.csv"), "--by", "g")
    assert result.returncode == 2 and "not UTF-8" in result.stderr
    result = jpo("fairness", "audit", str(tmp_path / "missing.csv"), "--by", "g")
    assert result.returncode == 2 and "no such file" in result.stderr
