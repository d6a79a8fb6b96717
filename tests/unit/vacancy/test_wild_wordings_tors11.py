"""Wordings met in the `tors11` batch (once held out as `heldout/l`, measured once, then read as
design material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_lower_degree_with_its_years_a_few_words_further_on() -> None:
    v = parse_text(
        """
        Qualifications

        Education: An advanced university degree in statistics, economics or a related field, or a first
        university degree in one of these fields together with two additional years of relevant experience.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 2)


def test_numbered_competencies_in_a_paragraph_that_goes_on() -> None:
    v = parse_text(
        """
        Competencies

        The competencies for this post are: (1) Communication (2) Teamwork (3) Planning and organizing.
        Read more about our competency framework on the careers site.
        """
    )
    assert v.competencies == ["Communication", "Teamwork", "Planning and organizing"]


def test_a_title_cut_on_an_open_word_takes_its_next_line_and_leaves_the_note() -> None:
    v = parse_text(
        """
        Título del puesto:  Oficial Asociado/a de Gestión del Riesgo de Desastres y
        Adaptación Climática
        (solo pueden postular personas de nacionalidad italiana; véase la sección 5
        sobre los requisitos del programa)
        Categoría: P-2
        """
    )
    assert v.title == "Oficial Asociado/a de Gestión del Riesgo de Desastres y Adaptación Climática"


def test_an_ocr_misread_capital_heading_still_opens_its_section() -> None:
    v = parse_text(
        """
        1. C0NTEXTE

        Le bureau appuie le gouvernement.

        2. PRlNCIPALES MlSSIONS

        - appuyer la coordination des partenaires ;
        - rédiger les rapports mensuels.
        """
    )
    assert len(v.duties) == 2


def test_ocr_bullets_read_as_dashes_and_guillemets() -> None:
    v = parse_text(
        """
        TÂCHES

        - appuyer la coordination des partenaires ;
        — rédiger les rapports mensuels ;
        - organiser les missions de terrain.

        COMPÉTENCES

        « Travail en équipe
        « Communication
        « Sens de l'organisation
        """
    )
    assert len(v.duties) == 3
    assert v.competencies == ["Travail en équipe", "Communication", "Sens de l'organisation"]


def test_a_quotation_in_guillemets_is_no_bullet() -> None:
    v = parse_text(
        """
        TÂCHES

        « Ne laisser personne de côté » est la devise du bureau, qui appuie les partenaires.
        - rédiger les rapports mensuels ;
        - organiser les missions de terrain.
        """
    )
    assert len(v.duties) == 2


def test_a_borderless_table_bounds_its_rows_at_the_supervisor_and_publication_labels() -> None:
    v = parse_text(
        """
        Intitulé du poste Administrateur·rice adjoint·e de programme (JPO)
        Classe P-2
        Lieu d'affectation Niamey, Niger
        Supervision Administrateur de programme (P-3), sous l'autorité du Chef
        de bureau (P-5)
        Date de publication 2 mars 2026
        Durée Deux ans
        """
    )
    assert v.grades == ["P2"]
    assert v.duration_months == 24


def test_a_numbered_question_heads_the_programme_rules_and_the_year_of_the_call() -> None:
    v = parse_text(
        """
        5. Compétences
        Communication : capacité à s'exprimer clairement, à l'écrit comme à l'oral.
        Esprit d'équipe : capacité à travailler avec des collègues d'horizons différents.
        6. Qui peut postuler au programme JPO ?
        - Âge : 31 ans au maximum au cours de l'année de la mise au concours (2026).
        7. Dossier de candidature
        Date limite : 30 avril 2026, 17h00 (heure de Genève).
        """
    )
    assert v.competencies == ["Communication", "Esprit d'équipe"]
    assert v.eligibility.max_age == 31
    assert str(v.eligibility.age_reference_date) == "2026-12-31"


def test_aviso_de_vacante_labels_the_reference() -> None:
    v = parse_text(
        "**Aviso de vacante n.º:** VN 2027/044  \n**Título del puesto:** Oficial Asociado/a de Programa\n"
    )
    assert v.reference == "VN 2027/044"


def test_a_minimum_of_un_ano_with_a_maximum_after_it() -> None:
    v = parse_text(
        """
        ## Experiencia

        - Mínimo un (1) año y máximo cuatro (4) años de experiencia profesional en gestión de proyectos.
        """
    )
    assert v.experience.min_years == 1


def test_competencies_nested_under_labels_that_introduce_them() -> None:
    v = parse_text(
        """
        ## Competencies

        - **Values:** Integrity; Professionalism; Respect for diversity.
        - **Core competencies** (behavioural indicators, level 2):
          - Teamwork
          - Delivering results
          - Accountability
        """
    )
    assert v.competencies == ["Teamwork", "Delivering results", "Accountability"]


