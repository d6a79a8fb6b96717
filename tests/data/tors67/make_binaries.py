"""Build the binary documents of this batch (deterministic output).

Run with /work/main/.venv/bin/python make_binaries.py (fpdf2 and python-docx).
Writes, next to this script:
  wmo_sidebar_china.pdf     English, facts in a shaded right-hand sidebar on page 1
  pnud_lapaz_austria.pdf    Spanish, borderless label/value rows drawn with cell()
  oaci_montreal_france.docx French, facts table, heading and list styles
"""

import io
import os
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2027, 1, 4, 9, 0, 0, tzinfo=timezone.utc)


# --------------------------------------------------------------------------
# (a) WMO - sidebar PDF
# --------------------------------------------------------------------------
class WMOPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "World Meteorological Organization - JPO Programme", new_x="RIGHT", new_y="TOP")
        self.cell(95, 5, "Vacancy notice WMO/JPO/CN/2027/03", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, 16, 200, 16)
        self.set_y(20)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)


WMO_SIDEBAR = [
    ("Grade", "P-2"),
    ("Duty station", "Geneva, Switzerland"),
    ("Duration", "12 months, renewable for a second year"),
    ("Posted", "12 April 2027"),
    ("Closing date", "14 May 2027, 23:59 Geneva time"),
    ("Reference", "WMO/JPO/CN/2027/03"),
    ("Sponsor", "China"),
]

WMO_BODY = [
    ("h", "Organizational context"),
    (
        "p",
        "The World Meteorological Organization (WMO) is the specialized agency of the United "
        "Nations for weather, climate, water and related environmental services. The Climate "
        "Services Branch of the Services Department coordinates the Global Framework for Climate "
        "Services, supports Regional Climate Centres and National Meteorological and Hydrological "
        "Services (NMHSs) in producing climate information for decision-making, and publishes the "
        "annual State of the Global Climate report.",
    ),
    (
        "p",
        "The JPO will work in the Climate Data and Monitoring team, under the supervision of the "
        "Scientific Officer (P-4), Climate Services Branch, and in close cooperation with the Data "
        "and Information Systems teams of the Infrastructure Department.",
    ),
    (
        "p",
        "Please note: an earlier call for a similar position (closing date 30 November 2026) was "
        "cancelled; candidates who applied then must apply again.",
    ),
    ("h", "Duties and responsibilities"),
    (
        "b",
        "Compile, quality-control and analyse global and regional climate datasets for the State of "
        "the Global Climate and the regional State of the Climate reports;",
    ),
    (
        "b",
        "Support NMHSs in Asia and Africa in the rescue and digitization of historical climate "
        "records and in the use of climate data management systems;",
    ),
    (
        "b",
        "Contribute to the development of climate monitoring products, including indicators on "
        "temperature, precipitation extremes and sea level;",
    ),
    (
        "b",
        "Prepare technical documents, guidance material and web content on climate data "
        "standards and best practices;",
    ),
    ("b", "Assist in the organization of regional climate outlook forums and training workshops;"),
    (
        "b",
        "Liaise with Regional Climate Centres, partner organizations and the WMO Regional "
        "Offices on joint activities;",
    ),
    ("b", "Perform other related duties as required."),
    ("h", "Learning elements"),
    ("p", "After two years the JPO will have learned to:"),
    ("b", "Apply WMO regulatory and technical standards for climate data and metadata;"),
    ("b", "Manage multi-stakeholder projects with NMHSs and Regional Climate Centres;"),
    ("b", "Communicate climate science to policy-makers and the public;"),
    (
        "b",
        "Work within the governance of an intergovernmental organization (constituent bodies, "
        "technical commissions);",
    ),
    ("b", "Plan and report on activities under results-based management."),
    ("h", "Qualifications"),
    ("l", "Education:"),
    (
        "p",
        "Advanced university degree (Master's or equivalent) in meteorology, climatology, "
        "atmospheric sciences, data science, statistics or a related field. A first-level "
        "university degree in combination with two additional years of qualifying experience may "
        "be accepted in lieu of the advanced university degree.",
    ),
    ("l", "Experience:"),
    (
        "p",
        "A minimum of two years of relevant professional experience in climate data management, "
        "climate monitoring or a related area.",
    ),
    ("l", "Languages:"),
    (
        "p",
        "Excellent command of English, written and oral. Full professional proficiency in Chinese "
        "is required under the sponsoring programme. Knowledge of French is desirable.",
    ),
    ("h", "Competencies"),
    ("b", "Communication"),
    ("b", "Teamwork"),
    ("b", "Accountability"),
    ("b", "Client orientation"),
    ("b", "Commitment to continuous learning"),
    ("h", "Eligibility - China JPO Programme"),
    (
        "p",
        "This position is funded by the Government of the People's Republic of China through the "
        "China Meteorological Administration (CMA). Applicants must:",
    ),
    ("b", "hold the nationality of the People's Republic of China;"),
    ("b", "be not older than 32 years on 31 December 2027;"),
    ("b", "hold at least a Master's degree with two years of full-time work experience after graduation;"),
    (
        "b",
        "present an IELTS (Academic) overall score of 7.0 or higher, or a TOEFL iBT score of 100 or "
        "higher, from a test taken no more than 24 months before the closing date.",
    ),
    ("p", "Candidates may apply for only one position in this call."),
    ("h", "Required documents"),
    ("b", "Curriculum vitae in English (WMO personal history form);"),
    ("b", "Cover letter in English addressed to the WMO Human Resources Division;"),
    ("b", "Copies of university degrees and transcripts;"),
    ("b", "Copy of the IELTS or TOEFL iBT score report."),
    ("h", "How to apply"),
    (
        "p",
        "Applications are submitted through the CMA online system and must be received by the "
        "closing date shown in the box on page 1. Only shortlisted candidates will be contacted. "
        "WMO does not charge a fee at any stage of the recruitment process.",
    ),
]


