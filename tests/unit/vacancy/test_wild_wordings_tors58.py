"""Wordings met in the `bd`/`be` batches (now `tors58`, `tors59`) and later ones, read as design material:
one test per general rule, on text not copied from a batch."""

from __future__ import annotations

from datetime import date

import pytest

from jpo.vacancy.parse import parse_bytes
from tests.support.tor import cap_read, parse_text


def test_appointed_for_a_period_gives_the_duration() -> None:
    v = parse_text("Conditions\nThe officer is appointed for a period of two years, renewable once.\n")
    assert v.duration_months == 24
    v = parse_text("Conditions\nLa personne retenue sera nommée pour une période de 18 mois.\n")
    assert v.duration_months == 18


def test_a_range_of_years_beside_a_programme_degree_asks_for_its_lower_end() -> None:
    v = parse_text(
        "Eligibility\nThe programme requires that you hold a Master's degree and have at least three and at "
        "most five years of relevant work experience.\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 3)]


def test_a_round_said_to_be_no_longer_open_names_no_deadline_of_this_post() -> None:
    text = (
        "Closing date: 14 May 2027, 23:59 CET\n\n"
        "The posts of our spring round (closing date 3 March 2027) are no longer open.\n"
    )
    v = parse_text(text)
    assert v.closing is not None and v.closing.utc == "2027-05-14T21:59:00Z"
    assert not [w for w in v.warnings if w.field == "closing"]
    # the same earlier date told as this post's is a contradiction
    v = parse_text("Closing date: 14 May 2027, 23:59 CET\n\nApplications close on 3 March 2027.\n")
    assert [w for w in v.warnings if w.field == "closing"]


def test_a_notice_copied_below_a_mail_starts_under_its_rule_line() -> None:
    text = (
        "Dear subscriber,\n\nA new post was published today, 2 May 2027.\n"
        "The post's details are copied below.\n\nKind regards,\nThe programme team\n\n"
        + "".join(f"Office {n}: programme@example.org\n" for n in range(1, 9))
        + "\n"
        + "-" * 40
        + "\n\nJunior Professional Officer - Water and Sanitation\nUNICEF Country Office\n"
        "Kampala, Uganda | P-2\n\nBackground\nUNICEF works in Uganda.\n"
    )
    v = parse_text(text)
    assert (v.duty_station.city, v.duty_station.country, v.grades) == ("Kampala", "UG", ["P2"])
    # without the words saying it follows, a rule line is only a rule: the first lines are the page's
    v = parse_text(text.replace("The post's details are copied below.\n", ""))
    assert v.grades == []


_GRID = (
    "Field Details\nPosition title Associate Programme Officer\nAgency United Nations Children's Fund\n"
    "Duty station Lusaka, Zambia\nGrade P-2\n"
    "Background UNICEF Zambia works with the Government on social protection.\n"
    "Duties - Design cash transfer pilots with the ministry and partners.\n"
    "- Monitor the programme's results.\n"
    "Learning elements - Practical knowledge of social protection systems in Africa.\n"
    "Languages Fluency in English is required. Knowledge of Portuguese is an asset.\n"
)


def test_a_grid_row_that_names_a_section_heads_it() -> None:
    v = parse_text(_GRID)
    assert len(v.duties) == 2 and len(v.learning_elements) == 1
    assert (v.languages.required, v.languages.desirable) == ([["en"]], ["pt"])
    assert v.grades == ["P2"] and v.duty_station.city == "Lusaka"


def test_prose_that_opens_with_a_section_word_is_no_grid_row() -> None:
    # without the rows of facts beside them, the same lines are a paragraph's, whatever their first words
    v = parse_text(_GRID.split("Background ", 1)[1].replace("Duties - ", "Duties include: "))
    assert v.learning_elements == []
    # a field's row ("Supervision …") and a heading's name that goes on ("Duties And Responsibilities") stay
    v = parse_text(_GRID + "Duties And Responsibilities Of The Post\n")
    assert len(v.duties) == 2


def test_a_print_views_next_row_ends_the_competencies() -> None:
    v = parse_text(
        "Competencies:\nPROFESSIONALISM: Knowledge of public finance. Shows pride in work.\n"
        "TEAMWORK: Works collaboratively with colleagues.\n"
        "Education: A Master's degree in economics is required.\n"
        "Work Experience: A minimum of two years of relevant experience is required.\n"
        "Languages: Fluency in English is required.\n"
    )
    assert v.competencies == ["PROFESSIONALISM", "TEAMWORK"]
    assert v.education.minimum_level == "master" and v.experience.min_years == 2


def test_a_first_line_title_wrapped_onto_the_next() -> None:
    body = "\nDuties\n- Support the team.\n- Draft reports.\n"
    v = parse_text(
        "Chargé(e) de programme associé(e) - Finance rurale et inclusion\néconomique des jeunes\n" + body
    )
    assert v.title == "Chargé(e) de programme associé(e) - Finance rurale et inclusion économique des jeunes"
    v = parse_text("Oficial Profesional Asociado/a en Servicios\nClimáticos\n" + body)
    assert v.title == "Oficial Profesional Asociado/a en Servicios Climáticos"
    # a place or an agency on the line under the title is no part of it
    v = parse_text("Oficial Profesional Asociado/a en Servicios Climáticos\nAsunción\n" + body)
    assert v.title == "Oficial Profesional Asociado/a en Servicios Climáticos"


def test_a_titles_area_in_brackets_on_the_line_under_it() -> None:
    v = parse_text(
        "AVIS DE VACANCE DE POSTE\n\nAdministrateur auxiliaire de protection\n(Protection de l'enfance)\n\n"
        "Classe : P-2\n"
    )
    assert v.title == "Administrateur auxiliaire de protection (Protection de l'enfance)"
    v = parse_text(
        "AVIS DE VACANCE DE POSTE\n\nAdministrateur auxiliaire de protection\n(ouvert aux ressortissants belges)\n\n"
        "Classe : P-2\n"
    )
    assert v.title == "Administrateur auxiliaire de protection"


def test_a_kicker_naming_a_jpo_vacancy_is_no_title() -> None:
    text = (
        "**UN Environment Programme - Junior Professional Officer vacancy**\n"
        "# Associate Programme Officer (JPO) – Air Quality\n\nGrade: P-2\n"
    )
    v = parse_bytes(text.encode(), "md")
    assert v.title == "Associate Programme Officer (JPO) – Air Quality"


def test_dual_nationals_refused_in_a_relative_clause_leave_the_nationality_admitted() -> None:
    v = parse_text(
        "Eligibility\n- Nationality of the Republic of Korea. Korean nationals who also hold another "
        "citizenship are not eligible.\n"
    )
    assert v.eligibility.nationalities == ["KR"]
    assert not [w for w in v.warnings if w.field == "eligibility.nationalities"]
    v = parse_text(
        "Eligibility\n- Nationalité française. Les ressortissants qui ont une autre nationalité ne sont pas "
        "éligibles.\n"
    )
    assert v.eligibility.nationalities == ["FR"]


def test_labels_of_a_french_notice_number() -> None:
    v = parse_text("Numéro de l'emploi: 2601187\nRéf. MEAE: JEA-2026-3\n")
    assert v.reference == "2601187"
    v = parse_text(
        "N° d'affichage          OCHA/CAR/JPO/2026/02\nRéf. Sida               UM2026/0457\nClasse   P-2\n"
    )
    assert v.reference == "OCHA/CAR/JPO/2026/02"


def test_a_degree_dated_no_more_than_so_many_years() -> None:
    v = parse_text(
        "Conditions du programme\n- avoir obtenu un master, le dernier diplôme universitaire datant de quatre ans au "
        "plus à la "
        "date de clôture ;\n"
    )
    assert v.education.graduated_within_months == 48
    v = parse_text("Conditions du programme\n- avoir obtenu un master datant de moins de 5 ans.\n")
    assert v.education.graduated_within_months == 60


def test_a_cap_within_one_same_campaign_is_per_call() -> None:
    v = parse_text(
        "Conditions\nChaque candidat(e) ne peut postuler qu'à deux postes dans le cadre d'une même campagne de "
        "recrutement du programme.\n"
    )
    assert cap_read(v) == ("call", 2)


def test_documents_named_after_an_imperative() -> None:
    v = parse_text(
        "Cómo postular\nPostule en línea a más tardar el 15 de junio de 2026. Adjunte su currículum vitae en "
        "inglés, una carta de motivación dirigida a este puesto y una copia de su título de maestría. Solo se "
        "contactará a las personas preseleccionadas.\n"
    )
    assert len(v.required_documents) == 3


def test_a_korean_notices_box_headings_circle_items_and_labels() -> None:
    v = parse_text(
        "□ Recruitment field\n\n  ○ Position name : Associate Programme Officer (Urban Resilience)\n"
        "  ○ Place of work : Fukuoka, Japan\n  ○ Job grade : P-1 (Step 1)\n"
        "  ○ Dispatch period : 1 year (can be extended by 1 year)\n\n"
        "□ Main duties (Duties and Responsibilities)\n\n  ○ Support city-level climate assessments\n"
        "  ○ Draft project proposals\n\n"
        "□ Education and training contents (Learning elements)\n\n  ○ Project cycle of UN-Habitat\n"
    )
    assert v.title == "Associate Programme Officer (Urban Resilience)"
    assert (v.duty_station.city, v.grades, v.duration_months) == ("Fukuoka", ["P1"], 12)
    assert (len(v.duties), len(v.learning_elements)) == (2, 1)


def test_a_dotted_period_closes_at_its_last_days_hour_in_the_zone_another_sentence_names() -> None:
    v = parse_text(
        "Duty station: Fukuoka, Japan\n\n□ Application method\n\n"
        "  ○ Application period : 2027. 4. 20. (Mon) 10:00 ~ 2027. 5. 19. (Wed) 18:00\n\n"
        "  ※ Applications submitted after 18:00 on May 19, 2027 (Korea time) will not be accepted.\n"
    )
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone, v.closing.timezone_assumed) == (
        "2027-05-19T09:00:00Z",
        "Asia/Seoul",
        False,
    )
    # with no sentence naming a zone, the station's is assumed, and said so
    v = parse_text(
        "Duty station: Fukuoka, Japan\n\n□ Application method\n\n"
        "  ○ Application period : 2027. 4. 20. (Mon) 10:00 ~ 2027. 5. 19. (Wed) 18:00\n"
    )
    assert v.closing is not None and (v.closing.timezone, v.closing.timezone_assumed) == ("Asia/Tokyo", True)


