"""Build the binary documents of this folder (deterministic output).

Run with: /work/main/.venv/bin/python make_binaries.py
Produces:
  memo_wfp_korea_dushanbe.pdf   typewriter-style memo (Courier, dot leaders)
  unctad_finland_geneva.docx    Word document (heading styles, tables, lists)
  onudi_aecid_mexico_es.pdf     two-column borderless label/value PDF
"""

import datetime
import io
import textwrap
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2027, 1, 18, 9, 0, 0, tzinfo=datetime.UTC)
ZIP_TIME = (2027, 3, 16, 9, 0, 0)


# ---------------------------------------------------------------------------
# 1. Typewriter memo (fixed width, dot leaders), rendered in Courier
# ---------------------------------------------------------------------------

W = 72  # characters per line
COL = 26  # value column


def t_row(label, value, col=COL, width=W):
    lead = label + " "
    lead = lead + "." * max(2, col - len(lead) - 1) + " "
    lines = textwrap.wrap(value, width - col, break_on_hyphens=False)
    out = [lead.ljust(col) + lines[0]]
    out += [" " * col + ln for ln in lines[1:]]
    return out


def t_head(text, ch="-"):
    return [text, ch * len(text)]


def t_para(text, indent=0):
    return textwrap.wrap(
        text,
        W,
        initial_indent=" " * indent,
        subsequent_indent=" " * indent,
        break_on_hyphens=False,
    )


def t_item(mark, text, indent=3):
    first = " " * indent + mark.ljust(5)
    return textwrap.wrap(
        text, W, initial_indent=first, subsequent_indent=" " * len(first), break_on_hyphens=False
    )


