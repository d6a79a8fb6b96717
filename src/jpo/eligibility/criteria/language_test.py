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
from jpo.eligibility.wording import N_, Said, any_of, day, joined, say, text
from jpo.eligibility.wording import language as language_of
from jpo.eligibility.wording import score as shown

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


def _qualifies(score: TestScore, test: LanguageTest, since: date | None, on: date) -> Said | None:
    """None when `score` qualifies under `test`, else why not (a clause, without its full stop)."""
    values = {"test": text(score.test), "score": shown(score.score), "date": day(score.date)}
    if score.edition and score.edition.lower() in test.refused_editions:
        return say(
            N_(
                "Your {test} score of {score} ({date}) is from the {edition} edition, which this "
                "programme does not accept"
            ),
            **values,
            edition=text(score.edition),
        )
    if since is None and score.date > on:
        return say(
            N_(
                "Your {test} score of {score} ({date}) is outside the validity period (taken on or "
                "after None)"
            ),
            **values,
        )
    if (since and score.date < since) or score.date > on:
        return say(
            N_(
                "Your {test} score of {score} ({date}) is outside the validity period (taken on or "
                "after {since})"
            ),
            **values,
            since=day(since),
        )
    if not _at_least(score.score, test.min_score):
        return say(
            N_("Your {test} score of {score} ({date}) is below the {minimum} this programme requires"),
            **values,
            minimum=shown(test.min_score),
        )
    return None


def _met(score: TestScore, test: LanguageTest) -> Said:
    return say(
        N_("Your {test} score of {score} ({date}) meets the {minimum} required."),
        test=text(score.test),
        score=shown(score.score),
        date=day(score.date),
        minimum=shown(test.min_score),
    )


def _accepted(test: LanguageTest) -> Said:
    return say(N_("{test} {score}"), test=text(test.test), score=shown(test.min_score))


def _none_accepted(language: str | None, tests: list[LanguageTest]) -> Said:
    accepted = joined((_accepted(t) for t in tests), "and")
    if language:
        return say(
            N_("No accepted {language} test score is in your profile; accepted: {accepted}."),
            language=language_of(language),
            accepted=accepted,
        )
    return say(N_("No accepted test score is in your profile; accepted: {accepted}."), accepted=accepted)


def _judge_language(
    language: str | None, tests: list[LanguageTest], profile: Profile, since: date | None, on: date
) -> tuple[bool, Said]:
    problems: list[Said] = []
    for score in profile.language_tests or []:
        for test in tests:
            if test_key(score.test) == test_key(test.test):
                why = _qualifies(score, test, since, on)
                if why is None:
                    return True, _met(score, test)
                problems.append(why)
    if not problems:
        return False, _none_accepted(language, tests)
    tried = {test_key(score.test) for score in profile.language_tests or []}
    others = [t for t in tests if test_key(t.test) not in tried]
    lead = joined(problems, "clauses")
    if not others:
        return False, say(N_("{problems}."), problems=lead)
    alternatives = any_of(
        say(N_("a {test} of {score}"), test=text(t.test), score=shown(t.min_score)) for t in others
    )
    return False, say(
        N_("{problems}; {alternatives} would also qualify."), problems=lead, alternatives=alternatives
    )


def check(profile: Profile, rules: EffectiveRules, on: date) -> Criterion | None:
    if rules.language_tests is None or not rules.language_tests.value:
        return None
    source = rules.language_tests.source
    if profile.language_tests is None:
        reason = say(N_("Your language test scores are not in your profile."))
        return result("language_test", "unknown", reason, source)
    since = _valid_since(rules, on)
    by_language: dict[str | None, list[LanguageTest]] = {}
    for test in rules.language_tests.value:
        by_language.setdefault(test.language, []).append(test)
    outcomes = [_judge_language(lang, tests, profile, since, on) for lang, tests in by_language.items()]
    failed = tuple(reason for ok, reason in outcomes if not ok)
    if failed:
        return result("language_test", "fail", failed, source)
    return result("language_test", "pass", tuple(reason for _, reason in outcomes), source)
