"""Build the binary documents of held-out set bd, deterministically.

Run with the project's venv:  /work/main/.venv/bin/python make_binaries.py
Outputs (next to this script):
  wfp_suva_sheet.pdf     - a vacancy exported from a spreadsheet (fpdf2): bordered
                           "Field | Details" grid, header row repeated on page 2,
                           sheet name + page number in the footer
  unesco_rabat_fr.docx   - a French UNESCO/Swiss JPO ToR (python-docx): letterhead,
                           Title, facts table, Heading 1/2, List Bullet / List Number
"""

import datetime
import io
import os
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 4, 24, 9, 0, 0, tzinfo=datetime.timezone.utc)

# --------------------------------------------------------------------------
# 1. WFP / Norway vacancy exported from a spreadsheet
# --------------------------------------------------------------------------
SHEET_NAME = "JPO_2026_Norad (FJ-Suva)"

ROWS = [
    (
        "Position title",
        "Junior Professional Officer (Programme Policy Officer - Anticipatory Action and "
        "Climate Risk Financing)",
    ),
    (
        "Who may apply",
        "Open to Norwegian nationals only, under the Norwegian JPO Programme administered by "
        "Norad. Applications from nationals of other countries will not be considered.",
    ),
    ("Job Req. ID", "998731 (Norad case no. 26/04412)"),
    ("Agency", "World Food Programme (WFP)"),
    (
        "Office / unit",
        "Pacific Multi-Country Office - Programme Unit, Anticipatory Action and Social Protection team",
    ),
    ("Duty station", "Suva, Fiji (with missions to Tonga, Samoa, Vanuatu and the Solomon Islands)"),
    ("Grade", "P-2"),
    ("Supervisor", "Head of Programme (P-4); second reporting line to the Country Director"),
    ("Duration", "2 years (24 months), with a possible third year subject to performance and funding"),
    ("Sponsor", "Norway - Norwegian Agency for Development Cooperation (Norad)"),
    (
        "Background",
        "The WFP Pacific Multi-Country Office in Suva covers 14 Pacific Island Countries and "
        "Territories exposed to cyclones, floods, droughts and sea-level rise. WFP supports "
        "national disaster management offices and social protection ministries to act before "
        "a forecast hazard strikes: pre-agreed triggers, early-warning messages and "
        "anticipatory cash transfers. The JPO will join the Anticipatory Action and Social "
        "Protection team, which works with the Fiji Meteorological Service, the Pacific "
        "Community (SPC) and regional insurance schemes such as the Pacific Catastrophe Risk "
        "Insurance Company.",
    ),
    (
        "Duties",
        "- Support governments in designing and testing forecast-based triggers and "
        "anticipatory action protocols for cyclones and drought.\n"
        "- Contribute to the design of shock-responsive cash transfers linked to national "
        "social protection systems.\n"
        "- Prepare simulation exercises and after-action reviews with national disaster "
        "management offices.\n"
        "- Analyse climate, vulnerability and market data to inform targeting and transfer "
        "values.\n"
        "- Draft project proposals, donor reports and briefing notes, including for Norway "
        "and other Nordic partners.\n"
        "- Represent WFP in technical working groups on climate risk financing and early "
        "warning.\n"
        "- Perform other related duties as required.",
    ),
    (
        "Learning elements",
        "- Practical knowledge of anticipatory action, from trigger design to activation.\n"
        "- Understanding of climate risk insurance and other disaster risk financing "
        "instruments.\n"
        "- Experience of working with Pacific governments and regional organizations.\n"
        "- WFP programme cycle management and results-based reporting.",
    ),
    (
        "Education",
        "Master's degree in climate science, disaster risk management, development economics, "
        "social policy or a related field.",
    ),
    (
        "Work experience",
        "A minimum of two years of relevant professional experience in food security, "
        "disaster risk management, climate services or social protection. Experience with "
        "forecast-based financing is an advantage.",
    ),
    (
        "Languages",
        "Fluency in English (written and spoken) is required. Working knowledge of French is an asset.",
    ),
    (
        "Competencies",
        "- Leads by example with integrity\n"
        "- Drives results and delivers on commitments\n"
        "- Fosters inclusive and collaborative teamwork\n"
        "- Applies strategic thinking\n"
        "- Builds and maintains sustainable partnerships",
    ),
    (
        "Eligibility (Norad JPO Programme)",
        "- Norwegian citizenship.\n"
        "- A Master's degree and at least two years of relevant paid work experience.\n"
        "- 32 years of age or younger on the application deadline.\n"
        "- Persons who have previously served as a JPO, or who hold or have held a UN "
        "fixed-term appointment at P level, are not eligible.\n"
        "- Each candidate may apply for a maximum of two positions in this call; "
        "applications above this number will be disregarded.",
    ),
    (
        "How to apply",
        "Apply online at wfp.org/careers under Req. ID 998731 and attach, in English:\n"
        "1. Curriculum vitae (max. 3 pages)\n"
        "2. Motivation letter\n"
        "3. Copy of Master's diploma\n"
        "4. Copy of Norwegian passport\n"
        "Incomplete applications will not be reviewed.",
    ),
    ("Posted", "24 April 2026"),
    ("Deadline", "15 May 2026, 23:59 Oslo time (CEST)"),
]

