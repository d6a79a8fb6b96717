"""Builders for parser tests: parse a ToR written inline in a test."""

from __future__ import annotations

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
