"""Wordings met in the `tors16` and `tors17` batches (held-out sets m and n until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_an_age_not_to_be_reached_during_a_named_calendar_year() -> None:
    v = parse_text(
        "Closing date: 19 March 2027, 16:00 Helsinki time\n\nApplicants must not turn 32 during the calendar "
        "year 2027 and must have completed their degree by the closing date.\n"
    )
    assert v.eligibility.max_age == 31
    assert str(v.eligibility.age_reference_date) == "2027-12-31"


def test_a_degree_summary_with_the_lower_route_in_years() -> None:
    v = parse_text(
        "Work experience (min.)   2-5 yrs\nEducation                Master's (or Bachelor's + 3 yrs)\n"
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 3)


def test_another_nationality_in_addition_to_the_sponsors_is_refused_not_the_sponsors() -> None:
    v = parse_text(
        "o Nationality : Korean nationals only. Persons holding another nationality in addition to Korean "
        "nationality are not eligible.\n"
    )
    assert v.eligibility.nationalities == ["KR"]


def test_military_tiers_with_dot_leaders() -> None:
    v = parse_text(
        """
        o Age : 32 or younger as of 31 December 2026.
                For applicants who have completed military service the age limit is extended:
                  less than 1 year of service ............................. 1 year
                  1 year or more but less than 2 years ................... 2 years
                  2 years or more ......................................... 3 years
        """
    )
    tiers = [(t.served_months_below, t.extra_years) for t in v.eligibility.military_service_extension]
    assert tiers == [(12, 1), (24, 2), (None, 3)]


def test_an_edition_refused_in_an_elliptic_clause() -> None:
    v = parse_text(
        "English : TOEFL iBT 100 or IELTS (Academic) 7.0. TOEFL iBT Home Edition scores are accepted; MyBest "
        "scores are not.\n"
    )
    toefl = next(t for t in v.eligibility.language_tests if t.test == "TOEFL iBT")
    assert toefl.refused_editions == ["mybest"]


def test_a_title_in_the_opening_sentence_keeps_its_brackets() -> None:
    v = parse_text(
        """
        VACANCY NOTE 27/09

        The UNFPA office in Suva, Fiji, is seeking a
        Junior Professional Officer (Adolescent Health and Youth Participation)
        for a two-year assignment starting in 2027.

        Duties
        - Support the youth programme.
        """
    )
    assert v.title == "Junior Professional Officer (Adolescent Health and Youth Participation)"


def test_a_forms_own_header_is_no_title() -> None:
    v = parse_text(
        """
        Formulaire JPO-TdR, version 2026 – à compléter par le bureau d'accueil

        1. Fonctions
        - Appuyer le suivi des activités.
        """
    )
    assert v.title is None


def test_three_more_reference_labels() -> None:
    assert (
        parse_text("Référence du poste ........ IFAD/ESA/JPO/2027/02\n").reference == "IFAD/ESA/JPO/2027/02"
    )
    assert parse_text("Avis n° : WHO/SEN/JPO/27-05\n").reference == "WHO/SEN/JPO/27-05"
    assert (
        parse_text("**N.º de publicación (Posting no.):** UNH-ROAF-JPO-27-01\n").reference
        == "UNH-ROAF-JPO-27-01"
    )
