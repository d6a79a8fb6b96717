"""The confirmation a candidate downloads: a one-page PDF with the receipt number and what was sent."""

from __future__ import annotations

from typing import Any

from fpdf import FPDF

from jpo.db.models import Application


def _latin1(text: str) -> str:
    # The PDF core fonts cover Latin-1; other characters are shown as '?' rather than failing.
    return text.encode("latin-1", "replace").decode("latin-1")


def receipt_lines(application: Application, vacancy: dict[str, Any]) -> list[tuple[str, str]]:
    """The facts a receipt states, as (label, value) pairs."""
    station = vacancy.get("duty_station") or {}
    place = ", ".join(part for part in (station.get("city"), station.get("country")) if part)
    return [
        ("Receipt number", application.receipt),
        ("Vacancy", vacancy.get("title") or f"vacancy {application.vacancy_id}"),
        ("Reference", vacancy.get("reference") or "-"),
        ("Organization", vacancy.get("organization") or "-"),
        ("Duty station", place or "-"),
        ("Submitted (UTC)", application.submitted_at.strftime("%Y-%m-%d %H:%M:%S")),
        ("Status", application.status.replace("_", " ")),
        ("Motivation", f"{len(application.motivation)} characters"),
    ]


def receipt_pdf(application: Application, vacancy: dict[str, Any]) -> bytes:
    """The PDF bytes of the receipt."""
    pdf = FPDF(format="A4")
    pdf.set_creation_date(application.submitted_at)  # the same application gives the same bytes
    pdf.set_title(f"jpo receipt {application.receipt}")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 12, "Application received", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for label, value in receipt_lines(application, vacancy):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(45, 8, _latin1(label))
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 8, _latin1(value), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 5, "Keep this receipt: quote its number in any question about your application.")
    return bytes(pdf.output())
