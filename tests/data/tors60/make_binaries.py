"""Build the binary documents of this batch (deterministic output).

Run with:  /work/main/.venv/bin/python make_binaries.py
Writes, next to this script:
  unep_bangkok_korea.docx   (python-docx: facts table, heading styles, list styles)
  ifad_abidjan_fr.pdf       (fpdf2: running header/footer, borderless label/value cells)
  wmo_asuncion_slides.pdf   (fpdf2: landscape slide deck, one topic per slide)
"""

import datetime as dt
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX
def fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def restart_numbering(doc, style):
    """New w:num on the style's abstract numbering, restarting at 1."""
    numbering = doc.part.numbering_part.element
    style_num = style.element.pPr.numPr.numId.val
    abstract = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == style_num:
            abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def set_num(para, num_id):
    pPr = para._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.append(numPr)


def build_unep_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "UNEP Human Resources"
    cp.title = "JPO vacancy announcement"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "make_binaries"
    cp.revision = 1

    header = doc.sections[0].header.paragraphs[0]
    header.text = "United Nations Environment Programme  |  Asia and the Pacific Office  |  Bangkok"
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Korean JPO Programme 2026 - vacancy announcement"

    p = doc.add_paragraph("UN Environment Programme - Junior Professional Officer vacancy")
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(10)

    doc.add_paragraph(
        "Associate Programme Management Officer (JPO) \u2013 Air Quality and Climate Finance",
        style="Title",
    )
    note = doc.add_paragraph(
        "Open exclusively to nationals of the Republic of Korea under the Korean JPO Programme "
        "of the Ministry of Foreign Affairs (MOFA), implemented through the UN Recruit Center."
    )
    note.runs[0].italic = True

    facts = [
        ("Job Opening ID", "26-UNEP-ROAP-JPO-05"),
        ("MOFA reference", "KR-JPO-2026-019"),
        ("Organization", "United Nations Environment Programme (UNEP)"),
        ("Office / Unit", "Asia and the Pacific Office, Climate Change and Air Quality Unit"),
        ("Duty station", "Bangkok, Thailand"),
        ("Grade", "P-2"),
        ("Duration", "One year, extendable for a second year subject to performance and funding"),
        ("Sponsor", "Republic of Korea (MOFA, in cooperation with KOICA)"),
        ("Announced", "6 May 2026"),
        ("Deadline", "2 June 2026, 18:00 Korea Standard Time (KST)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "Air pollution causes an estimated 2.4 million premature deaths a year in Asia and the "
        "Pacific. UNEP's Asia and the Pacific Office supports governments in implementing the 25 "
        "clean air solutions and in mobilizing climate finance for measures that reduce both air "
        "pollutants and greenhouse gases. The unit's air quality portfolio was previously managed "
        "by a Programme Officer at the P-3 level, whose post was abolished in 2025; the portfolio "
        "is now coordinated by the Regional Coordinator for Climate Change (P-5)."
    )
    doc.add_paragraph(
        "The JPO will work under the direct supervision of the Programme Management Officer, "
        "Air Quality (P-4)."
    )

    doc.add_heading("What will you be doing?", level=1)
    duties = [
        "Support the preparation of national clean air action plans in Cambodia, Lao PDR and Mongolia.",
        "Analyse the climate-finance landscape for air-quality measures and identify funding "
        "opportunities with the Green Climate Fund and multilateral development banks.",
        "Contribute to concept notes and funding proposals, including budgets and results frameworks.",
        "Maintain the regional database of air-quality monitoring stations and emission inventories.",
        "Organize regional policy dialogues and training workshops for environment ministries.",
        "Draft briefing notes, web stories and sections of the Office's annual report.",
        "Liaise with the Climate and Clean Air Coalition secretariat in Paris and with UN country teams.",
        "Perform other duties as required.",
    ]
    for d in duties:
        doc.add_paragraph(d, style="List Number")

    doc.add_heading("What will you learn?", level=1)
    learning = [
        "An understanding of UNEP's programme of work and its regional delivery model.",
        "Practical skills in preparing climate-finance proposals.",
        "Knowledge of air-quality management tools and of the science linking air pollution and climate change.",
        "Experience of intergovernmental processes in Asia and the Pacific.",
        "A professional network across governments, development banks and UN entities.",
    ]
    for item in learning:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "An advanced university degree (Master's degree or equivalent) in environmental science, "
        "environmental engineering, economics, public policy or a related field. A first-level "
        "university degree in combination with two additional years of qualifying experience may "
        "be accepted in lieu of the advanced university degree."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "A minimum of two years of progressively responsible experience in environmental policy, "
        "air-quality management or climate finance is required."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "English and French are the working languages of the United Nations Secretariat. For this "
        "position, fluency in English is required. Knowledge of Chinese or Thai is an asset."
    )

    doc.add_heading("Competencies", level=1)
    comp = doc.add_table(rows=1, cols=2)
    comp.style = "Table Grid"
    hdr = comp.rows[0].cells
    hdr[0].text = "Competency"
    hdr[1].text = "What it looks like"
    for c in hdr:
        c.paragraphs[0].runs[0].bold = True
    for name, desc in [
        ("Professionalism", "Shows pride in work; is conscientious and efficient in meeting commitments."),
        ("Communication", "Speaks and writes clearly; tailors language to the audience."),
        ("Teamwork", "Works collaboratively with colleagues to achieve organizational goals."),
        ("Planning and organizing", "Develops clear goals; allocates time and resources appropriately."),
    ]:
        cells = comp.add_row().cells
        cells[0].text = name
        cells[1].text = desc

    doc.add_heading("Are you eligible?", level=1)
    doc.add_paragraph(
        "The following conditions of the Korean JPO Programme apply in addition to the "
        "requirements of the post:"
    )
    rules = [
        "Nationality of the Republic of Korea. Korean nationals who also hold another citizenship "
        "are not eligible.",
        "Age: 33 years or younger as of 31 December 2026 (born on or after 1 January 1993).",
        "Completed degree: candidates who are still enrolled in a degree programme at the time of "
        "application are not eligible.",
        "English proficiency: a minimum score of TOEFL iBT 100, NEW TEPS 452, IELTS 7.0 or TOEIC 900, "
        "obtained within two years before the application deadline. TOEFL MyBest scores are not accepted.",
        "Applicants may apply for up to two positions per year.",
        "Those who have previously served as a JPO under any government's programme are not eligible.",
    ]
    for r in rules:
        doc.add_paragraph(r, style="List Bullet")
    doc.add_paragraph(
        "For male applicants who have completed military service, the age limit is extended as follows:"
    )
    mil = doc.add_table(rows=1, cols=2)
    mil.style = "Table Grid"
    mil.rows[0].cells[0].text = "Period of military service"
    mil.rows[0].cells[1].text = "Extension of the age limit"
    for a, b in [
        ("Less than 1 year", "1 year"),
        ("1 year or more but less than 2 years", "2 years"),
        ("2 years or more", "3 years"),
    ]:
        cells = mil.add_row().cells
        cells[0].text = a
        cells[1].text = b

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Apply on the UN Recruit Center website (unrecruit.mofa.go.kr) no later than 2 June 2026, "
        "18:00 Korea Standard Time (KST). Upload the following documents:"
    )
    docs = [
        "Completed UN Recruit application form (English)",
        "United Nations Personal History Profile (P11)",
        "Copy of your degree certificate(s)",
        "Official English test score report",
        "Military service record, if applicable",
    ]
    num_id = restart_numbering(doc, doc.styles["List Number"])
    for d in docs:
        para = doc.add_paragraph(d, style="List Number")
        set_num(para, num_id)
    last = doc.add_paragraph(
        "Only shortlisted candidates will be invited to the written test and interviews in July 2026."
    )
    last.alignment = WD_ALIGN_PARAGRAPH.LEFT

    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as fh:
        fh.write(fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF helpers
def fixed_pdf(pdf):
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")


class IfadPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "FIDA - Fonds international de développement agricole", new_x="LMARGIN", new_y="NEXT")
        self.cell(
            0,
            5,
            "Programme des administrateurs auxiliaires (JPO) - Termes de référence",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Termes de référence JPO - page {self.page_no()} de {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_ifad_pdf(path):
    pdf = IfadPDF(format="A4")
    fixed_pdf(pdf)
    pdf.set_title("TdR JPO FIDA Abidjan")
    pdf.set_author("FIDA")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()

    def h(text):
        pdf.ln(3)
        if pdf.get_y() + 16 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullet(text, mark="-"):
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(6, 5, mark)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def row(label, value):
        if pdf.get_y() + 12 > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.multi_cell(46, 5, label, new_x="LMARGIN", new_y="NEXT")
        y_label = pdf.get_y()
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + 48, y)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(y_label, pdf.get_y()))
        pdf.ln(1)

    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Chargé(e) de programme associé(e) - Finance rurale et inclusion économique des jeunes ruraux",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(1)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Classe : P-2  |  Durée : 2 ans  |  Clôture : 22 mai 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    row("Job Opening ID", "2026-JPO-WCA-083")
    row("N° de dossier DDC", "7F-10452.01")
    row("Organisation", "Fonds international de développement agricole (FIDA)")
    row(
        "Division",
        "Division Afrique de l'Ouest et du Centre (WCA), pôle régional et bureau de pays "
        "pour la Côte d'Ivoire, le Ghana et le Libéria",
    )
    row("Lieu d'affectation", "Abidjan, Côte d'Ivoire")
    row("Supervision", "Directeur de pays et chef du pôle régional (P-5)")
    row("Programme donateur", "Programme JPO de la Direction du développement et de la coopération (DDC)")
    row("Publié le", "24 avril 2026")

    h("Contexte")
    para(
        "Le pôle régional du FIDA à Abidjan gère un portefeuille de onze projets d'investissement "
        "en Côte d'Ivoire, au Ghana et au Libéria, pour un montant total de 480 millions de dollars. "
        "Les jeunes ruraux y sont confrontés à un accès très limité au crédit et aux services "
        "financiers. Le FIDA appuie les institutions de microfinance, les coopératives et les banques "
        "agricoles afin de développer des produits adaptés aux jeunes entrepreneurs agricoles."
    )

    h("Quelles seront vos tâches ?")
    for t in [
        "Appuyer l'équipe de pays dans la supervision des composantes de finance rurale des projets, "
        "y compris la préparation des missions et la rédaction des aide-mémoire.",
        "Analyser les données de portefeuille des institutions financières partenaires (encours, "
        "qualité du portefeuille, part des jeunes et des femmes).",
        "Contribuer à la conception de mécanismes de garantie et de fonds de crédit destinés aux "
        "jeunes entrepreneurs ruraux.",
        "Suivre la mise en oeuvre des plans de travail et budgets annuels des projets.",
        "Participer au dialogue politique avec les ministères de l'Agriculture et des Finances et "
        "avec les banques centrales.",
        "Préparer des notes de synthèse et des produits de gestion des savoirs sur l'inclusion "
        "financière des jeunes en milieu rural.",
        "Appuyer la coordination avec les autres partenaires techniques et financiers, notamment la "
        "Banque africaine de développement et la coopération suisse.",
        "Exécuter toute autre tâche confiée par le directeur de pays.",
    ]:
        bullet(t)

    h("Qu'apprendrez-vous ?")
    for t in [
        "Les procédures du FIDA en matière de conception et de supervision de projets.",
        "Les outils d'analyse de la performance des institutions de microfinance.",
        "La conduite du dialogue politique avec des partenaires gouvernementaux.",
        "La gestion des savoirs et la communication des résultats.",
        "Le travail au sein d'une équipe pluridisciplinaire décentralisée.",
    ]:
        bullet(t)

    h("Profil recherché")
    row("Formation", "Master en économie agricole, finance, économie du développement ou domaine apparenté.")
    row("Expérience professionnelle (min.)", "3-5 ans, dont une partie dans un pays en développement")
    row(
        "Langues",
        "Maîtrise du français et de l'anglais (lu, écrit, parlé). La connaissance de "
        "l'allemand ou de l'italien est un atout.",
    )

    h("Compétences")
    for t in [
        "Orientation vers les résultats",
        "Communication",
        "Travail en équipe",
        "Capacité d'analyse et de jugement",
    ]:
        bullet(t)

    h("Conditions du programme JPO suisse")
    para(
        "Le programme JPO de la DDC est ouvert aux personnes de nationalité suisse. Les personnes "
        "ayant la double nationalité suisse et ivoirienne ne peuvent pas être affectées en Côte "
        "d'Ivoire. Les candidat(e)s doivent être âgé(e)s de 30 ans au plus au 30 juin 2026 et être "
        "titulaires d'un master universitaire."
    )

    h("Dossier de candidature")
    for i, t in enumerate(
        [
            "Curriculum vitae en français ou en anglais (3 pages au maximum)",
            "Lettre de motivation se référant au présent poste",
            "Copie des diplômes universitaires",
            "Formulaire de candidature de la DDC dûment rempli",
        ],
        start=1,
    ):
        bullet(t, mark=f"{i})")
    pdf.ln(2)
    para(
        "Les candidatures doivent parvenir à la DDC au plus tard le 22 mai 2026 à 17h00, heure de Berne, "
        "par le portail en ligne du programme JPO suisse. Seules les personnes présélectionnées "
        "seront contactées."
    )

    pdf.output(path)


