"""An evaluation as a PDF in English or French: the assignment's facts, the self-assessment (the JPO's
draft only for them), the ratings per objective and competency on the UN scale, the comments, the
acknowledgement, the rebuttal and its answer. For those who follow the assignment; the download audited."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date
from sqlalchemy.orm import Session

from jpo.assignment.scale import RATING_NAMES
from jpo.assignments.pdf import PdfDocument
from jpo.assignments.performance import competencies_of, evaluation, rated_objectives, self_assessment_shown
from jpo.db.models import User
from jpo.i18n import N_, translations
from jpo.notifications.letter import greeting_name

KIND_NAMES = {"midpoint": N_("Mid-point review"), "final": N_("End-of-cycle evaluation")}
OUTCOME_NAMES = {"upheld": N_("The rating is upheld"), "revised": N_("The rating is revised")}


def evaluation_pdf(
    session: Session, *, actor: User, assignment_id: int, evaluation_id: int, locale: str, now: datetime
) -> tuple[bytes, str]:
    """The evaluation's PDF and its file name."""
    found, row = evaluation(session, user=actor, assignment_id=assignment_id, evaluation_id=evaluation_id,
                            what="evaluation_pdf")  # fmt: skip
    say = translations(locale).gettext
    assignment, document = found.assignment, found.vacancy.document

    def day(value: date | datetime | None) -> str:
        if value is None:
            return "-"
        return str(format_date(value.date() if isinstance(value, datetime) else value, "long", locale=locale))

    def who(user_id: int | None) -> str:
        user = session.get(User, user_id) if user_id else None
        return (greeting_name(session, user.id) or user.email) if user else "-"

    def rating(value: str | None) -> str:
        return say(RATING_NAMES[value]) if value in RATING_NAMES else say("not rated")

    pdf = PdfDocument(f"{say(KIND_NAMES[row.kind])} · {say('year %(n)s') % {'n': row.cycle}}", locale=locale,
                      now=now)  # fmt: skip
    facts = [
        (say("JPO"), who(assignment.jpo_id)),
        (say("Supervisor"), who(assignment.supervisor_id)),
        (say("Post"), str(document.get("title") or "")),
        (say("Host agency"), str(document.get("organization") or "")),
        (say("Duty station"), assignment.duty_station),
        (say("Due on"), day(row.due_on)),
    ]
    pdf.facts(facts)
    pdf.heading(say("Self-assessment"))
    pdf.paragraph(self_assessment_shown(found, row) or say("Not submitted."))
    pdf.heading(say("The supervisor's rating"))
    texts = {str(o["id"]): str(o.get("text") or o["id"]) for o in rated_objectives(session, assignment_id)}
    for key, value in (row.ratings or {}).get("objectives", {}).items():
        pdf.labelled(texts.get(key, key), rating(value))
    for name in competencies_of(found):
        value = (row.ratings or {}).get("competencies", {}).get(name)
        if value or row.kind == "final":
            pdf.labelled(name, rating(value))
    pdf.labelled(say("Overall rating"), rating(row.overall))
    pdf.labelled(say("The supervisor's comments"), row.supervisor_comment or "-")
    pdf.labelled(say("Rated on"), day(row.rated_at))
    pdf.heading(say("The JPO's acknowledgement"))
    pdf.labelled(say("Acknowledged on"), day(row.acknowledged_at))
    pdf.labelled(say("The JPO's comments"), row.jpo_comment or "-")
    if row.rebuttal:
        pdf.heading(say("Rebuttal"))
        pdf.paragraph(row.rebuttal)
        if row.rebuttal_outcome:
            pdf.labelled(say(OUTCOME_NAMES[row.rebuttal_outcome]), row.rebuttal_answer or "-")
            pdf.labelled(say("Answered on"), day(row.rebuttal_answered_at))
    return pdf.bytes(), f"evaluation-{assignment_id}-{row.cycle}-{row.kind}.pdf"
