"""Wordings met in the `tors42` and `tors43` batches (held-out sets an and ao until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

import pytest

from tests.support.tor import parse_text


def test_a_capital_inside_a_countrys_name_is_no_city_before_the_next_country() -> None:
    v = parse_text(
        "Eligibility\n- Open to nationals of Norway or of one of: Benin, Guinea-Bissau, Kyrgyzstan, Mali or Niger.\n"
    )
    assert v.eligibility.nationalities == ["NO", "BJ", "GW", "KG", "ML", "NE"]


@pytest.mark.parametrize(
    "note",
    [
        "(poste ouvert aux ressortissant(e)s belges ; lieu d'affectation : Mao, Tchad)",
        "(poste ouvert aux ressortissant(e)s belges, pour le bassin du lac Tchad)",
    ],
)
def test_a_country_named_as_the_posts_place_or_a_lakes_name_is_no_nationality(note: str) -> None:
    v = parse_text(f"Expert(e) associé(e) en résilience\n{note}\n")
    assert v.eligibility.nationalities == ["BE"]


def test_dual_nationals_given_no_assignment_in_the_country_are_not_admitted_for_it() -> None:
    v = parse_text(
        "Êtes-vous éligible ?\n• Nationalité belge\n• Double nationalité belgo-rwandaise : pas d'affectation au"
        " Rwanda\n• Âge : 31 ans au plus\n"
    )
    assert v.eligibility.nationalities == ["BE"]


@pytest.mark.parametrize(
    "requirement",
    [
        "Essential: A first university degree in veterinary medicine and a master's degree in public health.",
        "Esencial: Título universitario en medicina veterinaria y título de maestría en salud pública.",
    ],
)
def test_a_first_degree_and_a_masters_both_asked_make_the_master_the_minimum(requirement: str) -> None:
    v = parse_text(f"Education\n{requirement}\n")
    assert v.education.minimum_level == "master"


def test_a_masters_wished_beside_a_first_degree_stays_a_wish() -> None:
    v = parse_text(
        "Education\nA first university degree in economics and a master's degree would be an asset.\n"
    )
    assert v.education.minimum_level == "bachelor"


def test_each_row_of_a_table_is_a_sentence_of_its_own() -> None:
    v = parse_text(
        """
        | Condition | Rule |
        |---|---|
        | Age limit | 32 years of age or younger as of 31 December 2027 |
        | Military service | Service of less than 1 year: 1 year Service of 1 year or more: 2 years |
        | English | One of the following scores, obtained within two (2) years before the deadline: TOEFL iBT 100 |
        """
    )
    assert v.eligibility.test_validity_months == 24


def test_a_grid_tables_row_carried_on_under_an_empty_cell_stays_one_row() -> None:
    v = parse_text(
        """
        +------------------------+----------------------------------+
        | Hito                   | Fecha                            |
        +------------------------+----------------------------------+
        | Publicación            | 5 de abril de 2027               |
        | Cierre de candidaturas | 19 de abril de 2027, 11:59 p. m. |
        |                        | (hora de Madrid)                 |
        +------------------------+----------------------------------+
        """
    )
    assert v.closing is not None and v.closing.timezone == "Europe/Madrid"


def test_a_forms_boxes_around_values_are_the_forms_not_the_values() -> None:
    v = parse_text(
        """
        1. DATOS DEL PUESTO

        Denominación del puesto:
        |Oficial Asociado/a de Programas - Gobernanza Digital                 |

        Organismo:  |UNIÓN INTERNACIONAL DE TELECOMUNICACIONES (UIT / ITU)    |

        Referencia interna del organismo: |BR/AMS/JPO/2027-09|   Código AECID: JPO-27-SV-03

        Lugar de destino - ciudad: |San Salvador___|   País: |El Salvador____|
        """
    )
    assert v.title == "Oficial Asociado/a de Programas - Gobernanza Digital"
    assert v.reference == "BR/AMS/JPO/2027-09"
    assert (v.duty_station.city, v.duty_station.country) == ("San Salvador", "SV")


def test_cells_parted_by_pipes_after_a_label_stay_cells() -> None:
    v = parse_text(
        "Profil\nCompétences : | Intégrité | Travail d'équipe | Communication |\nGestion axée sur les résultats\n"
    )
    assert "Intégrité" in v.competencies


def test_a_forms_language_rows_say_their_status_in_the_label() -> None:
    v = parse_text(
        """
        ¿Se admiten estudiantes de último curso de máster?    [ ] Sí    [X] No

        Idiomas requeridos:  ☒ Español   ☒ Inglés   ☐ Francés   ☐ Portugués
        Idiomas valorables:  ☐ Español   ☐ Inglés   ☒ Francés   ☒ Portugués
        """
    )
    assert v.languages.required == [["es"], ["en"]]
    assert v.languages.desirable == ["fr", "pt"]


def test_a_forms_age_label_names_its_day_and_a_quantity_is_no_reference() -> None:
    v = parse_text(
        """
        Lugar de destino: Tegucigalpa
        Fecha límite de recepción de solicitudes: 26/02/2027

        6. CONDICIONES GENERALES DE LA CONVOCATORIA

        Edad máxima a la fecha de cierre de la convocatoria:  | 32 | años
        """
    )
    assert v.eligibility.max_age == 32
    assert str(v.eligibility.age_reference_date) == "2027-02-26"
    assert v.reference is None


def test_a_numbered_heading_whose_bracketed_note_runs_on_to_the_next_line() -> None:
    v = parse_text(
        """
        5. COMPETENCIAS

        - Trabajo en equipo

        6. CONDICIONES GENERALES DE LA CONVOCATORIA  (a cumplimentar por la AECID -
           no modificar)

        Titulación y experiencia exigidas por el Programa:
             [X] Máster + 2 años de experiencia profesional
             [ ] Grado + 4 años de experiencia profesional
        """
    )
    assert [(r.level, r.min_years) for r in v.eligibility.degree_experience] == [("master", 2)]


def test_a_forms_rows_of_tests_validity_and_cap() -> None:
    v = parse_text(
        """
        6. CONDICIONES GENERALES DE LA CONVOCATORIA

        Acreditación del nivel de inglés:
             [X] IELTS Academic  (mín. 6.5)      [X] TOEFL iBT  (mín. 90)
             [ ] TOEIC  (mín. 850)               [ ] Cambridge C1 Advanced

        Antigüedad máxima del certificado:  [ ] 1 año   [X] 2 años   [ ] Sin límite

        N.º máximo de solicitudes por persona en la convocatoria (la convocatoria
        es anual):  | 3 |
        """
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [
        ("IELTS", 6.5),
        ("TOEFL iBT", 90),
    ]
    assert v.eligibility.test_validity_months == 24
    assert v.eligibility.max_applications_per_year == 3


def test_ticked_boxes_opening_lines_mark_a_checklists_items() -> None:
    v = parse_text(
        """
        7. DOCUMENTACIÓN QUE DEBE APORTAR LA PERSONA CANDIDATA

        ☒ Currículum vítae en inglés
        ☒ Carta de motivación en español
        ☒ Copia del título de máster
        ☐ Cartas de referencia
        """
    )
    assert len(v.required_documents) == 3


@pytest.mark.parametrize(
    ("value", "city", "country"),
    [
        ("San-Pédro (Côte d'Ivoire) - pas Abidjan !", "San-Pédro", "CI"),
        ("Bol, Tchad – et non N'Djamena", "Bol", "TD"),
        ("Mazar-i-Sharif (Afghanistan), not Kabul", "Mazar-i-Sharif", "AF"),
    ],
)
def test_a_city_the_value_says_the_post_is_not_in_is_no_duty_station(
    value: str, city: str, country: str
) -> None:
    v = parse_text(f"Lieu d'affectation : {value}\n")
    assert (v.duty_station.city, v.duty_station.country) == (city, country)


def test_slide_titles_after_a_slides_list_open_their_sections() -> None:
    v = parse_text(
        """
        Vos tâches
        • Suivre les activités des coopératives
        • Préparer des rapports d'avancement
        Ce que vous apprendrez
        • Gestion d'un projet de terrain
        • Suivi-évaluation axé sur les résultats
        Compétences recherchées
        • Intégrité
        • Communication
        Êtes-vous éligible ?
        • Nationalité suisse
        • Master terminé au moment de la candidature (pas d'étudiant·e·s)
        Dossier de candidature
        • CV (2 pages au maximum)
        • Lettre de motivation
        Questions ?
        • Merci de votre attention !
        • Secrétariat du programme JPO
        """
    )
    assert (len(v.duties), len(v.learning_elements), len(v.competencies)) == (2, 2, 2)
    assert v.eligibility.nationalities == ["CH"]
    assert v.education.enrolled_accepted is False
    assert len(v.required_documents) == 2


def test_a_chat_exports_pasted_notice_takes_its_title_under_the_programmes_numbered_offer() -> None:
    v = parse_text(
        """
        Microsoft Teams – Exportation de conversation
        Équipe : Programme JEA

        Hélène Marchand   15/04/2027 09:05   (modifié)
        Voici le texte tel que publié :

        JEUNE EXPERT ASSOCIÉ (JEA/JPO) – OFFRE N° 2027-021

        Administrateur(trice) adjoint(e) aux affaires politiques
        Force intérimaire des Nations Unies au Liban (FINUL)

        Lieu d'affectation : Naqoura, Liban
        Classe : P-2
        """
    )
    assert v.title == "Administrateur(trice) adjoint(e) aux affaires politiques"
    assert v.organization == "UNIFIL"


def test_an_initial_term_wrapped_onto_the_next_line_of_a_borderless_row() -> None:
    v = parse_text(
        """
         Category and level           Professional, P-2
         Duration                     Two years in total: initial appointment of one (1)
                                      year, renewable for a second year subject to
                                      performance
         Duty station                 Ashgabat, Turkmenistan
        """
    )
    assert v.duration_months == 12


def test_documents_bulleted_inside_one_value() -> None:
    v = parse_text(
        "Lieu d'affectation : Berne\nPièces à joindre:\n• curriculum vitae ; • lettre de motivation ; • copie du "
        "diplôme ; • résultat du test d'anglais\n"
    )
    assert len(v.required_documents) == 4


def test_a_file_that_comprendra_its_documents() -> None:
    v = parse_text(
        "7. CANDIDATURE\n\nLe dossier, à adresser à la DGD par voie électronique, comprendra un curriculum vitae, "
        "une lettre de motivation et une copie du diplôme de master.\n"
    )
    assert len(v.required_documents) == 3


def test_lo_que_aprendera_heads_the_learning() -> None:
    v = parse_text(
        "## Lo que aprenderá en este puesto\n\n- Funcionamiento de un organismo.\n- Gestión de proyectos.\n\n"
        "## Su perfil\n\nTítulo de máster.\n"
    )
    assert len(v.learning_elements) == 2


def test_a_row_that_carries_its_years_is_no_heading() -> None:
    v = parse_text(
        """
        4. Requisitos
        Educación Maestría en ingeniería aeronáutica o disciplina afín.
        Experiencia laboral (mín.) 2-4 años
        Idiomas Dominio del español y del inglés.
        """
    )
    assert v.experience.min_years == 2


def test_an_ats_requisition_number_with_n_dot_ordinal() -> None:
    v = parse_text(
        "Título del puesto: Profesional Asociado/a (JPO)\nN.º de requisición: 2700187\nGrado: P2\n"
    )
    assert v.reference == "2700187"


def test_the_agencys_posting_number_before_a_ministrys_file_number_stacked_under_their_labels() -> None:
    v = parse_text(
        """
        # Associate Technical Officer (Ship Energy Efficiency)
        Posting no.
        JPO/MED/2027-05
        Danish MFA file no.
        2027-4480
        Organization
        International Maritime Organization (IMO)
        Division / Section
        Marine Environment Division,
        Air Pollution and Energy Efficiency Section
        """
    )
    assert v.reference == "JPO/MED/2027-05"


def test_a_reference_label_naming_the_agency_is_the_agencys() -> None:
    v = parse_text("UNHCR JPO reference: JPO/UGA/2027/05\nDanish MFA file no.: 2027-11842\n")
    assert v.reference == "JPO/UGA/2027/05"


def test_sub_items_under_an_introducing_item_by_another_bullet_at_the_same_indent() -> None:
    v = parse_text(
        """
        What will you be doing?
        • Support the committee's secretariat;
        • Assist in technical cooperation projects, in particular:
        - the pilot countries programme of the
        decarbonization partnership;
        - regional workshops on energy efficiency;
        • Draft background documents;
        · Carry out other duties as required.
        """
    )
    assert len(v.duties) == 4


def test_a_heading_in_capitals_after_a_lists_last_item_is_no_part_of_it() -> None:
    v = parse_text(
        """
        **COMPETENCIAS**
        - Comunicación
        - Trabajo en equipo
        - Adaptación a un entorno cambiante
        REQUISITOS DEL PROGRAMA JPO DE LA COOPERACIÓN ESPAÑOLA (AECID) – Ref. AECID: JPO-2027-OPS-09
        Solo pueden postular personas de nacionalidad española.
        """
    )
    assert v.competencies == ["Comunicación", "Trabajo en equipo", "Adaptación a un entorno cambiante"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Deben acreditar un nivel C1 de inglés mediante IELTS 7.0 o TOEFL iBT 95, obtenido en los dos últimos años.",
        "Un test TOEIC (945) passé au cours des deux dernières années est exigé.",
    ],
)
def test_a_test_taken_in_the_last_n_years(sentence: str) -> None:
    v = parse_text(f"Requisitos del programa\n{sentence}\n")
    assert v.eligibility.test_validity_months == 24


def test_the_documents_sections_own_numbered_paragraph_before_another_sections_attachment() -> None:
    v = parse_text(
        """
        6. ELIGIBILITY

           -  Working proficiency in English is required. Applicants may attach a TOEFL iBT or
              IELTS score report to support their application, but no minimum score is set and
              no test is required.
           -  Former JPOs are not eligible.

        7. DOCUMENTS REQUIRED

        Applications must include (1) the completed application form, (2) a curriculum vitae, (3) a copy
        of the Master's degree certificate, and (4) an essay of no more than 600 words.
        """
    )
    assert len(v.required_documents) == 4


@pytest.mark.parametrize(
    "item",
    ["✘ déjà été JPO, quel que soit le pays donateur ? Ce programme n'est pas pour toi.", "✗ former JPOs"],
)
def test_a_crossed_item_of_who_may_apply_naming_former_jpos_excludes_them(item: str) -> None:
    v = parse_text(f"QUI PEUT POSTULER ?\n✔ nationalité belge\n{item}\n")
    assert v.eligibility.excludes_former_jpo is True


def test_a_titles_area_in_brackets_on_the_line_under_its_heading() -> None:
    v = parse_text(
        "# Oficial Asociado/a de Asuntos Humanitarios\n(Coordinación Civil-Militar y Acceso)\n"
        "Publicado el 24 de marzo de 2027\n## Ficha del puesto\n- Lugar de destino: Tegucigalpa\n"
    )
    assert v.title == "Oficial Asociado/a de Asuntos Humanitarios (Coordinación Civil-Militar y Acceso)"


def test_a_bracketed_place_under_the_title_is_no_area() -> None:
    v = parse_text(
        "# Oficial Asociado/a de Asuntos Humanitarios\n(Tegucigalpa, Honduras)\n## Ficha del puesto\n"
    )
    assert v.title == "Oficial Asociado/a de Asuntos Humanitarios"
