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
