"""Wordings met in the `tors40` and `tors41` batches (held-out sets al and am until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

import pytest

from tests.support.tor import parse_text


def test_a_bare_missions_heading_opens_the_duties_and_formation_proposee_the_learning() -> None:
    v = parse_text(
        """
        FICHE DE POSTE

        1. CONTEXTE

        L'organisation appuie les pays membres dans leurs missions de développement.

        2. MISSIONS

        Le/la JEA sera chargé(e) de :
        • préparer des notes d'analyse ;
        • appuyer l'organisation des ateliers.

        3. FORMATION PROPOSÉE AU JEA

        • cours d'intégration du Secrétariat ;
        • une mission sur le terrain ;
        • formation à l'analyse statistique.

        4. PROFIL RECHERCHÉ

        Formation : master en économie.
        """
    )
    assert len(v.duties) == 2
    assert len(v.learning_elements) == 3
    assert v.education.minimum_level == "master"


def test_a_competency_that_introduces_its_details_stays_one_name_among_the_others() -> None:
    v = parse_text(
        """
        Competencies
        - Integrity
        - Communication:
          o writes clearly for non-specialists;
          o listens actively;
        - Teamwork
        - Client orientation
        """
    )
    assert v.competencies == ["Integrity", "Communication", "Teamwork", "Client orientation"]


def test_groups_of_competencies_still_give_their_members() -> None:
    v = parse_text(
        """
        Competencies
        - Core values:
          - Integrity
          - Professionalism
        - Core competencies:
          - Communication
          - Teamwork
        """
    )
    assert v.competencies == ["Integrity", "Professionalism", "Communication", "Teamwork"]


def test_a_borderless_table_of_names_and_descriptions_gives_the_names() -> None:
    v = parse_text(
        """
        Competencies

        Name                   Expected behaviour
        Integrity              Upholds the principles of the Charter in
                               daily work.
        Sharing Knowledge      Shares what she or he knows with colleagues.
        Planning and           Plans and organizes own work in support of
        Organizing             the unit's priorities.
        Technical/scientific   Applies technical knowledge to the
        credibility            documents of the projects.

        Education
        Master's degree in physics.
        """
    )
    assert v.competencies == [
        "Integrity", "Sharing Knowledge", "Planning and Organizing", "Technical/scientific credibility"
    ]  # fmt: skip


def test_two_lists_side_by_side_are_no_table_of_names() -> None:
    v = parse_text(
        """
        Competencies

        Core values              Core competencies
        - Integrity              - Communication
        - Professionalism        - Teamwork
        - Respect for diversity  - Planning and organizing
        """
    )
    assert "Communication" in v.competencies and "Core values Integrity" not in v.competencies


def test_a_long_programme_heading_above_its_list_heads_the_programme_rules() -> None:
    v = parse_text(
        """
        Qualifications

        Excellent command of English.

        Eligibility for the JPO Programme of the Democratic Republic of Timor-Leste

        - Applicants must hold a Master's degree and at least two years of relevant work experience.
        - Applicants must be 32 years of age or younger as of 31 December 2027.
        """
    )
    assert v.eligibility.max_age == 32
    assert [(r.level, r.min_years) for r in v.eligibility.degree_experience] == [("master", 2)]


@pytest.mark.parametrize(
    ("value", "years"),
    [("de 2 à 5 ans, de préférence dans un pays en développement.", 2), ("entre 3 y 6 años.", 3)],
)
def test_a_labelled_range_of_years_gives_its_lower_bound(value: str, years: int) -> None:
    v = parse_text(f"Qualifications requises\nExpérience professionnelle : {value}\n")
    assert v.experience.min_years == years


def test_a_degree_that_must_not_date_from_more_than_n_years() -> None:
    v = parse_text(
        "Qualifications requises\nFormation : master en économie. Le diplôme de master ne doit pas dater de plus de"
        " quatre ans à la date limite de candidature.\n"
    )
    assert v.education.graduated_within_months == 48


def test_one_application_par_appel_with_one_call_a_year_is_a_yearly_cap() -> None:
    v = parse_text(
        "Conditions du programme\n- Une seule candidature par appel ; l'appel est organisé une fois par an.\n"
    )
    assert v.eligibility.max_applications_per_year == 1


def test_a_language_asked_for_with_an_apposition_naming_it_a_working_language() -> None:
    v = parse_text(
        "Profil recherché\nLangues : excellente maîtrise de l'anglais, langue de travail de l'AIEA ; très bonne "
        "connaissance du français requise. La connaissance du portugais est un atout.\n"
    )
    assert v.languages.required == [["en"], ["fr"]]
    assert v.languages.desirable == ["pt"]


def test_the_organizations_working_languages_described_are_not_asked_for() -> None:
    v = parse_text(
        "Contexte\nLes langues de travail de l'Organisation sont l'anglais et le français.\n\n"
        "Profil recherché\nLangues : excellente maîtrise de l'espagnol.\n"
    )
    assert v.languages.required == [["es"]]


def test_other_open_calls_and_the_deadlines_nested_under_them_are_no_part_of_the_post() -> None:
    v = parse_text(
        """
        # Oficial Asociado/a (JPO) – Gestión del agua
        Lugar de destino: Lima (Perú)
        Fin del plazo: 8 de abril de 2027, 23:59 h (hora de Madrid)

        ## Funciones
        - Apoyar a los socios nacionales.

        ## Otras convocatorias abiertas
        - UNICEF – Educación, Quito
        Plazo: 1 de abril de 2027, 14:00 h (hora de Madrid)
        - FAO – Pesca, Roma
        Plazo: 22 de abril de 2027
        """
    )
    assert v.closing is not None and v.closing.utc.startswith("2027-04-08T21:59")
    assert not [w for w in v.warnings if w.field == "closing"]


def test_fin_del_plazo_labels_the_deadline() -> None:
    v = parse_text(
        "Lugar de destino: Lima (Perú)\nFin del plazo:\njueves, 8 de abril de 2027, 23:59 h (hora de Madrid)\n"
    )
    assert v.closing is not None and v.closing.timezone == "Europe/Madrid"
    assert v.closing.utc.startswith("2027-04-08T21:59")


def test_no_haber_prestado_servicios_como_jpo_excludes_former_jpos() -> None:
    v = parse_text(
        "Requisitos del programa\n1. No haber prestado servicios anteriormente como JPO en ningún organismo.\n"
    )
    assert v.eligibility.excludes_former_jpo is True


def test_formacion_que_recibira_heads_the_learning_elements() -> None:
    v = parse_text(
        """
        ## Formación que recibirá
        - Curso en línea sobre servicios climáticos.
        - Mentoría durante todo el contrato.

        ## Perfil requerido
        ### Formación
        Título de máster en meteorología.
        """
    )
    assert len(v.learning_elements) == 2
    assert v.education.minimum_level == "master"


@pytest.mark.parametrize(
    "sentence",
    [
        "Las solicitudes de la fase final del estudio son posibles si el título está disponible al inicio.",
        "Applications in the final phase of studies are possible if the degree is awarded before the start.",
    ],
)
def test_applicants_in_the_final_phase_of_their_studies_are_accepted(sentence: str) -> None:
    v = parse_text(
        f"Requisitos formales del programa\n- Nacionalidad alemana.\n- Master's degree. {sentence}\n"
    )
    assert v.education.enrolled_accepted is True


def test_a_date_with_the_german_ordinal_dot_at_a_lines_start_is_no_numbered_item() -> None:
    v = parse_text(
        """
        Documentos de aplicación

        Envíe su solicitud en línea hasta e incluyendo el
        14. Marzo 2027 con los siguientes documentos:

          - Carta de presentación en inglés;
          - Curriculum vitae en inglés;
          - Certificados de título universitario.
        """
    )
    assert len(v.required_documents) == 3


def test_a_newsletters_featured_notice_takes_its_title_from_above_its_facts() -> None:
    v = parse_text(
        """
        MINISTÈRE DES AFFAIRES ÉTRANGÈRES
        Service des carrières internationales

        LA LETTRE DES CARRIÈRES - N° 12
        {contents}
        1. CAMPAGNE JEA 2027 : LES POSTES OUVERTS CE MOIS-CI

        Les fiches complètes sont en ligne.

        2. À LA UNE : JEA À L'OIT À DAKAR

        Jeune expert(e) associé(e) - Chargé(e) de programme, emploi
        des jeunes et protection sociale

          Organisation ....... Organisation internationale du Travail (OIT)
          Lieu d'affectation . Dakar (Sénégal)
          Grade .............. P-2

        Le contexte
        L'OIT appuie les mandants tripartites du Sénégal.
        """.replace(
            "{contents}", "\n".join(f"        Brève n° {n} : une nouvelle du réseau." for n in range(1, 31))
        )
    )
    assert v.title == (
        "Jeune expert(e) associé(e) - Chargé(e) de programme, emploi des jeunes et protection sociale"
    )


@pytest.mark.parametrize(
    "heading",
    ["CAMPAGNE JEA 2027 : LES POSTES OUVERTS CE MOIS-CI", "3. À LA UNE : JEA AU FIDA À ANTANANARIVO"],
)
def test_a_newsletters_section_about_the_call_names_no_post(heading: str) -> None:
    v = parse_text(f"{heading}\n\nLa campagne bat son plein : 23 postes ont été publiés.\n")
    assert v.title is None