def test_documents_after_the_second_verb_of_a_sentence() -> None:
    v = parse_text(
        """
        ## ¿Cómo postular?

        Las postulaciones deben enviarse por el portal del programa e incluir:

        1. Curriculum vitae en inglés.
        2. Carta de motivación.
        3. Copia del pasaporte.
        """
    )
    assert len(v.required_documents) == 3


def test_sentence_headings_that_say_what_you_will_do() -> None:
    v = parse_text(
        """
        ## Voici ce que vous ferez chaque jour.

        - Appuyer la planification des activités du projet ;
        - Préparer les rapports destinés aux bailleurs.
        """
    )
    assert len(v.duties) == 2


def test_numbered_spanish_questions_head_their_sections() -> None:
    v = parse_text(
        """
        2. ¿CUÁLES SERÁN LAS FUNCIONES DE LA PERSONA JPO?

          * Apoyará la ejecución del proyecto regional;
          * Preparará notas informativas.

        3. ¿QUÉ APRENDERÁ LA PERSONA JPO?

          * El ciclo de programación del organismo;
          * La coordinación con los gobiernos.
        """
    )
    assert len(v.duties) == 2
    assert len(v.learning_elements) == 2


def test_students_in_their_last_semester() -> None:
    v = parse_text(
        """
        ## Perfil

        Formación: Título universitario de maestría en economía. Podrán presentarse también las personas
        que estén cursando el último semestre de la maestría.
        """
    )
    assert v.education.enrolled_accepted is True


def test_competencies_in_two_columns_beside_the_values() -> None:
    v = parse_text(
        "COMPETENCIES\n\n"
        "  Core values                            Core competencies\n"
        "  -  Integrity                           -  Communication\n"
        "  -  Professionalism                     -  Teamwork and building\n"
        "                                            partnerships\n"
        "                                         -  Planning and organizing\n"
    )
    assert v.competencies == [
        "Communication",
        "Teamwork and building partnerships",
        "Planning and organizing",
    ]


def test_two_columns_of_competencies_read_one_after_the_other() -> None:
    v = parse_text(
        "COMPETENCIES\n\n"
        "  Core competencies                   Functional competencies\n"
        "  •   Communication                   •   Analysis and Decision-Making\n"
        "  •   Teamwork                        •   Planning and Organizing\n"
        "  •   Results Focus\n"
    )
    assert v.competencies == [
        "Communication", "Teamwork", "Results Focus", "Analysis and Decision-Making", "Planning and Organizing"
    ]  # fmt: skip


def test_the_competencies_column_of_a_table_beside_the_values() -> None:
    v = parse_text(
        """
        ## Competencies

        | Core Values | Core Competencies |
        |---|---|
        | Integrity | Accountability |
        | Professionalism | Effective Communication |
        |  | Leading by Example |
        """
    )
    assert v.competencies == ["Accountability", "Effective Communication", "Leading by Example"]


def test_a_title_hyphenated_at_the_lines_end_is_one_word() -> None:
    v = parse_text(
        """
        Titre du poste : Administrateur/trice adjoint(e) de programme - Déve-
        loppement local et résilience

        N° de l'avis : JPO/DKR/2027/01
        """
    )
    assert v.title == "Administrateur/trice adjoint(e) de programme - Développement local et résilience"


def test_english_or_arabic_after_an_elided_article_is_one_choice() -> None:
    v = parse_text(
        "Langues\nExcellente maîtrise du français et connaissance pratique de l'anglais ou de l'arabe.\n"
    )
    assert v.languages.required == [["fr"], ["en", "ar"]]


def test_years_stated_per_degree_give_the_top_degrees_years() -> None:
    v = parse_text(
        "## Qualifications minimales requises\n\n"
        "Années d'expérience minimales requises : 3 ans (avec un master) ou 5 ans (avec une licence) "
        "d'expérience professionnelle pertinente.\n"
    )
    assert v.experience.min_years == 3


def test_a_degree_pair_split_over_two_list_items_joined_by_or() -> None:
    v = parse_text(
        """
        **Formación y experiencia**

        - Maestría en economía o un área afín, con dos años de experiencia profesional pertinente; o
        - Título universitario en las mismas disciplinas con cinco años de experiencia profesional pertinente.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 3)
    assert v.experience.min_years == 2


def test_a_section_name_right_after_a_lists_last_item_heads_a_section() -> None:
    v = parse_text(
        """
        Competencies
        - Professionalism
        - Teamwork
        General conditions of the JPO Programme
        1. Nationality: applicants must hold Japanese nationality.
        2. Age: 35 years old or younger as of 1 June 2026.
        """
    )
    assert v.competencies == ["Professionalism", "Teamwork"]
    assert v.eligibility.max_age == 35
