"""Wordings met in the `tors12` batch (written by a helper who never read the parser, read as design
material): one test per general rule, on text that is not copied from the batch."""

from __future__ import annotations

from tests.support.tor import parse_text


def test_a_country_inside_a_city_name_is_no_nationality() -> None:
    v = parse_text(
        "Associate Programme Officer\n(open to Danish nationals only; position based in Port of Spain)\n"
    )
    assert v.eligibility.nationalities == ["DK"]


def test_a_tier_of_military_service_as_a_range_of_months() -> None:
    v = parse_text(
        """
        Age: not older than 32 as of 31 December 2026. For applicants who have completed military service
        the limit is raised: +1 year for less than 12 months; +2 years for 12 to 23 months; +3 years for
        24 months or more.
        """
    )
    tiers = [(t.served_months_below, t.extra_years) for t in v.eligibility.military_service_extension]
    assert tiers == [(12, 1), (24, 2), (None, 3)]


def test_a_code_printed_only_in_the_running_foot_is_the_reference() -> None:
    page = "TERMS OF REFERENCE\n\n{body}\n\nUNEP/JPO/IT/2027-03      Page {n} of 3\n"
    bodies = ["Post title: Associate Programme Officer", "Duties: support the team.", "Languages: English."]
    v = parse_text("", pages=[page.format(body=body, n=n) for n, body in enumerate(bodies, 1)])
    assert v.reference == "UNEP/JPO/IT/2027-03"


def test_a_donor_capital_named_in_spanish_gives_the_deadlines_zone() -> None:
    v = parse_text(
        """
        Lugar de destino: Asunción, Paraguay
        Fecha límite: 31 de marzo de 2026, 17:00 horas (hora de Berna)
        """
    )
    assert v.closing is not None
    assert v.closing.timezone == "Europe/Zurich"
    assert v.closing.utc.startswith("2026-03-31T15:00")


def test_spanish_feminine_demonyms() -> None:
    v = parse_text("## Condiciones del programa\n\n- Nacionalidad noruega.\n")
    assert v.eligibility.nationalities == ["NO"]


def test_a_cap_como_maximo_a_dos_puestos() -> None:
    v = parse_text(
        "- Cada persona puede postular como máximo a dos puestos JPO financiados por el programa por año.\n"
    )
    assert v.eligibility.max_applications_per_year == 2


def test_los_siguientes_documentos_after_a_sentence_on_the_same_line() -> None:
    v = parse_text(
        """
        6. Presentación de candidaturas
        Las candidaturas deben enviarse a través del portal a más tardar el 31 de marzo. Se requieren los
        siguientes documentos:
        1) Curriculum vitae.
        2) Carta de motivación.
        3) Copia del pasaporte.
        """
    )
    assert len(v.required_documents) == 3
