"""Build the binary documents of this folder (deterministic output).

Run with /work/main/.venv/bin/python make_binaries.py (python-docx and fpdf2 required).
Writes wfp_bfio_dhaka.docx and oim_luxembourg_praia_fr.pdf next to this script.
"""

import datetime as dt
import io
import os
import zipfile

import docx
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2027, 1, 18, 8, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 18, 8, 0, 0)


# --------------------------------------------------------------------------- DOCX


def _normalise_zip(raw):
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def build_docx(path):
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "WFP Bangladesh HR"
    cp.last_modified_by = "WFP Bangladesh HR"
    cp.title = "JPO Vacancy WFP/JPO/BGD/2027/003"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    for text, bold in (
        ("World Food Programme", True),
        ("Bangladesh Country Office \u00b7 Dhaka", False),
    ):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(9)

    doc.add_paragraph(
        "Junior Professional Officer \u2013 Anticipatory Action and Climate Risk Financing",
        style="Title",
    )
    doc.add_paragraph(
        "German Junior Professional Officer Programme \u2013 position financed by the "
        "Federal Republic of Germany and administered by the Bureau for International "
        "Organisations Personnel (BFIO)"
    )

    facts = [
        ("Vacancy number", "WFP/JPO/BGD/2027/003"),
        ("BFIO file no.", "2027-JPO-0418"),
        (
            "Place of assignment",
            "Dhaka, Bangladesh (regular field missions to Cox's Bazar and Kurigram)",
        ),
        ("Unit", "Programme \u2013 Climate and Resilience Unit"),
        ("Grade", "P-1/P-2 (depending on relevant work experience)"),
        (
            "Duration",
            "Two years in total: initial appointment of one year, extendable subject to performance",
        ),
        ("Reports to", "Head of Climate and Resilience Unit (P-4)"),
        ("Posted", "18 January 2027"),
        ("Closing date", "22 February 2027, 23:59 CET"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    doc.add_heading("About WFP in Bangladesh", level=1)
    doc.add_paragraph(
        "Bangladesh is among the countries most exposed to floods and cyclones. WFP "
        "pioneered forecast-based cash transfers in the Jamuna basin in 2020 and now "
        "supports the Government in scaling anticipatory action and disaster risk "
        "financing through national social protection systems. The Climate and "
        "Resilience Unit manages a portfolio of early-warning, anticipatory cash and "
        "micro-insurance projects in the northern char areas and the coastal belt."
    )

    doc.add_heading("Key accountabilities", level=1)
    doc.add_paragraph("Under the direct supervision of the Head of Unit, the JPO will:")
    for item in (
        "Support the design and annual review of anticipatory action protocols "
        "(triggers, lead times, pre-agreed actions) with the Department of Disaster "
        "Management and the Flood Forecasting and Warning Centre.",
        "Coordinate the preparedness of cash transfer lists and payment service providers "
        "ahead of the monsoon season.",
        "Analyse post-activation monitoring data and prepare learning reports.",
        "Contribute to the development of a sovereign and meso-level risk financing "
        "strategy with the Ministry of Finance and insurance partners.",
        "Draft proposals, donor reports and briefing notes for the Country Director.",
        "Represent WFP in the Anticipatory Action Technical Working Group.",
    ):
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Learning elements", level=1)
    doc.add_paragraph("By the end of the assignment, the JPO will have:")
    for item in (
        "Gained practical experience of forecast-based financing and climate risk insurance.",
        "Learnt to manage a multi-donor portfolio in a large WFP country office.",
        "Built working relationships with government counterparts and the Red Crescent Movement.",
        "Completed the WFP JPO induction and the Cash-Based Transfers learning path.",
    ):
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Standard minimum qualifications", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Advanced university degree (Master's) in economics, climate science, "
        "disaster risk management, development studies or a related field. A first "
        "university degree with two additional years of relevant work experience may be "
        "accepted in lieu of the advanced university degree."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "At least two years of postgraduate professional experience in humanitarian or "
        "development programmes, disaster risk reduction or risk financing."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph("Fluency (level C) in English. Intermediate knowledge (level B) of Bangla is an asset.")
    doc.add_heading("WFP leadership competencies", level=2)
    for item in (
        "Leads by example with integrity",
        "Drives results and delivers on commitments",
        "Fosters inclusive and collaborative teamwork",
        "Applies strategic thinking",
        "Builds and maintains sustainable partnerships",
    ):
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("General conditions of the German JPO Programme", level=1)
    for item in (
        "German nationality.",
        "Not older than 32 years at the application deadline.",
        "A Master's degree and at least two years of relevant professional experience.",
        "Very good command of English; command of a second UN language is an advantage.",
        "BFIO runs one selection round per year; in the current round you may apply for "
        "a maximum of three positions.",
    ):
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Applications are accepted only through the BFIO online portal "
        "(bfio.example.de/jpo) until the closing date given above. Please upload:"
    )
    for item in (
        "CV in English",
        "Cover letter in English (one page)",
        "University degree certificates and transcripts",
        "Employment references covering the work experience claimed",
    ):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Shortlisted candidates will be invited to an online interview with WFP and BFIO "
        "in April 2027. WFP has zero tolerance for sexual exploitation and abuse."
    )

    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as fh:
        fh.write(_normalise_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF


class NoticePDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(
            0,
            4,
            "Grand-Duché de Luxembourg - Ministère des Affaires étrangères et européennes",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.cell(
            0,
            4,
            "Direction de la Coopération au développement - Programme JPO 2027",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")


def _row(pdf, label, value):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(48, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + 48, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def _heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _para(pdf, text):
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _bullets(pdf, items, mark="-"):
    for item in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, f"{mark} {item}", new_x="LMARGIN", new_y="NEXT")


def build_pdf(path):
    pdf = NoticePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JPO - OIM Praia")
    pdf.set_author("MAEE Luxembourg")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        0,
        6.5,
        "Administrateur(trice) auxiliaire (JPO) - Migration et développement : "
        "données migratoires et mobilisation de la diaspora",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    for label, value in (
        ("Organisation", "OIM - Organisation internationale pour les migrations"),
        ("Bureau", "Mission de l'OIM au Cabo Verde, Unité Migration et développement"),
        ("Lieu d'affectation", "Praia (île de Santiago), Cabo Verde"),
        ("Grade", "P-2"),
        ("Durée", "1 an, renouvelable pour une deuxième année"),
        ("Référence OIM", "CFA/CV/JPO/2027/02"),
        ("Réf. MAEE", "LUX-JPO/27/11"),
        ("Supervision", "Chef de mission (P-5)"),
        ("Date de publication", "25 janvier 2027"),
        ("Date limite", "26 février 2027, 23h59 (heure de Luxembourg)"),
    ):
        _row(pdf, label, value)

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "Le Cabo Verde compte une diaspora plus nombreuse que sa population résidente. "
        "Depuis 2019, l'OIM appuie la Direction générale des communautés et "
        "l'Institut national de la statistique pour mieux mesurer la migration et "
        "mobiliser les compétences et l'épargne de la diaspora au service du "
        "développement des îles. Le ou la JPO rejoindra l'unité Migration et "
        "développement basée à Praia.",
    )

    _heading(pdf, "Responsabilités")
    _bullets(
        pdf,
        [
            "Appuyer la mise en place du profil migratoire national et la "
            "consolidation des données administratives sur la migration.",
            "Contribuer au suivi des projets de mobilisation de la diaspora "
            "(transferts de compétences, investissements, retour temporaire).",
            "Préparer les rapports aux bailleurs et les notes d'information pour la Chef de mission.",
            "Organiser des ateliers de renforcement des capacités avec les institutions nationales.",
            "Participer à la coordination avec les agences des Nations Unies "
            "(Bureau unique de Praia) et les partenaires de coopération.",
            "Appuyer la communication et la visibilité des projets.",
        ],
    )

    _heading(pdf, "Éléments de formation")
    _bullets(
        pdf,
        [
            "Gestion de projets selon le cycle de projet de l'OIM (PRIMA).",
            "Méthodes de collecte et d'analyse des données migratoires.",
            "Travail dans un bureau commun des Nations Unies d'un petit État insulaire en développement.",
        ],
    )

    _heading(pdf, "Qualifications")
    _row(
        pdf,
        "Formation",
        "Master en sciences sociales, démographie, statistique, économie ou "
        "domaine apparenté. Une licence assortie de deux années d'expérience "
        "professionnelle supplémentaires peut être acceptée en lieu et place du master.",
    )
    _row(
        pdf,
        "Expérience",
        "Une expérience professionnelle d'au moins deux ans dans le domaine de la "
        "migration ou du développement est souhaitable.",
    )
    _row(
        pdf,
        "Langues",
        "Maîtrise du français et de l'anglais exigée. La connaissance du portugais constitue un atout.",
    )
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5.5, "Compétences", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    _bullets(
        pdf,
        [
            "Travail en équipe",
            "Obtention de résultats",
            "Gestion et partage des connaissances",
            "Responsabilité",
            "Communication",
        ],
    )

    _heading(pdf, "Conditions générales du programme luxembourgeois")
    _para(
        pdf,
        "Le programme est ouvert aux personnes de nationalité luxembourgeoise âgées de "
        "32 ans au plus au 31 décembre 2027. Les personnes ayant déjà bénéficié d'un "
        "contrat JPO, quel que soit le pays donateur, ne sont pas éligibles. Le "
        "Ministère organise un seul appel par an ; chaque candidat(e) peut postuler à "
        "deux postes au maximum dans le cadre de cet appel.",
    )

    _heading(pdf, "Dossier de candidature")
    pdf.set_font("Helvetica", "", 10)
    for i, item in enumerate(
        [
            "un curriculum vitae en anglais ;",
            "une lettre de motivation en français ;",
            "une copie du diplôme de master (ou de licence) ;",
            "une copie de la carte d'identité ou du passeport luxembourgeois.",
        ],
        start=1,
    ):
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, f"{i}. {item}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    _para(
        pdf,
        "Les candidatures sont à adresser par courriel à jpo@mae.example.lu avant la "
        "date limite indiquée ci-dessus. Seul(e)s les candidat(e)s présélectionné(e)s "
        "seront contacté(e)s.",
    )
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "wfp_bfio_dhaka.docx"))
    build_pdf(os.path.join(HERE, "oim_luxembourg_praia_fr.pdf"))
