"""The assessment e-mails: one writer per kind (its template is `templates/<kind>.<locale>.txt`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from jpo.db.assessment_tables import Assessment
from jpo.db.models import Application, OutboxMessage, VacancyRow
from jpo.geo.deadlines import deadline
from jpo.notifications.letter import Letter, Writer, greeting_name


def _window_line(moment: datetime, vacancy: dict[str, Any], locale: str) -> str:
    """A moment of the window on the duty station's clock (and UTC where that is another)."""
    shown = deadline(moment, {"duty_station": vacancy.get("duty_station") or {}}, locale)
    return shown.text(locale)


def _assessment_invitation(session: Session, message: OutboxMessage) -> Letter | None:
    application = session.get(Application, message.context.get("application_id"))
    assessment = session.get(Assessment, message.context.get("assessment_id"))
    if application is None or assessment is None:
        return None
    vacancy = session.get(VacancyRow, application.vacancy_id)
    document = vacancy.document if vacancy else {}
    locale = message.locale
    values = {
        "name": greeting_name(session, application.user_id),
        "title": document.get("title") or f"#{application.vacancy_id}",
        "organization": document.get("organization") or "",
        "opens": _window_line(assessment.opens_at, document, locale),
        "closes": _window_line(assessment.closes_at, document, locale),
        "minutes": assessment.minutes,
        "tasks": len(assessment.tasks),
        "path": f"/me/applications/{application.id}/assessment",
    }
    return Letter(values, [])


LETTERS: dict[str, Writer] = {"assessment_invitation": _assessment_invitation}
