"""A message's text, in its reader's language, from its kind's template and what the database holds
when it is sent (the outbox keeps only ids)."""

from __future__ import annotations

import hashlib
from datetime import UTC
from email.message import EmailMessage
from email.utils import formatdate
from functools import cache

from babel.dates import format_datetime
from jinja2 import Environment, PackageLoader, StrictUndefined
from sqlalchemy.orm import Session

from jpo.applications.receipt import receipt_pdf
from jpo.db.models import Application, OutboxMessage, User, VacancyRow
from jpo.notifications import (
    assessment_letters,
    assignment_letters,
    booking_letters,
    decision_letters,
    interview_letters,
)
from jpo.notifications.letter import Letter, Writer, greeting_name
from jpo.profiles.service import current_profile


@cache
def _templates() -> Environment:
    return Environment(loader=PackageLoader("jpo.notifications", "templates"), autoescape=False,
                       undefined=StrictUndefined, keep_trailing_newline=True)  # fmt: skip


def _application_received(session: Session, message: OutboxMessage) -> Letter | None:
    application = session.get(Application, message.context.get("application_id"))
    if application is None or application.receipt is None:
        return None
    vacancy = session.get(VacancyRow, application.vacancy_id)
    document = vacancy.document if vacancy else {}
    station = document.get("duty_station") or {}
    values = {
        "name": greeting_name(session, application.user_id),
        "title": document.get("title") or f"#{application.vacancy_id}",
        "organization": document.get("organization") or "",
        "city": station.get("city") or "",
        "receipt": application.receipt,
        "submitted": format_datetime(application.submitted_at, "medium", tzinfo=UTC, locale=message.locale),
        "path": f"/me/applications/{application.id}",
    }
    profile = current_profile(session, application.user_id)
    pdf = receipt_pdf(application, document, message.locale, profile.document if profile else None)
    return Letter(values, [(f"receipt-{application.receipt}.pdf", "application/pdf", pdf)])


KINDS: dict[str, Writer] = {
    "application_received": _application_received,
    **assessment_letters.LETTERS,
    **interview_letters.LETTERS,
    **booking_letters.LETTERS,
    **decision_letters.LETTERS,
    **assignment_letters.LETTERS,
}


def message_id(event_key: str, domain: str) -> str:
    """The same for every attempt at one event's message, so a receiver can tell a repeat."""
    return f"<{hashlib.sha256(event_key.encode()).hexdigest()[:32]}@{domain}>"


def compose(
    session: Session, message: OutboxMessage, *, sender: str, public_url: str | None
) -> EmailMessage | None:
    """The e-mail of an outbox message, or None when what it was about is gone (e.g. erased)."""
    user = session.get(User, message.user_id) if message.user_id is not None else None
    letter = KINDS[message.kind](session, message) if message.kind in KINDS else None
    if user is None or letter is None:
        return None
    base = (public_url or "").rstrip("/")
    text = (
        _templates()
        .get_template(f"{message.kind}.{message.locale}.txt")
        .render(**letter.values, link=base + letter.values["path"] if base else None)
    )
    subject, _, body = text.partition("\n")
    email = EmailMessage()
    email["Subject"] = subject.removeprefix("Subject:").strip()
    email["From"] = sender
    email["To"] = user.email
    email["Date"] = formatdate(localtime=False)
    email["Message-ID"] = message_id(message.event_key, sender.rpartition("@")[2].strip("> ") or "jpo")
    email["X-Jpo-Message"] = str(message.id)
    email.set_content(body.lstrip("\n"))
    for filename, media_type, content in letter.attachments:
        kind, *parameters = (part.strip() for part in media_type.split(";"))  # "text/calendar; method=…"
        maintype, _, subtype = kind.partition("/")
        params = {key: value for key, _, value in (parameter.partition("=") for parameter in parameters)}
        email.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename, params=params)
    email["Content-Language"] = message.locale  # after the parts: making them moves Content-* headers
    return email
