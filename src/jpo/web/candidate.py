"""Candidate pages: applying (`web/applying.py`), my applications and drafts, their receipts and
documents (replaced before the deadline), my data (export) and deleting my account, over the same
services as the API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import UploadFile

from jpo.applications.checklist import KINDS
from jpo.applications.documents import editable, replace_document
from jpo.applications.downloads import document_download, receipt_download
from jpo.applications.drafts import drafts_of_user
from jpo.applications.progress import timelines
from jpo.applications.service import own_application, withdraw_application
from jpo.applications.states import allowed
from jpo.assignments.records import assignments_for
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import Application, User
from jpo.db.repositories import applications_of_user, documents_of
from jpo.errors import JpoError, TooManyAttemptsError, UnauthorizedError
from jpo.http.deps import AppSettings, DbSession, Id, Now, client_address, reads_first
from jpo.http.uploads import UploadedForm, read_capped
from jpo.profiles.privacy import erase_user, export_data
from jpo.profiles.service import current_profile
from jpo.users.sign_in import confirm_password
from jpo.users.throttle import AddressLimits
from jpo.vacancies.service import get_vacancy
from jpo.web import applying
from jpo.web.accounts import refusal
from jpo.web.auth import WebCandidate, WebViewer, end_session
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)
router.include_router(applying.router)  # applying: the checklist, drafts and the form (web/applying.py)
Password = Annotated[str, Form(max_length=1024)]
_REPLACED = N_("The document was replaced. The earlier version is no longer part of your application.")


# --- my applications ---------------------------------------------------------------------------------


@router.get("/me/applications", response_class=HTMLResponse)
def my_applications(request: Request, candidate: WebCandidate, session: DbSession) -> HTMLResponse:
    mine = applications_of_user(session, candidate.id)
    steps = timelines(session, mine)  # each one's stage and since when
    items = [{"application": a, "vacancy": _vacancy_of(session, a), "timeline": steps[a.id]} for a in mine]
    drafts = [{"draft": d, "vacancy": Vacancy.model_validate(get_vacancy(session, d.vacancy_id).document)}
              for d in drafts_of_user(session, candidate.id)]  # fmt: skip
    context = {"items": items, "drafts": drafts, "assignments": assignments_for(session, candidate)}
    return render(request, "candidate/applications.html", context)


def _vacancy_of(session: Session, application: Application) -> Vacancy:
    return Vacancy.model_validate(get_vacancy(session, application.vacancy_id).document)


def _application_context(
    session: Session, candidate: User, application_id: int, now: datetime | None = None
) -> dict[str, Any]:
    application = own_application(session, user=candidate, application_id=application_id)
    closing = get_vacancy(session, application.vacancy_id).closing_utc
    open_now = now is not None and (closing is None or now < closing)
    # The verdict as it was stored (jpo.eligibility/1 JSON): templates read a mapping as they read the model.
    return {"application": application, "vacancy": _vacancy_of(session, application),
            "verdict": application.eligibility,
            "documents": documents_of(session, application.id),
            "may_withdraw": allowed(application.status, "withdrawn", "candidate"),
            "may_replace": open_now and editable(application.status),
            "kinds": KINDS, "replace_errors": {}, "done": None}  # fmt: skip


@router.get("/me/applications/{application_id}", response_class=HTMLResponse)
def my_application(
    application_id: Id, request: Request, candidate: WebCandidate, session: DbSession, now: Now
) -> HTMLResponse:
    """The confirmation, status and its timeline, receipt, the verdict stored at submission, documents;
    another's application is a 404."""
    context = _application_context(session, candidate, application_id, now)
    context["timeline"] = timelines(session, [context["application"]])[application_id]
    context["done"] = _REPLACED if request.query_params.get("done") == "replaced" else None
    return render(request, "candidate/application.html", context)


@router.post("/me/applications/{application_id}/documents/{document_id}/replace", response_class=HTMLResponse)
@reads_first
def replace(
    application_id: Id, document_id: Id, request: Request, candidate: WebCandidate, form: UploadedForm,
    session: DbSession, now: Now, settings: AppSettings,
) -> Response:  # fmt: skip
    """A new version of a document before the deadline (the form read once the candidate is known); a
    refusal comes back as the page with the message beside the document."""
    file = form.get("file")
    if isinstance(file, UploadFile) and file.filename:
        try:
            data = read_capped(file, settings.max_upload_bytes)
            replace_document(session, user=candidate, application_id=application_id, document_id=document_id,
                             filename=file.filename, data=data, data_dir=settings.data_dir,
                             max_bytes=settings.max_upload_bytes, now=now)  # fmt: skip
            return see_other(request, f"/me/applications/{application_id}", done="replaced")
        except JpoError as error:
            if error.http_status == 404:
                raise
            message, status = (
                applying.file_message(request, error, settings, file.filename),
                error.http_status,
            )
            if error.code == "deadline-passed":
                message = applying.say(
                    request, N_("The deadline has passed: documents can no longer be replaced.")
                )
    else:
        message, status = applying.say(request, N_("Choose the new file first.")), 422
    context = _application_context(session, candidate, application_id, now)
    context["timeline"] = timelines(session, [context["application"]])[application_id]
    context["replace_errors"] = {document_id: message}
    return render(request, "candidate/application.html", context, status=status)


@router.get("/me/applications/{application_id}/receipt.pdf")
def receipt(application_id: Id, request: Request, candidate: WebCandidate, session: DbSession) -> Response:
    locale = locale_of(request)
    download = receipt_download(session, user=candidate, application_id=application_id, locale=locale)
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
