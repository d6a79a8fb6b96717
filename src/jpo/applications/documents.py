"""Documents candidates attach to an application: type sniffed from the bytes, size capped, at most
`MAX_PER_APPLICATION` (counted under a lock), the same file sent again the same document, stored
content-addressed; readable by their owner and by staff in scope (audited); flushes, never commits."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.authz import may_read_document
from jpo.db.models import Application, Document, User
from jpo.db.repositories import count_documents, document_with_content, lock_application
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError, NotFoundError, TooLargeError
from jpo.files.store import digest_of, put
from jpo.vacancies.service import get_vacancy
from jpo.vacancy.extract.safety import check_zip

KINDS = ("motivation_letter", "cv", "degree", "test_certificate", "other")
MEDIA_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "png": "image/png",
    "jpeg": "image/jpeg",
}
MAX_PER_APPLICATION = 10
_EDITABLE = frozenset({"submitted", "eligible", "needs_review", "longlisted"})


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
    raise InputError("file: only PDF, DOCX, PNG and JPEG documents are accepted")


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
) -> tuple[Document, bool]:
    """Store a document on the candidate's own application while it is still being screened, and
    whether it is new: the same file sent again as the same kind (a retry) is the document stored the
    first time. The application is locked while its documents are counted, so parallel uploads cannot
    pass the limit together."""
    _own_application(session, user, application_id)
    if kind not in KINDS:
        raise InputError(f"kind: {kind!r} is not one of {', '.join(KINDS)}")
    if len(data) > max_bytes:
        raise TooLargeError(f"file: {len(data)} bytes is over the limit of {max_bytes} bytes")
    if not data:
        raise InputError("file: the document is empty")
    fmt = sniff(data, max_bytes=max_bytes)  # reads a DOCX's zip: before the application is locked
    start_writing(session)
    application = lock_application(session, application_id)
    if application is None:  # erased meanwhile
        raise NotFoundError(f"application {application_id} not found")
    same = document_with_content(session, application_id=application.id, kind=kind, sha256=digest_of(data))
    if same is not None:
        return same, False
    if application.status not in _EDITABLE:
        raise ConflictError(f"documents cannot be added to an application that is {application.status}")
    if count_documents(session, application.id) >= MAX_PER_APPLICATION:
        raise ConflictError(f"an application holds at most {MAX_PER_APPLICATION} documents")
    document = Document(
        application_id=application.id, kind=kind, filename=Path(filename or "document").name[:255],
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
    """A document for its owner, or for staff who may review the vacancy (the read is audited)."""
    document = session.get(Document, document_id)
    application = session.get(Application, application_id)
    if document is None or application is None or document.application_id != application.id:
        raise NotFoundError(f"document {document_id} not found")
    if not may_read_document(viewer, application, get_vacancy(session, application.vacancy_id)):
        raise NotFoundError(f"document {document_id} not found")
    if application.user_id != viewer.id:  # staff: their read of personal data is audited
        record(session, actor_id=viewer.id, action="personal_data.read", subject_type="document",
               subject_id=document.id, reason=purpose)  # fmt: skip
    return document
