"""Reasons as message parts: every criterion's parts write back exactly its English `reason`, also after
a trip through JSON (as stored with an application), and use only templates marked with `N_`, which
tests/web/test_public_pages.py requires to be translated."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel.messages.extract import extract_from_dir
from hypothesis import given, settings
from hypothesis import strategies as st

import jpo.eligibility
from jpo.contracts.eligibility import Criterion, ReasonList, ReasonPhrase, ReasonValue, Verdict
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility import check
from jpo.eligibility.wording import english
from jpo.vacancy.parse import parse_file
from tests.support.profiles import make_profile, profile_documents

ELIGIBILITY = Path(jpo.eligibility.__file__).parent
TESTS = Path(__file__).parents[2]
SEEDS = Path(str(files("jpo.demo").joinpath("seeds")))
PLACEHOLDER = re.compile(r"\{(\w+)\}")
BEFORE_KR_DEADLINE = datetime(2024, 8, 1, tzinfo=UTC)


@cache
def marked_templates() -> frozenset[str]:
    """Every English reason template in src/jpo/eligibility, found as gettext tools find them."""
    found = extract_from_dir(str(ELIGIBILITY), method_map=[("**.py", "python")], keywords={"N_": None})
    return frozenset(message for _f, _l, message, _c, _x in found if isinstance(message, str))


@cache
def seed(prefix: str) -> Vacancy:
    return parse_file(next(SEEDS.glob(f"{prefix}_*.txt")))


def _moment(value: date | datetime | str) -> datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime.combine(value, datetime.min.time(), UTC)
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _scenarios() -> Iterator[Any]:
    """The cases of the eligibility tests: tests/rulepacks/scenarios and tests/data/verdicts."""
    for path in sorted((TESTS / "rulepacks" / "scenarios").glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")):
            yield pytest.param("scenario", case, id=f"{path.stem}: {case['name']}")
    cases = TESTS / "data" / "verdicts" / "cases.yaml"
    for case in yaml.safe_load(cases.read_text(encoding="utf-8")):  # a missing file is an error
        yield pytest.param("case", case, id=f"case: {case['name']}")


def _verdict(kind: str, case: dict[str, Any]) -> Verdict:
    if kind == "scenario":
        profile = make_profile(**case.get("profile", {}))
        return check(profile, Vacancy.model_validate(case["vacancy"]), on=_moment(case["on"]))
    return check(Profile.model_validate(case["profile"]), seed(str(case["seed"])), on=_moment(case["on"]))


def _phrases(values: list[ReasonPhrase] | list[ReasonValue]) -> Iterator[ReasonPhrase]:
    for value in values:
        if isinstance(value, ReasonPhrase):
            yield value
            yield from _phrases(list(value.values.values()))
        elif isinstance(value, ReasonList):
            yield from _phrases(value.items)


def assert_parts_write_the_reason(criterion: Criterion) -> None:
    assert criterion.reason_parts, criterion
    stored = Criterion.model_validate_json(criterion.model_dump_json())  # as kept with an application
    assert stored == criterion
    assert english(stored.reason_parts) == criterion.reason
    for phrase in _phrases(stored.reason_parts):
        assert phrase.template in marked_templates(), phrase.template
        assert set(PLACEHOLDER.findall(phrase.template)) == set(phrase.values), phrase


@pytest.mark.parametrize(("kind", "case"), list(_scenarios()))
def test_every_scenario_reason_is_written_back_from_its_parts(kind: str, case: dict[str, Any]) -> None:
    for criterion in _verdict(kind, case).criteria:
        assert_parts_write_the_reason(criterion)


@settings(max_examples=300, deadline=None)
@given(
    profile_documents(),
    st.sampled_from(["000", "001", "002", "003", "004"]),
    st.datetimes(min_value=datetime(2019, 1, 1), max_value=datetime(2026, 12, 31)),
)
def test_every_reason_is_written_back_from_its_parts(
    profile: dict[str, Any], prefix: str, on: datetime
) -> None:
    for criterion in check(Profile.model_validate(profile), seed(prefix), on=on.replace(tzinfo=UTC)).criteria:
        assert_parts_write_the_reason(criterion)


# The English reasons read as they did before they had parts (from the code of that time): each row
# shows a different kind of value or list.
READ_AS_BEFORE = [
    ("002", {"nationalities": ["FR", "JP"]}, "nationality",
     "This programme admits nationals of Republic of Korea; your nationalities (France, Japan) are not "
     "among them."),
    ("002", {"nationalities": []}, "nationality",
     "This programme admits nationals of Republic of Korea; your nationalities (none) are not among them."),
    ("002", {"birth_date": "1990-05-10", "sex": "male", "military_service": None}, "age",
     "You are 34 on 2024-12-31, which is above the limit of 32. Completed military service could raise the "
     "limit; your profile does not say whether you served."),
    ("002", {"birth_date": "1990-05-10", "sex": "male", "military_service": {"months": 24}}, "age",
     "You are 34 on 2024-12-31, which is within the limit of 35 (32 plus 3 for your military service)."),
    ("002", {"experience": [{"start": "2022-02-01", "end": None, "full_time": True}]}, "experience",
     "You have 2.5 years of experience, which meets the 2 years required."),
    ("002", {"education": [{"level": "bachelor", "completed": "2016-02-20", "enrolled": False}]}, "degree",
     "The post asks for a master's degree or a bachelor's degree with 4 years of experience, which your "
     "profile does not show."),
    ("002", {"languages": [{"code": "ko", "level": "native"}]}, "language",
     "This post requires fluency in English; French, which your profile does not show (fluent or native "
     "level)."),
    ("002", {"language_tests": [{"test": "TOEFL iBT", "score": 98, "date": "2023-09-01"},
                                {"test": "IELTS", "score": 6.5, "date": "2021-01-01"}]}, "language_test",
     "Your TOEFL iBT score of 98 (2023-09-01) is below the 100 this programme requires; Your IELTS score of "
     "6.5 (2021-01-01) is outside the validity period (taken on or after 2022-08-01); a TEPS of 430 or a "
     "TOEIC of 900 would also qualify."),
    ("002", {"language_tests": []}, "language_test",
     "No accepted English test score is in your profile; accepted: TOEFL iBT 100, TEPS 430, IELTS 7, "
     "TOEIC 900."),
    ("002", {"applications": [{"sponsor_country": "KR", "submitted": "2024-02-01"}] * 2}, "application_limit",
     "You have made 2 of the 2 applications this programme allows in 2024; this one would exceed the limit."),
    ("002", {}, "deadline", "Applications close at 2024-08-09T23:59:00+09:00 (Asia/Seoul)."),
    ("001", {"prior_programmes": ["JPO"]}, "former_jpo",
     "You have already been in the JPO programme, which excludes you."),
]  # fmt: skip


@pytest.mark.parametrize(("prefix", "changes", "criterion", "reason"), READ_AS_BEFORE)
def test_the_english_reasons_read_as_before(
    prefix: str, changes: dict[str, Any], criterion: str, reason: str
) -> None:
    found = check(make_profile(**changes), seed(prefix), on=BEFORE_KR_DEADLINE).criteria
    assert next(c.reason for c in found if c.id == criterion) == reason


def _calls(tree: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
            yield node


def _is_marked(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "N_"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def test_every_template_is_marked_where_it_is_written() -> None:
    """`say(N_("..."))` and nothing else: a template the tests cannot find could go untranslated."""
    for path in sorted(ELIGIBILITY.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree, "say"):
            assert call.args and _is_marked(call.args[0]), (
                f"{path.name}:{call.lineno}: say() without N_(literal)"
            )
        for call in _calls(tree, "N_"):
            assert _is_marked(call), f"{path.name}:{call.lineno}: N_() of something else than a literal"
        if path.name != "wording.py":
            for name in ("Said", "ReasonPhrase", "ReasonScalar", "ReasonList"):
                assert not list(_calls(tree, name)), f"{path.name}: builds a {name} without say()"
    assert len(marked_templates()) > 50


def test_wording_writes_numbers_durations_and_lists_as_the_reason_did() -> None:
    from jpo.eligibility.wording import N_, any_of, joined, language, phrase, say, years

    said = say(
        N_("{degree} with {years} of experience"), degree=any_of([language("ko"), 100.0]), years=years(1)
    )
    assert english([phrase(said)]) == "Korean or 100 with 1 year of experience"
    assert english([phrase(say(N_("{problems}."), problems=joined([years(2.46), 6.5], "clauses")))]) == (
        "2.5 years; 6.5."
    )


def test_a_template_is_filled_by_name_only() -> None:
    odd = ReasonPhrase(template="{a.__class__} {a}", values={"a": {"kind": "text", "value": "x"}})
    assert english([odd]) == "{a.__class__} x"  # attributes of values are never read
    with pytest.raises(KeyError):
        english([ReasonPhrase(template="{missing}")])
