"""Wordings met in the `tors38` and `tors39` batches (held-out sets aj and ak until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

import pytest

from tests.support.tor import parse_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign nationals holding permanent residence in Finland are not eligible.",
        "Persons holding permanent residency in Finland without Finnish nationality are not eligible.",
        "Les personnes résidant en Finlande sans la nationalité finlandaise ne sont pas admises.",
        "Las personas residentes en Finlandia que no tengan la nacionalidad finlandesa no pueden postular.",
    ],
)
def test_residents_lacking_the_nationality_exclude_no_nationals(sentence: str) -> None:
    v = parse_text(f"Eligibility\n- Open to Finnish citizens only. {sentence}\n")
    assert v.eligibility.nationalities == ["FI"]
    assert not [w for w in v.warnings if w.field == "eligibility.nationalities"]


def test_a_nationality_refused_beside_a_residence_stays_refused() -> None:
    v = parse_text(
        "Eligibility\n- Open to Danish citizens. Candidates with Kenyan nationality or permanent residence in\n"
        "Kenya are not eligible for this assignment.\n"
    )
    assert v.eligibility.nationalities == ["DK"]


def test_a_colon_inside_a_bracket_makes_no_label() -> None:
    v = parse_text(
        """
        Titre du poste Chargé(e) de programme
        Lieu d'affectation Dakar, Sénégal
        Classe P-2
        Durée 12 mois, renouvelable (durée totale maximale : 36 mois)
        """
    )
    assert v.duration_months == 12


def test_a_degree_obtenu_au_cours_des_n_annees_precedant_the_deadline() -> None:
    v = parse_text(
        "Conditions du programme\n- Avoir obtenu le master au cours des trois années précédant la date limite.\n"
    )
    assert v.education.graduated_within_months == 36


@pytest.mark.parametrize(
    ("sentence", "cap"),
    [
        ("- Máximo de dos (2) postulaciones en la convocatoria anual del programa.", 2),
        (
            "- The programme holds one call a year; a candidate may submit only one application in the 2027 call.",
            1,
        ),
        (
            "- Une même personne ne peut déposer plus de trois candidatures au cours d'une même année civile.",
            3,
        ),
    ],
)
def test_caps_on_applications(sentence: str, cap: int) -> None:
    v = parse_text(f"Programme rules\n{sentence}\n")
    assert v.eligibility.max_applications_per_year == cap


@pytest.mark.parametrize(
    ("text", "utc", "zone"),
    [
        (
            "Plazo\nEl plazo, que vencía el domingo 19 de abril de 2026, se ha ampliado hasta el domingo 3 de mayo"
            " de 2026 a las 23.59 h (hora de los Países Bajos), es decir, las 16.59 h en Lima.\n",
            "2026-05-03T21:59:00Z",
            "Europe/Amsterdam",
        ),
        (
            "Date limite\nLe 5 mai 2027 à 17h00 (heure du Luxembourg), au lieu du 14 avril 2027 initialement.\n",
            "2027-05-05T15:00:00Z",
            "Europe/Luxembourg",
        ),
        (
            "Deadline\nApplications close on 7 May 2027 at 17:00 (Irish time); originally 30 April 2027.\n",
            "2027-05-07T16:00:00Z",
            "Europe/Dublin",
        ),
    ],
)
def test_an_extended_deadline_over_the_one_it_replaced(text: str, utc: str, zone: str) -> None:
    v = parse_text(text)
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone) == (utc, zone)
    assert not [w for w in v.warnings if w.field == "closing"]


def test_ndebele_is_a_language() -> None:
    v = parse_text("Languages\nFluency in English is required. Knowledge of Ndebele would be an advantage.\n")
    assert v.languages.desirable == ["nd"]


def test_a_vacancy_notice_label_with_the_agencys_acronym_holds_the_reference() -> None:
    v = parse_text(
        """
        Puesto
        :   Oficial Técnico Asociado

        Aviso de vacante OIT
        :   OIT/JPO/QUI/2027/01

        Lugar de destino
        :   Quito, Ecuador
        """
    )
    assert v.reference == "OIT/JPO/QUI/2027/01"


def test_a_question_then_a_sections_name_heads_that_section() -> None:
    v = parse_text(
        """
        ## ¿Puedes presentarte? Requisitos del programa AECID

        - Estar en posesión de un título oficial de máster (no se admiten estudiantes) y acreditar un mínimo
          de tres años de experiencia profesional.
        """
    )
    assert [(d.level, d.min_years) for d in v.eligibility.degree_experience] == [("master", 3)]


def test_a_posts_place_in_a_series_is_no_reference() -> None:
    v = parse_text(
        """
        ---
        layout: convocatoria
        date: 2027-02-10
        autor: AECID
        ---

        > Puesto n.º 4 de 9 · publicado el 10/02/2027

        | | |
        |:--|:--|
        | **N.º de puesto UNICEF** | JPO-ES-2027-04 |
        | **Lugar de destino** | Lima (Perú) |
        """
    )
    assert v.reference == "JPO-ES-2027-04"


@pytest.mark.parametrize(
    "sentence",
    [
        "IELTS Academic (7.0) o TOEFL iBT (95); el certificado no podrá tener una antigüedad superior a dos años.",
        "Une attestation DELF (niveau B2) ; l'attestation ne doit pas dater de plus de deux ans à la clôture.",
    ],
)
def test_a_tests_age_limit(sentence: str) -> None:
    v = parse_text(f"Conditions du programme\n- {sentence}\n")
    assert v.eligibility.test_validity_months == 24


def test_a_degree_that_must_not_be_more_than_n_years_old() -> None:
    v = parse_text(
        "Qualifications\nMaster's degree in law. Your Master's degree must not be more than four years old on the"
        " closing date.\n"
    )
    assert v.education.graduated_within_months == 48


def test_aymara_in_spanish() -> None:
    v = parse_text("Idiomas\nDominio del español y del inglés. Se valorará el conocimiento del aimara.\n")
    assert v.languages.desirable == ["ay"]


def test_a_nationality_held_besides_in_a_concessive_aside_is_not_refused() -> None:
    v = parse_text(
        "Condiciones del programa\nNacionalidad: exclusivamente nacionalidad suiza. Las personas con nacionalidad"
        " peruana, aunque tengan también la suiza, no son elegibles para un puesto en el Perú.\n"
    )
    assert v.eligibility.nationalities == ["CH"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quien ya haya ocupado un puesto de JPO, con cualquier país donante, no puede volver a participar.",
        "Les personnes ayant déjà exercé comme JPO, pour quelque pays donateur que ce soit, sont exclues.",
    ],
)
def test_former_jpos_refused_in_the_singular_or_as_excluded(sentence: str) -> None:
    v = parse_text(f"Conditions du programme\n- {sentence}\n")
    assert v.eligibility.excludes_former_jpo is True


def test_an_ocr_page_mark_of_a_page_count_is_no_list_item() -> None:
    v = parse_text(
        """
        Dossier de candidature
        Le dossier comprend :
        a) un CV ;
        b) une lettre de motivation.

        Les candidatures sont à introduire au plus tard le lundi 12 avril 2027 à 16h00 (UTC+2).

                                  - l/1 -
        Enabel - rue Haute 147, 1000 Bruxelles
        """
    )
    assert len(v.required_documents) == 2


def test_a_pages_footnotes_do_not_cut_a_list_that_carries_on() -> None:
    v = parse_text(
        "",
        pages=[
            """
            Duties and responsibilities
            1. Assist in planning port-control activities;
            2. Collect and analyse seizure data and
            ----------------------------------------------
            1 Step on entry is determined by the agency.
            2 An extension for a third year may be considered.
            """,
            """
               contribute to the regional threat assessment;
            3. Maintain partnerships with donors;
            4. Perform other duties as assigned.

            Competencies
            - Professionalism
            """,
        ],
    )
    assert len(v.duties) == 4
    assert v.duties[1].endswith("regional threat assessment")


@pytest.mark.parametrize(
    "heading",
    ["Que vous apportera ce poste ?", "¿Qué te aportará este puesto?", "What will this post give you?"],
)
def test_what_the_post_will_give_you_heads_the_learning_elements(heading: str) -> None:
    v = parse_text(f"# {heading}\n- La gestion de projets ;\n- La passation de marchés.\n")
    assert len(v.learning_elements) == 2


def test_a_running_head_beside_a_page_mark_in_text_without_page_breaks() -> None:
    v = parse_text(
        """
        COMPETENCES
        - Responsabilité
        - Orientation client et résultats

                                   - 1 -
        UNHCR / BFIO  -  JPO-2026-058                               Bertoua, Cameroun

        CONDITIONS DU PROGRAMME
        Ce poste est exclusivement ouvert aux ressortissant(e)s allemand(e)s.
        """
    )
    assert v.competencies == ["Responsabilité", "Orientation client et résultats"]


def test_a_first_degree_that_peut_tenir_lieu_de_master() -> None:
    v = parse_text(
        "Qualifications\nFormation : master en droit. Un diplôme universitaire de premier cycle assorti de trois"
        " années supplémentaires d'expérience pertinente peut tenir lieu de master.\n"
    )
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 3)


def test_a_job_alert_reads_the_posting_it_prints_in_full() -> None:
    v = parse_text(
        """
        Your saved search found 3 new jobs.

        [1] Associate Programme Analyst (JPO), Energy
            UNDP | Tashkent, Uzbekistan | P-2 | Sponsor: Finland
            Deadline 05.10.2026 (noon, Copenhagen time)

        [2] * FEATURED * Social Protection Officer
            UNICEF | Dili, Timor-Leste | P-2 | Sponsor: Sweden
            Closes 4 Oct 2026

        ----------------------------------------------------
        FEATURED POSTING (full text as published by the employer)
        ----------------------------------------------------

        UNICEF Timor-Leste is hiring

        Social Protection Officer
        Junior Professional Officer position funded by the Government of Sweden

        Location: Dili (Timor-Leste)
        Closes: Sunday, 4 October 2026 at 11:55 p.m. (UTC+09:00)
        """
    )
    assert v.title == "Social Protection Officer"
    assert v.closing is not None and v.closing.utc == "2026-10-04T14:55:00Z"


FLYER = """
LE POSTE
─────────────────────────────
Chargé(e) de programme associé(e) –
Eau et assainissement

