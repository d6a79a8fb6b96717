"""The interview report of one candidate: a PDF in the panel's language with the consolidated ratings
(per competency each member's rating, the mean, the spread, the step, flags) and the panel's
recommendation with its reasons; downloaded by the chair and the staff who run the recruitment or
manage the vacancy, each download audited."""

from __future__ import annotations

from datetime import UTC, datetime
from fractions import Fraction
from typing import Final

from babel.dates import format_datetime
from babel.numbers import format_decimal
from fpdf import FPDF
from sqlalchemy.orm import Session

from jpo.applications.receipt import _latin1
from jpo.audit.trail import record
from jpo.authz import may_manage_vacancy
from jpo.db.models import User
from jpo.errors import ConflictError, ForbiddenError
from jpo.i18n import N_, translator
from jpo.interviews.access import interview_access
from jpo.interviews.panels import language_of_panel
from jpo.interviews.sheets import Sheet, read_sheet

STEP_NAMES: Final = {
    "outstanding": N_("Outstanding"),
    "satisfactory": N_("Satisfactory"),
    "partially_satisfactory": N_("Partially satisfactory"),
    "unsatisfactory": N_("Unsatisfactory"),
}
VERDICT_NAMES: Final = {
    "recommended": N_("Recommended"),
    "reservations": N_("Recommended with reservations"),
    "not_recommended": N_("Not recommended"),
}


def number(value: Fraction, locale: str) -> str:
    """A mean or spread as the sheet writes it: two decimals, rounded half up on the exact fraction."""
    hundredths = (value * 100 + Fraction(1, 2)).__floor__()
    return format_decimal(hundredths / 100, format="0.00", locale=locale)


def report_pdf(sheet: Sheet, *, title: str, reference: str | None, locale: str, now: datetime) -> bytes:
    _ = translator(locale)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(now)
    pdf.set_lang(locale)
    pdf.set_title(_latin1(_(N_("Interview report"))))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _latin1(_(N_("Interview report"))), new_x="LMARGIN", new_y="NEXT")
    facts = [
        (_(N_("Candidate")), sheet.name),
        (_(N_("Vacancy")), title),
        (_(N_("Reference")), reference or "-"),
        (
            _(N_("Panel")),
            ", ".join(f"{m.email} ({_(N_('chair'))})" if m.is_chair else m.email for m in sheet.members),
        ),
        (_(N_("Written (UTC)")), format_datetime(now, "medium", tzinfo=UTC, locale=locale)),
    ]
    for label, value in facts:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(40, 6, _latin1(label))
        pdf.set_font("Helvetica", size=10)
        pdf.multi_cell(0, 6, _latin1(value), new_x="LMARGIN", new_y="NEXT")
    recused = [m.email for m in sheet.members if sheet.standing.get(m.id) == "recused"]
    if recused:
        pdf.set_font("Helvetica", "I", 10)
        pdf.multi_cell(
            0,
            6,
            _latin1(_(N_("Recused (conflict of interest): %(names)s"), names=", ".join(recused))),
            new_x="LMARGIN",
            new_y="NEXT",
        )
    _ratings_table(pdf, sheet, locale)
    _recommendation(pdf, sheet, locale)
    return bytes(pdf.output())


def _ratings_table(pdf: FPDF, sheet: Sheet, locale: str) -> None:
    _ = translator(locale)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, _latin1(_(N_("Consolidated ratings"))), new_x="LMARGIN", new_y="NEXT")
    scorers = [m for m in sheet.members if str(m.id) in {r.member for r in sheet.ratings}]
    for line in sheet.lines:
        pdf.set_font("Helvetica", "B", 10)
        flag = "  [" + _(N_("members more than one step apart")) + "]" if line.flagged else ""
        pdf.multi_cell(0, 6, _latin1(line.competency + flag), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        for member in scorers:
            value = line.by_member.get(str(member.id))
            if value is not None:
                pdf.cell(
                    0,
                    5,
                    _latin1(f"    {member.email}: {number(value, locale)}"),
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
        summary = _(
            N_("Mean %(mean)s, spread %(spread)s: %(step)s"),
            mean=number(line.mean, locale),
            spread=number(line.spread, locale),
            step=_(STEP_NAMES[line.step]),
        )
        pdf.cell(0, 6, _latin1("    " + summary), new_x="LMARGIN", new_y="NEXT")
    if sheet.overall is not None:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(
            0,
            7,
            _latin1(_(N_("Overall mean: %(mean)s"), mean=number(sheet.overall, locale))),
            new_x="LMARGIN",
            new_y="NEXT",
        )


def _recommendation(pdf: FPDF, sheet: Sheet, locale: str) -> None:
    _ = translator(locale)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, _latin1(_(N_("The panel's recommendation"))), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    recommendation = sheet.recommendation
    if recommendation is None:
        pdf.multi_cell(0, 6, _latin1(_(N_("Not recorded yet."))), new_x="LMARGIN", new_y="NEXT")
        return
    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(0, 6, _latin1(_(VERDICT_NAMES[recommendation.verdict])), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 6, _latin1(recommendation.reasons), new_x="LMARGIN", new_y="NEXT")


def download_report(
    session: Session, *, actor: User, vacancy_id: int, application_id: int, now: datetime
) -> tuple[bytes, str]:
    """The candidate's report as PDF bytes and a file name: for the chair, the staff who run the
    recruitment and the vacancy's programme admins, once the panel has finished scoring; audited."""
    access = interview_access(session, actor, vacancy_id)
    if not (access.is_chair or access.runner or may_manage_vacancy(actor, access.vacancy)):
        raise ForbiddenError("the interview report is for the chair and the recruitment's staff")
    sheet = read_sheet(
        session, actor=actor, vacancy_id=vacancy_id, application_id=application_id, purpose="interview report"
    )
    if not sheet.complete:
        raise ConflictError("the panel has not finished scoring this candidate", code="scoring-incomplete")
    document = access.vacancy.document
    locale = language_of_panel(session, vacancy_id)
    data = report_pdf(
        sheet,
        title=str(document.get("title") or vacancy_id),
        reference=document.get("reference"),
        locale=locale,
        now=now,
    )
    record(
        session,
        actor_id=actor.id,
        action="interview.report_downloaded",
        subject_type="application",
        subject_id=application_id,
        detail={"locale": locale},
    )
    return data, f"interview-report-{vacancy_id}-{application_id}.pdf"
