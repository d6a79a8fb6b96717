"""`language_test`: one valid, accepted test score at or above the threshold for each language.

A score whose test date is unknown counts where the vacancy sets no validity window, and leaves the
criterion `unknown` (not failed) where one applies and the score would otherwise qualify."""

from __future__ import annotations

from datetime import date

from jpo.contracts.eligibility import Criterion, Status
from jpo.contracts.profile import Profile, TestScore
from jpo.contracts.scores import CEFR, test_key
from jpo.contracts.vacancy import LanguageTest
from jpo.eligibility.criteria.common import result
from jpo.eligibility.periods import add_years
from jpo.eligibility.rules import EffectiveRules
from jpo.eligibility.wording import N_, Part, Said, any_of, day, joined, say, text
from jpo.eligibility.wording import language as language_of
from jpo.eligibility.wording import score as shown

Outcome = tuple[Status, Said]


def _at_least(score: float | str, minimum: float | str) -> bool:
    if isinstance(minimum, str):
        level = str(score).upper()
        return level in CEFR and CEFR.index(level) >= CEFR.index(minimum.upper())
    try:
        return float(score) >= float(minimum)
    except ValueError:
        return False


def _valid_since(rules: EffectiveRules, on: date) -> date | None:
    if rules.test_validity_months is None:
        return None
    months = rules.test_validity_months.value
    if months // 12 >= on.year:  # a window reaching before year 1 (a ToR may state any number)
        return date.min
    start = add_years(on, -(months // 12))
    days = round((months % 12) * 30.44)
    return date.fromordinal(max(start.toordinal() - days, 1))


def _when(score: TestScore) -> Part:
    return day(score.date) if score.date else say(N_("test date unknown"))


def _qualifies(score: TestScore, test: LanguageTest, since: date | None, on: date) -> Said | None:
    """None when `score` qualifies under `test`, else why not (a clause, without its full stop)."""
    values = {"test": text(score.test), "score": shown(score.score), "date": _when(score)}
    if score.edition and score.edition.lower() in test.refused_editions:
        return say(
            N_(
                "Your {test} score of {score} ({date}) is from the {edition} edition, which this "
                "programme does not accept"
            ),
            **values,
            edition=text(score.edition),
        )
    if score.date is None:  # its date cannot be judged: `_undecided` says so when it would count
        pass
    elif since is None and score.date > on:
        return say(
            N_(
                "Your {test} score of {score} ({date}) is outside the validity period (taken on or "
                "after None)"
            ),
            **values,
        )
    elif (since and score.date < since) or score.date > on:
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
        date=_when(score),
        minimum=shown(test.min_score),
    )


def _undecided(score: TestScore, test: LanguageTest, since: date) -> Said:
    return say(
        N_(
            "Your {test} score of {score} ({date}) meets the {minimum} required, but it counts only if "
            "taken on or after {since}."
        ),
        test=text(score.test),
        score=shown(score.score),
        date=_when(score),
        minimum=shown(test.min_score),
        since=day(since),
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
) -> Outcome:
    problems: list[Said] = []
    undecided: Said | None = None
    for score in profile.language_tests or []:
        for test in tests:
            if test_key(score.test) == test_key(test.test):
                why = _qualifies(score, test, since, on)
                if why is None and score.date is None and since is not None:
                    undecided = undecided or _undecided(score, test, since)
                elif why is None:
                    return "pass", _met(score, test)
                else:
                    problems.append(why)
    if undecided is not None:
        return "unknown", undecided
    return "fail", _failure(language, tests, profile, problems)


def _failure(language: str | None, tests: list[LanguageTest], profile: Profile, problems: list[Said]) -> Said:
    if not problems:
        return _none_accepted(language, tests)
    tried = {test_key(score.test) for score in profile.language_tests or []}
    others = [t for t in tests if test_key(t.test) not in tried]
    lead = joined(problems, "clauses")
    if not others:
        return say(N_("{problems}."), problems=lead)
    alternatives = any_of(
        say(N_("a {test} of {score}"), test=text(t.test), score=shown(t.min_score)) for t in others
    )
    return say(N_("{problems}; {alternatives} would also qualify."), problems=lead, alternatives=alternatives)


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
    failed = tuple(reason for status, reason in outcomes if status == "fail")
    if failed:
        return result("language_test", "fail", failed, source)
    status: Status = "unknown" if any(status == "unknown" for status, _ in outcomes) else "pass"
    return result("language_test", status, tuple(reason for _, reason in outcomes), source)
