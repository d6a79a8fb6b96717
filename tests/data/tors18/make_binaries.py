"""Build the two binary ToRs of design batch tors18 (held-out o until measured), deterministically.

Run with /work/main/.venv/bin/python make_binaries.py (from any directory).
Outputs, next to this script:
  - omm_france_geneve_fr.docx  (python-docx; fixed core properties, zip rewritten with fixed
    timestamps and member order)
  - undrr_italia_panama_es.pdf (fpdf2 core fonts; fixed creation date and producer)
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 4, 13, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 4, 13, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX
def _fixed_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        first = [n for n in names if n == "[Content_Types].xml"]
        rest = sorted(n for n in names if n != "[Content_Types].xml")
        for name in first + rest:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def _cell_text(cell, text, bold=False):
    """Write text in a table cell; '\n' becomes a soft line break inside one paragraph."""
    para = cell.paragraphs[0]
    parts = text.split("\n")
    for i, part in enumerate(parts):
        run = para.add_run(part)
        run.bold = bold
        if i < len(parts) - 1:
            run.add_break(WD_BREAK.LINE)


def build_docx(path: Path) -> None:
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)

    header = sec.header.paragraphs[0]
    header.text = "OMM – Programme JEA 2026 – Termes de référence"
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer = sec.footer.paragraphs[0]
    footer.text = (
        "Avis de vacance OMM/JEA/2026/07 – Organisation météorologique mondiale, "
        "7 bis, avenue de la Paix, CP 2300, 1211 Genève 2"
    )
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("ORGANISATION MÉTÉOROLOGIQUE MONDIALE", style="Title")
    doc.add_paragraph(
        "Programme des Jeunes Experts Associés (JEA) du ministère de l'Europe et des Affaires étrangères",
        style="Subtitle",
    )
    p = doc.add_paragraph()
    r = p.add_run("TERMES DE RÉFÉRENCE – POSTE DE JEUNE EXPERT ASSOCIÉ (JEA)")
    r.bold = True
    r.font.size = Pt(13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    rows = [
        (
            "Intitulé du poste",
            "Administrateur/trice auxiliaire chargé(e) des services\nclimatologiques (Jeune expert associé)",
        ),
        ("N° de l'avis de vacance", "OMM/JEA/2026/07"),
        ("Référence MEAE", "JEA-2026-031"),
        (
            "Département / Division",
            "Département des services –\nDivision des services climatologiques",
        ),
        ("Lieu d'affectation", "Genève (Suisse)"),
        ("Classe", "P-2"),
        ("Durée de l'affectation", "Deux (2) ans"),
        ("Pays donateur", "France (ministère de l'Europe et des Affaires étrangères)"),
        ("Supervision", "Chef(fe) de la Division des services climatologiques (P-5)"),
        ("Date de publication", "13 avril 2026"),
        ("Date limite de candidature", "Vendredi 15 mai 2026, 12h00 (heure de Paris)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        _cell_text(cells[0], label, bold=True)
        _cell_text(cells[1], value)
    for row in table.rows:
        row.cells[0].width = Cm(5.0)
        row.cells[1].width = Cm(11.6)

    doc.add_heading("1. Contexte", level=1)
    doc.add_paragraph(
        "La Division des services climatologiques de l'OMM coordonne le Cadre mondial pour "
        "les services climatologiques et appuie les Services météorologiques et hydrologiques "
        "nationaux (SMHN) dans la production de prévisions saisonnières, de bulletins "
        "climatologiques et de services adaptés aux secteurs de l'agriculture, de la santé et "
        "de l'eau. Elle héberge le secrétariat des forums régionaux sur l'évolution probable du "
        "climat (RCOF). Le poste, précédemment occupé par une experte associée financée par un "
        "autre pays donateur à la classe P-1, est reconduit avec le soutien de la France."
    )

    doc.add_heading("2. Quelles seront vos fonctions ?", level=1)
    doc.add_paragraph(
        "Sous la supervision directe du/de la Chef(fe) de Division, le/la JEA sera chargé(e) de :"
    )
    duties = [
        "appuyer l'organisation des forums régionaux sur l'évolution probable du climat en "
        "Afrique de l'Ouest et dans les petits États insulaires en développement ;",
        "contribuer à la rédaction du rapport annuel de l'OMM sur l'état des services "
        "climatologiques et à la collecte des données auprès des Membres ;",
        "participer à l'élaboration de notes techniques et de lignes directrices sur les "
        "prévisions saisonnières et la vérification des prévisions ;",
        "appuyer la mise en œuvre de projets financés par l'initiative CREWS et par le Fonds "
        "vert pour le climat, notamment le suivi budgétaire et les rapports aux bailleurs ;",
        "préparer les documents de réunion des organes constituants (Commission des services) ;",
        "entretenir les pages web et les produits de communication de la Division ;",
        "exécuter toute autre tâche connexe à la demande du/de la superviseur(e).",
    ]
    for d in duties:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("3. Que vous apportera cette affectation ?", level=1)
    learning = [
        "Une connaissance approfondie du fonctionnement d'une institution spécialisée des "
        "Nations Unies et de ses organes constituants.",
        "Une expérience pratique de la gestion de projets multi-bailleurs.",
        "Des compétences techniques en prévision saisonnière et en services climatologiques.",
        "Un réseau professionnel au sein des SMHN et des centres climatologiques régionaux.",
    ]
    for item in learning:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("4. Qualifications et expérience requises", level=1)
    doc.add_heading("4.1 Formation", level=2)
    doc.add_paragraph(
        "Diplôme universitaire de niveau master (bac+5) en météorologie, climatologie, "
        "sciences de l'environnement, géographie physique ou dans un domaine connexe."
    )
    doc.add_heading("4.2 Expérience professionnelle", level=2)
    doc.add_paragraph(
        "Au moins deux ans d'expérience professionnelle dans le domaine de la climatologie, "
        "des services climatologiques ou de l'adaptation au changement climatique. Une "
        "expérience au sein d'un SMHN serait un atout."
    )
    doc.add_heading("4.3 Langues", level=2)
    doc.add_paragraph(
        "Excellente maîtrise du français et de l'anglais, à l'écrit comme à l'oral. La "
        "connaissance d'une autre langue officielle de l'Organisation (arabe, chinois, espagnol "
        "ou russe) serait un atout."
    )

    doc.add_heading("5. Compétences", level=1)
    for c in [
        "Communication efficace",
        "Travail en équipe",
        "Planification et organisation",
        "Orientation vers les résultats",
        "Souci du client",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("6. Conditions d'éligibilité du programme JEA", level=1)
    doc.add_paragraph(
        "Le programme JEA du ministère de l'Europe et des Affaires étrangères est ouvert aux "
        "candidat(e)s qui remplissent toutes les conditions suivantes :"
    )
    for c in [
        "être de nationalité française ;",
        "être né(e) le 1er janvier 1991 ou après ;",
        "être titulaire d'un diplôme de niveau master (bac+5) et justifier d'au moins deux ans "
        "d'expérience professionnelle, stages non compris ;",
        "ne pas avoir déjà exercé comme JEA ou JPO, quel que soit le pays financeur.",
    ]:
        doc.add_paragraph(c, style="List Bullet")
    doc.add_paragraph(
        "Le ministère organise une campagne de recrutement par an. Dans le cadre de la campagne "
        "2026, chaque candidat(e) peut postuler à trois postes au maximum."
    )

    doc.add_heading("7. Dossier de candidature", level=1)
    for c in [
        "Curriculum vitae en français et en anglais (deux pages au maximum chacun).",
        "Lettre de motivation en anglais adressée à l'OMM.",
        "Copie du diplôme de master.",
        "Copie de la carte nationale d'identité ou du passeport français.",
    ]:
        doc.add_paragraph(c, style="List Number")

    doc.add_heading("8. Modalités de candidature", level=1)
    doc.add_paragraph(
        "Les dossiers complets sont à déposer sur la plateforme JEA du ministère au plus tard "
        "le vendredi 15 mai 2026 à 12h00 (heure de Paris). Les candidatures déposées lors de la "
        "campagne 2025 (clôturée le 11 avril 2025) ne sont pas reportées. Les candidat(e)s "
        "présélectionné(e)s seront convoqué(e)s à un entretien conjoint OMM–MEAE à Genève dans "
        "la deuxième quinzaine de juin 2026 ; la prise de fonctions est envisagée en "
        "octobre 2026."
    )

    cp = doc.core_properties
    cp.author = "OMM – Service des ressources humaines"
    cp.last_modified_by = "make_binaries"
    cp.title = "TdR JEA – OMM/JEA/2026/07"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF
class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "UNDRR - Oficina Regional para las Américas y el Caribe", align="L")
        self.cell(0, 5, "TdR JPO - UNDRR/AMC/JPO/2026/01", align="R")
        self.ln(6)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "Programa JPO del Gobierno de Italia - UN/DESA", align="L")
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 48


def _row(pdf: FPDF, label: str, value: str) -> None:
    """Borderless two-column row: label cell, value wrapped in the second column."""
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(LABEL_W, 5.5, label)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.set_xy(pdf.l_margin + LABEL_W, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _bullets(pdf: FPDF, items, mark="-") -> None:
    pdf.set_font("Helvetica", "", 9.5)
    for i, item in enumerate(items, 1):
        m = mark if mark != "1." else f"{i}."
        m = f"{chr(96 + i)})" if mark == "a)" else m
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(6, 5, m)
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def build_pdf(path: Path) -> None:
    pdf = ToRPDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Términos de referencia JPO - UNDRR/AMC/JPO/2026/01")
    pdf.set_author("UNDRR")
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "NACIONES UNIDAS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5.5,
        "Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres (UNDRR)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5.5,
        "Profesional Junior (JPO) - Programa del Gobierno de Italia",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)

    for label, value in [
        (
            "Título del puesto",
            "Oficial Asociado/a de Programas - Reducción del Riesgo de Desastres "
            "y Sistemas de Alerta Temprana Multiamenaza",
        ),
        ("Referencia UNDRR", "UNDRR/AMC/JPO/2026/01"),
        ("Referencia UN/DESA", "DESA-JPO-ITA-26-117"),
        ("Unidad", "Oficina Regional para las Américas y el Caribe (ROAMC)"),
        ("Lugar de destino", "Ciudad de Panamá, Panamá"),
        ("Categoría", "P-2"),
        ("Duración", "Dos (2) años"),
        ("Financiado por", "Gobierno de Italia (Programa JPO administrado por UN/DESA)"),
        ("Supervisión", "Jefe/a de la Oficina Regional (P-5)"),
        ("Fecha de publicación", "22 de junio de 2026"),
        ("Fecha límite", "20 de julio de 2026, 23:59 (GMT-5)"),
    ]:
        _row(pdf, label, value)

    _heading(pdf, "1. Antecedentes")
    _para(
        pdf,
        "La UNDRR es el punto focal del sistema de las Naciones Unidas para la reducción del "
        "riesgo de desastres y apoya a los países en la implementación del Marco de Sendai "
        "2015-2030. La Oficina Regional para las Américas y el Caribe, con sede en la Ciudad de "
        "Panamá, acompaña a 42 países y territorios y coordina la iniciativa Alertas Tempranas "
        "para Todos en la región, junto con la OMM, la UIT y la FICR.",
    )

    _heading(pdf, "2. Funciones y responsabilidades")
    _para(pdf, "Bajo la supervisión directa del/de la Jefe/a de la Oficina Regional, el/la JPO:")
    _bullets(
        pdf,
        [
            "Apoyará a los gobiernos nacionales en la elaboración y revisión de estrategias "
            "nacionales de reducción del riesgo de desastres alineadas con el Marco de Sendai;",
            "Contribuirá al seguimiento de las metas del Marco de Sendai mediante el análisis de "
            "los datos del Sendai Framework Monitor y la preparación de informes regionales;",
            "Coordinará con la OMM y los servicios meteorológicos nacionales las actividades de "
            "la iniciativa Alertas Tempranas para Todos en Centroamérica y el Caribe;",
            "Preparará notas de política, presentaciones y contenidos para la Plataforma "
            "Regional para la Reducción del Riesgo de Desastres en las Américas y el Caribe;",
            "Apoyará la movilización de recursos y la elaboración de informes a donantes;",
            "Realizará otras tareas afines que le sean asignadas.",
        ],
    )

    _heading(pdf, "3. Elementos de formación y aprendizaje")
    _bullets(
        pdf,
        [
            "Conocimiento práctico de la gobernanza del riesgo de desastres y del Marco de Sendai;",
            "Experiencia en la coordinación interinstitucional y con gobiernos de la región;",
            "Manejo de herramientas de análisis de riesgo y de sistemas de alerta temprana;",
            "Participación en el taller de inducción del Programa JPO de UN/DESA y uso del "
            "subsidio anual de formación.",
        ],
    )

    _heading(pdf, "4. Requisitos")
    for label, value in [
        (
            "Educación",
            "Título universitario avanzado (maestría o equivalente) en gestión del riesgo de "
            "desastres, ciencias ambientales, geografía, ingeniería, políticas públicas o campo afín.",
        ),
        (
            "Experiencia",
            "Un mínimo de dos (2) años de experiencia progresivamente responsable en reducción "
            "del riesgo de desastres, adaptación al cambio climático o gestión de emergencias. "
            "Es deseable experiencia en América Latina y el Caribe.",
        ),
        (
            "Idiomas",
            "El inglés y el francés son los idiomas de trabajo de la Secretaría de las Naciones "
            "Unidas. Para este puesto se requiere dominio del español y del inglés. Es deseable "
            "el conocimiento del portugués o del francés. El conocimiento del italiano no es un "
            "requisito.",
        ),
    ]:
        _row(pdf, label, value)

    _heading(pdf, "5. Competencias")
    _bullets(
        pdf,
        ["Profesionalismo", "Trabajo en equipo", "Comunicación", "Planificación y organización"],
    )

    _heading(pdf, "6. Condiciones generales del Programa JPO de Italia")
    _para(pdf, "Para ser admitidos/as al Programa, los/as candidatos/as deberán:")
    _bullets(
        pdf,
        [
            "Tener la nacionalidad italiana.",
            "Haber nacido el 1 de enero de 1995 o con posterioridad.",
            "Poseer un título universitario de segundo nivel (laurea magistrale o equivalente). "
            "Se admiten estudiantes matriculados/as en el último año de una maestría, siempre que "
            "obtengan el título antes del 31 de diciembre de 2026.",
            "Tener un excelente conocimiento del inglés.",
            "No haber participado anteriormente en el Programa JPO ni en programas similares de "
            "otros países.",
        ],
        mark="a)",
    )

    _heading(pdf, "7. Documentos requeridos")
    _bullets(
        pdf,
        [
            "Curriculum vitae en inglés (formato libre o formulario P.11).",
            "Carta de motivación en inglés (una página como máximo).",
            "Copia del título universitario o certificado de matrícula en el último año.",
        ],
        mark="1.",
    )

    _heading(pdf, "8. Cómo postular")
    _para(
        pdf,
        "Las candidaturas deben enviarse a través del portal del Programa JPO de UN/DESA a más "
        "tardar el 20 de julio de 2026 a las 23:59 (GMT-5). Solo se contactará a las personas "
        "preseleccionadas; las entrevistas se realizarán en la segunda quincena de agosto de "
        "2026 y la incorporación está prevista para enero de 2027.",
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "omm_france_geneve_fr.docx")
    build_pdf(HERE / "undrr_italia_panama_es.pdf")


if __name__ == "__main__":
    main()
