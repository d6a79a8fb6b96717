"""Rule packs: validated, effective-dated, overridden by what the vacancy states, unknowns noted."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from jpo.contracts.vacancy import Eligibility, Vacancy
from jpo.eligibility import check
from jpo.eligibility.packs import clause_in_force, load_pack
from jpo.errors import InputError
from tests.support.profiles import make_profile

PACK = """
schema: jpo.rulepack/1
sponsor: KR
programme: Test programme
sources:
  old: {title: "Call 2020", url: "https://example.org/2020", date: 2020-03-01}
  new: {title: "Call 2024", url: "https://example.org/2024", date: 2024-03-01}
clauses:
  - effective_from: 2020-01-01
    effective_until: 2024-01-01
    rules:
      nationalities: [KR]
      age: {max_age: 30, reference: december_31}
    sources: {nationalities: old, age: old}
  - effective_from: 2024-01-01
    rules:
      nationalities: [KR]
      age: {max_age: 32, reference: december_31}
      max_applications_per_year: 2
    sources: {nationalities: new, age: new, max_applications_per_year: new}
unknown:
  - {criterion: former_jpo, note: "Whether former JPOs may apply is not published."}
"""


def packs() -> dict[str, object]:
    return {"KR": load_pack(PACK, "kr.yaml")}


def verdict_for(vacancy: Vacancy, on: datetime, **profile: object):  # type: ignore[no-untyped-def]
    return check(make_profile(**profile), vacancy, on=on, packs=packs())  # type: ignore[arg-type]


def test_clause_in_force_follows_effective_dates() -> None:
    pack = load_pack(PACK, "kr.yaml")
    assert clause_in_force(pack, date(2023, 12, 31)).rules.age.max_age == 30  # type: ignore[union-attr]
    assert clause_in_force(pack, date(2024, 1, 1)).rules.age.max_age == 32  # type: ignore[union-attr]
    assert clause_in_force(pack, date(2019, 6, 1)) is None


def test_pack_rules_apply_when_the_vacancy_is_silent() -> None:
    vacancy = Vacancy(sponsor_country="KR")
    verdict = verdict_for(vacancy, datetime(2024, 6, 1, tzinfo=UTC), birth_date="1992-03-01")
    age = next(c for c in verdict.criteria if c.id == "age")
    assert age.status == "pass" and "2024-12-31" in age.reason
    assert age.source.startswith("rule pack KR") and "Call 2024" in age.source
    assert {c.id for c in verdict.criteria} == {"nationality", "age", "application_limit"}
    assert verdict.notes == ["former_jpo: Whether former JPOs may apply is not published."]


def test_older_clause_applies_on_older_dates() -> None:
    vacancy = Vacancy(sponsor_country="KR")
    verdict = verdict_for(vacancy, datetime(2023, 6, 1, tzinfo=UTC), birth_date="1992-03-01")
    assert next(c for c in verdict.criteria if c.id == "age").status == "fail"  # 31 > 30


def test_vacancy_overrides_the_pack_and_warns() -> None:
    vacancy = Vacancy(sponsor_country="KR", eligibility=Eligibility(max_age=35))
    verdict = verdict_for(vacancy, datetime(2024, 6, 1, tzinfo=UTC), birth_date="1990-03-01")
    age = next(c for c in verdict.criteria if c.id == "age")
    assert age.status == "pass" and age.source == "vacancy: eligibility.max_age"
    assert any("35" in w and "32" in w for w in verdict.warnings)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (("sponsor: KR", "sponsor: Korea"), "sponsor"),
        (("max_age: 32", "max_age: old"), "clauses.1.rules.age.max_age"),
        (("age: new, max", "age: nowhere, max"), "unknown source"),
        (('url: "https://example.org/2020", ', ""), "sources.old.url"),
    ],
)
def test_invalid_pack_is_one_precise_line(change: tuple[str, str], where: str) -> None:
    with pytest.raises(InputError) as error:
        load_pack(PACK.replace(*change), "kr.yaml")
    assert where in error.value.message
    assert "\n" not in error.value.message


def test_sponsor_without_pack_is_noted() -> None:
    verdict = check(
        make_profile(), Vacancy(sponsor_country="DK"), on=datetime(2024, 6, 1, tzinfo=UTC), packs={}
    )
    assert verdict.notes == ["sponsor DK has no rule pack: only the rules the vacancy states were checked"]
    assert verdict.criteria == []
    assert verdict.eligible is True
