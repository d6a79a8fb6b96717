"""Candidate pages: applying with the eligibility verdict first, my applications and their receipts, my
data (export) and deleting my account, over the same services as the API."""

from __future__ import annotations

import secrets
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy.orm import Session

from jpo.applications.documents import (
    MAX_PER_APPLICATION,
    MEDIA_TYPES,
    attach_document,
    sniff,
)
from jpo.applications.downloads import document_download, receipt_download
from jpo.applications.service import (
    MOTIVATION_MAX_LENGTH,
    IneligibleError,
    own_application,
    submit_application,
    verdict_now,
    withdraw_application,
)
from jpo.applications.states import allowed
from jpo.contracts.text import Text, blank_controls, forbidden_character
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import Application, User, VacancyRow
from jpo.db.repositories import applications_of_user, documents_of
from jpo.db.session import start_writing
from jpo.errors import (
    ConflictError,
    InputError,
    JpoError,
    TooLargeError,
    TooManyAttemptsError,
    UnauthorizedError,
)
from jpo.http.deps import AppSettings, DbSession, Id, Now, client_address, reads_first
from jpo.http.uploads import read_capped
from jpo.profiles.privacy import erase_user, export_data
from jpo.profiles.service import current_profile
from jpo.settings import Settings
from jpo.users.sign_in import confirm_password
from jpo.users.throttle import AddressLimits
from jpo.vacancies.service import get_vacancy, visible_vacancy
from jpo.web.accounts import refusal
from jpo.web.auth import WebCandidate, WebViewer, end_session
from jpo.web.i18n import N_, number
from jpo.web.render import locale_of, render, see_other, translator

router = APIRouter(include_in_schema=False)
Uploads = Annotated[list[UploadFile] | None, File()]
Password = Annotated[str, Form(max_length=1024)]
Key = Annotated[Text, Form(max_length=128)]  # the Idempotency-Key the API accepts
Chosen = tuple[str, str, bytes]  # a document's kind, file name and bytes
_TYPES = ", ".join(fmt.upper() for fmt in MEDIA_TYPES)  # what `sniff` recognises
_ACCEPT = ",".join([*(f".{fmt}" for fmt in MEDIA_TYPES), ".jpg", *MEDIA_TYPES.values()])
MOTIVATION_MAX = MOTIVATION_MAX_LENGTH  # as the API accepts
_KEY_REUSED = N_("This form had already been sent for another vacancy; please send it again.")
_CONFLICTS = {
    "deadline-passed": N_("Applications to this vacancy are closed."),
    "already-applied": N_("You have already applied to this vacancy."),
    "application-limit": N_("You have already made as many applications this year as this programme allows."),
    "idempotency-key-reused": _KEY_REUSED,
}


def _limits(settings: Settings) -> dict[str, Any]:
    return {"motivation": MOTIVATION_MAX, "mb": settings.max_upload_mb, "documents": MAX_PER_APPLICATION,
            "types": _TYPES, "accept": _ACCEPT}  # fmt: skip


def _say(request: Request, message: str, **values: float | str) -> str:
    """`message` translated, with its numbers written the reader's way. The form macros pass it through
    `_()` again, which leaves a text that is not a catalogue entry as it is."""
    locale = locale_of(request)
    written = {k: number(v, locale) if isinstance(v, int | float) else v for k, v in values.items()}
    return str(translator(locale)(message, **written))


def _zone(vacancy: Vacancy) -> str | None:
    return (vacancy.closing.timezone if vacancy.closing else None) or vacancy.duty_station.timezone


# --- applying ----------------------------------------------------------------------------------------


def _apply_context(
    session: Session, candidate: User, row: VacancyRow, now: datetime, settings: Settings, **more: Any
) -> dict[str, Any]:
    """The vacancy, the verdict on the saved profile (None without one), and the form."""
    vacancy = Vacancy.model_validate(row.document)
    verdict = verdict_now(session, user=candidate, vacancy=row, now=now)
    applied = next((a for a in applications_of_user(session, candidate.id) if a.vacancy_id == row.id), None)
    closing = row.closing_utc
    context = {"id": row.id, "vacancy": vacancy, "closing": closing, "zone": _zone(vacancy),
               "open": row.status == "published" and (closing is None or closing > now),
               "has_profile": verdict is not None, "verdict": verdict, "applied": applied,
               "form": {"motivation": "", "key": secrets.token_urlsafe(24)}, "errors": {}, "problem": None,
               "failing": [], "limits": _limits(settings)}  # fmt: skip
    return {**context, **more}


