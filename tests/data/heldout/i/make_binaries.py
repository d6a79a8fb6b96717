"""Build the binary documents of this folder (deterministic output).

Run with: /work/main/.venv/bin/python make_binaries.py
Produces: ifad_abidjan_nl.pdf
"""

import datetime
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2026, 4, 20, 9, 0, 0, tzinfo=datetime.UTC)

REF = "IFAD/JPO/2026/NL-04"


class ToR(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(60, 60, 60)
        self.cell(95, 5, "IFAD - International Fund for Agricultural Development")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Investing in rural people", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(95, 5, REF + " - Terms of Reference - Junior Professional Officer")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 48


def keep(pdf, width, h, text):
    """Start a new page first if the wrapped text would not fit on this one."""
    lines = pdf.multi_cell(width, h, text, dry_run=True, output="LINES")
    if pdf.get_y() + len(lines) * h > pdf.page_break_trigger:
        pdf.add_page()


def row(pdf, label, value):
    """Borderless label/value row; the value wraps inside its column."""
    pdf.set_font("Helvetica", "", 10)
    keep(pdf, pdf.epw - LABEL_W, 5.5, value)
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(LABEL_W, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + LABEL_W, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text.upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def bullets(pdf, items, mark="-"):
    pdf.set_font("Helvetica", "", 10)
    for i, it in enumerate(items, 1):
        m = f"{i}." if mark == "num" else mark
        keep(pdf, pdf.epw - 9, 5.2, it)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5.2, m)
        pdf.set_xy(pdf.l_margin + 9, y)
        pdf.multi_cell(0, 5.2, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def ifad_pdf(path):
    pdf = ToR(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Terms of Reference")
    pdf.set_author("IFAD")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "TERMS OF REFERENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Junior Professional Officer Programme - Recruitment Round 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)

    row(
        pdf,
        "Position title",
        "Junior Professional Officer - Rural Finance and Value Chain Development Analyst",
    )
    row(pdf, "ToR number", REF)
    row(pdf, "Nuffic reference", "NL-JPO-26-0391")
    row(pdf, "Organization", "International Fund for Agricultural Development (IFAD)")
    row(
        pdf,
        "Department / Division",
        "Programme Management Department (PMD), West and Central "
        "Africa Division (WCA), Multi-Country Office for West Africa",
    )
    row(pdf, "Duty station", "Abidjan")
    row(pdf, "Country", "Côte d'Ivoire")
    row(pdf, "Level", "P-1 or P-2, depending on qualifications and experience")
    row(pdf, "Duration", "2 years")
    row(
        pdf,
        "Sponsor",
        "Ministry of Foreign Affairs of the Netherlands, through the Dutch JPO Programme at Nuffic",
    )
    row(pdf, "Closing date", "3 June 2026, 23:59 hrs Dutch time (CEST)")

    heading(pdf, "1. Background")
    para(
        pdf,
        "IFAD is an international financial institution and a specialized United Nations "
        "agency that invests in rural people. The Multi-Country Office in Abidjan manages a "
        "portfolio of loans and grants in Côte d'Ivoire, Ghana, Liberia, Sierra Leone and "
        "Togo, with a strong focus on rural finance, inclusive value chains and youth "
        "employment in agriculture. The JPO will report to the Country Director (P-5) and work "
        "day to day with the Regional Rural Finance Specialist (P-4).",
    )

    heading(pdf, "2. Duties and responsibilities")
    para(pdf, "Under the guidance of the supervisors, the JPO will:")
    bullets(
        pdf,
        [
            "Support the design of new investment projects, in particular their rural finance and "
            "value chain components, including the preparation of working papers and cost tables.",
            "Participate in supervision and implementation support missions and draft the "
            "corresponding aide-memoires and back-to-office reports.",
            "Analyse the performance of matching grant and credit line facilities financed by IFAD "
            "projects and propose corrective measures.",
            "Maintain the portfolio database of the Multi-Country Office and prepare quarterly "
            "portfolio reviews.",
            "Liaise with government counterparts, partner banks, microfinance institutions and "
            "farmer organizations.",
            "Contribute to knowledge products and South-South cooperation activities on youth "
            "access to finance.",
            "Carry out other duties as required by the Country Director.",
        ],
    )

    heading(pdf, "3. Learning elements")
    para(pdf, "At the end of the assignment, the JPO will have:")
    bullets(
        pdf,
        [
            "acquired practical knowledge of the IFAD project cycle, from concept note to completion;",
            "gained experience in the supervision of rural finance operations in West Africa;",
            "developed skills in policy dialogue with ministries and financial institutions.",
        ],
    )

    heading(pdf, "4. Qualifications")
    row(
        pdf,
        "Education",
        "Master's degree in agricultural economics, finance, development "
        "economics or a related discipline, obtained no more than five years before the "
        "closing date.",
    )
    row(pdf, "Work experience (min.)", "2 - 5 yrs")
    row(
        pdf,
        "Languages",
        "English and French: both required at a fully professional level. "
        "Knowledge of Dutch is not required.",
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
            "Communicating and negotiating",
            "Building relationships and partnerships",
        ],
    )

    heading(pdf, "6. Dutch JPO Programme - general conditions")
    para(
        pdf,
        "The Dutch JPO Programme is open to candidates with Dutch nationality who were "
        "born on or after 1 January 1994, i.e. who are 32 years of age or younger on "
        "31 December 2026. Candidates who have already completed a JPO assignment under any "
        "donor's programme cannot apply again. A JPO may not be assigned to the country of "
        "which he or she is a national.",
    )
    para(
        pdf,
        "You may apply to a maximum of two vacancies per calendar year. IFAD offers a "
        "contract of 24 months; an extension of up to 12 months may be granted by IFAD.",
    )

    heading(pdf, "7. How to apply")
    para(pdf, "Applications are submitted through the Nuffic JPO portal and must contain:")
    bullets(
        pdf,
        [
            "a CV in English;",
            "a motivation letter in English or French (one page);",
            "a copy of your Master's diploma with the date of graduation;",
            "a copy of your Dutch passport.",
        ],
        mark="num",
    )
    para(pdf, "Deadline: 3 June 2026, 23:59 hrs Dutch time (CEST). Late applications will not be considered.")

    pdf.output(str(path))


if __name__ == "__main__":
    ifad_pdf(HERE / "ifad_abidjan_nl.pdf")
