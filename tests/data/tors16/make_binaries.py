"""Build the binary documents of this folder (deterministic output).

Run with /work/main/.venv/bin/python make_binaries.py (python-docx and fpdf2 required).
Writes unaids_nuffic_johannesburg.docx and cea_france_kigali_fr.pdf next to this script.
"""

import datetime as dt
import io
import os
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2027, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX


def _facts_table(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value
    return table


def build_docx(path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "UNAIDS Human Resources Management"
    cp.last_modified_by = "UNAIDS Human Resources Management"
    cp.title = "JPO vacancy notice UNAIDS/JPO/2027/07"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    p = doc.add_paragraph()
    r = p.add_run("UNAIDS \u2013 Joint United Nations Programme on HIV/AIDS")
    r.bold = True
    r.font.size = Pt(9)
    p = doc.add_paragraph()
    r = p.add_run("Dutch JPO Programme 2027 \u00b7 Vacancy Notice")
    r.font.size = Pt(9)

    doc.add_paragraph(
        "Junior Professional Officer \u2013 Community-led HIV Response and Data Systems",
        style="Title",
    )
    doc.add_paragraph(
        "Applications are invited from candidates who meet the general conditions of the "
        "Dutch JPO Programme (see \u201cAre you eligible?\u201d below)."
    )

    doc.add_heading("Position details", level=1)
    _facts_table(
        doc,
        [
            ("Vacancy number", "UNAIDS/JPO/2027/07"),
            ("Nuffic reference", "JPO-NL-27-118"),
            ("Organisation", "Joint United Nations Programme on HIV/AIDS (UNAIDS)"),
            (
                "Unit",
                "Regional Support Team for East and Southern Africa (RST ESA) \u2013 "
                "Community Mobilisation, Data and Accountability",
            ),
            ("City", "Johannesburg"),
            ("Country", "South Africa"),
            ("Grade", "P-2"),
            ("Duration", "2 years"),
            (
                "Sponsoring government",
                "The Netherlands \u2013 Ministry of Foreign Affairs, through "
                "the Dutch JPO Programme at Nuffic",
            ),
            ("Supervisor", "Senior Community Mobilisation Adviser (P-5)"),
            ("Date of publication", "1 February 2027"),
            ("Closing date", "8 March 2027, 23:59"),
            ("Time zone", "South African Standard Time (SAST, UTC+2)"),
        ],
    )

    doc.add_heading("Why this position?", level=1)
    doc.add_paragraph(
        "Eastern and Southern Africa is home to more than half of all people living with HIV. "
        "Remarkable progress has been made towards the 95-95-95 targets, but adolescent girls "
        "and young women, key populations and people in rural areas are still left behind. "
        "Communities themselves are increasingly generating the data that show where services "
        "fail, through community-led monitoring (CLM)."
    )
    doc.add_paragraph(
        "The UNAIDS Regional Support Team in Johannesburg supports 21 country offices and "
        "regional networks to put these data at the centre of national HIV responses. The JPO "
        "will join the Community Mobilisation, Data and Accountability team of five staff."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph(
        "The JPO\u2019s main responsibilities and the approximate share of working time are set out below."
    )
    duties = doc.add_table(rows=1, cols=3)
    duties.style = "Table Grid"
    hdr = duties.rows[0].cells
    for cell, text in zip(hdr, ("Area", "Main tasks", "% of time")):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for area, task, share in [
        (
            "Community-led monitoring",
            "Support the roll-out of community-led monitoring systems in six priority countries, "
            "including the review of national CLM protocols and the consolidation of quarterly "
            "findings.",
            "30%",
        ),
        (
            "Data and accountability",
            "Maintain the regional dashboard of key population indicators and prepare country "
            "briefs drawing on Global AIDS Monitoring (GAM) data.",
            "25%",
        ),
        (
            "Partnerships",
            "Liaise with regional networks of people living with HIV, key population networks and "
            "youth organisations, and support the preparation of joint workplans.",
            "20%",
        ),
        (
            "Reporting and resource mobilisation",
            "Contribute to donor reports and funding proposals, including the annual report to the "
            "Netherlands Ministry of Foreign Affairs.",
            "15%",
        ),
        (
            "Knowledge management",
            "Document good practices and organise two regional learning webinars per year.",
            "10%",
        ),
    ]:
        cells = duties.add_row().cells
        cells[0].text = area
        cells[1].text = task
        cells[2].text = share

    doc.add_heading("What will you learn?", level=1)
    for item in [
        "Hands-on experience with the design and use of community-led monitoring data in "
        "national HIV responses.",
        "Insight into the functioning of a joint UN programme and its Cosponsors at regional level.",
        "Skills in facilitating multi-stakeholder dialogue between governments and civil society.",
        "Access to the UNAIDS learning platform and to the JPO training and travel budget "
        "provided by the Netherlands.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "A learning plan will be agreed with the supervisor within the first three months of the assignment."
    )

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "A Master\u2019s degree (or equivalent advanced university degree) in public health, "
        "epidemiology, social sciences, development studies or a related field."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "At least 24 months of relevant paid professional experience in HIV, public health or "
        "community systems strengthening, preferably partly in Sub-Saharan Africa. Internships "
        "count only if they were paid and full-time."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Excellent command of written and spoken English is required. Working knowledge of "
        "Portuguese or French is an asset."
    )
    doc.add_heading("Competencies", level=2)
    for item in [
        "Integrity and respect for diversity",
        "Working in teams",
        "Communication",
        "Achieving results",
        "Analytical thinking and problem solving",
        "Building partnerships and networks",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Are you eligible?", level=1)
    doc.add_paragraph(
        "The Dutch JPO Programme at Nuffic applies the following general conditions. "
        "Applications that do not meet all of them will not be considered."
    )
    for item in [
        "You hold the nationality of the Netherlands or of one of the following countries: "
        "Benin, Burkina Faso, Ethiopia, Ghana, Kenya, Mali, Mozambique, Niger, Rwanda, Senegal, "
        "South Sudan, Uganda or Yemen.",
        "You are not older than 32 years on the closing date of this vacancy.",
        "You meet the education and work experience requirements set out above.",
        "You have not previously been employed as a JPO, whichever government sponsored the post.",
        "In the 2027 recruitment round you apply for no more than two JPO vacancies.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph("Apply through the Nuffic JPO portal. Your application must include:")
    for item in [
        "a CV in English of at most two pages;",
        "a motivation letter (maximum one page) addressed to the UNAIDS hiring manager;",
        "a copy of your Master\u2019s diploma and transcript;",
        "a copy of a valid passport showing your nationality.",
    ]:
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph(
        "Incomplete applications and applications received after the closing date and time "
        "given in the position details will not be considered. Only shortlisted candidates will "
        "be contacted; interviews are expected in April 2027."
    )
    doc.add_paragraph(
        "UNAIDS is committed to diversity and inclusion. People living with HIV are encouraged to apply."
    )

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# --------------------------------------------------------------------------- PDF


class EcaPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(120, 5, "Nations Unies - Commission économique pour l'Afrique", align="L")
        self.cell(0, 5, "Programme JEA 2027", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(120, 5, "Réf. : CEA/BSR-AE/JEA/2027/03", align="L")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _row(pdf, label, value, label_w=45):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(label_w, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + label_w, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def _heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _bullets(pdf, items):
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(5, 5.2, "-")
        pdf.multi_cell(0, 5.2, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)


def build_pdf(path):
    pdf = EcaPDF(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JEA - CEA Kigali")
    pdf.set_author("CEA - Section des ressources humaines")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "AVIS DE VACANCE DE POSTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        0,
        6.5,
        "Jeune expert associé (JEA) - Intégration régionale et mise en oeuvre de la "
        "Zone de libre-échange continentale africaine (ZLECAf)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    _row(pdf, "Organisation", "Commission économique des Nations Unies pour l'Afrique (CEA / ECA)")
    _row(
        pdf,
        "Unité",
        "Bureau sous-régional pour l'Afrique de l'Est, Section de l'intégration régionale et du commerce",
    )
    _row(pdf, "Lieu d'affectation", "Kigali, Rwanda")
    _row(pdf, "Classe", "P-2")
    _row(
        pdf,
        "Durée",
        "Un an, renouvelable une fois sous réserve d'une performance satisfaisante et de "
        "l'accord du donateur",
    )
    _row(pdf, "Pays donateur", "France - ministère de l'Europe et des Affaires étrangères (MEAE)")
    _row(pdf, "Date de publication", "25 janvier 2027")
    _row(pdf, "Date limite", "26 février 2027 à 23h59 (heure d'Addis-Abeba, UTC+3)")

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "Le Bureau sous-régional pour l'Afrique de l'Est de la CEA, établi à Kigali, couvre "
        "quatorze pays, du Soudan du Sud à Madagascar. Il accompagne les États membres et les "
        "communautés économiques régionales dans la mise en oeuvre de l'Accord portant "
        "création de la Zone de libre-échange continentale africaine (ZLECAf), entré en "
        "vigueur en 2019, et dans l'élaboration de leurs stratégies nationales.",
    )
    _para(
        pdf,
        "Le bureau produit chaque année des profils de pays, des analyses des flux "
        "commerciaux et des notes d'orientation, et organise la réunion annuelle du Comité "
        "intergouvernemental d'experts (CIE) de l'Afrique de l'Est.",
    )

    _heading(pdf, "Fonctions et responsabilités")
    _para(
        pdf,
        "Sous la supervision directe du/de la Chef(fe) de la Section de l'intégration "
        "régionale et du commerce (P-5), le/la JEA sera chargé(e) de :",
    )
    _bullets(
        pdf,
        [
            "appuyer l'élaboration et le suivi des stratégies nationales de mise en oeuvre de la "
            "ZLECAf dans les pays de la sous-région ;",
            "réaliser des analyses quantitatives des flux commerciaux intra-africains à partir des "
            "bases de données de la CEA et de la CNUCED ;",
            "contribuer à la rédaction des profils de pays et des notes d'orientation du bureau ;",
            "participer à l'organisation de la réunion du Comité intergouvernemental d'experts de "
            "l'Afrique de l'Est ;",
            "assurer la liaison avec la Communauté d'Afrique de l'Est (CAE), le COMESA et l'IGAD "
            "sur les questions de facilitation des échanges ;",
            "exécuter toute autre tâche connexe demandée par sa hiérarchie.",
        ],
    )

    _heading(pdf, "Ce que le/la JEA apprendra")
    _bullets(
        pdf,
        [
            "les méthodes d'analyse de la politique commerciale et de modélisation (équilibre "
            "général calculable) utilisées à la CEA ;",
            "le fonctionnement d'une commission régionale des Nations Unies et de ses organes "
            "intergouvernementaux ;",
            "la conduite de consultations avec les États membres et les communautés économiques régionales ;",
            "la rédaction de publications et de notes d'orientation destinées aux décideurs.",
        ],
    )

    _heading(pdf, "Qualifications requises")
    _row(
        pdf,
        "Formation",
        "Master (bac+5) en économie, commerce international, droit économique ou domaine "
        "connexe. Les candidat(e)s encore inscrit(e)s en master ne sont pas admis(es).",
    )
    _row(
        pdf,
        "Expérience",
        "Une expérience professionnelle d'au moins deux ans dans l'analyse économique ou la "
        "politique commerciale est souhaitable.",
    )
    _row(
        pdf,
        "Langues",
        "Maîtrise du français et de l'anglais exigée (niveau C1 du CECRL dans les deux "
        "langues). La connaissance du kinyarwanda ou du kiswahili est un atout.",
    )

    _heading(pdf, "Compétences")
    _bullets(
        pdf,
        [
            "Professionnalisme",
            "Travail d'équipe",
            "Planification et organisation",
            "Communication",
            "Sens des responsabilités",
        ],
    )

    _heading(pdf, "Conditions d'éligibilité du programme JEA de la France")
    _para(
        pdf,
        "Peuvent faire acte de candidature les personnes de nationalité française qui "
        "remplissent l'ensemble des conditions suivantes :",
    )
    _bullets(
        pdf,
        [
            "être âgé(e) de 32 ans au plus au 31 décembre 2027 (soit être né(e) le 1er janvier "
            "1995 ou après) ;",
            "justifier, pour l'anglais, d'un score TOEIC d'au moins 850 ou d'un score IELTS "
            "académique d'au moins 6,5, obtenu moins de 18 mois avant la date limite de "
            "candidature ;",
            "ne pas avoir déjà été recruté(e) au titre d'un programme JEA/JPO, français ou étranger ;",
            "ne présenter qu'une seule candidature au titre de la campagne 2027.",
        ],
    )

    _heading(pdf, "Dossier de candidature")
    _para(
        pdf,
        "Le dossier, rédigé en français ou en anglais, comprend : 1) un curriculum vitae ; "
        "2) une lettre de motivation ; 3) une copie du diplôme de master ; 4) l'attestation "
        "du score TOEIC ou IELTS. Il est déposé sur la plateforme du MEAE avant la date "
        "limite indiquée ci-dessus ; les dossiers incomplets ne seront pas examinés. Les "
        "entretiens auront lieu en avril 2027.",
    )

    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "unaids_nuffic_johannesburg.docx"))
    build_pdf(os.path.join(HERE, "cea_france_kigali_fr.pdf"))
    print("ok")
