"""The interview e-mails to staff: one writer per kind (its template is `templates/<kind>.<locale>.txt`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from jpo.db.models import Application, OutboxMessage, VacancyRow
from jpo.notifications.letter import Letter, Writer


def _panel_scoring_complete(session: Session, message: OutboxMessage) -> Letter | None:
    """To the chair: every member has scored a candidate; the sheet is ready (the receipt number names
    the candidate, the name stays in jpo)."""
    application = session.get(Application, message.context.get("application_id"))
    if application is None:
        return None
    vacancy = session.get(VacancyRow, application.vacancy_id)
    document = vacancy.document if vacancy else {}
    values = {
        "title": document.get("title") or f"#{application.vacancy_id}",
        "reference": document.get("reference") or "",
        "receipt": application.receipt,
        "path": f"/review/vacancies/{application.vacancy_id}/panel/candidates/{application.id}/sheet",
    }
    return Letter(values, [])


LETTERS: dict[str, Writer] = {"panel_scoring_complete": _panel_scoring_complete}
