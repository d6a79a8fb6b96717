"""Build the two binary documents of design batch tors26 (held-out w until measured) deterministically.

Run with /work/main/.venv/bin/python make_binaries.py
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 9, 21, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 9, 21, 9, 0, 0)


# ---------------------------------------------------------------- DOCX


def add_row(table, label, value_lines, bullets=None):
    cells = table.add_row().cells
    cells[0].text = ""
    run = cells[0].paragraphs[0].add_run(label)
    run.bold = True
    para = cells[1].paragraphs[0]
    for i, line in enumerate(value_lines):
        r = para.add_run(line)
        if i < len(value_lines) - 1:
            r.add_break(WD_BREAK.LINE)
    for b in bullets or []:
        cells[1].add_paragraph(b, style="List Bullet")


def build_docx(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph("World Food Programme", style="Title")
    doc.add_paragraph("Junior Professional Officer - Terms of Reference", style="Subtitle")
    note = doc.add_paragraph()
    note.add_run(
        "Irish Aid JPO Programme, 2026 recruitment round. This ToR is part of the "
        "application pack; read Section 7 before applying."
    ).italic = True

    doc.add_heading("1. Post information", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    add_row(
        t,
        "Post title",
        [
            "Programme Policy Officer (Social Protection)",
            "Open to Irish citizens only - see Section 7",
        ],
    )
    add_row(t, "Job Requisition ID", ["0000199342"])
    add_row(t, "Irish Aid file no.", ["IA-JPO-26-03"])
    add_row(t, "Grade", ["P-2"])
    add_row(t, "Type of contract", ["Fixed-term, Junior Professional Officer"])
    add_row(
        t,
        "Duration",
        [
            "12 months, with a possible extension of a further 12 months",
            "subject to performance and funding",
        ],
    )
    add_row(t, "Duty station", ["Juba, South Sudan"])
    add_row(
        t,
        "Unit",
        [
            "Social Protection and Resilience Unit, Programme Division,",
            "WFP South Sudan Country Office",
        ],
    )
    add_row(t, "Reports to", ["Head of Social Protection (P-4)"])
    add_row(
        t,
        "Sponsor",
        [
            "Government of Ireland - Department of Foreign Affairs",
            "(Irish Aid)",
        ],
    )

    doc.add_heading("2. Organizational context", level=1)
    doc.add_paragraph(
        "WFP has been present in South Sudan since the country's independence and "
        "runs one of its largest operations there, combining emergency food "
        "assistance with resilience and social protection programmes. The Social "
        "Protection and Resilience Unit supports the Ministry of Gender, Child and "
        "Social Welfare in building a national safety net and manages WFP's "
        "contribution to the World Bank-funded Safety Net and Skills Development "
        "Project. The JPO replaces a Programme Policy Officer post previously "
        "classified at P-3."
    )

    doc.add_heading("3. Key accountabilities (not all-inclusive)", level=1)
    duties = [
        "Support the design and implementation of cash-based safety net activities "
        "in Juba and in the states of Northern Bahr el Ghazal and Warrap.",
        "Contribute to targeting, registration and beneficiary data management, "
        "in line with WFP data protection guidance.",
        "Support monitoring and evaluation of social protection activities, in particular:",
        "Draft programme documents, donor reports and briefs for senior management.",
        "Liaise with government counterparts, the World Bank, UNICEF and NGO "
        "partners on the national social protection framework.",
        "Support capacity strengthening of the Ministry's social registry team.",
        "Perform other related duties as required.",
    ]
    for i, d in enumerate(duties):
        doc.add_paragraph(d, style="List Bullet")
        if i == 2:
            doc.add_paragraph(
                "post-distribution monitoring and household surveys;",
                style="List Bullet 2",
            )
            doc.add_paragraph("complaint and feedback mechanisms.", style="List Bullet 2")

    doc.add_heading("4. What will the JPO learn?", level=1)
    for d in [
        "Practical knowledge of social protection systems in a fragile context.",
        "WFP programme cycle management, from needs assessment to evaluation.",
        "Policy dialogue with government and international financial institutions.",
        "Use of the JPO training budget (DSTA) for a course agreed with the supervisor.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("5. Qualifications and experience", level=1)
    q = doc.add_table(rows=0, cols=2)
    q.style = "Table Grid"
    add_row(
        q,
        "Education",
        [
            "Advanced university degree (Master's or equivalent) in economics, "
            "social policy, development studies or a related field. A first "
            "university degree with two additional years of relevant work "
            "experience may be accepted in lieu of the advanced degree."
        ],
    )
    add_row(
        q,
        "Experience",
        ["Required:"],
        bullets=[
            "At least two years of relevant professional experience in social "
            "protection, cash transfers or food security;",
            "experience with household survey data (Stata, R or similar).",
        ],
    )
    add_row(
        q,
        "Languages",
        [
            "Fluency in English (oral and written) is required. Knowledge of Arabic "
            "(including Juba Arabic) is desirable."
        ],
    )

    doc.add_heading("6. Competencies (WFP Leadership Framework)", level=1)
    for c in [
        "Leads by example with integrity",
        "Drives results and delivers on commitments",
        "Fosters inclusive and collaborative teamwork",
        "Applies strategic thinking",
        "Builds and maintains sustainable partnerships",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("7. Are you eligible? Irish Aid JPO Programme conditions", level=1)
    doc.add_paragraph(
        "The post is open to Irish citizens only. Nationals of South Sudan, "
        "including dual Irish and South Sudanese nationals, are not eligible for "
        "this post. You must be under 32 years of age on the closing date "
        "(18 October 2026). Persons who have previously served as a JPO, under any "
        "donor programme, are not eligible."
    )
    doc.add_paragraph(
        "The Programme holds one recruitment round per year. JPO contracts are "
        "issued for 12 months in the first instance. In the 2026 round you may "
        "apply for a maximum of three JPO posts; applications for more than three "
        "posts will all be disqualified."
    )

    doc.add_heading("8. How to apply", level=1)
    doc.add_paragraph("Submit the following through the Irish Aid JPO portal:")
    for d in [
        "Curriculum vitae (maximum three pages);",
        "Motivation letter (maximum one page) addressed to WFP;",
        "Copy of your Irish passport;",
        "Copies of your university degree certificates.",
    ]:
        doc.add_paragraph(d, style="List Number")
    doc.add_paragraph(
        "The 2026 round was announced on 21 September 2026. Applications close at "
        "23:59 Dublin time on Sunday 18 October 2026. Interviews are expected in "
        "the week of 16 November 2026."
    )

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "WFP / Irish Aid JPO ToR - Job Requisition 0000199342"

    cp = doc.core_properties
    cp.author = "WFP HR"
    cp.last_modified_by = "WFP HR"
    cp.title = "JPO ToR - Programme Policy Officer (Social Protection)"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------- PDF


class Notice(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, "IFAD - International Fund for Agricultural Development")
        self.cell(0, 5, "Vacancy 2611/JPO", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(
            0,
            5,
            f"Norwegian JPO Programme 2026 - page {self.page_no()} of {{nb}}",
            align="C",
        )


def pair(pdf, label, value, lw=45):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(lw, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + lw, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def bullets(pdf, items, mark="-"):
    pdf.set_font("Helvetica", "", 10)
    for i, it in enumerate(items, 1):
        m = f"{i}." if mark == "n" else mark
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5, m)
        pdf.set_xy(pdf.l_margin + 9, y)
        pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")


def build_pdf(path):
    pdf = Notice(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Vacancy 2611/JPO")
    pdf.set_author("IFAD Human Resources Division")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "Investing in rural people", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        6,
        "Vacancy announcement - Junior Professional Officer",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    pair(
        pdf,
        "Job title",
        "Associate Rural Finance Officer (Junior Professional Officer)",
    )
    pair(pdf, "Vacancy number", "2611/JPO")
    pair(pdf, "Norad reference", "NORAD-JPO-2026-09")
    pair(
        pdf,
        "Division",
        "Sustainable Production, Markets and Institutions Division (PMI), "
        "Rural Finance, Markets and Enterprises Unit",
    )
    pair(pdf, "Duty station", "Rome, Italy")
    pair(pdf, "Grade", "P-2")
    pair(pdf, "Contract type", "Fixed-term (JPO)")
    pair(pdf, "Duration", "Two years")
    pair(pdf, "Funded by", "Government of Norway - Norad JPO Programme")
    pair(pdf, "Date of issue", "14 September 2026")
    pair(pdf, "Closing date", "12 October 2026")

    heading(pdf, "1. Organizational setting")
    para(
        pdf,
        "The International Fund for Agricultural Development (IFAD) invests in rural "
        "people, empowering them to reduce poverty, increase food security and "
        "improve nutrition. The Rural Finance, Markets and Enterprises Unit provides "
        "technical support to IFAD-financed projects on inclusive rural finance, "
        "value chains and enterprise development. The JPO will report to the Lead "
        "Technical Specialist, Rural Finance (P-5), and work closely with a Senior "
        "Technical Specialist (P-4).",
    )

    heading(pdf, "2. Duties and responsibilities")
    bullets(
        pdf,
        [
            "Support the design and supervision of rural finance components of "
            "IFAD-financed projects, in particular in East and Southern Africa.",
            "Contribute to portfolio reviews and to the analysis of rural finance performance indicators.",
            "Draft technical notes, how-to-do notes and knowledge products on "
            "digital financial services and agricultural insurance.",
            "Participate in design and supervision missions as a member of the project delivery team.",
            "Support the Unit's engagement with partners such as the Alliance for "
            "Financial Inclusion, CGAP and development finance institutions.",
            "Organize webinars and learning events for project staff.",
        ],
    )

    heading(pdf, "3. Training and learning elements")
    bullets(
        pdf,
        [
            "In-depth knowledge of IFAD's project cycle and operational policies.",
            "Practical experience of country-level project supervision.",
            "Training in results-based management and financial analysis.",
            "A study visit financed from the JPO duty travel and training allowance.",
        ],
    )

    heading(pdf, "4. Qualifications")
    pair(
        pdf,
        "Education",
        "Advanced university degree (Master's or equivalent) in finance, "
        "economics, agricultural economics, business administration or a related "
        "field.",
    )
    pair(
        pdf,
        "Experience",
        "Minimum of two years of relevant professional experience in rural "
        "finance, microfinance, banking or development projects.",
    )
    pair(
        pdf,
        "Languages",
        "Excellent written and oral English is required. Working knowledge of "
        "French, Spanish or Arabic is desirable.",
    )

    heading(pdf, "5. Competencies")
    bullets(
        pdf,
        [
            "Strategic thinking and organizational development",
            "Demonstrating leadership",
            "Learning, sharing knowledge and innovation",
            "Focusing on clients",
            "Problem solving and decision making",
            "Team working",
        ],
    )

    heading(pdf, "6. General conditions of the Norwegian JPO Programme")
    bullets(
        pdf,
        [
            "The programme is open to Norwegian citizens only.",
            "Candidates must not be older than 32 years as of 31 December 2026.",
            "Candidates must hold a Master's degree and have a minimum of two years "
            "of relevant work experience.",
            "Norad issues one JPO call per year. Candidates may apply for a maximum "
            "of two positions in the 2026 call.",
        ],
    )

    heading(pdf, "7. Required documents and how to apply")
    bullets(
        pdf,
        [
            "Curriculum vitae in English",
            "Cover letter in English (maximum one page)",
            "Copy of Master's degree diploma and transcripts",
            "Copy of Norwegian passport",
        ],
        mark="n",
    )
    pdf.ln(1)
    para(
        pdf,
        "Applications must be submitted through IFAD's online recruitment portal "
        "by 12:00 noon Norwegian time on 12 October 2026. Incomplete applications "
        "will not be considered. Interviews are expected to take place in Rome or "
        "by video in November 2026.",
    )
    pdf.output(str(path))


if __name__ == "__main__":
    build_docx(HERE / "wfp_irishaid_juba.docx")
    build_pdf(HERE / "ifad_norad_rome.pdf")
