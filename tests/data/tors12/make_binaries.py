"""Build the two binary ToRs of this batch (deterministic output).

    /work/main/.venv/bin/python make_binaries.py

- unodc_sida_tashkent.docx  (python-docx: letterhead, Title style, fact table whose
  deadline is split over a date row and a time row, Heading 1/2, List Bullet / List
  Bullet 2 / List Number, a language table with check marks)
- fao_cosude_asuncion_es.pdf (fpdf2 core font: running header and footer, borderless
  label/value rows drawn with cell()/multi_cell(), wrapped bullets, one bullet split
  across the page break)
"""

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 3, 10, 9, 0, 0, tzinfo=timezone.utc)
ZIP_TIME = (2026, 3, 10, 9, 0, 0)


# ---------------------------------------------------------------- DOCX
def _freeze_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(path: Path) -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "UNODC ROCA Human Resources"
    cp.last_modified_by = "UNODC ROCA Human Resources"
    cp.title = "JPO ToR - Border Management and Precursor Control"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3

    for line, size in (
        ("United Nations Office on Drugs and Crime", 14),
        ("Regional Office for Central Asia", 11),
        ("Junior Professional Officer Programme | Terms of Reference", 10),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(size)

    doc.add_paragraph(
        "Associate Programme Officer (JPO) \u2013 Border Management and Precursor Control", style="Title"
    )

    facts = [
        ("Post title", "Associate Programme Officer (JPO) \u2013 Border Management and Precursor Control"),
        ("Req. ID", "UNODC-ROCA-JPO-26-0412"),
        ("Sida file no.", "UM2026/11873"),
        ("Organization", "United Nations Office on Drugs and Crime (UNODC)"),
        ("Unit", "Regional Office for Central Asia (ROCA), Border Management Programme"),
        ("Place of assignment", "Tashkent, Uzbekistan"),
        ("Grade", "P-2"),
        (
            "Duration",
            "Two years (the second year subject to satisfactory performance and availability of funds)",
        ),
        (
            "Sponsor",
            "Government of Sweden, through the Swedish International Development Cooperation Agency (Sida)",
        ),
        ("Reports to", "Programme Coordinator (P-4), Border Management Programme"),
        ("Closing date", "14 April 2026"),
        ("Closing time", "23:59 Stockholm time (CEST)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in facts:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = v

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "UNODC's Regional Office for Central Asia, based in Tashkent, supports the five "
        "Central Asian States in countering drug trafficking, transnational organized crime "
        "and terrorism. Its Border Management Programme works with border guards, customs "
        "services and drug control agencies along the borders with Afghanistan and on the "
        "main transit routes towards the Russian Federation, Europe and China."
    )
    doc.add_paragraph(
        "Since 2023 the Programme has expanded its work on the control of precursor "
        "chemicals used in the illicit manufacture of synthetic drugs, including through "
        "Border Liaison Offices, joint port control units and a regional information "
        "exchange platform. The JPO will join a team of eleven staff and consultants in "
        "Tashkent and will travel regularly to Dushanbe, Bishkek and Termez."
    )

    doc.add_heading("2. Duties and responsibilities", level=1)
    doc.add_paragraph("Under the direct supervision of the Programme Coordinator, the JPO will:")
    duties = [
        "Support the planning, implementation and monitoring of the precursor control "
        "component of the Border Management Programme.",
        "Draft project documents, concept notes, progress reports and donor reports, "
        "including annual reporting to the Government of Sweden.",
        "Assist in the organization of training for frontline officers, in particular:",
        "Collect and analyse seizure data and trafficking trends and contribute to regional "
        "threat assessments.",
        "Liaise with national counterparts, the Central Asian Regional Information and "
        "Coordination Centre (CARICC) and other international partners.",
        "Contribute to the integration of human rights and gender equality in programme activities.",
        "Maintain the programme's knowledge products and web content.",
        "Perform other related duties as required.",
    ]
    subs = [
        "chemical identification and field testing;",
        "risk profiling of consignments at land borders;",
        "inter-agency cooperation at Border Liaison Offices.",
    ]
    for i, d in enumerate(duties):
        doc.add_paragraph(d, style="List Bullet")
        if i == 2:
            for s in subs:
                doc.add_paragraph(s, style="List Bullet 2")

    doc.add_heading("3. Learning elements", level=1)
    doc.add_paragraph("At the end of the assignment the JPO will have:")
    for le in [
        "a solid understanding of the international drug control conventions and of "
        "precursor control regimes;",
        "practical experience in managing a technical cooperation programme from planning to reporting;",
        "skills in data analysis applied to trafficking trends;",
        "experience of working with law enforcement agencies in a regional setting;",
        "knowledge of UN rules and procedures for programme and financial management.",
    ]:
        doc.add_paragraph(le, style="List Number")

    doc.add_heading("4. Qualifications and experience", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Advanced university degree (Master's degree or equivalent) in law, criminology, "
        "international relations, public administration, chemistry or a related field. A "
        "first-level university degree (Bachelor's degree) in combination with two additional "
        "years of qualifying experience may be accepted in lieu of the advanced university "
        "degree."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "A minimum of 24 months of progressively responsible professional experience in law "
        "enforcement, border management, drug control, international cooperation or a "
        "related field is required. Experience in Central Asia is an asset."
    )
    doc.add_heading("Languages", level=2)
    lt = doc.add_table(rows=1, cols=3)
    lt.style = "Table Grid"
    hdr = lt.rows[0].cells
    for c, txt in zip(hdr, ("Language", "Required", "Desirable")):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
    for lang, req, des in (("English", "\u2713", ""), ("Russian", "", "\u2713"), ("Uzbek", "", "\u2713")):
        r = lt.add_row().cells
        r[0].text, r[1].text, r[2].text = lang, req, des
    doc.add_paragraph(
        "English and French are the working languages of the United Nations Secretariat. "
        "Knowledge of Swedish is not a requirement for this post."
    )
    doc.add_heading("Competencies", level=2)
    for c in [
        "Professionalism \u2013 knowledge of drug control and border management; shows pride "
        "in work and in achievements.",
        "Integrity \u2013 upholds the values of the United Nations in daily activities.",
        "Teamwork \u2013 works collaboratively with colleagues to achieve organizational goals.",
        "Planning and organizing \u2013 develops clear goals; uses time efficiently.",
        "Communication \u2013 speaks and writes clearly and effectively.",
        "Respect for diversity \u2013 works effectively with people from all backgrounds.",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("5. Eligibility \u2013 Swedish JPO Programme (Sida)", level=1)
    doc.add_paragraph("Sida's JPO programme is open to Swedish citizens only. To be eligible you must:")
    for e in [
        "hold Swedish citizenship;",
        "be born in 1994 or later;",
        "meet the education and experience requirements of the post;",
        "not have previously held a JPO position, financed by Sida or by any other donor.",
    ]:
        doc.add_paragraph(e, style="List Bullet")
    doc.add_paragraph("Each candidate may apply for a maximum of three positions in Sida's 2026 JPO call.")

    doc.add_heading("6. How to apply", level=1)
    doc.add_paragraph(
        "Applications are submitted through Sida's recruitment portal; please quote both the "
        "Req. ID and the Sida file number. The call was published on 10 March 2026, and "
        "applications must reach Sida by the closing date and time given in the table above. "
        "Candidates who have worked for UNODC under a consultancy contract of more than "
        "6 months in the last two years should mention it in their cover letter."
    )
    doc.add_paragraph("Please attach the following documents:")
    for d in [
        "Curriculum vitae in English (maximum three pages)",
        "Cover letter (maximum one page)",
        "Copy of your highest university degree",
        "Copy of your Swedish passport",
    ]:
        doc.add_paragraph(d, style="List Number")

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_freeze_zip(buf.getvalue()))


# ---------------------------------------------------------------- PDF
class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "FAO - Representación en Paraguay", align="L")
        self.cell(
            0,
            5,
            "Programa de Oficiales Profesionales Asociados (APO/JPO)",
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(path: Path) -> None:
    pdf = ToRPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("FAO Paraguay")
    pdf.set_title("TdR APO - Sistemas alimentarios sostenibles")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        W,
        6,
        "Organización de las Naciones Unidas para la Alimentación y la Agricultura",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(W, 6, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    rows = [
        (
            "Título del puesto",
            "Oficial Profesional Asociado/a (APO) en Sistemas Alimentarios "
            "Sostenibles y Agricultura Familiar",
        ),
        ("N.º de vacante", "FAO-APO-2604-PY"),
        ("Ref. COSUDE", "7F-11342.01"),
        ("Unidad", "Representación de la FAO en Paraguay (FAOPY), Área de Programas y Cooperación Técnica"),
        ("Lugar de destino", "Asunción"),
        ("País", "Paraguay"),
        ("Categoría", "P-1 / P-2, según experiencia"),
        ("Duración", "12 meses (renovable por 12 meses más)"),
        (
            "Financiado por",
            "Confederación Suiza - Agencia Suiza para el Desarrollo y la Cooperación (COSUDE)",
        ),
        ("Fecha de publicación", "2 de marzo de 2026"),
        ("Fecha límite", "31 de marzo de 2026, 17:00 horas (hora de Berna)"),
    ]
    LW = 45
    for k, v in rows:
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(LW, 5.5, k)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + LW, y)
        pdf.multi_cell(W - LW - 30, 5.5, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(3)

    def heading(txt):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(W, 6, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("Helvetica", "", 10)

    def para(txt):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(W, 5, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def bullets(items, mark="-"):
        pdf.set_font("Helvetica", "", 10)
        for it in items:
            y = pdf.get_y()
            if y > pdf.h - 22 - 5:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(5, 5, mark)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(W - 8, 5, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)

    heading("1. Antecedentes")
    para(
        "La FAO apoya al Gobierno del Paraguay en la transformación de los sistemas "
        "agroalimentarios para que sean más eficientes, inclusivos, resilientes y "
        "sostenibles. La agricultura familiar campesina e indígena produce buena parte de "
        "los alimentos que se consumen en el país, pero enfrenta baja productividad, "
        "acceso limitado a mercados y crecientes impactos de la sequía en el Chaco y en la "
        "región Oriental."
    )
    para(
        "La Representación ejecuta una cartera de once proyectos con el Ministerio de "
        "Agricultura y Ganadería, gobiernos departamentales y organizaciones de "
        "productores. El/la APO se integrará al Área de Programas bajo la supervisión del "
        "Oficial de Programas (P-4) y colaborará con el equipo de la iniciativa Mano de la "
        "Mano, que prioriza los territorios con mayores niveles de pobreza rural y de "
        "inseguridad alimentaria, en particular los departamentos de San Pedro, Caaguazú "
        "y Canindeyú."
    )

    heading("2. Funciones")
    para("Bajo la supervisión directa del Oficial de Programas, el/la APO:")
    bullets(
        [
            "Apoyará la formulación, el seguimiento y la evaluación de proyectos de agricultura "
            "familiar, compras públicas de alimentos y alimentación escolar.",
            "Contribuirá al análisis de datos de producción, precios y seguridad alimentaria, "
            "incluyendo la preparación de fichas departamentales.",
            "Participará en la elaboración de notas conceptuales y propuestas de financiamiento "
            "para donantes bilaterales y fondos climáticos.",
            "Preparará informes de avance para la COSUDE y para otros socios.",
            "Facilitará talleres con organizaciones de productores, con especial atención a la "
            "participación de mujeres y jóvenes rurales.",
            "Apoyará la coordinación con el Ministerio de Agricultura y Ganadería, el Instituto "
            "Paraguayo de Tecnología Agraria y otras agencias del Sistema de las Naciones "
            "Unidas en el marco del Marco de Cooperación, incluyendo la preparación de "
            "reuniones del grupo interagencial de desarrollo rural, la redacción de actas y el "
            "seguimiento de los acuerdos adoptados por las instituciones participantes.",
            "Documentará buenas prácticas y lecciones aprendidas en productos de gestión del conocimiento.",
            "Contribuirá a la comunicación institucional de la Representación.",
            "Realizará otras tareas afines que se le asignen.",
        ]
    )

    heading("3. Elementos de aprendizaje")
    bullets(
        [
            "Conocimiento del ciclo de proyectos de la FAO y de sus procedimientos operativos.",
            "Experiencia práctica en políticas de seguridad alimentaria y agricultura familiar.",
            "Capacidad para diseñar y facilitar procesos participativos con actores rurales.",
            "Habilidades de movilización de recursos y relación con donantes.",
            "Comprensión del funcionamiento del Sistema de las Naciones Unidas a nivel de país.",
        ]
    )

    heading("4. Requisitos")
    para(
        "Formación: título universitario avanzado (maestría) en agronomía, economía "
        "agrícola, desarrollo rural, nutrición, ciencias sociales o campo afín."
    )
    para(
        "Experiencia: entre dos y cinco años de experiencia profesional relevante en "
        "desarrollo rural, seguridad alimentaria o cooperación internacional. No se "
        "considerarán candidaturas con más de cinco años de experiencia profesional."
    )
    para(
        "Idiomas: dominio del español y del inglés (escrito y oral). Se valorará el "
        "conocimiento del guaraní y del francés."
    )
    para("Competencias:")
    bullets(
        [
            "Enfoque en resultados",
            "Trabajo en equipo",
            "Comunicación",
            "Establecimiento de relaciones eficaces",
            "Intercambio de conocimientos y mejora continua",
        ]
    )

    heading("5. Condiciones generales del programa suizo")
    para(
        "El programa JPO de la COSUDE establece las siguientes condiciones, que prevalecen "
        "sobre cualquier otra indicación de este documento:"
    )
    bullets(
        [
            "Nacionalidad suiza. Las personas con doble nacionalidad suiza y paraguaya no "
            "pueden ser asignadas a este puesto.",
            "Edad: como máximo 32 años en la fecha límite de postulación.",
            "Formación y experiencia: maestría y al menos dos años de experiencia profesional, "
            "o bien licenciatura y al menos cuatro años de experiencia profesional.",
            "No haber trabajado anteriormente como JPO/APO, cualquiera que sea el país donante.",
            "Cada persona puede postular como máximo a dos puestos JPO financiados por la COSUDE por año.",
        ]
    )

    heading("6. Presentación de candidaturas")
    para(
        "Las candidaturas deben enviarse a través del portal de empleo de la FAO, "
        "indicando el número de vacante, a más tardar el 31 de marzo de 2026 a las 17:00 "
        "horas (hora de Berna). Se requieren los siguientes documentos:"
    )
    for i, d in enumerate(
        [
            "Curriculum vitae en español o en inglés.",
            "Carta de motivación dirigida a la Representación de la FAO.",
            "Copia del título de maestría o de licenciatura.",
            "Copia del pasaporte suizo.",
        ],
        1,
    ):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 5, f"{i})")
        pdf.multi_cell(W - 10, 5, d, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(
        "Solo se contactará a las personas preseleccionadas. Las entrevistas tendrán lugar en abril de 2026."
    )
    pdf.output(str(path))


if __name__ == "__main__":
    build_docx(HERE / "unodc_sida_tashkent.docx")
    build_pdf(HERE / "fao_cosude_asuncion_es.pdf")
    print("ok")
