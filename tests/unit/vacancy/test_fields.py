"""Post fields read from ToR text: identity, place, deadline, languages, education, experience, lists."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_form_layout_with_values_on_the_next_line() -> None:
    v = parse_text(
        """
        1. General Information

        JPO Position Title:
        Associate Protection Officer

        Duty Station:
        Nairobi, Kenya

        Grade:
        P-2

        Duration of Assignment:
        Two years
        """
    )
    assert v.title == "Associate Protection Officer"
    assert (v.duty_station.city, v.duty_station.country) == ("Nairobi", "KE")
    assert v.duty_station.timezone == "Africa/Nairobi"
    assert v.grades == ["P2"]
    assert v.duration_months == 24


def test_closing_with_named_zone_and_midnight_end_of_day() -> None:
    v = parse_text("Duty Station: Paris, France\nApplication Deadline (Midnight Paris Time) : 31-JAN-2025")
    assert v.closing is not None
    assert v.closing.utc == "2025-01-31T23:00:00Z"
    assert v.closing.timezone == "Europe/Paris"


def test_closing_with_offset_zone() -> None:
    v = parse_text("Duty Station: Geneva, Switzerland\nDeadline: 1 June 2026, 23:59 (GMT+2)")
    assert v.closing is not None
    assert v.closing.utc == "2026-06-01T21:59:00Z"
    assert v.closing.timezone == "Europe/Zurich"  # GMT+2 is Geneva's own offset in June


def test_closing_with_offset_that_is_not_the_duty_stations() -> None:
    v = parse_text("Duty Station: Geneva, Switzerland\nDeadline: 15 January 2026, 23:59 (GMT+2)")
    assert v.closing is not None
    assert v.closing.utc == "2026-01-15T21:59:00Z"
    assert v.closing.timezone == "Etc/GMT-2"


def test_closing_abbreviation_prefers_the_duty_station_zone() -> None:
    v = parse_text("Duty Station: Copenhagen, Denmark\nDeadline: 15 March 2026, 23:59 CET")
    assert v.closing is not None
    assert v.closing.timezone == "Europe/Copenhagen"
    assert v.closing.utc == "2026-03-15T22:59:00Z"


def test_closing_in_french_with_city_time() -> None:
    v = parse_text(
        "Lieu d'affectation : Rome, Italie\nDate limite de candidature : 15 mars 2026 à minuit (heure de Rome)"
    )
    assert v.closing is not None
    assert v.closing.utc == "2026-03-15T23:00:00Z"
    assert v.closing.timezone == "Europe/Rome"


def test_closing_without_zone_assumes_duty_station_and_warns() -> None:
    v = parse_text("Duty Station: Bangkok, Thailand\nClosing date: 3 April 2026")
    assert v.closing is not None
    assert v.closing.timezone == "Asia/Bangkok"
    assert v.closing.timezone_assumed
    assert v.closing.utc == "2026-04-03T17:00:00Z"
    assert {w.field for w in v.warnings} >= {"closing.timezone", "closing.local"}


def test_two_different_closing_dates_warn() -> None:
    v = parse_text(
        "Closing date: 3 April 2026 17:00 CET\n\nApplications must be received no later than 5 April 2026."
    )
    assert any(w.field == "closing" and "different" in w.message for w in v.warnings)


def test_missing_closing_date_warns() -> None:
    v = parse_text("Please verify the closing date on the website.")
    assert v.closing is None
    assert any(w.field == "closing" for w in v.warnings)


def test_languages_or_and_desirable_and_descriptive_sentence() -> None:
    v = parse_text(
        """
        Languages:
        English and French are the working languages of the UN Secretariat. For this position, fluency in
        English and French is required. Knowledge of Spanish or Arabic is an advantage.
        """
    )
    assert v.languages.required == [["en"], ["fr"]]
    assert v.languages.desirable == ["es", "ar"]


def test_language_alternatives() -> None:
    v = parse_text("Languages:\nExcellent command of English or French; knowledge of Portuguese is an asset.")
    assert v.languages.required == [["en", "fr"]]
    assert v.languages.desirable == ["pt"]


def test_french_language_section() -> None:
    v = parse_text(
        "Langues :\nMaîtrise de l'anglais et du français requise ; connaissance de l'espagnol souhaitable."
    )
    assert v.languages.required == [["en"], ["fr"]]
    assert v.languages.desirable == ["es"]


def test_education_levels_alternative_and_students() -> None:
    v = parse_text(
        """
        Education:
        Advanced university degree (Master's degree or equivalent) in economics, law or related field.
        A first-level university degree in combination with two additional years of qualifying experience
        may be accepted in lieu of the advanced university degree.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == (
        "bachelor",
        2,
    )
    assert v.education.fields == ["economics", "law"]


def test_enrolled_students_and_recent_graduates() -> None:
    v = parse_text(
        """
        Education:
        Currently enrolled in a Master's programme or graduated within the last 2 years with a Master's degree.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.enrolled_accepted
    assert v.education.graduated_within_months == 24


def test_doctorate_with_master_alternative() -> None:
    v = parse_text(
        """
        Education:
        PhD in statistics. A Master's degree in combination with 3 additional years of experience may be accepted in lieu of the PhD.
        """
    )
    assert v.education.minimum_level == "doctorate"
    assert v.education.alternative is not None
    assert v.education.alternative.level == "master"
    assert v.education.alternative.extra_experience_years == 3


def test_experience_preferred_and_after_first_degree() -> None:
    preferred = parse_text(
        "Work experience:\nPreferably a minimum of 2 years of professional experience in ethics."
    )
    assert (preferred.experience.min_years, preferred.experience.preferred) == (2, True)
    after = parse_text(
        "Work experience:\nAt least two years of relevant professional experience after the first university degree."
    )
    assert (after.experience.min_years, after.experience.preferred) == (2, False)
    assert after.experience.after_first_degree


def test_duties_nested_items_and_wrapped_lines() -> None:
    v = parse_text(
        """
        DUTIES AND RESPONSIBILITIES

        Under the supervision of the Chief, the JPO will:

        1. Implement projects, including:
          a. projects funded by the
             European Commission;
          b. bilateral projects.
        2. Organize events and
        workshops.
        3. Perform other duties.
        """
    )
    assert len(v.duties) == 3
    assert v.duties[0].startswith("Implement projects")
    assert "European Commission" in v.duties[0]
    assert v.duties[1] == "Organize events and workshops."


def test_competency_names() -> None:
    v = parse_text(
        """
        UN competencies:

        PROFESSIONALISM Shows pride in work and in achievements.

        Teamwork: Works collaboratively with colleagues.
        """
    )
    assert v.competencies == ["PROFESSIONALISM", "Teamwork"]


def test_running_headers_and_page_numbers_are_removed() -> None:
    page = "UNDP - Terms of Reference\n{body}\nPage {n} of 3\n"
    pages = [
        page.format(body="DUTIES\n\n- Draft reports on climate\n", n=1),
        page.format(body="finance for the unit;\n- Organize meetings.\n", n=2),
        page.format(body="LEARNING ELEMENTS\n\n- Learn the UN system.\n", n=3),
    ]
    v = parse_text("", pages=pages)
    assert v.duties == ["Draft reports on climate finance for the unit", "Organize meetings."]
    assert "UNDP - Terms of Reference" not in " ".join(v.duties + v.learning_elements)


def test_not_a_tor_warns_for_every_missing_essential() -> None:
    v = parse_text("Menu\n\nSoup of the day\nGrilled fish with lemon\nChocolate cake")
    fields = {w.field for w in v.warnings}
    assert {
        "title",
        "organization",
        "duty_station",
        "sponsor_country",
        "closing",
        "duties",
    } <= fields


def test_tab_separated_facts_are_label_value_pairs() -> None:
    v = parse_text("Post title\tAssociate Officer (Water)\nDuty station\t\tNairobi, Kenya\nGrade\t\tP-2\n")
    assert v.title == "Associate Officer (Water)"
    assert v.duty_station.city == "Nairobi"
    assert v.grades == ["P2"]


def test_markdown_table_of_facts() -> None:
    v = parse_text(
        """
        | Field | Details |
        |:------|:--------|
        | **Position** | Programme Analyst (Youth) |
        | **Reference** | UNFPA/JPO/ES/2026/07 |
        | **Location** | Panama City, Panama |
        | **Sponsoring country** | Spain |
        """
    )
    assert v.title == "Programme Analyst (Youth)"
    assert v.reference == "UNFPA/JPO/ES/2026/07"
    assert v.duty_station.country == "PA"
    assert v.sponsor_country == "ES"


def test_midnight_deadline_belongs_to_the_day_it_ends() -> None:
    v = parse_text("Duty Station: Paris, France\nApplication Deadline (Midnight Paris Time) : 31-JAN-2025")
    assert v.closing is not None
    assert v.closing.day().isoformat() == "2025-01-31"


def test_prose_military_extension_with_thresholds_after_each_step() -> None:
    v = parse_text(
        "For male applicants who completed military service, the age limit is extended by one year for "
        "service of less than one year, by two years for service of one year or more but less than two "
        "years, and by three years for service of two years or more."
    )
    rows = [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension]
    assert rows == [(12, 1), (24, 2), (None, 3)]
