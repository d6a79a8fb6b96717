"""Build the two binary ToRs of design batch tors23 (held-out t until measured), deterministically.

Run with /work/main/.venv/bin/python from any directory; the files are written next to this
script:

- unicef_denmark_lilongwe.docx (python-docx)
- hcr_france_diffa_fr.pdf (fpdf2, core Helvetica, latin-1 text only)

Dates, authorship, producer and zip timestamps are fixed, so two runs give identical bytes.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 2, 3, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2027, 2, 3, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX

DOCX_FACTS = [
    ("Host agency", "United Nations Children's Fund (UNICEF)"),
    (
        "Office / Section",
        "UNICEF Malawi Country Office - Social Policy, Evaluation and Research Section",
    ),
    ("City", "Lilongwe"),
    ("Country", "Malawi"),
    ("Grade", "P-2"),
    (
        "Initial duration",
        "One year, with the expectation of an extension for a second year subject to "
        "satisfactory performance and the availability of funds",
    ),
    ("Supervisor", "Chief, Social Policy (P-4)"),
    ("UNICEF Job no.", "583106"),
    ("MFA file no.", "2027-18-JPO-0412"),
    ("Date of publication", "3 February 2027"),
    ("Application deadline", "8 March 2027, 23:59 CET"),
]

DOCX_DUTIES = [
    (
        "Support the Ministry of Gender, Community Development and Social Welfare in "
        "strengthening the Social Cash Transfer Programme (Mtukula Pakhomo), including "
        "its shock-responsive features and linkages to nutrition and education services.",
        [],
    ),
    (
        "Contribute to the analysis of public spending on children, in particular:",
        [
            "the preparation of the annual Social Sector Budget Briefs;",
            "the tracking of budget execution by selected district councils.",
        ],
    ),
    (
        "Support the monitoring of the digital payments pilot in Mchinji and Balaka "
        "districts and the documentation of lessons learned.",
        [],
    ),
    (
        "Draft policy briefs, donor reports, talking points and inputs to the Country "
        "Office's annual report.",
        [],
    ),
    (
        "Help coordinate the Social Protection Development Partners group, including "
        "agendas, minutes and the follow-up of agreed actions.",
        [],
    ),
    (
        "Contribute to the integration of gender equality and disability inclusion in "
        "the Section's research and programme work.",
        [],
    ),
    ("Perform other related duties as assigned by the supervisor.", []),
]

DOCX_LEARNING = [
    "A solid understanding of social protection systems and public finance for children "
    "in a low-income country.",
    "Practical experience of UNICEF programme planning, monitoring and reporting procedures.",
    "Improved skills in quantitative analysis, policy drafting and the presentation of "
    "evidence to government counterparts.",
    "A professional network among government, development partners and UN agencies in Malawi.",
]

DOCX_REQUIREMENTS = [
    ("Requirement", "Required", "Desirable"),
    (
        "Work experience",
        "A minimum of two years of relevant professional experience in social "
        "protection, public finance or development programme management",
        "Experience in a UN country office; field work in Southern Africa",
    ),
    (
        "Languages",
        "Fluency in English (written and spoken)",
        "Working knowledge of Chichewa",
    ),
    (
        "Technical skills",
        "Quantitative analysis with Stata or R",
        "Experience with household survey data and GIS",
    ),
]

DOCX_COMPETENCIES = [
    "Builds and maintains partnerships",
    "Demonstrates self-awareness and ethical awareness",
    "Drive to achieve results for impact",
    "Innovates and embraces change",
    "Manages ambiguity and complexity",
    "Thinks and acts strategically",
    "Works collaboratively with others",
]

DOCX_ELIGIBILITY = [
    "You are a Danish citizen.",
    "You are not older than 32 years on the application deadline.",
    "You hold at least a Master's degree (or equivalent) and have a minimum of two years "
    "of relevant, paid work experience.",
    "You have a full professional command of English.",
    "You have not previously served as a Junior Professional Officer, regardless of the sponsoring country.",
]

DOCX_DOCUMENTS = [
    "Curriculum vitae in English (maximum two pages).",
    "Motivation letter addressed to UNICEF Malawi (maximum one page).",
    "Copies of university diplomas and transcripts.",
    "A completed UN Personal History Form (P11).",
]


def build_docx(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    p = doc.add_paragraph()
    r = p.add_run("MINISTRY OF FOREIGN AFFAIRS OF DENMARK")
    r.bold = True
    doc.add_paragraph("Danish JPO Programme - Recruitment Round 2027")
    doc.add_paragraph("TERMS OF REFERENCE")

    doc.add_paragraph(
        "Junior Professional Officer (JPO) \u2013 Social Protection and Cash Transfers",
        style="Title",
    )
    note = doc.add_paragraph()
    nr = note.add_run(
        "Open to Danish nationals only. The post is based in Lilongwe with regular "
        "travel to district councils in the Central and Southern Regions."
    )
    nr.italic = True

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in DOCX_FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    doc.add_heading("About UNICEF Malawi", level=1)
    doc.add_paragraph(
        "UNICEF works in some of the world's toughest places to reach the most "
        "disadvantaged children. In Malawi, where more than half of the population is "
        "under 18, UNICEF supports the Government to build a national social protection "
        "system that reaches the poorest households and responds to recurrent climate "
        "shocks such as floods and droughts."
    )
    doc.add_paragraph(
        "The Social Policy, Evaluation and Research Section leads UNICEF's work on child "
        "poverty, public finance for children and social protection. The JPO will join a "
        "team of six colleagues and work closely with the Ministry of Finance, the "
        "Ministry of Gender, Community Development and Social Welfare and development "
        "partners."
    )

    doc.add_heading("How can you make a difference?", level=1)
    doc.add_paragraph("Under the guidance of the Chief of Social Policy, the JPO will:")
    for text, subs in DOCX_DUTIES:
        doc.add_paragraph(text, style="List Bullet")
        for sub in subs:
            doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("What will you learn?", level=1)
    doc.add_paragraph("By the end of the assignment the JPO is expected to have gained:")
    for text in DOCX_LEARNING:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("To qualify as an advocate for every child you will have\u2026", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "An advanced university degree (Master's or higher) in economics, social policy, "
        "public policy, development studies, statistics or a related field."
    )
    doc.add_heading("Experience, languages and skills", level=2)
    req = doc.add_table(rows=0, cols=3)
    req.style = "Table Grid"
    for i, row in enumerate(DOCX_REQUIREMENTS):
        cells = req.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True

    doc.add_heading("Competencies", level=2)
    doc.add_paragraph(
        "UNICEF's core values of Care, Respect, Integrity, Trust, Accountability and "
        "Sustainability (CRITAS) underpin everything we do. The core competencies "
        "required for this post are:"
    )
    for text in DOCX_COMPETENCIES:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Are you eligible for the Danish JPO Programme?", level=1)
    doc.add_paragraph(
        "The Danish JPO Programme is financed by the Ministry of Foreign Affairs of "
        "Denmark and administered in cooperation with the host agencies. To be "
        "considered you must meet all of the following conditions:"
    )
    for text in DOCX_ELIGIBILITY:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "The Danish JPO Programme holds one recruitment round a year. You may apply for "
        "no more than three positions in the 2027 round; if you apply for more, only the "
        "first three applications received will be considered."
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Applications are submitted online through the Danish JPO Programme's "
        "application portal (jpo.um.example.dk) and must include:"
    )
    for text in DOCX_DOCUMENTS:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "The deadline for applications is 8 March 2027 at 23:59 CET. Late or incomplete "
        "applications will not be considered. Shortlisted candidates will be invited to "
        "an online written test at the end of March and to interviews with UNICEF in "
        "April 2027. The selected candidate will be offered a fixed-term appointment of "
        "12 months in the first instance."
    )
    doc.add_paragraph(
        "The 2026 round closed on 9 March 2026. Candidates who applied in 2026 without "
        "being selected are welcome to apply again."
    )
    closing = doc.add_paragraph()
    cr = closing.add_run(
        "UNICEF is committed to diversity and inclusion within its workforce and "
        "encourages all candidates, irrespective of gender, nationality, religious and "
        "ethnic backgrounds, including persons living with disabilities, to apply. "
        "UNICEF does not charge a processing fee at any stage of its recruitment."
    )
    cr.italic = True

    cp = doc.core_properties
    cp.author = "Danish JPO Programme"
    cp.last_modified_by = "Danish JPO Programme"
    cp.title = "JPO ToR - UNICEF Malawi - Social Protection"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), path)


def write_fixed_zip(data: bytes, path: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- PDF

PDF_FACTS = [
    ("Numéro du poste", "10248731"),
    ("Référence MEAE", "JEA-2027-HCR-07"),
    (
        "Organisation",
        "Haut Commissariat des Nations Unies pour les réfugiés (HCR / UNHCR)",
    ),
    (
        "Unité",
        "Sous-délégation de Diffa - Unité de protection, Représentation du HCR au Niger",
    ),
    ("Lieu d'affectation", "Diffa (Niger) - lieu d'affectation non familial"),
    ("Catégorie et classe", "P-2"),
    (
        "Durée",
        "12 mois, renouvelable une fois sous réserve de performances satisfaisantes et "
        "de l'accord du ministère",
    ),
    ("Pays donateur", "France"),
    ("Supérieur hiérarchique", "Administrateur principal chargé de la protection (P-4)"),
    ("Date de publication", "15 février 2027"),
    ("Date limite de candidature", "22 mars 2027 à 12h00 (heure de Paris)"),
]

PDF_DUTIES = [
    "Participer au monitoring de protection dans les sites de personnes déplacées et de "
    "réfugiés de la région de Diffa et à l'analyse des tendances;",
    "Appuyer l'enregistrement, la détermination du statut et l'accès à la documentation "
    "civile des réfugiés nigérians, en lien avec la Direction régionale de l'état civil;",
    "Contribuer à l'identification et au référencement des personnes ayant des besoins "
    "spécifiques, notamment les enfants non accompagnés et les survivant(e)s de violences "
    "basées sur le genre;",
    "Préparer des rapports de protection, des notes d'information et des contributions "
    "aux mises à jour opérationnelles de la Représentation;",
    "Appuyer la coordination du groupe de travail Protection de Diffa et le suivi des "
    "recommandations du plan de réponse humanitaire;",
    "Participer aux missions conjointes d'évaluation et au renforcement des capacités des "
    "partenaires et des autorités locales;",
    "Exécuter toute autre tâche connexe confiée par le superviseur.",
]

PDF_LEARNING = [
    "acquérir une connaissance pratique du cadre juridique international de protection "
    "des réfugiés et des personnes déplacées internes;",
    "maîtriser les outils de gestion de la protection du HCR (PRIMES, proGres v4) et "
    "la gestion axée sur les résultats;",
    "développer des compétences en coordination humanitaire et en négociation avec les "
    "autorités locales et les partenaires;",
    "participer au programme d'apprentissage en protection du HCR et au séminaire "
    "d'orientation des JEA organisé par le ministère.",
]

PDF_COMPETENCIES = [
    "Responsabilité",
    "Travail d'équipe et collaboration",
    "Communication",
    "Engagement envers l'apprentissage continu",
    "Orientation client et résultats",
    "Conscience organisationnelle",
]

PDF_CONDITIONS = [
    "être de nationalité française;",
    "avoir au plus 32 ans au 31 décembre 2027 (c'est-à-dire être né(e) le 1er janvier 1995 ou après);",
    "avoir obtenu le diplôme de master au plus tard à la date limite de candidature: les "
    "étudiant(e)s en cours de master ne sont pas éligibles;",
    "ne pas avoir déjà bénéficié d'un contrat de JEA/JPO, quel que soit le pays financeur;",
    "chaque candidat(e) ne peut présenter que deux candidatures au titre de la campagne "
    "2027, seule campagne de l'année.",
]

PDF_DOCUMENTS = [
    "un curriculum vitae en français et en anglais;",
    "une lettre de motivation adressée au HCR (une page au maximum);",
    "une copie du diplôme de master;",
    "une copie de la carte nationale d'identité ou du passeport français.",
]


class NoticePDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            "HCR - Programme des Jeunes experts associés (JEA/JPO)",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.cell(0, 5, "Campagne 2027 - Niger", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Avis de vacance JEA 2027 - HCR Niger", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def pdf_heading(pdf: NoticePDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def pdf_para(pdf: NoticePDF, text: str) -> None:
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def pdf_bullets(pdf: NoticePDF, items: list[str], numbered: bool = False) -> None:
    for i, item in enumerate(items, 1):
        mark = f"{i}." if numbered else "-"
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(6, 5, mark)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def build_pdf(path: Path) -> None:
    pdf = NoticePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("HCR")
    pdf.set_title("Avis de vacance JEA 2027 - HCR Diffa")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        0,
        5,
        "HAUT COMMISSARIAT DES NATIONS UNIES POUR LES RÉFUGIÉS",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Ministère de l'Europe et des Affaires étrangères - Délégation aux fonctionnaires internationaux",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "AVIS DE VACANCE DE POSTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(
        0,
        8,
        "Administrateur(trice) associé(e) chargé(e) de la protection (JEA)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    pdf.set_font("Helvetica", "", 10)
    label_w = 52
    for label, value in PDF_FACTS:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(label_w, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    pdf_heading(pdf, "Contexte")
    pdf_para(
        pdf,
        "La région de Diffa, dans le sud-est du Niger, accueille plus de 300 000 personnes "
        "déplacées de force, dont des réfugiés venus du nord-est du Nigeria, des déplacés "
        "internes et des retournés. Les attaques des groupes armés non étatiques dans le "
        "bassin du lac Tchad continuent de provoquer des déplacements, tandis que les "
        "inondations saisonnières aggravent la vulnérabilité des populations. La "
        "sous-délégation du HCR à Diffa conduit la réponse de protection en appui aux "
        "autorités nigériennes et coordonne le groupe de travail Protection.",
    )
    pdf_para(
        pdf,
        "Le ou la JEA rejoindra l'Unité de protection de la sous-délégation, composée de "
        "quatre fonctionnaires internationaux et de huit collègues nationaux, sous la "
        "supervision de l'Administrateur principal chargé de la protection.",
    )

    pdf_heading(pdf, "Fonctions et responsabilités")
    pdf_bullets(pdf, PDF_DUTIES)

    pdf_heading(pdf, "Éléments de formation")
    pdf_para(pdf, "Au cours de son affectation, le ou la JEA aura l'occasion de:")
    pdf_bullets(pdf, PDF_LEARNING)

    pdf_heading(pdf, "Qualifications et expérience requises")
    pdf_para(
        pdf,
        "Formation: diplôme universitaire de niveau master (bac+5) en droit international, "
        "droit des réfugiés, droits de l'homme, sciences politiques ou dans un domaine "
        "connexe. Un diplôme universitaire de premier cycle (licence) assorti de deux "
        "années supplémentaires d'expérience professionnelle pertinente peut être accepté "
        "à la place du diplôme de master.",
    )
    pdf_para(
        pdf,
        "Expérience: un minimum de deux années d'expérience professionnelle pertinente "
        "dans la protection, les droits humains ou l'action humanitaire est exigé; une "
        "expérience en Afrique de l'Ouest ou au Sahel serait un atout.",
    )
    pdf_para(
        pdf,
        "Langues: excellente maîtrise du français et de l'anglais, à l'écrit comme à "
        "l'oral. La connaissance du haoussa ou du kanouri serait un atout.",
    )

    pdf_heading(pdf, "Compétences")
    pdf_para(pdf, "Compétences fondamentales du HCR:")
    pdf_bullets(pdf, PDF_COMPETENCIES)

    pdf_heading(pdf, "Conditions générales du programme JEA")
    pdf_para(
        pdf,
        "Le programme des Jeunes experts associés est financé par le ministère de "
        "l'Europe et des Affaires étrangères. Pour être éligible, le ou la candidat(e) "
        "doit:",
    )
    pdf_bullets(pdf, PDF_CONDITIONS)
    pdf_para(
        pdf,
        "Les candidat(e)s possédant également la nationalité nigérienne ne peuvent pas "
        "être affecté(e)s au Niger.",
    )

    pdf_heading(pdf, "Dossier de candidature")
    pdf_para(pdf, "Le dossier, à déposer sur la plateforme du ministère, comprend:")
    pdf_bullets(pdf, PDF_DOCUMENTS)

    pdf_heading(pdf, "Modalités")
    pdf_para(
        pdf,
        "Les candidatures doivent être déposées au plus tard le 22 mars 2027 à 12h00 "
        "(heure de Paris). Aucun dossier ne sera accepté après cette date. Les entretiens "
        "se tiendront à Paris et par visioconférence en mai 2027. Pour mémoire, la "
        "campagne 2026 s'était clôturée le 24 mars 2026.",
    )
    pdf_para(
        pdf,
        "Le HCR ne perçoit aucun frais à quelque stade que ce soit du processus de recrutement.",
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "unicef_denmark_lilongwe.docx")
    build_pdf(HERE / "hcr_france_diffa_fr.pdf")


if __name__ == "__main__":
    main()
