"""Wordings met in the `tors10` batch (written by a helper who never read the parser, read as design
material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from datetime import date

from tests.support.tor import parse_text


def test_other_posts_a_job_page_lists_are_no_part_of_the_tor() -> None:
    v = parse_text(
        """
        ## Are you eligible?

        - You are a national of the State of Qatar.

        ### Similar jobs

        - JPO – Child Protection Officer, P-2, Beirut, Lebanon (Danish nationals only) – Deadline: 5 Oct 2026
        """
    )
    assert v.eligibility.nationalities == ["QA"]
    assert v.grades == []


def test_both_halves_of_a_refused_dual_nationality() -> None:
    v = parse_text(
        """
        ## Requisitos del programa

        - Tener la nacionalidad española. No pueden optar a este puesto las personas con doble nacionalidad
          española y guatemalteca.
        """
    )
    assert v.eligibility.nationalities == ["ES"]
    assert not [w for w in v.warnings if w.field == "eligibility.nationalities"]


def test_a_master_before_the_licence_route_in_one_sentence() -> None:
    v = parse_text(
        """
        Qualifications

        Niveau d'études minimum: Master en administration publique ou domaine apparenté, ou licence
        (bachelor) assortie de deux années supplémentaires d'expérience qualifiante, en lieu et place du master.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 2)


def test_titulo_universitario_superior_is_a_masters() -> None:
    v = parse_text(
        "## Requisitos\n\n**Formación.** Título universitario superior (máster) en economía o campos afines.\n"
    )
    assert v.education.minimum_level == "master"


def test_birth_date_cut_offs_in_more_wordings() -> None:
    for wording, cut_off in (
        ("Etre né(e) après le 30 juin 1994.", date(1994, 7, 1)),
        ("Haber nacido con posterioridad al 31 de diciembre de 1995.", date(1996, 1, 1)),
    ):
        v = parse_text(f"Closing date: 15 June 2027, 23:59 CET\n\nConditions du programme\n\n- {wording}\n")
        assert v.eligibility.born_on_or_after == cut_off, wording
        assert v.eligibility.max_age is not None, wording


def test_under_n_years_of_age_and_former_jpos_who_remain_eligible() -> None:
    v = parse_text(
        """
        Closing date         19 January 2027, 17:00 Irish time (GMT)

        Please check that you meet the programme's conditions.

        * You are under 33 years of age on the closing date (19 January 2027).
        * Previous service as a JPO under another donor's programme does not make you ineligible.
        """
    )
    assert v.eligibility.max_age == 32
    assert v.eligibility.excludes_former_jpo is False


def test_sentence_headings_of_learning_and_competencies() -> None:
    v = parse_text(
        """
        This is what you will learn.

        - How a country office works;
        - Project management.

        These are the WHO competencies for this post.

        1. Teamwork
        2. Communication
        """
    )
    assert len(v.learning_elements) == 2
    assert v.competencies == ["Teamwork", "Communication"]


def test_a_vacancy_notice_number_and_an_offer_identifier_label_the_reference() -> None:
    assert (
        parse_text("Vacancy notice no.   2701187\nDFA reference        DFA-JPO-27-009\n").reference
        == "2701187"
    )
    assert (
        parse_text("Identifiant de l'offre: 31905 N° de dossier du ministère danois:\n").reference == "31905"
    )


def test_a_single_extension_for_completed_national_or_military_service() -> None:
    v = parse_text(
        """
        Special conditions of the programme

        Maximum age: 32 years on the closing date. The age limit is extended by one year for candidates who
        have completed compulsory military service or civilian service.
        """
    )
    assert [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension] == [
        (None, 1)
    ]
    table = parse_text(
        """
        ## Are you eligible?

        - Candidates who have completed national service may exceed the age limit as follows:

          | National service completed | Extension of the age limit |
          |---|---|
          | Less than 12 months | 1 year |
          | 12 months or more | 2 years |
        """
    )
    rows = [(r.served_months_below, r.extra_years) for r in table.eligibility.military_service_extension]
    assert rows == [(12, 1), (None, 2)]


def test_competencies_in_a_markdown_table_or_parted_by_middle_dots() -> None:
    table = parse_text(
        """
        ## For every Child, you demonstrate…

        | Competency | Proficiency level |
        |---|---|
        | Builds and maintains partnerships | 1 |
        | Innovates and embraces change | 1 |
        """
    )
    assert table.competencies == ["Builds and maintains partnerships", "Innovates and embraces change"]
    dotted = parse_text(
        "**Competencias.** Competencias de liderazgo: Predica con el ejemplo · Impulsa resultados · "
        "Aplica el pensamiento estratégico\n"
    )
    assert dotted.competencies == [
        "Predica con el ejemplo",
        "Impulsa resultados",
        "Aplica el pensamiento estratégico",
    ]


def test_a_top_level_heading_is_the_title_over_a_line_naming_the_jpo() -> None:
    v = parse_text(
        """
        # Oficial de Programas Asociado/a – Protección Social Adaptativa

        **Referencia PMA** JPO-GTM-2027-02
        """
    )
    assert v.title == "Oficial de Programas Asociado/a – Protección Social Adaptativa"


def test_what_do_you_need_to_upload_heads_the_documents() -> None:
    v = parse_text(
        """
        ## What do you need to upload?

        - Curriculum vitae in English
        - Copy of your passport
        """
    )
    assert len(v.required_documents) == 2


def test_no_extension_read_from_a_refusal_or_from_a_lone_label_row() -> None:
    refused = parse_text(
        """
        Programme conditions

        Military service does not extend the age limit; the limit is extended by one year per child.
        """
    )
    assert refused.eligibility.military_service_extension == []
    labelled = parse_text(
        """
        Military service       Completed or exempted
        Experience             3 years or more
        """
    )
    assert labelled.eligibility.military_service_extension == []
