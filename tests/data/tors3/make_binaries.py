"""Build the binary test ToRs of this folder (undp_twocol.pdf, unhcr_form.docx, unesco_fr.docx).

Run with the project's venv:  .venv/bin/python tests/data/tors3/make_binaries.py
Output is byte-for-byte deterministic (fixed dates, producer and zip timestamps).
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 3, 1, 9, 0, 0, tzinfo=dt.UTC)


# --------------------------------------------------------------------------- PDF
class UndpPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(0, 86, 150)
        self.cell(95, 5, "UNDP  |  Junior Professional Officer Programme", new_x="RIGHT", new_y="TOP")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Terms of Reference - UNDP Lebanon", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 86, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Issued 3 March 2026  -  UNDP/JPO/LBN/2026-031", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"p. {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 52


def row(pdf, label, value):
    """Borderless label/value row: label cell on the left, wrapped value on the right."""
    lines = value if isinstance(value, list) else [value]
    if pdf.get_y() + 5.5 * len(lines) > pdf.page_break_trigger:
        pdf.add_page()  # keep a row on one page
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(LABEL_W, 5.5, label, new_x="RIGHT", new_y="TOP")
    pdf.set_font("Helvetica", "", 9.5)
    for ln in lines:
        pdf.set_x(pdf.l_margin + LABEL_W)
        pdf.multi_cell(0, 5.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y + 5.5) + 1.5)


def section(pdf, text):
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 86, 150)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def para(pdf, text):
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def items(pdf, entries, numbered=False):
    pdf.set_font("Helvetica", "", 9.5)
    for i, e in enumerate(entries, 1):
        mark = f"{i}." if numbered else "-"
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 5.2, mark, new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, 5.2, e, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1)


def make_undp_pdf():
    pdf = UndpPdf(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("JPO Terms of Reference - UNDP Lebanon")
    pdf.add_page()

    # letterhead
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "United Nations Development Programme", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(0, 5, "Empowered lives. Resilient nations.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "JUNIOR PROFESSIONAL OFFICER (JPO) PROGRAMME", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "TERMS OF REFERENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    section(pdf, "I. Position Information")
    row(pdf, "JPO post title", ["Programme Analyst - Climate Finance and Local", "Economic Recovery"])
    row(pdf, "Vacancy reference", "UNDP/JPO/LBN/2026-031")
    row(pdf, "Donor file no.", "DK-MFA 2026-11.JPO.7")
    row(pdf, "Sector of assignment", "Climate, Energy and Environment")
    row(pdf, "Agency", "United Nations Development Programme (UNDP)")
    row(pdf, "Unit", ["Climate Resilience and Inclusive Growth Portfolio,", "North Lebanon Sub-Office"])
    row(pdf, "Place of assignment", "Tripoli, Lebanon")
    row(pdf, "Grade", "P-2")
    row(pdf, "Duration", "One year, with a possible extension of one year")
    row(pdf, "Sponsoring donor", "The Danish Ministry of Foreign Affairs")
    row(pdf, "Supervisor", "Portfolio Manager, Climate Resilience (P-4)")
    row(pdf, "Date of issue", "3 March 2026")
    row(pdf, "Deadline for applications", "29 March 2026, 23:59 Copenhagen time")

    section(pdf, "II. Background")
    para(
        pdf,
        "Lebanon has faced a compounded economic, financial and political crisis since 2019, "
        "aggravated by the 2020 Beirut port explosion and the 2024 hostilities. North Lebanon, "
        "and the city of Tripoli in particular, has among the highest poverty rates in the "
        "country. UNDP supports municipalities, unions of municipalities and small businesses "
        "in Akkar and Tripoli to restore basic services, create jobs and access climate "
        "finance for renewable energy, water efficiency and solid waste management.",
    )
    para(
        pdf,
        "The portfolio was supported until 2025 by a Climate Finance Specialist post at the "
        "P-3 level funded by a regional project. The JPO will join a team of twelve national "
        "and international staff based in the North Lebanon Sub-Office in Tripoli, with "
        "regular travel to Beirut.",
    )

    section(pdf, "III. Duties and Responsibilities")
    para(pdf, "Under the direct supervision of the Portfolio Manager (P-4), the JPO will:")
    items(
        pdf,
        [
            "Support the identification and formulation of climate finance proposals (Green Climate "
            "Fund, Adaptation Fund, EU facilities) for municipal infrastructure and local economic "
            "recovery in North Lebanon.",
            "Contribute to the design of grant schemes for micro, small and medium enterprises "
            "investing in solar energy and resource efficiency, including eligibility criteria and "
            "monitoring tools.",
            "Carry out analyses of municipal finances and of the climate-related expenditure of "
            "unions of municipalities.",
            "Monitor project implementation, update results frameworks and prepare quarterly "
            "progress reports for donors.",
            "Organize consultations with municipalities, the private sector and civil society, "
            "ensuring the participation of women and youth.",
            "Prepare knowledge products, success stories and briefing notes for the Resident "
            "Representative and the donor community.",
            "Perform other duties as required by the Portfolio Manager.",
        ],
        numbered=True,
    )

    section(pdf, "IV. Learning Elements")
    para(pdf, "At the end of the assignment, the JPO will have:")
    items(
        pdf,
        [
            "Gained practical knowledge of climate finance mechanisms and of the project cycle of "
            "vertical funds.",
            "Developed skills in project design, results-based management and donor reporting.",
            "Understood how UNDP works with local authorities in a crisis and recovery context.",
            "Built a professional network across the UN system, the Government and development "
            "partners in Lebanon.",
            "Completed the UNDP JPO orientation and the mandatory UNDP learning courses.",
        ],
    )

    section(pdf, "V. Qualifications and Experience")
    row(
        pdf,
        "Education",
        [
            "Master's degree in economics, environmental finance,",
            "public policy, engineering or a related field.",
        ],
    )
    row(
        pdf,
        "Work experience",
        [
            "Minimum two years of relevant professional experience,",
            "preferably in climate finance, energy or local",
            "development in the Middle East.",
        ],
    )
    row(
        pdf,
        "Languages",
        [
            "- English: fluent, written and spoken (required)",
            "- Arabic: working knowledge (desirable)",
            "- French: an asset",
        ],
    )
    row(pdf, "IT skills", "Advanced Excel; knowledge of GIS or Power BI is an advantage.")

    section(pdf, "VI. Competencies")
    items(
        pdf,
        [
            "Achieve results",
            "Think innovatively",
            "Learn continuously",
            "Adapt with agility",
            "Act with determination",
            "Engage and partner",
            "Enable diversity and inclusion",
        ],
    )

    section(pdf, "VII. Eligibility (Danish JPO Programme)")
    row(pdf, "Nationality", "Danish citizens")
    row(pdf, "Age", "Not older than 32 years on 31 December 2026")
    row(
        pdf,
        "Previous JPOs",
        ["Candidates who have previously served as a JPO (under any", "donor programme) are not eligible"],
    )
    row(pdf, "Applications", ["A candidate may apply for a maximum of three JPO posts", "in the 2026 round"])
    row(
        pdf,
        "Residence",
        [
            "Candidates with Lebanese nationality or permanent residence in",
            "Lebanon are not eligible for this assignment",
        ],
    )

    section(pdf, "VIII. Required Documents")
    items(
        pdf,
        [
            "Curriculum vitae in English (maximum two pages).",
            "Motivation letter in English (maximum one page).",
            "Copy of the Master's degree certificate.",
        ],
        numbered=True,
    )

    section(pdf, "IX. How to Apply")
    para(
        pdf,
        "Applications must be submitted through the JPO portal of the Danish Ministry of "
        "Foreign Affairs no later than 29 March 2026, 23:59 (Copenhagen time). Applications "
        "received after the deadline will not be considered. Please note that the 2025 "
        "round closed on 14 September 2025; applications submitted to that round are not "
        "carried over. Shortlisted candidates will be interviewed by UNDP and the Danish "
        "Ministry of Foreign Affairs in April 2026.",
    )
    pdf.output(str(HERE / "undp_twocol.pdf"))
    return pdf.pages_count


# -------------------------------------------------------------------------- DOCX
FIXED_ZIP = (2026, 3, 1, 9, 0, 0)


def save_docx(doc, name):
    cp = doc.core_properties
    cp.author = "make_binaries"
    cp.last_modified_by = "make_binaries"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    (HERE / name).write_bytes(out.getvalue())


def kv_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        r = cells[0].paragraphs[0].add_run(label)
        r.bold = True
        if isinstance(value, list):  # bullets inside the value cell
            cells[1].text = ""
            first = True
            for v in value:
                p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
                p.style = doc.styles["List Bullet"]
                p.add_run(v)
                first = False
        else:
            cells[1].text = value
    doc.add_paragraph()
    return t


def make_unhcr_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_paragraph("UNHCR - The UN Refugee Agency", style="Title")
    doc.add_paragraph("JUNIOR PROFESSIONAL OFFICER (JPO) - JOB DESCRIPTION FORM")

    doc.add_heading("1. General Information", level=1)
    kv_table(
        doc,
        [
            ("Title", "Associate Protection Officer (Community-Based Protection)"),
            ("Req. ID", "JPO-2026-0458"),
            ("BFIO Ref.", "BFIO-JPO-26-112"),
            ("Sector of Assignment", "Protection"),
            ("Organization/Office", "UNHCR / Sub-Office Cox's Bazar, Bangladesh Operation"),
            ("City", "Cox's Bazar"),
            ("Country", "Bangladesh"),
            ("Grade", "P-2"),
            ("Duration of Assignment", "24 months"),
            ("Sponsor", "BFIO"),
            ("Non-family duty station", "Yes"),
            ("Date of publication", "14 April 2026"),
        ],
    )

    doc.add_heading("2. Supervision", level=1)
    kv_table(
        doc,
        [
            ("Title of Supervisor", "Senior Protection Officer (Community-Based Protection), P-4"),
            (
                "Content and methodology of supervision",
                "The JPO and the supervisor agree on a work plan within the first month of the "
                "assignment. Performance is assessed through UNHCR's performance management system "
                "(Workday) with a mid-year and an end-of-year review. Weekly bilateral meetings are held.",
            ),
        ],
    )

    doc.add_heading("3. Duties and Responsibilities", level=1)
    for d in [
        "Support the implementation of the community-based protection strategy in the camps, "
        "including the work of refugee community outreach members and volunteers.",
        "Facilitate participatory assessments with women, men, girls and boys of diverse "
        "backgrounds and ensure that findings inform programme planning.",
        "Support the establishment and functioning of community representation structures "
        "and feedback and response mechanisms.",
        "Contribute to the identification and referral of persons with specific needs.",
        "Liaise with partners, the Refugee Relief and Repatriation Commissioner (RRRC) office "
        "and camp authorities on protection issues.",
        "Monitor partner projects and prepare monthly protection reports and updates.",
        "Contribute to the prevention of and response to sexual exploitation and abuse (PSEA).",
        "Perform other related duties as required.",
    ]:
        doc.add_paragraph(d, style="List Number")

    doc.add_heading("4. Qualifications and Experience", level=1)
    kv_table(
        doc,
        [
            (
                "Education",
                "Master's degree in law, international relations, social sciences, "
                "anthropology or a related field.",
            ),
            ("Work experience (min.)", "3-6 yrs"),
            (
                "Field(s) of work experience",
                "Community-based protection, refugee protection, "
                "gender-based violence or child protection. Experience "
                "in a camp setting is an asset.",
            ),
            ("Languages", ["English: fluent, written and spoken (essential)", "Bangla: desirable"]),
        ],
    )

    doc.add_heading("5. Competencies", level=1)
    doc.add_heading("Core competencies", level=2)
    for c in [
        "Accountability",
        "Teamwork & Collaboration",
        "Communication",
        "Commitment to Continuous Learning",
        "Client & Result Orientation",
        "Organizational Awareness",
    ]:
        doc.add_paragraph(c, style="List Bullet")
    doc.add_heading("Cross-functional competencies", level=2)
    for c in ["Analytical Thinking", "Planning and Organizing", "Stakeholder Management"]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("6. Training Components and Learning Elements", level=1)
    for item in [
        "In-depth knowledge of UNHCR's Age, Gender and Diversity policy and its application "
        "in a large refugee operation.",
        "Practical experience with community-based protection methodologies.",
        "Understanding of inter-agency coordination in the Rohingya refugee response.",
        "Completion of UNHCR's Protection Learning Programme.",
        "Participation in the JPO induction and the Workplace Learning Activities offered "
        "by the Global Learning and Development Centre.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("7. Living Conditions at the Duty Station", level=1)
    doc.add_paragraph(
        "Cox's Bazar is a non-family duty station with a hardship classification of C. Staff "
        "live in guesthouses or rented apartments in town and commute daily to the camps in "
        "Ukhiya and Teknaf (1-2 hours each way). Medical facilities are limited; serious cases "
        "are evacuated to Dhaka or Bangkok. The monsoon season (June to October) brings "
        "cyclones and landslides."
    )

    doc.add_heading("8. Eligibility and Application (German JPO Programme)", level=1)
    doc.add_paragraph(
        "This position is offered under the JPO Programme of the Federal Republic of Germany, "
        "administered by BFIO. Applicants must hold German citizenship, be no older than 32 "
        "years on the closing date of this vacancy, and hold at least a Master's degree. "
        "Persons who have already held a JPO position, irrespective of the sponsoring country, "
        "are not eligible."
    )
    doc.add_paragraph(
        "Applications consist of (1) the completed BFIO application form, (2) a CV in English, "
        "(3) a cover letter in English addressed to UNHCR and (4) copies of university degrees, "
        "and must be submitted through the BFIO online portal by 10 May 2026, 24:00 CEST. "
        "Only shortlisted candidates will be contacted; interviews are planned for June 2026."
    )
    save_docx(doc, "unhcr_form.docx")


def label_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + "\u00a0: ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def make_unesco_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.add_paragraph(
        "Organisation des Nations Unies pour l'éducation, la science et la culture", style="Title"
    )
    doc.add_paragraph("Bureau de l'UNESCO pour le Maghreb - Rabat")
    doc.add_heading("Programme des Jeunes Experts Associés (JEA) - Campagne 2026", level=1)

    label_para(
        doc,
        "Intitulé de la fonction",
        "Spécialiste adjoint(e) de programme (JEA) - Éducation inclusive et numérique",
    )
    label_para(doc, "Poste n°", "JEA/UNESCO/RAB/2026-03")
    label_para(doc, "Organisation", "UNESCO")
    label_para(doc, "Unité", "Secteur de l'éducation, Bureau de l'UNESCO pour le Maghreb")
    label_para(doc, "Lieu d'affectation", "Rabat, Maroc")
    label_para(doc, "Grade", "P-1 ou P-2, selon l'expérience")
    label_para(doc, "Durée", "deux ans")
    label_para(doc, "Financement", "Ministère de l'Europe et des Affaires étrangères (France)")
    label_para(doc, "Date de publication", "15 mai 2026")
    label_para(doc, "Date limite de candidature", "12 juin 2026, minuit (heure de Paris)")

    doc.add_heading("Contexte", level=2)
    doc.add_paragraph(
        "Le Bureau de l'UNESCO pour le Maghreb, basé à Rabat, couvre l'Algérie, la Libye, la "
        "Mauritanie, le Maroc et la Tunisie. Dans le domaine de l'éducation, il accompagne les "
        "ministères dans la mise en œuvre de l'ODD 4, notamment en matière d'inclusion des "
        "élèves en situation de handicap, de formation des enseignants et d'usage du numérique "
        "éducatif. Le/la JEA travaillera sous la supervision du Spécialiste principal de "
        "programme en éducation (P-5)."
    )

    doc.add_heading("Quelles seront vos missions ?", level=2)
    duties = [
        (
            "Appuyer la mise en œuvre des projets du bureau en matière d'éducation inclusive, notamment :",
            [
                "le suivi des activités dans les écoles pilotes ;",
                "la préparation des comités de pilotage avec les ministères.",
            ],
        ),
        (
            "Contribuer à l'élaboration de notes d'orientation sur l'usage de l'intelligence "
            "artificielle et du numérique dans l'éducation.",
            [],
        ),
        ("Participer à l'organisation d'ateliers régionaux de formation des enseignants.", []),
        ("Assurer le suivi et l'évaluation des projets et rédiger les rapports destinés aux bailleurs.", []),
        ("Contribuer à la mobilisation de ressources et aux relations avec les partenaires.", []),
        ("Préparer des contenus de communication (articles, réseaux sociaux).", []),
        ("Exécuter toute autre tâche confiée par le superviseur.", []),
    ]
    for d, subs in duties:
        doc.add_paragraph(d, style="List Bullet")
        for s in subs:
            doc.add_paragraph(s, style="List Bullet 2")

    doc.add_heading("Ce que vous apprendrez", level=2)
    for item in [
        "Le fonctionnement d'un bureau multipays de l'UNESCO et du système des Nations Unies.",
        "La gestion du cycle de projet et la gestion axée sur les résultats.",
        "Le dialogue politique avec les ministères de l'éducation de la région.",
        "Les outils d'analyse des politiques éducatives de l'UNESCO.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Votre profil", level=2)
    label_para(
        doc,
        "Formation",
        "Master (bac + 5) en sciences de l'éducation, politiques publiques, sciences "
        "sociales ou dans un domaine connexe.",
    )
    label_para(
        doc,
        "Expérience",
        "Une première expérience professionnelle d'au moins un an, de préférence dans le "
        "domaine de l'éducation ou de la coopération internationale, est souhaitée.",
    )
    label_para(
        doc,
        "Langues",
        "Excellente maîtrise du français et de l'anglais, à l'écrit comme à l'oral. La "
        "connaissance de l'arabe est un atout.",
    )

    doc.add_heading("Compétences", level=2)
    for c in [
        "Responsabilité",
        "Communication",
        "Innovation",
        "Partage des connaissances et volonté de s'améliorer continuellement",
        "Planification et organisation",
        "Orientation vers les résultats",
        "Travail d'équipe",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("Qui peut postuler ?", level=2)
    doc.add_paragraph("Pour être éligible au programme JEA financé par la France, il faut :")
    for e in [
        "être de nationalité française ;",
        "être âgé(e) de 31 ans au plus à la date de clôture des candidatures ;",
        "être titulaire d'un master obtenu depuis moins de trois ans ; les étudiant(e)s "
        "encore inscrit(e)s en master ne sont pas éligibles ;",
        "ne pas avoir déjà occupé un poste de JEA/JPO, quel que soit le pays financeur.",
    ]:
        doc.add_paragraph(e, style="List Bullet")
    doc.add_paragraph(
        "Chaque candidat(e) peut déposer au maximum trois candidatures par an. Les personnes "
        "possédant également la nationalité marocaine ne peuvent pas être affectées à ce poste."
    )

    doc.add_heading("Pièces à fournir", level=2)
    for p in [
        "Curriculum vitae en français et en anglais ;",
        "Lettre de motivation (une page) ;",
        "Copie du diplôme de master ;",
        "Copie de la carte nationale d'identité ou du passeport.",
    ]:
        doc.add_paragraph(p, style="List Bullet")

    doc.add_heading("Comment postuler ?", level=2)
    doc.add_paragraph(
        "Les dossiers complets sont à déposer sur la plateforme du ministère de l'Europe et des "
        "Affaires étrangères au plus tard le 12 juin 2026 à minuit (heure de Paris). Les "
        "entretiens de présélection auront lieu début juillet 2026 ; la prise de fonctions est "
        "prévue à l'automne 2026."
    )
    save_docx(doc, "unesco_fr.docx")


if __name__ == "__main__":
    n = make_undp_pdf()
    print("undp_twocol.pdf pages:", n)
    make_unhcr_docx()
    make_unesco_docx()
    print("done")