_KOREAN_RULES = (
    "□ Application qualification\n\n  1. Common qualifications (all of the following must be met)\n\n"
    "  ○ Person who has the nationality of the Republic of Korea\n"
    "  ○ Age : Those aged 32 or younger in full age as of December 31, 2027\n"
    "    - However, for those who have completed military service, the upper age limit is extended as follows\n"
    "      · Less than 1 year of service period : extension by 1 year\n"
    "      · 2 years or more of service period : extension by 3 years\n"
    "  ○ Education and career : Master's degree holder with 1 year or more of related career, or bachelor's\n"
    "    degree holder with 3 years or more of related career\n\n"
    "□ Application method\n\n  ○ Documents to be submitted\n"
    "    ① Application form of the Ministry\n    ② Personal History Form (P11) in English\n"
    "    ③ Copy of the final degree certificate\n"
)


def test_a_korean_notices_programme_rules() -> None:
    v = parse_text(_KOREAN_RULES)
    rows = [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension]
    assert rows == [(12, 1), (None, 3)]
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [
        ("master", 1),
        ("bachelor", 3),
    ]
    assert len(v.required_documents) == 3


def test_an_item_naming_the_list_indented_under_it_introduces_it() -> None:
    v = parse_text(
        "Qualifications\n\n  ○ Language : Fluency in English is required.\n  ○ Competencies\n"
        "     - Professionalism\n     - Teamwork\n     - Communication\n"
    )
    assert v.competencies == ["Professionalism", "Teamwork", "Communication"]


def test_years_named_as_a_maximum_after_them_are_no_minimum() -> None:
    v = parse_text(
        "Qualifications\nWork experience 2 years minimum, 6 years maximum, of professional experience in trade.\n"
    )
    assert v.experience.min_years == 2


def test_a_french_programme_banner_is_no_title() -> None:
    v = parse_bytes(
        "# Programme Jeunes Experts Associés (JPO) de la Confédération suisse\n\n"
        "## Chargé(e) adjoint(e) des droits de l'homme (JPO)\n\nClasse : P-2\n".encode(),
        "md",
    )
    assert v.title == "Chargé(e) adjoint(e) des droits de l'homme (JPO)"


def test_former_jpos_refused_after_a_long_list_of_assignments() -> None:
    v = parse_text(
        "Conditions générales du programme\nLes personnes ayant déjà effectué une affectation de JPO, d'expert(e) "
        "associé(e) ou de Volontaire des Nations Unies financée par un gouvernement ne sont pas admises.\n"
    )
    assert v.eligibility.excludes_former_jpo is True


def test_a_pages_table_of_labels_over_values_parted_by_bars() -> None:
    v = parse_text(
        "N° de poste | Lieu d'affectation | Classe | Durée | Date de publication | Date limite\n"
        "JPO_FR 04 CLT | Rabat, Maroc | P-2 | 24 mois | 16 juin 2027 | 20 juillet 2027\n"
    )
    assert (v.reference, v.duty_station.country, v.grades, v.duration_months) == (
        "JPO_FR 04 CLT",
        "MA",
        ["P2"],
        24,
    )
    assert v.closing is not None and v.closing.local.startswith("2027-07-21T00:00")
    assert not [w for w in v.warnings if w.field == "closing" and "different" in w.message]


_SHARE = (
    "*Oficial Profesional Junior (JPO) en\nNutrición y Protección Social Sensible a\nla Nutrición*\n"
    "Programa Mundial de Alimentos (PMA)\n\n"
    "💼 Experiencia: mín. 2 años en programas\nde nutrición.\n\n"
    "Requisitos AECID ⚠️\n✔️ Nacionalidad española\n✔️ Máx. 30 años a 31/12/2027\n"
    "✔️ Máx. 3 solicitudes por convocatoria; la AECID abre una sola convocatoria al año\n\n"
    "📎 What to send\n▪️ CV en inglés\n▪️ Carta de motivación\n"
)


def test_a_messenger_shares_shorthand() -> None:
    v = parse_text(_SHARE)
    assert (
        v.title == "Oficial Profesional Junior (JPO) en Nutrición y Protección Social Sensible a la Nutrición"
    )
    assert v.experience.min_years == 2
    assert (v.eligibility.max_age, v.eligibility.age_reference_date) == (30, date(2027, 12, 31))
    assert v.eligibility.max_applications_per_year == 3
    assert len(v.required_documents) == 2


def test_a_maximum_of_years_of_experience_is_no_age() -> None:
    v = parse_text("Requisitos\n✔️ Máx. 10 años de experiencia profesional\n")
    assert v.eligibility.max_age is None


def test_an_intros_list_ends_at_the_enclosing_lists_next_bullet() -> None:
    v = parse_text(
        "Special Notice:\n• The appointment is for one year.\n• In addition to the application, candidates must "
        "upload:\n– a motivation letter;\n– a copy of their passport;\n– copies of their diplomas.\n"
        "• Applications must be submitted through the portal by 15 April 2027.\n"
    )
    assert len(v.required_documents) == 3


def test_markdown_footnotes_are_read_at_their_marks() -> None:
    text = (
        "## Comment postuler\n\nLes dossiers doivent être déposés au plus tard le 27 mars 2027 à 23 h 59[^2].\n\n"
        "[^2]: Heure de Paris.\n"
    )
    v = parse_bytes(text.encode(), "md")
    assert v.closing is not None and v.closing.timezone == "Europe/Paris"


def test_two_calls_for_applications_a_year_make_a_per_call_cap_no_yearly_one() -> None:
    v = parse_text(
        "Conditions du programme\nChaque candidat(e) peut postuler à trois postes au maximum par appel. Le "
        "programme organise deux appels à candidatures par an (mars et septembre).\n"
    )
    assert v.eligibility.max_applications_per_year is None
    assert [w for w in v.warnings if w.field == "eligibility.max_applications_per_year"]


def test_documents_listed_in_a_markdown_table_under_its_header() -> None:
    text = (
        "## Pièces à fournir\n\n| Document | Remarque |\n|---|---|\n| Curriculum vitae | 3 pages maximum |\n"
        "| Lettre de motivation | 1 page |\n| Copie du diplôme | avant la clôture |\n"
    )
    v = parse_bytes(text.encode(), "md")
    assert v.required_documents == ["Curriculum vitae", "Lettre de motivation", "Copie du diplôme"]


def test_a_letterheads_lines_and_a_banner_over_the_title() -> None:
    v = parse_text(
        "GRAND-DUCHÉ DE LUXEMBOURG\nMinistère des Affaires étrangères et européennes\n"
        "Direction de la Coopération au développement et de l'action humanitaire\n\n"
        "          PROGRAMME JPO LUXEMBOURGEOIS - APPEL A CANDIDATURES 2027\n\n\n"
        "Administrateur/trice de programme auxiliaire -\nSanté sexuelle et reproductive des jeunes\n\n"
        "Réf. : UNFPA/HTI/JPO/2027-02\nOrganisation : FNUAP\nClasse : P-2\n"
    )
    assert (
        v.title == "Administrateur/trice de programme auxiliaire - Santé sexuelle et reproductive des jeunes"
    )


def test_a_spanish_requisition_number_is_the_agencys_reference() -> None:
    v = parse_text("Requisición UNICEF ........ 587213\nRef. AECID ........ JPO-27-011\nGrado ........ P-2\n")
    assert v.reference == "587213"


def test_a_competency_tables_header_row_in_spanish() -> None:
    v = parse_text(
        "Competencias\nCompetencia: Descripción\nProfesionalismo: Conocimiento de la economía.\n"
        "Comunicación: Se expresa con claridad.\nTrabajo en equipo: Colabora con colegas.\n"
    )
    assert v.competencies == ["Profesionalismo", "Comunicación", "Trabajo en equipo"]


def test_countries_of_the_work_in_the_duties_are_no_nationalities() -> None:
    v = parse_bytes(
        "## ¿Qué harás?\n- Apoyar la elaboración de hojas de ruta nacionales de economía circular en Chile, Perú y "
        "Uruguay;\n- Analizar marcos normativos.\n\n## Requisitos\n- Tener nacionalidad española.\n".encode(),
        "md",
    )
    assert v.eligibility.nationalities == ["ES"]


def test_french_refusals_and_limits_in_the_third_person() -> None:
    v = parse_text(
        "CONDITIONS D'ÉLIGIBILITÉ (PROGRAMME AUTRICHIEN)\n\nLe poste est exclusivement ouvert aux ressortissant(e)s "
        "autrichien(ne)s qui n'ont pas atteint l'âge de 33 ans au 1er janvier 2028. Les ressortissant(e)s "
        "camerounais(es) ne peuvent pas faire acte de candidature.\n"
    )
    assert v.eligibility.nationalities == ["AT"]
    assert (v.eligibility.max_age, v.eligibility.age_reference_date) == (32, date(2028, 1, 1))


