"""Files people download, for both edges: a candidate's receipt, and a document of an application (for
its candidate, or for staff in scope, whose read is audited); the bytes, their media type and a file
name made only of safe characters (never the name a candidate gave, which may say who they are)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from jpo.applications.documents import MEDIA_TYPES, readable_document
from jpo.applications.receipt import receipt_pdf
from jpo.applications.service import own_application
from jpo.db.models import Document, User
from jpo.files.store import get
from jpo.i18n import DEFAULT
from jpo.profiles.service import current_profile
from jpo.vacancies.service import get_vacancy

_EXTENSIONS = {media: fmt for fmt, media in MEDIA_TYPES.items()}


@dataclass(frozen=True)
class Download:
    content: bytes
    media_type: str
    filename: str  # letters, digits, "-" and "." only: safe in a Content-Disposition header

    def headers(self) -> dict[str, str]:
        """Saved under its name, never displayed or sniffed as another type by the browser."""
        return {"Content-Disposition": f'attachment; filename="{self.filename}"',
                "X-Content-Type-Options": "nosniff"}  # fmt: skip


def document_filename(document: Document) -> str:
    """The name a document is served under: its id, kind and format ("12-cv.pdf")."""
    return f"{document.id}-{document.kind}.{_EXTENSIONS.get(document.media_type, 'bin')}"


def receipt_download(session: Session, *, user: User, application_id: int, locale: str = DEFAULT) -> Download:
    """The PDF receipt of the candidate's own application (another's is not found) in `locale`, with the
    name the candidate's current profile gives, if any."""
    application = own_application(session, user=user, application_id=application_id)
    vacancy = get_vacancy(session, application.vacancy_id).document
    profile = current_profile(session, user.id)
    pdf = receipt_pdf(application, vacancy, locale, profile.document if profile else None)
    return Download(pdf, "application/pdf", f"{application.receipt}.pdf")


def document_download(
    session: Session, *, viewer: User, application_id: int, document_id: int, purpose: str, data_dir: Path
) -> Download:
    """A document of an application for its candidate, or for staff in scope (their read audited with
    `purpose`); anyone else finds nothing."""
    document = readable_document(
        session, viewer=viewer, application_id=application_id, document_id=document_id, purpose=purpose
    )
    return Download(get(data_dir, document.sha256), document.media_type, document_filename(document))