# --------------------------------------------------------------------------- slides
PROGRAMME = "Programa JPO de Finlandia - OMM"


class Slides(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_draw_color(0, 90, 156)
        self.line(15, self.h - 16, self.w - 15, self.h - 16)
        self.set_font("Helvetica", "", 10)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, PROGRAMME, align="L")
        self.set_x(15)
        self.cell(0, 8, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_wmo_slides(path):
    pdf = Slides(orientation="L", format="A4")
    fixed_pdf(pdf)
    pdf.set_title("OMM JPO Asuncion")
    pdf.set_author("OMM")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)

    def slide(title, bullets=(), sub=None, lead=None, note=None):
        pdf.add_page()
        pdf.set_fill_color(0, 90, 156)
        pdf.rect(0, 0, pdf.w, 6, style="F")
        pdf.set_xy(15, 18)
        pdf.set_font("Helvetica", "B", 28)
        pdf.set_text_color(0, 70, 127)
        pdf.multi_cell(0, 12, title, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(4)
        if sub:
            pdf.set_font("Helvetica", "I", 16)
            pdf.multi_cell(0, 8, sub, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        if lead:
            pdf.set_font("Helvetica", "B", 17)
            pdf.cell(0, 9, lead, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 17)
        for b in bullets:
            pdf.set_x(20)
            pdf.cell(8, 9, "-")
            pdf.multi_cell(0, 9, b, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        if note:
            pdf.ln(4)
            pdf.set_font("Helvetica", "I", 15)
            pdf.multi_cell(0, 8, note, new_x="LMARGIN", new_y="NEXT")

    # 1 cover
    pdf.add_page()
    pdf.set_fill_color(0, 90, 156)
    pdf.rect(0, 0, pdf.w, 70, style="F")
    pdf.set_xy(15, 22)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(
        0,
        10,
        "Programa de Oficiales Profesionales Asociados (JPO) de Finlandia",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 15)
    pdf.cell(0, 9, "Convocatoria 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(15, 88)
    pdf.set_font("Helvetica", "B", 30)
    pdf.multi_cell(
        0,
        13,
        "Oficial Profesional Asociado/a en Servicios Climáticos",
        new_x="LMARGIN",
        new_y="NEXT",
        align="L",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 18)
    pdf.multi_cell(
        0,
        9,
        "Organización Meteorológica Mundial (OMM)\n"
        "Oficina Regional para las Américas - Oficina para América del Sur",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    slide(
        "El puesto de un vistazo",
        [
            "Referencia OMM: WMO/JPO/26/FI-03",
            "Lugar de destino: Asunción, Paraguay",
            "Categoría: P-1 o P-2, según experiencia",
            "Duración: 2 años (contrato inicial de 24 meses)",
            "Patrocinador: Ministerio de Asuntos Exteriores de Finlandia",
            "Supervisión: Jefe de la Oficina para América del Sur (P-5)",
        ],
    )
    slide(
        "Contexto",
        [
            "Sequías e inundaciones cada vez más frecuentes en la cuenca del Plata",
            "Los Servicios Meteorológicos e Hidrológicos Nacionales (SMHN) necesitan productos "
            "climáticos útiles para la agricultura y la salud",
            "Proyecto regional CLIMA-SUR (2025-2029), cofinanciado por Finlandia",
            "Cooperación técnica con el Instituto Meteorológico de Finlandia (FMI)",
        ],
    )
    slide(
        "¿Qué harás?",
        [
            "Apoyar a los SMHN en el diseño de servicios climáticos sectoriales",
            "Coordinar los Foros Regionales sobre la Evolución Probable del Clima",
            "Preparar informes técnicos y de avance para el donante",
            "Organizar cursos de capacitación para personal de los SMHN",
            "Dar seguimiento al presupuesto y al plan de trabajo de CLIMA-SUR",
            "Representar a la OMM en reuniones técnicas de la región",
        ],
    )
    slide(
        "¿Qué aprenderás?",
        [
            "Cómo funciona un organismo especializado de la ONU en la región",
            "Gestión de proyectos de cooperación técnica",
            "Marco Mundial para los Servicios Climáticos",
            "Trabajo con gobiernos y socios científicos",
        ],
    )
    slide(
        "Tu perfil",
        [
            "Maestría en meteorología, climatología, hidrología, ciencias ambientales o afines",
            "Experiencia laboral: 2-4 años en servicios climáticos o gestión de proyectos",
            "Idiomas: español e inglés, nivel avanzado (obligatorio)",
            "Portugués: deseable",
        ],
    )
    slide(
        "Competencias",
        [
            "Trabajo en equipo",
            "Comunicación",
            "Orientación a resultados",
            "Sensibilidad intercultural",
            "Iniciativa",
        ],
    )
    slide(
        "¿Quién puede postular?",
        [
            "Personas de nacionalidad finlandesa",
            "Edad máxima: 32 años al cierre de la convocatoria",
            "No haber sido JPO anteriormente",
            "Finlandia abre una convocatoria al año: máximo 2 solicitudes por persona",
        ],
    )
    slide(
        "Cómo postular",
        [
            "CV en inglés (formato Europass)",
            "Carta de motivación en inglés",
            "Copia del título de maestría",
            "Formulario de solicitud del Ministerio",
        ],
        sub="Plazo: 20 de marzo de 2026, 23:59 hora de Helsinki - solicitudes en línea en um.fi/jpo",
        lead="Documentos requeridos:",
        note="Recuerda: solo pueden postular personas de 30 años o menos al 31/12/2026.",
    )

    pdf.output(path)


def main():
    build_unep_docx(os.path.join(HERE, "unep_bangkok_korea.docx"))
    build_ifad_pdf(os.path.join(HERE, "ifad_abidjan_fr.pdf"))
    build_wmo_slides(os.path.join(HERE, "wmo_asuncion_slides.pdf"))


if __name__ == "__main__":
    main()
