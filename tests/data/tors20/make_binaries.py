"""Build the two binary documents of design batch tors20 (held-out q until measured), deterministically.

Run with the project's virtualenv:  /work/main/.venv/bin/python make_binaries.py
Outputs (next to this script):
  unicef_ireland_freetown.docx  (python-docx)
  pma_cosude_lapaz_es.pdf       (fpdf2, core fonts, windows-1252)
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 2, 26, 9, 0, 0, tzinfo=dt.timezone.utc)
FIXED_PDF = dt.datetime(2027, 2, 15, 8, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 2, 26, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX


def _restart_numbering(doc, paragraphs):
    """Give `paragraphs` (List Number) a fresh numbering instance that starts at 1."""
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    num_id = style.element.pPr.numPr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(ids) + 1
    num = numbering.makeelement(qn("w:num"), {qn("w:numId"): str(new_id)})
    abs_el = num.makeelement(qn("w:abstractNumId"), {qn("w:val"): abstract_id})
    num.append(abs_el)
    override = num.makeelement(qn("w:lvlOverride"), {qn("w:ilvl"): "0"})
    start = override.makeelement(qn("w:startOverride"), {qn("w:val"): "1"})
    override.append(start)
    num.append(override)
    numbering.append(num)
    for p in paragraphs:
        ppr = p._p.get_or_add_pPr()
        numpr = ppr.makeelement(qn("w:numPr"), {})
        ilvl = numpr.makeelement(qn("w:ilvl"), {qn("w:val"): "0"})
        nid = numpr.makeelement(qn("w:numId"), {qn("w:val"): str(new_id)})
        numpr.append(ilvl)
        numpr.append(nid)
        ppr.append(numpr)


def _labelled(doc, label, text):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(" " + text)
    return p


def _fix_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(path: Path) -> None:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    cp = doc.core_properties
    cp.author = "UNICEF Sierra Leone - HR"
    cp.last_modified_by = "UNICEF Sierra Leone - HR"
    cp.title = "JPO ToR - Child Protection Officer (Justice for Children) - Freetown"
    cp.subject = "Ireland JPO Programme 2026"
    cp.keywords = "JPO; Ireland; UNICEF; Sierra Leone"
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    section = doc.sections[0]
    section.header.paragraphs[0].text = "UNICEF Sierra Leone | Job no. 587412 | JPO Terms of Reference"
    section.footer.paragraphs[
        0
    ].text = "Ireland's Junior Professional Officer Programme 2026 - Department of Foreign Affairs, Dublin"

    doc.add_paragraph("Government of Ireland | Department of Foreign Affairs", style="Title")
    doc.add_paragraph("Ireland's Junior Professional Officer Programme - Call 2026", style="Subtitle")
    doc.add_heading("UNICEF - Terms of Reference for Junior Professional Officer (JPO)", level=1)

    rows = [
        ("JPO functional title", "Child Protection Officer (Justice for Children)"),
        ("Job no.", "587412"),
        ("DFA reference", "IA-JPO-2026-07"),
        ("Main sector of assignment", "Child Protection"),
        ("Agency", "United Nations Children's Fund (UNICEF)"),
        ("Section", "Child Protection Section, Sierra Leone Country Office"),
        (
            "Place of assignment",
            "Freetown, Sierra Leone (with regular field travel to Kenema and Bo districts)",
        ),
        ("Level", "P-2"),
        (
            "Duration of assignment",
            "Two years (a third year may be considered, subject to co-financing by UNICEF)",
        ),
        ("Supervisor's title and level", "Chief, Child Protection (P-4)"),
        ("Date of issue", "26 February 2026"),
        ("Closing date", "Thursday 19 March 2026, 17:00 (Irish time)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = ""
        run = cells[0].paragraphs[0].add_run(label)
        run.bold = True
        cells[1].text = value

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "Sierra Leone has made significant progress in building a child-friendly justice system "
        "since the adoption of the Child Rights Act. Yet many children in contact with the law are "
        "still held in police cells or adult facilities, diversion is applied unevenly across "
        "districts and probation services remain under-resourced. UNICEF supports the Ministry of "
        "Gender and Children's Affairs, the Judiciary, the Sierra Leone Police and civil society to "
        "strengthen justice for children, with a focus on diversion, alternatives to detention and "
        "the protection of child victims and witnesses."
    )
    doc.add_paragraph(
        "The JPO will join the Child Protection Section, which comprises twelve staff in Freetown "
        "and two zonal offices. The post is financed by the Government of Ireland."
    )

    doc.add_heading("2. What will the JPO do?", level=1)
    duties = [
        "Support the Ministry of Gender and Children's Affairs and the Judiciary in rolling out the "
        "national diversion guidelines, including training of police Family Support Units.",
        "Monitor the situation of children in detention and contribute to the quarterly "
        "justice-for-children dashboard.",
        "Contribute to programme management of the justice-for-children portfolio, in particular:",
        "Draft briefs, donor reports and inputs to the annual report of the Country Office.",
        "Facilitate coordination among government, UN agencies and NGOs in the child protection "
        "sub-sector working group.",
        "Undertake any other related tasks assigned by the supervisor.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Number")
        if i == 2:
            doc.add_paragraph(
                "preparing annual work plans and monitoring partnership agreements with NGOs;",
                style="List Bullet 2",
            )
            doc.add_paragraph(
                "conducting field monitoring visits and following up on recommendations.",
                style="List Bullet 2",
            )

    doc.add_heading("3. Supervision", level=1)
    doc.add_paragraph(
        "The JPO will be supervised by the Chief of Child Protection (P-4), with overall guidance "
        "from the Deputy Representative (P-5). A performance plan will be agreed within the first "
        "month and reviewed through UNICEF's performance management system; the supervisor will "
        "meet the JPO at least every two weeks."
    )

    doc.add_heading("4. What will the JPO learn?", level=1)
    for text in [
        "Results-based programme planning and monitoring in UNICEF.",
        "International standards on justice for children and their application in a national legal system.",
        "Coordination with government counterparts and the donor community.",
        "Skills in advocacy, negotiation and report writing.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("5. Qualifications and experience", level=1)
    _labelled(
        doc,
        "Education:",
        "An advanced university degree (Master's or equivalent) in law, social work, criminology, "
        "social sciences or a related field is required. For this position, a first university "
        "degree combined with additional experience will not be accepted in lieu of the advanced "
        "degree.",
    )
    _labelled(
        doc,
        "Work experience:",
        "A minimum of two years of professional experience in child protection, access to justice "
        "or social welfare, preferably in a developing-country context, is required. Experience "
        "with a UN agency or an international NGO is an asset.",
    )
    _labelled(
        doc,
        "Languages:",
        "Fluency in English is required. Knowledge of French is an asset.",
    )

    doc.add_heading("6. Competencies", level=1)
    doc.add_paragraph(
        "UNICEF's values of Care, Respect, Integrity, Trust, Accountability and Sustainability "
        "(CRITAS) underpin everything we do. The JPO is expected to demonstrate the following core "
        "competencies:"
    )
    for text in [
        "Demonstrates self-awareness and ethical awareness",
        "Works collaboratively with others",
        "Builds and maintains partnerships",
        "Innovates and embraces change",
        "Thinks and acts strategically",
        "Drives to achieve impactful results",
        "Manages ambiguity and complexity",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("7. Who can apply?", level=1)
    doc.add_paragraph(
        "Ireland's JPO Programme is managed by the Department of Foreign Affairs (Irish Aid); the "
        "selected candidate is recruited and employed by UNICEF. To be eligible, candidates must:"
    )
    for text in [
        "be Irish citizens;",
        "be aged 32 or under on the closing date of this call (19 March 2026);",
        "hold a Master's degree (NFQ Level 9 or equivalent) awarded no more than five years "
        "before the closing date;",
        "have at least two years of relevant professional experience;",
        "be fluent in English.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "Candidates who have previously held a JPO position, whether under Ireland's programme or "
        "under that of any other donor, are not eligible."
    )

    doc.add_heading("8. How to apply", level=1)
    doc.add_paragraph(
        "Applications must be submitted through the Department's online application system. Please upload:"
    )
    docs = []
    for text in [
        "a CV in English (maximum three pages);",
        "a cover letter explaining your motivation for this position;",
        "a copy of your Master's degree certificate showing the date of award;",
        "a copy of your Irish passport.",
    ]:
        docs.append(doc.add_paragraph(text, style="List Number"))
    _restart_numbering(doc, docs)
    p = doc.add_paragraph()
    r = p.add_run("Closing date: Thursday 19 March 2026, 17:00 Irish time.")
    r.bold = True
    p.add_run(
        " Late applications will not be accepted. Interviews will be held in Dublin or online in "
        "late April 2026."
    )
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fix_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF


class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            120,
            5,
            "Programa Mundial de Alimentos - Oficina de País en Bolivia",
            new_x="RIGHT",
            new_y="TOP",
        )
        self.cell(0, 5, "Ref. PMA/BOL/JPO/2027/01", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "TdR JPO - Programa JPO de la COSUDE 2027", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 48


def _row(pdf, label, value):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(LABEL_W, 5.5, label, new_x="RIGHT", new_y="TOP")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, value, align="L", new_x="LMARGIN", new_y="NEXT")
    if pdf.get_y() < y + 5.5:
        pdf.set_y(y + 5.5)
    pdf.ln(0.8)


def _row_bullets(pdf, label, items):
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(LABEL_W, 5.5, label, new_x="RIGHT", new_y="TOP")
    pdf.set_font("Helvetica", "", 10)
    for i, item in enumerate(items):
        if i:
            pdf.set_x(pdf.l_margin + LABEL_W)
        pdf.cell(5, 5.5, "-", new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, 5.5, item, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def _heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _bullets(pdf, items, mark="-"):
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(5, 5.2, mark, new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, 5.2, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(1)


def build_pdf(path: Path) -> None:
    pdf = ToRPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_PDF)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("PMA Bolivia - Recursos Humanos")
    pdf.set_title("TdR JPO - Oficial Adjunto/a de Programas - La Paz")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "PROGRAMA MUNDIAL DE ALIMENTOS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(0, 5, "World Food Programme", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Oficial Profesional Junior (JPO) - Programa JPO de la COSUDE",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)

    _row(
        pdf,
        "Título del puesto",
        "Oficial Adjunto/a de Programas - Protección Social Reactiva a Emergencias y Resiliencia",
    )
    _row(pdf, "N.º de referencia PMA", "PMA/BOL/JPO/2027/01")
    _row(pdf, "Referencia COSUDE", "JPO-CH-2027-014")
    _row(pdf, "Organización", "Programa Mundial de Alimentos (PMA)")
    _row(pdf, "Unidad", "Unidad de Programas - Protección Social y Resiliencia, Oficina de País")
    _row(pdf, "Lugar de destino", "La Paz (sede de gobierno), Estado Plurinacional de Bolivia")
    _row(pdf, "Categoría", "P-2")
    _row(pdf, "Duración", "12 meses, prorrogable por 12 meses adicionales")
    _row(pdf, "Supervisión", "Jefe/a de la Unidad de Programas (P-4)")
    _row(pdf, "Publicación", "15 de febrero de 2027")
    _row(pdf, "Fecha límite", "12 de marzo de 2027, 23:59 (hora de La Paz, GMT-4)")

    _heading(pdf, "1. Antecedentes")
    _para(
        pdf,
        "El PMA acompaña al Estado Plurinacional de Bolivia en la reducción de la inseguridad "
        "alimentaria y en la gestión del riesgo de desastres, en un país expuesto a sequías, "
        "heladas e inundaciones recurrentes. La Oficina de País, con sede en La Paz y oficinas "
        "de terreno en El Alto, Cochabamba y Trinidad, apoya al Gobierno en la vinculación de "
        "los programas nacionales de protección social con la respuesta a emergencias. Aunque "
        "Sucre es la capital constitucional, las instituciones de Gobierno con las que trabaja "
        "la Oficina tienen su sede en La Paz.",
    )
    _para(
        pdf,
        "El/la JPO se integrará en la Unidad de Programas, bajo la supervisión directa del/de la "
        "Jefe/a de la Unidad (P-4) y con la orientación general del/de la Representante Adjunto/a "
        "(P-5).",
    )

    _heading(pdf, "2. ¿Qué hará el/la JPO?")
    _bullets(
        pdf,
        [
            "Apoyar el diseño y el seguimiento de la asistencia alimentaria y de las "
            "transferencias monetarias vinculadas a los programas nacionales de protección "
            "social en situaciones de emergencia;",
            "Contribuir al análisis de datos de vulnerabilidad y seguridad alimentaria "
            "(VAM) para la focalización de la asistencia;",
            "Apoyar la coordinación con el Viceministerio de Defensa Civil, los gobiernos "
            "municipales y los socios cooperantes;",
            "Preparar informes para donantes, notas conceptuales y propuestas de proyecto;",
            "Participar en misiones de monitoreo en el altiplano y en los valles, y dar "
            "seguimiento a las recomendaciones;",
            "Contribuir a la sistematización de lecciones aprendidas sobre protección social "
            "reactiva a emergencias en América Latina;",
            "Realizar otras tareas afines que le asigne su supervisor/a.",
        ],
    )

    _heading(pdf, "3. ¿Qué aprenderá?")
    _bullets(
        pdf,
        [
            "Gestión del ciclo de programas del PMA y de sus herramientas de planificación y seguimiento;",
            "Diseño de transferencias monetarias y de mecanismos de respuesta vinculados a la "
            "protección social;",
            "Diálogo de políticas con instituciones nacionales y subnacionales;",
            "Coordinación humanitaria en el marco del equipo de país de las Naciones Unidas.",
        ],
    )

    _heading(pdf, "4. Perfil requerido")
    _row(
        pdf,
        "Educación",
        "Título universitario avanzado (maestría) en economía, políticas públicas, "
        "desarrollo, nutrición o disciplina afín.",
    )
    _row(
        pdf,
        "Experiencia",
        "Al menos dos (2) años de experiencia profesional pertinente, preferiblemente en "
        "protección social, seguridad alimentaria o gestión del riesgo de desastres.",
    )
    _row_bullets(
        pdf,
        "Idiomas",
        [
            "Español: dominio oral y escrito (requerido)",
            "Inglés: dominio oral y escrito (requerido)",
            "Aymara o quechua: conocimiento deseable",
        ],
    )
    _row_bullets(
        pdf,
        "Competencias",
        ["Propósito", "Personas", "Desempeño", "Alianzas"],
    )

    _heading(pdf, "5. Condiciones generales del Programa JPO de la COSUDE")
    _para(
        pdf,
        "El puesto está financiado por la Agencia Suiza para el Desarrollo y la Cooperación "
        "(COSUDE). Para ser elegible, la persona candidata debe:",
    )
    _bullets(
        pdf,
        [
            "a) tener la nacionalidad suiza;",
            "b) haber nacido el 1 de enero de 1997 o después;",
            "c) poseer un máster universitario y al menos dos años de experiencia profesional "
            "pertinente (las pasantías no se toman en cuenta);",
            "d) dominar el inglés y al menos una lengua nacional suiza (alemán, francés o italiano);",
            "e) no haber ocupado anteriormente un puesto de JPO, financiado por Suiza o por "
            "cualquier otro país.",
        ],
        mark="",
    )

    _heading(pdf, "6. Documentos requeridos")
    _bullets(
        pdf,
        [
            "1. Curriculum vitae en inglés o en español;",
            "2. Carta de motivación en español (máximo una página);",
            "3. Copia del diploma de máster;",
            "4. Copia del pasaporte suizo.",
        ],
        mark="",
    )

    _heading(pdf, "7. Plazo y modalidad de postulación")
    _para(
        pdf,
        "Las postulaciones se envían a través del portal de empleo de la COSUDE, indicando la "
        "referencia JPO-CH-2027-014, a más tardar el 12 de marzo de 2027 a las 23:59 (hora de "
        "La Paz, GMT-4). Las entrevistas se realizarán en Berna o por videoconferencia en abril "
        "de 2027. La incorporación está prevista para septiembre de 2027.",
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "unicef_ireland_freetown.docx")
    build_pdf(HERE / "pma_cosude_lapaz_es.pdf")


if __name__ == "__main__":
    main()