Grade     P-2
Sponsor   Royaume de Belgique (DGD)


TES MISSIONS                          QUI PEUT POSTULER ?
▸ suivre les projets d'eau            ✔ nationalité belge (uniquement)
  potable en zone rurale ;            ✔ 30 ans max. : né·e le
▸ rédiger les rapports au               1er janvier 1996 ou plus tard
  donateur.                           ✔ master + 2 ans d'expérience
                                      ✔ anglais OU français courant –
                                        l'arabe est un plus
                                      ✔ max. 2 candidatures dans
                                        l'appel 2026 (un appel par an)


┌──────────────────────────┐    ┌──────────────────────────┐
│ SÉANCE D'INFO            │    │ DATE LIMITE              │
│ mardi 13/10/2026 · 12h45 │    │ dim. 25/10/2026 · 23h59  │
│ Auditoire SOCR 11        │    │ (heure belge)            │
└──────────────────────────┘    └──────────────────────────┘
"""


def test_a_flyers_boxes_and_side_by_side_columns_are_read_one_after_the_other() -> None:
    v = parse_text(FLYER)
    assert v.title == "Chargé(e) de programme associé(e) – Eau et assainissement"
    assert len(v.duties) == 2
    assert v.eligibility.nationalities == ["BE"]
    assert v.experience.min_years == 2
    assert v.eligibility.max_applications_per_year == 2
    assert (v.languages.required, v.languages.desirable) == ([["en", "fr"]], ["ar"])
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone) == ("2026-10-25T22:59:00Z", "Europe/Brussels")


def test_a_dash_before_a_level_keeps_the_language_and_its_status_together() -> None:
    v = parse_text("Languages\n- English – fluent (required)\n- Mongolian – working knowledge (desirable)\n")
    assert v.languages.desirable == ["mn"]


def test_an_experience_range_written_with_min_and_max_keeps_its_minimum() -> None:
    v = parse_text("Qualifications\nWork experience      min. 2 years, max. 5 years of relevant experience\n")
    assert v.experience.min_years == 2


@pytest.mark.parametrize(("heading", "kind"), [("TES MISSIONS", "duties"), ("À PRÉPARER", "documents")])
def test_a_flyers_short_headings(heading: str, kind: str) -> None:
    from jpo.vacancy.structure import kind_of

    assert kind_of(heading) == kind


def test_a_borderless_table_in_capitals_is_no_pair_of_columns() -> None:
    v = parse_text(
        """
        TERMS OF REFERENCE
        POSITION       ASSOCIATE PROGRAMME OFFICER
        LEVEL          P-2
        SECTOR         WATER AND SANITATION
        LOCATION       NAIROBI, KENYA
        """
    )
    assert (v.title, v.grades, v.duty_station.city) == ("ASSOCIATE PROGRAMME OFFICER", ["P2"], "Nairobi")


def test_a_lower_degrees_years_count_beyond_the_years_another_sentence_gives_the_higher_one() -> None:
    v = parse_text(
        "Qualifications\n- Education: Master's degree in economics, or a first-level university degree with four"
        " years of relevant professional experience. A Master's degree must be combined with at least two years"
        " of relevant professional experience.\n"
    )
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 2)


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Only tests taken on or after 9 October 2024 are accepted.", 24),
        ("Only tests taken on or after 8 April 2025 are accepted.", 18),
        ("Only tests taken on or after 20 September 2024 are accepted.", None),  # no whole period: no guess
    ],
)
def test_a_tests_cut_off_date_gives_its_validity_up_to_the_deadline(
    sentence: str, months: int | None
) -> None:
    v = parse_text(
        f"""
        Programme conditions
        - English: TOEFL iBT 100 or IELTS (Academic) 7.0. {sentence}

        Deadline: Thursday 8 October 2026, 5 p.m. Korea Standard Time (KST)
        """
    )
    assert v.eligibility.test_validity_months == months


@pytest.mark.parametrize(
    ("line", "utc"),
    [
        ("Deadline: 2027.03.14 18:00 (KST)", "2027-03-14T09:00:00Z"),
        ("Application period: 2027. 2. 1. ~ 2027. 2. 28. 18:00 (KST)", "2027-02-28T09:00:00Z"),
        ("Application end: 14.03.2027, 18:00 (KST)", "2027-03-14T09:00:00Z"),
    ],
)
def test_year_first_dates_and_a_translations_deadline_label(line: str, utc: str) -> None:
    v = parse_text(f"Title: Associate Expert (JPO)\nDuty station: Nairobi, Kenya\n{line}\n")
    assert v.closing is not None and v.closing.utc == utc


def test_a_number_a_wide_gap_parts_from_its_text_numbers_an_item() -> None:
    v = parse_text(
        """
        À PRÉPARER
        1  ton CV (2 pages max.)
        2  une lettre de motivation
        3  une copie de ton diplôme

        Scanne-moi ! Offre complète sur le portail.
        """
    )
    assert len(v.required_documents) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Candidates with more than five years of work experience will not be considered.",
        "Les candidat(e)s justifiant de plus de cinq ans d'expérience ne seront pas retenu(e)s.",
        "No se considerarán candidaturas con más de cinco años de experiencia profesional.",
    ],
)
def test_a_maximum_written_as_a_refusal_is_no_second_minimum(sentence: str) -> None:
    v = parse_text(f"Experience\nAt least two years of relevant professional experience. {sentence}\n")
    assert v.experience.min_years == 2
    assert not [w for w in v.warnings if w.field == "experience.min_years"]


def test_a_second_minimum_is_still_warned_about() -> None:
    v = parse_text(
        "Experience\nAt least two years of experience. Candidates need four years of experience.\n"
    )
    assert [w for w in v.warnings if w.field == "experience.min_years"]


def test_the_duty_stations_nationals_refused_from_a_general_list_raise_no_contradiction() -> None:
    v = parse_text(
        """
        Duty station: Bamako, Mali

        Conditions du programme
        - Le programme est ouvert aux ressortissant(e)s belges et aux ressortissant(e)s du Mali et du Niger.
        - Pour ce poste, les ressortissant(e)s du pays d'affectation (Mali) ne sont pas éligibles.
        - Les ressortissant(e)s du Niger ne sont pas éligibles.
        """
    )
    assert v.eligibility.nationalities == ["BE"]
    warned = [w.message for w in v.warnings if w.field == "eligibility.nationalities"]
    assert warned == ["nationals of NE are both admitted and excluded"]


@pytest.mark.parametrize(
    "aside",
    [
        "En la convocatoria de 2026 el plazo concluyó el 20 de abril de 2026.",
        "Este aviso corrige la versión enviada el 15/02/2027, que indicaba por error el 24/02/2027 como fecha de"
        " cierre.",
        "Actualizado el 2 de febrero de 2027: la fecha de cierre ha sido confirmada.",
    ],
)
def test_an_other_calls_a_corrected_or_an_update_date_raises_no_closing_conflict(aside: str) -> None:
    v = parse_text(f"Fecha de cierre: 3 de marzo de 2027, 23:59 (hora de Madrid)\n\n{aside}\n")
    assert v.closing is not None and v.closing.utc == "2027-03-03T22:59:00Z"
    assert not [w for w in v.warnings if w.field == "closing"]


def test_two_deadlines_weeks_apart_are_still_warned_about() -> None:
    v = parse_text(
        "Fecha de cierre: 3 de marzo de 2027, 23:59 (hora de Madrid)\n\nEl plazo termina el 17 de marzo de 2027.\n"
    )
    assert [w for w in v.warnings if w.field == "closing"]


@pytest.mark.parametrize(
    "aside",
    [
        "Info session on Thursday 25 February 2027, 16:00 KST. Registration closes on 23 February 2027.",
        "Séance d'information le 25 février 2027 ; inscription à la séance jusqu'au 23 février 2027.",
    ],
)
def test_an_events_registration_date_is_no_deadline(aside: str) -> None:
    v = parse_text(f"Deadline: 10 March 2027, 18:00 (KST)\n\n{aside}\n")
    assert v.closing is not None and v.closing.utc == "2027-03-10T09:00:00Z"
    assert not [w for w in v.warnings if w.field == "closing"]


def test_a_spanish_application_period_called_inscripcion_is_a_deadline() -> None:
    v = parse_text(
        "Plazo\nEl período de inscripción finaliza el 10 de marzo de 2027 a las 18:00 (hora de Madrid).\n"
    )
    assert v.closing is not None and v.closing.utc == "2027-03-10T17:00:00Z"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("Lieu d'affectation : Port-Gentil, Gabon", "Port-Gentil"),
        ("Duty station: Ndola - Copperbelt, Zambia", "Ndola"),
    ],
)
def test_a_hyphen_inside_an_unknown_citys_name_joins_it(line: str, city: str) -> None:
    assert parse_text(f"{line}\n").duty_station.city == city


def test_pointe_noire_and_its_time() -> None:
    v = parse_text(
        "Lieu d'affectation : Pointe-Noire, République du Congo\n"
        "Date de clôture : jeudi 15 avril 2027 à 17h00, heure de Pointe-Noire (UTC+1)\n"
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Pointe-Noire", "CG")
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone) == ("2027-04-15T16:00:00Z", "Africa/Brazzaville")


MACHINE_TRANSLATED = """
LICITACIÓN DE EMPLEO

