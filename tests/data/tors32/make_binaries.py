"""Build the two binary documents of design batch tors32 (held-out ac until measured), deterministically.

Run with the project's virtualenv:  /work/main/.venv/bin/python make_binaries.py

- unfpa_norad_lilongwe.docx  (python-docx)
- fao_france_moroni_fr.pdf   (fpdf2, core Helvetica, windows-1252)

Two runs give byte-identical files: fixed core properties and zip timestamps for the DOCX,
fixed creation date and producer for the PDF.
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
FIXED = dt.datetime(2027, 1, 11, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 11, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip archive with fixed timestamps and attributes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def _facts_row(table, cells):
    row = table.add_row()
    for i, text in enumerate(cells):
        cell = row.cells[i]
        cell.text = text
        if i % 2 == 0:
            for run in cell.paragraphs[0].runs:
                run.bold = True


def build_docx(path: Path) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "UNFPA Malawi Country Office"
    props.last_modified_by = "UNFPA Malawi Country Office"
    props.title = "Programme Analyst (Adolescents and Youth) - JPO"
    props.subject = "Vacancy announcement"
    props.keywords = "JPO; Norad; Malawi"
    props.comments = ""
    props.category = ""
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.last_printed = FIXED.replace(tzinfo=None)
    props.revision = 3

    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    header = doc.sections[0].header
    header.paragraphs[0].text = "UNFPA Malawi  |  Vacancy announcement  |  JPO programme"

    p = doc.add_paragraph()
    run = p.add_run("United Nations Population Fund")
    run.bold = True
    run.font.size = Pt(13)
    doc.add_paragraph("Malawi Country Office  -  Evelyn Court, Area 13, Lilongwe")
    doc.add_paragraph("VACANCY ANNOUNCEMENT").alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("Programme Analyst (Adolescents and Youth)", style="Title")
    note = doc.add_paragraph()
    note_run = note.add_run(
        "Junior Professional Officer (JPO) post funded through Norad's JPO programme. "
        "Only candidates who meet the programme's conditions below will be considered."
    )
    note_run.italic = True

    facts = doc.add_table(rows=0, cols=4)
    facts.style = "Table Grid"
    _facts_row(facts, ["Req. ID", "27-MWI-0093", "Norad ref.", "26/04417-5"])
    _facts_row(
        facts,
        [
            "Grade",
            "P-2",
            "Contract",
            "Fixed-term appointment, 12 months (extendable for a second year)",
        ],
    )
    _facts_row(
        facts,
        [
            "Duty station",
            "Lilongwe, Malawi",
            "Unit",
            "Adolescents and Youth cluster,\nProgramme Unit",
        ],
    )
    _facts_row(
        facts,
        [
            "Funded by",
            "Norad (Norwegian Agency for Development Cooperation)",
            "Supervisor",
            "Programme Specialist, Adolescents and Youth (P-3)",
        ],
    )
    _facts_row(
        facts,
        ["Posted", "11 January 2027", "Closes", "7 February 2027, 23:59 Oslo time"],
    )

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "Malawi has one of the youngest populations in the world: more than half of its "
        "people are under 18. UNFPA's 10th Country Programme (2024-2028) puts adolescent "
        "girls at the centre of its work on sexual and reproductive health, ending child "
        "marriage and keeping girls in school. The Adolescents and Youth cluster, led by "
        "the Deputy Representative (P-5), works with the Ministry of Health, the Ministry "
        "of Youth and Sports and district councils in Lilongwe, Mchinji and Dedza. The JPO "
        "will join the cluster and report to the Programme Specialist (P-3)."
    )

    doc.add_heading("Duties and responsibilities", level=1)
    duties = [
        "Support the design, implementation and monitoring of the cluster's annual work "
        "plans with government and NGO partners.",
        "Track programme results against the country programme's indicators and prepare "
        "quarterly progress reports.",
        "Coordinate the adolescent-friendly health services initiative in the three "
        "target districts, in particular:",
        "Draft donor reports, briefing notes and talking points for senior management.",
        "Support the organisation of the national youth forum and of district-level "
        "dialogues with young people.",
        "Contribute to the cluster's knowledge products and to south-south exchanges "
        "with other UNFPA offices in the region.",
        "Perform other related duties as required.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Number")
        if i == 2:
            doc.add_paragraph(
                "follow up on the training of health workers and peer educators;",
                style="List Bullet 2",
            )
            doc.add_paragraph(
                "collect and analyse service-delivery data from the district health offices.",
                style="List Bullet 2",
            )

    doc.add_heading("Learning elements", level=1)
    doc.add_paragraph("By the end of the assignment the JPO will be able to:")
    for text in [
        "manage a programme portfolio using UNFPA's results-based management tools;",
        "work with government counterparts on policy dialogue in the health and youth sectors;",
        "apply UNFPA's approach to adolescent sexual and reproductive health and rights "
        "in a development setting;",
        "plan and monitor a budget under UNFPA's financial rules.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Qualifications and experience", level=1)
    quals = doc.add_table(rows=0, cols=2)
    quals.style = "Table Grid"
    row = quals.add_row()
    row.cells[0].text = "Education"
    edu = row.cells[1]
    edu.paragraphs[0].text = "Advanced university degree (Master's or equivalent) in one of the following:"
    for field in ["Public health", "Demography or population studies", "Social sciences"]:
        edu.add_paragraph(field, style="List Bullet")
    row = quals.add_row()
    row.cells[0].text = "Experience"
    row.cells[1].text = (
        "At least two (2) years of paid professional experience in sexual and "
        "reproductive health, youth programming or development cooperation. Experience "
        "in sub-Saharan Africa is an asset."
    )
    row = quals.add_row()
    row.cells[0].text = "Languages"
    row.cells[
        1
    ].text = "Fluency in written and spoken English is required. Knowledge of Chichewa is an asset."
    for r in quals.rows:
        for run in r.cells[0].paragraphs[0].runs:
            run.bold = True

    doc.add_heading("Required competencies", level=1)
    for text in [
        "Achieving results",
        "Being accountable",
        "Developing and applying professional expertise/business acumen",
        "Thinking analytically and strategically",
        "Working in teams/managing ourselves and our relationships",
        "Communicating for impact",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Norad JPO programme - who can apply", level=1)
    for text in [
        "Norwegian citizens.",
        "Applicants must be no older than 32 years of age on the closing date of this vacancy.",
        "A Master's degree is required at the time of application.",
        "Persons who have already served as a JPO, under Norad's or another donor's "
        "programme, are not eligible.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "Norad holds one JPO round a year. In the 2027 round a candidate may apply for a "
        "maximum of three positions. Malawian nationals are not eligible for this post."
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph("Apply through Norad's recruitment portal and attach:")
    for text in [
        "your CV in English (two pages at most);",
        "a motivation letter addressed to UNFPA Malawi;",
        "copies of your university diplomas and transcripts;",
        "the names and contact details of two professional referees.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "Applications close on Sunday 7 February 2027 at 23:59 Oslo time. The appointment "
        "is for 12 months in the first instance; applications received after the deadline "
        "will not be considered. UNFPA does not charge any fee at any stage of the "
        "recruitment process."
    )

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_normalise_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF


class FaoPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(110, 4, "Organisation des Nations Unies pour l'alimentation et l'agriculture")
        self.cell(0, 4, "Programme JPO de la France - MEAE", align="R")
        self.ln(4)
        self.cell(110, 4, "Représentation de la FAO en Union des Comores")
        self.cell(0, 4, "Appel 2027", align="R")
        self.ln(5)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Avis n° 2701845", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 48


def _room(pdf: FPDF, height: float) -> None:
    """Start a new page when the next block would not fit on this one."""
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _row(pdf: FPDF, label: str, value: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    lines = pdf.multi_cell(pdf.epw - LABEL_W, 5.5, value, dry_run=True, output="LINES")
    _room(pdf, 5.5 * len(lines))
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(LABEL_W, 5.5, label)
    pdf.set_xy(pdf.l_margin + LABEL_W, y)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, value)
    pdf.ln(1)


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2)
    _room(pdf, 20)
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.cell(0, 7, text)
    pdf.ln(8)


def _para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text)
    pdf.ln(1.5)


def _bullet(pdf: FPDF, text: str, mark: str = "•") -> None:
    pdf.set_font("Helvetica", "", 10)
    lines = pdf.multi_cell(pdf.epw - 10, 5.2, text, dry_run=True, output="LINES")
    _room(pdf, 5.2 * len(lines))
    y = pdf.get_y()
    pdf.set_x(pdf.l_margin + 4)
    pdf.cell(6, 5.2, mark)
    pdf.set_xy(pdf.l_margin + 10, y)
    pdf.multi_cell(0, 5.2, text)
    pdf.ln(0.8)


def build_pdf(path: Path) -> None:
    pdf = FaoPdf(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("FAO")
    pdf.set_title("Avis de vacance 2701845 - JPO France - Moroni")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "APPEL À CANDIDATURES 2027 - JEUNES EXPERTS ASSOCIÉS (JEA/JPO)", align="C")
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Fonctionnaire adjoint aux pêches et à l'aquaculture (économie bleue et résilience côtière)",
        align="C",
    )
    pdf.ln(4)

    _row(pdf, "N° de l'avis :", "2701845")
    _row(pdf, "Réf. MEAE :", "JEA-2027-FR-022")
    _row(pdf, "Classe :", "P-2")
    _row(
        pdf,
        "Unité :",
        "Représentation de la FAO en Union des Comores - Programme pêche, aquaculture et économie bleue",
    )
    _row(pdf, "Ville :", "Moroni")
    _row(pdf, "Pays :", "Union des Comores")
    _row(
        pdf,
        "Durée :",
        "Un an, renouvelable une fois sous réserve d'une performance satisfaisante",
    )
    _row(pdf, "Donateur :", "France (ministère de l'Europe et des Affaires étrangères)")
    _row(pdf, "Date de publication :", "18 janvier 2027")
    _row(pdf, "Date de clôture :", "19 février 2027, 12h00 (heure de Paris)")

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "La pêche artisanale fait vivre près d'un ménage comorien sur cinq et fournit "
        "l'essentiel des protéines animales consommées dans l'archipel. La Représentation "
        "de la FAO, dirigée par le Représentant (P-5), appuie le ministère chargé de la "
        "pêche dans la gestion durable des ressources halieutiques, la lutte contre la "
        "pêche illicite et la mise en place de dispositifs de concentration de poissons. "
        "Le/la JPO travaillera sous la supervision du fonctionnaire chargé des pêches (P-3) "
        "et en lien avec le Bureau sous-régional de la FAO pour l'Afrique de l'Est.",
    )

    _heading(pdf, "Fonctions")
    for text in [
        "Appuyer la formulation et le suivi des projets de pêche et d'aquaculture de la "
        "Représentation, y compris le cadre de résultats et les plans de travail.",
        "Contribuer à la collecte et à l'analyse des statistiques de pêche avec la "
        "direction générale des ressources halieutiques.",
        "Participer à l'organisation d'ateliers avec les coopératives de pêcheurs des "
        "trois îles (Grande Comore, Anjouan, Mohéli).",
        "Rédiger des rapports d'avancement, des notes de synthèse et des propositions de financement.",
        "Suivre les partenariats avec la Commission de l'océan Indien et les bailleurs de "
        "fonds actifs dans l'économie bleue.",
        "Appuyer la communication de la Représentation sur les résultats obtenus.",
    ]:
        _bullet(pdf, text)

    _heading(pdf, "Ce que vous apprendrez")
    for text in [
        "Le cycle de programmation de la FAO et la gestion axée sur les résultats.",
        "Les approches de cogestion des pêches et d'aquaculture durable dans les petits États insulaires.",
        "Le dialogue avec les autorités nationales et les partenaires techniques et financiers.",
        "La préparation de documents de projet et de rapports pour les bailleurs.",
    ]:
        _bullet(pdf, text)

    _heading(pdf, "Profil requis")
    _row(
        pdf,
        "Formation :",
        "Master (bac+5) en halieutique, sciences de la mer, agronomie, économie du "
        "développement ou dans un domaine connexe.",
    )
    _row(
        pdf,
        "Expérience :",
        "2 à 4 ans d'expérience professionnelle pertinente dans la gestion de projets "
        "de développement rural, de pêche ou d'environnement.",
    )
    _row(
        pdf,
        "Langues :",
        "Maîtrise du français et de l'anglais exigée ; la connaissance de l'arabe est un atout.",
    )

    _heading(pdf, "Compétences")
    for text in [
        "Orientation vers les résultats",
        "Travail d'équipe",
        "Communication",
        "Établissement de relations efficaces",
        "Partage des connaissances et amélioration continue",
    ]:
        _bullet(pdf, text)

    _heading(pdf, "Conditions générales du programme JPO français")
    _para(pdf, "Pour être éligible, chaque candidat(e) doit :")
    for text in [
        "être de nationalité française ;",
        "ne pas avoir atteint l'âge de 33 ans à la date de clôture du présent avis ;",
        "être titulaire d'un master (bac+5) et justifier d'au moins deux ans "
        "d'expérience professionnelle, ou d'une licence (bac+3) et d'au moins quatre "
        "ans d'expérience professionnelle ;",
        "n'avoir jamais occupé de poste de JPO/JEA, quel que soit le pays donateur.",
    ]:
        _bullet(pdf, text, mark="-")
    _para(
        pdf,
        "Le programme publie un appel par an. Dans le cadre de l'appel 2027, chaque "
        "candidat(e) peut postuler à deux postes au plus. Les contrats sont d'une durée "
        "initiale de 12 mois.",
    )

    _heading(pdf, "Pièces à fournir")
    for i, text in enumerate(
        [
            "un curriculum vitae de deux pages au maximum ;",
            "une lettre de motivation en français ;",
            "une copie du diplôme de master ;",
            "le formulaire de candidature du MEAE dûment rempli.",
        ],
        start=1,
    ):
        _bullet(pdf, text, mark=f"{i})")

    _heading(pdf, "Modalités de candidature")
    _para(
        pdf,
        "Les dossiers sont à déposer sur la plateforme du MEAE au plus tard le vendredi "
        "19 février 2027 à 12h00 (heure de Paris). Aucun dossier ne sera accepté par "
        "courrier électronique. Seul(e)s les candidat(e)s retenu(e)s pour un entretien "
        "seront contacté(e)s.",
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "unfpa_norad_lilongwe.docx")
    build_pdf(HERE / "fao_france_moroni_fr.pdf")


if __name__ == "__main__":
    main()
