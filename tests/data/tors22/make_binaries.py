"""Build the two binary ToRs of design batch tors22 (held-out s until measured), byte-for-byte deterministic.

Run with: /work/main/.venv/bin/python make_binaries.py
Outputs (next to this script):
  unodc_korea_bangkok.docx      (python-docx, fixed core properties and zip timestamps)
  ops_finlandia_guatemala_es.pdf (fpdf2 core fonts, fixed creation date and producer)
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 1, 4, 9, 0, 0, tzinfo=dt.timezone.utc)
FIXED_PDF = dt.datetime(2026, 8, 7, 8, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 4, 9, 0, 0)


# ---------------------------------------------------------------------------
# DOCX: Korean MOFA ToR for a UNODC post in Bangkok
# ---------------------------------------------------------------------------

DOCX_FACTS = [
    ("Req. ID", ["27-UNODC-RSEAP-0112"]),
    ("MOFA Notice No.", ["2027-003"]),
    (
        "Post Title",
        [
            "Associate Programme Officer -",
            "Border Management and Transnational Organized Crime (JPO)",
        ],
    ),
    ("Organization", ["United Nations Office on Drugs and Crime (UNODC)"]),
    (
        "Office / Unit",
        [
            "Regional Office for Southeast Asia and the Pacific (ROSEAP),",
            "Transnational Organized Crime and Border Management Programme",
        ],
    ),
    ("City", ["Bangkok"]),
    ("Country", ["Thailand"]),
    ("Grade", ["P-2 (step 1)"]),
    (
        "Duration",
        [
            "One (1) year, extendable for a second year subject to satisfactory "
            "performance and availability of funding"
        ],
    ),
    ("Supervisor", ["Programme Coordinator, Border Management (P-4)"]),
    ("Date of Announcement", ["4 January 2027"]),
    ("Closing Date", ["25 January 2027 (Mon), 18:00 Korea Standard Time"]),
]

DOCX_BACKGROUND = (
    "The United Nations Office on Drugs and Crime (UNODC) assists Member States in their "
    "struggle against illicit drugs, crime and terrorism. The Regional Office for Southeast "
    "Asia and the Pacific (ROSEAP) in Bangkok covers 27 countries and territories and "
    "implements the Regional Programme for Southeast Asia. Its Transnational Organized Crime "
    "and Border Management Programme supports a network of more than 100 Border Liaison "
    "Offices along the land borders of the Mekong region, as well as port control units under "
    "the joint UNODC-WCO Container Control Programme."
)

DOCX_DUTIES_INTRO = (
    "Under the direct supervision of the Programme Coordinator, Border Management (P-4), and "
    "within delegated authority, the JPO will:"
)

DOCX_DUTIES = [
    "Support the planning, implementation and monitoring of border management activities in "
    "Cambodia, Lao PDR, Myanmar, Thailand and Viet Nam, including the preparation of work "
    "plans and progress reports to donors;",
    "Analyse trends in the trafficking of methamphetamine, precursor chemicals, wildlife and "
    "timber, and contribute to UNODC regional threat assessments;",
    "Assist in the organization of trainings, workshops and cross-border meetings for law "
    "enforcement officers, in particular:",
    "Maintain the programme's monitoring database and indicators, and contribute to results reporting;",
    "Contribute to the mainstreaming of gender and human rights in border management activities;",
    "Liaise with counterparts in national agencies, embassies and other UN entities based in Bangkok;",
    "Perform other related duties as assigned.",
]
DOCX_DUTY_SUBITEMS = [
    "preparing concept notes, agendas and participant lists;",
    "drafting meeting reports and follow-up action plans.",
]

DOCX_LEARNING = [
    "A solid understanding of how UNODC designs and delivers technical assistance in the "
    "field of border management and transnational organized crime.",
    "Practical experience in project management, results-based monitoring and donor reporting.",
    "Knowledge of regional cooperation mechanisms in Southeast Asia (ASEAN, Mekong MOU).",
    "Skills in drafting, presentation and inter-agency coordination.",
]

DOCX_QUALIFICATIONS = [
    (
        "Education",
        "Advanced university degree (Master's degree or equivalent) in criminology, law, "
        "international relations, public administration or a related field. A first-level "
        "university degree in combination with two additional years of qualifying experience "
        "may be accepted in lieu of the advanced university degree.",
    ),
    (
        "Work Experience",
        "A minimum of two (2) years of progressively responsible professional experience in "
        "crime prevention, law enforcement cooperation, border management or a related area "
        "is required. Experience in Southeast Asia is desirable.",
    ),
    (
        "Languages",
        "English and French are the working languages of the United Nations Secretariat. For "
        "this position, fluency in English (oral and written) is required. Knowledge of Thai "
        "or of another language of the region is an asset.",
    ),
]
DOCX_COMPETENCIES = [
    "Professionalism",
    "Communication",
    "Teamwork",
    "Planning and Organizing",
    "Client Orientation",
]

DOCX_MILITARY = [
    ("Length of military service", "Extension of the age limit"),
    ("Less than 1 year", "1 year"),
    ("1 year or more but less than 2 years", "2 years"),
    ("2 years or more", "3 years"),
]

DOCX_DOCUMENTS = [
    "MOFA JPO application form (Korean and English), duly completed;",
    "UN Personal History Profile (P11) or curriculum vitae in English;",
    "Official English test score report (TOEFL iBT, IELTS or NEW TEPS);",
    "Degree certificates and academic transcripts (Korean or English);",
    "Certificate of military service (male applicants, where applicable);",
    "Statement of purpose in English (maximum two pages).",
]


def _cell_text(cell, lines, bold=False):
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def build_docx(path: Path) -> None:
    doc = Document()
    section = doc.sections[0]
    section.left_margin = Cm(2.2)
    section.right_margin = Cm(2.2)
    styles = doc.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(10.5)

    doc.add_paragraph("Ministry of Foreign Affairs, Republic of Korea", style="Title")
    doc.add_paragraph("2027 Junior Professional Officer (JPO) Programme - 1st Round", style="Subtitle")
    doc.add_paragraph("TERMS OF REFERENCE", style="Heading 1")

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, lines in DOCX_FACTS:
        row = table.add_row()
        _cell_text(row.cells[0], [label], bold=True)
        _cell_text(row.cells[1], lines)
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12.0)

    doc.add_paragraph("1. Background", style="Heading 1")
    doc.add_paragraph(DOCX_BACKGROUND)

    doc.add_paragraph("2. What will the JPO do?", style="Heading 1")
    doc.add_paragraph(DOCX_DUTIES_INTRO)
    for i, duty in enumerate(DOCX_DUTIES):
        doc.add_paragraph(duty, style="List Bullet")
        if i == 2:
            for sub in DOCX_DUTY_SUBITEMS:
                doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_paragraph("3. Learning Elements", style="Heading 1")
    doc.add_paragraph("Upon completion of the assignment, the JPO will have acquired:")
    for item in DOCX_LEARNING:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("4. Qualifications", style="Heading 1")
    qtable = doc.add_table(rows=0, cols=2)
    qtable.style = "Table Grid"
    for label, text in DOCX_QUALIFICATIONS:
        row = qtable.add_row()
        _cell_text(row.cells[0], [label], bold=True)
        _cell_text(row.cells[1], [text])
    row = qtable.add_row()
    _cell_text(row.cells[0], ["Competencies"], bold=True)
    cell = row.cells[1]
    cell.paragraphs[0].add_run("UN core competencies:")
    for comp in DOCX_COMPETENCIES:
        cell.add_paragraph(comp, style="List Bullet")
    for r in qtable.rows:
        r.cells[0].width = Cm(4.5)
        r.cells[1].width = Cm(12.0)

    doc.add_paragraph("5. Who can apply? (MOFA Special Conditions)", style="Heading 1")
    doc.add_paragraph(
        "In addition to the qualifications above, applicants must meet the following "
        "conditions of the Korean JPO Programme:"
    )
    doc.add_paragraph(
        "Nationality: citizens of the Republic of Korea only. Holders of dual nationality are not eligible.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Age: 32 years old or younger as of 31 December 2027 (born on or after "
        "1 January 1995). For male applicants who have completed military service, the age "
        "limit is extended according to the length of service, as shown below.",
        style="List Bullet",
    )
    mtable = doc.add_table(rows=0, cols=2)
    mtable.style = "Table Grid"
    for i, (a, b) in enumerate(DOCX_MILITARY):
        row = mtable.add_row()
        _cell_text(row.cells[0], [a], bold=(i == 0))
        _cell_text(row.cells[1], [b], bold=(i == 0))
    doc.add_paragraph(
        "English proficiency: TOEFL iBT 102 or above, IELTS (Academic) 7.0 or above, or "
        "NEW TEPS 452 or above. Only scores from tests taken within two (2) years before the "
        "closing date are accepted. TOEFL iBT Home Edition and MyBest scores are not "
        "accepted.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Military service: male applicants must have completed, or be exempted from, "
        "military service by the closing date.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Former JPOs: those who have previously served as a JPO funded by the Government of "
        "the Republic of Korea are not eligible.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Number of applications: each applicant may apply for only one JPO position per year.",
        style="List Bullet",
    )

    doc.add_paragraph("6. Required Documents", style="Heading 1")
    for item in DOCX_DOCUMENTS:
        doc.add_paragraph(item, style="List Number")

    doc.add_paragraph("7. How to Apply", style="Heading 1")
    doc.add_paragraph(
        "Applications must be submitted online through the MOFA International Organization "
        "Recruitment Center website no later than 25 January 2027 (Mon), 18:00 Korea Standard "
        "Time (KST). Late or incomplete applications will not be considered. The results of "
        "the document screening will be announced on 5 February 2027; interviews (in English) "
        "are tentatively scheduled for the last week of February 2027 in Seoul. The final "
        "selection is made by UNODC."
    )
    note = doc.add_paragraph()
    note.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = note.add_run(
        "Inquiries: JPO Programme, Division of International Organizations Recruitment, "
        "Ministry of Foreign Affairs (e-mail only)."
    )
    run.italic = True

    footer = section.footer.paragraphs[0]
    footer.text = "MOFA - UNODC JPO Terms of Reference | Req. ID 27-UNODC-RSEAP-0112"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    cp = doc.core_properties
    cp.author = "MOFA JPO Programme"
    cp.last_modified_by = "MOFA JPO Programme"
    cp.title = "JPO ToR - UNODC Bangkok"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    naive = FIXED.replace(tzinfo=None)
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive

    buf = io.BytesIO()
    doc.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data: bytes, path: Path) -> None:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# PDF: PAHO/WHO Guatemala, Finnish JPO programme (Spanish)
# ---------------------------------------------------------------------------

PDF_FACTS = [
    (
        "Título del puesto",
        "Profesional Asociado/a (JPO) en Salud Ambiental y Cambio Climático",
    ),
    ("Aviso de vacante N.º", "PAHO/26/JPO/07"),
    ("Ref. del Ministerio", "UM VN/8841/2026"),
    ("Organización", "Organización Panamericana de la Salud (OPS/OMS)"),
    (
        "Unidad",
        "Representación de la OPS/OMS en Guatemala - Unidad de Determinantes Ambientales de la Salud",
    ),
    ("Lugar de destino", "Ciudad de Guatemala, Guatemala"),
    ("Grado", "P-2"),
    ("Duración", "Un (1) año, con posibilidad de extensión por un segundo año"),
    ("Financiado por", "Ministerio de Asuntos Exteriores de Finlandia"),
    ("Fecha de publicación", "7 de agosto de 2026"),
    ("Fecha de cierre", "4 de septiembre de 2026, 16:00 horas (hora de Helsinki, EEST)"),
]

PDF_CONTEXT = (
    "La Organización Panamericana de la Salud (OPS) es el organismo especializado en salud del "
    "sistema interamericano y actúa como Oficina Regional para las Américas de la Organización "
    "Mundial de la Salud. La Representación en Guatemala coopera con el Ministerio de Salud "
    "Pública y Asistencia Social (MSPAS) en la adaptación del sector salud al cambio climático, "
    "la vigilancia de la calidad del agua y del aire y la gestión de los riesgos sanitarios "
    "asociados a eventos extremos. El puesto apoya la ejecución del plan nacional de salud y "
    "cambio climático y la iniciativa de establecimientos de salud inteligentes."
)

PDF_DUTIES_INTRO = (
    "Bajo la supervisión del Asesor en Salud Ambiental (P-4) y la orientación general de la "
    "Representante de la OPS/OMS en Guatemala (D-1), el/la JPO:"
)

PDF_DUTIES = [
    "Apoyará al MSPAS en la actualización e implementación del plan nacional de adaptación "
    "del sector salud al cambio climático.",
    "Contribuirá a la evaluación de la vulnerabilidad de los establecimientos de salud ante "
    "inundaciones, sequías y olas de calor, y a la aplicación de la herramienta de hospitales "
    "inteligentes.",
    "Analizará datos de vigilancia de enfermedades sensibles al clima (dengue, enfermedades "
    "diarreicas, golpes de calor) y preparará boletines e informes técnicos.",
    "Apoyará la vigilancia de la calidad del agua para consumo humano en los departamentos priorizados.",
    "Participará en la organización de talleres y cursos para personal de salud y gobiernos municipales.",
    "Contribuirá a la preparación de propuestas de proyecto y de informes para donantes.",
    "Realizará otras tareas relacionadas que le sean asignadas.",
]

PDF_LEARNING = [
    "Conocimiento del funcionamiento de una representación de país de la OPS/OMS y de la "
    "cooperación técnica con un ministerio de salud.",
    "Experiencia práctica en la gestión de proyectos de salud y cambio climático.",
    "Manejo de herramientas de evaluación de riesgos y de vulnerabilidad en salud ambiental.",
    "Habilidades de coordinación interinstitucional con el sistema de las Naciones Unidas y los donantes.",
]

PDF_REQUIREMENTS = [
    (
        "Educación",
        "Esencial: título universitario de maestría en salud pública, salud ambiental, "
        "ingeniería sanitaria, ciencias ambientales o un campo afín. Deseable: formación "
        "específica en cambio climático y salud.",
    ),
    (
        "Experiencia",
        "Esencial: al menos tres (3) años de experiencia profesional en salud ambiental, "
        "gestión de riesgos o cambio climático, a nivel nacional. Deseable: experiencia en el "
        "sistema de las Naciones Unidas o en América Central.",
    ),
    (
        "Idiomas",
        "Dominio del español y del inglés. Es deseable el conocimiento del francés o del portugués.",
    ),
]

PDF_COMPETENCIES = [
    "Respeto y fomento de las diferencias individuales y culturales",
    "Trabajo en equipo",
    "Comunicación",
    "Obtención de resultados",
    "Adaptación a un entorno cambiante",
]

PDF_CONDITIONS = [
    "Ciudadanía finlandesa. Las personas con doble nacionalidad finlandesa y guatemalteca no "
    "podrán ser asignadas a este puesto.",
    "Tener como máximo 32 años en la fecha de cierre de esta vacante.",
    "Título de maestría y al menos dos (2) años de experiencia profesional pertinente, o título "
    "de licenciatura o grado y al menos cuatro (4) años de experiencia profesional pertinente.",
    "No haber trabajado anteriormente como JPO, con financiación de Finlandia o de cualquier otro país.",
    "El Ministerio realiza una sola convocatoria al año; en la convocatoria 2026 cada persona "
    "puede presentar solicitud a un máximo de tres puestos.",
]

PDF_DOCUMENTS = [
    "Curriculum vitae en inglés o en español (máximo tres páginas).",
    "Carta de motivación dirigida a la OPS/OMS (máximo una página).",
    "Copia de los títulos universitarios.",
    "Nombre y datos de contacto de dos referencias profesionales.",
]


class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Organización Panamericana de la Salud - Representación en Guatemala")
        self.cell(0, 5, "Aviso de vacante PAHO/26/JPO/07", align="R")
        self.ln(6)
        self.set_draw_color(0, 94, 154)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


LABEL_W = 48
VALUE_W = 96


def _room(pdf: ToRPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _pdf_rows(pdf: ToRPDF, rows) -> None:
    for label, value in rows:
        pdf.set_font("Helvetica", "", 10)
        lines = pdf.multi_cell(VALUE_W, 5.5, value, dry_run=True, output="LINES")
        _room(pdf, 5.5 * len(lines))
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(LABEL_W, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + LABEL_W, y)
        pdf.multi_cell(VALUE_W, 5.5, value, align="L")
        pdf.ln(1)


def _pdf_heading(pdf: ToRPDF, text: str) -> None:
    pdf.ln(3)
    _room(pdf, 24)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 94, 154)
    pdf.cell(0, 7, text)
    pdf.ln(8)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 10)


def _pdf_para(pdf: ToRPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text)
    pdf.ln(2)


def _pdf_bullets(pdf: ToRPDF, items, numbered=False) -> None:
    pdf.set_font("Helvetica", "", 10)
    for i, item in enumerate(items, 1):
        mark = f"{i}." if numbered else "-"
        lines = pdf.multi_cell(pdf.epw - 9, 5.2, item, dry_run=True, output="LINES")
        _room(pdf, 5.2 * len(lines) + 1)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5.2, mark)
        pdf.set_xy(pdf.l_margin + 9, y)
        pdf.multi_cell(0, 5.2, item)
        pdf.ln(0.8)


def build_pdf(path: Path) -> None:
    pdf = ToRPDF(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Aviso de vacante PAHO/26/JPO/07")
    pdf.set_author("OPS/OMS Guatemala")
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "ORGANIZACIÓN PANAMERICANA DE LA SALUD", align="C")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Oficina Regional para las Américas de la Organización Mundial de la Salud",
        align="C",
    )
    pdf.ln(9)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        6,
        "AVISO DE VACANTE - PROGRAMA DE PROFESIONALES ASOCIADOS (JPO) DE FINLANDIA",
        align="C",
    )
    pdf.ln(5)

    _pdf_rows(pdf, PDF_FACTS)

    _pdf_heading(pdf, "1. Objetivo del puesto")
    _pdf_para(pdf, PDF_CONTEXT)

    _pdf_heading(pdf, "2. Funciones principales")
    _pdf_para(pdf, PDF_DUTIES_INTRO)
    _pdf_bullets(pdf, PDF_DUTIES)

    _pdf_heading(pdf, "3. Elementos de aprendizaje")
    _pdf_bullets(pdf, PDF_LEARNING)

    _pdf_heading(pdf, "4. Requisitos del puesto")
    _pdf_rows(pdf, PDF_REQUIREMENTS)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Competencias de la OPS")
    pdf.ln(7)
    _pdf_bullets(pdf, PDF_COMPETENCIES)

    _pdf_heading(pdf, "5. Condiciones generales del Programa JPO de Finlandia")
    _pdf_bullets(pdf, PDF_CONDITIONS)

    _pdf_heading(pdf, "6. Documentos requeridos")
    _pdf_bullets(pdf, PDF_DOCUMENTS, numbered=True)

    _pdf_heading(pdf, "7. Cómo postular")
    _pdf_para(
        pdf,
        "Las solicitudes deben enviarse a través del portal de contratación del Ministerio de "
        "Asuntos Exteriores de Finlandia a más tardar el 4 de septiembre de 2026 a las 16:00 "
        "horas (hora de Helsinki, EEST). No se tomarán en cuenta las solicitudes incompletas o "
        "recibidas fuera de plazo. Las entrevistas se realizarán en Helsinki o por "
        "videoconferencia la semana del 28 de septiembre de 2026. La OPS/OMS aplica una "
        "política de tolerancia cero frente a la explotación y el abuso sexuales y no cobra "
        "tarifa alguna en ninguna etapa del proceso de selección.",
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "unodc_korea_bangkok.docx")
    build_pdf(HERE / "ops_finlandia_guatemala_es.pdf")


if __name__ == "__main__":
    main()
