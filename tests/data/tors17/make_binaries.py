"""Build the two binary ToRs of held-out folder n, byte-for-byte deterministic.

Run with: /work/main/.venv/bin/python make_binaries.py
Outputs (next to this script):
  hcr_luxembourg_nouakchott_fr.docx  (python-docx, fixed core properties and zip timestamps)
  cepal_bfio_mexico_es.pdf           (fpdf2 core font Helvetica, fixed creation date/producer)
"""

import datetime as dt
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 9, 14, 9, 0, 0, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------------------------
# DOCX: UNHCR (HCR) form, Luxembourg JPO programme, Nouakchott
# --------------------------------------------------------------------------------------------
def _bold_para(doc, text):
    p = doc.add_paragraph()
    p.add_run(text).bold = True
    return p


def _label_value(p, label, value):
    p.add_run(label).bold = True
    p.add_run(" " + value)


def build_docx(path):
    doc = Document()
    doc.add_paragraph("HAUT-COMMISSARIAT DES NATIONS UNIES POUR LES RÉFUGIÉS (HCR)", style="Title")
    doc.add_paragraph("Programme des Jeunes Administrateurs (JPO) – Termes de référence", style="Subtitle")
    p = doc.add_paragraph("Formulaire JPO-TdR, version 2026 – à compléter par le bureau d'accueil")
    p.runs[0].italic = True

    doc.add_heading("1. Informations générales", level=1)
    rows = [
        ("Intitulé du poste JPO :", ["Administrateur/trice adjoint(e) chargé(e) de la", "protection (JPO)"]),
        ("Secteur d'affectation :", ["Protection internationale"]),
        ("Réf. du poste (HCR) :", ["JPO/MRT/2026/003"]),
        ("Réf. MAEE :", ["LUX-JPO-26-05"]),
        ("Bureau / Unité :", ["Représentation du HCR en Mauritanie – Unité de protection"]),
        ("Ville :", ["Nouakchott"]),
        ("Pays :", ["Mauritanie"]),
        ("Lieu d'affectation famille autorisée :", ["Oui"]),
        ("Grade :", ["P-2 (échelon 1)"]),
        ("Durée :", ["1 an, prolongeable d'un an sous réserve d'une évaluation satisfaisante"]),
        (
            "Pays donateur :",
            [
                "Grand-Duché de Luxembourg – Ministère des Affaires étrangères et",
                "européennes, Direction de la Coopération au développement et de",
                "l'action humanitaire",
            ],
        ),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, lines in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        para = cells[1].paragraphs[0]
        for i, line in enumerate(lines):
            run = para.add_run(line)
            if i < len(lines) - 1:
                run.add_break()

    doc.add_heading("2. Supervision", level=1)
    p = doc.add_paragraph()
    _label_value(p, "Titre du superviseur :", "Administrateur principal chargé de la protection (P-4)")
    p = doc.add_paragraph()
    _label_value(
        p,
        "Contenu et méthodologie de la supervision :",
        "un plan de travail est établi avec le superviseur au cours du premier mois ; "
        "des entretiens de suivi ont lieu chaque semaine et l'évaluation annuelle se fait "
        "dans le système de gestion de la performance du HCR (PROMS). Le poste était "
        "auparavant occupé par un administrateur de classe P-3, aujourd'hui affecté à "
        "Bassikounou.",
    )

    doc.add_heading("3. Fonctions, responsabilités et résultats attendus", level=1)
    doc.add_paragraph(
        "Sous la supervision de l'Administrateur principal chargé de la protection, le/la JPO :"
    )
    for item in [
        "contribue au suivi de la situation de protection des réfugiés et demandeurs d'asile en "
        "milieu urbain à Nouakchott et à Nouadhibou ;",
        "appuie les procédures de détermination du statut de réfugié, y compris la préparation des "
        "entretiens et la rédaction d'avis ;",
        "assure le suivi des cas de protection individuels, notamment des enfants non accompagnés "
        "et des survivant(e)s de violences basées sur le genre ;",
        "participe au plaidoyer auprès des autorités sur l'accès à la documentation civile et à "
        "l'état civil ;",
        "contribue à l'analyse des mouvements mixtes le long de la route atlantique et à la "
        "préparation de notes d'information ;",
        "renforce les capacités des partenaires d'exécution et des organisations communautaires "
        "en matière de protection ;",
        "prépare des contributions aux rapports périodiques et aux appels de fonds du HCR.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("4. Éléments de formation", level=1)
    doc.add_paragraph("À l'issue de l'affectation, le/la JPO aura :")
    for item in [
        "acquis une connaissance pratique du cadre juridique international de la protection des "
        "réfugiés et de son application sur le terrain ;",
        "appris à conduire des entretiens de détermination du statut et à rédiger des évaluations ;",
        "développé des compétences en coordination avec les autorités nationales et les partenaires ;",
        "suivi le programme d'apprentissage du HCR en protection (Protection Learning Programme).",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("5. Qualifications et expérience", level=1)
    doc.add_heading("a. Formation", level=2)
    doc.add_paragraph(
        "Master en droit international, droits de l'homme, sciences politiques, "
        "migrations ou dans un domaine apparenté."
    )
    doc.add_heading("b. Expérience professionnelle", level=2)
    doc.add_paragraph(
        "Au moins deux ans d'expérience professionnelle pertinente dans la protection "
        "des réfugiés, l'aide juridique ou les droits de l'homme ; une expérience "
        "dans la région du Sahel est souhaitable."
    )
    doc.add_heading("c. Langues", level=2)
    doc.add_paragraph(
        "Excellente maîtrise du français et de l'anglais, à l'écrit comme à l'oral "
        "(requis). La connaissance de l'arabe (hassaniya) est souhaitable."
    )
    doc.add_heading("d. Compétences", level=2)
    _bold_para(doc, "Compétences essentielles")
    for item in [
        "Responsabilité",
        "Communication",
        "Conscience organisationnelle",
        "Travail d'équipe et collaboration",
        "Engagement envers l'apprentissage continu",
        "Orientation client et résultats",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    _bold_para(doc, "Compétences transversales")
    for item in ["Pensée analytique", "Planification et organisation"]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("6. Qui peut postuler ? Conditions du programme JPO luxembourgeois", level=1)
    doc.add_paragraph(
        "Le programme est ouvert aux ressortissant(e)s luxembourgeois(es). Les candidat(e)s ne "
        "doivent pas avoir atteint l'âge de 33 ans au 1er janvier 2027. Ils ou elles doivent être "
        "titulaires d'un master et justifier d'au moins deux ans d'expérience professionnelle, ou "
        "être titulaires d'un bachelor et justifier d'au moins quatre ans d'expérience "
        "professionnelle pertinente."
    )
    doc.add_paragraph(
        "Les personnes ayant déjà bénéficié d'un contrat JPO, quel que soit le pays donateur, ne "
        "sont pas éligibles. Une même personne ne peut postuler qu'à deux postes au maximum dans "
        "le cadre de l'appel 2026."
    )
    doc.add_paragraph(
        "Ce poste avait déjà été proposé lors de l'appel 2025 (clôturé le 10 octobre 2025) sans "
        "être pourvu ; les personnes qui s'étaient alors portées candidates peuvent postuler à "
        "nouveau."
    )

    doc.add_heading("7. Dossier de candidature", level=1)
    doc.add_paragraph("Le dossier, à déposer sur le portail de la Coopération luxembourgeoise, comprend :")
    for item in [
        "le formulaire de candidature JPO dûment rempli ;",
        "un curriculum vitae en français et en anglais ;",
        "les copies des diplômes universitaires ;",
        "une copie du passeport ou de la carte d'identité luxembourgeoise.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("8. Calendrier", level=1)
    p = doc.add_paragraph()
    _label_value(p, "Date de publication de l'appel :", "14 septembre 2026")
    p = doc.add_paragraph()
    _label_value(p, "Date limite de candidature :", "vendredi 9 octobre 2026 à 17h00, heure de Luxembourg")
    p = doc.add_paragraph()
    _label_value(p, "Entrée en fonction prévue :", "1er mars 2027")

    foot = doc.sections[0].footer.paragraphs[0]
    foot.text = "HCR – Termes de référence JPO – JPO/MRT/2026/003"
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in foot.runs:
        run.font.size = Pt(8)

    cp = doc.core_properties
    cp.author = "HCR Mauritanie"
    cp.last_modified_by = "HCR Mauritanie"
    cp.title = "TdR JPO Nouakchott"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    """Rewrite the docx zip with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2026, 9, 14, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            dst.writestr(info, src.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


# --------------------------------------------------------------------------------------------
# PDF: CEPAL (ECLAC) Mexico subregional headquarters, German BFIO programme (Spanish)
# --------------------------------------------------------------------------------------------
REF = "CEPAL/MEX/JPO/2026/03"


class ToR(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "CEPAL - Sede subregional en México", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "TdR JPO " + REF, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Página %d de {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)


def _heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _bullets(pdf, items, marker="-"):
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(5, 5, marker)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)


def _row(pdf, label, value, label_w=48):
    """Borderless two-column label/value row drawn with cell(); the value wraps in its column."""
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(label_w, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + label_w, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def build_pdf(path):
    pdf = ToR(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("TdR JPO " + REF)
    pdf.set_author("CEPAL")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "NACIONES UNIDAS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Comisión Económica para América Latina y el Caribe (CEPAL)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        5,
        "Programa de Expertos Asociados (JPO) de la República Federal de Alemania - BFIO",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    _row(
        pdf,
        "Título del puesto",
        "Oficial Adjunto/a de Asuntos Económicos (JPO) - Desarrollo productivo y transición energética",
    )
    _row(pdf, "N.º de vacante CEPAL", REF)
    _row(pdf, "Referencia BFIO", "BFIO-JPO-2026-118")
    _row(pdf, "Unidad", "Unidad de Desarrollo Económico, Sede subregional de la CEPAL en México")
    _row(pdf, "Lugar de destino", "Ciudad de México, México")
    _row(pdf, "Categoría", "P-2")
    _row(pdf, "Duración", "Dos años")
    _row(pdf, "Publicación", "10 de agosto de 2026")
    _row(pdf, "Fecha límite", "7 de septiembre de 2026, 23:59 h (CEST)")
    pdf.ln(2)

    _heading(pdf, "1. Antecedentes")
    _para(
        pdf,
        "La sede subregional de la CEPAL en México atiende a diez países de Centroamérica, "
        "el Caribe de habla hispana y México. Su Unidad de Desarrollo Económico analiza la "
        "evolución macroeconómica de la subregión y apoya a los gobiernos en el diseño de "
        "políticas de desarrollo productivo, integración regional y transición energética. "
        "El puesto está financiado por el Gobierno de la República Federal de Alemania a través "
        "del Büro Führungskräfte zu Internationalen Organisationen (BFIO).",
    )
    _para(
        pdf,
        "La persona JPO trabajará bajo la supervisión del Jefe de la Unidad de Desarrollo "
        "Económico (P-5) y en estrecha colaboración con un Oficial de Asuntos Económicos (P-3).",
    )

    _heading(pdf, "2. Funciones")
    _bullets(
        pdf,
        [
            "Recopilar y analizar información estadística sobre producción, comercio, inversión y "
            "energía en los países de la subregión.",
            "Contribuir a la elaboración de estudios sobre cadenas de valor vinculadas con la "
            "transición energética (electromovilidad, hidrógeno verde, minerales críticos).",
            "Preparar notas técnicas, presentaciones y secciones de publicaciones institucionales, "
            "incluido el informe anual sobre las economías de Centroamérica y México.",
            "Apoyar la organización de seminarios, reuniones de expertos y talleres de capacitación "
            "para funcionarios de ministerios de economía y energía.",
            "Participar en misiones de asistencia técnica a los países de la subregión y dar "
            "seguimiento a los acuerdos alcanzados con las contrapartes nacionales.",
            "Mantener actualizadas las bases de datos de la Unidad y contribuir a la visualización "
            "de datos para el sitio web de la CEPAL.",
            "Realizar otras tareas afines que le sean encomendadas por la supervisión.",
        ],
    )

    _heading(pdf, "3. Elementos de aprendizaje")
    _bullets(
        pdf,
        [
            "Conocimiento del trabajo analítico y normativo de una comisión regional de las Naciones Unidas.",
            "Experiencia en la formulación de recomendaciones de política económica basadas en evidencia.",
            "Manejo de herramientas de análisis de cadenas de valor y de modelos de insumo-producto.",
            "Una red de contactos con gobiernos, academia y organismos de cooperación de la región.",
        ],
    )

    _heading(pdf, "4. Calificaciones")
    _row(
        pdf,
        "Educación",
        "Título universitario avanzado (maestría o equivalente) en economía, ingeniería, "
        "políticas públicas o disciplinas afines. Un título universitario de primer nivel "
        "combinado con dos años adicionales de experiencia calificada podrá aceptarse en lugar "
        "del título universitario avanzado.",
        label_w=30,
    )
    pdf.ln(1)
    _row(
        pdf,
        "Experiencia",
        "Se requiere un mínimo de dos años de experiencia profesional progresivamente "
        "responsable en análisis económico, políticas de desarrollo productivo o energía. Es "
        "deseable experiencia en América Latina.",
        label_w=30,
    )
    pdf.ln(1)
    _row(
        pdf,
        "Idiomas",
        "Se requiere dominio del español y del inglés. El conocimiento del portugués es deseable.",
        label_w=30,
    )

    _heading(pdf, "5. Competencias")
    _bullets(pdf, ["Profesionalismo", "Trabajo en equipo", "Planificación y organización", "Comunicación"])

    _heading(pdf, "6. Condiciones generales del programa alemán (BFIO)")
    _bullets(
        pdf,
        [
            "Nacionalidad alemana. Las personas que tengan además la nacionalidad mexicana no podrán "
            "ser consideradas para este puesto.",
            "No haber cumplido 33 años en la fecha límite de la convocatoria.",
            "Experiencia profesional de al menos dos años a tiempo completo (las prácticas no se computan).",
            "No haber trabajado anteriormente como JPO o Experto/a Asociado/a.",
            "El BFIO puede cofinanciar, en casos justificados, un tercer año de asignación.",
        ],
    )

    _heading(pdf, "7. Documentos requeridos")
    pdf.set_font("Helvetica", "", 10)
    for i, item in enumerate(
        [
            "Curriculum vitae en inglés o en alemán.",
            "Carta de motivación referida a este puesto.",
            "Copias de los títulos universitarios.",
            "Certificados de trabajo o cartas de referencia que acrediten la experiencia profesional.",
        ],
        start=1,
    ):
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(6, 5, "%d." % i)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")

    _heading(pdf, "8. Cómo postular")
    _para(
        pdf,
        "Las candidaturas se presentan exclusivamente a través del portal en línea del BFIO, "
        "indicando la referencia BFIO-JPO-2026-118, hasta el 7 de septiembre de 2026 a las "
        "23:59 h (CEST). Las entrevistas con las personas preseleccionadas se "
        "realizarán en Bonn en octubre de 2026.",
    )

    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "hcr_luxembourg_nouakchott_fr.docx"))
    build_pdf(os.path.join(HERE, "cepal_bfio_mexico_es.pdf"))
    print("written")
