"""Wordings met in the `tors15` batch (written by a helper who never read the parser, read as design
material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_time_written_with_a_dot_before_its_zone() -> None:
    v = parse_text(
        "Duty station: Dili, Timor-Leste\n\nThe application period ends at 23.59 (Finnish time, EET) on "
        "Sunday 15 March 2026.\n"
    )
    assert v.closing is not None
    assert (v.closing.timezone, v.closing.utc) == ("Europe/Helsinki", "2026-03-15T21:59:00Z")


def test_a_language_said_to_be_no_requirement() -> None:
    v = parse_text(
        "## Requisitos\n\n**Idiomas.** Dominio del español y del inglés. El conocimiento del italiano no es un "
        "requisito del puesto.\n"
    )
    assert v.languages.required == [["es"], ["en"]]
    assert v.languages.desirable == []


def test_caps_written_in_five_more_ways() -> None:
    said = {
        "Vous pouvez postuler à deux postes au plus dans le cadre de la présente mise au concours.": 2,
        "Each applicant may apply to max. four (4) positions in this round.": 4,
        "Chaque candidat(e) ne peut postuler qu'à un seul poste de l'appel 2027.": 1,
        "Each applicant may apply to one position only in the 2026 round.": 1,
        "Les candidatures portant sur plus de trois postes de la même campagne ne seront pas prises en compte.": 3,
    }
    for sentence, cap in said.items():
        assert parse_text(sentence + "\n").eligibility.max_applications_per_year == cap, sentence
