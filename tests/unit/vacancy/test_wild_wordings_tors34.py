"""Wordings met in the `tors34` and `tors35` batches (held-out sets ae and af until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

import pytest

from tests.support.tor import cap_read, parse_text


def test_a_vacancy_notice_banner_naming_the_programme_is_no_title() -> None:
    v = parse_text(
        """
        **JUNIOR PROFESSIONAL OFFICER VACANCY NOTICE - NORWAY**

        # Junior Professional Officer – Water and Sanitation

        Duties
        - Support the WASH cluster.
        """
    )
    assert v.title == "Junior Professional Officer – Water and Sanitation"


def test_short_names_alone_between_blank_lines_head_sections_by_their_meaning() -> None:
    v = parse_text(
        """
        Intitulé du poste
            Expert associé en gouvernance locale


        Vos missions

          •  Appuyer les communes dans la planification budgétaire ;
          •  Rédiger des notes de synthèse pour le bureau.


        Ce que le poste vous apportera

          •  Une connaissance des instruments de décentralisation ;
          •  Un accès aux formations du bureau.
        """
    )
    assert len(v.duties) == 2
    assert len(v.learning_elements) == 2


def test_years_after_the_word_with_d_un_an_minimum() -> None:
    v = parse_text(
        """
        Profil recherché

          Expérience : une première expérience professionnelle d'un an minimum (stages compris) dans
          le domaine de la justice.
        """
    )
    assert v.experience.min_years == 1


def test_a_bracket_opened_at_the_line_end_carries_the_sentence_on() -> None:
    v = parse_text(
        """
        Conditions d'éligibilité

          - justifier d'un niveau d'anglais C1 par un test récent (TOEFL iBT :
            98, IELTS : 7, TOEIC : 880) ;
        """
    )
    assert [(t.test, t.min_score) for t in v.eligibility.language_tests] == [
        ("TOEFL iBT", 98),
        ("IELTS", 7),
        ("TOEIC", 880),
    ]


@pytest.mark.parametrize(
    ("sentence", "cap"),
    [
        (
            "Chaque candidat(e) peut présenter au plus deux candidatures au titre de la campagne 2027.",
            ("call", 2),
        ),
        ("Cada persona puede presentar a lo sumo tres solicitudes en la convocatoria anual.", ("year", 3)),
    ],
)
def test_a_cap_stated_with_au_plus(sentence: str, cap: tuple[str, int]) -> None:
    assert cap_read(parse_text(f"Conditions\n\n{sentence}\n")) == cap


def test_a_contract_type_label_that_states_a_length() -> None:
    v = parse_text(
        """
        Type of Appointment:
        Fixed term, one year with the possibility of extension
        Duty Station:
        Suva, Fiji
        """
    )
    assert v.duration_months == 12


@pytest.mark.parametrize(
    "sentence",
    [
        "Applicants who will complete their Master's degree by 30 June 2027 are also eligible.",
        "Les candidat(e)s qui obtiendront leur master avant le 1er juillet 2027 peuvent postuler.",
        "Pueden postular quienes finalicen su máster antes del 30 de junio de 2027.",
    ],
)
def test_students_who_will_complete_their_degree(sentence: str) -> None:
    v = parse_text(f"Education\nA Master's degree. {sentence}\n")
    assert v.education.enrolled_accepted is True


def test_a_candidate_who_will_complete_a_test_is_no_student() -> None:
    v = parse_text("Education\nA Master's degree. Shortlisted candidates will complete a written test.\n")
    assert v.education.enrolled_accepted is False


def test_a_document_may_take_more_words_in_a_sentence_listing_them() -> None:
    v = parse_text(
        """
        How to apply
        Please attach your CV in English, a motivation letter (one page) and a copy of your Master's degree
        certificate or a statement of expected graduation from your university.
        """
    )
    assert len(v.required_documents) == 3


@pytest.mark.parametrize("name", ["World Health Organization", "UNICEF"])
def test_an_agency_name_in_bold_opens_no_section_and_the_title_heading_is_found(name: str) -> None:
    v = parse_text(
        f"""
        **{name}**
        Country Office for Nepal
        # Technical Officer (Laboratory Systems)
        Grade: P-2

        Duties
        - Support the national laboratory network.
        """
    )
    assert v.title == "Technical Officer (Laboratory Systems)"


def test_an_intranet_headline_and_a_title_whose_programme_words_wrap() -> None:
    v = parse_text(
        """
        JPO OPPORTUNITY - SWISS-FUNDED POST IN OUR DHAKA OFFICE

        Dear colleagues, the Terms of Reference are copied below.

        Nutrition Specialist (Emergencies), Junior Professional
        Officer
        (open to Swiss citizens only)

        What's in it for you

          • Mentoring by the Chief of Nutrition
          • Participation in the JPO induction
        """
    )
    assert v.title == "Nutrition Specialist (Emergencies), Junior Professional Officer"
    assert len(v.learning_elements) == 2


def test_a_refusal_of_those_holding_both_nationalities_keeps_the_sponsors_admitted() -> None:
    v = parse_text(
        """
        Who can apply?
        - Swiss citizenship;
        - a Master's degree.
        Kenyan nationals, including persons holding both Swiss and Kenyan citizenship, are not eligible for this post.
        """
    )
    assert v.eligibility.nationalities == ["CH"]


def test_no_previous_jpo_assignment_as_an_eligibility_bullet() -> None:
    v = parse_text(
        """
        Who can apply?
        - German citizenship;
        - no previous JPO, Associate Expert or similar assignment funded by any donor.
        """
    )
    assert v.eligibility.excludes_former_jpo is True


def test_documents_of_a_file_named_in_the_sentence_before() -> None:
    v = parse_text(
        """
        Comment postuler ?

        Le dossier se dépose sur la plateforme du ministère. Il comprend votre CV en français, une lettre de
        motivation, la copie de votre diplôme et le formulaire de candidature.
        """
    )
    assert len(v.required_documents) == 4


def test_a_requirements_column_is_no_status_and_fulfulde_in_french() -> None:
    v = parse_text(
        """
        Votre profil

        | Critère | Exigence |
        |---|---|
        | **Langues** | Français courant exigé ; le fulfulde est un atout. |
        """
    )
    assert v.languages.required == [["fr"]]
    assert v.languages.desirable == ["ff"]


def test_the_agencys_announcement_number_before_the_swiss_donors_ddc_reference() -> None:
    v = parse_text(
        """
        Numéro de l'annonce    FAO/MLI/JPO/2027/04
        Référence DDC          7F-10931.02
        Classe                 P-2
        """
    )
    assert v.reference == "FAO/MLI/JPO/2027/04"


def test_the_agencys_code_in_brackets_after_the_donors_number() -> None:
    v = parse_text("Referencia:   AECID-JPO-2027-09 (código UNICEF: PER-JPO-27-03)\nPaís: Perú\n")
    assert v.reference == "PER-JPO-27-03"


def test_a_posting_period_closes_on_its_last_day() -> None:
    v = parse_text(
        """
        Duty Station:
        Suva, Fiji
        Posting Period:
        01.02.2027 – 08.03.2027
        Closing Date:
        08 March 2027
        """
    )
    assert not [w for w in v.warnings if w.field == "closing" and "different" in w.message]


def test_a_birth_date_in_a_sentence_on_the_deadline_is_no_closing_date() -> None:
    v = parse_text(
        """
        Duty station: Nairobi, Kenya
        Closing date: 5 May 2027

        Eligibility
        - Age: 32 or younger as of the application deadline (born on or after 5 May 1994).
        """
    )
    assert not [w for w in v.warnings if w.field == "closing"]


def _closing_warnings(text: str) -> list[str]:
    return [w.message for w in parse_text(text).warnings if w.field == "closing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Candidates must not be older than 32 years of age on 31 December 2027 at the closing date of this call.",
        "Conditions à la date de clôture : être âgé(e) de moins de 31 ans au 31 décembre 2027.",
        "Podrán postular estudiantes que obtengan el título antes del 31 de diciembre de 2027, fecha límite incluida.",
        "Scores must come from a test taken on or after 12 May 2025 (within two years of the deadline).",
        "L'entrée en fonctions est prévue au plus tard le 1er septembre 2027.",
        "An earlier advertisement of this post (deadline 15 January 2027) was withdrawn.",
        "Ce poste avait déjà été publié lors de l'appel 2026 (date limite : 17 octobre 2026).",
        "Este puesto ya fue publicado en la convocatoria 2026 (cierre: 30 de noviembre de 2026).",
        "La relación de personas admitidas se publicará el 25 de mayo de 2027; el plazo de subsanación es de diez días.",
        "Postings are published four weeks before the deadline; this one went online on 1 April 2027.",
    ],
)
def test_other_days_in_sentences_about_the_deadline_are_no_second_closing_date(sentence: str) -> None:
    assert (
        _closing_warnings(f"Duty station: Nairobi, Kenya\nClosing date: 5 May 2027\n\nNotes\n{sentence}\n")
        == []
    )


def test_a_deadline_label_whose_value_follows_is_no_deadline_for_the_date_before_it() -> None:
    text = """
        Lieu:
        Dakar, Sénégal
        Date de publication:
        19/04/2027
        Date limite de candidature:
        05/05/2027, 23:59 (heure de Dakar)
        """
    assert _closing_warnings(text) == []


def test_a_portals_related_calls_are_other_posts() -> None:
    text = """
        Ciudad: Lima
        País: Perú
        Plazo: hasta el 05/05/2027

        CONVOCATORIAS RELACIONADAS

          > Becas de Arte y Cultura 2027
            Plazo: hasta el 30/06/2027
        """
    assert _closing_warnings(text) == []


def test_a_reposting_pages_summary_gives_way_to_the_original_notice() -> None:
    v = parse_text(
        """
        FICHA DE LA OPORTUNIDAD
        Título:          Oficial Asociado/a de Educación (JPO) - UNICEF Bolivia
        Ciudad:          Santa Cruz
        País:            Bolivia

        DESCRIPCIÓN (texto de la convocatoria original)

        Oficial Asociado/a de Educación
        Junior Professional Officer - Programa JPO del Gobierno de Italia

        Lugar de destino: Cochabamba, Bolivia
        """
    )
    assert v.title == "Oficial Asociado/a de Educación"
    assert v.duty_station.city == "Cochabamba"


def test_a_bare_number_under_an_age_label_is_an_age_limit_checked_against_the_others() -> None:
    v = parse_text(
        """
        QUICK FACTS (summary by the job board)
          Age limit ......................... 30 (military service extends it)

        Eligibility
        - Applicants must be 32 or younger as of 31 December 2027.
        """
    )
    assert [w.field for w in v.warnings if "more than one age limit" in w.message] == ["eligibility.max_age"]


def test_a_programmes_heading_above_a_lettered_list_and_documents_after_adjuntarse() -> None:
    v = parse_text(
        """
        Requisitos del puesto
        Educación: Maestría en derecho o áreas afines.

        Requisitos del Programa JPO de la AECID
        a) Tener la nacionalidad española.
        b) Estar en posesión de un título de máster oficial y acreditar una experiencia
           profesional mínima de dos años.

        Documentación
        Deberá adjuntarse: currículum (formato Europass), carta de motivación, copia del
        título de máster y certificado oficial de inglés.
        """
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 2)]
    assert len(v.required_documents) == 4


def test_a_value_under_a_labels_colon_is_no_heading_even_when_it_opens_with_a_sections_word() -> None:
    v = parse_text(
        """
        Categoría:
        P-2
        Tipo de nombramiento:
        Plazo fijo, 24 meses
        Donante:
        Alemania
        """
    )
    assert v.duration_months == 24


def test_inspiras_special_notice_holds_the_donors_conditions() -> None:
    v = parse_text(
        """
        Education
        An advanced university degree (Master's degree or equivalent) in political science is required.

        Special Notice
        This post is funded by the Government of Germany. The following general conditions apply:
        - Applicants must hold a Master's degree and have at least two years of relevant professional experience.
        """
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 2)]


@pytest.mark.parametrize(
    ("sentence", "cap"),
    [
        (
            "La convocatoria es anual. Cada candidato/a podrá solicitar un máximo de tres plazas de la convocatoria.",
            3,
        ),
        ("La convocatoria anual ofrece hasta 25 plazas en organismos de Naciones Unidas.", None),
    ],
)
def test_plazas_as_a_cap_and_the_posts_on_offer(sentence: str, cap: int | None) -> None:
    v = parse_text(f"Requisitos\n\n{sentence}\n")
    assert v.eligibility.max_applications_per_year == cap


def test_a_lower_degree_that_pourra_etre_accepte_a_defaut() -> None:
    v = parse_text(
        """
        Profil

        **Formation** - Master en économie ou domaine apparenté. À défaut, un diplôme de premier cycle (licence)
        assorti de deux années supplémentaires d'expérience pertinente pourra être accepté.
        """
    )
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 2)


def test_a_notice_written_as_the_candidates_questions() -> None:
    v = parse_text(
        """
        1. De quel poste s'agit-il ?

        Il s'agit d'un poste de Jeune expert associé (JPO). La référence de l'ONUSIDA est
        UNAIDS/MLI/JPO/27-02 ; merci de la rappeler dans toute correspondance.

        2. Qui sera mon ou ma responsable ?

        Vous travaillerez sous la supervision du/de la Conseiller(ère) pays (P-4).

        3. Que ferai-je au quotidien ?

           – appuyer la collecte des données ;
           – rédiger des notes d'analyse.

        4. Y a-t-il une limite d'âge ?

        Oui : vous ne devez pas avoir atteint l'âge de 33 ans au 31 décembre 2027.
        """
    )
    assert v.reference == "UNAIDS/MLI/JPO/27-02"
    assert len(v.duties) == 2
    assert v.eligibility.max_age == 32


def test_languages_named_under_a_desirable_qualifications_heading_are_desirable() -> None:
    v = parse_text(
        """
        ### Languages
        - Excellent knowledge (written and spoken) of English.

        ## DESIRABLE QUALIFICATIONS
        - Experience with remote sensing.
        - Knowledge of Portuguese or French.
        """
    )
    assert v.languages.required == [["en"]]
    assert sorted(v.languages.desirable) == ["fr", "pt"]


def test_a_posts_requirements_set_under_a_booklets_documents_section_are_not_documents() -> None:
    v = parse_text(
        """
        1.3  Dossier de candidature

        Le dossier comprend un CV, une lettre de motivation, les copies des diplômes et les certificats de travail.

        Profil recherché
        Formation : master en sciences politiques.

        Compétences
        ▪  Intégrité
        ▪  Professionnalisme
        """
    )
    assert len(v.required_documents) == 4
    assert len(v.competencies) == 2


def test_a_documents_section_whose_paragraph_opens_with_their_series() -> None:
    v = parse_text(
        """
        *Documentación*
        Currículum en inglés (formato P11), carta de motivación en inglés y copia del título de máster, todo a
        través del formulario de la sede electrónica.

        03/02/27, 19:40 - Marta: ¿Hay que traducir el título?

        03/02/27, 19:42 - Luis: No hace falta.

        03/02/27, 19:45 - Marta: Gracias.

        03/02/27, 19:47 - Ana: ¿Y el plazo?
        """
    )
    assert len(v.required_documents) == 3


def test_numbers_whose_punctuation_varies_are_one_list() -> None:
    v = parse_text(
        """
        DOSSIER DE CANDIDATURE

        1. Curriculum vitae en français et en anglais ;
        2) Lettre de motivation ;
        3. Copie du diplôme le plus élevé.
        """
    )
    assert len(v.required_documents) == 3


def test_a_programme_heading_wrapped_in_its_bracket_right_under_a_pages_head() -> None:
    v = parse_text(
        """
        Competencias esenciales
        • Comunicación
        • Trabajo en equipo

        Convocatoria JPO 2027  |  Cooperación Española
        Condiciones generales de la convocatoria (aplicables a
        todas las fichas de puesto)

        1. Titulación: estar en posesión de un título oficial de
        Máster universitario obtenido en los últimos cinco años.
        """
    )
    assert len(v.competencies) == 2
    assert v.education.graduated_within_months == 60


def test_a_digests_featured_post_under_its_table_of_others() -> None:
    v = parse_text(
        """
        NEW POSITIONS – SPRING ROUND 2027
        ---------------------------------

         #  Agency   Duty station              Level  Position                                 Deadline
         1  WHO      Dhaka, Bangladesh         P-2    Technical Officer (Immunization)         12 Apr 2027
         2  UNICEF   Amman, Jordan             P-1    Social Policy Officer                    19 Apr 2027

        ==================================================================
        FEATURED POSITION
        ==================================================================

        Technical Officer (Immunization)
        World Health Organization (WHO)

        Grade: P-2 | Duration: 12 months | Duty station: Dhaka, Bangladesh
        """
    )
    assert v.title == "Technical Officer (Immunization)"
    assert v.grades == ["P2"]


def test_a_forms_grid_of_ticked_competencies_in_two_columns() -> None:
    v = parse_text(
        """
        A3. Grade
            [ ] P-1    [X] P-2

        C5. Competencies (tick a maximum of five)
            [X] Teamwork                          [ ] Managing and sharing knowledge
            [X] Delivering results                [X] Accountability
            [ ] Integrity and transparency        [X] Communication
            [ ] Professionalism
        """
    )
    assert v.competencies == ["Teamwork", "Delivering results", "Accountability", "Communication"]
    assert v.grades == ["P2"]


def test_competency_names_as_labels_under_a_third_level_heading() -> None:
    v = parse_text(
        """
        ### Langues
        La maîtrise de l'anglais est indispensable.
        ### Compétences
        Professionnalisme:
        Connaissance des politiques de transport ; rigueur et respect des délais.
        Travail d'équipe:
        Collabore avec ses collègues pour atteindre les objectifs de l'Organisation.
        Communication:
        S'exprime clairement et efficacement.
        ## Qui peut postuler ?
        - Être de nationalité suisse.
        """
    )
    assert v.competencies == ["Professionnalisme", "Travail d'équipe", "Communication"]


def test_a_programme_heading_whose_bracket_wraps_with_a_hyphen_ends_the_competencies() -> None:
    v = parse_text(
        """
        Compétences requises
        Compétences de base - indicateurs comportementaux de niveau 1 :
        « Travail d'équipe
        « Communication

        Conditions du programme JEA (ministère de l'Europe et des Affaires étran-
        gères)
        Peuvent faire acte de candidature les personnes qui remplissent les condi-
        tions suivantes :
        - être de nationalité française ;
        - avoir moins de 33 ans à la date de clôture des candidatures.
        """
    )
    assert v.competencies == ["Travail d'équipe", "Communication"]


def test_a_candidates_notes_around_a_tor_copied_as_is() -> None:
    v = parse_text(
        """
        # JPO Italia – ACNUR Riohacha (protección)

        > Resumen rápido
        > Puesto P2 en La Guajira, dos años.

        ## TdR (copiado tal cual de la página del Programa JPO de Italia)

        **Título del puesto:** Oficial Asociado/a de Protección (Protección Comunitaria)
        **Categoría:** P2

        ### Competencias

        Rendición de cuentas · Comunicación · Compromiso con el aprendizaje continuo · Orientación al cliente y a los asociados
        """
    )
    assert v.title == "Oficial Asociado/a de Protección (Protección Comunitaria)"
    assert len(v.competencies) == 4


def test_a_year_named_as_a_calls_reference_is_no_reference() -> None:
    v = parse_text("Contexte\n\nLa référence de l'appel est 2027 ; le poste est basé à Dakar.\n")
    assert v.reference is None


def test_a_spanish_resolutions_articles_head_their_sections() -> None:
    v = parse_text(
        """
        SEGUNDO. Requisitos de las personas candidatas

        Podrán participar en la convocatoria las personas que cumplan los siguientes requisitos:

          a) Poseer la nacionalidad española.
          b) Estar en posesión de un título de Máster universitario y acreditar al menos un año de
             experiencia profesional, o bien de un título de Grado y al menos tres años de experiencia.

        TERCERO. Solicitudes y documentación
        """
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [
        ("master", 1),
        ("bachelor", 3),
    ]


def test_a_gazettes_articles_with_their_own_stops_and_the_annexs_learning_elements() -> None:
    v = parse_text(
        """
        Segunda. Requisitos de las personas solicitantes.

        c) Estar en posesión de un título universitario oficial de Máster o equivalente y acreditar al menos
           dos años de experiencia profesional.

        Tercera. Solicitudes y documentación.

        a) Currículum vitae en español y en inglés.
        b) Carta de motivación en inglés.

        Elementos de formación

        - La gestión de proyectos de Naciones Unidas.
        - La coordinación con las autoridades locales.
        """
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 2)]
    assert len(v.required_documents) == 2
    assert len(v.learning_elements) == 2


def test_a_sentence_near_the_end_about_an_original_posting_leaves_the_labels_alone() -> None:
    v = parse_text(
        """
        Title: Associate Protection Officer
        Duty station: Juba, South Sudan

        Duties
        - Support protection monitoring.

        How to apply
        Apply online. This notice replaces the original vacancy announcement, which contained an error.
        Title: see above
        """
    )
    assert v.title == "Associate Protection Officer"
