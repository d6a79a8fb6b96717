"""Applications: candidates submit (idempotently), follow, withdraw and attach documents; staff in
scope list them, read them (audited) and move them on with a reason."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Response, status

from jpo.api.deps import AnyUser, Candidate, Staff
from jpo.api.schemas import (
    ApplicationCreate,
    ApplicationRead,
    DocumentRead,
    StaffApplicationRead,
    StaffIdentityRead,
    TransitionCreate,
)
from jpo.applications.documents import MEDIA_TYPES, attach_document
from jpo.applications.downloads import document_download, document_filename, receipt_download
from jpo.applications.ranking import rank_applications
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
from jpo.contracts.text import Text
from jpo.db.models import Application, Document
from jpo.db.repositories import applications_of_user
from jpo.http.deps import AppSettings, DbSession, Id, Now, reads_first
from jpo.http.uploads import FILE, UploadedForm, form_file, form_text, multipart_body, read_capped

router = APIRouter(tags=["applications"])
_BINARY = {"schema": {"type": "string", "format": "binary"}}

Purpose = Annotated[Text, Query(max_length=500, description="why you read this personal data (audited)")]
Identity = Annotated[bool, Query(description="add who the candidate is (for the vacancy's programme admins)")]


def application_read(application: Application) -> ApplicationRead:
    return ApplicationRead(
        id=application.id, receipt=application.receipt, status=application.status,
        vacancy_id=application.vacancy_id, submitted_at=application.submitted_at,
    )  # fmt: skip


def document_read(document: Document) -> DocumentRead:
    return DocumentRead.model_validate(document, from_attributes=True)


def staff_document_read(document: Document) -> DocumentRead:
    """A document as staff see it: under the name it is served with, not the one its candidate gave."""
    return document_read(document).model_copy(update={"filename": document_filename(document)})


def staff_read(view: StaffView) -> StaffApplicationRead:
    application, identity = view.application, view.identity
    who = StaffIdentityRead(profile=identity.profile, eligibility=identity.eligibility) if identity else None
    return StaffApplicationRead(
        id=application.id, candidate=pseudonym(application), receipt=application.receipt,
        status=application.status, submitted_at=application.submitted_at, motivation=application.motivation,
        eligibility=view.screening, profile=view.profile, identity=who,
        documents=[staff_document_read(d) for d in view.documents], next_statuses=view.next_statuses,
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
    idempotency_key: Annotated[Text | None, Header(max_length=128)] = None,
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
    download = receipt_download(session, user=candidate, application_id=application_id)
    return Response(download.content, media_type=download.media_type, headers=download.headers())


@router.post("/applications/{application_id}/withdraw", response_model=ApplicationRead)
def withdraw(application_id: Id, candidate: Candidate, session: DbSession) -> ApplicationRead:
    return application_read(withdraw_application(session, user=candidate, application_id=application_id))


@router.post(
    "/applications/{application_id}/documents",
    status_code=status.HTTP_201_CREATED,
    response_model=DocumentRead,
    responses={200: {"model": DocumentRead, "description": "the same file sent again as the same kind"}},
    openapi_extra=multipart_body(
        file={**FILE, "description": "PDF, DOCX, PNG or JPEG"},
        kind={"type": "string", "description": "motivation_letter, cv, degree, test_certificate or other"},
    ),
)
@reads_first
def upload_document(
    application_id: Id, candidate: Candidate, form: UploadedForm, session: DbSession, settings: AppSettings,
    response: Response,
) -> DocumentRead:  # fmt: skip
    """Attach a document to one's own application while it is being screened; the same file sent again
    as the same kind (a retry) returns the document already stored, with 200."""
    file = form_file(form, "file")
    kind = form_text(form, "kind", max_length=32)
    data = read_capped(file, settings.max_upload_bytes)
    document, created = attach_document(  # starts writing once the file is checked
        session, user=candidate, application_id=application_id, kind=kind, filename=file.filename or "",
        data=data, data_dir=settings.data_dir, max_bytes=settings.max_upload_bytes,
    )  # fmt: skip
    if not created:
        response.status_code = status.HTTP_200_OK
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
    download = document_download(
        session, viewer=user, application_id=application_id, document_id=document_id, purpose=purpose,
        data_dir=settings.data_dir,
    )  # fmt: skip
    return Response(download.content, media_type=download.media_type, headers=download.headers())


@router.get("/vacancies/{vacancy_id}/applications", response_model=list[StaffApplicationRead])
def vacancy_applications(
    vacancy_id: Id, staff: Staff, session: DbSession, purpose: Purpose = "screening",
    identity: Identity = False,
) -> list[StaffApplicationRead]:  # fmt: skip
    """A vacancy's applications under pseudonyms, for the admins and reviewers in its scope (audited):
    what the ranker sees of each profile and the screening's statuses; who each candidate is only for
    the vacancy's programme admins who ask (`identity=true`)."""
    views = list_applications(session, actor=staff, vacancy_id=vacancy_id, purpose=purpose, identity=identity)
    return [staff_read(view) for view in views]


@router.get("/vacancies/{vacancy_id}/ranking", response_model=Ranking)
def vacancy_ranking(
    vacancy_id: Id, staff: Staff, session: DbSession, purpose: Purpose = "ranking"
) -> Ranking:
    """The vacancy's applications ranked (jpo.ranking/1, `profile` = application id), eligible first,
    each score with its evidence; for the admins and reviewers in its scope (audited)."""
    return rank_applications(session, actor=staff, vacancy_id=vacancy_id, purpose=purpose)


@router.get("/staff/applications/{application_id}", response_model=StaffApplicationRead)
def staff_view(
    application_id: Id, staff: Staff, session: DbSession, purpose: Purpose = "screening",
    identity: Identity = False,
) -> StaffApplicationRead:  # fmt: skip
    """One application under its pseudonym, as in the vacancy's list (audited)."""
    view = staff_application(session, actor=staff, application_id=application_id, purpose=purpose,
                             identity=identity)  # fmt: skip
    return staff_read(view)


@router.post("/applications/{application_id}/transitions", response_model=StaffApplicationRead)
def move(
    application_id: Id, body: TransitionCreate, staff: Staff, session: DbSession
) -> StaffApplicationRead:
    """Move an application on (shortlist, reject, ...) with a reason; the decision is audited."""
    application = transition_application(
        session, actor=staff, application_id=application_id, to=body.to, reason=body.reason
    )
    return staff_read(staff_view_of(session, application))
