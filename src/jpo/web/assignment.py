"""The assignment's pages: the list of one's assignments, and one assignment's record with the steps due
and its areas (work plan, supervision, evaluations, extension, report), over the same services as the API;
the host agency or the donor names the supervisor here."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from babel.dates import format_date
from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.assignment.steps import STEP_NAMES
from jpo.assignments.access import Standing, standing
from jpo.assignments.due import due_steps
from jpo.assignments.records import assignments_for, name_supervisor
from jpo.contracts.text import NAME
from jpo.db.models import User
from jpo.errors import InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.web.auth import WebPerson
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
Email = Annotated[str, Form(max_length=NAME)]

# The areas of an assignment, in the order of its life: path, name, and whether only those who follow it
# (the JPO, the supervisor, the donor's admins) open it, not the host's other reviewers.
AREAS = (
    ("work-plan", N_("Work plan"), True),
    ("supervision", N_("Supervision"), True),
    ("evaluations", N_("Performance evaluations"), True),
    ("extension", N_("Extension"), False),
    ("report", N_("End-of-assignment report"), True),
)
ROLE_NAMES = {"jpo": N_("JPO"), "supervisor": N_("Supervisor"), "donor": N_("Donor programme"),
              "host": N_("Host agency")}  # fmt: skip


def _day(day: date, locale: str) -> str:
    return str(format_date(day, "long", locale=locale))


@router.get("/assignments", response_class=HTMLResponse)
def assignment_list(request: Request, user: WebPerson, session: DbSession, now: Now) -> HTMLResponse:
    """The assignments the reader is a party to."""
    locale = locale_of(request)
    rows = []
    for assignment in assignments_for(session, user):
        found = standing(session, user, assignment.id, follow=False)
        steps = due_steps(session, assignment, now.date())
        row = {"assignment": assignment, "vacancy": found.vacancy.document, "roles": sorted(found.roles),
               "starts": _day(assignment.starts_on, locale), "ends": _day(assignment.ends_on, locale),
               "overdue": sum(step.overdue(now.date()) for step in steps), "due": len(steps)}  # fmt: skip
        rows.append(row)
    return render(request, "assignment/list.html", {"rows": rows, "role_names": ROLE_NAMES})


def _page(
    request: Request, session: Session, user: User, found: Standing, now_day: date, *,
    email: str = "", error: str | None = None, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    locale = locale_of(request)
    assignment = found.assignment
    supervisor = session.get(User, assignment.supervisor_id) if assignment.supervisor_id else None
    steps = [{"step": step, "name": STEP_NAMES[step.code], "due": _day(step.due_on, locale),
              "overdue": step.overdue(now_day), "mine": step.party in found.roles}
             for step in due_steps(session, assignment, now_day)]  # fmt: skip
    context = {
        "assignment": assignment, "vacancy": found.vacancy.document, "roles": sorted(found.roles),
        "role_names": ROLE_NAMES, "supervisor": supervisor, "steps": steps,
        "areas": [(path, name) for path, name, private in AREAS if found.follows or not private],
        "starts": _day(assignment.starts_on, locale), "ends": _day(assignment.ends_on, locale),
        "may_name": bool(found.roles & {"host", "donor"}) and assignment.status == "active",
        "email": email, "error": error, "message": request.query_params.get("done"),
    }  # fmt: skip
    return render(request, "assignment/page.html", context, status=status)


@router.get("/assignments/{assignment_id}", response_class=HTMLResponse)
def assignment_page(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> HTMLResponse:
    """One assignment: its record, the steps due, its areas; 404 for anyone it does not concern."""
    found = standing(session, user, assignment_id, follow=False)
    return _page(request, session, user, found, now.date())


@router.post("/assignments/{assignment_id}/supervisor", response_class=HTMLResponse)
def supervisor_form(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now, email: Email = ""
) -> Response:
    """Name the supervisor (the host agency's reviewers, the donor's admins)."""
    try:
        name_supervisor(session, actor=user, assignment_id=assignment_id, email=email, now=now)
    except InputError:
        found = standing(session, user, assignment_id, follow=False)
        error = N_("Give the e-mail address of a staff member of the host organization.")
        return _page(request, session, user, found, now.date(), email=email, error=error, status=422)
    return see_other(request, f"/assignments/{assignment_id}", done="supervisor")
