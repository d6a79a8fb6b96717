"""`jpo rank` and `jpo eval ranking` as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.api.conftest import SEEDS
from tests.unit.matching.test_rank import candidate, unrelated


def _jpo(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "JPO_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "160"}
    return subprocess.run(
        [sys.executable, "-m", "jpo", *args], capture_output=True, text=True, env=env, check=False
    )


def _profiles(tmp_path: Path) -> Path:
    folder = tmp_path / "profiles"
    folder.mkdir()
    for name, profile in (
        ("strong", candidate()),
        ("hotel", unrelated()),
        ("foreign", candidate(nationalities=["FR"])),
    ):
        (folder / f"{name}.json").write_text(profile.model_dump_json(by_alias=True))
    return folder


def test_rank_prints_the_ranking_document(tmp_path: Path) -> None:
    result = _jpo("rank", str(SEEDS["002"]), str(_profiles(tmp_path)), "--json", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    ranking = json.loads(result.stdout)
    assert ranking["schema"] == "jpo.ranking/1"
    first = ranking["candidates"][0]
    # undecided: the profile gives no language test score (KR requires one) nor past applications
    assert first["profile"] == "strong" and first["eligible"] is None, first
    assert ranking["candidates"][-1]["profile"] == "foreign" and ranking["candidates"][-1]["failing"] == [
        "nationality"
    ]
    assert (tmp_path / "data" / "embeddings.sqlite3").exists()  # vectors cached for the next run
    again = _jpo("rank", str(SEEDS["002"]), str(tmp_path / "profiles"), "--json", tmp_path=tmp_path)
    assert again.stdout == result.stdout


def test_rank_table_shows_evidence(tmp_path: Path) -> None:
    result = _jpo("rank", str(SEEDS["002"]), str(_profiles(tmp_path)), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "strongest evidence" in result.stdout and "fails: nationality" in result.stdout


def test_bad_weights_are_one_line(tmp_path: Path) -> None:
    weights = tmp_path / "weights.yaml"
    weights.write_text("charm: 2\n")
    result = _jpo(
        "rank", str(SEEDS["002"]), str(_profiles(tmp_path)), "--weights", str(weights), tmp_path=tmp_path
    )
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "criteria are" in result.stderr


def test_eval_ranking_prints_ndcg_beside_bm25(tmp_path: Path) -> None:
    folder = _profiles(tmp_path)
    qrels = tmp_path / "qrels.tsv"
    seed = SEEDS["002"]
    qrels.write_text(
        "vacancy_file\tprofile_id\tgrade\treason\n"
        f"{seed.name}\tstrong\t3\tfits\n{seed.name}\thotel\t0\tno\n{seed.name}\tforeign\t3\tfits\n"
    )
    result = _jpo("eval", "ranking", str(qrels), str(folder), str(seed), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "mean nDCG@10: jpo 1.000" in result.stdout and "BM25" in result.stdout
    missing = _jpo("eval", "ranking", str(qrels), str(folder), str(SEEDS["003"]), tmp_path=tmp_path)
    assert missing.returncode == 2 and "no judgements" in missing.stderr