def memo_pages():
    pages = []
    p = []
    p += ["WORLD FOOD PROGRAMME".center(W).rstrip()]
    p += ["Tajikistan Country Office - Dushanbe".center(W).rstrip()]
    p += ["Page 1 of 3".rjust(W), ""]
    p += [*t_head("M E M O R A N D U M", "="), ""]
    p += t_row("To", "Korea JPO Programme Secretariat (Ministry of Foreign Affairs, Seoul)")
    p += t_row("From", "Head of Human Resources, WFP Tajikistan")
    p += t_row("Date", "18 January 2027")
    p += t_row("Subject", "Terms of Reference - Junior Professional Officer (JPO), Dushanbe")
    p += ["", "-" * W, ""]
    p += [*t_head("1. POST PARTICULARS"), ""]
    p += t_row("Post title", "Programme Policy Officer (Nutrition and Resilience)")
    p += t_row("Post number", "WFP-TJK-JPO-27-003")
    p += t_row("MOFA file no.", "KJPO-2027-14")
    p += t_row("Organization", "United Nations World Food Programme (WFP)")
    p += t_row("Unit", "Programme Unit - Nutrition and Resilience Team")
    p += t_row("Duty station", "Dushanbe, Tajikistan")
    p += t_row("Grade", "P-1 or P-2, depending on qualifications")
    p += t_row("Duration", "Two (2) years")
    p += t_row("Sponsor", "Government of the Republic of Korea")
    p += t_row("Reports to", "Head of Programme (P-4)")
    p += t_row("Deadline", "17:00 hrs Seoul time (KST), Friday 26 March 2027")
    p += [""]
    p += [*t_head("2. BACKGROUND"), ""]
    p += t_para(
        "Tajikistan remains the most food-insecure country in Central Asia. Close to "
        "one in five children under five is stunted, and rural households depend heavily "
        "on remittances and rain-fed agriculture, which leaves them exposed to price "
        "shocks, drought and mudflows. WFP supports the Government through school meals, "
        "nutrition-sensitive social protection and community resilience programmes in "
        "Khatlon, Sughd and the Rasht valley."
    )
    p += [""]
    p += t_para(
        "The JPO will join the Nutrition and Resilience Team of the Programme Unit in "
        "Dushanbe and will report to the Head of Programme (P-4), with technical guidance "
        "from the Nutrition Officer."
    )
    pages.append(p)

    p = ["WFP Tajikistan - JPO ToR" + "Page 2 of 3".rjust(W - 24), ""]
    p += [*t_head("3. DUTIES AND RESPONSIBILITIES"), ""]
    duties = [
        "Support the design and monitoring of the stunting-prevention programme, "
        "including the distribution of specialized nutritious foods;",
        "Contribute to the integration of nutrition objectives into school meals and "
        "social protection activities;",
        "Analyse monitoring and survey data (SMART, market monitoring) and prepare dashboards and briefs;",
        "Assist in the planning of food assistance for assets activities with "
        "cooperating partners in Khatlon and Sughd;",
        "Draft project documents, donor proposals and reports;",
        "Support capacity strengthening of the Ministry of Health and Social Protection "
        "and of district authorities;",
        "Participate in the nutrition and food security coordination groups;",
        "Perform other related duties as required.",
    ]
    for i, d in enumerate(duties):
        p += t_item(f"({chr(97 + i)})", d)
    p += [""]
    p += [*t_head("4. LEARNING ELEMENTS"), ""]
    p += [*t_para("On completion of the assignment, the JPO will be able to:"), ""]
    for t in [
        "design and monitor nutrition-sensitive programmes in line with WFP corporate guidance;",
        "apply WFP tools for vulnerability analysis and programme monitoring;",
        "work with government counterparts on social protection systems;",
        "manage relations with donors and cooperating partners.",
    ]:
        p += t_item("-", t)
    p += [""]
    p += [*t_head("5. QUALIFICATIONS"), ""]
    p += t_row(
        "Education",
        "Advanced university degree (Master's or equivalent) in nutrition, public "
        "health, food security, agricultural economics or a related field.",
    )
    p += t_row(
        "Experience",
        "Minimum of two (2) years of progressively responsible professional "
        "experience in nutrition or food security programmes.",
    )
    p += t_row(
        "Languages",
        "Fluency in English (oral and written) is required. Working knowledge of "
        "Russian is desirable; Tajik would be an advantage.",
    )
    p += [""]
    p += [*t_head("6. COMPETENCIES"), ""]
    for t in [
        "Leads by example with integrity",
        "Drives results and delivers on commitments",
        "Fosters inclusive and collaborative teamwork",
        "Applies strategic thinking",
        "Builds and maintains sustainable partnerships",
    ]:
        p += t_item("-", t)
    pages.append(p)

    p = ["WFP Tajikistan - JPO ToR" + "Page 3 of 3".rjust(W - 24), ""]
    p += [*t_head("7. KOREA JPO PROGRAMME - GENERAL CONDITIONS"), ""]
    p += t_row("Nationality", "Citizens of the Republic of Korea only")
    p += t_row("Age", "32 years or younger as of 31 December 2027")
    p += t_row(
        "Military service",
        "Male applicants who have completed military service receive an extension of "
        "the age limit: less than 18 months of service, 1 year; 18 months or more, "
        "2 years",
    )
    p += t_row(
        "Degree / experience",
        "Master's degree and at least 1 year of relevant work experience, or "
        "Bachelor's degree and at least 2 years of relevant work experience",
    )
    p += t_row(
        "English test",
        "TOEFL iBT 100, IELTS 7.0 or NEW TEPS 420; the score must come from a test "
        "taken within two (2) years before the deadline",
    )
    p += t_row(
        "Applications",
        "Up to two (2) posts in the 2027 Korea JPO recruitment, which is held once a year",
    )
    p += t_row("Former JPOs", "Persons who have served as JPOs (of any donor) are not eligible")
    p += [""]
    p += [*t_head("8. REQUIRED DOCUMENTS"), ""]
    for i, t in enumerate(
        [
            "Korea JPO application form (Korean and English);",
            "Curriculum vitae in English;",
            "Personal statement (max. 2 pages);",
            "Degree certificates and academic transcripts;",
            "Official English test score report;",
            "Certificate of military service (male applicants, where applicable).",
        ],
        1,
    ):
        p += t_item(f"{i}.", t)
    p += [""]
    p += [*t_head("9. SUBMISSION"), ""]
    p += t_para(
        "Applications are to be submitted through the Korea JPO portal and must arrive no "
        "later than 17:00 Seoul time on 26 March 2027. Late or incomplete applications "
        "will not be considered."
    )
    p += [""]
    p += t_para(
        "NOTE: this memorandum supersedes the draft circulated on 4 December 2026, which "
        "gave a provisional deadline of 12 February 2027."
    )
    p += [""]
    p += t_para(
        "Shortlisted candidates will be interviewed in Seoul in May 2027. The selected "
        "JPO is expected to take up duty in Dushanbe in September 2027."
    )
    p += ["", "", "cc: WFP Regional Bureau Bangkok (HR); JPO Service Centre, Rome"]
    p += ["", "Ref.: HR/TJK/2027/0041".ljust(W - 11) + "- end -"]
    pages.append(p)
    return pages


