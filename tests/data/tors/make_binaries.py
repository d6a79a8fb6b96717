"""Generate the binary test ToRs of this folder: undp_pdf.pdf and who_docx.docx.

Run with the project's venv: `.venv/bin/python tests/data/tors/make_binaries.py`.
The output is deterministic: fixed creation dates and metadata, and the DOCX zip is rewritten
with fixed entry timestamps, so re-running gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 1, 15, 9, 0, 0, tzinfo=UTC)

# --------------------------------------------------------------------------------------------
# undp_pdf.pdf: 3 pages, running header and "Page N of 3" footer, wrapped bullets, one duty
# bullet split across the page break between pages 1 and 2. Core font Helvetica: latin-1 only.
# --------------------------------------------------------------------------------------------

PDF_HEADER = "UNDP - Terms of Reference - JPO Climate Finance"

PDF_FACTS = [
    ("Post Title", "Programme Analyst, Climate Finance"),
    ("Vacancy Reference", "JPN-2026-IRH-04"),
    ("Agency", "United Nations Development Programme (UNDP)"),
    ("Unit", "Istanbul Regional Hub, Nature, Climate and Energy Team"),
    ("Duty Station", "Istanbul, Türkiye"),
    ("Grade", "P-2"),
    ("Duration", "2 years, with a possible extension subject to performance and funding"),
    ("Sponsor", "Government of Japan"),
    ("Closing date", "30 April 2026 17:00 New York time"),
]

PDF_BACKGROUND = [
    "UNDP works in about 170 countries and territories, helping to eradicate poverty, reduce "
    "inequalities and exclusion, and build resilience so countries can sustain progress. The "
    "Istanbul Regional Hub supports 18 country offices in Europe and Central Asia with policy "
    "advice, technical assistance and knowledge services.",
    "The Nature, Climate and Energy (NCE) team supports countries in accessing, managing and "
    "delivering climate finance from vertical funds such as the Green Climate Fund (GCF), the "
    "Global Environment Facility (GEF) and the Adaptation Fund, as well as from bilateral donors "
    "and the private sector. The team currently manages a portfolio of more than 60 projects "
    "with a combined value of over USD 900 million, and is expanding its support to national "
    "climate finance frameworks, green bonds and the alignment of public budgets with the "
    "Nationally Determined Contributions (NDCs) under the Paris Agreement.",
]

PDF_DUTIES = [
    "Support country offices in the identification, formulation and appraisal of climate "
    "finance project proposals to the Green Climate Fund, the Global Environment Facility and "
    "the Adaptation Fund, including the preparation of concept notes, funding proposals, "
    "feasibility studies and economic and financial analyses.",
    "Provide quality assurance of project documents and funding proposals against UNDP "
    "programming standards and the investment criteria and safeguards policies of the "
    "respective funds.",
    "Contribute to the design of innovative financing instruments, including green and "
    "sustainability-linked bonds, blended finance facilities and results-based climate "
    "finance mechanisms.",
    "Support governments in the development of Climate Budget Tagging systems and of "
    "integrated national financing frameworks aligned with their Nationally Determined "
    "Contributions.",
    "Monitor the implementation of the regional climate finance portfolio, analyse delivery "
    "and results data, and prepare portfolio reviews, annual performance reports and "
    "briefings for senior management, ensuring that gender equality and social inclusion "
    "considerations are reflected in all reporting.",
    "Contribute to knowledge management, including the documentation of lessons learned, the "
    "preparation of case studies, the organization of regional communities of practice on "
    "climate finance and the follow-up with country offices on the management responses to "
    "mid-term reviews and terminal evaluations of projects funded by the vertical funds.",
    "Support partnerships and resource mobilization with bilateral donors, international "
    "financial institutions and private sector partners.",
    "Organize regional workshops, trainings and webinars on climate finance for government "
    "counterparts and UNDP staff.",
    "Perform other duties as required.",
]

PDF_LEARNING = [
    "In-depth knowledge of the climate finance architecture and of the programming "
    "requirements of the major vertical funds.",
    "Practical experience in project formulation, appraisal and portfolio management.",
    "Understanding of UNDP's policies, procedures and role in the UN development system.",
    "A professional network of government, donor and private sector partners in Europe and Central Asia.",
]

PDF_COMPETENCIES = [
    "Achieve Results",
    "Think Innovatively",
    "Learn Continuously",
    "Adapt with Agility",
    "Act with Determination",
    "Engage and Partner",
    "Enable Diversity and Inclusion",
]

PDF_QUALIFICATIONS = [
    (
        "Education",
        "Master's degree or equivalent in economics, finance, environmental "
        "economics, public policy, climate change or a related field.",
    ),
    (
        "Work experience",
        "At least two years of professional experience in climate finance, "
        "development finance, project development or public financial management.",
    ),
    ("Languages", "Fluency in English is required. Knowledge of Turkish or Russian is an asset."),
]

PDF_ELIGIBILITY = [
    "Japanese nationality.",
    "Age: 35 years or younger as of 1 April 2026.",
    "Education: A Master's degree or higher. Candidates who are currently enrolled in a "
    "Master's programme and expected to complete the degree by 31 March 2027 may also apply.",
    "Work experience: At least 2 years of full-time professional work experience in a relevant field.",
    "Language: Ability to work in English. Applicants must hold a score of TOEFL iBT 100 or "
    "IELTS 7.0 (Academic, overall band score) or above.",
    "A firm commitment to continue working in international organizations after the end of "
    "the JPO assignment.",
]

PDF_DOCUMENTS = [
    "Application form of the JPO Programme (in English and Japanese).",
    "Certificate of the highest university degree obtained, or of expected graduation.",
    "Official score report of TOEFL iBT or IELTS.",
]


class ToRPdf(FPDF):
    """A4 document with a running header and a "Page N of {nb}" footer on every page."""

    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.set_xy(20, 10)
        self.cell(170, 5, PDF_HEADER, align="R")
        self.line(20, 16, 190, 16)
        self.set_xy(20, 22)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_x(20)
        self.set_font("Helvetica", "", 8)
        self.cell(170, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def pdf_heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_x(20)
    pdf.cell(170, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)


def pdf_paragraph(pdf: FPDF, text: str) -> None:
    pdf.set_x(20)
    pdf.multi_cell(170, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def pdf_bullets(pdf: FPDF, items: list[str], marker: str = "-") -> None:
    for i, item in enumerate(items, 1):
        mark = f"{i}." if marker == "1" else marker
        if pdf.get_y() > pdf.page_break_trigger - 5:
            pdf.add_page()
        pdf.set_x(24)
        pdf.cell(6, 5, mark)
        # hanging indent: wrapped lines (also after a page break) start under the text
        pdf.set_left_margin(30)
        pdf.set_x(30)
        pdf.multi_cell(160, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(20)
        pdf.ln(1)


def make_pdf(path: Path) -> None:
    pdf = ToRPdf(format="A4")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_creation_date(FIXED)
    pdf.set_title("JPO Terms of Reference - Programme Analyst, Climate Finance")
    pdf.set_author("UNDP")
    pdf.set_creator("make_binaries.py")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 14)
    pdf.set_x(20)
    pdf.cell(170, 8, "United Nations Development Programme", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_x(20)
    pdf.cell(
        170,
        7,
        "Junior Professional Officer (JPO) Programme",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_x(20)
    pdf.cell(170, 7, "TERMS OF REFERENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf_heading(pdf, "I. Position Information")
    for label, value in PDF_FACTS:
        pdf.set_x(20)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(40, 5, f"{label}:")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(130, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf_paragraph(
        pdf,
        "This position is open in the framework of the Junior Professional "
        "Officer (JPO) Programme of the Government of Japan and is addressed "
        "exclusively to candidates of Japanese nationality.",
    )

    pdf_heading(pdf, "II. Background")
    for para in PDF_BACKGROUND:
        pdf_paragraph(pdf, para)

    pdf_heading(pdf, "III. Duties and Responsibilities")
    pdf_paragraph(
        pdf,
        "Under the direct supervision of the Regional Climate Finance Specialist, the JPO will:",
    )
    pdf_bullets(pdf, PDF_DUTIES)

    pdf_heading(pdf, "IV. Learning Elements")
    pdf_paragraph(pdf, "On completion of the assignment, the JPO will have acquired:")
    pdf_bullets(pdf, PDF_LEARNING)

    pdf_heading(pdf, "V. Qualifications and Experience")
    for label, text in PDF_QUALIFICATIONS:
        pdf.set_x(20)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(170, 5, f"{label}:", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf_paragraph(pdf, text)
    pdf.set_x(20)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(170, 5, "Core competencies:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf_bullets(pdf, PDF_COMPETENCIES)

    pdf.add_page()
    pdf_heading(pdf, "VI. Eligibility Criteria of the Japanese JPO Programme")
    pdf_bullets(pdf, PDF_ELIGIBILITY)

    pdf_heading(pdf, "VII. How to Apply")
    pdf_paragraph(
        pdf,
        "Applications must be submitted through the online application system "
        "of the JPO Programme of the Ministry of Foreign Affairs of Japan no later "
        "than 30 April 2026 17:00 New York time. Late or incomplete applications "
        "will not be considered.",
    )
    pdf_paragraph(pdf, "The following documents are required:")
    pdf_bullets(pdf, PDF_DOCUMENTS, marker="1")

    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# who_docx.docx: label/value table, Word heading styles, List Bullet and List Number.
# --------------------------------------------------------------------------------------------

DOCX_FACTS = [
    ("Title", "Technical Officer (Health Information Systems)"),
    ("Organization", "World Health Organization (WHO), Department of Data and Analytics"),
    ("Duty Station", "Geneva, Switzerland"),
    ("Grade", "P-1/P-2, depending on qualifications and experience"),
    ("Duration", "24 months, with a possible extension for a third year"),
    ("Closing date", "1 June 2026, 23:59 (GMT+2)"),
]

DOCX_COUNTRIES = (
    "Bangladesh, Benin, Burkina Faso, Burundi, Ethiopia, Ghana, Mali, Mozambique, Niger, "
    "Rwanda, South Sudan, Uganda and Yemen"
)

DOCX_DUTIES = [
    "Support Member States in strengthening routine health information systems, including "
    "the implementation of DHIS2-based reporting and data quality assessments.",
    "Contribute to the development and maintenance of WHO global health data standards and "
    "metadata for core health indicators.",
    "Analyse health facility and civil registration data to monitor progress towards the "
    "health-related Sustainable Development Goals.",
    "Prepare technical documents, guidance notes and training materials on health data "
    "governance and data quality.",
    "Support the organization of regional and global workshops on health information systems.",
    "Contribute to the World Health Statistics report and related data products.",
    "Liaise with regional offices, partners and academic institutions on joint projects.",
    "Perform other related duties as assigned.",
]

DOCX_LEARNING = [
    "Gain a thorough understanding of WHO's normative work on health data and of its "
    "technical cooperation with Member States.",
    "Acquire practical skills in health information system assessment and strengthening.",
    "Develop skills in the analysis and communication of health statistics.",
    "Build a professional network within WHO and among global health partners.",
]

DOCX_COMPETENCIES = [
    "Teamwork",
    "Respecting and promoting individual and cultural differences",
    "Communication",
    "Producing results",
    "Moving forward in a changing environment",
]


def docx_deterministic(raw: bytes) -> bytes:
    """Rewrite a DOCX zip with fixed entry timestamps and attributes."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def make_docx(path: Path) -> None:
    doc = Document()
    props = doc.core_properties
    props.title = "JPO Terms of Reference - Technical Officer (Health Information Systems)"
    props.author = "WHO"
    props.last_modified_by = "WHO"
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.last_printed = FIXED.replace(tzinfo=None)
    props.revision = 1
    doc.styles["Normal"].font.size = Pt(10.5)

    doc.add_heading("Junior Professional Officer (JPO) – Terms of Reference", level=0)

    doc.add_heading("General Information", level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in DOCX_FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        cells[0].paragraphs[0].runs[0].bold = True

    doc.add_paragraph(
        "This JPO position is sponsored by the Government of the Netherlands. The Dutch JPO "
        "Programme is open to nationals of the Netherlands and to nationals of the following "
        f"developing countries: {DOCX_COUNTRIES}."
    )

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "The Department of Data and Analytics (DNA) leads WHO's work on health data, "
        "including the collection, validation, analysis and dissemination of health "
        "statistics, and supports countries in strengthening their health information "
        "systems. The Health Information Systems Unit provides normative guidance and "
        "technical support on routine health information systems, civil registration and "
        "vital statistics, and data governance."
    )

    doc.add_heading("Duties and Responsibilities", level=1)
    doc.add_paragraph(
        "Under the supervision of the Unit Head, Health Information Systems, the "
        "JPO will perform the following duties:"
    )
    for item in DOCX_DUTIES:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Learning Elements", level=1)
    doc.add_paragraph("By the end of the assignment, the JPO will:")
    for item in DOCX_LEARNING:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Qualifications", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Essential: Advanced university degree (Master's level) in public health, "
        "epidemiology, biostatistics, health informatics or a related field."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "Essential: At least two years of relevant professional experience in health "
        "information systems or health data analysis, preferably in an international context."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph("Expert knowledge of English. Intermediate knowledge of French is desirable.")
    doc.add_heading("Competencies", level=2)
    for item in DOCX_COMPETENCIES:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Eligibility Criteria of the Dutch JPO Programme", level=1)
    for item in [
        "Nationality of the Netherlands or of one of the developing countries listed above.",
        "A Master's degree.",
        "The maximum age is 32 years at the closing date of this vacancy (1 June 2026).",
        "At least two years of relevant work experience.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("How to Apply", level=1)
    doc.add_paragraph(
        "Applications must be submitted through the website of the Nuffic JPO Programme "
        "no later than 1 June 2026, 23:59 (GMT+2). Only shortlisted candidates will be "
        "contacted."
    )

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(docx_deterministic(buf.getvalue()))


def main() -> None:
    make_pdf(HERE / "undp_pdf.pdf")
    make_docx(HERE / "who_docx.docx")


if __name__ == "__main__":
    main()
