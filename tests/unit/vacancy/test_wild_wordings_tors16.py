"""Wordings met in the `tors16` and `tors17` batches (held-out sets m and n until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import cap_read, parse_text


def test_an_age_not_to_be_reached_during_a_named_calendar_year() -> None:
    v = parse_text(
        "Closing date: 19 March 2027, 16:00 Helsinki time\n\nApplicants must not turn 32 during the calendar "
        "year 2027 and must have completed their degree by the closing date.\n"
    )
    assert v.eligibility.max_age == 31
    assert str(v.eligibility.age_reference_date) == "2027-12-31"


def test_a_degree_summary_with_the_lower_route_in_years() -> None:
    v = parse_text(
        "Work experience (min.)   2-5 yrs\nEducation                Master's (or Bachelor's + 3 yrs)\n"
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 3)


def test_another_nationality_in_addition_to_the_sponsors_is_refused_not_the_sponsors() -> None:
    v = parse_text(
        "o Nationality : Korean nationals only. Persons holding another nationality in addition to Korean "
        "nationality are not eligible.\n"
    )
    assert v.eligibility.nationalities == ["KR"]


def test_military_tiers_with_dot_leaders() -> None:
    v = parse_text(
        """
        o Age : 32 or younger as of 31 December 2026.
                For applicants who have completed military service the age limit is extended:
                  less than 1 year of service ............................. 1 year
                  1 year or more but less than 2 years ................... 2 years
                  2 years or more ......................................... 3 years
        """
    )
    tiers = [(t.served_months_below, t.extra_years) for t in v.eligibility.military_service_extension]
    assert tiers == [(12, 1), (24, 2), (None, 3)]


def test_an_edition_refused_in_an_elliptic_clause() -> None:
    v = parse_text(
        "English : TOEFL iBT 100 or IELTS (Academic) 7.0. TOEFL iBT Home Edition scores are accepted; MyBest "
        "scores are not.\n"
    )
    toefl = next(t for t in v.eligibility.language_tests if t.test == "TOEFL iBT")
    assert toefl.refused_editions == ["mybest"]


def test_a_title_in_the_opening_sentence_keeps_its_brackets() -> None:
    v = parse_text(
        """
        VACANCY NOTE 27/09

        The UNFPA office in Suva, Fiji, is seeking a
        Junior Professional Officer (Adolescent Health and Youth Participation)
        for a two-year assignment starting in 2027.

        Duties
        - Support the youth programme.
        """
    )
    assert v.title == "Junior Professional Officer (Adolescent Health and Youth Participation)"


def test_a_forms_own_header_is_no_title() -> None:
    v = parse_text(
        """
        Formulaire JPO-TdR, version 2026 – à compléter par le bureau d'accueil

        1. Fonctions
        - Appuyer le suivi des activités.
        """
    )
    assert v.title is None


def test_three_more_reference_labels() -> None:
    assert (
        parse_text("Référence du poste ........ IFAD/ESA/JPO/2027/02\n").reference == "IFAD/ESA/JPO/2027/02"
    )
    assert parse_text("Avis n° : WHO/SEN/JPO/27-05\n").reference == "WHO/SEN/JPO/27-05"
    assert (
        parse_text("**N.º de publicación (Posting no.):** UNH-ROAF-JPO-27-01\n").reference
        == "UNH-ROAF-JPO-27-01"
    )


def test_a_section_heading_naming_the_programme_is_no_title_and_a_long_title_cut_on_an_open_word_is_joined() -> (
    None
):
    v = parse_text(
        "Programme JEA 2027\nAVIS DE VACANCE\n"
        "Jeune expert associé (JEA) - Appui aux politiques commerciales et à la mise en oeuvre des accords de\n"
        "libre-échange régionaux en Afrique centrale\n"
        "Lieu d'affectation   Yaoundé, Cameroun\n\n"
        "Fonctions\n- analyser les flux commerciaux ;\n\nCe que le/la JEA apprendra\n- la négociation commerciale.\n"
    )
    assert v.title == (
        "Jeune expert associé (JEA) - Appui aux politiques commerciales et à la mise en oeuvre des accords de "
        "libre-échange régionaux en Afrique centrale"
    )


def test_a_title_whose_programme_words_wrap_inside_their_bracket() -> None:
    v = parse_text(
        "Careers portal      Search jobs    Sign in\n\n"
        "PROGRAMME MANAGEMENT OFFICER (JUNIOR PROFESSIONAL\nOFFICER)\n\n"
        "Duty Station      NAIROBI\n\nResponsibilities\n- Supports the unit.\n"
    )
    assert v.title == "PROGRAMME MANAGEMENT OFFICER (JUNIOR PROFESSIONAL OFFICER)"


def test_a_sentence_leading_to_the_programme_words_is_still_no_title() -> None:
    v = parse_text(
        "NOTE 14\n\nThe office in Apia, Samoa, is looking for a bright and\n"
        "Junior Professional Officer to join its team.\n\nDuties\n- Support the team.\n"
    )
    assert (
        v.title
        != "The office in Apia, Samoa, is looking for a bright and Junior Professional Officer to join its team."
    )


def test_a_label_ending_on_the_programme_acronym_with_its_value_stacked_over_two_lines() -> None:
    v = parse_text(
        "Intitulé du poste JPO:\nAdministrateur/trice adjoint(e) chargé(e) de la\nréinstallation (JPO)\n"
        "Ville: Niamey\nPays: Niger\n"
    )
    assert v.title == "Administrateur/trice adjoint(e) chargé(e) de la réinstallation (JPO)"


def test_the_posts_abbreviated_reference_label_before_a_ministrys() -> None:
    v = parse_text("Réf. du poste (PAM): JPO/NER/2026/011\nRéf. MAEE: LUX-JPO-26-09\nVille: Niamey\n")
    assert v.reference == "JPO/NER/2026/011"


def test_a_value_wrapped_over_three_lines_of_a_borderless_block() -> None:
    v = parse_text(
        "Organisation            Programme alimentaire mondial (PAM)\n"
        "Intitulé du poste       Chargé(e) adjoint(e) de programme (nutrition des\n"
        "                        enfants de moins de cinq ans et des femmes enceintes et\n"
        "                        allaitantes)\n"
        "Référence PAM           TOR/NER/JPO/2027/05\n"
    )
    assert v.title == (
        "Chargé(e) adjoint(e) de programme (nutrition des enfants de moins de cinq ans et des femmes "
        "enceintes et allaitantes)"
    )


def test_the_agencys_number_under_a_banner_outranks_a_donors_labelled_one() -> None:
    v = parse_text(
        "Programme suisse des Jeunes Administrateurs (JPO)\n\n"
        "AVIS DE VACANCE DE POSTE N° EMRO/JPO/2027/021\n\n"
        "Administrateur/trice adjoint(e) de la santé publique\n\n"
        "Réf. DFAE : JPO-27-CH-14\nClasse : P-2\n\nFONCTIONS\n- Appuyer la riposte.\n"
    )
    assert v.reference == "EMRO/JPO/2027/021"
    assert v.title == "Administrateur/trice adjoint(e) de la santé publique"


def test_a_donors_number_restated_in_prose_stays_the_donors() -> None:
    v = parse_text(
        "Posting no.          JPO/RO-AFR/KEN/2026/03\nFinnish MFA ref.     VN/9123/2026\n\n"
        "How to apply\nApply through the State recruitment service, reference VN/9123/2026, by 3 May 2026.\n"
    )
    assert v.reference == "JPO/RO-AFR/KEN/2026/03"  # both labels are a donor's or a posting's: the first


def test_an_age_stated_as_less_than_in_spanish() -> None:
    v = parse_text(
        "5. REQUISITOS GENERALES DE LA CONVOCATORIA\n\n"
        "  a) Tener la nacionalidad española.\n  b) Tener menos de 31 años a 31 de diciembre de 2027.\n"
    )
    assert v.eligibility.max_age == 30
    assert str(v.eligibility.age_reference_date) == "2027-12-31"


def test_an_age_not_reached_with_the_verb_between_ne_and_pas() -> None:
    v = parse_text(
        "Conditions\nLes candidat(e)s ne doivent pas avoir atteint l'âge de 33 ans au 1er janvier 2027.\n"
    )
    assert v.eligibility.max_age == 32
    assert str(v.eligibility.age_reference_date) == "2027-01-01"


def test_an_age_in_a_list_item_of_an_unnamed_notice_under_its_intro() -> None:
    v = parse_text(
        "Duty Station               BEIRUT\nDeadline                   Apr 30, 2027\n\nSpecial Notice\n\n"
        "To be considered, candidates must:\n  (a) hold Japanese nationality;\n"
        "  (b) be 35 years of age or younger as of the deadline of this job opening;\n"
    )
    assert v.eligibility.max_age == 35
    assert str(v.eligibility.age_reference_date) == "2027-04-30"


def test_an_age_of_the_people_served_is_no_age_limit() -> None:
    v = parse_text(
        "Background\nThe programme reaches adolescents aged 18 or younger and children under 15 years of age "
        "in the camps; the JPO must support them.\n"
    )
    assert v.eligibility.max_age is None


def test_an_ascii_box_tables_wrapped_cells_join_their_row() -> None:
    v = parse_text(
        "+----------------------+----------------------------------+\n"
        "| Puesto               | Oficial Asociado/a de Asuntos    |\n"
        "|                      | Humanitarios (JPO)               |\n"
        "+----------------------+----------------------------------+\n"
        "| Código de plaza AECID | JPO-2027-31                     |\n"
        "| Referencia OCHA      | OCHA/COL/JPO/2027/02             |\n"
        "| Ciudad               | Cúcuta (Norte de Santander)      |\n"
        "| País                 | Colombia                         |\n"
        "+----------------------+----------------------------------+\n"
    )
    assert v.title == "Oficial Asociado/a de Asuntos Humanitarios (JPO)"
    assert v.reference == "OCHA/COL/JPO/2027/02"  # the agency's, not the donor's code
    assert (v.duty_station.city, v.duty_station.country) == ("Cúcuta", "CO")


def test_a_publication_date_several_words_before_its_date_is_no_deadline() -> None:
    v = parse_text(
        "Ciudad: Madrid\nPaís: España\n\n7. PLAZO Y FORMA DE PRESENTACIÓN\n\n"
        "Fecha de publicación en la sede electrónica de la AECID: 1 de abril de 2027. El plazo de presentación "
        "finaliza el 22 de abril de 2027 a las 13:00 horas (hora de Madrid).\n"
    )
    assert v.closing is not None and v.closing.utc == "2027-04-22T11:00:00Z"


def test_one_application_in_a_call_is_a_cap() -> None:
    spanish = parse_text("Cada persona podrá presentar una sola candidatura en esta convocatoria.\n")
    french = parse_text(
        "Les candidat(e)s ne présentent qu'une seule candidature au titre de la campagne 2027.\n"
    )
    yearly = parse_text("Une seule candidature est admise dans le cadre de l'appel annuel.\n")
    assert cap_read(spanish) == ("call", 1)
    assert cap_read(french) == ("call", 1)
    assert cap_read(yearly) == ("year", 1)


def test_french_test_scores_after_d_au_moins() -> None:
    v = parse_text(
        "Conditions\n- justifier d'un score TOEIC d'au moins 850 ou d'un score IELTS académique d'au moins 6,5.\n"
    )
    assert {(t.test, t.min_score) for t in v.eligibility.language_tests} == {("TOEIC", 850), ("IELTS", 6.5)}


def test_documents_numbered_in_one_paragraph_of_their_section() -> None:
    v = parse_text(
        "Dossier de candidature\nLe dossier comprend : 1) un curriculum vitae ; 2) une lettre de motivation ; "
        "3) une copie du diplôme ; 4) l'attestation du score. Il est déposé sur la plateforme.\n"
    )
    assert len(v.required_documents) == 4
    assert v.required_documents[-1] == "l'attestation du score"


def test_a_belgian_style_offer_page_in_french() -> None:
    v = parse_text(
        "## Activités principales\n\n- Appuyer la coordination du projet.\n- Préparer des notes.\n\n"
        "## Ce que ce poste vous apportera\n\n+ Une connaissance des normes du travail.\n+ Un plan de formation.\n\n"
        "## Qui peut postuler ?\n\n- Ne jamais avoir occupé un poste de JPO, quel que soit le pays donateur.\n\n"
        "## Comment postuler ?\n\nEnvoyez votre candidature via le formulaire en ligne, en joignant :\n\n"
        "1. votre CV ;\n2. une lettre de motivation ;\n3. une copie de votre diplôme.\n"
    )
    assert len(v.duties) == 2
    assert len(v.learning_elements) == 2
    assert v.eligibility.excludes_former_jpo is True
    assert len(v.required_documents) == 3


def test_a_spanish_question_heading_for_duties() -> None:
    v = parse_text("## ¿Qué hará usted?\n\n- Apoyará la formulación de proyectos.\n- Recopilará datos.\n")
    assert len(v.duties) == 2


def test_a_competency_list_punctuated_as_one_sentence_keeps_its_last_item() -> None:
    v = parse_text(
        "**Compétences** :\n\n- orientation vers les résultats ;\n- travail en équipe ;\n"
        "- capacité d'apprentissage et d'adaptation.\n"
    )
    assert v.competencies == [
        "orientation vers les résultats",
        "travail en équipe",
        "capacité d'apprentissage et d'adaptation",
    ]


def test_competencies_parted_by_slashes_in_a_labelled_value() -> None:
    v = parse_text("Competencias: Profesionalismo / Trabajo en equipo / Planificación y organización\n")
    assert v.competencies == ["Profesionalismo", "Trabajo en equipo", "Planificación y organización"]


def test_luganda_and_a_contract_level() -> None:
    v = parse_text(
        "Contract level: P-2\n\nRequirements\n- Fluency in English is required.\n"
        "- Working knowledge of Luganda is an asset.\n"
    )
    assert v.grades == ["P2"]
    assert "lg" in v.languages.desirable


def test_underlined_headings_open_their_sections() -> None:
    v = parse_text(
        "VACANCY NOTE 27/31\n\nWhat the JPO will do\n--------------------\n\n"
        "  * support the census round;\n  * analyse survey data.\n\n"
        "What the JPO will learn\n-----------------------\n\n  * Practical experience of the census cycle.\n"
    )
    assert len(v.duties) == 2
    assert len(v.learning_elements) == 1


def test_a_rule_after_a_blank_line_underlines_nothing() -> None:
    v = parse_text(
        "# BFIO – Junior Professional Officer Programme 2027\n\n*Vacancy announcement – published with the "
        "agreement of the host organization*\n\n---\n\n## Associate Programme Officer (Water and Sanitation)\n\n"
        "Duties\n- Support the programme.\n"
    )
    assert v.title == "Associate Programme Officer (Water and Sanitation)"


def test_the_hiring_office_places_the_duty_station() -> None:
    v = parse_text(
        "The UNFPA Sub-Regional Office for the Pacific in Suva, Fiji, is seeking a\n"
        "Junior Professional Officer (Population Data) for a two-year assignment.\n"
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Suva", "FJ")


def test_duties_as_the_rows_of_a_table() -> None:
    v = parse_text(
        "# What will you be doing?\nThe main tasks and their share of time are set out below.\n"
        "| Area | Main tasks | % of time |\n|---|---|---|\n"
        "| Monitoring | Support the roll-out of community-led monitoring in six countries. | 40% |\n"
        "| Data | Maintain the regional dashboard of key population indicators. | 35% |\n"
        "| Reporting | Contribute to donor reports and funding proposals. | 25% |\n"
    )
    assert v.duties == [
        "Support the roll-out of community-led monitoring in six countries.",
        "Maintain the regional dashboard of key population indicators.",
        "Contribute to donor reports and funding proposals.",
    ]


def test_an_ocr_degree_sign_is_a_bullet() -> None:
    v = parse_text(
        "FONCTIONS\n\n  • appuyer la collecte des données ;\n  ° participer au suivi-évaluation des projets ;\n"
        "  - organiser des ateliers.\n"
    )
    assert len(v.duties) == 3


def test_applications_that_must_reach_the_office_by_an_hour_and_zone() -> None:
    v = parse_text(
        "Duty station: Ulaanbaatar, Mongolia\nDeadline: 12 March 2027 (time: see Section 9)\n\n9. Submission\n\n"
        "Complete applications must reach the JPO Centre by e-mail (kjpo@mofa.example.kr) by 5:00 p.m. Korea "
        "Standard Time (KST) on Friday, 12 March 2027.\n"
    )
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone) == ("2027-03-12T08:00:00Z", "Asia/Seoul")


def test_two_different_age_limits_are_flagged() -> None:
    v = parse_text(
        "| Edad límite | 30 años |\n|---|---|\n\nRequisitos del programa\n"
        "- Tener 32 años o menos al 31 de diciembre de 2027.\n"
    )
    assert any(w.field == "eligibility.max_age" and "30" in w.message for w in v.warnings)


def test_an_age_limit_row_alone_is_the_limit() -> None:
    v = parse_text("Age limit: 32 years\nGrade: P-2\n")
    assert v.eligibility.max_age == 32
