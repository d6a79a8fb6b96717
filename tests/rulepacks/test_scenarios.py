"""OpenFisca-style scenarios: for each shipped rule pack, candidates and the verdicts its rules give.

Each `scenarios/<sponsor>.yaml` is a list of cases:
  - name: what the case shows
    on: 2024-08-01                      # evaluation date (or date-time)
    vacancy: {sponsor_country: KR}      # a jpo.vacancy/1 subset; the pack supplies the rest
    profile: {...}                      # jpo.profile/1 fields, over tests/support/profiles.make_profile
    expect: {eligible: true, criteria: {age: pass, language_test: fail}}
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from jpo.contracts.vacancy import Vacancy
from jpo.eligibility import check
from jpo.eligibility.packs import shipped_packs
from tests.support.profiles import make_profile

SCENARIOS = Path(__file__).parent / "scenarios"


def _cases() -> list[Any]:
    """Every scenario; a folder or a file without any is an error, never a test that checks nothing."""
    cases = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        found = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not found:
            raise ValueError(f"{path}: no scenarios")
        cases += [pytest.param(case, id=f"{path.stem}: {case['name']}") for case in found]
    if not cases:
        raise ValueError(f"{SCENARIOS}: no scenario files")
    return cases


def _moment(value: date | datetime | str) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time(), UTC)
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def test_every_shipped_pack_has_scenarios() -> None:
    covered = {path.stem.upper() for path in SCENARIOS.glob("*.yaml")}
    assert set(shipped_packs()) <= covered


@pytest.mark.parametrize("case", _cases())
def test_scenario(case: dict[str, Any]) -> None:
    vacancy = Vacancy.model_validate(case["vacancy"])
    verdict = check(make_profile(**case.get("profile", {})), vacancy, on=_moment(case["on"]))
    statuses = {c.id: c.status for c in verdict.criteria}
    expect = case["expect"]
    if "eligible" in expect:
        assert verdict.eligible is expect["eligible"], statuses
    for criterion, status in expect.get("criteria", {}).items():
        assert statuses.get(criterion) == status, (criterion, verdict.criteria)
    for criterion in expect.get("absent", []):
        assert criterion not in statuses, criterion
