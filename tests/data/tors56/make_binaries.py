"""Build the binary documents of this held-out set (deterministic output).

Run with:  /work/main/.venv/bin/python make_binaries.py
Writes, next to this script:
  eca_addis_nuffic.pdf      (fpdf2, English)
  pam_niamey_entete.docx    (python-docx, French; reference and deadline only in header/footer)
"""

import datetime as _dt
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = _dt.datetime(2026, 8, 20, 9, 0, 0, tzinfo=_dt.timezone.utc)


# --------------------------------------------------------------------------- PDF
class EcaPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "United Nations Economic Commission for Africa", align="L")
        self.cell(0, 5, "Dutch JPO Programme 2026", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "JO 2026-ECA-JPO-031", align="L")
        self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)


def pdf_heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def pdf_para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def pdf_bullets(pdf, items, mark="-"):
    pdf.set_font("Helvetica", "", 10)
    for it in items:
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(5, 5, mark)
        pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def pdf_row(pdf, label, value):
    # borderless two-column row: label cell, value wrapped in the right column
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(48, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def build_pdf(path):
    pdf = EcaPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("JPO vacancy 2026-ECA-JPO-031")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Associate Economic Affairs Officer (JPO) - Digital Trade and the "
        "African Continental Free Trade Area",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    pdf_row(pdf, "Job Opening ID", "2026-ECA-JPO-031")
    pdf_row(pdf, "Nuffic reference", "NL-JPO-26-117")
    pdf_row(pdf, "Organization", "United Nations Economic Commission for Africa (ECA)")
    pdf_row(
        pdf,
        "Division / Section",
        "Regional Integration and Trade Division, African Trade Policy Centre (ATPC)",
    )
    pdf_row(pdf, "Place of assignment", "Addis Ababa, Ethiopia")
    pdf_row(pdf, "Grade", "P-2")
    pdf_row(pdf, "Duration", "24 months")
    pdf_row(pdf, "Work experience", "2-5 years")
    pdf_row(pdf, "Sponsor", "Dutch JPO Programme at Nuffic (Ministry of Foreign Affairs of the Netherlands)")
    pdf_row(pdf, "Closing date", "6 October 2026, 23:59 CEST")
    pdf.ln(2)

    pdf_heading(pdf, "About the Division")
    pdf_para(
        pdf,
        "The Regional Integration and Trade Division supports ECA member States in "
        "deepening regional integration. Its African Trade Policy Centre (ATPC) provides "
        "technical support to the African Union Commission and the AfCFTA Secretariat on "
        "the negotiation and implementation of the Agreement Establishing the African "
        "Continental Free Trade Area, including its Protocol on Digital Trade.",
    )
    pdf_para(
        pdf,
        "The JPO will work under the supervision of an Economic Affairs Officer (P-4) "
        "and the overall guidance of the Chief of the ATPC (P-5).",
    )

    pdf_heading(pdf, "What will you be doing?")
    pdf_bullets(
        pdf,
        [
            "Conduct research and quantitative analysis on digital trade, e-commerce and data flows "
            "in Africa, including the use of computable general equilibrium results;",
            "Support member States in preparing national AfCFTA implementation strategies with a "
            "digital trade component;",
            "Contribute to ECA flagship publications, in particular the Assessing Regional "
            "Integration in Africa (ARIA) report;",
            "Draft policy briefs, issue papers and background notes for expert group meetings;",
            "Help organize capacity-building workshops for trade negotiators and regulators;",
            "Maintain the ATPC database of digital trade regulations in African countries;",
            "Perform other duties as required.",
        ],
    )

    pdf_heading(pdf, "What will you learn?")
    pdf_bullets(
        pdf,
        [
            "Applied trade policy analysis in an intergovernmental setting;",
            "How the UN Secretariat supports regional negotiations and member States;",
            "Drafting for policy makers and presenting to high-level audiences;",
            "Project and event management within the ECA work programme.",
        ],
    )

    pdf_heading(pdf, "Your background should include")
    pdf_row(
        pdf,
        "Education",
        "Master's degree in economics, international trade, development studies or a related field.",
    )
    pdf_row(
        pdf,
        "Experience",
        "Two to five years of relevant professional experience in trade "
        "policy, economic research or digital economy issues. Experience in Africa is an "
        "asset.",
    )
    pdf_row(
        pdf,
        "Languages",
        "English and French are the working languages of the United "
        "Nations Secretariat. For this position, fluency in English is required. Knowledge "
        "of French is desirable; knowledge of Amharic is an asset.",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5.5, "Competencies", new_x="LMARGIN", new_y="NEXT")
    pdf_bullets(
        pdf,
        [
            "Professionalism",
            "Communication",
            "Teamwork",
            "Planning and Organizing",
            "Client Orientation",
        ],
    )

    pdf_heading(pdf, "Are you eligible? (Dutch JPO Programme)")
    pdf_bullets(
        pdf,
        [
            "You have the Dutch nationality, or the nationality of one of the following countries: "
            "Bangladesh, Benin, Burkina Faso, Burundi, Ethiopia, Ghana, Kenya, Mali, Mozambique, "
            "Rwanda, South Sudan, Uganda or Yemen. Ethiopian nationals are not eligible for this "
            "position, as it is located in their home country.",
            "You are not yet 33 years old on 31 December 2026.",
            "You hold a Master's degree (or equivalent) at the time of application.",
            "You have at least two and at most five years of relevant paid work experience.",
            "You have not previously worked as a JPO or in a comparable junior programme of any donor.",
        ],
    )

    pdf_heading(pdf, "How to apply")
    pdf_para(pdf, "Apply through the Nuffic JPO portal before the closing date above. Upload:")
    pdf_bullets(
        pdf,
        [
            "your CV in the Nuffic format;",
            "a motivation letter in English, specific to this position;",
            "copies of your diplomas.",
        ],
    )
    pdf_para(
        pdf,
        "This position was also advertised in the spring 2026 round (closing date "
        "12 April 2026) but was not filled. Candidates who applied then must submit a new "
        "application. Only shortlisted candidates will be contacted; interviews are "
        "planned for November 2026.",
    )
    pdf.output(path)


# --------------------------------------------------------------------------- DOCX
def add_label_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].text = label
        for r in cells[0].paragraphs[0].runs:
            r.bold = True
        cells[1].text = value
    return t


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "PAM Niger"
    cp.last_modified_by = "PAM Niger"
    cp.title = "Avis de vacance JPO"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Programme alimentaire mondial (PAM) \u2013 Bureau de pays du Niger"
    hp2 = sec.header.add_paragraph("Réf. : PAM/NER/JPO/2026/04")
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Date limite de candidature : 2 novembre 2026 à 17h00 (heure de Bruxelles)"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.add_paragraph(
        "Programme JPO de la Coopération belge au développement (DGD)"
    ).alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("AVIS DE VACANCE DE POSTE \u2013 PROGRAMME DES ADMINISTRATEURS AUXILIAIRES")
    doc.add_heading("Administrateur auxiliaire (JPO) \u2013 Nutrition et résilience", level=0)

    add_label_table(
        doc,
        [
            ("Intitulé du poste", "Administrateur auxiliaire (JPO) \u2013 Nutrition et résilience"),
            ("Organisation", "Programme alimentaire mondial des Nations Unies (PAM / WFP)"),
            ("Unité", "Unité Nutrition, Bureau de pays du Niger"),
            ("Lieu d'affectation", "Niamey, Niger"),
            ("Classe", "P-2"),
            ("Durée", "Un an, renouvelable une fois pour une deuxième année"),
            ("Pays donateur", "Belgique"),
            ("Supérieur hiérarchique", "Chef de l'Unité Nutrition (P-4)"),
        ],
    )

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "Le Niger fait face à des niveaux élevés de malnutrition aiguë et chronique, aggravés par "
        "les chocs climatiques et l'insécurité dans les régions de Tillabéri et de Diffa. Le PAM y "
        "met en œuvre un programme intégré de résilience qui associe la prévention de la "
        "malnutrition, les cantines scolaires et la restauration des terres dégradées."
    )

    doc.add_heading("Fonctions et responsabilités", level=1)
    for t in [
        "Appuyer la planification et le suivi des activités de prévention de la malnutrition "
        "dans les communes d'intervention du programme de résilience ;",
        "Analyser les données nutritionnelles (enquêtes SMART, suivi post-distribution) et "
        "rédiger des notes de synthèse ;",
        "Contribuer à l'intégration de la nutrition dans les activités de cantines scolaires et "
        "de protection sociale adaptative ;",
        "Participer à la coordination avec le ministère de la Santé publique, l'UNICEF et les "
        "ONG partenaires au sein du cluster Nutrition ;",
        "Préparer les rapports destinés aux bailleurs, notamment à la Coopération belge ;",
        "Appuyer les missions de terrain et le renforcement des capacités des partenaires coopérants ;",
        "Exécuter toute autre tâche confiée par le superviseur.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Éléments de formation", level=1)
    doc.add_paragraph("À l'issue de l'affectation, l'administrateur auxiliaire aura :")
    for t in [
        "acquis une connaissance pratique de la programmation nutritionnelle du PAM en contexte "
        "de crise prolongée ;",
        "appris à concevoir et à suivre des indicateurs de résultats sensibles au genre ;",
        "développé ses compétences en coordination interinstitutions ;",
        "suivi les formations obligatoires du PAM et un atelier régional à Dakar.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Qualifications requises", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Master en nutrition, santé publique, agronomie, économie du développement ou domaine "
        "apparenté. Les étudiant(e)s inscrit(e)s en dernière année de master peuvent postuler, à "
        "condition d'obtenir leur diplôme avant la prise de fonctions."
    )
    doc.add_heading("Expérience professionnelle", level=2)
    doc.add_paragraph(
        "Au moins deux ans d'expérience professionnelle pertinente dans le domaine de la "
        "nutrition ou de la sécurité alimentaire, de préférence en Afrique de l'Ouest ou au "
        "Sahel."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Excellente maîtrise du français, à l'écrit comme à l'oral. Bonne connaissance de "
        "l'anglais exigée. La connaissance du haoussa serait un atout."
    )
    doc.add_heading("Compétences", level=2)
    for t in [
        "Orientation vers les résultats",
        "Travail d'équipe",
        "Communication",
        "Sens de l'éthique et intégrité",
        "Capacité d'adaptation",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Conditions du Programme JPO belge", level=1)
    for t in [
        "Être de nationalité belge.",
        "Ne pas avoir atteint l'âge de 31 ans au 31 décembre 2026.",
        "Ne jamais avoir bénéficié d'un contrat d'administrateur auxiliaire (JPO), quel que "
        "soit le pays donateur.",
        "Être disposé(e) à résider à Niamey pendant toute la durée de l'affectation.",
    ]:
        doc.add_paragraph(t, style="List Bullet 2")

    doc.add_heading("Dossier de candidature", level=1)
    for t in [
        "Curriculum vitae en français (trois pages au maximum)",
        "Lettre de motivation",
        "Copie du diplôme de master ou attestation d'inscription en dernière année",
        "Copie de la carte d'identité belge",
    ]:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("Comment postuler ?", level=1)
    doc.add_paragraph(
        "Le dossier complet est à envoyer par courriel à jpo.belgique@example.org avant la date "
        "limite indiquée en bas de page, en mentionnant dans l'objet la référence figurant en "
        "haut de page. Les dossiers incomplets ou reçus hors délai ne seront pas examinés. Seuls "
        "les candidat(e)s présélectionné(e)s seront contacté(e)s pour un entretien."
    )

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 8, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    build_pdf(os.path.join(HERE, "eca_addis_nuffic.pdf"))
    build_docx(os.path.join(HERE, "pam_niamey_entete.docx"))
    print("ok")
