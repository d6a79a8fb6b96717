"""Wordings and layouts met in ToRs written apart from the parser (the `tors3` batch), each read by a
general rule: one test per rule, on text that is not copied from any batch."""

from __future__ import annotations

from tests.support.tor import cap_read, parse_text


def test_an_all_capitals_numbered_heading_ends_the_list_before_it() -> None:
    v = parse_text(
        """
        6. DOCUMENTS REQUIS

        1. Un curriculum vitae ;
        2. Une lettre de motivation.

        9. PROCÉDURE FINALE ET CALENDRIER

        Les entretiens auront lieu en juin.
        """
    )
    assert len(v.required_documents) == 2


def test_french_labels_for_function_notice_number_and_place_of_work() -> None:
    v = parse_text(
        """
        Fonction :           Administrateur auxiliaire de programme
        N° de l'avis :       LUX/JPO/2026/11
        Lieu de travail :    Dakar (Sénégal)
        """
    )
    assert v.title == "Administrateur auxiliaire de programme"
    assert v.reference == "LUX/JPO/2026/11"
    assert v.duty_station.city == "Dakar" and v.duty_station.country == "SN"


def test_a_label_padded_before_its_colon_keeps_no_colon_in_its_value() -> None:
    v = parse_text(
        """
        Post title        : Associate Urban Officer
        Duty station      : Bangkok, Thailand
        """
    )
    assert v.title == "Associate Urban Officer"
    assert v.duty_station.city == "Bangkok"


def test_a_minimum_and_a_maximum_of_experience_in_words_keep_the_minimum() -> None:
    v = parse_text(
        """
        Qualifications
        Expérience : Au minimum trois ans et au maximum six ans d'expérience professionnelle pertinente.
        """
    )
    assert v.experience.min_years == 3


def test_recency_as_less_than_and_final_year_students_in_french() -> None:
    v = parse_text(
        """
        Conditions d'éligibilité
        Être titulaire d'un master obtenu depuis moins de quatre ans ; les étudiant(e)s en dernière année
        de master peuvent postuler.
        """
    )
    assert v.education.graduated_within_months == 48
    assert v.education.enrolled_accepted is True


def test_a_limit_written_as_posts_at_most_per_year() -> None:
    v = parse_text(
        """
        Conditions d'éligibilité
        Un(e) candidat(e) ne peut postuler qu'à trois postes au maximum par an.
        """
    )
    assert v.eligibility.max_applications_per_year == 3


def test_nationals_who_may_not_be_assigned_are_excluded() -> None:
    for sentence in (
        "Persons holding Kenyan nationality, including dual nationals, may not be assigned to this post.",
        "Les personnes possédant également la nationalité kényane ne peuvent pas être affectées à ce poste.",
        "Este puesto no está abierto a personas con nacionalidad keniana.",
    ):
        v = parse_text(
            f"""
            Duty station: Nairobi, Kenya

            Eligibility
            The post is open to nationals of Norway only. {sentence}
            """
        )
        assert v.eligibility.nationalities == ["NO"], sentence


def test_a_military_extension_table_and_a_list_of_dashed_rows() -> None:
    table = parse_text(
        """
        Eligibility
        Age: 32 or younger as of 31 December 2026. For men who completed military service, the age limit
        is extended according to the period of service:
        Period of service                  | Age limit extension
        -----------------------------------+--------------------
        Less than 1 year                   | 1 year
        1 year or more but less than 2 yrs | 2 years
        2 years or more                    | 3 years
        """
    )
    dashed = parse_text(
        """
        Eligibility
        Age: 32 or younger. For men who completed military service, the age limit is extended as follows:
        less than 1 year of service - 1 year;
        1 year or more but less than 2 years - 2 years;
        2 years or more - 3 years.
        """
    )
    for v in (table, dashed):
        rows = [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension]
        assert rows == [(12, 1), (24, 2), (None, 3)]


def test_an_application_period_closes_on_its_last_day() -> None:
    v = parse_text(
        """
        Duty station: Seoul, Republic of Korea
        Application period: 2 March 2026 (Mon) ~ 20 March 2026 (Fri) 18:00 (Korea Standard Time, KST)
        """
    )
    assert v.closing is not None and v.closing.utc == "2026-03-20T09:00:00Z"


def test_a_place_named_time_wins_over_an_abbreviation_and_national_adjectives_name_zones() -> None:
    dutch = parse_text("Duty station: Maputo, Mozambique\nDeadline: 3 June 2026, 12:00 CEST (Dutch time)")
    belgian = parse_text("Lieu d'affectation : Kinshasa\nDate limite : 31 mars 2026 à 17h00 (heure belge)")
    assert dutch.closing is not None and dutch.closing.timezone == "Europe/Amsterdam"
    assert belgian.closing is not None and belgian.closing.timezone == "Europe/Brussels"


