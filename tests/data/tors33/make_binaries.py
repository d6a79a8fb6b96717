"""Build the two binary ToRs of design batch tors33 (held-out ad until measured), deterministic output.

Run with the project's interpreter:  /work/main/.venv/bin/python make_binaries.py
Writes unep_sweden_panamacity.docx and ocha_france_kagabandoro_fr.pdf next to this file.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 1, 12, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2027, 1, 12, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX


def _fixed_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def _cell_text(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def build_docx(path: Path) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "UNEP ROLAC"
    props.last_modified_by = "UNEP ROLAC"
    props.title = "JPO ToR - Associate Programme Officer (Chemicals, Waste and Pollution)"
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.revision = 3

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = "UN Environment Programme | Regional Office for Latin America and the Caribbean"
    footer = section.footer.paragraphs[0]
    footer.text = "Sida JPO Programme - Call 2027 - Terms of Reference"

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("TERMS OF REFERENCE")
    run.bold = True
    run.font.size = Pt(12)
    p = doc.add_paragraph("Junior Professional Officer (JPO) - Sida JPO Programme 2027")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("Associate Programme Officer (Chemicals, Waste and Pollution)", style="Title")
    p = doc.add_paragraph()
    run = p.add_run(
        "Open to Swedish citizens only. Please read the general conditions of the "
        "Sida JPO Programme at the end of this document before applying."
    )
    run.italic = True

    facts = [
        ("Job Opening ID", "203114", "Sida ref.", "JPO-2027-0412"),
        (
            "Category and level",
            "Professional, P-2",
            "Duration of assignment",
            "1+1 years (second year subject to performance and funding)",
        ),
        ("Duty station", "Panama City", "Country", "Panama"),
        (
            "Unit",
            "Chemicals, Waste and Air Quality Unit, Regional Office for Latin "
            "America and the Caribbean (ROLAC)",
            "Supervisor",
            "Programme Management Officer (P-4)",
        ),
        (
            "Posting period",
            "12 January 2027 - 11 February 2027",
            "Deadline (time)",
            "23:59 Stockholm time",
        ),
    ]
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in facts:
        cells = table.add_row().cells
        for i, text in enumerate(row):
            _cell_text(cells[i], text, bold=(i % 2 == 0))

    doc.add_heading("Organizational setting", level=1)
    doc.add_paragraph(
        "The UN Environment Programme (UNEP) is the leading global environmental "
        "authority. Its Regional Office for Latin America and the Caribbean, located in "
        "the City of Knowledge (Ciudad del Saber) in Panama City, supports 33 countries "
        "in implementing the chemicals and waste conventions (Basel, Rotterdam, "
        "Stockholm and Minamata), in reducing air pollution and in phasing out "
        "highly hazardous pesticides."
    )
    doc.add_paragraph(
        "The Chemicals, Waste and Air Quality Unit is led by a Coordinator (P-5) and "
        "counts six professional staff. The JPO will work on the regional mercury and "
        "plastics portfolio and travel to countries of the region several times a year."
    )

    doc.add_heading("Responsibilities", level=1)
    doc.add_paragraph(
        "Under the overall guidance of the Unit Coordinator and the direct supervision "
        "of the Programme Management Officer, the JPO will:"
    )
    duties = [
        "Support the preparation, monitoring and reporting of regional projects on "
        "mercury, plastics and highly hazardous pesticides funded by the GEF and "
        "bilateral donors.",
        "Provide technical input to national inventories and action plans prepared by "
        "ministries of environment under the Minamata Convention.",
        "Organize regional workshops and webinars, including:",
        "Draft briefing notes, talking points and articles for the Regional Director and the unit.",
        "Maintain the unit's project database and contribute to results-based "
        "reporting in UNEP's corporate systems.",
        "Perform other related duties as required.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Number")
        if i == 2:
            doc.add_paragraph(
                "preparing agendas, background documents and participant lists;",
                style="List Bullet 2",
            )
            doc.add_paragraph(
                "writing the meeting reports and following up on agreed actions.",
                style="List Bullet 2",
            )

    doc.add_heading("Learning elements", level=1)
    doc.add_paragraph("Within the first year of the assignment the JPO will:")
    for text in [
        "understand how the multilateral environmental agreements on chemicals and "
        "waste are implemented at national level;",
        "gain experience in project cycle management for GEF-funded projects;",
        "learn to work with government focal points and regional networks;",
        "strengthen drafting and presentation skills in English and Spanish.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Qualifications", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Advanced university degree (Master's degree or equivalent) in environmental "
        "sciences, chemistry, environmental engineering, environmental law, public "
        "policy or a related field."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "A minimum of two years of progressively responsible professional experience in "
        "environmental management, chemicals and waste or pollution policy is "
        "required. Experience in Latin America and the Caribbean is desirable."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Fluency in English and Spanish is required. Working knowledge of Portuguese or "
        "French is an advantage."
    )

    doc.add_heading("Competencies", level=1)
    comp = doc.add_table(rows=1, cols=2)
    comp.style = "Table Grid"
    _cell_text(comp.rows[0].cells[0], "Competency", bold=True)
    _cell_text(comp.rows[0].cells[1], "What it looks like in this post", bold=True)
    for name, text in [
        (
            "Professionalism",
            "Knowledge of chemicals and waste management; shows pride in work.",
        ),
        (
            "Communication",
            "Writes clearly for government and public audiences in two languages.",
        ),
        (
            "Teamwork",
            "Works across the unit and with the Geneva-based convention secretariats.",
        ),
        (
            "Planning and Organizing",
            "Plans workshops and reporting deadlines; uses time efficiently.",
        ),
        (
            "Client Orientation",
            "Treats ministries and partners as clients; keeps them informed.",
        ),
    ]:
        cells = comp.add_row().cells
        _cell_text(cells[0], name)
        _cell_text(cells[1], text)

    doc.add_heading("General conditions of the Sida JPO Programme", level=1)
    for text in [
        "Swedish citizenship.",
        "Born in 1995 or later.",
        "A Master's degree (or equivalent) and at least two years of relevant work experience.",
        "Persons who hold or have held a JPO, JED or SARC position, with any sponsoring "
        "country, are not eligible.",
        "Sida opens one call per year. You may apply for at most three (3) positions in the 2027 call.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Apply through Sida's recruitment portal (sida.example.se/jpo) no later than "
        "Thursday 11 February 2027, 23:59 Stockholm time. Attach:"
    )
    for text in [
        "your CV in English (maximum two pages);",
        "a cover letter in English;",
        "a copy of your Master's degree certificate;",
        "a completed UN Personal History Form (P11).",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "This post was first advertised in the 2026 call (closing date 14 October 2026) "
        "and was not filled; applicants to that call must apply again. Interviews are "
        "planned for the second half of March 2027."
    )

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF


class OchaPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(
            120,
            5,
            "Nations Unies | Bureau de la coordination des affaires humanitaires (BCAH)",
        )
        self.cell(0, 5, "République centrafricaine", align="R")
        self.ln(5)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(
            140,
            5,
            "Programme des Jeunes experts associés (JEA) - Ministère de l'Europe et des Affaires étrangères",
        )
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def section(self, text):
        self.ln(3)
        self.set_font("Helvetica", "B", 10.5)
        self.set_fill_color(220, 230, 241)
        self.cell(0, 7, text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        self.set_font("Helvetica", "", 10)

    def para(self, text):
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def bullets(self, items, mark="–"):
        for text in items:
            self.set_x(self.l_margin + 3)
            self.cell(5, 5, mark)
            self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(0.7)


def build_pdf(path: Path) -> None:
    pdf = OchaPdf(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance BCAH/RCA/JEA/27-04")
    pdf.set_author("BCAH République centrafricaine")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(
        0,
        5,
        "AVIS DE VACANCE - JEUNE EXPERT ASSOCIÉ (JEA / JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Chargé(e) adjoint(e) des affaires humanitaires – Coordination sur le terrain",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    pdf.set_font("Helvetica", "", 9)
    rows = [
        ("Avis de vacance n°", "BCAH/RCA/JEA/27-04", "Réf. MEAE", "DGM/JEA-2027-019"),
        (
            "Lieu d'affectation",
            "Kaga-Bandoro (préfecture de la Nana-Grébizi), République centrafricaine",
            "Classe",
            "P-2",
        ),
        ("Durée", "1 an, renouvelable une fois", "Pays donateur", "France"),
        (
            "Date de publication",
            "11 janvier 2027",
            "Date limite",
            "15 février 2027, 12h00 (heure de Paris)",
        ),
    ]
    label_style = FontFace(emphasis="BOLD", fill_color=(240, 240, 240))
    with pdf.table(
        col_widths=(32, 58, 28, 52),
        first_row_as_headings=False,
        line_height=5,
        padding=1.5,
    ) as table:
        for r in rows:
            row = table.row()
            for i, text in enumerate(r):
                row.cell(text, style=label_style if i % 2 == 0 else None)
    pdf.ln(2)

    pdf.section("1. Contexte")
    pdf.para(
        "Le Bureau de la coordination des affaires humanitaires (BCAH) en République "
        "centrafricaine dispose d'un bureau pays à Bangui et de sous-bureaux à "
        "Kaga-Bandoro, Bambari, Bossangoa, Bria et Paoua. La préfecture de la "
        "Nana-Grébizi accueille plus de 60 000 personnes déplacées internes, réparties "
        "entre des sites et des familles d'accueil, et l'accès humanitaire y reste "
        "contraint par l'insécurité et l'état des routes en saison des pluies."
    )
    pdf.para(
        "Le/la JEA sera basé(e) à Kaga-Bandoro et travaillera sous la supervision du "
        "Chef du sous-bureau (P-4). Il/elle se rendra régulièrement à Bangui pour les "
        "réunions de coordination. Le poste remplace un poste d'administrateur de "
        "terrain (P-3) supprimé en 2025."
    )

    pdf.section("2. Fonctions")
    pdf.bullets(
        [
            "Appuyer la coordination des acteurs humanitaires dans la préfecture : "
            "préparation et animation des réunions de l'équipe humanitaire locale, suivi "
            "des décisions et des points d'action.",
            "Collecter, analyser et diffuser l'information sur les besoins humanitaires, "
            "les mouvements de population et les lacunes de la réponse ; contribuer aux "
            "rapports de situation hebdomadaires et au tableau de bord mensuel.",
            "Participer aux missions d'évaluation rapide multisectorielle et en rédiger "
            "les rapports, en veillant à la prise en compte de l'âge, du genre et de la "
            "diversité.",
            "Appuyer les négociations d'accès humanitaire avec les autorités locales, les "
            "forces de défense et de sécurité et les autres acteurs présents, en lien "
            "avec l'unité accès du bureau de Bangui.",
            "Contribuer à la préparation du plan de réponse humanitaire et au suivi des "
            "projets financés par le Fonds humanitaire pour la République centrafricaine, "
            "y compris les visites de suivi sur le terrain et la vérification des "
            "indicateurs rapportés par les partenaires.",
            "Exécuter toute autre tâche demandée par le Chef du sous-bureau.",
        ]
    )

    pdf.section("3. Ce que vous apprendrez")
    pdf.bullets(
        [
            "Les outils et les mécanismes de coordination humanitaire du système des "
            "Nations Unies (approche par clusters, cycle de programmation humanitaire).",
            "Les techniques de négociation d'accès humanitaire dans un contexte de conflit.",
            "La gestion de l'information humanitaire (collecte, analyse, cartographie).",
            "Le travail en équipe dans une structure de terrain isolée, y compris la "
            "gestion de la sécurité du personnel et les relations avec les communautés "
            "hôtes.",
        ]
    )

    pdf.section("4. Profil recherché")
    pdf.para(
        "Formation : diplôme universitaire de niveau master (bac+5) en relations "
        "internationales, sciences politiques, droit, développement ou dans un domaine "
        "apparenté."
    )
    pdf.para(
        "Expérience professionnelle (min.) : 2 ans ; une expérience en contexte "
        "humanitaire ou de crise est souhaitée."
    )
    pdf.para(
        "Langues : maîtrise du français et de l'anglais indispensable ; la connaissance "
        "du sango serait un atout."
    )

    pdf.section("5. Compétences")
    pdf.bullets(
        [
            "Professionnalisme",
            "Aptitude à la communication",
            "Esprit d'équipe",
            "Aptitude à planifier et à organiser",
            "Souci du client",
        ]
    )

    pdf.section("6. Conditions d'éligibilité (programme JEA de la France)")
    pdf.bullets(
        [
            "être de nationalité française ;",
            "avoir au plus 30 ans à la date limite de candidature ;",
            "être titulaire d'un master (bac+5) et justifier d'au moins deux ans "
            "d'expérience professionnelle, ou d'un doctorat et d'au moins un an "
            "d'expérience professionnelle ;",
            "justifier d'un niveau d'anglais attesté par un TOEIC (850 points minimum) ou "
            "un IELTS (6,5 minimum), datant de moins de deux ans à la date limite ;",
            "ne pas avoir déjà exercé les fonctions de JEA/JPO ;",
            "le programme organise une campagne de recrutement par an ; chaque "
            "candidat(e) peut présenter au maximum trois candidatures par campagne.",
        ]
    )
    pdf.para("Les ressortissant(e)s centrafricain(e)s ne sont pas éligibles à ce poste.")

    pdf.section("7. Comment postuler ?")
    pdf.para(
        "Le dossier, à déposer sur la plateforme des organisations internationales du "
        "ministère (jea.diplomatie.example.fr), comprend un CV en français, une lettre "
        "de motivation rédigée en anglais et l'attestation de résultats du test "
        "d'anglais. Les dossiers incomplets ne seront pas examinés."
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.para("Date limite : lundi 15 février 2027 à 12h00 (heure de Paris).")
    pdf.set_font("Helvetica", "", 10)
    pdf.para(
        "Les entretiens auront lieu en mars 2027 avec le BCAH ; la prise de fonctions "
        "est prévue à partir de juin 2027."
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "unep_sweden_panamacity.docx")
    build_pdf(HERE / "ocha_france_kagabandoro_fr.pdf")


if __name__ == "__main__":
    main()