COL1, COL2 = 48.0, 142.0
LINE_H = 5.0
PAD = 1.5


class SheetPDF(FPDF):
    def header(self):
        self.draw_header_row()

    def draw_header_row(self):
        self.set_font("Helvetica", "B", 10)
        self.set_fill_color(217, 217, 217)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.2)
        self.cell(COL1, 7, "Field", border=1, fill=True, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(COL2, 7, "Details", border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", "", 9)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, SHEET_NAME, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(95, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def text_height(pdf, width, text, bold=False):
    pdf.set_font("Helvetica", "B" if bold else "", 9)
    lines = pdf.multi_cell(
        width - 2 * PAD, LINE_H, text, align="L", dry_run=True, output=MethodReturnValue.LINES
    )
    return len(lines) * LINE_H + 2 * PAD


def build_pdf(path):
    pdf = SheetPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(10, 10, 10)
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("Spreadsheet export")
    pdf.set_title("WFP JPO vacancy 998731")
    pdf.alias_nb_pages()
    pdf.add_page()
    bottom = pdf.h - 18
    for label, value in ROWS:
        h = max(text_height(pdf, COL1, label, bold=True), text_height(pdf, COL2, value))
        if pdf.get_y() + h > bottom:
            pdf.add_page()
        x, y = pdf.l_margin, pdf.get_y()
        pdf.rect(x, y, COL1, h)
        pdf.rect(x + COL1, y, COL2, h)
        pdf.set_xy(x + PAD, y + PAD)
        pdf.set_font("Helvetica", "B", 9)
        pdf.multi_cell(COL1 - 2 * PAD, LINE_H, label, align="L")
        pdf.set_xy(x + COL1 + PAD, y + PAD)
        pdf.set_font("Helvetica", "", 9)
        pdf.multi_cell(COL2 - 2 * PAD, LINE_H, value, align="L")
        pdf.set_xy(x, y + h)
    pdf.output(path)


# --------------------------------------------------------------------------
# 2. UNESCO Rabat / Swiss JPO programme, French DOCX
# --------------------------------------------------------------------------
FACTS = [
    ("Référence UNESCO", "2026/JPO/RAB/ED/03"),
    ("Numéro DFAE", "622.1-JPO-2026-14"),
    ("Secteur", "Éducation (ED)"),
    ("Lieu d'affectation", "Rabat, Maroc"),
    ("Classe", "P-1"),
    ("Durée du contrat", "1 an, renouvelable une fois (sous réserve de performance et de financement)"),
    ("Pays donateur", "Suisse"),
    ("Date limite de candidature", "30 avril 2026, 18h00 (heure de Berne)"),
]


def build_docx(path):
    d = docx.Document()
    d.core_properties.author = "UNESCO Rabat"
    d.core_properties.title = "Termes de référence JPO 2026/JPO/RAB/ED/03"
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.last_modified_by = "make_binaries"
    d.core_properties.revision = 1

    sec = d.sections[0]
    sec.header.paragraphs[0].text = "UNESCO - Bureau de Rabat | Programme JPO 2026"
    sec.footer.paragraphs[0].text = "Termes de référence - Expert(e) associé(e) - Rabat"

    for text, bold, size in [
        ("Organisation des Nations Unies pour l'éducation, la science et la culture", True, 12),
        ("Bureau multisectoriel de l'UNESCO pour le Maghreb - Rabat", False, 11),
        (
            "Programme suisse des Jeunes administrateurs (JPO) - Département fédéral des "
            "affaires étrangères (DFAE)",
            False,
            10,
        ),
    ]:
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)

    d.add_paragraph("Expert(e) associé(e) en éducation et compétences numériques", style="Title")
    p = d.add_paragraph()
    r = p.add_run("Publié le 1er avril 2026")
    r.italic = True

    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in FACTS:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = v
    for row in t.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11)

    d.add_heading("Contexte", level=1)
    d.add_paragraph(
        "Le Bureau multisectoriel de l'UNESCO pour le Maghreb, basé à Rabat, couvre "
        "l'Algérie, la Libye, le Maroc, la Mauritanie et la Tunisie. Son unité Éducation "
        "accompagne les ministères de l'éducation dans la transformation numérique des "
        "systèmes éducatifs, la formation des enseignants et le développement des "
        "compétences numériques des jeunes, en particulier des filles et des jeunes en "
        "milieu rural."
    )
    d.add_paragraph(
        "L'expert(e) associé(e) travaillera sous l'autorité directe du Chef de l'Unité "
        "Éducation (P-5) et en lien avec la Section de l'éducation numérique au Siège, à "
        "Paris. Le poste bénéficie du soutien du Programme suisse des Jeunes "
        "administrateurs."
    )

    d.add_heading("Que ferez-vous ?", level=1)
    for item in [
        "Appuyer la mise en œuvre du projet régional sur les compétences numériques des "
        "enseignants et le suivi de ses indicateurs.",
        "Contribuer à l'analyse des politiques nationales d'éducation numérique et à la "
        "préparation de notes d'orientation.",
        "Organiser des ateliers de formation et des consultations nationales avec les "
        "ministères, les universités et la société civile.",
        "Participer à la mobilisation de ressources et à la rédaction de rapports aux "
        "partenaires, dont la Suisse.",
        "Assurer la diffusion des résultats (publications, site web, réseaux sociaux) en "
        "français, en anglais et en arabe.",
        "Exécuter toute autre tâche connexe confiée par le superviseur.",
    ]:
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("Qu'apprendrez-vous ?", level=1)
    for item in [
        "Le fonctionnement d'un bureau multisectoriel de l'UNESCO et ses procédures de gestion de projets.",
        "Le dialogue politique avec les autorités nationales dans le domaine de l'éducation.",
        "Les cadres de référence internationaux sur les compétences numériques (DigComp, "
        "référentiel UNESCO des compétences TIC des enseignants).",
        "La gestion axée sur les résultats et le suivi-évaluation.",
    ]:
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("Votre profil", level=1)
    d.add_heading("Formation", level=2)
    d.add_paragraph(
        "Master en sciences de l'éducation, technologies éducatives, politiques publiques, "
        "sciences sociales ou domaine apparenté. Un diplôme universitaire de premier cycle "
        "(licence/bachelor) assorti de deux années supplémentaires d'expérience pertinente "
        "peut être accepté à la place du master."
    )
    d.add_heading("Expérience", level=2)
    d.add_paragraph(
        "Au moins deux ans d'expérience professionnelle pertinente dans le domaine de "
        "l'éducation, du numérique ou de la coopération internationale."
    )
    d.add_heading("Langues", level=2)
    d.add_paragraph(
        "Excellente maîtrise du français et de l'anglais, à l'écrit comme à l'oral. La "
        "connaissance de l'arabe est un atout."
    )
    d.add_heading("Compétences", level=2)
    for item in [
        "Responsabilité",
        "Communication",
        "Innovation",
        "Partage des connaissances et amélioration continue",
        "Planification et organisation",
        "Orientation vers les résultats",
        "Travail d'équipe",
    ]:
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("Êtes-vous éligible ?", level=1)
    d.add_paragraph("Conditions générales du Programme suisse des Jeunes administrateurs :")
    for item in [
        "Être de nationalité suisse.",
        "Être âgé(e) de 30 ans au plus à la date limite de candidature.",
        "Être titulaire d'un master et justifier d'au moins deux ans d'expérience "
        "professionnelle, ou d'un bachelor et d'au moins quatre ans d'expérience "
        "professionnelle.",
        "Ne pas avoir déjà effectué une affectation JPO, quel que soit le pays donateur.",
    ]:
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("Comment postuler ?", level=1)
    d.add_paragraph(
        "Les candidatures doivent être soumises en ligne sur le portail du DFAE, en "
        "français ou en anglais, et comprendre les documents suivants :"
    )
    for item in [
        "Curriculum vitae",
        "Lettre de motivation",
        "Copie des diplômes universitaires",
        "Copie du passeport ou de la carte d'identité suisse",
    ]:
        d.add_paragraph(item, style="List Number")
    d.add_paragraph(
        "Date limite : 30 avril 2026 à 18h00 (heure de Berne). Les candidatures "
        "incomplètes ou tardives ne seront pas prises en considération. Seul(e)s les "
        "candidat(e)s présélectionné(e)s seront contacté(e)s."
    )

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, src.read(name))


if __name__ == "__main__":
    build_pdf(os.path.join(HERE, "wfp_suva_sheet.pdf"))
    build_docx(os.path.join(HERE, "unesco_rabat_fr.docx"))
    print("ok")
