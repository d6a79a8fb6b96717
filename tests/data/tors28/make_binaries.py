"""Build the binary documents of design batch tors28 (held-out y until measured), deterministic.

Run with /work/main/.venv/bin/python make_binaries.py
Produces unicef_nuffic_juba.docx and acnur_alemania_cucuta_es.pdf.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 8, 31, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2026, 8, 31, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX
def _label_value(table, label, value):
    row = table.add_row()
    cl, cv = row.cells
    cl.text = ""
    run = cl.paragraphs[0].add_run(label)
    run.bold = True
    parts = value.split("\n")
    p = cv.paragraphs[0]
    for i, part in enumerate(parts):
        r = p.add_run(part)
        if i < len(parts) - 1:
            r.add_break(WD_BREAK.LINE)


def build_docx(path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "unicef  |  for every child"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "UNICEF Job no. 587214  -  Dutch JPO Programme (Nuffic) NL-26-UNICEF-12"

    p = doc.add_paragraph()
    r = p.add_run("UNICEF South Sudan Country Office")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph("Juba Zone Office Compound, Ministries Road, Juba")

    doc.add_heading("Child Protection Officer (Justice for Children) - JPO", level=1)
    doc.add_paragraph(
        "Open to Dutch nationals only, under the Dutch JPO Programme. "
        "The post is based in Juba with regular travel to field offices."
    )

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in [
        ("Job no.", "587214"),
        ("Position title", "Child Protection Officer (Justice for\nChildren) - JPO"),
        ("Level", "P-2"),
        ("City", "Juba"),
        ("Country", "South Sudan"),
        ("Division/Equivalent", "Programme Section - Child Protection"),
        ("Contract type", "Temporary Appointment - Junior Professional\nOfficer"),
        (
            "Duration",
            "One year, with the possibility of extension for a second\n"
            "year subject to performance and funding",
        ),
        (
            "Sponsor",
            "The Dutch JPO Programme at Nuffic\n(Nuffic vacancy no. NL-26-UNICEF-12)",
        ),
        ("Advertised", "31 August 2026"),
        ("Deadline", "21 September 2026, 23:59 Juba time"),
    ]:
        _label_value(table, label, value)

    doc.add_heading(
        "UNICEF works in some of the world's toughest places to reach the "
        "world's most disadvantaged children.",
        level=2,
    )
    doc.add_paragraph(
        "Across more than 190 countries and territories, we work for every child, "
        "everywhere, every day, to build a better world for everyone. And we never "
        "give up."
    )

    doc.add_heading("For every child, protection", level=2)
    doc.add_paragraph(
        "South Sudan has one of the youngest populations in the world. Children in "
        "contact with the law - as victims, witnesses or alleged offenders - are often "
        "held with adults and have little access to child-friendly procedures. The "
        "Child Protection Section supports the Ministry of Gender, Child and Social "
        "Welfare, the Judiciary and the South Sudan National Police Service in building "
        "a justice system that works for children. The JPO will report to the Child "
        "Protection Specialist (Justice for Children), P-4, and work closely with the "
        "Chief of Child Protection (P-5)."
    )

    doc.add_heading("How can you make a difference?", level=2)
    for item in [
        "Support the roll-out of child-friendly procedures in the special protection "
        "units of the police and in the juvenile court in Juba.",
        "Contribute to the planning, monitoring and reporting of the justice for "
        "children programme, including donor reports.",
        "Assist in the capacity development of social workers, police officers and "
        "magistrates on diversion and alternatives to detention.",
        "Monitor the situation of children in detention together with government and "
        "NGO partners, and follow up on release and reintegration.",
        "Support the case management information system (CPIMS+) and the analysis of "
        "data for programme decisions.",
        "Contribute to advocacy materials, briefing notes and human interest stories.",
        "Undertake field visits to Wau, Malakal and Bor and prepare trip reports.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("What will you learn?", level=2)
    for item in [
        "How UNICEF plans, manages and reports on a country programme in a humanitarian-development setting.",
        "Practical experience in justice for children and child protection systems strengthening.",
        "Working with government counterparts, donors and UN partners in a complex operating environment.",
        "Access to UNICEF learning platforms and a JPO learning budget for training.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("To qualify as an advocate for every child you will have...", level=2)
    for label, text in [
        (
            "Education: ",
            "An advanced university degree (Master's or higher) in social work, law, "
            "criminology, psychology, social sciences or a related field.",
        ),
        (
            "Work experience: ",
            "A minimum of two years of relevant professional work experience in child "
            "protection, justice or social services. Experience in a humanitarian "
            "context is an asset.",
        ),
        (
            "Languages: ",
            "Fluency in English is required. Knowledge of Arabic (including Juba Arabic) is an asset.",
        ),
    ]:
        p = doc.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        p.add_run(text)

    doc.add_heading("For every Child, you demonstrate...", level=2)
    doc.add_paragraph(
        "UNICEF's values of Care, Respect, Integrity, Trust and Accountability and "
        "Sustainability (CRITAS) underpin everything we do and how we do it. "
        "UNICEF's core competencies are:"
    )
    for item in [
        "Builds and maintains partnerships",
        "Demonstrates self-awareness and ethical awareness",
        "Drive to achieve results for impact",
        "Innovates and embraces change",
        "Manages ambiguity and complexity",
        "Thinks and acts strategically",
        "Works collaboratively with others",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Are you eligible for the Dutch JPO Programme?", level=2)
    doc.add_paragraph(
        "The Dutch JPO Programme is financed by the Ministry of Foreign Affairs of the "
        "Netherlands and administered by Nuffic. You can apply if you have the Dutch "
        "nationality; candidates who also hold South Sudanese nationality cannot be "
        "posted to this position. You must not be older than 32 years on 31 December "
        "2026. You must hold at least a Master's degree and have at least two years of "
        "relevant work experience. Candidates who have previously worked as a JPO, "
        "financed by the Netherlands or by any other donor, are not eligible."
    )
    doc.add_paragraph(
        "The Dutch JPO Programme publishes its vacancies in one recruitment round per "
        "year. In the 2026 round you may apply for a maximum of three vacancies; "
        "further applications will not be taken into consideration."
    )

    doc.add_heading("How to apply", level=2)
    doc.add_paragraph("Apply through the UNICEF careers site and upload, in English:")
    for item in [
        "Your curriculum vitae (maximum two pages)",
        "A motivation letter addressed to the Child Protection Section",
        "Copies of your university diplomas",
        "A copy of your Dutch passport",
    ]:
        doc.add_paragraph(item, style="List Number")
    p = doc.add_paragraph()
    r = p.add_run("Applications close on Monday 21 September 2026 at 23:59 hours Juba time.")
    r.bold = True
    doc.add_paragraph(
        "Shortlisted candidates will be invited to a written test and a competency-based "
        "interview in October 2026. UNICEF does not charge a fee at any stage of the "
        "recruitment process."
    )

    cp = doc.core_properties
    cp.author = "UNICEF South Sudan HR"
    cp.title = "JPO Child Protection Officer Juba"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "UNICEF South Sudan HR"
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- PDF
class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, "ACNUR - Oficina de Terreno Cúcuta", align="L")
        self.cell(0, 5, "N.º de publicación 2026/JPO/COL/07", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="C")


def _row(pdf, label, value, lw=52):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(lw, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + lw, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def _heading(pdf, text):
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def _bullet(pdf, text, mark="-"):
    pdf.set_font("Helvetica", "", 10)
    x = pdf.l_margin
    pdf.set_x(x + 4)
    pdf.cell(5, 5.2, mark)
    pdf.set_x(x + 9)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)


def build_pdf(path):
    pdf = ToRPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("ACNUR Colombia")
    pdf.set_title("TdR JPO Cucuta 2026")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0,
        6,
        "ALTO COMISIONADO DE LAS NACIONES UNIDAS PARA LOS REFUGIADOS",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Representación en Colombia", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(
        0,
        6,
        "TÉRMINOS DE REFERENCIA - PROGRAMA DE OFICIALES PROFESIONALES ASOCIADOS (JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    for label, value in [
        ("Título del puesto", "Oficial Asociado/a de Protección Comunitaria (JPO)"),
        ("N.º de publicación ACNUR", "2026/JPO/COL/07"),
        ("Kennziffer BFIO", "2026-JPO-063"),
        ("Lugar de destino", "Cúcuta (Norte de Santander), Colombia"),
        ("Categoría", "P-2"),
        ("Duración", "12 meses, prorrogable por 12 meses más según desempeño y financiación"),
        (
            "Supervisión",
            "Oficial de Protección (P-3); supervisión de segundo nivel: Jefe/a de la Oficina de Terreno (P-4)",
        ),
        ("País donante", "Alemania - Büro Führungskräfte zu Internationalen Organisationen (BFIO)"),
        ("Fecha de publicación", "6 de julio de 2026"),
        ("Fecha límite", "31 de julio de 2026, 23:59 (GMT-5)"),
    ]:
        _row(pdf, label, value)

    _heading(pdf, "1. Contexto")
    _para(
        pdf,
        "Cúcuta, capital del departamento de Norte de Santander, es el principal punto de "
        "entrada de personas refugiadas y migrantes procedentes de Venezuela y acoge además "
        "a numerosas personas desplazadas internas por el conflicto armado en el Catatumbo. "
        "La Oficina de Terreno del ACNUR en Cúcuta trabaja con las autoridades locales, las "
        "organizaciones comunitarias y las agencias del sistema de las Naciones Unidas para "
        "fortalecer la protección basada en la comunidad y el acceso a derechos.",
    )

    _heading(pdf, "2. Funciones")
    for item in [
        "Apoyar la implementación de la estrategia de protección basada en la comunidad en Cúcuta, Villa del Rosario y el área metropolitana.",
        "Realizar diagnósticos participativos con enfoque de edad, género y diversidad y sistematizar sus resultados.",
        "Acompañar a las estructuras comunitarias y organizaciones de base en la identificación y remisión de casos.",
        "Contribuir al seguimiento de los proyectos con socios implementadores, incluido el monitoreo de indicadores.",
        "Apoyar la coordinación del subgrupo de protección local y la elaboración de informes de situación.",
        "Elaborar insumos para la incidencia ante autoridades municipales y departamentales.",
        "Realizar otras tareas relacionadas que le sean asignadas.",
    ]:
        _bullet(pdf, item)

    _heading(pdf, "3. Elementos de aprendizaje")
    for item in [
        "Conocimiento del marco internacional de protección de personas refugiadas y desplazadas.",
        "Metodologías de protección basada en la comunidad y de participación.",
        "Gestión de proyectos con socios y sistemas de monitoreo del ACNUR.",
        "Coordinación interagencial en una operación de frontera.",
    ]:
        _bullet(pdf, item)

    _heading(pdf, "4. Perfil requerido")
    _row(
        pdf,
        "Educación",
        "Título universitario avanzado (maestría) en derecho, ciencias sociales, trabajo social, relaciones internacionales o un campo afín.",
    )
    _row(
        pdf,
        "Experiencia",
        "Mínimo dos (2) años y máximo seis (6) años de experiencia profesional relevante. Es deseable al menos un año de experiencia en terreno con población desplazada.",
    )
    _row(pdf, "Idiomas", "Dominio del español y del inglés, oral y escrito (ambos indispensables).")
    _row(
        pdf,
        "Competencias",
        "- Rendición de cuentas\n- Comunicación\n- Orientación a resultados\n"
        "- Compromiso con el aprendizaje continuo\n- Trabajo en equipo y colaboración\n"
        "- Orientación hacia el cliente y la calidad",
    )

    _heading(pdf, "5. Condiciones generales del programa alemán")
    _para(
        pdf,
        "El programa JPO de Alemania es financiado por el Ministerio Federal de Cooperación "
        "Económica y Desarrollo y gestionado por el BFIO. Pueden presentar su candidatura las "
        "personas de nacionalidad alemana; quienes posean también la nacionalidad colombiana "
        "no podrán ser asignadas a este puesto. Las personas candidatas deben tener 32 años o "
        "menos al 31 de diciembre de 2026 y no haber trabajado anteriormente como JPO o como "
        "experta/o asociada/o en el sistema de las Naciones Unidas, con independencia del país "
        "financiador.",
    )

    _heading(pdf, "6. Documentos requeridos")
    for i, item in enumerate(
        [
            "Curriculum vitae en inglés o español.",
            "Carta de motivación referida a este puesto (máximo una página).",
            "Copia del título de maestría y del certificado de notas.",
            "Referencias laborales o certificados de trabajo de los últimos empleos.",
        ],
        start=1,
    ):
        _bullet(pdf, item, mark=f"{i}.")

    _heading(pdf, "7. Cómo postular")
    _para(
        pdf,
        "Las candidaturas se presentan a través del portal del BFIO indicando la Kennziffer "
        "2026-JPO-063. La fecha límite es el 31 de julio de 2026 a las 23:59 (GMT-5). Las "
        "entrevistas se realizarán en Bonn y por videoconferencia en septiembre de 2026.",
    )

    pdf.output(str(path))


if __name__ == "__main__":
    build_docx(HERE / "unicef_nuffic_juba.docx")
    build_pdf(HERE / "acnur_alemania_cucuta_es.pdf")
