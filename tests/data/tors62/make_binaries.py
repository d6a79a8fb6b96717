"""Build the binary documents of held-out set bh (deterministic output).

    /work/main/.venv/bin/python make_binaries.py

Writes, next to this script:
  unctad_geneva_norway_form.docx  - DOCX (python-docx + lxml): key facts in a Word text box
                                    (wps:txbx / w:txbxContent, with the VML fallback Word writes)
                                    and in plain-text content controls (w:sdt)
  unodc_lima_italia_es.pdf        - PDF (fpdf2, Helvetica, latin-1), Spanish
"""

import io
import os
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.shared import Pt
from fpdf import FPDF
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2026, 5, 12, 9, 0, 0, tzinfo=timezone.utc)
ZIP_TIME = (2026, 5, 12, 9, 0, 0)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)


def q(tag):
    return "{%s}%s" % (W, tag)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml(fragment):
    """Parse an XML fragment that uses the prefixes of NSDECL."""
    wrapper = etree.fromstring("<root %s>%s</root>" % (NSDECL, fragment))
    return wrapper[0]


# ---------------------------------------------------------------- DOCX

_sdt_ids = iter(range(4101, 4200))


def sdt_pr(alias, placeholder=False):
    plc = "<w:showingPlcHdr/>" if placeholder else ""
    return (
        '<w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>'
        '<w:lock w:val="sdtLocked"/>%s<w:text/></w:sdtPr>'
        % (alias, alias.replace(" ", ""), next(_sdt_ids), plc)
    )


def run_xml(text, bold=False, style=None):
    rpr = ""
    if bold or style:
        rpr = "<w:rPr>%s%s</w:rPr>" % (
            '<w:rStyle w:val="%s"/>' % style if style else "",
            "<w:b/>" if bold else "",
        )
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, esc(text))


