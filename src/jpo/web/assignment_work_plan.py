"""The assignment's work plan page: the objectives with their ToR sentence, indicators and dates, who agreed
and when, the edit form for the JPO and the supervisor (objectives added with a button that re-renders the
form, removed with a box, indicators one per line: no script needed), the "agree" button, the earlier
versions and the PDF, over the same services as the API."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from babel.dates import format_date
from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from jpo.assignment.calendar import first_month_ends
from jpo.assignment.work_plan import INDICATOR_MAX, INDICATORS_MAX, OBJECTIVES_MAX, TEXT_MAX, Objective
from jpo.assignments.work_plan import (
    PlanView,
    agree_plan,
    edit_plan,
    objectives_of,
    plan_pdf,
    read_plan,
)
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.web.auth import WebPerson
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)

# A field a little over its limit comes back on the page with its error; far over it is cut first.
FIELD_MAX = 4 * TEXT_MAX
Short = Annotated[str, Form(max_length=16)]

STATUS_NAMES = {"draft": N_("draft"), "agreed": N_("agreed"), "superseded": N_("superseded")}
DONE = {
    "saved": N_("The work plan is saved as a new version. Both of you agree to it again."),
    "agreed": N_("Your agreement is recorded. The other party has been told."),
    "both": N_("The work plan is agreed by both of you."),
}
ERRORS = {
    "text": N_("Write the objective (at most 1,000 characters, no control characters)."),
    "indicators": N_("At most 10 indicators, one per line, each at most 300 characters."),
    "due_on": N_("Give a date within the assignment, or none."),
    "objectives": N_("Keep from 1 to 30 objectives."),
}
REFUSED = {
    "work-plan-stale": N_(
        "Someone saved a newer version while you were editing. Your changes below are not saved: compare "
        "them with the current version above and save again."
    ),
    "work-plan-stale-agree": N_("The work plan changed before you agreed: read the current version."),
    "work-plan-empty": N_("A work plan without objectives cannot be agreed."),
    "assignment-ended": N_("The assignment has ended."),
}


def _day(value: date | datetime | None, locale: str) -> str:
    if value is None:
        return ""
    return str(format_date(value.date() if isinstance(value, datetime) else value, "long", locale=locale))


def _row(objective: Objective | None) -> dict[str, Any]:
    """A row of the edit form: what it shows (an objective of the plan, or a blank one)."""
    if objective is None:
        return {"id": "", "text": "", "indicators": "", "due_on": "", "remove": False, "source": None}
    return {
        "id": objective["id"],
        "text": objective["text"],
        "indicators": "\n".join(objective["indicators"]),
        "due_on": objective["due_on"] or "",
        "remove": False,
        "source": objective["source"],
    }


def _page(
    request: Request,
    session: Session,
    user: User,
    assignment_id: int,
    now: datetime,
    *,
    version: int | None = None,
    rows: list[dict[str, Any]] | None = None,
    errors: dict[str, str] | None = None,
    refused: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    locale = locale_of(request)
    view: PlanView = read_plan(session, actor=user, assignment_id=assignment_id, now=now, version=version)
    plan, assignment = view.plan, view.found.assignment
    authors = {v.created_by for v in view.versions if v.created_by}
    names = {uid: found.email for uid in authors if (found := session.get(User, uid)) is not None}
    editing = view.may_edit and plan.id == view.current.id
    if rows is None:
        rows = [_row(o) for o in objectives_of(view.current)] + [_row(None)]
    done = request.query_params.get("done") or ""
    context = {
        "assignment": assignment,
        "vacancy": view.found.vacancy.document,
        "view": view,
        "plan": plan,
        "objectives": [
            {**o, "due": _day(date.fromisoformat(o["due_on"]), locale) if o["due_on"] else ""}
            for o in objectives_of(plan)
        ],
        "status_names": STATUS_NAMES,
        "jpo_agreed": _day(plan.jpo_agreed_at, locale),
        "supervisor_agreed": _day(plan.supervisor_agreed_at, locale),
        "agree_by": _day(first_month_ends(assignment.starts_on), locale),
        "versions": [
            {
                "row": v,
                "by": names.get(v.created_by) if v.created_by else None,
                "on": _day(v.created_at, locale),
            }
            for v in view.versions
        ],
        "editing": editing,
        "rows": rows,
        "unsaved": status != 200 or request.method == "POST",
        "errors": errors or {},
        "refused": refused,
        "message": DONE.get(done),
        "limits": {
            "text": TEXT_MAX,
            "indicators": INDICATORS_MAX,
            "indicator": INDICATOR_MAX,
            "objectives": OBJECTIVES_MAX,
        },
        "dates": {"min": assignment.starts_on.isoformat(), "max": assignment.ends_on.isoformat()},
    }
    return render(request, "assignment/work_plan.html", context, status=status)


@router.get("/assignments/{assignment_id}/work-plan", response_class=HTMLResponse)
def work_plan_page(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> HTMLResponse:
    """The work plan (`?version=n`: an earlier version) for the JPO, the supervisor and the donor's admins."""
    asked = request.query_params.get("version") or ""
    version = int(asked) if asked.isdigit() and len(asked) <= 6 else None
    return _page(request, session, user, assignment_id, now, version=version)


