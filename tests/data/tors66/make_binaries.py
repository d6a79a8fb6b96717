"""Build the binary documents of this batch (deterministic output).

    /work/main/.venv/bin/python make_binaries.py

Writes wfp_vientiane_japan.pdf (fpdf2) and unesco_rabat_nuffic_fr.docx (python-docx)
next to this script.  Dates, producer and zip timestamps are fixed, so two runs give
byte-identical files.
"""

import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------------------
# PDF: WFP Lao PDR, Japan-sponsored JPO
# ---------------------------------------------------------------------------


class WfpPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "World Food Programme - Lao PDR Country Office", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "JPO Terms of Reference | Req. ID 291734", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")
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


def pdf_bullets(pdf, items):
    pdf.set_font("Helvetica", "", 10)
    for it in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(5, 5, "-", new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def pdf_rows(pdf, rows, label_w=48):
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(label_w, 5.5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)


def build_pdf():
    pdf = WfpPdf(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("WFP JPO Terms of Reference 291734")
    pdf.set_author("WFP Human Resources Division")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "WORLD FOOD PROGRAMME", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 5, "Saving lives, changing lives", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "TERMS OF REFERENCE - JUNIOR PROFESSIONAL OFFICER (JPO)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf_rows(
        pdf,
        [
            (
                "Job title",
                "Programme Policy Officer (Nutrition-Sensitive School Meals) - Junior Professional Officer",
            ),
            ("Req. ID", "291734"),
            ("Donor file no.", "MOFA/JPO/2026-WFP-05"),
            ("Grade", "P-1 / P-2 (depending on qualifications and experience)"),
            ("Type of contract", "Fixed-term appointment, JPO"),
            ("Duration", "2 years"),
            ("Duty station", "Vientiane, Lao People's Democratic Republic"),
            ("Unit", "Nutrition and School Meals Unit, Programme Department, Lao PDR Country Office"),
            ("Sponsoring government", "Japan (Ministry of Foreign Affairs, JPO Programme)"),
            ("Date of publication", "2 March 2026"),
            ("Deadline", "15 April 2026, 12:00 noon Japan Standard Time (JST)"),
        ],
    )

    pdf_heading(pdf, "ABOUT WFP")
    pdf_para(
        pdf,
        "The United Nations World Food Programme is the world's largest humanitarian organization "
        "saving lives in emergencies and using food assistance to build a pathway to peace, stability "
        "and prosperity for people recovering from conflict, disasters and the impact of climate change.",
    )
    pdf_para(
        pdf,
        "In the Lao People's Democratic Republic, WFP supports the Government's National School Meals "
        "Programme, which reached more than 180,000 pre-primary and primary pupils in 2025, and works on "
        "nutrition-sensitive social protection, rice fortification and disaster preparedness. WFP is "
        "progressively handing over school meals to the Ministry of Education and Sports, with 1,400 "
        "schools already managed by the Government.",
    )

    pdf_heading(pdf, "ORGANIZATIONAL CONTEXT")
    pdf_para(
        pdf,
        "The JPO will be based in the Country Office in Vientiane and will work under the direct "
        "supervision of the Head of Programme (P-4), with day-to-day guidance from the Nutrition and "
        "School Meals Officer (NOC). Field missions to Oudomxay, Phongsaly and Savannakhet provinces will "
        "take up about 25% of the time.",
    )

    pdf_heading(pdf, "WHAT WILL YOU BE DOING?")
    pdf_bullets(
        pdf,
        [
            "Support the Ministry of Education and Sports in the design of the national school meals menu "
            "standards, with attention to micronutrient-rich local foods and fortified rice.",
            "Contribute to the monitoring of the school meals handover plan, including the quarterly joint "
            "monitoring missions with provincial and district education offices.",
            "Analyse nutrition and school attendance data and prepare evidence briefs for the Government and "
            "development partners.",
            "Assist in the design and roll-out of social and behaviour change communication activities on "
            "healthy diets for pupils, parents and school cooks.",
            "Support the local procurement pilot that links school kitchens with smallholder farmer groups, "
            "including market assessments and supplier capacity building.",
            "Prepare inputs to donor reports, the Annual Country Report and proposals, in particular for the "
            "Government of Japan and other bilateral partners.",
            "Coordinate with UNICEF, FAO and NGO partners working on nutrition and education in the target "
            "provinces, and represent WFP in technical working groups when requested.",
            "Contribute to gender, protection and accountability to affected populations analyses for the "
            "programme, and ensure findings feed into programme adjustments.",
            "Perform other related duties as required.",
        ],
    )

    pdf_heading(pdf, "WHAT WILL YOU LEARN?")
    pdf_bullets(
        pdf,
        [
            "How a national school meals programme is transitioned from WFP to government ownership.",
            "Programme design, monitoring and evaluation in a development-oriented WFP country office.",
            "Nutrition-sensitive programming and the use of fortified foods.",
            "Working with line ministries and provincial authorities in a lower-middle-income country.",
            "WFP corporate systems (COMET, WINGS) and results-based reporting.",
        ],
    )

    pdf_heading(pdf, "YOUR BACKGROUND SHOULD INCLUDE...")
    pdf_rows(
        pdf,
        [
            (
                "Education",
                "Advanced university degree (Master's or higher) in nutrition, public health, food "
                "security, education policy, development economics or a related field.",
            ),
            (
                "Work experience (min.)",
                "2-5 yrs of progressively responsible professional experience in "
                "nutrition, school health or food security programmes.",
            ),
            (
                "Languages",
                "Fluency (level C) in English is required. Intermediate knowledge (level B) of Lao "
                "or French is desirable.",
            ),
        ],
    )

    pdf_heading(pdf, "COMPETENCIES (WFP LEADERSHIP FRAMEWORK)")
    pdf_bullets(
        pdf,
        [
            "Purpose: understands and communicates the strategic goals of WFP in the country context.",
            "People: builds trust and works inclusively with colleagues and partners.",
            "Performance: delivers quality results on time and looks for ways to improve.",
            "Partnership: builds strong relationships with government counterparts and partners.",
        ],
    )

    pdf_heading(pdf, "ARE YOU ELIGIBLE? - JPO PROGRAMME OF THE GOVERNMENT OF JAPAN")
    pdf_para(
        pdf,
        "This position is open only to candidates who meet all the requirements of the Japanese JPO "
        "Programme, run by the Recruitment Center for International Organizations of the Ministry of "
        "Foreign Affairs of Japan (MOFA Japan):",
    )
    pdf_bullets(
        pdf,
        [
            "Japanese nationality.",
            "35 years of age or younger as of the application deadline (15 April 2026).",
            "A Master's degree or higher, and at least two years of full-time professional experience.",
            "English proficiency demonstrated by a TOEFL iBT score of 95 or above, an IELTS (Academic) band "
            "of 7.0 or above, or a TOEIC Listening & Reading score of 860 or above.",
            "Commitment to pursue a career in international organizations after the assignment.",
        ],
    )
    pdf_para(
        pdf,
        "Persons who have previously served as JPOs financed by the Government of Japan are not "
        "eligible to apply.",
    )

    pdf_heading(pdf, "REQUIRED DOCUMENTS")
    pdf_bullets(
        pdf,
        [
            "MOFA JPO application form, completed in English and Japanese.",
            "Curriculum vitae in English (WFP format, maximum three pages).",
            "Copies of university degree certificates.",
            "Official English test score report.",
            "An essay in Japanese (about 2,000 characters) on your career plan in international organizations.",
        ],
    )

    pdf_heading(pdf, "HOW TO APPLY")
    pdf_para(
        pdf,
        "Submit the complete application through the online system of the Recruitment Center for "
        "International Organizations (MOFA) no later than 15 April 2026, 12:00 noon Japan Standard Time "
        "(JST). Results of the document screening will be notified by late May 2026; interviews with "
        "WFP will be held in Tokyo or by video in June 2026.",
    )
    pdf_para(
        pdf,
        "WFP has zero tolerance for discrimination and does not charge a fee at any stage of the "
        "recruitment process. Female candidates and qualified candidates with disabilities are "
        "encouraged to apply.",
    )

    out = os.path.join(HERE, "wfp_vientiane_japan.pdf")
    pdf.output(out)
    return out


# ---------------------------------------------------------------------------
# DOCX: UNESCO Rabat, Dutch JPO Programme (Nuffic)
# ---------------------------------------------------------------------------


def build_docx():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    for line in [
        "Organisation des Nations Unies pour l'éducation, la science et la culture",
        "Bureau multipays de l'UNESCO pour le Maghreb – Rabat",
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("AVIS DE VACANCE DE POSTE – PROGRAMME DES ADMINISTRATEURS AUXILIAIRES (JPO)").italic = True

    doc.add_paragraph("Administrateur/trice de programme adjoint(e) – Éducation (JPO)", style="Title")

    rows = [
        ("Intitulé du poste", "Administrateur/trice de programme adjoint(e) – Éducation (JPO)"),
        ("Réf.", "JPO_NL 03 ED"),
        ("N° de vacance Nuffic", "NL-JPO-2026-0187"),
        (
            "Secteur / Unité",
            "Secteur de l'éducation – Unité Éducation et compétences pour la vie et le travail",
        ),
        ("Lieu d'affectation", "Rabat, Maroc"),
        ("Classe", "P-1"),
        ("Durée", "Deux ans"),
        (
            "Financement",
            "Programme néerlandais des administrateurs auxiliaires, géré par Nuffic pour le compte "
            "du ministère des Affaires étrangères",
        ),
        ("Date de publication", "3 mars 2026"),
        ("Date limite de candidature", "14 avril 2026"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    doc.add_heading("1. Contexte", level=1)
    doc.add_paragraph(
        "Le Bureau multipays de l'UNESCO pour le Maghreb, basé à Rabat, couvre l'Algérie, la Libye, la "
        "Mauritanie, le Maroc et la Tunisie. Dans le domaine de l'éducation, il appuie les ministères dans la "
        "mise en œuvre de l'ODD 4, en particulier pour l'enseignement technique et la formation "
        "professionnelle, l'éducation des jeunes non scolarisés et la transformation numérique des systèmes "
        "éducatifs."
    )
    doc.add_paragraph(
        "Le programme régional « Compétences pour l'emploi des jeunes au Maghreb », lancé en 2025, vise "
        "25 000 jeunes femmes et hommes dans quatre pays. L'administrateur/trice auxiliaire contribuera à sa "
        "mise en œuvre et à son suivi."
    )

    doc.add_heading("2. Supervision", level=1)
    doc.add_paragraph(
        "Sous l'autorité générale de la Directrice du Bureau (D-1) et sous la supervision directe du "
        "Spécialiste de programme pour l'éducation (P-4), l'administrateur/trice auxiliaire travaillera au sein "
        "d'une équipe de cinq personnes."
    )

    doc.add_heading("3. Fonctions et responsabilités", level=1)
    for it in [
        "Contribuer à la planification, à la mise en œuvre et au suivi des activités du programme régional "
        "« Compétences pour l'emploi des jeunes au Maghreb ».",
        "Appuyer les ministères partenaires dans l'élaboration de politiques d'enseignement et de formation "
        "techniques et professionnels (EFTP) sensibles au genre.",
        "Collecter et analyser des données sur l'insertion professionnelle des jeunes et préparer des notes "
        "d'analyse.",
        "Organiser des ateliers régionaux et des formations à l'intention des formateurs et des responsables "
        "d'établissements.",
        "Rédiger des rapports d'avancement destinés aux bailleurs de fonds et contribuer à la mobilisation de "
        "ressources.",
        "Assurer la liaison avec les autres agences du système des Nations Unies, notamment l'OIT, l'UNICEF et "
        "le PNUD, dans le cadre des groupes thématiques.",
        "Contribuer à la communication du Bureau (articles web, réseaux sociaux, événements).",
    ]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("4. Éléments de formation et d'apprentissage", level=1)
    doc.add_paragraph("À l'issue de son affectation, l'administrateur/trice auxiliaire aura :")
    for it in [
        "acquis une connaissance approfondie de la programmation de l'UNESCO et du cycle de projet ;",
        "développé ses compétences en analyse des politiques éducatives et en gestion axée sur les résultats ;",
        "appris à travailler avec des partenaires gouvernementaux dans plusieurs pays ;",
        "renforcé ses capacités de rédaction et de représentation ;",
        "suivi les formations obligatoires de l'UNESCO et au moins une formation financée par le budget "
        "d'apprentissage JPO.",
    ]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("5. Qualifications requises", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Diplôme universitaire supérieur (master ou équivalent) en sciences de l'éducation, économie de "
        "l'éducation, politiques publiques, sciences sociales ou dans un domaine connexe. Un diplôme "
        "universitaire de premier cycle (licence ou bachelor) assorti de deux années supplémentaires "
        "d'expérience professionnelle pertinente peut être accepté à la place du diplôme supérieur."
    )
    doc.add_heading("Expérience professionnelle", level=2)
    doc.add_paragraph(
        "Minimum 2 ans, maximum 5 ans d'expérience professionnelle pertinente, de préférence dans le domaine "
        "de l'éducation, de la formation professionnelle ou de l'emploi des jeunes."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Excellente connaissance du français et de l'anglais (écrit et oral). La connaissance de l'arabe est "
        "souhaitable."
    )

    doc.add_heading("6. Compétences", level=1)
    for it in [
        "Responsabilisation",
        "Communication",
        "Innovation",
        "Partage des connaissances et amélioration continue",
        "Planification et organisation",
        "Orientation vers les résultats",
        "Travail d'équipe",
    ]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("7. Conditions générales du programme néerlandais", level=1)
    p = doc.add_paragraph()
    p.add_run("Nationalité. ").bold = True
    p.add_run(
        "Le programme est ouvert aux ressortissant·e·s des Pays-Bas ainsi qu'aux ressortissant·e·s "
        "des pays suivants : Bénin, Burkina Faso, Égypte, Éthiopie, Ghana, Jordanie, Mali, Maroc, "
        "Mozambique, Niger, Nigeria, Ouganda, Sénégal, Tunisie et Yémen. Les ressortissant·e·s "
        "marocain·e·s ne peuvent toutefois pas postuler à ce poste, le programme n'autorisant pas "
        "d'affectation dans le pays dont le/la candidat·e a la nationalité."
    )
    p = doc.add_paragraph()
    p.add_run("Âge. ").bold = True
    p.add_run("Être né(e) le 1er janvier 1994 ou après.")
    p = doc.add_paragraph()
    p.add_run("Diplôme et expérience. ").bold = True
    p.add_run(
        "Un master et au moins 2 ans d'expérience professionnelle rémunérée, ou un bachelor et au "
        "moins 4 ans d'expérience professionnelle rémunérée."
    )
    p = doc.add_paragraph()
    p.add_run("Nombre de candidatures. ").bold = True
    p.add_run(
        "Le programme organise une sélection par an ; chaque candidat·e peut postuler à deux postes au "
        "maximum par an."
    )

    doc.add_heading("8. Comment postuler", level=1)
    doc.add_paragraph("Les candidatures sont à déposer sur le site de Nuffic et comprennent :")
    for it in [
        "le formulaire de candidature en ligne de Nuffic ;",
        "un curriculum vitae en français ou en anglais ;",
        "une lettre de motivation adressée à l'UNESCO ;",
        "une copie des diplômes obtenus ;",
        "les coordonnées de deux référents professionnels.",
    ]:
        doc.add_paragraph(it, style="List Number")
    doc.add_paragraph(
        "Date limite de candidature : 14 avril 2026. Les entretiens des candidat·e·s présélectionné·e·s "
        "auront lieu en juin 2026 ; le contrat initial est de 24 mois et la prise de fonctions est prévue à "
        "l'automne 2026."
    )
    doc.add_paragraph(
        "L'UNESCO applique une politique de tolérance zéro à l'égard de l'exploitation et des abus sexuels. "
        "Aucuns frais ne sont exigés à aucun stade du recrutement."
    )

    cp = doc.core_properties
    cp.author = "UNESCO HRM"
    cp.last_modified_by = "UNESCO HRM"
    cp.title = "JPO_NL 03 ED"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    out = os.path.join(HERE, "unesco_rabat_nuffic_fr.docx")
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out


if __name__ == "__main__":
    for path in (build_pdf(), build_docx()):
        print("wrote", os.path.relpath(path, HERE))
