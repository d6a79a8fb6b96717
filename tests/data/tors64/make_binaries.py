"""Build the binary documents of this batch (deterministic output).

Run with /work/main/.venv/bin/python from any directory:
  - unmiss_print.pdf      a posting printed from a web browser ("Print to PDF"), fpdf2
  - onudi_vienne_fr.pdf   a French UNIDO vacancy notice, fpdf2, two-column label/value rows
  - oit_antananarivo_fr.docx  a French ILO ToR, python-docx (table, heading and list styles)
"""

import datetime as dt
import io
import os
import zipfile

from docx import Document
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2026, 3, 27, 16, 8, 0, tzinfo=dt.timezone.utc)


# --------------------------------------------------------------------------------------
# 1. Browser "Print to PDF" of a JPO Programme web page (UNMISS, Korea)
# --------------------------------------------------------------------------------------
PRINT_DATE = "3/27/26, 4:08 PM"
PAGE_TITLE = "Associate Civil Affairs Officer (JPO), UNMISS - Juba | Junior Professional Officer Programme"
PAGE_URL = (
    "https://www.un.org/development/desa/jpo/vacancies/associate-civil-affairs-officer-unmiss-juba-korea/"
)


class BrowserPrint(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(7, 5)
        self.cell(40, 4, PRINT_DATE)
        self.set_xy(50, 5)
        self.cell(self.w - 100, 4, PAGE_TITLE, align="C")
        self.set_y(16)

    def footer(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(7, -9)
        self.cell(160, 4, PAGE_URL)
        self.set_xy(self.w - 27, -9)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")


def build_unmiss_print(path):
    pdf = BrowserPrint(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("Mozilla/5.0 (X11; Linux x86_64) Chrome/134.0 Safari/537.36")
    pdf.set_title(PAGE_TITLE)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    W = pdf.w - 36

    def txt(s, size=9.5, style="", h=4.6, color=(0, 0, 0)):
        pdf.set_font("Helvetica", style, size)
        pdf.set_text_color(*color)
        pdf.multi_cell(W, h, s, new_x="LMARGIN", new_y="NEXT")

    def gap(h=2.5):
        pdf.ln(h)

    def heading(s):
        gap(2.5)
        txt(s, 12, "B", 6, (0, 80, 160))
        gap(0.8)

    def bullets(items, mark="\u2022"):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_text_color(0, 0, 0)
        for it in items:
            x = pdf.l_margin
            pdf.set_x(x + 4)
            pdf.cell(4, 4.6, mark)
            pdf.multi_cell(W - 8, 4.6, it, new_x="LMARGIN", new_y="NEXT")
            gap(0.6)

    def numbered(items):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_text_color(0, 0, 0)
        for i, it in enumerate(items, 1):
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(6, 4.6, f"{i}.")
            pdf.multi_cell(W - 10, 4.6, it, new_x="LMARGIN", new_y="NEXT")
            gap(0.6)

    # --- site chrome printed as text
    txt("Skip to main content", 8, "", 4, (60, 60, 60))
    txt("Welcome to the United Nations          English   Français   Español", 8, "", 4, (60, 60, 60))
    gap(1.5)
    txt("Junior Professional Officer Programme", 14, "B", 6.5, (0, 80, 160))
    txt(
        "United Nations Department of Economic and Social Affairs - JPO Programme Services Section",
        8.5,
        "",
        4.2,
    )
    gap(1)
    txt(
        "Home     About the Programme     Vacancies     Donor Countries     Applicants     FAQ     Contact     Search",
        9,
        "B",
        4.6,
    )
    gap(1.5)
    txt(
        "We use cookies to analyse traffic on this website and to remember your preferences. By clicking "
        '"Accept" you consent to the use of analytics cookies. You can change your choice at any time. '
        "Read our privacy notice.     Accept     Decline",
        8,
        "I",
        4,
        (60, 60, 60),
    )
    gap(1.5)
    txt("Home  >  Vacancies  >  Republic of Korea  >  UNMISS", 8, "", 4, (60, 60, 60))
    gap(3)

    # --- the posting
    txt("Associate Civil Affairs Officer (JPO)", 16, "B", 7.5)
    txt(
        "Open only to nationals of the Republic of Korea. Non-family duty station (hardship category E).",
        9.5,
        "I",
        4.8,
    )
    gap(2)
    facts = [
        ("Job Opening ID", "26-JPO-UNMISS-248731"),
        ("MOFA file no.", "KJPO-2026-017"),
        ("Department/Office", "United Nations Mission in the Republic of South Sudan (UNMISS)"),
        ("Division", "Civil Affairs Division"),
        ("Duty Station", "Juba"),
        ("Country", "South Sudan"),
        ("Grade", "P-2"),
        (
            "Duration",
            "One year, with possible extension for a second year subject to satisfactory "
            "performance and availability of funds",
        ),
        ("Sponsoring country", "Republic of Korea"),
        ("Date posted", "17 March 2026"),
        ("Deadline", "12 April 2026"),
    ]
    for label, value in facts:
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(42, 5, label)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(W - 42, 5, value, new_x="LMARGIN", new_y="NEXT")

    heading("Org. Setting and Reporting")
    txt(
        "The United Nations Mission in the Republic of South Sudan (UNMISS) was established by Security "
        "Council resolution 1996 (2011). Its mandate includes the protection of civilians, the creation of "
        "conditions conducive to the delivery of humanitarian assistance, and support to the implementation of "
        "the Revitalized Agreement on the Resolution of the Conflict in South Sudan. The Civil Affairs Division "
        "works with local authorities and communities in all ten states to manage conflict, support "
        "reconciliation and extend the reach of state institutions."
    )
    gap(1.5)
    txt(
        "This position is located in the Civil Affairs Division at UNMISS headquarters in Juba. The JPO will "
        "work under the direct supervision of a Civil Affairs Officer (P-4) and the overall guidance of the "
        "Chief of the Civil Affairs Division (D-1). Occasional travel to field offices in Bor, Malakal and Wau "
        "is expected."
    )

    heading("Responsibilities")
    txt(
        "Within delegated authority, the Associate Civil Affairs Officer (JPO) will be responsible for the "
        "following duties:"
    )
    gap(1)
    bullets(
        [
            "Monitor and analyse local political, social and security developments affecting inter-communal relations "
            "and report on them through weekly and thematic reports.",
            "Support the planning and facilitation of community dialogues, peace conferences and reconciliation "
            "initiatives, in coordination with state authorities and traditional leaders.",
            "Maintain the Division's conflict-incident database and produce maps and analytical products for "
            "mission leadership.",
            "Contribute to the design and monitoring of quick-impact projects and of programmatic activities "
            "funded through the mission's assessed budget.",
            "Liaise with UN agencies, NGOs and other mission components (Human Rights, Political Affairs, UN Police) "
            "on protection of civilians and early-warning matters.",
            "Draft talking points, briefing notes, code cables and correspondence.",
            "Support the organization of capacity-building workshops for county commissioners and local "
            "peace committees.",
            "Perform other related duties as required.",
        ]
    )

    heading("Learning Elements")
    txt("At the end of the assignment, the JPO will have:")
    gap(1)
    bullets(
        [
            "A thorough understanding of the functioning of a multidimensional peacekeeping operation and of the "
            "role of civil affairs within it.",
            "Practical experience in conflict analysis and in the facilitation of community-level dialogue.",
            "Experience in drafting for senior mission leadership and for United Nations Headquarters.",
            "Knowledge of project management and results-based budgeting in a field mission.",
            "A professional network within the Department of Peace Operations and the humanitarian community.",
        ]
    )

    heading("Competencies")
    bullets(
        [
            "Professionalism: Knowledge of conflict analysis and of civil affairs practice; ability to work under "
            "pressure in a hardship environment.",
            "Communication: Speaks and writes clearly and effectively; tailors language to the audience.",
            "Teamwork: Works collaboratively with colleagues to achieve organizational goals.",
            "Planning and Organizing: Develops clear goals consistent with agreed strategies; uses time efficiently.",
        ]
    )

    heading("Education")
    txt(
        "An advanced university degree (Master's degree or equivalent) in political science, international "
        "relations, conflict studies, anthropology, law or a related field is required. A first-level university "
        "degree in combination with two additional years of qualifying experience may be accepted in lieu of the "
        "advanced university degree."
    )

    heading("Work Experience")
    txt(
        "A minimum of two years of progressively responsible experience in political affairs, conflict "
        "resolution, civil affairs, community engagement or a related area is required. Experience in a conflict "
        "or post-conflict setting is desirable."
    )

    heading("Languages")
    txt(
        "English and French are the working languages of the United Nations Secretariat. For this position, "
        "fluency in English is required. Knowledge of Arabic is desirable."
    )

    heading("General requirements of the Korean JPO Programme")
    numbered(
        [
            "Korean nationality.",
            "Fluency in Korean and English.",
            "A completed university degree, as specified in the vacancy announcement above.",
            "Not older than 32 years of age as of 31 December 2026 (born on or after 1 January 1994). For male "
            "applicants who have completed military service, the age limit is extended by one year for service of "
            "less than 12 months, by two years for service of 12 months or more but less than 24 months, and by "
            "three years for service of 24 months or more.",
            "Male applicants must have completed or been exempted from Korean military service.",
            "Proof of English proficiency: TOEFL iBT 100, NEW TEPS 420 or IELTS 7.0 or higher. Scores must have been "
            "obtained no earlier than two years before the application deadline; TOEFL MyBest scores are not accepted.",
        ]
    )
    gap(1)
    txt(
        "Candidates who have previously served as a JPO under any donor programme are not eligible. Applicants "
        "may apply for a maximum of two JPO positions sponsored by the Ministry of Foreign Affairs of the "
        "Republic of Korea during the year of application."
    )

    heading("Documents to be submitted")
    numbered(
        [
            "A cover letter and the United Nations Personal History Profile (P11), in English.",
            "A scanned copy of the applicant's Resident Registration certificate.",
            "A copy of the university degree(s) and transcripts.",
            "An English test score report (TOEFL iBT, NEW TEPS or IELTS).",
            "Male applicants only: a certificate of military service (discharge or exemption).",
        ]
    )

    heading("How to apply")
    txt(
        "Applications must be submitted online through the JPO Programme website no later than "
        "12 April 2026, 11:59 p.m. New York time (EDT). Incomplete applications will not be considered. "
        "Candidates who applied to the previous UNMISS Civil Affairs call (closed on 28 September 2025) must "
        "submit a new application. Only short-listed candidates will be contacted; evaluation may include a "
        "written assessment followed by a competency-based interview."
    )

    heading("United Nations Considerations")
    txt(
        "Candidates will be required to meet the requirements of Article 101, paragraph 3, of the Charter as "
        "well as the requirements of the position. The United Nations places no restrictions on the eligibility "
        "of men and women to participate in any capacity. The United Nations Secretariat is a non-smoking "
        "environment. The United Nations does not charge a fee at any stage of the recruitment process."
    )
    gap(5)
    txt("Copyright  |  FAQ  |  Fraud Alert  |  Privacy Notice  |  Terms of Use", 8, "", 4, (60, 60, 60))
    pdf.output(path)


# --------------------------------------------------------------------------------------
# 2. UNIDO vacancy notice in French (ONUDI, Switzerland)
# --------------------------------------------------------------------------------------
class Onudi(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_y(8)
        self.cell(
            0,
            4,
            "ONUDI / UNIDO  -  Programme des administrateurs auxiliaires (JPO)  -  Avis de vacance 2026",
            align="L",
        )
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 13, self.w - self.r_margin, 13)
        self.set_y(18)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="C")


def build_onudi(path):
    pdf = Onudi(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_title("Avis de vacance JPO - ONUDI")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    W = pdf.w - 40

    def para(s, size=10, style="", h=4.8):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(W, h, s, new_x="LMARGIN", new_y="NEXT")

    def heading(s):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(W, 6, s, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)

    def bullets(items):
        pdf.set_font("Helvetica", "", 10)
        for it in items:
            pdf.set_x(pdf.l_margin + 3)
            pdf.cell(5, 4.8, "\u2022")
            pdf.multi_cell(W - 8, 4.8, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)

    # letterhead, then the real title block
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        W,
        5,
        "ORGANISATION DES NATIONS UNIES POUR LE DÉVELOPPEMENT INDUSTRIEL",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        W,
        4.5,
        "Centre international de Vienne  -  Wagramer Strasse 5  -  A-1400 Vienne",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(W, 7, "AVIS DE VACANCE DE POSTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        W,
        5.5,
        "Classe : P-2  |  Durée : 12 mois  |  Clôture : 8 mai 2026",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    rows = [
        (
            "Intitulé du poste",
            "Administrateur auxiliaire (JPO) \u2013 Économie circulaire et politique industrielle verte",
        ),
        ("N° de l'avis de vacance", "2026/JPO/IET/CEG-02"),
        ("Référence DDC", "7F-10988.01"),
        ("Organisation", "Organisation des Nations Unies pour le développement industriel (ONUDI)"),
        (
            "Unité",
            "Direction de l'environnement et de l'énergie \u2013 Division de l'économie circulaire et de "
            "l'industrie verte",
        ),
        ("Lieu d'affectation", "Vienne (Autriche), Centre international de Vienne"),
        ("Classe", "P-2"),
        ("Durée", "12 mois, renouvelable une fois"),
        ("Pays donateur", "Suisse \u2013 Direction du développement et de la coopération (DDC)"),
        ("Date de publication", "30 avril 2026"),
        ("Date de clôture", "8 mai 2026, 23h59 (heure de Vienne)"),
    ]
    LW = 48
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(LW, 5.2, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + LW, y)
        pdf.multi_cell(W - LW, 5.2, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)

    heading("Contexte")
    para(
        "L'ONUDI est l'institution spécialisée des Nations Unies chargée de promouvoir un développement industriel "
        "inclusif et durable. La Division de l'économie circulaire et de l'industrie verte aide les États membres "
        "à concevoir des politiques industrielles sobres en ressources, à développer les parcs éco-industriels "
        "et à mettre en \u0153uvre les accords multilatéraux sur l'environnement. Le/la JPO travaillera sous la "
        "supervision d'un administrateur de programme principal (P-5) et en collaboration avec l'équipe chargée "
        "des politiques industrielles."
    )

    heading("Fonctions et responsabilités")
    bullets(
        [
            "Contribuer à l'analyse des politiques industrielles nationales sous l'angle de l'économie circulaire "
            "et préparer des notes de synthèse par pays ;",
            "Appuyer la mise en \u0153uvre du programme mondial des parcs éco-industriels, notamment le suivi des "
            "indicateurs et la rédaction des rapports aux donateurs ;",
            "Participer à la préparation de nouvelles propositions de projets, y compris les cadres logiques et "
            "les budgets ;",
            "Collecter et analyser des données sur l'efficacité des ressources dans les secteurs manufacturiers "
            "des pays partenaires d'Afrique de l'Ouest et du Maghreb ;",
            "Aider à l'organisation de réunions d'experts et d'ateliers de renforcement des capacités, à Vienne et "
            "dans les pays partenaires ;",
            "Rédiger des contributions aux publications de l'ONUDI et aux produits de communication de la Division "
            "(articles, présentations, pages web) destinés aux États membres et aux partenaires techniques ;",
            "Exécuter toute autre tâche connexe à la demande du superviseur.",
        ]
    )

    heading("Éléments d'apprentissage")
    bullets(
        [
            "Connaissance approfondie du cycle des projets de coopération technique de l'ONUDI ;",
            "Maîtrise des outils d'analyse de l'efficacité des ressources et de l'économie circulaire ;",
            "Expérience du travail avec les gouvernements, le secteur privé et les donateurs ;",
            "Compétences en gestion de projet et en rédaction dans un contexte multilatéral.",
        ]
    )

    heading("Qualifications requises")
    para(
        "Formation : master (ou diplôme universitaire supérieur équivalent) en économie, ingénierie de "
        "l'environnement, politique industrielle, développement durable ou dans un domaine connexe. Les "
        "étudiant(e)s inscrit(e)s en dernière année de master peuvent postuler, à condition d'obtenir leur "
        "diplôme avant l'entrée en fonction. Le master doit avoir été obtenu au cours des trois dernières années."
    )
    pdf.ln(1)
    para(
        "Expérience professionnelle : au moins deux ans et au maximum cinq ans d'expérience professionnelle "
        "pertinente, dans le domaine de l'économie circulaire, de la politique industrielle ou de "
        "l'environnement."
    )
    pdf.ln(1)
    para(
        "Langues : excellente maîtrise du français et de l'anglais. La connaissance de l'allemand constitue un "
        "atout."
    )

    heading("Compétences")
    bullets(
        [
            "Intégrité et professionnalisme",
            "Orientation vers les résultats et responsabilité",
            "Travail en équipe et collaboration",
            "Communication et échange de connaissances",
            "Adaptabilité et apprentissage continu",
        ]
    )

    heading("Conditions du programme JPO suisse")
    para(
        "Le programme JPO de la Suisse est financé et géré par la DDC. Il est ouvert exclusivement aux personnes "
        "de nationalité suisse âgées de 30 ans au plus à la date de clôture de l'avis. Les personnes ayant déjà "
        "bénéficié d'un contrat JPO, d'un contrat de jeune expert associé ou d'un contrat équivalent financé "
        "par un pays donateur ne peuvent pas être retenues."
    )

    heading("Pièces à joindre")
    pdf.set_font("Helvetica", "", 10)
    for i, it in enumerate(
        [
            "un curriculum vitae en français ou en anglais ;",
            "une lettre de motivation (deux pages au maximum) ;",
            "une copie du diplôme de master ou une attestation d'inscription en dernière année ;",
            "une copie du passeport suisse.",
        ],
        1,
    ):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 4.8, f"{i})")
        pdf.multi_cell(W - 10, 4.8, it, new_x="LMARGIN", new_y="NEXT")

    heading("Comment postuler")
    para(
        "Les candidatures complètes doivent être envoyées via le portail de recrutement de l'ONUDI, en "
        "indiquant le numéro de l'avis, au plus tard le 8 mai 2026 à 23h59 (heure de Vienne). Seul(e)s les "
        "candidat(e)s présélectionné(e)s seront contacté(e)s. L'ONUDI ne perçoit aucun frais à quelque stade "
        "que ce soit du processus de recrutement."
    )
    pdf.output(path)


# --------------------------------------------------------------------------------------
# 3. ILO ToR in French as DOCX (OIT, Luxembourg)
# --------------------------------------------------------------------------------------
def build_oit_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "OIT - Bureau de pays Antananarivo"
    cp.last_modified_by = "make_binaries"
    cp.title = "Termes de référence JPO"
    cp.created = dt.datetime(2026, 3, 2, 9, 0, 0)
    cp.modified = dt.datetime(2026, 3, 2, 9, 0, 0)
    cp.revision = 1

    p = doc.add_paragraph(
        "Bureau international du Travail \u2013 Programme des administrateurs auxiliaires (JPO)"
    )
    p.runs[0].font.size = Pt(9)
    doc.add_paragraph("TERMES DE RÉFÉRENCE", style="Subtitle")
    doc.add_paragraph(
        "Administrateur(trice) auxiliaire \u2013 Emploi des jeunes et transition juste", style="Title"
    )

    facts = [
        (
            "Intitulé du poste",
            "Administrateur(trice) auxiliaire \u2013 Emploi des jeunes et transition juste",
        ),
        ("N° de l'avis de vacance", "ILO/JPO/AFR/2026/07"),
        ("Référence du bailleur", "MAEE-LUX/JPO/26-02"),
        ("Organisation", "Organisation internationale du Travail (OIT)"),
        ("Unité", "Bureau de pays de l'OIT pour Madagascar, les Comores, Maurice et les Seychelles"),
        ("Ville", "Antananarivo"),
        ("Pays", "Madagascar"),
        ("Classe", "P-2"),
        (
            "Durée",
            "1 an, renouvelable une fois sous réserve d'une performance satisfaisante et de la "
            "disponibilité des fonds",
        ),
        (
            "Pays donateur",
            "Luxembourg \u2013 Ministère des Affaires étrangères et européennes, Direction de la "
            "Coopération au développement et de l'action humanitaire",
        ),
        ("Date limite de candidature", "20 avril 2026, 17h00 (heure de Luxembourg)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value
    for row in table.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11)

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "Le Bureau de pays de l'OIT à Antananarivo couvre Madagascar, les Comores, Maurice et les Seychelles. "
        "Il appuie les mandants tripartites (gouvernements, organisations d'employeurs et de travailleurs) dans la "
        "mise en \u0153uvre des programmes par pays de promotion du travail décent. Dans le cadre de la stratégie "
        "nationale pour l'emploi des jeunes et de l'initiative Climate Action for Jobs, le Bureau met en \u0153uvre "
        "des projets à haute intensité de main-d'\u0153uvre dans les régions rurales du Sud de Madagascar."
    )
    doc.add_paragraph(
        "Le/la JPO travaillera sous la supervision directe de la Spécialiste de l'emploi (P-4) et sous la "
        "responsabilité générale du Directeur du Bureau de pays (D-1)."
    )

    doc.add_heading("Fonctions principales", level=1)
    for it in [
        "Appuyer la mise en \u0153uvre et le suivi du projet « Emplois verts pour les jeunes ruraux » dans les "
        "régions Androy et Anosy.",
        "Contribuer à l'élaboration d'analyses du marché du travail et de notes de politique sur l'emploi des "
        "jeunes et la transition juste.",
        "Participer à la préparation des réunions du comité de pilotage tripartite et en rédiger les comptes rendus.",
        "Appuyer le suivi-évaluation du portefeuille : collecte des données, mise à jour des indicateurs, "
        "rapports aux bailleurs.",
        "Contribuer à la mobilisation des ressources, notamment à la rédaction de notes conceptuelles.",
        "Assurer la liaison avec les agences du Système des Nations Unies dans le cadre du Plan-cadre de "
        "coopération.",
        "Contribuer aux activités de communication et de gestion des connaissances du Bureau.",
        "Exécuter toute autre tâche connexe demandée par la superviseure.",
    ]:
        doc.add_paragraph(it, style="List Number")

    doc.add_heading("Éléments d'apprentissage", level=1)
    doc.add_paragraph("À l'issue de son affectation, le/la JPO aura acquis :")
    for it in [
        "une connaissance approfondie des normes internationales du travail et du tripartisme ;",
        "une expérience pratique de la gestion de projets de coopération au développement ;",
        "des compétences en analyse du marché du travail et en suivi-évaluation ;",
        "une expérience du dialogue politique avec les autorités nationales ;",
        "un réseau professionnel au sein du système des Nations Unies.",
    ]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("Qualifications requises", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Diplôme universitaire de niveau master en économie, sciences sociales, développement, relations "
        "internationales ou dans un domaine connexe. Une licence assortie de deux années supplémentaires "
        "d'expérience professionnelle pertinente peut être acceptée en lieu et place du master."
    )
    doc.add_heading("Expérience", level=2)
    doc.add_paragraph(
        "Au moins deux ans d'expérience professionnelle pertinente dans le domaine de l'emploi, du développement "
        "local ou de la gestion de projets. Une expérience en Afrique subsaharienne serait un atout."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Excellente maîtrise du français et de l'anglais. La connaissance du malgache serait un atout."
    )

    doc.add_heading("Compétences", level=1)
    for it in [
        "Intégrité et transparence",
        "Sensibilité à la diversité",
        "Orientation vers l'apprentissage",
        "Communication",
        "Orientation vers les résultats",
        "Esprit d'équipe",
    ]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("Conditions générales du programme JPO du Luxembourg", level=1)
    for it in [
        "Être de nationalité luxembourgeoise.",
        "Ne pas avoir atteint l'âge de 33 ans au 31 décembre 2026.",
        "Être titulaire d'un master et justifier d'au moins deux ans d'expérience professionnelle, ou être "
        "titulaire d'une licence et justifier d'au moins quatre ans d'expérience professionnelle.",
        "Maîtriser le français et l'anglais.",
    ]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("Pièces à joindre au dossier", level=1)
    for it in [
        "Une lettre de motivation en français.",
        "Un curriculum vitae détaillé.",
        "Le formulaire de candidature du programme JPO luxembourgeois.",
        "Une copie des diplômes universitaires.",
        "Une copie de la carte d'identité ou du passeport luxembourgeois.",
    ]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("Comment postuler", level=1)
    doc.add_paragraph(
        "Le dossier complet doit être adressé par courriel au Ministère des Affaires étrangères et européennes "
        "(Direction de la Coopération au développement et de l'action humanitaire) au plus tard le 20 avril 2026 "
        "à 17h00 (heure de Luxembourg), en mentionnant le numéro de l'avis de vacance. Les candidatures reçues "
        "dans le cadre de l'appel 2025 (clôturé le 21 mars 2025) ne sont pas reprises. Seul(e)s les candidat(e)s "
        "présélectionné(e)s seront invité(e)s à un entretien."
    )

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and a stable entry order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(name))


if __name__ == "__main__":
    build_unmiss_print(os.path.join(HERE, "unmiss_print.pdf"))
    build_onudi(os.path.join(HERE, "onudi_vienne_fr.pdf"))
    build_oit_docx(os.path.join(HERE, "oit_antananarivo_fr.docx"))
    print("ok")
