"""Wordings met in the `tors18` and `tors19` batches (held-out sets o and p until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_list_of_partner_countries_that_a_refusal_ends_is_refused_whole() -> None:
    v = parse_text(
        "Conditions du programme\nLe programme est ouvert aux ressortissant(e)s belges. Pour ce poste, les "
        "ressortissant(e)s des pays partenaires de la Coopération belge (Bénin, Burundi, Guinée, Mali, Niger, "
        "Rwanda, Sénégal) ne sont pas éligibles.\n"
    )
    assert v.eligibility.nationalities == ["BE"]


def test_a_dual_nationality_pair_before_a_refusal_keeps_the_sponsors_half() -> None:
    v = parse_text(
        "Ouvert aux ressortissant(e)s belges. Les personnes ayant la double nationalité belge et malienne ne sont "
        "pas éligibles pour un poste au Mali.\n"
    )
    assert v.eligibility.nationalities == ["BE"]


def test_a_citizenship_held_in_addition_to_the_sponsors_is_the_one_refused() -> None:
    v = parse_text(
        "The Norwegian JPO Programme is open to Norwegian citizens only. Applicants holding Kenyan citizenship in "
        "addition to Norwegian citizenship cannot be considered for posts in Kenya.\n"
    )
    assert v.eligibility.nationalities == ["NO"]


def test_a_duty_stations_country_beside_its_city_is_no_nationality() -> None:
    v = parse_text(
        "JPO - Child Protection Officer (Emergencies), P-2, Dhaka, Bangladesh (Open to Japanese nationals only)\n"
    )
    assert v.eligibility.nationalities == ["JP"]


def test_languages_listed_under_a_desirable_heading_are_wished_for() -> None:
    v = parse_text(
        "## Languages\nRequired: English (fluent, oral and written)\nDesirable:\n- Working knowledge of Thai\n"
        "- Working knowledge of Khmer or Lao\n"
    )
    assert v.languages.required == [["en"]]
    assert set(v.languages.desirable) == {"th", "km", "lo"}


def test_military_tiers_written_as_where_clauses_and_as_phrases() -> None:
    where = parse_text(
        "Applicants must be 32 years old or younger as of 31 December 2027. For applicants who have completed "
        "military service, the age limit is extended by one year where the service lasted less than 18 months "
        "and by two years where it lasted 18 months or longer.\n"
    )
    phrase = parse_text(
        "Age: 32 years of age or younger as of 31 December 2026.\n"
        "Male applicants who have completed military service are granted an extension of the age limit according "
        "to the length of service: less than one (1) year of service, one (1) year; one (1) year or more but less "
        "than two (2) years, two (2) years; two (2) years or more, three (3) years.\n"
    )
    assert [(t.served_months_below, t.extra_years) for t in where.eligibility.military_service_extension] == [
        (18, 1),
        (None, 2),
    ]
    assert [
        (t.served_months_below, t.extra_years) for t in phrase.eligibility.military_service_extension
    ] == [
        (12, 1),
        (24, 2),
        (None, 3),
    ]


def test_a_countrys_standard_time_names_its_zone() -> None:
    v = parse_text("Deadline: 07 Mar 2027, 23:59 Myanmar Standard Time\n")
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone) == ("2027-03-07T17:29:00Z", "Asia/Yangon")


def test_a_careers_pages_sentence_headings_and_a_colon_heading() -> None:
    v = parse_text(
        "What will you learn?\n\n- Practical experience of a country programme.\n\n"
        "To qualify as an advocate for every child you will have...\n\n"
        "- An advanced university degree (Master's or higher) in social work is required.\n"
        "- Fluency in English is required.\n\nJPO Programme of Japan: eligibility\n\n"
        "To be considered, candidates must:\n\n- be Japanese nationals;\n"
    )
    assert len(v.learning_elements) == 1
    assert v.education.minimum_level == "master"
    assert v.languages.required == [["en"]]


def test_an_ielts_overall_band_score() -> None:
    v = parse_text(
        "Conditions\n- demonstrate English proficiency with a TOEFL iBT score of 100 or above, or an IELTS "
        "(Academic) overall band score of 7.0 or above;\n"
    )
    assert {(t.test, t.min_score) for t in v.eligibility.language_tests} == {
        ("TOEFL iBT", 100),
        ("IELTS", 7.0),
    }


def test_a_careers_pages_title_line_and_its_fields_line() -> None:
    v = parse_text(
        "Skip to main content\nUNICEF Careers\n\n"
        "JPO - Nutrition Officer (Emergencies), P-2, Cox's Bazar, Bangladesh (Open to Japanese nationals only)\n\n"
        "Job no: 582999\nWork type: Fixed Term  |  Location: Bangladesh  |  Duty Station: Dhaka  |  Level: P-2\n\n"
        "How can you make a difference?\n\n- Support the nutrition response.\n"
    )
    assert v.title == "JPO - Nutrition Officer (Emergencies)"
    assert (v.duty_station.city, v.duty_station.country) == ("Dhaka", "BD")


def test_a_label_holding_a_degree_sign_ends_the_value_above_it() -> None:
    v = parse_text(
        "Intitulé du poste:\nAdministrateur/trice auxiliaire chargé(e) des services\nclimatologiques (JEA)\n"
        "N° de l'avis de vacance: OMM/JEA/2026/11\nRéférence MEAE: JEA-2026-044\n"
    )
    assert v.title == "Administrateur/trice auxiliaire chargé(e) des services climatologiques (JEA)"
    assert v.reference == "OMM/JEA/2026/11"


def test_a_spanish_post_sheet_with_a_title_cut_on_a_dash() -> None:
    v = parse_text(
        "Oficial Asociado/a de Protección (JPO) -\nProtección Comunitaria y Movilidad Humana\n\n"
        "Número de posición ACNUR: 10299881\nReferencia AECID: JPO-AECID-2027-11\n\n"
        "Funciones principales\n• Apoyar el monitoreo de protección.\n• Preparar informes.\n\n"
        "Elementos formativos\n• Conocimiento práctico del mandato de protección.\n"
    )
    assert v.title == "Oficial Asociado/a de Protección (JPO) - Protección Comunitaria y Movilidad Humana"
    assert v.reference == "10299881"
    assert (len(v.duties), len(v.learning_elements)) == (2, 1)


def test_a_period_that_opens_on_one_date_and_ends_on_another() -> None:
    v = parse_text(
        "Plazo y forma de presentación\nEl plazo se abre el día siguiente a la publicación del extracto en el BOE "
        "(Resolución de 2 de febrero de 2027, BOE núm. 38, de 13 de febrero de 2027) y finaliza a las 14:00 horas "
        "(hora peninsular española) del lunes 22 de marzo de 2027.\n"
    )
    assert v.closing is not None and v.closing.utc == "2027-03-22T13:00:00Z"


def test_spanish_programme_conditions_as_a_numbered_list() -> None:
    v = parse_text(
        "Competencias\n• Comunicación\n\n1. Nacionalidad española.\n"
        "2. Edad: tener 30 años o menos en la fecha de cierre del plazo.\n"
        "6. Cada persona podrá presentar una única solicitud en la presente convocatoria, que se publica con "
        "carácter anual.\n"
    )
    assert v.eligibility.max_age == 30
    assert v.eligibility.max_applications_per_year == 1


def test_an_age_not_to_be_reached_in_years_of_age_and_a_birth_date_with_posterioridad() -> None:
    reached = parse_text("Applicants must:\n  • not have reached 33 years of age by 30 June 2026;\n")
    born = parse_text("Requisitos\nb) Haber nacido el 1 de enero de 1995 o con posterioridad.\n")
    assert (reached.eligibility.max_age, str(reached.eligibility.age_reference_date)) == (32, "2026-06-30")
    assert str(born.eligibility.born_on_or_after) == "1995-01-01"


def test_the_programmes_administering_office_is_not_the_employer() -> None:
    v = parse_text(
        "# UNIDO · Regional Hub in Dakar\n\nJunior Professional Officer Programme of the Government of Italy, "
        "administered by UN/DESA.\n\nApplications go through the portal of the JPO Programme of UN/DESA.\n"
        "Ref. UN/DESA: IT-JPO-2027-11\n\nThe UNIDO Regional Hub supports industrial policy in West Africa.\n"
    )
    assert v.organization == "UNIDO"


def test_two_label_value_pairs_side_by_side_with_a_wrapped_cell() -> None:
    v = parse_text(
        "  Post title        Associate Programme Officer (JPO) -         Grade           P-2\n"
        "                    Water Resources and Climate Resilience\n"
        "  Job Opening no.   ESCAP/ENEA/JPO/2027-04                      MOFA ref.       KJPO-2027-044\n"
        "  Duty station      Incheon, Republic of Korea                  Duration        One year, renewable\n"
        "  Office            East and North-East Asia Office             Date of issue   3 March 2027\n"
        "                    (ENEA)                                      Deadline        2 April 2027\n"
    )
    assert v.title == "Associate Programme Officer (JPO) - Water Resources and Climate Resilience"
    assert v.reference == "ESCAP/ENEA/JPO/2027-04"
    assert v.grades == ["P2"]
    assert v.duration_months == 12


def test_general_requirements_of_a_call_are_the_programmes() -> None:
    v = parse_text(
        "REQUISITOS GENERALES\n\n  c) Titulación: título oficial de Máster universitario y al menos un año de "
        "experiencia profesional relevante, o título de Grado y al menos tres años de experiencia profesional "
        "relevante.\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [
        ("master", 1),
        ("bachelor", 3),
    ]


def test_years_stated_before_each_degree() -> None:
    v = parse_text(
        "Conditions du programme\nIls/elles doivent justifier d'au moins deux années d'expérience professionnelle "
        "s'ils/elles sont titulaires d'un master, ou d'au moins quatre années s'ils/elles sont titulaires d'un "
        "bachelier.\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [
        ("master", 2),
        ("bachelor", 4),
    ]


def test_ocr_closing_guillemet_bullet_and_a_grade_with_a_dot() -> None:
    v = parse_text(
        "Classe :             P.1\n\nFONCTIONS\n\n•  Suivre la situation locale ;\n» Organiser des ateliers ;\n"
        "•  Exécuter toute autre tâche.\n"
    )
    assert v.grades == ["P1"]
    assert len(v.duties) == 3


def test_competency_names_parted_by_dashes_on_one_line() -> None:
    v = parse_text("Competencies\nProfessionalism - Communication - Teamwork - Client Orientation\n")
    assert v.competencies == ["Professionalism", "Communication", "Teamwork", "Client Orientation"]


def test_a_code_opening_on_a_donor_offices_name_is_the_donors() -> None:
    v = parse_text("- Reference number: Sida-2026/000412\n\nToR reference: UNH/JPO/2026/SE-07\n")
    assert v.reference == "UNH/JPO/2026/SE-07"


def test_a_requisition_number_in_french() -> None:
    v = parse_text(
        "| **Numéro de réquisition** | 3177 |\n|---|---|\n| **Lieu d'affectation** | Yaoundé, Cameroun |\n"
    )
    assert v.reference == "3177"


def test_one_application_to_one_post_and_in_the_annual_call() -> None:
    post = parse_text("Chaque candidat(e) ne peut présenter sa candidature qu'à un seul poste.\n")
    call = parse_text(
        "Chaque personne ne peut déposer qu'une seule candidature dans le cadre de l'appel annuel 2026 du "
        "programme.\n"
    )
    assert post.eligibility.max_applications_per_year == 1
    assert call.eligibility.max_applications_per_year == 1
