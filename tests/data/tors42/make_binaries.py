"""Build the binary ToRs of this folder (one DOCX, one PDF), byte-for-byte deterministic.

Run inside this folder with /work/main/.venv/bin/python make_binaries.py
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX
def _rewrite_zip(raw: bytes) -> bytes:
    """Rewrite a zip with sorted entries and fixed timestamps."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        # [Content_Types].xml must stay first for some readers
        names.sort(key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


UPU_FACTS = [
    ("Avis de vacance n°", "UPU/JPO/2027/05", "Réf. MAEE", "LU-JPO-2027-07"),
    (
        "Organisation",
        "Union postale universelle (UPU), Bureau international",
        "Lieu d'affectation",
        "Berne, Suisse",
    ),
    (
        "Direction",
        "Direction des politiques, de la réglementation et des marchés\n"
        "Programme Économie numérique et commerce électronique",
        "Classe",
        "P-2",
    ),
    (
        "Durée",
        "Un an, renouvelable une fois",
        "Bailleur",
        "Grand-Duché de Luxembourg, Ministère des Affaires étrangères et européennes",
    ),
    (
        "Date de publication",
        "1er février 2027",
        "Date limite",
        "1er mars 2027, 17 h 00",
    ),
]

UPU_DUTIES = [
    "Appuyer la mise en œuvre du projet Ecom@Africa et des projets régionaux de "
    "commerce électronique postal, notamment la préparation des plans de travail et des "
    "rapports d'avancement ;",
    "Analyser les données des Pays-membres sur les envois de petits paquets et les "
    "services financiers postaux numériques, et contribuer aux publications statistiques "
    "de l'UPU ;",
    "Contribuer à la préparation des documents du Conseil d'exploitation postale (CEP) et "
    "de ses groupes de travail ;",
    "Participer à l'organisation d'ateliers régionaux de formation destinés aux opérateurs désignés ;",
    "Assurer la liaison avec les Unions restreintes, les organisations partenaires et le secteur privé ;",
    "Rédiger des notes d'information, des présentations et de la correspondance pour la Direction ;",
    "Exécuter toute autre tâche connexe.",
]

UPU_LEARNING = [
    "Comprendre le fonctionnement d'une institution spécialisée et de ses organes intergouvernementaux ;",
    "Acquérir une expertise sur l'économie numérique et l'inclusion financière par le réseau postal ;",
    "Apprendre à gérer un projet de coopération technique de la conception à l'évaluation ;",
    "Développer un réseau professionnel parmi les opérateurs postaux et les régulateurs ;",
    "Suivre le programme d'intégration du Bureau international et le séminaire annuel des JPO.",
]

UPU_COMPETENCIES = [
    "Communication",
    "Travail d'équipe",
    "Orientation vers les résultats",
    "Planification et organisation",
    "Sens des responsabilités",
    "Ouverture au changement et à l'apprentissage",
]

UPU_DOCUMENTS = [
    "Curriculum vitae (le format Europass est accepté)",
    "Lettre de motivation en français",
    "Copie du diplôme de master ou attestation d'inscription en dernière année",
    "Copie de la carte d'identité ou du passeport luxembourgeois",
    "Formulaire de candidature du Ministère, dûment complété",
]


def build_docx() -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "Bureau international de l'UPU"
    props.last_modified_by = "make_binaries"
    props.title = "Avis de vacance UPU/JPO/2027/05"
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.last_printed = FIXED.replace(tzinfo=None)
    props.revision = 1

    section = doc.sections[0]
    section.header.paragraphs[
        0
    ].text = "Union postale universelle – Bureau international – Weltpoststrasse 4, 3015 Berne"
    section.footer.paragraphs[
        0
    ].text = "Programme des jeunes experts associés (JPO) – Appel 2027 – document public"

    doc.add_paragraph("Union postale universelle", style="Title")
    doc.add_paragraph("Avis de vacance – Programme des jeunes experts associés", style="Subtitle")

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = title.add_run(
        "Administrateur(trice) de programme adjoint(e) – Économie numérique et commerce électronique"
    )
    run.bold = True
    run.font.size = Pt(15)

    note = doc.add_paragraph()
    note_run = note.add_run(
        "Poste réservé aux ressortissant(e)s luxembourgeois(es) et financé par le Grand-Duché de Luxembourg."
    )
    note_run.italic = True

    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for label1, value1, label2, value2 in UPU_FACTS:
        cells = table.add_row().cells
        for cell, text, bold in (
            (cells[0], label1, True),
            (cells[1], value1, False),
            (cells[2], label2, True),
            (cells[3], value2, False),
        ):
            lines = text.split("\n")
            para = cell.paragraphs[0]
            for i, line in enumerate(lines):
                r = para.add_run(line)
                r.bold = bold
                if i < len(lines) - 1:
                    r.add_break()

    doc.add_heading("Le contexte", level=1)
    doc.add_paragraph(
        "Fondée en 1874, l'Union postale universelle (UPU) est l'institution spécialisée des "
        "Nations Unies chargée de la coopération entre les services postaux de ses 192 "
        "Pays-membres. Son Bureau international, à Berne, abrite le Programme Économie "
        "numérique et commerce électronique, qui aide les opérateurs désignés à développer "
        "les services de commerce électronique et les services financiers numériques."
    )

    doc.add_heading("Ce que vous ferez", level=1)
    doc.add_paragraph(
        "Sous la supervision d'un expert principal en commerce électronique (P-4) et sous "
        "l'autorité du Directeur des politiques, de la réglementation et des marchés (D-1), "
        "le ou la JPO sera chargé(e) de :"
    )
    for duty in UPU_DUTIES:
        doc.add_paragraph(duty, style="List Number")

    doc.add_heading("Ce que vous apprendrez", level=1)
    for item in UPU_LEARNING:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Votre profil", level=1)
    profile = doc.add_table(rows=0, cols=2)
    profile.style = "Table Grid"
    rows = [
        (
            "Formation",
            "Master (bac+5) en économie, commerce international, gestion de la chaîne "
            "logistique, sciences de l'information ou domaine apparenté. Les étudiant(e)s "
            "inscrit(e)s en dernière année de master peuvent postuler, à condition d'avoir "
            "obtenu leur diplôme avant la prise de fonctions.",
        ),
        (
            "Expérience",
            "Au moins trois ans d'expérience professionnelle pertinente, de préférence dans "
            "le secteur postal, la logistique ou le commerce électronique.",
        ),
        (
            "Langues",
            "Excellente maîtrise du français et de l'anglais, langues de travail du Bureau "
            "international. La connaissance de l'arabe ou de l'espagnol serait un atout.",
        ),
    ]
    for label, value in rows:
        cells = profile.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    cells = profile.add_row().cells
    cells[0].paragraphs[0].add_run("Compétences").bold = True
    cells[1].paragraphs[0].add_run("Compétences fondamentales attendues :")
    for comp in UPU_COMPETENCIES:
        cells[1].add_paragraph(comp, style="List Bullet")

    doc.add_heading("Êtes-vous éligible ? Conditions générales du programme luxembourgeois", level=1)
    doc.add_paragraph(
        "Le programme JPO du Luxembourg est ouvert aux personnes de nationalité "
        "luxembourgeoise. Les candidat(e)s possédant également la nationalité suisse ne sont "
        "pas éligibles pour ce poste. Il faut avoir au plus 32 ans à la date limite de dépôt "
        "des candidatures et être titulaire d'un master (ou inscrit(e) en dernière année, "
        "voir ci-dessus). Le Ministère organise un seul appel à candidatures par an ; dans le "
        "cadre de cet appel, chaque candidat(e) peut présenter au maximum deux candidatures. "
        "Les contrats JPO sont d'une durée initiale de 12 mois."
    )

    doc.add_heading("Pièces à fournir", level=1)
    for item in UPU_DOCUMENTS:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Comment postuler ?", level=1)
    doc.add_paragraph(
        "Les candidatures sont à adresser au Ministère des Affaires étrangères et européennes, "
        "Direction de la coopération au développement et de l'action humanitaire, par le "
        "formulaire en ligne du Ministère, au plus tard le 1er mars 2027 à 17 h 00, en "
        "indiquant la référence LU-JPO-2027-07. Pour mémoire, l'appel 2026 s'était clôturé le "
        "26 février 2026. Les entretiens auront lieu à Berne dans la semaine du 12 avril 2027."
    )

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "upu_luxembourg_berne_fr.docx").write_bytes(_rewrite_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF
OACI_FACTS = [
    (
        "Título del puesto",
        "Oficial Profesional Asociado/a en Seguridad Operacional y Navegación Aérea (JPO)",
    ),
    ("N.º de vacante OACI", "SAM/JPO/2027/01"),
    ("Ref. KOICA", "KJPO-27-SA-03"),
    ("Organización", "Organización de Aviación Civil Internacional (OACI)"),
    (
        "Oficina",
        "Oficina Regional Sudamericana (SAM), Sección de Seguridad Operacional y Navegación Aérea",
    ),
    ("Lugar de destino", "Lima, Perú"),
    ("Categoría", "P-1 / P-2"),
    ("Duración", "Un año, prorrogable por un segundo año"),
    (
        "Programa",
        "Programa JPO de la República de Corea, administrado por KOICA",
    ),
    ("Fecha de publicación", "1 de marzo de 2027"),
    ("Fecha de cierre", "29 de marzo de 2027, 18:00 hora de Seúl (KST)"),
]

OACI_DUTIES = [
    "Apoyar la implementación del Plan Global para la Seguridad Operacional de la Aviación "
    "(GASP) en los Estados de la región, incluido el seguimiento de los indicadores "
    "regionales;",
    "Analizar los resultados de las auditorías del Programa universal de auditoría de la "
    "vigilancia de la seguridad operacional (USOAP) y preparar resúmenes por Estado;",
    "Contribuir a la planificación de la navegación aérea basada en la performance (PBN) y "
    "a la labor del Grupo Regional de Planificación y Ejecución SAM;",
    "Participar en la organización de talleres, seminarios y reuniones regionales, y redactar sus informes;",
    "Mantener actualizadas las bases de datos y el sitio web de la Oficina Regional;",
    "Preparar notas informativas y correspondencia para el Director Regional;",
    "Realizar otras tareas afines que se le asignen.",
]

OACI_LEARNING = [
    "Funcionamiento de un organismo especializado de las Naciones Unidas y de sus órganos regionales;",
    "Metodologías de vigilancia de la seguridad operacional y de planificación de la navegación aérea;",
    "Organización de reuniones intergubernamentales y redacción de informes;",
    "Gestión de proyectos de cooperación técnica con los Estados de la región;",
    "Participación en el programa de formación para JPO de la OACI en Montreal.",
]

OACI_COMPETENCIES = [
    "Profesionalismo",
    "Comunicación",
    "Trabajo en equipo",
    "Planificación y organización",
    "Responsabilidad",
]

OACI_KOREA = [
    "Tener nacionalidad coreana. Las personas con doble nacionalidad coreana y peruana no "
    "son elegibles para este puesto.",
    "Tener como máximo 32 años al 31 de diciembre de 2027. Este límite se amplía en un año "
    "para quienes hayan prestado servicio militar durante menos de un año, en dos años para "
    "un servicio de un año o más y menos de dos años, y en tres años para un servicio de dos "
    "años o más.",
    "Acreditar el inglés con TOEFL iBT 100 o NEW TEPS 452, y el español con el DELE de "
    "nivel B2 o superior. Los resultados de TOEFL iBT y NEW TEPS deben tener una antigüedad "
    "máxima de dos años a la fecha de cierre.",
    "Cada candidato/a puede postular a un máximo de dos puestos por año. El contrato inicial "
    "será de 12 meses.",
]

OACI_DOCUMENTS = [
    "a) Formulario de solicitud de KOICA, en inglés;",
    "b) Currículum vitae en español o en inglés;",
    "c) Carta de motivación;",
    "d) Copia del título universitario más alto obtenido;",
    "e) Certificados de los exámenes de idioma (TOEFL iBT o NEW TEPS, y DELE).",
]


class OaciPDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "OACI - Oficina Regional Sudamericana (SAM)", align="L")
        self.cell(0, 5, "Términos de referencia JPO", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Ref. KOICA KJPO-27-SA-03", align="L")
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _para(pdf: FPDF, text: str) -> None:
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _bullets(pdf: FPDF, items: list[str], mark: str = "-") -> None:
    for item in items:
        x = pdf.l_margin
        pdf.set_x(x + 3)
        if mark:
            pdf.cell(5, 5, mark)
        else:
            pdf.set_x(x + 3)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _row(pdf: FPDF, label: str, value: str, label_w: float = 48) -> None:
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(label_w, 6, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 6, value, new_x="LMARGIN", new_y="NEXT")


def build_pdf() -> None:
    pdf = OaciPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("OACI - Oficina Regional Sudamericana")
    pdf.set_title("Términos de referencia JPO SAM/JPO/2027/01")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "ORGANIZACIÓN DE AVIACIÓN CIVIL INTERNACIONAL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Oficina Regional Sudamericana - Lima", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    for label, value in OACI_FACTS:
        _row(pdf, label, value)

    _heading(pdf, "1. Antecedentes")
    _para(
        pdf,
        "La Oficina Regional Sudamericana de la OACI, con sede en Lima, presta asistencia a "
        "trece Estados de América del Sur en la aplicación de las normas y métodos "
        "recomendados (SARPS) de la Organización. La Oficina coordina además la labor del "
        "Grupo Regional de Planificación y Ejecución SAM y de los proyectos de cooperación "
        "técnica gestionados desde la Sede de la OACI en Montreal.",
    )

    _heading(pdf, "2. Funciones")
    _para(
        pdf,
        "Bajo la supervisión del Especialista Regional en Seguridad Operacional (P-4) y la "
        "orientación general del Director Regional (D-1), el/la JPO:",
    )
    _bullets(pdf, OACI_DUTIES)

    _heading(pdf, "3. Elementos de aprendizaje")
    _bullets(pdf, OACI_LEARNING)

    _heading(pdf, "4. Requisitos")
    _row(
        pdf,
        "Educación",
        "Maestría en ingeniería aeronáutica, gestión de la aviación, ingeniería de "
        "transporte o disciplina afín. Se aceptará una licenciatura acompañada de dos años "
        "adicionales de experiencia pertinente en lugar de la maestría.",
    )
    _row(pdf, "Experiencia laboral (mín.)", "2-4 años")
    _row(
        pdf,
        "Idiomas",
        "Dominio del español y del inglés. Se valorará el conocimiento del portugués.",
    )

    _heading(pdf, "5. Competencias")
    _bullets(pdf, OACI_COMPETENCIES)

    _heading(pdf, "6. Condiciones del Programa JPO de Corea (KOICA)")
    _bullets(pdf, OACI_KOREA)

    _heading(pdf, "7. Documentos requeridos")
    _bullets(pdf, OACI_DOCUMENTS, mark="")

    _heading(pdf, "8. Plazo de presentación")
    _para(
        pdf,
        "Las solicitudes deben enviarse a través del portal de KOICA a más tardar el 29 de "
        "marzo de 2027 a las 18:00 hora de Seúl (KST). La convocatoria anterior para esta "
        "Oficina (SAM/JPO/2025/02) cerró el 14 de abril de 2025.",
    )

    pdf.output(str(HERE / "oaci_koica_lima_es.pdf"))


if __name__ == "__main__":
    build_docx()
    build_pdf()
