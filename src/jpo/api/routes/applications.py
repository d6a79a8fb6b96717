"""Applications: candidates prepare a draft (letter and documents), submit it (idempotently; refused
while incomplete), follow, withdraw, attach and replace documents; staff in scope list them, read them
(audited) and move them on with a reason."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from jpo.api.deps import AnyUser, Candidate, Staff
from jpo.api.schemas import (
    ApplicationCreate,
    ApplicationRead,
    DocumentRead,
    DraftRead,
    DraftWrite,
    RankingNotice,
    StaffApplicationRead,
    StaffIdentityRead,
    TransitionCreate,
)
from jpo.applications.documents import MEDIA_TYPES, attach_document, replace_document
from jpo.applications.downloads import document_download, document_filename, receipt_download
from jpo.applications.drafts import (
    attach_to_draft,
    discard_draft,
    draft_document,
    drafts_of_user,
    own_draft,
    remove_from_draft,
    save_draft,
    still_missing,
)
from jpo.applications.export import csv_headers, export_applications, wants_csv
from jpo.applications.masking import KINDS
from jpo.applications.notice import RANKING_NOTICE, RANKING_NOTICE_VERSION
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
from jpo.db.models import Application, ApplicationDraft, Document, DraftDocument
from jpo.db.repositories import applications_of_user
from jpo.files.store import get
from jpo.http.deps import AppSettings, DbSession, Id, Now, reads_first
from jpo.http.uploads import FILE, UploadedForm, form_file, form_text, multipart_body, read_capped
from jpo.i18n import DEFAULT, LOCALES, from_accept_language, translations
from jpo.modelcard.card import ModelCard, load_card
from jpo.vacancies.checklists import vacancy_checklist
from jpo.vacancies.service import get_vacancy

router = APIRouter(tags=["applications"])
_BINARY = {"schema": {"type": "string", "format": "binary"}}

Purpose = Annotated[Text, Query(max_length=500, description="why you read this personal data (audited)")]
Identity = Annotated[bool, Query(description="add who the candidate is (for the vacancy's programme admins)")]


def application_read(application: Application) -> ApplicationRead:
    return ApplicationRead(
        id=application.id, receipt=application.receipt, status=application.status,
        vacancy_id=application.vacancy_id, submitted_at=application.submitted_at,
    )  # fmt: skip


def document_read(document: Document | DraftDocument) -> DocumentRead:
    return DocumentRead.model_validate(document, from_attributes=True)


def staff_document_read(document: Document) -> DocumentRead:
    """A document as staff see it: under the name it is served with, not the one its candidate gave."""
    return document_read(document).model_copy(update={"filename": document_filename(document)})


def staff_read(view: StaffView) -> StaffApplicationRead:
    application, identity = view.application, view.identity
    who = (StaffIdentityRead(profile=identity.profile, eligibility=identity.eligibility,
                             motivation=identity.motivation) if identity else None)  # fmt: skip
    return StaffApplicationRead(
        id=application.id, candidate=pseudonym(application), receipt=application.receipt,
        status=application.status, submitted_at=application.submitted_at, motivation=view.motivation,
        motivation_masked=[kind for kind in KINDS if kind in view.letter.masked], unblinded=view.unblinded,
        name=view.name, eligibility=view.screening, profile=view.profile, identity=who,
        documents=[staff_document_read(d) for d in view.documents], next_statuses=view.next_statuses,
    )  # fmt: skip


@router.post(
    "/vacancies/{vacancy_id}/applications",
    status_code=status.HTTP_201_CREATED,
    response_model=ApplicationRead,
    responses={200: {"model": ApplicationRead, "description": "a retry with the same Idempotency-Key"}},
)
def apply(
    request: Request,
    vacancy_id: Id,
    body: ApplicationCreate,
    candidate: Candidate,
    session: DbSession,
    now: Now,
    response: Response,
    idempotency_key: Annotated[Text | None, Header(max_length=128)] = None,
) -> ApplicationRead:
    """Apply with the current profile, submitting your draft for the vacancy if you have one (its
    documents, and its letter unless `motivation` is given); the same Idempotency-Key again returns the
    same application. Refused with `incomplete-application` (422, listing `missing`) while the vacancy's
    checklist asks for a letter or document you have not given (see GET /vacancies/{id}/checklist).
    The e-mail of receipt is written in the request's language (Accept-Language: en or fr)."""
    locale = from_accept_language(request.headers.get("accept-language", "")) or DEFAULT
    application, created = submit_application(
        session, user=candidate, vacancy_id=vacancy_id, motivation=body.motivation,
        idempotency_key=idempotency_key, now=now, locale=locale, notice_version=body.ranking_notice,
    )  # fmt: skip
    if not created:
        response.status_code = status.HTTP_200_OK
    return application_read(application)


