"""Build the binary test documents of this folder (deterministic output).

Run with the project's virtualenv:  /work/main/.venv/bin/python make_binaries.py

Writes:
- acnur_espana_sanjose.pdf             (fpdf2, Spanish, 3 pages, borderless label/value rows)
- unodc_korea_tashkent.docx            (python-docx, English, headings, lists, facts table)
- oit_france_antananarivo_formulaire.docx
                                       (python-docx + raw WordprocessingML: content controls,
                                        checkbox controls, a text box, list styles; French)
"""

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
FIXED = datetime(2027, 4, 26, 9, 0, 0, tzinfo=timezone.utc)
ZIP_DATE = (2027, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------


def save_docx_deterministic(doc, path, created):
    cp = doc.core_properties
    cp.author = "JPO Service Centre"
    cp.last_modified_by = "JPO Service Centre"
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 3
    cp.comments = ""
    cp.keywords = ""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name), compresslevel=9)
    path.write_bytes(out.getvalue())


def set_cell_text(cell, text, bold=False):
    """Put text in a cell; a '\n' becomes a line break inside the same paragraph."""
    par = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()
    return par


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = footer_text
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)


# ----------------------------------------------------------------------------------------------
# 1. PDF (Spanish): UNHCR San José, Spanish JPO programme
# ----------------------------------------------------------------------------------------------


class AcnurPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "ACNUR - Oficina Multipaís en San José")
        self.cell(0, 5, "Términos de referencia JPO - N.º 2027/JPO/CR/03", align="R")
        self.ln(5)
        self.set_draw_color(0, 114, 188)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(120, 5, "Programa JPO de España - Convocatoria 2027")
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def pdf_row(pdf, label, value, lw=52, h=5.6):
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(lw, h, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, h, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(0.8)


def pdf_heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 114, 188)
    pdf.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def pdf_par(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)


def pdf_bullets(pdf, items, mark="\u2022"):
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(5, 5.2, mark)
        pdf.multi_cell(0, 5.2, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)


