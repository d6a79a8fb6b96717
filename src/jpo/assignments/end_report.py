"""The JPO's end-of-assignment report: a draft the JPO saves as often as they like, submitted once the
assignment is in its last 90 days (or has ended), then read-only; seen by the JPO, the supervisor and the
donor's admins (they see it once submitted; each of their reads audited); as a PDF in English or French."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignment.extension import REPORT_SECTION_MAX, REPORT_SECTIONS, report_due, report_opens
from jpo.assignment.steps import DueStep
from jpo.assignments.access import Standing, audit_read, standing
from jpo.assignments.pdf import PdfDocument
from jpo.audit.trail import record
from jpo.contracts.text import checked_text
from jpo.db.assignment_tables import Assignment, EndReport
from jpo.db.models import User
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError
from jpo.i18n import N_, translations
from jpo.notifications.letter import greeting_name

# Each section's heading, in English (the catalogue translates them).
SECTION_NAMES = {
    "achievements": N_("Achievements"),
    "learning": N_("What I learned"),
    "challenges": N_("Challenges"),
    "advice": N_("Advice for the next JPO"),
}


@dataclass(frozen=True)
class ReportView:
    """The report as the reader may see it: `sections` None for a report they may not read yet (the
    others see it once submitted); `may_submit_from` the first day it may be submitted."""

    found: Standing
    row: EndReport | None
    sections: dict[str, str] | None
    may_submit_from: date

    @property
    def status(self) -> str:
        if self.row is None:
            return "none"
        return "submitted" if self.row.submitted_at else "draft"

    @property
    def editable(self) -> bool:
        return "jpo" in self.found.roles and self.status != "submitted"


def _row(session: Session, assignment_id: int, *, lock: bool = False) -> EndReport | None:
    query = select(EndReport).where(EndReport.assignment_id == assignment_id)
    return session.scalar(query.with_for_update() if lock else query)


def read_report(session: Session, *, actor: User, assignment_id: int) -> ReportView:
    """The report (403 for the host's other reviewers, 404 for no standing); a draft is the JPO's alone."""
    found = standing(session, actor, assignment_id)
    row = _row(session, assignment_id)
    mine = "jpo" in found.roles
    sections = _full(row.sections) if row is not None and (mine or row.submitted_at) else None
    if row is not None and row.submitted_at is not None:
        audit_read(session, found, "end_report", row.id)
    return ReportView(found, row, sections, report_opens(found.assignment.ends_on))


def _full(sections: Mapping[str, str] | None) -> dict[str, str]:
    return {name: str((sections or {}).get(name) or "") for name in REPORT_SECTIONS}


def _checked(sections: Mapping[str, str | None]) -> dict[str, str]:
    unknown = sorted(set(sections) - set(REPORT_SECTIONS))
    if unknown:
        raise InputError(f"{unknown[0]}: not a section of the report", field=unknown[0])
    return {name: checked_text(sections.get(name), name, REPORT_SECTION_MAX) for name in REPORT_SECTIONS}


def save_report(
    session: Session, *, actor: User, assignment_id: int, sections: Mapping[str, str | None], now: datetime
) -> EndReport:
    """The JPO saves the draft (each section at most 10,000 characters; a section left out is emptied);
    409 `report-submitted` once submitted."""
    found = standing(session, actor, assignment_id)
    found.require("jpo", doing="write the end-of-assignment report")
    texts = _checked(sections)
    start_writing(session)
    session.scalars(select(Assignment.id).where(Assignment.id == assignment_id).with_for_update()).one()
    row = _row(session, assignment_id, lock=True)
    if row is None:
        row = EndReport(assignment_id=assignment_id, sections=texts, updated_at=now)
        session.add(row)
    elif row.submitted_at is not None:
        raise ConflictError(f"assignment {assignment_id}: the report is submitted", code="report-submitted")
    else:
        row.sections, row.updated_at = texts, now
    session.flush()
    return row


def submit_report(
    session: Session,
    *,
    actor: User,
    assignment_id: int,
    now: datetime,
    sections: Mapping[str, str | None] | None = None,
) -> EndReport:
    """The JPO submits the report (saving `sections` first when given): every section written (422), in
    the assignment's last 90 days or after it (409 `report-not-open`); once (409 `report-submitted`)."""
    found = standing(session, actor, assignment_id)
    found.require("jpo", doing="submit the end-of-assignment report")
    if sections is not None:
        save_report(session, actor=actor, assignment_id=assignment_id, sections=sections, now=now)
    start_writing(session)
    row = _row(session, assignment_id, lock=True)
    if row is not None and row.submitted_at is not None:
        raise ConflictError(f"assignment {assignment_id}: the report is submitted", code="report-submitted")
    assignment = session.get_one(Assignment, assignment_id)
    opens = report_opens(assignment.ends_on)
    if assignment.status == "active" and now.date() < opens:
        raise ConflictError(
            f"assignment {assignment_id}: the report may be submitted from {opens.isoformat()}",
            code="report-not-open",
        )
    texts = _full(row.sections if row else None)
    for name in REPORT_SECTIONS:
        checked_text(texts[name], name, REPORT_SECTION_MAX, required=True)
    assert row is not None  # an empty report fails the check above
    row.submitted_at = row.updated_at = now
    record(
        session,
        actor_id=actor.id,
        action="assignment.report_submitted",
        subject_type="assignment",
        subject_id=assignment_id,
        detail={"report_id": row.id},
    )
    return row


def report_pdf(session: Session, *, actor: User, assignment_id: int, locale: str, now: datetime) -> bytes:
    """The submitted report as a PDF in `locale` (409 `report-not-submitted` before), each read audited."""
    view = read_report(session, actor=actor, assignment_id=assignment_id)
    if view.row is None or view.row.submitted_at is None or view.sections is None:
        raise ConflictError(
            f"assignment {assignment_id}: the report is not submitted", code="report-not-submitted"
        )
    assignment, document = view.found.assignment, view.found.vacancy.document
    say = translations(locale).gettext
    pdf = PdfDocument(say("End-of-assignment report"), locale=locale, now=now)

    def day(value: date) -> str:
        return str(format_date(value, "long", locale=locale))

    jpo = greeting_name(session, assignment.jpo_id) or (session.get_one(User, assignment.jpo_id).email)
    pdf.facts(
        [
            (say("JPO"), jpo),
            (say("Post"), str(document.get("title") or "")),
            (say("Host agency"), str(document.get("organization") or "")),
            (say("Duty station"), assignment.duty_station),
            (say("Period"), f"{day(assignment.starts_on)} – {day(assignment.ends_on)}"),
            (say("Submitted on"), day(view.row.submitted_at.date())),
        ]
    )
    for name in REPORT_SECTIONS:
        pdf.heading(say(SECTION_NAMES[name]))
        pdf.paragraph(view.sections[name])
    return pdf.bytes()


def end_report_due(session: Session, assignment: Assignment, today: date) -> list[DueStep]:
    """The report, from the assignment's last 90 days until it is submitted."""
    if today < report_opens(assignment.ends_on):
        return []
    submitted = session.scalar(select(EndReport.submitted_at).where(EndReport.assignment_id == assignment.id))
    if submitted is not None:
        return []
    return [DueStep(assignment.id, "end_report", "jpo", report_due(assignment.ends_on))]
