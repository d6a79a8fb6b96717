"""Build the binary held-out ToRs of folder aw (deterministic output).

Run with /work/main/.venv/bin/python make_binaries.py from any directory; the files are written
next to this script:

- poster_finland_iom_coxsbazar.pdf  (fpdf2, A4 recruitment poster, blocks drawn out of order)
- onuhabitat_italia_merida.pdf      (fpdf2, 3 pages, running header/footer, label/value rows)
- iaea_japan_vienna.docx            (python-docx, headings, list styles, facts table)
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 1, 4, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2027, 1, 4, 9, 0, 0)


def _fixed_pdf(pdf: FPDF, title: str) -> None:
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title(title)
    pdf.set_author("jpo test corpus")


# ---------------------------------------------------------------------------
# 1. Poster (English): Finland's JPO Programme, IOM Cox's Bazar
# ---------------------------------------------------------------------------

NAVY = (12, 44, 92)
TEAL = (0, 128, 128)
SAND = (246, 238, 222)
LIGHT = (226, 240, 247)
ORANGE = (232, 119, 34)
WHITE = (255, 255, 255)
INK = (33, 33, 33)


def _icon(pdf: FPDF, kind: str, x: float, y: float) -> None:
    """Small decorative icons drawn as shapes (no text)."""
    pdf.set_fill_color(*ORANGE)
    pdf.set_draw_color(*ORANGE)
    if kind == "circle":
        pdf.ellipse(x, y, 4, 4, style="F")
    elif kind == "triangle":
        pdf.polygon([(x, y + 4), (x + 2, y), (x + 4, y + 4)], style="F")
    elif kind == "square":
        pdf.rect(x, y, 4, 4, style="F")
    else:  # diamond
        pdf.polygon([(x + 2, y), (x + 4, y + 2), (x + 2, y + 4), (x, y + 2)], style="F")


def _heading(pdf: FPDF, x: float, y: float, w: float, text: str, icon: str) -> float:
    _icon(pdf, icon, x, y + 0.8)
    pdf.set_xy(x + 6, y)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(*NAVY)
    pdf.cell(w - 6, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return y + 7.5


def _para(pdf: FPDF, x: float, y: float, w: float, text: str, size: float = 8.5) -> float:
    pdf.set_xy(x, y)
    pdf.set_font("Helvetica", "", size)
    pdf.set_text_color(*INK)
    pdf.multi_cell(w, 3.9, text, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
    return pdf.get_y() + 1.5


def _bullets(pdf: FPDF, x: float, y: float, w: float, items, size: float = 8.5) -> float:
    pdf.set_font("Helvetica", "", size)
    pdf.set_text_color(*INK)
    for item in items:
        pdf.set_xy(x, y)
        pdf.cell(3.5, 3.9, "-")
        pdf.set_xy(x + 3.5, y)
        pdf.multi_cell(w - 3.5, 3.9, item, new_x=XPos.LEFT, new_y=YPos.NEXT, align="L")
        y = pdf.get_y() + 1.2
    return y + 1


def build_poster(path: Path) -> None:
    pdf = FPDF(format="A4", unit="mm")
    _fixed_pdf(pdf, "Finland JPO 2027 - IOM Cox's Bazar - poster")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.add_page()

    # page background
    pdf.set_fill_color(*SAND)
    pdf.rect(0, 0, 210, 297, style="F")

    # --- footer band (drawn first) -------------------------------------------------
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 247, 210, 50, style="F")
    pdf.set_text_color(*WHITE)
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_xy(10, 250)
    pdf.cell(120, 6, "How to apply")
    pdf.set_font("Helvetica", "", 8.5)
    pdf.set_xy(10, 257)
    pdf.multi_cell(
        128,
        3.9,
        "Scan the QR code or go to um.fi/jpo-2027 and upload, in English:",
        new_x=XPos.LEFT,
        new_y=YPos.NEXT,
    )
    y = pdf.get_y() + 0.5
    for i, doc in enumerate(
        [
            "Curriculum vitae (max. two pages)",
            "Motivation letter for this position",
            "Copy of your Master's degree certificate",
            "Copy of your Finnish passport",
        ],
        1,
    ):
        pdf.set_xy(12, y)
        pdf.cell(120, 3.9, f"{i}. {doc}")
        y += 4.2
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(10, y + 1)
    pdf.multi_cell(
        128,
        4.2,
        "Deadline: Sunday 12 September 2027, 23:59 Helsinki time (EEST).",
        new_x=XPos.LEFT,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", "", 6.5)
    pdf.set_xy(10, 288)
    pdf.cell(
        190,
        3,
        "Poster issued 16 August 2027  |  Online info session: 25 August 2027, 15:00  |  "
        "The 2026 call closed on 14 September 2026  |  IOM is an equal opportunity employer",
    )

    # --- sidebar: Key facts ---------------------------------------------------------
    sx, sw = 144, 58
    pdf.set_fill_color(*LIGHT)
    pdf.rect(sx - 2, 66, sw + 2, 98, style="F")
    pdf.set_fill_color(*TEAL)
    pdf.rect(sx - 2, 66, sw + 2, 8, style="F")
    pdf.set_xy(sx, 67)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(*WHITE)
    pdf.cell(sw, 6, "Key facts")
    facts = [
        ("Vacancy no.", "IOM/BD/JPO/2027-09"),
        ("Finland MFA file no.", "HEL7M0412-27"),
        ("Organization", "IOM (UN Migration)"),
        ("Unit", "Protection Unit, Cox's Bazar Sub-Office"),
        ("Place of assignment", "Cox's Bazar, Bangladesh"),
        ("Grade", "P-2"),
        ("Duration", "24 months"),
        ("Sponsor", "Ministry for Foreign Affairs of Finland"),
        ("Supervisor", "Senior Protection Officer (P-4)"),
        ("Apply by", "12 September 2027"),
    ]
    y = 76
    for label, value in facts:
        pdf.set_xy(sx, y)
        pdf.set_font("Helvetica", "B", 7.5)
        pdf.set_text_color(*TEAL)
        pdf.cell(sw - 2, 3.4, label.upper())
        pdf.set_xy(sx, y + 3.4)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_text_color(*INK)
        pdf.multi_cell(sw - 2, 3.8, value, new_x=XPos.LEFT, new_y=YPos.NEXT)
        y = pdf.get_y() + 1.3

    # --- sidebar: Who can apply? ------------------------------------------------------
    pdf.set_fill_color(*ORANGE)
    pdf.rect(sx - 2, 167, sw + 2, 8, style="F")
    pdf.set_fill_color(255, 247, 238)
    pdf.rect(sx - 2, 175, sw + 2, 68, style="F")
    pdf.set_xy(sx, 168)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(*WHITE)
    pdf.cell(sw, 6, "Who can apply?")
    _bullets(
        pdf,
        sx,
        177,
        sw - 2,
        [
            "Finnish citizens. Finnish-Bangladeshi dual citizens cannot be assigned to this post.",
            "Born on or after 1 January 1995.",
            "Master's degree completed by the application deadline (current students are not eligible).",
            "No language test is required.",
            "Finland holds one JPO call a year: you can apply for up to three positions in the 2027 call.",
            "Not open to people who have already served as a JPO, whatever the donor.",
        ],
        size=7.8,
    )

    # --- middle column ------------------------------------------------------------------
    mx, mw = 76, 63
    y = _heading(pdf, mx, 66, mw, "What will you learn?", "triangle")
    y = _bullets(
        pdf,
        mx,
        y,
        mw,
        [
            "Protection case management and referral systems in one of the world's largest "
            "refugee and host-community settings.",
            "Humanitarian coordination through the Protection Sector and the Inter-Sector "
            "Coordination Group.",
            "IOM's project cycle: proposal writing, budgeting, monitoring and donor reporting.",
            "Working with government counterparts (RRRC) and community leaders.",
        ],
    )
    y = _heading(pdf, mx, y + 1, mw, "What you bring", "square")
    y = _para(
        pdf,
        mx,
        y,
        mw,
        "Education: a Master's degree in law, international relations, social sciences, "
        "migration studies or a related field.",
    )
    y = _para(
        pdf,
        mx,
        y,
        mw,
        "Experience: at least 2 years of relevant work experience, e.g. in protection, human "
        "rights or humanitarian work. Candidates with more than 5 years of experience should "
        "apply for regular IOM posts instead.",
    )
    y = _para(
        pdf,
        mx,
        y,
        mw,
        "Languages: excellent English is required. Bangla (Bengali) is an asset. Finnish or "
        "Swedish is not required.",
    )
    y = _heading(pdf, mx, y + 1, mw, "Competencies", "diamond")
    _bullets(
        pdf,
        mx,
        y,
        mw,
        [
            "Inclusion and respect for diversity",
            "Integrity and transparency",
            "Professionalism",
            "Teamwork",
            "Communication",
        ],
    )

    # --- QR placeholder -----------------------------------------------------------------
    pdf.set_fill_color(*WHITE)
    pdf.set_draw_color(*NAVY)
    pdf.rect(160, 252, 30, 30, style="DF")
    pdf.set_fill_color(*NAVY)
    for qx, qy in [(162, 254), (182, 254), (162, 274)]:
        pdf.rect(qx, qy, 6, 6, style="F")
    for i in range(5):
        pdf.rect(171 + (i % 3) * 3, 264 + i * 3 % 12, 2, 2, style="F")
    pdf.set_xy(155, 283)
    pdf.set_font("Helvetica", "B", 8)
    pdf.set_text_color(*WHITE)
    pdf.cell(40, 4, "Scan to apply", align="C")

    # --- title block ----------------------------------------------------------------------
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, 210, 60, style="F")
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 60, 210, 2.5, style="F")
    pdf.set_fill_color(*ORANGE)
    pdf.ellipse(176, 8, 24, 24, style="F")
    pdf.set_xy(176, 16)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_text_color(*WHITE)
    pdf.cell(24, 8, "2027", align="C")
    pdf.set_xy(10, 8)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(150, 5, "FINLAND'S JPO PROGRAMME 2027  |  WE ARE HIRING")
    pdf.set_xy(10, 16)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(160, 9, "Junior Professional Officer -", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(10)
    pdf.cell(160, 9, "Protection (Displacement and Mobility)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(10, 38)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(190, 5, "IOM - International Organization for Migration  |  Cox's Bazar, Bangladesh")
    pdf.set_xy(10, 46)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.cell(190, 5, "Open to Finnish citizens only - a two-year assignment in the field")

    # --- left column ------------------------------------------------------------------------
    lx, lw = 8, 64
    y = _heading(pdf, lx, 66, lw, "Why this job?", "circle")
    y = _para(
        pdf,
        lx,
        y,
        lw,
        "Nearly one million Rohingya refugees live in the camps of Cox's Bazar district, next "
        "to host communities facing floods, landslides and cyclones. IOM, the UN Migration "
        "agency, manages site development, shelter, health and protection services in the "
        "camps. The Protection Unit (14 staff) works on case management, counter-trafficking, "
        "gender-based violence and mental health and psychosocial support.",
    )
    y = _heading(pdf, lx, y + 1, lw, "What will you do?", "circle")
    _bullets(
        pdf,
        lx,
        y,
        lw,
        [
            "Support the protection monitoring system in the camps and host communities and "
            "analyse its data for monthly reports.",
            "Help coordinate case management and referrals with partners, including for "
            "survivors of trafficking.",
            "Contribute to the design of new protection projects and to donor reports.",
            "Organize trainings for IOM staff, volunteers and partners on protection mainstreaming.",
            "Represent IOM in the Protection Sector working groups when requested.",
            "Perform other related duties as assigned.",
        ],
    )

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 2. Spanish PDF: UN-Habitat Mexico (Merida), Italian JPO programme
# ---------------------------------------------------------------------------


class HabitatPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(18, 8)
        self.cell(100, 5, "ONU-Hábitat - Oficina para México y Cuba")
        self.set_xy(112, 8)
        self.cell(80, 5, "Vacante ONUH/MEX/JPO/27-02", align="R")
        self.set_draw_color(0, 110, 170)
        self.set_line_width(0.4)
        self.line(18, 14, 192, 14)
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(18)
        self.cell(120, 5, "Programa italiano de JPO (MAECI / UN DESA) - Convocatoria 2027")
        self.set_x(140)
        self.cell(52, 5, f"Página {self.page_no()} de {{nb}}", align="R")


def _row(pdf: FPDF, label: str, value: str, lw: float = 46) -> None:
    y = pdf.get_y()
    if y > 265:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_x(18)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(lw, 5.5, label)
    pdf.set_xy(18 + lw, y)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(174 - lw, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(0.8)


def _section(pdf: FPDF, text: str) -> None:
    if pdf.get_y() > 255:
        pdf.add_page()
    pdf.ln(3)
    pdf.set_x(18)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 84, 140)
    pdf.cell(174, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def _text(pdf: FPDF, text: str) -> None:
    pdf.set_x(18)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(174, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)


def _dash_list(pdf: FPDF, items, x: float = 18, w: float = 174) -> None:
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        pdf.set_x(x)
        pdf.cell(5, 5.2, "-")
        pdf.set_x(x + 5)
        pdf.multi_cell(w - 5, 5.2, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)


def build_habitat(path: Path) -> None:
    pdf = HabitatPDF(format="A4", unit="mm")
    _fixed_pdf(pdf, "ONUH/MEX/JPO/27-02")
    pdf.set_margins(18, 20, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.set_x(18)
    pdf.cell(
        174,
        6,
        "PROGRAMA DE LAS NACIONES UNIDAS PARA LOS ASENTAMIENTOS HUMANOS",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(174, 5, "ONU-Hábitat", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(
        174,
        6,
        "DESCRIPCIÓN DEL PUESTO - PROGRAMA DE JÓVENES PROFESIONALES (JPO)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)

    for label, value in [
        (
            "Título del puesto",
            "Oficial Profesional Asociado/a (JPO) en Resiliencia Urbana y Vivienda Adecuada",
        ),
        ("N.º de vacante", "ONUH/MEX/JPO/27-02"),
        ("Código UN DESA", "IT-JPO-2027-113"),
        (
            "Organización",
            "Programa de las Naciones Unidas para los Asentamientos Humanos (ONU-Hábitat)",
        ),
        (
            "Unidad",
            "Oficina de Proyectos de la Península de Yucatán, Programa País México "
            "(Oficina para México y Cuba)",
        ),
        ("Ciudad", "Mérida (Yucatán)"),
        ("País", "México"),
        ("Categoría", "P-2"),
        ("Duración", "Un año, con posible prórroga por un año adicional"),
        (
            "Financiamiento",
            "Gobierno de Italia - Ministerio de Asuntos Exteriores y Cooperación Internacional "
            "(MAECI), a través de la Oficina del Programa JPO de UN DESA en Roma",
        ),
        ("Supervisión", "Coordinadora de Proyectos (P-4)"),
        ("Fecha de publicación", "20 de septiembre de 2027"),
        (
            "Fecha límite",
            "18 de octubre de 2027, 23:59 horas (hora de la Ciudad de México)",
        ),
    ]:
        _row(pdf, label, value)

    _section(pdf, "1. ANTECEDENTES")
    _text(
        pdf,
        "La península de Yucatán concentra uno de los crecimientos urbanos más rápidos de "
        "México: la zona metropolitana de Mérida supera ya 1,4 millones de habitantes y la "
        "llegada del Tren Maya acelera la expansión de las periferias. ONU-Hábitat acompaña al "
        "Gobierno del Estado y a los municipios en la planificación urbana, la vivienda adecuada "
        "y la reducción del riesgo ante huracanes, inundaciones y olas de calor. La Oficina de "
        "Proyectos de Mérida, abierta en 2024, cuenta con nueve personas y ejecuta tres "
        "proyectos financiados por la cooperación italiana, el BID y el gobierno estatal.",
    )

    _section(pdf, "2. FUNCIONES Y RESPONSABILIDADES")
    _text(
        pdf,
        "Bajo la supervisión directa de la Coordinadora de Proyectos (P-4) y la orientación "
        "general del Jefe de la Oficina para México y Cuba (P-5), el/la JPO:",
    )
    _dash_list(
        pdf,
        [
            "Apoyará la elaboración de los diagnósticos de vivienda y riesgo urbano de los "
            "municipios de la zona metropolitana de Mérida, con enfoque de género e inclusión.",
            "Contribuirá al diseño y seguimiento de los planes de acción climática municipales y "
            "de los proyectos piloto de vivienda resiliente.",
            "Analizará datos geoespaciales y censales para el Índice de Prosperidad Urbana y "
            "preparará mapas e infografías.",
            "Organizará talleres participativos con comunidades, autoridades locales, "
            "universidades y sector privado, y redactará sus relatorías.",
            "Preparará informes para los donantes, notas conceptuales y propuestas de nuevos "
            "proyectos, en coordinación con la sede regional de ONU-Hábitat y con la oficina de "
            "la Ciudad de México.",
            "Contribuirá a la gestión del conocimiento y a la comunicación de resultados en "
            "redes sociales y en el sitio web de la oficina.",
            "Realizará otras tareas afines que le sean asignadas.",
        ],
    )

    _section(pdf, "3. ELEMENTOS DE APRENDIZAJE")
    _text(pdf, "Durante la asignación, el/la JPO:")
    _dash_list(
        pdf,
        [
            "conocerá el ciclo completo de proyectos de cooperación técnica de ONU-Hábitat;",
            "se familiarizará con la Nueva Agenda Urbana y el seguimiento del ODS 11;",
            "adquirirá experiencia en herramientas de planificación urbana participativa;",
            "desarrollará capacidades de negociación con gobiernos locales y estatales;",
            "participará en el programa de inducción de la Oficina del Programa JPO de UN DESA.",
        ],
    )

    _section(pdf, "4. PERFIL REQUERIDO")
    _row(
        pdf,
        "Formación",
        "Maestría (título universitario avanzado) en urbanismo, arquitectura, ingeniería civil, "
        "geografía, políticas públicas o disciplina afín. Un título universitario de primer nivel "
        "combinado con dos años adicionales de experiencia calificada podrá aceptarse en lugar "
        "de la maestría.",
        lw=32,
    )
    _row(
        pdf,
        "Experiencia",
        "Al menos dos años de experiencia profesional en desarrollo urbano, vivienda o gestión "
        "del riesgo. No se considerarán candidaturas con más de cinco años de experiencia "
        "profesional.",
        lw=32,
    )
    _row(
        pdf,
        "Idiomas",
        "Dominio del español y del inglés (requeridos). El conocimiento del italiano es deseable.",
        lw=32,
    )
    y = pdf.get_y()
    pdf.set_x(18)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(32, 5.5, "Competencias")
    pdf.set_xy(50, y)
    _dash_list(
        pdf,
        [
            "Profesionalismo",
            "Trabajo en equipo",
            "Planificación y organización",
            "Comunicación",
            "Orientación al cliente",
        ],
        x=50,
        w=142,
    )

    _section(pdf, "5. CONDICIONES GENERALES DEL PROGRAMA ITALIANO")
    _dash_list(
        pdf,
        [
            "Nacionalidad: ciudadanía italiana, o nacionalidad de uno de los siguientes países: "
            "Albania, Bolivia, Egipto, Etiopía, Ghana, Kenia, Mozambique, Níger, Senegal, Túnez "
            "y Vietnam. Las personas de nacionalidad mexicana (incluida la doble nacionalidad) no "
            "pueden postular a este puesto.",
            "Edad: tener como máximo 32 años cumplidos a la fecha de cierre de esta convocatoria "
            "(18 de octubre de 2027).",
            "Formación y experiencia: título de maestría y al menos un año de experiencia "
            "profesional, o título de licenciatura y al menos tres años de experiencia "
            "profesional.",
            "Inglés: IELTS Academic (mínimo 6.5) o TOEFL iBT (mínimo 94), obtenido en los dos "
            "años anteriores a la fecha de cierre.",
            "Se puede postular a un máximo de dos puestos por año dentro del programa.",
            "No pueden postular quienes ya hayan sido JPO, con financiamiento de Italia o de "
            "cualquier otro país donante.",
        ],
    )

    _section(pdf, "6. DOCUMENTOS REQUERIDOS")
    pdf.set_font("Helvetica", "", 10)
    for i, doc in enumerate(
        [
            "Formulario de solicitud del Programa JPO de UN DESA, en inglés.",
            "Curriculum vitae en inglés.",
            "Copia de los títulos universitarios.",
            "Certificado IELTS o TOEFL vigente.",
            "Copia del pasaporte.",
        ],
        1,
    ):
        pdf.set_x(18)
        pdf.cell(7, 5.2, f"{i})")
        pdf.multi_cell(167, 5.2, doc, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    _section(pdf, "7. CÓMO POSTULAR")
    _text(
        pdf,
        "Las solicitudes se envían exclusivamente en línea, a través del portal de la Oficina del "
        "Programa JPO de UN DESA, a más tardar el 18 de octubre de 2027 a las 23:59 horas (hora "
        "de la Ciudad de México). El contrato inicial es de 12 meses; las personas "
        "preseleccionadas serán entrevistadas en noviembre de 2027. La convocatoria 2026 de este "
        "programa cerró el 15 de octubre de 2026.",
    )
    _text(
        pdf,
        "ONU-Hábitat promueve la diversidad y la igualdad de género en su personal. No se cobra "
        "ninguna tarifa en ninguna etapa del proceso de selección.",
    )
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 3. DOCX (English): IAEA Vienna, Government of Japan JPO programme
# ---------------------------------------------------------------------------


def _fix_zip(path: Path) -> None:
    """Rewrite the docx zip with fixed timestamps and sorted entries."""
    with zipfile.ZipFile(path) as zin:
        entries = {name: zin.read(name) for name in zin.namelist()}
    order = ["[Content_Types].xml", *sorted(n for n in entries if n != "[Content_Types].xml")]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, entries[name])
    path.write_bytes(buf.getvalue())


def _table(doc, rows, header=None, widths=None):
    n = len(rows) + (1 if header else 0)
    table = doc.add_table(rows=n, cols=2)
    table.style = "Table Grid"
    r = 0
    if header:
        for c, text in enumerate(header):
            cell = table.rows[0].cells[c]
            cell.text = ""
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
        r = 1
    for label, value in rows:
        left, right = table.rows[r].cells
        left.text = ""
        lr = left.paragraphs[0].add_run(label)
        lr.bold = header is None
        right.text = ""
        parts = value.split("\n")
        p = right.paragraphs[0]
        for i, part in enumerate(parts):
            run = p.add_run(part)
            if i < len(parts) - 1:
                run.add_break()
        r += 1
    return table


def build_iaea(path: Path) -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "IAEA Division of Human Resources"
    cp.last_modified_by = "make_binaries"
    cp.title = "JPO Vacancy Notice 2027/JPO/NSNS-05"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "IAEA | Junior Professional Officer Programme of the Government of Japan | 2027"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = section.footer.paragraphs[0]
    fp.text = "Vacancy Notice 2027/JPO/NSNS-05 - International Atomic Energy Agency, Vienna"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("INTERNATIONAL ATOMIC ENERGY AGENCY", style="Title")
    sub = doc.add_paragraph(
        "Vacancy Notice - Junior Professional Officer (JPO) Programme of the Government of Japan",
        style="Subtitle",
    )
    sub.runs[0].font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph("Associate Nuclear Security Information Officer (JPO)", style="Heading 1")

    _table(
        doc,
        [
            ("Position title", "Associate Nuclear Security Information Officer (JPO)"),
            ("Req. ID", "2027/JPO/NSNS-05"),
            ("MOFA Japan ref.", "JPO-2027-IAEA-07"),
            ("Organization", "International Atomic Energy Agency (IAEA)"),
            (
                "Department / Division",
                "Department of Nuclear Safety and Security\nDivision of Nuclear Security\n"
                "Information Management Section",
            ),
            ("Duty station", "Vienna, Austria"),
            ("Grade", "P-2"),
            ("Duration", "Two years (fixed-term appointment)"),
            ("Sponsor", "MOFA Japan"),
            ("Date of issue", "28 October 2027"),
            ("Closing date", "26 November 2027, 12:00 noon Japan Standard Time"),
        ],
    )

    doc.add_paragraph("Organizational Setting", style="Heading 1")
    doc.add_paragraph(
        "The Department of Nuclear Safety and Security develops and promotes the application of "
        "IAEA safety standards and nuclear security guidance. The Division of Nuclear Security "
        "helps States establish and maintain effective national nuclear security regimes. Its "
        "Information Management Section, headed by a Section Head (P-5), runs the Incident and "
        "Trafficking Database (ITDB), which has recorded more than 4,300 incidents reported by "
        "145 participating States since 1995, and the Nuclear Security Information Management "
        "System (NUSIMS)."
    )
    doc.add_paragraph(
        "The JPO will work under the supervision of the Section Head and the day-to-day "
        "guidance of a Nuclear Security Officer (P-4)."
    )

    doc.add_paragraph("Main Purpose", style="Heading 1")
    doc.add_paragraph(
        "As a member of a team of eleven, the Associate Nuclear Security Information Officer "
        "supports the collection, analysis and dissemination of nuclear security information "
        "and helps Member States use the Section's information platforms."
    )

    doc.add_paragraph("Functions / Key Results Expected", style="Heading 1")
    duties = [
        (
            "Review incident reports received from ITDB points of contact, check their "
            "completeness and enter them in the database.",
            [],
        ),
        ("Contribute to the quarterly and annual ITDB analytical reports.", []),
        (
            "Support the maintenance and development of NUSIMS, including:",
            [
                "preparing user requirements and test scenarios for new modules;",
                "helping Member States' users with access and data entry.",
            ],
        ),
        (
            "Prepare statistics, charts and briefing material for meetings of the ITDB points "
            "of contact and for senior management.",
            [],
        ),
        (
            "Assist in organizing technical meetings, workshops and webinars, including "
            "logistics, documents and reports.",
            [],
        ),
        (
            "Draft sections of the annual Nuclear Security Report and other IAEA publications.",
            [],
        ),
        ("Maintain the Section's SharePoint pages and document repositories.", []),
        ("Perform other duties as assigned.", []),
    ]
    for text, subs in duties:
        doc.add_paragraph(text, style="List Bullet")
        for s in subs:
            doc.add_paragraph(s, style="List Bullet 2")

    doc.add_paragraph("Learning Elements", style="Heading 1")
    doc.add_paragraph("Upon completion of the assignment, the JPO will have:")
    for item in [
        "gained a thorough understanding of the IAEA's nuclear security programme and of the "
        "international legal framework for nuclear security;",
        "acquired experience in managing and analysing sensitive information in an "
        "intergovernmental setting;",
        "learned to organize technical meetings with Member State experts;",
        "improved drafting skills for technical and policy documents;",
        "built a professional network within the IAEA and the nuclear security community.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_paragraph("Competencies and Expertise", style="Heading 1")
    doc.add_paragraph("Core Competencies", style="Heading 2")
    _table(
        doc,
        [
            (
                "Communication",
                "Communicates orally and in writing in a clear, concise and impartial manner.",
            ),
            ("Achieving Results", "Plans and organizes his/her work to achieve results."),
            ("Teamwork", "Actively contributes to achieving team results."),
            (
                "Planning and Organizing",
                "Plans and organizes his/her own work in support of achieving the team's priorities.",
            ),
        ],
        header=("Name", "Definition"),
    )
    doc.add_paragraph("Functional Competencies", style="Heading 2")
    _table(
        doc,
        [
            (
                "Analytical Thinking",
                "Collects and analyses information and identifies patterns and trends.",
            ),
            (
                "Technical/Scientific Credibility",
                "Applies knowledge of information management to the Section's work.",
            ),
        ],
        header=("Name", "Definition"),
    )

    doc.add_paragraph("Qualifications, Experience and Language Skills", style="Heading 1")
    doc.add_paragraph("Education", style="Heading 2")
    doc.add_paragraph(
        "Advanced university degree (Master's or equivalent) in computer science, information "
        "management, nuclear engineering, international relations or a related field. Candidates "
        "currently enrolled in a Master's programme who will have obtained their degree by "
        "31 March 2028 are also eligible."
    )
    doc.add_paragraph("Experience", style="Heading 2")
    doc.add_paragraph(
        "Minimum of two years of relevant professional experience in information management, "
        "data analysis or nuclear security. Experience in an international organization is an "
        "asset."
    )
    doc.add_paragraph("Languages", style="Heading 2")
    doc.add_paragraph(
        "Fluency in English is required. Knowledge of another official IAEA language (Arabic, "
        "Chinese, French, Russian or Spanish) is an asset."
    )

    doc.add_paragraph(
        "Are you eligible? Conditions of the Government of Japan JPO Programme", style="Heading 1"
    )
    for item in [
        "Japanese nationality.",
        "35 years of age or younger as of the application deadline (26 November 2027).",
        "A Master's degree (or a Master's degree expected by 31 March 2028) and at least two "
        "years of professional work experience in a relevant field.",
        "English proficiency: TOEFL iBT 100, IELTS (Academic) 7.0 or TOEIC Listening & Reading "
        "860 or above, from a test taken within two years before the application deadline.",
        "One application per year: the programme holds a single annual selection.",
        "Those who have previously served as JPOs funded by the Government of Japan are not eligible.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("Required Documents", style="Heading 1")
    for item in [
        "Application form of the JPO Programme (English and Japanese versions)",
        "Copies of degree certificates and academic transcripts",
        "English test score report",
        "Two letters of reference",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("How to Apply", style="Heading 1")
    doc.add_paragraph(
        "Applications must be submitted through the online system of the Recruitment Center "
        "for International Organizations, MOFA Japan, by 12:00 noon Japan Standard Time (JST) "
        "on Friday, 26 November 2027. The IAEA published this vacancy on 28 October 2027; the "
        "appointment is for an initial period of two years. Please note that the 2026 selection "
        "closed on 27 November 2026 and that applications made in 2026 are not carried over."
    )
    doc.add_paragraph("The IAEA is committed to gender equality and to promoting a diverse workforce.")

    doc.save(str(path))
    _fix_zip(path)


def main() -> None:
    build_poster(HERE / "poster_finland_iom_coxsbazar.pdf")
    build_habitat(HERE / "onuhabitat_italia_merida.pdf")
    build_iaea(HERE / "iaea_japan_vienna.docx")


if __name__ == "__main__":
    main()