def build_acnur_pdf():
    pdf = AcnurPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("ACNUR Costa Rica")
    pdf.set_title("TdR JPO 2027/JPO/CR/03")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0,
        6,
        "ALTO COMISIONADO DE LAS NACIONES UNIDAS PARA LOS REFUGIADOS",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Oficina Multipaís en San José", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "TÉRMINOS DE REFERENCIA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(
        0,
        5,
        "Programa de Oficiales Profesionales Junior (JPO) de España",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(6)

    rows = [
        (
            "Título del puesto",
            "Oficial Profesional Junior (JPO) de Protección - Movimientos Mixtos y Soluciones Duraderas",
        ),
        ("N.º de vacante ACNUR", "2027/JPO/CR/03"),
        ("Expediente MAEUEC", "JPO-ES-27-0021"),
        ("Organización", "Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR)"),
        (
            "Unidad",
            "Unidad de Protección, Oficina Multipaís en San José (Costa Rica y Nicaragua), "
            "con misiones a las oficinas de terreno de Upala y Los Chiles",
        ),
        ("Ciudad", "San José"),
        ("País", "Costa Rica"),
        ("Categoría", "P-2"),
        ("Duración", "12 meses, prorrogables por otros 12 meses"),
        (
            "Financiación",
            "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación de España (MAEUEC)",
        ),
        ("Supervisión", "Oficial Superior de Protección (P-4)"),
        ("Fecha de publicación", "lunes 26 de abril de 2027"),
        ("Fecha límite", "lunes 24 de mayo de 2027, 23:59 (hora de Costa Rica, UTC-6)"),
    ]
    for label, value in rows:
        pdf_row(pdf, label, value)

    pdf_heading(pdf, "1. CONTEXTO")
    pdf_par(
        pdf,
        "Costa Rica acoge a más de 250.000 personas refugiadas y solicitantes de asilo, en su "
        "mayoría procedentes de Nicaragua, Venezuela y Colombia, y es además un país de tránsito "
        "de movimientos mixtos hacia el norte del continente. La Oficina Multipaís del ACNUR en "
        "San José apoya a la Unidad de Refugio de la Dirección General de Migración y Extranjería "
        "y a las organizaciones socias en materia de registro, acceso al procedimiento de asilo, "
        "protección de la niñez y soluciones duraderas, incluida la integración local.",
    )
    pdf_par(
        pdf,
        "La Unidad de Protección está integrada por un Oficial Superior de Protección (P-4), "
        "dos Oficiales de Protección (P-3 y NO-B) y cinco Asistentes. El puesto de JPO se creó "
        "en 2025; el primer JPO, de categoría P-1, fue financiado por otro donante.",
    )

    pdf_heading(pdf, "2. FUNCIONES Y RESPONSABILIDADES")
    pdf_par(pdf, "Bajo la supervisión del Oficial Superior de Protección, el/la JPO:")
    pdf_bullets(
        pdf,
        [
            "Dará seguimiento a la situación de protección de las personas en movimientos "
            "mixtos en la frontera norte y en los centros de atención a migrantes, y preparará "
            "informes periódicos de monitoreo;",
            "Apoyará a las autoridades en la mejora de la calidad del procedimiento de "
            "determinación de la condición de refugiado, incluido el análisis de información "
            "sobre países de origen;",
            "Contribuirá a la identificación y remisión de casos con necesidades específicas "
            "(niñez no acompañada, sobrevivientes de violencia de género, personas LGBTIQ+);",
            "Participará en el diseño de la estrategia plurianual de soluciones duraderas y en "
            "el seguimiento de los programas de integración local con gobiernos municipales y "
            "el sector privado;",
            "Apoyará la gestión de proyectos con las organizaciones socias, incluida la "
            "verificación de informes narrativos y la preparación de visitas de monitoreo;",
            "Mantendrá las bases de datos de protección (proGres v4) y preparará análisis "
            "estadísticos para la planificación anual;",
            "Redactará notas informativas, actas de reuniones y contribuciones a informes regionales;",
            "Realizará otras tareas afines que le sean asignadas.",
        ],
    )

    pdf_heading(pdf, "3. ELEMENTOS DE APRENDIZAJE")
    pdf_bullets(
        pdf,
        [
            "Conocimiento práctico del derecho internacional de los refugiados y de su "
            "aplicación por las autoridades nacionales.",
            "Experiencia en la gestión de casos, el monitoreo de protección y el análisis de "
            "datos en una operación de tamaño medio.",
            "Habilidades de coordinación interinstitucional con el sistema de las Naciones "
            "Unidas, el Gobierno y la sociedad civil.",
            "Participación en el Programa de Aprendizaje en Protección del ACNUR y en el "
            "seminario de inducción para JPO en Copenhague.",
            "Un plan de trabajo y de aprendizaje acordado con el supervisor y revisado cada seis meses.",
        ],
    )

    pdf_heading(pdf, "4. PERFIL REQUERIDO")
    pdf_row(
        pdf,
        "Formación",
        "Maestría en derecho, derecho internacional, ciencias políticas, relaciones "
        "internacionales o área afín. Se aceptará una licenciatura con dos años adicionales "
        "de experiencia pertinente en lugar de la maestría. No se aceptan candidaturas de "
        "estudiantes que aún no hayan obtenido el título.",
    )
    pdf_row(
        pdf,
        "Experiencia laboral",
        "(mín.) 2 años - (máx.) 5 años en protección internacional, derechos humanos o "
        "asistencia humanitaria, preferiblemente con población refugiada o desplazada.",
    )
    pdf_row(
        pdf,
        "Idiomas",
        "Dominio del español y del inglés, oral y escrito (requisito). Se valorará el "
        "conocimiento del francés.",
    )
    pdf_row(pdf, "Informática", "Manejo avanzado de Excel; conocimiento de Power BI deseable.")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Competencias", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf_bullets(
        pdf,
        [
            "Rendición de cuentas",
            "Comunicación",
            "Conciencia organizacional",
            "Trabajo en equipo y colaboración",
            "Compromiso con el aprendizaje continuo",
            "Orientación al cliente y a los resultados",
        ],
    )

    pdf_heading(pdf, "5. REQUISITOS DEL PROGRAMA JPO DE ESPAÑA")
    pdf_bullets(
        pdf,
        [
            "Tener la nacionalidad española. Las personas con doble nacionalidad española y "
            "costarricense no son elegibles para este puesto.",
            "No superar los 30 años de edad a 31 de diciembre de 2027.",
            "Estar en posesión de un título de máster y acreditar al menos un año de "
            "experiencia profesional.",
            "Acreditar el nivel de inglés mediante TOEFL iBT (mínimo 95 puntos) o IELTS "
            "Academic (mínimo 7,0), con una antigüedad máxima de tres años en la fecha límite.",
            "No haber sido JPO con anterioridad, con independencia del país donante.",
            "El programa realiza una única convocatoria anual; cada candidato/a puede optar a un "
            "máximo de tres puestos.",
        ],
    )

    pdf_heading(pdf, "6. DOCUMENTOS REQUERIDOS")
    pdf.set_font("Helvetica", "", 10)
    docs = [
        "Currículum vitae en inglés (formato Europass).",
        "Carta de motivación en español o inglés (una página).",
        "Copia del título de máster o de licenciatura.",
        "Certificado oficial del examen de inglés.",
        "Copia del DNI o del pasaporte español.",
    ]
    for i, item in enumerate(docs, 1):
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(7, 5.2, f"{i})")
        pdf.multi_cell(0, 5.2, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)

    pdf_heading(pdf, "7. CÓMO POSTULAR")
    pdf_par(
        pdf,
        "Las candidaturas se presentan exclusivamente en la sede electrónica del MAEUEC hasta el "
        "lunes 24 de mayo de 2027 a las 23:59 (hora de Costa Rica). No se tendrán en cuenta las "
        "solicitudes incompletas o recibidas fuera de plazo. El contrato inicial es de 12 meses. "
        "La convocatoria de 2026 cerró el 31 de mayo de 2026; las solicitudes presentadas "
        "entonces no se trasladan a la presente convocatoria.",
    )
    pdf_par(
        pdf,
        "El ACNUR está comprometido con la diversidad y la inclusión y no cobra tarifa alguna "
        "en ninguna etapa del proceso de selección.",
    )
    pdf.output(str(HERE / "acnur_espana_sanjose.pdf"))


