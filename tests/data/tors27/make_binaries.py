"""Build the binary documents of design batch tors27 (held-out x until measured), deterministic output.

Run with /work/main/.venv/bin/python make_binaries.py (python-docx and fpdf2 required).
Writes wfp_ireland_maiduguri.docx and oim_suisse_abeche_fr.pdf next to this script.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX


def _facts_table(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
    return table


def _bullets(doc, items, style="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=style)


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "WFP Nigeria HR"
    cp.title = "JPO Programme Policy Officer (Nutrition) Maiduguri"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "make_binaries"
    cp.revision = 1

    p = doc.add_paragraph()
    r = p.add_run("World Food Programme")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Nigeria Country Office  |  SAVING LIVES, CHANGING LIVES")

    doc.add_paragraph(
        "Programme Policy Officer (Nutrition) - Junior Professional Officer",
        style="Title",
    )
    _facts_table(
        doc,
        [
            ("Job Requisition ID", "0917342"),
            ("Irish Aid reference", "IA/JPO/2027/06"),
            ("Grade", "P-2"),
            (
                "Type of contract",
                "Fixed-term, 12 months (extendable to 24 months subject to performance and funding)",
            ),
            ("Duty station", "Maiduguri, Borno State, Nigeria"),
            ("Unit", "Nutrition Unit, Maiduguri Area Office"),
            ("Reports to", "Head of Nutrition (P-4)"),
            (
                "Sponsoring government",
                "Ireland - Irish Aid JPO Programme, Department of Foreign Affairs",
            ),
            ("Date of publication", "18 January 2027"),
            ("Deadline for applications", "22 February 2027, 17:00 Irish time"),
        ],
    )

    doc.add_heading("About WFP", level=1)
    doc.add_paragraph(
        "The World Food Programme is the world's largest humanitarian organization, "
        "saving lives in emergencies and using food assistance to build a pathway to "
        "peace, stability and prosperity. In north-east Nigeria, WFP assists more than "
        "1.5 million people affected by conflict in Borno, Adamawa and Yobe States. "
        "The Maiduguri Area Office manages the nutrition response, including the "
        "prevention and treatment of moderate acute malnutrition through 140 "
        "health facilities and community sites."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph(
        "Under the supervision of the Head of Nutrition, and with guidance from the "
        "Regional Bureau nutrition team, you will:"
    )
    _bullets(
        doc,
        [
            "Support the planning and implementation of WFP's treatment and prevention "
            "of malnutrition programmes with the State Primary Health Care "
            "Development Agency and cooperating partners;",
            "Analyse monitoring data (coverage, admissions, recovery and default "
            "rates) and propose corrective actions;",
            "Contribute to nutrition assessments and SMART surveys, including the "
            "preparation of survey tools and reports;",
            "Support the integration of nutrition-sensitive approaches into general "
            "food assistance, school meals and resilience activities;",
            "Represent WFP in the nutrition sector working group in Borno State and "
            "prepare inputs for sector reports;",
            "Build the capacity of cooperating partners and health workers through "
            "trainings and supportive supervision;",
            "Perform other related duties as required.",
        ],
    )

    doc.add_heading("What will you learn?", level=1)
    _bullets(
        doc,
        [
            "How WFP designs and manages nutrition programmes in a complex humanitarian emergency;",
            "Data-driven programme management and the use of WFP's corporate monitoring systems;",
            "Partnership management with government, NGOs and sister agencies;",
            "Coordination within the humanitarian cluster and sector system.",
        ],
    )

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Advanced university degree (Master's or equivalent) in nutrition, public "
        "health, food security or a related field."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "At least two years of progressively responsible professional experience in "
        "nutrition or public health programmes."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Fluency (level C) in English, oral and written. Intermediate knowledge of "
        "Hausa or Kanuri is desirable."
    )

    doc.add_heading("Competencies", level=1)
    doc.add_paragraph("WFP Leadership Framework:")
    _bullets(
        doc,
        [
            "Purpose: understands and communicates the humanitarian mandate;",
            "People: works well in a diverse team and supports colleagues;",
            "Performance: delivers results on time and learns from mistakes;",
            "Partnership: builds effective relationships with partners.",
        ],
    )

    doc.add_heading("Are you eligible? (Irish Aid JPO Programme)", level=1)
    doc.add_paragraph("To be considered by Irish Aid you must:")
    _bullets(
        doc,
        [
            "hold Irish citizenship;",
            "be 32 years of age or under on the closing date of this vacancy;",
            "not have previously held a JPO or similar position funded by any donor government.",
        ],
    )
    doc.add_paragraph(
        "Nigerian nationals, including dual Irish-Nigerian citizens, cannot be "
        "considered for this post. Irish Aid publishes JPO vacancies once a year; "
        "you may apply for a maximum of two positions in the 2027 call. The 2026 "
        "call, which closed on 6 March 2026, is not reopened."
    )

    doc.add_heading("Required documents", level=1)
    _bullets(
        doc,
        [
            "Curriculum vitae (Irish Aid template, maximum three pages)",
            "Cover letter addressing the requirements of the post",
            "Copies of degree certificates",
            "Copy of your Irish passport",
        ],
        style="List Number",
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Send your application through the Irish Aid JPO portal, quoting reference "
        "IA/JPO/2027/06. The deadline is Monday 22 February 2027 at 17:00 Irish time. "
        "Only shortlisted candidates will be contacted. WFP has zero tolerance for "
        "sexual exploitation and abuse and does not charge fees at any stage."
    )

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- PDF

PDF_REF = "VN-JPO-2027-031"


class NoticePDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            "Organisation internationale pour les migrations (OIM) - Mission au Tchad",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Programme JPO suisse - DFAE / DDC")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _row(pdf, label, value, label_w=52):
    pdf.set_font("Helvetica", "B", 9.5)
    y = pdf.get_y()
    pdf.cell(label_w, 5.5, label)
    pdf.set_xy(pdf.l_margin + label_w, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def _heading(pdf, text):
    pdf.ln(2.5)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _pdf_bullets(pdf, items):
    pdf.set_font("Helvetica", "", 9.5)
    for item in items:
        pdf.cell(6, 5, chr(149))
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")


def build_pdf(path):
    pdf = NoticePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_title("Offre JPO - OIM Abeche")
    pdf.set_author("OIM Tchad")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(
        0,
        6,
        "OFFRE D'EMPLOI - PROGRAMME JPO DE LA CONFÉDÉRATION SUISSE",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Chargé·e de programme associé·e (JPO) - Protection, retour et "
        "solutions durables pour les personnes déplacées",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    for label, value in [
        ("Avis de vacance n°", PDF_REF),
        ("Organisation", "Organisation internationale pour les migrations (OIM)"),
        (
            "Unité",
            "Unité Protection et solutions durables, sous-bureau d'Abéché",
        ),
        ("Lieu d'affectation", "Abéché (province du Ouaddaï), Tchad"),
        ("Classe", "P-2"),
        ("Durée", "12 mois, prolongeable de 12 mois"),
        ("Entrée en fonction", "septembre 2027"),
        (
            "Bailleur",
            "Confédération suisse - Département fédéral des affaires étrangères "
            "(DFAE), Direction du développement et de la coopération (DDC)",
        ),
        ("Supervision", "Chef·fe du sous-bureau d'Abéché (P-4)"),
        ("Date de publication", "1er février 2027"),
        ("Délai de candidature", "3 mars 2027, 23h59 (heure suisse)"),
    ]:
        _row(pdf, label, value)

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "L'est du Tchad accueille plus d'un million de réfugiés soudanais ainsi que "
        "des Tchadiens retournés et des personnes déplacées internes. Depuis Abéché, "
        "l'OIM coordonne la gestion des sites, le suivi des mouvements de population "
        "(Matrice de suivi des déplacements) et des programmes de solutions durables "
        "dans les provinces du Ouaddaï, du Sila et du Wadi Fira.",
    )

    _heading(pdf, "Responsabilités")
    _para(pdf, "Sous la supervision directe du/de la Chef·fe du sous-bureau, le/la JPO :")
    _pdf_bullets(
        pdf,
        [
            "appuie la mise en oeuvre des activités de protection et d'assistance "
            "aux personnes retournées et déplacées ;",
            "contribue à l'analyse des données de la Matrice de suivi des "
            "déplacements et à la production de profils de sites ;",
            "participe à la conception de projets de solutions durables avec les "
            "autorités provinciales et les partenaires ;",
            "assure le suivi des partenaires de mise en oeuvre et prépare les "
            "rapports narratifs pour les bailleurs ;",
            "représente l'OIM aux réunions du groupe de travail protection à Abéché ;",
            "veille à l'intégration de l'égalité des genres et de la redevabilité "
            "envers les populations affectées ;",
            "exécute toute autre tâche confiée par sa hiérarchie.",
        ],
    )

    _heading(pdf, "Objectifs d'apprentissage")
    _pdf_bullets(
        pdf,
        [
            "maîtriser le cycle de projet de l'OIM, de la conception au rapport final ;",
            "acquérir une expérience pratique de la protection dans une crise de déplacement ;",
            "comprendre la coordination humanitaire et le lien entre action humanitaire et développement ;",
            "développer des compétences de négociation avec les autorités locales.",
        ],
    )

    _heading(pdf, "Profil requis")
    _row(
        pdf,
        "Formation",
        "Master en droit, sciences politiques, migrations, relations "
        "internationales ou domaine apparenté. Les étudiant·e·s en dernière année "
        "de master peuvent postuler, à condition d'obtenir leur diplôme avant "
        "l'entrée en fonction.",
    )
    _row(
        pdf,
        "Expérience",
        "Au minimum deux ans d'expérience professionnelle pertinente. Une "
        "expérience de terrain en Afrique centrale est un atout.",
    )
    _row(
        pdf,
        "Langues",
        "Excellente maîtrise du français et bonne connaissance de l'anglais "
        "exigées ; la connaissance de l'arabe (arabe tchadien) est un atout.",
    )

    _heading(pdf, "Compétences")
    _pdf_bullets(
        pdf,
        [
            "Travail en équipe",
            "Obtention de résultats",
            "Gestion et partage des connaissances",
            "Responsabilité",
            "Communication",
        ],
    )

    _heading(pdf, "Conditions du programme JPO suisse")
    _para(
        pdf,
        "Le programme JPO de la Confédération suisse est géré par la DDC. Pour être "
        "éligible, vous devez être de nationalité suisse, avoir 30 ans au plus à la "
        "date de clôture de la présente offre et ne pas avoir déjà occupé un poste "
        "de JPO ou d'expert·e associé·e. Les ressortissant·e·s tchadien·ne·s ne sont "
        "pas éligibles à ce poste. Le programme publie ses postes une fois par an ; "
        "vous pouvez postuler à trois postes au maximum dans le cadre de l'appel 2027.",
    )

    _heading(pdf, "Dossier de candidature")
    _pdf_bullets(
        pdf,
        [
            "curriculum vitae (deux pages au maximum) ;",
            "lettre de motivation en français ou en anglais ;",
            "copies des diplômes ou, pour les étudiant·e·s, attestation d'inscription en master.",
        ],
    )

    _heading(pdf, "Comment postuler ?")
    _para(
        pdf,
        "Les candidatures sont reçues uniquement via le portail de recrutement du "
        "DFAE jusqu'au mercredi 3 mars 2027 à 23h59 (heure suisse). Les entretiens "
        "auront lieu en avril 2027 à Berne ou par visioconférence.",
    )

    pdf.output(str(path))


def main():
    build_docx(HERE / "wfp_ireland_maiduguri.docx")
    build_pdf(HERE / "oim_suisse_abeche_fr.pdf")


if __name__ == "__main__":
    main()
