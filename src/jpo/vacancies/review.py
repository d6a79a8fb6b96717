"""What a programme admin reviews: the vacancies in their scope with their application counts, one
vacancy they manage, and the ToR text its `sources` point into (re-extracted from the kept original,
with the excerpts and highlighted segments of each field's span); flushes nothing, reads only."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from sqlalchemy.orm import Session

from jpo.authz import may_manage_vacancy, require_admin
from jpo.db.models import User, VacancyRow
from jpo.db.repositories import managed_vacancies, status_counts_by_vacancy, vacancy_edits
from jpo.errors import ForbiddenError, JpoError
from jpo.files.store import get
from jpo.vacancies.service import visible_vacancy
from jpo.vacancy.extract import SUFFIXES, extract_bytes


@dataclass(frozen=True)
class ManagedVacancy:
    row: VacancyRow
    applications: int


def vacancies_of_admin(session: Session, *, actor: User) -> list[ManagedVacancy]:
    """The vacancies `actor` manages (their sponsor's, or every one for an unscoped admin), newest first."""
    require_admin(actor)
    rows = managed_vacancies(session, sponsor=actor.sponsor_country)
    counts = status_counts_by_vacancy(session, [row.id for row in rows])
    return [ManagedVacancy(row, sum(counts.get(row.id, {}).values())) for row in rows]


def managed_vacancy(session: Session, *, actor: User, vacancy_id: int) -> VacancyRow:
    """A vacancy `actor` manages; a draft outside their scope is not found, a public one is forbidden."""
    row = visible_vacancy(session, viewer=actor, vacancy_id=vacancy_id)
    if not may_manage_vacancy(actor, row):
        raise ForbiddenError(f"vacancy {vacancy_id} is not in your scope")
    return row


def corrected_fields(session: Session, vacancy_id: int) -> set[str]:
    """The top-level fields an admin has corrected (the service dropped their parser sources then)."""
    edited: set[str] = set()
    for event in vacancy_edits(session, vacancy_id):
        after = (event.detail or {}).get("after")
        edited.update(after if isinstance(after, dict) else ())
    return edited


@lru_cache(maxsize=32)
def _extracted(root: Path, digest: str, fmt: str, max_bytes: int) -> str:
    # Content-addressed: the same digest is always the same bytes, so the text can be kept.
    return extract_bytes(get(root, digest), fmt, max_bytes=max_bytes).text


def source_text(row: VacancyRow, *, data_dir: Path, max_bytes: int) -> str | None:
    """The extracted text of the vacancy's original ToR, which its `sources` offsets point into; None
    when no original is kept or it can no longer be read."""
    document = row.document
    fmt = document.get("source_format") or SUFFIXES.get(
        Path(document.get("source_file") or "").suffix.lower()
    )
    if not row.source_sha256 or not fmt:
        return None
    try:
        return _extracted(data_dir, row.source_sha256, str(fmt), max_bytes)
    except (OSError, JpoError):
        return None


@dataclass(frozen=True)
class Excerpt:
    """A source span with a little of the text around it; `clipped_*` when the text goes on."""

    key: str
    before: str
    marked: str
    after: str
    clipped_before: bool
    clipped_after: bool


def _valid(text: str, start: int, end: int) -> bool:
    return 0 <= start < end <= len(text)


def _left(text: str, start: int, context: int) -> int:
    line = text.rfind("\n", 0, start) + 1
    if start - line <= context:
        return line
    left = start - context
    return text.index(" ", left, start) + 1 if " " in text[left:start] else left


def _right(text: str, end: int, context: int) -> int:
    line = text.find("\n", end)
    line = len(text) if line < 0 else line
    if line - end <= context:
        return line
    right = end + context
    return text.rindex(" ", end, right) if " " in text[end:right] else right


def excerpt(text: str, key: str, start: int, end: int, context: int = 80) -> Excerpt | None:
    """The span [start, end) of `text` with the rest of its line(s), at most `context` characters each
    side, cut at a space; None when the offsets do not fit the text."""
    if not _valid(text, start, end):
        return None
    left, right = _left(text, start, context), _right(text, end, context)
    clipped_before = left > 0 and text[left - 1] != "\n"
    clipped_after = right < len(text) and text[right] != "\n"
    return Excerpt(key, text[left:start], text[start:end], text[end:right], clipped_before, clipped_after)


@dataclass(frozen=True)
class Segment:
    """A stretch of the text: `fields` whose source covers it (highlighted), `starts` beginning here."""

    text: str
    fields: tuple[str, ...]
    starts: tuple[str, ...]


def segments(text: str, spans: dict[str, tuple[int, int]]) -> list[Segment]:
    """`text` cut at every span boundary, each piece knowing which fields' sources cover it."""
    kept = {key: span for key, span in spans.items() if _valid(text, *span)}
    cuts = sorted({0, len(text), *(s for s, _ in kept.values()), *(e for _, e in kept.values())})
    pieces = []
    for start, end in pairwise(cuts):
        covering = tuple(sorted(key for key, (s, e) in kept.items() if s <= start and end <= e))
        starting = tuple(sorted(key for key, (s, _) in kept.items() if s == start))
        pieces.append(Segment(text[start:end], covering, starting))
    return pieces