def build_memo_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Memorandum - Terms of Reference JPO Dushanbe")
    pdf.set_author("WFP Tajikistan")
    pdf.set_auto_page_break(False)
    pdf.set_margins(22, 18, 18)
    for lines in memo_pages():
        pdf.add_page()
        pdf.set_font("Courier", "", 9.5)
        for ln in lines:
            pdf.set_x(pdf.l_margin)
            pdf.cell(0, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
        assert pdf.get_y() < pdf.h - 12, "memo page overflows"
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 2. DOCX (UNCTAD, Finland)
# ---------------------------------------------------------------------------


def fix_zip(path):
    """Rewrite the zip with fixed timestamps and a fixed member order."""
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def build_unctad_docx(path):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "UNCTAD HRMS"
    cp.title = "JPO Terms of Reference"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "make_binaries"
    cp.revision = 1

    p = d.add_paragraph()
    r = p.add_run("UNITED NATIONS CONFERENCE ON TRADE AND DEVELOPMENT")
    r.bold = True
    r.font.size = Pt(9)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run("Finnish Junior Professional Officer Programme 2027 - Terms of Reference")
    r.font.size = Pt(9)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    d.add_paragraph("Associate Economic Affairs Officer (E-commerce and Digital Economy)", style="Title")
    p = d.add_paragraph()
    r = p.add_run(
        "Open to Finnish citizens only. The post is located at the Palais des Nations, Geneva, Switzerland."
    )
    r.italic = True
    p = d.add_paragraph()
    r = p.add_run("Grade: P-2 | Duration: 24 months | Deadline: 19 April 2027")
    r.bold = True

    rows = [
        ("Job Opening ID", "241877"),
        ("MFA Finland file", "VN/4120/2027"),
        ("Organization", "United Nations Conference on Trade and Development (UNCTAD)"),
        ("Division / Branch", "Division on Technology and Logistics, E-commerce and Digital Economy Branch"),
        ("Duty station", "Geneva, Switzerland"),
        ("Grade", "P-2"),
        ("Supervisor", "Chief, Digital Economy Policy Section (P-5)"),
        ("Date of issuance", "16 March 2027"),
        ("Deadline", "19 April 2027, 23:59 Helsinki time"),
    ]
    t = d.add_table(rows=0, cols=2)
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        c[1].text = v

    d.add_heading("Where will you work?", level=1)
    d.add_paragraph(
        "UNCTAD's E-commerce and Digital Economy Branch helps developing countries, in "
        "particular least developed countries, to benefit from e-commerce and the digital "
        "economy. It runs the eTrade Readiness Assessments, supports the eTrade for all "
        "initiative and services the Intergovernmental Group of Experts on E-commerce and "
        "the Digital Economy."
    )
    d.add_paragraph(
        "The JPO will work in the Digital Economy Policy Section under the supervision of "
        "its Chief (P-5). The previous JPO in the Section was later recruited at the P-3 "
        "level, which gives an idea of the career prospects of the post."
    )

    d.add_heading("What will you be doing?", level=1)
    duties = [
        "Conduct research and analysis on e-commerce, cross-border data flows and digital "
        "platforms for the Digital Economy Report.",
        "Contribute to eTrade Readiness Assessments of least developed countries, "
        "including data collection and drafting of country chapters.",
        "Support the follow-up of assessments in beneficiary countries, in particular:",
        "Prepare background notes, talking points and presentations for intergovernmental meetings.",
        "Help organize the annual eWeek and expert group meetings.",
        "Maintain statistical databases on e-commerce and ICT use.",
        "Liaise with partner organizations of the eTrade for all initiative.",
        "Perform other duties as assigned.",
    ]
    for i, t_ in enumerate(duties):
        d.add_paragraph(t_, style="List Bullet")
        if i == 2:
            d.add_paragraph("monitoring of the implementation of action matrices;", style="List Bullet 2")
            d.add_paragraph("organization of national validation workshops.", style="List Bullet 2")

    d.add_heading("What will you learn?", level=1)
    for t_ in [
        "In-depth knowledge of policy issues in the digital economy and of UNCTAD's "
        "research and technical cooperation work.",
        "Skills in economic research, data analysis and drafting of UN publications.",
        "Experience of intergovernmental processes in Geneva.",
        "Project management in the context of multi-donor initiatives.",
        "A network of contacts in governments, international organizations and the private sector.",
    ]:
        d.add_paragraph(t_, style="List Bullet")

    d.add_heading("Your background should include…", level=1)
    p = d.add_paragraph()
    p.add_run("Education. ").bold = True
    p.add_run(
        "Advanced university degree (Master's degree or equivalent) in economics, "
        "international trade, information and communication technology or a related "
        "field. A first-level university degree with two additional years of qualifying "
        "experience may be accepted in lieu of the advanced university degree."
    )
    p = d.add_paragraph()
    p.add_run("Experience. ").bold = True
    p.add_run(
        "A minimum of two years, and no more than five years, of progressively "
        "responsible experience in economic research or policy analysis, preferably "
        "related to trade or the digital economy."
    )
    p = d.add_paragraph()
    p.add_run("Languages. ").bold = True
    p.add_run(
        "English and French are the working languages of the United Nations Secretariat. "
        "For this post, fluency in English is required. Knowledge of French is desirable."
    )

    d.add_heading("Competencies", level=1)
    ct = d.add_table(rows=1, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].text = "Competency"
    ct.rows[0].cells[1].text = "What it means in this post"
    for k, v in [
        (
            "Professionalism",
            "Knowledge of trade and digital economy issues; ability to conduct independent research.",
        ),
        ("Communication", "Writes clearly and concisely; tailors language to the audience."),
        (
            "Planning and organizing",
            "Develops clear goals; identifies priorities and adjusts them as required.",
        ),
    ]:
        c = ct.add_row().cells
        c[0].text = k
        c[1].text = v

    d.add_heading("Are you eligible?", level=1)
    d.add_heading("General conditions of the Finnish JPO Programme", level=2)
    for t_ in [
        "You are a Finnish citizen.",
        "You were born in 1994 or later.",
        "You hold a Master's degree and have at least two years of relevant work experience.",
        "You may submit applications for a maximum of three (3) positions in the Finnish "
        "JPO Programme per year.",
        "Persons who have previously served as JPOs are not eligible.",
    ]:
        d.add_paragraph(t_, style="List Bullet")

    d.add_heading("How to apply", level=1)
    d.add_paragraph("Submit the following documents through the Ministry's recruitment system:")
    for t_ in [
        "Application form of the Finnish JPO Programme",
        "CV in English",
        "Cover letter in English, addressed to UNCTAD",
        "Copies of degree certificates",
        "Names and contact details of two referees",
    ]:
        d.add_paragraph(t_, style="List Number")
    d.add_paragraph(
        "Applications must reach the Ministry by 23:59 Helsinki time on Monday 19 April "
        "2027. Please do not use the 2026 application form; the 2026 round closed on 3 May "
        "2026. Interviews will take place in Helsinki and online in June 2027."
    )

    sec = d.sections[0]
    sec.footer.paragraphs[0].text = "UNCTAD - Job Opening ID 241877 - Finnish JPO Programme"
    d.save(str(path))
    fix_zip(path)


# ---------------------------------------------------------------------------
# 3. Spanish PDF (ONUDI / AECID), two-column borderless rows
# ---------------------------------------------------------------------------

REF_ES = "2027/UNIDO/JPO/044"


class ToRES(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(40, 70, 120)
        self.cell(100, 5, "ONUDI - Organización de las Naciones Unidas para el Desarrollo Industrial")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Programa JPO - Cooperación Española", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(40, 70, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(100, 5, "Anuncio " + REF_ES + " - Términos de referencia")
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 46


def keep(pdf, width, h, text):
    lines = pdf.multi_cell(width, h, text, dry_run=True, output="LINES")
    if pdf.get_y() + len(lines) * h > pdf.page_break_trigger:
        pdf.add_page()


def es_row(pdf, label, value):
    pdf.set_font("Helvetica", "", 10)
    keep(pdf, pdf.epw - LABEL_W, 5.3, value)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(LABEL_W, 5.3, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + LABEL_W, y)
    pdf.multi_cell(0, 5.3, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def es_heading(pdf, text):
    pdf.ln(2.5)
    keep(pdf, pdf.epw, 14, "x")
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(40, 70, 120)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def es_para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.1, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def es_bullets(pdf, items, numbered=False):
    pdf.set_font("Helvetica", "", 10)
    for i, it in enumerate(items, 1):
        mark = f"{i}." if numbered else "-"
        keep(pdf, pdf.epw - 8, 5.1, it)
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(6, 5.1, mark)
        pdf.set_xy(pdf.l_margin + 8, y)
        pdf.multi_cell(0, 5.1, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)


def build_onudi_pdf(path):
    pdf = ToRES(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Términos de referencia JPO")
    pdf.set_author("ONUDI")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Puesto reservado a candidaturas del Programa de Jóvenes Profesionales en "
        "Organismos Internacionales de la Cooperación Española (AECID)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    es_row(pdf, "Título del puesto", "Oficial Asociado/a de Desarrollo Industrial - Economía Circular")
    es_row(pdf, "N.º de anuncio", REF_ES)
    es_row(pdf, "Ref. AECID", "JPO-2027-17")
    es_row(
        pdf,
        "Organización",
        "Organización de las Naciones Unidas para el Desarrollo Industrial (ONUDI / UNIDO)",
    )
    es_row(
        pdf,
        "Unidad",
        "Oficina Regional de la ONUDI para México, Centroamérica y el Caribe - Unidad de Economía Circular",
    )
    es_row(pdf, "Lugar de destino", "Ciudad de México, México")
    es_row(pdf, "Categoría", "P-2")
    es_row(pdf, "Duración", "1 año, prorrogable por un segundo año")
    es_row(
        pdf,
        "Supervisión",
        "Representante Regional (P-5); supervisión técnica del Oficial de Desarrollo Industrial (P-3)",
    )
    es_row(pdf, "Fecha de publicación", "12 de abril de 2027")
    es_row(pdf, "Cierre", "14 de mayo de 2027, 14:00 h (hora peninsular española)")

    es_heading(pdf, "Antecedentes")
    es_para(
        pdf,
        "La Oficina Regional de la ONUDI en la Ciudad de México apoya a los gobiernos y al "
        "sector privado de la región en la transición hacia modelos de producción circulares "
        "y bajos en carbono. Su cartera incluye proyectos sobre gestión de residuos "
        "industriales, parques eco-industriales y eficiencia de recursos en pequeñas y "
        "medianas empresas, financiados por el FMAM, la Unión Europea y donantes bilaterales.",
    )

    es_heading(pdf, "Funciones")
    es_bullets(
        pdf,
        [
            "Apoyar la formulación de proyectos de economía circular y parques eco-industriales "
            "en México y Centroamérica.",
            "Dar seguimiento técnico y financiero a los proyectos en ejecución y preparar los "
            "informes de avance para los donantes.",
            "Recopilar y analizar datos sobre flujos de materiales, residuos y eficiencia de "
            "recursos en el sector manufacturero.",
            "Contribuir a la organización de talleres, foros regionales y actividades de "
            "capacitación dirigidas a empresas y autoridades.",
            "Redactar notas conceptuales, documentos de posición y contenidos de comunicación.",
            "Apoyar la coordinación con el sistema de las Naciones Unidas en México y con las "
            "contrapartes nacionales.",
        ],
    )

    es_heading(pdf, "Elementos de aprendizaje")
    es_bullets(
        pdf,
        [
            "Conocimiento de la gestión del ciclo de proyectos de cooperación técnica de la ONUDI.",
            "Experiencia en la aplicación de metodologías de economía circular y producción más limpia.",
            "Trabajo con donantes multilaterales y con el sector privado.",
        ],
    )

    es_heading(pdf, "Perfil requerido")
    es_row(
        pdf,
        "Formación",
        "Título de máster (o equivalente) en ingeniería industrial, ingeniería ambiental, "
        "economía o disciplina afín.",
    )
    es_row(
        pdf,
        "Experiencia",
        "Se valorará una experiencia profesional de al menos un año en proyectos de economía "
        "circular, eficiencia de recursos o desarrollo industrial.",
    )
    es_row(pdf, "Idiomas", "Dominio del español y del inglés (imprescindible); se valorará el francés.")

    es_heading(pdf, "Competencias")
    es_bullets(
        pdf,
        [
            "Integridad y profesionalismo",
            "Trabajo en equipo",
            "Orientación a resultados y rendición de cuentas",
            "Comunicación",
            "Capacidad de planificación y organización",
        ],
    )

    es_heading(pdf, "Requisitos del Programa de la Cooperación Española")
    es_row(
        pdf,
        "Nacionalidad",
        "Española. Las personas con doble nacionalidad española y mexicana no podrán ser destinadas a México.",
    )
    es_row(pdf, "Edad", "Tener 30 años o menos a 1 de enero de 2027.")
    es_row(
        pdf,
        "Inglés",
        "Nivel C1 acreditado mediante TOEFL iBT (95 puntos), IELTS (7.0) o TOEIC (945 "
        "puntos), con una antigüedad máxima de dos años a la fecha de cierre.",
    )
    es_row(pdf, "Participación previa", "No haber participado anteriormente en un programa JPO.")
    es_row(
        pdf,
        "Candidaturas",
        "La AECID publica una única convocatoria al año; en ella cada persona puede presentar "
        "como máximo tres candidaturas.",
    )

    es_heading(pdf, "Documentación")
    es_bullets(
        pdf,
        [
            "Currículum vitae en formato Europass, en español.",
            "Carta de motivación dirigida a la ONUDI.",
            "Copia del título de máster.",
            "Certificado del examen de inglés.",
        ],
        numbered=True,
    )

    es_heading(pdf, "Cómo postular")
    es_para(
        pdf,
        "Las candidaturas se presentarán a través de la sede electrónica de la AECID antes del "
        "14 de mayo de 2027 a las 14:00 horas (hora peninsular española). El nombramiento "
        "inicial será de 12 meses. Solo se contactará a las personas preseleccionadas.",
    )
    pdf.output(str(path))


def main():
    build_memo_pdf(HERE / "memo_wfp_korea_dushanbe.pdf")
    build_unctad_docx(HERE / "unctad_finland_geneva.docx")
    build_onudi_pdf(HERE / "onudi_aecid_mexico_es.pdf")


if __name__ == "__main__":
    main()
