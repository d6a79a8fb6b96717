"""Build the binary documents of this folder (deterministic output).

Run with the project's venv:  /work/main/.venv/bin/python make_binaries.py
Writes cepal_mexico_italia_es.docx and onudi_montevideo_suiza_es.pdf next to this script.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 3, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX
def _fix_zip(raw: bytes) -> bytes:
    """Rewrite the DOCX zip with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def make_docx() -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "CEPAL - Sede subregional en Mexico"
    cp.title = "Terminos de referencia JPO"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "make_binaries"
    cp.revision = 1

    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    doc.add_paragraph(
        "Comisión Económica para América Latina y el Caribe (CEPAL) — Sede subregional en México"
    )
    doc.add_paragraph("Programa de Jóvenes Expertos Asociados (JPO) financiado por el Gobierno de Italia")
    doc.add_paragraph("Términos de referencia", style="Title")

    rows = [
        ("Título del puesto", "Oficial Asociado/a de Asuntos Económicos (JPO)"),
        ("Número de referencia", "CEPAL-MEX-JPO-2026-05"),
        ("Organismo", "Comisión Económica para América Latina y el Caribe (CEPAL/ECLAC)"),
        ("Unidad", "Unidad de Desarrollo Económico"),
        ("Ciudad", "Ciudad de México"),
        ("País", "México"),
        ("Categoría", "P-1"),
        ("Duración", "12 meses, con posibilidad de prórroga por un segundo año"),
        ("País donante", "Italia (Ministerio de Asuntos Exteriores y Cooperación Internacional)"),
        ("Fecha límite", "23 de marzo de 2026, 23:59 horas (hora de Roma)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    doc.add_heading("1. Antecedentes", level=1)
    doc.add_paragraph(
        "La Sede subregional de la CEPAL en México atiende a los países de Centroamérica, Cuba, Haití, "
        "México y la República Dominicana. Su Unidad de Desarrollo Económico analiza la evolución "
        "macroeconómica de la subregión, la política fiscal y la transición energética, y presta "
        "asistencia técnica a los gobiernos en la formulación de políticas de desarrollo productivo."
    )
    doc.add_paragraph(
        "El/la JPO trabajará bajo la supervisión directa de un Oficial de Asuntos Económicos (P-4) de "
        "la Unidad y bajo la orientación general del Jefe de la Unidad."
    )

    doc.add_heading("2. Funciones", level=1)
    doc.add_paragraph("Bajo la supervisión directa de su supervisor/a, el/la JPO:")
    for item in [
        "Recopilará y analizará información estadística sobre la evolución económica de los países de la subregión, incluida la base de datos de cuentas nacionales y del sector energético;",
        "Contribuirá a la elaboración del Balance Preliminar y del Estudio Económico anuales de la subregión;",
        "Apoyará la investigación sobre transición energética, cadenas de valor de la electromovilidad y políticas industriales verdes;",
        "Preparará notas técnicas, presentaciones y borradores de capítulos para publicaciones de la Sede;",
        "Participará en misiones de asistencia técnica y en la organización de seminarios y talleres con ministerios de economía y energía;",
        "Dará seguimiento a proyectos de cooperación con organismos regionales, incluidos los financiados por la cooperación italiana;",
        "Mantendrá actualizadas las bases de datos y la página web de la Unidad;",
        "Realizará otras tareas que le sean asignadas.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("3. Elementos de aprendizaje", level=1)
    doc.add_paragraph("Al finalizar la asignación, el/la JPO habrá:")
    for item in [
        "adquirido experiencia en el análisis macroeconómico aplicado y en la elaboración de publicaciones institucionales de la CEPAL;",
        "desarrollado conocimientos sobre políticas de transición energética en América Latina y el Caribe;",
        "comprendido el funcionamiento de la cooperación técnica de las Naciones Unidas con los gobiernos de la subregión;",
        "fortalecido sus capacidades de redacción y presentación en español y en inglés.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("4. Requisitos", level=1)
    doc.add_heading("Formación", level=2)
    doc.add_paragraph(
        "Título universitario avanzado (maestría o equivalente) en economía, economía del desarrollo, "
        "ingeniería energética o disciplinas afines."
    )
    doc.add_heading("Experiencia", level=2)
    doc.add_paragraph(
        "Mínimo un (1) año de experiencia profesional en análisis económico, investigación aplicada o "
        "formulación de políticas públicas."
    )
    doc.add_heading("Idiomas", level=2)
    doc.add_paragraph(
        "Se requiere dominio del español y del inglés. El conocimiento del portugués es deseable."
    )

    doc.add_heading("5. Competencias", level=1)
    comp = doc.add_table(rows=1, cols=2)
    comp.style = "Table Grid"
    hdr = comp.rows[0].cells
    hdr[0].text = "Competencia"
    hdr[1].text = "Descripción"
    for name, desc in [
        (
            "Profesionalismo",
            "Conocimiento de la economía del desarrollo y de los métodos cuantitativos; capacidad de análisis y de síntesis.",
        ),
        ("Comunicación", "Se expresa con claridad oralmente y por escrito; adapta el lenguaje al público."),
        ("Trabajo en equipo", "Colabora con colegas para alcanzar los objetivos de la organización."),
        (
            "Planificación y organización",
            "Establece prioridades, utiliza el tiempo de manera eficiente y cumple los plazos.",
        ),
    ]:
        cells = comp.add_row().cells
        cells[0].text = name
        cells[1].text = desc

    doc.add_heading("6. Requisitos del programa italiano", level=1)
    for item in [
        "Nacionalidad italiana.",
        "Haber nacido el 1 de enero de 1996 o con posterioridad.",
        "Título de laurea magistrale (maestría) o equivalente, obtenido antes de la fecha límite de la convocatoria.",
        "Excelente conocimiento del inglés y del italiano.",
        "Cada candidato/a podrá postular a un máximo de tres puestos en la convocatoria 2026. El programa italiano realiza una única convocatoria al año.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("7. Documentos requeridos", level=1)
    for item in [
        "Curriculum vitae en inglés (formato Europass o P11 de las Naciones Unidas)",
        "Carta de motivación en inglés",
        "Copia del título de maestría",
        "Copia del pasaporte italiano vigente",
        "Dos cartas de referencia",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("8. Cómo postular", level=1)
    doc.add_paragraph(
        "Las candidaturas deben enviarse a través del portal del programa JPO de UN/DESA a más tardar "
        "el 23 de marzo de 2026 a las 23:59 horas (hora de Roma). No se tomarán en cuenta las "
        "candidaturas incompletas o recibidas después de esa fecha."
    )

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "cepal_mexico_italia_es.docx").write_bytes(_fix_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF
REF = "UNIDO-JPO-2026-CH-014"


class VacancyPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.cell(0, 5, f"ONUDI - Anuncio de vacante JPO ({REF})", align="R")
        self.ln(8)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="C")


def make_pdf() -> None:
    pdf = VacancyPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Anuncio de vacante JPO")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    # letterhead
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(
        0,
        6,
        "ORGANIZACIÓN DE LAS NACIONES UNIDAS PARA EL DESARROLLO INDUSTRIAL",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Oficina Regional de la ONUDI en Montevideo - Centro Regional para América Latina y el Caribe",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "ANUNCIO DE VACANTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        6,
        "Programa de Jóvenes Profesionales (JPO) de la Confederación Suiza",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)

    label_w = 48
    rows = [
        (
            "Título del puesto",
            "Oficial Asociado/a de Desarrollo Industrial - Economía Circular y Cadenas de Valor Sostenibles (JPO)",
        ),
        ("Número de vacante", REF),
        ("Organización", "Organización de las Naciones Unidas para el Desarrollo Industrial (ONUDI/UNIDO)"),
        ("Unidad", "División de Economía Circular y Política Ambiental"),
        ("Lugar de destino", "Montevideo, Uruguay"),
        ("Categoría", "P-2"),
        ("Duración", "24 meses"),
        ("País donante", "Suiza - Agencia Suiza para el Desarrollo y la Cooperación (COSUDE)"),
        ("Fecha de publicación", "16 de marzo de 2026"),
        ("Fecha de cierre", "10 de abril de 2026, 18:00 (hora de Viena)"),
    ]
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(label_w, 6, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + label_w, y)
        pdf.multi_cell(width - label_w, 6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def heading(text):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullets(items, mark="-"):
        pdf.set_font("Helvetica", "", 10)
        for i, item in enumerate(items, 1):
            m = f"{i}." if mark == "num" else mark
            if pdf.get_y() + 5 > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            pdf.cell(6, 5, m)
            pdf.set_xy(pdf.l_margin + 6, y)
            pdf.multi_cell(width - 6, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    heading("Antecedentes")
    para(
        "La Oficina Regional de la ONUDI en Montevideo coordina las actividades de cooperación técnica de la "
        "Organización en el Cono Sur y apoya a los gobiernos de la región en la adopción de modelos de "
        "economía circular, la eficiencia de recursos y el desarrollo de cadenas de valor sostenibles. "
        "El/la JPO formará parte del equipo del proyecto regional de economía circular y trabajará bajo la "
        "supervisión del Oficial de Desarrollo Industrial responsable del proyecto."
    )

    heading("Funciones")
    bullets(
        [
            "Apoyar la ejecución del proyecto regional de economía circular en Argentina, Paraguay y Uruguay, "
            "incluida la preparación de planes de trabajo y presupuestos;",
            "Realizar investigaciones y análisis sobre cadenas de valor agroindustriales y de plásticos, y "
            "redactar notas de política;",
            "Contribuir al diseño y seguimiento de programas piloto con pequeñas y medianas empresas;",
            "Organizar talleres técnicos, reuniones de diálogo público-privado y visitas de estudio;",
            "Preparar informes de avance para los donantes y aportes a los informes anuales de la ONUDI;",
            "Mantener relaciones de trabajo con contrapartes nacionales, cámaras empresariales, universidades "
            "y otras agencias del sistema de las Naciones Unidas;",
            "Desempeñar otras tareas que le asigne su supervisor/a.",
        ]
    )

    heading("Elementos de aprendizaje")
    bullets(
        [
            "Conocimiento práctico del ciclo de proyectos de cooperación técnica de la ONUDI;",
            "Experiencia en el análisis de cadenas de valor y en políticas de economía circular;",
            "Capacidad para trabajar con el sector privado y con gobiernos en un contexto regional;",
            "Participación en un programa de formación para JPO en la sede de la ONUDI en Viena.",
        ]
    )

    heading("Competencias")
    bullets(
        [
            "Integridad y profesionalidad",
            "Trabajo en equipo",
            "Orientación a resultados y rendición de cuentas",
            "Comunicación y empatía",
            "Planificación y organización",
        ]
    )

    heading("Requisitos")
    para(
        "Formación: Maestría o título universitario avanzado equivalente en economía, ingeniería industrial, "
        "ingeniería ambiental, desarrollo sostenible o un campo afín. Se aceptarán candidaturas de "
        "estudiantes que estén cursando el último semestre de una maestría, siempre que obtengan el título "
        "antes de su incorporación."
    )
    para(
        "Experiencia: Es deseable contar con al menos dos años de experiencia profesional en desarrollo "
        "industrial, economía circular o gestión de proyectos."
    )
    para(
        "Idiomas: Dominio del español y del inglés (requerido). El conocimiento del francés o del alemán "
        "es deseable."
    )

    heading("Requisitos del programa suizo")
    bullets(
        [
            "Nacionalidad suiza.",
            "Tener como máximo 32 años a la fecha de cierre del presente anuncio.",
        ]
    )

    heading("Documentos requeridos")
    bullets(
        [
            "Formulario de antecedentes personales (PHF) de la ONUDI, debidamente completado;",
            "Carta de motivación en español o en inglés;",
            "Copia del título universitario y del pasaporte suizo.",
        ],
        mark="num",
    )

    heading("Cómo postular")
    para(
        "Las postulaciones deben enviarse a través del portal de reclutamiento de la ONUDI hasta el 10 de "
        "abril de 2026 a las 18:00 (hora de Viena). Solo se contactará a las personas preseleccionadas."
    )

    pdf.output(str(HERE / "onudi_montevideo_suiza_es.pdf"))


if __name__ == "__main__":
    make_docx()
    make_pdf()
