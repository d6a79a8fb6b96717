"""Wordings met in the `tors20` and `tors21` batches (held-out sets q and r until their one measure, then
read as design material): one test per general rule, on text that is not copied from the batches."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_language_named_in_its_rows_label() -> None:
    v = parse_text(
        "Idiomas - Español: dominio oral y escrito (requerido)\n\nRequisitos del programa\n"
        "d) dominar el inglés y al menos una lengua nacional suiza (alemán, francés o italiano);\n"
    )
    assert sorted(code for group in v.languages.required for code in group) == ["de", "en", "es", "fr", "it"]


def test_language_rows_under_a_languages_label_and_a_language_not_required() -> None:
    rows = parse_text(
        "Langues :  Français : courant (requis)\n           Anglais : bonne maîtrise écrite et orale (requis)\n"
        "           La connaissance du yoruba est un atout.\n"
    )
    not_needed = parse_text(
        "Idiomas: Dominio del español y del inglés (requisito). No se requiere conocimiento del noruego.\n"
    )
    assert sorted(code for group in rows.languages.required for code in group) == ["en", "fr"]
    assert rows.languages.desirable == ["yo"]
    assert "no" not in {code for group in not_needed.languages.required for code in group}


def test_a_requirements_tables_languages_row_under_essential_and_desirable() -> None:
    v = parse_text(
        "# Qualifications\n| Requirement | Essential | Desirable |\n|---|---|---|\n"
        "| Education | A Master's degree in economics. | A specialisation in climate finance. |\n"
        "| Languages | Fluency in English, oral and written. | Working knowledge of French or Spanish. |\n"
    )
    assert v.languages.required == [["en"]]
    assert sorted(v.languages.desirable) == ["es", "fr"]


def test_an_age_at_most_in_french_with_au_maximum() -> None:
    v = parse_text(
        "Conditions\nPour être éligible, le/la candidat(e) doit avoir au maximum 30 ans au 31 décembre 2027.\n"
    )
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (30, "2027-12-31")


def test_a_forms_numbered_questions_and_typed_tick_boxes() -> None:
    v = parse_text(
        "PART A - THE POST\n\nA1. Title of the post (as it should appear in the published vacancy)\n"
        "    Junior Professional Officer - Migration Data\n\n"
        "A4. Host organisation's own reference number for this post\n    IOM-JO-JPO-27-02\n\n"
        "A5. Country of assignment\n    Jordan\n\nA6. Duty station (city)\n    Amman\n\n"
        "A8. Grade at entry\n    [ ] P-1    [X] P-2    [ ] P-1 in year 1, P-2 from year 2\n\n"
        "A9. Duration of the assignment\n    [ ] 1 year    [X] 2 years    [ ] 3 years\n\n"
        "B3. Learning elements: what will the JPO have learned at the end of the assignment?\n"
        "    a) Knowledge of displacement data.\n    b) Coordination skills.\n\n"
        "C4. Languages (tick one box per language)\n                      required     desirable\n"
        "    English              [X]          [ ]\n    Arabic               [ ]          [X]\n"
        "    French               [ ]          [ ]\n"
    )
    assert v.title == "Junior Professional Officer - Migration Data"
    assert v.reference == "IOM-JO-JPO-27-02"
    assert (v.duty_station.city, v.duty_station.country) == ("Amman", "JO")
    assert (v.grades, v.duration_months) == (["P2"], 24)
    assert len(v.learning_elements) == 2
    assert (v.languages.required, v.languages.desirable) == ([["en"]], ["ar"])


def test_a_lone_checklist_box_keeps_its_words() -> None:
    v = parse_text("Duties\n- [ ] Support the data team.\n- [ ] Prepare the monthly report.\n")
    assert len(v.duties) == 2 and v.duties[0].endswith("Support the data team.")


def test_nationals_of_the_country_of_assignment_are_refused() -> None:
    v = parse_text(
        "Duty station: Amman, Jordan\n\nD1. Who can apply?\nThe programme is open to candidates with the Dutch "
        "nationality and to nationals of Jordan, Lebanon and Yemen. Nationals of the country of assignment are "
        "not eligible for a post in their own country.\n"
    )
    assert sorted(v.eligibility.nationalities) == ["LB", "NL", "YE"]


def test_a_notice_number_and_a_donors_code_holding_the_programmes_acronym_are_no_title() -> None:
    v = parse_text(
        "NATIONS UNIES\nAVIS DE VACANCE - JEUNE EXPERT ASSOCIÉ (JEA)\n"
        "Chargé(e) adjoint(e) des affaires civiles - Appui aux autorités\nlocales et cohésion sociale\n"
        "Numéro de l'avis MINUSCA/JEA/2027/09\nRéférence MEAE JEA-2027-CF-021\n\nFonctions\n- Appuyer la section.\n"
    )
    assert (
        v.title
        == "Chargé(e) adjoint(e) des affaires civiles - Appui aux autorités locales et cohésion sociale"
    )


def test_a_national_programmes_banner_is_no_title() -> None:
    v = parse_text(
        "Programme italien de JPO · Nations Unies – DAES\n==============================================\n\n"
        "# Chargé(e) de programme adjoint(e) – Santé reproductive\n\n- **Classe :** P-2\n"
    )
    assert v.title == "Chargé(e) de programme adjoint(e) – Santé reproductive"


def test_the_initial_term_within_a_longer_assignment() -> None:
    v = parse_text(
        "- **Durée :** deux ans (contrat initial d'un an renouvelable, sous réserve de performance)\n"
    )
    assert v.duration_months == 12


def test_documents_as_steps_of_applying_and_after_e_incluyen() -> None:
    steps = parse_text(
        "## Comment postuler ?\n\n1. Remplir le formulaire en ligne.\n2. Joindre un curriculum vitae.\n"
        "3. Joindre une lettre de motivation.\n4. Joindre une copie du diplôme de master.\n"
    )
    includes = parse_text(
        "## Cómo postular\nLas candidaturas se presentan exclusivamente en línea e incluyen:\n"
        "1. Currículum vitae en español o inglés.\n2. Carta de motivación.\n3. Copia de los títulos.\n"
    )
    assert len(steps.required_documents) == 4
    assert len(includes.required_documents) == 3


def test_a_cap_per_round_with_two_rounds_a_year_is_no_yearly_cap() -> None:
    v = parse_text(
        "Reminder: in each round you may apply for up to three positions. The Danish JPO Programme recruits in "
        "two rounds a year (spring and autumn).\n"
    )
    assert v.eligibility.max_applications_per_year is None
    assert any(w.field == "eligibility.max_applications_per_year" for w in v.warnings)


def test_french_age_not_exceeded_and_one_application_whatever_the_post() -> None:
    v = parse_text(
        "Conditions\n- ne pas avoir dépassé l'âge de 32 ans à la date limite de dépôt des candidatures ;\n"
        "Dans le cadre de l'appel annuel 2026, chaque candidat(e) ne peut présenter qu'une seule candidature.\n"
    )
    assert v.eligibility.max_age == 32
    assert v.eligibility.max_applications_per_year == 1


def test_applications_that_must_be_submitted_through_a_website_by_an_hour() -> None:
    v = parse_text(
        "Applications must be submitted online through the JPO Centre's website (www.mofa-irc.example.jp) by "
        "12:00 noon Japan Standard Time (JST) on Friday, 2 April 2027.\n"
    )
    assert v.closing is not None and v.closing.utc == "2027-04-02T03:00:00Z"


def test_an_age_on_the_last_day_of_the_calls_year() -> None:
    v = parse_text(
        "Plazo: 15 de marzo de 2027, 23:59 (hora de Oslo)\n\nRequisitos\n"
        "- Tener 32 años o menos al 31 de diciembre del año de la convocatoria (2027).\n"
    )
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (32, "2027-12-31")


def test_a_word_tables_row_of_two_pairs_parted_by_pipes() -> None:
    v = parse_text(
        "# Key facts\nJob Opening ID | 27-UNFCCC-MIT-JPO-0301 | BFIO file no. | BFIO-JPO-2027-077\n"
        "Duration | 2 years (a third year is possible) | Sponsoring donor | Germany (BMZ, through BFIO)\n"
    )
    assert v.reference == "27-UNFCCC-MIT-JPO-0301"
    assert v.duration_months == 24


def test_a_programmes_conditions_heading_between_two_sentences_of_pdf_text() -> None:
    v = parse_text(
        "Langues La maîtrise du français est exigée. La connaissance du swahili est un atout.\n"
        "Conditions du programme JEA de la France\nPour être éligible, le/la candidat(e) doit :\n"
        "- être titulaire d'un master et justifier d'au moins deux ans d'expérience professionnelle, ou d'une licence\n"
        "et d'au moins quatre ans d'expérience professionnelle ;\n"
    )
    assert [(p.level, p.min_years) for p in v.eligibility.degree_experience] == [
        ("master", 2),
        ("bachelor", 4),
    ]


def test_applications_to_be_lodged_before_a_day_and_hour() -> None:
    v = parse_text(
        "- Date limite : 30/03/2026\n\nLes candidatures doivent être déposées avant le 30 mars 2026 à 12h00 "
        "(heure de Paris).\n"
    )
    assert v.closing is not None
    assert (v.closing.utc, v.closing.timezone) == ("2026-03-30T10:00:00Z", "Europe/Paris")
