"""Build the binary documents of this folder (deterministic).

Run with the project's virtualenv:  /work/main/.venv/bin/python make_binaries.py

- mail_um_denmark_unrwa_amman.pdf: an Outlook e-mail printed to PDF (fpdf2, core Helvetica in
  windows-1252), fixed creation date, producer and creator.
- unodc_espana_lapaz.docx: python-docx, fixed core properties, zip rewritten with fixed
  timestamps and sorted entries.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 3, 10, 9, 12, 0, tzinfo=dt.timezone.utc)
FIXED_DOCX = dt.datetime(2027, 8, 2, 8, 30, 0)
ZIP_TIME = (2027, 8, 2, 8, 30, 0)

# ---------------------------------------------------------------------------
# 1. Outlook e-mail printed to PDF
# ---------------------------------------------------------------------------

OWNER = "Sofie Kjær Andersen"

HEADER_ROWS = [
    ("From:", "JPO Desk (Ministry of Foreign Affairs of Denmark) <jpo@um.dk>"),
    ("Sent:", "Tuesday, 9 March 2027 10:14"),
    ("To:", "Sofie Kjær Andersen <sofie.kjaer.andersen@mail.dk>"),
    ("Cc:", "Mads Holm <madhol@um.dk>"),
    (
        "Subject:",
        "FW: Danish JPO Programme 2027 - UNRWA Amman, Associate Protection Officer (P-2)",
    ),
    ("Attachments:", "ToR_JPO_UNRWA_Amman_2027.docx (48 KB)"),
]

# Body blocks: ("p", text) paragraph, ("b", text) bullet, ("n", "1.", text) numbered item,
# ("h", text) bold line, ("sep", text) separator line, ("hdr", [(label, value)]) header block,
# ("gap",) blank line, ("kv", label, value) ToR label/value row, ("small", text) small print.
BODY = [
    ("p", "Dear Sofie,"),
    (
        "p",
        "Thank you for your interest in the Danish JPO Programme and for attending our "
        "information meeting in Copenhagen on 4 March.",
    ),
    (
        "p",
        "As requested, please find below the Terms of Reference for the UNRWA position in "
        "Amman (also attached as a Word file). The 2027 call opened on 1 March 2027 and "
        "includes 14 positions in 11 organisations.",
    ),
    ("p", "A few practical points:"),
    (
        "b",
        "We will hold an online information webinar on the UNRWA positions on Wednesday "
        "17 March 2027 at 15:00 (Danish time). Registration closes on 15 March.",
    ),
    ("b", "We will send a reminder to all registered candidates on 30 March 2027."),
    (
        "b",
        "The call closes on Tuesday 6 April 2027 at 12:00 noon (Danish time). Please do not "
        "wait until the last day - last year the portal was very slow before the deadline of "
        "7 April 2026.",
    ),
    ("p", "Kind regards,"),
    ("p", "Mads"),
    ("gap",),
    ("h", "Mads Holm"),
    ("sig", "Special Adviser | JPO Desk"),
    ("sig", "Department for Multilateral Cooperation (MULTI)"),
    ("sig", "Ministry of Foreign Affairs of Denmark"),
    ("sig", "Asiatisk Plads 2, DK-1448 Copenhagen K"),
    ("sig", "Direct: +45 33 92 14 07 | Mobile: +45 41 87 22 90"),
    ("sig", "jpo@um.dk | www.um.dk"),
    ("gap",),
    (
        "small",
        "This e-mail may contain confidential information and is intended solely for the "
        "addressee. If you have received it in error, please notify the sender and delete it. "
        "Any unauthorised use, disclosure or copying is prohibited.",
    ),
    ("gap",),
    ("sep", "-----Original Message-----"),
    (
        "hdr",
        [
            ("From:", "Rania Haddad <r.haddad@unrwa.org>"),
            ("Sent:", "Thursday, 25 February 2027 16:40"),
            ("To:", "JPO Desk <jpo@um.dk>"),
            ("Cc:", "HQ Protection Division <hq-protection@unrwa.org>"),
            ("Subject:", "Final ToR - JPO Associate Protection Officer, Amman"),
        ],
    ),
    ("gap",),
    ("p", "Dear colleagues at the JPO Desk,"),
    (
        "p",
        "Further to our call of 22 February, please find below the final ToR for the JPO post "
        "in the Protection Division, pasted for your convenience and also attached in Word. "
        "Grade and duration are as agreed with the Ministry.",
    ),
    ("p", "Best regards,"),
    ("p", "Rania"),
    ("sig", "Rania Haddad | Human Resources Officer (Recruitment) | UNRWA Headquarters Amman"),
    ("sig", "Tel: +962 6 580 2512 | Mobile: +962 79 555 0193"),
    ("gap",),
    ("h", "UNITED NATIONS RELIEF AND WORKS AGENCY FOR PALESTINE REFUGEES IN THE NEAR EAST"),
    ("h", "TERMS OF REFERENCE - JUNIOR PROFESSIONAL OFFICER (JPO)"),
    ("gap",),
    ("kv", "Title:", "Associate Protection Officer (JPO)"),
    ("kv", "Job Opening ID:", "27-HQA-JPO-0412"),
    ("kv", "MFA file no.:", "2027-13944"),
    ("kv", "Organisation:", "UNRWA"),
    ("kv", "Department:", "Protection Division, UNRWA Headquarters"),
    ("kv", "Duty station:", "Amman, Jordan"),
    ("kv", "Grade:", "P-2"),
    (
        "kv",
        "Duration:",
        "Two years (initial appointment), with a possible extension for a third year",
    ),
    ("kv", "Sponsor:", "Government of Denmark"),
    ("kv", "Supervisor:", "Senior Protection Officer (P-4)"),
    ("gap",),
    ("h", "1. Background"),
    (
        "p",
        "UNRWA provides assistance and protection to some 5.9 million registered Palestine "
        "refugees in Jordan, Lebanon, Syria, the West Bank, including East Jerusalem, and the "
        "Gaza Strip. The Protection Division at Headquarters Amman sets the Agency's protection "
        "policy, supports the five Field Offices in mainstreaming protection in education, "
        "health and relief services, and leads UNRWA's engagement with the international human "
        "rights system. The Division has a team of twelve, including a JPO funded by another "
        "donor whose assignment ends in 2027.",
    ),
    ("h", "2. Duties and responsibilities"),
    ("p", "Under the supervision of the Senior Protection Officer (P-4), the JPO will:"),
    (
        "b",
        "Support the preparation of UNRWA's submissions to the UN human rights treaty bodies "
        "and special procedures, including the compilation of field data;",
    ),
    (
        "b",
        "Contribute to the monitoring and analysis of protection incidents reported by the "
        "Field Offices and to the Agency's periodic protection reports;",
    ),
    (
        "b",
        "Assist in the roll-out of the Agency's protection audits and in following up on "
        "their recommendations with programme departments;",
    ),
    (
        "b",
        "Support the development of guidance and training material on child protection, "
        "gender-based violence and disability inclusion;",
    ),
    (
        "b",
        "Draft talking points, briefing notes and correspondence for the Director of the "
        "Protection Division and senior management;",
    ),
    (
        "b",
        "Liaise with OHCHR, UNHCR, UNICEF and NGO partners on protection coordination in "
        "Jordan and the region;",
    ),
    ("b", "Perform other related duties as required."),
    ("h", "3. What will you learn?"),
    ("b", "How a large UN operational agency integrates protection into service delivery;"),
    ("b", "Engagement with the UN human rights mechanisms and with host governments;"),
    ("b", "Protection monitoring, analysis and reporting in a regional context;"),
    ("b", "Policy development and inter-agency coordination at headquarters level."),
    ("h", "4. Qualifications"),
    (
        "p",
        "Education: Advanced university degree (Master's or equivalent) in international law, "
        "human rights, international relations or a related field. The degree must be completed "
        "at the time of application.",
    ),
    (
        "p",
        "Work experience: Minimum of two years of relevant professional experience in "
        "protection, human rights or humanitarian work.",
    ),
    (
        "p",
        "Languages: Fluency in English is required. Working knowledge of Arabic is desirable.",
    ),
    ("h", "5. Competencies"),
    ("b", "Commitment to UNRWA's mandate"),
    ("b", "Communication"),
    ("b", "Teamwork"),
    ("b", "Planning and organising"),
    ("b", "Integrity"),
    ("h", "6. General conditions of the Danish JPO Programme"),
    (
        "b",
        "Applicants must be Danish nationals. Danish-Jordanian dual nationals cannot be "
        "assigned to a position in Jordan.",
    ),
    ("b", "Applicants must be 32 years or younger by 31 December 2027."),
    (
        "b",
        "A Master's degree and a minimum of two years of relevant professional experience are required.",
    ),
    ("b", "Fluency in English; no language test is required."),
    ("b", "Former JPOs, including JPOs sponsored by other countries, are not eligible."),
    (
        "b",
        "The Ministry holds one JPO call per year; in the 2027 call each applicant may apply "
        "for a maximum of three positions.",
    ),
    ("h", "7. Required documents"),
    ("p", "Applications must be submitted via the Ministry's online portal and include:"),
    ("n", "1.", "CV (maximum two pages);"),
    ("n", "2.", "Motivation letter specific to this post;"),
    ("n", "3.", "Copy of Master's diploma;"),
    ("n", "4.", "Copy of Danish passport."),
    ("h", "8. Deadline"),
    (
        "p",
        "Applications must be received no later than 6 April 2027, 12:00 noon Danish time. "
        "Interviews with shortlisted candidates will take place in Amman or online in May 2027.",
    ),
]


class MailPDF(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.set_text_color(90, 90, 90)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 3, 5, OWNER, align="L")
        self.cell(w / 3, 5, str(self.page_no()), align="C")
        self.cell(w / 3, 5, "10/03/2027", align="R")
        self.set_text_color(0, 0, 0)


def build_mail_pdf(path):
    pdf = MailPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("Microsoft Outlook")
    pdf.set_title("FW: Danish JPO Programme 2027 - UNRWA Amman")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    # printout header: mailbox owner's name in bold and a rule
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(width, 8, OWNER, new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.ln(5)

    def header_block(rows):
        for label, value in rows:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(28, 5.2, label)
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width - 28, 5.2, value, new_x="LMARGIN", new_y="NEXT")

    header_block(HEADER_ROWS)
    pdf.ln(6)

    for block in BODY:
        kind = block[0]
        if kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "b" or kind == "n":
            mark, text = ("•", block[1]) if kind == "b" else (block[1], block[2])
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(6, 5, mark)
            pdf.multi_cell(width - 10, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.ln(1)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(width, 5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "sig":
            pdf.set_font("Helvetica", "", 9)
            pdf.set_text_color(40, 40, 110)
            pdf.multi_cell(width, 4.5, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "small":
            pdf.set_font("Helvetica", "I", 7.5)
            pdf.set_text_color(110, 110, 110)
            pdf.multi_cell(width, 3.8, block[1], new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif kind == "sep":
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(width, 5, block[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "hdr":
            header_block(block[1])
        elif kind == "kv":
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(34, 5, block[1])
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width - 34, 5, block[2], new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(4)
        else:
            raise ValueError(kind)

    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 2. DOCX (Spanish): UNODC Bolivia, Spanish Cooperation JPO programme
# ---------------------------------------------------------------------------

FACTS = [
    (
        "Título del puesto",
        "Oficial Asociado/a de Programas (JPO) –\nJusticia Penal y Prevención del Delito",
    ),
    ("N.º de vacante", "UNODC/BOL/JPO/2027/03"),
    ("Expediente MAEUEC", "JPO-ES-2027-041"),
    ("Organización", "Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)"),
    (
        "Unidad",
        "Programa de Justicia Penal y Prevención del Delito,\n"
        "Oficina de País en el Estado Plurinacional de Bolivia",
    ),
    ("Ciudad", "La Paz"),
    ("País", "Estado Plurinacional de Bolivia"),
    ("Categoría", "P-1"),
    ("Duración", "12 meses, prorrogable por 12 meses adicionales"),
    (
        "Financiación",
        "Cooperación Española (Ministerio de Asuntos Exteriores, Unión Europea y Cooperación)",
    ),
    ("Supervisión", "Coordinador/a del Programa (P-4)"),
    ("Fecha de publicación", "2 de agosto de 2027"),
    ("Fecha límite", "lunes 6 de septiembre de 2027"),
]

DUTIES = [
    (
        "Apoyar la planificación, el seguimiento y la elaboración de informes del proyecto de "
        "fortalecimiento del sistema de justicia penal financiado por la Unión Europea.",
        [],
    ),
    (
        "Contribuir a las actividades de asistencia técnica a la Fiscalía General del Estado y "
        "al Órgano Judicial, en particular:",
        [
            "la revisión de protocolos de investigación de delitos de trata de personas;",
            "la organización de talleres de capacitación para fiscales y jueces.",
        ],
    ),
    (
        "Recopilar y analizar datos sobre la población penitenciaria y la detención preventiva "
        "en coordinación con la Dirección General de Régimen Penitenciario.",
        [],
    ),
    (
        "Redactar notas conceptuales, informes de misión y aportes para los informes anuales de la Oficina.",
        [],
    ),
    (
        "Apoyar la coordinación con el sistema de las Naciones Unidas en Bolivia y con los "
        "socios de cooperación, incluida la Oficina Técnica de Cooperación de la AECID.",
        [],
    ),
    (
        "Participar en misiones a Santa Cruz de la Sierra, Cochabamba y El Alto para el "
        "seguimiento de las actividades.",
        [],
    ),
    ("Realizar otras tareas afines que le sean encomendadas.", []),
]

LEARNING = [
    "Conocer el mandato de la UNODC y los instrumentos internacionales sobre delincuencia "
    "organizada, corrupción y reforma penitenciaria.",
    "Adquirir experiencia práctica en la gestión del ciclo de proyectos con enfoque de "
    "gestión basada en resultados.",
    "Desarrollar capacidades de análisis de datos sobre justicia penal y de redacción de informes.",
    "Formar parte de una red de profesionales del sistema de las Naciones Unidas y de la "
    "cooperación internacional en América Latina.",
]

COMPETENCIES = [
    "Profesionalismo",
    "Trabajo en equipo",
    "Planificación y organización",
    "Comunicación",
]

PROGRAMME = [
    "Tener nacionalidad española. Las personas con doble nacionalidad española y boliviana "
    "no podrán ser destinadas a Bolivia.",
    "Edad máxima: 30 años a la fecha de cierre de la convocatoria (6 de septiembre de 2027).",
    "Título de máster y, como mínimo, un año de experiencia profesional.",
    "Acreditar un nivel C1 de inglés mediante IELTS Academic (7,0) o TOEFL iBT (95), con una "
    "antigüedad no superior a dos años en la fecha de cierre.",
    "No haber sido JPO con anterioridad, con ningún país donante.",
    "La convocatoria es anual; cada persona puede presentar un máximo de dos solicitudes.",
]

DOCUMENTS = [
    "Currículum vitae en inglés (formato Europass).",
    "Carta de motivación en español.",
    "Copia del título de máster o certificado de matrícula en el último curso.",
    "Certificado de idiomas (IELTS Academic o TOEFL iBT).",
    "Copia del DNI o del pasaporte español.",
]


def build_docx(path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    section = doc.sections[0]
    section.header.paragraphs[0].text = "UNODC – Oficina de País en el Estado Plurinacional de Bolivia"
    section.footer.paragraphs[0].text = "Términos de referencia JPO – UNODC/BOL/JPO/2027/03"

    doc.add_paragraph("Programa de Jóvenes Profesionales (JPO) de la Cooperación Española", "Title")
    doc.add_paragraph("Términos de referencia – Convocatoria 2027", "Subtitle")
    doc.add_heading("Oficial Asociado/a de Programas (JPO) – Justicia Penal y Prevención del Delito", 1)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in FACTS:
        row = table.add_row()
        cell_label, cell_value = row.cells
        cell_label.text = ""
        run = cell_label.paragraphs[0].add_run(label)
        run.bold = True
        lines = value.split("\n")
        para = cell_value.paragraphs[0]
        for i, line in enumerate(lines):
            run = para.add_run(line)
            if i < len(lines) - 1:
                run.add_break()

    doc.add_heading("1. Antecedentes", 1)
    doc.add_paragraph(
        "La Oficina de País de la UNODC en el Estado Plurinacional de Bolivia, con sede en La "
        "Paz (sede de gobierno del país; no debe confundirse con La Paz, capital de Baja "
        "California Sur, México), apoya al Estado boliviano en la reforma de la justicia penal, "
        "la prevención del delito y la lucha contra la trata de personas. La Oficina cuenta con "
        "35 personas y una antena en Santa Cruz de la Sierra. El/la JPO se integrará en el "
        "Programa de Justicia Penal y Prevención del Delito, cuyo anterior puesto de oficial "
        "asociado/a, financiado por otro donante, estaba clasificado en la categoría P-2."
    )

    doc.add_heading("2. Funciones", 1)
    doc.add_paragraph(
        "Bajo la supervisión directa del/de la Coordinador/a del Programa (P-4) y la orientación "
        "general del Representante de la UNODC en Bolivia, el/la JPO desempeñará las siguientes "
        "funciones:"
    )
    for text, subs in DUTIES:
        doc.add_paragraph(text, "List Bullet")
        for sub in subs:
            doc.add_paragraph(sub, "List Bullet 2")

    doc.add_heading("3. Elementos de aprendizaje", 1)
    doc.add_paragraph("Al finalizar la asignación, el/la JPO habrá tenido la oportunidad de:")
    for text in LEARNING:
        doc.add_paragraph(text, "List Number")

    doc.add_heading("4. Perfil requerido", 1)
    doc.add_heading("Formación", 2)
    doc.add_paragraph(
        "Título universitario de maestría en derecho, criminología, ciencias políticas, "
        "políticas públicas o un campo afín. Se aceptarán candidaturas de estudiantes de último "
        "año de maestría siempre que obtengan el título antes del 31 de diciembre de 2027."
    )
    doc.add_heading("Experiencia", 2)
    doc.add_paragraph(
        "Experiencia profesional mínima de un año en justicia penal, derechos humanos o "
        "cooperación internacional. No se considerarán candidaturas con más de cinco años de "
        "experiencia profesional."
    )
    doc.add_heading("Idiomas", 2)
    doc.add_paragraph(
        "Dominio del español y del inglés, oral y escrito. Se valorará el conocimiento del "
        "aimara o del quechua."
    )
    doc.add_heading("Competencias", 2)
    for text in COMPETENCIES:
        doc.add_paragraph(text, "List Bullet")

    doc.add_heading("5. Requisitos del Programa JPO de la Cooperación Española", 1)
    for text in PROGRAMME:
        doc.add_paragraph(text, "List Bullet")

    doc.add_heading("6. Documentación requerida", 1)
    for text in DOCUMENTS:
        doc.add_paragraph(text, "List Number")

    doc.add_heading("7. Cómo presentar la candidatura", 1)
    doc.add_paragraph(
        "Las solicitudes se presentarán exclusivamente a través de la sede electrónica del "
        "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación hasta el lunes 6 de "
        "septiembre de 2027. No se admitirán solicitudes enviadas por correo electrónico. La "
        "persona seleccionada recibirá un contrato inicial de 12 meses con la UNODC. A título "
        "informativo, la convocatoria de 2026 se cerró el 30 de agosto de 2026."
    )

    props = doc.core_properties
    props.author = "UNODC Bolivia"
    props.last_modified_by = "UNODC Bolivia"
    props.title = "Términos de referencia JPO – UNODC Bolivia"
    props.created = FIXED_DOCX
    props.modified = FIXED_DOCX
    props.last_printed = FIXED_DOCX
    props.revision = 3

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin:
        entries = sorted((info.filename, zin.read(info.filename)) for info in zin.infolist())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


def main():
    build_mail_pdf(HERE / "mail_um_denmark_unrwa_amman.pdf")
    build_docx(HERE / "unodc_espana_lapaz.docx")


if __name__ == "__main__":
    main()
