"""Precision first: values that decide who may apply are never filled from words about something
else, and what the parser is unsure of says so (a warning, a low confidence)."""

from __future__ import annotations

from jpo.vacancy.confidence import INFERRED, LABELLED, STATED, WARNED
from tests.support.tor import parse_text


def test_a_publication_date_beside_the_deadline_is_not_the_deadline() -> None:
    v = parse_text(
        """
        Title: Associate Programme Officer
        Duty Station: Nairobi, Kenya
        Date of publication: 1 March 2026 | Closing date: 30 March 2026, 23:59 Nairobi time
        """
    )
    assert v.closing is not None and v.closing.utc == "2026-03-30T20:59:00Z"
    assert not [w for w in v.warnings if w.field == "closing"]


def test_a_posting_date_after_the_deadline_on_its_line_is_not_the_deadline() -> None:
    v = parse_text(
        """
        Duty Station: Geneva, Switzerland
        Deadline: 15 April 2026 (posted 16 March 2026)
        """
    )
    assert v.closing is not None and v.closing.local.startswith("2026-04-16T00:00")


def test_nationals_a_sentence_excludes_are_never_admitted() -> None:
    v = parse_text(
        """
        Eligibility
        The position is open to Norwegian citizens only. Nationals of Kenya, the host country, are not eligible.
        Candidates must be citizens of Norway and must not be older than 32 years on 31 December 2026.
        """
    )
    assert v.eligibility.nationalities == ["NO"]


def test_all_nationalities_except_one_admits_none_by_name() -> None:
    v = parse_text(
        """
        Eligibility
        Open to nationals of all countries except Kenya and Uganda.
        """
    )
    assert v.eligibility.nationalities == []


def test_the_tors_stated_country_wins_over_the_gazetteer_with_a_warning() -> None:
    v = parse_text(
        """
        Title: Associate Officer
        City: Valencia
        Country: Venezuela
        """
    )
    assert (v.duty_station.city, v.duty_station.country) == ("Valencia", "VE")
    assert v.duty_station.timezone == "America/Caracas"


def test_a_country_the_gazetteer_disputes_is_kept_and_warned() -> None:
    v = parse_text(
        """
        Title: Associate Officer
        Duty Station: Nairobi, Uganda
        """
    )
    assert v.duty_station.country == "UG"
    assert [w for w in v.warnings if w.field == "duty_station.country"]
    assert v.confidence["duty_station.country"] == WARNED


def test_a_supervisors_grade_is_not_the_posts() -> None:
    v = parse_text(
        """
        The JPO will work at the P-2 level under the supervision of a P-4 Human Rights Officer.
        The JPO reports to the Chief of Section (P-5 level).
        """
    )
    assert v.grades == ["P2"]


def test_a_ceiling_on_experience_is_not_its_minimum() -> None:
    v = parse_text(
        """
        Experience
        No more than 5 years of professional experience; at least 2 years of experience in development work.
        """
    )
    assert v.experience.min_years == 2


def test_a_range_of_years_under_an_experience_label() -> None:
    v = parse_text(
        """
        Title: Data Analyst
        Work experience (min.): 3-6 yrs
        """
    )
    assert v.experience.min_years == 3


def test_a_contract_length_is_not_an_application_limit() -> None:
    v = parse_text(
        """
        The appointment is for up to 24 months. Applications are welcome from all eligible candidates.
        Candidates may submit a maximum of two applications per year.
        """
    )
    assert v.eligibility.max_applications_per_year == 2


def test_question_headings_open_their_sections() -> None:
    v = parse_text(
        """
        Title: Associate Climate Officer

        What will you be doing?
        - Support the preparation of climate finance proposals.
        - Monitor the portfolio of adaptation projects.

        Your background should include…
        - A Master's degree in environmental economics.

        Who can apply?
        Dutch nationals not older than 30 years on 1 January 2027.
        """
    )
    assert len(v.duties) == 2
    assert v.education.minimum_level == "master"
    assert v.eligibility.nationalities == ["NL"]


