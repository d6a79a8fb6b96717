"""Build the binary documents of this folder (deterministic output).

Run with the project's virtual environment:

    /work/main/.venv/bin/python make_binaries.py

It writes `pnuma_espana_panama_es.docx` next to this script.  Core properties are fixed and the
zip archive is rewritten with sorted entries and a fixed timestamp, so two runs give the same
bytes.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 9, 20, 9, 0, 0)
ZIP_TIME = (2027, 9, 20, 9, 0, 0)


def freeze_zip(raw: bytes) -> bytes:
    """Rewrite a zip archive with sorted entries and fixed timestamps."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def fix_core(doc: Document) -> None:
    cp = doc.core_properties
    cp.author = "PNUMA ROLAC - Recursos Humanos"
    cp.last_modified_by = "PNUMA ROLAC - Recursos Humanos"
    cp.title = "Términos de referencia JPO 214603"
    cp.subject = "Programa JPO de España - Convocatoria 2027"
    cp.keywords = "JPO; PNUMA; Panamá"
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3


def bold_cell(cell, text: str) -> None:
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def build_docx() -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = "PNUMA – Oficina Regional para América Latina y el Caribe\tTdR JPO 2027"
    footer = section.footer.paragraphs[0]
    footer.text = "Programa JPO de España – Convocatoria 2027 · Documento público"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("Programa de las Naciones Unidas para el Medio Ambiente", style="Title")
    doc.add_paragraph(
        "Términos de referencia – Profesional Asociado/a (Junior Professional Officer)",
        style="Subtitle",
    )

    table = doc.add_table(rows=6, cols=4)
    table.style = "Table Grid"
    rows = table.rows
    bold_cell(rows[0].cells[0], "Título del puesto")
    merged = rows[0].cells[1].merge(rows[0].cells[3])
    merged.text = "Oficial Asociado/a de Programas – Contaminación química y economía circular"
    facts = [
        ("N.º de vacante (Job Opening ID)", "214603", "Ref. AECID", "JPO-ES-2027/17"),
        ("Organización", "PNUMA", "Categoría", "P-2"),
        (
            "Unidad",
            "Subprograma de Productos Químicos y Contaminación,\n"
            "Oficina Regional para América Latina y el Caribe",
            "Duración",
            "Un año (12 meses), prorrogable por un segundo año",
        ),
        ("Lugar de destino", "Ciudad de Panamá (Panamá)", "Financiación", "España (AECID)"),
        (
            "Fecha de publicación",
            "20 de septiembre de 2027",
            "Fecha límite",
            "18 de octubre de 2027, 14:00 (hora peninsular española)",
        ),
    ]
    for row, (l1, v1, l2, v2) in zip(rows[1:], facts):
        bold_cell(row.cells[0], l1)
        row.cells[1].text = v1
        bold_cell(row.cells[2], l2)
        row.cells[3].text = v2

    doc.add_heading("1. Antecedentes", level=1)
    doc.add_paragraph(
        "El Programa de las Naciones Unidas para el Medio Ambiente (PNUMA) es la principal "
        "autoridad mundial en materia de medio ambiente. Su Oficina Regional para América Latina "
        "y el Caribe, situada en la Ciudad del Saber, en Ciudad de Panamá, atiende a 33 países de "
        "la región y acoge la secretaría del Foro de Ministros de Medio Ambiente de América "
        "Latina y el Caribe."
    )
    doc.add_paragraph(
        "El Subprograma de Productos Químicos y Contaminación apoya a los gobiernos en la "
        "aplicación de los convenios de Basilea, Rotterdam, Estocolmo y Minamata, en la gestión "
        "de residuos y en la transición hacia una economía circular. La persona seleccionada "
        "trabajará bajo la supervisión del Coordinador Regional del Subprograma (P-5) y con el "
        "apoyo diario de una Oficial de Programas (P-3). El inglés y el francés son los idiomas "
        "de trabajo de la Secretaría de las Naciones Unidas."
    )

    doc.add_heading("2. Funciones y responsabilidades", level=1)
    doc.add_paragraph("Bajo la supervisión indicada, el/la JPO:")
    duties = [
        "Apoyará la formulación y el seguimiento de proyectos regionales sobre gestión "
        "racional de productos químicos y residuos.",
        "Contribuirá a la preparación de la reunión regional sobre contaminación por "
        "plásticos, en particular:",
        "Elaborará análisis de políticas nacionales de economía circular y de responsabilidad "
        "extendida del productor.",
        "Dará seguimiento a los informes de los países en el marco de los convenios sobre "
        "productos químicos.",
        "Preparará notas informativas, presentaciones y contenidos para la web y las redes "
        "sociales de la Oficina Regional.",
        "Apoyará la movilización de recursos y la relación con donantes y socios.",
        "Participará en misiones a los países de la región.",
        "Realizará otras tareas afines que se le asignen.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Bullet")
        if i == 1:
            doc.add_paragraph(
                "la redacción de documentos de antecedentes y de la nota conceptual;",
                style="List Bullet 2",
            )
            doc.add_paragraph(
                "la logística con el país anfitrión y la acreditación de participantes.",
                style="List Bullet 2",
            )

    doc.add_heading("3. Elementos de aprendizaje", level=1)
    doc.add_paragraph("Al finalizar la asignación, el/la JPO habrá adquirido:")
    for text in [
        "Conocimiento de los acuerdos ambientales multilaterales sobre productos químicos y residuos.",
        "Experiencia en la gestión de proyectos del PNUMA y en el sistema Umoja.",
        "Capacidad de análisis de políticas públicas ambientales en la región.",
        "Habilidades de negociación y coordinación con gobiernos y sociedad civil.",
        "Una red profesional en el sistema de las Naciones Unidas y entre socios regionales.",
    ]:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("4. Requisitos", level=1)
    doc.add_heading("Formación", level=2)
    doc.add_paragraph(
        "Título universitario avanzado (maestría o equivalente) en ciencias ambientales, "
        "química, ingeniería ambiental, políticas públicas o campo afín. Se aceptará un título "
        "universitario de primer nivel (licenciatura o grado) combinado con dos años adicionales "
        "de experiencia cualificada en lugar del título universitario avanzado."
    )
    doc.add_heading("Experiencia", level=2)
    doc.add_paragraph(
        "Se requiere un mínimo de dos años de experiencia profesional en gestión ambiental, "
        "gestión de residuos o políticas de sostenibilidad. Es deseable la experiencia en "
        "América Latina y el Caribe."
    )
    doc.add_heading("Idiomas", level=2)
    doc.add_paragraph(
        "Se requiere dominio del inglés y del español, oral y escrito. El conocimiento del "
        "portugués es deseable."
    )
    doc.add_heading("Competencias", level=2)
    comp = doc.add_table(rows=1, cols=2)
    comp.style = "Table Grid"
    bold_cell(comp.rows[0].cells[0], "Competencia")
    bold_cell(comp.rows[0].cells[1], "Descripción")
    for name, desc in [
        ("Profesionalismo", "Conocimiento de los temas de productos químicos y residuos."),
        ("Trabajo en equipo", "Colabora con colegas para lograr los objetivos."),
        ("Planificación y organización", "Define prioridades y utiliza el tiempo con eficacia."),
        ("Comunicación", "Se expresa con claridad de forma oral y escrita."),
        ("Orientación al cliente", "Identifica las necesidades de los socios y responde."),
    ]:
        cells = comp.add_row().cells
        cells[0].text = name
        cells[1].text = desc

    doc.add_heading("5. Condiciones del Programa JPO de España", level=1)
    doc.add_paragraph("Para ser admitidas, las candidaturas deben cumplir lo siguiente:")
    for text in [
        "Nacionalidad española. Las personas con doble nacionalidad española y panameña no "
        "podrán ser destinadas a este puesto.",
        "Tener 30 años o menos en la fecha de cierre de la convocatoria.",
        "Título de máster y un mínimo de un año de experiencia profesional, o título de grado y "
        "un mínimo de tres años de experiencia profesional.",
        "Acreditar un nivel C1 de inglés mediante IELTS Academic (mínimo 7,0) o TOEFL iBT "
        "(mínimo 100 puntos), con una antigüedad no superior a 24 meses en la fecha de cierre.",
        "No haber participado anteriormente en ningún programa JPO, de España o de otro país donante.",
        "El programa realiza una única convocatoria anual; cada persona podrá presentarse a un "
        "máximo de dos puestos.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("6. Documentación requerida", level=1)
    for text in [
        "Currículum vitae en inglés (formato Europass).",
        "Carta de motivación en español.",
        "Copia de los títulos universitarios.",
        "Certificado de inglés (IELTS o TOEFL).",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("7. Presentación de candidaturas", level=1)
    doc.add_paragraph(
        "Las candidaturas se presentarán a través de la sede electrónica de la AECID hasta el "
        "lunes 18 de octubre de 2027 a las 14:00 (hora peninsular española). No se admitirán "
        "candidaturas enviadas por correo electrónico. La convocatoria 2026 cerró el 30 de "
        "septiembre de 2026; las solicitudes presentadas entonces no se tendrán en cuenta."
    )

    fix_core(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return freeze_zip(buf.getvalue())


def main() -> None:
    (HERE / "pnuma_espana_panama_es.docx").write_bytes(build_docx())


if __name__ == "__main__":
    main()
