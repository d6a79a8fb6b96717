"""Wordings met in the `tors14` batch (written by a helper who never read the parser, read as design
material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_word_hyphenated_at_the_lines_end_is_read_whole() -> None:
    v = parse_text(
        """
        Conditions du programme
        - justifier d'un niveau C1 en anglais, attesté par un TOEIC (score mini-
          mal 900) ou un IELTS Academic (7,0).
        """
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [("TOEIC", 900), ("IELTS", 7.0)]


def test_an_ocr_misread_etre_still_refuses_dual_nationals() -> None:
    v = parse_text(
        "Conditions : être de nationalité française. Les personnes possédant également la nationalité "
        "malienne ne peuvent pas étre affectées a ce poste.\n"
    )
    assert v.eligibility.nationalities == ["FR"]


def test_a_table_row_of_two_labels_and_their_values() -> None:
    v = parse_text(
        """
        | Requisition ID | 2026/0977 | Grade | P-2 |
        |---|---|---|---|
        | Duty Station | Bonn, Germany | Duration | 24 months |
        """
    )
    assert v.reference == "2026/0977"
    assert (v.duty_station.city, v.duty_station.country) == ("Bonn", "DE")


def test_qualifications_experience_and_language_skills_is_the_qualifications() -> None:
    v = parse_text(
        """
        ## Qualifications, Experience and Language Skills
        - Master's Degree – Advanced university degree in medical physics.

        ## General Conditions of the JPO Programme
        - hold a Master's degree and two years of experience, or a Bachelor's degree and four years of experience.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is None


def test_not_previously_have_held_a_jpo_position() -> None:
    v = parse_text(
        "To be considered you must not previously have held a JPO position, financed by any donor.\n"
    )
    assert v.eligibility.excludes_former_jpo is True


def test_yaml_front_matter_gives_labels_and_values() -> None:
    v = parse_text(
        '---\nlayout: vacancy\njob_identification: "30551"\ntitle: "JPO Programme Analyst, Disaster Risk Reduction"\n'
        "grade: P2\n---\n\n# JPO Programme Analyst, Disaster Risk Reduction\n"
    )
    assert v.reference == "30551"
    assert v.title == "JPO Programme Analyst, Disaster Risk Reduction"
    assert v.grades == ["P2"]


def test_a_bold_sub_label_opening_a_sentence_is_no_heading() -> None:
    v = parse_text(
        """
        ## Your background should include…

        **Education.** Master's degree in economics, public finance, environmental
        management or a related field.
        """
    )
    assert v.education.minimum_level == "master"


def test_military_tiers_written_as_plus_n_years() -> None:
    v = parse_text(
        """
        - Age 32 or younger on 1 June 2026. For male applicants who completed military service the age
          limit is extended as follows:
          - service of less than one year: plus one year (33);
          - service of one year or more but less than two years: plus two years (34);
          - service of two years or more: plus three years (35).
        """
    )
    tiers = [(t.served_months_below, t.extra_years) for t in v.eligibility.military_service_extension]
    assert tiers == [(12, 1), (24, 2), (None, 3)]


def test_lo_que_aprenderas_heads_the_learning() -> None:
    v = parse_text(
        """
        ¿Cómo puedes marcar la diferencia?

         • Apoyará el diseño del programa.
         • Elaborará informes de situación.

        Lo que aprenderás

         • El ciclo de programación de la agencia.
        """
    )
    assert (len(v.duties), len(v.learning_elements)) == (2, 1)


def test_competencies_after_the_following_competencies_are_essential() -> None:
    v = parse_text(
        """
        Para este puesto, los valores de la organización y las siguientes competencias son
        esenciales:

         (1) Trabaja en colaboración con otros
         (2) Construye y mantiene alianzas
        """
    )
    assert v.competencies == ["Trabaja en colaboración con otros", "Construye y mantiene alianzas"]


def test_lao_in_french() -> None:
    v = parse_text(
        "6. Qualifications\n\n6.3 Langues : maîtrise de l'anglais exigée ; la connaissance du lao ou du thaï est "
        "un atout.\n"
    )
    assert v.languages.desirable == ["lo", "th"]
