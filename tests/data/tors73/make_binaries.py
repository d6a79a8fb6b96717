"""Build the binary held-out ToRs of folder bs (deterministic).

Run with the project's virtualenv:  .venv/bin/python tests/data/heldout/bs/make_binaries.py
Writes, next to this script:
  onudc_niamey.pdf   French UNODC (ONUDC) ToR, fpdf2, two pages, borderless label/value rows
  uit_yaounde.docx   French ITU (UIT) vacancy, python-docx, 4-column facts table, question headings
  oim_sanjose.docx   Spanish IOM (OIM) vacancy, python-docx, bold-label facts, requirements table
Dates and metadata are fixed and the DOCX zips are rewritten with fixed timestamps, so two runs
give byte-identical files.
"""

import io
import os
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2027, 4, 26, 9, 0, 0, tzinfo=timezone.utc)
ZIP_TIME = (2027, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------- PDF (ONUDC)


class OnudcPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(20)
        self.cell(120, 5, "Office des Nations Unies contre la drogue et le crime (ONUDC)")
        self.cell(0, 5, "Termes de référence - JPO", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 84, 150)
        self.line(20, self.get_y() + 1, self.w - 20, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(20)
        self.cell(120, 5, "ONUDC / ROSEN - Programme JPO de la France - campagne 2027")
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def pdf_row(pdf, label, value, lw=52):
    """Borderless two-column row: label cell on the left, wrapped value on the right."""
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(lw, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(pdf.l_margin + lw, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def pdf_heading(pdf, text):
    pdf.ln(2.5)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 84, 150)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def pdf_para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def pdf_bullet(pdf, text, mark="-", indent=5, gap=6):
    pdf.set_font("Helvetica", "", 10)
    x0 = pdf.l_margin
    pdf.set_x(x0 + indent)
    pdf.cell(gap, 5.2, mark)
    pdf.set_left_margin(x0 + indent + gap)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(x0)
    pdf.set_x(x0)
    pdf.ln(0.8)


def build_onudc_pdf(path):
    pdf = OnudcPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Termes de référence JPO - ONUDC Niamey")
    pdf.set_author("ONUDC ROSEN")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    # letterhead
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "NATIONS UNIES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Office des Nations Unies contre la drogue et le crime",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        6,
        "Bureau régional pour l'Afrique de l'Ouest et du Centre - Dakar",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "TERMES DE RÉFÉRENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0, 6, "Programme des administrateurs auxiliaires (JPO)", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(5)

    rows = [
        (
            "Intitulé du poste",
            "Administrateur(trice) adjoint(e) de programme - Traite des personnes "
            "et trafic illicite de migrants",
        ),
        ("Référence ONUDC", "JPO/ROSEN/2027/02"),
        ("N° de dossier MEAE", "DGM/JPO/2027-0114"),
        ("Organisation", "Office des Nations Unies contre la drogue et le crime (ONUDC)"),
        (
            "Unité",
            "Bureau de programme au Niger, Bureau régional pour l'Afrique de l'Ouest et du Centre (ROSEN)",
        ),
        ("Ville", "Niamey"),
        ("Pays", "Niger"),
        ("Classe", "P-2"),
        ("Durée", "2 ans"),
        ("Pays donateur", "France - ministère de l'Europe et des Affaires étrangères (MEAE)"),
        ("Date de publication", "26 avril 2027"),
        ("Date limite", "28 mai 2027, 23h59 (heure de Paris)"),
    ]
    for label, value in rows:
        pdf_row(pdf, label, value)

    pdf_heading(pdf, "1. Contexte")
    pdf_para(
        pdf,
        "Le Niger est à la fois un pays d'origine, de transit et de destination pour les "
        "flux migratoires vers l'Afrique du Nord et l'Europe. Depuis 2017, l'ONUDC appuie les "
        "autorités nigériennes dans la mise en oeuvre de la loi n° 2015-36 relative au trafic "
        "illicite de migrants et de la loi sur la traite des personnes, en renforçant les "
        "capacités de la police, de la justice et de l'Agence nationale de lutte contre la "
        "traite des personnes (ANLTP/TIM).",
    )
    pdf_para(
        pdf,
        "Le/la JPO travaillera sous la supervision directe du Chef du bureau de programme "
        "au Niger (P-4) et en lien étroit avec le Conseiller régional de l'ONUDC pour la lutte "
        "contre la traite à Dakar. Des missions régulières sont prévues à Agadez, à Tahoua et à "
        "Zinder.",
    )

    pdf_heading(pdf, "2. Fonctions et responsabilités")
    duties = [
        "Appuyer la planification, la mise en oeuvre et le suivi des activités du programme de lutte "
        "contre la traite des personnes et le trafic illicite de migrants au Niger.",
        "Contribuer à l'organisation de formations destinées aux magistrats, aux officiers de police "
        "judiciaire et aux agents des services de l'immigration, notamment à Agadez et à Zinder.",
        "Analyser les données judiciaires relatives aux affaires de traite et de trafic et préparer "
        "des notes d'analyse et des contributions au Rapport mondial de l'ONUDC sur la traite des "
        "personnes.",
        "Assurer la liaison avec l'ANLTP/TIM, les partenaires techniques et financiers et les "
        "agences des Nations Unies (OIM, HCR, UNICEF) présentes à Niamey.",
        "Rédiger des rapports d'activités et des rapports aux bailleurs de fonds, y compris au "
        "ministère de l'Europe et des Affaires étrangères.",
        "Exécuter toute autre tâche confiée par le superviseur dans le cadre du programme.",
    ]
    for d in duties:
        pdf_bullet(pdf, d)

    pdf_heading(pdf, "3. Ce que vous apprendrez")
    for d in [
        "La gestion de projets de l'ONUDC, de la conception au rapport final, y compris la gestion "
        "budgétaire.",
        "Le fonctionnement de la chaîne pénale en Afrique de l'Ouest et les instruments "
        "internationaux (Protocoles de Palerme).",
        "La coordination avec les autorités nationales et les partenaires dans un contexte "
        "sécuritaire complexe.",
        "La rédaction de documents analytiques et de rapports pour différents publics.",
    ]:
        pdf_bullet(pdf, d)

    pdf_heading(pdf, "4. Qualifications requises")
    pdf_row(
        pdf,
        "Formation",
        "Master (bac+5) en droit, criminologie, sciences politiques, "
        "relations internationales ou dans un domaine connexe.",
    )
    pdf_row(
        pdf,
        "Expérience",
        "Une à trois années d'expérience professionnelle dans la lutte "
        "contre la criminalité transnationale organisée, la protection des migrants ou l'État "
        "de droit sont souhaitables.",
    )
    pdf_row(
        pdf,
        "Langues",
        "Maîtrise du français et de l'anglais, à l'écrit comme à l'oral, "
        "exigée. La connaissance du haoussa ou de l'arabe serait un atout.",
    )

    pdf_heading(pdf, "5. Compétences")
    for c in [
        "Professionnalisme",
        "Travail d'équipe",
        "Planification et organisation",
        "Communication",
        "Sens des responsabilités",
    ]:
        pdf_bullet(pdf, c)

    pdf_heading(pdf, "6. Conditions du programme JPO de la France")
    for c in [
        "Être de nationalité française.",
        "Avoir moins de 33 ans à la date limite de candidature.",
        "Être titulaire d'un diplôme de niveau master (bac+5) à la date limite de candidature ; "
        "les étudiant(e)s en cours de master ne sont pas éligibles.",
        "Justifier d'un niveau d'anglais certifié : TOEFL iBT 95, IELTS 7,0 ou TOEIC 850, test "
        "passé moins de deux ans avant la date limite de candidature.",
        "Ne pas avoir déjà bénéficié d'un contrat de JPO ou de jeune expert associé, quel que soit "
        "le pays donateur.",
        "Le MEAE organise une seule campagne de recrutement de JPO par an ; chaque candidat(e) peut "
        "postuler à trois postes au maximum lors de cette campagne.",
    ]:
        pdf_bullet(pdf, c)

    pdf_heading(pdf, "7. Dossier de candidature")
    for i, c in enumerate(
        [
            "un curriculum vitae en français ;",
            "une lettre de motivation en français (une page au maximum) ;",
            "la copie du diplôme de master ;",
            "l'attestation de résultat au test d'anglais ;",
            "la copie d'une pièce d'identité française en cours de validité.",
        ],
        1,
    ):
        pdf_bullet(pdf, c, mark=f"{i})", indent=3, gap=8)

    pdf_heading(pdf, "8. Modalités de candidature")
    pdf_para(
        pdf,
        "Les candidatures sont à déposer exclusivement sur la plateforme du MEAE dédiée "
        "aux JPO, au plus tard le 28 mai 2027 à 23h59 (heure de Paris). Les entretiens avec "
        "l'ONUDC auront lieu en visioconférence au cours du mois de juillet 2027. Aucun dossier "
        "envoyé par courrier électronique ne sera examiné.",
    )

    pdf.output(path)


# --------------------------------------------------------------------------- DOCX helpers


def fix_core(doc, title, author, created):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    cp.comments = ""
    cp.keywords = "JPO"


def save_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def bold_label(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(" " + value)
    p.paragraph_format.space_after = Pt(2)
    return p


# --------------------------------------------------------------------------- DOCX (UIT)


def build_uit_docx(path):
    doc = Document()
    fix_core(doc, "Avis de vacance JPO - UIT/BDT Yaoundé", "UIT HRMD", datetime(2027, 5, 10, 8, 0, 0))
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    p = doc.add_paragraph()
    r = p.add_run("Union internationale des télécommunications (UIT)")
    r.bold = True
    p.add_run("\nBureau de développement des télécommunications (BDT)")
    p.add_run("\nAvis de vacance - Programme des administrateurs auxiliaires (JPO)")

    doc.add_paragraph("Administrateur(trice) adjoint(e) chargé(e) du développement numérique", style="Title")
    note = doc.add_paragraph()
    nr = note.add_run(
        "Poste basé au Bureau de zone de l'UIT pour l'Afrique centrale et Madagascar, "
        "à Yaoundé (Cameroun). Ouvert uniquement aux ressortissant(e)s "
        "luxembourgeois(es), dans le cadre du programme JPO du Luxembourg."
    )
    nr.italic = True

    table = doc.add_table(rows=5, cols=4)
    table.style = "Table Grid"
    facts = [
        ("Avis de vacance n°", "JPO-BDT-2027-05", "Réf. MAEE", "D3/JPO/2027/12"),
        ("Lieu d'affectation", "Yaoundé (Cameroun)", "Classe", "P-2"),
        (
            "Durée",
            "12 mois, renouvelable une fois",
            "Pays donateur",
            "Grand-Duché de Luxembourg - ministère des Affaires étrangères et européennes (MAEE)",
        ),
        (
            "Unité",
            "Bureau de développement des télécommunications (BDT), Bureau de zone pour "
            "l'Afrique centrale et Madagascar",
            "Date de publication",
            "10 mai 2027",
        ),
        ("Langues", None, "Date limite", "15 juin 2027, 17h00 (CEST)"),
    ]
    for row, (l1, v1, l2, v2) in zip(table.rows, facts):
        c = row.cells
        c[0].paragraphs[0].add_run(l1).bold = True
        if v1 is None:
            c[1].paragraphs[0].text = "Français : excellente maîtrise"
            c[1].paragraphs[0].style = doc.styles["List Bullet"]
            c[1].add_paragraph("Anglais : très bonne maîtrise", style="List Bullet")
        else:
            c[1].paragraphs[0].text = v1
        c[2].paragraphs[0].add_run(l2).bold = True
        c[3].paragraphs[0].text = v2

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "Le Bureau de zone de l'UIT à Yaoundé couvre dix pays d'Afrique centrale ainsi que "
        "Madagascar. Il accompagne les ministères et les régulateurs dans l'élaboration de leurs "
        "stratégies numériques, l'extension de la connectivité haut débit et la mise en oeuvre de "
        "l'initiative Giga de connexion des écoles. Le/la JPO travaillera sous la supervision du "
        "Chef du Bureau de zone (P-5) et en collaboration avec les équipes du BDT à Genève."
    )

    doc.add_heading("Que ferez-vous ?", level=1)
    duties = [
        (
            "Appuyer les pays de la zone dans l'élaboration et le suivi de leurs stratégies et "
            "politiques nationales de développement numérique.",
            [],
        ),
        (
            "Contribuer à la mise en oeuvre des projets régionaux du BDT :",
            [
                "connectivité des écoles (Giga) au Cameroun, au Tchad et en République centrafricaine ;",
                "renforcement des capacités des régulateurs en matière de cybersécurité.",
            ],
        ),
        (
            "Collecter et analyser les indicateurs TIC de la zone en vue du rapport « Mesurer la "
            "société de l'information ».",
            [],
        ),
        (
            "Préparer des ateliers régionaux et des missions techniques, y compris la logistique et "
            "les comptes rendus.",
            [],
        ),
        (
            "Rédiger des notes d'information, des discours et des rapports aux donateurs, notamment "
            "au Luxembourg.",
            [],
        ),
        ("Assurer toute autre tâche confiée par le Chef du Bureau de zone.", []),
    ]
    for text, subs in duties:
        doc.add_paragraph(text, style="List Bullet")
        for s in subs:
            doc.add_paragraph(s, style="List Bullet 2")

    doc.add_heading("Qu'apprendrez-vous ?", level=1)
    for t in [
        "Le fonctionnement de l'UIT, de ses conférences et de ses commissions d'études.",
        "La gestion de projets de développement numérique, du montage au suivi-évaluation.",
        "Le dialogue politique avec des ministères et des autorités de régulation.",
        "La mobilisation de partenariats public-privé dans le secteur des télécommunications.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Votre profil", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Master en télécommunications, informatique, ingénierie, économie numérique, politiques "
        "publiques ou dans un domaine connexe, obtenu il y a moins de cinq ans. Les étudiant(e)s "
        "inscrit(e)s en dernière année de master peuvent postuler, à condition d'obtenir leur "
        "diplôme avant l'entrée en fonction."
    )
    doc.add_heading("Expérience", level=2)
    doc.add_paragraph(
        "Au minimum deux ans et au maximum cinq ans d'expérience professionnelle pertinente dans "
        "le secteur des TIC, de préférence dans un pays en développement."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Excellente maîtrise du français et très bonne connaissance de l'anglais. La connaissance "
        "de l'espagnol ou de l'arabe (autres langues officielles de l'UIT) est un atout."
    )

    doc.add_heading("Compétences", level=1)
    for t in [
        "Application de l'expertise",
        "Orientation vers l'apprentissage et le partage des connaissances",
        "Orientation client et service",
        "Travail d'équipe et collaboration",
        "Communication efficace",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Êtes-vous éligible ? Conditions générales du programme JPO luxembourgeois", level=1)
    for t in [
        "Être de nationalité luxembourgeoise.",
        "Être né(e) le 1er janvier 1994 ou après.",
        "Ne pas avoir déjà exercé les fonctions de JPO, quel que soit le pays donateur.",
        "Chaque candidat(e) peut postuler à deux postes au maximum par an.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Ce que nous offrons", level=1)
    doc.add_paragraph(
        "Un contrat initial de 12 mois avec l'UIT, renouvelable une fois pour 12 mois, la "
        "rémunération et les prestations d'un administrateur du régime commun des Nations Unies et "
        "un budget de formation individuel."
    )

    doc.add_heading("Comment postuler ?", level=1)
    doc.add_paragraph(
        "Envoyez votre candidature via le portail du MAEE au plus tard le 15 juin 2027 à 17h00 "
        "(CEST), en joignant les documents suivants :"
    )
    for t in [
        "un curriculum vitae (formulaire de l'UIT) ;",
        "une lettre de motivation ;",
        "la copie de vos diplômes ;",
        "la copie de votre carte d'identité ou de votre passeport luxembourgeois.",
    ]:
        doc.add_paragraph(t, style="List Number")
    end = doc.add_paragraph(
        "L'UIT ne perçoit aucun frais à quelque étape que ce soit du processus de recrutement."
    )
    end.alignment = WD_ALIGN_PARAGRAPH.LEFT

    save_deterministic(doc, path)


# --------------------------------------------------------------------------- DOCX (OIM)


def build_oim_docx(path):
    doc = Document()
    fix_core(
        doc,
        "Aviso de vacante SVN 2027/031 - JPO OIM San José",
        "OIM RO San José",
        datetime(2027, 5, 31, 14, 0, 0),
    )
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Organización Internacional para las Migraciones (OIM)")
    r.bold = True
    p.add_run("\nOficina Regional para Centroamérica, Norteamérica y el Caribe")

    doc.add_heading("AVISO DE VACANTE – PROGRAMA DE FUNCIONARIOS PROFESIONALES ASOCIADOS (JPO)", level=1)
    doc.add_paragraph("Oficial Asociado/a de Protección y Asistencia a Migrantes", style="Title")
    n = doc.add_paragraph()
    n.add_run(
        "Solo para personas elegibles del Programa JPO de los Países Bajos "
        "(ver «Condiciones generales» más abajo)."
    ).italic = True

    bold_label(doc, "Aviso de vacante n.º:", "SVN 2027/031")
    bold_label(doc, "Referencia Nuffic:", "JPO-2027-IOM-SJO-04")
    bold_label(doc, "Lugar de destino:", "San José, Costa Rica")
    bold_label(doc, "Unidad:", "Unidad Regional de Protección y Asistencia")
    bold_label(doc, "Categoría:", "P-1")
    bold_label(doc, "Duración del nombramiento:", "2 años")
    bold_label(doc, "Fecha de publicación:", "31 de mayo de 2027")
    bold_label(doc, "Fecha límite de postulación:", "5 de julio de 2027")

    doc.add_heading("Contexto", level=2)
    doc.add_paragraph(
        "La Oficina Regional de la OIM en San José apoya a 26 países y territorios de "
        "Centroamérica, Norteamérica y el Caribe. Su Unidad de Protección coordina la respuesta "
        "regional a las necesidades de migrantes en situación de vulnerabilidad, incluidas las "
        "víctimas de trata, las niñas y niños no acompañados y las personas migrantes retornadas. "
        "El/la JPO trabajará bajo la supervisión directa del/de la Oficial Regional de Protección "
        "(P-4)."
    )

    doc.add_heading("Responsabilidades y funciones", level=2)
    for t in [
        "Apoyar la gestión de los proyectos regionales de protección y asistencia directa, "
        "incluido el seguimiento presupuestario.",
        "Brindar asistencia técnica a las oficinas de país en la identificación y referencia de "
        "migrantes en situación de vulnerabilidad.",
        "Contribuir a la elaboración de herramientas, guías y materiales de capacitación sobre protección.",
        "Recopilar y analizar datos sobre casos de protección y elaborar informes periódicos.",
        "Participar en los espacios de coordinación interagencial, en particular la Plataforma "
        "R4V y los grupos regionales de protección.",
        "Preparar informes para donantes, incluido el Ministerio de Asuntos Exteriores de los Países Bajos.",
        "Realizar otras tareas que le sean asignadas.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Elementos de aprendizaje", level=2)
    for t in [
        "Conocer el marco normativo internacional de protección de migrantes.",
        "Adquirir experiencia en la gestión de proyectos de la OIM.",
        "Desarrollar capacidades de coordinación con gobiernos y organizaciones de la sociedad civil.",
        "Fortalecer habilidades de análisis y redacción de informes.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Requisitos", level=2)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Light Grid Accent 1"
    cells = [
        ("Requisito", "Esencial", "Deseable"),
        (
            "Educación",
            "Maestría en derecho, ciencias sociales, relaciones internacionales, "
            "estudios de migración o áreas afines",
            "Formación en derechos humanos",
        ),
        ("Idiomas", "Dominio del español y del inglés", "Francés o portugués"),
        ("Informática", "Manejo de Microsoft Office y de bases de datos", "Power BI"),
    ]
    for row, vals in zip(t.rows, cells):
        for c, v in zip(row.cells, vals):
            c.paragraphs[0].text = v
    doc.add_paragraph()
    bold_label(
        doc,
        "Experiencia:",
        "preferiblemente dos años de experiencia profesional en "
        "protección, asistencia humanitaria o gestión de la migración.",
    )

    doc.add_heading("Competencias", level=2)
    doc.add_paragraph(
        "Valores: inclusión y respeto por la diversidad, integridad y transparencia, profesionalismo."
    )
    doc.add_paragraph("Competencias básicas:")
    for c in [
        "Trabajo en equipo",
        "Obtención de resultados",
        "Gestión y difusión del conocimiento",
        "Rendición de cuentas",
        "Comunicación",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("Condiciones generales del Programa JPO de los Países Bajos (Nuffic)", level=2)
    doc.add_paragraph(
        "El Programa JPO neerlandés, gestionado por Nuffic en nombre del Ministerio de Asuntos "
        "Exteriores de los Países Bajos, está abierto a personas de nacionalidad neerlandesa y a "
        "nacionales de los siguientes países: Bolivia, Colombia, Etiopía, Ghana, Guatemala, "
        "Mozambique, Níger y Sudán del Sur. Los nacionales de Costa Rica no son elegibles para "
        "este puesto."
    )
    for c in [
        "Tener 32 años o menos al 31 de diciembre de 2027.",
        "Título de máster y al menos dos años de experiencia laboral remunerada y relevante.",
        "Las personas nacionales de los países en desarrollo mencionados deben acreditar su nivel "
        "de inglés con un IELTS de 6,5 o un TOEFL iBT de 92, con una antigüedad máxima de dos años.",
        "No haber trabajado anteriormente como JPO.",
        "La duración del contrato es de 24 meses. Se puede postular a un máximo de dos vacantes "
        "por año a través de Nuffic.",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("Documentos requeridos", level=2)
    for c in [
        "Currículum vitae en inglés (formato Nuffic).",
        "Carta de motivación en inglés.",
        "Copia del título de máster.",
        "Copia del pasaporte.",
        "Certificado IELTS o TOEFL, cuando corresponda.",
    ]:
        doc.add_paragraph(c, style="List Number")

    doc.add_heading("Cómo postular", level=2)
    doc.add_paragraph(
        "Las postulaciones deben enviarse únicamente a través del portal de Nuffic a más tardar el "
        "5 de julio de 2027. Las consultas sobre el puesto pueden dirigirse a la Oficina Regional "
        "hasta el 28 de junio de 2027. Solo se contactará a las personas preseleccionadas."
    )
    doc.add_paragraph("La OIM no cobra ninguna tarifa en ninguna etapa del proceso de selección.")

    save_deterministic(doc, path)


def main():
    build_onudc_pdf(os.path.join(HERE, "onudc_niamey.pdf"))
    build_uit_docx(os.path.join(HERE, "uit_yaounde.docx"))
    build_oim_docx(os.path.join(HERE, "oim_sanjose.docx"))


if __name__ == "__main__":
    main()
