"""Read a ToR into a `jpo.vacancy/1` document: orchestration of extraction, structure and fields."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from jpo.contracts.text import blank_controls
from jpo.contracts.vacancy import Eligibility, ParseWarning, Span, Vacancy
from jpo.vacancy.checks import add_warnings
from jpo.vacancy.columns import side_by_side
from jpo.vacancy.confidence import confidences
from jpo.vacancy.debris import remove_debris
from jpo.vacancy.extract import DEFAULT_MAX_BYTES, Extracted, extract_bytes, extract_file
from jpo.vacancy.fields import (
    age,
    closing,
    education,
    identity,
    items,
    languages,
    place,
    programme,
    sponsor,
)
from jpo.vacancy.fields.context import Context
from jpo.vacancy.lines import split_lines
from jpo.vacancy.messages import notice_lines
from jpo.vacancy.structure import Structure


def _context(extracted: Extracted) -> Context:
    lines, running_heads = remove_debris(notice_lines(split_lines(extracted.text, extracted.pages)))
    return Context(extracted.text, Structure.of(side_by_side(lines)), running_heads=running_heads)


def _eligibility(ctx: Context, deadline: date | None, host_country: str | None) -> Eligibility:
    rule = age.age_rule(ctx, deadline)
    return Eligibility(
        nationalities=sponsor.nationalities(ctx, host_country),
        max_age=rule.max_age,
        age_reference_date=rule.age_reference_date,
        born_on_or_after=rule.born_on_or_after,
        military_service_extension=age.military_service_extension(ctx),
        military_service_required=age.military_service_required(ctx),
        language_tests=programme.language_tests(ctx),
        test_validity_months=programme.test_validity_months(ctx, deadline),
        max_applications_per_year=programme.max_applications_per_year(ctx),
        excludes_former_jpo=programme.excludes_former_jpo(ctx),
        degree_experience=programme.degree_experience(ctx),
    )


def parse_extracted(extracted: Extracted, *, source_file: str | None = None) -> Vacancy:
    """The vacancy a ToR's extracted text describes; never raises on odd text, it warns."""
    # Stray control characters become spaces, which keeps every offset: a document holds none.
    extracted = replace(extracted, text=blank_controls(extracted.text))
    ctx = _context(extracted)
    station = place.duty_station(ctx)
    deadline = closing.closing(ctx, station.timezone, station.city)
    deadline_day = deadline.day() if deadline else None
    eligibility = _eligibility(ctx, deadline_day, station.country)
    vacancy = Vacancy(
        title=identity.title(ctx),
        reference=identity.reference(ctx),
        organization=identity.organization(ctx),
        unit=identity.unit(ctx),
        duty_station=station,
        grades=place.grades(ctx),
        duration_months=place.duration_months(ctx),
        sponsor_country=sponsor.sponsor_country(ctx, eligibility.nationalities),
        closing=deadline,
        languages=languages.languages(ctx),
        education=education.education(ctx),
        experience=education.experience(ctx),
        eligibility=eligibility,
        duties=items.duties(ctx),
        learning_elements=items.learning_elements(ctx),
        competencies=items.competencies(ctx),
        competency_indicators=items.competency_indicators(ctx),
        required_documents=items.required_documents(ctx),
        skills=items.skills(ctx),
        sections=items.sections(ctx),
        source_file=source_file,
        source_format=extracted.format,
    )
    add_warnings(ctx, vacancy)
    vacancy.warnings = [ParseWarning(field=f, message=m) for f, m in ctx.warnings]
    vacancy.sources = {name: Span(start=s, end=e) for name, (s, e) in sorted(ctx.sources.items())}
    vacancy.confidence = confidences(ctx)
    return vacancy


def parse_bytes(data: bytes, format: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Vacancy:
    """Parse a ToR held in memory; `format` is "txt", "md", "pdf", "docx" or "html"."""
    return parse_extracted(extract_bytes(data, format, max_bytes=max_bytes))


def parse_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Vacancy:
    """Parse a ToR file; raises InputError (one line) when the file cannot be read."""
    return parse_extracted(extract_file(path, max_bytes=max_bytes), source_file=path.name)