@router.get("/vacancies/{vacancy_id}/apply", response_class=HTMLResponse)
def apply_form(
    vacancy_id: Id, request: Request, candidate: WebCandidate, session: DbSession, now: Now,
    settings: AppSettings,
) -> HTMLResponse:  # fmt: skip
    """Eligibility first, criterion by criterion; the form only when the candidate may apply."""
    row = visible_vacancy(session, viewer=candidate, vacancy_id=vacancy_id)
    return render(request, "candidate/apply.html", _apply_context(session, candidate, row, now, settings))


class _DocumentRefusedError(Exception):
    """A document the service refused after the application was written: the whole form is undone."""

    def __init__(self, kind: str, filename: str, error: JpoError) -> None:
        super().__init__(str(error))
        self.kind, self.filename, self.error = kind, filename, error


def _file_message(request: Request, error: JpoError, settings: Settings, filename: str) -> str:
    """The service's refusal of one file, said to the candidate with the file's name and the limit."""
    filename = Path(filename).name[:120]
    if isinstance(error, TooLargeError):
        message = N_("%(file)s is over the limit of %(mb)s MB.")
        return _say(request, message, file=filename, mb=settings.max_upload_mb)
    if str(error).endswith("empty"):
        return _say(request, N_("%(file)s is empty."), file=filename)
    if str(error).startswith("file:"):
        return _say(
            request, N_("%(file)s is not accepted: only %(types)s files are."), file=filename, types=_TYPES
        )
    return _say(request, N_("%(file)s could not be attached."), file=filename)


def _read_uploads(
    request: Request, uploads: dict[str, list[UploadFile]], settings: Settings
) -> tuple[list[Chosen], dict[str, str]]:
    """Every chosen file read and checked (size, then type by its bytes, as the service will) before
    anything is written; the errors by field."""
    chosen: list[Chosen] = []
    errors: dict[str, str] = {}
    for kind, files in uploads.items():
        for upload in files:
            if not upload.filename:  # a file control left empty
                continue
            try:
                data = read_capped(upload, settings.max_upload_bytes)
                if not data:
                    raise InputError("file: the document is empty")
                sniff(data, max_bytes=settings.max_upload_bytes)
            except JpoError as error:
                errors.setdefault(kind, _file_message(request, error, settings, upload.filename))
                continue
            chosen.append((kind, upload.filename, data))
    if len(chosen) > MAX_PER_APPLICATION:
        errors.setdefault("other", _say(request, N_("An application holds at most %(n)s documents."),
                                        n=MAX_PER_APPLICATION))  # fmt: skip
    return chosen, errors


def _submit(
    session: Session, candidate: User, vacancy_id: int, form: dict[str, str], files: list[Chosen],
    settings: Settings, now: datetime,
) -> Application:  # fmt: skip
    """Submit and attach in one savepoint: a refusal undoes both, so nothing is half written (but a
    refusal the service keeps on record, `keeps_work`, stays, as `unit_of_work` keeps it for the API)."""
    savepoint = session.begin_nested()
    try:
        application, created = submit_application(
            session, user=candidate, vacancy_id=vacancy_id, motivation=form["motivation"],
            idempotency_key=form["key"] or None, now=now,
        )  # fmt: skip
        for file in files if created else []:  # a resend: the first one brought them
            _attach(session, candidate, application, file, settings)
    except Exception as error:
        if getattr(error, "keeps_work", False):
            savepoint.commit()
        else:
            savepoint.rollback()
        raise
    savepoint.commit()
    return application


def _attach(
    session: Session, candidate: User, application: Application, file: Chosen, settings: Settings
) -> None:
    kind, filename, data = file
    try:
        attach_document(session, user=candidate, application_id=application.id, kind=kind,
                        filename=filename, data=data, data_dir=settings.data_dir,
                        max_bytes=settings.max_upload_bytes)  # fmt: skip
    except JpoError as error:
        raise _DocumentRefusedError(kind, filename, error) from error


