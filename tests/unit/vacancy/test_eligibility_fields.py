"""Programme rules read from ToR text: age, military service, tests, limits, former JPOs."""

from __future__ import annotations

from datetime import date

from tests.support.tor import parse_text


def test_not_older_than_with_reference_date_and_consistent_birth_cutoff() -> None:
    v = parse_text(
        "Not older than 32 years of age as of 31st December of 2024 (Born on or after Jan. 1, 1992)"
    )
    assert v.eligibility.max_age == 32
    assert v.eligibility.age_reference_date == date(2024, 12, 31)
    assert v.eligibility.born_on_or_after == date(1992, 1, 1)
    assert not [w for w in v.warnings if w.field.startswith("eligibility.age")]


def test_under_the_age_of_is_strict() -> None:
    v = parse_text("Candidates must be under the age of 33 on 1 January 2026.")
    assert v.eligibility.max_age == 32
    assert v.eligibility.age_reference_date == date(2026, 1, 1)


def test_birth_cutoff_alone_gives_reference_date_when_age_known() -> None:
    v = parse_text("Age: 30 years or younger (born on or after 1 January 1995).")
    assert v.eligibility.max_age == 30
    assert v.eligibility.age_reference_date == date(2025, 12, 31)


def test_born_before_with_a_maximum_age_is_a_contradiction() -> None:
    v = parse_text("2. Age: 32 years maximum (born before 31 December 1992)")
    assert v.eligibility.max_age == 32
    assert v.eligibility.born_on_or_after is None
    assert any(w.field == "eligibility.max_age" for w in v.warnings)


def test_reference_date_that_disagrees_with_birth_cutoff_warns() -> None:
    v = parse_text("Not older than 32 as of 31 December 2020 (born after 1 January 1988).")
    assert any(w.field == "eligibility.max_age" and "1988-01-02" in w.message for w in v.warnings)


def test_french_age_limit() -> None:
    v = parse_text("Limite d'âge : 30 ans au 31 décembre 2026.")
    assert v.eligibility.max_age == 30
    assert v.eligibility.age_reference_date == date(2026, 12, 31)


def test_military_extension_table_in_other_words() -> None:
    v = parse_text(
        """
        The age limit is extended for male applicants who completed military service:
        - service of less than 12 months: extended by 1 year;
        - 12 months or more but less than 24 months: extended by 2 years;
        - 24 months or more: extended by 3 years.
        """
    )
    rows = [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension]
    assert rows == [(12, 1), (24, 2), (None, 3)]


def test_no_military_context_no_extension() -> None:
    v = parse_text("The contract of less than one year will be extended for one year.")
    assert v.eligibility.military_service_extension == []


def test_language_tests_scores_editions_and_validity() -> None:
    v = parse_text(
        """
        Applicants should submit a minimum of iBT TOEFL score of 107 or NEW TEPS score of 452 or IELTS 7.5.
        Scores are valid for 2 years after the test date.
        TOEFL Home Edition is accepted while MyBest scores are not accepted.
        French: DELF B2 or higher.
        """
    )
    tests = {t.test: t for t in v.eligibility.language_tests}
    assert tests["TOEFL iBT"].min_score == 107
    assert tests["NEW TEPS"].min_score == 452
    assert tests["IELTS"].min_score == 7.5
    assert tests["DELF"].min_score == "B2"
    assert tests["DELF"].language == "fr"
    assert tests["TOEFL iBT"].refused_editions == ["mybest"]
    assert v.eligibility.test_validity_months == 24


def test_application_limit_and_former_jpo() -> None:
    v = parse_text(
        """
        Applicants may apply for a maximum of three JPO positions per year.
        Candidates who have already served as a JPO are not eligible.
        """
    )
    assert v.eligibility.max_applications_per_year == 3
    assert v.eligibility.excludes_former_jpo is True


def test_former_jpo_not_stated_is_null() -> None:
    v = parse_text("The Junior Professional Officer (JPO) will work with the team.")
    assert v.eligibility.excludes_former_jpo is None


def test_programme_degree_experience_alternatives() -> None:
    v = parse_text(
        """
        HOW TO APPLY

        3. Diplomas: Advanced university degree (Master's degree or equivalent) with three (3) years
        of relevant working experience or, a Bachelor's degree with five (5) years relevant working experience.
        """
    )
    pairs = [(d.level, d.min_years) for d in v.eligibility.degree_experience]
    assert pairs == [("master", 3), ("bachelor", 5)]


def test_nationalities_with_list_of_countries() -> None:
    v = parse_text(
        """
        Eligibility: Italian nationals and nationals of the following countries:
        Kenya, Ghana, Senegal
        """
    )
    assert set(v.eligibility.nationalities) == {"IT", "KE", "GH", "SN"}


def test_government_mentioned_without_sponsorship_is_no_sponsor() -> None:
    v = parse_text("Contribute to donor reporting for the Government of Luxembourg.")
    assert v.sponsor_country is None
    assert any(w.field == "sponsor_country" for w in v.warnings)


def test_sponsored_by_names_the_sponsor() -> None:
    v = parse_text("This post is sponsored by the Government of the Republic of Korea.")
    assert v.sponsor_country == "KR"
