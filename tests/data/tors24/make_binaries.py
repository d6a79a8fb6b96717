"""Build the binary documents of design batch tors24 (held-out u until measured) deterministically.

Run with /work/main/.venv/bin/python make_binaries.py. Produces:
- who_nuffic_accra.docx (python-docx)
- fao_france_lome_fr.pdf (fpdf2, core fonts)
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 12, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 12, 1, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX
def build_docx(path: Path) -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "WHO AFRO HR"
    cp.last_modified_by = "WHO AFRO HR"
    cp.title = "Vacancy notice AFRO/27/JPO-014"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "World Health Organization - Regional Office for Africa\tWHO Country Office for Ghana"
    fp = section.footer.paragraphs[0]
    fp.text = "AFRO/27/JPO-014 - Dutch JPO Programme 2027"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    r = p.add_run("WORLD HEALTH ORGANIZATION")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Regional Office for Africa")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Vacancy Notice - Junior Professional Officer (Dutch JPO Programme)", level=1)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    rows = [
        (
            "Title",
            ["Technical Officer (Epidemiology and Disease Surveillance) -", "Junior Professional Officer"],
        ),
        ("Vacancy notice no.", ["AFRO/27/JPO-014"]),
        ("Nuffic vacancy no.", ["NL-27-WHO-03"]),
        ("Grade", ["P-2"]),
        ("Contract duration", ["One year, with a possible extension of one year"]),
        ("Duty station", ["Accra, Ghana"]),
        (
            "Organizational unit",
            [
                "Universal Health Coverage / Communicable and Non-Communicable",
                "Diseases cluster (UCN), WHO Country Office for Ghana",
            ],
        ),
        ("Date of issue", ["11 January 2027"]),
        ("Closing date", ["7 February 2027"]),
    ]
    for label, lines in rows:
        cells = table.add_row().cells
        lr = cells[0].paragraphs[0].add_run(label)
        lr.bold = True
        para = cells[1].paragraphs[0]
        for i, line in enumerate(lines):
            run = para.add_run(line)
            if i < len(lines) - 1:
                run.add_break(WD_BREAK.LINE)

    doc.add_heading("Purpose of the position", level=2)
    doc.add_paragraph(
        "The WHO Country Office for Ghana supports the Ghana Health Service in strengthening integrated disease "
        "surveillance and response (IDSR), preparedness for epidemic-prone diseases such as cholera, meningitis, "
        "Lassa fever and mpox, and the implementation of the International Health Regulations (2005). The JPO "
        "will join the surveillance team under the supervision of the Team Lead, Emergency Preparedness and "
        "Response (P-4), and will work closely with the National Professional Officer for Surveillance (NO-B)."
    )

    doc.add_heading("Description of duties", level=2)
    duties = [
        "Support the analysis of weekly IDSR data and the production of the national epidemiological bulletin;",
        "Contribute to the design and conduct of rapid risk assessments for outbreaks and public health events;",
        "Assist regional health directorates in strengthening event-based and community-based surveillance;",
        "Support the deployment of rapid response teams and document outbreak investigations;",
        "Contribute to training of district surveillance officers, including in the use of DHIS2 tracker tools;",
        "Prepare technical reports, briefing notes and presentations for WHO and the Ministry of Health;",
        "Perform any other related duties as required.",
    ]
    for d in duties:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("What will you learn?", level=2)
    learning = [
        "How WHO supports a Member State in implementing the International Health Regulations;",
        "Practical outbreak investigation and response skills in a country office setting;",
        "Working with national authorities, partners and the UN country team;",
        "WHO's programme management, reporting and grant management procedures.",
    ]
    for item in learning:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Required qualifications", level=2)
    doc.add_heading("Education", level=3)
    doc.add_paragraph(
        "Essential: A university degree at Master's level in epidemiology, public health, biostatistics or a "
        "related field."
    )
    doc.add_paragraph("Desirable: Training in field epidemiology (FETP) or outbreak investigation.")
    doc.add_heading("Experience", level=3)
    doc.add_paragraph(
        "Essential: At least two years of relevant professional experience in disease surveillance, data "
        "analysis or outbreak response."
    )
    doc.add_paragraph("Desirable: Experience in a low- or middle-income country, preferably in West Africa.")
    doc.add_heading("Languages", level=3)
    doc.add_paragraph("Expert knowledge of English. Intermediate knowledge of French would be an asset.")

    doc.add_heading("WHO competencies", level=2)
    for c in [
        "Teamwork",
        "Respecting and promoting individual and cultural differences",
        "Communication",
        "Producing results",
        "Moving forward in a changing environment",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("Are you eligible for the Dutch JPO Programme?", level=2)
    doc.add_paragraph(
        "This position is financed by the Government of the Netherlands and is open only to candidates who meet "
        "the criteria of the Dutch JPO Programme, implemented by Nuffic. You are eligible if you have Dutch "
        "nationality, hold at least a Master's degree and are 32 years of age or younger on the closing date of "
        "this vacancy. You have no more than five years of relevant work experience. If you have worked before "
        "as a JPO, Associate Expert or in a similar programme financed by any donor, you cannot apply. You may "
        "apply to a maximum of three JPO vacancies in the 2027 recruitment round; the Dutch JPO Programme holds "
        "one recruitment round a year."
    )

    doc.add_heading("How to apply", level=2)
    doc.add_paragraph("Upload the following documents, in English, in the Nuffic JPO application portal:")
    for d in [
        "Curriculum vitae (maximum two pages);",
        "Motivation letter addressing the requirements of this vacancy;",
        "Copy of your Master's degree certificate.",
    ]:
        doc.add_paragraph(d, style="List Number")
    doc.add_paragraph(
        "Applications must be submitted by Sunday 7 February 2027, 23:59 Dutch time. Interviews are planned in "
        "March 2027; the selected candidate is expected to start in the second half of 2027."
    )

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- PDF
class NoticePDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, "FAO - Représentation au Togo", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "Avis de vacance FAO-JPO/TGO/2026/01", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"Page {self.page_no()} / {{nb}}", align="C")


def build_pdf(path: Path) -> None:
    pdf = NoticePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("FAO Togo")
    pdf.set_title("Avis de vacance JPO - Lome")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(
        0,
        6,
        "ORGANISATION DES NATIONS UNIES POUR L'ALIMENTATION ET L'AGRICULTURE",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Programme des Jeunes Experts Associés (JEA/JPO) financé par la France",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "AVIS DE VACANCE DE POSTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def rows(items):
        for label, value in items:
            pdf.set_font("Helvetica", "B", 9.5)
            y = pdf.get_y()
            pdf.cell(50, 5, label, new_x="RIGHT", new_y="TOP")
            pdf.set_font("Helvetica", "", 9.5)
            pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
            if pdf.get_y() < y + 5:
                pdf.set_y(y + 5)
            pdf.ln(0.8)

    rows(
        [
            (
                "Intitulé du poste",
                "Chargé(e) de programme adjoint(e) - Systèmes alimentaires et résilience des "
                "ménages ruraux (JPO)",
            ),
            ("Avis de vacance n°", "FAO-JPO/TGO/2026/01"),
            ("Réf. MEAE", "JPO-FR-2026-22"),
            ("Unité", "Représentation de la FAO au Togo - Unité Programme"),
            ("Lieu d'affectation", "Lomé, Togo"),
            ("Classe", "P-2"),
            ("Durée", "Un an, renouvelable une fois"),
            ("Date de publication", "7 septembre 2026"),
            ("Date limite", "30 septembre 2026"),
        ]
    )

    def heading(text):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)

    def para(text):
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullets(items, marker="-"):
        for i, it in enumerate(items, 1):
            m = marker if marker != "1." else f"{i}."
            pdf.cell(8, 5, "", new_x="RIGHT", new_y="TOP")
            pdf.cell(6, 5, m, new_x="RIGHT", new_y="TOP")
            pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)

    heading("1. Contexte")
    para(
        "La Représentation de la FAO au Togo appuie le Ministère de l'Agriculture, de l'Hydraulique villageoise "
        "et du Développement rural dans la mise en oeuvre du Programme national d'investissement agricole et de "
        "sécurité alimentaire et nutritionnelle. Le portefeuille comprend des projets de résilience dans la région "
        "des Savanes, financés notamment par l'Union européenne et le Fonds vert pour le climat. Le/la JPO sera "
        "placé(e) sous la supervision de l'Assistant du Représentant chargé du programme (NOC) et, pour les "
        "questions techniques, du Coordonnateur des urgences et de la résilience (P-4)."
    )

    heading("2. Tâches et responsabilités")
    bullets(
        [
            "Appuyer la formulation et le suivi des projets de résilience et de systèmes alimentaires ;",
            "Contribuer à l'analyse des données de sécurité alimentaire (Cadre harmonisé) et à la rédaction "
            "des notes d'analyse ;",
            "Participer à la préparation des rapports aux partenaires financiers ;",
            "Appuyer la coordination avec les services techniques de l'Etat, les ONG et les organisations de "
            "producteurs ;",
            "Organiser des missions de suivi dans les régions des Savanes et de la Kara ;",
            "Exécuter toute autre tâche connexe demandée par la hiérarchie.",
        ]
    )

    heading("3. Éléments de formation")
    bullets(
        [
            "Connaissance du cycle de projet de la FAO et de ses outils de gestion (FPMIS, GRMS) ;",
            "Compétences en analyse de la sécurité alimentaire et en programmation de la résilience ;",
            "Expérience du travail avec les autorités nationales et les partenaires techniques et financiers.",
        ]
    )

    heading("4. Qualifications requises")
    rows(
        [
            (
                "Formation",
                "Master en agronomie, économie agricole, développement rural, sciences sociales ou "
                "domaine apparenté.",
            ),
            (
                "Expérience",
                "Un minimum de deux ans d'expérience professionnelle pertinente ; une expérience au "
                "sein d'une organisation internationale est souhaitable.",
            ),
            (
                "Langues",
                "Excellente maîtrise du français et de l'anglais. La connaissance de l'éwé est un atout.",
            ),
        ]
    )
    heading("5. Compétences")
    bullets(
        [
            "Orientation vers les résultats",
            "Travail d'équipe",
            "Communication",
            "Établissement de relations efficaces",
            "Partage des connaissances et amélioration continue",
        ]
    )

    heading("6. Conditions générales du programme français")
    bullets(
        [
            "Être de nationalité française. Les personnes possédant également la nationalité togolaise ne "
            "peuvent pas être retenues pour ce poste.",
            "Être né(e) après le 31 décembre 1994.",
            "Être titulaire d'un diplôme de niveau master (bac + 5).",
            "Le programme français organise un appel à candidatures par an ; chaque candidat(e) peut postuler "
            "à trois postes au maximum dans le cadre de l'appel 2026.",
        ]
    )

    heading("7. Dossier de candidature")
    bullets(
        [
            "Curriculum vitae en français et en anglais ;",
            "Lettre de motivation en français ;",
            "Copie du diplôme de master ;",
            "Copie de la carte nationale d'identité ou du passeport.",
        ],
        marker="1.",
    )
    para(
        "Les dossiers doivent être déposés sur la plateforme du Ministère de l'Europe et des Affaires "
        "étrangères au plus tard le 30 septembre 2026 à minuit (heure de Paris). Les candidat(e)s "
        "présélectionné(e)s seront convoqué(e)s à un entretien à Paris en novembre 2026."
    )

    pdf.output(str(path))


if __name__ == "__main__":
    build_docx(HERE / "who_nuffic_accra.docx")
    build_pdf(HERE / "fao_france_lome_fr.pdf")
