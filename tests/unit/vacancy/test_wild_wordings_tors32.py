"""Wordings met in the `tors32` and `tors33` batches (held-out sets ac and ad until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

import pytest

from jpo.contracts.vacancy import MilitaryExtension
from tests.support.tor import parse_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Persons who have served as a JPO before, under any government's programme, are not eligible.",
        "Persons who hold or have held a JPO, JED or SARC position, with any sponsoring country, are not eligible.",
        "You cannot apply if you are serving or have served as a JPO, regardless of the sponsoring country.",
        "Les personnes qui occupent ou ont déjà occupé un poste de JPO, quel que soit le pays donateur, ne peuvent"
        " pas postuler.",
    ],
)
def test_former_jpos_who_served_or_hold_one(sentence: str) -> None:
    v = parse_text(f"Eligibility\n- {sentence}\n")
    assert v.eligibility.excludes_former_jpo is True


def test_extensions_by_years_with_their_service_in_brackets() -> None:
    v = parse_text(
        """
        Eligibility
        b) For male applicants who have completed military service, the upper age limit is extended by one year
           (service of less than one year), by two years (service of one year or more but less than two years)
           or by three years (service of two years or more).
        """
    )
    assert v.eligibility.military_service_extension == [
        MilitaryExtension(served_months_below=12, extra_years=1),
        MilitaryExtension(served_months_below=24, extra_years=2),
        MilitaryExtension(served_months_below=None, extra_years=3),
    ]


def test_a_test_taken_no_earlier_than_months_before_the_deadline() -> None:
    v = parse_text(
        "Eligibility\nc) English: a TOEFL iBT score of 100, from a test taken no earlier than 24 months before the "
        "application deadline.\n"
    )
    assert v.eligibility.test_validity_months == 24


def test_documents_after_a_paragraph_naming_the_following_documents_and_its_deadline() -> None:
    v = parse_text(
        """
        Application deadline: 30 April 2027 (time: see below)

        How to apply

        Submit the following documents through the recruitment portal (jpo.example.kr) by Friday, 30 April
        2027, 17:00 Korea Standard Time (KST).

        1.  Personal History Form, in English
        2.  Cover letter
        3.  Copy of the English test score report
        """
    )
    assert len(v.required_documents) == 3
    assert v.closing is not None
    assert (v.closing.timezone, str(v.closing.utc)[:16]) == ("Asia/Seoul", "2027-04-30T08:00")


@pytest.mark.parametrize(
    "duration",
    [
        "24 months (initial fixed-term contract of one year, extension subject to performance)",
        "Two years – the first contract is issued for 12 months and renewed subject to performance",
    ],
)
def test_the_initial_term_after_a_longer_assignment(duration: str) -> None:
    assert parse_text(f"Duration: {duration}\n").duration_months == 12


def test_a_sentence_opening_on_a_titles_word_is_no_title() -> None:
    v = parse_text(
        """
        # Oficial Asociado/a de Programa – Juventud

        *Puesto JPO financiado por el Gobierno de Italia. Solo pueden postular personas de nacionalidad italiana.*

        **Grado:** P-2 | **Duración:** un año | **Cierre:** 26/02/2027
        - **Código de vacante:** UNFPA/PER/JPO/2027/01
        """
    )
    assert v.title == "Oficial Asociado/a de Programa – Juventud"


def test_apply_online_before_a_spanish_weekday_with_its_hour_and_zone_and_adjunta() -> None:
    v = parse_text(
        """
        Cierre: 26/02/2027

        ¿Cómo postular?

        Postula en línea a través del portal (jpo.example.org) antes del viernes 26 de febrero de 2027, a las
        23:59 hora de Nueva York (EST). Adjunta:

        1. el formulario de solicitud;
        2. tu CV en inglés;
        3. una carta de motivación.
        """
    )
    assert v.closing is not None
    assert (v.closing.timezone, str(v.closing.utc)[:16]) == ("America/New_York", "2027-02-27T04:59")
    assert len(v.required_documents) == 3


def test_city_and_country_rows_before_a_place_a_supervisor_is_based_in() -> None:
    v = parse_text(
        """
        Ville : Ouallam (région de Tillabéri)
        Pays : Niger

        Le/la JPO travaillera sous la supervision de la Nutritionniste principale (P-4) basée à Niamey.
        """
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Ouallam", "NE")


def test_an_ocr_birth_cut_off_and_a_degree_within_the_last_years() -> None:
    v = parse_text(
        """
        Lieu d'affectation : Niamey, Niger
        Date limite : 19 février 2027

        QUALIFICATIONS
        Formation : Master en nutrition, obtenu au cours des cinq derniéres années.

        CONDITIONS
        Les candidat(e)s doivent être né(e)s le 1er janvier 1996 ou aprés.
        """
    )
    assert v.education.graduated_within_months == 60
    assert v.eligibility.max_age == 31


def test_spanish_call_requirements_with_the_years_after_the_word_and_the_tests_age() -> None:
    v = parse_text(
        """
        5. Requisitos de la convocatoria (AECID)
        c) Estar en posesión de un título de máster oficial y acreditar una experiencia profesional mínima de
           dos años.
        d) Acreditar el inglés mediante IELTS Academic (mínimo 6,5), con fecha de examen no anterior en más de 24
           meses a la fecha de cierre.
        """
    )
    aged = parse_text(
        "Requisitos del programa\nd) IELTS Academic (7,0 o superior); no se aceptarán certificados con más de tres "
        "años de antigüedad.\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 2)]
    assert v.eligibility.test_validity_months == 24
    assert aged.eligibility.test_validity_months == 36


def test_word_symbol_bullets_and_a_sentence_after_a_list_of_names() -> None:
    v = parse_text(
        "Competencias básicas\n\uf0b7\tTrabajo en equipo\n\uf0b7\tComunicación\nLa persona seleccionada deberá "
        "actuar conforme a los valores de la organización y sus principios.\n"
    )
    assert v.competencies == ["Trabajo en equipo", "Comunicación"]


def test_documents_in_a_paragraph_after_a_colon() -> None:
    v = parse_text(
        """
        DOSSIER DE CANDIDATURE
        Merci de joindre à votre candidature, en un seul fichier PDF : votre CV, une lettre de motivation et la
        copie de votre diplôme.

        Avec nos meilleures salutations,
        Section Organisations internationales
        """
    )
    assert len(v.required_documents) == 3


def test_the_title_under_a_call_for_applications_banner() -> None:
    v = parse_text(
        """
        APPEL À CANDIDATURES 2027 - JEUNES EXPERTS ASSOCIÉS (JEA/JPO)
        Fonctionnaire adjoint à la sécurité alimentaire (systèmes semenciers et
        résilience)
        N° de l'avis : 2701977
        """
    )
    assert v.title == "Fonctionnaire adjoint à la sécurité alimentaire (systèmes semenciers et résilience)"


def test_a_mission_named_by_its_acronym_before_its_name() -> None:
    v = parse_text(
        "Organisation : MINUSCA (Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation en "
        "Centrafrique)\n"
    )
    assert v.organization == "MINUSCA"


def test_based_in_inclusive_french_and_a_dossier_with_a_long_aside() -> None:
    v = parse_text(
        """
        Le/la JEA sera basé(e) à Kaga-Bandoro et travaillera sous la supervision du Chef du sous-bureau (P-4).

        7. Comment postuler ?
        Le dossier, à déposer sur la plateforme des organisations internationales du ministère
        (jea.diplomatie.example.fr), comprend un CV en français, une lettre de motivation et l'attestation de
        résultats du test d'anglais.
        """
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Kaga-Bandoro", "CF")
    assert len(v.required_documents) == 3