@router.get("/ranking-notice", response_model=RankingNotice)
def ranking_notice() -> RankingNotice:
    """The notice a candidate must be shown before applying (how an automated ranking assists reviewers);
    send its `version` as `ranking_notice` with the application."""
    text = {locale: [translations(locale).gettext(p) for p in RANKING_NOTICE] for locale in LOCALES}
    return RankingNotice(version=RANKING_NOTICE_VERSION, text=text)


@router.get("/model-card", response_model=ModelCard, response_model_by_alias=True)
def model_card() -> ModelCard:
    """The ranker's model card (`jpo.model-card/1`): quality against BM25 on the evaluation sets,
    identity-swap invariance, its top-k by group on a synthetic population; the web shows it at
    /model-card, its known limits included."""
    return load_card()


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
def receipt(application_id: Id, request: Request, candidate: Candidate, session: DbSession) -> Response:
    """The confirmation of an application, as a one-page PDF, in the language `Accept-Language` prefers
    (English or French; English when it names neither: accounts hold no language of their own)."""
    locale = from_accept_language(request.headers.get("accept-language", "")) or DEFAULT
    download = receipt_download(session, user=candidate, application_id=application_id, locale=locale)
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
        kind={
            "type": "string",
            "description": "cv, motivation_letter, application_form, degree, "
            "test_certificate, identity, military_record, reference or other",
        },
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
    item = form_text(form, "item", max_length=64, required=False) or None
    kind = form_text(form, "kind", max_length=32, required=item is None) or "other"
    data = read_capped(file, settings.max_upload_bytes)
    document, created = attach_document(  # starts writing once the file is checked
        session, user=candidate, application_id=application_id, kind=kind, filename=file.filename or "",
        data=data, data_dir=settings.data_dir, max_bytes=settings.max_upload_bytes, item=item,
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
    """A document, for its owner or for staff who review the vacancy once the application is shortlisted
    (their read is audited; before that, blind review: 403 `blind-review`)."""
    download = document_download(
        session, viewer=user, application_id=application_id, document_id=document_id, purpose=purpose,
        data_dir=settings.data_dir,
    )  # fmt: skip
    return Response(download.content, media_type=download.media_type, headers=download.headers())


_CSV = {"text/csv": {"schema": {"type": "string"}, "example": "rank,candidate,application,status,..."}}


@router.get(
    "/vacancies/{vacancy_id}/applications", response_model=list[StaffApplicationRead],
    responses={200: {"content": _CSV, "description": "JSON by default; CSV (best first: rank, "
                     "pseudonym, status, eligibility, score, ...; name and e-mail with `identity=true`) "
                     "when asked with `Accept: text/csv`"}},
)  # fmt: skip
def vacancy_applications(
    vacancy_id: Id, staff: Staff, session: DbSession, purpose: Purpose = "screening",
    identity: Identity = False, accept: Annotated[str, Header(include_in_schema=False)] = "",
) -> list[StaffApplicationRead] | Response:  # fmt: skip
    """A vacancy's applications under pseudonyms, for the admins and reviewers in its scope (audited):
    what the ranker sees of each profile and the screening's statuses; who each candidate is only for
    the vacancy's programme admins who ask (`identity=true`). With `Accept: text/csv`, the ranked list
    as a CSV file (the export audited with its purpose; cells that could start a formula neutralised)."""
    if wants_csv(accept):
        text = export_applications(session, actor=staff, vacancy_id=vacancy_id, purpose=purpose,
                                   identity=identity)  # fmt: skip
        return Response(text, media_type="text/csv; charset=utf-8", headers=csv_headers(vacancy_id))
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


# --- drafts ------------------------------------------------------------------------------------------

_DRAFT_DOCUMENT = multipart_body(
    file={**FILE, "description": "PDF, DOCX, PNG or JPEG"},
    kind={"type": "string", "description": "cv, motivation_letter, application_form, degree, "
          "test_certificate, identity, military_record, reference or other (ignored with an `item`)"},
    item={"type": "string", "description": "the key of the checklist item it answers (optional)"},
)  # fmt: skip
_DRAFT_DOCUMENT["requestBody"]["content"]["multipart/form-data"]["schema"]["required"] = ["file"]


def draft_read(session: DbSession, candidate: Candidate, draft: ApplicationDraft) -> DraftRead:
    checklist = vacancy_checklist(get_vacancy(session, draft.vacancy_id))
    lacking = still_missing(session, user=candidate, checklist=checklist, draft=draft)
    return DraftRead(
        vacancy_id=draft.vacancy_id, motivation=draft.motivation, updated_at=draft.updated_at,
        documents=[document_read(d) for d in draft.documents], missing=[m.as_json() for m in lacking],
    )  # fmt: skip


@router.get("/drafts", response_model=list[DraftRead], tags=["drafts"])
def my_drafts(candidate: Candidate, session: DbSession) -> list[DraftRead]:
    """Your drafts, the latest changed first (staff never see a draft)."""
    return [draft_read(session, candidate, d) for d in drafts_of_user(session, candidate.id)]


@router.put(
    "/vacancies/{vacancy_id}/draft",
    response_model=DraftRead,
    status_code=status.HTTP_201_CREATED,
    responses={200: {"model": DraftRead, "description": "the draft existed: its letter updated"}},
    tags=["drafts"],
)
def put_draft(
    vacancy_id: Id, body: DraftWrite, candidate: Candidate, session: DbSession, now: Now, response: Response
) -> DraftRead:
    """Start your application to an open vacancy as a draft, or update its letter. Submit it with
    POST /vacancies/{id}/applications before the deadline."""
    draft, created = save_draft(session, user=candidate, vacancy_id=vacancy_id, motivation=body.motivation,
                                now=now)  # fmt: skip
    if not created:
        response.status_code = status.HTTP_200_OK
    return draft_read(session, candidate, draft)


@router.get("/vacancies/{vacancy_id}/draft", response_model=DraftRead, tags=["drafts"])
def get_draft(vacancy_id: Id, candidate: Candidate, session: DbSession) -> DraftRead:
    """Your draft for the vacancy, with what its checklist still asks of you (`missing`)."""
    return draft_read(session, candidate, own_draft(session, user=candidate, vacancy_id=vacancy_id))


@router.delete("/vacancies/{vacancy_id}/draft", status_code=status.HTTP_204_NO_CONTENT, tags=["drafts"])
def delete_draft(vacancy_id: Id, candidate: Candidate, session: DbSession, settings: AppSettings) -> Response:
    """Discard your draft and its documents."""
    discard_draft(session, user=candidate, vacancy_id=vacancy_id, data_dir=settings.data_dir)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/vacancies/{vacancy_id}/draft/documents",
    status_code=status.HTTP_201_CREATED,
    response_model=DocumentRead,
    responses={200: {"model": DocumentRead, "description": "the same file sent again for the same item"}},
    openapi_extra=_DRAFT_DOCUMENT,
    tags=["drafts"],
)
@reads_first
def add_draft_document(
    vacancy_id: Id, candidate: Candidate, form: UploadedForm, session: DbSession, settings: AppSettings,
    now: Now, response: Response,
) -> DocumentRead:  # fmt: skip
    """Attach a document to your draft (started if you have none yet), for a checklist `item` or of a
    `kind`; replace one by deleting it and attaching the new file."""
    file = form_file(form, "file")
    kind = form_text(form, "kind", max_length=32, required=False) or "other"
    item = form_text(form, "item", max_length=64, required=False) or None
    data = read_capped(file, settings.max_upload_bytes)
    document, created = attach_to_draft(
        session, user=candidate, vacancy_id=vacancy_id, kind=kind, item=item, filename=file.filename or "",
        data=data, data_dir=settings.data_dir, max_bytes=settings.max_upload_bytes, now=now,
    )  # fmt: skip
    if not created:
        response.status_code = status.HTTP_200_OK
    return document_read(document)


