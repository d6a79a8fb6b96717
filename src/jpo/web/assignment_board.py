"""The donor programme's dashboard of assignments (`/admin/assignments`): each assignment in the admin's
scope with its JPO, dates, supervisor and the steps due, overdue ones first; a filter for the overdue."""

from __future__ import annotations

from typing import Annotated

from babel.dates import format_date
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from jpo.assignment.steps import STEP_NAMES
from jpo.assignments.board import board
from jpo.http.deps import DbSession, Now
from jpo.web.assignment import ROLE_NAMES
from jpo.web.auth import WebAdmin
from jpo.web.render import locale_of, render

router = APIRouter(include_in_schema=False)


@router.get("/admin/assignments", response_class=HTMLResponse)
def assignment_board(
    request: Request, admin: WebAdmin, session: DbSession, now: Now,
    overdue: Annotated[str | None, Query(max_length=8)] = None,
) -> HTMLResponse:  # fmt: skip
    """What is due on the assignments the admin's programme funds."""
    locale = locale_of(request)
    today = now.date()
    rows = board(session, viewer=admin, today=today, overdue_only=bool(overdue))

    def day(value: object) -> str:
        return str(format_date(value, "long", locale=locale))  # type: ignore[arg-type]

    shown = [{"row": row, "starts": day(row.assignment.starts_on), "ends": day(row.assignment.ends_on),
              "steps": [{"name": STEP_NAMES[s.code], "party": ROLE_NAMES[s.party], "due": day(s.due_on),
                         "overdue": s.overdue(today), "cycle": s.cycle} for s in row.steps]}
             for row in rows]  # fmt: skip
    return render(request, "assignment/board.html", {"rows": shown, "overdue": bool(overdue)})
