"""Wordings met in the `tors7` batch (held-out set j until its one measure, then read as design
material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from datetime import date

from tests.support.tor import parse_text


def test_dual_nationals_who_cannot_be_placed_are_excluded() -> None:
    v = parse_text(
        """
        Who can apply?

        Norwegian citizens may apply. Norwegian citizens who also hold Kenyan citizenship cannot be
        placed in this position.
        """
    )
    assert v.eligibility.nationalities == ["NO"]


def test_a_sentence_alone_before_a_list_heads_the_section_it_names_and_is_no_title() -> None:
    v = parse_text(
        """
        Data Analyst (Food Security), Junior Professional Officer
        Open to Finnish citizens only.

        Organisation:  WFP
        Duty station:  Juba, South Sudan

        Here is what you will do as a JPO.

        * Analyse household survey data on food security;
        * Draft the quarterly market monitor;
        * Train field monitors in mobile data collection.

        Which leadership behaviours matter most in this role?

        * Leads by example with integrity
        * Drives results and delivers on commitments
        """
    )
    assert v.title == "Data Analyst (Food Security), Junior Professional Officer"
    assert len(v.duties) == 3
    assert v.competencies == ["Leads by example with integrity", "Drives results and delivers on commitments"]


def test_a_birth_year_cut_off_and_the_year_of_the_call_give_the_reference_date() -> None:
    v = parse_text(
        """
        Closing date: 15 March 2027, 23:59 CET

        Eligibility

        You are at most 30 years old in the year you apply, which means you were born in 1997 or later.
        """
    )
    assert v.eligibility.max_age == 30
    assert v.eligibility.age_reference_date == date(2027, 12, 31)
    assert not [w for w in v.warnings if w.field.startswith("eligibility.age")]


def test_one_year_written_with_its_digit_in_brackets_is_one_year_and_its_wish_is_kept() -> None:
    v = parse_text(
        """
        Profil

        Expérience : au moins un (1) an d'expérience professionnelle en suivi-évaluation est souhaitable.
        """
    )
    assert v.experience.min_years == 1
    assert v.experience.preferred is True


def test_an_asset_named_for_another_experience_does_not_make_the_years_a_wish() -> None:
    v = parse_text(
        """
        Expérience

        - Au minimum trois (3) ans d'expérience en gestion de projets ; une expérience au Sahel est un atout.
        - At least two years of experience in audit, an experience in Asia would be an asset.
        """
    )
    assert v.experience.min_years == 3
    assert v.experience.preferred is False


def test_students_spoken_of_in_another_sentence_of_the_education_requirement_are_accepted() -> None:
    v = parse_text(
        """
        Requisitos

        Educación: Título universitario avanzado (maestría) en economía. Se considerarán también las
        candidaturas de estudiantes que cursen el último semestre de una maestría.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.enrolled_accepted is True


def test_former_jpos_refused_before_they_are_named() -> None:
    for wording in (
        "Tampoco podrán participar quienes hayan sido JPO con anterioridad.",
        "Ne peuvent pas non plus postuler les personnes ayant déjà été JPO.",
        "You cannot apply if you have already been a JPO of any donor.",
    ):
        v = parse_text(f"Requisitos del programa JPO\n\n{wording}\n")
        assert v.eligibility.excludes_former_jpo is True, wording


def test_the_requirements_of_a_named_programme_are_the_programmes_rules() -> None:
    v = parse_text(
        """
        Qualifications

        - Master's degree in education.

        REQUIREMENTS OF THE GERMAN JPO PROGRAMME

        - A Master's degree and at least two years of relevant experience, or a Bachelor's degree and
          at least three years of relevant experience.
        """
    )
    assert [(d.level, d.min_years) for d in v.eligibility.degree_experience] == [
        ("master", 2),
        ("bachelor", 3),
    ]


def test_a_paragraph_saying_what_an_application_must_include_introduces_the_documents() -> None:
    v = parse_text(
        """
        How to apply

        Applications go through the ministry's portal and
        must include:

        1. a CV in English;
        2. a motivation letter;
        3. copies of diplomas.
        """
    )
    assert len(v.required_documents) == 3


def test_a_list_of_tasks_is_no_list_of_documents() -> None:
    v = parse_text(
        """
        Background

        The unit's work this year
        will include:

        - a review of the national plan;
        - two field missions.
        """
    )
    assert v.required_documents == []


def test_a_competencies_label_whose_value_opens_a_list() -> None:
    v = parse_text(
        """
        Compétences du PAM : le cadre de leadership s'applique à tout le personnel :

        1. Montrer l'exemple avec intégrité
        2. Obtenir des résultats
        3. Faire preuve de réflexion stratégique
        """
    )
    assert len(v.competencies) == 3


