"""Generate the binary test ToRs of this folder (fourth batch).

- unfpa_fr.pdf        French UNFPA ToR (fpdf2, core Helvetica, latin-1 only): running header and
                      "Page N sur M" footer, a header line running three fields together,
                      borderless label/value rows drawn with cell() + multi_cell() (the title
                      wraps over two lines), "-" bullets with hanging indent that wrap
- mofa_japan.pdf      English MOFA Japan notice for a UNDRR post (fpdf2): letterhead before the
                      title, borderless label/value rows, an italic note under the title,
                      numbered "(n)" duties, a "General conditions" programme block with age,
                      language tests and application rules, running header and page footer
- finland_docx.docx   English DOCX: 2-column facts table (City / Country rows), a second
                      2-column qualifications table whose cells hold "List Bullet" paragraphs,
                      Word heading styles, "List Number" duties
- sdc_swiss_fr.docx   French DOCX (SDC/DDC): centred letterhead paragraphs, Title style,
                      2-column facts table with a donor file number next to the agency's post
                      number, headings, "List Number" / "List Bullet" lists

Run with the project's venv: `.venv/bin/python tests/data/tors4/make_binaries.py`.
Deterministic: fixed PDF creation date and producer, fixed DOCX core properties, and the DOCX
zips are rewritten with fixed entry timestamps, so re-running gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 2, 2, 9, 0, 0, tzinfo=UTC)
ZIP_TIME = (2026, 2, 2, 9, 0, 0)


# --------------------------------------------------------------------------- helpers (DOCX)
def docx_bytes_deterministic(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def set_core(doc: Document, title: str, author: str) -> None:
    cp = doc.core_properties
    naive = FIXED.replace(tzinfo=None)
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "JPO"


def write_docx(doc: Document, name: str) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    (HERE / name).write_bytes(docx_bytes_deterministic(buf.getvalue()))


def cell_text(cell, text: str, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold


def cell_bullets(cell, items: list[str]) -> None:
    """Fill a table cell with "List Bullet" paragraphs (the cell's first paragraph included)."""
    first = cell.paragraphs[0]
    first.style = "List Bullet"
    first.add_run(items[0])
    for item in items[1:]:
        cell.add_paragraph(item, style="List Bullet")


# --------------------------------------------------------------------------- helpers (PDF)
class ToRPdf(FPDF):
    def __init__(self, header_left: str, header_right: str, footer_fmt: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_left = header_left
        self.header_right = header_right
        self.footer_fmt = footer_fmt
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(auto=True, margin=22)
        self.set_creation_date(FIXED)
        self.set_producer("make_binaries")
        self.set_creator("make_binaries")

    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(85, 4, self.header_left, align="L")
        self.cell(0, 4, self.header_right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_fmt.format(n=self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def pdf_heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)


def pdf_para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def pdf_row(
    pdf: FPDF, label: str, value: str, label_w: float = 45, value_w: float = 0, style: str = ""
) -> None:
    """Borderless label/value row: label drawn with cell(), value with multi_cell()."""
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(label_w, 5.5, label)
    pdf.set_font("Helvetica", style, 10)
    pdf.set_xy(20 + label_w, y)
    pdf.multi_cell(value_w, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def pdf_bullets(pdf: FPDF, items: list[str], mark: str = "-", indent: float = 6) -> None:
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        x = pdf.l_margin
        pdf.set_x(x)
        pdf.cell(indent, 5, mark)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def pdf_numbered(pdf: FPDF, items: list[str], fmt: str = "({n})", indent: float = 9) -> None:
    pdf.set_font("Helvetica", "", 10)
    for n, item in enumerate(items, 1):
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, 5, fmt.format(n=n))
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


# --------------------------------------------------------------------------- unfpa_fr.pdf
def make_unfpa_fr() -> None:
    pdf = ToRPdf(
        "UNFPA - Bureau de pays du Tchad | Termes de référence JPO 2026",
        "Réf. UNFPA/TCD/JPO/2026/03",
        "Page {n} sur {{nb}}",
    )
    pdf.set_title("Termes de référence JPO - UNFPA Tchad")
    pdf.set_author("UNFPA Tchad")
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "FONDS DES NATIONS UNIES POUR LA POPULATION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Programme des Jeunes Experts Associés (JPO) du Grand-Duché de Luxembourg",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "TERMES DE RÉFÉRENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        0, 6, "Classe : P-2 | Durée : 2 ans | Clôture : 5 mai 2026", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(3)

    rows = [
        (
            "Intitulé du poste",
            "Chargé(e) de programme associé(e) - Santé sexuelle et reproductive "
            "des adolescent(e)s et des jeunes",
        ),
        ("Référence", "UNFPA/TCD/JPO/2026/03"),
        ("Organisation", "Fonds des Nations Unies pour la population (UNFPA)"),
        ("Unité", "Bureau de pays du Tchad - Unité Santé sexuelle et reproductive et Jeunesse"),
        ("Ville", "N'Djamena"),
        ("Pays", "Tchad"),
        (
            "Pays donateur",
            "Luxembourg (Ministère des Affaires étrangères et européennes - Direction "
            "de la Coopération au développement et de l'Action humanitaire)",
        ),
        ("Date de publication", "14 avril 2026"),
        ("Date limite", "5 mai 2026, 23h59 (heure de N'Djamena, GMT+1)"),
    ]
    for label, value in rows:
        pdf_row(pdf, label, value, label_w=45, value_w=105)
        pdf.ln(0.5)

    pdf_heading(pdf, "1. Contexte")
    pdf_para(
        pdf,
        "Le Tchad compte l'une des populations les plus jeunes au monde : près de la moitié des "
        "habitants ont moins de 15 ans. Les taux de mariage d'enfants et de grossesse précoce y "
        "restent parmi les plus élevés d'Afrique. Le 9e programme de pays de l'UNFPA (2024-2026) "
        "met l'accent sur l'accès des adolescent(e)s et des jeunes à des services de santé "
        "sexuelle et reproductive de qualité, sur l'éducation complète à la sexualité et sur la "
        "participation des jeunes aux décisions qui les concernent.",
    )
    pdf_heading(pdf, "2. Supervision")
    pdf_para(
        pdf,
        "Le/la JPO travaillera sous la supervision directe de la Chargée de programme Jeunesse "
        "(NOC) et sous la supervision générale du Représentant adjoint (P-5). Un plan de travail "
        "sera établi au cours du premier mois d'affectation.",
    )

    pdf_heading(pdf, "3. Tâches et responsabilités")
    pdf_bullets(
        pdf,
        [
            "Appuyer la planification, la mise en oeuvre et le suivi des activités du programme jeunesse, "
            "en particulier dans les provinces du Logone Oriental, du Mandoul et du Ouaddaï ;",
            "Contribuer à l'élaboration des plans de travail annuels avec les partenaires d'exécution "
            "gouvernementaux et non gouvernementaux, et suivre l'exécution financière ;",
            "Appuyer l'intégration des services adaptés aux adolescent(e)s et aux jeunes dans les "
            "formations sanitaires et les espaces sûrs pour filles ;",
            "Participer à la collecte, à l'analyse et à la diffusion des données sur la santé sexuelle et "
            "reproductive des jeunes, y compris les données ventilées par sexe et par âge ;",
            "Rédiger des notes conceptuelles, des rapports aux bailleurs et des contributions au rapport "
            "annuel du bureau de pays ;",
            "Appuyer l'organisation de consultations avec les réseaux de jeunes et les organisations de "
            "la société civile, ainsi que la campagne nationale contre le mariage d'enfants ;",
            "Représenter l'UNFPA, sur délégation, dans les groupes de travail interagences sur la "
            "jeunesse et sur la violence basée sur le genre ;",
            "Accomplir toute autre tâche demandée par la supervision.",
        ],
    )

    pdf_heading(pdf, "4. Éléments d'apprentissage")
    pdf_para(pdf, "À la fin de l'affectation, le/la JPO aura :")
    pdf_bullets(
        pdf,
        [
            "acquis une connaissance approfondie des politiques et programmes de santé sexuelle et "
            "reproductive des jeunes dans un contexte humanitaire et de développement ;",
            "maîtrisé les outils de gestion axée sur les résultats et de suivi financier de l'UNFPA ;",
            "développé ses capacités de coordination avec le gouvernement, les agences des Nations "
            "Unies et la société civile ;",
            "renforcé ses compétences rédactionnelles et de plaidoyer.",
        ],
    )

    pdf_heading(pdf, "5. Qualifications et expérience")
    pdf_para(
        pdf,
        "Formation : master en santé publique, démographie, sciences sociales, sciences "
        "politiques ou dans un domaine connexe.",
    )
    pdf_para(
        pdf,
        "Expérience : au moins deux ans d'expérience professionnelle pertinente, de préférence "
        "dans le domaine de la santé publique ou des programmes en faveur de la jeunesse.",
    )
    pdf_para(
        pdf,
        "Langues : la maîtrise du français est indispensable. Une bonne connaissance de "
        "l'anglais est souhaitable ; la connaissance de l'arabe tchadien serait un atout.",
    )

    pdf_heading(pdf, "6. Compétences")
    pdf_bullets(
        pdf,
        [
            "Obtenir des résultats",
            "Faire preuve de responsabilité",
            "Développer et appliquer l'expertise professionnelle",
            "Penser de manière analytique et stratégique",
            "Travailler en équipe et gérer soi-même et ses relations",
        ],
    )

    pdf_heading(pdf, "7. Conditions d'éligibilité du programme luxembourgeois")
    pdf_bullets(
        pdf,
        [
            "Être de nationalité luxembourgeoise.",
            "Être âgé(e) de 32 ans au plus au 31 décembre 2026.",
            "Être titulaire d'un master ; les étudiant(e)s régulièrement inscrit(e)s en dernière année de "
            "master au moment de la candidature peuvent également postuler.",
            "Ne pas avoir déjà occupé un poste de JPO, quel que soit le pays donateur.",
        ],
    )

    pdf_heading(pdf, "8. Dossier de candidature")
    pdf_numbered(
        pdf,
        [
            "curriculum vitae en français ou en anglais ;",
            "lettre de motivation (deux pages au maximum) ;",
            "copie du ou des diplômes, ou attestation d'inscription en dernière année de master ;",
            "copie de la carte d'identité ou du passeport luxembourgeois.",
        ],
        fmt="{n})",
        indent=7,
    )

    pdf_heading(pdf, "9. Modalités de candidature")
    pdf_para(
        pdf,
        "Les dossiers complets sont à envoyer via le formulaire en ligne de la Direction de la "
        "Coopération au développement au plus tard le 5 mai 2026 à 23h59 (heure de N'Djamena, "
        "GMT+1). Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s.",
    )

    pdf.output(str(HERE / "unfpa_fr.pdf"))


# --------------------------------------------------------------------------- mofa_japan.pdf
def make_mofa_japan() -> None:
    pdf = ToRPdf(
        "MOFA Japan - 2026 JPO Dispatch Programme",
        "Terms of Reference - UNDRR/ROAP/JPO/2026/02",
        "2026 JPO Recruitment  |  page {n}",
    )
    pdf.set_title("2026 JPO Terms of Reference - UNDRR Bangkok")
    pdf.set_author("Ministry of Foreign Affairs of Japan")
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "Ministry of Foreign Affairs of Japan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Recruitment Center for International Organizations", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "2026 Junior Professional Officer (JPO) Dispatch Programme", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "TERMS OF REFERENCE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf_row(pdf, "Post title", "Associate Programme Officer (Disaster Risk Reduction)", label_w=40)
    pdf.set_x(60)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Bangkok-based post with frequent travel within South-East Asia. Open to Japanese nationals only.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    for label, value in [
        ("Post number", "UNDRR/ROAP/JPO/2026/02"),
        ("Organization", "United Nations Office for Disaster Risk Reduction (UNDRR)"),
        ("Unit", "Regional Office for Asia and the Pacific (ROAP), Risk Knowledge and Early Warning Team"),
        ("Duty station", "Bangkok, Thailand"),
        ("Grade", "P-1 or P-2 (depending on qualifications and experience)"),
        ("Duration", "2 years"),
        ("Deadline", "15 May 2026, 17:00 Tokyo time (JST)"),
    ]:
        pdf_row(pdf, label, value, label_w=40)
        pdf.ln(0.5)

    pdf_heading(pdf, "Background")
    pdf_para(
        pdf,
        "UNDRR is the United Nations focal point for disaster risk reduction and oversees the "
        "implementation of the Sendai Framework for Disaster Risk Reduction 2015-2030. The "
        "Regional Office for Asia and the Pacific in Bangkok supports 39 countries in developing "
        "national and local disaster risk reduction strategies, strengthening disaster loss "
        "accounting and advancing the Secretary-General's Early Warnings for All initiative. The "
        "Risk Knowledge and Early Warning Team works closely with ASEAN, the ASEAN Coordinating "
        "Centre for Humanitarian Assistance (AHA Centre) and national disaster management "
        "offices.",
    )
    pdf_heading(pdf, "Supervision")
    pdf_para(
        pdf,
        "The JPO will be supervised by a Programme Management Officer (P-4) of the Risk Knowledge "
        "and Early Warning Team, under the overall guidance of the Chief of the Regional Office.",
    )

    pdf_heading(pdf, "Duties and responsibilities")
    pdf_numbered(
        pdf,
        [
            "Support Member States in the region in reporting against the Sendai Framework Monitor, "
            "including data validation, helpdesk support and the preparation of country profiles.",
            "Contribute to the regional assessment of early warning coverage under the Early Warnings for "
            "All initiative, including gap analyses of multi-hazard early warning systems in South-East "
            "Asian countries.",
            "Draft background papers, briefing notes and speeches for regional platforms, including the "
            "Asia-Pacific Ministerial Conference on Disaster Risk Reduction.",
            "Support the organization of capacity-building workshops on disaster loss databases "
            "(DesInventar Sendai) and risk-informed development planning.",
            "Maintain partnerships with the AHA Centre, regional research institutions and Japanese "
            "partners active in disaster risk reduction in the region.",
            "Contribute to resource mobilization, project reporting and results-based monitoring of the "
            "regional work programme.",
            "Perform other related duties as assigned.",
        ],
    )

    pdf_heading(pdf, "Learning elements")
    pdf_bullets(
        pdf,
        [
            "In-depth knowledge of the Sendai Framework and of regional disaster risk governance;",
            "Practical skills in risk data management and analysis for policy-making;",
            "Experience in coordinating with governments, regional organizations and UN agencies;",
            "Understanding of programme management in a UN regional office.",
        ],
    )

    pdf_heading(pdf, "Qualifications")
    pdf_para(
        pdf,
        "Education: Advanced university degree (Master's degree or higher) in disaster risk "
        "management, environmental science, civil engineering, geography, public policy or a "
        "related field.",
    )
    pdf_para(
        pdf,
        "Work experience: A minimum of two years of professional experience in disaster risk "
        "reduction, climate change adaptation, humanitarian affairs or a related area.",
    )
    pdf_para(pdf, "Languages: Fluency in English is required. Knowledge of Thai is desirable.")

    pdf_heading(pdf, "Competencies")
    pdf_bullets(
        pdf,
        [
            "Professionalism",
            "Communication",
            "Teamwork",
            "Planning and organizing",
        ],
    )

    pdf_heading(pdf, "General conditions of the MOFA JPO Programme")
    pdf_numbered(
        pdf,
        [
            "Nationality: applicants must hold Japanese nationality.",
            "Age: 35 years old or younger as of the application deadline (i.e. born on or after "
            "16 May 1990).",
            "Education and work experience: a Master's degree or higher and at least two years of "
            "full-time professional work experience.",
            "Language: working proficiency in English, demonstrated by a score of TOEFL iBT 100, IELTS "
            "(Academic Module) 7.0 or TOEIC Listening & Reading 860 or above, obtained within two years "
            "before the application deadline. TOEFL MyBest scores are not accepted.",
            "Commitment: applicants must intend to pursue a career in international organizations after "
            "completion of the JPO assignment.",
            "Applications: JPO contracts are normally issued for 24 months. Each applicant may apply for "
            "only one post per year under this programme.",
            "Former JPOs: persons who have previously served as a JPO, under the programme of Japan or of "
            "any other government, are not eligible.",
        ],
        fmt="{n}.",
        indent=7,
    )

    pdf_heading(pdf, "Required documents")
    pdf_numbered(
        pdf,
        [
            "MOFA JPO application form (English);",
            "MOFA JPO application form (Japanese);",
            "Copy of the English test score report;",
            "Copy of the degree certificate(s) and academic transcript(s).",
        ],
        fmt="({n})",
        indent=8,
    )
    pdf_heading(pdf, "How to apply")
    pdf_para(
        pdf,
        "Submit the documents above through the online application system of the Recruitment "
        "Center for International Organizations no later than 15 May 2026, 17:00 Tokyo time "
        "(JST). The first screening results will be notified by the end of June 2026; "
        "interviews with UNDRR are expected in August 2026.",
    )

    pdf.output(str(HERE / "mofa_japan.pdf"))


# --------------------------------------------------------------------------- finland_docx.docx
def make_finland_docx() -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    p = doc.add_paragraph("Junior Professional Officer Programme of Finland – 2026 round")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Terms of Reference", level=0)

    facts = [
        ("Post title", "Climate Resilience Analyst (JPO)"),
        ("Reference", "FI-JPO-2026-UNDP-JAM-03"),
        ("Organization", "United Nations Development Programme (UNDP)"),
        (
            "Unit",
            "Multi-Country Office for Jamaica, The Bahamas, Bermuda, Cayman Islands and Turks "
            "and Caicos Islands – Environment and Climate Change Unit",
        ),
        ("City", "Kingston"),
        ("Country", "Jamaica"),
        ("Grade", "P-2"),
        ("Duration", "24 months"),
        ("Sponsor", "Ministry for Foreign Affairs of Finland"),
        ("Application deadline", "10 March 2026, 23:59 Helsinki time (EET)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        row = table.add_row()
        cell_text(row.cells[0], label, bold=True)
        cell_text(row.cells[1], value)

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "Jamaica and the other countries and territories covered by the UNDP Multi-Country Office are "
        "Small Island Developing States highly exposed to hurricanes, flooding, drought and sea-level "
        "rise. Hurricane Beryl in 2024 caused extensive damage to agriculture and housing in southern "
        "Jamaica. UNDP supports governments in integrating climate risk into national planning, "
        "accessing climate finance and strengthening the resilience of vulnerable communities. The JPO "
        "will join the Environment and Climate Change Unit and report to the Team Leader (P-4)."
    )

    doc.add_heading("Duties and responsibilities", level=1)
    for item in [
        "Support the formulation and implementation of climate resilience projects, including "
        "projects financed by the Green Climate Fund and the Adaptation Fund.",
        "Contribute to the preparation of national adaptation plan documents and nationally "
        "determined contribution (NDC) implementation reports.",
        "Conduct research and analysis on climate risk, loss and damage and nature-based solutions "
        "for coastal protection.",
        "Support monitoring, evaluation and reporting of the unit's portfolio in line with UNDP "
        "results-based management standards.",
        "Assist in the organization of stakeholder consultations with government ministries, "
        "parishes, community-based organizations and the private sector.",
        "Draft communication products, briefing notes and donor reports.",
        "Perform other duties as required by the supervisor.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Learning elements", level=1)
    doc.add_paragraph("By the end of the assignment the JPO will have:")
    for item in [
        "gained hands-on experience in designing and managing climate finance projects;",
        "developed knowledge of adaptation policy in Small Island Developing States;",
        "strengthened skills in stakeholder engagement and multi-country coordination;",
        "acquired an understanding of UNDP programme and operations procedures.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Qualifications and competencies", level=1)
    q = doc.add_table(rows=4, cols=2)
    q.style = "Table Grid"
    cell_text(q.rows[0].cells[0], "Education", bold=True)
    cell_bullets(
        q.rows[0].cells[1],
        [
            "Master's degree in environmental science, climate policy, disaster risk management, "
            "economics or a related field.",
        ],
    )
    cell_text(q.rows[1].cells[0], "Work experience", bold=True)
    cell_bullets(
        q.rows[1].cells[1],
        [
            "A minimum of two years of relevant professional experience in climate change, environment "
            "or development programming.",
            "A maximum of five years of professional experience (Finnish JPO Programme rule).",
            "Experience in Small Island Developing States is an asset.",
        ],
    )
    cell_text(q.rows[2].cells[0], "Languages", bold=True)
    cell_bullets(
        q.rows[2].cells[1],
        [
            "Fluency in written and spoken English (required).",
            "Working knowledge of Spanish or French is an asset.",
        ],
    )
    cell_text(q.rows[3].cells[0], "Core competencies", bold=True)
    cell_bullets(
        q.rows[3].cells[1],
        [
            "Achieve Results",
            "Think Innovatively",
            "Learn Continuously",
            "Adapt with Agility",
            "Act with Determination",
            "Engage and Partner",
            "Enable Diversity and Inclusion",
        ],
    )

    doc.add_heading("Eligibility (Finnish JPO Programme)", level=1)
    for item in [
        "Applicants must be Finnish citizens.",
        "Applicants must not be older than 32 years on 10 March 2026, the last day of the application "
        "period.",
        "Relevant work experience of at least two but no more than five years.",
        "Each applicant may apply for a maximum of three (3) positions in the 2026 JPO round.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Applications are submitted through the JPO recruitment portal of the Ministry for Foreign "
        "Affairs of Finland by 10 March 2026, 23:59 Helsinki time (EET). Please attach:"
    )
    for item in [
        "CV in English",
        "Motivation letter in English (max. one page)",
        "Copy of your Master's degree certificate",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Interviews will take place in April 2026. The Ministry will not accept applications sent by e-mail."
    )

    set_core(
        doc,
        "Terms of Reference - Climate Resilience Analyst (JPO)",
        "Ministry for Foreign Affairs of Finland",
    )
    write_docx(doc, "finland_docx.docx")


# --------------------------------------------------------------------------- sdc_swiss_fr.docx
def make_sdc_docx() -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)

    for line in (
        "Confédération suisse",
        "Département fédéral des affaires étrangères DFAE",
        "Direction du développement et de la coopération DDC",
    ):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Programme Jeunes Experts Associés (JPO) de la DDC – Appel 2026")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True

    doc.add_heading("Chargé(e) de programme associé(e) – Réduction de la violence communautaire", level=0)

    facts = [
        ("Intitulé du poste", "Chargé(e) de programme associé(e) – Réduction de la violence communautaire"),
        ("Organisation", "Bureau intégré des Nations Unies en Haïti (BINUH)"),
        ("Section", "Section de la réduction de la violence communautaire et de la justice"),
        ("Lieu d'affectation", "Port-au-Prince, Haïti"),
        ("Durée", "12 mois, avec possibilité de prolongation"),
        ("Numéro de poste BINUH", "BINUH/JPO/2026/02"),
        ("Numéro de dossier DDC", "7F-10452.01"),
        ("Publié le", "9 avril 2026"),
        ("Délai de postulation", "8 mai 2026, 23h59 (heure de Berne)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        row = table.add_row()
        cell_text(row.cells[0], label, bold=True)
        cell_text(row.cells[1], value)

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "Le Bureau intégré des Nations Unies en Haïti (BINUH), mission politique spéciale établie par "
        "le Conseil de sécurité en 2019, conseille le Gouvernement haïtien en matière de stabilité "
        "politique, de bonne gouvernance, de réduction de la violence communautaire et de justice. "
        "Face à l'expansion des gangs armés dans la zone métropolitaine de Port-au-Prince et dans "
        "l'Artibonite, la Section appuie les autorités nationales et locales dans l'élaboration de "
        "programmes de prévention, de désengagement et de réinsertion."
    )
    doc.add_paragraph(
        "Le/la JPO travaillera sous la supervision du Chef de la Section (P-5) et en étroite "
        "collaboration avec l'équipe pays des Nations Unies."
    )

    doc.add_heading("Tâches principales", level=1)
    for item in [
        "Appuyer la conception et le suivi des projets de réduction de la violence communautaire "
        "dans les quartiers prioritaires de la zone métropolitaine.",
        "Contribuer à l'analyse de la situation sécuritaire et de la dynamique des groupes armés, en "
        "lien avec la Section des droits de l'homme.",
        "Préparer des notes d'information, des contributions aux rapports du Secrétaire général au "
        "Conseil de sécurité et des comptes rendus de réunions.",
        "Assurer la liaison avec la Commission nationale de désarmement, démantèlement et "
        "réinsertion (CNDDR) et les autorités municipales.",
        "Appuyer la coordination avec les agences, fonds et programmes des Nations Unies ainsi "
        "qu'avec les partenaires bilatéraux, dont la DDC.",
        "Participer à l'organisation d'ateliers et de consultations communautaires.",
        "Exécuter toute autre tâche confiée par la supervision.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Ce que vous apprendrez", level=1)
    for item in [
        "Le fonctionnement d'une mission politique spéciale des Nations Unies et ses liens avec le "
        "Conseil de sécurité ;",
        "Les approches de prévention de la violence et de réinsertion dans un contexte urbain ;",
        "L'analyse politique et la rédaction pour les organes intergouvernementaux ;",
        "La coordination entre acteurs politiques, humanitaires et de développement.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Profil recherché", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Master universitaire en sciences politiques, relations internationales, droit, "
        "sociologie, études du développement ou dans un domaine connexe."
    )
    doc.add_heading("Expérience", level=2)
    doc.add_paragraph(
        "Au moins deux ans d'expérience professionnelle pertinente, de préférence dans des "
        "contextes fragiles ou de conflit."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Excellente maîtrise du français et de l'anglais. La connaissance du créole haïtien est un atout."
    )

    doc.add_heading("Compétences", level=1)
    for item in [
        "Professionnalisme",
        "Communication",
        "Travail d'équipe",
        "Planification et organisation",
        "Sensibilité aux contextes fragiles",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Conditions générales du programme JPO de la DDC", level=1)
    for item in [
        "Être de nationalité suisse.",
        "Être âgé(e) de 32 ans au maximum à la date de clôture de l'appel.",
        "Être titulaire d'un master universitaire et justifier d'au moins deux ans d'expérience "
        "professionnelle, ou être titulaire d'un doctorat et justifier d'au moins un an d'expérience "
        "professionnelle.",
        "Attester d'un niveau C1 en anglais par un test reconnu (IELTS 7.0 ou TOEFL iBT 95) datant de "
        "moins de deux ans.",
        "Les contrats JPO de la DDC sont conclus pour 12 mois et peuvent être prolongés jusqu'à 36 "
        "mois au total ; un(e) candidat(e) peut présenter au maximum trois candidatures par année "
        "civile.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Dossier de candidature", level=1)
    doc.add_paragraph("Le dossier doit contenir :")
    for item in [
        "un curriculum vitae ;",
        "une lettre de motivation ;",
        "les copies des diplômes ;",
        "les certificats de travail ;",
        "le résultat du test d'anglais.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Les candidatures doivent être déposées sur le portail de la DDC au plus tard le 8 mai 2026 à "
        "23h59 (heure de Berne). Les entretiens auront lieu en juin 2026 à Berne ou par "
        "visioconférence."
    )

    set_core(doc, "Termes de référence JPO - BINUH Port-au-Prince", "DDC - Programme JPO")
    write_docx(doc, "sdc_swiss_fr.docx")


def main() -> None:
    make_unfpa_fr()
    make_mofa_japan()
    make_finland_docx()
    make_sdc_docx()


if __name__ == "__main__":
    main()
