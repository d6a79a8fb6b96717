"""The assignment's e-mails. Every kind shares one writer: the post, the reader's greeting, the page to
open (`/assignments/<id>` and the area the context's `page` names) and, for a step, its date and cycle;
each kind's words are its templates `templates/<kind>.<locale>.txt`. An area adds its kinds to KINDS."""

from __future__ import annotations

from datetime import date
from typing import Final

from babel.dates import format_date
from sqlalchemy.orm import Session

from jpo.assignment.steps import STEP_NAMES
from jpo.db.assignment_tables import Assignment
from jpo.db.models import OutboxMessage, VacancyRow
from jpo.i18n import translations
from jpo.notifications.letter import Letter, Writer, greeting_name

KINDS: Final = (
    "supervisor_named",  # to the supervisor and the JPO
    "assignment_reminder",  # a step due soon or overdue, to the party whose step it is
    "extension_turn",  # the extension review: to the party whose turn it is next
    "extension_extended",  # its outcome, to the JPO, the supervisor, those who answered, the donor's admins
    "extension_ending",
    "work_plan_agreed_by",
    "work_plan_agreed",  # one party agreed (to the other), both agreed (to both)
    "evaluation_turn",  # an evaluation's next step, to its party (`code`: rate, acknowledge, answer_rebuttal)
    "evaluation_answered",  # a rebuttal answered, to the JPO and the supervisor
)
# The pages an e-mail may link to, under the assignment's page.
PAGES: Final = {"": "", "work-plan": "/work-plan", "supervision": "/supervision",
                "evaluations": "/evaluations", "extension": "/extension", "report": "/report"}  # fmt: skip


def _assignment_letter(session: Session, message: OutboxMessage) -> Letter | None:
    assignment = session.get(Assignment, message.context.get("assignment_id"))
    vacancy = session.get(VacancyRow, assignment.vacancy_id) if assignment else None
    if assignment is None or vacancy is None:
        return None
    locale, context = message.locale, message.context
    document = vacancy.document
    due = context.get("due_on")
    step = str(context.get("code") or "")
    values = {
        "title": document.get("title") or f"#{vacancy.id}",
        "organization": document.get("organization") or "",
        "duty_station": assignment.duty_station,
        "name": greeting_name(session, message.user_id) if message.user_id else None,
        "jpo": greeting_name(session, assignment.jpo_id) or "",
        "starts_on": format_date(assignment.starts_on, "long", locale=locale),
        "ends_on": format_date(assignment.ends_on, "long", locale=locale),
        "due_on": format_date(date.fromisoformat(due), "long", locale=locale) if due else "",
        "step": translations(locale).gettext(STEP_NAMES[step]) if step in STEP_NAMES else "",
        "overdue": bool(context.get("overdue")),
        "cycle": context.get("cycle") or "",
        "path": f"/assignments/{assignment.id}{PAGES.get(str(context.get('page') or ''), '')}",
    }
    return Letter(values, [])


LETTERS: dict[str, Writer] = dict.fromkeys(KINDS, _assignment_letter)