def test_a_spanish_tor() -> None:
    v = parse_text(
        """
        Título del puesto: Oficial Asociado de Programas
        Organismo: PNUD
        Lugar de destino: Bogotá, Colombia
        Duración: dos años
        País donante: España

        Funciones y responsabilidades
        - Apoyar la formulación de proyectos de desarrollo sostenible.
        - Dar seguimiento a los indicadores del programa.

        Requisitos
        Educación: Título de maestría en economía, ciencias políticas o áreas afines.
        Experiencia: Un mínimo de dos años de experiencia profesional.
        Idiomas: Dominio del español y del inglés; el francés es deseable.

        Criterios de elegibilidad
        Nacionalidad española. No haber cumplido 30 años al 31 de diciembre de 2026.

        Fecha límite: 15 de marzo de 2026, a las 23:59 hora de Madrid.
        """
    )
    assert v.title == "Oficial Asociado de Programas"
    assert (v.duty_station.city, v.duty_station.country) == ("Bogotá", "CO")
    assert v.duration_months == 24
    assert v.sponsor_country == "ES"
    assert len(v.duties) == 2
    assert v.education.minimum_level == "master"
    assert v.experience.min_years == 2
    assert sorted(c for group in v.languages.required for c in group) == ["en", "es"]
    assert v.languages.desirable == ["fr"]
    assert v.eligibility.max_age == 29  # not yet turned 30 on the day: at most 29
    assert str(v.eligibility.age_reference_date) == "2026-12-31"
    assert v.closing is not None and v.closing.utc == "2026-03-15T22:59:00Z"


def test_confidence_ranks_labelled_over_running_text_over_inferred() -> None:
    v = parse_text(
        """
        Title: Associate Human Rights Officer
        Duty Station: Geneva, Switzerland

        Eligibility
        Candidates must be nationals of Italy.
        """
    )
    assert v.confidence["title"] == LABELLED
    assert v.confidence["eligibility.nationalities"] == STATED
    assert v.sponsor_country == "IT" and v.confidence["sponsor_country"] == INFERRED


def test_a_sponsor_named_only_by_its_programme_office() -> None:
    v = parse_text(
        """
        Title: Associate Programme Officer
        Sponsor: BFIO
        """
    )
    assert v.sponsor_country == "DE"
    w = parse_text(
        """
        Title: Associate Programme Officer
        Applications are handled by Nuffic, which manages the programme for the donor.
        """
    )
    assert w.sponsor_country == "NL" and w.confidence["sponsor_country"] == INFERRED


def test_organisations_named_in_spanish() -> None:
    v = parse_text(
        """
        Organismo: Programa de las Naciones Unidas para el Desarrollo (PNUD)
        """
    )
    assert v.organization == "UNDP"


def test_a_borderless_two_column_table_reads_as_labels_and_values() -> None:
    v = parse_text(
        """
        Post Title          Associate Data Officer
        Duty Station        Amman, Jordan
        Grade               P-2
        Duration            24 months
        Under the guidance of the Chief  the JPO will support the team.
        """
    )
    assert v.title == "Associate Data Officer"
    assert (v.duty_station.city, v.duty_station.country) == ("Amman", "JO")
    assert v.grades == ["P2"] and v.duration_months == 24
    assert v.confidence["title"] == LABELLED


def test_a_note_after_the_title_is_not_part_of_it() -> None:
    for line in (
        "Title: Associate Economist (open to Dutch nationals only)",
        "Title: Associate Economist – Nairobi, Kenya",
        "Title: Associate Economist, only for candidates sponsored by Norway",
    ):
        assert parse_text(line).title == "Associate Economist", line
    assert parse_text("Title: Associate Officer (Monitoring and Evaluation)").title == (
        "Associate Officer (Monitoring and Evaluation)"
    )
    assert (
        parse_text("Title: Associate Officer, Peace and Security").title
        == "Associate Officer, Peace and Security"
    )


