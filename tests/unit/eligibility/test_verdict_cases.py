"""Verdicts written independently of the engine (tests/data/verdicts/cases.yaml), checked against it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import yaml

from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility import check
from jpo.vacancy.parse import parse_file

CASES = Path(__file__).parents[2] / "data" / "verdicts" / "cases.yaml"
SEEDS = Path(str(files("jpo.demo").joinpath("seeds")))


@cache
def seed(prefix: str) -> Vacancy:
    return parse_file(next(SEEDS.glob(f"{prefix}_*.txt")))


def _cases() -> list[Any]:
    """Every case; a missing or empty file is an error, never a test that passes by checking nothing."""
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    if not cases:
        raise ValueError(f"{CASES}: no verdict cases")
    return [pytest.param(c, id=c["name"]) for c in cases]


def _moment(value: date | datetime | str) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time(), UTC)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


@pytest.mark.parametrize("case", _cases())
def test_case(case: dict[str, Any]) -> None:
    verdict = check(Profile.model_validate(case["profile"]), seed(str(case["seed"])), on=_moment(case["on"]))
    statuses = {c.id: c.status for c in verdict.criteria}
    for criterion, status in case["expect"].get("criteria", {}).items():
        assert statuses.get(criterion) == status, (criterion, verdict.criteria)
    if "eligible" in case["expect"]:
        assert verdict.eligible is case["expect"]["eligible"], verdict.criteria
