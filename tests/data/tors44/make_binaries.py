"""Build the binary documents of held-out batch ap (deterministic).

Run from this folder with the project's virtualenv:

    /work/main/.venv/bin/python make_binaries.py

It writes ``unoct_us_doha.docx`` (python-docx) and ``oms_aecid_malabo_es.pdf`` (fpdf2).
Core properties, zip timestamps, the PDF creation date and producer are fixed, so two runs
give byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 2, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 2, 1, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX


def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip archive with fixed timestamps and attributes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def _centred(doc, text: str, bold: bool = False, size: int | None = None) -> None:
    par = doc.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = par.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def _labelled(doc, label: str, text: str) -> None:
    par = doc.add_paragraph()
    run = par.add_run(label)
    run.bold = True
    par.add_run(text)


def build_docx() -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "UNOCT Executive Office"
    props.last_modified_by = "UNOCT Executive Office"
    props.title = "JPO Job Opening 218430 - Associate Programme Management Officer"
    props.subject = "Junior Professional Officer - U.S. JPO Program"
    props.keywords = "JPO; UNOCT; Doha"
    props.comments = ""
    props.category = ""
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.last_printed = FIXED.replace(tzinfo=None)
    props.revision = 3

    section = doc.sections[0]
    section.header.paragraphs[0].text = "UNITED NATIONS OFFICE OF COUNTER-TERRORISM\tJob Opening ID 218430"
    section.footer.paragraphs[
        0
    ].text = "UNOCT \u00b7 International Hub on Behavioural Insights to Counter Terrorism \u00b7 Doha, Qatar"

    _centred(doc, "UNITED NATIONS    NATIONS UNIES", bold=True, size=12)
    _centred(
        doc,
        "Office of Counter-Terrorism (UNOCT) \u00b7 United Nations Counter-Terrorism Centre (UNCCT)",
    )
    _centred(doc, "JOB OPENING \u2013 JUNIOR PROFESSIONAL OFFICER (JPO) PROGRAMME", bold=True)

    doc.add_paragraph("Associate Programme Management Officer (Behavioural Insights)", style="Title")
    note = doc.add_paragraph()
    note_run = note.add_run(
        "This JPO position is sponsored by the Government of the United States of America through "
        "the U.S. Department of State (IO/JPO). It is open to U.S. citizens only."
    )
    note_run.italic = True
    line = doc.add_paragraph()
    line.add_run("Grade: P-2 | Duration: 12 months | Closing: 2 April 2027").bold = True

    facts = [
        ("Job Opening ID", "218430"),
        ("Donor file no.", "IO/JPO-FY27-006"),
        ("Job title", "Associate Programme Management Officer (Behavioural Insights)"),
        (
            "Department / Office",
            "Office of Counter-Terrorism\nUnited Nations Counter-Terrorism Centre (UNCCT)",
        ),
        ("Unit", "International Hub on Behavioural Insights to Counter Terrorism"),
        ("City", "Doha"),
        ("Country", "Qatar"),
        ("Grade", "P-2"),
        (
            "Duration",
            "One year (initial appointment), renewable for a second year subject to satisfactory "
            "performance and availability of funds",
        ),
        ("Date posted", "1 March 2027"),
        ("Deadline", "2 April 2027, 5:00 p.m. Eastern Time (Washington, D.C.)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].text = value

    doc.add_heading("Where will you work?", level=1)
    doc.add_paragraph(
        "The United Nations Office of Counter-Terrorism (UNOCT) was established in 2017 to provide "
        "leadership on the counter-terrorism mandates entrusted to the Secretary-General and to "
        "strengthen the delivery of capacity-building assistance to Member States. Its International "
        "Hub on Behavioural Insights to Counter Terrorism, established in Doha in 2020 with the support "
        "of the State of Qatar, applies behavioural science to the prevention of violent extremism, "
        "the rehabilitation and reintegration of former fighters and their families, and the design "
        "of strategic communications."
    )
    doc.add_paragraph(
        "The JPO will join a multidisciplinary team of eight staff members and will work under the "
        "supervision of the Chief of the Hub (P-5) and the day-to-day guidance of a Programme "
        "Management Officer (P-4). The position was previously encumbered by a JPO at the P-1 level."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph("Within delegated authority, the Associate Programme Management Officer will:")
    duties = [
        "Support the Chief of the Hub in the design and implementation of the Hub's programme of "
        "work, including annual workplans, budgets and results frameworks;",
        "Conduct desk research and literature reviews on behavioural science, radicalization and "
        "disengagement, and draft background papers and policy briefs;",
        "Contribute to the design, monitoring and evaluation of pilot projects with Member States, "
        "in particular:",
        "Organize expert group meetings, webinars and capacity-building workshops for government "
        "officials and civil society, and prepare summaries and meeting reports;",
        "Draft donor proposals and progress reports, and track expenditure against approved "
        "budgets in Umoja;",
        "Liaise with UNOCT Headquarters in New York, other United Nations entities, academic "
        "partners and the host Government on substantive and logistical matters;",
        "Perform other related duties as required.",
    ]
    sub_items = [
        "drafting terms of reference and monitoring frameworks for randomized and "
        "quasi-experimental evaluations;",
        "compiling, cleaning and analysing survey and programme data.",
    ]
    for i, duty in enumerate(duties):
        doc.add_paragraph(duty, style="List Number")
        if i == 2:
            for sub in sub_items:
                doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("What will you learn?", level=1)
    for item in [
        "How behavioural science is translated into policy and programme design within the United "
        "Nations Secretariat;",
        "Results-based management, monitoring and evaluation of counter-terrorism capacity-building "
        "projects;",
        "Working with Member States, civil society and research institutions in a politically "
        "sensitive field;",
        "Resource mobilization and donor relations in a voluntarily funded office.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Advanced university degree (Master's degree or equivalent) in psychology, behavioural "
        "economics, political science, international relations, criminology or a related field. A "
        "first-level university degree in combination with two additional years of qualifying "
        "experience may be accepted in lieu of the advanced university degree."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "A minimum of two years of progressively responsible experience in research, programme "
        "management or policy analysis is required. Experience in applying behavioural science "
        "methods or in the field of preventing violent extremism is desirable. As this is an "
        "entry-level position, candidates with more than five years of professional experience will "
        "not be considered."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "English and French are the working languages of the United Nations Secretariat. For this "
        "position, fluency in English is required. Knowledge of Arabic is desirable."
    )

    doc.add_heading("Competencies", level=1)
    comp = doc.add_table(rows=1, cols=2)
    comp.style = "Table Grid"
    comp.rows[0].cells[0].paragraphs[0].add_run("Competency").bold = True
    comp.rows[0].cells[1].paragraphs[0].add_run("What it looks like in this role").bold = True
    for name, text in [
        (
            "Professionalism",
            "Shows pride in work; applies behavioural science methods rigorously and ethically.",
        ),
        ("Communication", "Writes clearly for policymakers; listens to partners and adapts the message."),
        ("Teamwork", "Works collaboratively across the Hub, UNOCT Headquarters and partners."),
        ("Planning and organizing", "Develops clear goals, sets priorities and meets deadlines."),
        (
            "Client orientation",
            "Identifies the needs of Member States and responds with practical solutions.",
        ),
    ]:
        cells = comp.add_row().cells
        cells[0].text = name
        cells[1].text = text

    doc.add_heading("Are you eligible?", level=1)
    doc.add_heading("General conditions of the U.S. JPO Program", level=2)
    for text in [
        "The U.S. JPO Program is open to citizens of the United States only. Dual U.S.\u2013Qatari "
        "nationals cannot be considered for assignments in Qatar.",
        "There is no upper age limit for the U.S. JPO Program.",
        "Candidates must hold a Master's degree and have at least two years of relevant full-time "
        "professional experience, or hold a Bachelor's degree and have at least four years of "
        "relevant full-time professional experience. Degrees must be completed by the application "
        "deadline; current students are not eligible.",
        "No language test is required.",
        "Applicants may apply to a maximum of three JPO positions per fiscal year.",
        "Persons who have previously served as a JPO, whether sponsored by the United States or by "
        "another government, are not eligible.",
    ]:
        doc.add_paragraph(text)

    doc.add_heading("What we offer", level=1)
    for item in [
        "A fixed-term appointment at the P-2 level, with salary, post adjustment and benefits in "
        "accordance with the United Nations Staff Regulations and Rules;",
        "A Duty Travel and Training Allowance (DTTA) of up to USD 4,000 per year;",
        "Mentoring by the Chief of the Hub and access to the learning catalogue of the UN System "
        "Staff College.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Submit your application through the U.S. JPO Program portal (usjpo.state.example.gov). A "
        "complete application consists of:"
    )
    for item in [
        "A completed UN Personal History Profile (P.11) or a CV of no more than three pages;",
        "A cover letter of no more than one page describing your motivation for this position;",
        "Unofficial transcripts of all university degrees;",
        "Names and contact details of two professional references;",
        "Proof of U.S. citizenship (copy of passport).",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    last = doc.add_paragraph("Applications must be received by ")
    last.add_run("5:00 p.m. Eastern Time (Washington, D.C.) on Friday, 2 April 2027").bold = True
    last.add_run(
        ". Incomplete or late applications will not be considered. Interviews are expected in May "
        "2027; the selected candidate should be available to take up the assignment in Doha in "
        "September 2027."
    )

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "unoct_us_doha.docx").write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF


class MalaboPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(85, 5, "OMS \u00b7 Representaci\u00f3n en Guinea Ecuatorial", align="L")
        self.cell(0, 5, "Programa JPO \u00b7 Cooperaci\u00f3n Espa\u00f1ola 2027", align="R")
        self.ln(6)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(85, 5, "Ref. AFRO/GNQ/JPO/27-01", align="L")
        self.cell(0, 5, f"P\u00e1gina {self.page_no()} de {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 48


def _room(pdf: FPDF, height: float) -> None:
    """Start a new page when the next line would not fit (a cell moved back by set_xy cannot)."""
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _row(pdf: FPDF, label: str, value: str, bold_value: bool = False, value_w: float = 0) -> None:
    _room(pdf, 5.2)
    pdf.set_font("Helvetica", "B", 9.5)
    y = pdf.get_y()
    pdf.cell(LABEL_W, 5.2, label)
    pdf.set_xy(pdf.l_margin + LABEL_W, y)
    pdf.set_font("Helvetica", "B" if bold_value else "", 9.5)
    pdf.multi_cell(value_w, 5.2, value)
    pdf.ln(0.8)


def _heading(pdf: FPDF, text: str) -> None:
    _room(pdf, 20)
    pdf.ln(2.5)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6, text)
    pdf.ln(7)


def _para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, text)
    pdf.ln(1.5)


def _bullets(pdf: FPDF, items: list[str], numbered: bool = False) -> None:
    pdf.set_font("Helvetica", "", 9.5)
    for i, item in enumerate(items, 1):
        mark = f"{i}." if numbered else "-"
        _room(pdf, 5)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5, mark)
        pdf.set_xy(pdf.l_margin + 9, y)
        pdf.multi_cell(0, 5, item)
        pdf.ln(0.6)


def build_pdf() -> None:
    pdf = MalaboPDF(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("OMS - Representacion en Guinea Ecuatorial")
    pdf.set_title("TdR JPO AFRO/GNQ/JPO/27-01")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "ORGANIZACI\u00d3N MUNDIAL DE LA SALUD", align="C")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(
        0, 5, "Oficina Regional para \u00c1frica \u00b7 Representaci\u00f3n en Guinea Ecuatorial", align="C"
    )
    pdf.ln(5)
    pdf.cell(0, 5, "Paseo de los Cocoteros s/n, Malabo II \u00b7 Bioko Norte", align="C")
    pdf.ln(9)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "T\u00c9RMINOS DE REFERENCIA - JOVEN PROFESIONAL (JPO)", align="C")
    pdf.ln(10)

    _row(
        pdf,
        "T\u00edtulo del puesto",
        "Oficial T\u00e9cnico Asociado (JPO) - Salud Materna, Neonatal e Infantil",
        bold_value=True,
        value_w=100,
    )
    _row(pdf, "N.\u00ba de vacante", "AFRO/GNQ/JPO/27-01")
    _row(pdf, "C\u00f3digo AECID", "JPO27-OMS-07")
    _row(
        pdf,
        "Organismo",
        "Organizaci\u00f3n Mundial de la Salud (OMS / WHO) - Oficina Regional para \u00c1frica",
    )
    _row(
        pdf,
        "Unidad",
        "Programa de Salud Reproductiva, Materna, Neonatal, Infantil y del Adolescente (SRMNIA)",
    )
    _row(pdf, "Lugar de destino", "Malabo, Guinea Ecuatorial")
    _row(pdf, "Categor\u00eda", "P-2")
    _row(pdf, "Duraci\u00f3n", "12 meses, prorrogable por un segundo a\u00f1o")
    _row(
        pdf,
        "Supervisi\u00f3n",
        "Oficial M\u00e9dico (P-4), bajo la autoridad de la Representante de la OMS (P-5)",
    )
    _row(pdf, "Publicaci\u00f3n", "lunes 8 de febrero de 2027")
    _row(
        pdf,
        "Fecha l\u00edmite",
        "lunes 15 de marzo de 2027, 23:59 h (hora de Malabo, UTC+1)",
        bold_value=True,
    )

    _heading(pdf, "1. Antecedentes")
    _para(
        pdf,
        "Guinea Ecuatorial ha logrado avances importantes en la reducci\u00f3n de la mortalidad "
        "materna desde el a\u00f1o 2000, pero la mortalidad neonatal y la cobertura de la atenci\u00f3n "
        "prenatal siguen siendo motivo de preocupaci\u00f3n, sobre todo en la regi\u00f3n continental y en "
        "la isla de Annob\u00f3n. La Representaci\u00f3n de la OMS apoya al Ministerio de Sanidad y "
        "Bienestar Social en la aplicaci\u00f3n del Plan Nacional de Salud Reproductiva, Materna, "
        "Neonatal, Infantil y del Adolescente 2025-2029, la mejora de la calidad de la atenci\u00f3n en "
        "los hospitales regionales y el fortalecimiento del sistema de informaci\u00f3n sanitaria.",
    )
    _para(
        pdf,
        "La plaza estuvo ocupada hasta diciembre de 2026 por una JPO de categor\u00eda P-1, "
        "financiada tambi\u00e9n por la Cooperaci\u00f3n Espa\u00f1ola, que contribuy\u00f3 a la puesta en "
        "marcha del sistema de vigilancia de muertes maternas y perinatales.",
    )

    _heading(pdf, "2. \u00bfQu\u00e9 har\u00e1 la persona seleccionada?")
    _para(
        pdf,
        "Bajo la supervisi\u00f3n directa del Oficial M\u00e9dico responsable del programa (P-4), la "
        "persona seleccionada:",
    )
    _bullets(
        pdf,
        [
            "apoyar\u00e1 al Ministerio de Sanidad en la planificaci\u00f3n, el seguimiento y la "
            "evaluaci\u00f3n del Plan Nacional de SRMNIA y de sus planes operativos anuales;",
            "contribuir\u00e1 a la implantaci\u00f3n del sistema de vigilancia y respuesta a las muertes "
            "maternas y perinatales, incluida la formaci\u00f3n de los comit\u00e9s hospitalarios;",
            "participar\u00e1 en la elaboraci\u00f3n y difusi\u00f3n de protocolos cl\u00ednicos y gu\u00edas "
            "nacionales basadas en las recomendaciones de la OMS;",
            "analizar\u00e1 los datos del sistema de informaci\u00f3n sanitaria (DHIS2) y preparar\u00e1 "
            "informes peri\u00f3dicos y notas t\u00e9cnicas;",
            "apoyar\u00e1 la organizaci\u00f3n de talleres de capacitaci\u00f3n para parteras, personal de "
            "enfermer\u00eda y personal m\u00e9dico en Malabo, Bata y Ebebiy\u00edn;",
            "colaborar\u00e1 con UNICEF, el UNFPA, la AECID y otros socios en la coordinaci\u00f3n del "
            "grupo de trabajo de salud materna e infantil;",
            "contribuir\u00e1 a la movilizaci\u00f3n de recursos y a la preparaci\u00f3n de propuestas e "
            "informes para los donantes, en particular para los fondos multilaterales de salud y "
            "para la Cooperaci\u00f3n Espa\u00f1ola, asegurando la calidad t\u00e9cnica de los documentos "
            "y el cumplimiento de los plazos establecidos por cada donante;",
            "realizar\u00e1 otras tareas afines que le sean encomendadas.",
        ],
    )

    _heading(pdf, "3. \u00bfQu\u00e9 aprender\u00e1?")
    _bullets(
        pdf,
        [
            "el funcionamiento de una representaci\u00f3n de la OMS en un pa\u00eds y su relaci\u00f3n con "
            "la Oficina Regional para \u00c1frica;",
            "la gesti\u00f3n de programas de salud p\u00fablica basada en resultados, desde la "
            "planificaci\u00f3n hasta la evaluaci\u00f3n;",
            "el di\u00e1logo t\u00e9cnico y pol\u00edtico con un ministerio de sanidad y con los socios "
            "para el desarrollo;",
            "el uso de los datos sanitarios para la toma de decisiones.",
        ],
    )

    _heading(pdf, "4. Perfil requerido")
    _row(
        pdf,
        "Formaci\u00f3n",
        "T\u00edtulo universitario avanzado (m\u00e1ster o equivalente) en salud p\u00fablica, "
        "epidemiolog\u00eda, medicina, enfermer\u00eda u otra disciplina af\u00edn. Se aceptar\u00e1 un t\u00edtulo "
        "universitario de primer nivel (grado) con tres a\u00f1os adicionales de experiencia "
        "pertinente en lugar del m\u00e1ster.",
    )
    _row(
        pdf,
        "Experiencia laboral (m\u00edn.)",
        "2 - 5 a\u00f1os en programas de salud materna, neonatal o infantil, preferentemente en "
        "\u00c1frica subsahariana.",
    )
    _row(
        pdf,
        "Idiomas",
        "Dominio del espa\u00f1ol y del franc\u00e9s (imprescindible). Se valorar\u00e1 el conocimiento "
        "del ingl\u00e9s y del portugu\u00e9s.",
    )

    _heading(pdf, "5. Competencias")
    _bullets(
        pdf,
        [
            "Trabajo en equipo",
            "Respeto y promoci\u00f3n de las diferencias individuales y culturales",
            "Comunicaci\u00f3n",
            "Producci\u00f3n de resultados",
            "Avanzar en un entorno cambiante",
            "Uso eficaz de los recursos",
        ],
    )

    _heading(pdf, "6. Condiciones generales del Programa JPO de la Cooperaci\u00f3n Espa\u00f1ola")
    _bullets(
        pdf,
        [
            "Tener la nacionalidad espa\u00f1ola. Las personas con doble nacionalidad espa\u00f1ola y "
            "ecuatoguineana no podr\u00e1n ser destinadas a Guinea Ecuatorial.",
            "No haber cumplido los 31 a\u00f1os el 31 de diciembre de 2027.",
            "Estar en posesi\u00f3n de un t\u00edtulo de m\u00e1ster y acreditar al menos dos a\u00f1os de "
            "experiencia profesional, o de un t\u00edtulo de grado y al menos cinco a\u00f1os de "
            "experiencia profesional. Los t\u00edtulos deber\u00e1n haberse obtenido antes de la fecha "
            "l\u00edmite; no se admiten estudiantes.",
            "Acreditar el nivel de franc\u00e9s mediante el DELF B2 o el DALF C1 (o superior). Los "
            "diplomas DELF y DALF no caducan.",
            "No haber sido JPO con anterioridad, con independencia del pa\u00eds financiador.",
            "Cada persona podr\u00e1 presentar su candidatura a un m\u00e1ximo de tres puestos de la "
            "convocatoria 2027 (la convocatoria es anual).",
        ],
    )

    _heading(pdf, "7. Documentaci\u00f3n")
    _bullets(
        pdf,
        [
            "Curr\u00edculum v\u00edtae en espa\u00f1ol o en franc\u00e9s (m\u00e1ximo tres p\u00e1ginas).",
            "Carta de motivaci\u00f3n (m\u00e1ximo una p\u00e1gina).",
            "Copia del t\u00edtulo de m\u00e1ster o de grado.",
            "Copia del diploma DELF o DALF.",
            "Copia del DNI o del pasaporte espa\u00f1ol.",
        ],
        numbered=True,
    )

    _heading(pdf, "8. Presentaci\u00f3n de candidaturas")
    _para(
        pdf,
        "Las candidaturas se presentar\u00e1n a trav\u00e9s de la sede electr\u00f3nica de la AECID hasta "
        "el lunes 15 de marzo de 2027 a las 23:59 h (hora de Malabo, UTC+1). No se tendr\u00e1n en "
        "cuenta las candidaturas incompletas o presentadas fuera de plazo. Las entrevistas se "
        "celebrar\u00e1n en Madrid o por videoconferencia en mayo de 2027.",
    )

    (HERE / "oms_aecid_malabo_es.pdf").write_bytes(bytes(pdf.output()))


def main() -> None:
    build_docx()
    build_pdf()


if __name__ == "__main__":
    main()