@router.get(
    "/vacancies/{vacancy_id}/draft/documents/{document_id}",
    response_class=Response,
    responses={
        200: {"content": {media: _BINARY for media in MEDIA_TYPES.values()}, "description": "the document"}
    },
    tags=["drafts"],
)
def download_draft_document(
    vacancy_id: Id, document_id: Id, candidate: Candidate, session: DbSession, settings: AppSettings
) -> Response:
    document = draft_document(session, user=candidate, vacancy_id=vacancy_id, document_id=document_id)
    extension = {media: fmt for fmt, media in MEDIA_TYPES.items()}.get(document.media_type, "bin")
    name = f"draft-{document.id}-{document.kind}.{extension}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "X-Content-Type-Options": "nosniff"}
    return Response(get(settings.data_dir, document.sha256), media_type=document.media_type, headers=headers)


@router.delete(
    "/vacancies/{vacancy_id}/draft/documents/{document_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["drafts"],
)
def delete_draft_document(
    vacancy_id: Id, document_id: Id, candidate: Candidate, session: DbSession, settings: AppSettings, now: Now
) -> Response:
    remove_from_draft(session, user=candidate, vacancy_id=vacancy_id, document_id=document_id,
                      data_dir=settings.data_dir, now=now)  # fmt: skip
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.put(
    "/applications/{application_id}/documents/{document_id}",
    response_model=DocumentRead,
    openapi_extra=multipart_body(file={**FILE, "description": "the new version: PDF, DOCX, PNG or JPEG"}),
)
@reads_first
def replace(
    application_id: Id, document_id: Id, candidate: Candidate, form: UploadedForm, session: DbSession,
    settings: AppSettings, now: Now,
) -> DocumentRead:  # fmt: skip
    """Replace a document of your submitted application before the deadline (a new id; the old version
    stays described in the audit trail). Refused after the deadline (`deadline-passed`, 409)."""
    file = form_file(form, "file")
    data = read_capped(file, settings.max_upload_bytes)
    document = replace_document(
        session, user=candidate, application_id=application_id, document_id=document_id,
        filename=file.filename or "", data=data, data_dir=settings.data_dir,
        max_bytes=settings.max_upload_bytes, now=now,
    )  # fmt: skip
    return document_read(document)
