"""Wordings met in the `tors22` and `tors23` batches (held-out sets s and t until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import cap_read, parse_text


def test_dual_nationals_named_by_a_compound_demonym_cannot_be_candidates() -> None:
    v = parse_text(
        "Conditions\n- être de nationalité française ; les binationaux franco-haïtiens ne peuvent pas être "
        "candidats à ce poste ;\n"
    )
    assert v.eligibility.nationalities == ["FR"]


def test_a_named_degree_or_its_equivalent_stays_at_its_level() -> None:
    v = parse_text(
        "Formation :     Master (ou diplôme universitaire équivalent) en santé publique ou dans un domaine "
        "apparenté.\n"
    )
    assert v.education.minimum_level == "master"


def test_student_jobs_are_no_students() -> None:
    v = parse_text(
        "Eligibility\n- You hold a Master's degree and have at least two years of relevant full-time work "
        "experience (student jobs and internships do not count).\n"
    )
    assert v.education.enrolled_accepted is False


def test_a_degree_obtained_since_at_most_five_years() -> None:
    v = parse_text(
        "Formation : Master en santé publique.\n\nConditions du programme\n- être titulaire d'un master obtenu "
        "depuis cinq ans au plus à la date de clôture ;\n"
    )
    assert v.education.graduated_within_months == 60


def test_french_caps_written_three_ways() -> None:
    beyond = parse_text("- ne pas postuler à plus de trois offres dans le cadre de la campagne 2027.\n")
    only = parse_text(
        "- chaque candidat(e) ne peut présenter que deux candidatures au titre de la campagne 2027.\n"
    )
    answer = parse_text(
        "11. Combien de candidatures puis-je déposer ?\nDeux au maximum par année civile, tous appels confondus.\n"
    )
    assert cap_read(beyond) == ("call", 3)
    assert cap_read(only) == ("call", 2)
    assert cap_read(answer) == ("year", 2)


def test_a_title_with_its_programme_note_on_the_next_line() -> None:
    v = parse_text(
        "AVIS DE VACANCE DE POSTE\nAdministrateur(trice) associé(e) chargé(e) de la réinstallation\n(JEA)\n"
        "Numéro du poste 10249911\n"
    )
    assert v.title == "Administrateur(trice) associé(e) chargé(e) de la réinstallation (JEA)"


def test_a_functional_title_label_of_the_jpo() -> None:
    v = parse_text(
        "Titre fonctionnel du JPO : Analyste de programme - Gouvernance locale\net décentralisation\n"
        "Agence : PNUD (UNDP)\n"
    )
    assert v.title == "Analyste de programme - Gouvernance locale et décentralisation"


def test_grades_under_other_labels_and_a_supervisors_grade_left_out() -> None:
    french = parse_text(
        "Catégorie et classe P-2\nSupérieur hiérarchique Administrateur principal chargé de la protection (P-4)\n"
        "Durée 12 mois\n"
    )
    spanish = parse_text("- **Clasificación:** Personal profesional, grado P-2\n")
    answer = parse_text("3. Quelle est la classe du poste ?\n\nLe poste est classé P-2.\n")
    assert (french.grades, spanish.grades, answer.grades) == (["P2"], ["P2"], ["P2"])


def test_a_portals_closing_time_with_seconds() -> None:
    v = parse_text("Duty station: New Delhi, India\nClosing Date: Apr 13, 2026, 11:59:00 PM\n")
    assert v.closing is not None and v.closing.utc == "2026-04-13T18:29:00Z"


def test_a_vacancy_notice_number_in_a_running_foot_and_no_previous_assignment() -> None:
    v = parse_text(
        "Technical Officer (JPO)\n\nConditions\n   •   no previous assignment as a Junior Professional Officer or "
        "Associate Expert, whatever the sponsoring country.\n\fWHO/SEARO - Vacancy Notice No. 2604411      Page 2 of 2\n"
        "More text.\n\fWHO/SEARO - Vacancy Notice No. 2604411      Page 3 of 3\nEnd.\n"
    )
    assert v.eligibility.excludes_former_jpo is True
    assert v.reference == "2604411"


def test_experience_counted_after_the_first_degree_and_copies_of_degrees_are_no_route() -> None:
    v = parse_text(
        "Conditions of the programme\n   •   a completed Master's degree (or equivalent) and at least two years of "
        "relevant professional experience after the first university degree;\n\nHOW TO APPLY\n"
        "3. copies of your university degrees and transcripts;\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [("master", 2)]