def _refusal(request: Request, error: Exception, settings: Settings) -> dict[str, Any]:
    """What the form shows for a refused submission (a field error or a problem) and its status."""
    if isinstance(error, _DocumentRefusedError):
        message = _file_message(request, error.error, settings, error.filename)
        return {"errors": {error.kind: message}, "status": 422}
    if isinstance(error, IneligibleError):
        problem = N_("You do not meet every rule of this vacancy, so the application cannot be sent.")
        return {"problem": problem, "failing": error.extensions.get("criteria", []), "status": 422}
    if isinstance(error, ConflictError) and error.code in _CONFLICTS:
        return {"problem": _CONFLICTS[error.code], "status": 409}
    if isinstance(error, InputError) and error.code in _CONFLICTS:  # the key was used for another vacancy
        return {"problem": _CONFLICTS[error.code], "status": 422}
    if isinstance(error, JpoError) and error.field == "profile":
        return {"problem": N_("Save your profile before applying."), "status": 422}
    raise error


@router.post("/vacancies/{vacancy_id}/apply", response_class=HTMLResponse)
@reads_first
def apply(
    vacancy_id: Id, request: Request, candidate: WebCandidate, session: DbSession, now: Now,
    settings: AppSettings, motivation: Annotated[str, Form()] = "", key: Key = "",
    cv: Uploads = None, motivation_letter: Uploads = None, degree: Uploads = None,
    test_certificate: Uploads = None, other: Uploads = None,
) -> Response:  # fmt: skip
    """Submit through the service with the form's idempotency key, attaching the chosen files."""
    row = visible_vacancy(session, viewer=candidate, vacancy_id=vacancy_id)
    form = {"motivation": motivation.replace("\r\n", "\n"), "key": key}  # browsers send line ends as CRLF
    chosen = {"cv": cv, "motivation_letter": motivation_letter, "degree": degree,
              "test_certificate": test_certificate, "other": other}  # fmt: skip
    files, errors = _read_uploads(request, {kind: given or [] for kind, given in chosen.items()}, settings)
    if len(form["motivation"]) > MOTIVATION_MAX:
        errors["motivation"] = _say(request, N_("Please shorten your letter to %(n)s characters at most."),
                                    n=MOTIVATION_MAX)  # fmt: skip
    elif forbidden_character(form["motivation"]):
        errors["motivation"] = _say(
            request, N_("Remove the control characters (such as NUL) from this text.")
        )
        form["motivation"] = blank_controls(form["motivation"])  # shown again without them
    refusal: dict[str, Any] = {"errors": errors, "status": 422}
    if not errors:
        start_writing(session)  # the files were read and checked holding no write lock
        try:
            application = _submit(session, candidate, vacancy_id, form, files, settings, now)
            return see_other(request, f"/me/applications/{application.id}")
        except (JpoError, _DocumentRefusedError) as error:
            refusal = _refusal(request, error, settings)
    if refusal.get("problem") == _KEY_REUSED:
        form["key"] = secrets.token_urlsafe(24)
    status = refusal.pop("status")
    context = _apply_context(session, candidate, row, now, settings, form=form, **refusal)
    return render(request, "candidate/apply.html", context, status=status)


# --- my applications ---------------------------------------------------------------------------------


@router.get("/me/applications", response_class=HTMLResponse)
def my_applications(request: Request, candidate: WebCandidate, session: DbSession) -> HTMLResponse:
    mine = applications_of_user(session, candidate.id)
    items = [{"application": a, "vacancy": _vacancy_of(session, a)} for a in mine]
    return render(request, "candidate/applications.html", {"items": items})


def _vacancy_of(session: Session, application: Application) -> Vacancy:
    return Vacancy.model_validate(get_vacancy(session, application.vacancy_id).document)


def _application_context(session: Session, candidate: User, application_id: int) -> dict[str, Any]:
    application = own_application(session, user=candidate, application_id=application_id)
    # The verdict as it was stored (jpo.eligibility/1 JSON): templates read a mapping as they read the model.
    return {"application": application, "vacancy": _vacancy_of(session, application),
            "verdict": application.eligibility,
            "documents": documents_of(session, application.id),
            "may_withdraw": allowed(application.status, "withdrawn", "candidate")}  # fmt: skip