def test_a_title_and_a_unit_wrapped_over_two_lines_are_whole() -> None:
    v = parse_text(
        """
        Title: Associate Programme Officer for Climate
            Finance and Adaptation
        Unit: Regional Bureau for Latin America and
            the Caribbean
        Grade: P-2
        """
    )
    assert v.title == "Associate Programme Officer for Climate Finance and Adaptation"
    assert v.unit == "Regional Bureau for Latin America and the Caribbean"
    w = parse_text(
        """
        Title: Associate Programme Officer
        Supports the regional team.
        """
    )
    assert w.title == "Associate Programme Officer"


def test_a_header_line_that_runs_several_fields_together() -> None:
    v = parse_text(
        """
        Title: Associate Logistics Officer
        Grade: P-2 | Duration: 2 years | Duty Station: Dakar, Senegal
        Reference: WFP/JPO/2026/11; Deadline: 5 May 2026, 17:00 Dakar time
        """
    )
    assert v.grades == ["P2"] and v.duration_months == 24
    assert (v.duty_station.city, v.duty_station.country) == ("Dakar", "SN")
    assert v.reference == "WFP/JPO/2026/11"
    assert v.closing is not None and v.closing.utc == "2026-05-05T17:00:00Z"


def test_a_programme_block_holding_degree_experience_languages_and_age() -> None:
    v = parse_text(
        """
        Title: Associate Officer

        Duties
        - Support the team.

        General conditions
        Candidates must hold a Master's degree in a relevant field and have at least two years of relevant work experience.
        Fluency in English and French is required; knowledge of Spanish is an asset.
        Candidates must not be older than 30 years on 31 December 2026.
        Applicants who have previously worked as a JPO will not be considered.
        """
    )
    assert v.languages.required == [["en"], ["fr"]] and v.languages.desirable == ["es"]
    assert v.education.minimum_level == "master" and v.experience.min_years == 2
    assert v.eligibility.max_age == 30 and v.eligibility.excludes_former_jpo is True


def test_years_written_after_the_word_experience() -> None:
    for text, years in (
        ("Qualifications\nWork experience (min.) 3-6 yrs\nEducation: Master's degree", 3),
        ("Qualifications\nProfessional experience: at least 2 years in programme management.", 2),
        ("Profil\nExpérience professionnelle : au moins 2 ans dans le domaine.", 2),
    ):
        assert parse_text(text).experience.min_years == years, text


def test_two_different_minimum_years_of_experience_warn() -> None:
    v = parse_text(
        """
        Experience
        At least 2 years of professional experience in development cooperation.
        A minimum of 4 years of experience in project management is required.
        """
    )
    assert v.experience.min_years == 2
    assert [w for w in v.warnings if w.field == "experience.min_years"]
    assert v.confidence["experience.min_years"] == WARNED


def test_one_test_given_two_minimum_scores_warns() -> None:
    v = parse_text(
        """
        Eligibility
        Candidates need a TOEFL iBT score of at least 100 or IELTS 7.0.
        Only scores of TOEFL iBT 90 or higher obtained within two years are accepted.
        """
    )
    assert [t.min_score for t in v.eligibility.language_tests if t.test == "TOEFL iBT"] == [100]
    assert [w for w in v.warnings if w.field == "eligibility.language_tests"]


def test_a_territory_named_with_its_country_keeps_the_territory() -> None:
    v = parse_text("Duty Station: Hong Kong SAR, China")
    assert (v.duty_station.city, v.duty_station.country) == ("Hong Kong", "HK")
    assert not [w for w in v.warnings if w.field.startswith("duty_station")]


def test_a_rule_about_age_in_a_nationality_sentence_excludes_no_one() -> None:
    for text, code in (
        (
            "Elegibilidad\nNacionales españoles, que no podrán tener más de 30 años al 31 de diciembre de 2026.",
            "ES",
        ),
        ("Éligibilité\nLes ressortissants français, qui ne sont pas âgés de plus de 30 ans.", "FR"),
    ):
        assert parse_text(text).eligibility.nationalities == [code], text


def test_required_documents_listed_in_prose() -> None:
    v = parse_text(
        """
        Title: Associate Officer

        How to apply
        Applications must include a CV in English, a motivation letter, copies of university diplomas and two
        letters of reference. Send them to jpo@example.org by the deadline.
        """
    )
    assert v.required_documents == [
        "a CV in English", "a motivation letter", "copies of university diplomas", "two letters of reference",
    ]  # fmt: skip
    assert parse_text("How to apply\nPlease submit your application online.").required_documents == []


