"""Build the binary documents of design batch tors35 (held-out af until measured), deterministic output.

Run with /work/main/.venv/bin/python make_binaries.py (python-docx and fpdf2 required).
Writes who_sida_kathmandu.docx and fao_suisse_antananarivo_fr.pdf next to this script.
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
FIXED = dt.datetime(2027, 1, 18, 8, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 18, 8, 30, 0)


# --------------------------------------------------------------------------- DOCX

DOCX_FACTS = [
    ("Req. ID", "2701583", "Sida ref.", "JPO-2027-0412"),
    (
        "Grade",
        "P-2",
        "Duration",
        "12 months, extendable for a second year subject to performance and funding",
    ),
    ("Duty station", "Kathmandu, Nepal", "Work experience (min.)", "2\u20134 years"),
    (
        "Unit",
        "Communicable Diseases Cluster \u2013 Health Security and Laboratory Programme",
        "Reports to",
        "Team Lead, Health Security (P-4)",
    ),
    (
        "Date published",
        "18 January 2027",
        "Closing",
        "15 February 2027, 23:59 Swedish time",
    ),
]


def _facts_table(doc, rows):
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in rows:
        cells = table.add_row().cells
        for i, text in enumerate(row):
            cells[i].text = text
            if i % 2 == 0:
                for run in cells[i].paragraphs[0].runs:
                    run.bold = True
    return table


def _bullets(doc, items, style="List Bullet"):
    for item in items:
        if isinstance(item, tuple):
            doc.add_paragraph(item[0], style=style)
            for sub in item[1]:
                doc.add_paragraph(sub, style="List Bullet 2")
        else:
            doc.add_paragraph(item, style=style)


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "WHO Country Office for Nepal"
    cp.title = "JPO ToR - Technical Officer (AMR and Laboratory Systems)"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "make_binaries"
    cp.revision = 1

    header = doc.sections[0].header.paragraphs[0]
    header.text = "WHO Nepal \u2013 JPO Terms of Reference \u2013 Req. ID 2701583"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Sida JPO Programme 2027 \u2013 for external circulation"

    p = doc.add_paragraph()
    r = p.add_run("World Health Organization")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Country Office for Nepal")
    p = doc.add_paragraph()
    r = p.add_run("JUNIOR PROFESSIONAL OFFICER (JPO) \u2013 TERMS OF REFERENCE")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(
        "Technical Officer (Antimicrobial Resistance and Laboratory Systems)",
        style="Title",
    )
    p = doc.add_paragraph()
    r = p.add_run(
        "This JPO position is financed by the Government of Sweden. Only Swedish "
        "citizens are eligible \u2013 see the general conditions of Sida's JPO "
        "Programme below."
    )
    r.italic = True

    _facts_table(doc, DOCX_FACTS)

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "Nepal's National Action Plan on Antimicrobial Resistance (2024\u20132028) "
        "calls for a national surveillance network of 30 sentinel laboratories and "
        "for the rational use of antimicrobials in human and animal health. The WHO "
        "Country Office supports the Ministry of Health and Population, the National "
        "Public Health Laboratory and provincial health directorates with technical "
        "guidance, quality assurance and data analysis. The JPO will join the Health "
        "Security and Laboratory Programme of the Communicable Diseases Cluster."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph("Under the supervision of the Team Lead, Health Security, the JPO will:")
    _bullets(
        doc,
        [
            "Support the National Public Health Laboratory in expanding the "
            "antimicrobial resistance surveillance network and in reporting to "
            "WHO's Global Antimicrobial Resistance and Use Surveillance System (GLASS);",
            (
                "Contribute to laboratory quality management, including:",
                [
                    "external quality assessment rounds for sentinel laboratories;",
                    "supportive supervision visits in Koshi and Madhesh provinces;",
                ],
            ),
            "Analyse surveillance data and draft the annual national AMR report;",
            "Assist in the design of training for laboratory staff and clinicians on "
            "specimen collection and antimicrobial stewardship;",
            "Support coordination with FAO and WOAH on the One Health approach to AMR;",
            "Prepare briefing notes, presentations and donor reports;",
            "Perform other related duties as assigned by the supervisor.",
        ],
    )

    doc.add_heading("What will you learn?", level=1)
    _bullets(
        doc,
        [
            "How WHO provides normative guidance and technical cooperation at country level;",
            "Management of a national surveillance network, from laboratory bench to policy;",
            "Working with government counterparts and One Health partners;",
            "WHO planning, budgeting and reporting processes.",
        ],
        style="List Number",
    )

    doc.add_heading("Who we are looking for", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Essential: An advanced university degree (Master's level or higher) in "
        "microbiology, biomedical laboratory science, public health, epidemiology or "
        "a related field."
    )
    doc.add_paragraph(
        "Desirable: Specialized training in antimicrobial resistance surveillance "
        "or laboratory quality management."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "Essential: At least two years of relevant professional experience in "
        "laboratory systems, disease surveillance or public health programmes."
    )
    doc.add_paragraph("Desirable: Experience in a low- or middle-income country or with a UN agency.")
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Essential: Expert knowledge of English. Desirable: Working knowledge of Nepali or Hindi."
    )

    doc.add_heading("WHO competencies", level=1)
    _bullets(
        doc,
        [
            "Producing results",
            "Communication",
            "Fostering integration and teamwork",
            "Respecting and promoting individual and cultural differences",
            "Moving forward in a changing environment",
        ],
    )

    doc.add_heading("General conditions \u2013 Sida's JPO Programme", level=1)
    doc.add_paragraph("To be eligible you must:")
    _bullets(
        doc,
        [
            "be a Swedish citizen;",
            "be born in 1995 or later;",
            "hold a Master's degree and have at least two years of relevant work experience;",
            "not have served as a JPO before, whether funded by Sweden or by another donor country.",
        ],
    )
    doc.add_paragraph(
        "Sida recruits JPOs through one call a year. In the 2027 call each "
        "applicant may apply for at most two positions. Assignments start with "
        "a one-year contract and are normally extended for a second year."
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Apply through Sida's recruitment portal, quoting Sida ref. JPO-2027-0412, "
        "and attach (a) a CV in English, (b) a cover letter of no more than one "
        "page and (c) a copy of your Master's degree certificate. Applications "
        "must reach Sida by 15 February 2027 at 23:59 Swedish time. Late or "
        "incomplete applications will not be considered, and only short-listed "
        "candidates will be contacted."
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

PDF_REF = "FAO/MDG/JPO/2027/02"


class NoticePDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(110, 5, "FAO Madagascar \u2013 Programme JPO suisse")
        self.cell(0, 5, f"Réf. {PDF_REF}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _row(pdf, label, value, label_w=58):
    pdf.set_font("Helvetica", "B", 9.5)
    y = pdf.get_y()
    pdf.cell(label_w, 5.2, label)
    pdf.set_xy(pdf.l_margin + label_w, y)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def _heading(pdf, text):
    pdf.ln(2.5)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 84, 147)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 9.5)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _dash_items(pdf, items, marker="\u2013"):
    pdf.set_font("Helvetica", "", 9.5)
    for n, item in enumerate(items, start=1):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5, f"{n})" if marker == "numbered" else marker)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")


def build_pdf(path):
    pdf = NoticePDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_title("TdR JPO - FAO Antananarivo")
    pdf.set_author("FAO Madagascar")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 14, 20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        0,
        5,
        "Organisation des Nations Unies pour l'alimentation et l'agriculture",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Représentation de la FAO à Madagascar",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 6, "TERMES DE RÉFÉRENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 13.5)
    pdf.multi_cell(
        0,
        6.5,
        "Jeune expert\u00b7e associé\u00b7e \u2013 Spécialiste en sécurité "
        "alimentaire et résilience climatique",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(
        0,
        6,
        "Classe : P-2   |   Durée : 1 an, renouvelable   |   Clôture : 26 février 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    for label, value in [
        ("Numéro de l'annonce", PDF_REF),
        ("Référence DDC", "7F-11084.01"),
        ("Organisation", "FAO \u2013 Représentation à Madagascar"),
        ("Unité", "Programme d'urgence et de résilience"),
        (
            "Lieu d'affectation",
            "Antananarivo, Madagascar, avec des missions fréquentes à Ambovombe et "
            "à Toliara (régions Androy et Atsimo-Andrefana)",
        ),
        ("Supervision", "Coordonnateur\u00b7rice des programmes d'urgence (P-4)"),
        (
            "Financement",
            "Confédération suisse \u2013 DFAE, Direction du développement et de la coopération (DDC)",
        ),
        ("Date de publication", "29 janvier 2027"),
    ]:
        _row(pdf, label, value)

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "Le Grand Sud de Madagascar connaît des sécheresses répétées qui affectent "
        "la sécurité alimentaire de plus d'un million de personnes. La FAO y "
        "appuie les ménages agricoles par la distribution de semences adaptées, la "
        "petite irrigation, l'appui à l'élevage et les systèmes d'alerte précoce, "
        "en lien avec le ministère de l'Agriculture et de l'Élevage et le Bureau "
        "national de gestion des risques et des catastrophes.",
    )

    _heading(pdf, "Fonctions")
    _para(pdf, "Sous la supervision du/de la Coordonnateur\u00b7rice des programmes d'urgence, le/la JPO :")
    _dash_items(
        pdf,
        [
            "appuie la planification et le suivi des projets de résilience agricole "
            "dans les régions Androy et Atsimo-Andrefana ;",
            "contribue à l'analyse de la sécurité alimentaire (Cadre intégré de "
            "classification, IPC) et au système d'alerte précoce ;",
            "assure le suivi des partenaires de mise en oeuvre et des distributions d'intrants ;",
            "prépare les rapports destinés aux bailleurs et les notes de situation ;",
            "participe au cluster sécurité alimentaire et moyens d'existence ;",
            "accomplit toute autre tâche confiée par sa hiérarchie.",
        ],
    )

    _heading(pdf, "Ce que vous apprendrez")
    _dash_items(
        pdf,
        [
            "le cycle de projet de la FAO dans un contexte d'urgence et de relèvement ;",
            "l'analyse de la sécurité alimentaire et l'utilisation des données d'alerte précoce ;",
            "la coordination humanitaire au sein du cluster ;",
            "la gestion des relations avec les bailleurs et les autorités locales.",
        ],
    )

    _heading(pdf, "Qualifications")
    _row(
        pdf,
        "Formation",
        "Master en agronomie, économie rurale, sciences de l'environnement ou "
        "domaine apparenté, obtenu au cours des cinq dernières années.",
    )
    _row(
        pdf,
        "Expérience professionnelle (min.)",
        "2 à 5 ans, dont une partie sur le terrain.",
    )
    _row(
        pdf,
        "Langues",
        "Maîtrise courante du français ou de l'anglais et connaissance pratique "
        "de l'autre langue ; la connaissance du malgache est un atout.",
    )

    _heading(pdf, "Compétences de la FAO")
    _dash_items(
        pdf,
        [
            "Orientation vers les résultats",
            "Travail d'équipe",
            "Communication",
            "Établissement de relations efficaces",
            "Partage des connaissances et amélioration continue",
        ],
        marker="\u2022",
    )

    _heading(pdf, "Conditions générales du programme JPO suisse")
    _para(
        pdf,
        "Le programme JPO suisse est ouvert aux personnes de nationalité suisse. "
        "Les candidat\u00b7e\u00b7s doivent être titulaires d'un master et justifier "
        "d'au moins deux ans d'expérience professionnelle ; ils et elles ne "
        "doivent pas avoir plus de 30 ans révolus à la date de clôture de la mise "
        "au concours. Les personnes ayant déjà occupé un poste de JPO, quel que "
        "soit le pays donateur, ne peuvent pas postuler. La DDC organise une mise "
        "au concours par an ; chaque personne peut y présenter au maximum deux "
        "candidatures.",
    )

    _heading(pdf, "Dossier de candidature")
    _dash_items(
        pdf,
        [
            "curriculum vitae (trois pages au maximum) ;",
            "lettre de motivation ;",
            "copies des diplômes universitaires ;",
            "certificats de travail ou attestations d'emploi.",
        ],
        marker="numbered",
    )

    _heading(pdf, "Comment postuler ?")
    _para(
        pdf,
        "Les candidatures sont à déposer sur le portail de la DDC au plus tard le "
        "vendredi 26 février 2027 à 12h00 (heure de Berne). Le contrat initial "
        "est de 12 mois. Les dossiers incomplets ne seront pas examinés.",
    )

    pdf.output(str(path))


def main():
    build_docx(HERE / "who_sida_kathmandu.docx")
    build_pdf(HERE / "fao_suisse_antananarivo_fr.pdf")


if __name__ == "__main__":
    main()