@router.get("/me/applications/{application_id}", response_class=HTMLResponse)
def my_application(
    application_id: Id, request: Request, candidate: WebCandidate, session: DbSession
) -> HTMLResponse:
    """Status, receipt, the verdict stored at submission, documents; another's application is a 404."""
    context = _application_context(session, candidate, application_id)
    return render(request, "candidate/application.html", context)


@router.get("/me/applications/{application_id}/receipt.pdf")
def receipt(application_id: Id, candidate: WebCandidate, session: DbSession) -> Response:
    download = receipt_download(session, user=candidate, application_id=application_id)
    return Response(download.content, media_type=download.media_type, headers=download.headers())


@router.get("/me/applications/{application_id}/documents/{document_id}")
def my_document(
    application_id: Id, document_id: Id, candidate: WebCandidate, session: DbSession, settings: AppSettings
) -> Response:
    download = document_download(
        session, viewer=candidate, application_id=application_id, document_id=document_id,
        purpose="own document", data_dir=settings.data_dir,
    )  # fmt: skip
    return Response(download.content, media_type=download.media_type, headers=download.headers())


@router.get("/me/applications/{application_id}/withdraw", response_class=HTMLResponse)
def withdraw_form(
    application_id: Id, request: Request, candidate: WebCandidate, session: DbSession
) -> HTMLResponse:
    """The confirmation step before withdrawing."""
    context = _application_context(session, candidate, application_id)
    return render(request, "candidate/withdraw.html", context, status=200 if context["may_withdraw"] else 409)


@router.post("/me/applications/{application_id}/withdraw")
def withdraw(application_id: Id, request: Request, candidate: WebCandidate, session: DbSession) -> Response:
    withdraw_application(session, user=candidate, application_id=application_id)
    return see_other(request, f"/me/applications/{application_id}")


# --- my data -----------------------------------------------------------------------------------------


def _data_context(session: Session, candidate: User, **more: Any) -> dict[str, Any]:
    """How much is held, by kind, for the page that explains why."""
    profile = current_profile(session, candidate.id)
    applications = applications_of_user(session, candidate.id)
    held = {"versions": profile.version if profile else 0, "applications": len(applications),
            "documents": sum(len(a.documents) for a in applications)}  # fmt: skip
    return {"held": held, "errors": {}, **more}


@router.get("/me/data", response_class=HTMLResponse)
def my_data(request: Request, candidate: WebCandidate, session: DbSession) -> HTMLResponse:
    return render(request, "candidate/data.html", _data_context(session, candidate))


@router.get("/me/data/export.json")
def export(candidate: WebCandidate, session: DbSession, now: Now) -> JSONResponse:
    """The jpo.export/1 document, as a file to keep."""
    headers = {"Content-Disposition": f'attachment; filename="jpo-export-{now.date().isoformat()}.json"'}
    return JSONResponse(export_data(session, user=candidate, now=now), headers=headers)


@router.post("/me/data/delete", response_class=HTMLResponse)
@reads_first  # the password is checked by the sign-in path's own short transactions, not under this one
def delete_account(
    request: Request, candidate: WebCandidate, session: DbSession, now: Now, settings: AppSettings,
    password: Password = "",
) -> Response:  # fmt: skip
    """Erase the account once its password is typed again, checked and counted as a sign-in is (a wrong
    one is a failed sign-in; a paused account waits); the session ends with it."""
    try:
        confirm_password(
            request.app.state.engine, email=candidate.email, password=password,
            client=client_address(request), limit=AddressLimits.of(settings).sign_in, now=now,
        )  # fmt: skip
    except (UnauthorizedError, TooManyAttemptsError) as error:
        if isinstance(error, TooManyAttemptsError):
            errors, status = {"password": refusal(request, error)}, 429
        else:
            errors, status = {"password": N_("This is not your password; nothing was deleted.")}, 422
        context = _data_context(session, candidate, errors=errors)
        return render(request, "candidate/data.html", context, status)
    erase_user(session, user=candidate, now=now, data_dir=settings.data_dir)
    response = see_other(request, "/account-deleted")
    end_session(response)
    return response


@router.get("/account-deleted", response_class=HTMLResponse)
def account_deleted(request: Request, viewer: WebViewer) -> HTMLResponse:
    return render(request, "candidate/deleted.html", {})
