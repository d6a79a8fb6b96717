"""Build the two binary ToRs of this folder, byte-for-byte deterministic.

    /work/main/.venv/bin/python make_binaries.py

- iaea_norad_vienna.docx   (python-docx: IAEA vacancy notice, four-column facts table with a
                            merged title row, numbered functions and documents, competency tables)
- cepal_aecid_santiago_es.pdf (fpdf2: two pages, running header and footer, borderless
                            label/value rows drawn with cell()/multi_cell(), wrapped values)
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 8, 17, 8, 0, 0, tzinfo=dt.timezone.utc)
FIXED_PDF = dt.datetime(2027, 2, 8, 9, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 8, 17, 8, 0, 0)


# ---------------------------------------------------------------- DOCX ----


def _docx_save_deterministic(doc, path):
    cp = doc.core_properties
    cp.author = "IAEA Division of Human Resources"
    cp.last_modified_by = "IAEA"
    cp.title = "Vacancy Notice - Associate Medical Physicist (JPO)"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def _bold(cell, text):
    p = cell.paragraphs[0]
    p.add_run(text).bold = True


def _plain(cell, text):
    cell.paragraphs[0].add_run(text)


def _restart_numbering(doc, paragraphs):
    """Give these List Number paragraphs their own w:num, restarting at 1."""
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"].element
    num_id = int(style.pPr.numPr.numId.val)
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == num_id:
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    ab = OxmlElement("w:abstractNumId")
    ab.set(qn("w:val"), abstract)
    num.append(ab)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    for para in paragraphs:
        pPr = para._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        ilvl = OxmlElement("w:ilvl")
        ilvl.set(qn("w:val"), "0")
        nid = OxmlElement("w:numId")
        nid.set(qn("w:val"), str(new_id))
        numPr.append(ilvl)
        numPr.append(nid)
        pPr.insert(1, numPr)


def build_docx():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    doc.add_paragraph("International Atomic Energy Agency", style="Title")
    doc.add_paragraph("Atoms for Peace and Development", style="Subtitle")
    doc.add_paragraph(
        "Norwegian JPO Programme 2026 \u2013 position financed by the Norwegian Agency "
        "for Development Cooperation (Norad)"
    )
    doc.add_paragraph("VACANCY NOTICE", style="Heading 2")
    doc.add_paragraph("Associate Medical Physicist (JPO)", style="Heading 1")

    # four-column facts table: a merged title row, then two label/value pairs per row
    facts = [
        ("Requisition ID", "2026/0412", "Grade", "P-2"),
        (
            "Department",
            "Department of Nuclear Sciences and Applications (NA)",
            "Division",
            "Division of Human Health (NAHU)",
        ),
        (
            "Section",
            "Dosimetry and Medical Radiation Physics Section (DMRP)",
            "Duty Station",
            "Vienna, Austria",
        ),
        ("Type of Appointment", "Junior Professional Officer (JPO), fixed term", "Duration", "24 months"),
        ("Sponsoring Government", "Norway (Norad)", "Norad file no.", "26/01873-4"),
        ("Date of Issue", "2026-08-17", "Closing Date", "2026-09-14"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    head = t.rows[0].cells[0].merge(t.rows[0].cells[3])
    head.paragraphs[0].add_run("POSITION FACTS \u2013 Associate Medical Physicist (JPO)").bold = True
    for a, b, c, d in facts:
        cells = t.add_row().cells
        _bold(cells[0], a)
        _plain(cells[1], b)
        _bold(cells[2], c)
        _plain(cells[3], d)
    for row in t.rows:
        for i, w in enumerate((Cm(3.4), Cm(5.2), Cm(3.0), Cm(4.4))):
            row.cells[i].width = w

    doc.add_paragraph("Organizational Setting", style="Heading 2")
    doc.add_paragraph(
        "The Department of Nuclear Sciences and Applications implements the IAEA's "
        "programmes in food and agriculture, human health, water resources, the environment "
        "and industrial applications. The Division of Human Health helps Member States use "
        "nuclear techniques to prevent, diagnose and treat disease. Its Dosimetry and "
        "Medical Radiation Physics Section runs the IAEA Dosimetry Laboratory in "
        "Seibersdorf, which operates the IAEA/WHO network of Secondary Standards Dosimetry "
        "Laboratories and the postal dosimetry audit service for radiotherapy centres."
    )
    doc.add_paragraph("Main Purpose", style="Heading 2")
    doc.add_paragraph(
        "Reporting to the Section Head (P-5) and working under the day-to-day guidance of a "
        "Medical Physicist (P-4), the Associate Medical Physicist contributes to the "
        "Section's dosimetry audit and quality assurance programmes for radiotherapy, "
        "diagnostic radiology and nuclear medicine."
    )

    doc.add_paragraph("Functions / Key Results Expected", style="Heading 2")
    for item in [
        "Support the postal dosimetry audit programme for radiotherapy beams, including "
        "the preparation, evaluation and reporting of thermoluminescent and optically "
        "stimulated luminescence dosimeters.",
        "Contribute to the development of end-to-end audit methodologies for advanced "
        "radiotherapy techniques (IMRT, VMAT, SBRT).",
        "Assist in drafting and reviewing IAEA codes of practice, technical documents and "
        "guidance on dosimetry in diagnostic radiology.",
        "Analyse audit results and maintain the Section's dosimetry databases.",
        "Prepare training materials and contribute to regional training courses and "
        "coordinated research projects.",
        "Support technical cooperation projects in the field of medical radiation physics, "
        "including expert missions.",
        "Perform other related duties as assigned.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_paragraph("Learning Elements", style="Heading 2")
    doc.add_paragraph("Upon completion of the assignment the JPO will have:")
    for item in [
        "gained in-depth knowledge of international dosimetry standards and audit methodologies;",
        "acquired experience in the planning and delivery of technical cooperation and training activities;",
        "learned how an international organization supports national regulatory and health authorities;",
        "built a professional network with medical physicists and standards laboratories worldwide.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("Competencies and Expertise", style="Heading 2")
    doc.add_paragraph("Core Competencies", style="Heading 3")
    core = [
        (
            "Communication",
            "Communicates orally and in writing in a clear, concise and "
            "impartial manner. Takes time to listen to and understand the perspectives of "
            "others.",
        ),
        (
            "Achieving Results",
            "Takes initiative in defining realistic outputs and clarifying "
            "roles. Identifies opportunities to improve results.",
        ),
        ("Teamwork", "Actively contributes to achieving team results. Supports team decisions."),
        (
            "Planning and Organizing",
            "Plans and organizes own work in support of the achievement of the team's results.",
        ),
    ]
    functional = [
        ("Analytical Thinking", "Analyses data from different sources and draws logical conclusions."),
        (
            "Technical/Scientific Credibility",
            "Applies technical knowledge and keeps abreast of new developments in medical radiation physics.",
        ),
        ("Partnership Building", "Identifies and builds relationships with counterparts in Member States."),
    ]
    for rows, heading in ((core, None), (functional, "Functional Competencies")):
        if heading:
            doc.add_paragraph(heading, style="Heading 3")
        tb = doc.add_table(rows=1, cols=2)
        tb.style = "Table Grid"
        _bold(tb.rows[0].cells[0], "Name")
        _bold(tb.rows[0].cells[1], "Definition")
        for name, definition in rows:
            cells = tb.add_row().cells
            _plain(cells[0], name)
            _plain(cells[1], definition)

    doc.add_paragraph("Qualifications, Experience and Language Skills", style="Heading 2")
    for item in [
        "Master's Degree \u2013 Advanced university degree in medical physics, radiation "
        "physics or a closely related field.",
        "Minimum of two years of professional experience in clinical medical physics or "
        "radiation dosimetry. Experience in a standards dosimetry laboratory is an asset.",
        "Excellent oral and written command of English. Working knowledge of German is an asset.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("Norwegian JPO Programme \u2013 General Conditions", style="Heading 2")
    doc.add_paragraph(
        "The Norwegian JPO Programme is administered by Norad on behalf of the Ministry of "
        "Foreign Affairs. To be considered for this position you must:"
    )
    for item in [
        "hold Norwegian citizenship;",
        "be 32 years of age or younger as of 31 December 2026 (the year of application);",
        "hold a Master's degree and have at least two years of relevant paid work "
        "experience, or hold a Bachelor's degree and have at least four years of relevant "
        "paid work experience;",
        "not previously have held a JPO position, whether financed by Norway or by any other donor.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Each applicant may apply for a maximum of three positions in the autumn 2026 round. "
        "The spring 2026 round closed on 2 March 2026; applications made then do not carry "
        "over. JPOs receive a pre-assignment briefing in Oslo and a yearly duty travel and "
        "training allowance."
    )

    doc.add_paragraph("How to Apply", style="Heading 2")
    doc.add_paragraph("Please provide the following:")
    doc_items = []
    for item in [
        "Online application in the IAEA recruitment system, including your CV.",
        "Motivation letter in English (maximum one page).",
        "Copy of your Master's diploma and transcripts.",
        "Norad's JPO application form, quoting file no. 26/01873-4.",
    ]:
        doc_items.append(doc.add_paragraph(item, style="List Number"))
    _restart_numbering(doc, doc_items)
    doc.add_paragraph(
        "Applications must be received by midnight Vienna time on Monday, 14 September 2026. "
        "Interviews with shortlisted candidates are planned for October 2026."
    )

    doc.add_paragraph("Remuneration", style="Heading 2")
    doc.add_paragraph(
        "The JPO will be appointed at the P-2 level, step 1, for 24 months. The costs of the "
        "appointment are covered by the Government of Norway. The IAEA is committed to "
        "gender equality and to diversity, and applications from women are encouraged."
    )

    _docx_save_deterministic(doc, HERE / "iaea_norad_vienna.docx")


# ----------------------------------------------------------------- PDF ----


class CepalPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Cooperación Española - Programa JPO 2027", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "CEPAL - Santiago de Chile", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "TdR JPO-2027-019 · AECID / CEPAL", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Página {self.page_no()} de 2", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 48


def _row(pdf, label, value):
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(LABEL_W, 5.2, label, new_x="RIGHT", new_y="TOP")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
    if pdf.get_y() < y + 5.2:
        pdf.set_y(y + 5.2)
    pdf.ln(0.8)


def _h(pdf, text):
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def _p(pdf, text):
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _bullet(pdf, text, mark="-"):
    pdf.set_font("Helvetica", "", 9.5)
    x = pdf.l_margin
    pdf.set_x(x + 3)
    pdf.cell(5, 5, mark, new_x="RIGHT", new_y="TOP")
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)


def build_pdf():
    pdf = CepalPDF(format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("TdR JPO CEPAL - AECID 2027")
    pdf.set_author("AECID")
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Puesto de Joven Profesional (JPO) financiado por la Agencia Española de Cooperación "
        "Internacional para el Desarrollo (AECID)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    _h(pdf, "1. Datos del puesto")
    for label, value in [
        (
            "Título del puesto",
            "Oficial Asociado/a de Asuntos Económicos (JPO) - Economía del Cambio Climático",
        ),
        ("Código CEPAL", "JPO/DDSAH/2027/02"),
        ("Referencia AECID", "JPO-2027-019"),
        ("Organismo", "Comisión Económica para América Latina y el Caribe (CEPAL / ECLAC)"),
        (
            "División",
            "División de Desarrollo Sostenible y Asentamientos Humanos, Unidad de "
            "Economía del Cambio Climático",
        ),
        ("Lugar de destino", "Santiago, Chile (sede de la CEPAL, Vitacura)"),
        ("Categoría", "P-2"),
        ("Duración", "12 meses, renovable por un segundo año sujeto a evaluación de desempeño"),
        (
            "Supervisión",
            "Oficial de Asuntos Económicos (P-4); supervisión general de la Directora de la División (D-1)",
        ),
        ("Fecha de publicación", "8 de febrero de 2027"),
        ("Plazo de presentación", "11 de marzo de 2027, 14:00 horas (hora peninsular española)"),
    ]:
        _row(pdf, label, value)

    _h(pdf, "2. Antecedentes")
    _p(
        pdf,
        "La CEPAL es una de las cinco comisiones regionales de las Naciones Unidas. La División "
        "de Desarrollo Sostenible y Asentamientos Humanos analiza la relación entre el "
        "crecimiento económico, la protección del medio ambiente y el cambio climático en "
        "América Latina y el Caribe, y apoya a los países en el diseño de estrategias de "
        "desarrollo bajo en emisiones y resiliente. La Cooperación Española financia desde "
        "2019 el programa EUROCLIMA+ en colaboración con la CEPAL, en cuyo marco se inscribe "
        "este puesto.",
    )

    _h(pdf, "3. Funciones")
    _p(pdf, "Bajo la supervisión directa del Oficial de Asuntos Económicos, la persona JPO:")
    for item in [
        "Realizará investigaciones y análisis económicos sobre los impactos del cambio "
        "climático en los sectores productivos de la región, con énfasis en la agricultura "
        "y la energía.",
        "Apoyará la elaboración de modelos y escenarios macroeconómicos de trayectorias de "
        "descarbonización para países seleccionados.",
        "Contribuirá a la preparación de publicaciones de la CEPAL, en particular el informe "
        "anual sobre la economía del cambio climático en América Latina y el Caribe.",
        "Participará en la organización de seminarios, talleres y cursos de capacitación "
        "dirigidos a ministerios de hacienda y de medio ambiente de la región.",
        "Dará seguimiento a las actividades del programa EUROCLIMA+ y preparará informes de "
        "avance para la AECID y los demás socios financiadores, en coordinación con la "
        "Unidad de Planificación y Evaluación de Programas de la CEPAL.",
        "Apoyará las misiones de asistencia técnica a los países y la sistematización de "
        "buenas prácticas en materia de financiamiento climático y fiscalidad verde.",
    ]:
        _bullet(pdf, item)

    _h(pdf, "4. Elementos de aprendizaje")
    for item in [
        "Conocimiento del funcionamiento de una comisión regional de las Naciones Unidas, de "
        "sus órganos intergubernamentales y de sus vínculos con los gobiernos, los bancos de "
        "desarrollo y los centros académicos de la región.",
        "Dominio de herramientas de modelización económica aplicadas al cambio climático.",
        "Experiencia en la gestión de proyectos de cooperación financiados por donantes.",
        "Capacidad para presentar resultados de investigación ante audiencias técnicas y políticas.",
    ]:
        _bullet(pdf, item)

    _h(pdf, "5. Perfil requerido")
    for label, value in [
        (
            "Formación",
            "Título universitario avanzado (maestría o equivalente) en economía, "
            "economía ambiental, políticas públicas o un área afín. Un título universitario de "
            "primer nivel combinado con dos años adicionales de experiencia calificada podrá "
            "aceptarse en lugar del título universitario avanzado.",
        ),
        (
            "Experiencia",
            "Mínimo de dos años de experiencia profesional en investigación "
            "económica, análisis de políticas públicas o cambio climático. Es deseable la "
            "experiencia en América Latina y el Caribe.",
        ),
        (
            "Idiomas",
            "Se requiere dominio del español y del inglés. El conocimiento del portugués es deseable.",
        ),
    ]:
        _row(pdf, label, value)

    _h(pdf, "6. Competencias")
    for item in [
        "Profesionalismo",
        "Comunicación",
        "Trabajo en equipo",
        "Planificación y organización",
        "Aprendizaje continuo",
    ]:
        _bullet(pdf, item, mark="·")

    _h(pdf, "7. Requisitos de la Cooperación Española")
    for item in [
        "Tener la nacionalidad española. Las personas con doble nacionalidad española y "
        "chilena no podrán optar a este puesto.",
        "Haber nacido con posterioridad al 11 de marzo de 1996.",
        "No haber trabajado anteriormente como JPO o como Experto/a Asociado/a en ningún "
        "programa, sea cual sea el país financiador.",
        "Cada persona podrá optar a un máximo de dos puestos de la convocatoria 2027.",
    ]:
        _bullet(pdf, item)
    _p(pdf, "La convocatoria 2026 se cerró el 12 de marzo de 2026 y no se reabrirá.")

    _h(pdf, "8. Documentación")
    for mark, item in [
        ("a)", "Currículum vitae en inglés, según el modelo de la AECID."),
        ("b)", "Carta de motivación en español (una página como máximo)."),
        ("c)", "Copia del título de maestría o del título de primer nivel."),
        ("d)", "Copia del DNI o del pasaporte español en vigor."),
    ]:
        _bullet(pdf, item, mark=mark)

    _h(pdf, "9. Presentación de candidaturas")
    _p(
        pdf,
        "Las candidaturas se presentarán a través de la sede electrónica de la AECID hasta el "
        "11 de marzo de 2027 a las 14:00 horas (hora peninsular española). Las entrevistas se "
        "celebrarán en la semana del 12 de abril de 2027, en Madrid o por videoconferencia. La "
        "incorporación está prevista para septiembre de 2027.",
    )

    assert pdf.page_no() == 2, pdf.page_no()
    pdf.output(str(HERE / "cepal_aecid_santiago_es.pdf"))


if __name__ == "__main__":
    build_docx()
    build_pdf()