def test_the_hour_given_for_the_deadline_date_in_another_sentence() -> None:
    v = parse_text(
        """
        Associate Political Affairs Officer | Job Opening ID: 250001 | Grade: P-2 | Closing: 14 April 2026
        Special Notice
        Applications must be submitted by 11:59 p.m. New York time on the deadline date.
        """
    )
    assert v.reference == "250001"
    assert v.closing is not None and v.closing.utc == "2026-04-15T03:59:00Z"


def test_a_deadline_after_submitted_through_a_portal_by() -> None:
    v = parse_text(
        """
        Duty station: Amman, Jordan
        Applications must be submitted through the online portal by 10 May 2026, 23:00 Amman time.
        """
    )
    assert v.closing is not None and v.closing.utc == "2026-05-10T20:00:00Z"


def test_an_entity_the_text_defines_by_name_and_acronym() -> None:
    v = parse_text(
        """
        Associate Civil Affairs Officer (JPO)
        United Nations Interim Office in Atlantis (UNIOA), Juba, South Sudan
        UNIOA supports the peace process. UNIOA staff work in ten field offices; UNDP is a partner.
        """
    )
    assert v.organization == "UNIOA"


def test_a_table_row_wrapped_alone_between_two_rows_carries_the_value_on() -> None:
    v = parse_text(
        """
        Position information
        JPO post title Programme Analyst - Climate Finance and Local
        Economic Recovery
        Vacancy reference UNDP/JPO/LBN/2026-031
        Donor file no. DK-MFA 2026-11.JPO.7
        Place of assignment Tripoli, Lebanon
        Grade P-2
        """
    )
    assert v.title == "Programme Analyst - Climate Finance and Local Economic Recovery"
    assert v.reference == "UNDP/JPO/LBN/2026-031"


def test_the_agencys_reference_before_a_posting_number_and_no_intro_line_as_title() -> None:
    v = parse_text(
        """
        Junior Professional Officer Water and Sanitation

        Posting no.          2026-R1-UNICEF-007
        UNICEF reference     ETH/JPO/26-04
        Duty station         Addis Ababa, Ethiopia

        LEARNING ELEMENTS
        After the assignment the JPO will have:
        1. a sound understanding of programme delivery.
        """
    )
    assert v.reference == "ETH/JPO/26-04"
    assert v.title == "Junior Professional Officer Water and Sanitation"


def test_french_title_and_number_labels_and_the_closing_date_as_age_reference() -> None:
    v = parse_text(
        """
        Intitulé de la fonction : Spécialiste adjoint de programme
        Poste n° : JEA/2026-07
        Date limite de candidature : 12 juin 2026, minuit (heure de Paris)

        Conditions d'éligibilité
        - être âgé(e) de 31 ans au plus à la date de clôture des candidatures ;
        """
    )
    assert v.title == "Spécialiste adjoint de programme"
    assert v.reference == "JEA/2026-07"
    assert v.eligibility.max_age == 31 and str(v.eligibility.age_reference_date) == "2026-06-12"


def test_a_language_said_not_to_be_required_is_not_required() -> None:
    v = parse_text(
        """
        Languages
        Fluency in English is required; knowledge of Dutch is not required.
        """
    )
    assert v.languages.required == [["en"]]


