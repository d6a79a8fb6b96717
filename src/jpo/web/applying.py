"""Applying in a browser: the eligibility verdict first, then the vacancy's checklist with what is still
missing, a form that saves a draft or submits it (refused while incomplete, the draft kept), documents
taken off a draft, and a document of a submitted application replaced before the deadline. The forms are
read (`http.uploads.read_form`) only once the candidate is known, over the same services as the API."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData, UploadFile

from jpo.applications.checklist import Checklist, Held, answers, applies
from jpo.applications.documents import MAX_PER_APPLICATION, MEDIA_TYPES, checked_file
from jpo.applications.drafts import (
    attach_to_draft,
    discard_draft,
    draft_for,
    remove_from_draft,
    save_draft,
    still_missing,
)
from jpo.applications.notice import RANKING_NOTICE, RANKING_NOTICE_VERSION
from jpo.applications.service import (
    MOTIVATION_MAX_LENGTH,
    IncompleteError,
    IneligibleError,
    earlier_submission,
    submit_application,
    verdict_now,
)
from jpo.contracts.profile import Profile
from jpo.contracts.text import blank_controls, forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import ApplicationDraft, DraftDocument, User, VacancyRow
from jpo.db.repositories import applications_of_user
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError, JpoError
from jpo.http.deps import AppSettings, DbSession, Id, Now, reads_first
from jpo.http.uploads import UploadedForm, read_capped
from jpo.profiles.service import current_profile
from jpo.settings import Settings
from jpo.vacancies.checklists import vacancy_checklist
from jpo.vacancies.service import visible_vacancy
from jpo.web.auth import WebCandidate
from jpo.web.i18n import N_, number
from jpo.web.render import locale_of, render, see_other, translator

router = APIRouter(include_in_schema=False)
Chosen = tuple[str, str | None, str, bytes]  # a document's kind, checklist item, file name and bytes
_TYPES = ", ".join(fmt.upper() for fmt in MEDIA_TYPES)  # what `sniff` recognises
_ACCEPT = ",".join([*(f".{fmt}" for fmt in MEDIA_TYPES), ".jpg", *MEDIA_TYPES.values()])
MOTIVATION_MAX = MOTIVATION_MAX_LENGTH  # as the API accepts
KEY_MAX = 128  # the Idempotency-Key the API accepts
# The controls for documents sent by kind, beside the checklist's items (a kind an item already asks
# for is not offered again, except a letter as a file and "other documents").
GENERIC = (("cv", N_("CV")), ("motivation_letter", N_("Motivation letter as a file (optional)")),
           ("degree", N_("Diplomas")), ("test_certificate", N_("Language test certificates")),
           ("other", N_("Other documents")))  # fmt: skip
_KEY_REUSED = N_("This form had already been sent for another vacancy; please send it again.")
_CONFLICTS = {
    "deadline-passed": N_("Applications to this vacancy are closed."),
    "already-applied": N_("You have already applied to this vacancy."),
    "application-limit": N_("You have already made as many applications this year as this programme allows."),
    "idempotency-key-reused": _KEY_REUSED,
}
_INCOMPLETE = N_("Your application is not complete: add what the checklist still asks for, then send it.")
_DONE = {"draft": N_("Your draft is saved. Come back to it before the deadline and send it."),
         "removed": N_("The document was taken off your draft."),
         "discarded": N_("Your draft was deleted.")}  # fmt: skip


def say(request: Request, message: str, **values: float | str) -> str:
    """`message` translated, with its numbers written the reader's way (the form macros pass it through
    `_()` again, which leaves a text that is not a catalogue entry as it is)."""
    locale = locale_of(request)
    written = {k: number(v, locale) if isinstance(v, int | float) else v for k, v in values.items()}
    return str(translator(locale)(message, **written))


def _limits(settings: Settings) -> dict[str, Any]:
    return {"motivation": MOTIVATION_MAX, "mb": settings.max_upload_mb, "documents": MAX_PER_APPLICATION,
            "types": _TYPES, "accept": _ACCEPT}  # fmt: skip


def _zone(vacancy: Vacancy) -> str | None:
    return (vacancy.closing.timezone if vacancy.closing else None) or vacancy.duty_station.timezone


# --- the checklist as the page shows it ---------------------------------------------------------------


def _item_field(key: str) -> str:
    return f"item-{key}"


def _generic(checklist: Checklist) -> list[tuple[str, str]]:
    asked = {item.kind for item in checklist.items}
    return [
        (kind, label)
        for kind, label in GENERIC
        if kind in ("motivation_letter", "other") or kind not in asked
    ]


def _rows(checklist: Checklist, profile: Profile, documents: list[DraftDocument]) -> list[dict[str, Any]]:
    """Each item: whether it is asked of this candidate, the draft's documents for it, whether it is done."""
    rows = []
    for item in checklist.items:
        mine = [d for d in documents if answers(item, [Held(d.kind, d.item)])]
        state = {"required": "required", "optional": "optional"}.get(item.rule) or (
            "required_for_you" if applies(item, profile) else "not_for_you"
        )
        rows.append({"item": item, "field": _item_field(item.key), "state": state, "documents": mine,
                     "done": bool(mine)})  # fmt: skip
    return rows