def inline_sdt(alias, text):
    """Run-level plain-text content control (child of a w:p)."""
    return xml("<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (sdt_pr(alias), run_xml(text)))


def block_sdt(alias, text, placeholder=False):
    """Block-level plain-text content control holding one paragraph (child of w:body or w:tc)."""
    if placeholder:
        content = "<w:p>%s</w:p>" % run_xml(text, style="PlaceholderText")
    else:
        content = "<w:p>%s</w:p>" % run_xml(text)
    return xml("<w:sdt>%s<w:sdtContent>%s</w:sdtContent></w:sdt>" % (sdt_pr(alias, placeholder), content))


def textbox_run(lines):
    """A run holding a floating text box: DrawingML (wps:txbx) with Word's VML fallback."""
    paras = []
    for text, bold in lines:
        ppr = '<w:pPr><w:spacing w:after="60"/></w:pPr>'
        paras.append("<w:p>%s%s</w:p>" % (ppr, run_xml(text, bold=bold)))
    body = "".join(paras)
    frag = (
        "<w:r><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2057400" cy="2011680"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="1" name="Text Box 1" descr="At a glance"/>'
        "<wp:cNvGraphicFramePr/>"
        "<a:graphic>"
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        "<wps:wsp>"
        '<wps:cNvSpPr txBox="1"/>'
        "<wps:spPr>"
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="2057400" cy="2011680"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="EAF1F8"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln>'
        "</wps:spPr>"
        "<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp>"
        "</a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:162pt;height:158.4pt;'
        "z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin;"
        'mso-position-vertical-relative:text" fillcolor="#eaf1f8" strokecolor="#1f4e79">'
        "<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>"
        '<w10:wrap type="square"/>'
        "</v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    ) % (body, body)
    return xml(frag)


def add_placeholder_style(doc):
    styles = doc.styles.element
    frag = (
        '<w:style w:type="character" w:styleId="PlaceholderText">'
        '<w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr>'
        "</w:style>"
    )
    styles.append(xml(frag))


def set_cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold


def cell_to_sdt(cell, alias, text, placeholder=False):
    """Replace the cell's paragraph by a block-level content control holding the value."""
    tc = cell._tc
    for p in tc.findall(q("p")):
        tc.remove(p)
    tc.append(block_sdt(alias, text, placeholder))


def build_docx(path):
    doc = Document()
    add_placeholder_style(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.author = "UNCTAD Human Resources Management Service"
    cp.last_modified_by = "UNCTAD HRMS"
    cp.title = "TOR-JPO form rev. 2025"
    cp.subject = "Junior Professional Officer - Terms of Reference"
    cp.keywords = "JPO; terms of reference; form"
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3

    doc.add_paragraph("United Nations Conference on Trade and Development", style="Title")
    doc.add_paragraph(
        "Junior Professional Officer Programme \u2013 Terms of Reference (form TOR-JPO/3, rev. 2025)",
        style="Subtitle",
    )

    # Heading that anchors the "At a glance" text box.
    h = doc.add_paragraph("Vacancy details", style="Heading 1")
    h._p.insert(
        1,
        textbox_run(
            [
                ("At a glance", True),
                ("Grade: P-2", False),
                ("Duty station: Geneva, Switzerland", False),
                ("Duration: 2 years", False),
                ("Sponsor: Norway (Norad)", False),
                ("Published: 12 May 2026", False),
                ("Closing date: 15 June 2026", False),
            ]
        ),
    )

    # Title: label + run-level content control in one paragraph.
    p = doc.add_paragraph()
    p.add_run("Post title: ").bold = True
    p._p.append(
        inline_sdt(
            "Title", "Associate Economic Affairs Officer (JPO) \u2013 E-commerce and the Digital Economy"
        )
    )

    # Form table: labels in plain cells, values in block-level content controls.
    rows = [
        ("Reference", "UNCTAD/DTL/JPO/2026/07", "sdt"),
        (
            "Organizational unit",
            "E-commerce and Digital Economy Branch, Division on Technology and Logistics",
            "plain",
        ),
        ("Sponsoring Government", "Norway", "sdt"),
        ("Donor reference", "Click or tap here to enter text.", "placeholder"),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for (label, value, kind), row in zip(rows, table.rows):
        set_cell_text(row.cells[0], label, bold=True)
        if kind == "plain":
            set_cell_text(row.cells[1], value)
        else:
            cell_to_sdt(row.cells[1], label, value, placeholder=(kind == "placeholder"))

    # Deadline: label paragraph, then a body-level block content control.
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Deadline for applications").bold = True
    p._p.addnext(block_sdt("Deadline", "15 June 2026, 23:59 (Geneva time)"))

    doc.add_paragraph("1. Background", style="Heading 1")
    doc.add_paragraph(
        "UNCTAD is the focal point of the United Nations for the integrated treatment of trade and "
        "development. Its E-commerce and Digital Economy Branch helps developing countries, in "
        "particular least developed countries, to take part in and benefit from e-commerce and the "
        "digital economy. The Branch conducts eTrade Readiness Assessments, supports national "
        "e-commerce strategies, services the Intergovernmental Group of Experts on E-commerce and the "
        "Digital Economy and coordinates the eTrade for all initiative with more than 30 partner "
        "organizations."
    )

    doc.add_paragraph("2. Supervision", style="Heading 1")
    doc.add_paragraph(
        "The JPO will work under the overall guidance of the Chief of the E-commerce and Digital "
        "Economy Branch (D-1) and the direct supervision of an Economic Affairs Officer (P-4). The "
        "assignment builds on the work of a former P-3 post of Economic Affairs Officer that was "
        "redeployed in 2024. Performance will be assessed through the UN e-performance system."
    )

    doc.add_paragraph("3. Duties and responsibilities", style="Heading 1")
    doc.add_paragraph("Under the supervision described above, the JPO will:")
    duties = [
        "Contribute to eTrade Readiness Assessments of least developed countries, including desk "
        "research, stakeholder surveys and the drafting of country chapters.",
        "Support the implementation of national e-commerce strategies through:",
        "Collect and analyse data on cross-border e-commerce, digital payments and the gender "
        "dimension of digital trade.",
        "Assist in the preparation of the annual session of the Intergovernmental Group of Experts "
        "on E-commerce and the Digital Economy, including background notes and summaries.",
        "Maintain the eTrade for all online platform and its newsletter in cooperation with "
        "partner organizations.",
        "Draft project proposals and donor reports for extrabudgetary projects of the Branch.",
        "Perform other related duties as required.",
    ]
    for i, d in enumerate(duties):
        doc.add_paragraph(d, style="List Bullet")
        if i == 1:
            doc.add_paragraph(
                "monitoring of the implementation plans agreed with governments;", style="List Bullet 2"
            )
            doc.add_paragraph("organization of national validation workshops.", style="List Bullet 2")

    doc.add_paragraph("4. Learning elements", style="Heading 1")
    doc.add_paragraph("Upon completion of the assignment, the JPO will:")
    for item in [
        "understand how UNCTAD combines research, intergovernmental consensus-building and "
        "technical cooperation;",
        "be able to carry out policy analysis on e-commerce and the digital economy;",
        "have gained experience in the servicing of intergovernmental meetings;",
        "have learned to manage technical cooperation projects from design to reporting;",
        "have built a network with government officials, partner organizations and the private sector.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("5. Qualifications and experience", style="Heading 1")
    doc.add_paragraph("Education", style="Heading 2")
    doc.add_paragraph(
        "Advanced university degree (Master's degree or equivalent) in economics, international "
        "trade, development studies, information and communication technology or a related field. "
        "A first-level university degree in combination with two additional years of qualifying "
        "experience may be accepted in lieu of the advanced university degree."
    )
    doc.add_paragraph("Work experience", style="Heading 2")
    doc.add_paragraph(
        "A minimum of two years of progressively responsible experience in economic research, trade "
        "policy, digital development or a related area is required. Experience in a developing "
        "country is desirable."
    )
    doc.add_paragraph("Languages", style="Heading 2")
    doc.add_paragraph(
        "English and French are the working languages of the United Nations Secretariat. For this "
        "position, fluency in English is required. Knowledge of French is desirable; knowledge of "
        "Spanish is an advantage."
    )

    doc.add_paragraph("6. Competencies", style="Heading 1")
    comp = [
        ("Competency", "What it looks like in this assignment"),
        ("Professionalism", "Shows pride in work; applies sound analytical methods to trade data."),
        ("Communication", "Writes clearly for member States and partners; listens to others."),
        ("Teamwork", "Works collaboratively across the Branch and with partner organizations."),
        ("Planning and organizing", "Plans meeting deliverables and meets deadlines."),
        ("Technological awareness", "Keeps abreast of digital trade tools and platforms."),
    ]
    t = doc.add_table(rows=len(comp), cols=2)
    t.style = "Table Grid"
    for (a, b), row in zip(comp, t.rows):
        set_cell_text(row.cells[0], a, bold=(a == "Competency"))
        set_cell_text(row.cells[1], b, bold=(a == "Competency"))

    doc.add_paragraph("7. Eligibility \u2013 Norwegian JPO Programme", style="Heading 1")
    doc.add_paragraph(
        "This position is financed by the Government of Norway through Norad. Applicants must meet "
        "the following requirements:"
    )
    for item in [
        "Norwegian citizenship;",
        "32 years of age or younger on 31 December 2026;",
        "a Master's degree, or a first-level degree in combination with qualifying experience as "
        "set out in section 5;",
        "persons who have previously held a JPO, Associate Expert or UNV position are not eligible.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Norway holds one JPO recruitment round per year. Each applicant may apply for a maximum of "
        "two positions in that round."
    )

    doc.add_paragraph("8. How to apply", style="Heading 1")
    doc.add_paragraph(
        "Applications are submitted through the Norad JPO recruitment portal. Please upload the "
        "following documents in English:"
    )
    for item in [
        "Curriculum vitae (maximum two pages)",
        "Motivation letter (maximum one page)",
        "Copies of university diplomas and transcripts",
        "Copy of passport",
    ]:
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph(
        "Applications received after the deadline stated on the first page of this form will not be "
        "considered. For reference, the 2025 round closed on 2 June 2025."
    )

    buf = io.BytesIO()
    doc.save(buf)
    rewrite_zip(buf.getvalue(), path)


def rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))


# ---------------------------------------------------------------- PDF

REF = "UNODC/PER/JPO/2026/05"


class ToR(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "UNODC - Oficina de País en el Perú", align="L")
        self.cell(
            0, 5, "Términos de referencia JPO - Req. ID " + REF, align="R", new_x="LMARGIN", new_y="NEXT"
        )
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Página %d de {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(path):
    pdf = ToR(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("UNODC Oficina de País en el Perú")
    pdf.set_title("Términos de referencia JPO " + REF)
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(
        0,
        6,
        "OFICINA DE LAS NACIONES UNIDAS CONTRA LA DROGA Y EL DELITO",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(
        0,
        5,
        "Programa de Jóvenes Profesionales (JPO) financiado por el Gobierno de Italia",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    rows = [
        ("Título", "Oficial Asociado/a de Prevención del Delito y Justicia Penal (JPO)"),
        ("Req. ID", REF),
        ("Ref. DESA/PMU", "IT-26-077"),
        ("Organismo", "Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)"),
        ("Unidad", "Oficina de País en el Perú, Programa de Prevención del Delito y Justicia Penal"),
        ("Ciudad", "Lima"),
        ("País", "Perú"),
        ("Grado", "P-1 o P-2 (según experiencia)"),
        ("Duración", "12 meses, renovable por un segundo año"),
        ("Experiencia laboral (mín.)", "2-4 años"),
        ("Publicación", "13 de julio de 2026"),
        ("Cierre", "12 de agosto de 2026, 12:00 (hora de Roma)"),
    ]
    label_w = 48
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(label_w, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + label_w, y)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def heading(text):
        pdf.ln(1)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullet(text, mark="-"):
        pdf.set_font("Helvetica", "", 10)
        if pdf.get_y() + 5 > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5, mark)
        pdf.set_xy(pdf.l_margin + 9, y)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)

    heading("1. Antecedentes")
    para(
        "La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) apoya al Estado "
        "peruano desde 1985. La Oficina de País en el Perú ejecuta programas de monitoreo de "
        "cultivos ilícitos, desarrollo alternativo, prevención del delito y reforma de la justicia "
        "penal, en estrecha coordinación con el Ministerio de Justicia y Derechos Humanos, el "
        "Ministerio del Interior y el Poder Judicial. El Programa de Prevención del Delito y "
        "Justicia Penal trabaja en la gestión penitenciaria, la prevención de la violencia juvenil "
        "y la lucha contra la trata de personas."
    )

    heading("2. Supervisión")
    para(
        "El/la JPO trabajará bajo la supervisión directa del Coordinador del Programa de "
        "Prevención del Delito y Justicia Penal (P-4) y bajo la autoridad general del "
        "Representante de UNODC para el Perú y el Ecuador (D-1)."
    )

    heading("3. Funciones")
    para("Bajo la supervisión indicada, el/la JPO:")
    for d in [
        "Apoyará la ejecución del proyecto de fortalecimiento de la gestión penitenciaria, "
        "incluidas la planificación de actividades y la preparación de informes de avance.",
        "Contribuirá a la elaboración de estudios y diagnósticos sobre violencia juvenil y "
        "prevención del delito a nivel municipal en Lima Metropolitana y en regiones.",
        "Participará en la organización de talleres de capacitación para operadores de justicia, "
        "personal penitenciario y autoridades locales.",
        "Hará seguimiento a los indicadores del programa y mantendrá actualizada la base de datos "
        "de beneficiarios y actividades.",
        "Redactará notas conceptuales, propuestas de proyecto e informes para donantes, en "
        "español y en inglés, en coordinación con la Unidad de Programas de la Oficina Regional y "
        "con la sede de UNODC en Viena, y preparará los insumos solicitados por las misiones de "
        "evaluación independiente que visiten el país durante el periodo de la asignación.",
        "Apoyará la coordinación con otras agencias del Sistema de las Naciones Unidas en el Perú "
        "y con la cooperación internacional, en particular en el marco del grupo interagencial "
        "de seguridad ciudadana y de la Mesa de Cooperantes en Justicia.",
        "Realizará otras tareas afines que le sean asignadas.",
    ]:
        bullet(d)

    heading("4. Elementos de aprendizaje")
    for d in [
        "Conocer el mandato de UNODC y su trabajo de asistencia técnica en América Latina.",
        "Adquirir experiencia práctica en la gestión del ciclo de proyectos de cooperación.",
        "Desarrollar capacidades de análisis de políticas de prevención del delito y justicia penal.",
        "Fortalecer habilidades de coordinación interinstitucional y de comunicación.",
    ]:
        bullet(d)

    heading("5. Requisitos")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Educación", new_x="LMARGIN", new_y="NEXT")
    para(
        "Título universitario avanzado (maestría o equivalente) en derecho, criminología, "
        "ciencias políticas, sociología, políticas públicas o un campo afín."
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Experiencia", new_x="LMARGIN", new_y="NEXT")
    para(
        "Entre dos y cuatro años de experiencia profesional en prevención del delito, sistemas "
        "de justicia penal, derechos humanos o gestión de proyectos de cooperación."
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Idiomas", new_x="LMARGIN", new_y="NEXT")
    para(
        "Se requiere dominio del español y del inglés, oral y escrito. El conocimiento del "
        "portugués es deseable."
    )

    heading("6. Competencias")
    for d in [
        "Profesionalismo",
        "Trabajo en equipo",
        "Planificación y organización",
        "Comunicación",
        "Responsabilidad",
    ]:
        bullet(d)

    heading("7. Condiciones del Programa JPO italiano")
    para(
        "Pueden postular exclusivamente personas de nacionalidad italiana que tengan 30 años de "
        "edad o menos al 31 de diciembre de 2026 y que posean una maestría (laurea magistrale) o "
        "un título equivalente, así como un excelente conocimiento del inglés. No pueden postular "
        "quienes ya hayan trabajado como JPO, con cualquier gobierno donante."
    )
    para(
        "El Gobierno italiano realiza una única convocatoria al año; cada candidato/a puede "
        "postular a un máximo de tres puestos. Los contratos JPO tienen una duración inicial de "
        "12 meses. Las personas de nacionalidad peruana no son elegibles para este puesto."
    )

    heading("8. Documentos requeridos")
    for i, d in enumerate(
        [
            "Formulario de solicitud en línea, completado en inglés.",
            "Carta de motivación en inglés dirigida a UNODC (máximo una página).",
            "Copia del título de maestría y del certificado de notas.",
            "Dos cartas de referencia profesional.",
        ],
        start=1,
    ):
        bullet(d, mark="%d)" % i)

    heading("9. Cómo postular")
    para(
        "Las candidaturas se presentan a través del portal del Programa JPO italiano, gestionado "
        "por la Unidad de Gestión del Programa JPO de UN DESA en Roma, a más tardar el miércoles "
        "12 de agosto de 2026 a las 12:00 (hora de Roma). No se aceptarán candidaturas "
        "incompletas ni enviadas por correo electrónico. A título informativo: la convocatoria "
        "2025 cerró el 4 de agosto de 2025."
    )

    pdf.output(path)


def main():
    build_docx(os.path.join(HERE, "unctad_geneva_norway_form.docx"))
    build_pdf(os.path.join(HERE, "unodc_lima_italia_es.pdf"))


if __name__ == "__main__":
    main()
