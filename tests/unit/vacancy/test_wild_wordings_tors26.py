"""Wordings met in the `tors26` and `tors27` batches (held-out sets w and x until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_the_duty_stations_nationals_including_dual_nationals_are_refused() -> None:
    v = parse_text(
        "To be considered you must:\n- hold Irish citizenship;\n\nKenyan nationals, including dual Irish-Kenyan "
        "citizens, cannot be considered for this post.\n"
    )
    assert v.eligibility.nationalities == ["IE"]


def test_a_spanish_test_score_after_con_una_puntuacion_minima() -> None:
    v = parse_text(
        "Requisitos\n- Inglés acreditado con IELTS Academic con una puntuación mínima de 6,5 o TOEFL iBT con 90 "
        "puntos.\n"
    )
    assert {(t.test, t.min_score) for t in v.eligibility.language_tests} == {
        ("IELTS", 6.5),
        ("TOEFL iBT", 90),
    }


def test_a_shortlists_size_is_no_cap() -> None:
    v = parse_text(
        "Procedimiento\nLa AECID realizará una preselección de un máximo de cinco candidaturas, que remitirá al "
        "organismo.\n"
    )
    assert v.eligibility.max_applications_per_year is None


def test_a_university_degree_at_an_advanced_level_is_a_masters() -> None:
    v = parse_text("Educación: Título universitario de nivel avanzado (maestría) en salud pública.\n")
    assert v.education.minimum_level == "master"


def test_a_title_run_on_into_who_may_apply() -> None:
    v = parse_text(
        "Position title: Programme Policy Officer (Social Protection) Open to Irish citizens only - see Section 7\n"
    )
    assert v.title == "Programme Policy Officer (Social Protection)"


def test_former_jpos_in_french_and_spanish() -> None:
    french = parse_text(
        "Conditions\n- Les ancien(ne)s JPO, quel que soit le donateur, ne sont pas éligibles.\n"
    )
    spanish = parse_text(
        "Requisitos\nf) No haber desempeñado con anterioridad un puesto de JPO o de experto/a asociado/a.\n"
    )
    assert french.eligibility.excludes_former_jpo is True
    assert spanish.eligibility.excludes_former_jpo is True


def test_documents_to_upload_in_prose_and_a_french_dossier_that_goes_on() -> None:
    upload = parse_text(
        "7. How to apply\nApply only through the portal. Upload your CV, a motivation letter and copies of your "
        "diplomas in one PDF file.\n"
    )
    dossier = parse_text(
        "  Candidature\n  Les dossiers doivent comprendre un curriculum vitae détaillé, une lettre de motivation ainsi "
        "qu'une copie du diplôme de master, et être envoyés par courriel avant la date limite.\n"
    )
    assert len(upload.required_documents) == 3
    assert len(dossier.required_documents) == 3
    assert not any("envoy" in item for item in dossier.required_documents)