# ----------------------------------------------------------------------------------------------
# 2. DOCX (English): UNODC Tashkent, Korean JPO programme
# ----------------------------------------------------------------------------------------------


def build_unodc_docx():
    doc = Document()
    header_footer(
        doc,
        "UNODC · Regional Office for Central Asia · JPO Terms of Reference",
        "Korean JPO Programme 2027 – Vacancy UNODC/ROCA/JPO/27-02",
    )
    doc.add_paragraph("UNITED NATIONS OFFICE ON DRUGS AND CRIME", style="Title")
    doc.add_heading("Terms of Reference – Junior Professional Officer", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Grade: P-2 | Duration: 12 months | Closing: 13 August 2027")
    r.bold = True

    facts = [
        (
            "Post title",
            "Associate Programme Officer (JPO) – Border Management and\nPrecursor Control",
        ),
        ("Vacancy no.", "UNODC/ROCA/JPO/27-02"),
        ("MOFA reference", "2027-KJPO-11"),
        ("Organization", "United Nations Office on Drugs and Crime (UNODC)"),
        (
            "Office / Unit",
            "Regional Office for Central Asia (ROCA),\nBorder Management and Law Enforcement "
            "Cooperation Programme",
        ),
        ("Duty station", "Tashkent, Uzbekistan"),
        ("Grade", "P-2"),
        (
            "Duration",
            "One year, extendable for a second year subject to funding and satisfactory performance",
        ),
        ("Sponsor", "Government of the Republic of Korea (Ministry of Foreign Affairs)"),
        ("Supervisor", "Programme Management Officer (P-4)"),
        ("Posted", "12 July 2027"),
        ("Deadline", "13 August 2027, 18:00 Seoul time"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        set_cell_text(cells[0], label, bold=True)
        set_cell_text(cells[1], value)

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "The UNODC Regional Office for Central Asia (ROCA) in Tashkent supports Kazakhstan, the "
        "Kyrgyz Republic, Tajikistan, Turkmenistan and Uzbekistan in countering drug trafficking, "
        "transnational organized crime and the diversion of chemical precursors. The Border "
        "Management and Law Enforcement Cooperation Programme works with border guards, customs "
        "and drug control agencies at more than 40 border crossing points, many of them along "
        "the Afghan border."
    )
    doc.add_paragraph(
        "The JPO will be part of a team of eleven staff led by the Regional Programme "
        "Coordinator (P-5). The post was previously filled by a Programme Officer (P-3) funded "
        "by the European Union."
    )

    doc.add_heading("2. Duties and responsibilities", level=1)
    doc.add_paragraph("Under the direct supervision of the Programme Management Officer (P-4), the JPO will:")
    duties = [
        (
            "Support the planning, implementation and monitoring of border management "
            "activities in the five Central Asian countries;",
            [],
        ),
        (
            "Contribute to the analysis of seizure data and trafficking trends, and draft "
            "regional situation updates;",
            [],
        ),
        (
            "Assist in the organization of joint operations, trainings and study visits for "
            "border and customs officers;",
            [],
        ),
        (
            "Support the precursor control component, in particular:",
            [
                "the review of national precursor control legislation and its alignment with "
                "the 1988 Convention;",
                "the roll-out of the Pre-Export Notification Online (PEN Online) system.",
            ],
        ),
        (
            "Prepare donor reports, project revisions and briefing notes for senior management;",
            [],
        ),
        (
            "Liaise with partner agencies (OSCE, IOM, CARICC) and the diplomatic community in Tashkent;",
            [],
        ),
        ("Perform other related duties as assigned.", []),
    ]
    for text, subs in duties:
        doc.add_paragraph(text, style="List Bullet")
        for sub in subs:
            doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("3. Learning elements", level=1)
    doc.add_paragraph("By the end of the assignment, the JPO will have:")
    for text in [
        "Gained a thorough understanding of UNODC's mandate and of the international drug "
        "control conventions;",
        "Acquired practical skills in project cycle management and results-based reporting;",
        "Built a network with law enforcement agencies and international partners in the region;",
        "Completed the UNODC induction programme in Vienna and the mandatory UN trainings;",
        "Developed the analytical and drafting skills required of a Programme Officer.",
    ]:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("4. Qualifications", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "An advanced university degree (Master's degree or equivalent) in law, criminology, "
        "international relations, public administration, chemistry or a related field. A "
        "first-level university degree in combination with two additional years of qualifying "
        "experience may be accepted in lieu of the advanced university degree."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "Work experience (min.) 2-5 yrs in law enforcement cooperation, border management, "
        "criminal justice or a related area. Experience in Central Asia is desirable."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "English and French are the working languages of the United Nations Secretariat. For "
        "this post, fluency in English is required. Knowledge of Russian is desirable; knowledge "
        "of Uzbek is an asset."
    )

    doc.add_heading("5. Competencies", level=1)
    comp = doc.add_table(rows=1, cols=2)
    comp.style = "Table Grid"
    set_cell_text(comp.rows[0].cells[0], "Competency", bold=True)
    set_cell_text(comp.rows[0].cells[1], "Description", bold=True)
    for name, desc in [
        ("Professionalism", "Knowledge of drug control and crime prevention issues."),
        ("Communication", "Speaks and writes clearly and effectively."),
        ("Teamwork", "Works collaboratively with colleagues to achieve organizational goals."),
        ("Planning and organizing", "Develops clear goals consistent with agreed strategies."),
        ("Accountability", "Takes ownership of all responsibilities and honours commitments."),
    ]:
        cells = comp.add_row().cells
        set_cell_text(cells[0], name)
        set_cell_text(cells[1], desc)

    doc.add_heading("6. Eligibility – Korean JPO Programme", level=1)
    for text in [
        "Nationality: citizens of the Republic of Korea only. Applicants who also hold the "
        "nationality of Uzbekistan are not eligible for this post.",
        "Age: applicants must be born on or after 1 January 1994.",
        "The age limit is extended for applicants who have completed military service: by one "
        "year for service of less than one year, by two years for service of one year or more "
        "but less than two years, and by three years for service of two years or more.",
        "English proficiency: a minimum score of TOEFL iBT 100, NEW TEPS 452 or IELTS 7.0. Only "
        "scores from tests taken within two years before the application deadline are accepted; "
        "TOEFL MyBest scores are not accepted.",
        "Applicants may apply for up to two positions per year.",
        "Those who have already served as a JPO funded by the Government of the Republic of "
        "Korea are not eligible.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("7. Required documents", level=1)
    for text in [
        "Application form (Korean and English versions)",
        "English CV in the UN Personal History Profile format",
        "Copies of university degree certificates",
        "Official English test score report",
        "Certificate of military service discharge (if applicable)",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("8. How to apply", level=1)
    doc.add_paragraph(
        "Submit all documents through the Korean JPO online portal by Friday, 13 August 2027, "
        "18:00 Seoul time. Late or incomplete applications will not be considered. Please note "
        "that the first 2027 posting for a UNODC position in Vienna closed on 15 March 2027; "
        "applications made then count towards the limit above."
    )
    save_docx_deterministic(doc, HERE / "unodc_korea_tashkent.docx", FIXED)


# ----------------------------------------------------------------------------------------------
# 3. DOCX form (French): ILO Antananarivo, French JEA programme; content controls + text box
# ----------------------------------------------------------------------------------------------

PLACEHOLDER = "Cliquez ou appuyez ici pour entrer du texte."
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
EXTRA_NS = {
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
}
TEXTBOX_NS = nsdecls("w", "wp") + "".join(f' xmlns:{k}="{v}"' for k, v in EXTRA_NS.items())


def _esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sdt_run_xml(alias, tag, sdt_id, text, placeholder=False):
    """A run-level plain-text content control (w:sdt inside a paragraph)."""
    if placeholder:
        pr_extra = "<w:showingPlcHdr/>"
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>'
    else:
        pr_extra = ""
        rpr = ""
    return (
        f"<w:sdt {nsdecls('w')}>"
        f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sdt_id}"/>'
        f"{pr_extra}<w:text/></w:sdtPr>"
        f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'
        f"</w:sdtContent></w:sdt>"
    )


def sdt_block_xml(alias, tag, sdt_id, lines):
    """A block-level rich-text content control holding one paragraph per line."""
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>' for line in lines)
    return (
        f"<w:sdt {nsdecls('w')}>"
        f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sdt_id}"/>'
        f"</w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>"
    )


def checkbox_xml(alias, tag, sdt_id, checked):
    mark = "\u2612" if checked else "\u2610"
    return (
        f"<w:sdt {nsdecls('w', 'w14')}>"
        f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sdt_id}"/>'
        f"<w14:checkbox>"
        f'<w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f"</w14:checkbox></w:sdtPr>"
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{mark}</w:t></w:r></w:sdtContent>'
        f"</w:sdt>"
    )


def plain_run_xml(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


def textbox_paragraph_xml(paragraphs, box_id, name, height_emu):
    """A paragraph holding a floating text box (DrawingML + VML fallback), as Word writes it.

    paragraphs: list of (style_id or None, text, bold)
    """

    def body():
        out = []
        for style, text, bold in paragraphs:
            ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
            rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
            out.append(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
        return "".join(out)

    width_emu = 5486400  # 6 inches
    height_pt = height_emu / 12700
    xml = (
        f"<w:p {TEXTBOX_NS}>"
        f"<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width_emu}" cy="{height_emu}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f"<wp:wrapTopAndBottom/>"
        f'<wp:docPr id="{box_id}" name="{name}"/>'
        f"<wp:cNvGraphicFramePr/>"
        f'<a:graphic xmlns:a="{A_NS}">'
        f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/>'
        f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="EEF3F8"/></a:solidFill>'
        f'<a:ln w="9525"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln>'
        f"</wps:spPr>"
        f"<wps:txbx><w:txbxContent>{body()}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        f'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        f"</wps:wsp></a:graphicData></a:graphic>"
        f"</wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict>"
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        f'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:432pt;'
        f"height:{height_pt:.1f}pt;z-index:251659264;mso-position-horizontal:center;"
        f'mso-position-horizontal-relative:margin" fillcolor="#eef3f8" strokecolor="#1f4e79">'
        f"<v:textbox><w:txbxContent>{body()}</w:txbxContent></v:textbox>"
        f'<w10:wrap type="topAndBottom" anchorx="margin"/>'
        f"</v:shape></w:pict></mc:Fallback>"
        f"</mc:AlternateContent></w:r></w:p>"
    )
    return xml


def build_oit_formulaire():
    doc = Document()
    styles = doc.styles
    ph = styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    header_footer(
        doc,
        "Organisation internationale du Travail – Modèle de TdR JEA/JPO (version 3.2, 2025)",
        "BIT – Bureau de pays pour Madagascar, les Comores, Maurice et les Seychelles",
    )

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("BUREAU INTERNATIONAL DU TRAVAIL")
    r.bold = True
    doc.add_paragraph("TERMES DE RÉFÉRENCE – JEUNE EXPERT ASSOCIÉ (JEA/JPO)", style="Title")
    instr = doc.add_paragraph()
    ir = instr.add_run(
        "Instructions : remplir les champs grisés. Les champs facultatifs peuvent rester vides. "
        "Supprimer les instructions avant publication."
    )
    ir.italic = True
    ir.font.size = Pt(8)
    ir.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    doc.add_heading("1. Informations générales", level=1)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"

    sdt_id = [100]

    def next_id():
        sdt_id[0] += 1
        return sdt_id[0]

    def label_row(label):
        cells = table.add_row().cells
        set_cell_text(cells[0], label, bold=True)
        return cells[1]

    def control_row(label, alias, tag, text, placeholder=False):
        cell = label_row(label)
        cell.paragraphs[0]._p.append(parse_xml(sdt_run_xml(alias, tag, next_id(), text, placeholder)))

    # the title is a block-level rich-text control holding the whole paragraph
    cell = label_row("Intitulé du poste")
    tc = cell._tc
    tc.remove(cell.paragraphs[0]._p)
    tc.append(
        parse_xml(
            sdt_block_xml(
                "Intitulé du poste",
                "titre_poste",
                next_id(),
                ["Jeune expert associé (JEA) – Emploi des jeunes et économie rurale"],
            )
        )
    )
    control_row("Numéro de l'avis", "Numéro de l'avis", "reference", "OIT/JEA/2027/014")
    control_row("Réf. bailleur (facultatif)", "Réf. bailleur", "ref_bailleur", PLACEHOLDER, True)
    control_row(
        "Organisation",
        "Organisation",
        "organisation",
        "Organisation internationale du Travail (OIT)",
    )
    control_row(
        "Service / Unité",
        "Unité",
        "unite",
        "Bureau de pays de l'OIT pour Madagascar, les Comores, Maurice et les Seychelles – "
        "Programme Emploi des jeunes",
    )
    control_row("Lieu d'affectation", "Lieu d'affectation", "lieu", "Antananarivo, Madagascar")

    # grade: two checkbox controls in one paragraph
    cell = label_row("Classe")
    par = cell.paragraphs[0]._p
    par.append(parse_xml(checkbox_xml("Classe P-1", "classe_p1", next_id(), False)))
    par.append(parse_xml(plain_run_xml(" P-1      ")))
    par.append(parse_xml(checkbox_xml("Classe P-2", "classe_p2", next_id(), True)))
    par.append(parse_xml(plain_run_xml(" P-2")))

    control_row(
        "Durée de l'affectation",
        "Durée",
        "duree",
        "12 mois, prolongeable une fois de 12 mois",
    )
    control_row(
        "Pays donateur",
        "Pays donateur",
        "donateur",
        "France – Ministère de l'Europe et des Affaires étrangères (MEAE), programme des "
        "jeunes experts associés",
    )
    control_row(
        "Supérieur·e hiérarchique",
        "Supérieur hiérarchique",
        "superviseur",
        "Spécialiste de l'emploi des jeunes (P-4)",
    )
    control_row("Autres lieux de mission (facultatif)", "Missions", "missions", PLACEHOLDER, True)
    control_row("Date de publication", "Date de publication", "publication", "1er juillet 2027")
    control_row(
        "Date limite de candidature",
        "Date limite",
        "date_limite",
        "Lundi 6 septembre 2027, 12h00 (heure de Paris)",
    )

    doc.add_heading("2. Contexte", level=1)
    doc.add_paragraph(
        "Madagascar compte près de 30 millions d'habitants, dont plus de 60 % ont moins de 25 "
        "ans. Chaque année, environ 500 000 jeunes arrivent sur le marché du travail, "
        "majoritairement dans l'économie informelle et l'agriculture familiale. Le Bureau de "
        "pays de l'OIT à Antananarivo met en œuvre, avec le ministère du Travail, de l'Emploi et "
        "de la Fonction publique et les partenaires sociaux, le programme « Emplois verts pour "
        "les jeunes ruraux » dans les régions Analamanga et Vakinankaratra."
    )

    doc.add_heading("3. Tâches et responsabilités", level=1)
    doc.add_paragraph(
        "Sous la supervision du/de la Spécialiste de l'emploi des jeunes, le/la JEA sera chargé·e de :"
    )
    for text in [
        "appuyer la mise en œuvre et le suivi du programme « Emplois verts pour les jeunes ruraux » ;",
        "contribuer à l'analyse des données sur le marché du travail et à l'élaboration de "
        "notes de synthèse ;",
        "préparer des notes d'orientation et des présentations à l'intention des mandants tripartites ;",
        "assurer le suivi des partenariats avec les organisations d'employeurs et de travailleurs ;",
        "participer à l'organisation d'ateliers de formation et de missions de terrain ;",
        "exécuter toute autre tâche confiée par sa hiérarchie.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("4. Éléments de formation", level=1)
    for text in [
        "Connaissance des normes internationales du travail et du tripartisme.",
        "Gestion de projets de coopération au développement selon l'approche axée sur les résultats.",
        "Participation au programme d'accueil des JEA au siège de l'OIT à Genève et au Centre "
        "international de formation de Turin.",
        "Plan de travail et d'apprentissage revu tous les six mois avec le/la superviseur·e.",
    ]:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("5. Qualifications et expérience", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Diplôme universitaire de niveau master (bac+5) en économie, sciences sociales, "
        "développement rural, politiques publiques ou domaine apparenté. Les étudiant·e·s qui "
        "n'auront pas obtenu leur master à la date limite ne sont pas admis·es."
    )
    doc.add_heading("Expérience professionnelle", level=2)
    doc.add_paragraph(
        "Au moins deux ans d'expérience professionnelle dans le domaine de l'emploi, du "
        "développement rural ou de la formation professionnelle, de préférence dans un pays en "
        "développement."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Excellente maîtrise du français et de l'anglais, à l'écrit comme à l'oral. La "
        "connaissance du malgache serait un atout."
    )

    doc.add_heading("6. Compétences", level=1)
    for text in [
        "Intégrité et transparence",
        "Sensibilité et adaptation à la diversité",
        "Orientation vers l'apprentissage et le partage des connaissances",
        "Orientation vers le client",
        "Communication",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("7. Conditions d'éligibilité du programme JEA", level=1)
    doc.add_paragraph("Voir l'encadré ci-dessous (rempli par le MEAE).")
    box = [
        (None, "Programme JEA de la France – conditions applicables à l'appel 2027", True),
        (
            "ListBullet",
            "être de nationalité française ; les binationaux franco-malgaches ne peuvent pas "
            "être affectés à Madagascar ;",
            False,
        ),
        ("ListBullet", "être âgé·e de 32 ans au plus au 31 décembre 2027 ;", False),
        (
            "ListBullet",
            "être titulaire d'un master (bac+5) et justifier d'au moins deux ans d'expérience "
            "professionnelle ;",
            False,
        ),
        (
            "ListBullet",
            "justifier d'un niveau d'anglais C1 : score minimal de 7,0 à l'IELTS (Academic) ou "
            "de 880 au TOEIC (Listening & Reading), test passé depuis moins de deux ans à la "
            "date limite ;",
            False,
        ),
        (
            "ListBullet",
            "ne pas avoir déjà occupé un poste de JEA/JPO, quel que soit le pays financeur ;",
            False,
        ),
        (
            "ListBullet",
            "le programme organise un appel par an ; chaque candidat·e peut postuler à trois "
            "postes au maximum.",
            False,
        ),
    ]
    doc.element.body.insert(
        len(doc.element.body) - 1,
        parse_xml(textbox_paragraph_xml(box, 1, "Zone de texte 1", 3108960)),
    )

    doc.add_heading("8. Pièces à fournir", level=1)
    for text in [
        "Curriculum vitae (deux pages au maximum)",
        "Lettre de motivation",
        "Copie du diplôme de master",
        "Attestation de résultat au test d'anglais",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("9. Modalités de candidature", level=1)
    doc.add_paragraph(
        "Les candidatures sont à déposer sur la plateforme du MEAE au plus tard le lundi 6 "
        "septembre 2027 à 12h00 (heure de Paris). L'affectation débute au plus tôt le 1er "
        "janvier 2028, pour un contrat initial de 12 mois. Pour mémoire, l'appel 2026 s'était "
        "clôturé le 8 septembre 2026."
    )
    save_docx_deterministic(doc, HERE / "oit_france_antananarivo_formulaire.docx", FIXED)


def main():
    build_acnur_pdf()
    build_unodc_docx()
    build_oit_formulaire()


if __name__ == "__main__":
    main()
