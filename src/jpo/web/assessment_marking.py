"""Markers' pages: the queue of the assessments they mark (a declaration of conflicts first), one sheet
by its answer number with the marking form, the other marking shown only once theirs is in; and the
moderation of a sheet whose markings are too far apart, for the runner or the designated moderator."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.assessments.marking import (
    declare,
    marking_queue,
    marking_view,
    moderate,
    moderation_view,
    submit_marks,
)
from jpo.contracts.text import forbidden_character
from jpo.db.models import User
from jpo.errors import ConflictError, ForbiddenError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.recruitment.assessment import COMMENT_MAX, REASON_MAX, STATEMENT_MAX, scheme_total
from jpo.web.auth import WebStaff
from jpo.web.i18n import N_
from jpo.web.render import render, see_other

router = APIRouter(include_in_schema=False)
Number = str  # a sheet's answer number, checked by the service (an unknown one is not found)
_CHOOSE = N_("Choose one of the two declarations.")
_SAY = N_("Say what the conflict of interest is.")
_CONTROL = N_("Remove the control characters (such as NUL) from this text.")


def _text(form: object, name: str) -> str:
    value = form.get(name) if hasattr(form, "get") else None
    return value if isinstance(value, str) else ""


@router.get("/marking", response_class=HTMLResponse)
def queue(request: Request, session: DbSession, staff: WebStaff, now: Now) -> HTMLResponse:
    errors = (
        {"statement": N_("Say what the conflict of interest is.")} if request.query_params.get("why") else {}
    )
    return _queue(request, session, staff, now, errors=errors)


def _queue(request: Request, session: Session, staff: User, now: datetime, *, errors: dict[str, str],
           status: int = 200) -> HTMLResponse:  # fmt: skip
    assignments = marking_queue(session, user=staff, now=now)
    context = {"assignments": assignments, "errors": errors, "statement_max": STATEMENT_MAX}
    return render(request, "assessment/queue.html", context, status=status)


@router.post("/marking/vacancies/{vacancy_id}/declaration", response_class=HTMLResponse)
async def declaration(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    form = await request.form()
    conflict = _text(form, "declaration") == "conflict"
    statement = _text(form, "statement")
    if _text(form, "declaration") not in ("none", "conflict"):
        return _queue(request, session, staff, now, status=422,
                      errors={f"declaration-{vacancy_id}": _CHOOSE})  # fmt: skip
    if forbidden_character(statement):
        return _queue(request, session, staff, now, status=422, errors={f"statement-{vacancy_id}": _CONTROL})
    try:
        declare(session, user=staff, vacancy_id=vacancy_id, conflict=conflict, statement=statement, now=now)
    except InputError:
        session.rollback()
        return _queue(request, session, staff, now, status=422,
                      errors={f"statement-{vacancy_id}": _SAY})  # fmt: skip
    except ConflictError:
        session.rollback()
    return see_other(request, "/marking")


def _sheet(request: Request, session: Session, staff: User, number: str, now: datetime, *,
           errors: dict[str, str] | None = None, typed: dict[str, str] | None = None,
           status: int = 200) -> HTMLResponse:  # fmt: skip
    view = marking_view(session, user=staff, number=number, now=now)
    context = {"view": view, "errors": errors or {}, "typed": typed or {}, "comment_max": COMMENT_MAX,
               "total": scheme_total(view.criteria), "path": f"/marking/sheets/{number}"}  # fmt: skip
    return render(request, "assessment/sheet.html", context, status=status)


@router.get("/marking/sheets/{number}", response_class=HTMLResponse)
def sheet(number: Number, request: Request, session: DbSession, staff: WebStaff, now: Now) -> HTMLResponse:
    return _sheet(request, session, staff, number, now)


@router.post("/marking/sheets/{number}", response_class=HTMLResponse)
async def mark(number: Number, request: Request, session: DbSession, staff: WebStaff, now: Now) -> Response:
    form = await request.form()
    view = marking_view(session, user=staff, number=number, now=now)
    typed = {f"mark-{n}": _text(form, f"mark-{n}") for n in range(len(view.criteria))}
    typed["comment"] = _text(form, "comment")
    errors: dict[str, str] = {}
    marks: dict[str, int] = {}
    for n, criterion in enumerate(view.criteria):
        value = typed[f"mark-{n}"].strip()
        if not value.isdigit() or int(value) > criterion.max_marks:
            errors[f"mark-{n}"] = N_("Give a whole number of marks, from 0 to this criterion's maximum.")
        else:
            marks[criterion.name] = int(value)
    if forbidden_character(typed["comment"]) or len(typed["comment"]) > COMMENT_MAX:
        errors["comment"] = _CONTROL
    if errors:
        return _sheet(request, session, staff, number, now, errors=errors, typed=typed, status=422)
    try:
        submit_marks(session, user=staff, number=number, marks=marks, comment=typed["comment"], now=now)
    except ConflictError:
        session.rollback()  # marked already (a second click): the sheet shows the marks that stand
    return see_other(request, f"/marking/sheets/{number}")


def _moderation(request: Request, session: Session, staff: User, number: str, now: datetime, *,
                errors: dict[str, str] | None = None, typed: dict[str, str] | None = None,
                refused: str | None = None, status: int = 200) -> HTMLResponse:  # fmt: skip
    view = moderation_view(session, user=staff, number=number, now=now)
    context = {"view": view, "errors": errors or {}, "typed": typed or {}, "reason_max": REASON_MAX,
               "total": scheme_total(view.criteria), "refused": refused,
               "path": f"/marking/sheets/{number}/moderation"}  # fmt: skip
    return render(request, "assessment/moderation.html", context, status=status)


@router.get("/marking/sheets/{number}/moderation", response_class=HTMLResponse)
def moderation_page(
    number: Number, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> HTMLResponse:
    return _moderation(request, session, staff, number, now)


@router.post("/marking/sheets/{number}/moderation", response_class=HTMLResponse)
async def moderation(
    number: Number, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    form = await request.form()
    typed = {"mark": _text(form, "mark"), "reason": _text(form, "reason")}
    view = moderation_view(session, user=staff, number=number, now=now)
    total = scheme_total(view.criteria)
    errors: dict[str, str] = {}
    if not typed["mark"].strip().isdigit() or int(typed["mark"]) > total:
        errors["mark"] = N_("Give a whole number of marks, from 0 to the scheme's total.")
    if forbidden_character(typed["reason"]):
        errors["reason"] = _CONTROL
    elif not typed["reason"].strip() or len(typed["reason"]) > REASON_MAX:
        errors["reason"] = N_("Give the reason for the moderated mark.")
    if errors:
        return _moderation(request, session, staff, number, now, errors=errors, typed=typed, status=422)
    try:
        moderate(session, user=staff, number=number, mark=int(typed["mark"]), reason=typed["reason"], now=now)
    except ConflictError:
        session.rollback()  # moderated already (a second click): the page shows the mark that stands
    except ForbiddenError:  # a marker of the sheet: said on the page
        session.rollback()
        return _moderation(request, session, staff, number, now, typed=typed, status=403,
                           refused=N_("You marked this sheet: another person moderates it."))  # fmt: skip
    return see_other(request, f"/marking/sheets/{number}/moderation")