def test_a_lower_degree_or_with_experience_is_the_alternative_with_the_programmes_years() -> None:
    v = parse_text(
        """
        Education
        Master's degree in public health or a related field (or a Bachelor's degree with additional
        work experience, see General conditions).

        General conditions
        Candidates hold a Master's degree and have at least 2 years of relevant work experience, or hold a
        Bachelor's degree and have at least 4 years of relevant work experience.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 2)


def test_a_bachelors_with_experience_and_a_masters_preferred_keeps_the_bachelors() -> None:
    v = parse_text(
        """
        Education
        Bachelor's degree with two years of experience; a Master's degree is preferred.
        """
    )
    assert v.education.minimum_level == "bachelor"


def test_one_year_in_french_words_and_a_clause_that_refuses_students() -> None:
    v = parse_text(
        """
        Expérience : Une première expérience professionnelle d'au moins un an est souhaitée.

        Conditions d'éligibilité
        - être titulaire d'un master obtenu depuis moins de trois ans ; les étudiant(e)s encore inscrit(e)s
          en master ne sont pas éligibles ;
        """
    )
    assert v.experience.min_years == 1 and v.experience.preferred is True
    assert v.education.graduated_within_months == 36
    assert v.education.enrolled_accepted is False


def test_closing_in_a_bold_pipe_header_and_the_programme_offices_reference_second() -> None:
    v = parse_text(
        """
        **Grade:** P-2 | **Duration:** 2 years | **Closing:** 30 April 2026

        - **Host organization:** UNRWA
        - **UNRWA vacancy no.:** 26/LFO/JPO/04
        - **BFIO reference:** BFIO-JPO-2026-0183
        - **Duty station:** Amman, Jordan

        ### Are you eligible?

        - you are not older than 32 years on the closing date of this vacancy;
        """
    )
    assert v.reference == "26/LFO/JPO/04"
    assert v.closing is not None and v.closing.local.startswith("2026-05-01T00:00")
    assert v.eligibility.max_age == 32 and str(v.eligibility.age_reference_date) == "2026-04-30"


def test_age_wordings_in_spanish_and_french() -> None:
    spanish = parse_text(
        "Requisitos del programa\n\n- No superar los 30 años de edad a 31 de diciembre de 2026."
    )
    maximum = parse_text("Conditions d'éligibilité\n\n- Être âgé(e) de 32 ans au maximum au 8 mai 2026.")
    reached = parse_text(
        "Conditions d'éligibilité\n\nb) ne pas avoir atteint l'âge de 31 ans au 31 mars 2026 ;"
    )
    assert (spanish.eligibility.max_age, str(spanish.eligibility.age_reference_date)) == (30, "2026-12-31")
    assert (maximum.eligibility.max_age, str(maximum.eligibility.age_reference_date)) == (32, "2026-05-08")
    assert (reached.eligibility.max_age, str(reached.eligibility.age_reference_date)) == (30, "2026-03-31")


def test_test_modules_and_a_nationality_that_is_no_language() -> None:
    v = parse_text(
        """
        General conditions
        1. Nationality: applicants must hold Japanese nationality.
        2. Language: working proficiency in English, demonstrated by a score of TOEFL iBT 100, IELTS
        (Academic Module) 7.0 or TOEIC Listening & Reading 860 or above.
        """
    )
    tests = {(t.test, t.min_score, t.language) for t in v.eligibility.language_tests}
    assert tests == {("TOEFL iBT", 100, "en"), ("IELTS", 7.0, "en"), ("TOEIC", 860, "en")}
    assert v.languages.required == [["en"]]


def test_a_french_post_number_label_naming_the_mission() -> None:
    v = parse_text("Numéro de poste BINUH : BINUH/JPO/2026/02\nLieu d'affectation : Port-au-Prince, Haïti")
    assert v.reference == "BINUH/JPO/2026/02"


def test_documents_after_please_attach_and_numbered_in_running_text() -> None:
    listed = parse_text(
        """
        How to apply
        Applications are submitted through the portal by 10 March 2026. Please attach:
        - CV in English
        - Motivation letter in English (max. one page)
        - Copy of your Master's degree certificate
        Interviews will take place in April 2026.
        """
    )
    prose = parse_text(
        """
        How to apply
        Applications consist of (1) the completed application form, (2) a CV in English, (3) a cover letter
        addressed to UNHCR and (4) copies of university degrees, and must be submitted by 10 May 2026.
        """
    )
    assert len(listed.required_documents) == 3
    assert prose.required_documents == [
        "the completed application form",
        "a CV in English",
        "a cover letter addressed to UNHCR",
        "copies of university degrees",
    ]
    assert prose.eligibility.degree_experience == []  # "copies of university degrees" states no rule


def test_degree_pairs_whose_years_share_one_experience_phrase() -> None:
    english = parse_text(
        """
        Eligibility
        Education and experience: Master's degree holders with at least one year, or Bachelor's degree
        holders with at least three years, of relevant professional experience.
        """
    )
    french = parse_text(
        """
        Conditions d'éligibilité
        - Être titulaire d'un master et justifier d'au moins deux ans d'expérience professionnelle, ou être
        titulaire d'un doctorat et justifier d'au moins un an d'expérience professionnelle.
        """
    )
    assert [(p.level, p.min_years) for p in english.eligibility.degree_experience] == [
        ("master", 1),
        ("bachelor", 3),
    ]
    assert [(p.level, p.min_years) for p in french.eligibility.degree_experience] == [
        ("doctorate", 1),
        ("master", 2),
    ]


def test_spanish_question_headings_for_qualifications_and_programme_rules() -> None:
    v = parse_text(
        """
        ## ¿Qué necesitas para postular?
        ### Formación
        Título de maestría en derecho o áreas afines. Un título universitario de primer nivel combinado con
        dos años adicionales de experiencia profesional podrá aceptarse en lugar de la maestría.

        ## ¿Cumples los requisitos del programa?
        - Tener nacionalidad española.
        - Tener 30 años o menos a 31 de diciembre de 2026.
        """
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None and v.education.alternative.extra_experience_years == 2
    assert v.eligibility.max_age == 30 and str(v.eligibility.age_reference_date) == "2026-12-31"
    assert v.eligibility.degree_experience == []


def test_section_names_alone_on_lines_of_pdf_text_without_blank_lines() -> None:
    v = parse_text(
        """
        Deadline 15 May 2026, 17:00 Tokyo time (JST)
        Duties and responsibilities
        (1) Support Member States in reporting against the targets.
        (2) Draft background papers and briefing notes.
        Learning elements
        - In-depth knowledge of regional disaster risk governance;
        - Practical skills in risk data management.
        Competencies
        - Professionalism
        - Communication
        """
    )
    assert (len(v.duties), len(v.learning_elements), len(v.competencies)) == (2, 2, 2)


def test_an_inspira_print_view_banners_rows_and_numbered_documents() -> None:
    v = parse_text(
        """
        Posting Title            : Associate Environmental Affairs Officer (JPO)
        Duty Station             : NAIROBI
        Level                    : P-2

        ------------------------------------------------------------------------------
        Requirements at a glance
        ------------------------------------------------------------------------------
          Education                  Master's (or Bachelor's + 2 yrs qualifying exp.)
          Work experience (min.)     3-6 yrs
          Languages                  English (fluent); French (desirable)

        ------------------------------------------------------------------------------
        Responsibilities
        ------------------------------------------------------------------------------
          - Supports the implementation of the Branch's portfolio;
          - Conducts research and analysis on freshwater ecosystem trends.

        Documents to submit:
          1. KOICA JPO application form (Korean and English)
          2. Curriculum vitae in English (UN Personal History Profile format)
          3. Official English test score report
        """
    )
    assert v.title == "Associate Environmental Affairs Officer (JPO)"
    assert v.education.minimum_level == "master" and v.experience.min_years == 3
    assert v.languages.desirable == ["fr"]
    assert len(v.duties) == 2 and len(v.required_documents) == 3


def test_unicef_careers_headings_and_a_title_with_the_word_programme() -> None:
    v = parse_text(
        """
        # Programme Analyst – Social Policy (JPO)

        ## How can you make a difference?
        - Support the design of the cash transfer programme.
        - Prepare briefs on social protection results.

        ## To qualify as an advocate for every child you will have…
        - An advanced university degree (Master's or higher) in economics.

        ## For every Child, you demonstrate…
        - Builds and maintains partnerships
        - Works collaboratively with others
        """
    )
    assert v.title == "Programme Analyst – Social Policy (JPO)"
    assert (len(v.duties), len(v.competencies)) == (2, 2)
    assert v.education.minimum_level == "master"


def test_the_programmes_own_name_is_no_title() -> None:
    v = parse_text(
        """
        # Junior Professional Officer Programme

        Title: Associate Human Rights Officer
        """
    )
    assert v.title == "Associate Human Rights Officer"


def test_small_wordings_of_duration_limits_wishes_and_competencies() -> None:
    v = parse_text(
        """
        **Duración:** un (1) año, prorrogable por un segundo año

        Qualifications
        Expérience : une première expérience professionnelle d'au moins un an, de préférence
        dans le domaine humanitaire, constitue un atout.

        Competencies

        • Professionalism – knowledge of international human rights law; sound judgement;
        • Teamwork – works collaboratively with colleagues from different backgrounds;
        • Compromiso con la misión y los valores del PMA

        Conditions d'éligibilité
        Chaque candidat(e) peut postuler à trois postes au maximum dans le cadre de l'appel 2026.
        """
    )
    assert v.duration_months == 12
    assert v.experience.min_years == 1 and v.experience.preferred is True
    assert v.competencies == ["Professionalism", "Teamwork", "Compromiso con la misión y los valores del PMA"]
    assert cap_read(v) == ("call", 3)


def test_a_country_excluded_once_in_a_sentence_stays_excluded() -> None:
    v = parse_text(
        """
        Requisitos del programa

        Este puesto está abierto a personas de nacionalidad española. Este puesto no está abierto a personas
        con nacionalidad hondureña, incluidas las que tengan doble nacionalidad española y hondureña.
        """
    )
    assert v.eligibility.nationalities == ["ES"]
    assert not [w for w in v.warnings if w.field == "eligibility.nationalities"]
