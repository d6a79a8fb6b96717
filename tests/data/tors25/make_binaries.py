"""Build the binary documents of design batch tors25 (held-out v until measured), deterministic output.

Run with /work/main/.venv/bin/python make_binaries.py (python-docx and fpdf2 required).
Writes unhcr_norad_gaziantep.docx and pam_suisse_niamey_fr.pdf next to this script.
"""

import datetime as dt
import io
import os
import zipfile

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2027, 1, 18, 8, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 18, 8, 30, 0)


# --------------------------------------------------------------------------- DOCX


def _facts(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value
    return table


def _bullets(doc, items, style="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=style)


def build_docx(path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "UNHCR Division of Human Resources"
    cp.last_modified_by = "UNHCR Division of Human Resources"
    cp.title = "JPO Terms of Reference - Gaziantep"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    p = doc.add_paragraph()
    r = p.add_run("UNHCR \u2013 The UN Refugee Agency")
    r.bold = True
    r.font.size = Pt(10)
    p = doc.add_paragraph()
    r = p.add_run("Norwegian JPO Programme (Norad) \u2013 2027 call \u2013 Terms of Reference")
    r.font.size = Pt(9)

    doc.add_paragraph(
        "Associate Protection Officer (Community-Based Protection)",
        style="Title",
    )
    p = doc.add_paragraph()
    r = p.add_run(
        "Open to Norwegian citizens only. Gaziantep is a family duty station; the JPO will "
        "travel regularly to Hatay, Kilis and \u015eanl\u0131urfa."
    )
    r.italic = True

    doc.add_heading("1. General information", level=1)
    _facts(
        doc,
        [
            ("Position title", "Associate Protection Officer (Community-Based Protection)"),
            ("UNHCR position number", "10234718"),
            ("Norad file no.", "27/00419-3"),
            ("Category and grade", "Professional, P-2 (JPO)"),
            ("Duty station", "Gaziantep, T\u00fcrkiye"),
            ("Office / Unit", "Sub-Office Gaziantep \u2013 Protection Unit"),
            ("Supervisor", "Senior Protection Officer (P-4)"),
            ("Duration", "12 months, with a possible extension for a second year"),
            ("Sponsor", "Government of Norway, through Norad"),
            ("Date of publication", "18 January 2027"),
            ("Closing date", "15 February 2027, 23:59 Norwegian time"),
        ],
    )

    doc.add_heading("2. Operational context", level=1)
    doc.add_paragraph(
        "T\u00fcrkiye hosts one of the largest refugee populations in the world, most of them "
        "Syrians under temporary protection. Sub-Office Gaziantep covers the south-eastern "
        "provinces, where refugees live mainly in urban areas alongside host communities "
        "still recovering from the February 2023 earthquakes. The Protection Unit works with "
        "the Presidency of Migration Management, municipalities, bar associations and "
        "refugee-led organisations on community-based protection, gender-based violence "
        "prevention and access to services."
    )

    doc.add_heading("3. What will you be doing?", level=1)
    _bullets(
        doc,
        [
            "Support participatory assessments with refugee women, men, girls and boys and "
            "make sure their results feed into the office's planning.",
            "Help strengthen community outreach volunteer networks and refugee-led "
            "organisations, including small grants and their monitoring.",
            "Monitor protection risks in the areas of responsibility and contribute to "
            "protection monitoring reports and referral pathways.",
            "Coordinate with partners on gender-based violence prevention and response and "
            "on child protection case management.",
            "Contribute to accountability to affected people: feedback and complaint "
            "mechanisms, information campaigns and the helpline.",
            "Draft regular reports, briefing notes and contributions to the country operation's plans.",
            "Represent UNHCR in the provincial protection working group when delegated by the supervisor.",
        ],
    )

    doc.add_heading("4. What will you learn?", level=1)
    _bullets(
        doc,
        [
            "Community-based protection approaches and participatory methods.",
            "UNHCR's protection, programme and partnership management tools.",
            "Inter-agency coordination in a large refugee operation.",
            "Working with national authorities on a temporary protection regime.",
        ],
    )

    doc.add_heading("5. Your background should include\u2026", level=1)
    doc.add_heading("Education and experience", level=2)
    doc.add_paragraph(
        "A Graduate degree (equivalent of a Master's) in Law, Political Science, "
        "International Relations, Social Sciences or a related field, with 2 years of "
        "relevant work experience; or an Undergraduate degree (equivalent of a Bachelor's) "
        "in one of these fields with 3 years of relevant work experience."
    )
    doc.add_heading("Languages", level=2)
    _facts(
        doc,
        [
            ("Essential", "English"),
            ("Desirable", "Turkish, Arabic"),
        ],
    )
    doc.add_heading("Competencies", level=2)
    doc.add_paragraph("Core competencies:")
    _bullets(
        doc,
        [
            "Accountability",
            "Communication",
            "Organizational awareness",
            "Teamwork and collaboration",
            "Commitment to continuous learning",
            "Client and result orientation",
        ],
    )
    doc.add_paragraph("Managerial competencies: not applicable to this position.")

    doc.add_heading("6. Are you eligible? \u2013 Norwegian JPO Programme", level=1)
    _bullets(
        doc,
        [
            "You are a Norwegian citizen.",
            "You are not older than 32 years at the application deadline (born on or after "
            "16 February 1994).",
            "You have not previously served as a JPO, and you have not held a UN contract "
            "of more than 12 months.",
            "You may apply for a maximum of two positions in the 2027 call.",
        ],
    )

    doc.add_heading("7. How to apply", level=1)
    doc.add_paragraph("Your application must include:")
    _bullets(
        doc,
        [
            "A CV in English.",
            "A cover letter in English explaining your motivation for this position.",
            "A copy of your university diploma(s) and transcripts.",
            "The names and contact details of two referees.",
        ],
        style="List Number",
    )
    doc.add_paragraph(
        "Apply through Norad's recruitment portal by 15 February 2027 at 23:59 Norwegian "
        "time. Only shortlisted candidates will be contacted. Interviews are expected in "
        "March 2027, and the JPO contract of 12 months is expected to start in August 2027."
    )

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


class SwissPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(110, 5, "Programme alimentaire mondial (PAM)", align="L")
        self.cell(0, 5, "Programme JPO de la Suisse - appel 2027", align="R")
        self.ln(5)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _row(pdf, label, value, label_w=48):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(label_w, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + label_w, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)


def _heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _plist(pdf, items, mark="-"):
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(5, 5.2, mark)
        pdf.multi_cell(0, 5.2, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)


def build_pdf(path):
    pdf = SwissPDF(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Appel JPO 2027 - PAM Niamey")
    pdf.set_author("DFAE - Programme JPO")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 5, "Département fédéral des affaires étrangères DFAE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Direction du développement et de la coopération DDC", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "APPEL À CANDIDATURES JPO 2027", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        0,
        6.5,
        "Administrateur·trice de programme junior (JPO) - Nutrition et résilience des ménages vulnérables",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        6,
        "Classe : P-2  |  Durée : 2 ans  |  Clôture : 26 février 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    _row(pdf, "Organisation", "Programme alimentaire mondial (PAM / WFP)")
    _row(pdf, "Réf. PAM", "WFP/NER/JPO/2027/01")
    _row(pdf, "N° de dossier DDC", "7F-11452.01")
    _row(pdf, "Lieu d'affectation", "Niamey, Niger (missions fréquentes à Tahoua, Maradi et Zinder)")
    _row(
        pdf,
        "Unité",
        "Unité Nutrition et Résilience, Bureau de pays du PAM au Niger, Programme et politiques",
    )
    _row(pdf, "Supervision", "Chef de l'unité Nutrition (P-4)")
    _row(pdf, "Classe", "P-2")
    _row(pdf, "Durée", "2 ans")
    _row(pdf, "Date de publication", "1er février 2027")
    _row(pdf, "Date limite", "vendredi 26 février 2027, 17h00 CET")

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "Au Niger, près d'un enfant sur deux de moins de cinq ans souffre de malnutrition "
        "chronique. Le PAM met en oeuvre, avec le gouvernement et les partenaires, un "
        "programme intégré de résilience qui associe la prévention de la malnutrition, les "
        "cantines scolaires et la récupération des terres dégradées. La Suisse soutient ce "
        "programme dans les régions de Tahoua et de Maradi.",
    )

    _heading(pdf, "Vos tâches")
    _plist(
        pdf,
        [
            "Appuyer la planification et le suivi des activités de prévention de la "
            "malnutrition aiguë et chronique dans les communes de convergence.",
            "Contribuer à l'analyse des données nutritionnelles (enquêtes SMART, suivi "
            "post-distribution) et à la rédaction de notes techniques.",
            "Assurer la coordination avec le ministère de la Santé publique, l'UNICEF et les "
            "ONG partenaires au sein du cluster Nutrition.",
            "Participer à l'élaboration des accords de partenariat et au suivi de leur exécution financière.",
            "Préparer les rapports aux bailleurs, notamment à la DDC, et les notes "
            "d'information pour la direction du bureau.",
            "Contribuer à l'intégration de l'égalité des genres et de la protection dans les "
            "activités de nutrition.",
        ],
    )

    _heading(pdf, "Ce que vous apprendrez")
    _plist(
        pdf,
        [
            "La gestion d'un programme de nutrition à grande échelle dans un contexte "
            "humanitaire et de développement.",
            "Les outils du PAM en matière de planification, de suivi et de gestion des partenariats.",
            "La coordination interinstitutions au sein du système des clusters.",
            "La conduite d'un dialogue technique avec les autorités nationales et régionales.",
        ],
    )

    _heading(pdf, "Votre profil")
    _row(
        pdf,
        "Formation",
        "Master en nutrition, santé publique, agronomie, économie du développement ou domaine apparenté.",
    )
    _row(
        pdf,
        "Expérience",
        "Minimum 2 ans, maximum 5 ans d'expérience professionnelle pertinente dans la "
        "nutrition, la sécurité alimentaire ou le développement rural.",
    )
    _row(
        pdf,
        "Langues",
        "Français et anglais courants (niveau C1 exigé). La connaissance du haoussa est un atout.",
    )
    _row(
        pdf,
        "Compétences",
        "- Orientation vers les résultats\n- Travail d'équipe et collaboration\n"
        "- Communication et sens de l'écoute\n- Capacité d'analyse et de jugement",
    )

    _heading(pdf, "Conditions générales du programme JPO suisse")
    _plist(
        pdf,
        [
            "Nationalité suisse.",
            "Être né·e le 1er janvier 1995 ou après.",
            "Master et au moins deux ans d'expérience professionnelle.",
            "Les personnes ayant déjà été JPO (quel que soit le pays financeur) ne peuvent plus postuler.",
            "Chaque candidat·e peut déposer au maximum trois candidatures dans le cadre de "
            "l'appel 2027, qui est l'appel annuel unique du programme.",
        ],
    )

    _heading(pdf, "Dossier de candidature")
    _plist(
        pdf,
        [
            "Curriculum vitae en français ou en anglais.",
            "Lettre de motivation adressée au PAM (une page).",
            "Copies des diplômes universitaires.",
        ],
    )
    _para(
        pdf,
        "Les candidatures sont à déposer exclusivement en ligne sur le portail du DFAE "
        "jusqu'au vendredi 26 février 2027, 17h00 CET. Les entretiens avec le PAM auront "
        "lieu en avril 2027 ; l'entrée en fonction est prévue pour septembre 2027.",
    )

    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "unhcr_norad_gaziantep.docx"))
    build_pdf(os.path.join(HERE, "pam_suisse_niamey_fr.pdf"))
    print("ok")
