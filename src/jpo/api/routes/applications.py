"""Applications: candidates submit (idempotently), follow, withdraw and attach documents; staff in
scope list them, read them (audited) and move them on with a reason."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Form, Header, Query, Response, UploadFile, status

from jpo.api.deps import AnyUser, AppSettings, Candidate, DbSession, Id, Now, Staff
from jpo.api.schemas import (
    ApplicationCreate,
    ApplicationRead,
    DocumentRead,
    StaffApplicationRead,
    TransitionCreate,
)
from jpo.api.uploads import read_capped
from jpo.applications.documents import MEDIA_TYPES, attach_document, readable_document
from jpo.applications.ranking import rank_applications
from jpo.applications.receipt import receipt_pdf
from jpo.applications.service import own_application, submit_application, withdraw_application
from jpo.applications.staff import (
    StaffView,
    list_applications,
    pseudonym,
    staff_application,
    staff_view_of,
    transition_application,
)
from jpo.contracts.ranking import Ranking
from jpo.db.models import Application, Document
from jpo.db.repositories import applications_of_user
from jpo.files.store import get as read_file
from jpo.vacancies.service import get_vacancy

router = APIRouter(tags=["applications"])
_BINARY = {"schema": {"type": "string", "format": "binary"}}

Purpose = Annotated[str, Query(max_length=500, description="why you read this personal data (audited)")]


def application_read(application: Application) -> ApplicationRead:
    return ApplicationRead(
        id=application.id, receipt=application.receipt, status=application.status,
        vacancy_id=application.vacancy_id, submitted_at=application.submitted_at,
    )  # fmt: skip


def document_read(document: Document) -> DocumentRead:
    return DocumentRead.model_validate(document, from_attributes=True)


def staff_read(view: StaffView) -> StaffApplicationRead:
    application = view.application
    return StaffApplicationRead(
        id=application.id, candidate=pseudonym(application), receipt=application.receipt,
        status=application.status, submitted_at=application.submitted_at, motivation=application.motivation,
        eligibility=application.eligibility, profile=view.profile,
        documents=[document_read(d) for d in view.documents], next_statuses=view.next_statuses,
    )  # fmt: skip


@router.post(
    "/vacancies/{vacancy_id}/applications",
    status_code=status.HTTP_201_CREATED,
    response_model=ApplicationRead,
    responses={200: {"model": ApplicationRead, "description": "a retry with the same Idempotency-Key"}},
)
def apply(
    vacancy_id: Id,
    body: ApplicationCreate,
    candidate: Candidate,
    session: DbSession,
    now: Now,
    response: Response,
    idempotency_key: Annotated[str | None, Header(max_length=128)] = None,
) -> ApplicationRead:
    """Apply with the current profile; the same Idempotency-Key again returns the same application."""
    application, created = submit_application(
        session, user=candidate, vacancy_id=vacancy_id, motivation=body.motivation,
        idempotency_key=idempotency_key, now=now,
    )  # fmt: skip
    if not created:
        response.status_code = status.HTTP_200_OK
    return application_read(application)


@router.get("/applications/mine", response_model=list[ApplicationRead])
def my_applications(candidate: Candidate, session: DbSession) -> list[ApplicationRead]:
    return [application_read(a) for a in applications_of_user(session, candidate.id)]


@router.get("/applications/{application_id}", response_model=ApplicationRead)
def my_application(application_id: Id, candidate: Candidate, session: DbSession) -> ApplicationRead:
    return application_read(own_application(session, user=candidate, application_id=application_id))


@router.get(
    "/applications/{application_id}/receipt",
    response_class=Response,
    responses={200: {"content": {"application/pdf": _BINARY}, "description": "the receipt as a PDF"}},
)
def receipt(application_id: Id, candidate: Candidate, session: DbSession) -> Response:
    """The confirmation of an application, as a one-page PDF."""
    application = own_application(session, user=candidate, application_id=application_id)
    vacancy = get_vacancy(session, application.vacancy_id).document
    headers = {"Content-Disposition": f'attachment; filename="{application.receipt}.pdf"'}
    return Response(receipt_pdf(application, vacancy), media_type="application/pdf", headers=headers)


@router.post("/applications/{application_id}/withdraw", response_model=ApplicationRead)
def withdraw(application_id: Id, candidate: Candidate, session: DbSession) -> ApplicationRead:
    return application_read(withdraw_application(session, user=candidate, application_id=application_id))


@router.post(
    "/applications/{application_id}/documents",
    status_code=status.HTTP_201_CREATED,
    response_model=DocumentRead,
)
def upload_document(
    application_id: Id,
    file: Annotated[UploadFile, File(description="PDF, DOCX, PNG or JPEG")],
    kind: Annotated[str, Form(description="motivation_letter, cv, degree, test_certificate or other")],
    candidate: Candidate,
    session: DbSession,
    settings: AppSettings,
) -> DocumentRead:
    """Attach a document to one's own application while it is being screened."""
    data = read_capped(file, settings.max_upload_bytes)
    document = attach_document(
        session, user=candidate, application_id=application_id, kind=kind, filename=file.filename or "",
        data=data, data_dir=settings.data_dir, max_bytes=settings.max_upload_bytes,
    )  # fmt: skip
    return document_read(document)


