"""Documents candidates attach to an application: type sniffed from the bytes, size capped, at most
`MAX_PER_APPLICATION` (counted under a lock), the same file sent again the same document, stored
content-addressed; replaced before the deadline (the old version described in the audit trail, its bytes
deleted once nothing names them); readable by their owner and by staff in scope (audited); flushes,
never commits. Refusals carry a `code` and the `field` they are about, for both edges to word."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session

from jpo.applications.checklist import KINDS, Checklist, kind_of
from jpo.applications.staff import unblinded_ids
from jpo.audit.trail import record
from jpo.authz import may_read_document
from jpo.db.models import Application, Document, User
from jpo.db.repositories import count_documents, document_with_content, lock_application, unreferenced_files
from jpo.db.session import after_commit, start_writing
from jpo.errors import ConflictError, ForbiddenError, InputError, NotFoundError, TooLargeError
from jpo.files.store import digest_of, put, remove
from jpo.vacancies.checklists import vacancy_checklist
from jpo.vacancies.service import get_vacancy
from jpo.vacancy.extract.safety import check_zip

__all__ = ["KINDS", "MAX_PER_APPLICATION", "MEDIA_TYPES", "attach_document", "checked_file", "sniff"]
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "png": "image/png",
    "jpeg": "image/jpeg",
}
MAX_PER_APPLICATION = 10
_EDITABLE = frozenset({"submitted", "eligible", "needs_review", "longlisted"})


def editable(status: str) -> bool:
    """Whether an application in `status` still takes documents (it is being screened)."""
    return status in _EDITABLE


def sniff(data: bytes, *, max_bytes: int) -> str:
    """The document's format by its first bytes, whatever its name says; InputError otherwise."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"PK\x03\x04") and "word/document.xml" in check_zip(data, max_bytes=max_bytes):
        return "docx"
    raise InputError("file: only PDF, DOCX, PNG and JPEG documents are accepted", code="document-format",
                     field="file")  # fmt: skip


def checked_file(data: bytes, *, max_bytes: int) -> str:
    """The format of an uploaded document, once its size and bytes are known to be acceptable; the
    refusal names the problem by its code: `too-large`, `document-empty`, `document-format`."""
    if len(data) > max_bytes:
        raise TooLargeError(f"file: {len(data)} bytes is over the limit of {max_bytes} bytes", field="file")
    if not data:
        raise InputError("file: the document is empty", code="document-empty", field="file")
    try:
        return sniff(data, max_bytes=max_bytes)
    except InputError as error:  # an unsafe or broken DOCX too: not a document jpo accepts
        if isinstance(error, TooLargeError) or error.code == "document-format":
            raise
        raise InputError(f"file: {error.message}", code="document-format", field="file") from error


def kind_for(checklist: Checklist, *, kind: str, item: str | None) -> str:
    """The kind a document is stored as: its checklist item's when it names one, else `kind`."""
    if item is not None:
        if all(i.key != item for i in checklist.items):
            message = f"item: {item!r} is not an item of this vacancy's checklist"
            raise InputError(message, code="document-item", field="item")
        return kind_of(checklist, item, kind)
    if kind not in KINDS:
        raise InputError(
            f"kind: {kind!r} is not one of {', '.join(KINDS)}", code="document-kind", field="kind"
        )
    return kind


def stored_name(filename: str) -> str:
    return Path(filename or "document").name[:255]


def too_many() -> ConflictError:
    message = f"an application holds at most {MAX_PER_APPLICATION} documents"
    return ConflictError(message, code="document-limit", field="file")


def forget_files(session: Session, data_dir: Path, digests: set[str]) -> None:
    """Delete these files once the transaction commits, those no row names any more (flush first)."""
    session.flush()
    after_commit(session, partial(remove, data_dir, unreferenced_files(session, digests)))


def _own_application(session: Session, user: User, application_id: int) -> Application:
    application = session.get(Application, application_id)
    if application is None or application.user_id != user.id:
        raise NotFoundError(f"application {application_id} not found")
    return application


