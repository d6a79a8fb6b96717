"""Build the binary documents of this folder (deterministic output).

Run with: /work/main/.venv/bin/python make_binaries.py
Produces:
  print_unu_korea_kualalumpur.pdf  (a browser's "Print to PDF" of a careers page, fpdf2)
  fao_nuffic_concepcion_es.pdf     (FAO ToR in Spanish, fpdf2, borderless label/value rows)
  unitar_germany_hiroshima.docx    (UNITAR ToR, python-docx, tables, headings, list styles)
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2027, 2, 17, 9, 42, 0, tzinfo=datetime.UTC)
FIXED_ZIP = (2027, 3, 8, 10, 0, 0)


# --------------------------------------------------------------------------
# 1. Browser print of the UNU careers page (Korean JPO post, Kuala Lumpur)
# --------------------------------------------------------------------------

PAGE_TITLE = "Junior Professional Officer (JPO) - Digital Health Governance | UNU Careers"
PAGE_URL = "https://unu.edu/careers/vacancies/jpo-digital-health-governance-unu-iigh-2027"
PRINTED = "17/02/2027, 10:42"


class BrowserPrint(FPDF):
    """Mimics Chrome's 'Headers and footers' option: date + title on top, URL + n/N below."""

    def header(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(8, 5)
        self.cell(40, 4, PRINTED)
        self.set_xy(48, 5)
        self.cell(self.w - 96, 4, PAGE_TITLE, align="C")
        self.set_xy(self.l_margin, 16)

    def footer(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(8, self.h - 9)
        self.cell(150, 4, PAGE_URL)
        self.set_xy(self.w - 38, self.h - 9)
        self.cell(30, 4, f"{self.page_no()}/{{nb}}", align="R")


def pp_text(pdf, text, size=10.5, style="", h=5.3, color=(0, 0, 0)):
    pdf.set_font("Helvetica", style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, h, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def pp_heading(pdf, text):
    pdf.ln(2.5)
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_text_color(0, 61, 122)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.8)


def pp_bullets(pdf, items, marker="\x95"):
    pdf.set_font("Helvetica", "", 10.5)
    for item in items:
        x = pdf.l_margin
        pdf.set_x(x + 3)
        pdf.cell(4, 5.3, marker)
        pdf.set_x(x + 7)
        pdf.multi_cell(0, 5.3, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)


def pp_kv(pdf, label, value, label_w=40):
    pdf.set_font("Helvetica", "", 10.5)
    lines = pdf.multi_cell(pdf.epw - label_w, 5.3, value, dry_run=True, output="LINES")
    if pdf.get_y() + len(lines) * 5.3 > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(label_w, 5.3, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.set_xy(pdf.l_margin + label_w, y)
    pdf.multi_cell(0, 5.3, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)


def build_print_pdf():
    pdf = BrowserPrint(format="A4")
    pdf.set_margins(14, 16, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("Chromium print")
    pdf.set_title(PAGE_TITLE)
    pdf.add_page()

    # site chrome as printed
    pp_text(pdf, "UNITED NATIONS UNIVERSITY", size=13, style="B", h=6, color=(0, 61, 122))
    pp_text(
        pdf,
        "About    Institutes    Research    Education    News    Events    Careers    Contact"
        "        Search        EN | JA",
        size=8.5,
        color=(60, 60, 60),
    )
    pdf.ln(1.5)
    pp_text(
        pdf,
        "This website uses cookies to give you the best experience. By continuing to browse you "
        "agree to our use of cookies.    Accept all    Reject non-essential    Cookie settings",
        size=8,
        color=(80, 80, 80),
        h=4,
    )
    pdf.ln(1.5)
    pp_text(
        pdf,
        "Home  \xbb  Careers  \xbb  Vacancies  \xbb  Junior Professional Officer (JPO) - "
        "Digital Health Governance",
        size=8,
        color=(60, 60, 60),
    )
    pdf.ln(3)

    # posting
    pdf.set_font("Helvetica", "B", 17)
    pdf.multi_cell(
        0,
        8,
        "Junior Professional Officer (JPO) - Digital Health Governance",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pp_text(
        pdf,
        "Sponsored by the Government of the Republic of Korea - open to Korean nationals only",
        size=10,
        style="I",
    )
    pdf.ln(1.5)
    pp_text(pdf, "Apply now        Share        Save        Print", size=9, style="B", color=(0, 61, 122))
    pdf.ln(2.5)

    pp_kv(pdf, "Vacancy ID", "UNU-IIGH/JPO/2027/02")
    pp_kv(pdf, "Donor reference", "MOFA Korea JPO-2027-07")
    pp_kv(
        pdf,
        "Institute",
        "United Nations University International Institute for Global Health (UNU-IIGH)",
    )
    pp_kv(pdf, "Location", "Kuala Lumpur, Malaysia")
    pp_kv(pdf, "Level", "P-2")
    pp_kv(
        pdf,
        "Contract",
        "Fixed-term, one year (renewable for a second year, subject to performance and funding)",
    )
    pp_kv(pdf, "Posted", "15 February 2027")
    pp_kv(pdf, "Deadline", "18 March 2027")

    pp_heading(pdf, "About UNU-IIGH")
    pp_text(
        pdf,
        "The United Nations University (UNU) is the academic arm of the United Nations. Its "
        "International Institute for Global Health (UNU-IIGH), located on the campus of the "
        "National University of Malaysia hospital in Kuala Lumpur, works on gender and health, "
        "digital health and the governance of health systems. The Institute's Digital Health "
        "Governance team supports Ministries of Health in Asia and the Pacific with policy "
        "research and training on data protection, interoperability and the ethical use of "
        "artificial intelligence in health.",
    )

    pp_heading(pdf, "Responsibilities")
    pp_text(
        pdf,
        "Under the direct supervision of a Research Fellow (P-4) and the overall guidance of the "
        "Director of UNU-IIGH (D-1), the JPO will:",
    )
    pdf.ln(1)
    pp_bullets(
        pdf,
        [
            "Conduct literature and policy reviews on health-data governance, data protection "
            "and cross-border data sharing in ASEAN countries.",
            "Contribute to the design, data collection and analysis of a multi-country study "
            "on the adoption of digital health tools in primary health care.",
            "Draft policy briefs, working papers and blog posts for policy and academic audiences.",
            "Support the organisation of the Institute's annual training course on digital "
            "health governance for government officials, including the preparation of case "
            "studies and course materials.",
            "Maintain relationships with partner universities, WHO and Ministries of Health in "
            "the region, and prepare meeting notes and follow-up.",
            "Assist in drafting research proposals and donor reports, and in monitoring project budgets.",
            "Represent the team at technical meetings and webinars, as delegated by the supervisor.",
        ],
    )

    pp_heading(pdf, "Learning elements")
    pp_text(pdf, "At the end of the assignment, the JPO will have:")
    pdf.ln(1)
    pp_bullets(
        pdf,
        [
            "Gained practical experience of policy research at the interface of science and "
            "policy in the UN system.",
            "Learned to design and manage multi-country research projects, from ethics "
            "clearance to publication.",
            "Developed skills in facilitating training for senior government officials.",
            "Built a network of contacts in global health institutions across Asia and the Pacific.",
            "Become familiar with UN rules on project and budget management.",
        ],
    )

    pp_heading(pdf, "Qualifications")
    pp_text(pdf, "Education", style="B")
    pp_text(
        pdf,
        "An advanced university degree (Master's or equivalent) in public health, health "
        "informatics, law, public policy or a related field is required. A first-level "
        "university degree (Bachelor's) in combination with two additional years of qualifying "
        "experience may be accepted in lieu of the advanced university degree.",
    )
    pdf.ln(1.5)
    pp_text(pdf, "Experience", style="B")
    pp_text(
        pdf,
        "A minimum of two years of progressively responsible experience in health policy, "
        "digital health, health informatics or research is required. Experience in Southeast "
        "Asia is desirable.",
    )
    pdf.ln(1.5)
    pp_text(pdf, "Languages", style="B")
    pp_text(
        pdf,
        "Fluency in written and spoken English is required. Knowledge of Bahasa Malaysia "
        "(Malay) is desirable.",
    )

    pp_heading(pdf, "Competencies")
    pp_text(
        pdf,
        "UNU staff uphold the core values of integrity, professionalism and respect for "
        "diversity. The following competencies will be assessed:",
    )
    pdf.ln(1)
    pp_bullets(
        pdf,
        [
            "Communication",
            "Teamwork",
            "Planning and organizing",
            "Accountability",
            "Client orientation",
        ],
    )

    pp_heading(pdf, "Eligibility - Korean JPO Programme")
    pp_text(
        pdf,
        "The Korean JPO Programme is open to nationals of the Republic of Korea only; "
        "applicants who also hold Malaysian nationality are not eligible for this position. "
        "Applicants must be 32 years of age or younger as of 31 December 2027 (born on or after "
        "1 January 1995). For male applicants who have completed military service, the age "
        "limit is extended by one year for service of less than 12 months, by two years for "
        "service of 12 months or more but less than 24 months, and by three years for service "
        "of 24 months or more. A valid English score of TOEFL iBT 100, NEW TEPS 452 or IELTS "
        "(Academic) 7.5 or higher is required; scores must come from tests taken within two "
        "years before the application deadline. Applicants may apply for no more than two "
        "positions in the 2027 recruitment round, which the Ministry of Foreign Affairs holds "
        "once a year. Those who have previously served as a JPO, under any donor programme, "
        "are not eligible.",
    )

    pp_heading(pdf, "How to apply")
    pp_text(
        pdf,
        "Applications must be submitted through the Korean JPO application portal by 17:00 "
        "Korea Standard Time (KST) on Monday, 15 March 2027. Please upload:",
    )
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10.5)
    docs = [
        "The completed UN Personal History Form (P.11) in English",
        "A cover letter (maximum two pages) addressed to UNU-IIGH",
        "An official TOEFL iBT, NEW TEPS or IELTS score report",
        "Copies of university degrees and transcripts",
        "A copy of your passport",
    ]
    for i, item in enumerate(docs, 1):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5.3, f"{i}.")
        pdf.multi_cell(0, 5.3, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(1)
    pp_text(
        pdf,
        "Only shortlisted candidates will be contacted. Candidates who applied to the 2026 "
        "round (closed on 20 March 2026) may apply again.",
    )
    pdf.ln(3)
    pp_text(pdf, "Apply now", size=10, style="B", color=(0, 61, 122))
    pp_text(pdf, "Share this vacancy:   LinkedIn    X    Facebook    Email    Copy link", size=8.5)

    pp_heading(pdf, "Related vacancies")
    pp_text(
        pdf,
        "Research Assistant (Consultant), UNU-IIGH, Kuala Lumpur - deadline 28 February 2027\n"
        "Programme Associate (G-6), UNU-IAS, Tokyo - deadline 5 March 2027\n"
        "JPO - Climate and Health, UNU-EHS, Bonn - deadline 31 March 2027",
        size=9,
    )
    pdf.ln(3)
    pp_text(
        pdf,
        "(c) United Nations University 2027    Terms of use    Privacy policy    Fraud alert    "
        "Contact us\nFollow UNU:  LinkedIn  YouTube  X  Instagram",
        size=8,
        color=(80, 80, 80),
        h=4,
    )
    pdf.output(str(HERE / "print_unu_korea_kualalumpur.pdf"))


# --------------------------------------------------------------------------
# 2. FAO ToR in Spanish (Dutch JPO Programme at Nuffic, Concepcion, Paraguay)
# --------------------------------------------------------------------------

FAO_REQ = "2704187"


class FaoToR(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(70, 70, 70)
        self.cell(120, 4, "FAO - Términos de referencia JPO")
        self.cell(0, 4, f"Req. ID {FAO_REQ}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(70, 70, 70)
        self.cell(120, 4, "Programa JPO de los Países Bajos - Convocatoria 2027")
        self.cell(0, 4, f"Página {self.page_no()} de {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


FAO_LABEL_W = 50


def fao_row(pdf, label, value):
    pdf.set_font("Helvetica", "", 10)
    lines = pdf.multi_cell(pdf.epw - FAO_LABEL_W, 5.2, value, dry_run=True, output="LINES")
    if pdf.get_y() + len(lines) * 5.2 > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    pdf.cell(FAO_LABEL_W, 5.2, label)
    pdf.set_xy(pdf.l_margin + FAO_LABEL_W, y)
    pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def fao_heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def fao_par(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def fao_bullets(pdf, items, marker="\x95"):
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(5, 5.2, marker)
        pdf.multi_cell(0, 5.2, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)


def build_fao_pdf():
    pdf = FaoToR(format="A4")
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_author("FAO Paraguay")
    pdf.set_title("Términos de referencia - JPO Agricultura familiar - Concepción")
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        5.5,
        "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Representación en Paraguay", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 6.5, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    fao_row(
        pdf,
        "Título del puesto",
        "Oficial Profesional Asociado/a (JPO) en Agricultura Familiar y Sistemas Alimentarios Sostenibles",
    )
    fao_row(pdf, "Req. ID", FAO_REQ)
    fao_row(pdf, "N.º de expediente Nuffic", "JPO-NL-2027-FAO-09")
    fao_row(
        pdf,
        "Unidad",
        "Representación de la FAO en Paraguay - Antena territorial de Concepción "
        "(Programa de Agricultura Familiar)",
    )
    fao_row(pdf, "Ciudad", "Concepción")
    fao_row(pdf, "País", "Paraguay")
    fao_row(pdf, "Grado", "P-1 / P-2 (según experiencia)")
    fao_row(pdf, "Duración", "24 meses")
    fao_row(pdf, "Patrocinador", "Programa JPO de los Países Bajos (Nuffic)")
    fao_row(pdf, "Experiencia laboral (mín.)", "3-6 años")
    fao_row(pdf, "Fecha de publicación", "3 de mayo de 2027")
    fao_row(pdf, "Fecha de cierre", "31 de mayo de 2027, 17:00 horas (hora de Roma)")

    fao_heading(pdf, "CONTEXTO")
    fao_par(
        pdf,
        "El departamento de Concepción, en el norte de la Región Oriental del Paraguay, "
        "concentra una proporción elevada de fincas de agricultura familiar campesina e "
        "indígena. La Antena territorial de la FAO en la ciudad de Concepción (Paraguay; no "
        "debe confundirse con la ciudad chilena del mismo nombre) apoya al Ministerio de "
        "Agricultura y Ganadería y a las gobernaciones de Concepción y Amambay en la "
        "ejecución del Programa de Agricultura Familiar, financiado por el Fondo Verde para "
        "el Clima.",
    )
    fao_par(
        pdf,
        "El/la JPO trabajará bajo la supervisión directa del Coordinador de la Antena (P-3) y "
        "con la orientación técnica del Oficial de Políticas (P-4) de la Representación en "
        "Asunción.",
    )

    fao_heading(pdf, "FUNCIONES PRINCIPALES")
    fao_bullets(
        pdf,
        [
            "Apoyar la planificación, el seguimiento y la elaboración de informes del Programa "
            "de Agricultura Familiar en los departamentos de Concepción y Amambay.",
            "Contribuir al diseño y la aplicación de escuelas de campo para agricultores, con "
            "enfoque de género e interculturalidad.",
            "Recopilar y analizar datos sobre producción, comercialización y resiliencia "
            "climática de las fincas participantes.",
            "Apoyar la articulación con cooperativas, gobiernos locales y organizaciones "
            "indígenas, incluida la preparación de mesas de diálogo territorial.",
            "Preparar notas técnicas, fichas de proyecto y productos de comunicación sobre buenas prácticas.",
            "Participar en la formulación de nuevas propuestas de proyecto junto con la "
            "Representación en Asunción.",
            "Colaborar en la organización de misiones, talleres y capacitaciones.",
            "Realizar otras tareas afines que le asigne el Coordinador de la Antena.",
        ],
    )

    fao_heading(pdf, "OPORTUNIDADES DE APRENDIZAJE")
    fao_par(pdf, "Durante la asignación, el/la JPO:")
    fao_bullets(
        pdf,
        [
            "Conocerá el ciclo de proyectos de la FAO y los procedimientos del Fondo Verde para el Clima.",
            "Adquirirá experiencia práctica en extensión rural y metodologías participativas en el terreno.",
            "Participará en el programa de formación para JPO de la FAO en Roma.",
            "Desarrollará competencias de coordinación con contrapartes nacionales y locales.",
            "Recibirá el acompañamiento de un mentor de la División de Inversiones de la FAO.",
        ],
    )

    fao_heading(pdf, "REQUISITOS")
    fao_par(
        pdf,
        "Formación: título universitario de maestría en agronomía, desarrollo rural, economía "
        "agrícola, ciencias ambientales o disciplina afín.",
    )
    fao_par(
        pdf,
        "Experiencia: entre tres y seis años de experiencia profesional pertinente en "
        "desarrollo rural o agricultura familiar, preferiblemente en América Latina.",
    )
    fao_par(
        pdf,
        "Idiomas: dominio del español y del inglés. Se valorará el conocimiento del guaraní.",
    )

    fao_heading(pdf, "COMPETENCIAS")
    fao_bullets(
        pdf,
        [
            "Enfoque en resultados",
            "Trabajo en equipo",
            "Comunicación",
            "Creación de relaciones eficaces",
            "Intercambio de conocimientos y mejora continua",
        ],
    )

    fao_heading(pdf, "CONDICIONES DEL PROGRAMA JPO NEERLANDÉS")
    fao_par(
        pdf,
        "Este puesto está abierto a personas de nacionalidad neerlandesa y a nacionales de "
        "los siguientes países: Bangladés, Benín, Etiopía, Ghana, Kenia, Malí, Mozambique, "
        "Ruanda, Sudán del Sur, Uganda y Yemen. Las personas de nacionalidad paraguaya no son "
        "elegibles para este puesto. Las candidatas y los candidatos deben tener como máximo "
        "32 años al 31 de diciembre de 2027, poseer un título de maestría y al menos dos años "
        "de experiencia laboral remunerada y pertinente. Quienes ya hayan trabajado como JPO "
        "o experto asociado no pueden presentarse. Se puede postular a un máximo de dos "
        "vacantes por año en el Programa JPO neerlandés.",
    )

    fao_heading(pdf, "DOCUMENTOS REQUERIDOS")
    fao_bullets(
        pdf,
        [
            "Curriculum vitae en inglés (formato Nuffic)",
            "Carta de motivación en español",
            "Copia del título de maestría",
            "Copia del pasaporte vigente",
        ],
    )

    fao_heading(pdf, "PRESENTACIÓN DE CANDIDATURAS")
    fao_par(
        pdf,
        "Las candidaturas se presentan exclusivamente a través del portal de Nuffic hasta el "
        "31 de mayo de 2027 a las 17:00 horas (hora de Roma). Esta vacante sustituye a la "
        "publicada en 2026 (cierre: 14 de septiembre de 2026), que quedó desierta. Solo se "
        "contactará a las personas preseleccionadas.",
    )
    pdf.output(str(HERE / "fao_nuffic_concepcion_es.pdf"))


# --------------------------------------------------------------------------
# 3. UNITAR ToR (BFIO, Hiroshima) as DOCX
# --------------------------------------------------------------------------


def add_table(doc, rows, header=None):
    table = doc.add_table(rows=0, cols=2)
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, header, strict=True):
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        if isinstance(value, list):
            par = cells[1].paragraphs[0]
            for i, part in enumerate(value):
                run = par.add_run(part)
                if i < len(value) - 1:
                    run.add_break(WD_BREAK.LINE)
        else:
            cells[1].text = value
    return table


def build_docx():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    section = doc.sections[0]
    section.header.paragraphs[
        0
    ].text = "UNITAR Hiroshima Office - Terms of Reference - Junior Professional Officer"
    section.footer.paragraphs[0].text = "Posting no. UNITAR/HIR/JPO/27/01 - Terms of Reference"

    doc.add_paragraph("UNITAR", style="Title")
    doc.add_paragraph("United Nations Institute for Training and Research - Hiroshima Office")
    doc.add_paragraph("TERMS OF REFERENCE", style="Heading 1")

    add_table(
        doc,
        [
            ("Posting no.", "UNITAR/HIR/JPO/27/01"),
            (
                "Position title",
                [
                    "Associate Programme Officer (Junior Professional Officer),",
                    "Sustainable Ocean and Blue Economy Training",
                ],
            ),
            ("Division / Unit", ["Division for Prosperity -", "Hiroshima Office"]),
            ("Place of assignment", "Hiroshima, Japan"),
            ("Grade", "P-2"),
            ("Duration of assignment", "Two years"),
            ("Sponsor", "BFIO"),
            ("Donor file no.", "BFIO-27-0113"),
            ("Work experience (min.)", "2 yrs"),
            ("Date of issue", "8 March 2027"),
            ("Closing date", "4 April 2027, 23:59 (Bonn time)"),
        ],
    )

    doc.add_paragraph("Where will you work?", style="Heading 1")
    doc.add_paragraph(
        "UNITAR's Hiroshima Office, part of the Division for Prosperity, designs and delivers "
        "training for government officials from Asia-Pacific, Africa and Small Island "
        "Developing States. Its Sustainable Ocean and Blue Economy programme trains fisheries, "
        "maritime and environment officials on ocean governance, marine spatial planning and "
        "the blue economy. The JPO will work under the supervision of the Head of the "
        "Hiroshima Office (P-5), in a team that also includes a Training Officer (P-3) and a "
        "National Officer (NO-B)."
    )

    doc.add_paragraph("What will you be doing?", style="Heading 1")
    duties = [
        "Support the design, delivery and evaluation of the programme's blended-learning "
        "courses (online modules followed by a two-week workshop in Hiroshima).",
        "Draft course concept notes, agendas, participant guides and post-workshop reports.",
        "Coordinate with resource persons and partner institutions, in particular:",
        "Monitor programme results using UNITAR's results framework and prepare inputs for donor reports.",
        "Contribute to the development of new e-learning modules on the UNITAR Learning Platform.",
        "Assist in resource mobilization, including the preparation of proposals to "
        "Japanese and international donors.",
        "Prepare communication materials, web stories and social-media content about the programme.",
        "Perform other related duties as required.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Bullet")
        if i == 2:
            doc.add_paragraph(
                "Japanese universities and research institutes working on marine science;",
                style="List Bullet 2",
            )
            doc.add_paragraph(
                "regional fisheries bodies and the Pacific Islands Forum Secretariat.",
                style="List Bullet 2",
            )

    doc.add_paragraph("What will you learn?", style="Heading 1")
    for text in [
        "Designing adult-learning programmes using UNITAR's training methodology.",
        "Managing the full cycle of a donor-funded training project.",
        "Ocean governance and blue-economy policy in Small Island Developing States.",
        "Working with a broad range of partners, from governments to academia.",
        "Presentation and facilitation skills, through co-facilitating workshop sessions.",
    ]:
        doc.add_paragraph(text, style="List Number")

    doc.add_paragraph("Your background should include\u2026", style="Heading 1")
    doc.add_paragraph("Education", style="Heading 2")
    doc.add_paragraph(
        "A Master's degree in marine or environmental science, environmental policy, "
        "economics, international relations or a related field."
    )
    doc.add_paragraph("Experience", style="Heading 2")
    doc.add_paragraph(
        "At least two years of relevant professional experience in training, capacity "
        "development or programme management; experience with ocean or fisheries issues is "
        "desirable."
    )
    doc.add_paragraph("Languages", style="Heading 2")
    doc.add_paragraph(
        "Fluency in English is required. Working knowledge of Japanese is desirable. "
        "Knowledge of German is not required for this position."
    )

    doc.add_paragraph("Competencies", style="Heading 1")
    add_table(
        doc,
        [
            ("Professionalism", "Shows pride in work and mastery of subject matter."),
            ("Communication", "Writes clearly and speaks persuasively to varied audiences."),
            ("Teamwork", "Works collaboratively with colleagues to achieve goals."),
            ("Planning and organizing", "Develops clear goals and uses time efficiently."),
            ("Client orientation", "Builds productive partnerships with beneficiaries."),
            ("Technological awareness", "Keeps abreast of e-learning technology."),
        ],
        header=("Competency", "What it means in this post"),
    )

    doc.add_paragraph("Are you eligible?", style="Heading 1")
    doc.add_paragraph(
        "This position is financed by the Federal Republic of Germany through BFIO. The "
        "general conditions of the German JPO programme apply:"
    )
    for text in [
        "German citizenship.",
        "As a rule, not older than 32 years on the closing date of this vacancy.",
        "A Master's degree (or equivalent) and at least two years of relevant professional experience.",
        "Very good command of English.",
        "Persons who have already been employed as a JPO or Associate Expert are excluded.",
        "You can apply for a maximum of three JPO positions per calendar year.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_paragraph("What we offer", style="Heading 1")
    doc.add_paragraph(
        "A two-year assignment at P-2 level with UN salary and benefits, a JPO training "
        "budget, and a two-week induction in Geneva. An extension to a third year may be "
        "considered subject to funding. The previous JPO posting in this office "
        "(UNITAR/HIR/JPO/24/02) closed on 15 May 2024 and is not connected with this call."
    )

    doc.add_paragraph("How to apply", style="Heading 1")
    doc.add_paragraph(
        "Apply online through the BFIO portal no later than 4 April 2027, 23:59 (Bonn time), attaching:"
    )
    for text in [
        "A CV in English.",
        "A motivation letter in English (max. one page).",
        "Copies of your university degree certificates.",
        "The names and contact details of two referees.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    props = doc.core_properties
    props.author = "UNITAR Hiroshima Office"
    props.last_modified_by = "UNITAR Hiroshima Office"
    props.title = "ToR JPO Sustainable Ocean - Hiroshima"
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), HERE / "unitar_germany_hiroshima.docx")


def write_fixed_zip(data, path):
    """Rewrite a zip with fixed timestamps and sorted entries (byte-for-byte reproducible)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


if __name__ == "__main__":
    build_print_pdf()
    build_fao_pdf()
    build_docx()
