"""Build the binary documents of held-out folder `bo` (deterministic).

Run with /work/main/.venv/bin/python from any directory:
  ompi_fr_france.pdf, acnur_es_italy.pdf (fpdf2, Helvetica core font, latin-1 text)
  cepal_es_germany.docx (python-docx; zip rewritten with fixed timestamps)
"""

import io
import os
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2027, 1, 4, 9, 0, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------- PDF helpers
class ToRPDF(FPDF):
    def __init__(self, head_left, head_right, page_fmt):
        super().__init__(format="A4", unit="mm")
        self.head_left = head_left
        self.head_right = head_right
        self.page_fmt = page_fmt
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(FIXED)
        self.set_producer("make_binaries")
        self.set_creator("make_binaries")

    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 5, self.head_left)
        self.cell(85, 5, self.head_right, align="R")
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(20, 22)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.page_fmt % (self.page_no(), 2), align="R")
        self.set_text_color(0, 0, 0)

    # borderless label / value row, value wrapped in its own column
    def row(self, label, value, lw=52):
        self.set_font("Helvetica", "B", 10)
        y = self.get_y()
        if y > 270:
            self.add_page()
            y = self.get_y()
        self.set_x(20)
        self.cell(lw, 5.5, label)
        self.set_font("Helvetica", "", 10)
        self.set_xy(20 + lw, y)
        self.multi_cell(170 - lw, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(0.8)

    def heading(self, text):
        self.ln(3)
        self.set_font("Helvetica", "B", 11.5)
        self.set_x(20)
        self.multi_cell(170, 6.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)

    def para(self, text):
        self.set_font("Helvetica", "", 10)
        self.set_x(20)
        self.multi_cell(170, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def bullet(self, text, mark="-"):
        self.set_font("Helvetica", "", 10)
        y = self.get_y()
        if y > 268:
            self.add_page()
            y = self.get_y()
        self.set_x(24)
        self.cell(6, 5.2, mark)
        self.set_xy(30, y)
        self.multi_cell(160, 5.2, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(0.6)


def build_ompi():
    pdf = ToRPDF(
        "OMPI  ORGANISATION MONDIALE DE LA PROPRIÉTÉ INTELLECTUELLE",
        "Avis de vacance - Programme JEA",
        "Page %d/%d",
    )
    pdf.set_title("Avis de vacance VA/JPO/2027/06")
    pdf.set_author("OMPI - Département de la gestion des ressources humaines")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "AVIS DE VACANCE DE POSTE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Programme des Jeunes experts associés (JEA) - France",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(
        0,
        6,
        "Publication : 1er avril 2027  |  Date limite : 2 mai 2027  |  Réf. VA/JPO/2027/06",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    pdf.row(
        "Intitulé du poste",
        "Administrateur auxiliaire (JEA) chargé de l'analyse de l'information en matière de brevets",
    )
    pdf.row("Avis n°", "VA/JPO/2027/06")
    pdf.row("Référence MEAE", "DGM/JEA/2027-118")
    pdf.row("Grade", "P-2")
    pdf.row("Secteur", "Secteur de l'infrastructure et des plateformes")
    pdf.row("Division", "Division de l'information en matière de brevets et des bases de données mondiales")
    pdf.row("Lieu d'affectation", "Genève (Suisse)")
    pdf.row(
        "Durée de l'engagement",
        "12 mois, renouvelable une fois pour 12 mois (sous réserve "
        "du financement et de résultats satisfaisants)",
    )
    pdf.row("Financement", "Ministère de l'Europe et des Affaires étrangères (MEAE), France")

    pdf.heading("Contexte")
    pdf.para(
        "L'Organisation Mondiale de la Propriété Intellectuelle (OMPI) est l'instance mondiale "
        "pour les services, les politiques, l'information et la coopération en matière de "
        "propriété intellectuelle. La Division de l'information en matière de brevets et des "
        "bases de données mondiales gère PATENTSCOPE, qui donne accès à plus de 120 millions "
        "de documents de brevet, et publie les rapports de l'OMPI sur les tendances "
        "technologiques. La Division recrute un(e) JEA pour renforcer ses capacités "
        "d'analyse de données de brevets, notamment dans les technologies liées au climat."
    )

    pdf.heading("Fonctions principales")
    pdf.para(
        "Sous la supervision du Chef de la Section des rapports sur la technologie (P-4), "
        "le/la JEA sera chargé(e) de :"
    )
    for t in [
        "réaliser des recherches et des analyses statistiques sur les données de brevets, en "
        "particulier pour les technologies d'atténuation du changement climatique ;",
        "contribuer à la rédaction des rapports de l'OMPI sur les tendances technologiques et "
        "des notes d'information destinées aux États membres ;",
        "participer à l'amélioration de la qualité des données de PATENTSCOPE (classification, "
        "familles de brevets, données bibliographiques) ;",
        "développer des tableaux de bord et des visualisations de données pour les publications "
        "et le site Web de l'OMPI ;",
        "appuyer l'organisation d'ateliers de formation destinés aux offices de propriété "
        "intellectuelle des pays en développement, notamment francophones ;",
        "assurer une veille sur les outils d'intelligence artificielle appliqués à la recherche "
        "d'information en matière de brevets ;",
        "exécuter toute autre tâche connexe confiée par le superviseur.",
    ]:
        pdf.bullet(t)

    pdf.heading("Ce que le/la JEA apprendra")
    for t in [
        "Le fonctionnement d'une organisation internationale et de ses organes directeurs.",
        "Les méthodes d'analyse de l'information en matière de brevets et de cartographie technologique.",
        "La conduite de projets de données au sein d'une équipe pluridisciplinaire.",
        "La communication de résultats analytiques à un public non spécialiste.",
    ]:
        pdf.bullet(t)

    pdf.heading("Qualifications requises")
    pdf.row(
        "Formation",
        "Master en propriété intellectuelle, sciences de l'information, "
        "science des données, ingénierie ou dans un domaine apparenté.",
        lw=32,
    )
    pdf.row(
        "Expérience",
        "Une expérience professionnelle de deux ans dans l'analyse de données "
        "ou dans le domaine de la propriété intellectuelle est souhaitable.",
        lw=32,
    )
    pdf.row(
        "Langues",
        "Excellente maîtrise du français et de l'anglais, à l'écrit comme à "
        "l'oral. La connaissance de l'espagnol serait un atout.",
        lw=32,
    )

    pdf.heading("Compétences")
    for t in [
        "Éthique et valeurs",
        "Communication efficace",
        "Travail en équipe et relations de travail",
        "Obtention de résultats",
        "Adaptation au changement",
    ]:
        pdf.bullet(t)

    pdf.heading("Conditions d'éligibilité du programme JEA français")
    pdf.para(
        "Le programme des Jeunes experts associés est financé par le ministère de l'Europe et "
        "des Affaires étrangères. Pour être éligible, le/la candidat(e) doit :"
    )
    for t in [
        "être de nationalité française ;",
        "être âgé(e) de 30 ans au plus au 1er janvier 2027 ;",
        "avoir obtenu un diplôme de niveau master depuis moins de trois ans à la date limite de "
        "candidature ;",
        "ne jamais avoir été JEA ou JPO, y compris au titre du programme d'un autre pays.",
    ]:
        pdf.bullet(t)
    pdf.para(
        "Le MEAE organise une campagne de recrutement par an ; chaque candidat(e) peut "
        "présenter au maximum trois candidatures au cours de cette campagne."
    )

    pdf.heading("Comment postuler ?")
    pdf.para("Le dossier de candidature comprend :")
    for t in [
        "un CV en français et en anglais ;",
        "une lettre de motivation ;",
        "une copie du diplôme de master ;",
        "une copie de la carte nationale d'identité ou du passeport.",
    ]:
        pdf.bullet(t)
    pdf.para(
        "Les candidatures doivent être déposées sur la plateforme du MEAE au plus tard le "
        "2 mai 2027 à minuit (heure de Genève). Les dossiers incomplets ne seront pas "
        "examinés."
    )
    pdf.output(os.path.join(HERE, "ompi_fr_france.pdf"))


def build_acnur():
    pdf = ToRPDF(
        "ACNUR - La Agencia de la ONU para los Refugiados", "Términos de referencia JPO", "Página %d de %d"
    )
    pdf.set_title("Términos de referencia COL-JPO-2027-03")
    pdf.set_author("ACNUR Colombia")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "TÉRMINOS DE REFERENCIA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0,
        7,
        "Oficial Adjunto/a de Protección Comunitaria (JPO)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", "I", 10)
    pdf.cell(
        0,
        6,
        "Programa de Jóvenes Profesionales financiado por el Gobierno de Italia",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)
    pdf.row("Título del puesto", "Oficial Adjunto/a de Protección Comunitaria (JPO)", lw=58)
    pdf.row("N.º de convocatoria ACNUR", "COL-JPO-2027-03", lw=58)
    pdf.row("Código DESA", "IT-2027-118", lw=58)
    pdf.row(
        "Sección / Unidad",
        "Unidad de Protección, Suboficina de Riohacha (Operación del ACNUR en Colombia)",
        lw=58,
    )
    pdf.row("Lugar de destino", "Riohacha, La Guajira, Colombia", lw=58)
    pdf.row("Grado", "P-2", lw=58)
    pdf.row("Duración", "1 año, con posibilidad de extensión por un año adicional", lw=58)
    pdf.row("Fecha de publicación", "15 de febrero de 2027", lw=58)
    pdf.row("Fecha límite", "14 de marzo de 2027, 18:00 (hora de Roma)", lw=58)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 9.5)
    pdf.multi_cell(
        170,
        5,
        "Esta convocatoria sustituye a la publicada en diciembre de 2026 "
        "(fecha límite: 10 de enero de 2027), que fue cancelada. Las personas que "
        "postularon entonces deben presentar una nueva candidatura.",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )

    pdf.heading("Contexto")
    pdf.para(
        "La Guajira, en la frontera con Venezuela, acoge a una de las mayores poblaciones de "
        "personas refugiadas y migrantes venezolanas del país, así como a comunidades "
        "indígenas wayuu binacionales. La Suboficina de Riohacha trabaja con las autoridades "
        "locales, las organizaciones comunitarias y los socios humanitarios para fortalecer "
        "los mecanismos de protección basados en la comunidad, el acceso a la documentación "
        "y la integración local."
    )

    pdf.heading("¿Qué hará usted?")
    pdf.para("Bajo la supervisión del Oficial de Protección (P-3) de la Suboficina, el/la JPO:")
    for t in [
        "Apoyará el diseño y la implementación de proyectos de protección basada en la "
        "comunidad con organizaciones de personas refugiadas y comunidades de acogida.",
        "Realizará evaluaciones participativas con enfoque de edad, género y diversidad.",
        "Contribuirá al monitoreo de protección en los puntos fronterizos y en los "
        "asentamientos informales de Riohacha y Maicao.",
        "Apoyará la coordinación del subgrupo de protección con socios y autoridades locales.",
        "Preparará informes, análisis de situación y documentos de proyecto.",
        "Fortalecerá los mecanismos de retroalimentación y rendición de cuentas a las personas afectadas.",
        "Realizará otras tareas afines que le sean asignadas.",
    ]:
        pdf.bullet(t)

    pdf.heading("¿Qué aprenderá?")
    for t in [
        "Los enfoques de protección basada en la comunidad en un contexto de flujos mixtos.",
        "La gestión de proyectos y alianzas con socios implementadores del ACNUR.",
        "La coordinación interagencial en el marco de la Plataforma R4V.",
        "El trabajo con pueblos indígenas transfronterizos.",
    ]:
        pdf.bullet(t)

    pdf.heading("Requisitos")
    pdf.row(
        "Educación",
        "Título universitario avanzado (maestría) en derecho, ciencias "
        "sociales, relaciones internacionales o campo afín. Un título universitario de primer "
        "nivel junto con dos años adicionales de experiencia calificada podrá aceptarse en "
        "lugar del título avanzado.",
        lw=32,
    )
    pdf.row(
        "Experiencia",
        "Mínimo dos años de experiencia profesional pertinente, "
        "preferiblemente en protección de personas refugiadas o desplazadas.",
        lw=32,
    )
    pdf.row("Idiomas", "Dominio del español y del inglés (requerido).", lw=32)

    pdf.heading("Competencias")
    for t in [
        "Rendición de cuentas",
        "Comunicación",
        "Búsqueda de la excelencia",
        "Trabajo en equipo y colaboración",
        "Compromiso con el aprendizaje continuo",
        "Cambio organizacional y adaptación",
    ]:
        pdf.bullet(t)

    pdf.heading("¿Es usted elegible? Condiciones generales del Programa JPO de Italia")
    pdf.para(
        "El Programa JPO de Italia es administrado por la Oficina del Departamento de Asuntos "
        "Económicos y Sociales de las Naciones Unidas (UN DESA) en Roma. Las personas "
        "candidatas deben:"
    )
    for t in [
        "tener nacionalidad italiana;",
        "haber nacido el 1 de enero de 1995 o con posterioridad;",
        "poseer una maestría (laurea magistrale) y al menos dos años de experiencia laboral "
        "pertinente, o una licenciatura (laurea triennale) y al menos cuatro años de "
        "experiencia laboral pertinente;",
        "tener un dominio excelente del inglés;",
        "no haber trabajado anteriormente como JPO.",
    ]:
        pdf.bullet(t)
    pdf.para(
        "El Programa realiza una convocatoria al año; en la convocatoria de 2027 cada "
        "persona puede presentar hasta tres candidaturas."
    )

    pdf.heading("¿Cómo postular?")
    pdf.para("Las candidaturas se presentan en línea en el portal del Programa JPO de Italia e incluyen:")
    for i, t in enumerate(
        ["El formulario de candidatura en línea", "Un CV en inglés", "Una carta de motivación en inglés"], 1
    ):
        pdf.bullet(t, mark="%d." % i)
    pdf.para(
        "La fecha límite es el 14 de marzo de 2027 a las 18:00 (hora de Roma). No se "
        "aceptarán candidaturas tardías ni enviadas por correo electrónico."
    )
    pdf.output(os.path.join(HERE, "acnur_es_italy.pdf"))


# --------------------------------------------------------------- DOCX helpers
def fix_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))


