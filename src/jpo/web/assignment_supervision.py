"""The supervision page of an assignment: check-in notes (add; correct or delete one's own), the learning
objectives (progress and a note each; add or remove one's own), the training attended (add, remove), over
the same services as the API. A refused form comes back (422, or 409 for a stale objective) with what was
typed; a saved one redirects (303) with a notice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Annotated, Any

from babel.dates import format_date
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session

from jpo.assignments import check_ins as checks
from jpo.assignments import learning, training
from jpo.assignments.supervision import author_role, supervision_of, writer
from jpo.contracts.text import NAME, PARAGRAPH, checked_text
from jpo.db.models import User
from jpo.errors import ConflictError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.web.auth import WebPerson
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
PAGE = "/assignments/{assignment_id}/supervision"
# Form fields are taken as typed (a little over each limit, so the service's own check speaks) and read here.
Short = Annotated[str, Form(max_length=NAME + 100)]
Long = Annotated[str, Form(max_length=PARAGRAPH + 100)]
Day = Annotated[str, Form(max_length=40)]

PROGRESS_NAMES = {
    "not_started": N_("Not started"),
    "in_progress": N_("In progress"),
    "achieved": N_("Achieved"),
}
AUTHORS = {"jpo": N_("the JPO"), "supervisor": N_("the supervisor")}
DONE = {
    "check-in": N_("The check-in is saved."),
    "check-in-corrected": N_("The check-in is corrected."),
    "check-in-deleted": N_("The check-in is deleted."),
    "objective": N_("The learning objective is saved."),
    "objective-added": N_("The learning objective is added."),
    "objective-removed": N_("The learning objective is removed."),
    "training": N_("The training is recorded."),
    "training-removed": N_("The training is removed."),
}
BY_CODE = {
    "date-in-future": N_("The date cannot be in the future."),
    "date-before-assignment": N_("The meeting cannot be more than a week before the assignment starts."),
    "date-outside-assignment": N_("The training must start during the assignment or in the year before it."),
    "ends-before-start": N_("The end date cannot be before the start date."),
}
REQUIRED = {
    "topics": N_("Say what was discussed."),
    "text": N_("Say what the JPO is to learn."),
    "title": N_("Give the training's title."),
}
BAD_DAY = N_("Give a date as year-month-day, for example 2027-03-15.")
BAD_HOURS = N_("Give a whole number of hours from 0 to 2000.")
STALE = N_(
    "The other party changed this objective while you were editing it: what they saved is shown. "
    "Your change was not saved; make it again if it still applies."
)


@dataclass
class Typed:
    """A refused form (`name`, e.g. "check_in" or "objective-12"): what was typed and each field's error."""

    name: str
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)


def message_of(error: InputError) -> str:
    """What a person is told of a refused field (messages in the catalogue)."""
    text = str(error)
    if error.code in BY_CODE:
        return BY_CODE[error.code]
    if "control character" in text:
        return N_("Remove the control characters (such as NUL) from this text.")
    if "at most" in text:
        return N_("This text is too long for the form.")
    if error.field == "hours":
        return BAD_HOURS
    if error.field == "progress":
        return N_("Choose one of the listed progress values.")
    return REQUIRED.get(error.field or "", N_("Fill this in."))


