"""Build the binary documents of this folder, byte-for-byte deterministic.

Run with the project venv:  /work/main/.venv/bin/python make_binaries.py
Produces: unesco_paysbas_dakar_fr.docx (python-docx) and unfpa_noruega_panama_es.pdf (fpdf2).
Core properties, zip entry timestamps, and the PDF creation date and producer are fixed, so
re-running gives the same bytes.
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
DOCX_TIME = datetime.datetime(2027, 3, 10, 9, 0, 0)
ZIP_TIME = (2027, 3, 10, 9, 0, 0)
PDF_TIME = datetime.datetime(2026, 11, 30, 8, 0, 0, tzinfo=datetime.UTC)


def _normalise_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes so output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


# ---------------------------------------------------------------------------
# unesco_paysbas_dakar_fr.docx
# ---------------------------------------------------------------------------

UNESCO_FACTS = [
    (
        "Intitulé du poste",
        "Spécialiste adjoint·e de programme – Éducation et compétences pour l'emploi des jeunes (JPO)",
    ),
    ("Référence UNESCO", "JPO_NL 03 ED"),
    ("Référence du ministère néerlandais des Affaires étrangères", "NL-JPO-2027-0142"),
    (
        "Secteur / Unité",
        "Secteur de l'éducation, Bureau régional multisectoriel de l'UNESCO pour l'Afrique de l'Ouest (Sahel)",
    ),
    ("Lieu d'affectation", "Dakar, Sénégal"),
    ("Classe", "P-2"),
    ("Durée", "2 ans (la seconde année sous réserve d'une évaluation satisfaisante)"),
    ("Supérieur·e hiérarchique", "Spécialiste du programme d'éducation (P-4)"),
    ("Date de publication", "10 mars 2027"),
    ("Date de clôture", "31 mars 2027, minuit (heure de La Haye)"),
]

UNESCO_DUTIES = [
    "Contribuer à la mise en œuvre du programme régional sur l'enseignement et la formation "
    "techniques et professionnels (EFTP) et l'emploi des jeunes dans les pays du Sahel ;",
    "Appuyer le suivi des projets extrabudgétaires, notamment :",
    "Participer à l'analyse des politiques nationales d'EFTP et à la préparation de notes de synthèse ;",
    "Contribuer à l'organisation d'ateliers régionaux et de réunions techniques avec les ministères "
    "de l'éducation et de la formation professionnelle ;",
    "Appuyer la collecte et l'analyse de données sur les compétences des jeunes, en lien avec "
    "l'Institut de statistique de l'UNESCO ;",
    "Contribuer à la mobilisation de ressources et à l'élaboration de nouvelles propositions de projets ;",
    "Participer aux activités de communication et de gestion des connaissances du Bureau ;",
    "Effectuer toute autre tâche connexe à la demande du/de la superviseur·e.",
]

UNESCO_SUBDUTIES = [
    "la préparation des rapports intermédiaires et finaux aux bailleurs ;",
    "la mise à jour des cadres de résultats et des plans de travail ;",
]

UNESCO_LEARNING = [
    "La gestion du cycle de projet et la programmation axée sur les résultats à l'UNESCO ;",
    "Le dialogue politique avec les gouvernements et les partenaires techniques et financiers ;",
    "Les méthodes d'analyse des systèmes d'EFTP et des besoins en compétences ;",
    "Une formation de deux semaines au Siège de l'UNESCO à Paris au cours de la première année.",
]

UNESCO_COMPETENCIES = [
    ("Responsabilité", "Assumer ses engagements et rendre compte de ses résultats."),
    ("Communication", "Transmettre l'information de manière claire et adaptée au public."),
    ("Innovation", "Proposer des solutions nouvelles et améliorer les méthodes de travail."),
    (
        "Partage des connaissances et volonté de perfectionnement constant",
        "Apprendre en continu et mettre ses connaissances au service de l'équipe.",
    ),
    ("Planification et organisation", "Fixer des priorités réalistes et gérer son temps."),
    ("Orientation vers les résultats", "Obtenir des résultats de qualité dans les délais."),
    ("Travail d'équipe", "Collaborer avec des collègues de cultures et d'horizons différents."),
    ("Professionnalisme", "Faire preuve de rigueur, d'intégrité et de compétence technique."),
]

UNESCO_DOCUMENTS = [
    "un curriculum vitae (deux pages au maximum) ;",
    "une lettre de motivation ;",
    "une copie du diplôme de master et des relevés de notes ;",
    "une copie du passeport néerlandais ;",
    "les coordonnées de deux référent·e·s professionnel·le·s.",
]

UNESCO_ELIGIBILITY = (
    "Le programme JPO des Pays-Bas est ouvert aux ressortissant·e·s néerlandais·es ; les postes du "
    "volet réservé aux ressortissant·e·s de pays en développement font l'objet d'un appel distinct et "
    "ce poste n'en fait pas partie. Les personnes ayant également la nationalité sénégalaise ne "
    "peuvent pas être affectées à ce poste. Les candidat·e·s doivent être âgé·e·s de 32 ans au "
    "maximum au cours de l'année de l'appel (2027), c'est-à-dire être né·e·s en 1995 ou après. "
    "Ils et elles ne doivent pas avoir déjà occupé un poste de JPO ou d'expert·e associé·e, quel que "
    "soit le pays donateur. Chaque candidat·e peut postuler à deux postes au maximum par an dans le "
    "cadre du programme néerlandais."
)


def _unesco_core_properties(doc):
    cp = doc.core_properties
    cp.author = "UNESCO BRM Dakar"
    cp.last_modified_by = "UNESCO BRM Dakar"
    cp.title = "Termes de référence JPO_NL 03 ED"
    cp.created = DOCX_TIME
    cp.modified = DOCX_TIME
    cp.last_printed = DOCX_TIME
    cp.revision = 1


def _unesco_header_footer(doc):
    section = doc.sections[0]
    section.header.paragraphs[0].text = "UNESCO | Programme JPO des Pays-Bas | Termes de référence"
    section.footer.paragraphs[0].text = "JPO_NL 03 ED – Bureau régional multisectoriel de Dakar"


def _unesco_facts_table(doc):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in UNESCO_FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        for run in cells[0].paragraphs[0].runs:
            run.bold = True


def _unesco_competency_table(doc):
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    head[0].text = "Compétence"
    head[1].text = "Description"
    for cell in head:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for name, text in UNESCO_COMPETENCIES:
        cells = table.add_row().cells
        cells[0].text = name
        cells[1].text = text


def _unesco_duties(doc):
    doc.add_heading("Fonctions et responsabilités", level=1)
    doc.add_paragraph(
        "Sous la supervision directe du/de la Spécialiste du programme d'éducation (P-4) et la "
        "supervision générale du/de la Directeur·rice du Bureau (D-1), le/la JPO :"
    )
    for i, text in enumerate(UNESCO_DUTIES):
        doc.add_paragraph(text, style="List Number")
        if i == 1:
            for sub in UNESCO_SUBDUTIES:
                doc.add_paragraph(sub, style="List Bullet 2")
    doc.add_heading("Éléments de formation", level=1)
    for text in UNESCO_LEARNING:
        doc.add_paragraph(text, style="List Bullet")


def _unesco_qualifications(doc):
    doc.add_heading("Qualifications requises", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Diplôme universitaire supérieur (master ou équivalent) en sciences de l'éducation, économie, "
        "sciences sociales ou dans un domaine connexe. Un diplôme de premier cycle (licence/bachelor) "
        "ne suffit pas, même accompagné d'une expérience professionnelle plus longue."
    )
    doc.add_heading("Expérience professionnelle", level=2)
    doc.add_paragraph(
        "Deux à cinq ans d'expérience professionnelle pertinente dans le domaine de l'éducation ou du "
        "développement, dont une partie de préférence en Afrique de l'Ouest."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Excellente connaissance du français et bonne connaissance de l'anglais (écrit et oral). "
        "La connaissance du wolof serait un atout."
    )
    doc.add_heading("Compétences clés de l'UNESCO", level=2)
    _unesco_competency_table(doc)


def _unesco_application(doc):
    doc.add_heading("Êtes-vous éligible au programme néerlandais ?", level=1)
    doc.add_paragraph(UNESCO_ELIGIBILITY)
    doc.add_heading("Comment postuler ?", level=1)
    doc.add_paragraph("Le dossier de candidature, rédigé en anglais ou en français, comprend :")
    for text in UNESCO_DOCUMENTS:
        doc.add_paragraph(text, style="List Bullet")
    p = doc.add_paragraph()
    run = p.add_run(
        "Les candidatures doivent parvenir au plus tard le mercredi 31 mars 2027 à minuit (heure de "
        "La Haye) via le portail du programme JPO néerlandais. "
    )
    run.bold = True
    p.add_run(
        "Les entretiens auront lieu en mai 2027 ; la prise de fonctions est prévue le 1er septembre 2027."
    )
    for r in p.runs:
        r.font.size = Pt(11)
    doc.add_paragraph("Appel précédent pour un poste similaire : JPO_NL 07 ED, clos le 15 avril 2026.")


def unesco_paysbas_dakar_fr():
    doc = Document()
    _unesco_core_properties(doc)
    _unesco_header_footer(doc)
    doc.add_paragraph(
        "Organisation des Nations Unies pour l'éducation, la science et la culture", style="Title"
    )
    doc.add_paragraph("Programme des Jeunes experts associés (JPO) – Termes de référence", style="Subtitle")
    note = doc.add_paragraph()
    note.add_run(
        "Poste financé par le Gouvernement des Pays-Bas – réservé aux ressortissant·e·s néerlandais·es "
        "(voir « Êtes-vous éligible au programme néerlandais ? »)."
    ).italic = True
    _unesco_facts_table(doc)
    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "Le Bureau régional multisectoriel de l'UNESCO pour l'Afrique de l'Ouest (Sahel), basé à Dakar, "
        "couvre neuf pays. Il est dirigé par un·e Directeur·rice (D-1) et son Secteur de l'éducation "
        "appuie les États membres dans la réforme de l'enseignement et de la formation techniques et "
        "professionnels, en lien avec les stratégies nationales pour l'emploi des jeunes."
    )
    _unesco_duties(doc)
    _unesco_qualifications(doc)
    _unesco_application(doc)
    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "unesco_paysbas_dakar_fr.docx").write_bytes(_normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# unfpa_noruega_panama_es.pdf (core Helvetica font: Latin-1 text only)
# ---------------------------------------------------------------------------

UNFPA_FACTS = [
    (
        "Título del puesto",
        "Oficial Asociado/a de Programa en Salud Sexual y Reproductiva y Juventud "
        "(Junior Professional Officer)",
    ),
    ("N.º de vacante UNFPA", "LACRO/JPO/2026/12"),
    ("Ref. Noruega (Norad)", "26/31887"),
    ("Lugar de destino", "Ciudad de Panamá, Panamá"),
    ("Categoría", "P-2"),
    (
        "Duración",
        "Un (1) año, renovable por un segundo año sujeto a desempeño satisfactorio y a la "
        "aprobación del donante",
    ),
    (
        "Supervisión",
        "Asesor/a Regional de Salud Sexual y Reproductiva (P-5); supervisión diaria: "
        "Especialista de Programa (P-4)",
    ),
    ("Fecha de publicación", "30 de noviembre de 2026"),
    ("Fecha de cierre", "14 de diciembre de 2026, 23:59 hora de Oslo (CET)"),
]

UNFPA_BACKGROUND = (
    "La Oficina Regional del UNFPA para América Latina y el Caribe (LACRO), con sede en la Ciudad de "
    "Panamá, apoya a 24 oficinas de país y a los gobiernos de la región en la implementación del "
    "Programa de Acción de la Conferencia Internacional sobre la Población y el Desarrollo. América "
    "Latina y el Caribe tiene la segunda tasa de fecundidad adolescente más alta del mundo, y la "
    "prevención del embarazo en la adolescencia es una prioridad del programa regional 2026-2029. "
    "El/la JPO se incorporará al equipo de Salud Sexual y Reproductiva y Juventud, integrado por el/la "
    "Asesor/a Regional (P-5), un/a Especialista de Programa (P-4), un/a Oficial de Programa nacional "
    "(NOB) y un/a Asistente de Programa (G-6). La Oficina Regional está dirigida por el/la Director/a "
    "Regional (D-2). El equipo trabaja en estrecha colaboración con los ministerios de salud y de "
    "educación, con los organismos regionales de integración y con las redes de jóvenes, y coordina "
    "sus actividades con la OPS/OMS, UNICEF y ONU Mujeres en el marco de la plataforma regional."
)

UNFPA_DUTIES = [
    "Apoyar la implementación del programa regional de salud sexual y reproductiva de adolescentes y "
    "jóvenes, en coordinación con las oficinas de país;",
    "Contribuir al análisis de datos sobre embarazo en la adolescencia y uso de anticonceptivos, y a la "
    "preparación de notas de política;",
    "Apoyar la organización de consultas regionales con redes de jóvenes y organizaciones de la "
    "sociedad civil;",
    "Participar en la elaboración de informes a donantes y de propuestas de financiamiento;",
    "Dar seguimiento a los compromisos regionales del Consenso de Montevideo sobre Población y Desarrollo;",
    "Contribuir a la gestión del conocimiento y a la comunicación de resultados de la Oficina Regional;",
    "Realizar otras tareas afines que le sean asignadas por su supervisor/a.",
]

UNFPA_LEARNING = [
    "Conocimiento del mandato del UNFPA y de la programación regional basada en resultados.",
    "Experiencia práctica en el diálogo de políticas con gobiernos, redes de jóvenes y organismos "
    "regionales en materia de salud sexual y reproductiva y derechos reproductivos, incluida la "
    "participación en la preparación de la Conferencia Regional sobre Población y Desarrollo de "
    "América Latina y el Caribe y en el seguimiento de sus acuerdos.",
    "Herramientas de análisis demográfico y de seguimiento de indicadores de los ODS.",
    "Un curso de orientación para JPO en la sede del UNFPA en Nueva York.",
]

UNFPA_QUALIFICATIONS = [
    (
        "Educación:",
        "Maestría en salud pública, demografía, ciencias sociales, estudios de género o campo afín. Se "
        "aceptan candidaturas de estudiantes que estén cursando el último semestre de la maestría, "
        "siempre que obtengan el título antes de la incorporación (prevista para el 1 de mayo de 2027).",
    ),
    (
        "Experiencia:",
        "Mínimo dos (2) años de experiencia profesional remunerada en salud pública, juventud o "
        "desarrollo, preferiblemente en América Latina.",
    ),
    (
        "Idiomas:",
        "Dominio del español y del inglés (oral y escrito). Es deseable el conocimiento del francés o "
        "del portugués.",
    ),
    (
        "Valores:",
        "Ejemplificar la integridad; demostrar compromiso con el UNFPA y el sistema de las Naciones "
        "Unidas; acoger la diversidad cultural; acoger el cambio.",
    ),
]

UNFPA_COMPETENCIES = [
    "Lograr resultados",
    "Rendir cuentas",
    "Desarrollar y aplicar conocimientos profesionales y visión de negocio",
    "Pensar de forma analítica y estratégica",
    "Trabajar en equipo y gestionarse a sí mismo/a y sus relaciones",
    "Comunicar para generar impacto",
]

UNFPA_PROGRAMME = [
    "Ciudadanía noruega. Las personas con doble nacionalidad noruega y panameña no pueden ser "
    "asignadas a este puesto.",
    "El programa noruego no establece un límite de edad; sin embargo, no se aceptan candidaturas de "
    "personas con más de cinco (5) años de experiencia profesional.",
    "No haber trabajado anteriormente como JPO ni como experto/a asociado/a de ningún país donante.",
    "Cada persona puede postular a un máximo de tres (3) puestos en la convocatoria anual 2026.",
]

UNFPA_DOCUMENTS = [
    "a) Currículum vítae en inglés;",
    "b) Carta de motivación en español o en inglés;",
    "c) Copia del título de maestría o constancia de matrícula en el último semestre;",
    "d) Copia del pasaporte noruego;",
    "e) Datos de contacto de dos referencias profesionales.",
]

UNFPA_DEADLINE = (
    "Las candidaturas se presentan en el portal de Norad hasta el lunes 14 de diciembre de 2026 a las "
    "23:59, hora de Oslo (CET). La convocatoria anterior para un puesto similar en Bogotá cerró el 15 "
    "de diciembre de 2025. Solo se contactará a las personas preseleccionadas."
)


class UnfpaPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, "UNFPA LACRO - Términos de referencia JPO")
        self.cell(0, 5, "Ref. Noruega (Norad) 26/31887", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(6)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(95, 5, "Programa JPO de Noruega - Convocatoria 2026")
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="R")


def _pdf_heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _pdf_items(pdf, items, marker):
    """Hanging-indent list: marker in a narrow cell, text wrapped in a multi_cell."""
    for i, text in enumerate(items, start=1):
        label = marker.format(i=i)
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5, label)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def _unfpa_front(pdf):
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(
        0, 7, "Fondo de Población de las Naciones Unidas (UNFPA)", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Oficina Regional para América Latina y el Caribe (LACRO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        6,
        "Programa de Jóvenes Profesionales (JPO) - Términos de referencia",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for label, value in UNFPA_FACTS:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(50, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(
        0,
        5,
        "Puesto financiado por el Reino de Noruega; solo pueden postular personas de nacionalidad noruega.",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def _unfpa_body(pdf):
    _pdf_heading(pdf, "1. Antecedentes")
    pdf.multi_cell(0, 5, UNFPA_BACKGROUND, new_x="LMARGIN", new_y="NEXT")
    _pdf_heading(pdf, "2. Funciones y responsabilidades")
    _pdf_items(pdf, UNFPA_DUTIES, "-")
    _pdf_heading(pdf, "3. Oportunidades de aprendizaje")
    _pdf_items(pdf, UNFPA_LEARNING, "{i}.")
    _pdf_heading(pdf, "4. Calificaciones y experiencia")
    for label, text in UNFPA_QUALIFICATIONS:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(25, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Competencias básicas:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    _pdf_items(pdf, UNFPA_COMPETENCIES, "-")
    _pdf_heading(pdf, "5. Requisitos del Programa JPO de Noruega")
    _pdf_items(pdf, UNFPA_PROGRAMME, "-")
    _pdf_heading(pdf, "6. Documentos requeridos")
    for text in UNFPA_DOCUMENTS:
        pdf.set_x(pdf.l_margin + 3)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    _pdf_heading(pdf, "7. Plazo de presentación")
    pdf.multi_cell(0, 5, UNFPA_DEADLINE, new_x="LMARGIN", new_y="NEXT")


def unfpa_noruega_panama_es():
    pdf = UnfpaPdf(format="A4")
    pdf.set_creation_date(PDF_TIME)
    pdf.set_producer("UNFPA LACRO")
    pdf.set_creator("UNFPA LACRO")
    pdf.set_title("Términos de referencia JPO LACRO/JPO/2026/12")
    pdf.set_author("UNFPA")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    _unfpa_front(pdf)
    _unfpa_body(pdf)
    (HERE / "unfpa_noruega_panama_es.pdf").write_bytes(bytes(pdf.output()))


if __name__ == "__main__":
    unesco_paysbas_dakar_fr()
    unfpa_noruega_panama_es()
