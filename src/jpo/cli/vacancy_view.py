"""Human-readable views of parsed vacancies (rich tables)."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from jpo.contracts.vacancy import Vacancy


def _languages(vacancy: Vacancy) -> str:
    required = " and ".join(" or ".join(group) for group in vacancy.languages.required) or "-"
    desirable = ", ".join(vacancy.languages.desirable)
    return required + (f" (desirable: {desirable})" if desirable else "")


def _education(vacancy: Vacancy) -> str:
    education = vacancy.education
    if education.minimum_level is None:
        return "-"
    text: str = education.minimum_level
    if education.alternative:
        alt = education.alternative
        text += f", or {alt.level} + {alt.extra_experience_years:g} more years of experience"
    if education.enrolled_accepted:
        text += "; enrolled students accepted"
    if education.graduated_within_months:
        text += f"; graduated within {education.graduated_within_months} months"
    return text


def _experience(vacancy: Vacancy) -> str:
    experience = vacancy.experience
    if experience.min_years is None:
        return "-"
    return f"{experience.min_years:g} years" + (" (preferred)" if experience.preferred else "")


def _eligibility_rows(vacancy: Vacancy) -> list[tuple[str, str]]:
    e = vacancy.eligibility
    rows = [("Nationalities", ", ".join(e.nationalities) or "-")]
    if e.max_age is not None:
        on = f" on {e.age_reference_date}" if e.age_reference_date else ""
        rows.append(("Maximum age", f"{e.max_age}{on}"))
    if e.military_service_extension:
        steps = "; ".join(
            f"+{r.extra_years}y if served < {r.served_months_below} months"
            if r.served_months_below
            else f"+{r.extra_years}y otherwise"
            for r in e.military_service_extension
        )
        rows.append(("Military service", steps))
    if e.language_tests:
        tests = ", ".join(f"{t.test} {t.min_score}" for t in e.language_tests)
        valid = f" (valid {e.test_validity_months} months)" if e.test_validity_months else ""
        rows.append(("Language tests", tests + valid))
    if e.max_applications_per_year is not None:
        rows.append(("Applications per year", str(e.max_applications_per_year)))
    if e.excludes_former_jpo:
        rows.append(("Former JPO/YPP", "not eligible"))
    if e.degree_experience:
        rows.append(
            (
                "Programme degrees",
                " or ".join(f"{d.level} + {d.min_years:g}y" for d in e.degree_experience),
            )
        )
    return rows


def _closing(vacancy: Vacancy) -> str:
    if vacancy.closing is None:
        return "-"
    closing = vacancy.closing
    assumed = " (zone assumed)" if closing.timezone_assumed else ""
    return f"{closing.utc} UTC ({closing.local} {closing.timezone}{assumed})"


def show(console: Console, vacancy: Vacancy) -> None:
    """Print one vacancy: its fields, list sizes and warnings."""
    table = Table(title=vacancy.title or "(untitled)", show_header=False, title_justify="left")
    table.add_column("field", style="bold")
    table.add_column("value")
    station = vacancy.duty_station
    rows = [
        ("Reference", vacancy.reference or "-"),
        ("Organization", " / ".join(x for x in (vacancy.organization, vacancy.unit) if x) or "-"),
        ("Duty station", ", ".join(x for x in (station.city, station.country) if x) or "-"),
        ("Grades", ", ".join(vacancy.grades) or "-"),
        ("Duration", f"{vacancy.duration_months} months" if vacancy.duration_months else "-"),
        ("Sponsor", vacancy.sponsor_country or "-"),
        ("Closing", _closing(vacancy)),
        ("Languages", _languages(vacancy)),
        ("Education", _education(vacancy)),
        ("Experience", _experience(vacancy)),
        *_eligibility_rows(vacancy),
        (
            "Lists",
            f"{len(vacancy.duties)} duties, {len(vacancy.learning_elements)} learning elements, "
            f"{len(vacancy.competencies)} competencies, {len(vacancy.required_documents)} documents",
        ),
    ]
    for name, value in rows:
        table.add_row(name, value)
    console.print(table)
    for warning in vacancy.warnings:
        console.print(f"[yellow]warning[/yellow] {warning.field}: {warning.message}")
    by_level = sorted(vacancy.confidence.items(), key=lambda item: item[1])
    unsure = [f"{name} ({level:.2f})" for name, level in by_level if level < 0.6]
    if unsure:
        console.print(f"[yellow]check first[/yellow] (least sure): {', '.join(unsure)}")


def _short_name(name: str | None) -> str:
    """ "000" for "000_2c415e182262a1a3.txt"; other names without their suffix."""
    if not name:
        return "-"
    stem = name.rsplit(".", 1)[0]
    return stem.split("_", 1)[0] if "_" in stem and stem.split("_", 1)[0].isdigit() else stem


def _facts(v: Vacancy) -> list[str]:
    station = ", ".join(x for x in (v.duty_station.city, v.duty_station.country) if x)
    closing = v.closing.utc.replace("T", " ")[:16] + " UTC" if v.closing else "-"
    return [
        _short_name(v.source_file), v.title or "-", v.organization or "-", station or "-",
        v.sponsor_country or "-", closing, str(len(v.duties)), str(len(v.warnings)),
    ]  # fmt: skip


def table(console: Console, vacancies: list[Vacancy]) -> None:
    """One row per vacancy; on a narrow terminal, two lines per vacancy instead of a table."""
    if console.width < 110:
        for name, title, org, station, sponsor, closing, duties, warnings in map(_facts, vacancies):
            console.print(f"[bold]{name}[/bold]  {title}")
            console.print(
                f"      {org} · {station} · sponsor {sponsor} · closes {closing} · "
                f"{duties} duties · {warnings} warnings",
                style="dim",
            )
        return
    out = Table(box=box.SIMPLE_HEAD, padding=(0, 1), expand=True)
    for column in ("File", "Title", "Org", "Duty station", "Sponsor", "Closes", "Duties", "Warn."):
        out.add_column(column, ratio=1 if column == "Title" else None, no_wrap=column != "Title")
    for row in map(_facts, vacancies):
        out.add_row(*row)
    console.print(out)
