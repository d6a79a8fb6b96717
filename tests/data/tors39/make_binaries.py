"""Build the binary documents of design batch tors39 (held-out ak until measured) (deterministic output).

Run with: /work/main/.venv/bin/python make_binaries.py
Writes fao_korea_apia.docx and bcah_italie_maradi_fr.pdf next to this script.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 9, 14, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 9, 14, 9, 0, 0)


# --------------------------------------------------------------------------
# DOCX: FAO / Republic of Korea / Apia (English)
# --------------------------------------------------------------------------

FAO_FACTS = [
    (
        "Position title",
        "Associate Fisheries Officer (Coastal Fisheries and Community-Based Management)",
    ),
    ("FAO Job ID", "2603117"),
    ("MOFA / UN Recruitment Center file no.", "KJPO-26-FAO-04"),
    (
        "Organizational unit",
        "FAO Subregional Office for the Pacific Islands (SAP), Fisheries and Aquaculture Team",
    ),
    ("Duty station", "Apia, Samoa"),
    ("Grade", "P-2"),
    (
        "Duration",
        "1 year (initial appointment); a second year is normally granted "
        "subject to satisfactory performance and funding",
    ),
    ("Sponsoring Government", "Republic of Korea (Ministry of Foreign Affairs)"),
    ("Job posting", "14/09/2026"),
    ("Closure date", "08/10/2026"),
]

FAO_DUTIES = [
    "Support Pacific Island member countries in developing and reviewing "
    "community-based fisheries management plans and regulations.",
    "Compile and analyse coastal fisheries catch, effort and market data, "
    "including data from the FAO-supported tablet-based reporting systems.",
    "Contribute to the design and monitoring of small-scale aquaculture "
    "pilots (sea cucumber, giant clam, tilapia) with national fisheries "
    "agencies.",
    "Assist in preparing project proposals for the Green Climate Fund and "
    "other partners on climate-resilient fisheries.",
    "Organize regional workshops and national trainings, and prepare their reports.",
    "Draft briefs, newsletter articles and sections of the Subregional Office's annual report.",
    "Perform other related duties as required.",
]

FAO_LEARNING = [
    "Understanding of FAO's normative and field programme work in "
    "fisheries and aquaculture, and of the Pacific regional architecture "
    "(Pacific Community, Forum Fisheries Agency).",
    "Skills in project formulation, budgeting and results-based reporting.",
    "Experience in facilitating multi-stakeholder consultations with governments and coastal communities.",
    "A mid-term learning mission to the Fisheries and Aquaculture Division at FAO headquarters in Rome.",
]

FAO_COMPETENCIES = [
    "Results Focus",
    "Teamwork",
    "Communication",
    "Building Effective Relationships",
    "Knowledge Sharing and Continuous Improvement",
]

FAO_DOCUMENTS = [
    "the programme application form (Korean and English versions);",
    "an official English test score report (see above);",
    "degree certificates and transcripts of all university degrees;",
    "for male applicants requesting an age extension, a certificate of completed military service.",
]


def _cell_text(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def build_docx(path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    header = doc.sections[0].header.paragraphs[0]
    header.text = (
        "Food and Agriculture Organization of the United Nations"
        " | Subregional Office for the Pacific Islands, Apia"
    )
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph(
        "Junior Professional Officer (JPO) Programme - Republic of Korea",
        style="Title",
    )
    doc.add_heading("Terms of Reference", level=1)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in FAO_FACTS:
        row = table.add_row().cells
        _cell_text(row[0], label, bold=True)
        _cell_text(row[1], value)
    note = doc.add_paragraph()
    note.add_run("Dates in the table above are given as day/month/year.").italic = True

    doc.add_heading("Organizational setting", level=1)
    doc.add_paragraph(
        "The FAO Subregional Office for the Pacific Islands (SAP) in Apia serves "
        "14 member countries. Coastal fisheries provide most of the animal protein "
        "eaten in rural Pacific communities, yet many inshore resources are fully "
        "or over-exploited. The Fisheries and Aquaculture Team supports "
        "governments in community-based management, small-scale aquaculture and "
        "the collection of fisheries data."
    )

    doc.add_heading("Reporting lines", level=1)
    doc.add_paragraph(
        "The JPO reports to the Fisheries Officer (P-4) and works under the "
        "overall guidance of the Subregional Coordinator for the Pacific Islands "
        "(D-1)."
    )

    doc.add_heading("Key functions", level=1)
    for item in FAO_DUTIES:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Training and learning elements", level=1)
    for item in FAO_LEARNING:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Candidates should meet the following requirements", level=1)
    doc.add_heading("Minimum requirements", level=2)
    for label, text in [
        (
            "Education: ",
            "Advanced university degree in fisheries science, marine biology, "
            "aquaculture, natural resource economics or a related field.",
        ),
        (
            "Experience: ",
            "Minimum of two years of relevant professional experience in coastal "
            "fisheries management, aquaculture or community-based natural "
            "resource management.",
        ),
        (
            "Languages: ",
            "Working knowledge (Level C) of English. Knowledge of French or Samoan is an asset.",
        ),
    ]:
        par = doc.add_paragraph()
        par.add_run(label).bold = True
        par.add_run(text)
    doc.add_heading("FAO core competencies", level=2)
    for item in FAO_COMPETENCIES:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Eligibility under the Korean JPO Programme", level=1)
    doc.add_paragraph(
        "Nationality: the programme is open to citizens of the Republic of "
        "Korea. Foreign nationals holding permanent residence in Korea are not "
        "eligible."
    )
    doc.add_paragraph("Age: applicants must have been born on or after 1 January 1993.")
    doc.add_paragraph(
        "Male applicants who have completed their compulsory military service "
        "may have the age limit extended according to the length of service:"
    )
    mil = doc.add_table(rows=1, cols=2)
    mil.style = "Table Grid"
    _cell_text(mil.rows[0].cells[0], "Length of completed service", bold=True)
    _cell_text(mil.rows[0].cells[1], "Extension of the age limit", bold=True)
    for served, extra in [
        ("Less than 12 months", "1 year"),
        ("12 months or more, but less than 24 months", "2 years"),
        ("24 months or more", "3 years"),
    ]:
        row = mil.add_row().cells
        _cell_text(row[0], served)
        _cell_text(row[1], extra)
    doc.add_paragraph(
        "Education and experience: a Master's degree and at least two years of "
        "relevant work experience. Internships of three months or longer count "
        "towards the experience requirement."
    )
    doc.add_paragraph(
        "English proficiency: one of the following official scores is "
        "required: TOEFL iBT 100, IELTS (Academic) 7.0 or NEW TEPS 452. Only "
        "tests taken on or after 9 October 2024 are accepted. TOEFL MyBest "
        "scores and TOEFL ITP results are not accepted."
    )
    doc.add_paragraph(
        "Number of applications: the Korean JPO recruitment is held once a year. "
        "Each applicant may apply to a maximum of two (2) positions in the 2026 "
        "recruitment. The contract offered for this position is 12 months, "
        "renewable."
    )
    doc.add_paragraph("Former and current JPOs, whatever their sponsoring country, are not eligible.")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph("Submit the following through the MOFA UN Recruitment Center portal, as one PDF file:")
    for item in FAO_DOCUMENTS:
        doc.add_paragraph(item, style="List Bullet")
    par = doc.add_paragraph()
    par.add_run("Deadline: ").bold = True
    par.add_run(
        "Thursday 8 October 2026, 5 p.m. Korea Standard Time (KST). Late or "
        "incomplete applications will not be considered. Shortlisted "
        "candidates will be interviewed by video in November 2026."
    )

    props = doc.core_properties
    props.author = "FAO SAP"
    props.last_modified_by = "FAO SAP"
    props.title = "JPO ToR - Associate Fisheries Officer - Apia"
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.last_printed = FIXED.replace(tzinfo=None)
    props.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    Path(path).write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# PDF: OCHA / Italy / Maradi (French)
# --------------------------------------------------------------------------

OCHA_FACTS = [
    ("Intitulé du poste", "Chargé(e) adjoint(e) des affaires humanitaires"),
    ("Réf. OCHA", "NE-JPO-2027-03"),
    ("Réf. UN/DESA", "IT-2027-OCHA-05"),
    (
        "Organisation",
        "Bureau de la coordination des affaires humanitaires (BCAH / OCHA), bureau pays du Niger",
    ),
    ("Lieu d'affectation", "Maradi (sous-bureau), Niger"),
    ("Classe", "P-2"),
    ("Durée", "12 mois, renouvelable une fois"),
    (
        "Financement",
        "Gouvernement italien (MAECI - Coopération italienne), programme JPO administré par UN/DESA",
    ),
    ("Publication", "11.I.2027"),
    ("Date limite", "15.II.2027, 17h00 (heure de Rome)"),
]

OCHA_DUTIES = [
    "Suivre l'évolution de la situation humanitaire dans les régions de Maradi "
    "et de Zinder (mouvements de population, insécurité alimentaire, "
    "épidémies) et rédiger des rapports de situation hebdomadaires.",
    "Appuyer la coordination inter-agences au niveau régional, notamment la "
    "préparation et le suivi des réunions du groupe de coordination "
    "humanitaire de Maradi.",
    "Contribuer à l'analyse des besoins et à la planification du Plan de "
    "réponse humanitaire (aperçu des besoins, cartographie 3W).",
    "Participer aux missions d'évaluation rapide multisectorielles et en consolider les résultats.",
    "Appuyer le suivi des projets financés par le Fonds humanitaire "
    "régional pour l'Afrique de l'Ouest et du Centre.",
    "Entretenir les relations avec les autorités régionales, les ONG et les organisations communautaires.",
]

OCHA_LEARNING = [
    "Maîtrise du cycle de programmation humanitaire et des outils de coordination d'OCHA.",
    "Expérience de la négociation de l'accès humanitaire avec les autorités et les acteurs locaux.",
    "Compétences en gestion de l'information et en rédaction de produits analytiques.",
]

OCHA_COMPETENCIES = [
    "Professionnalisme",
    "Planification et organisation",
    "Travail d'équipe",
    "Communication",
    "Souci du client",
]

OCHA_DOCUMENTS = [
    "curriculum vitae en anglais ou en français (trois pages au maximum) ;",
    "lettre de motivation en anglais ;",
    "copie du diplôme universitaire le plus élevé ;",
    "formulaire de candidature UN/DESA dûment rempli.",
]


class OchaPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "BCAH / OCHA Niger - Termes de référence JPO")
        self.cell(0, 5, "Réf. NE-JPO-2027-03", align="R")
        self.ln(6)
        self.set_draw_color(0, 110, 180)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Programme JPO - Gouvernement italien")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")


def _section(pdf, title):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 90, 160)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 10)


def _para(pdf, text):
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _bullets(pdf, items, mark):
    for item in items:
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5, mark)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def build_pdf(path):
    pdf = OchaPdf(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("OCHA Niger")
    pdf.set_title("TdR JPO - Chargé(e) adjoint(e) des affaires humanitaires - Maradi")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "NATIONS UNIES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        6,
        "Bureau de la coordination des affaires humanitaires (BCAH / OCHA)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        0,
        6,
        "PROGRAMME DES JEUNES EXPERTS ASSOCIÉS - GOUVERNEMENT ITALIEN",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "TERMES DE RÉFÉRENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    for label, value in OCHA_FACTS:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(45, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    _section(pdf, "1. Contexte")
    _para(
        pdf,
        "Le Niger fait face à une crise humanitaire prolongée, marquée par "
        "l'insécurité dans les zones frontalières, les chocs climatiques et des "
        "taux élevés de malnutrition. La région de Maradi, frontalière du "
        "Nigeria, accueille plus de 60 000 réfugiés et déplacés. Le sous-bureau "
        "d'OCHA à Maradi couvre également la région de Zinder.",
    )
    _para(
        pdf,
        "Le/la JPO travaillera sous la supervision directe du Chef du sous-bureau "
        "(P-4) et en liaison avec l'Unité de coordination inter-clusters à "
        "Niamey.",
    )

    _section(pdf, "2. Fonctions")
    _bullets(pdf, OCHA_DUTIES, "-")

    _section(pdf, "3. Éléments de formation")
    _bullets(pdf, OCHA_LEARNING, "-")

    _section(pdf, "4. Qualifications et expérience")
    for label, text in [
        (
            "Formation : ",
            "diplôme universitaire supérieur (master ou équivalent) en sciences "
            "politiques, relations internationales, droit, économie, "
            "développement ou domaine apparenté. Un diplôme universitaire de "
            "premier cycle assorti de deux années supplémentaires d'expérience "
            "pertinente peut tenir lieu de master.",
        ),
        (
            "Expérience : ",
            "au moins deux ans d'expérience professionnelle dans l'action "
            "humanitaire, la coordination ou la gestion de programmes.",
        ),
        (
            "Langues : ",
            "le français et l'anglais sont indispensables, à l'oral comme à "
            "l'écrit. La connaissance du haoussa serait un atout.",
        ),
    ]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.write(5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.write(5, text)
        pdf.ln(6.5)

    _section(pdf, "5. Compétences")
    _bullets(pdf, OCHA_COMPETENCIES, "-")

    _section(pdf, "6. Conditions du programme italien")
    _para(
        pdf,
        "Peuvent se porter candidat(e)s les ressortissant(e)s italien(ne)s "
        "ainsi que les ressortissant(e)s des pays suivants : Burkina Faso, "
        "Cameroun, Égypte, Éthiopie, Ghana, Kenya, Maroc, Mozambique, Nigeria, "
        "Sénégal, Tanzanie et Tunisie.",
    )
    _para(
        pdf,
        "Les candidat(e)s nigérien(ne)s ne sont pas éligibles à un poste au "
        "Niger ; les candidat(e)s nigérian(e)s (Nigeria) le sont.",
    )
    _para(pdf, "Les candidat(e)s doivent être né(e)s après le 31 décembre 1996.")
    _para(
        pdf,
        "Titres requis : master (laurea magistrale ou équivalent) et au moins "
        "deux années d'expérience professionnelle pertinente, ou licence "
        "(laurea triennale) et au moins quatre années d'expérience.",
    )
    _para(
        pdf,
        "Le programme italien lance un seul appel par an. Chaque candidat(e) "
        "peut postuler à trois postes au maximum dans le cadre de l'appel 2027.",
    )

    _section(pdf, "7. Dossier de candidature")
    _para(pdf, "Les pièces suivantes sont déposées sur le portail UN/DESA :")
    for i, item in enumerate(OCHA_DOCUMENTS, start=1):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 5, f"{i})")
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    _para(
        pdf,
        "Les candidatures doivent parvenir au plus tard le 15.II.2027 à 17h "
        "(heure de Rome). Les entretiens se tiendront la semaine du 19.IV.2027.",
    )

    pdf.output(str(path))


def main():
    build_docx(HERE / "fao_korea_apia.docx")
    build_pdf(HERE / "bcah_italie_maradi_fr.pdf")


if __name__ == "__main__":
    main()