@router.get(
    "/applications/{application_id}/documents/{document_id}",
    response_class=Response,
    responses={
        200: {"content": {media: _BINARY for media in MEDIA_TYPES.values()}, "description": "the document"}
    },
)
def download_document(
    application_id: Id,
    document_id: Id,
    user: AnyUser,
    session: DbSession,
    settings: AppSettings,
    purpose: Purpose = "screening",
) -> Response:
    """A document, for its owner or for staff who review the vacancy (their read is audited)."""
    document = readable_document(
        session, viewer=user, application_id=application_id, document_id=document_id, purpose=purpose
    )
    headers = {"Content-Disposition": f'attachment; filename="{document.id}-{document.kind}"',
               "X-Content-Type-Options": "nosniff"}  # fmt: skip
    return Response(
        read_file(settings.data_dir, document.sha256), media_type=document.media_type, headers=headers
    )


@router.get("/vacancies/{vacancy_id}/applications", response_model=list[StaffApplicationRead])
def vacancy_applications(
    vacancy_id: Id, staff: Staff, session: DbSession, purpose: Purpose = "screening"
) -> list[StaffApplicationRead]:
    """A vacancy's applications under pseudonyms, for the admins and reviewers in its scope (audited)."""
    return [
        staff_read(v) for v in list_applications(session, actor=staff, vacancy_id=vacancy_id, purpose=purpose)
    ]


@router.get("/vacancies/{vacancy_id}/ranking", response_model=Ranking)
def vacancy_ranking(
    vacancy_id: Id, staff: Staff, session: DbSession, purpose: Purpose = "ranking"
) -> Ranking:
    """The vacancy's applications ranked (jpo.ranking/1, `profile` = application id), eligible first,
    each score with its evidence; for the admins and reviewers in its scope (audited)."""
    return rank_applications(session, actor=staff, vacancy_id=vacancy_id, purpose=purpose)


@router.get("/staff/applications/{application_id}", response_model=StaffApplicationRead)
def staff_view(
    application_id: Id, staff: Staff, session: DbSession, purpose: Purpose = "screening"
) -> StaffApplicationRead:
    return staff_read(staff_application(session, actor=staff, application_id=application_id, purpose=purpose))


@router.post("/applications/{application_id}/transitions", response_model=StaffApplicationRead)
def move(
    application_id: Id, body: TransitionCreate, staff: Staff, session: DbSession
) -> StaffApplicationRead:
    """Move an application on (shortlist, reject, ...) with a reason; the decision is audited."""
    application = transition_application(
        session, actor=staff, application_id=application_id, to=body.to, reason=body.reason
    )
    return staff_read(staff_view_of(session, application))
