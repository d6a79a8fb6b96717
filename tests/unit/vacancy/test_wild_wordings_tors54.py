"""Wordings met in the `az` and `ba` batches (held out until their one measure), read as design material:
one test per general rule, on text not copied from a batch."""

from __future__ import annotations

from tests.support.tor import cap_read, parse_text


def test_a_label_wrapped_over_two_lines_of_a_form_is_one_label() -> None:
    v = parse_text(
        "PUESTO:          Oficial Asociado de Programa\nCATEGORÍA:       P-2\nNº DE VACANTE\n"
        "FAO:             2027-FAO-0042\nREF. AECID:      ES-JPO-27-03\n"
    )
    assert v.reference == "2027-FAO-0042" and v.grades == ["P2"]
    v = parse_text("ASSOCIATE PROGRAMME OFFICER\nGRADE: P-2\n")
    assert v.grades == ["P2"]  # a label known on its own is no wrapped label's end


def test_an_offset_deadline_takes_the_zone_another_sentence_names() -> None:
    v = parse_text(
        "Duty station: Addis Ababa, Ethiopia\nDeadline: May 19, 2027 5:00 PM (GMT+9)\n\n"
        "Applications are received until 5:00 p.m. Korea Standard Time on 19 May 2027.\n"
    )
    assert v.closing is not None and (v.closing.utc, v.closing.timezone) == (
        "2027-05-19T08:00:00Z",
        "Asia/Seoul",
    )
    v = parse_text("Duty station: Addis Ababa\nDeadline: May 19, 2027 5:00 PM (GMT+9)\n")
    assert v.closing is not None and v.closing.timezone == "Etc/GMT-9"


def test_military_tiers_whose_years_close_each_clause() -> None:
    v = parse_text(
        "Age: 32 or under as of 31 December 2027. For male applicants who completed military service, the age "
        "limit is extended as follows: less than 1 year of service, 1 year; 1 year or more but less than 2 years, "
        "2 years; 2 years or more, 3 years.\n"
    )
    rows = [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension]
    assert rows == [(12, 1), (24, 2), (None, 3)]


def test_not_yet_n_years_old_is_at_most_n_minus_one() -> None:
    v = parse_text(
        "Duty station: Suva, Fiji\nClosing date: 26 April 2027\n\n"
        "Candidates must not yet be 33 years old on the closing date of this vacancy.\n"
    )
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (32, "2027-04-26")


def test_the_last_day_to_apply_is_the_deadline() -> None:
    v = parse_text(
        "Duty station: Maputo\nPublished: 9 March 2027 · Last day to apply: 22 March 2027, 23:59\n"
    )
    assert v.closing is not None and v.closing.local.startswith("2027-03-22T23:59")


def test_a_competency_tables_header_row_is_no_competency() -> None:
    v = parse_text(
        "## Competencies\nCompetency: What it looks like\nProfessionalism: Meets deadlines.\n"
        "Teamwork: Works across units.\nCommunication: Writes clearly.\n"
    )
    assert v.competencies == ["Professionalism", "Teamwork", "Communication"]


def test_you_are_not_yet_n_years_old() -> None:
    v = parse_text("Who can apply\n\n- You are not yet 33 years old on 31 December 2027.\n")
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (32, "2027-12-31")


def test_applications_must_include_opens_the_documents_list() -> None:
    v = parse_text(
        "Las candidaturas se presentan en la plataforma y deben incluir:\n\n- Currículum vítae;\n"
        "- Carta de motivación;\n- Copia del título de máster.\n"
    )
    assert len(v.required_documents) == 3


def test_a_cap_within_a_named_campaign_is_a_cap_per_call() -> None:
    v = parse_text(
        "Chaque candidat peut postuler à trois postes au maximum dans le cadre de la campagne JEA 2027.\n"
    )
    assert cap_read(v) == ("call", 3)


def test_a_notices_number_in_its_series_is_no_title() -> None:
    v = parse_text(
        "2027 Korean JPO Programme\nPosition Announcement No. 9 of 12\n\n"
        "JPO in Sustainable Procurement and Infrastructure\n\nUNOPS Req. ID:    31584\nMOFA file no.:    2027-JPO-09\n"
    )
    assert v.title == "JPO in Sustainable Procurement and Infrastructure"
    assert v.reference == "31584"  # the agency's requisition, named with the agency, over the donor's file


def test_a_forwarded_message_is_read_from_the_forward_line() -> None:
    v = parse_text(
        "Estimadas y estimados:\n\nLes reenviamos una nueva vacante.\n\nUn cordial saludo,\nEquipo JPO del BFIO\n\n"
        "---------- Mensaje reenviado ----------\n\nOficial Asociado de Programa (JPO) en Desarrollo Alternativo\n\n"
        "Grado: P-2 | Duración: 2 años\n"
    )
    assert v.title == "Oficial Asociado de Programa (JPO) en Desarrollo Alternativo"


def test_en_su_defecto_opens_the_lower_degrees_route() -> None:
    v = parse_text(
        "### Perfil requerido\n\n**Formación.** Máster en economía o disciplina afín. En su defecto, título de "
        "grado acompañado de dos años adicionales de experiencia profesional pertinente.\n"
    )
    assert v.education.alternative is not None
    assert (v.education.alternative.level, v.education.alternative.extra_experience_years) == ("bachelor", 2)


def test_a_mails_signature_naming_the_programmes_team_is_no_title() -> None:
    v = parse_text(
        "Dear subscriber,\n\nA new vacancy was published today.\n\nKind regards,\n\nThe JPO team\n"
        "Nuffic\n\n------------------------------\n\nVACANCY CODE    NL-JPO-2027-031\n\n"
        "Associate Education Officer (JPO)\nUNRWA Lebanon Field Office\n"
    )
    assert v.title == "Associate Education Officer (JPO)"


def test_n_avoir_pas_encore_atteint_l_age_de() -> None:
    v = parse_text(
        "Conditions du programme\n\n- n'avoir pas encore atteint l'âge de 31 ans au 31 décembre 2027 ;\n"
    )
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (30, "2027-12-31")


def test_a_bare_grado_is_a_bachelors_degree_but_not_a_grade() -> None:
    v = parse_text(
        "REQUISITOS DEL PROGRAMA\n\n  c) Máster y al menos un año de experiencia profesional, o Grado y al\n"
        "     menos tres años de experiencia profesional.\n"
    )
    rows = {(r.level, r.min_years) for r in v.eligibility.degree_experience}
    assert rows == {("master", 1), ("bachelor", 3)}
    assert parse_text("Grado: P-2\nFormación: Máster en economía.\n").education.minimum_level == "master"
