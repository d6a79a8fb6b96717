"""The interview panel's pages: the panel (its language, members and chair; each member's declarations
about the candidates, by name: the read audited) and the interview kit's editor. Over the same services
as the API; scoring, the sheet and the report are in `interviews_scoring`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from jpo.contracts.text import forbidden_character
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.interviews.access import application_in
from jpo.interviews.kits import save_kit, view_kit
from jpo.interviews.overview import overview
from jpo.interviews.panels import (
    LANGUAGES,
    STATEMENT_MAX,
    add_member,
    make_chair,
    members,
    panel_of,
    panels_of,
    scoring_started,
    set_panel,
)
from jpo.interviews.scoring import declare_interest, leave_panel
from jpo.recruitment.kit import INDICATORS_MAX, ITEM_MAX, NAME_MAX, QUESTIONS_MAX, TECHNICAL_MAX
from jpo.web.auth import WebStaff
from jpo.web.i18n import N_
from jpo.web.render import render, see_other

router = APIRouter(include_in_schema=False)

STANDING = {
    "not_declared": N_("Declare your interests first"),
    "not_started": N_("Not started"),
    "draft": N_("Draft saved"),
    "submitted": N_("Submitted"),
    "recused": N_("Recused"),
}
STATUSES = {
    "shortlisted": N_("Shortlisted"),
    "assessed": N_("Assessed"),
    "interviewed": N_("Interviewed"),
    "recommended": N_("Recommended"),
    "not_selected": N_("Not selected"),
    "selected": N_("Selected"),
    "confirmed": N_("Selection confirmed"),
    "offered": N_("Offer made"),
    "accepted": N_("Offer accepted"),
    "declined": N_("Offer declined"),
    "withdrawn": N_("Withdrawn"),
}
VERDICTS = {
    "recommended": N_("Recommended"),
    "reservations": N_("Recommended with reservations"),
    "not_recommended": N_("Not recommended"),
}
DONE = {
    "member": N_("The member was added to the panel."),
    "removed": N_("The member was taken off the panel."),
    "chair": N_("The chair was changed."),
    "language": N_("The panel's language was saved."),
    "declared": N_("Your declaration was recorded."),
    "kit": N_("The interview kit was saved."),
}
ERRORS = {
    "email": N_("No admin or reviewer has this address."),
    "already-member": N_("This person is already on the panel."),
    "member-has-ratings": N_("This member has rated candidates and stays on the panel."),
    "scoring-started": N_("The panel has started scoring: its language can no longer change."),
    "statement": N_(
        "Say what the conflict of interest is (no control characters, at most 2,000 characters)."
    ),
    "submitted": N_("You have submitted your ratings of this candidate: your declaration stands."),
    "kit-locked": N_("The kit is locked: the panel has started scoring with it."),
    "stale-kit": N_("The kit changed since you opened it: open it again."),
    "kit": N_(
        "Each competency needs a name, 1 to 12 indicators and 1 to 3 questions, each once, without control"
        " characters."
    ),
}


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _panel_page(
    request: Request,
    session: Session,
    staff: User,
    vacancy_id: int,
    *,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    seen = overview(session, actor=staff, vacancy_id=vacancy_id)
    panel = panel_of(session, vacancy_id)
    context: dict[str, Any] = {
        "id": vacancy_id,
        "title": seen.access.vacancy.document.get("title") or "",
        "access": seen.access,
        "candidates": seen.candidates,
        "members": members(session, vacancy_id),
        "panel_language": panel.language if panel else "en",
        "languages": LANGUAGES,
        "started": scoring_started(session, vacancy_id),
        "standing": STANDING,
        "statuses": STATUSES,
        "verdicts": VERDICTS,
        "errors": errors or {},
        "message": DONE.get(request.query_params.get("done") or ""),
        "statement_max": STATEMENT_MAX,
    }
    return render(request, "interviews/panel.html", context, status=status)


@router.get("/review/panels", response_class=HTMLResponse)
def my_panels(request: Request, session: DbSession, staff: WebStaff) -> HTMLResponse:
    """The interview panels the signed-in member sits on, whatever their own scope."""
    return render(request, "interviews/mine.html", {"panels": panels_of(session, staff.id)})


@router.get("/review/vacancies/{vacancy_id}/panel", response_class=HTMLResponse)
def panel_page(vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff) -> HTMLResponse:
    """The panel and the candidates, for its members and the recruitment's staff."""
    return _panel_page(request, session, staff, vacancy_id)


def _back(request: Request, vacancy_id: int, done: str, fragment: str) -> Response:
    return see_other(request, f"/review/vacancies/{vacancy_id}/panel", fragment=fragment, done=done)


