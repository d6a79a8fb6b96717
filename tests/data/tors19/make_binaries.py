"""Build the two binary documents of design batch tors19 (held-out p until measured), deterministically.

Run with the project's virtual environment:

    /work/main/.venv/bin/python make_binaries.py

Outputs (next to this script):
    iom_denmark_bangkok.docx          (python-docx: tables, Title / Heading 1-2, List Bullet / List Number)
    onufemmes_luxembourg_dakar_fr.pdf (fpdf2: running header/footer, bordered facts box, wrapped text)

Fixed creation dates, producer and zip timestamps make the output byte-for-byte identical
from run to run.
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
FIXED = dt.datetime(2027, 2, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 2, 1, 9, 0, 0)


# --------------------------------------------------------------------------------------
# DOCX: IOM Regional Office Bangkok, Danish JPO Programme
# --------------------------------------------------------------------------------------

IOM_TITLE = "Junior Professional Officer - Migration Health (Health, Border and Mobility Management)"

IOM_FACTS = [
    ("Vacancy notice no.", "VN 2027/118 (P)"),
    ("Danish MFA file no.", "2027-4415"),
    ("Position title", IOM_TITLE),
    ("Duty station", "Bangkok, Thailand"),
    (
        "Organizational unit",
        "Migration Health Division (MHD), Regional Office for Asia and the Pacific",
    ),
    ("Classification", "Professional Staff, Grade P-2"),
    (
        "Type of appointment",
        "Fixed-term, two years (the second year subject to satisfactory performance)",
    ),
    ("Reporting to", "Regional Migration Health Specialist (P-4)"),
    ("Estimated start date", "As soon as possible after 1 July 2027"),
    ("Posting period", "1 February 2027 - 1 March 2027"),
    ("Closing date", "1 March 2027, 12:00 noon CET"),
]

IOM_CONTEXT = [
    "The IOM Regional Office for Asia and the Pacific (ROAP) in Bangkok provides technical "
    "and operational support to some forty IOM country offices. Its Migration Health "
    "Division (MHD) covers health assessments for migrants and refugees, health promotion "
    "and assistance for migrants, and migration health in emergencies. Along the borders "
    "of the Greater Mekong Subregion, IOM works with ministries of health, immigration "
    "authorities and communities to make points of entry and cross-border health services "
    "ready for outbreaks and inclusive of migrants.",
    "The position is funded by the Ministry of Foreign Affairs of Denmark under the Danish "
    "Junior Professional Officer (JPO) Programme. The JPO will be part of the regional "
    "Health, Border and Mobility Management (HBMM) team.",
]

IOM_DUTIES = [
    "Support the regional HBMM team in the design, implementation and monitoring of "
    "cross-border health projects in Cambodia, the Lao People's Democratic Republic, "
    "Myanmar, Thailand and Viet Nam.",
    "Contribute to population mobility mapping exercises at points of entry and along "
    "mobility corridors, and help translate their findings into preparedness plans with "
    "national health and immigration authorities.",
    "Assist in the analysis of migration health data, including disease surveillance data "
    "from points of entry, and draft analytical notes and dashboards.",
    "Support the organization of regional trainings, simulation exercises and "
    "cross-border meetings on the International Health Regulations (2005).",
    "Draft project proposals, donor reports, concept notes and briefing materials in line "
    "with IOM's project development and reporting standards.",
    "Help ensure that gender, disability inclusion and protection from sexual exploitation "
    "and abuse are mainstreamed in all migration health activities.",
    "Maintain working relations with WHO, UNICEF, UNHCR, ASEAN bodies and NGO partners, "
    "and represent IOM in technical meetings as delegated.",
    "Perform such other duties as may be assigned.",
]

IOM_LEARNING = [
    "A sound understanding of IOM's mandate, the Migration Governance Framework and the "
    "place of migration health within the UN system.",
    "Practical experience in the management of regional health and border projects, "
    "including budgeting, monitoring and reporting.",
    "Skills in the analysis of mobility and surveillance data for public health decisions.",
    "A network of partners in ministries of health, UN agencies and academic institutions "
    "across South-East Asia.",
]

IOM_COMPETENCIES = [
    "Teamwork: develops and promotes effective collaboration within and across units to "
    "achieve shared goals and optimize results.",
    "Delivering results: produces and delivers quality results in a service-oriented and "
    "timely manner; is action oriented and committed to achieving agreed outcomes.",
    "Managing and sharing knowledge: continuously seeks to learn, share knowledge and innovate.",
    "Accountability: takes ownership for achieving the Organization's priorities and "
    "assumes responsibility for own action and delegated work.",
    "Communication: encourages and contributes to clear and open communication; explains "
    "complex matters in an informative, inspiring and motivational way.",
]

IOM_ELIGIBILITY = [
    "You are a Danish citizen.",
    "You are under 33 years of age on the application deadline (1 March 2027).",
    "You hold a relevant Master's degree at the time of application.",
    "You have not previously held a JPO position funded by Denmark or by any other donor country.",
]

IOM_DOCUMENTS = [
    "Motivation letter (maximum one page)",
    "Curriculum vitae (maximum two pages)",
    "Copy of the Master's degree diploma and transcripts",
    "Completed IOM Personal History Form",
]


def _fact_table(doc, rows, widths=(Pt(130), Pt(330))):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].width, cells[1].width = widths
        cells[0].text = ""
        run = cells[0].paragraphs[0].add_run(label)
        run.bold = True
        cells[1].text = value
    return table


def build_docx(path: Path) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "IOM ROAP Human Resources"
    props.last_modified_by = "IOM ROAP Human Resources"
    props.title = "VN 2027/118 (P) - JPO Migration Health"
    props.subject = "Danish JPO Programme 2027"
    props.keywords = ""
    props.comments = ""
    props.revision = 1
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.last_printed = FIXED.replace(tzinfo=None)

    section = doc.sections[0]
    section.header.paragraphs[0].text = (
        "International Organization for Migration (IOM) - UN Migration | "
        "Regional Office for Asia and the Pacific, Bangkok"
    )
    section.footer.paragraphs[0].text = (
        "IOM does not charge a fee at any stage of its recruitment process. "
        "IOM has a zero-tolerance policy on conduct that is incompatible with the aims "
        "and objectives of the United Nations."
    )

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("VACANCY NOTICE")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph("Open to Danish nationals only - Danish JPO Programme 2027")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(IOM_TITLE, style="Title")
    _fact_table(doc, IOM_FACTS)

    doc.add_heading("Context", level=1)
    for para in IOM_CONTEXT:
        doc.add_paragraph(para)

    doc.add_heading("Core Functions / Responsibilities", level=1)
    doc.add_paragraph(
        "Under the overall supervision of the Regional Director and the direct supervision "
        "of the Regional Migration Health Specialist (P-4), and in close coordination with "
        "the Migration Health Division at Headquarters, the JPO will:"
    )
    for item in IOM_DUTIES:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Learning Elements", level=1)
    doc.add_paragraph("At the end of the assignment, the JPO will have acquired:")
    for item in IOM_LEARNING:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Required Qualifications and Experience", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Master's degree in Public Health, Epidemiology, Medicine, Health Economics, "
        "Social Sciences or a related field from an accredited academic institution."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "At least two years of relevant professional experience in public health "
        "programmes, health systems or humanitarian health is required. Experience in "
        "South-East Asia and familiarity with the International Health Regulations (2005) "
        "are an advantage."
    )
    doc.add_heading("Skills", level=2)
    doc.add_paragraph(
        "Good analytical and drafting skills; proficiency in data analysis software "
        "(Stata, R or similar) and in GIS mapping is an advantage."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph("IOM's official languages are English, French and Spanish.")
    lang = doc.add_table(rows=2, cols=2)
    lang.style = "Table Grid"
    lang.cell(0, 0).text = "Required"
    lang.cell(1, 0).text = "Desirable"
    c = lang.cell(0, 1)
    c.paragraphs[0].text = "English (fluent, oral and written)"
    c.paragraphs[0].style = doc.styles["List Bullet"]
    c = lang.cell(1, 1)
    c.paragraphs[0].text = "Working knowledge of Thai"
    c.paragraphs[0].style = doc.styles["List Bullet"]
    c.add_paragraph("Working knowledge of Burmese or Khmer", style="List Bullet")

    doc.add_heading("Required Competencies", level=1)
    doc.add_paragraph(
        "Values - all IOM staff members must abide by and demonstrate three values: "
        "inclusion and respect for diversity, integrity and transparency, and "
        "professionalism."
    )
    doc.add_heading("Core Competencies - behavioural indicators level 1", level=2)
    for item in IOM_COMPETENCIES:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Are you eligible? - Danish JPO Programme", level=1)
    doc.add_paragraph(
        "The Danish JPO Programme, administered by the Ministry of Foreign Affairs of "
        "Denmark, sets the following general conditions:"
    )
    for item in IOM_ELIGIBILITY:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "In the annual JPO recruitment round, each applicant may apply for a maximum of two "
        "positions. Applying for more than two positions will lead to the rejection of all "
        "of the applicant's applications."
    )

    doc.add_heading("How to Apply", level=1)
    doc.add_paragraph(
        "Applications must be submitted online through the JPO application portal of the "
        "Ministry of Foreign Affairs of Denmark no later than 1 March 2027, 12:00 noon CET. "
        "Please attach the following documents, in English:"
    )
    for item in IOM_DOCUMENTS:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Interviews with shortlisted candidates are planned for April 2027 in Copenhagen. "
        "Only shortlisted candidates will be contacted."
    )
    doc.add_paragraph("Posting period: From 01.02.2027 to 01.03.2027")

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data: bytes, path: Path) -> None:
    """Rewrite a zip (docx) with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    first = [n for n in names if n == "[Content_Types].xml"]
    rest = sorted(n for n in names if n != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in first + rest:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------------------
# PDF: ONU Femmes, Bureau regional Afrique de l'Ouest et du Centre, programme JEA Luxembourg
# --------------------------------------------------------------------------------------

UNW_REF = "WCARO/JPO/2027/03"
UNW_TITLE = (
    "Administrateur(trice) de programme auxiliaire (JPO) - Autonomisation "
    "économique des femmes et résilience climatique au Sahel"
)

UNW_FACTS = [
    ("Référence du poste", UNW_REF),
    ("Dossier MAEE", "LU-JEA/27/0112"),
    (
        "Lieu d'affectation",
        "Dakar, Sénégal (missions fréquentes au Mali, au Niger et au Burkina Faso)",
    ),
    (
        "Unité",
        "Section Autonomisation économique des femmes, Bureau régional pour l'Afrique "
        "de l'Ouest et du Centre (WCARO)",
    ),
    ("Classe", "P-1"),
    (
        "Durée",
        "12 mois, renouvelable une fois sous réserve d'une performance satisfaisante et "
        "de l'accord du bailleur",
    ),
    ("Supervision", "Spécialiste régionale de programme, Autonomisation économique (P-4)"),
    (
        "Bailleur",
        "Grand-Duché de Luxembourg - Ministère des Affaires étrangères et européennes, "
        "Direction de la Coopération au développement et de l'action humanitaire",
    ),
    ("Date de publication", "8 février 2027"),
    ("Date limite", "10 mars 2027, 17h00 GMT (heure de Dakar)"),
]

UNW_CONTEXT = [
    "ONU Femmes est l'entité des Nations Unies consacrée à l'égalité des sexes et à "
    "l'autonomisation des femmes. Le Bureau régional pour l'Afrique de l'Ouest et du "
    "Centre (WCARO), basé à Dakar, appuie 24 pays de la région, dont 11 disposent d'un "
    "bureau de pays. Au Sahel, les femmes rurales assurent l'essentiel de la production "
    "vivrière mais n'ont qu'un accès limité à la terre, au crédit, aux intrants et à "
    "l'information climatique ; les sécheresses et les inondations à répétition "
    "aggravent ces inégalités.",
    "Le programme régional « Femmes, agriculture et climat » vise à renforcer la "
    "résilience économique de 150 000 femmes au Burkina Faso, au Mali, au Niger et au "
    "Sénégal par l'accès aux technologies agricoles adaptées, aux services financiers et "
    "aux marchés. Le/la JPO rejoindra l'équipe régionale chargée de ce programme. Le poste "
    "est financé par le Luxembourg dans le cadre de son programme de Jeunes Experts "
    "Associés (JEA).",
]

UNW_DUTIES = [
    "Contribuer à la planification, au suivi et au rapportage du programme régional "
    "« Femmes, agriculture et climat », y compris la préparation des plans de travail "
    "annuels et des rapports aux bailleurs.",
    "Appuyer les bureaux de pays dans la collecte et l'analyse de données ventilées par "
    "sexe sur l'accès des femmes à la terre, au crédit et aux services climatiques.",
    "Participer à l'élaboration de notes d'orientation et de produits de connaissance sur "
    "l'économie des soins, l'entrepreneuriat féminin et la finance climatique sensible au "
    "genre.",
    "Appuyer l'organisation d'ateliers régionaux, de missions conjointes et de formations "
    "destinées aux partenaires gouvernementaux et aux organisations de femmes.",
    "Contribuer à la mobilisation de ressources, notamment par la rédaction de notes "
    "conceptuelles et de propositions de projets.",
    "Assurer le suivi des partenariats avec les agences du Système des Nations Unies "
    "(FAO, PAM, FIDA, PNUD) et les institutions de microfinance de la sous-région.",
    "Exécuter toute autre tâche confiée par la superviseure.",
]

UNW_LEARNING = [
    "Connaissance approfondie du mandat normatif, opérationnel et de coordination "
    "d'ONU Femmes et de la programmation conjointe au sein du Système des Nations Unies.",
    "Compétences pratiques en gestion axée sur les résultats, en suivi-évaluation et en "
    "rapportage aux bailleurs de fonds.",
    "Expérience de terrain des enjeux de genre, de sécurité alimentaire et d'adaptation "
    "au changement climatique au Sahel.",
    "Participation au programme d'apprentissage des JPO d'ONU Femmes et à une formation "
    "financée par le budget de formation du programme JEA.",
]

UNW_COMPETENCIES = [
    "Sensibilité aux questions de genre",
    "Responsabilité",
    "Résolution créative des problèmes",
    "Communication efficace",
    "Collaboration inclusive",
    "Engagement des parties prenantes",
    "Leadership par l'exemple",
]

UNW_DOCUMENTS = [
    "le formulaire de candidature du programme JEA du Luxembourg, dûment complété ;",
    "un curriculum vitae en français ou en anglais (trois pages au maximum) ;",
    "une lettre de motivation adressée à ONU Femmes ;",
    "une copie du diplôme de master (ou une attestation d'inscription en dernière année) ;",
    "une copie de la carte d'identité ou du passeport luxembourgeois.",
]


class UNWomenPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            "ONU Femmes - Bureau régional pour l'Afrique de l'Ouest et du Centre",
            align="L",
        )
        self.set_x(self.l_margin)
        self.cell(0, 5, "Programme JEA Luxembourg 2027", align="R")
        self.ln(6)
        self.set_draw_color(0, 114, 188)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            f"Avis de vacance {UNW_REF} - page {self.page_no()} sur {{nb}}",
            align="C",
        )
        self.set_text_color(0, 0, 0)

    def section_title(self, text):
        self.ln(3)
        self.set_font("Helvetica", "B", 11)
        self.set_text_color(0, 114, 188)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("Helvetica", "", 10)

    def para(self, text):
        self.set_font("Helvetica", "", 10)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def bullets(self, items, mark="-"):
        self.set_font("Helvetica", "", 10)
        width = self.w - self.l_margin - self.r_margin
        for item in items:
            self.set_x(self.l_margin + 3)
            self.cell(5, 5, mark)
            self.multi_cell(width - 8, 5, item, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)

    def numbered(self, items):
        self.set_font("Helvetica", "", 10)
        width = self.w - self.l_margin - self.r_margin
        for i, item in enumerate(items, 1):
            self.set_x(self.l_margin + 3)
            self.cell(7, 5, f"{i}.")
            self.multi_cell(width - 10, 5, item, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)

    def facts_box(self, rows, label_w=45):
        width = self.w - self.l_margin - self.r_margin
        value_w = width - label_w
        line_h = 5.5
        for label, value in rows:
            self.set_font("Helvetica", "", 9.5)
            lines = self.multi_cell(value_w, line_h, value, dry_run=True, output="LINES")
            h = line_h * len(lines)
            if self.get_y() + h > self.page_break_trigger:
                self.add_page()
            y = self.get_y()
            self.set_fill_color(225, 238, 248)
            self.set_font("Helvetica", "B", 9.5)
            self.set_xy(self.l_margin, y)
            self.cell(label_w, h, label, border=1, fill=True)
            self.set_font("Helvetica", "", 9.5)
            self.set_xy(self.l_margin + label_w, y)
            self.multi_cell(value_w, line_h, value, border=1)
            self.set_y(y + h)


