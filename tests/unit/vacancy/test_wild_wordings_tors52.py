"""Wordings met in the `ax` and `ay` batches (held out until their one measure), read as design material:
one test per general rule, on text not copied from a batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_military_tiers_listed_after_a_colon_each_count() -> None:
    v = parse_text(
        "Applicants must be 32 or younger on 31 December 2027. Men who served in the armed forces receive an "
        "extension of the age limit: one year for service of less than one year, two years for service of one "
        "year or more but less than two years, and three years for service of two years or more.\n"
    )
    rows = [(r.served_months_below, r.extra_years) for r in v.eligibility.military_service_extension]
    assert rows == [(12, 1), (24, 2), (None, 3)]


def _cap_warnings(text: str) -> tuple[int | None, list[str]]:
    v = parse_text(text)
    warned = [w.message for w in v.warnings if w.field == "eligibility.max_applications_per_year"]
    return v.eligibility.max_applications_per_year, warned


def test_a_cap_in_this_call_with_two_calls_a_year_is_no_yearly_cap() -> None:
    cap, warned = _cap_warnings(
        "Dans le cadre de cet appel, chaque candidat peut postuler à deux postes au maximum. "
        "Le programme lance deux appels par an.\n"
    )
    assert cap is None and any("2 rounds a year" in m for m in warned)


def test_a_cap_in_the_current_round_is_left_empty_with_a_warning() -> None:
    cap, warned = _cap_warnings(
        "Candidates may apply for a maximum of three positions in the current BFIO selection round.\n"
    )
    assert cap is None and any("allows 3 applications per call" in m for m in warned)


def test_a_sections_name_after_a_row_of_facts_heads_its_list() -> None:
    v = parse_text(
        "Associate Programme Officer (Rural Finance)\nGrade P-2\nNuffic file no. NL26-031\nYour tasks\n"
        "- Support the design of rural finance components\n- Analyse portfolio data on savings groups\n"
    )
    assert len(v.duties) == 2
    v = parse_text(
        "Associate Programme Officer\nThe post sits in a team whose\nYour tasks\n- Support the team\n"
    )
    assert v.duties == []  # a sentence left open runs on: no heading


def test_under_the_agencys_name_as_the_top_heading_the_next_heading_is_the_title() -> None:
    v = parse_text(
        "# Haut Commissariat des Nations Unies pour les réfugiés (HCR)\n\n"
        "## Administrateur adjoint de protection (apatridie)\n\n- **Classe :** P-2\n\n"
        "## Le contexte\n\nLe/la JPO rejoindra une équipe de huit personnes et travaillera avec les bureaux\n"
        "régionaux de Dakar, Nairobi et Panama.\n\n## Que ferez-vous ?\n\n1. Analyser les lois.\n"
    )
    assert v.title == "Administrateur adjoint de protection (apatridie)"


def test_a_top_heading_that_names_a_post_is_the_title_whatever_kind_the_model_guesses() -> None:
    v = parse_text(
        "# Administrateur technique adjoint – Santé maternelle, néonatale et infantile\n"
        "Poste de Jeune Expert Associé (JEA/JPO) financé par la France, réservé aux ressortissants français.\n"
        "Classe:\nP-1\n## Contexte\nLe bureau appuie le ministère.\n"
    )
    assert v.title == "Administrateur technique adjoint – Santé maternelle, néonatale et infantile"


def test_an_age_row_names_its_day() -> None:
    v = parse_text(
        "Lieu d'affectation : Bangui\nDate limite : 3 mai 2026\n\nConditions du programme\n\n"
        "- Age maximal : 30 ans à la date de clôture de la présente annonce.\n"
    )
    assert (v.eligibility.max_age, str(v.eligibility.age_reference_date)) == (30, "2026-05-03")


def test_a_label_naming_both_ends_of_a_range_gives_its_minimum() -> None:
    v = parse_text(
        "### Votre profil\n\n- **Expérience professionnelle (min.–max.) :** 2 à 5 ans dans le commerce.\n"
    )
    assert v.experience.min_years == 2
    v = parse_text("Experience (min.-max.): 3 to 6 years of experience in trade.\n")
    assert v.experience.min_years == 3


def test_the_following_documentation_opens_the_list_of_documents() -> None:
    v = parse_text(
        "Las solicitudes se presentarán en la sede electrónica. Se adjuntará la siguiente documentación:\n\n"
        "1) Curriculum vitae en español y en inglés.\n2) Carta de motivación.\n3) Copia del pasaporte.\n"
    )
    assert len(v.required_documents) == 3