def build_wmo(path):
    pdf = WMOPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("WMO JPO vacancy notice")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    # letterhead and title, full width
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "WORLD METEOROLOGICAL ORGANIZATION", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(0, 5, "Weather - Climate - Water", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        0, 6.5, "Junior Professional Officer (Climate Data and Services)", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Climate Services Branch, Services Department", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    top = pdf.get_y()
    side_x, side_w = 146, 54
    body_x, body_w = 10, 130

    # body: narrow column beside the sidebar on page 1, full width afterwards
    pdf.set_xy(body_x, top)

    def width():
        return body_w if pdf.page_no() == 1 else 190

    for kind, text in WMO_BODY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.set_x(body_x)
            pdf.multi_cell(width(), 6, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "l":
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(width(), 5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(body_x)
            pdf.multi_cell(width(), 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "b":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(body_x)
            pdf.cell(5, 5, "-")
            pdf.multi_cell(width() - 5, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
    # sidebar, drawn last on page 1 (a boxed insert placed after the body text)
    last_page = pdf.page
    pdf.page = 1

    def sidebar_lines(label, value):
        pdf.set_font("Helvetica", "", 9)
        return len(pdf.multi_cell(side_w - 6, 4.5, value, dry_run=True, output="LINES"))

    height = 12
    for label, value in WMO_SIDEBAR:
        height += 4.5 + 4.5 * sidebar_lines(label, value) + 2.5
    pdf.set_fill_color(226, 234, 242)
    pdf.rect(side_x, top, side_w, height, style="F")
    y = top + 3
    pdf.set_xy(side_x + 3, y)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(side_w - 6, 5, "AT A GLANCE", new_x="LMARGIN", new_y="NEXT")
    y += 8
    for label, value in WMO_SIDEBAR:
        pdf.set_xy(side_x + 3, y)
        pdf.set_font("Helvetica", "B", 8.5)
        pdf.cell(side_w - 6, 4.5, label, new_x="LMARGIN", new_y="NEXT")
        y += 4.5
        pdf.set_xy(side_x + 3, y)
        pdf.set_font("Helvetica", "", 9)
        n = sidebar_lines(label, value)
        pdf.multi_cell(side_w - 6, 4.5, value, align="L", new_x="LMARGIN", new_y="NEXT")
        y += 4.5 * n + 2.5

    pdf.page = last_page
    pdf.output(path)


# --------------------------------------------------------------------------
# (b) UNDP (PNUD) La Paz - Spanish, two-column borderless rows
# --------------------------------------------------------------------------
class PNUDPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(
            120, 5, "Programa de las Naciones Unidas para el Desarrollo - Bolivia", new_x="RIGHT", new_y="TOP"
        )
        self.cell(70, 5, "Términos de Referencia JPO 2027", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Página %d de {nb}" % self.page_no(), align="R")


PNUD_FACTS = [
    ("Título del puesto", "Oficial Profesional Junior (JPO) en Gobernanza Ambiental y Cambio Climático"),
    ("Identificación (Job ID)", "31477"),
    ("Ref. BMEIA", "JPO-AT-2027-06"),
    ("Organismo", "Programa de las Naciones Unidas para el Desarrollo (PNUD)"),
    ("Unidad", "Unidad de Medio Ambiente, Energía y Gestión de Riesgos de Desastres"),
    ("Ciudad", "La Paz"),
    ("País", "Bolivia (Estado Plurinacional de)"),
    ("Nivel", "P-2"),
    ("Duración", "1 año, con posibilidad de extensión por un año adicional"),
    ("País donante", "Austria - Ministerio Federal de Asuntos Europeos e Internacionales (BMEIA)"),
    ("Fecha de publicación", "15 de febrero de 2027"),
    ("Fecha de cierre", "15 de marzo de 2027, 23:59 hora de Viena"),
    ("Experiencia laboral (mín.)", "2-5 años"),
]

PNUD_BODY = [
    ("h", "1. Antecedentes"),
    (
        "p",
        "El PNUD acompaña al Estado Plurinacional de Bolivia en la implementación de su "
        "Contribución Determinada a Nivel Nacional, la gestión integral de los bosques y el "
        "fortalecimiento de los sistemas de alerta temprana ante sequías, heladas e "
        "inundaciones. La Unidad de Medio Ambiente gestiona una cartera de proyectos financiados "
        "por el Fondo para el Medio Ambiente Mundial (GEF), el Fondo Verde para el Clima y la "
        "cooperación bilateral, con presencia en La Paz, Cochabamba y el Beni.",
    ),
    (
        "p",
        "El/la JPO trabajará bajo la supervisión del Especialista de Programa en Medio Ambiente "
        "(P-4) y en estrecha coordinación con el Oficial de Gestión de Riesgos.",
    ),
    ("h", "2. Funciones principales"),
    (
        "b",
        "Apoyar la formulación y el seguimiento de proyectos de adaptación al cambio climático y "
        "de gestión sostenible de bosques, incluidos los marcos de resultados y los planes de "
        "trabajo anuales.",
    ),
    (
        "b",
        "Contribuir a la preparación de propuestas de financiamiento climático ante el Fondo "
        "Verde para el Clima y otros fondos verticales.",
    ),
    (
        "b",
        "Dar seguimiento a la aplicación de los estándares sociales y ambientales del PNUD y a "
        "los mecanismos de consulta con pueblos indígenas.",
    ),
    ("b", "Elaborar informes de progreso, notas conceptuales y documentos de sistematización."),
    (
        "b",
        "Apoyar la coordinación con ministerios, gobiernos autónomos departamentales, "
        "municipios y socios de cooperación.",
    ),
    ("b", "Participar en misiones de monitoreo en el terreno."),
    ("h", "3. Elementos de aprendizaje"),
    ("b", "Conocimiento de los procedimientos de programación y gestión de proyectos del PNUD."),
    (
        "b",
        "Experiencia práctica en financiamiento climático y en el diálogo de políticas con "
        "contrapartes nacionales.",
    ),
    ("b", "Trabajo con comunidades indígenas y enfoques de género e interculturalidad."),
    ("h", "4. Requisitos"),
    ("l", "Educación"),
    (
        "p",
        "Maestría en ciencias ambientales, gestión de recursos naturales, desarrollo sostenible, "
        "economía o campo afín. No se considerarán candidaturas de estudiantes que aún no hayan "
        "finalizado la maestría.",
    ),
    ("l", "Experiencia"),
    (
        "p",
        "Entre dos y cinco años de experiencia profesional en gestión ambiental, cambio climático "
        "o gestión de proyectos de desarrollo (ver cuadro inicial).",
    ),
    ("l", "Idiomas"),
    (
        "p",
        "Dominio del español y del inglés, oral y escrito. El conocimiento del aymara o del "
        "quechua es una ventaja.",
    ),
    ("l", "Competencias"),
    ("b", "Lograr resultados"),
    ("b", "Pensar de manera innovadora"),
    ("b", "Aprender continuamente"),
    ("b", "Adaptarse con agilidad"),
    ("b", "Actuar con determinación"),
    ("b", "Colaborar y generar alianzas"),
    ("b", "Promover la inclusión"),
    ("h", "5. Condiciones del Programa JPO de Austria"),
    ("b", "Nacionalidad austriaca."),
    ("b", "Edad máxima: 32 años a la fecha de cierre de la convocatoria."),
    ("b", "Título de maestría (Master, Magister o Diplom) concluido."),
    (
        "b",
        "Las personas que ya hayan trabajado como JPO, cualquiera que sea el país donante, no "
        "pueden postular.",
    ),
    (
        "p",
        "Las personas con nacionalidad boliviana no son elegibles para este puesto, aunque "
        "también posean la nacionalidad austriaca.",
    ),
    ("h", "6. Documentos requeridos"),
    ("n", "Formulario de candidatura del BMEIA, debidamente completado."),
    ("n", "Currículum vitae en inglés (formulario P11 del PNUD)."),
    ("n", "Carta de motivación en español o inglés (una página)."),
    ("n", "Copia del título de maestría."),
    ("h", "7. Cómo postular"),
    (
        "p",
        "Las candidaturas deben enviarse por correo electrónico a la unidad JPO del BMEIA a más "
        "tardar el 15 de marzo de 2027 a las 23:59 (hora de Viena), indicando en el asunto el "
        "Job ID 31477. Las candidaturas incompletas no serán consideradas.",
    ),
]


def build_pnud(path):
    pdf = PNUDPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("PNUD Bolivia - TdR JPO")
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0, 6, "Programa de Oficiales Profesionales Junior (JPO)", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(5)
    label_w, value_w = 52, 96
    for label, value in PNUD_FACTS:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(label_w, 5.5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Helvetica", "", 10)
        lines = pdf.multi_cell(value_w, 5.5, value, dry_run=True, output="LINES")
        for i, line in enumerate(lines):
            pdf.set_xy(10 + label_w, y + 5.5 * i)
            pdf.cell(value_w, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(y + 5.5 * len(lines) + 0.8)
    pdf.ln(4)
    num = 0
    for kind, text in PNUD_BODY:
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            num = 0
        elif kind == "l":
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("b", "n"):
            pdf.set_font("Helvetica", "", 10)
            if kind == "n":
                num += 1
                mark = "%d." % num
            else:
                mark = "-"
            pdf.set_x(14)
            pdf.cell(6, 5, mark)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
    pdf.output(path)


# --------------------------------------------------------------------------
# (c) ICAO (OACI) Montreal - French DOCX
# --------------------------------------------------------------------------
OACI_FACTS = [
    ("Intitulé du poste", "Administrateur(trice) adjoint(e) de l'environnement (JEA)"),
    ("N° de l'avis de vacance", "OACI/JEA/ATB/2027/04"),
    ("Référence MEAE", "JEA-2027-117"),
    ("Organisation", "Organisation de l'aviation civile internationale (OACI)"),
    ("Direction / Section", "Direction du transport aérien – Section de l'environnement"),
    ("Lieu d'affectation", "Montréal (Québec), Canada"),
    ("Classe", "P-2"),
    ("Durée", "Deux (2) ans"),
    ("Pays donateur", "France – ministère de l'Europe et des Affaires étrangères (MEAE)"),
    ("Date de publication", "8 mars 2027"),
    ("Date limite de candidature", "7 avril 2027 à midi (heure de Paris)"),
]

OACI_COMPETENCES = [
    ("Professionnalisme", "Maîtrise les questions techniques de l'aviation et de l'environnement."),
    ("Intégrité", "Applique les valeurs de l'Organisation dans ses décisions quotidiennes."),
    ("Respect de la diversité", "Travaille efficacement avec des personnes de tous horizons."),
    ("Communication", "Rédige de façon claire et concise en français et en anglais."),
    ("Travail d'équipe", "Collabore avec ses collègues pour atteindre les objectifs communs."),
    ("Planification et organisation", "Fixe des priorités et respecte les délais."),
]


def build_oaci(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "OACI"
    cp.title = "Avis de vacance JEA"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "make_binaries"
    cp.revision = 1

    p = doc.add_paragraph()
    r = p.add_run("Organisation de l'aviation civile internationale")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("999, boulevard Robert-Bourassa, Montréal (Québec) H3C 5H7, Canada")
    doc.add_paragraph("AVIS DE VACANCE – PROGRAMME DES JEUNES EXPERTS ASSOCIÉS (JEA)", style="Title")

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in OACI_FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        for run in cells[0].paragraphs[0].runs:
            run.bold = True

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "L'OACI, institution spécialisée des Nations Unies, établit les normes et pratiques "
        "recommandées de l'aviation civile internationale. La Section de l'environnement de la "
        "Direction du transport aérien appuie les 193 États membres dans la mise en œuvre du "
        "régime de compensation et de réduction de carbone pour l'aviation internationale "
        "(CORSIA), de l'objectif ambitieux à long terme de zéro émission nette de carbone d'ici "
        "2050 et des normes relatives au bruit des aéronefs."
    )
    doc.add_paragraph(
        "Le ou la JEA travaillera sous la supervision d'un administrateur de l'environnement "
        "(P-4) et au sein d'une équipe de onze personnes."
    )

    doc.add_heading("Fonctions et responsabilités", level=1)
    for t in [
        "Contribuer à l'analyse des données d'émissions de CO2 communiquées par les États dans le "
        "cadre du CORSIA et à la préparation des rapports correspondants.",
        "Appuyer le programme d'assistance, de renforcement des capacités et de formation "
        "(ACT-CORSIA), notamment auprès des États d'Afrique francophone.",
        "Participer à la préparation des documents de travail du Comité de la protection de "
        "l'environnement en aviation (CAEP) et de ses groupes de travail.",
        "Suivre les travaux relatifs aux carburants d'aviation durables et tenir à jour la base "
        "de données des politiques nationales.",
        "Rédiger des notes d'information, des présentations et des contenus pour le site web.",
        "Contribuer à l'organisation de séminaires régionaux et de la conférence sur l'environnement.",
        "Exécuter toute autre tâche confiée par le superviseur.",
    ]:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("Ce que le ou la JEA apprendra", level=1)
    for t in [
        "Le processus d'élaboration des normes internationales et le fonctionnement des organes "
        "directeurs de l'OACI.",
        "Les méthodes de calcul et de vérification des émissions de l'aviation.",
        "La négociation multilatérale et la coordination avec les États membres.",
        "La gestion de projets d'assistance technique.",
        "La communication écrite dans un environnement bilingue.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Qualifications requises", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Diplôme universitaire supérieur (master ou équivalent) en sciences de l'environnement, "
        "ingénierie aéronautique, économie, politiques publiques ou domaine apparenté. Les "
        "étudiant(e)s inscrit(e)s en dernière année de master ne sont pas admissibles."
    )
    doc.add_heading("Expérience", level=2)
    doc.add_paragraph(
        "Au moins trois ans d'expérience professionnelle progressivement responsable dans le "
        "domaine de l'environnement, de l'énergie, du transport ou des politiques climatiques."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Une parfaite maîtrise de l'anglais et du français, à l'écrit comme à l'oral, est exigée. "
        "La connaissance d'une autre langue officielle de l'OACI (arabe, chinois, espagnol ou "
        "russe) serait un atout."
    )

    doc.add_heading("Compétences", level=1)
    ct = doc.add_table(rows=1, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].text = "Compétence"
    ct.rows[0].cells[1].text = "Indicateur de comportement"
    for name, desc in OACI_COMPETENCES:
        cells = ct.add_row().cells
        cells[0].text = name
        cells[1].text = desc

    doc.add_heading("Conditions générales du programme JEA de la France", level=1)
    for t in [
        "Être de nationalité française.",
        "Avoir moins de 33 ans au 31 décembre 2027.",
        "Être titulaire d'un diplôme de niveau master (bac + 5) à la date limite de candidature.",
        "Ne pas avoir déjà bénéficié d'un contrat de JEA/JPO, quel que soit le pays financeur.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "Le MEAE organise une seule campagne de recrutement de JEA par an ; chaque candidat(e) "
        "peut postuler à deux postes au maximum."
    )

    doc.add_heading("Pièces à fournir", level=1)
    restart_num = _restarted_numbering(doc, "List Number")
    for t in [
        "Un curriculum vitae en anglais et un curriculum vitae en français.",
        "Une lettre de motivation (une page au maximum).",
        "La copie du diplôme de master.",
        "La copie de la carte nationale d'identité ou du passeport français.",
    ]:
        para = doc.add_paragraph(t, style="List Number")
        _set_num(para, restart_num)

    doc.add_heading("Modalités de candidature", level=1)
    doc.add_paragraph(
        "Les candidatures sont à déposer sur la plateforme JEA du MEAE au plus tard le 7 avril "
        "2027 à midi (heure de Paris). Les entretiens de présélection se tiendront à Paris en "
        "mai 2027 ; l'entrée en fonctions à Montréal est prévue à l'automne 2027."
    )

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _restarted_numbering(doc, style_name):
    """A new w:num on the abstract numbering of STYLE_NAME, restarting at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    style = doc.styles[style_name]
    num_id = style.element.pPr.numPr.numId.val
    numbering = doc.part.numbering_part.element
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    absn = OxmlElement("w:abstractNumId")
    absn.set(qn("w:val"), abstract_id)
    num.append(absn)
    ovr = OxmlElement("w:lvlOverride")
    ovr.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    ovr.append(start)
    num.append(ovr)
    numbering.append(num)
    return new_id


def _set_num(para, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    pPr = para._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)


def _rezip(data, path):
    """Rewrite a zip with fixed timestamps and a stable order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2027, 1, 4, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


if __name__ == "__main__":
    build_wmo(os.path.join(HERE, "wmo_sidebar_china.pdf"))
    build_pnud(os.path.join(HERE, "pnud_lapaz_austria.pdf"))
    build_oaci(os.path.join(HERE, "oaci_montreal_france.docx"))
    print("ok")
