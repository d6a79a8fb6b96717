"""Build the binary documents of design batch tors21 (held-out r until measured), deterministically.

Run with /work/main/.venv/bin/python make_binaries.py (python-docx and fpdf2 required).
Writes unfccc_bfio_bonn.docx and monusco_france_bukavu_fr.pdf next to this script.
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
FIXED = dt.datetime(2027, 2, 19, 8, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 2, 19, 8, 30, 0)


# --------------------------------------------------------------------------- DOCX


def _bold_cell(cell, text):
    cell.text = text
    cell.paragraphs[0].runs[0].bold = True


def _facts_table(doc, rows):
    """Four columns: label, value, label, value."""
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for l1, v1, l2, v2 in rows:
        cells = table.add_row().cells
        _bold_cell(cells[0], l1)
        cells[1].text = v1
        _bold_cell(cells[2], l2)
        cells[3].text = v2
    return table


def build_docx(path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "UNFCCC Human Resources Unit"
    cp.last_modified_by = "UNFCCC Human Resources Unit"
    cp.title = "JPO vacancy announcement 27-UNFCCC-ADA-JPO-0213"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    p = doc.add_paragraph()
    r = p.add_run("United Nations Climate Change")
    r.bold = True
    r.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run("Secretariat \u00b7 Platz der Vereinten Nationen 1 \u00b7 53113 Bonn")
    r.font.size = Pt(8)
    p = doc.add_paragraph()
    r = p.add_run("VACANCY ANNOUNCEMENT \u2013 JUNIOR PROFESSIONAL OFFICER PROGRAMME OF GERMANY")
    r.font.size = Pt(9)
    r.bold = True

    doc.add_paragraph(
        "Associate Programme Officer (JPO), Adaptation Finance and National Adaptation Plans",
        style="Title",
    )
    p = doc.add_paragraph()
    r = p.add_run(
        "This position is funded by the Government of the Federal Republic of Germany. "
        "It is open to German nationals only; applications are handled by BFIO, the Bureau for "
        "International Organization Personnel of the Federal Employment Agency."
    )
    r.italic = True

    doc.add_heading("Key facts", level=1)
    _facts_table(
        doc,
        [
            ("Job Opening ID", "27-UNFCCC-ADA-JPO-0213", "BFIO file no.", "BFIO-JPO-2027-041"),
            (
                "Division",
                "Adaptation Division (ADA) \u2013 National Adaptation Plans and Finance sub-division",
                "Grade",
                "P-2",
            ),
            ("Duty station", "Bonn", "Country", "Germany"),
            (
                "Duration",
                "2 years (a third year is possible under the BFIO cost-sharing arrangement)",
                "Sponsoring donor",
                "Germany (BMZ, through BFIO)",
            ),
            (
                "Posting date",
                "19 February 2027",
                "Closing date",
                "Friday, 19 March 2027, 23:59 CET (UTC+1)",
            ),
        ],
    )

    doc.add_heading("Organizational setting", level=1)
    doc.add_paragraph(
        "The UNFCCC secretariat supports the intergovernmental climate change process under the "
        "Convention, the Kyoto Protocol and the Paris Agreement. The Adaptation Division "
        "supports Parties in the process to formulate and implement National Adaptation Plans "
        "(NAPs), services the Least Developed Countries Expert Group (LEG) and the Adaptation "
        "Committee, and follows the work on the global goal on adaptation."
    )
    doc.add_paragraph(
        "The Associate Programme Officer will work under the direct supervision of a Programme "
        "Officer (P-4) and the overall guidance of the Team Lead, National Adaptation Plans (P-5)."
    )

    doc.add_heading("Responsibilities", level=1)
    doc.add_paragraph("Within delegated authority, the JPO will be responsible for the following duties:")
    for item in [
        "Track and analyse the access of developing countries to adaptation finance for the "
        "formulation and implementation of NAPs, in particular from the Green Climate Fund and "
        "the Adaptation Fund.",
        "Contribute to technical papers, synthesis reports and information notes for the LEG "
        "and the Adaptation Committee.",
        "Support the organization of NAP Expo events, regional training workshops and "
        "technical expert meetings, including logistics, content and reporting.",
        "Maintain and update the NAP Central platform and its finance database.",
        "Assist in servicing sessions of the subsidiary bodies and of the Conference of the "
        "Parties, including the drafting of conclusions and meeting reports.",
        "Liaise with United Nations organizations, multilateral development banks and "
        "bilateral partners active in adaptation planning.",
        "Perform other related duties as assigned.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Learning elements", level=1)
    doc.add_paragraph("By the end of the assignment, the JPO will have:")
    for item in [
        "a thorough understanding of the UNFCCC process and of the negotiations on adaptation "
        "and climate finance;",
        "practical experience in supporting intergovernmental meetings and expert bodies;",
        "analytical skills in tracking climate finance flows and assessing NAP implementation;",
        "a professional network among Parties, UN agencies and climate funds.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Competencies", level=1)
    for item in [
        "Professionalism: knowledge of adaptation planning and climate finance; ability to "
        "analyse information from a variety of sources.",
        "Teamwork: works collaboratively with colleagues to achieve organizational goals.",
        "Planning and organizing: develops clear goals consistent with agreed strategies.",
        "Communication: speaks and writes clearly and effectively.",
        "Technological awareness: keeps abreast of available technology and data tools.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Qualifications", level=1)
    req = doc.add_table(rows=1, cols=3)
    req.style = "Table Grid"
    for cell, text in zip(req.rows[0].cells, ("Requirement", "Essential", "Desirable")):
        _bold_cell(cell, text)
    for label, essential, desirable in [
        (
            "Education",
            "An advanced university degree (Master\u2019s degree or equivalent) in environmental "
            "economics, climate policy, development finance, geography or a related field. A "
            "first-level university degree in combination with two additional years of "
            "qualifying experience may be accepted in lieu of the advanced university degree.",
            "Specialization in climate change adaptation or disaster risk reduction.",
        ),
        (
            "Work experience (min.)",
            "2\u20134 yrs of progressively responsible experience in climate finance, "
            "environmental policy or development cooperation.",
            "Experience with multilateral climate funds (GCF, Adaptation Fund, GEF).",
        ),
        (
            "Languages",
            "Fluency in English, oral and written.",
            "Working knowledge of French or Spanish.",
        ),
    ]:
        cells = req.add_row().cells
        _bold_cell(cells[0], label)
        cells[1].text = essential
        cells[2].text = desirable

    doc.add_heading("Are you eligible? \u2013 General conditions of the German JPO Programme", level=1)
    for item in [
        "You hold German citizenship.",
        "You were born on or after 1 January 1995.",
        "You have completed a Master\u2019s degree (or equivalent) and gained at least two years "
        "of relevant professional experience by the closing date.",
        "You have not previously held a JPO or Associate Expert position, whichever government funded it.",
        "BFIO runs one JPO selection round a year; in the 2027 round you may apply for up to "
        "three JPO positions.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_heading("Application documents", level=2)
    doc.add_paragraph("Upload the following documents, in English, in the BFIO online application form:")
    for item in [
        "Curriculum vitae (no photograph required)",
        "Cover letter of at most two pages explaining your motivation for this position",
        "Copies of your university degrees and transcripts",
        "Employment references covering your professional experience",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Incomplete applications or applications received after the closing date will not be "
        "considered. Only shortlisted candidates will be contacted, normally within eight weeks "
        "of the closing date."
    )
    p = doc.add_paragraph()
    r = p.add_run(
        "This announcement replaces the earlier posting of the position, which closed on "
        "30 November 2026 without a selection. Candidates who applied then are invited to "
        "apply again. The UNFCCC secretariat does not charge a fee at any stage of the "
        "recruitment process."
    )
    r.font.size = Pt(8)

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


class MonuscoPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "MONUSCO - Section des affaires civiles", align="L")
        self.cell(0, 5, "Programme JEA de la France - Campagne 2027", align="R")
        self.ln(4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Nations Unies - Document public", align="L")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _row(pdf, label, value, label_w=48):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(label_w, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + label_w, y)
    pdf.multi_cell(0, 5.5, value)
    pdf.ln(1)


def _heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text)
    pdf.ln(2)


def _bullets(pdf, items):
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(4, 5, "-")
        pdf.multi_cell(0, 5, item)
        pdf.ln(1)


def build_pdf(path):
    pdf = MonuscoPDF(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JEA - MONUSCO Bukavu")
    pdf.set_author("MONUSCO - Section des ressources humaines")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "NATIONS UNIES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(
        0,
        4.5,
        "Mission de l'Organisation des Nations Unies pour la stabilisation en "
        "République démocratique du Congo (MONUSCO)",
        align="C",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "AVIS DE VACANCE - JEUNE EXPERT ASSOCIÉ (JEA)", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.set_x(45)
    pdf.multi_cell(
        120,
        6.5,
        "Chargé(e) adjoint(e) des affaires civiles - Protection des civils et alerte précoce",
        align="C",
    )
    pdf.ln(8)

    for label, value in [
        ("Numéro de l'avis", "MONUSCO/JEA/2027/05"),
        ("Référence MEAE", "JEA-2027-CD-017"),
        ("Mission / Section", "MONUSCO - Section des affaires civiles, Bureau de terrain du Sud-Kivu"),
        ("Lieu d'affectation", "Bukavu (Sud-Kivu), République démocratique du Congo"),
        ("Classe", "P-2"),
        ("Durée", "1 an, renouvelable une fois (sous réserve des résultats et du financement)"),
        ("Pays donateur", "France - ministère de l'Europe et des Affaires étrangères (MEAE)"),
        ("Date de publication", "1er février 2027"),
        ("Date limite", "mercredi 3 mars 2027, 12h00 (heure de Paris)"),
        ("Conditions de vie", "Lieu d'affectation famille non autorisée"),
    ]:
        _row(pdf, label, value)

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "Dans le cadre du retrait progressif de la MONUSCO du Sud-Kivu, la Section des affaires "
        "civiles accompagne le transfert des activités de protection des civils aux autorités "
        "provinciales, à l'équipe de pays des Nations Unies et à la société civile. Les réseaux "
        "communautaires d'alerte précoce mis en place par la Mission dans les territoires de "
        "Fizi, Uvira et Kalehe doivent être consolidés et repris par les acteurs nationaux.",
    )
    _para(
        pdf,
        "La Section des affaires civiles du Bureau de terrain de Bukavu compte une vingtaine de "
        "membres du personnel, dont des assistants de liaison communautaire déployés dans les "
        "bases de la Force. Elle travaille en étroite coordination avec la Section des droits "
        "de l'homme, la Section de la protection de l'enfance, le HCR, l'UNICEF et les ONG "
        "membres du groupe sectoriel Protection, ainsi qu'avec les autorités provinciales.",
    )
    _para(
        pdf,
        "Sous la supervision directe de l'Officier des affaires civiles (P-4), chef d'équipe au "
        "Bureau de terrain de Bukavu, le/la JEA appuiera l'équipe chargée de la protection des "
        "civils et de la transition.",
    )

    _heading(pdf, "Fonctions et responsabilités")
    _bullets(
        pdf,
        [
            "Suivre et analyser les dynamiques de conflit et les menaces pesant sur les civils "
            "dans les territoires du Sud-Kivu, et contribuer aux rapports hebdomadaires et aux "
            "notes d'analyse de la Section.",
            "Appuyer le fonctionnement des réseaux d'alerte communautaire et des comités locaux "
            "de protection, y compris la formation des points focaux et le suivi des alertes.",
            "Contribuer à la préparation et au suivi des missions conjointes de protection et "
            "des évaluations de la situation sécuritaire avec les composantes militaire et "
            "policière de la Mission.",
            "Faciliter le dialogue entre autorités locales, leaders communautaires et "
            "organisations de la société civile, notamment les organisations de femmes et de "
            "jeunes, dans le cadre des initiatives de cohésion sociale.",
            "Appuyer la planification de la transition : cartographie des partenaires, "
            "documentation des bonnes pratiques et élaboration des plans de passation aux "
            "autorités provinciales et à l'équipe de pays.",
            "Accomplir toute autre tâche confiée par le supérieur hiérarchique.",
        ],
    )

    _heading(pdf, "Éléments de formation")
    _bullets(
        pdf,
        [
            "Connaissance approfondie du fonctionnement d'une opération de maintien de la paix "
            "multidimensionnelle et de son mandat de protection des civils.",
            "Maîtrise des méthodes d'analyse de conflit et des outils d'alerte précoce.",
            "Expérience de la planification d'une transition et du travail avec l'équipe de "
            "pays des Nations Unies.",
            "Participation aux formations de la Mission (sécurité, droits humains, prévention "
            "de l'exploitation et des atteintes sexuelles) et au séminaire annuel des JEA.",
        ],
    )

    _heading(pdf, "Compétences")
    _bullets(
        pdf,
        [
            "Professionnalisme",
            "Travail d'équipe",
            "Communication",
            "Sensibilité aux différences culturelles et aux questions de genre",
        ],
    )

    _heading(pdf, "Qualifications")
    _row(
        pdf,
        "Formation",
        "Master (bac+5) en sciences politiques, relations internationales, droit ou "
        "domaine connexe. Les étudiants en dernière année de master peuvent postuler "
        "s'ils obtiennent leur diplôme avant le 30 juin 2027.",
    )
    _row(
        pdf,
        "Expérience",
        "Au minimum deux ans et au maximum cinq ans d'expérience professionnelle dans les "
        "domaines de la gestion des conflits, de la protection ou du développement local.",
    )
    _row(
        pdf,
        "Langues",
        "Le français et l'anglais sont les langues de travail du Secrétariat. Pour ce poste, la "
        "maîtrise du français (niveau C1) et une bonne connaissance de l'anglais (niveau B2) "
        "sont exigées. La connaissance du swahili ou du lingala est un atout.",
    )

    _heading(pdf, "Conditions du programme JEA de la France")
    _para(pdf, "Pour être éligible, le/la candidat(e) doit :")
    _bullets(
        pdf,
        [
            "être de nationalité française ;",
            "ne pas avoir atteint l'âge de 33 ans à la date limite de dépôt des candidatures ;",
            "être titulaire d'un master et justifier d'au moins deux ans d'expérience "
            "professionnelle, ou d'une licence et d'au moins quatre ans d'expérience "
            "professionnelle ;",
            "ne présenter qu'une seule candidature au titre de la campagne 2027 (le programme "
            "organise une campagne par an).",
        ],
    )

    _heading(pdf, "Dossier de candidature")
    _para(
        pdf,
        "Candidatures sur la plateforme JEA du MEAE (jea.diplomatie.example.fr), avec :",
    )
    _bullets(
        pdf,
        [
            "un curriculum vitae en français ;",
            "une lettre de motivation en français (une page) ;",
            "une copie du diplôme le plus élevé ou une attestation d'inscription en dernière "
            "année de master.",
        ],
    )
    _para(
        pdf,
        "Seuls les candidats présélectionnés seront contactés (entretiens en avril 2027).",
    )

    pdf.output(path)


def main():
    build_docx(os.path.join(HERE, "unfccc_bfio_bonn.docx"))
    build_pdf(os.path.join(HERE, "monusco_france_bukavu_fr.pdf"))


if __name__ == "__main__":
    main()
