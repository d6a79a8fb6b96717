"""Wordings met in the `tors12` and `tors13` batches (written by helpers who never read the parser, read
as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_country_inside_a_city_name_is_no_nationality() -> None:
    v = parse_text(
        "Associate Programme Officer\n(open to Danish nationals only; position based in Port of Spain)\n"
    )
    assert v.eligibility.nationalities == ["DK"]


def test_a_tier_of_military_service_as_a_range_of_months() -> None:
    v = parse_text(
        """
        Age: not older than 32 as of 31 December 2026. For applicants who have completed military service
        the limit is raised: +1 year for less than 12 months; +2 years for 12 to 23 months; +3 years for
        24 months or more.
        """
    )
    tiers = [(t.served_months_below, t.extra_years) for t in v.eligibility.military_service_extension]
    assert tiers == [(12, 1), (24, 2), (None, 3)]


def test_a_code_printed_only_in_the_running_foot_is_the_reference() -> None:
    page = "TERMS OF REFERENCE\n\n{body}\n\nUNEP/JPO/IT/2027-03      Page {n} of 3\n"
    bodies = ["Post title: Associate Programme Officer", "Duties: support the team.", "Languages: English."]
    v = parse_text("", pages=[page.format(body=body, n=n) for n, body in enumerate(bodies, 1)])
    assert v.reference == "UNEP/JPO/IT/2027-03"


def test_a_donor_capital_named_in_spanish_gives_the_deadlines_zone() -> None:
    v = parse_text(
        """
        Lugar de destino: Asunción, Paraguay
        Fecha límite: 31 de marzo de 2026, 17:00 horas (hora de Berna)
        """
    )
    assert v.closing is not None
    assert v.closing.timezone == "Europe/Zurich"
    assert v.closing.utc.startswith("2026-03-31T15:00")


def test_spanish_feminine_demonyms() -> None:
    v = parse_text("## Condiciones del programa\n\n- Nacionalidad noruega.\n")
    assert v.eligibility.nationalities == ["NO"]


def test_a_cap_como_maximo_a_dos_puestos() -> None:
    v = parse_text(
        "- Cada persona puede postular como máximo a dos puestos JPO financiados por el programa por año.\n"
    )
    assert v.eligibility.max_applications_per_year == 2


def test_los_siguientes_documentos_after_a_sentence_on_the_same_line() -> None:
    v = parse_text(
        """
        6. Presentación de candidaturas
        Las candidaturas deben enviarse a través del portal a más tardar el 31 de marzo. Se requieren los
        siguientes documentos:
        1) Curriculum vitae.
        2) Carta de motivación.
        3) Copia del pasaporte.
        """
    )
    assert len(v.required_documents) == 3


def test_not_yet_reached_the_33rd_birthday() -> None:
    v = parse_text(
        """
        Closing date: 12 May 2026, 17:00 Geneva time

        Are you eligible?
        To apply you must hold Danish citizenship and must not have reached your 31st birthday on the
        closing date of this posting.
        """
    )
    assert v.eligibility.max_age == 30
    assert str(v.eligibility.age_reference_date) == "2026-05-12"


def test_former_jpos_asked_not_to_apply() -> None:
    v = parse_text("If you have already served as a JPO, for any donor, please do not apply.\n")
    assert v.eligibility.excludes_former_jpo is True


def test_an_application_that_consists_of_a_list() -> None:
    v = parse_text(
        """
        How to apply

        Your application (in English) consists of:
          - a curriculum vitae;
          - a letter of motivation;
          - copies of your degrees.
        """
    )
    assert len(v.required_documents) == 3
    assert v.competencies == []


def test_a_list_as_the_value_of_a_competencies_label() -> None:
    v = parse_text(
        "Competencies         * Integrity and inclusion\n"
        "                     * Working in teams\n"
        "                     * Delivering results\n"
        "Languages            English is required.\n"
    )
    assert v.competencies == ["Integrity and inclusion", "Working in teams", "Delivering results"]


def test_a_title_stated_only_in_the_opening_sentence() -> None:
    v = parse_text(
        """
        # Convocatoria 2026 · Programa JPO

        La Oficina del PNUD en Honduras busca incorporar a un/a **Oficial Asociado/a de Programa en Medios de
        Vida** para su oficina de Choluteca.

        ## ¿Qué harás?

        1. Apoyar la planificación del proyecto.
        """
    )
    assert v.title == "Oficial Asociado/a de Programa en Medios de Vida"


def test_financiacion_labels_the_sponsor_and_no_deben_haber_cumplido() -> None:
    v = parse_text(
        """
        - **Financiación:** Gobierno de Italia (Programa JPO de Italia / UNDESA)
        - **Fecha límite:** 27 de marzo de 2026, 15:00 horas (hora de Roma)

        Las personas candidatas no deben haber cumplido 31 años al 31 de diciembre de 2026.
        """
    )
    assert v.sponsor_country == "IT"
    assert v.eligibility.max_age == 30


def test_languages_required_at_a_cefr_level() -> None:
    v = parse_text("Langues : Français : niveau C1 du CECRL ; anglais : niveau B2 minimum.\n")
    assert v.languages.required == [["fr"], ["en"]]


def test_experience_wished_for_without_years() -> None:
    v = parse_text(
        "Expérience : Une première expérience professionnelle dans l'agro-industrie serait souhaitable.\n"
    )
    assert v.experience.min_years is None
    assert v.experience.preferred is True


def test_the_hour_of_the_deadline_in_a_row_of_its_own() -> None:
    v = parse_text(
        """
        Duty station: Tashkent, Uzbekistan
        Closing date: 14 April 2026
        Closing time: 23:59 Stockholm time (CEST)
        """
    )
    assert v.closing is not None
    assert (v.closing.timezone, v.closing.utc) == ("Europe/Stockholm", "2026-04-14T21:59:00Z")


def test_languages_ticked_in_a_table() -> None:
    v = parse_text(
        """
        ## Languages

        | Language | Required | Desirable |
        |---|---|---|
        | English | ✓ |  |
        | Russian |  | ✓ |
        | Uzbek |  | ✓ |
        """
    )
    assert v.languages.required == [["en"]]
    assert v.languages.desirable == ["ru", "uz"]


def test_competencies_in_capitals_on_the_rows_after_their_label() -> None:
    v = parse_text(
        " Languages        Fluency in English is required.\n\n"
        " Competencies     PROFESSIONALISM: Knowledge of trade policy; shows pride in work.\n"
        "                  COMMUNICATION: Speaks and writes clearly.\n"
        "                  TEAMWORK: Works collaboratively with colleagues.\n"
    )
    assert v.competencies == ["PROFESSIONALISM", "COMMUNICATION", "TEAMWORK"]


def test_afar_is_a_language() -> None:
    v = parse_text(
        "Langues : maîtrise du français exigée ; la connaissance de l'arabe ou de l'afar constitue un atout.\n"
    )
    assert v.languages.desirable == ["ar", "aa"]


def test_results_obtained_in_the_two_years_before_the_deadline() -> None:
    v = parse_text(
        "- attester de son niveau : TOEFL iBT 100 ou IELTS 7.0 ; les résultats doivent avoir été obtenus dans les "
        "deux ans précédant la date limite.\n"
    )
    assert v.eligibility.test_validity_months == 24


def test_ne_postuler_qu_a_un_seul_poste() -> None:
    v = parse_text("- ne postuler qu'à un seul poste JPO financé par la Belgique par année.\n")
    assert v.eligibility.max_applications_per_year == 1


def test_one_position_per_round_is_the_cap() -> None:
    v = parse_text(
        "The programme runs one round per year, and you may apply to only one position per round.\n"
    )
    assert v.eligibility.max_applications_per_year == 1


def test_tick_boxes_keep_only_the_ticked_options() -> None:
    v = parse_text(
        """
        Grade: ☐ P1      ☒ P2
        Duration of assignment:
        ☐ 1 year      ☒ 2 years      ☐ 3 years

        Education: Master's degree in law or a related field.
        ☐ A Bachelor's degree with two additional years of experience is accepted in lieu of the Master's.
        """
    )
    assert v.grades == ["P2"]
    assert v.duration_months == 24
    assert v.education.alternative is None


def test_a_ticked_language_table_with_boxes() -> None:
    v = parse_text(
        """
        ## Languages

        | Language | Level | Required | Desirable |
        |---|---|---|---|
        | English | C1 | ☒ | ☐ |
        | French | B1 | ☐ | ☒ |
        """
    )
    assert v.languages.required == [["en"]]
    assert v.languages.desirable == ["fr"]


def test_the_programmes_acronym_is_no_employer() -> None:
    v = parse_text(
        "# The UN Refugee Agency\nJUNIOR PROFESSIONAL OFFICER (JPO) – TERMS OF REFERENCE\n\n"
        "The JPO joins the UNHCR Representation in Uganda. The JPO reports to the Senior Protection Officer.\n"
    )
    assert v.organization == "UNHCR"


def test_agency_slash_office_labels_the_organization() -> None:
    v = parse_text(
        "Agency / Office: UNICEF Country Office in Uganda\n\nThe office works with WFP on nutrition and with WFP "
        "on school feeding.\n"
    )
    assert v.organization == "UNICEF"


def test_lower_degree_years_in_lieu_count_beyond_the_top_degrees_own() -> None:
    v = parse_text(
        """
        Educación
           Maestría en ingeniería civil o campo afín, con dos (2) años de experiencia pertinente.
           Un título universitario de primer nivel (licenciatura) con cinco (5) años de experiencia
           pertinente podrá aceptarse en lugar de la maestría.
        """
    )
    assert v.education.alternative is not None
    assert v.education.alternative.extra_experience_years == 3


def test_markdown_definition_lists_are_labels_and_values() -> None:
    v = parse_text(
        """
        Numéro de l'offre
        :   581204

        Lieu
        :   Niamey
        :   Niger
        """
    )
    assert v.reference == "581204"
    assert (v.duty_station.city, v.duty_station.country) == ("Niamey", "NE")


def test_a_language_table_with_a_status_column() -> None:
    v = parse_text(
        """
        ## Pour être qualifié·e, vous aurez…

        - **Langues :**

        | Langue   | Niveau minimal (CECR) | Statut |
        |----------|-----------------------|--------|
        | Français | C1                    | Exigé  |
        | Arabe    | A2                    | Atout  |
        """
    )
    assert v.languages.required == [["fr"]]
    assert v.languages.desirable == ["ar"]


def test_unicefs_french_competencies_heading() -> None:
    v = parse_text(
        """
        ## Pour chaque enfant, vous faites preuve de…

        Les compétences de base requises pour ce poste sont :

        - Établir et entretenir des partenariats
        - Travailler en collaboration avec d'autres
        """
    )
    assert len(v.competencies) == 2


def test_scores_after_minima_in_brackets_and_their_age_in_spanish() -> None:
    v = parse_text(
        """
        - Acreditar un nivel C1 de inglés mediante IELTS Academic (puntuación mínima 7,0) o TOEFL iBT
          (mínimo 95 puntos), con una antigüedad no superior a dos años en la fecha de cierre.
        """
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [
        ("IELTS", 7.0),
        ("TOEFL iBT", 95),
    ]
    assert v.eligibility.test_validity_months == 24


def test_a_checklist_of_documents() -> None:
    v = parse_text(
        """
        DOCUMENTACIÓN (marque cada casilla antes de enviar su candidatura)

        [ ] Curriculum vitae en inglés
        [ ] Carta de motivación (máximo una página)
        [x] Copia del pasaporte en vigor
        """
    )
    assert len(v.required_documents) == 3


def test_the_contracts_level_is_the_grade() -> None:
    v = parse_text("Nivel del contrato ....... P-2 (equivalente ICS-10)\nDuración ....... 12 meses\n")
    assert v.grades == ["P2"]


def test_months_minimum_of_experience() -> None:
    v = parse_text(
        "## Qualifications\n\nExpérience professionnelle : 36 mois minimum d'expérience professionnelle dans "
        "les domaines de l'emploi.\n"
    )
    assert v.experience.min_years == 3


def test_one_application_per_person_and_per_year() -> None:
    v = parse_text("Une seule candidature par personne et par année est admise.\n")
    assert v.eligibility.max_applications_per_year == 1


def test_a_boxed_form_with_each_label_above_its_value() -> None:
    v = parse_text(
        """
        PROGRAMME DES JEUNES EXPERTS ASSOCIÉS (JPO) - APPEL 2026
        Intitulé du poste
        Chargé(e) de programme adjoint(e), santé maternelle
        Organisation
        Fonds des Nations Unies pour la population (FNUAP
        / UNFPA)
        Classe
        P-2
        Durée
        2 ans
        """
    )
    assert v.title == "Chargé(e) de programme adjoint(e), santé maternelle"
    assert v.grades == ["P2"]
    assert v.duration_months == 24


def test_the_programmes_conditions_between_a_sentence_and_a_list() -> None:
    v = parse_text(
        """
        Le/la JPO effectuera des missions régulières dans les régions.
        Conditions du programme JPO belge
        - Être titulaire d'un master et d'au moins un an d'expérience, ou d'un bachelier et d'au moins trois
        ans d'expérience professionnelle pertinente.
        """
    )
    pairs = [(d.level, d.min_years) for d in v.eligibility.degree_experience]
    assert pairs == [("master", 1), ("bachelor", 3)]


def test_the_next_numbered_heading_whatever_its_words() -> None:
    v = parse_text(
        """
        6. Valeurs et compétences
        Compétences de base :
        - Rechercher les résultats
        - Communiquer pour un impact
        7. Le lieu d'affectation
        Rabat est un lieu d'affectation famille.
        """
    )
    assert v.competencies == ["Rechercher les résultats", "Communiquer pour un impact"]


def test_wfps_capabilities_are_its_competencies() -> None:
    v = parse_text(
        """
        ### FUNCTIONAL CAPABILITIES

        | Capability Name | Description of the behaviour expected for the competency level |
        |---|---|
        | Emergency Programming | Displays capacity to understand information on emergency response. |
        | Transfer Modalities | Demonstrates ability to analyse modality selection. |
        """
    )
    assert v.competencies == ["Emergency Programming", "Transfer Modalities"]


def test_a_programmes_call_banner_is_no_title() -> None:
    v = parse_text(
        """
        PROGRAMME BELGE DES JEUNES EXPERTS ASSOCIÉS (JPO) - APPEL 2026, DEUXIÈME VAGUE
        TERMES DE RÉFÉRENCE

        1. Fonctions
        - Appuyer le suivi des activités du programme.
        """
    )
    assert v.title is None