def attach_document(
    session: Session,
    *,
    user: User,
    application_id: int,
    kind: str,
    filename: str,
    data: bytes,
    data_dir: Path,
    max_bytes: int,
    item: str | None = None,
) -> tuple[Document, bool]:
    """Store a document on the candidate's own application while it is still being screened, and
    whether it is new: the same file sent again as the same kind (a retry) is the document stored the
    first time. `item` names the checklist item it answers (its kind then the item's). The application
    is locked while its documents are counted, so parallel uploads cannot pass the limit together."""
    owned = _own_application(session, user, application_id)
    kind = kind_for(vacancy_checklist(get_vacancy(session, owned.vacancy_id)), kind=kind, item=item)
    fmt = checked_file(data, max_bytes=max_bytes)  # reads a DOCX's zip: before the application is locked
    start_writing(session)
    application = lock_application(session, application_id)
    if application is None:  # erased meanwhile
        raise NotFoundError(f"application {application_id} not found")
    same = document_with_content(session, application_id=application.id, kind=kind, sha256=digest_of(data))
    if same is not None:
        return same, False
    if application.status not in _EDITABLE:
        raise ConflictError(f"documents cannot be added to an application that is {application.status}",
                            code="document-locked")  # fmt: skip
    if count_documents(session, application.id) >= MAX_PER_APPLICATION:
        raise too_many()
    document = Document(
        application_id=application.id, kind=kind, item=item, filename=stored_name(filename),
        media_type=MEDIA_TYPES[fmt], size=len(data), sha256=put(data_dir, data),
    )  # fmt: skip
    session.add(document)
    session.flush()
    record(session, actor_id=user.id, action="document.attached", subject_type="application",
           subject_id=application.id, detail={"document": document.id, "kind": kind})  # fmt: skip
    return document, True


def readable_document(
    session: Session, *, viewer: User, application_id: int, document_id: int, purpose: str
) -> Document:
    """A document for its owner, or for staff who may review the vacancy once the application is
    shortlisted (the read is audited; before that, blind review: ForbiddenError `blind-review`)."""
    document = session.get(Document, document_id)
    application = session.get(Application, application_id)
    if document is None or application is None or document.application_id != application.id:
        raise NotFoundError(f"document {document_id} not found")
    vacancy = get_vacancy(session, application.vacancy_id)
    unblinded = application.id in unblinded_ids(session, [application])
    if not may_read_document(viewer, application, vacancy, unblinded=unblinded):
        if may_read_document(viewer, application, vacancy, unblinded=True):
            raise ForbiddenError(
                f"document {document_id}: documents open once the application is shortlisted (blind review)",
                code="blind-review",
            )
        raise NotFoundError(f"document {document_id} not found")
    if application.user_id != viewer.id:  # staff: their read of personal data is audited
        record(session, actor_id=viewer.id, action="personal_data.read", subject_type="document",
               subject_id=document.id, reason=purpose)  # fmt: skip
    return document


def _described(document: Document) -> dict[str, object]:
    """A document's version as the audit trail keeps it once replaced (not its bytes)."""
    return {"id": document.id, "kind": document.kind, "item": document.item, "filename": document.filename,
            "media_type": document.media_type, "size": document.size, "sha256": document.sha256,
            "uploaded_at": document.uploaded_at.isoformat()}  # fmt: skip


def replace_document(
    session: Session,
    *,
    user: User,
    application_id: int,
    document_id: int,
    filename: str,
    data: bytes,
    data_dir: Path,
    max_bytes: int,
    now: datetime,
) -> Document:
    """Replace a document of the candidate's own submitted application, before the vacancy's deadline:
    the new version answers the same kind and item; the old one is described in the audit trail
    (`document.replaced`) and its bytes are deleted once no row names them."""
    _own_application(session, user, application_id)
    fmt = checked_file(data, max_bytes=max_bytes)
    start_writing(session)
    application = lock_application(session, application_id)
    if application is None:
        raise NotFoundError(f"application {application_id} not found")
    old = session.get(Document, document_id)
    if old is None or old.application_id != application.id:
        raise NotFoundError(f"document {document_id} not found")
    if application.status not in _EDITABLE:
        raise ConflictError(f"documents of an application that is {application.status} cannot be replaced",
                            code="document-locked")  # fmt: skip
    closing = get_vacancy(session, application.vacancy_id).closing_utc
    if closing is not None and now > closing:
        message = f"the deadline passed at {closing.isoformat()}: documents can no longer be replaced"
        raise ConflictError(message, code="deadline-passed")
    new = Document(
        application_id=application.id, kind=old.kind, item=old.item, filename=stored_name(filename),
        media_type=MEDIA_TYPES[fmt], size=len(data), sha256=put(data_dir, data),
    )  # fmt: skip
    session.add(new)
    replaced = _described(old)
    session.delete(old)
    session.flush()
    record(session, actor_id=user.id, action="document.replaced", subject_type="application",
           subject_id=application.id, detail={"document": new.id, "replaced": replaced})  # fmt: skip
    forget_files(session, data_dir, {str(replaced["sha256"])})
    return new
