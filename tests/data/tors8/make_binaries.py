"""Build the binary documents of this folder (set 8), byte-for-byte deterministic.

Run with the project venv:  /work/main/.venv/bin/python tests/data/tors8/make_binaries.py

- hcr_suisse_goma_fr.docx  French UNHCR (HCR) ToR for a Swiss-funded JPO: centred letterhead, section
                           headings as paragraphs in a *custom* style ("HCR Intertitre", not Word's
                           Heading styles), a 2-column label/value table without colons whose
                           "Langues" cell holds "List Bullet" paragraphs, "List Bullet" duties with
                           two "List Bullet 2" sub-items, "List Number" learning elements,
                           competencies as "Name : description" paragraphs
- unodc_italia_lima_es.pdf Spanish UNODC ToR for an Italian-funded JPO (fpdf2, core Helvetica,
                           latin-1 only): running header with the donor's code on every page,
                           "Página N de M" footer, borderless label/value rows drawn with cell() +
                           multi_cell() (the title wraps), "-" bullets with hanging indent that run
                           over the page break, "a)"-"d)" documents

Deterministic: fixed PDF creation date and producer, fixed DOCX core properties, and the DOCX zip
is rewritten with fixed entry timestamps, so re-running gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 9, 1, 9, 0, 0, tzinfo=UTC)
ZIP_TIME = (2026, 9, 1, 9, 0, 0)


# --------------------------------------------------------------------------- helpers (DOCX)
def docx_bytes_deterministic(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes so output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


def set_core(doc: Document, title: str, author: str) -> None:
    cp = doc.core_properties
    naive = FIXED.replace(tzinfo=None)
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "JPO"


def add_para_style(doc: Document, name: str, size: int, colour: RGBColor) -> None:
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.bold = True
    style.font.size = Pt(size)
    style.font.color.rgb = colour
    style.paragraph_format.space_before = Pt(12)
    style.paragraph_format.space_after = Pt(4)


def fill_cell(cell, value: str | list[str], bold: bool = False) -> None:
    """Plain text, or a list of "List Bullet" paragraphs when value is a list."""
    first = cell.paragraphs[0]
    if isinstance(value, str):
        first.add_run(value).bold = bold
        return
    first.style = "List Bullet"
    first.add_run(value[0])
    for item in value[1:]:
        cell.add_paragraph(item, style="List Bullet")


def write_docx(doc: Document, name: str) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    (HERE / name).write_bytes(docx_bytes_deterministic(buf.getvalue()))


# --------------------------------------------------------------------------- hcr_suisse_goma_fr.docx
HCR_ROWS: list[tuple[str, str | list[str]]] = [
    ("Intitulé du poste", "Administrateur·rice adjoint·e chargé·e de la protection (JPO)"),
    ("Numéro de poste HCR", "10034567"),
    ("Référence DDC", "7F-11220.01.27"),
    (
        "Opération",
        "Représentation du HCR en République démocratique du Congo – Sous-délégation de Goma",
    ),
    ("Lieu d'affectation", "Goma (Nord-Kivu), République démocratique du Congo"),
    ("Classe", "P-2"),
    ("Durée", "Un an, renouvelable une fois pour une deuxième année"),
    (
        "Supervision",
        "Administratrice chargée de la protection (P-3) ; supervision générale : "
        "Chef de la Sous-délégation (P-4)",
    ),
    ("Pays donateur", "Suisse – Direction du développement et de la coopération (DDC)"),
    (
        "Langues",
        [
            "Français : excellente maîtrise (requis)",
            "Anglais : bonne connaissance (requis)",
            "Swahili : un atout",
        ],
    ),
    ("Date de publication", "4 janvier 2027"),
    ("Délai de candidature", "18 janvier 2027, 12 h 00 (heure de Berne)"),
]

HCR_DUTIES = [
    "Assurer le suivi de la situation de protection des personnes déplacées internes et des "
    "réfugié·e·s dans les territoires de Nyiragongo, Rutshuru et Masisi ;",
    "Contribuer au monitoring de protection et à l'analyse des données issues du système "
    "ProGres et des évaluations participatives ;",
    "Appuyer le groupe de travail protection et le sous-groupe violences basées sur le genre "
    "(VBG), notamment pour :",
    "Rédiger des rapports de protection, des notes d'information et des contributions aux "
    "rapports aux donateurs ;",
    "Participer à l'identification des personnes ayant des besoins spécifiques et à leur "
    "orientation vers les services appropriés ;",
    "Renforcer les capacités des partenaires d'exécution et des autorités locales en matière "
    "de protection internationale ;",
    "Accomplir toute autre tâche confiée par la superviseure.",
]

HCR_COMPETENCIES = [
    (
        "Responsabilité",
        "assume la responsabilité de ses actions et respecte les délais et les normes de qualité.",
    ),
    ("Travail d'équipe et collaboration", "travaille avec les autres pour atteindre les objectifs communs."),
    ("Communication", "s'exprime clairement à l'oral et à l'écrit, écoute et partage l'information."),
    (
        "Engagement envers l'apprentissage continu",
        "cherche à développer ses connaissances et ses compétences.",
    ),
    (
        "Orientation vers les clients et les résultats",
        "place les personnes déplacées au centre de son action.",
    ),
    (
        "Sensibilisation à l'organisation",
        "comprend le mandat, les structures et les procédures du HCR.",
    ),
]


def hcr_facts(doc: Document) -> None:
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in HCR_ROWS:
        cells = table.add_row().cells
        fill_cell(cells[0], label, bold=True)
        fill_cell(cells[1], value)
    doc.add_paragraph("", style="Normal")


def hcr_body(doc: Document, head: str) -> None:
    doc.add_paragraph("1. Contexte opérationnel", style=head)
    doc.add_paragraph(
        "Le Nord-Kivu accueille plus de 2,5 millions de personnes déplacées internes ainsi que des "
        "réfugié·e·s venus des pays voisins. La Sous-délégation de Goma, qui relève de la "
        "Représentation du HCR à Kinshasa, coordonne la réponse de protection dans la province et "
        "dirige le groupe de travail protection aux côtés des autorités provinciales."
    )
    doc.add_paragraph("2. Fonctions et responsabilités", style=head)
    for i, text in enumerate(HCR_DUTIES):
        doc.add_paragraph(text, style="List Bullet")
        if i == 2:
            doc.add_paragraph("la mise à jour de la cartographie des services (4W) ;", style="List Bullet 2")
            doc.add_paragraph("la préparation des réunions mensuelles du groupe ;", style="List Bullet 2")
    doc.add_paragraph("3. Éléments de formation", style=head)
    for text in [
        "Les principes et les outils de la protection internationale dans une opération d'urgence ;",
        "La coordination interinstitutions au sein du système des groupes sectoriels ;",
        "La gestion de l'information et l'analyse des données de protection ;",
        "La gestion de partenariats avec les ONG et les autorités locales.",
    ]:
        doc.add_paragraph(text, style="List Number")


def hcr_profile(doc: Document, head: str) -> None:
    doc.add_paragraph("4. Profil requis", style=head)
    doc.add_paragraph(
        "Formation : master en droit, droit international, relations internationales, sciences "
        "politiques ou dans un domaine connexe. Les titulaires d'une licence (bachelor) ne sont pas "
        "admis·es, même avec une expérience professionnelle supplémentaire."
    )
    doc.add_paragraph(
        "Expérience : au minimum deux ans et au maximum cinq ans d'expérience professionnelle "
        "pertinente dans la protection, les droits humains ou l'action humanitaire. Une expérience "
        "dans la région des Grands Lacs est un avantage."
    )
    doc.add_paragraph("5. Compétences", style=head)
    for name, text in HCR_COMPETENCIES:
        p = doc.add_paragraph()
        p.add_run(f"{name} : ").bold = True
        p.add_run(text)


def hcr_rules(doc: Document, head: str) -> None:
    doc.add_paragraph("6. Conditions d'éligibilité du programme JPO suisse", style=head)
    doc.add_paragraph(
        "Le programme JPO suisse est ouvert aux personnes de nationalité suisse. Les binationaux "
        "suisses-congolais (RDC) ne sont pas éligibles pour un poste en République démocratique du "
        "Congo. Les candidat·e·s doivent être né·e·s le 1er janvier 1997 ou après, c'est-à-dire avoir "
        "30 ans au plus au 31 décembre 2027."
    )
    doc.add_paragraph(
        "Le service militaire ou civil suisse accompli peut être compté comme expérience "
        "professionnelle, à raison de six mois au maximum ; il ne prolonge pas la limite d'âge. Les "
        "personnes ayant déjà travaillé comme JPO, JPO-équivalent ou Volontaire des Nations Unies "
        "international ne sont pas éligibles. Un·e candidat·e peut postuler à trois postes au maximum "
        "par année."
    )
    doc.add_paragraph("7. Dossier de candidature", style=head)
    for text in [
        "Un curriculum vitae en français (modèle Europass) ;",
        "Une lettre de motivation ;",
        "Les copies des diplômes et des relevés de notes ;",
        "Le formulaire DDC « Données personnelles » dûment rempli.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "Les candidatures sont à soumettre via le portail de la DDC au plus tard le lundi 18 janvier "
        "2027 à 12 h 00 (heure de Berne). Entrée en fonction prévue : 1er mai 2027. Les candidatures "
        "reçues lors de l'appel 2026 (clôturé le 15 janvier 2026) ne sont pas reprises."
    )


def hcr_suisse_goma() -> None:
    doc = Document()
    set_core(doc, "Termes de référence JPO 10034567 - HCR Goma", "HCR RDC")
    head = "HCR Intertitre"
    add_para_style(doc, head, 12, RGBColor(0x00, 0x72, 0xBC))
    add_para_style(doc, "HCR Titre", 14, RGBColor(0x00, 0x00, 0x00))
    for text in [
        "Haut Commissariat des Nations Unies pour les réfugiés (HCR)",
        "Représentation en République démocratique du Congo",
    ]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = True
    title = doc.add_paragraph("TERMES DE RÉFÉRENCE – JEUNE EXPERT·E ASSOCIÉ·E (JPO)", style="HCR Titre")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hcr_facts(doc)
    hcr_body(doc, head)
    hcr_profile(doc, head)
    hcr_rules(doc, head)
    write_docx(doc, "hcr_suisse_goma_fr.docx")


# --------------------------------------------------------------------------- helpers (PDF)
class ToRPdf(FPDF):
    def __init__(self, header_left: str, header_right: str, footer_fmt: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_left = header_left
        self.header_right = header_right
        self.footer_fmt = footer_fmt
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(auto=True, margin=22)
        self.set_creation_date(FIXED)
        self.set_producer("make_binaries")
        self.set_creator("make_binaries")

    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(10)
        self.cell(100, 4, self.header_left, align="L")
        self.cell(0, 4, self.header_right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(100, 5, "Términos de referencia - JPO UNODC Perú", align="L")
        self.cell(0, 5, self.footer_fmt.format(n=self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def pdf_heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def pdf_para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def pdf_row(pdf: FPDF, label: str, value: str, label_w: float = 52) -> None:
    """Borderless label/value row: label drawn with cell(), value with multi_cell()."""
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(label_w, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(20 + label_w, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def pdf_list(pdf: FPDF, items: list[str], marks: list[str], indent: float = 7) -> None:
    pdf.set_font("Helvetica", "", 10)
    for mark, item in zip(marks, items, strict=True):
        pdf.set_x(pdf.l_margin)
        pdf.cell(indent, 5, mark)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


# --------------------------------------------------------------------------- unodc_italia_lima_es.pdf
UNODC_ROWS = [
    (
        "Título del puesto",
        "Oficial Asociado/a de Prevención del Delito y Justicia Penal (Justicia Juvenil y "
        "Alternativas al Encarcelamiento)",
    ),
    ("N.º de vacante UNODC", "JO-2026-0457"),
    ("Código Programa JPO (UN DESA)", "ITA/2026/UNODC/05"),
    ("Oficina", "Oficina de País de UNODC en el Perú, Programa de Justicia Penal"),
    ("Lugar de destino", "Lima, Perú"),
    ("Categoría", "P-2"),
    ("Duración", "Dos (2) años, sujeto a desempeño satisfactorio"),
    ("Supervisor/a", "Coordinador/a del Programa de Justicia Penal (P-4)"),
    ("País donante", "Italia (Ministerio de Asuntos Exteriores y de la Cooperación Internacional)"),
    ("Fecha de publicación", "15 de septiembre de 2026"),
    ("Fecha límite", "29 de septiembre de 2026, 23:59 (hora de Lima, UTC-5)"),
]

UNODC_DUTIES = [
    "Apoyar la implementación del proyecto de justicia juvenil restaurativa en Lima Metropolitana, "
    "Callao y Trujillo, en coordinación con el Ministerio de Justicia y Derechos Humanos y el Poder "
    "Judicial;",
    "Contribuir a la elaboración de estudios y diagnósticos sobre medidas alternativas a la "
    "privación de libertad para adolescentes y adultos, incluido el monitoreo electrónico;",
    "Preparar insumos técnicos, notas conceptuales y propuestas de proyecto para la movilización de "
    "recursos ante donantes bilaterales y multilaterales;",
    "Organizar talleres de capacitación para jueces, fiscales, defensores públicos y personal "
    "penitenciario sobre las Reglas de Tokio y las Reglas de Beijing;",
    "Dar seguimiento al marco de resultados del programa, recopilar información de los socios y "
    "redactar los informes trimestrales y anuales para los donantes, incluido el informe al "
    "Gobierno de Italia;",
    "Apoyar la coordinación con otras agencias del sistema de las Naciones Unidas en el Perú en "
    "materia de seguridad ciudadana y prevención de la violencia;",
    "Realizar otras tareas que le sean asignadas por el/la supervisor/a.",
]

UNODC_LEARNING = [
    "El ciclo completo de gestión de proyectos de UNODC y sus sistemas de programación y reporte;",
    "La aplicación práctica de las reglas y normas de las Naciones Unidas en materia de prevención "
    "del delito y justicia penal;",
    "El diálogo técnico con instituciones del sistema de justicia y con la sociedad civil;",
    "La coordinación interagencial y la movilización de recursos en un país de ingreso medio.",
]

UNODC_COMPETENCIES = [
    "Profesionalismo - conocimiento de las normas internacionales de justicia penal y capacidad de análisis;",
    "Trabajo en equipo - colabora con colegas y socios para alcanzar los objetivos comunes;",
    "Planificación y organización - establece prioridades y gestiona el tiempo con eficacia;",
    "Comunicación - se expresa con claridad por escrito y oralmente.",
]


def unodc_front(pdf: ToRPdf) -> None:
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0,
        6,
        "OFICINA DE LAS NACIONES UNIDAS CONTRA LA DROGA Y EL DELITO",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Oficina de País en el Perú", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(
        0,
        6,
        "TÉRMINOS DE REFERENCIA - JUNIOR PROFESSIONAL OFFICER (JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for label, value in UNODC_ROWS:
        pdf_row(pdf, label, value)


def unodc_body(pdf: ToRPdf) -> None:
    pdf_heading(pdf, "1. Antecedentes")
    pdf_para(
        pdf,
        "La Oficina de País de UNODC en el Perú apoya al Estado peruano en la reforma del sistema de "
        "justicia penal, la prevención de la violencia y la reducción del hacinamiento penitenciario. "
        "El/la JPO trabajará en el Programa de Justicia Penal, en coordinación con el Oficial Nacional "
        "de Programa (NOB) y con un Oficial de Programa (P-3) de la Oficina Regional en Panamá.",
    )
    pdf_para(
        pdf,
        "En 2025 el Programa acompañó la aprobación del nuevo Código de Responsabilidad Penal de "
        "Adolescentes y la puesta en marcha de equipos interdisciplinarios en los juzgados de familia "
        "de cinco distritos judiciales. La segunda fase del proyecto, financiada por Italia, extiende "
        "este modelo a las regiones de La Libertad y Arequipa.",
    )
    pdf_heading(pdf, "2. Funciones y responsabilidades")
    pdf_list(pdf, UNODC_DUTIES, ["-"] * len(UNODC_DUTIES))
    pdf_heading(pdf, "3. Elementos de aprendizaje")
    pdf_list(pdf, UNODC_LEARNING, [f"{n}." for n in range(1, len(UNODC_LEARNING) + 1)])
    pdf_heading(pdf, "4. Requisitos")
    pdf_row(
        pdf,
        "Educación",
        "Título universitario avanzado (maestría o equivalente) en derecho, criminología, ciencias "
        "políticas, políticas públicas o un área afín. Podrán postular estudiantes que estén cursando "
        "el último año de una maestría, siempre que obtengan el título antes del 31 de diciembre de "
        "2026.",
        label_w=40,
    )
    pdf_row(
        pdf,
        "Experiencia laboral",
        "Entre dos (2) y cuatro (4) años de experiencia profesional en justicia penal, derechos "
        "humanos o gestión de proyectos de cooperación.",
        label_w=40,
    )
    pdf_row(
        pdf,
        "Idiomas",
        "Se requiere dominio del español y del inglés. El conocimiento del quechua será valorado.",
        label_w=40,
    )
    pdf_heading(pdf, "5. Competencias")
    pdf_list(pdf, UNODC_COMPETENCIES, ["-"] * len(UNODC_COMPETENCIES))


def unodc_rules(pdf: ToRPdf) -> None:
    pdf_heading(pdf, "6. Condiciones del Programa JPO de Italia")
    rules = [
        "Nacionalidad italiana. No pueden postular las personas de nacionalidad peruana, incluidas "
        "quienes tengan doble nacionalidad ítalo-peruana.",
        "No haber cumplido 31 años al 31 de diciembre de 2026 (haber nacido el 1 de enero de 1996 o "
        "después).",
        "Cada candidato/a puede postular a un máximo de dos (2) vacantes de la convocatoria anual "
        "2026 del Programa.",
    ]
    pdf_list(pdf, rules, ["-"] * len(rules))
    pdf_heading(pdf, "7. Documentos requeridos")
    docs = [
        "Formulario de candidatura en línea del Programa JPO de Italia (UN DESA), en inglés;",
        "Curriculum vitae en inglés o en español;",
        "Carta de motivación en inglés;",
        "Copia del título de maestría o certificado de matrícula en el último año.",
    ]
    pdf_list(pdf, docs, ["a)", "b)", "c)", "d)"])
    pdf_heading(pdf, "8. Cómo postular")
    pdf_para(
        pdf,
        "Las candidaturas se presentan exclusivamente a través del portal del Programa JPO de UN DESA "
        "a más tardar el martes 29 de septiembre de 2026 a las 23:59, hora de Lima. No se aceptarán "
        "candidaturas enviadas por correo electrónico. La convocatoria 2025 para un puesto similar en "
        "Bogotá cerró el 14 de octubre de 2025.",
    )


def unodc_italia_lima() -> None:
    pdf = ToRPdf(
        "UNODC - Oficina de las Naciones Unidas contra la Droga y el Delito",
        "Programa JPO Italia 2026 | ITA/2026/UNODC/05",
        "Página {n} de {{nb}}",
    )
    pdf.set_title("Términos de referencia JPO - UNODC Perú")
    pdf.set_author("UNODC Perú")
    pdf.add_page()
    unodc_front(pdf)
    unodc_body(pdf)
    unodc_rules(pdf)
    pdf.output(str(HERE / "unodc_italia_lima_es.pdf"))


if __name__ == "__main__":
    hcr_suisse_goma()
    unodc_italia_lima()
