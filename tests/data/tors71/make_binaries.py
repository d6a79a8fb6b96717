#!/usr/bin/env python3
"""Build the binary held-out ToRs of folder bq (deterministic output).

Run with /work/main/.venv/bin/python make_binaries.py
Writes: oim_tripoli_liban.docx, unicri_thehague.docx, undrr_panama_es.pdf
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
FIXED = datetime(2027, 3, 1, 9, 0, 0, tzinfo=timezone.utc)
ZIP_TIME = (2027, 3, 1, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX helpers
def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def save_docx(doc, name):
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():  # keep the original order ([Content_Types].xml first)
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            zout.writestr(zi, data)
    with open(os.path.join(HERE, name), "wb") as fh:
        fh.write(out.getvalue())


def facts_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        cells = t.add_row().cells
        r = cells[0].paragraphs[0].add_run(label)
        r.bold = True
        cells[1].paragraphs[0].add_run(value)
    return t


def para(doc, text, bold_label=None, style=None):
    p = doc.add_paragraph(style=style)
    if bold_label:
        p.add_run(bold_label).bold = True
    p.add_run(text)
    return p


# --------------------------------------------------------------------------- OIM (French DOCX)
def build_oim():
    doc = Document()
    fix_core(doc, "Avis de vacance JEA-JPO VN-JPO-LB-2027-003", "OIM Liban - RH")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Organisation internationale pour les migrations (OIM) – ONU Migration")
    r.bold = True
    p = doc.add_paragraph("Mission au Liban · Beyrouth")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(
        "Programme des Jeunes Experts Associés (JEA) du Ministère de l'Europe et des Affaires étrangères"
    )
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(
        "Jeune expert associé / Jeune experte associée (JEA-JPO) – Protection des migrants "
        "en situation de vulnérabilité",
        style="Title",
    )

    facts_table(
        doc,
        [
            ("N° de l'avis de vacance", "VN-JPO-LB-2027-003"),
            ("Réf. MEAE", "JEA-2027-14"),
            ("Unité", "Unité Protection et assistance aux migrants"),
            ("Ville", "Tripoli"),
            ("Pays", "Liban"),
            ("Classe", "P-1 ou P-2 (selon l'expérience)"),
            ("Durée initiale", "12 mois, renouvelable pour une seconde année"),
            ("Date de publication", "29 mars 2027"),
            ("Date limite", "4 mai 2027 à minuit (heure de Paris)"),
        ],
    )

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "Le Liban accueille une importante population de travailleuses et travailleurs migrants, "
        "venus notamment d'Éthiopie, du Bangladesh, du Soudan et de Sierra Leone, dont beaucoup se "
        "trouvent en situation irrégulière depuis la crise économique de 2019. Le sous-bureau de "
        "l'OIM à Tripoli couvre le Nord du pays et le Akkar ; il fournit une assistance directe "
        "(hébergement d'urgence, soins, aide au retour volontaire) et appuie les autorités locales "
        "dans l'identification des victimes de la traite."
    )
    doc.add_paragraph(
        "Le ou la JEA travaillera sous la supervision du Chef du sous-bureau de Tripoli (P-4) et "
        "en lien étroit avec l'équipe Protection de Beyrouth."
    )

    doc.add_heading("Quelles seront vos responsabilités ?", level=1)
    for t in [
        "Assurer le suivi des dossiers individuels de migrants vulnérables orientés vers l'OIM, "
        "de l'évaluation des besoins à la clôture du dossier.",
        "Appuyer la mise à jour des procédures opérationnelles standard d'orientation avec les "
        "partenaires nationaux et les ONG.",
        "Organiser des formations sur l'identification des victimes de la traite pour les forces "
        "de sécurité et les travailleurs sociaux.",
        "Contribuer à la collecte et à l'analyse des données de protection, dans le respect des "
        "principes de protection des données de l'OIM.",
        "Préparer des rapports aux bailleurs, des notes de situation et des propositions de projet.",
        "Représenter l'OIM dans le groupe de travail sur la protection du Nord-Liban.",
        "Accomplir toute autre tâche connexe demandée.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Ce que vous apprendrez", level=1)
    for t in [
        "La gestion de cas de protection selon les normes de l'OIM et du cadre de protection des migrants.",
        "La coordination inter-agences au sein du système humanitaire au Liban.",
        "La conception et le suivi de projets financés par plusieurs bailleurs.",
        "Les techniques d'entretien sensibles au genre et adaptées aux enfants.",
    ]:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("Votre profil", level=1)
    para(
        doc,
        "Master (bac+5) en droit, sciences politiques, travail social, migrations "
        "internationales ou dans un domaine apparenté. Les étudiant·e·s inscrit·e·s en dernière "
        "année de master peuvent postuler, à condition d'obtenir leur diplôme avant la prise de "
        "fonctions.",
        bold_label="Formation : ",
    )
    para(
        doc,
        "au moins deux ans d'expérience professionnelle pertinente, de préférence dans la "
        "protection des migrants, la gestion de cas ou la lutte contre la traite des êtres humains.",
        bold_label="Expérience : ",
    )
    para(
        doc,
        "maîtrise du français et de l'anglais exigée ; la connaissance de l'arabe (levantin) "
        "est un atout important.",
        bold_label="Langues : ",
    )

    doc.add_heading("Compétences", level=2)
    doc.add_paragraph(
        "Valeurs de l'OIM : inclusion et respect de la diversité, intégrité et "
        "transparence, professionnalisme, courage, empathie. Compétences "
        "fondamentales attendues :"
    )
    for t in [
        "Travail en équipe",
        "Obtention de résultats",
        "Gestion et partage des connaissances",
        "Responsabilité",
        "Communication",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Êtes-vous éligible ? Conditions générales du programme JEA de la France", level=1)
    doc.add_paragraph(
        "Le programme JEA est réservé aux personnes de nationalité française. Les personnes "
        "possédant également la nationalité libanaise ne peuvent pas être affectées au Liban."
    )
    doc.add_paragraph(
        "Les candidat·e·s doivent être âgé·e·s de 32 ans au plus au 31 décembre 2027 et être "
        "titulaires d'un master et justifier d'au moins deux ans d'expérience professionnelle, ou "
        "d'un doctorat et d'une année d'expérience. Ils ou elles doivent attester de leur niveau "
        "d'anglais par un score minimal de 100 au TOEFL iBT, de 7,0 à l'IELTS ou de 945 au TOEIC, "
        "obtenu depuis moins de deux ans à la date limite de candidature."
    )
    doc.add_paragraph(
        "Avoir déjà été JEA ou JPO, quel que soit le pays financeur, ou Volontaire des Nations Unies "
        "financé par la France exclut toute nouvelle candidature. La France organise une seule "
        "campagne de recrutement JEA par an ; chaque candidat·e peut y présenter trois candidatures "
        "au maximum."
    )

    doc.add_heading("Comment postuler ?", level=1)
    doc.add_paragraph(
        "Déposez votre dossier sur la plateforme du MEAE (rubrique « Jeunes experts associés ») en joignant :"
    )
    for t in [
        "un curriculum vitae en anglais ;",
        "une lettre de motivation en français ;",
        "une copie du diplôme de master (ou un certificat de scolarité pour les étudiant·e·s en "
        "dernière année) ;",
        "le relevé de score du test d'anglais ;",
        "une copie de la carte d'identité ou du passeport français.",
    ]:
        doc.add_paragraph(t, style="List Number")
    doc.add_paragraph(
        "Les candidatures doivent parvenir au plus tard le 4 mai 2027 à minuit (heure de Paris). "
        "Les entretiens auront lieu en visioconférence en juin 2027."
    )
    save_docx(doc, "oim_tripoli_liban.docx")


# --------------------------------------------------------------------------- UNICRI (English DOCX)
def build_unicri():
    doc = Document()
    fix_core(doc, "Danish JPO Programme 2027 - UNICRI", "UNICRI HR")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)

    p = doc.add_paragraph()
    r = p.add_run("DANISH JPO PROGRAMME 2027 – VACANCY NOTICE")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(
        "United Nations Interregional Crime and Justice Research Institute (UNICRI)\n"
        "Viale Maestri del Lavoro 10, 10127 Turin, Italy"
    )

    doc.add_paragraph(
        "Junior Professional Officer (JPO) – Artificial Intelligence and Criminal Justice", style="Title"
    )
    p = doc.add_paragraph()
    p.add_run("Grade: P-2 | Duration: 2 years | Closing: 3 May 2027").bold = True

    facts_table(
        doc,
        [
            ("Job Opening ID", "27-UNICRI-JPO-0412"),
            ("Danish MFA file no.", "2027-11873"),
            ("Organization", "United Nations Interregional Crime and Justice Research Institute (UNICRI)"),
            ("Unit", "Centre for Artificial Intelligence and Robotics"),
            ("Place of assignment", "The Hague, Netherlands"),
            ("Published", "6 April 2027"),
        ],
    )

    doc.add_heading("About UNICRI and the Centre", level=1)
    doc.add_paragraph(
        "UNICRI supports countries worldwide in preventing crime and facilitating criminal justice. "
        "While the Institute's headquarters are in Turin, its Centre for Artificial Intelligence and "
        "Robotics in The Hague works with law enforcement agencies, courts and technology companies "
        "on the responsible use of AI, including the Toolkit for Responsible AI Innovation in Law "
        "Enforcement developed with INTERPOL."
    )
    doc.add_paragraph(
        "The JPO will report to the Head of the Centre (P-5) and work day to day with a team of six "
        "researchers and programme officers."
    )

    doc.add_heading("Your role", level=1)
    for t in [
        "Support national police and prosecution services in assessing their use of AI tools "
        "against the Toolkit for Responsible AI Innovation in Law Enforcement.",
        "Carry out desk research on the misuse of generative AI for fraud, child sexual abuse "
        "material and disinformation, and draft policy briefs.",
        "Help organize regional workshops and the annual Global Meeting on AI for Law Enforcement.",
        "Monitor project budgets and workplans and prepare progress reports for donors.",
        "Maintain the Centre's network of experts and partner institutions.",
        "Undertake other tasks as assigned by the Head of the Centre.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("What will you learn?", level=1)
    for t in [
        "How international standards on human rights apply to new technologies in the justice sector.",
        "How to design and run capacity-building projects with law enforcement agencies.",
        "Results-based management and reporting in a UN research institute.",
        "Negotiation and presentation skills through exposure to senior officials and partners.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Your background should include…", level=1)
    para(
        doc,
        "An advanced university degree (Master's or equivalent) in law, criminology, "
        "computer science, data science, international relations or a related field.",
        bold_label="Education: ",
    )
    para(
        doc,
        "Preferably two years of relevant professional experience in criminal justice, "
        "technology policy or research.",
        bold_label="Experience: ",
    )
    para(
        doc,
        "Fluency in English is required. Knowledge of Dutch or Italian is an asset. Danish is not required.",
        bold_label="Languages: ",
    )

    doc.add_heading("Competencies", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].paragraphs[0].add_run("Competency").bold = True
    t.rows[0].cells[1].paragraphs[0].add_run("What it looks like").bold = True
    for name, ind in [
        ("Professionalism", "Shows pride in work and mastery of the subject matter."),
        ("Communication", "Speaks and writes clearly and tailors messages to the audience."),
        ("Teamwork", "Works collaboratively and shares credit for team accomplishments."),
        ("Planning and organizing", "Sets clear goals, prioritizes and uses time efficiently."),
        ("Technological awareness", "Keeps abreast of available technology and its limits."),
    ]:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(name)
        cells[1].paragraphs[0].add_run(ind)

    doc.add_heading("Are you eligible? General conditions of the Danish JPO Programme", level=1)
    doc.add_paragraph(
        "The Danish JPO Programme is funded by the Danish Ministry of Foreign Affairs and is open "
        "to Danish citizens only; applications from nationals of other Nordic countries cannot be "
        "considered. Applicants must not be older than 32 years on the closing date of this "
        "vacancy and must have completed a Master's degree by the time of application. Persons who "
        "have previously been employed as a JPO, irrespective of the sponsoring country, are not "
        "eligible."
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph("Apply through the Danish JPO application portal and upload, in English:")
    for t in [
        "your CV (maximum two pages);",
        "a motivation letter explaining how your profile matches this position;",
        "a copy of your Master's diploma and transcript.",
    ]:
        doc.add_paragraph(t, style="List Number")
    doc.add_paragraph(
        "The deadline is Monday 3 May 2027, 23:59 Danish time (CEST). Shortlisted "
        "candidates will be invited to an interview in The Hague or online."
    )
    save_docx(doc, "unicri_thehague.docx")


# --------------------------------------------------------------------------- UNDRR (Spanish PDF)
class TorPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "UNDRR - Oficina Regional para las Américas y el Caribe")
        self.cell(
            0, 5, "Términos de referencia JPO - UNDRR/JPO/AMC/27-02", align="R", new_x="LMARGIN", new_y="NEXT"
        )
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Página {self.page_no()} de {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_undrr():
    pdf = TorPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Términos de referencia JPO UNDRR Panamá")
    pdf.set_author("UNDRR")
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()

    def h(text):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def body(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullets(items, mark="-"):
        pdf.set_font("Helvetica", "", 10)
        for t in items:
            pdf.cell(6, 5, mark)
            pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.set_font("Helvetica", "B", 10)
    pdf.multi_cell(
        0,
        5,
        "Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres (UNDRR)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "TÉRMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    rows = [
        (
            "Título del puesto",
            "Oficial Profesional Junior (JPO) en Reducción del Riesgo de Desastres "
            "y Sistemas de Alerta Temprana",
        ),
        ("N.º de vacante", "UNDRR/JPO/AMC/27-02"),
        ("Ref. BFIO", "BFIO-JPO-2027-ES-019"),
        ("Organización", "Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres (UNDRR)"),
        (
            "Unidad",
            "Oficina Regional para las Américas y el Caribe - Unidad de Alerta Temprana y "
            "Conocimiento del Riesgo",
        ),
        ("Lugar de destino", "Ciudad de Panamá, Panamá"),
        ("Grado", "P-2"),
        ("Duración", "2 años (prorrogable por un tercer año, sujeto a desempeño y financiamiento)"),
        ("Programa", "Programa JPO de Alemania (BFIO)"),
        ("Fecha de publicación", "1 de abril de 2027"),
        ("Fecha límite", "30 de abril de 2027, 23:59 hora de Panamá (UTC-5)"),
    ]
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(45, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    h("1. Antecedentes")
    body(
        "UNDRR es el punto focal del sistema de las Naciones Unidas para la reducción del riesgo de "
        "desastres y vela por la aplicación del Marco de Sendai para la Reducción del Riesgo de "
        "Desastres 2015-2030. La Oficina Regional para las Américas y el Caribe, con sede en la "
        "Ciudad del Saber en Panamá, apoya a 42 países y territorios en la elaboración de "
        "estrategias nacionales y locales de reducción del riesgo y en la iniciativa del Secretario "
        'General "Alertas Tempranas para Todos".'
    )
    body(
        "La persona seleccionada trabajará bajo la supervisión del Oficial de Programas de la Unidad "
        "de Alerta Temprana (P-3) y bajo la orientación general de la Jefa de la Oficina Regional."
    )

    h("2. Funciones y responsabilidades")
    bullets(
        [
            "Apoyar a los gobiernos de la región en la evaluación de sus sistemas de alerta temprana "
            "multiamenaza, en coordinación con la OMM, la UIT y la FICR.",
            "Dar seguimiento a los informes nacionales del Monitor del Marco de Sendai y analizar los "
            "datos de pérdidas por desastres.",
            "Preparar notas de política, presentaciones y materiales para la Plataforma Regional para la "
            "Reducción del Riesgo de Desastres en las Américas y el Caribe.",
            "Organizar talleres de capacitación para autoridades de protección civil y gobiernos locales "
            "en el marco de la campaña Desarrollando Ciudades Resilientes 2030.",
            "Contribuir a la movilización de recursos y a la elaboración de informes para donantes, en "
            "particular para el Gobierno de Alemania.",
            "Mantener relaciones con socios académicos, del sector privado y de la sociedad civil.",
            "Realizar otras tareas afines que se le asignen.",
        ]
    )

    h("3. Elementos de aprendizaje")
    bullets(
        [
            "Conocimiento práctico del Marco de Sendai y de su seguimiento a nivel nacional y regional.",
            "Experiencia en la coordinación interinstitucional dentro del sistema de las Naciones Unidas.",
            "Capacidad para diseñar y facilitar procesos de capacitación con autoridades nacionales.",
            "Manejo de herramientas de gestión basada en resultados.",
        ]
    )

    h("4. Requisitos")
    for label, value in [
        (
            "Educación",
            "Maestría en gestión del riesgo de desastres, geografía, ciencias ambientales, "
            "ingeniería, políticas públicas o un área afín. Una licenciatura combinada con "
            "dos años adicionales de experiencia relevante podrá aceptarse en lugar de la "
            "maestría.",
        ),
        (
            "Experiencia laboral (mín.)",
            "3-6 años de experiencia profesional relevante en gestión del "
            "riesgo, adaptación al cambio climático o desarrollo.",
        ),
        (
            "Idiomas",
            "Dominio del español y del inglés, oral y escrito. Se valorará el conocimiento del "
            "portugués o del francés.",
        ),
    ]:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(52, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    h("5. Competencias")
    bullets(
        [
            "Profesionalismo",
            "Comunicación",
            "Trabajo en equipo",
            "Planificación y organización",
            "Orientación al cliente",
            "Compromiso con el aprendizaje continuo",
        ]
    )

    h("6. Condiciones generales del programa JPO alemán (BFIO)")
    body(
        "El programa JPO del Gobierno de la República Federal de Alemania es gestionado por el BFIO "
        "(Büro Führungskräfte zu Internationalen Organisationen). Las personas candidatas deben:"
    )
    bullets(
        [
            "tener la nacionalidad alemana;",
            "tener una edad máxima de 32 años a la fecha de cierre de esta convocatoria (30 de abril de 2027);",
            "contar con una maestría y al menos dos años de experiencia profesional relevante, o con una "
            "licenciatura (Bachelor) y al menos cuatro años de experiencia profesional relevante;",
            "tener un excelente dominio del inglés y de al menos otro idioma oficial de las Naciones Unidas.",
        ]
    )
    body(
        "El programa JPO alemán publica una única convocatoria al año; cada persona puede postular a "
        "un máximo de dos puestos en ella."
    )

    h("7. Documentos requeridos")
    bullets(
        [
            "Curriculum vitae en inglés (formato Europass o similar).",
            "Carta de motivación en español o en inglés.",
            "Copia de los títulos universitarios.",
            "Dos cartas de referencia recientes.",
        ],
        mark="·",
    )

    h("8. Cómo postular")
    body(
        "Las candidaturas deben enviarse a través del portal en línea del BFIO a más tardar el 30 de "
        "abril de 2027, 23:59 hora de Panamá (UTC-5). No se aceptarán candidaturas por correo "
        "electrónico. El proceso de selección dura aproximadamente 4 meses; solo se contactará a las "
        "personas preseleccionadas."
    )

    pdf.output(os.path.join(HERE, "undrr_panama_es.pdf"))


if __name__ == "__main__":
    build_oim()
    build_unicri()
    build_undrr()
    print("ok")