Experto/a Asignado/a (JPO) en Políticas Fiscales

Número de puesto de la CEPAL:    LC/JPO/2027/07
Lugar de servicio:               Santiago de Chile, Chile
Cierre de solicitudes:           14.03.2027, 23:59 reloj (hora alemana)

Tu perfil

  - Título universitario completado (maestría, Diplom, Magister) en economía;
  - Al menos dos años de experiencia profesional pertinente.

Requisitos formales del programa

  - Nacionalidad alemana.
  - Título de maestría y al menos dos años de experiencia profesional.
  - No puede haber completado el 33. año de vida todavía (es decir, no más de 32 años). Día de
    referencia para el límite de edad es el cierre de solicitudes.
"""


def test_a_machine_translated_notices_literal_labels_and_rules() -> None:
    v = parse_text(MACHINE_TRANSLATED)
    assert v.reference == "LC/JPO/2027/07"
    assert (v.duty_station.city, v.duty_station.country) == ("Santiago", "CL")
    assert v.education.minimum_level == "master"
    assert [(d.level, d.min_years) for d in v.eligibility.degree_experience] == [("master", 2)]
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (32, "2027-03-14")


def test_a_row_naming_the_notices_number_is_no_banner_and_its_code_ends_at_the_next_label() -> None:
    v = parse_text(
        """
        Département fédéral des affaires étrangères DFAE
        DESCRIPTIF DE POSTE
        Administrateur/trice auxiliaire (JPO) - Sûreté nucléaire
        Organisation Agence internationale de l'énergie atomique (AIEA)
        Lieu d'affectation Vienne (Autriche)
        Avis de vacance AIEA 2027/0177 Réf. DFAE JPO-CH-27-11
        Publication 1er février 2027
        """
    )
    assert v.title == "Administrateur/trice auxiliaire (JPO) - Sûreté nucléaire"
    assert v.reference == "2027/0177"


MKDOCS_PAGE = """---
template: vacancy.html
hide:
  - navigation
