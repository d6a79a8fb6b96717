"""Builders for parser tests: parse a ToR written inline in a test."""

from __future__ import annotations

import re
import textwrap

from jpo.contracts.vacancy import Vacancy
from jpo.vacancy.extract import Extracted
from jpo.vacancy.parse import parse_extracted


def parse_text(text: str, pages: list[str] | None = None) -> Vacancy:
    """Parse `text` (dedented) as a one-page .txt ToR, or `pages` as a multi-page document."""
    if pages is None:
        body = textwrap.dedent(text).strip("\n") + "\n"
        return parse_extracted(Extracted(body, ((0, len(body)),), "txt"))
    spans: list[tuple[int, int]] = []
    joined = ""
    for page in pages:
        start = len(joined)
        joined += textwrap.dedent(page).strip("\n") + "\n"
        spans.append((start, len(joined)))
    return parse_extracted(Extracted(joined, tuple(spans), "pdf"))


_PER_CALL = re.compile(r"allows (\d+) applications per call")


def cap_read(vacancy: Vacancy) -> tuple[str, int] | None:
    """How the parser read a cap on applications: ("year", N) when it filled the yearly cap, ("call", N) when
    it found a cap per call only and left the field empty with a warning naming N, else None."""
    if vacancy.eligibility.max_applications_per_year is not None:
        return ("year", vacancy.eligibility.max_applications_per_year)
    for warning in vacancy.warnings:
        m = _PER_CALL.search(warning.message)
        if warning.field == "eligibility.max_applications_per_year" and m:
            return ("call", int(m.group(1)))
    return None