async def _posted(request: Request) -> FormData:
    return await request.form()


Posted = Annotated[FormData, Depends(_posted)]


def _typed_rows(fields: FormData) -> list[dict[str, Any]]:
    """The rows as typed (at most one more than the plan holds; each field cut far over its limit)."""

    def value(name: str) -> str:
        found = fields.get(name)
        return found[:FIELD_MAX].replace("\r\n", "\n") if isinstance(found, str) else ""

    count = value("rows")
    total = min(int(count), OBJECTIVES_MAX + 1) if count.isdigit() and len(count) <= 3 else 0
    return [
        {"id": value(f"id_{i}")[:16], "text": value(f"text_{i}"), "indicators": value(f"indicators_{i}"),
         "due_on": value(f"due_{i}"), "remove": bool(value(f"remove_{i}")), "source": None}
        for i in range(total)
    ]  # fmt: skip


def _blank(row: dict[str, Any]) -> bool:
    return not (row["text"].strip() or row["indicators"].strip() or row["due_on"].strip())


@router.post("/assignments/{assignment_id}/work-plan", response_class=HTMLResponse)
def work_plan_save(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now, fields: Posted
) -> Response:
    """Save the edited objectives as the next version, or (`action=add`) show the form again with one more
    blank objective. Rows left blank or ticked for removal are left out."""
    rows = _typed_rows(fields)
    view = read_plan(session, actor=user, assignment_id=assignment_id, now=now)
    sources = {o["id"]: o["source"] for o in objectives_of(view.current)}
    for row in rows:
        row["source"] = sources.get(row["id"])
    version_sent = str(fields.get("version") or "")
    if fields.get("action") == "add":
        if len(rows) <= OBJECTIVES_MAX:
            rows.append(_row(None))
        return _page(request, session, user, assignment_id, now, rows=rows)
    # A row ticked for removal, or emptied, is left out (an objective from the ToR goes with its sentence).
    kept = [(index, row) for index, row in enumerate(rows) if not row["remove"] and not _blank(row)]
    objectives = [
        {"id": row["id"] or None, "text": row["text"],
         "indicators": [line for line in row["indicators"].split("\n") if line.strip()],
         "due_on": row["due_on"].strip() or None}
        for _index, row in kept
    ]  # fmt: skip
    try:
        version = int(version_sent) if version_sent.isdigit() and len(version_sent) <= 6 else 0
        plan = edit_plan(session, actor=user, assignment_id=assignment_id, version=version,
                         objectives=objectives, now=now)  # fmt: skip
    except InputError as error:
        session.rollback()
        parts = (error.field or "objectives").split(".")
        if len(parts) == 3 and parts[1].isdigit() and int(parts[1]) < len(kept):
            kind = parts[2] if parts[2] in ERRORS else "text"
            errors = {f"{kind}_{kept[int(parts[1])][0]}": ERRORS[kind]}
        else:
            errors = {"objectives": ERRORS["objectives"]}
        return _page(request, session, user, assignment_id, now, rows=rows, errors=errors, status=422)
    except ConflictError as error:
        session.rollback()
        return _page(request, session, user, assignment_id, now, rows=rows,
                     refused=REFUSED.get(error.code, REFUSED["work-plan-stale"]), status=409)  # fmt: skip
    return see_other(
        request, f"/assignments/{assignment_id}/work-plan", done="saved", fragment=f"v{plan.version}"
    )


@router.post("/assignments/{assignment_id}/work-plan/agree", response_class=HTMLResponse)
def work_plan_agree(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now, version: Short = ""
) -> Response:
    """The JPO or the supervisor agrees to the version they read."""
    try:
        number = int(version) if version.isdigit() and len(version) <= 6 else 0
        plan = agree_plan(session, actor=user, assignment_id=assignment_id, version=number, now=now)
    except ConflictError as error:
        session.rollback()
        code = "work-plan-stale-agree" if error.code == "work-plan-stale" else error.code
        return _page(request, session, user, assignment_id, now,
                     refused=REFUSED.get(code, REFUSED["work-plan-stale-agree"]), status=409)  # fmt: skip
    done = "both" if plan.status == "agreed" else "agreed"
    return see_other(request, f"/assignments/{assignment_id}/work-plan", done=done)


@router.get("/assignments/{assignment_id}/work-plan.pdf")
def work_plan_download(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now
) -> Response:
    """The work plan (`?version=n`, else the current one) as a PDF in the page's language."""
    asked = request.query_params.get("version") or ""
    version = int(asked) if asked.isdigit() and len(asked) <= 6 else None
    data = plan_pdf(session, actor=user, assignment_id=assignment_id, locale=locale_of(request), now=now,
                    version=version)  # fmt: skip
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="work-plan-{assignment_id}.pdf"'},
    )