@router.post("/review/vacancies/{vacancy_id}/panel/language", response_class=HTMLResponse)
async def panel_language(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    form = await request.form()
    try:
        set_panel(session, actor=staff, vacancy_id=vacancy_id, language=_text(form, "language"), now=now)
    except (InputError, ConflictError) as error:
        session.rollback()
        return _panel_page(
            request,
            session,
            staff,
            vacancy_id,
            status=error.http_status,
            errors={"language": ERRORS.get(error.code, ERRORS["scoring-started"])},
        )
    return _back(request, vacancy_id, "language", "members")


@router.post("/review/vacancies/{vacancy_id}/panel/members", response_class=HTMLResponse)
async def panel_member(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    form = await request.form()
    role = "chair" if _text(form, "role") == "chair" else "member"
    try:
        add_member(
            session, actor=staff, vacancy_id=vacancy_id, email=_text(form, "email")[:320], role=role, now=now
        )
    except (InputError, ConflictError) as error:
        session.rollback()
        return _panel_page(
            request,
            session,
            staff,
            vacancy_id,
            status=error.http_status,
            errors={"email": ERRORS.get(error.code, ERRORS["email"])},
        )
    return _back(request, vacancy_id, "member", "members")


@router.post("/review/vacancies/{vacancy_id}/panel/members/{member_id}/chair", response_class=HTMLResponse)
def panel_chair(
    vacancy_id: Id, member_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    make_chair(session, actor=staff, vacancy_id=vacancy_id, member_id=member_id, now=now)
    return _back(request, vacancy_id, "chair", "members")


@router.post("/review/vacancies/{vacancy_id}/panel/members/{member_id}/remove", response_class=HTMLResponse)
def panel_remove(
    vacancy_id: Id, member_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    try:
        leave_panel(session, actor=staff, vacancy_id=vacancy_id, member_id=member_id, now=now)
    except ConflictError as error:
        session.rollback()
        return _panel_page(
            request, session, staff, vacancy_id, status=409, errors={"members": ERRORS[error.code]}
        )
    return _back(request, vacancy_id, "removed", "members")


@router.post(
    "/review/vacancies/{vacancy_id}/panel/candidates/{application_id}/declaration",
    response_class=HTMLResponse,
)
async def panel_declaration(
    vacancy_id: Id, application_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    """A member's declaration about one candidate; then to their scoring page (or back, if recused)."""
    form = await request.form()
    choice = _text(form, "declaration")
    application = application_in(session, vacancy_id, application_id)
    key = f"statement-{application_id}"
    try:
        declare_interest(
            session,
            actor=staff,
            application=application,
            declaration=choice,
            statement=_text(form, "statement")[: STATEMENT_MAX + 1],
            now=now,
        )
    except (InputError, ConflictError) as error:
        session.rollback()
        return _panel_page(
            request,
            session,
            staff,
            vacancy_id,
            status=error.http_status,
            errors={key: ERRORS.get(error.code, ERRORS["statement"])},
        )
    if choice == "none":
        return see_other(request, f"/review/vacancies/{vacancy_id}/panel/candidates/{application_id}")
    return _back(request, vacancy_id, "declared", "candidates")


# --- the kit -------------------------------------------------------------------------------------------


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def _typed_kit(form: FormData) -> tuple[list[dict[str, Any]], list[str]]:
    """The kit as typed: rows `name-N`, `indicators-N`, `questions-N` (one per line); an empty row is none."""
    competencies = []
    for n in range(int(_text(form, "rows") or 0) if _text(form, "rows").isdigit() else 0):
        if n > 30:
            break
        name, indicators, questions = (
            _text(form, f"{part}-{n}") for part in ("name", "indicators", "questions")
        )
        if name.strip() or indicators.strip() or questions.strip():
            competencies.append(
                {"name": name, "indicators": _lines(indicators), "questions": _lines(questions)}
            )
    return competencies, _lines(_text(form, "technical"))


def _kit_page(
    request: Request,
    session: Session,
    staff: User,
    vacancy_id: int,
    *,
    typed: Any = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    view = view_kit(session, actor=staff, vacancy_id=vacancy_id)
    shown = typed or (
        [
            {"name": c.name, "indicators": list(c.indicators), "questions": list(c.questions)}
            for c in view.kit.competencies
        ],
        list(view.kit.technical),
    )
    rows = [*shown[0], {"name": "", "indicators": [], "questions": []}]  # one empty row to add a competency
    context = {
        "id": vacancy_id,
        "view": view,
        "rows": rows,
        "technical": shown[1],
        "errors": errors or {},
        "message": DONE.get(request.query_params.get("done") or ""),
        "name_max": NAME_MAX,
        "item_max": ITEM_MAX,
        "indicators_max": INDICATORS_MAX,
        "questions_max": QUESTIONS_MAX,
        "technical_max": TECHNICAL_MAX,
    }
    return render(request, "interviews/kit.html", context, status=status)


@router.get("/review/vacancies/{vacancy_id}/interview-kit", response_class=HTMLResponse)
def kit_page(vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff) -> HTMLResponse:
    return _kit_page(request, session, staff, vacancy_id)


@router.post("/review/vacancies/{vacancy_id}/interview-kit", response_class=HTMLResponse)
async def kit_save(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    form = await request.form()
    typed = _typed_kit(form)
    version = _text(form, "version")
    repropose = _text(form, "action") == "propose"
    try:
        if any(forbidden_character(str(value)) for _, value in form.multi_items()):
            raise InputError("kit: a control character", field="kit")
        save_kit(
            session,
            actor=staff,
            vacancy_id=vacancy_id,
            competencies=typed[0],
            technical=typed[1],
            now=now,
            version=int(version) if version.isdigit() else None,
            repropose=repropose,
        )
    except (InputError, ConflictError) as error:
        session.rollback()
        return _kit_page(
            request,
            session,
            staff,
            vacancy_id,
            typed=None if repropose else typed,
            status=error.http_status,
            errors={"kit": ERRORS.get(error.code, ERRORS["kit"])},
        )
    return see_other(request, f"/review/vacancies/{vacancy_id}/interview-kit", done="kit")