def test_several_language_tests_in_one_sentence() -> None:
    for text, wanted in (
        ("Minimum scores: TOEFL (iBT) 95 / IELTS 6.5 / TEPS 700; DELF B2 for French.",
         [("TOEFL iBT", 95), ("IELTS", 6.5), ("TEPS", 700), ("DELF", "B2")]),
        ("Un puntaje mínimo de TOEFL iBT de 90 o IELTS de 6.5, y DELE nivel C1.",
         [("TOEFL iBT", 90), ("IELTS", 6.5), ("DELE", "C1")]),
    ):  # fmt: skip
        tests = parse_text("Eligibility\n" + text).eligibility.language_tests
        assert [(t.test, t.min_score) for t in tests] == wanted, text


def test_a_borderless_table_with_one_space_between_label_and_value() -> None:
    v = parse_text(
        """
        TERMS OF REFERENCE
        Post title Associate Programme Officer (Disaster Risk Reduction)
        Post number UNDRR/ROAP/JPO/2026/02
        Duty station Bangkok, Thailand
        Grade P-1 or P-2
        Duration 2 years
        """
    )
    assert v.title == "Associate Programme Officer (Disaster Risk Reduction)"
    assert v.reference == "UNDRR/ROAP/JPO/2026/02"
    assert (v.duty_station.city, v.duty_station.country) == ("Bangkok", "TH")
    assert v.grades == ["P1", "P2"] and v.duration_months == 24
    lone = parse_text("Location matters for this post, which is in Nairobi.\nThe JPO will travel.")
    assert lone.duty_station.city is None  # one line opening with a label's word is no table


def test_an_age_about_the_people_the_post_serves_is_no_age_limit() -> None:
    v = parse_text(
        """
        Duties
        - Support programmes for adolescents younger than 15 in school settings.

        Eligibility
        - Être âgé(e) de 32 ans au plus au 31 décembre 2026.
        """
    )
    assert v.eligibility.max_age == 32


def test_one_programme_degree_without_years_is_no_alternative() -> None:
    v = parse_text(
        """
        Education: Master's degree in public health.

        Eligibility criteria
        Candidates must hold a Master's degree.
        """
    )
    assert v.eligibility.degree_experience == []


def test_facts_written_as_list_items_with_city_and_country_rows() -> None:
    v = parse_text(
        """
        # Oficial Asociado/a de Protección
        - Referencia: SVN 2026/017-JPO
        - Ciudad: Trujillo
        - País: Perú
        - Categoría: P-1
        - Duración del contrato: 12 meses
        """
    )
    assert v.reference == "SVN 2026/017-JPO"
    assert (v.duty_station.city, v.duty_station.country, v.duty_station.timezone) == (
        "Trujillo",
        "PE",
        "America/Lima",
    )
    assert v.grades == ["P1"] and v.duration_months == 12
    duties = parse_text(
        "Duties\n- Coordination: lead the weekly meetings.\n- Reporting: draft the monthly report."
    )
    assert len(duties.duties) == 2


def test_an_earlier_calls_deadline_is_not_this_calls() -> None:
    v = parse_text(
        """
        Duty Station: Tunis, Tunisia
        This post was first advertised in the 2025 round (closing date 3 October 2025) but was not filled.
        """
    )
    assert v.closing is None


def test_former_jpos_excluded_in_a_french_requirement_and_spanish_peninsular_time() -> None:
    v = parse_text(
        """
        Conditions générales
        - Ne pas avoir déjà occupé un poste de JPO, quel que soit le pays donateur.
        Plazo: a más tardar el 15 de marzo de 2026 a las 23:59 horas (hora peninsular española).
        """
    )
    assert v.eligibility.excludes_former_jpo is True
    assert v.closing is not None and v.closing.timezone == "Europe/Madrid"
    assert v.closing.utc == "2026-03-15T22:59:00Z"