def build_pdf(path: Path) -> None:
    pdf = UNWomenPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("ONU Femmes WCARO")
    pdf.set_title(f"Avis de vacance {UNW_REF}")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 16)
    pdf.set_text_color(0, 114, 188)
    pdf.cell(0, 8, "ONU FEMMES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(
        0,
        5,
        "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(
        0,
        6,
        "AVIS DE VACANCE DE POSTE - JEUNE EXPERT(E) ASSOCIÉ(E) (JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 6.5, UNW_TITLE, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.facts_box(UNW_FACTS)

    pdf.section_title("1. CONTEXTE")
    for p in UNW_CONTEXT:
        pdf.para(p)

    pdf.section_title("2. FONCTIONS ET RESPONSABILITÉS")
    pdf.para(
        "Sous la supervision directe de la Spécialiste régionale de programme (P-4) et sous "
        "l'autorité générale de la Directrice régionale adjointe, le/la JPO :"
    )
    pdf.bullets(UNW_DUTIES)

    pdf.section_title("3. ÉLÉMENTS D'APPRENTISSAGE")
    pdf.bullets(UNW_LEARNING)

    pdf.section_title("4. QUALIFICATIONS ET EXPÉRIENCE")
    pdf.para(
        "Formation : Master (ou diplôme équivalent) en économie du développement, "
        "agroéconomie, études de genre, environnement ou dans un domaine apparenté. Les "
        "candidat(e)s en dernière année de master peuvent postuler, à condition d'avoir "
        "obtenu leur diplôme avant l'entrée en fonctions."
    )
    pdf.para(
        "Expérience : au moins deux années d'expérience professionnelle dans la gestion de "
        "programmes de développement, l'autonomisation économique des femmes ou "
        "l'adaptation au changement climatique. Une expérience en Afrique de l'Ouest est "
        "un atout."
    )
    pdf.para(
        "Langues : excellente maîtrise du français et de l'anglais, à l'écrit comme à "
        "l'oral. La connaissance du wolof ou d'une autre langue parlée dans la sous-région "
        "est un atout."
    )

    pdf.section_title("5. VALEURS ET COMPÉTENCES")
    pdf.para(
        "Valeurs fondamentales : intégrité, professionnalisme et respect de la diversité. "
        "Compétences clés attendues :"
    )
    pdf.bullets(UNW_COMPETENCIES)

    pdf.section_title("6. CONDITIONS DU PROGRAMME JEA DU LUXEMBOURG")
    pdf.para(
        "Le programme des Jeunes Experts Associés du Luxembourg est réservé aux "
        "ressortissant(e)s luxembourgeois(es) ; la seule résidence au Luxembourg ne suffit "
        "pas. Les candidat(e)s doivent être né(e)s le 1er janvier 1995 ou après. La "
        "maîtrise du luxembourgeois n'est pas exigée. Dans le cadre de l'appel annuel 2027, "
        "chaque candidat(e) ne peut présenter sa candidature qu'à un seul poste ; toute "
        "candidature multiple entraîne l'exclusion de l'appel."
    )

    pdf.section_title("7. COMMENT POSTULER ?")
    pdf.para("Le dossier de candidature, à adresser au Ministère, comprend :")
    pdf.numbered(UNW_DOCUMENTS)
    pdf.para(
        "Les dossiers complets doivent parvenir par voie électronique au plus tard le "
        "mercredi 10 mars 2027 à 17h00 GMT (heure de Dakar). Les candidat(e)s "
        "présélectionné(e)s seront invité(e)s à un entretien conjoint du Ministère et "
        "d'ONU Femmes en avril 2027."
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(
        0,
        4.5,
        "ONU Femmes s'engage en faveur de la diversité et de l'inclusion. Les candidatures "
        "de femmes et de personnes en situation de handicap sont vivement encouragées. "
        "ONU Femmes applique une politique de tolérance zéro à l'égard de l'exploitation et "
        "des abus sexuels.",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "iom_denmark_bangkok.docx")
    build_pdf(HERE / "onufemmes_luxembourg_dakar_fr.pdf")


if __name__ == "__main__":
    main()
