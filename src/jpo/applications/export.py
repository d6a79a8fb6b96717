"""A vacancy's applications as CSV for staff in its scope: the ranking's order, pseudonyms (and who each
candidate is only for the programme admins who ask), each export audited with its purpose; every cell
that a spreadsheet could read as a formula is neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.review import decided_by, review_board
from jpo.applications.staff import _name
from jpo.audit.trail import record
from jpo.authz import require_see_identity
from jpo.db.models import Application, ProfileVersion, User
from jpo.vacancies.service import get_vacancy

COLUMNS = ("rank", "candidate", "application", "status", "eligibility", "score", "failing", "submitted_at",
           "decided_by")  # fmt: skip
IDENTITY_COLUMNS = ("name", "email")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ELIGIBILITY = {True: "eligible", None: "undecided", False: "ineligible"}


def safe_cell(value: object) -> str:
    """The value as text a spreadsheet shows as text: a leading = + - @ tab or CR (which could start a
    formula, OWASP's CSV injection) gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """RFC 4180 CSV (CRLF line ends) with every cell made safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([safe_cell(value) for value in row] for row in rows)
    return out.getvalue()


def _identity(session: Session, application: Application) -> list[object]:
    version = session.get(ProfileVersion, application.profile_version_id)
    user = session.get(User, application.user_id)
    return [_name(version.document if version else {}), user.email if user else None]


def export_applications(
    session: Session, *, actor: User, vacancy_id: int, purpose: str, identity: bool = False
) -> str:
    """The vacancy's live applications as CSV, best first. The ranking's read and the export are both
    audited with `purpose`; `identity` (name and e-mail) only for the vacancy's programme admins."""
    if identity:
        require_see_identity(actor, get_vacancy(session, vacancy_id))
    board = review_board(session, actor=actor, vacancy_id=vacancy_id, purpose=purpose)
    query = select(Application.id, Application.submitted_at).where(Application.vacancy_id == vacancy_id)
    dates = {key: at for key, at in session.execute(query)}  # a Result has keys(): dict() would misread it
    rows = []
    for entry in board.applications:
        c = entry.ranked
        key = c.application_id or 0
        submitted = dates[key].isoformat(timespec="seconds")
        row: list[object] = [c.rank, c.candidate, key, entry.status, _ELIGIBILITY[c.eligible],
                             round(c.score * 100), " ".join(c.failing), submitted,
                             decided_by(entry)]  # fmt: skip
        rows.append(row + (_identity(session, session.get_one(Application, key)) if identity else []))
    detail = {
        "format": "csv",
        "applications": [row[2] for row in rows],
        **({"identity": True} if identity else {}),
    }
    record(session, actor_id=actor.id, action="personal_data.exported", subject_type="vacancy",
           subject_id=vacancy_id, reason=purpose, detail=detail)  # fmt: skip
    return csv_text(COLUMNS + (IDENTITY_COLUMNS if identity else ()), rows)


def wants_csv(accept: str) -> bool:
    """Whether an Accept header prefers CSV to JSON (the first of them it names, ignoring weights)."""
    types = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    for media in types:
        if media == "text/csv":
            return True
        if media in ("application/json", "application/*"):
            return False
    return False


def csv_headers(vacancy_id: int) -> dict[str, str]:
    """Headers of a CSV download: a file name, and never cached (personal data)."""
    return {"Content-Disposition": f'attachment; filename="vacancy-{vacancy_id}-applications.csv"',
            "Cache-Control": "no-store"}  # fmt: skip
