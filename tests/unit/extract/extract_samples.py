"""Small documents of every format, built in memory for the extraction tests."""

from __future__ import annotations

import io
import zipfile

import docx
from fpdf import FPDF

BODY = "The JPO will support the programme team in Geneva with analysis and reporting."


class _TorPdf(FPDF):  # type: ignore[misc]
    def header(self) -> None:
        self.set_font("helvetica", "B", 10)
        self.cell(0, 8, "UNDP - JPO Terms of Reference", new_x="LMARGIN", new_y="NEXT")

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("helvetica", "", 8)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


def pdf_bytes(pages: int = 3, *, user_password: str | None = None) -> bytes:
    """A PDF with a running header and "Page n of N" footer on every page."""
    pdf = _TorPdf()
    pdf.set_font("helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 6, f"Section {number}. {BODY}")
    if user_password is not None:
        pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    return bytes(pdf.output())


def docx_bytes() -> bytes:
    """A ToR-like DOCX: title, headings, bold label, lists, a label/value table, a header."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "RUNNING HEADER"
    document.sections[0].footer.paragraphs[0].text = "RUNNING FOOTER"
    document.add_heading("Junior Professional Officer", 0)
    document.add_heading("Background", 1)
    document.add_paragraph(BODY)
    document.add_paragraph().add_run("Duties and Responsibilities").bold = True
    document.add_paragraph("first bullet", style="List Bullet")
    document.add_paragraph("nested bullet", style="List Bullet 2")
    document.add_paragraph("second bullet", style="List Bullet")
    document.add_paragraph("first numbered", style="List Number")
    document.add_paragraph("second numbered", style="List Number")
    broken = document.add_paragraph("line one")
    broken.add_run().add_break()
    broken.add_run("line two")
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text = "Duty Station"
    table.cell(0, 1).text = "Geneva, Switzerland"
    table.cell(1, 0).text = "Duration:"
    table.cell(1, 1).text = "Two years"
    table.cell(1, 1).add_paragraph("extendable by one year", style="List Bullet")
    merged = table.cell(2, 0).merge(table.cell(2, 1))
    merged.text = "Merged heading row"
    document.add_heading("Qualifications", 2)
    document.add_paragraph("A master's degree.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_member(data: bytes, name: str, blob: bytes) -> bytes:
    """The zip `data` with member `name` replaced by `blob` (or added)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
        target.writestr(name, blob)
    return out.getvalue()


def drop_member(data: bytes, name: str) -> bytes:
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
    return out.getvalue()


def two_column_pdf(left: list[str], right: list[str], *, heading: str = "") -> bytes:
    """A one-page PDF: a heading across the page, then `left` and `right` as two columns side by side."""
    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    pdf.add_page()
    if heading:
        pdf.cell(0, 8, heading, align="C", new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y()
    for x, paragraphs in ((10, left), (110, right)):
        pdf.set_xy(x, top)
        for paragraph in paragraphs:
            pdf.set_x(x)
            pdf.multi_cell(90, 5, paragraph, new_x="LEFT", new_y="NEXT")
    return bytes(pdf.output())
