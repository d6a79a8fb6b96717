"""The runner's written assessment pages: set or edit it (tasks, window in the duty station's time, time
limit, marking scheme, spread, markers, moderator) until a candidate starts, invite the shortlist, replace
markers, follow the marking by answer number, and read the results by pseudonym once complete."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from jpo.assessments.common import assessment_of, criteria_of, markers_of, tasks_of
from jpo.assessments.results import assessment_overview
from jpo.assessments.setting import (
    AssessmentSpec,
    invite_shortlisted,
    is_locked,
    replace_markers,
    set_assessment,
)
from jpo.authz import require_run_recruitment
from jpo.contracts.text import forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.recruitment.assessment import CRITERIA_MAX, INSTRUCTIONS_MAX, TASKS_MAX, TITLE_MAX, Task
from jpo.recruitment.marking import Criterion
from jpo.vacancies.service import get_vacancy
from jpo.web import assessment_marking, assessment_taking
from jpo.web.auth import WebStaff
from jpo.web.i18n import N_
from jpo.web.render import render, see_other

router = APIRouter(include_in_schema=False)
router.include_router(assessment_taking.router)
router.include_router(assessment_marking.router)
BLANK_ROWS = 2  # empty task and criterion rows offered below the filled ones (no script needed)
_MESSAGES = {
    "closes_at": N_("The window closes after it opens, and in the future."),
    "opens_at": N_("Give the date and time the window opens."),
    "minutes": N_("The time limit is 5 to 1,440 minutes."),
    "allowed_spread": N_("The allowed spread is 0 to the scheme's total marks."),
    "tasks": N_("Give one to ten tasks, each with a title and instructions."),
    "criteria": N_("Give one to twelve criteria, each with a name and maximum marks from 1 to 100."),
    "markers": N_("Name two to six markers by the e-mail of a programme admin or reviewer, each once."),
    "moderator": N_("The moderator is named by the e-mail of a programme admin or reviewer."),
    "control": N_("Remove the control characters (such as NUL) from this text."),
}


@dataclass
class SetForm:
    """The form as typed, shown again with its problems (field -> message)."""

    tasks: list[dict[str, str]] = field(default_factory=list)
    criteria: list[dict[str, str]] = field(default_factory=list)
    opens_at: str = ""
    closes_at: str = ""
    minutes: str = "90"
    allowed_spread: str = ""
    markers: str = ""
    moderator: str = ""
    errors: dict[str, str] = field(default_factory=dict)


def _local(value: datetime, zone: str) -> str:
    return value.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT%H:%M")


def _zone(vacancy: Vacancy) -> str:
    return (vacancy.duty_station.timezone if vacancy.duty_station else None) or "UTC"


def _form_of(session: Session, vacancy_id: int, zone: str) -> SetForm:
    assessment = assessment_of(session, vacancy_id)
    if assessment is None:
        return SetForm()
    overview_markers = [session.get_one(User, m.user_id).email for m in markers_of(session, assessment.id)]
    moderator = session.get(User, assessment.moderator_id) if assessment.moderator_id else None
    return SetForm(
        tasks=[{"title": t.title, "instructions": t.instructions} for t in tasks_of(assessment)],
        criteria=[{"name": c.name, "max_marks": str(c.max_marks)} for c in criteria_of(assessment)],
        opens_at=_local(assessment.opens_at, zone), closes_at=_local(assessment.closes_at, zone),
        minutes=str(assessment.minutes), allowed_spread=str(assessment.allowed_spread),
        markers="\n".join(overview_markers), moderator=moderator.email if moderator else "",
    )  # fmt: skip


def _page(request: Request, session: Session, staff: User, vacancy_id: int, now: datetime, *,
          form: SetForm | None = None, refused: str | None = None, done: str | None = None,
          status: int = 200) -> HTMLResponse:  # fmt: skip
    row = get_vacancy(session, vacancy_id)
    require_run_recruitment(staff, row)
    vacancy = Vacancy.model_validate(row.document)
    zone = _zone(vacancy)
    assessment = assessment_of(session, vacancy_id)
    overview = (
        assessment_overview(session, actor=staff, vacancy_id=vacancy_id, now=now) if assessment else None
    )
    form = form or _form_of(session, vacancy_id, zone)
    rows = dict(tasks=form.tasks + [{"title": "", "instructions": ""}] * BLANK_ROWS,
                criteria=form.criteria + [{"name": "", "max_marks": ""}] * BLANK_ROWS)  # fmt: skip
    context = {"id": vacancy_id, "vacancy": vacancy, "row": row, "overview": overview, "form": form,
               "tasks": rows["tasks"][:TASKS_MAX], "criteria": rows["criteria"][:CRITERIA_MAX], "zone": zone,
               "locked": bool(assessment and is_locked(session, assessment)), "refused": refused,
               "done": done,
               "title_max": TITLE_MAX, "instructions_max": INSTRUCTIONS_MAX,
               "path": f"/review/vacancies/{vacancy_id}/assessment"}  # fmt: skip
    return render(request, "assessment/runner.html", context, status=status)


@router.get("/review/vacancies/{vacancy_id}/assessment", response_class=HTMLResponse)
def runner_page(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> HTMLResponse:
    done = request.query_params.get("done")
    return _page(request, session, staff, vacancy_id, now, done=done if done in _DONE else None)


_DONE = {
    "saved": N_("The assessment is saved."),
    "invited": N_("The shortlisted candidates not invited before are invited; each gets an e-mail."),
    "markers": N_("The markers are saved."),
}


def _typed(form: FormData) -> SetForm:
    def text(name: str) -> str:
        value = form.get(name)
        return value if isinstance(value, str) else ""

    typed = SetForm(opens_at=text("opens_at"), closes_at=text("closes_at"), minutes=text("minutes"),
                    allowed_spread=text("allowed_spread"), markers=text("markers"),
                    moderator=text("moderator").strip())  # fmt: skip
    for n in range(TASKS_MAX):
        task = {"title": text(f"task-{n}-title"), "instructions": text(f"task-{n}-instructions")}
        if task["title"].strip() or task["instructions"].strip():
            typed.tasks.append(task)
    for n in range(CRITERIA_MAX):
        criterion = {"name": text(f"criterion-{n}-name"), "max_marks": text(f"criterion-{n}-max")}
        if criterion["name"].strip() or criterion["max_marks"].strip():
            typed.criteria.append(criterion)
    return typed


def _emails(text: str) -> list[str]:
    """E-mail addresses one per line (or separated by spaces, commas or semicolons)."""
    return [part for part in re.split(r"[\s,;]+", text) if part]


def _moment(value: str, zone: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(zone))
    except ValueError:
        return None


def _whole(value: str) -> int | None:
    return int(value) if value.strip().isdigit() and len(value.strip()) < 6 else None


def _spec(typed: SetForm, zone: str) -> AssessmentSpec:
    """The typed form as a spec, or InputError naming the first field that cannot be read."""
    texts = [v for t in typed.tasks for v in t.values()] + [c["name"] for c in typed.criteria]
    if any(forbidden_character(v) for v in [*texts, typed.markers, typed.moderator]):
        raise InputError("control characters", field="control")
    if any(len(t["title"]) > TITLE_MAX or len(t["instructions"]) > INSTRUCTIONS_MAX for t in typed.tasks):
        raise InputError("too long", field="tasks")
    opens, closes = _moment(typed.opens_at, zone), _moment(typed.closes_at, zone)
    if opens is None:
        raise InputError("opens_at", field="opens_at")
    if closes is None:
        raise InputError("closes_at", field="closes_at")
    marks = [_whole(c["max_marks"]) for c in typed.criteria]
    minutes, spread = _whole(typed.minutes), _whole(typed.allowed_spread)
    if None in marks or any(len(c["name"]) > TITLE_MAX for c in typed.criteria):
        raise InputError("criteria", field="criteria")
    if minutes is None:
        raise InputError("minutes", field="minutes")
    if spread is None:
        raise InputError("allowed_spread", field="allowed_spread")
    return AssessmentSpec(
        tasks=[Task(t["title"], t["instructions"]) for t in typed.tasks],
        criteria=[Criterion(c["name"], m or 0) for c, m in zip(typed.criteria, marks, strict=True)],
        opens_at=opens, closes_at=closes, minutes=minutes, allowed_spread=spread,
        markers=_emails(typed.markers),
        moderator=typed.moderator or None,
    )  # fmt: skip


def _field_of(error: InputError) -> str:
    where = (error.field or "tasks").split(".")[0]
    return where if where in _MESSAGES else "tasks"


@router.post("/review/vacancies/{vacancy_id}/assessment", response_class=HTMLResponse)
async def save(vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now) -> Response:
    typed = _typed(await request.form())
    zone = _zone(Vacancy.model_validate(get_vacancy(session, vacancy_id).document))
    try:
        spec = _spec(typed, zone)
        set_assessment(session, actor=staff, vacancy_id=vacancy_id, spec=spec, now=now)
    except InputError as error:
        session.rollback()
        typed.errors[_field_of(error)] = _MESSAGES[_field_of(error)]
        return _page(request, session, staff, vacancy_id, now, form=typed, status=422)
    except ConflictError:
        session.rollback()
        return _page(request, session, staff, vacancy_id, now, form=typed, status=409,
                     refused=N_("A candidate has started: the assessment can no longer change."))  # fmt: skip
    return see_other(request, f"/review/vacancies/{vacancy_id}/assessment", done="saved")


@router.post("/review/vacancies/{vacancy_id}/assessment/invitations", response_class=HTMLResponse)
def invite(vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now) -> Response:
    try:
        invite_shortlisted(session, actor=staff, vacancy_id=vacancy_id, now=now)
    except ConflictError:
        session.rollback()
        return _page(request, session, staff, vacancy_id, now, status=409,
                     refused=N_("The assessment's window has closed."))  # fmt: skip
    return see_other(request, f"/review/vacancies/{vacancy_id}/assessment", done="invited")


@router.post("/review/vacancies/{vacancy_id}/assessment/markers", response_class=HTMLResponse)
async def markers(
    vacancy_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    typed = (await request.form()).get("markers")
    emails = _emails(typed if isinstance(typed, str) else "")
    try:
        replace_markers(session, actor=staff, vacancy_id=vacancy_id, markers=emails, now=now)
    except InputError:
        session.rollback()
        return _page(request, session, staff, vacancy_id, now, status=422, refused=_MESSAGES["markers"])
    except ConflictError:
        session.rollback()
        return _page(request, session, staff, vacancy_id, now, status=409,
                     refused=N_("A marker who has marked a sheet stays a marker."))  # fmt: skip
    return see_other(request, f"/review/vacancies/{vacancy_id}/assessment", done="markers")