@dataclass(frozen=True)
class _Checklist:
    checklist: Checklist
    rows: list[dict[str, Any]]
    loose: list[DraftDocument]  # the draft's documents no item claims
    letter_required: bool
    missing: list[Any]


def _checklist_view(session: Session, candidate: User, row: VacancyRow, draft: ApplicationDraft | None,
                    motivation: str) -> _Checklist:  # fmt: skip
    checklist = vacancy_checklist(row)
    profile_row = current_profile(session, candidate.id)
    profile = Profile.model_validate(profile_row.document) if profile_row else Profile()
    documents = list(draft.documents) if draft else []
    rows = _rows(checklist, profile, documents)
    claimed = {d.id for r in rows for d in r["documents"]}
    lacking = still_missing(session, user=candidate, checklist=checklist, draft=draft, motivation=motivation)
    return _Checklist(checklist, rows, [d for d in documents if d.id not in claimed],
                      checklist.motivation_letter == "required", lacking)  # fmt: skip


def _apply_context(
    request: Request, session: Session, candidate: User, row: VacancyRow, now: datetime, settings: Settings,
    **more: Any,
) -> dict[str, Any]:  # fmt: skip
    """The vacancy, the verdict on the saved profile (None without one), the checklist, the draft and the
    form."""
    vacancy = Vacancy.model_validate(row.document)
    verdict = verdict_now(session, user=candidate, vacancy=row, now=now)
    applied = next((a for a in applications_of_user(session, candidate.id) if a.vacancy_id == row.id), None)
    draft = draft_for(session, user=candidate, vacancy_id=row.id)
    form = more.pop("form", None) or {
        "motivation": draft.motivation if draft else "",
        "key": secrets.token_urlsafe(24),
    }
    closing = row.closing_utc
    context = {"id": row.id, "vacancy": vacancy, "closing": closing, "zone": _zone(vacancy),
               "open": row.status == "published" and (closing is None or closing > now),
               "has_profile": verdict is not None, "verdict": verdict, "applied": applied, "draft": draft,
               "checklist": _checklist_view(session, candidate, row, draft, form["motivation"]),
               "generic": _generic(vacancy_checklist(row)), "form": form, "errors": {}, "problem": None,
               "failing": [], "incomplete": False, "limits": _limits(settings),
               "done": _DONE.get(request.query_params.get("done", "")),
               "notice": RANKING_NOTICE, "notice_version": RANKING_NOTICE_VERSION}  # fmt: skip
    return {**context, **more}


@router.get("/vacancies/{vacancy_id}/apply", response_class=HTMLResponse)
def apply_form(
    vacancy_id: Id, request: Request, candidate: WebCandidate, session: DbSession, now: Now,
    settings: AppSettings,
) -> HTMLResponse:  # fmt: skip
    """Eligibility first, criterion by criterion; then the checklist and the form, when the candidate may
    apply."""
    row = visible_vacancy(session, viewer=candidate, vacancy_id=vacancy_id)
    return render(
        request, "candidate/apply.html", _apply_context(request, session, candidate, row, now, settings)
    )


# --- reading the form ---------------------------------------------------------------------------------


_FILE_MESSAGES = {
    "too-large": N_("%(file)s is over the limit of %(mb)s MB."),
    "document-empty": N_("%(file)s is empty."),
    "document-format": N_("%(file)s is not accepted: only %(types)s files are."),
    "document-limit": N_("An application holds at most %(n)s documents."),
}


def file_message(request: Request, error: JpoError, settings: Settings, filename: str) -> str:
    """The service's refusal of one file, by its code, said to the candidate with the file's name and the
    limit."""
    message = _FILE_MESSAGES.get(error.code, N_("%(file)s could not be attached."))
    return say(request, message, file=Path(filename).name[:120], mb=settings.max_upload_mb, types=_TYPES,
                n=MAX_PER_APPLICATION)  # fmt: skip


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


