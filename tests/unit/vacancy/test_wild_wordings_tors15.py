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