def _day(text: str, name: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{name}: not a date", field=name, code="bad-day") from None


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _long(day: date | None, locale: str) -> str:
    return str(format_date(day, "long", locale=locale)) if day else ""


def _page(
    request: Request, session: Session, user: User, assignment_id: int, now: datetime, *,
    typed: Typed | None = None, edit: int | None = None, status: int = 200,
) -> HTMLResponse:  # fmt: skip
    locale = locale_of(request)
    seen = supervision_of(session, user=user, assignment_id=assignment_id)
    assignment = seen.found.assignment
    notes = [
        {
            "row": row,
            "day": _long(row.held_on, locale),
            "mine": row.author_id == user.id,
            "author": AUTHORS.get(author_role(assignment, row.author_id) or ""),
        }
        for row in seen.check_ins
    ]
    objectives = [
        {"row": row, "removable": row.source is None and learning.added_by(session, row.id) == user.id}
        for row in seen.objectives
    ]
    trainings = [{"row": row, "starts": _long(row.starts_on, locale), "ends": _long(row.ends_on, locale)}
                 for row in seen.trainings]  # fmt: skip
    context = {
        "assignment": assignment, "vacancy": seen.found.vacancy.document, "writes": seen.writes,
        "notes": notes, "objectives": objectives, "trainings": trainings, "progress_names": PROGRESS_NAMES,
        "edit": edit if any(row.id == edit and row.author_id == user.id for row in seen.check_ins) else None,
        "typed": typed, "latest": (now.date() + timedelta(days=checks.AHEAD_DAYS)).isoformat(),
        "limits": {"paragraph": PARAGRAPH, "name": NAME, "title": training.TITLE_MAX,
                   "objective": learning.TEXT_MAX, "hours": training.HOURS_MAX},
        "message": DONE.get(request.query_params.get("done") or ""), "is_day": _is_day,
    }  # fmt: skip
    return render(request, "assignment/supervision.html", context, status=status)


@router.get(PAGE, response_class=HTMLResponse)
def supervision_page(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    edit: Annotated[int | None, Query(ge=1, le=2**31)] = None,
) -> HTMLResponse:  # fmt: skip
    """The supervision of an assignment (`edit`: one's own check-in shown as a form to correct it)."""
    return _page(request, session, user, assignment_id, now, edit=edit)


def _refused(
    request: Request, session: Session, user: User, assignment_id: int, now: datetime, typed: Typed,
    error: InputError | None = None, *, edit: int | None = None,
) -> HTMLResponse:  # fmt: skip
    session.rollback()
    if error is not None:
        typed.errors.setdefault(error.field or "form", message_of(error))
    return _page(request, session, user, assignment_id, now, typed=typed, edit=edit, status=422)


def _every_error(typed: Typed, *checks: Callable[[], object]) -> bool:
    """Each field's own error at once (the service stops at the first): whether there was any."""
    for check in checks:
        try:
            check()
        except InputError as error:
            typed.errors.setdefault(error.field or "form", message_of(error))
    return bool(typed.errors)


def _check_in_errors(typed: Typed, held_on: str, topics: str, actions: str) -> bool:
    return _every_error(
        typed,
        lambda: _day(held_on, "held_on"),
        lambda: checked_text(topics, "topics", checks.TOPICS_MAX, required=True),
        lambda: checked_text(actions, "actions", checks.ACTIONS_MAX),
    )


@router.post(PAGE + "/check-ins", response_class=HTMLResponse)
def add_check_in(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    held_on: Day = "", topics: Long = "", actions: Long = "",
) -> Response:  # fmt: skip
    """Note a meeting."""
    typed = Typed("check_in", {"held_on": held_on, "topics": topics, "actions": actions})
    writer(session, user, assignment_id, doing="write a check-in")  # who may, before what they typed
    if _check_in_errors(typed, held_on, topics, actions):
        return _refused(request, session, user, assignment_id, now, typed)
    try:
        checks.add_check_in(
            session,
            actor=user,
            assignment_id=assignment_id,
            held_on=_day(held_on, "held_on"),
            topics=topics,
            actions=actions,
            now=now,
        )
    except InputError as error:
        return _refused(request, session, user, assignment_id, now, typed, error)
    return see_other(request, PAGE.format(assignment_id=assignment_id), done="check-in", fragment="check-ins")


@router.post(PAGE + "/check-ins/{check_in_id}", response_class=HTMLResponse)
def correct_check_in(
    assignment_id: Id, check_in_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    held_on: Day = "", topics: Long = "", actions: Long = "",
) -> Response:  # fmt: skip
    """Correct one's own note."""
    typed = Typed(f"check_in-{check_in_id}", {"held_on": held_on, "topics": topics, "actions": actions})
    writer(session, user, assignment_id, doing="correct a check-in")
    if _check_in_errors(typed, held_on, topics, actions):
        return _refused(request, session, user, assignment_id, now, typed, edit=check_in_id)
    try:
        checks.correct_check_in(
            session,
            actor=user,
            assignment_id=assignment_id,
            check_in_id=check_in_id,
            held_on=_day(held_on, "held_on"),
            topics=topics,
            actions=actions,
            now=now,
        )
    except InputError as error:
        return _refused(request, session, user, assignment_id, now, typed, error, edit=check_in_id)
    path = PAGE.format(assignment_id=assignment_id)
    return see_other(request, path, done="check-in-corrected", fragment=f"check-in-{check_in_id}")


@router.post(PAGE + "/check-ins/{check_in_id}/delete", response_class=HTMLResponse)
def delete_check_in(
    assignment_id: Id, check_in_id: Id, request: Request, user: WebPerson, session: DbSession
) -> Response:
    """Delete one's own note."""
    checks.delete_check_in(session, actor=user, assignment_id=assignment_id, check_in_id=check_in_id)
    path = PAGE.format(assignment_id=assignment_id)
    return see_other(request, path, done="check-in-deleted", fragment="check-ins")


@router.post(PAGE + "/objectives/{objective_id}", response_class=HTMLResponse)
def mark_objective(
    assignment_id: Id, objective_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    progress: Annotated[str, Form(max_length=32)] = "", note: Long = "", updated_at: Day = "",
) -> Response:  # fmt: skip
    """An objective's progress and note, on the version the page showed (`updated_at`)."""
    typed = Typed(f"objective-{objective_id}", {"progress": progress, "note": note})
    try:
        seen = datetime.fromisoformat(updated_at)
    except ValueError:
        seen = datetime.min.replace(tzinfo=now.tzinfo)  # no version named: taken as stale, nothing lost
    try:
        learning.update_progress(session, actor=user, assignment_id=assignment_id, objective_id=objective_id,
                                 progress=progress, note=note, updated_at=seen, now=now)  # fmt: skip
    except InputError as error:
        return _refused(request, session, user, assignment_id, now, typed, error)
    except ConflictError as error:
        if error.code != "stale":
            raise
        session.rollback()
        typed.errors["form"] = STALE
        return _page(request, session, user, assignment_id, now, typed=typed, status=409)
    path = PAGE.format(assignment_id=assignment_id)
    return see_other(request, path, done="objective", fragment=f"objective-{objective_id}")


@router.post(PAGE + "/objectives", response_class=HTMLResponse)
def add_objective(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now, text: Long = ""
) -> Response:
    """An objective of one's own."""
    typed = Typed("objective_add", {"text": text})
    try:
        learning.add_objective(session, actor=user, assignment_id=assignment_id, text=text, now=now)
    except InputError as error:
        return _refused(request, session, user, assignment_id, now, typed, error)
    return see_other(request, PAGE.format(assignment_id=assignment_id), done="objective-added",
                     fragment="learning")  # fmt: skip


@router.post(PAGE + "/objectives/{objective_id}/delete", response_class=HTMLResponse)
def remove_objective(
    assignment_id: Id, objective_id: Id, request: Request, user: WebPerson, session: DbSession
) -> Response:
    """Remove an objective one added."""
    learning.remove_objective(session, actor=user, assignment_id=assignment_id, objective_id=objective_id)
    return see_other(request, PAGE.format(assignment_id=assignment_id), done="objective-removed",
                     fragment="learning")  # fmt: skip


def _hours(text: str) -> int | None:
    if not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise InputError("hours: not a whole number", field="hours") from None


@router.post(PAGE + "/trainings", response_class=HTMLResponse)
def add_training(
    assignment_id: Id, request: Request, user: WebPerson, session: DbSession, now: Now,
    title: Short = "", provider: Short = "", starts_on: Day = "", ends_on: Day = "", hours: Day = "",
    note: Long = "",
) -> Response:  # fmt: skip
    """Record a training attended."""
    typed = Typed(
        "training",
        {
            "title": title,
            "provider": provider,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "hours": hours,
            "note": note,
        },
    )
    writer(session, user, assignment_id, doing="record a training")
    if _every_error(
        typed,
        lambda: checked_text(title, "title", training.TITLE_MAX, required=True),
        lambda: checked_text(provider, "provider", training.PROVIDER_MAX),
        lambda: _day(starts_on, "starts_on"),
        lambda: _day(ends_on, "ends_on") if ends_on.strip() else None,
        lambda: _hours(hours),
        lambda: checked_text(note, "note", training.NOTE_MAX),
    ):
        return _refused(request, session, user, assignment_id, now, typed)
    try:
        given = training.TrainingInput(
            title=title, provider=provider, starts_on=_day(starts_on, "starts_on"),
            ends_on=_day(ends_on, "ends_on") if ends_on.strip() else None, hours=_hours(hours), note=note,
        )  # fmt: skip
        training.add_training(session, actor=user, assignment_id=assignment_id, given=given, now=now)
    except InputError as error:
        return _refused(request, session, user, assignment_id, now, typed, error)
    return see_other(request, PAGE.format(assignment_id=assignment_id), done="training", fragment="training")


@router.post(PAGE + "/trainings/{training_id}/delete", response_class=HTMLResponse)
def remove_training(
    assignment_id: Id, training_id: Id, request: Request, user: WebPerson, session: DbSession
) -> Response:
    """Remove a training's record."""
    training.remove_training(session, actor=user, assignment_id=assignment_id, training_id=training_id)
    return see_other(request, PAGE.format(assignment_id=assignment_id), done="training-removed",
                     fragment="training")  # fmt: skip