def test_a_level_before_its_test_is_the_level() -> None:
    v = parse_text(
        "Idiomas\n- Inglés acreditado mediante IELTS (mínimo 7.0); las personas cuya lengua materna no sea el "
        "español deberán acreditar además el nivel C1 del DELE.\n"
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [("IELTS", 7), ("DELE", "C1")]


def test_one_application_a_year_in_spanish_and_numbers_are_whole_words() -> None:
    v = parse_text("Requisitos\n- Solo se admite una candidatura por año al Programa JPO del Japón.\n")
    assert v.eligibility.max_applications_per_year == 1
    v = parse_text("Requisitos\n- Solo se admiten dos candidaturas por año al Programa.\n")
    assert v.eligibility.max_applications_per_year == 2  # not the "ten" of "admiten"


def test_a_documents_label_whose_colon_is_lost_above_its_list() -> None:
    v = parse_text(
        "How to apply\n\nRequired documents (to be uploaded on the UN Recruitment Center website,\n\n"
        " 1. Application form.\n 2. Personal History Form (P11).\n 3. Official English test score report.\n"
    )
    assert len(v.required_documents) == 3


def test_pandoc_grid_tables_read_row_by_row() -> None:
    text = (
        "**Competencies**\n\n+-----------------+--------------------------+\n"
        "| **Competency**  | **Behavioural indicators** |\n+=================+==========================+\n"
        "| Professionalism | Knowledge of humanitarian |\n|                 | principles; calm.        |\n"
        "+-----------------+--------------------------+\n| Teamwork        | Works with colleagues.   |\n"
        "+-----------------+--------------------------+\n"
    )
    v = parse_bytes(text.encode(), "md")
    assert v.competencies == ["Professionalism", "Teamwork"]


def test_documents_a_french_file_is_composed_of() -> None:
    v = parse_text(
        "Comment postuler ?\nLe dossier complet, composé d'un CV en français, d'une lettre de motivation et d'une "
        "copie du diplôme de master, doit être introduit via le site au plus tard le 16 mars 2027.\n"
    )
    assert len(v.required_documents) == 3


def test_a_first_publications_deadline_and_a_leader_rows_label_are_no_contradiction() -> None:
    v = parse_text(
        "Date limite                  20 avril 2027, 17 h 00 (heure de Luxembourg)\n\n"
        "Note : ce poste avait fait l'objet d'une première publication avec une date de clôture au 15 janvier "
        "2027.\n"
    )
    assert not [w for w in v.warnings if w.field == "closing"]
    v = parse_text(
        "Fecha de publicación .................... 13 de abril de 2027\n"
        "Fecha de cierre ......................... 11 de mayo de 2027, 14:00 horas\n"
        "                                          (hora peninsular española)\n"
    )
    assert v.closing is not None and v.closing.local.startswith("2027-05-11T14:00")
    assert not [w for w in v.warnings if w.field == "closing"]


def test_a_long_name_among_short_competency_names() -> None:
    v = parse_bytes(
        "**Compétences.**\n\n- Engagement envers les valeurs de l'ONUSIDA et le principe de participation accrue "
        "des personnes vivant avec le VIH\n- Communication\n- Travail en équipe\n- Orientation vers les résultats\n".encode(),
        "md",
    )
    assert len(v.competencies) == 4


def test_a_numbered_heading_at_the_margin_after_a_numbered_list() -> None:
    v = parse_text(
        "6. REQUIRED DOCUMENTS\n\nSubmit the following:\n\n  1. Application form\n  2. Cover letter\n\n\n"
        "7. SCHEDULE\n\nDate of announcement                 14 August 2027\n"
    )
    assert v.required_documents == ["Application form", "Cover letter"]


def test_a_refusal_with_an_adverb_and_a_plural_banner() -> None:
    v = parse_text(
        "Conditions générales du programme\nLe programme est ouvert aux ressortissant·e·s des Pays-Bas ainsi "
        "qu'aux ressortissant·e·s des pays suivants : Bénin, Maroc, Tunisie. Les ressortissant·e·s marocain·e·s "
        "ne peuvent toutefois pas postuler à ce poste.\n"
    )
    assert v.eligibility.nationalities == ["NL", "BJ", "TN"]
    v = parse_bytes(
        "# Mises au concours – Programme Jeunes Expert·e·s Associé·e·s (JPO)\n\n"
        "## Chargé·e adjoint·e des droits de l'homme (JPO)\n\n| | |\n|---|---|\n| **N° d'offre** | HCDH-GN-2027-02 |\n"
        "| **Réf. DDC** | 7F-11094.01 |\n".encode(),
        "md",
    )
    assert (v.title, v.reference) == ("Chargé·e adjoint·e des droits de l'homme (JPO)", "HCDH-GN-2027-02")


def test_students_whose_applications_will_not_be_considered() -> None:
    v = parse_text(
        "Formación\nMaestría en ciencias ambientales. No se considerarán candidaturas de estudiantes que aún no "
        "hayan finalizado la maestría.\n"
    )
    assert v.education.enrolled_accepted is False


def test_a_faqs_questions_give_their_answers_facts() -> None:
    text = (
        "# Questions & answers for applicants\n\n### What is the job title?\n\nJunior Professional Officer – "
        "Digital Trade\n\n### Is there a reference number I should quote?\n\nYes: **ITC/JPO/2027/03**. The "
        "Ministry uses its own file number.\n\n### What is the grade?\n\nP-2. You will report to the Senior "
        "Adviser (P-5).\n\n### How long is the assignment?\n\nThe initial appointment is for one year.\n\n"
        "### What will I be doing?\n\n- help small businesses;\n- organise training.\n"
    )
    v = parse_bytes(text.encode(), "md")
    assert (v.title, v.reference, v.grades) == (
        "Junior Professional Officer – Digital Trade",
        "ITC/JPO/2027/03",
        ["P2"],
    )
    assert v.duration_months == 12


def test_a_checklist_of_boxes_is_no_run_of_box_headings() -> None:
    v = parse_text("Documents to submit:\n\n□ Curriculum vitae\n\n□ Motivation letter\n\n□ Copy of diploma\n")
    assert len(v.required_documents) == 3


def test_nationals_who_also_hold_another_citizenship_admitted_stay_admitted() -> None:
    v = parse_text("Eligibility\n- Korean nationals who also hold another citizenship are eligible.\n")
    assert v.eligibility.nationalities == ["KR"]


@pytest.mark.parametrize(
    "said",
    [
        "Le ministère organise une campagne de recrutement par an.",
        "Le programme fait l'objet d'une campagne unique par an.",
        "La DFI organise une seule campagne JEA par an.",
        "Dans le cadre de l'appel 2026 (appel unique de l'année), les règles suivantes s'appliquent.",
        "La campagne 2027, seule campagne de l'année, est ouverte.",
        "The Dutch JPO Programme publishes one round of vacancies per year.",
    ],
)
def test_one_call_a_year_said_in_more_ways_makes_a_cap_per_call_yearly(said: str) -> None:
    cap = "Chaque candidat(e) peut postuler à trois postes au maximum dans le cadre de la présente campagne."
    assert cap_read(parse_text(f"Conditions\n\n{said}\n{cap}\n")) == ("year", 3)


def test_a_cap_that_names_its_year_is_yearly_whatever_it_says_of_rounds() -> None:
    v = parse_text(
        "Conditions\n  o Number of applications : up to two (2) JPO posts per year (1st and 2nd rounds combined),\n"
        "                  and only one post per round.\n"
    )
    assert cap_read(v) == ("year", 2)


def test_a_call_named_by_its_year_is_a_call_not_a_year() -> None:
    for sentence, cap in (
        ("Cada persona podrá presentar un máximo de dos candidaturas en la convocatoria JPO 2026.", 2),
        ("Chaque candidat(e) peut postuler à trois postes au maximum de l'appel 2027.", 3),
        ("You can apply for a maximum of three JPO positions in the 2027 call.", 3),
    ):
        assert cap_read(parse_text(f"Conditions\n\n{sentence}\n")) == ("call", cap), sentence


def test_a_mails_bold_title_over_an_italic_note_on_who_may_apply_beats_a_file_number_naming_the_programme() -> (
    None
):
    v = parse_text(
        """
        Dear registered candidates,

        *Associate Human Settlements Officer (Urban Recovery)*
        _Junior Professional Officer - open to Japanese nationals only_

        Req. ID\tUNH-27-JPO-0116
        JPO Centre file no.\t2027-PS-044
        Grade\tP-2
        """
    )
    assert v.title == "Associate Human Settlements Officer (Urban Recovery)"


def test_a_round_now_closed_gives_another_calls_deadline() -> None:
    v = parse_text(
        """
        Please note that the spring round of post-specific recruitment
        (deadline 19 March 2027) is now closed.

        Deadline: 14 May 2027, 12:00 noon (Japan Standard Time)
        """
    )
    assert v.closing is not None and v.closing.utc.startswith("2027-05-14T03:00")
    assert not [w for w in v.warnings if w.field == "closing"]


def test_a_heading_with_a_note_on_who_may_apply_is_the_title_without_the_note() -> None:
    page = (
        "# Spécialiste adjoint(e) en nutrition (JPO) – ouvert uniquement aux candidat(e)s éligibles au "
        "programme JPO des Pays-Bas\n- Niveau : P-2\n\nL'UNICEF travaille pour chaque enfant.\n\n"
        "**Et nous n'abandonnons jamais.**\n\n## Comment pouvez-vous faire la différence ?\n- Appuyer le suivi.\n"
    )
    assert parse_bytes(page.encode(), "md").title == "Spécialiste adjoint(e) en nutrition (JPO)"


def test_a_former_posts_grade_said_with_anterior_is_not_the_posts() -> None:
    v = parse_text(
        """
        Supervisión: Jefe/a de la Unidad de Justicia Penal (P-4)

        El puesto JPO anterior en esta oficina (2023-2026) era de categoría P-2 y estaba dedicado a la cooperación.
        """
    )
    assert v.grades == []


def test_a_row_headed_facts_table_with_group_labels_and_two_facts_a_row() -> None:
    html = """<html><body><h1>Junior Professional Officer (Digital Inclusion)</h1><table><tbody>
    <tr><th scope="row">Req. ID</th><td>JPO-BDT-2027-04</td><th scope="row">Sponsor file no.</th><td>QA/112</td></tr>
    <tr><th scope="rowgroup" rowspan="2"><svg viewBox="0 0 16 16"></svg>Location</th><th scope="row">City</th>
        <td colspan="2">Cairo</td></tr>
    <tr><th scope="row">Country</th><td colspan="2">Egypt</td></tr>
    <tr><th scope="row"><i class="icon"></i>Grade</th><td>P-2</td><th scope="row">Duration</th>
        <td>One year, renewable</td></tr>
    </tbody></table></body></html>"""
    v = parse_bytes(html.encode(), "html")
    assert (v.duty_station.city, v.duty_station.country) == ("Cairo", "EG")
    assert v.reference == "JPO-BDT-2027-04" and v.grades == ["P2"] and v.duration_months == 12


def test_facts_as_numbered_items_with_known_labels() -> None:
    v = parse_text(
        """
        Position information
          1. Organizational unit: Nuclear Safety Knowledge Networks Unit
          2. Duty station: Vienna, Austria (IAEA Headquarters, Vienna International Centre)
          3. Duration: one year, extendable for a second year

        Main purpose and functions
          4. Coordination: support the regional networks;
        """
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Vienna", "AT")
    assert v.duration_months == 12 and v.unit == "Nuclear Safety Knowledge Networks Unit"


def test_a_scans_stray_dot_after_a_space_does_not_end_a_competency() -> None:
    v = parse_text(
        """
        V. COMPÉTENCES FONDAMENTALES

        - Responsabilité
        - Communication efficace
        - Collaboration inclusive .
        - Engagement des parties prenantes
        """
    )
    assert v.competencies == [
        "Responsabilité",
        "Communication efficace",
        "Collaboration inclusive",
        "Engagement des parties prenantes",
    ]


def test_competencies_after_a_longer_intro_in_the_qualifications() -> None:
    page = (
        "# Spécialiste adjoint(e) en nutrition (JPO)\n\n## Pour être qualifié(e), vous devrez…\n"
        "Un master en nutrition.\n\nLes compétences de l'UNICEF requises pour ce poste sont :\n"
        "1. Travailler en collaboration avec les autres\n2. Innover et accepter le changement\n"
        "3. Obtenir des résultats pour un impact\n\n## Comment postuler ?\nEnvoyez votre CV.\n"
    )
    assert parse_bytes(page.encode(), "md").competencies == [
        "Travailler en collaboration avec les autres",
        "Innover et accepter le changement",
        "Obtenir des résultats pour un impact",
    ]


def test_a_question_then_the_sections_name_on_one_line_heads_the_programme_block() -> None:
    v = parse_text(
        """
        Competencias
        - Comunicación
        - Cambio organizacional y adaptación
        ¿Es usted elegible? Condiciones generales del Programa JPO de Italia
        Las personas candidatas deben:
        - tener nacionalidad italiana;
        - poseer una maestría y al menos dos años de experiencia laboral pertinente, o
        una licenciatura y al menos cuatro años de experiencia laboral pertinente;
        - no haber trabajado anteriormente como JPO.
        """
    )
    assert v.competencies == ["Comunicación", "Cambio organizacional y adaptación"]
    assert [(d.level, d.min_years) for d in v.eligibility.degree_experience] == [
        ("master", 2),
        ("bachelor", 4),
    ]


def test_questions_then_an_address_is_no_heading() -> None:
    v = parse_text("How to apply\n1. CV in English\nQuestions? Write to jpo-programme@mfa.example.cz\n")
    assert "Questions? Write to jpo-programme@mfa.example.cz" not in v.sections


def test_more_ways_to_say_the_age_limit_and_the_former_jpo_rule() -> None:
    spanish = parse_text(
        "Lugar de destino: Santiago, Chile\n\nRequisitos\n\nPueden postular personas de nacionalidad alemana que no tengan más de 32 años en la fecha "
        "de cierre de la convocatoria.\n\nLa fecha límite para postular es el 30 de abril de 2027.\n"
    )
    assert (spanish.eligibility.max_age, str(spanish.eligibility.age_reference_date)) == (32, "2027-04-30")
    for said in (
        "Peuvent faire acte de candidature les personnes qui :\n\n• sont de nationalité luxembourgeoise ;\n"
        "• n'ont jamais occupé de poste de JPO.\n",
        "Les anciens JPO, y compris ceux dont le poste était financé par un autre pays,\n"
        "ne peuvent donc pas postuler.\n",
    ):
        assert parse_text(f"CONDITIONS GÉNÉRALES\n\n{said}").eligibility.excludes_former_jpo is True, said


def test_documents_the_application_file_holds_in_a_sentence() -> None:
    v = parse_text(
        """
        COMMENT POSTULER ?

        Les candidatures sont reçues par le portail. Le dossier de candidature comprend un
        curriculum vitae en français ou en anglais, une lettre de motivation d'une page au
        maximum, une copie du passeport irlandais en cours de validité et une copie des diplômes
        universitaires. Les dossiers incomplets ne seront pas examinés.
        """
    )
    assert (
        len(v.required_documents) == 4
        and v.required_documents[0] == "un curriculum vitae en français ou en anglais"
    )


def test_tab_panels_are_headed_by_their_tabs_titles() -> None:
    html = """<html><body><h1>Associate Child Protection Officer (JPO)</h1>
    <ul role="tablist"><li><button role="tab" id="tab-a" aria-controls="p-a">About the post</button></li>
    <li><button role="tab" id="tab-d" aria-controls="p-d">What will you be doing?</button></li>
    <li><button role="tab" id="tab-l" aria-controls="p-l">What will you learn?</button></li></ul>
    <div role="tabpanel" id="p-a" aria-labelledby="tab-a"><p>UNICEF Uganda protects children.</p></div>
    <div role="tabpanel" id="p-d" aria-labelledby="tab-d" hidden>Under the guidance of the supervisor, you will:
      <ul><li>Support the coordination of the refugee response.</li><li>Monitor partnership agreements.</li></ul></div>
    <div role="tabpanel" id="p-l" aria-labelledby="tab-l" hidden>
      <ul><li>Humanitarian coordination.</li><li>UNICEF programme procedures.</li></ul></div>
    </body></html>"""
    v = parse_bytes(html.encode(), "html")
    assert v.duties == [
        "Support the coordination of the refugee response.",
        "Monitor partnership agreements.",
    ]
    assert v.learning_elements == ["Humanitarian coordination.", "UNICEF programme procedures."]


def test_a_borderless_rows_label_with_its_own_note_in_brackets() -> None:
    v = parse_text(
        """
        Título del puesto Oficial Profesional Junior (JPO) en Gobernanza Ambiental
        Identificación (Job ID) 31477
        Ref. BMEIA JPO-AT-2027-06
        Organismo Programa de las Naciones Unidas para el Desarrollo (PNUD)
        Ciudad La Paz
        País Bolivia
        """
    )
    assert v.reference == "31477"


def test_an_aviso_number_with_its_agency_and_a_lettered_list_of_documents_in_one_paragraph() -> None:
    v = parse_text(
        """
        Aviso n.º DPPA:            DPPA/UNVMC/JPO/2026/04
        N.º de convocatoria DESA:  DESA-JPO-IT-2026-031
        Lugar de destino:    Florencia (Caquetá), Colombia

        REQUISITOS DEL PROGRAMA
        - Solo se admite una candidatura por persona en cada convocatoria anual del Programa.

        CÓMO POSTULAR

        La postulación se presenta en línea en el portal del Programa JPO de Italia y debe incluir:
        a) el formulario de solicitud del Programa debidamente cumplimentado; b) un currículum
        vitae en inglés; c) una carta de motivación en español dirigida a la Misión; y d) copia del
        título de maestría.
        """
    )
    assert v.reference == "DPPA/UNVMC/JPO/2026/04"
    assert cap_read(v) == ("year", 1)
    assert len(v.required_documents) == 4 and v.required_documents[0].startswith("el formulario")


def test_a_forms_lettered_sections_host_post_number_and_years_asked_in_the_label() -> None:
    v = parse_text(
        """
        SECTION A – POSITION DETAILS

        Host organisation post no.: 27-HQA-JPO-031
        DFAT file reference: 27/014582
        Place of assignment: Amman, Jordan

        SECTION D – QUALIFICATIONS AND EXPERIENCE

        Minimum education level: Master's degree
        Minimum years of relevant work experience: 2 years
        Work experience is: Required

        SECTION E – COMPETENCIES (tick those that apply to the position)

        - Communication
        - Teamwork
        """
    )
    assert v.reference == "27-HQA-JPO-031"
    assert v.experience.min_years == 2
    assert v.competencies == ["Communication", "Teamwork"]


def test_a_job_boards_band_of_years_is_no_minimum() -> None:
    v = parse_text(
        "Years of experience:   0-2 years\n\nWork experience: A minimum of two years of relevant work.\n"
    )
    assert v.experience.min_years == 2
    assert not [w for w in v.warnings if w.field == "experience.min_years"]


def test_the_duty_stations_nationals_refused_with_no_se_aceptan() -> None:
    v = parse_text(
        """
        Requisitos

        El Programa JPO de los Países Bajos está abierto a las personas de nacionalidad neerlandesa y a las
        nacionales de los siguientes países: Benín, Bolivia, Guatemala, Kenia y Yemen.
        Para este puesto no se aceptan candidaturas de personas de nacionalidad guatemalteca.
        """
    )
    assert v.eligibility.nationalities == ["NL", "BJ", "BO", "KE", "YE"]


def test_years_under_an_education_heading_that_names_experience_too() -> None:
    for heading, line in (
        (
            "Formación y experiencia requeridas",
            "- Experiencia: entre 2 y 5 años de experiencia laboral remunerada.",
        ),
        ("Education and experience required", "- Experience: 2 years of paid work in a related field."),
    ):
        assert parse_text(f"{heading}\n\n{line}\n").experience.min_years == 2, heading


@pytest.mark.parametrize(
    "said",
    [
        "Les ancien·ne·s JPO, quel que soit le pays qui a financé leur contrat, ne peuvent pas poser leur candidature.",
        "Les anciens JPO, ainsi que les personnes ayant déjà bénéficié d'un contrat d'expert associé financé par la "
        "Confédération, ne sont pas admissibles.",
        "Avoir déjà été JEA ou JPO, quel que soit le pays financeur, ou Volontaire des Nations Unies financé par la "
        "France exclut toute nouvelle candidature.",
    ],
)
def test_former_jpos_refused_in_three_more_ways(said: str) -> None:
    assert parse_text(f"Conditions\n\n{said}\n").eligibility.excludes_former_jpo is True


def test_a_titles_bracketed_note_on_who_may_apply_and_the_hour_said_apart_from_the_period() -> None:
    html = """<html><body>
    <h1>Junior Professional Officer – Climate-Resilient Infrastructure (open to New Zealand nationals only)</h1>
    <p>Duty station: Honiara, Solomon Islands</p><p>Application period: 02-Jul-2027 to 25-Jul-2027</p>
    <p>Applications received after the closing date will not be considered. Please note that the closing date is
    midnight Copenhagen time.</p>
    <h2>What will you be doing?</h2>
    <h3>Project planning and delivery</h3><ul><li>Support the Project Manager in planning works.</li></ul>
    <h3>Technical advisory</h3><ul><li>Review designs for climate resilience.</li></ul>
    <h2>Learning elements</h2><ul><li>Gain experience of the project cycle.</li></ul>
    </body></html>"""
    v = parse_bytes(html.encode(), "html")
    assert v.title == "Junior Professional Officer – Climate-Resilient Infrastructure"
    assert v.closing is not None and v.closing.utc == "2027-07-25T22:00:00Z"
    assert v.closing.timezone == "Europe/Copenhagen"
    assert v.duties == [
        "Support the Project Manager in planning works.",
        "Review designs for climate resilience.",
    ]


def test_a_programmes_titulo_is_a_degree_and_a_fao_pages_facts() -> None:
    page = (
        "# Oficial Profesional Asociado (JPO) – Cooperación Sur-Sur y Triangular\n"
        "N.º de solicitud (Req. ID): 2701847\nCategoría: P-1\nLugar de destino principal: Chile-Santiago\n\n"
        "## Condiciones del programa JPO de China\n"
        "1. Nacionalidad: únicamente ciudadanos de la República Popular China.\n"
        "2. Título: maestría o superior, obtenida dentro de los dos años anteriores a la fecha de cierre.\n"
        "3. Idiomas: puntuación mínima de TOEFL iBT 100 o IELTS 7,0 para el inglés, obtenidos en los últimos "
        "dos años.\n4. Candidaturas: cada candidato puede postular a una sola vacante JPO por año.\n"
    )
    v = parse_bytes(page.encode(), "md")
    assert v.title == "Oficial Profesional Asociado (JPO) – Cooperación Sur-Sur y Triangular"
    assert v.reference == "2701847"
    assert (v.duty_station.city, v.duty_station.country) == ("Santiago", "CL")
    assert v.eligibility.test_validity_months == 24
    assert cap_read(v) == ("year", 1)


def test_a_tests_age_said_depuis_moins_de() -> None:
    v = parse_text(
        "Conditions\n\n• justifier d'un score IELTS Academic d'au moins 6,5 ou d'un score TOEFL iBT d'au moins 90, "
        "obtenu depuis moins de trois ans.\n"
    )
    assert v.eligibility.test_validity_months == 36


def test_caps_in_a_named_programmes_call_and_one_campaign_of_jpo_a_year() -> None:
    for sentence, cap in (
        (
            "Cada persona podrá presentar su candidatura a un máximo de 2 puestos de la convocatoria del BFIO.",
            2,
        ),
        ("You may apply for a maximum of three posts in Sida's 2027 JPO call.", 3),
    ):
        assert cap_read(parse_text(f"Conditions\n\n{sentence}\n")) == ("call", cap), sentence
    v = parse_text(
        "Conditions\n\n- Le MEAE organise une seule campagne de recrutement de JPO par an ; chaque candidat(e) peut "
        "postuler à trois postes au maximum lors de cette campagne.\n"
    )
    assert cap_read(v) == ("year", 3)


def test_banners_and_a_note_are_no_titles() -> None:
    page = (
        "Programme des administrateurs auxiliaires (JPO)\n"
        "# Spécialiste adjoint(e) de programme – Participation politique des femmes\n"
        "Poste JPO financé par le ministère danois des Affaires étrangères, réservé aux ressortissant(e)s "
        "danois(es). Le poste est basé au bureau de terrain de Tripoli.\n"
        "- Job ID: 41208\n- Organisation: ONU Femmes\n- Lieu d'affectation: Tripoli, Liban\n"
    )
    assert (
        parse_bytes(page.encode(), "md").title
        == "Spécialiste adjoint(e) de programme – Participation politique des femmes"
    )
    v = parse_text(
        """
        AVISO DE VACANTE – PROGRAMA DE FUNCIONARIOS PROFESIONALES ASOCIADOS (JPO)

        Oficial Asociado/a de Protección y Asistencia a Migrantes

        Lugar de destino: San José, Costa Rica
        """
    )
    assert v.title == "Oficial Asociado/a de Protección y Asistencia a Migrantes"


def test_a_second_degree_route_whose_years_leave_out_the_word_experience() -> None:
    for said in (
        "Master's degree plus at least one year of relevant professional experience, or Bachelor's degree plus at "
        "least three years.",
        "Master's degree with a minimum of two years of relevant work experience, or Bachelor's degree with a "
        "minimum of four years.",
    ):
        v = parse_text(f"ELIGIBILITY - JPO PROGRAMME\n\n- {said}\n")
        routes = [(d.level, d.min_years) for d in v.eligibility.degree_experience]
        assert routes[1][0] == "bachelor" and routes[1][1] in (3, 4), said


def test_the_duty_stations_nationals_ne_sont_toutefois_pas_eligibles() -> None:
    v = parse_text(
        """
        Conditions du programme

        Le programme est ouvert aux ressortissant(e)s italien(ne)s ainsi qu'aux ressortissant(e)s des pays
        suivants : Cabo Verde, Gambie, Sénégal et Togo. Les ressortissant(e)s sénégalais(es) ne sont
        toutefois pas éligibles pour ce poste, qui est basé dans leur pays.
        """
    )
    assert v.eligibility.nationalities == ["IT", "CV", "GM", "TG"]


def test_a_cap_per_round_of_a_programme_with_more_than_one_round_a_year_is_no_yearly_cap() -> None:
    v = parse_text(
        "Eligibility\n\nApplicants may apply for up to two posts. This limit applies within one recruitment "
        "round; the JPO Centre holds more than one recruitment round each year.\n"
    )
    assert cap_read(v) is None
    assert any("several rounds a year" in w.message for w in v.warnings)


def test_emoji_shortcodes_and_code_spans_of_a_readme_are_no_part_of_labels_or_values() -> None:
    v = parse_bytes(
        (
            b"# Open post\n\n| | |\n|:--|:--|\n| :label: **Req. ID** | `UNEP-ROAP-JPO-2027-03` |\n"
            b"| :hourglass_flowing_sand: **Duration** | 12 months, extendable |\n"
            b"| :round_pushpin: **Place of assignment** | Bangkok, Thailand |\n"
        ),
        "md",
    )
    assert v.reference == "UNEP-ROAP-JPO-2027-03"
    assert v.duration_months == 12
    assert v.duty_station.city == "Bangkok"
    # a time stays a time
    v = parse_text("Closing date: 14 June 2027, 23:59 Stockholm time\n")
    assert v.closing is not None and v.closing.utc == "2027-06-14T21:59:00Z"


def test_languages_under_a_nice_to_have_heading_are_desirable() -> None:
    v = parse_bytes(
        (
            b"## Your background should include\n\n**Must have**\n\n- [x] Master's degree in statistics\n"
            b"- [x] Fluency in English, written and spoken\n\n**Nice to have**\n\n"
            b"- [ ] Knowledge of Thai or Mandarin Chinese\n- [ ] Experience with remote sensing\n"
        ),
        "md",
    )
    assert v.languages.required == [["en"]]
    assert sorted(v.languages.desirable) == ["th", "zh"]


@pytest.mark.parametrize(
    "said",
    [
        "You hold at least a Master's degree, or will have obtained it before the start of the assignment.",
        "Être titulaire d'un master, ou les candidat·e·s qui l'auront obtenu avant la prise de fonctions.",
        "Tener un título de máster, o las personas que lo hayan obtenido antes del inicio de la asignación.",
    ],
)
def test_a_degree_obtained_before_the_start_admits_students(said: str) -> None:
    assert parse_text(f"Eligibility\n\n- {said}\n").education.enrolled_accepted is True


@pytest.mark.parametrize(
    "said",
    [
        "Une à trois années d'expérience professionnelle dans la lutte contre la criminalité sont souhaitables.",
        "Dos años de experiencia profesional en gestión ambiental son deseables.",
    ],
)
def test_years_of_experience_wished_for_in_the_plural(said: str) -> None:
    v = parse_text(f"Qualifications\n\nExpérience : {said}\n")
    assert v.experience.min_years in (1, 2) and v.experience.preferred is True


def test_an_age_at_the_end_of_the_application_period_is_counted_on_the_closing_date() -> None:
    v = parse_text(
        "Lugar de destino: La Paz, Bolivia\nFecha límite: 14 de junio de 2027, 23:59 hora de Bolivia\n\n¿Eres elegible?\n\nPara postular se debe tener como máximo 32 años "
        "al término del plazo de postulación.\n"
    )
    assert v.eligibility.max_age == 32
    assert v.eligibility.age_reference_date == date(2027, 6, 14)


def test_documents_numbered_in_a_paragraph_one_item_a_sentence() -> None:
    v = parse_text(
        "Comment postuler ?\n------------------\n\nLes candidatures sont à déposer en ligne.\n\n"
        "Le dossier de candidature comprend : (1) le formulaire P11 des Nations Unies,\n"
        "rempli en anglais ; (2) une lettre de motivation en anglais ou en français ;\n"
        "(3) une copie des diplômes universitaires ; (4) une copie du passeport.\n\n"
        "Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s.\n"
    )
    assert v.required_documents == [
        "le formulaire P11 des Nations Unies, rempli en anglais",
        "une lettre de motivation en anglais ou en français",
        "une copie des diplômes universitaires",
        "une copie du passeport",
    ]


def test_documents_attached_in_the_familiar_imperative() -> None:
    v = parse_text(
        "¿Cómo postular?\n\nPostula en línea antes del 14 de junio de 2027. Adjunta en un solo archivo PDF: (i) tu "
        "currículum en inglés, (ii) una carta de motivación, (iii) copia de tus títulos y (iv) copia de tu "
        "pasaporte.\n"
    )
    assert len(v.required_documents) == 4 and v.required_documents[0] == "tu currículum en inglés"


def test_a_setext_headings_underline_opens_no_sentence() -> None:
    v = parse_text(
        "Grade: P-2\n\nHow to apply\n------------\nThe closing date for applications is 3 May 2027, 17:00 Rome "
        "time.\n"
    )
    assert v.closing is not None and v.closing.text.startswith("The closing date")


def test_a_facts_lists_values_run_together_give_no_age_limit_from_a_day() -> None:
    # the values of "Expérience (min.)" and "Date limite" flow into one sentence: "… au maximum 27 avril 2026"
    v = parse_bytes(
        b"<html><body><section><h2>Informations cl\xc3\xa9s</h2><dl>"
        b"<div><dt>Dur\xc3\xa9e</dt><dd><ul><li>engagement initial de 12 mois</li></ul></dd></div>"
        b"<div><dt>Pays donateur</dt><dd>France (programme JEA)</dd></div>"
        b"<div><dt>Exp\xc3\xa9rience professionnelle (min.)</dt><dd>2 ans \xe2\x80\x93 5 ans au maximum</dd></div>"
        b"<div><dt>Date limite</dt><dd>27 avril 2026, 12h00 (heure de Paris)</dd></div></dl></section>"
        b"<h2>Conditions</h2><ul><li>\xc3\xaatre n\xc3\xa9(e) le 1er janvier 1994 ou apr\xc3\xa8s cette date ;</li>"
        b"</ul></body></html>",
        "html",
    )
    assert v.eligibility.max_age == 32
    assert v.eligibility.age_reference_date == date(2026, 12, 31)


def test_a_programme_degree_with_at_least_and_at_most_years_in_french() -> None:
    v = parse_text(
        "Conditions du programme\n\n- être titulaire d'un master ou équivalent et justifier d'au moins deux ans et "
        "d'au plus cinq ans d'expérience professionnelle.\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 2)]


def test_a_countrys_national_languages_are_no_nationalities() -> None:
    v = parse_text(
        "Requisitos\n\n- Dominio de al menos uno de los idiomas nacionales de Suiza (alemán, francés o italiano).\n\n"
        "Condiciones del programa\n\nEl Programa JPO de Suiza está abierto exclusivamente a personas de "
        "nacionalidad suiza.\n"
    )
    assert v.eligibility.nationalities == ["CH"]


def test_a_language_considered_a_merit_is_desirable() -> None:
    v = parse_text(
        "Idiomas: dominio del español y del inglés. El conocimiento del francés se considerará un mérito.\n"
    )
    assert v.languages.required == [["es"], ["en"]] and v.languages.desirable == ["fr"]


def test_students_who_cannot_be_considered_are_refused() -> None:
    v = parse_text(
        "Eligibility\n\n- have completed a Master's degree at the time of application – students who have not yet "
        "graduated cannot be considered;\n"
    )
    assert v.education.enrolled_accepted is False


def test_a_french_title_with_the_junior_rank_adjoint_stands_alone_under_the_banner() -> None:
    v = parse_text(
        "Organisation des Nations Unies          Bureau de l'UNESCO pour le Maghreb\n\n"
        "                         AVIS DE VACANCE DE POSTE\n\n"
        "          Programme belge des Jeunes Experts Associés (JEA) - Appel 2026\n\n\n"
        "     Spécialiste adjoint(e) de programme en éducation inclusive\n\n\n"
        "Poste n° :                     RAB/ED/JPO/2026/01\nLieu d'affectation :           Rabat, Maroc\n\n"
        "CONTEXTE\n\nLe Bureau couvre le Maghreb.\n"
    )
    assert v.title == "Spécialiste adjoint(e) de programme en éducation inclusive"


def test_ielts_with_both_modules_in_brackets() -> None:
    v = parse_text(
        "Programme conditions\n\nAn English test score must be submitted: TOEFL iBT 100, IELTS (Academic or General "
        "Training) 7.0 or TOEIC 900 or above.\n"
    )
    assert ("IELTS", 7) in [(t.test, t.min_score) for t in v.eligibility.language_tests]


def test_a_cap_on_job_descriptions_fiches_de_poste() -> None:
    v = parse_text(
        "Conditions du programme\n\nChaque candidat(e) peut postuler à trois fiches de poste au maximum. Le "
        "programme JEA organise une seule campagne de recrutement par an.\n"
    )
    assert cap_read(v) == ("year", 3)


def test_headings_with_contractions_name_their_sections() -> None:
    v = parse_text(
        "WHAT YOU'LL DO\n\n• Support the monthly cycle of transfers.\n• Monitor retailer performance.\n\n"
        "WHAT YOU'LL LEARN\n\n• How cash programmes are run.\n"
    )
    assert len(v.duties) == 2 and len(v.learning_elements) == 1


def test_a_lower_degree_plus_additional_years_many_words_before_experience_is_the_alternative() -> None:
    v = parse_text(
        "Qualifications\n\nMaster's degree in economics or a related field, or a Bachelor's degree plus two "
        "additional years of relevant professional experience.\n"
    )
    assert v.education.minimum_level == "master"
    assert v.education.alternative is not None and v.education.alternative.extra_experience_years == 2


def test_a_where_answer_that_is_a_sentence_names_no_city_and_the_header_line_does() -> None:
    v = parse_text(
        "P-2 | Lima, Perú | 24 meses | Cód. UNODC-PER-JPO-2026-02 | Plazo: 8 de junio de 2026\n\n"
        "¿DÓNDE TRABAJARÁS?\n\nLa Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) en el Perú "
        "apoya al Estado peruano en la prevención del delito.\n"
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Lima", "PE")
    assert v.reference == "UNODC-PER-JPO-2026-02"


def test_a_wrapped_title_goes_on_after_its_bracket_with_a_comma() -> None:
    v = parse_text(
        "Job title              Associate Education Officer (Early Childhood\n"
        "                       Development), Junior Professional Officer\n"
        "Job Opening ID         583210\n"
    )
    assert v.title == "Associate Education Officer (Early Childhood Development), Junior Professional Officer"


def test_a_requirements_grid_headed_by_status_words_not_in_bold() -> None:
    v = parse_bytes(_docx_table(
        [
            ["Requisito", "Esencial", "Deseable"],
            ["Educación", "Maestría en derecho", "Formación en derechos humanos"],
            ["Idiomas", "Dominio del español y del inglés", "Francés o portugués"],
        ],
        heading="Requisitos",
    ), "docx")  # fmt: skip
    assert v.languages.required == [["es"], ["en"]]
    assert sorted(v.languages.desirable) == ["fr", "pt"]


def _docx_table(rows: list[list[str]], *, heading: str) -> bytes:
    import io

    from docx import Document

    document = Document()
    document.add_heading(heading, level=2)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "said",
    [
        "Candidates who have completed the compulsory military service or civilian service may be one year older.",
        "Les candidats ayant accompli leur service militaire peuvent avoir un an de plus.",
        "Quienes hayan cumplido el servicio militar pueden tener un año más.",
    ],
)
def test_one_year_older_after_military_service(said: str) -> None:
    v = parse_text(f"Eligibility\n\n- Not older than 32 years on 31 December 2027. {said}\n")
    assert [(e.served_months_below, e.extra_years) for e in v.eligibility.military_service_extension] == [
        (None, 1)
    ]


def test_a_faxs_your_ref_is_the_correspondents_number_not_the_posts() -> None:
    v = parse_text(
        "F A X\n\nTO:        Permanent Mission of Qatar\n\nYOUR REF.: QPM/GVA/JPO/2027/118\n\n"
        "Dear Sir,\n\nPlease find attached the vacancy notice.\n\n"
        "JUNIOR PROFESSIONAL OFFICER (JPO) - VACANCY NOTICE\n\nVacancy notice no.:   EM/JPO/27/014\n"
    )
    assert v.reference == "EM/JPO/27/014"


def test_a_list_item_cut_by_a_page_break_goes_on_after_the_running_head() -> None:
    page = (
        "2027 Korean JPO Programme                                        Position Description\n"
        "-------------------------------------------------------------------------------------\n\n"
    )
    text = (
        page + "DUTIES\n\n"
        "   •  Represent UNHCR, together with senior colleagues, in meetings of the\n"
        "      Protection Working Group and in technical exchanges with the National\n\n\n"
        "                                                                      Page 1 of 2\n\f"
        + page
        + "      Registration Department and the Ministry of Home Affairs.\n"
        "   •  Perform other related duties as required.\n\n\n"
        "                                                                      Page 2 of 2\n"
    )
    v = parse_bytes(text.encode(), "txt")
    assert v.duties == [
        "Represent UNHCR, together with senior colleagues, in meetings of the Protection Working Group and in "
        "technical exchanges with the National Registration Department and the Ministry of Home Affairs.",
        "Perform other related duties as required.",
    ]


def test_the_rule_under_a_three_line_running_head_goes_with_it() -> None:
    head = (
        "                                                   MINISTRY OF FOREIGN AFFAIRS\n"
        "                                                   REPUBLIC OF KOREA\n"
        "2027 Korean JPO Programme                                        Position Description\n"
        "-------------------------------------------------------------------------------------\n\n"
    )
    text = (
        head + "DUTIES\n\n"
        "   •  Represent UNHCR, together with senior colleagues, in meetings of the\n"
        "      Protection Working Group and in technical exchanges with the National\n\n"
        "                                                                      Page 1 of 2\n\f"
        + head
        + "      Registration Department and the Ministry of Home Affairs.\n"
        "   •  Perform other related duties as required.\n\n"
        "                                                                      Page 2 of 2\n"
    )
    v = parse_bytes(text.encode(), "txt")
    assert len(v.duties) == 2 and v.duties[0].endswith("the Ministry of Home Affairs.")


def test_the_refugees_nationalities_in_the_background_are_no_eligible_ones() -> None:
    v = parse_text(
        "## Contexto\n\nCosta Rica es uno de los principales países de asilo: más de 250 000 personas han solicitado "
        "la condición de refugiado, en su mayoría de nacionalidad nicaragüense, venezolana y colombiana.\n\n"
        "## Requisitos del programa\n\n* Tener nacionalidad española.\n"
    )
    assert v.eligibility.nationalities == ["ES"]


def test_nationals_who_ne_peuvent_toutefois_pas_etre_affectes_are_refused() -> None:
    v = parse_text(
        "Conditions\n\n* Être de nationalité suisse ou nigérienne. Les doubles nationaux sont admis ; les "
        "ressortissant·e·s du Niger ne peuvent toutefois pas être affecté·e·s à un poste au Niger.\n"
    )
    assert "NE" not in v.eligibility.nationalities


@pytest.mark.parametrize(
    "said",
    [
        "Applicants may apply for a maximum of three positions in the Danish JPO call of spring 2027.",
        "Candidates may submit a maximum of two applications in the 2027 Irish Aid JPO call.",
    ],
)
def test_a_cap_in_a_named_call_is_per_call(said: str) -> None:
    v = parse_text(f"Eligibility\n\n- {said}\n")
    assert v.eligibility.max_applications_per_year is None
    assert cap_read(v) in (("call", 3), ("call", 2))  # left empty, with the warning that names it


def test_one_application_per_vacancy_notice_is_no_cap_on_posts() -> None:
    v = parse_text(
        "Comment postuler\n\nChaque personne ne peut déposer qu'une seule candidature par avis de vacance.\n"
    )
    assert cap_read(v) is None


def test_the_annual_jpo_recruitment_round_holds_one_round_a_year() -> None:
    v = parse_text(
        "Eligibility\n\n- In the annual JPO recruitment round, each applicant may apply for a maximum of two "
        "positions.\n"
    )
    assert cap_read(v) == ("year", 2)


def test_persons_who_hold_or_have_held_a_jpo_appointment_are_refused() -> None:
    v = parse_text(
        "Eligibility\n\n- Persons who hold, or have held, a JPO appointment under any donor programme are not "
        "eligible.\n"
    )
    assert v.eligibility.excludes_former_jpo is True


def test_a_language_nest_toutefois_pas_exigee_is_not_asked_for() -> None:
    v = parse_text(
        "Langues\n\nExcellente maîtrise du français et bonne connaissance de l'anglais. La connaissance de "
        "l'allemand ou de l'italien n'est toutefois pas exigée pour ce poste.\n"
    )
    assert v.languages.required == [["fr"], ["en"]] and v.languages.desirable == []


def test_a_degree_obtained_in_the_n_years_before_the_closing_date() -> None:
    v = parse_text(
        "Requisitos\n\n* Estar en posesión de un título de máster obtenido en los cinco años anteriores a la fecha "
        "de cierre.\n"
    )
    assert v.education.graduated_within_months == 60


def test_a_table_of_countries_under_a_title_naming_eligible_nationalities() -> None:
    v = parse_text(
        "Eligibility\n\n* You hold Dutch nationality, or the nationality of one of the countries in the table below.\n\n"
        "**Nationalities eligible in addition to Dutch nationality**\n\n| Region | Countries |\n|---|---|\n"
        "| Africa | Benin, Ghana, Kenya |\n| Asia and the Middle East | Bangladesh, Jordan, Lebanon |\n\n"
        "Lebanese nationals are not eligible for this position.\n"
    )
    assert v.eligibility.nationalities == ["NL", "BJ", "GH", "KE", "BD", "JO"]


def test_an_item_numbered_on_from_a_wrapped_item_is_no_next_numbered_heading() -> None:
    # PDF text, no blank lines: "3." follows the section heading "2." but also item 2, wrapped over two lines
    v = parse_text(
        "1. Contexte\nLe bureau de pays compte environ 250 personnes.\n2. Quelles seront vos tâches ?\n"
        "1. Appuyer la conception des programmes de\nprévention de la malnutrition ;\n"
        "2. Contribuer à l'intégration de la nutrition dans les filets de\nsécurité ;\n"
        "3. Analyser les données de suivi (distributions, couverture, indicateurs\nde résultats) ;\n"
        "4. Participer aux missions de terrain.\n3. Votre profil\nFormation : diplôme de master en nutrition.\n"
    )
    assert len(v.duties) == 4 and v.education.minimum_level == "master"
    # a list of two wrapped items, then the next numbered heading that names its section
    v = parse_text(
        "2. Quelles seront vos tâches ?\n1. Appuyer la conception des programmes de\nprévention ;\n"
        "2. Contribuer à l'intégration de la nutrition dans les filets de\nsécurité ;\n"
        "3. Votre profil\nFormation : diplôme de master en nutrition.\n"
    )
    assert len(v.duties) == 2 and v.education.minimum_level == "master"


@pytest.mark.parametrize(
    ("answer", "alternative"),
    [("Yes, with two additional years of relevant experience", ("bachelor", 2)), ("No", None)],
)
def test_a_forms_question_on_a_lower_degree_in_lieu_and_its_answer(
    answer: str, alternative: tuple[str, int] | None
) -> None:
    v = parse_text(
        "Requirements\n\nMinimum level of education: Master's degree\n\n"
        f"May a Bachelor's degree be accepted in lieu of the Master's degree? {answer}\n"
    )
    found = v.education.alternative
    assert v.education.minimum_level == "master"
    assert ((found.level, found.extra_experience_years) if found else None) == alternative


@pytest.mark.parametrize(
    ("asked", "preferred"),
    [
        ("Is the work experience requirement mandatory or desirable? Desirable", True),
        ("Is the work experience requirement mandatory or desirable? Mandatory", False),
        ("L'expérience est-elle obligatoire ou souhaitable ? Souhaitable", True),
    ],
)
def test_a_forms_question_on_the_experiences_status_and_its_answer(asked: str, preferred: bool) -> None:
    v = parse_text(f"Requirements\n\nMinimum years of relevant work experience: 2\n\n{asked}\n")
    assert v.experience.min_years == 2 and v.experience.preferred is preferred


def test_a_language_tables_not_required_row_asks_for_nothing() -> None:
    v = parse_text(
        "Languages\n\n| Language | Level | Required / Desirable |\n|---|---|---|\n| English | Fluent | Required |\n"
        "| Russian | B2 | Desirable |\n| Kazakh | - | Not required |\n"
    )
    assert v.languages.required == [["en"]] and v.languages.desirable == ["ru"]


def test_a_tables_document_column_lists_the_documents_under_how_to_apply() -> None:
    v = parse_text(
        "How to apply\n\nSubmit the documents below through the portal no later than 23 April 2027.\n\n"
        "| # | Document | Language / format |\n|---|---|---|\n| 1 | Application form | Korean, PDF |\n"
        "| 2 | Personal History Form (P.11), signed | English, PDF |\n| 3 | Degree certificates | PDF |\n"
    )
    assert v.required_documents == [
        "Application form", "Personal History Form (P.11), signed", "Degree certificates"
    ]  # fmt: skip


def test_a_programme_table_of_degrees_and_their_years() -> None:
    v = parse_text(
        "KOREAN JPO PROGRAMME - GENERAL CONDITIONS\n\nApplicants must meet one of the following combinations:\n\n"
        "| Highest degree | Minimum relevant work experience |\n|---|---|\n| Master's degree or higher | 2 years |\n"
        "| Bachelor's degree | 4 years |\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [
        ("master", 2),
        ("bachelor", 4),
    ]


def test_language_tests_in_a_tables_rows() -> None:
    v = parse_text(
        "Korean JPO Programme - General conditions\n\nApplicants must submit one of the scores below:\n\n"
        "| Test | Minimum score | Notes |\n|---|---|---|\n| TOEFL iBT | 100 | MyBest scores not accepted |\n"
        "| IELTS (Academic) | 7.0 | - |\n"
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [("TOEFL iBT", 100), ("IELTS", 7)]


def test_a_degree_then_a_lower_one_a_defaut_in_the_next_clause() -> None:
    v = parse_text(
        "Qualifications\n\n| Critère | Exigence | Statut |\n|---|---|---|\n"
        "| Diplôme | Master (bac + 5) en économie ou domaine connexe ; à défaut, diplôme universitaire de premier "
        "cycle (bachelor) complété par deux années supplémentaires d'expérience pertinente | Obligatoire |\n"
    )
    alternative = v.education.alternative
    assert v.education.minimum_level == "master"
    assert alternative is not None and (alternative.level, alternative.extra_experience_years) == (
        "bachelor",
        2,
    )


def test_years_counted_from_a_first_degree_posterior_a_su_obtencion_make_no_route_of_it() -> None:
    v = parse_text(
        "Condiciones generales del Programa\n\n- Estar en posesión de un título de máster y acreditar al menos dos "
        "años de experiencia profesional posterior a la obtención del título de grado.\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 2)]


def test_a_notes_former_post_grade_with_brackets_inside_the_note_is_no_grade_of_the_post() -> None:
    v = parse_text(
        "Grade: P-2 (note: The JPO position previously attached to this Section (2022–2024) was graded P-1.)\n"
    )
    assert v.grades == ["P2"]


def test_a_footnote_read_at_its_mark_is_a_clause_of_its_own_for_languages() -> None:
    v = parse_text(
        "Languages\n\nFluency in English is required. A working knowledge of French or Spanish is desirable. (note: "
        "Knowledge of Norwegian is not required for this position.)\n"
    )
    assert v.languages.required == [["en"]] and v.languages.desirable == ["fr", "es"]
    v = parse_text(
        "Langues\n\nMaîtrise du français exigée. La connaissance de l’espagnol serait un atout (note: Le néerlandais "
        "et l’allemand ne sont pas exigés.).\n"
    )
    assert v.languages.required == [["fr"]] and v.languages.desirable == ["es"]


def test_a_competency_label_with_a_typographic_apostrophe() -> None:
    v = parse_text(
        "Compétences\n\nProfessionnalisme: Maîtrise technique, rigueur.\nTravail d’équipe: Collabore avec des "
        "collègues.\nSouci du client: Tient les États membres informés.\n"
    )
    assert v.competencies == ["Professionnalisme", "Travail d’équipe", "Souci du client"]


def test_a_phone_forwarded_notice_its_mail_header_and_signature_name_no_title() -> None:
    v = parse_text(
        "Hi Ani,\n\nForwarding this from the list.\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
        "From: Norad JPO Programme\n<jpo.programme@norad.example>\nDate: 4 February 2027 at 09:12:40\nCET\n"
        "To: JPO vacancy list\n<jpo-list@lists.norad.example>\nSubject: Vacancy 27/00412 - JPO\n"
        "Associate Protection Officer,\nUNHCR Yerevan\n\nDear subscriber,\n\nA new position in the Norwegian\n"
        "Junior Professional Officer\n(JPO) Programme has been\npublished.\n\n-----\n\n"
        "ASSOCIATE PROTECTION OFFICER\n(COMMUNITY-BASED PROTECTION)\nJunior Professional Officer\n(JPO) - Norway\n\n"
        "Duty station: Yerevan,\nArmenia\n"
    )
    assert v.title == "ASSOCIATE PROTECTION OFFICER (COMMUNITY-BASED PROTECTION)"
    assert "programme" not in v.sections and "Sent from my iPhone" not in v.sections


def test_a_number_in_words_restated_in_figures_on_the_next_line_is_no_list_item() -> None:
    v = parse_text(
        "Who can apply?\n\nNorad holds one JPO recruitment\nround per year; in each round you\n"
        "may apply for a maximum of three\n(3) positions.\n"
    )
    assert cap_read(v) == ("year", 3)


def test_a_title_under_its_label_wrapped_before_its_dash() -> None:
    v = parse_text(
        "Intitulé du poste :\nChargé(e) de programme adjoint(e)\n– Sécurité alimentaire et\nrésilience\n"
        "Avis FAO n° : JPO-BDI-2027-002\nRéf. DFI : JEA-27-063\nLieu d'affectation : Bujumbura (Burundi)\n"
    )
    assert v.title == "Chargé(e) de programme adjoint(e) – Sécurité alimentaire et résilience"
    assert v.reference == "JPO-BDI-2027-002"


def test_years_with_the_wish_right_after_them_are_preferred() -> None:
    v = parse_text("Profil\n\nExpérience : 2 ans minimum souhaités dans la sécurité alimentaire.\n")
    assert v.experience.min_years == 2 and v.experience.preferred is True


MEMO = """\
I.   RENSEIGNEMENTS GÉNÉRAUX
----------------------------

Intitulé du poste ............... Économiste adjoint(e) - Intégration
                                  régionale et Zone de libre-échange
                                  continentale africaine (ZLECAf)
Lieu d'affectation .............. Rabat, Maroc
Grade ........................... P-2

VI.  COMPÉTENCES
----------------

    -    Professionnalisme
    -    Travail d'équipe
    -    Communication

VII. CONDITIONS D'ÉLIGIBILITÉ (PROGRAMME LUXEMBOURGEOIS)
--------------------------------------------------------

Nationalité ..................... Luxembourgeoise
Âge ............................. 32 ans au plus au 31 décembre 2027
"""


def test_a_typewriter_memo_with_dot_leaders_and_underlined_headings() -> None:
    v = parse_bytes(MEMO.encode(), "txt")
    assert (
        v.title
        == "Économiste adjoint(e) - Intégration régionale et Zone de libre-échange continentale africaine (ZLECAf)"
    )
    assert v.competencies == ["Professionnalisme", "Travail d'équipe", "Communication"]
    assert v.eligibility.nationalities == ["LU"] and v.eligibility.max_age == 32


def test_numero_de_anuncio_and_numero_de_demande_are_references() -> None:
    v = parse_text(
        "Título del puesto: Oficial Asociado/a\nN.º de anuncio: 2027/UNIDO/JPO/044\nRef. AECID: JPO-2027-17\n"
    )
    assert v.reference == "2027/UNIDO/JPO/044"
    v = parse_text("N° de demande (Req. ID): 563210\nRéf. UN/DESA: JPO-ITA-2027-UNICEF-07\n")
    assert v.reference == "563210"


def test_a_nationality_or_a_programme_named_by_its_peoples_word_is_no_language() -> None:
    v = parse_text(
        "Conditions générales du programme italien\n\nLe programme JPO italien est ouvert aux personnes de nationalité "
        "italienne, titulaires d'un master et ayant une excellente connaissance de l'anglais.\n"
    )
    assert v.languages.required == [["en"]]


def test_a_minimum_and_no_more_than_a_maximum_of_years_in_one_phrase() -> None:
    v = parse_text(
        "Experience\n\nA minimum of two years, and no more than five years, of progressively responsible experience "
        "in economic research, preferably related to trade.\n"
    )
    assert v.experience.min_years == 2 and v.experience.preferred is False


def test_each_year_said_of_something_else_says_nothing_of_the_calls() -> None:
    text = (
        "Contexte\n\nLe bureau riposte chaque année à plus d'une centaine d'événements de santé publique.\n\n"
        "Conditions\n\n- Chaque candidat(e) peut postuler à trois postes au maximum dans le cadre de l'appel 2027.\n"
    )
    assert cap_read(parse_text(text)) == ("call", 3)
    said = text.replace("- Chaque", "- Le programme lance chaque année un appel à candidatures.\n- Chaque")
    assert cap_read(parse_text(said)) == ("year", 3)


def test_te_reo_maori_is_a_language() -> None:
    v = parse_text(
        "Language\n\n- Fluency in written and spoken English is required.\n- Knowledge of te reo Māori is an asset.\n"
    )
    assert v.languages.required == [["en"]] and v.languages.desirable == ["mi"]


def test_an_age_item_under_an_intro_counting_everything_on_the_closing_date() -> None:
    v = parse_text(
        "How to apply\n\nApplications must be submitted by 14 June 2027, 23:59 (Canberra time).\n\n"
        "General conditions of the programme\n\n"
        "The program is open to Australian citizens only. To be eligible, applicants must, at the closing date:\n"
        "- be an Australian citizen;\n- be under 33 years of age;\n- hold a Master's degree.\n"
    )
    assert v.eligibility.max_age == 32 and v.eligibility.age_reference_date == date(2027, 6, 14)


def test_documents_after_deben_adjuntarse_and_after_upload_in_one_pdf() -> None:
    v = parse_text(
        "Cómo postular\n\nLas candidaturas se presentan en línea. Deben adjuntarse:\n\na) currículum vitae en inglés;\n"
        "b) carta de motivación;\nc) copia del título universitario.\n"
    )
    assert len(v.required_documents) == 3
    v = parse_text(
        "How to apply\n\nApply online and upload in one PDF: (1) a CV in English; (2) a cover letter; (3) copies of "
        "degrees; (4) a copy of your passport. Incomplete applications will not be considered.\n"
    )
    assert len(v.required_documents) == 4


def test_scores_older_than_n_years_not_accepted_set_the_tests_validity() -> None:
    v = parse_text(
        "General conditions\n\n- Provide an IELTS (Academic) score of 7.0 or higher; scores older than two years at "
        "the closing date are not accepted.\n"
    )
    assert v.eligibility.test_validity_months == 24


def test_labelled_facts_in_spans_side_by_side_are_rows_of_their_own() -> None:
    page = (
        "<html><body><h1>Associate Programme Officer (JPO)</h1><p class='job-meta'><span>Grade: P-2</span>"
        "<span>Duration: 1 year (extendable)</span><span>Closing: 18 May 2027</span></p></body></html>"
    )
    v = parse_bytes(page.encode(), "html")
    assert v.grades == ["P2"] and v.duration_months == 12


def test_a_programme_table_gives_years_to_a_degree_without_losing_the_routes_after_it() -> None:
    v = parse_text(
        "KOREAN JPO PROGRAMME - GENERAL CONDITIONS\n\n- Applicants must hold a Master's degree, or a Bachelor's "
        "degree and four years of relevant work experience.\n\n"
        "| Highest degree | Minimum relevant work experience |\n|---|---|\n| Master's degree | 2 years |\n"
        "| Doctorate | 1 year |\n"
    )
    found = {(p.level, p.min_years) for p in v.eligibility.degree_experience}
    assert found == {("doctorate", 1), ("master", 2), ("bachelor", 4)}