def _uploads(form: FormData, checklist: Checklist) -> dict[tuple[str, str | None, str], list[UploadFile]]:
    """The file controls of the form, by (kind, item, field)."""
    controls: list[tuple[str, str | None, str]] = [
        (item.kind, item.key, _item_field(item.key)) for item in checklist.items
    ]
    controls += [(kind, None, kind) for kind, _ in _generic(checklist)]
    return {control: [f for f in form.getlist(control[2]) if isinstance(f, UploadFile) and f.filename]
            for control in controls}  # fmt: skip


def _read_uploads(
    request: Request, uploads: dict[tuple[str, str | None, str], list[UploadFile]], settings: Settings
) -> tuple[list[Chosen], dict[str, str]]:
    """Every chosen file read and checked (size, then type by its bytes, as the service will) before
    anything is written; the errors by field."""
    chosen: list[Chosen] = []
    errors: dict[str, str] = {}
    for (kind, item, field), files in uploads.items():
        for upload in files:
            name = upload.filename or ""
            try:
                data = read_capped(upload, settings.max_upload_bytes)
                checked_file(data, max_bytes=settings.max_upload_bytes)
            except JpoError as error:
                errors.setdefault(field, file_message(request, error, settings, name))
                continue
            chosen.append((kind, item, name, data))
    if len(chosen) > MAX_PER_APPLICATION:
        errors.setdefault("other", say(request, _FILE_MESSAGES["document-limit"], n=MAX_PER_APPLICATION))
    return chosen, errors


def _typed(request: Request, form: FormData) -> tuple[dict[str, str], dict[str, str]]:
    """The letter and the form's key as typed (line ends as the API stores them), and their errors."""
    typed = {"motivation": _text(form, "motivation").replace("\r\n", "\n"), "key": _text(form, "key")}
    errors: dict[str, str] = {}
    if len(typed["motivation"]) > MOTIVATION_MAX:
        errors["motivation"] = say(request, N_("Please shorten your letter to %(n)s characters at most."),
                                    n=MOTIVATION_MAX)  # fmt: skip
    elif forbidden_character(typed["motivation"]):
        errors["motivation"] = say(request, N_("Remove the control characters (such as NUL) from this text."))
        typed["motivation"] = blank_controls(typed["motivation"])  # shown again without them
    if len(typed["key"]) > KEY_MAX or forbidden_character(typed["key"]):
        typed["key"] = (
            ""  # not one this page wrote: the application is made once all the same (one per vacancy)
        )
    return typed, errors


# --- saving the draft, submitting ---------------------------------------------------------------------


class _DocumentRefusedError(Exception):
    """A document the service refused once writing began: the draft's changes are undone."""

    def __init__(self, field: str, filename: str, error: JpoError) -> None:
        super().__init__(str(error))
        self.field, self.filename, self.error = field, filename, error


def _save(session: Session, candidate: User, vacancy_id: int, motivation: str, files: list[Chosen],
          settings: Settings, now: datetime) -> None:  # fmt: skip
    """The letter and the chosen files into the candidate's draft, in one savepoint (all or nothing)."""
    with session.begin_nested():
        save_draft(session, user=candidate, vacancy_id=vacancy_id, motivation=motivation, now=now)
        for kind, item, filename, data in files:
            try:
                attach_to_draft(session, user=candidate, vacancy_id=vacancy_id, kind=kind, item=item,
                                filename=filename, data=data, data_dir=settings.data_dir,
                                max_bytes=settings.max_upload_bytes, now=now)  # fmt: skip
            except JpoError as error:
                raise _DocumentRefusedError(_item_field(item) if item else kind, filename, error) from error


def _submit(session: Session, candidate: User, vacancy_id: int, motivation: str | None, key: str,
            now: datetime, locale: str, notice: str | None = None) -> int:  # fmt: skip
    """Submit in a savepoint: a refusal undoes the submission only (the draft stays), except what the
    service keeps on record (`keeps_work`), as `unit_of_work` keeps it for the API."""
    savepoint = session.begin_nested()
    try:
        application, _ = submit_application(
            session, user=candidate, vacancy_id=vacancy_id, motivation=motivation,
            idempotency_key=key or None, now=now, locale=locale, notice_version=notice,
        )  # fmt: skip
    except Exception as error:
        if getattr(error, "keeps_work", False):
            savepoint.commit()
        else:
            savepoint.rollback()
        raise
    savepoint.commit()
    return application.id