def test_a_citys_time_in_brackets_under_the_deadline_names_its_zone() -> None:
    v = parse_text(
        """
        Duty station:          Lusaka, Zambia
        Application deadline:  08.03.2026, 23:59 CET
        (Bonn time)
        """
    )
    assert v.closing is not None
    assert v.closing.timezone == "Europe/Berlin"
    assert v.closing.utc == "2026-03-08T22:59:00Z"


def test_month_names_abbreviated_in_french_and_spanish() -> None:
    from jpo.vacancy.dates import DATE, parse_date

    for text, day in (("19 abr 2027", date(2027, 4, 19)), ("3 févr. 2026", date(2026, 2, 3)),
                      ("12 juil. 2026", date(2026, 7, 12)), ("4 dic 2026", date(2026, 12, 4))):  # fmt: skip
        m = DATE.search(text)
        assert m is not None and parse_date(m.group(0)) == day, text


def test_a_spanish_careers_page_duties_competencies_documents_and_appointment() -> None:
    v = parse_text(
        """
        ## ¿Cómo puede marcar la diferencia?

        * Apoyar el análisis de datos de encuestas de hogares.
        * Contribuir al seguimiento del presupuesto público.

        ## Para cada niño, usted demuestra...

        Las competencias básicas requeridas para este puesto son: (1) Demuestra autoconciencia,
        (2) Trabaja en colaboración con otros y (3) Gestiona la ambigüedad y la complejidad.

        ## Cómo postular

        Por favor, postule en línea a través de esta página e incluya:

        1. Su currículum vitae;
        2. Una carta de motivación.

        La designación inicial es por un año, con posibilidad de extensión.
        """
    )
    assert len(v.duties) == 2
    assert v.competencies == [
        "Demuestra autoconciencia", "Trabaja en colaboración con otros", "Gestiona la ambigüedad y la complejidad"
    ]  # fmt: skip
    assert len(v.required_documents) == 2
    assert v.duration_months == 12


def test_military_extensions_in_spanish_prose() -> None:
    v = parse_text(
        """
        Requisitos del programa

        Tener como máximo 32 años al 31 de diciembre de 2027. Para quienes hayan cumplido el servicio
        militar, el límite de edad se amplía en un año si el servicio fue inferior a 12 meses, en dos
        años si fue de 12 a menos de 24 meses, y en tres años si fue de 24 meses o más.
        """
    )
    rows = [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension]
    assert rows == [(12, 1), (24, 2), (None, 3)]


def test_a_longer_heading_after_a_blank_line_opens_with_its_sections_name() -> None:
    v = parse_text(
        """
        Le poste est basé à Port-au-Prince.


        Conditions générales du programme JPO suisse

        Un master est exigé ; les étudiant(e)s en fin de master peuvent postuler à condition d'avoir
        obtenu leur diplôme avant l'entrée en fonction.
        """
    )
    assert v.education.enrolled_accepted is True


def test_the_text_after_an_html_list_is_no_part_of_its_last_item() -> None:
    from jpo.vacancy.parse import parse_bytes

    html = (
        "<html><body><h2>Competencies</h2><p>The core competencies are:</p><ol><li>Works with others</li>"
        "<li>Manages ambiguity and complexity</li></ol><p>Read about our competency framework and its"
        " levels: here.</p></body></html>"
    )
    v = parse_bytes(html.encode(), "html")
    assert v.competencies == ["Works with others", "Manages ambiguity and complexity"]


def test_a_reference_stated_only_in_a_running_head_is_read_once() -> None:
    head = "United Nations Environment Programme\nRef.: UNEP/JPO/2027/ES-004      Issued: 2 April 2027\n\n"
    v = parse_text(
        "",
        pages=[
            head + "Post title: Associate Programme Officer\n\nDuties\n\n- Support the secretariat.\n",
            head + "- Draft reports.\n\nQualifications\n\n- Master's degree in chemistry.\n",
        ],
    )
    assert v.reference == "UNEP/JPO/2027/ES-004"
    assert v.title == "Associate Programme Officer"


def test_a_stated_time_still_outranks_a_place_named_without_one() -> None:
    v = parse_text(
        """
        Duty station:  Nairobi, Kenya
        Deadline:      20 April 2026 (New York time)

        How to apply

        Applications close on 20 April 2026 at 23:59 CET.
        """
    )
    assert v.closing is not None
    assert v.closing.utc == "2026-04-20T21:59:00Z"
