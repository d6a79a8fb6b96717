"""The assignment's documents as PDF (the work plan, an evaluation, the end-of-assignment report): one
small writer over fpdf2 so the three look alike — a title, the facts of the assignment, headings,
paragraphs and labelled lines — in the reader's language (the words through the catalogue, the dates by
Babel). fpdf2's core fonts hold Latin-1: other characters are written as their nearest or as "?"."""

from __future__ import annotations

from datetime import datetime

from fpdf import FPDF

from jpo.applications.receipt import _latin1


class PdfDocument:
    """Build with `facts`, `heading`, `paragraph`, `labelled`; `bytes()` ends it."""

    def __init__(self, title: str, *, locale: str, now: datetime) -> None:
        self.pdf = FPDF(format="A4")
        self.pdf.set_creation_date(now)
        self.pdf.set_lang(locale)
        self.pdf.set_title(_latin1(title))
        self.pdf.add_page()
        self.pdf.set_font("Helvetica", "B", 16)
        self.pdf.multi_cell(0, 9, _latin1(title), new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def facts(self, rows: list[tuple[str, str]]) -> None:
        for label, value in rows:
            self.pdf.set_font("Helvetica", "B", 10)
            self.pdf.cell(48, 6, _latin1(label))
            self.pdf.set_font("Helvetica", size=10)
            self.pdf.multi_cell(0, 6, _latin1(value or "-"), new_x="LMARGIN", new_y="NEXT")

    def heading(self, text: str, level: int = 1) -> None:
        self.pdf.ln(3)
        self.pdf.set_font("Helvetica", "B", 13 if level == 1 else 11)
        self.pdf.multi_cell(0, 7, _latin1(text), new_x="LMARGIN", new_y="NEXT")

    def paragraph(self, text: str, *, italic: bool = False, indent: int = 0) -> None:
        self.pdf.set_font("Helvetica", "I" if italic else "", 10)
        if indent:
            self.pdf.set_x(self.pdf.l_margin + indent)
        self.pdf.multi_cell(0, 5.5, _latin1(text or "-"), new_x="LMARGIN", new_y="NEXT")

    def labelled(self, label: str, value: str, *, indent: int = 0) -> None:
        """A "Label: value" line of its own (wrapped), the label in bold."""
        if indent:
            self.pdf.set_x(self.pdf.l_margin + indent)
        self.pdf.set_font("Helvetica", "B", 10)
        self.pdf.write(5.5, _latin1(f"{label}: "))
        self.pdf.set_font("Helvetica", size=10)
        self.pdf.write(5.5, _latin1(value or "-"))
        self.pdf.ln(6)

    def bytes(self) -> bytes:
        return bytes(self.pdf.output())