def _refusal(request: Request, error: Exception, settings: Settings) -> dict[str, Any]:
    """What the form shows for a refused draft or submission (a field error or a problem) and its status."""
    if isinstance(error, _DocumentRefusedError):
        status = error.error.http_status if error.error.http_status in (409, 413) else 422
        return {"errors": {error.field: file_message(request, error.error, settings, error.filename)},
                "status": status}  # fmt: skip
    if isinstance(error, IncompleteError):
        return {"problem": _INCOMPLETE, "incomplete": True, "status": 422}
    if isinstance(error, IneligibleError):
        problem = N_("You do not meet every rule of this vacancy, so the application cannot be sent.")
        return {"problem": problem, "failing": error.extensions.get("criteria", []), "status": 422}
    if isinstance(error, ConflictError | InputError) and error.code in _CONFLICTS:
        return {"problem": _CONFLICTS[error.code], "status": error.http_status}
    if isinstance(error, JpoError) and error.field == "profile":
        return {"problem": N_("Save your profile before applying."), "status": 422}
    raise error


@router.post("/vacancies/{vacancy_id}/apply", response_class=HTMLResponse)
@reads_first
def apply(
    vacancy_id: Id, request: Request, candidate: WebCandidate, form: UploadedForm, session: DbSession,
    now: Now, settings: AppSettings,
) -> Response:  # fmt: skip
    """Save the letter and the chosen files as a draft (`action=draft`), or submit: the draft, when there
    is one or files were chosen, else the letter alone; with the form's idempotency key, so a form sent
    twice makes one application."""
    row = visible_vacancy(session, viewer=candidate, vacancy_id=vacancy_id)
    typed, errors = _typed(request, form)
    earlier = earlier_submission(session, user=candidate, key=typed["key"] or None)
    if earlier is not None and earlier.vacancy_id == vacancy_id:  # this very form, sent again
        return see_other(request, f"/me/applications/{earlier.id}")
    files, file_errors = _read_uploads(request, _uploads(form, vacancy_checklist(row)), settings)
    errors |= file_errors
    refusal: dict[str, Any] = {"errors": errors, "status": 422}
    if not errors:
        start_writing(session)  # the files were read and checked holding no write lock
        drafting = _text(form, "action") == "draft"
        try:
            if drafting or files or draft_for(session, user=candidate, vacancy_id=vacancy_id) is not None:
                _save(session, candidate, vacancy_id, typed["motivation"], files, settings, now)
                if drafting:
                    return see_other(request, f"/vacancies/{vacancy_id}/apply", done="draft")
                letter = None
            else:
                letter = typed["motivation"]
            application_id = _submit(session, candidate, vacancy_id, letter, typed["key"], now,
                                     locale_of(request), _text(form, "notice")[:32] or None)  # fmt: skip
            return see_other(request, f"/me/applications/{application_id}")
        except (JpoError, _DocumentRefusedError) as error:
            refusal = _refusal(request, error, settings)
    if refusal.get("problem") == _KEY_REUSED or not typed["key"]:
        typed["key"] = secrets.token_urlsafe(24)
    status = refusal.pop("status")
    context = _apply_context(request, session, candidate, row, now, settings, form=typed, **refusal)
    return render(request, "candidate/apply.html", context, status=status)


@router.post("/vacancies/{vacancy_id}/apply/documents/{document_id}/remove")
def remove_document(
    vacancy_id: Id, document_id: Id, request: Request, candidate: WebCandidate, session: DbSession, now: Now,
    settings: AppSettings,
) -> Response:  # fmt: skip
    """Take a document off the draft (to replace it, choose the new file in the form)."""
    remove_from_draft(session, user=candidate, vacancy_id=vacancy_id, document_id=document_id,
                      data_dir=settings.data_dir, now=now)  # fmt: skip
    return see_other(request, f"/vacancies/{vacancy_id}/apply", done="removed")


@router.post("/vacancies/{vacancy_id}/apply/discard")
def discard(
    vacancy_id: Id, request: Request, candidate: WebCandidate, session: DbSession, settings: AppSettings
) -> Response:
    discard_draft(session, user=candidate, vacancy_id=vacancy_id, data_dir=settings.data_dir)
    return see_other(request, f"/vacancies/{vacancy_id}/apply", done="discarded")
