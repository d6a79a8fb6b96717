"""Every rule the five seed ToRs state, judged on candidates on each side of it."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path

from jpo.contracts.eligibility import Verdict
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility import check
from jpo.vacancy.parse import parse_file
from tests.support.profiles import make_profile

SEEDS = Path(str(files("jpo.demo").joinpath("seeds")))
BEFORE_KR_DEADLINE = datetime(2024, 8, 1, tzinfo=UTC)


@cache
def seed(prefix: str) -> Vacancy:
    return parse_file(next(SEEDS.glob(f"{prefix}_*.txt")))


def judge(profile: Profile, prefix: str, on: datetime = BEFORE_KR_DEADLINE) -> Verdict:
    return check(profile, seed(prefix), on=on, packs={})


def status(verdict: Verdict, criterion: str) -> str | None:
    return next((c.status for c in verdict.criteria if c.id == criterion), None)


def test_eligible_korean_candidate_for_seed_002() -> None:
    verdict = judge(make_profile(), "002")
    assert verdict.eligible is True, verdict.criteria
    assert {c.id for c in verdict.criteria} == {
        "nationality", "age", "degree", "experience", "language", "language_test",
        "military_service", "application_limit", "deadline",
    }  # fmt: skip


def test_men_must_have_done_military_service_or_be_exempt() -> None:
    assert (
        status(judge(make_profile(sex="male", military_service={"months": 21}), "002"), "military_service")
        == "pass"
    )
    assert (
        status(judge(make_profile(sex="male", military_service={"exempt": True}), "002"), "military_service")
        == "pass"
    )
    assert (
        status(judge(make_profile(sex="male", military_service={"months": 0}), "002"), "military_service")
        == "fail"
    )
    assert (
        status(judge(make_profile(sex="male", military_service=None), "002"), "military_service") == "unknown"
    )
    assert status(judge(make_profile(sex="female"), "002"), "military_service") == "pass"


def test_dual_national_passes_nationality() -> None:
    assert status(judge(make_profile(nationalities=["FR", "KR"]), "002"), "nationality") == "pass"
    assert status(judge(make_profile(nationalities=["FR"]), "002"), "nationality") == "fail"
    assert status(judge(make_profile(nationalities=None), "002"), "nationality") == "unknown"


def test_age_limit_is_inclusive_on_the_reference_date() -> None:
    # 32 on 31 December 2024 passes, 33 fails (seed 002: not older than 32 as of 31 Dec 2024)
    assert status(judge(make_profile(birth_date="1992-01-01"), "002"), "age") == "pass"
    assert status(judge(make_profile(birth_date="1991-12-31"), "002"), "age") == "fail"


def test_military_service_extension_by_months_served() -> None:
    man = {"sex": "male", "birth_date": "1989-06-01"}  # 35 on 31 Dec 2024
    assert status(judge(make_profile(**man, military_service={"months": 24}), "002"), "age") == "pass"
    assert status(judge(make_profile(**man, military_service={"months": 23}), "002"), "age") == "fail"
    assert status(judge(make_profile(**man, military_service={"exempt": True}), "002"), "age") == "fail"
    assert status(judge(make_profile(**man, military_service=None), "002"), "age") == "unknown"
    one_year_older = make_profile(sex="male", birth_date="1991-06-01", military_service={"months": 11})
    assert status(judge(one_year_older, "002"), "age") == "pass"  # 33: 32 + 1 for under 12 months


def test_degree_master_or_bachelor_with_experience() -> None:
    bachelor_only = [{"level": "bachelor", "field": "Law", "completed": "2016-02-20", "enrolled": False}]
    long_career = [{"start": "2016-03-01", "end": None, "full_time": True}]
    short_career = [{"start": "2023-03-01", "end": None, "full_time": True}]
    assert (
        status(judge(make_profile(education=bachelor_only, experience=long_career), "002"), "degree")
        == "pass"
    )
    assert (
        status(judge(make_profile(education=bachelor_only, experience=short_career), "002"), "degree")
        == "fail"
    )


def test_experience_overlaps_once_and_part_time_at_half() -> None:
    overlapping = [
        {"start": "2022-01-01", "end": "2022-12-31", "full_time": True},
        {"start": "2022-06-01", "end": "2023-05-31", "full_time": True},
    ]
    part_time = [{"start": "2021-08-01", "end": "2024-07-31", "full_time": False}]
    assert status(judge(make_profile(experience=overlapping), "002"), "experience") == "fail"  # 1.4 years
    assert status(judge(make_profile(experience=part_time), "002"), "experience") == "fail"  # 3 years at half
    ongoing = [{"start": "2022-08-01", "end": None, "full_time": True}]
    assert (
        status(judge(make_profile(experience=ongoing), "002"), "experience") == "pass"
    )  # to the evaluation date


def test_languages_and_alternatives() -> None:
    no_french = [{"code": "ko", "level": "native"}, {"code": "en", "level": "fluent"}]
    assert status(judge(make_profile(languages=no_french), "002"), "language") == "fail"
    english_only = [{"code": "en", "level": "fluent"}]
    assert (
        status(judge(make_profile(languages=english_only), "000"), "language") == "pass"
    )  # English or French
    french_only = [{"code": "fr", "level": "native"}]
    assert status(judge(make_profile(languages=french_only), "000"), "language") == "pass"


def test_language_test_thresholds_editions_and_validity() -> None:
    def scored(test: str, score: float, day: str, edition: str | None = None) -> Profile:
        return make_profile(language_tests=[{"test": test, "score": score, "date": day, "edition": edition}])

    assert status(judge(scored("TOEFL iBT", 100, "2023-01-01"), "002"), "language_test") == "pass"
    low = judge(scored("TOEFL iBT", 98, "2023-09-01"), "002")
    reason = next(c.reason for c in low.criteria if c.id == "language_test")
    assert "98" in reason and "100" in reason and "TEPS of 430" in reason
    assert status(low, "language_test") == "fail"
    assert (
        status(judge(scored("TOEFL iBT", 110, "2022-07-01"), "002"), "language_test") == "fail"
    )  # over 2 years
    assert status(judge(scored("TOEFL iBT", 110, "2024-01-01", "mybest"), "002"), "language_test") == "fail"
    assert status(judge(scored("TOEFL iBT", 110, "2024-01-01", "home"), "002"), "language_test") == "pass"
    assert status(judge(scored("IELTS Academic", 7.0, "2024-01-01"), "002"), "language_test") == "pass"
    assert status(judge(make_profile(language_tests=None), "002"), "language_test") == "unknown"


def test_application_limit_per_sponsor_and_calendar_year() -> None:
    def applied(*years_and_sponsors: tuple[str, str]) -> Profile:
        return make_profile(
            applications=[{"sponsor_country": c, "submitted": d} for d, c in years_and_sponsors]
        )

    assert status(judge(applied(("2024-03-01", "KR")), "002"), "application_limit") == "pass"
    assert (
        status(judge(applied(("2024-03-01", "KR"), ("2024-05-01", "KR")), "002"), "application_limit")
        == "fail"
    )
    assert (
        status(judge(applied(("2023-03-01", "KR"), ("2024-05-01", "KR")), "002"), "application_limit")
        == "pass"
    )
    assert (
        status(judge(applied(("2024-03-01", "KR"), ("2024-05-01", "JP")), "002"), "application_limit")
        == "pass"
    )
    assert status(judge(make_profile(applications=None), "002"), "application_limit") == "unknown"


def test_former_jpo_excluded_by_seed_001() -> None:
    american = {"nationalities": ["US"], "birth_date": "1996-01-01"}
    on = datetime(2025, 1, 15, tzinfo=UTC)
    assert (
        status(judge(make_profile(**american, prior_programmes=["JPO"]), "001", on), "former_jpo") == "fail"
    )
    assert status(judge(make_profile(**american, prior_programmes=[]), "001", on), "former_jpo") == "pass"
    assert (
        status(judge(make_profile(**american, prior_programmes=None), "001", on), "former_jpo") == "unknown"
    )


def test_seed_001_programme_degree_rule_and_preferred_experience() -> None:
    on = datetime(2025, 1, 15, tzinfo=UTC)
    verdict = judge(make_profile(nationalities=["US"], birth_date="1996-01-01"), "001", on)
    assert status(verdict, "experience") is None  # "preferably" 2 years: no experience criterion
    assert status(verdict, "degree") == "pass"  # master's + 3 years 10 months of work
    junior = make_profile(nationalities=["US"], experience=[{"start": "2023-01-01", "end": None}])
    assert status(judge(junior, "001", on), "degree") == "fail"  # master's needs 3 years in the programme


def test_seed_000_students_and_recent_graduates() -> None:
    student = make_profile(education=[{"level": "master", "enrolled": True}])
    old_graduate = make_profile()
    recent = make_profile(education=[{"level": "master", "completed": "2024-03-01", "enrolled": False}])
    assert status(judge(student, "000"), "degree") == "pass"
    assert status(judge(old_graduate, "000"), "degree") == "fail"
    assert status(judge(recent, "000"), "degree") == "pass"


def test_deadline_in_the_named_time_zone() -> None:
    # seed 002 closes 9 August 2024 11:59pm KST = 14:59 UTC
    assert (
        status(judge(make_profile(), "002", datetime(2024, 8, 9, 14, 59, tzinfo=UTC)), "deadline") == "pass"
    )
    assert status(judge(make_profile(), "002", datetime(2024, 8, 9, 15, 0, tzinfo=UTC)), "deadline") == "fail"
    assert status(judge(make_profile(), "003"), "deadline") is None  # no closing date, no criterion


def test_verdict_is_null_when_only_unknowns_remain() -> None:
    verdict = judge(make_profile(language_tests=None), "002")
    assert verdict.eligible is None
    failing = judge(make_profile(language_tests=None, nationalities=["JP"]), "002")
    assert failing.eligible is False


def test_no_sponsor_and_no_stated_limit_means_no_age_criterion() -> None:
    assert status(judge(make_profile(), "004"), "age") is None
    assert status(judge(make_profile(), "004"), "nationality") is None


def test_seed_003_thresholds_and_2020_reference_date() -> None:
    on = datetime(2020, 9, 1, tzinfo=UTC)

    def scored(test: str, score: float) -> Profile:
        return make_profile(
            birth_date="1988-06-01", language_tests=[{"test": test, "score": score, "date": "2020-03-01"}]
        )

    assert status(judge(scored("TOEFL iBT", 107), "003", on), "language_test") == "pass"
    assert status(judge(scored("TOEFL iBT", 106), "003", on), "language_test") == "fail"
    assert status(judge(scored("NEW TEPS", 452), "003", on), "language_test") == "pass"
    assert status(judge(scored("TEPS", 799), "003", on), "language_test") == "fail"
    assert status(judge(scored("TEPS", 800), "003", on), "age") == "pass"  # 32 on 31 December 2020
    assert status(judge(make_profile(birth_date="1987-12-31"), "003", on), "age") == "fail"  # 33


def test_seed_004_one_year_of_experience_and_english() -> None:
    ten_months = [{"start": "2023-10-01", "end": None, "full_time": True}]
    fourteen_months = [{"start": "2023-06-01", "end": None, "full_time": True}]
    assert status(judge(make_profile(experience=ten_months), "004"), "experience") == "fail"
    assert status(judge(make_profile(experience=fourteen_months), "004"), "experience") == "pass"
    assert (
        status(judge(make_profile(languages=[{"code": "en", "level": "good"}]), "004"), "language") == "fail"
    )
    assert judge(make_profile(), "004").eligible is True
