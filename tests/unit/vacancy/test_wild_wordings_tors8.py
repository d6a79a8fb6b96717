"""Wordings met in the `tors8` batch (written by a helper who never read the parser, read as design
material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from datetime import date

from tests.support.tor import parse_text


def test_a_title_with_a_bracket_left_open_at_the_line_end_runs_on() -> None:
    v = parse_text(
        """
        Post title              Associate Programme Officer (Water, Sanitation and
                                Hygiene in Emergencies)
                                (open to nationals of Denmark only)
        Duty station            Juba, South Sudan
        """
    )
    assert v.title == "Associate Programme Officer (Water, Sanitation and Hygiene in Emergencies)"


def test_a_birth_date_cut_off_alone_is_an_age_limit_on_the_eve_of_its_next_anniversary() -> None:
    v = parse_text(
        """
        Closing date: 14 July 2026, 17:00 KST

        Eligibility

        Applicants must be born on or after 1 January 1995.
        """
    )
    assert v.eligibility.born_on_or_after == date(1995, 1, 1)
    assert v.eligibility.max_age == 31
    assert v.eligibility.age_reference_date == date(2026, 12, 31)


def test_military_extensions_in_a_table_laid_out_with_spaces() -> None:
    v = parse_text(
        """
        Age     Applicants must be born on or after 1 January 1994. The limit
                is extended for applicants who have completed military service:

                Service completed                      Extension   Born on or after
                -------------------------------------  ---------   ----------------
                Less than 1 year                       1 year      1 January 1993
                1 year or more, less than 2 years      2 years     1 January 1992
                2 years or more                        3 years     1 January 1991
        """
    )
    rows = [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension]
    assert rows == [(12, 1), (24, 2), (None, 3)]


def test_age_on_the_last_day_of_the_application_period() -> None:
    v = parse_text(
        """
        Application deadline     30 August 2026 at 23:59 Finnish time (EEST)

        ARE YOU ELIGIBLE FOR THE JPO PROGRAMME?

        Age                      32 years of age or younger on the last day of the application period.
        """
    )
    assert v.eligibility.max_age == 32
    assert v.eligibility.age_reference_date == date(2026, 8, 30)


def test_a_question_heading_about_what_the_jpo_will_do_heads_the_duties() -> None:
    v = parse_text(
        """
        WHAT WILL THE JPO DO?

          - Support contingency planning;
          - Prepare situation reports.
        """
    )
    assert len(v.duties) == 2


def test_competencies_numbered_with_a_closing_bracket_or_parted_by_semicolons() -> None:
    numbered = parse_text(
        """
        Competencies             Core competencies: 1) Professionalism; 2) Communication;
                                 3) Teamwork; 4) Planning and Organizing.
        """
    )
    assert numbered.competencies == [
        "Professionalism",
        "Communication",
        "Teamwork",
        "Planning and Organizing",
    ]
    listed = parse_text(
        """
        Compétences :      Mise en œuvre de l'expertise ; Orientation vers l'apprentissage et le
                           partage des connaissances ; Travail d'équipe et collaboration.
        """
    )
    assert listed.competencies == [
        "Mise en œuvre de l'expertise",
        "Orientation vers l'apprentissage et le partage des connaissances",
        "Travail d'équipe et collaboration",
    ]


def test_a_refusal_before_the_nationality_it_refuses() -> None:
    v = parse_text(
        """
        Condiciones del Programa JPO de Italia

        - Nacionalidad italiana. No pueden postular las personas de nacionalidad peruana, incluidas quienes
          tengan doble nacionalidad ítalo-peruana.
        """
    )
    assert v.eligibility.nationalities == ["IT"]


def test_dual_nationals_named_in_a_refusal_are_not_admitted_and_a_menu_is_no_nationality() -> None:
    v = parse_text(
        """
        English | Français | Español
        Se connecter
        Accueil › Offres d'emploi › Burkina Faso › Offre 592871
        Administrateur·rice adjoint·e de protection de l'enfance (JPO)
        Poste réservé aux ressortissant·e·s luxembourgeois·es

        Conditions du programme

        - Les personnes ayant la nationalité burkinabè, y compris les binationaux
          luxembourgeois-burkinabè, ne sont pas éligibles.
        """
    )
    assert v.eligibility.nationalities == ["LU"]
    assert not [w for w in v.warnings if w.field == "eligibility.nationalities"]


def test_former_jpos_in_more_wordings() -> None:
    for wording in (
        "Les personnes ayant déjà bénéficié d'un contrat JPO, quel que soit le programme, ne peuvent pas postuler.",
        "Les personnes ayant déjà travaillé comme JPO ne sont pas éligibles.",
        "Las personas que hayan participado anteriormente en el Programa JPO no pueden volver a postular.",
    ):
        v = parse_text(f"Conditions du programme JPO\n\n- {wording}\n")
        assert v.eligibility.excludes_former_jpo is True, wording


def test_language_tests_with_a_band_the_tcf_edition_and_no_older_than() -> None:
    v = parse_text(
        """
        Programme requirements

        Proof of English is required: IELTS Academic with an overall band of 7.0 (no band below 6.5)
        or TOEFL iBT 95. Scores must be no older than 24 months at the closing date.
        French: DELF B2 or TCF tout public de niveau B2 au minimum.
        """
    )
    tests = {(t.test, t.min_score) for t in v.eligibility.language_tests}
    assert ("IELTS", 7.0) in tests and ("TOEFL iBT", 95) in tests and ("TCF", "B2") in tests
    assert v.eligibility.test_validity_months == 24


def test_the_agencys_vacancy_number_over_a_programmes_code_and_a_bare_ref() -> None:
    v = parse_text(
        """
        Kingdom of Saudi Arabia - JPO Programme | Round 2026 | Ref. KSA-JPO-2026-UNRWA-02

        | UNRWA vacancy announcement | 26-LFO-JPO-03 |
        | Duty station | Beirut, Lebanon |
        """
    )
    assert v.reference == "26-LFO-JPO-03"
    es = parse_text(
        """
        Título del puesto Oficial Asociado/a de Programa
        N.º de vacante UNODC JO-2026-0457
        Código Programa JPO (UN DESA) ITA/2026/UNODC/05
        """
    )
    assert es.reference == "JO-2026-0457"


def test_a_spanish_wish_said_with_valorado_and_documents_after_send_the_following() -> None:
    v = parse_text(
        """
        Idiomas: Se requiere dominio del español y del inglés. El conocimiento del quechua será valorado.

        How to apply

        Send the following through the programme portal:

        - your CV in English;
        - a cover letter.
        """
    )
    assert v.languages.desirable == ["qu"]
    assert len(v.required_documents) == 2


def test_including_in_an_admitting_clause_does_not_exclude() -> None:
    v = parse_text(
        """
        Eligibility

        Open to Danish nationals, including those living abroad; nationals of Kenya are not eligible.
        """
    )
    assert v.eligibility.nationalities == ["DK"]
