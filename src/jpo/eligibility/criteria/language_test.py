"""`language_test`: one valid, accepted test score at or above the threshold for each language."""

from __future__ import annotations

from datetime import date
from functools import cache

from jpo.contracts.eligibility import Criterion
from jpo.contracts.profile import Profile, TestScore
from jpo.contracts.vacancy import LanguageTest
from jpo.eligibility.criteria.common import result
from jpo.eligibility.periods import add_years
from jpo.eligibility.rules import EffectiveRules
from jpo.geo.languages import language_name

_CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")


@cache
def test_key(name: str) -> str:
    """Test names compared loosely: "TOEFL", "TOEFL iBT" and "iBT TOEFL" are one test."""
    words = name.upper().replace("-", " ").split()
    if "TOEFL" in words:
        return "TOEFL PBT" if "PBT" in words else "TOEFL ITP" if "ITP" in words else "TOEFL iBT"
    if words and words[0] == "IELTS":
        return "IELTS"
    return " ".join(words)


def shown(score: float | str) -> str:
    """A score as people write it: 100 rather than 100.0."""
    return f"{score:g}" if isinstance(score, (int, float)) else str(score)


def _at_least(score: float | str, minimum: float | str) -> bool:
    if isinstance(minimum, str):
        level = str(score).upper()
        return level in _CEFR and _CEFR.index(level) >= _CEFR.index(minimum.upper())
    try:
        return float(score) >= float(minimum)
    except ValueError:
        return False


def _valid_since(rules: EffectiveRules, on: date) -> date | None:
    if rules.test_validity_months is None:
        return None
    months = rules.test_validity_months.value
    start = add_years(on, -(months // 12))
    return start if months % 12 == 0 else date.fromordinal(start.toordinal() - round((months % 12) * 30.44))


def _qualifies(score: TestScore, test: LanguageTest, since: date | None, on: date) -> str | None:
    """None when `score` qualifies under `test`, else why not."""
    label = f"Your {score.test} score of {shown(score.score)} ({score.date})"
    if score.edition and score.edition.lower() in test.refused_editions:
        return f"{label} is from the {score.edition} edition, which this programme does not accept."
    if (since and score.date < since) or score.date > on:
        return f"{label} is outside the validity period (taken on or after {since})."
    if not _at_least(score.score, test.min_score):
        return f"{label} is below the {test.min_score} this programme requires."
    return None


def _judge_language(
    language: str | None, tests: list[LanguageTest], profile: Profile, since: date | None, on: date
) -> tuple[bool, str]:
    problems: list[str] = []
    for score in profile.language_tests or []:
        for test in tests:
            if test_key(score.test) == test_key(test.test):
                why = _qualifies(score, test, since, on)
                if why is None:
                    return (
                        True,
                        f"Your {score.test} score of {shown(score.score)} ({score.date}) meets the "
                        f"{test.min_score} required.",
                    )
                problems.append(why)
    tried = {test_key(score.test) for score in profile.language_tests or []}
    others = [t for t in tests if test_key(t.test) not in tried]
    alternatives = " or ".join(f"a {t.test} of {shown(t.min_score)}" for t in others)
    if not problems:
        which = f" {language_name(language)}" if language else ""
        accepted = ", ".join(f"{t.test} {shown(t.min_score)}" for t in tests)
        return False, f"No accepted{which} test score is in your profile; accepted: {accepted}."
    lead = "; ".join(p.rstrip(".") for p in problems)
    tail = f"; {alternatives} would also qualify." if alternatives else "."
    return False, lead + tail


def check(profile: Profile, rules: EffectiveRules, on: date) -> Criterion | None:
    if rules.language_tests is None or not rules.language_tests.value:
        return None
    source = rules.language_tests.source
    if profile.language_tests is None:
        return result(
            "language_test", "unknown", "Your language test scores are not in your profile.", source
        )
    since = _valid_since(rules, on)
    by_language: dict[str | None, list[LanguageTest]] = {}
    for test in rules.language_tests.value:
        by_language.setdefault(test.language, []).append(test)
    outcomes = [_judge_language(lang, tests, profile, since, on) for lang, tests in by_language.items()]
    failed = [reason for ok, reason in outcomes if not ok]
    if failed:
        return result("language_test", "fail", " ".join(failed), source)
    return result("language_test", "pass", " ".join(reason for _, reason in outcomes), source)
