"""Wordings met while the `ar` and `as` batches were being written (held out until their one measure), and
in the design batches' remaining documents: one test per general rule, on text not copied from a batch."""

from __future__ import annotations

from jpo.geo.zones import sole_timezone
from jpo.vacancy.parse import parse_bytes
from tests.support.tor import cap_read, parse_text


def test_a_hyphened_city_named_after_its_country_is_a_city() -> None:
    v = parse_text(
        "Lieu d'affectation : Cap-Haïtien, Haïti\nClasse : P-2\n\nLe JPO sera basé à Port-au-Prince.\n"
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Cap-Haïtien", "HT")


def test_a_city_the_gazetteer_does_not_know_takes_its_countrys_only_zone() -> None:
    v = parse_text("Lugar de destino: Cobija, Bolivia\n")
    assert (v.duty_station.city, v.duty_station.timezone) == ("Cobija", "America/La_Paz")
    v = parse_text("Lugar de destino: Comitán, México\n")
    assert v.duty_station.city == "Comitán" and v.duty_station.timezone is None  # Mexico has several


def test_sole_timezone_is_none_where_a_country_has_several() -> None:
    assert sole_timezone("bo") == "America/La_Paz"
    assert sole_timezone("US") is None and sole_timezone("BR") is None


def test_a_list_opened_by_an_ocr_l_is_numbered() -> None:
    v = parse_text(
        "ELEMENTS DE FORMATION\n\n"
        "l. Gestion du cycle de programme en contexte humanitaire\n   (planification, suivi).\n"
        "2. Coordination humanitaire au sein des clusters.\n"
        "3. Normes techniques en situation d'urgence.\n"
    )
    assert len(v.learning_elements) == 3 and v.learning_elements[1].startswith("Coordination")


def test_a_lettered_list_stays_lettered() -> None:
    v = parse_text(
        "Duties\n\na. Support the planning of the programme.\nb. Draft reports.\n   1. quarterly;\n   2. annual.\n"
        "c. Any other duty.\n"
    )
    assert len(v.duties) == 3


def test_the_agencys_vacancy_notice_number_is_the_reference_before_an_unknown_offices() -> None:
    agency = "N° d’avis de vacance OMS : AFRO/27/JPO-MUS-03\n"
    office = "Réf. DCI : JEA-2027-05\n"
    assert parse_text(agency + office + "Classe : P-2\n").reference == "AFRO/27/JPO-MUS-03"
    assert parse_text(office + agency + "Classe : P-2\n").reference == "AFRO/27/JPO-MUS-03"


def test_a_label_in_capitals_names_no_owner() -> None:
    v = parse_text("REFERENCE NUMBER: UNDP/BRB/27/004\nDonor file no.: CZ-27-113\n")
    assert v.reference == "UNDP/BRB/27/004"


def test_bold_headings_under_a_marked_heading_end_where_the_next_marked_heading_starts() -> None:
    v = parse_text(
        "### Vacancy of the week\n\n#### Junior Professional Officer in Governance\n\n"
        "**Competencies UNDP lists**\n\n- Achieve results\n- Think innovatively\n- Learn continuously\n\n"
        "### Links mentioned\n\n- MFA CZ — programme page and FAQ\n- Europass CV builder\n"
    )
    assert v.competencies == ["Achieve results", "Think innovatively", "Learn continuously"]


def test_being_enrolled_is_not_enough() -> None:
    v = parse_text(
        "Education\n- Master's degree in law.\n\n"
        "Can I apply while I'm still writing my thesis? No: the degree must be completed by the closing date;"
        " being enrolled is not enough.\n"
    )
    assert v.education.enrolled_accepted is False
    v = parse_text("Formation\n- Master en droit. Être inscrit·e en master ne suffit pas.\n")
    assert v.education.enrolled_accepted is False


def test_a_post_that_asks_years_of_experience_meets_the_programmes_degree_and_years() -> None:
    both = (
        "Qualifications\n- Master's degree in economics.\n- At least two years of relevant professional experience.\n\n"
        "JPO Programme eligibility\n- A Master's degree and at least two years of relevant work experience.\n"
    )
    v = parse_text(both)
    assert v.eligibility.degree_experience and v.experience.min_years == 2
    assert not [w for w in v.warnings if w.field == "eligibility.degree_experience"]
    looser = both.replace("At least two years", "At least one year")
    assert [w for w in parse_text(looser).warnings if w.field == "eligibility.degree_experience"]


def test_a_shows_heading_gives_way_to_the_heading_below_that_names_the_post() -> None:
    v = parse_text(
        "# Careers Corner — a podcast about working abroad\n\n## Ep. 12 · The Finnish JPO programme, explained\n\n"
        "Our guest runs the programme.\n\n### Timestamps\n\n- 00:02:10 – Who can apply.\n\n"
        "### Post of the week\n\n#### Junior Professional Officer (JPO) in Climate Finance\n\n"
        "| | |\n|---|---|\n| Organisation | UNDP |\n| Grade | P-2 |\n"
    )
    assert v.title == "Junior Professional Officer (JPO) in Climate Finance"


def test_a_heading_in_capitals_right_after_a_lists_last_item_opens_its_section() -> None:
    v = parse_text(
        "COMPETENCIAS\n• Trabajo en equipo\n• Comunicación\n• Intercambio de conocimientos y mejora continua\n"
        "CONDICIONES DEL PROGRAMA JPO NEERLANDÉS\n"
        "Las candidatas y los candidatos deben poseer un título de maestría y al menos dos años de experiencia"
        " laboral remunerada y pertinente.\n"
    )
    assert len(v.competencies) == 3
    assert [(d.level, d.min_years) for d in v.eligibility.degree_experience] == [("master", 2)]


def test_a_test_that_must_not_be_older_than_a_period() -> None:
    v = parse_text(
        "Eligibility\n- English at C1 level, proven by IELTS Academic (min. 7.0) or TOEFL iBT (min. 95); the test must"
        " not be older than two years on the application deadline.\n"
    )
    assert v.eligibility.test_validity_months == 24


def test_an_abbreviated_age_row_and_the_rules_age_are_both_age_limits() -> None:
    v = parse_text(
        "Ciudad: Cusco\nEdad máx.: 30 años\n\nRequisitos del programa\n"
        "- Edad: no más de 32 años en la fecha de cierre de la convocatoria (28 de marzo de 2027).\n"
    )
    assert any(w.field == "eligibility.max_age" for w in v.warnings)
    assert parse_text("Max. age: 30 years\n").eligibility.max_age == 30


def test_a_deadline_told_in_the_past_is_no_closing_date() -> None:
    v = parse_text(
        "¿Cómo postular?\nLas candidaturas se presentan en el plazo que fije el Ministerio para la convocatoria 2027."
        " A título indicativo, en la convocatoria de 2026 el plazo venció el 12 de mayo de 2026 a las 12:00"
        " (hora de Japón).\n"
    )
    assert v.closing is None and v.reference is None
    v = parse_text(
        "Lugar de destino: Lima, Perú\n"
        "El plazo de presentación finaliza a las 14:00 horas del 26 de febrero de 2027 (en la convocatoria de 2026"
        " el plazo finalizó el 27 de febrero).\n"
    )
    assert v.closing is not None and v.closing.utc.startswith("2027-02-26")


def test_a_cap_per_call_is_left_empty_with_a_warning_unless_the_text_says_one_call_a_year() -> None:
    cap = "Conditions\n- Vous pouvez postuler à trois offres au plus dans le cadre de la présente campagne.\n"
    v = parse_text(cap)
    assert cap_read(v) == ("call", 3)
    v = parse_text(cap + "- Le ministère publie un seul appel par année.\n")
    assert v.eligibility.max_applications_per_year == 3
    assert not any(w.field == "eligibility.max_applications_per_year" for w in v.warnings)


def test_dual_nationals_who_will_not_be_assigned_to_the_country_keep_the_sponsors_nationality() -> None:
    v = parse_text(
        "General conditions\n  1) Saudi nationality. Saudi nationals who also hold Lebanese\n"
        "     nationality will not be assigned to Lebanon.\n"
    )
    assert v.eligibility.nationalities == ["SA"]


def test_one_application_per_candidate_per_year() -> None:
    v = parse_text("General conditions\n  7) One application per candidate per year.\n")
    assert v.eligibility.max_applications_per_year == 1


def test_a_title_in_capitals_cut_at_a_dash_goes_on_in_the_next_line() -> None:
    v = parse_text(
        "DUTIES\n- Support the office.\n\n"
        "JUNIOR PROFESSIONAL OFFICER, ECONOMIC AFFAIRS -\nLOCAL ECONOMIC DEVELOPMENT\n"
        "(open to Saudi nationals only)\n\nGrade: P-2\n"
    )
    assert v.title is not None and v.title.endswith("AFFAIRS - LOCAL ECONOMIC DEVELOPMENT")


def test_failing_that_opens_a_second_degree_route_with_its_own_years() -> None:
    v = parse_text(
        "Conditions du programme JPO norvégien\n- Formation et expérience : un master et au moins deux ans"
        " d'expérience professionnelle pertinente ; à défaut, une licence (bachelor) et au moins quatre ans"
        " d'expérience pertinente.\n"
    )
    assert {(d.level, d.min_years) for d in v.eligibility.degree_experience} == {
        ("master", 2),
        ("bachelor", 4),
    }


def test_a_city_named_like_another_country_before_its_own_country_is_a_city() -> None:
    v = parse_text("Lugar de destino: Granada (Nicaragua)\nCategoría: P-1\n")
    assert (v.duty_station.city, v.duty_station.country) == ("Granada", "NI")


def test_what_the_post_consists_of_is_the_duties() -> None:
    v = parse_text(
        "## ¿En qué consiste el puesto?\n- Apoyar la planificación de las obras.\n- Preparar informes para el donante.\n"
    )
    assert len(v.duties) == 2


def test_only_one_application_per_call_in_a_yearly_call() -> None:
    v = parse_text(
        "Condiciones generales\n- Solo se puede presentar una candidatura por convocatoria; la convocatoria es anual.\n"
    )
    assert v.eligibility.max_applications_per_year == 1
    assert not any(w.field == "eligibility.max_applications_per_year" for w in v.warnings)


def test_a_line_of_facts_with_labels_in_bold_and_no_colons() -> None:
    v = parse_text(
        "# Économiste associé·e (JPO)\n\n**Classe** P-2 · **Durée** 2 ans · **Clôture** 15/10/2027 · **Âge max.** 32 ans\n"
    )
    assert v.duration_months == 24 and v.grades == ["P2"] and v.eligibility.max_age == 32
    # a letterhead's names are no labels with values
    v = parse_text(
        "Organización Internacional del Trabajo · Oficina Regional para América Latina y el Caribe\n"
    )
    assert v.unit != "Regional para América Latina y el Caribe"


def test_an_organization_named_again_beside_its_parents_is_the_host() -> None:
    v = parse_text("Organisation .......... Centre du commerce international (ITC / CNUCED-OMC)\n")
    assert v.organization == "ITC"


_SHOT_TOP = "9:41                               4G  87 %\n<  Offre                                  :\n   Détails        Profil        Postuler\n"
_SHOT_FOOT = "\n         ┌──────────────────────┐\n         │       Postuler       │\n         └──────────────────────┘\n"


def test_screenshots_lose_their_furniture_and_the_lines_they_repeat() -> None:
    v = parse_text(
        _SHOT_TOP
        + "Informations clés\nIntitulé            Administrateur auxiliai…\nRéf. de l'offre     2027/ONUDI/JPO/017\n"
        "Réf. DAES           IT-JPO-27-088\n\nIntitulé complet du poste\nAdministrateur auxiliaire (JPO) en\n"
        "développement industriel\n\nCe que vous apprendrez\n• la gestion du cycle de projet ;\n"
        "• le dialogue politique avec les\n  autorités nationales ;\n"
        + _SHOT_FOOT
        + _SHOT_TOP
        + "• le dialogue politique avec les\n  autorités nationales ;\n• les outils d'évaluation ;\n"
        "• le travail en équipe.\n\nProfil recherché\nFormation : master en ingénierie.\n" + _SHOT_FOOT
    )
    assert v.title == "Administrateur auxiliaire (JPO) en développement industriel"
    assert v.reference == "2027/ONUDI/JPO/017"
    assert len(v.learning_elements) == 4


def test_a_sentence_ending_on_an_article_runs_on_to_its_last_word_before_a_colon() -> None:
    v = parse_text(
        "Vos missions\nSous la supervision du Représentant régional (P-5), le/la\nJPO :\n"
        "• appuie la formulation des projets ;\n• contribue à l'analyse des politiques ;\n"
    )
    assert len(v.duties) == 2


def test_one_of_a_lists_posts_is_a_banner_over_the_title() -> None:
    v = parse_text(
        "[18/02/2027, 21:40] Jonas Berg: Forwarded\nJPO POSITIONS 2027 – NORAD (no. 2 of 11)\n\n"
        "Junior Professional Officer – Programme Officer, Climate Finance\n(open to Norwegian citizens only)\n\n"
        "Organisation: UN Climate Change (UNFCCC secretariat)\nGrade: P-2\n"
    )
    assert v.title == "Junior Professional Officer – Programme Officer, Climate Finance"


def test_a_programmes_name_in_capitals_is_no_title_and_a_job_description_banner_heads_the_title() -> None:
    v = parse_text(
        "             JUNIOR PROFESSIONAL OFFICER (JPO) PROGRAMME\n                 OF THE REPUBLIC OF KOREA - 2027\n\n"
        "   JOB DESCRIPTION\n\n   Junior Professional Officer (Urban Resilience\n   and Local Governance)\n\n"
        "   Grade:                P-2\n\n   l. BACKGROUND\n\n   UN-Habitat has been present in Lebanon since 2006.\n\n"
        "   2. DUTIES AND RESPONSIBILITIES\n\n   l.  Support the preparation of neighbourhood profiles;\n"
        "   2.  Perform other related duties as required.\n"
    )
    assert v.title == "Junior Professional Officer (Urban Resilience and Local Governance)"
    assert len(v.duties) == 2 and not any("BACKGROUND" in d for d in v.duties)


def test_a_degrees_age_in_a_sentence_of_its_own() -> None:
    v = parse_text(
        "Formation ....... Master en sciences sociales. Le diplôme doit avoir été obtenu il y\n"
        "                  a moins de quatre ans à la date limite.\n"
    )
    assert v.education.graduated_within_months == 48


def test_a_bullet_ocr_reads_as_e_among_bullets() -> None:
    v = parse_text(
        "FUNCIONES\n\n  •  Apoyar la elaboración de estudios;\n  •  Redactar insumos para publicaciones;\n"
        "  e  Dar seguimiento a la cooperación con la academia;\n  •  Realizar otras tareas afines.\n"
    )
    assert len(v.duties) == 4


def test_documents_an_application_must_include_in_prose() -> None:
    v = parse_text(
        "PRESENTACIÓN DE CANDIDATURAS\n\nLas candidaturas deben incluir un curriculum vitae en inglés, una carta de"
        " motivación y copia de los títulos universitarios, y enviarse a través del portal del Ministerio.\n"
    )
    assert len(v.required_documents) == 3 and v.required_documents[0] == "un curriculum vitae en inglés"


def test_a_cap_in_a_call_named_by_its_year_is_a_cap_per_call() -> None:
    v = parse_text("Eligibility\n- You can apply for a maximum of three JPO positions in the 2027 call.\n")
    assert any(w.field == "eligibility.max_applications_per_year" for w in v.warnings)


def test_your_day_to_day_and_you_bring_head_the_duties_and_the_profile() -> None:
    v = parse_text(
        "## Your day-to-day\n\n- Monitor human rights developments;\n- Draft briefing notes;\n\n"
        "## You bring\n\n**Education.** An advanced university degree (Master's degree or equivalent) in law.\n\n"
        "**Languages.** Fluency in English is required.\n"
    )
    assert len(v.duties) == 2 and v.education.minimum_level == "master"
    assert v.languages.required == [["en"]]


def test_an_faq_pages_answers_give_the_facts() -> None:
    html = (
        "<html><body><h1>JPO in Rural Finance</h1><h2>About the position</h2>"
        "<details><summary>What is the vacancy reference?</summary><p>The IFAD vacancy number is ESA/JPO/2027/06."
        " Nuffic uses its own file number in its correspondence.</p></details>"
        "<h2>Who can apply?</h2><details><summary>What are the programme's minimum requirements?</summary>"
        "<p>The Dutch JPO Programme asks for a Master's degree and at least two years of relevant paid work"
        " experience.</p></details><details><summary>How many vacancies can I apply for?</summary><p>The Dutch JPO"
        " Programme publishes one round of vacancies per year. In the 2027 round you may apply for a maximum of two"
        " positions.</p></details><details><summary>Which documents do I need?</summary><p>Upload:</p><ul>"
        "<li>your CV;</li><li>a motivation letter;</li><li>a copy of your passport.</li></ul></details></body></html>"
    )
    v = parse_bytes(html.encode(), "html")
    assert v.reference == "ESA/JPO/2027/06"
    assert [(d.level, d.min_years) for d in v.eligibility.degree_experience] == [("master", 2)]
    assert v.eligibility.max_applications_per_year == 2
    assert len(v.required_documents) == 3


def test_an_ocr_notices_number_and_an_age_they_must_not_exceed() -> None:
    v = parse_text(
        "   Anuncio N.°: OMM/RA3/JPO/2027-02          Ref. BFIO: 2027-D-0341\n\n"
        "   Fecha de cierre:     31 de marzo de 2027, 12:00 horas (hora de Berlin)\n\n"
        "   REQUISITOS DEL PROGRAMA ALEMAN DE JPO\n\n"
        "   Por regla general, los candidatos no deben tener mas de 32 años\n"
        "   en la fecha de cierre de la convocatoria.\n"
    )
    assert v.reference == "OMM/RA3/JPO/2027-02"
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (32, "2027-03-31")


def test_scores_stated_before_their_tests() -> None:
    v = parse_text(
        "Conditions du programme JPO\n- justifier d'un niveau d'anglais C1 : score minimal de 7,0 à l'IELTS (Academic)"
        " ou de 880 au TOEIC (Listening & Reading), test passé depuis moins de deux ans à la date limite ;\n"
    )
    assert {(t.test, t.min_score) for t in v.eligibility.language_tests} == {("IELTS", 7), ("TOEIC", 880)}


def test_a_summarys_age_in_an_infinitive_rule_against_the_notices_own() -> None:
    v = parse_text(
        "Rappel des conditions principales :\n  * avoir 32 ans au plus au 31 décembre 2027 ;\n  * maîtriser l'anglais.\n\n"
        "Votre mission\n-------------\n\n  1. Appuyer la planification du programme.\n  2. Contribuer à l'analyse des"
        " données.\n\nConditions générales du programme néerlandais\n----------------------------------------------\n\n"
        "Les candidat·e·s doivent être âgé·e·s de 30 ans au plus au 31 décembre 2027.\n"
    )
    assert any(w.field == "eligibility.max_age" for w in v.warnings)
    assert len(v.duties) == 2


def test_a_title_in_capitals_goes_on_from_a_small_word_and_an_age_limit_row() -> None:
    v = parse_text(
        "Programme des Jeunes Experts Associés (JEA/JPO) – Appel 2027\n\n"
        "JEUNE EXPERT·E ASSOCIÉ·E – SANTÉ SEXUELLE ET REPRODUCTIVE\nDES ADOLESCENT·E·S ET DES JEUNES\n"
        "(poste réservé aux ressortissant·e·s luxembourgeois·es)\n\n"
        "Classe : P-1 | Durée : 12 mois | Clôture : 29 mars 2027 | Limite d'âge : 32 ans\n\n"
        "Conditions du programme\n  – avoir 30 ans au plus au 31 décembre 2027 ;\n"
    )
    assert v.title is not None and v.title.endswith("REPRODUCTIVE DES ADOLESCENT·E·S ET DES JEUNES")
    assert any(w.field == "eligibility.max_age" for w in v.warnings)


def test_a_lists_first_item_numbered_one_under_a_numbered_heading_and_a_titles_area_after_its_bracket() -> (
    None
):
    v = parse_text(
        "Post title              Associate Technical Officer (Junior Professional\n"
        "                        Officer) - GHG Reduction from Ships\n"
        "Grade                   P-2\n\n"
        "7.  REQUIRED DOCUMENTS\n\n 1. Personal History Profile (PHP) completed in the Online Application\n"
        "    System, with a motivation letter in English;\n 2. Copy of the Resident Registration (in English);\n"
        " 3. Copies of university degree certificates;\n\n8.  HOW TO APPLY\n\nApply online.\n"
    )
    assert v.title == "Associate Technical Officer (Junior Professional Officer) - GHG Reduction from Ships"
    assert len(v.required_documents) == 3


def test_a_correction_quoting_the_deadline_overrides_the_forwarded_one() -> None:
    v = parse_text(
        "[18/02/2027, 21:40] Jonas Berg: Forwarded\nPlace of assignment: Bonn, Germany\n"
        "Deadline: 14 March 2027, 23:59 (Oslo time)\n"
        "[24/02/2027, 10:05] Ingrid Solheim: CORRECTION – Bonn post (UNFCCC)\n"
        "Jonas's forward above has the wrong deadline. The official notice reads:\n"
        '"Applications must be submitted by 12:00 noon (Oslo time) on Friday 12 March 2027."\n'
    )
    assert v.closing is not None and v.closing.utc.startswith("2027-03-12T11:00")
    assert any(w.field == "closing" for w in v.warnings)


def test_a_title_set_in_bold_over_two_chat_lines_is_one_title() -> None:
    v = parse_text(
        "[18/02/2027, 21:40] Jonas Berg: Forwarded\n*JPO POSITIONS 2027 – NORAD* (no. 2 of 11)\n\n"
        "*Junior Professional Officer – Programme Officer, Enhanced*\n*Transparency Framework*\n"
        "(open to Norwegian citizens only)\n\nOrganisation: UN Climate Change (UNFCCC secretariat)\n"
    )
    assert v.title == "Junior Professional Officer – Programme Officer, Enhanced Transparency Framework"


def test_the_next_numbered_heading_may_be_long_when_it_names_a_section() -> None:
    v = parse_text(
        "5. Competencias\n- Trabajo en equipo\n- Comunicación\n- Uso eficaz de los recursos\n"
        "6. Condiciones generales del Programa JPO de la Cooperación Española\n"
        "- Estar en posesión de un título de máster y acreditar al menos dos años de experiencia profesional, o de un"
        " título de grado y al menos cinco años de experiencia profesional.\n"
    )
    assert len(v.competencies) == 3
    assert {(d.level, d.min_years) for d in v.eligibility.degree_experience} == {
        ("master", 2),
        ("bachelor", 5),
    }


def test_a_dotted_leader_before_a_colon_and_years_in_brackets() -> None:
    v = parse_text(
        "Intitulé du poste ............ : Expert·e associé·e – Services financiers postaux\n\n"
        "Expérience : une première expérience professionnelle (un à trois ans) dans le secteur financier\n"
        "est souhaitée.\n"
    )
    assert v.title == "Expert·e associé·e – Services financiers postaux"
    assert (v.experience.min_years, v.experience.preferred) == (1, True)


def test_years_in_an_experience_label_and_an_age_that_is_of_so_many_years() -> None:
    v = parse_text(
        "PERFIL REQUERIDO\n\nExperiencia laboral (min.) 2 años: experiencia profesional en gestion del agua.\n\n"
        "CONDICIONES DEL PROGRAMA SUECO\n\nLa edad maxima es de 31 años al cierre de la convocatoria.\n"
    )
    assert v.experience.min_years == 2 and v.eligibility.max_age == 31


def test_not_open_to_people_who_have_already_served_as_a_jpo() -> None:
    v = parse_text(
        "Who can apply?\n- Not open to people who have already served as a JPO, whatever the donor.\n"
    )
    assert v.eligibility.excludes_former_jpo is True


def test_a_mark_of_another_kind_after_prose_ends_the_list() -> None:
    v = parse_text(
        "Documents à téléverser (format PDF, 5 Mo maximum chacun)\n1) CV en anglais ;\n2) lettre de motivation ;\n"
        "3) copie du diplôme de master ;\n4) copie de la carte d'identité belge.\n\n"
        "Pour toute question : jpo@diplobel.fed.be.\n* Indique une question obligatoire\nAdresse e-mail *\n"
    )
    assert len(v.required_documents) == 4
