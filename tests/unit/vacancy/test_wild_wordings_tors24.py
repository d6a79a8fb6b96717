"""Wordings met in the `tors24` and `tors25` batches (held-out sets u and v until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_language_that_adds_value_is_wished_for() -> None:
    v = parse_text(
        "Idiomas: español e inglés, nivel avanzado (C1). El conocimiento del quechua será un valor añadido.\n"
    )
    assert sorted(code for group in v.languages.required for code in group) == ["en", "es"]
    assert v.languages.desirable == ["qu"]


def test_a_newsletters_banners_and_a_calls_banner_are_no_title() -> None:
    bulletin = parse_text(
        "UNIVERSITY CAREER SERVICES\nINTERNATIONAL CAREERS BULLETIN  No. 2/2027  (1 February 2027)\n"
        "==========================================================\n\nDear students,\n\n"
        "We reproduce one vacancy below.\n\n------------------------------------------\n"
        "[1] JPO VACANCY - REPRODUCED AS PUBLISHED BY THE MINISTRY\n------------------------------------------\n\n"
        "Junior Professional Officer (JPO) in Climate Adaptation Finance\n(open to Finnish citizens only)\n\n"
        "  Organisation ........ UNEP\n"
    )
    call = parse_text(
        "APPEL À CANDIDATURES JPO 2027\n\nAdministrateur·trice de programme junior (JPO) - Sécurité alimentaire\n"
    )
    assert bulletin.title == "Junior Professional Officer (JPO) in Climate Adaptation Finance"
    assert call.title == "Administrateur·trice de programme junior (JPO) - Sécurité alimentaire"


def test_a_chat_exports_message_is_no_title() -> None:
    v = parse_text(
        '02/02/27, 08:41 - Lucía Ferrer creó el grupo "JPO AECID 2027"\n'
        "02/02/27, 08:45 - Lucía Ferrer: Os paso la ficha del puesto\n\n"
        "Oficial Profesional Junior (JPO) en Salud Sexual y Reproductiva\n\nFunciones\n- Apoyar al programa.\n"
    )
    assert v.title == "Oficial Profesional Junior (JPO) en Salud Sexual y Reproductiva"


def test_a_question_heading_that_names_the_programme_is_no_title() -> None:
    v = parse_text(
        "MINISTRY FOR FOREIGN AFFAIRS\n\nVACANCY NOTE 27/22\n\nAbout the office\n----------------\n\n"
        "UNFPA covers the region.\n\nWhat the JPO will do\n--------------------\n\n  * support the census round;\n"
    )
    assert v.title != "What the JPO will do"


def test_a_wrapped_titles_programme_suffix_after_its_bracket() -> None:
    v = parse_text(
        "  Post Title                Programme Policy Officer (Nutrition-Sensitive\n"
        "                            Social Protection) - JPO\n"
        "  Agency                    World Food Programme (WFP)\n"
        "  Duty Station              Phnom Penh, Cambodia\n"
    )
    assert v.title == "Programme Policy Officer (Nutrition-Sensitive Social Protection) - JPO"


def test_a_notice_number_with_a_gloss_and_a_job_id_before_the_donors_reference() -> None:
    glossed = parse_text(
        "| **N° d'avis (Posting no.)** | ONUDI/JPO/2027/011 |\n|---|---|\n| **Réf. MAEE** | LUX-27-04 |\n"
    )
    job_id = parse_text(
        "ID de la vacante (Job ID):\n29901\nRef. AECID:\nAECID-JPO-2027-12\nUbicación:\nLima, Perú\n"
    )
    donor = parse_text("Vacancy ID (Nuffic):     2027-031\nUNDP reference:          JPO-PER-2027-02\n")
    assert glossed.reference == "ONUDI/JPO/2027/011"
    assert job_id.reference == "29901"
    assert donor.reference == "JPO-PER-2027-02"


def test_a_delai_label_an_inclusive_birth_date_and_the_posting_periods_last_day() -> None:
    delai = parse_text("**Délai :** lundi 25 janvier 2027, 23h59, heure suisse.\n")
    born = parse_text("Conditions générales du programme\n- Être né·e le 1er janvier 1995 ou après.\n")
    last_day = parse_text(
        "Deadline: 12 April 2026, 23:59 (Baghdad time)\n\nEligibility\n- Applicants must not be older than 32 years "
        "on the last day of the posting period.\n"
    )
    assert delai.closing is not None and delai.closing.utc == "2027-01-25T22:59:00Z"
    assert str(born.eligibility.born_on_or_after) == "1995-01-01"
    assert str(last_day.eligibility.age_reference_date) == "2026-04-12"


def test_former_jpos_who_can_no_longer_apply() -> None:
    v = parse_text(
        "- Les personnes ayant déjà été JPO (quel que soit le pays financeur) ne peuvent plus postuler.\n"
    )
    assert v.eligibility.excludes_former_jpo is True


def test_a_french_duties_question_and_one_application_in_the_mise_au_concours() -> None:
    v = parse_text(
        "## Que fera le/la JPO ?\n\n1. appuiera la coordination ;\n2. rédigera des rapports.\n\n"
        "## Qui peut postuler ?\n\n- Une seule candidature par personne est acceptée dans le cadre de la mise au "
        "concours 2027.\n"
    )
    assert len(v.duties) == 2
    assert v.eligibility.max_applications_per_year == 1


def test_one_position_in_the_years_recruitment_and_worked_before_as_a_jpo() -> None:
    v = parse_text(
        "Eligibility\n  f. Each applicant may apply for only one (1) position in the 2027\n"
        "     recruitment; the recruitment is held once a year.\n\n"
        "If you have worked before as a JPO, Associate Expert or in a similar programme financed by any donor, you "
        "cannot apply.\n"
    )
    assert v.eligibility.max_applications_per_year == 1
    assert v.eligibility.excludes_former_jpo is True


def test_another_posts_grade_in_the_grade_rows_note_is_left_out() -> None:
    other = parse_text(
        "| **Classe** | P-2 (le poste de fonctionnaire qu'il complète est classé P-3) |\n|---|---|\n"
    )
    choice = parse_text("Grade: P-2 (P-1 in the first year)\n")
    assert other.grades == ["P2"]
    assert sorted(choice.grades) == ["P1", "P2"]


def test_competencies_as_one_semicolon_paragraph() -> None:
    v = parse_text(
        "Competencias básicas\n  Lograr resultados; ser responsable; desarrollar y aplicar experiencia\n"
        "  profesional; pensar de manera analítica; trabajar en equipo; comunicar para generar impacto.\n"
    )
    assert len(v.competencies) == 6


def test_a_competency_list_whose_first_item_stands_on_the_label_or_heading_line() -> None:
    label = parse_text(
        "  Competencias:    - Profesionalismo\n                   - Trabajo en equipo\n"
        "                   - Orientación al cliente\n"
    )
    heading = parse_text(
        "Langues Français exigé.\nCompétences - Orientation vers les résultats\n- Travail d'équipe et collaboration\n"
        "- Communication et sens de l'écoute\nConditions générales du programme\n- Nationalité suisse.\n"
    )
    assert label.competencies == ["Profesionalismo", "Trabajo en equipo", "Orientación al cliente"]
    assert len(heading.competencies) == 3
