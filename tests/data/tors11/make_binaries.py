"""Build the binary documents of this folder, byte-for-byte deterministic.

Run with the project venv:  /work/main/.venv/bin/python make_binaries.py
Produces: unwomen_austria_nairobi.docx, hcdh_suisse_ndjamena_fr.pdf
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2026, 3, 2, 8, 0, 0)
FIXED_UTC = datetime.datetime(2026, 6, 8, 7, 30, 0, tzinfo=datetime.UTC)
ZIP_TIME = (2026, 3, 2, 8, 0, 0)


def _normalise_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes so output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# unwomen_austria_nairobi.docx (English)
# --------------------------------------------------------------------------------------------

UNW_FACTS = [
    ("Post title", None),
    ("Vacancy number", "UNW/ESARO/JPO/2026/02"),
    ("Level", "P-2"),
    ("Sponsoring Government", "Austria (Federal Ministry for European and International Affairs, BMEIA)"),
    ("BMEIA reference", "GZ 2026-0.187.441"),
    ("Unit", "Regional Office for East and Southern Africa (ESARO), Women's Economic Empowerment Section"),
    ("Duty station", "Nairobi, Kenya"),
    (
        "Reports to",
        "Regional Policy Adviser, Women's Economic Empowerment (P-5); day-to-day supervision by the "
        "Programme Specialist (P-3)",
    ),
    ("Duration", "12 months, with a possible extension for a further 12 months"),
    ("Date of issue", "2 March 2026"),
    ("Closing date", "16 March 2026, 17:00 Vienna time"),
]

UNW_DUTIES = [
    "Support the implementation of the regional programme on women's economic empowerment and "
    "climate-resilient agriculture in Kenya, Malawi, Rwanda and Uganda;",
    "Conduct research and analysis on women's access to land, finance, markets and climate information|"
    "(including the sex-disaggregated data of the regional agricultural surveys), and contribute to "
    "policy briefs and knowledge products;",
    "Support country offices in integrating gender-responsive climate finance into national "
    "adaptation plans;",
    "Contribute to the monitoring of programme results, including the regional results framework "
    "and annual reporting to donors;",
    "Assist in the preparation of concept notes and funding proposals for resource partners;",
    "Support the organization of regional dialogues, trainings and South-South exchanges, and "
    "draft their reports;",
    "Maintain relations with regional economic communities, women's cooperatives and private-sector "
    "partners;",
    "Perform other related duties as required.",
]

UNW_LEARNING = [
    "Understand UN Women's triple mandate and how it is applied at regional level;",
    "Gain practical experience in programme management and results-based reporting;",
    "Develop expertise in gender-responsive climate finance and policy advocacy;",
    "Build a professional network across the UN system, governments and civil society in the region.",
]

UNW_VALUES = ["Integrity", "Professionalism", "Respect for Diversity"]
UNW_COMPETENCIES = [
    "Awareness and Sensitivity Regarding Gender Issues",
    "Accountability",
    "Creative Problem Solving",
    "Effective Communication",
    "Inclusive Collaboration",
    "Stakeholder Engagement",
    "Leading by Example",
]


def _unw_facts_table(doc):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in UNW_FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
        if value is None:
            para = cells[1].paragraphs[0]
            first = para.add_run("Programme Analyst, Women's Economic Empowerment and")
            first.add_break()
            para.add_run("Climate Resilience (JPO)")
        else:
            cells[1].text = value


def _unw_competency_table(doc):
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = "Core Values"
    head[1].text = "Core Competencies"
    for cell in head:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for i, competency in enumerate(UNW_COMPETENCIES):
        cells = table.add_row().cells
        cells[0].text = UNW_VALUES[i] if i < len(UNW_VALUES) else ""
        cells[1].text = competency


def _unw_front(doc):
    doc.add_paragraph("UN WOMEN", style="Title")
    doc.add_paragraph(
        "United Nations Entity for Gender Equality and the Empowerment of Women | "
        "Junior Professional Officer Programme",
        style="Subtitle",
    )
    doc.add_paragraph("TERMS OF REFERENCE")
    _unw_facts_table(doc)
    doc.add_paragraph(
        "This post is open only to nationals of Austria. Please read the conditions of the Austrian "
        "JPO Programme at the end of this document before applying."
    ).runs[0].italic = True

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "UN Women's Regional Office for East and Southern Africa (ESARO), based in Nairobi, supports 13 "
        "country offices and programme presences. Its Women's Economic Empowerment Section leads the "
        "regional work on women's access to decent work, land and productive resources, and on "
        "gender-responsive climate action. The section is composed of five staff members and is "
        "led by the Regional Policy Adviser."
    )


def _unw_body(doc):
    doc.add_heading("What will the JPO do?", level=1)
    doc.add_paragraph(
        "Under the supervision of the Programme Specialist (P-3), the JPO will carry out the following tasks:"
    )
    for text in UNW_DUTIES:
        para = doc.add_paragraph(style="List Number")
        first, _, rest = text.partition("|")
        run = para.add_run(first)
        if rest:
            run.add_break()
            para.add_run(rest)
    doc.add_heading("What will the JPO learn?", level=1)
    for text in UNW_LEARNING:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Who are we looking for?", level=1)
    doc.add_paragraph(
        "Education: Master's degree (or equivalent) in economics, gender studies, development studies, "
        "environmental studies or a related field."
    )
    doc.add_paragraph(
        "Experience: Two to four years of progressively responsible experience in programme management, "
        "gender equality or climate-related programming, at national or international level."
    )
    doc.add_paragraph(
        "Languages: Fluency in English is required. Working knowledge of Kiswahili is desirable; "
        "knowledge of French is an asset."
    )

    doc.add_heading("Competencies", level=1)
    _unw_competency_table(doc)
    doc.add_paragraph(
        "Please visit the UN Women website for more information on UN Women's Core Values and Competencies."
    )


def _unw_conditions(doc):
    doc.add_heading("Conditions of the Austrian JPO Programme", level=1)
    doc.add_paragraph(
        "The post is funded by the Government of Austria and is open only to Austrian citizens. "
        "Applicants who also hold Kenyan citizenship cannot be considered for this post."
    )
    doc.add_paragraph(
        "Applicants must not have reached the age of 33 on the closing date of this vacancy. For "
        "applicants who have completed the compulsory military service (Grundwehrdienst) or civilian "
        "service (Zivildienst), this age limit is raised by one year."
    )
    doc.add_paragraph(
        "The Austrian programme requires a Master's degree and at least two years of relevant work "
        "experience, or a Bachelor's degree and at least four years of relevant work experience. "
        "Candidates with more than six years of professional experience are not considered."
    )

    doc.add_heading("How to apply", level=1)
    para = doc.add_paragraph(
        "Please send your application in English, consisting of a cover letter, a completed UN Women "
        "Personal History Form (P11), copies of your university degrees and a copy of your Austrian "
        "passport, to jpo@bmeia.gv.at, quoting the BMEIA reference, "
    )
    deadline = para.add_run("by 16 March 2026, 17:00 Vienna time")
    deadline.bold = True
    para.add_run(
        ". Incomplete applications will not be considered. Short-listed candidates will be interviewed "
        "by UN Women in April 2026."
    )
    for run in para.runs:
        run.font.size = Pt(11)


def unwomen_austria_nairobi():
    doc = Document()
    cp = doc.core_properties
    cp.author = "UN Women ESARO"
    cp.last_modified_by = "UN Women ESARO"
    cp.title = "JPO Terms of Reference UNW/ESARO/JPO/2026/02"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    _unw_front(doc)
    _unw_body(doc)
    _unw_conditions(doc)
    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "unwomen_austria_nairobi.docx").write_bytes(_normalise_zip(buf.getvalue()))


# --------------------------------------------------------------------------------------------
# hcdh_suisse_ndjamena_fr.pdf (French; core fonts, so Latin-1 text only)
# --------------------------------------------------------------------------------------------

HCDH_FACTS = [
    ("Intitulé du poste", "Chargé·e des droits de l'homme adjoint·e (JPO)*"),
    ("Référence HCDH", "HCDH/TCD/JPO/2026/01"),
    ("Référence DFAE", "JPO-CH-2026-14"),
    ("Classe", "P-2"),
    (
        "Unité",
        "Bureau du Haut-Commissariat des Nations Unies aux droits de l'homme au Tchad, "
        "Unité de la protection et du monitoring",
    ),
    ("Lieu d'affectation", "N'Djamena, Tchad (avec des missions dans les provinces de l'Est)"),
    (
        "Supervision",
        "Spécialiste des droits de l'homme (P-3), sous l'autorité de la Représentante du Bureau (P-5)",
    ),
    ("Durée", "Un an, avec possibilité de prolongation d'une année"),
    ("Date de publication", "8 juin 2026"),
    ("Délai de candidature", "22 juin 2026, 12h00 (heure de Berne)"),
]

HCDH_DUTIES = [
    "Assurer le suivi de la situation des droits de l'homme dans les provinces de l'Est, notamment "
    "dans les camps et sites de réfugiés, et contribuer aux rapports périodiques du Bureau ;",
    "Participer aux missions de monitoring et d'enquête et documenter les allégations de violations "
    "selon la méthodologie du HCDH ;",
    "Contribuer à l'analyse des risques de protection en lien avec le système des Nations Unies et "
    "le cluster Protection ;",
    "Appuyer les activités de renforcement des capacités de la Commission nationale des droits de "
    "l'homme et des organisations de la société civile ;",
    "Préparer des notes d'information, des projets de correspondance et des contributions aux "
    "rapports destinés au Conseil des droits de l'homme ;",
    "Tenir à jour la base de données des cas suivis par l'Unité ;",
    "Exécuter toute autre tâche confiée par la supervision.",
]

HCDH_LEARNING = [
    "Maîtriser la méthodologie de monitoring et d'établissement des rapports du HCDH ;",
    "Comprendre le fonctionnement d'une présence de terrain du HCDH et ses relations avec l'équipe "
    "de pays des Nations Unies ;",
    "Acquérir une expérience pratique de l'analyse juridique appliquée aux situations de crise ;",
    "Développer ses capacités de rédaction et de négociation en milieu multiculturel.",
]

HCDH_COMPETENCIES = [
    (
        "Professionnalisme",
        "connaissance des normes internationales relatives aux droits de l'homme "
        "et capacité à les appliquer ; rigueur et respect des délais.",
    ),
    (
        "Communication",
        "capacité à s'exprimer clairement et avec tact, à l'écrit comme à l'oral, "
        "y compris sur des sujets sensibles.",
    ),
    (
        "Esprit d'équipe",
        "capacité à travailler avec des collègues d'horizons différents et à partager l'information.",
    ),
    (
        "Planification et organisation",
        "capacité à fixer des priorités et à organiser son travail "
        "dans un environnement sécuritaire contraignant.",
    ),
]

HCDH_CONDITIONS = [
    "Être de nationalité suisse. Les personnes possédant également la nationalité tchadienne ne "
    "sont pas éligibles.",
    "Âge : 30 ans au maximum au cours de l'année de la mise au concours (2026).",
    "Expérience professionnelle : cinq ans au maximum.",
    "Ne pas avoir déjà occupé un poste de JPO ou d'administrateur·rice auxiliaire, quel que soit le "
    "pays donateur.",
    "Deux candidatures au maximum par année civile.",
]

HCDH_DOCUMENTS = [
    "une lettre de motivation (une page) ;",
    "un curriculum vitae (deux pages au maximum) ;",
    "les copies des diplômes universitaires ;",
    "les coordonnées de deux références professionnelles ;",
    "une copie du passeport suisse.",
]


class HcdhPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(
            0,
            4,
            "HCDH - Termes de référence JPO - HCDH/TCD/JPO/2026/01",
            align="R",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, f"Programme JPO suisse - DFAE    Page {self.page_no()}/{{nb}}", align="C")

    def heading(self, text):
        self.ln(3)
        self.set_font("Helvetica", "B", 11)
        self.multi_cell(0, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", "", 10)

    def para(self, text):
        self.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def bullets(self, items, mark="-"):
        for text in items:
            self.cell(6, 5, mark)
            self.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _hcdh_front(pdf):
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(
        0,
        6,
        "NATIONS UNIES\nHAUT-COMMISSARIAT AUX DROITS DE L'HOMME",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        6,
        "TERMES DE RÉFÉRENCE - ADMINISTRATEUR·RICE AUXILIAIRE (JPO)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    for label, value in HCDH_FACTS:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(50, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        4.5,
        "* Poste financé par la Confédération suisse dans le cadre de son programme "
        "JPO et réservé aux personnes de nationalité suisse.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", "", 10)


def _hcdh_body(pdf):
    pdf.heading("1. Contexte")
    pdf.para(
        "Le Bureau du HCDH au Tchad a été ouvert en 2018. Il appuie les autorités, la Commission "
        "nationale des droits de l'homme et la société civile dans la promotion et la protection "
        "des droits de l'homme. Depuis 2023, l'arrivée de plus de 600 000 réfugiés soudanais dans "
        "les provinces de l'Est a conduit le Bureau à renforcer sa présence à Abéché et à "
        "Adré."
    )
    pdf.heading("2. Fonctions et responsabilités")
    pdf.para("Sous la supervision directe du/de la Spécialiste des droits de l'homme (P-3), le/la JPO :")
    pdf.bullets(HCDH_DUTIES)
    pdf.heading("3. Éléments de formation")
    pdf.para("Au terme de son affectation, le/la JPO sera en mesure de :")
    pdf.bullets(HCDH_LEARNING)
    pdf.heading("4. Qualifications et expérience")
    pdf.para(
        "Formation et expérience : master en droit, en sciences politiques, en relations "
        "internationales ou dans un domaine apparenté, et au moins deux ans d'expérience "
        "professionnelle pertinente ; ou bachelor dans l'un de ces domaines et au moins quatre ans "
        "d'expérience professionnelle pertinente. Une expérience en Afrique centrale ou au Sahel "
        "serait un avantage."
    )
    pdf.para(
        "Langues : une excellente maîtrise du français et une bonne connaissance de l'anglais sont "
        "exigées. La connaissance de l'arabe constitue un atout."
    )
    pdf.heading("5. Compétences")
    for name, text in HCDH_COMPETENCIES:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(pdf.get_string_width(f"{name} : ") + 1, 5, f"{name} : ")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)


def _hcdh_conditions(pdf):
    pdf.heading("6. Qui peut postuler au programme JPO suisse ?")
    pdf.bullets(HCDH_CONDITIONS)
    pdf.heading("7. Dossier de candidature")
    pdf.para("Le dossier, rédigé en français ou en anglais, comprend :")
    pdf.bullets(HCDH_DOCUMENTS)
    pdf.ln(1)
    pdf.para(
        "Les candidatures sont à déposer sur le portail du DFAE au plus tard le 22 juin 2026 à "
        "12h00 (heure de Berne). Les entretiens auront lieu à Genève à la fin du mois de "
        "juillet 2026. Seules les personnes présélectionnées seront contactées."
    )


def hcdh_suisse_ndjamena():
    pdf = HcdhPdf(format="A4")
    pdf.set_creation_date(FIXED_UTC)
    pdf.set_producer("fpdf2")
    pdf.set_creator("HCDH Tchad")
    pdf.set_author("HCDH")
    pdf.set_title("Termes de référence JPO HCDH/TCD/JPO/2026/01")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    _hcdh_front(pdf)
    _hcdh_body(pdf)
    _hcdh_conditions(pdf)
    (HERE / "hcdh_suisse_ndjamena_fr.pdf").write_bytes(bytes(pdf.output()))


if __name__ == "__main__":
    unwomen_austria_nairobi()
    hcdh_suisse_ndjamena()