---

!!! info "Danish JPO Programme - 2027 cycle"
    This position is funded by Denmark under its Junior Professional Officer arrangement with UNEP.
    Only the candidates described below will be considered.

# Junior Professional Officer, Ocean Governance

| | | | |
|---|---|---|---|
| **Job Opening no.** | UNEP/JPO/2027/05 | **Danish JPO file** | DK-JPO-27-014 |
| **Place of assignment** | Nairobi, Kenya | **Apply by** | 20 May 2027, 23:59 Copenhagen time |

## How to apply

Send one PDF file to the secretariat. The file should contain:

1. a cover letter;
2. a completed Personal History Profile (P11);
3. copies of your degree certificates.
"""


def test_a_static_site_page_with_front_matter_an_admonition_and_a_four_column_table() -> None:
    v = parse_text(MKDOCS_PAGE)
    assert v.title == "Junior Professional Officer, Ocean Governance"
    assert v.reference == "UNEP/JPO/2027/05"
    assert len(v.required_documents) == 3


def test_dotted_leaders_whose_longest_label_has_one_dot() -> None:
    v = parse_text(
        """
        Les postes ouverts ce mois-ci : Épidémiologie (Brazzaville, Congo), Patrimoine mondial (Paris, France).

        Jeune expert(e) associé(e) - Chargé(e) de programme, finance
        rurale et inclusion financière

          Organisation ....... Fonds international de développement
                               agricole (FIDA)
          Unité .............. Bureau de pays de Madagascar
          Lieu d'affectation . Antananarivo (Madagascar)
          Grade .............. P-2
        """
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Antananarivo", "MG")


def test_the_longest_dotted_leader_label_is_a_pair() -> None:
    from jpo.vacancy.extract import Extracted
    from jpo.vacancy.parse import _context

    text = "Organisation ....... FIDA\nLieu d'affectation . Antananarivo (Madagascar)\nGrade .............. P-2\n"
    pairs = _context(Extracted(text, ((0, len(text)),), "txt")).structure.pairs
    assert [(p.label, p.value.text) for p in pairs][1] == ("Lieu d'affectation", "Antananarivo (Madagascar)")


def test_a_heading_naming_the_programme_then_its_eligibility_heads_the_programme_rules() -> None:
    v = parse_text(
        """
        # China JPO Programme - eligibility requirements
        - Citizenship of the People's Republic of China.
        - A master's degree and at least two years of full-time work experience.
        """
    )
    assert [(d.level, d.min_years) for d in v.eligibility.degree_experience] == [("master", 2)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The deadline has been updated to 15 March 2027, 17:00 (Geneva time).",
        "Please submit your original application by 15 March 2027, 17:00 (Geneva time).",
        "Updated 2 February 2027: applications close on 15 March 2027, 17:00 (Geneva time).",
    ],
)
def test_an_update_or_an_original_word_does_not_hide_the_deadline_after_it(sentence: str) -> None:
    v = parse_text(f"Deadline\n{sentence}\n")
    assert v.closing is not None and v.closing.utc == "2027-03-15T16:00:00Z"
