"""Build the binary ToRs of held-out folder ao, byte-for-byte deterministic.

Run inside this folder with /work/main/.venv/bin/python make_binaries.py
Outputs: icao_korea_montreal.docx, imo_denmark_london.pdf, diaporama_cci_suisse_sanpedro_fr.pdf
"""

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2027, 1, 15, 9, 0, 0, tzinfo=timezone.utc)
ZIP_TIME = (2027, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps, keeping the entry order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = par.add_run(line)
        run.bold = bold
        if i < len(lines) - 1:
            run.add_break()


def make_icao_docx():
    doc = Document()
    cp = doc.core_properties
    cp.author = "ICAO Human Resources Branch"
    cp.last_modified_by = "ICAO HRB"
    cp.title = "Vacancy notice ATB/JPO/2027/05"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3

    styles = doc.styles
    styles["Normal"].font.name = "Calibri"
    styles["Normal"].font.size = Pt(10.5)

    section = doc.sections[0]
    hp = section.header.paragraphs[0]
    hp.text = "ICAO - Vacancy notice ATB/JPO/2027/05\tJunior Professional Officer"
    fp = section.footer.paragraphs[0]
    fp.text = "999 Robert-Bourassa Boulevard, Montréal, Quebec, Canada H3C 5H7 - www.icao.int/careers"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("INTERNATIONAL CIVIL AVIATION ORGANIZATION", style="Title")
    p = doc.add_paragraph("A United Nations Specialized Agency")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("VACANCY NOTICE - JUNIOR PROFESSIONAL OFFICER (JPO)", style="Heading 1")

    facts = [
        ("Title", "Associate Programme Officer (Aviation Environment)"),
        ("Vacancy notice no.", "ATB/JPO/2027/05"),
        ("Donor reference", "MOFA (ROK) IO-JPO-2027-12"),
        ("Level", "P-2"),
        ("Bureau / Section", "Air Transport Bureau (ATB)\nEnvironment Section"),
        ("Duty station", "Montreal, Canada"),
        ("Duration", "1 year, renewable for one further year"),
        (
            "Sponsoring donor",
            "Government of the Republic of Korea (Ministry of Foreign Affairs)",
        ),
        ("Date of issuance", "29 March 2027"),
        ("Closing date", "30 April 2027"),
    ]
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    head = table.rows[0].cells
    merged = head[0].merge(head[1])
    set_cell(merged, "POSITION INFORMATION", bold=True)
    for label, value in facts:
        cells = table.add_row().cells
        set_cell(cells[0], label, bold=True)
        set_cell(cells[1], value)

    doc.add_paragraph("THE ORGANIZATIONAL SETTING", style="Heading 1")
    doc.add_paragraph(
        "The International Civil Aviation Organization (ICAO) is the specialized "
        "agency of the United Nations that establishes the international standards "
        "and recommended practices for civil aviation. The Air Transport Bureau is "
        "responsible for the economic, environmental and facilitation programmes of "
        "the Organization. Its Environment Section supports the Committee on Aviation "
        "Environmental Protection (CAEP) and the implementation of the Carbon "
        "Offsetting and Reduction Scheme for International Aviation (CORSIA)."
    )
    doc.add_paragraph(
        "The JPO will work under the direct supervision of an Environment Officer "
        "(P-4) and the overall guidance of the Chief, Environment Section (P-5). The "
        "post was previously encumbered at the P-3 level by a seconded expert."
    )

    doc.add_paragraph("MAJOR DUTIES AND RESPONSIBILITIES", style="Heading 1")
    duties = [
        "Support the analysis of States' action plans for CO2 emissions reduction "
        "from international aviation and prepare summaries for CAEP;",
        "Assist in monitoring the implementation of CORSIA, including the collection "
        "and verification of State emissions data;",
        "Contribute to the preparation of working papers, information papers and "
        "presentations for CAEP meetings and the ICAO Assembly;",
        "Support capacity-building activities under the ACT-CORSIA and ACT-SAF "
        "programmes, including the organization of regional seminars;",
        "Maintain and update the environmental databases and web pages of the Section;",
        "Liaise with the ICAO Regional Offices, States and international organizations "
        "on environment-related matters;",
        "Draft correspondence, State letters and meeting reports;",
        "Perform other related duties as assigned.",
    ]
    for d in duties:
        doc.add_paragraph(d, style="List Number")

    doc.add_paragraph("LEARNING ELEMENTS", style="Heading 1")
    doc.add_paragraph("At the end of the assignment, the JPO will have:")
    learning = [
        "Gained a thorough knowledge of ICAO's environmental standards and of the CORSIA framework;",
        "Acquired experience in supporting intergovernmental expert groups;",
        "Developed skills in data analysis and reporting on emissions;",
        "Built a network with Member States, industry and other UN agencies;",
        "Completed ICAO's induction and project management training.",
    ]
    for item in learning:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_paragraph("QUALIFICATIONS AND EXPERIENCE", style="Heading 1")
    doc.add_paragraph("Education", style="Heading 2")
    doc.add_paragraph(
        "Essential: An advanced-level university degree (Master's degree or "
        "equivalent) in environmental science, engineering, economics, air transport "
        "management or a related field. A first-level university degree in "
        "combination with two additional years of qualifying experience may be "
        "accepted in lieu of the advanced-level university degree."
    )
    doc.add_paragraph("Professional experience", style="Heading 2")
    doc.add_paragraph(
        "Essential: A minimum of two years of progressively responsible professional "
        "experience in environmental policy, climate change or air transport."
    )
    doc.add_paragraph(
        "Desirable: Experience with greenhouse gas emissions monitoring, reporting and verification."
    )
    doc.add_paragraph("Languages", style="Heading 2")
    doc.add_paragraph(
        "Essential: Fluent reading, writing and speaking abilities in English. "
        "Desirable: A working knowledge of any other language of the Organization "
        "(Arabic, Chinese, French, Russian or Spanish)."
    )

    doc.add_paragraph("COMPETENCIES", style="Heading 1")
    comp = [
        ("Professionalism", "Shows pride in work and mastery of subject matter."),
        ("Communication", "Speaks and writes clearly and effectively."),
        ("Teamwork", "Works collaboratively with colleagues to achieve goals."),
        ("Planning and Organizing", "Develops clear goals and uses time efficiently."),
        ("Client Orientation", "Considers all those served as clients."),
    ]
    ct = doc.add_table(rows=1, cols=2)
    ct.style = "Table Grid"
    set_cell(ct.rows[0].cells[0], "Competency", bold=True)
    set_cell(ct.rows[0].cells[1], "Behavioural indicator", bold=True)
    for name, text in comp:
        cells = ct.add_row().cells
        set_cell(cells[0], name)
        set_cell(cells[1], text)

    doc.add_paragraph("SPECIAL CONDITIONS - REPUBLIC OF KOREA JPO PROGRAMME", style="Heading 1")
    doc.add_paragraph(
        "In addition to the above, candidates must meet the following conditions of "
        "the sponsoring Government:"
    )
    kt = doc.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    set_cell(kt.rows[0].cells[0], "Requirement", bold=True)
    set_cell(kt.rows[0].cells[1], "Condition", bold=True)
    rows = [
        (
            "Nationality",
            "Nationals of the Republic of Korea. Applicants who also hold Canadian "
            "citizenship cannot be assigned to Montreal.",
        ),
        ("Age limit", "32 years of age or younger as of 31 December 2027."),
        ("Extension for military service", None),
        (
            "Education and experience",
            "Master's degree or higher (no minimum work experience is required by the "
            "Programme), or Bachelor's degree with at least two (2) years of "
            "full-time work experience.",
        ),
        (
            "English proficiency",
            "One of the following scores, obtained within two (2) years before the "
            "MOFA application deadline: TOEFL iBT 102 or above, NEW TEPS 445 or above, "
            "or IELTS (Academic) 7.0 or above.",
        ),
        (
            "Number of applications",
            "Up to two (2) positions per applicant in the 2027 recruitment. The JPO "
            "recruitment is held once a year.",
        ),
        (
            "Former JPOs",
            "Persons who have already served as a JPO, under the programme of any "
            "Government, are not eligible.",
        ),
        ("Application deadline (MOFA)", "Wednesday, 28 April 2027, 18:00 (Seoul time)"),
    ]
    for label, value in rows:
        cells = kt.add_row().cells
        set_cell(cells[0], label, bold=True)
        if value is not None:
            set_cell(cells[1], value)
            continue
        cell = cells[1]
        cell.paragraphs[
            0
        ].text = "Male applicants who have completed their military service may add to the age limit:"
        for line in (
            "Service of less than 1 year: 1 year",
            "Service of 1 year or more but less than 2 years: 2 years",
            "Service of 2 years or more: 3 years",
        ):
            cell.add_paragraph(line, style="List Bullet 2")

    doc.add_paragraph("HOW TO APPLY", style="Heading 1")
    doc.add_paragraph(
        "Applications must be submitted through the online system of the Ministry "
        "of Foreign Affairs of the Republic of Korea, not through the ICAO "
        "e-recruitment system. Please attach:"
    )
    for item in (
        "the MOFA JPO application form (in English);",
        "a curriculum vitae in the ICAO Personal History Form format;",
        "a copy of your highest degree certificate;",
        "your English test score report;",
        "a certificate of military service (male applicants claiming an age extension only).",
    ):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "ICAO is a non-smoking environment. Only candidates under serious consideration will be contacted."
    )

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "icao_korea_montreal.docx").write_bytes(fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF


class ImoPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(0, 51, 102)
        self.cell(95, 5, "INTERNATIONAL MARITIME ORGANIZATION", align="L")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Danish JPO Programme 2027", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 51, 102)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Posting no. IMO/JPO/27/02 - Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def pdf_setup(pdf, title):
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title(title)
    pdf.set_author("make_binaries")


def make_imo_pdf():
    pdf = ImoPdf(format="A4")
    pdf_setup(pdf, "IMO vacancy announcement IMO/JPO/27/02")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("Helvetica", "", 8)
    pdf.cell(
        0, 4, "4 Albert Embankment, London SE1 7SR, United Kingdom", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "VACANCY ANNOUNCEMENT", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        w,
        5,
        "This post is open only to Danish nationals, under the Danish JPO Programme "
        "administered by the Ministry of Foreign Affairs of Denmark.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    def row(label, value):
        pdf.set_font("Helvetica", "B", 9.5)
        y = pdf.get_y()
        pdf.cell(48, 5.5, label)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_xy(pdf.l_margin + 48, y)
        pdf.multi_cell(w - 48, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    for label, value in [
        (
            "Posting title",
            "Associate Technical Officer (JPO), Marine Environment - "
            "Decarbonization of International Shipping",
        ),
        ("Posting no.", "IMO/JPO/27/02"),
        ("Danish MFA file no.", "2027-18844"),
        ("Division", "Marine Environment Division, Air Pollution and Energy Efficiency Section"),
        ("Place of assignment", "London, United Kingdom"),
        ("Level", "P-1 / P-2 (depending on qualifications and experience)"),
        ("Duration", "24 months"),
        ("Sponsor", "Ministry of Foreign Affairs of Denmark (Danish JPO Programme)"),
        ("Date of issue", "1 February 2027"),
        ("Closing date", "1 March 2027"),
    ]:
        row(label, value)

    def heading(text):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(0, 51, 102)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Helvetica", "", 9.5)

    def para(text):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(w, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullet(text, level=0):
        indent = 4 + 6 * level
        mark = chr(149) if level == 0 else "-"
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(5, 5, mark)
        pdf.multi_cell(w - indent - 5, 5, text, new_x="LMARGIN", new_y="NEXT")

    heading("Where you will work")
    para(
        "The International Maritime Organization (IMO) is the United Nations "
        "specialized agency responsible for the safety and security of shipping and "
        "the prevention of marine and atmospheric pollution by ships. The Air "
        "Pollution and Energy Efficiency Section supports the implementation of the "
        "2023 IMO Strategy on Reduction of GHG Emissions from Ships. The JPO will "
        "work under the supervision of the Head of Section (P-5) and receive "
        "day-to-day guidance from a Technical Officer (P-3)."
    )

    heading("What will you be doing?")
    bullet(
        "Support the Secretariat of the Marine Environment Protection Committee "
        "(MEPC) and its intersessional working group on GHG emissions;"
    )
    bullet(
        "Analyse data submitted to the IMO Ship Fuel Oil Consumption Database and "
        "contribute to the annual reports;"
    )
    bullet("Assist in technical cooperation projects on maritime decarbonization, in particular:")
    bullet("the GreenVoyage2050 pilot countries programme;", level=1)
    bullet("regional workshops on energy efficiency for port States;", level=1)
    bullet("Draft background documents, briefing notes and correspondence;")
    bullet(
        "Maintain contacts with Member States, industry associations and "
        "non-governmental organizations in consultative status;"
    )
    bullet("Contribute to communication products on shipping and climate change;")
    bullet("Carry out other duties as required.")

    heading("What will you learn?")
    bullet("How an intergovernmental regulatory body develops and adopts global standards;")
    bullet("Practical skills in managing technical cooperation projects;")
    bullet("Methods for monitoring and reporting ship emissions;")
    bullet("Negotiation and committee support in a multilingual environment.")

    heading("Your background should include...")
    para(
        "Education: An advanced university degree (Master's or equivalent) in "
        "maritime affairs, environmental engineering, naval architecture, energy "
        "economics or a related field."
    )
    para(
        "Experience: At least three years of relevant professional experience in "
        "maritime affairs, environmental policy or energy; experience in a national "
        "maritime administration is an advantage."
    )
    para(
        "Languages: Excellent command of written and spoken English is required. "
        "Knowledge of French or Spanish, the other working languages of IMO, is an "
        "advantage."
    )

    heading("Competencies")
    for c in (
        "Integrity",
        "Professionalism",
        "Respect for diversity",
        "Communication",
        "Teamwork",
        "Planning and organizing",
    ):
        bullet(c)

    heading("Are you eligible?")
    para("To apply through the Danish JPO Programme:")
    bullet(
        "You must hold Danish citizenship. British nationals, including persons "
        "with dual Danish-British citizenship, cannot be appointed to a post in "
        "London."
    )
    bullet("You must be born after 1 March 1994.")
    bullet(
        "You must hold a relevant Master's degree and have at least two years of "
        "relevant full-time work experience."
    )
    bullet("You must not previously have been employed as a JPO under any country's programme.")
    bullet(
        "You may apply for a maximum of three positions in the 2027 call; the "
        "Danish JPO Programme publishes one call per year. Positions in this call "
        "are offered as 24-month contracts."
    )
    bullet("Danish applicants are not required to submit an English language test.")

    heading("What we offer")
    bullet("A salary at the P-1 or P-2 level of the United Nations common system;")
    bullet("A duty travel and training budget provided by Denmark;")
    bullet("Flexible working arrangements in line with IMO policy.")

    heading("How to apply")
    para("Apply online through the Danish JPO Programme's website and attach:")
    bullet("a curriculum vitae (max. 2 pages);")
    bullet("a motivation letter in English;")
    bullet("copies of your university diplomas;")
    bullet("a completed IMO Personal History form.")
    para(
        "Applications must reach the Danish JPO Programme no later than Monday "
        "1 March 2027, 12:00 noon GMT. Late applications will not be considered."
    )

    pdf.output(str(HERE / "imo_denmark_london.pdf"))


class SlidePdf(FPDF):
    TOTAL = 14

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 9)
        self.set_text_color(110, 110, 110)
        self.cell(200, 6, "Séance d'information JPO - DFAE / CCI - 17 février 2027", align="L")
        self.cell(0, 6, f"{self.page_no()} / {self.TOTAL}", align="R")
        self.set_text_color(0, 0, 0)


def make_slides_pdf():
    pdf = SlidePdf(orientation="L", format="A4")
    pdf_setup(pdf, "Séance d'information JPO - CCI San-Pédro")
    pdf.set_auto_page_break(False)
    pdf.set_margins(22, 15, 22)

    def slide(title, bullets=(), sub=None):
        pdf.add_page()
        pdf.set_fill_color(200, 16, 46)
        pdf.rect(0, 0, pdf.w, 28, style="F")
        pdf.set_xy(22, 8)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 24)
        pdf.cell(0, 12, title)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(22, 40)
        if sub:
            pdf.set_font("Helvetica", "I", 15)
            pdf.multi_cell(250, 8, sub, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        for b in bullets:
            pdf.set_font("Helvetica", "", 18)
            pdf.set_x(26)
            pdf.cell(8, 10, chr(149))
            pdf.multi_cell(235, 10, b, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)

    # 1 - title slide
    pdf.add_page()
    pdf.set_fill_color(200, 16, 46)
    pdf.rect(0, 0, pdf.w, 70, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 18)
    pdf.set_font("Helvetica", "B", 26)
    pdf.multi_cell(250, 12, "Programme suisse de Jeunes Administrateurs·trices (JPO)", align="L")
    pdf.set_xy(22, 48)
    pdf.set_font("Helvetica", "", 16)
    pdf.cell(0, 10, "Séance d'information en ligne - 17 février 2027")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, 90)
    pdf.set_font("Helvetica", "", 16)
    pdf.cell(0, 10, "Poste présenté :", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 22)
    pdf.multi_cell(
        250,
        11,
        "Chargé·e de programme associé·e (chaînes de valeur cacao et anacarde)",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 16)
    pdf.cell(0, 9, "Centre du commerce international (CCI / ITC)", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 9, "Département fédéral des affaires étrangères (DFAE), Berne", new_x="LMARGIN", new_y="NEXT")

    slide(
        "Ordre du jour",
        [
            "Le programme JPO suisse",
            "Le poste et son contexte",
            "Profil et conditions d'éligibilité",
            "Calendrier et dossier de candidature",
            "Vos questions",
        ],
    )
    slide(
        "Le programme JPO suisse en bref",
        [
            "Financé par le DFAE",
            "Environ 25 JPO suisses en poste dans le système des Nations Unies",
            "Deux appels par an (printemps et automne)",
            "Affectation de 2 ans en principe ; 3e année possible en cofinancement",
        ],
    )
    slide(
        "Le poste en bref",
        [
            "Intitulé : Chargé·e de programme associé·e (chaînes de valeur cacao et anacarde)",
            "Organisation : Centre du commerce international (CCI / ITC), siège à Genève",
            "Unité : Section Afrique - projet « Cacao et anacarde durables »",
            "Lieu d'affectation : San-Pédro (Côte d'Ivoire) - pas Abidjan !",
            "Classe : P-2   |   Durée : 2 ans (24 mois)",
            "Réf. du poste : ITC/JPO/CH/27-03",
        ],
    )
    slide(
        "Contexte",
        [
            "La Côte d'Ivoire : 1er producteur mondial de cacao et d'anacarde",
            "Projet CCI 2025-2029 : traçabilité, accès aux marchés, coopératives de femmes",
            "Supervision : Chef·fe de projet (P-4), San-Pédro",
            "Appui technique : Conseiller principal (P-5), Genève",
        ],
    )
    slide(
        "Vos tâches (1/2)",
        [
            "Suivre la mise en oeuvre des activités avec les coopératives partenaires",
            "Collecter et analyser les données de suivi-évaluation du projet",
            "Préparer des rapports d'avancement pour le bailleur et le siège",
            "Organiser des formations sur les normes de durabilité et la traçabilité",
        ],
    )
    slide(
        "Vos tâches (2/2)",
        [
            "Faciliter les contacts entre coopératives, exportateurs et acheteurs",
            "Contribuer à la communication du projet (articles, réseaux sociaux)",
            "Toute autre tâche confiée par la cheffe de projet",
        ],
    )
    slide(
        "Ce que vous apprendrez",
        [
            "Gestion d'un projet de terrain du début à la fin",
            "Fonctionnement des chaînes de valeur agricoles d'exportation",
            "Suivi-évaluation axé sur les résultats",
            "Travail avec le secteur privé et les autorités locales",
        ],
    )
    slide(
        "Votre profil",
        [
            "Master en économie agricole, agronomie, commerce international ou domaine apparenté",
            "Expérience : 2 à 5 ans (chaînes de valeur, développement du secteur privé)",
            "Français courant et bon anglais : exigés",
            "Langues locales : un plus",
        ],
    )
    slide(
        "Compétences recherchées",
        [
            "Intégrité",
            "Professionnalisme",
            "Travail d'équipe",
            "Communication",
            "Sens de l'organisation",
        ],
    )
    slide(
        "Êtes-vous éligible ?",
        [
            "Nationalité suisse",
            "Double nationalité suisse-ivoirienne : pas d'affectation en Côte d'Ivoire",
            "Âge : 31 ans au plus à la date limite",
            "Master terminé au moment de la candidature (pas d'étudiant·e·s)",
            "Max. 2 candidatures par année civile (tous appels confondus)",
        ],
    )
    slide(
        "Calendrier",
        [
            "Publication du poste : 8 février 2027",
            "Séance d'information : 17 février 2027",
            "Date limite : lundi 15 mars 2027, 23h59 (HEC)",
            "Entretiens : semaine du 19 avril 2027, à Berne",
            "Entrée en fonctions : 1er septembre 2027",
        ],
    )
    slide(
        "Dossier de candidature",
        [
            "CV (2 pages au maximum)",
            "Lettre de motivation en français",
            "Copies des diplômes",
            "Formulaire de candidature du DFAE",
        ],
        sub="À déposer sur le portail du DFAE :",
    )
    slide(
        "Questions ?",
        [
            "Merci de votre attention !",
            "Secrétariat du programme JPO, DFAE - Division Nations Unies",
            "Enregistrement de la séance disponible jusqu'au 31 mars 2027",
        ],
    )
    assert pdf.page_no() == SlidePdf.TOTAL
    pdf.output(str(HERE / "diaporama_cci_suisse_sanpedro_fr.pdf"))


if __name__ == "__main__":
    make_icao_docx()
    make_imo_pdf()
    make_slides_pdf()