def build_cepal():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("NACIONES UNIDAS\nCOMISIÓN ECONÓMICA PARA AMÉRICA LATINA Y EL CARIBE (CEPAL)")
    r.bold = True
    r.font.size = Pt(9)

    doc.add_paragraph("Oficial Adjunto/a de Asuntos Económicos (JPO)", style="Title")
    sub = doc.add_paragraph(
        "Programa de Jóvenes Profesionales (JPO) de la República Federal de "
        "Alemania – solo para personas de nacionalidad alemana"
    )
    sub.runs[0].italic = True

    facts = [
        ("Título del puesto", "Oficial Adjunto/a de Asuntos Económicos (JPO)"),
        ("Número de vacante (Inspira)", "27-ECLAC-JPO-226677"),
        ("Referencia BFIO", "BFIO-JPO-2027-031"),
        ("Organización", "Comisión Económica para América Latina y el Caribe (CEPAL)"),
        (
            "División",
            "División de Desarrollo Productivo y Empresarial,\nUnidad de Inversiones y "
            "Estrategias Empresariales",
        ),
        ("Ciudad", "Santiago"),
        ("País", "Chile"),
        ("Categoría", "P-1/P-2 (según experiencia)"),
        ("Duración", "Dos años, con posibilidad de extensión por un tercer año"),
        ("Fecha de publicación", "1 de abril de 2027"),
        ("Fecha de cierre", "30 de abril de 2027"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in facts:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v

    doc.add_heading("Antecedentes", level=1)
    doc.add_paragraph(
        "La CEPAL es una de las cinco comisiones regionales de las Naciones Unidas y tiene su sede "
        "en Santiago. La División de Desarrollo Productivo y Empresarial analiza la inversión "
        "extranjera directa, las políticas industriales y la transformación productiva de los "
        "países de la región, y publica cada año el informe «La Inversión Extranjera Directa en "
        "América Latina y el Caribe». El/la JPO se incorporará a la Unidad de Inversiones y "
        "Estrategias Empresariales."
    )

    doc.add_heading("¿Cuáles serán sus funciones?", level=1)
    doc.add_paragraph(
        "Bajo la supervisión del Jefe de la Unidad de Inversiones y Estrategias "
        "Empresariales (P-5), el/la JPO:"
    )
    for x in [
        "Recopilará y analizará datos sobre inversión extranjera directa y anuncios de proyectos "
        "en la región.",
        "Contribuirá a la redacción de capítulos del informe anual sobre inversión extranjera directa.",
        "Preparará estudios de caso sobre cadenas de valor vinculadas a la transición energética "
        "(hidrógeno verde, litio, energías renovables).",
        "Apoyará la asistencia técnica a los gobiernos en materia de promoción de inversiones y "
        "políticas de desarrollo productivo.",
        "Participará en la organización de seminarios y reuniones intergubernamentales.",
        "Mantendrá bases de datos y elaborará visualizaciones para publicaciones y presentaciones.",
        "Realizará otras tareas que le sean encomendadas.",
    ]:
        doc.add_paragraph(x, style="List Bullet")

    doc.add_heading("Elementos de aprendizaje", level=1)
    for x in [
        "Conocimiento de los procesos intergubernamentales de la CEPAL y de las Naciones Unidas.",
        "Dominio de métodos de análisis económico aplicados a la inversión y al desarrollo productivo.",
        "Experiencia en la redacción de publicaciones institucionales.",
        "Una red de contactos con gobiernos, academia y sector privado de la región.",
    ]:
        doc.add_paragraph(x, style="List Number")

    doc.add_heading("Requisitos", level=1)
    req = doc.add_table(rows=0, cols=2)
    req.style = "Table Grid"
    c = req.add_row().cells
    c[0].text = "Educación"
    c[1].text = (
        "Título universitario avanzado (maestría o equivalente) en economía, economía "
        "internacional, políticas públicas o campo afín."
    )
    c = req.add_row().cells
    c[0].text = "Experiencia laboral (mín.)"
    c[1].text = "2-5 años en análisis económico, investigación aplicada o políticas de inversión."
    c = req.add_row().cells
    c[0].text = "Idiomas"
    c[1].text = "• Español: dominio excelente (requerido)"
    c[1].add_paragraph("• Inglés: dominio excelente (requerido)")
    c[1].add_paragraph("• Portugués: deseable")
    for row in req.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True

    doc.add_heading("Competencias", level=1)
    for x in [
        "Profesionalismo",
        "Trabajo en equipo",
        "Planificación y organización",
        "Comunicación",
        "Aprendizaje continuo",
    ]:
        doc.add_paragraph(x, style="List Bullet")

    doc.add_heading("Condiciones generales del programa JPO de Alemania", level=1)
    doc.add_paragraph(
        "El programa es gestionado por el BFIO (Büro Führungskräfte zu Internationalen "
        "Organisationen) de la Agencia Federal de Empleo de Alemania. Pueden postular personas de "
        "nacionalidad alemana que no tengan más de 32 años en la fecha de cierre de la "
        "convocatoria. No pueden postular quienes ya hayan trabajado más de 12 meses en el "
        "sistema de las Naciones Unidas."
    )

    doc.add_heading("¿Cómo postular?", level=1)
    doc.add_paragraph("Envíe su candidatura a través del portal del BFIO, adjuntando:")
    for x in [
        "Carta de motivación en inglés o en español",
        "Currículum vitae",
        "Copia de los títulos universitarios",
        "Formulario de solicitud del BFIO",
    ]:
        doc.add_paragraph(x, style="List Number 2")
    doc.add_paragraph(
        "La fecha límite para postular es el 30 de abril de 2027. Solo se contactará "
        "a las personas preseleccionadas."
    )

    cp = doc.core_properties
    cp.author = "CEPAL - Recursos Humanos"
    cp.last_modified_by = "CEPAL - Recursos Humanos"
    cp.title = "Oficial Adjunto/a de Asuntos Económicos (JPO)"
    cp.created = datetime(2027, 3, 25, 14, 0, 0)
    cp.modified = datetime(2027, 3, 30, 10, 30, 0)
    cp.last_printed = datetime(2027, 3, 30, 10, 30, 0)
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    fix_zip(buf.getvalue(), os.path.join(HERE, "cepal_es_germany.docx"))


if __name__ == "__main__":
    build_ompi()
    build_acnur()
    build_cepal()
    print("ok")
