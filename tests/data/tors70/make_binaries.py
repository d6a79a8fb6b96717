"""Build the binary documents of heldout/bp (two DOCX, one PDF), byte-for-byte deterministic.

Run with /work/main/.venv/bin/python (python-docx and fpdf2):
    /work/main/.venv/bin/python make_binaries.py
Outputs, next to this script:
    ifad_abidjan_korea_bilingual.docx   English | French notice laid out side by side in a 2-column table
    unrwa_amman_australia_checkbox.docx DFAT position-description form with Word check-box content controls
    fnuap_tripoli_koweit.pdf            French UNFPA vacancy notice (fpdf2, running header/footer)
"""

import datetime as dt
import io
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2027, 1, 1, 0, 0, 0)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"


# ---------------------------------------------------------------- helpers
def fixed_core(doc, author, title, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 3


def save_docx_deterministic(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell_text(cell, text, bold=False, size=None, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def add_para(cell, text="", style=None, bold_prefix=None):
    p = cell.add_paragraph(style=style)
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    if text:
        p.add_run(text)
    return p


def set_col_widths(table, widths):
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def restart_numbering(doc, paragraphs, style_num_id=5):
    """Give paragraphs of the 'List Number' style their own numbering instance restarting at 1."""
    numbering = doc.part.numbering_part.element
    abstract_id = None
    for num in numbering.num_lst:
        if num.numId == style_num_id:
            abstract_id = num.abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    for para in paragraphs:
        pPr = para._p.get_or_add_pPr()
        numPr = pPr.get_or_add_numPr()
        numPr.get_or_add_ilvl().val = 0
        numPr.get_or_add_numId().val = num.numId


# ---------------------------------------------------------------- 1. IFAD bilingual DOCX
IFAD_ROWS = [
    # (kind, english, french)
    (
        "head",
        "JUNIOR PROFESSIONAL OFFICER (JPO) – VACANCY ANNOUNCEMENT",
        "ADMINISTRATEUR AUXILIAIRE (JPO) – AVIS DE VACANCE DE POSTE",
    ),
    (
        "fact",
        ("Position title: ", "Junior Professional Officer – Rural Finance and Youth Employment"),
        (
            "Intitulé du poste : ",
            "Administrateur(trice) auxiliaire (JPO) – Finance rurale et emploi des jeunes",
        ),
    ),
    ("fact", ("Vacancy No.: ", "IFAD/JPO/KOR/27/04"), ("Avis de vacance n° : ", "IFAD/JPO/KOR/27/04")),
    ("fact", ("MOFA file ref.: ", "2027-JPO-113"), ("Réf. dossier MOFA : ", "2027-JPO-113")),
    (
        "fact",
        ("Organization: ", "International Fund for Agricultural Development (IFAD)"),
        ("Organisation : ", "Fonds international de développement agricole (FIDA)"),
    ),
    (
        "fact",
        ("Division/Office: ", "West and Central Africa Division (WCA) – Abidjan Multi-Country Office"),
        ("Division/Bureau : ", "Division Afrique de l'Ouest et du Centre (WCA) – Bureau multipays d'Abidjan"),
    ),
    (
        "fact",
        ("Duty station: ", "Abidjan, Côte d'Ivoire"),
        ("Lieu d'affectation : ", "Abidjan, Côte d'Ivoire"),
    ),
    (
        "fact",
        ("Grade: ", "P-1 or P-2, depending on qualifications and experience"),
        ("Classe : ", "P-1 ou P-2, selon les qualifications et l'expérience"),
    ),
    (
        "fact",
        ("Duration: ", "One year, with possible extension for a second year"),
        ("Durée : ", "Un an, avec possibilité de prolongation d'une deuxième année"),
    ),
    (
        "fact",
        ("Sponsor: ", "Government of the Republic of Korea – Ministry of Foreign Affairs (MOFA)"),
        (
            "Pays donateur : ",
            "Gouvernement de la République de Corée – ministère des Affaires étrangères (MOFA)",
        ),
    ),
    ("fact", ("Date of issue: ", "23 April 2027"), ("Date de publication : ", "23 avril 2027")),
    (
        "fact",
        ("Closing date: ", "21 May 2027, 23:59 Korea Standard Time (KST)"),
        ("Date de clôture : ", "21 mai 2027, 23 h 59, heure de Corée (KST)"),
    ),
    ("section", "1. Background", "1. Contexte"),
    (
        "paras",
        [
            "IFAD, a specialized agency of the United Nations and an international financial institution, invests in "
            "rural people. The West and Central Africa Division (WCA) manages a portfolio of more than 40 ongoing "
            "projects in 24 countries. The Abidjan Multi-Country Office covers Côte d'Ivoire, Ghana, Liberia and "
            "Sierra Leone and hosts the Division's regional hub.",
            "The JPO will join the rural finance cluster, which supports youth-focused inclusive finance programmes "
            "co-financed by the Government of Côte d'Ivoire, the African Development Bank and the Green Climate Fund.",
        ],
        [
            "Le FIDA, institution spécialisée des Nations Unies et institution financière internationale, investit "
            "dans les populations rurales. La Division Afrique de l'Ouest et du Centre (WCA) gère un portefeuille de "
            "plus de 40 projets en cours dans 24 pays. Le Bureau multipays d'Abidjan couvre la Côte d'Ivoire, le "
            "Ghana, le Libéria et la Sierra Leone et accueille le pôle régional de la Division.",
            "Le/la JPO rejoindra le pôle finance rurale, qui appuie des programmes de finance inclusive axés sur les "
            "jeunes, cofinancés par le Gouvernement de Côte d'Ivoire, la Banque africaine de développement et le "
            "Fonds vert pour le climat.",
        ],
    ),
    ("section", "2. Duties and responsibilities", "2. Fonctions et responsabilités"),
    (
        "intro",
        "Under the direct supervision of the Country Director (P-5) and in close collaboration with the Programme "
        "Officers, the JPO will:",
        "Sous la supervision directe du Directeur de pays (P-5) et en étroite collaboration avec les chargés de "
        "programme, le/la JPO devra :",
    ),
    (
        "bullets",
        [
            "Support the design and supervision of rural finance and youth employment projects, including "
            "participation in supervision missions;",
            "Analyse portfolio performance data and prepare inputs to the annual country portfolio reviews;",
            "Contribute to policy dialogue with government counterparts and development partners on access to "
            "financial services for rural youth;",
            "Support knowledge management, including the documentation of results and lessons learned;",
            "Assist in the preparation of briefs, reports and presentations for management and governing bodies;",
            "Perform other duties as assigned.",
        ],
        [
            "Appuyer la conception et la supervision des projets de finance rurale et d'emploi des jeunes, y compris "
            "la participation aux missions de supervision ;",
            "Analyser les données de performance du portefeuille et préparer des contributions aux revues annuelles "
            "du portefeuille pays ;",
            "Contribuer au dialogue sur les politiques avec les homologues gouvernementaux et les partenaires au "
            "développement sur l'accès des jeunes ruraux aux services financiers ;",
            "Appuyer la gestion des savoirs, notamment la documentation des résultats et des enseignements tirés ;",
            "Aider à la préparation de notes, rapports et présentations destinés à la direction et aux organes "
            "directeurs ;",
            "Exécuter toute autre tâche qui lui sera confiée.",
        ],
    ),
    ("section", "3. Learning elements", "3. Éléments d'apprentissage"),
    (
        "intro",
        "By the end of the assignment, the JPO will have gained:",
        "À l'issue de l'affectation, le/la JPO aura acquis :",
    ),
    (
        "bullets",
        [
            "Knowledge of IFAD's project cycle, from design to completion, and of its results management framework;",
            "Practical experience of rural finance instruments (microfinance, value-chain finance, risk-sharing "
            "facilities);",
            "Experience of working with governments and co-financiers in a decentralized office;",
            "The benefits of IFAD's JPO learning programme, held in Rome during the first year.",
        ],
        [
            "une connaissance du cycle des projets du FIDA, de la conception à l'achèvement, et de son cadre de "
            "gestion des résultats ;",
            "une expérience pratique des instruments de finance rurale (microfinance, financement des chaînes de "
            "valeur, mécanismes de partage des risques) ;",
            "une expérience du travail avec les gouvernements et les cofinanceurs dans un bureau décentralisé ;",
            "les acquis du programme d'apprentissage des JPO du FIDA, organisé à Rome au cours de la première année.",
        ],
    ),
    ("section", "4. Qualifications", "4. Qualifications"),
    (
        "labelled",
        [
            (
                "Education: ",
                "Master's degree in agricultural economics, finance, development economics or a related "
                "field. A Bachelor's degree combined with two additional years of relevant professional "
                "experience may be accepted in lieu of the Master's degree.",
            ),
            (
                "Experience: ",
                "At least two years of relevant professional experience in rural finance, microfinance or "
                "development projects.",
            ),
            (
                "Languages: ",
                "Excellent command of English and a good working knowledge of French are required.",
            ),
        ],
        [
            (
                "Formation : ",
                "Master en économie agricole, finance, économie du développement ou domaine apparenté. "
                "Une licence assortie de deux années supplémentaires d'expérience professionnelle "
                "pertinente peut être acceptée à la place du master.",
            ),
            (
                "Expérience : ",
                "Au moins deux années d'expérience professionnelle pertinente dans la finance rurale, la "
                "microfinance ou les projets de développement.",
            ),
            (
                "Langues : ",
                "Excellente maîtrise de l'anglais et bonne connaissance pratique du français exigées.",
            ),
        ],
    ),
    ("section", "5. Competencies", "5. Compétences"),
    (
        "bullets",
        [
            "Learning, sharing knowledge and innovating",
            "Focusing on clients",
            "Problem-solving and decision-making",
            "Team working",
            "Communicating and negotiating",
            "Building relationships and partnerships",
        ],
        [
            "Apprendre, partager les connaissances et innover",
            "Être à l'écoute des clients",
            "Résoudre les problèmes et prendre des décisions",
            "Travailler en équipe",
            "Communiquer et négocier",
            "Établir des relations et des partenariats",
        ],
    ),
    (
        "section",
        "6. Eligibility – Korean JPO Programme",
        "6. Conditions d'admissibilité – Programme JPO coréen",
    ),
    (
        "intro",
        "This position is open exclusively to nationals of the Republic of Korea. Applicants must:",
        "Ce poste est ouvert exclusivement aux ressortissant(e)s de la République de Corée. Les candidat(e)s "
        "doivent :",
    ),
    (
        "bullets",
        [
            "hold the nationality of the Republic of Korea;",
            "be not older than 32 years as of 31 December 2027 (born on or after 1 January 1995);",
            "if male, have completed or be exempted from military service;",
            "be fluent in Korean and English;",
            "hold a TOEFL iBT score of 100, a NEW TEPS score of 452 or an IELTS score of 7.0 or higher, from a test "
            "taken within two years before the closing date;",
            "not have served as a JPO before, under any sponsoring government.",
        ],
        [
            "avoir la nationalité de la République de Corée ;",
            "ne pas avoir plus de 32 ans au 31 décembre 2027 (être né(e) le 1er janvier 1995 ou après) ;",
            "pour les hommes, avoir accompli le service militaire ou en être exemptés ;",
            "parler couramment le coréen et l'anglais ;",
            "avoir obtenu un score d'au moins 100 au TOEFL iBT, 452 au NEW TEPS ou 7,0 à l'IELTS, lors d'un test "
            "passé dans les deux ans précédant la date de clôture ;",
            "ne pas avoir déjà été JPO, quel que soit le gouvernement donateur.",
        ],
    ),
    (
        "intro",
        "The age limit is extended for applicants who have completed military service:",
        "La limite d'âge est reportée pour les candidats ayant accompli leur service militaire :",
    ),
    (
        "subbullets",
        [
            "less than one year of service: one year;",
            "one year or more but less than two years: two years;",
            "two years or more: three years.",
        ],
        [
            "service de moins d'un an : un an ;",
            "service d'un an ou plus mais de moins de deux ans : deux ans ;",
            "service de deux ans ou plus : trois ans.",
        ],
    ),
    (
        "intro",
        "Applicants may apply for a maximum of two JPO positions per year under the Korean programme.",
        "Les candidat(e)s peuvent postuler à deux postes JPO au maximum par an au titre du programme coréen.",
    ),
    ("section", "7. Required documents", "7. Pièces à fournir"),
    (
        "numbers",
        [
            "IFAD Personal History Form (P11) and a cover letter in English;",
            "A copy of the Resident Registration Certificate;",
            "A copy of the university degree(s);",
            "The official English test score report (TOEFL iBT, NEW TEPS or IELTS);",
            "For male applicants: a certificate of military service (discharge or exemption).",
        ],
        [
            "Formulaire de notice personnelle du FIDA (P11) et lettre de motivation en anglais ;",
            "Une copie du certificat d'enregistrement de résidence ;",
            "Une copie du ou des diplômes universitaires ;",
            "Le relevé officiel de score du test d'anglais (TOEFL iBT, NEW TEPS ou IELTS) ;",
            "Pour les candidats masculins : un certificat de service militaire (libération ou exemption).",
        ],
    ),
    ("section", "8. How to apply", "8. Comment postuler"),
    (
        "paras",
        [
            "Applications must be submitted through the IFAD online recruitment system (https://job.ifad.org) and "
            "registered on the MOFA JPO website (https://unrecruit.mofa.go.kr) by 21 May 2027, 23:59 KST. Only "
            "shortlisted candidates will be contacted."
        ],
        [
            "Les candidatures doivent être soumises via le système de recrutement en ligne du FIDA "
            "(https://job.ifad.org) et enregistrées sur le site JPO du MOFA (https://unrecruit.mofa.go.kr) au plus "
            "tard le 21 mai 2027 à 23 h 59 (heure de Corée). Seul(e)s les candidat(e)s présélectionné(e)s seront "
            "contacté(e)s."
        ],
    ),
]


def build_ifad(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(9.5)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(
        "International Fund for Agricultural Development  |  Fonds international de développement agricole"
    )
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0x9E)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Via Paolo di Dono 44, 00142 Rome, Italy  ·  www.ifad.org").font.size = Pt(8)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(8.7), Cm(8.7))
    for kind, en, fr in IFAD_ROWS:
        row = table.add_row()
        left, right = row.cells
        for cell, val in ((left, en), (right, fr)):
            if kind == "head":
                shade(cell, "005E9E")
                para = set_cell_text(cell, val, bold=True, size=10.5)
                para.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            elif kind == "fact":
                lab, value = val
                para = cell.paragraphs[0]
                para.add_run(lab).bold = True
                para.add_run(value)
            elif kind == "section":
                shade(cell, "D9E2F3")
                set_cell_text(cell, val, bold=True, size=10)
            elif kind == "paras":
                cell.paragraphs[0].add_run(val[0])
                for extra in val[1:]:
                    add_para(cell, extra)
            elif kind == "intro":
                cell.paragraphs[0].add_run(val)
            elif kind in ("bullets", "subbullets", "numbers"):
                style = {"bullets": "List Bullet", "subbullets": "List Bullet 2", "numbers": "List Number"}[
                    kind
                ]
                first = cell.paragraphs[0]
                first.style = doc.styles[style]
                first.add_run(val[0])
                paras = [first]
                for item in val[1:]:
                    paras.append(add_para(cell, item, style=style))
                if kind == "numbers" and cell is right:
                    restart_numbering(doc, paras)
            elif kind == "labelled":
                first = True
                for lab, value in val:
                    para = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    para.add_run(lab).bold = True
                    para.add_run(value)
    set_col_widths(table, widths)

    p = doc.add_paragraph()
    p.add_run(
        "IFAD is committed to achieving diversity and gender balance. / Le FIDA est attaché à la diversité "
        "et à l'équilibre entre les sexes."
    ).italic = True

    fixed_core(
        doc,
        "IFAD Human Resources Division",
        "JPO vacancy IFAD/JPO/KOR/27/04",
        dt.datetime(2027, 4, 23, 9, 0, 0),
    )
    save_docx_deterministic(doc, path)


# ---------------------------------------------------------------- 2. UNRWA / DFAT check-box form
class CheckIds:
    def __init__(self):
        self.n = 581200


CHECK_IDS = CheckIds()


def add_checkbox(paragraph, checked):
    """Append a Word 2010 check-box content control (w14:checkbox) showing ☒ or ☐."""
    CHECK_IDS.n += 7
    glyph = "\u2612" if checked else "\u2610"
    xml = (
        f'<w:sdt xmlns:w="{W_NS}" xmlns:w14="{W14_NS}">'
        "<w:sdtPr>"
        '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/><w:sz w:val="22"/></w:rPr>'
        f'<w:id w:val="{CHECK_IDS.n}"/>'
        "<w14:checkbox>"
        f'<w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        "</w14:checkbox>"
        "</w:sdtPr>"
        "<w:sdtContent>"
        '<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
        f'<w:sz w:val="22"/></w:rPr><w:t>{glyph}</w:t></w:r>'
        "</w:sdtContent>"
        "</w:sdt>"
    )
    paragraph._p.append(parse_xml(xml))


def add_options(paragraph, options, gap="    "):
    """options: list of (label, checked). Renders 'box label' pairs on one line."""
    for i, (label, checked) in enumerate(options):
        add_checkbox(paragraph, checked)
        paragraph.add_run(" " + label + (gap if i < len(options) - 1 else ""))


def form_row(table, label, value=None, options=None, shade_label=True):
    row = table.add_row()
    lc, vc = row.cells
    set_cell_text(lc, label, bold=True)
    if shade_label:
        shade(lc, "E7E6E6")
    para = vc.paragraphs[0]
    if options:
        add_options(para, options)
        if value:
            para.add_run("   " + value)
    elif value is not None:
        para.add_run(value)
    return row


def section_band(doc, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, "1F3864")
    para = set_cell_text(c, text, bold=True, size=10.5)
    para.runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return t


def build_unrwa(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.7)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(9.5)

    p = doc.add_paragraph()
    r = p.add_run("Australian Government")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    p.add_run("Department of Foreign Affairs and Trade").font.size = Pt(10)
    doc.add_paragraph(
        "Junior Professional Officer Program – Position Description Form (2027 intake)", style="Title"
    )
    note = doc.add_paragraph()
    note.add_run(
        "Instructions for the host organisation: complete every field. Tick (☒) only the options that "
        "apply to this position; unticked options (☐) do not apply."
    ).italic = True

    # Section A
    section_band(doc, "SECTION A – POSITION DETAILS")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, "Position title", "Junior Professional Officer – Protection and Gender Mainstreaming")
    form_row(
        t,
        "Host organisation",
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)",
    )
    form_row(t, "Host organisation post no.", "27-HQA-JPO-031")
    form_row(t, "DFAT file reference", "27/014582")
    form_row(
        t,
        "Department / unit",
        "Protection Division, Department of Planning and Programme Support, UNRWA Headquarters",
    )
    form_row(t, "Place of assignment", "Amman, Jordan")
    form_row(t, "Grade", options=[("P-1", False), ("P-2", True)])
    form_row(t, "Duration of assignment", options=[("12 months", False), ("24 months", True)])
    form_row(t, "Family duty station", options=[("Yes", True), ("No", False)])
    form_row(t, "Supervisor (title and grade)", "Chief, Protection Division (P-5)")
    form_row(t, "Applications open", "17 May 2027")
    form_row(t, "Closing date for applications", "14 June 2027, 5:00 pm Canberra time (AEST)")
    set_col_widths(t, (Cm(5.2), Cm(11.8)))

    # Section B
    doc.add_paragraph()
    section_band(doc, "SECTION B – BACKGROUND AND DUTIES")
    doc.add_paragraph(
        "UNRWA was established by the United Nations General Assembly in 1949 and is mandated to provide "
        "assistance and protection to Palestine refugees in its five fields of operation: Jordan, Lebanon, Syria, "
        "the West Bank, including East Jerusalem, and Gaza. The Protection Division at Headquarters (Amman) sets "
        "the Agency's protection policy, oversees the Protection Audit and supports the fields in mainstreaming "
        "protection, gender equality and disability inclusion in service delivery."
    )
    doc.add_paragraph("Under the supervision of the Chief, Protection Division, the JPO will:")
    duties = [
        "Support the monitoring and reporting of protection concerns of Palestine refugees across the five fields, "
        "including the preparation of the annual Protection Audit.",
        "Contribute to the implementation of the UNRWA Gender Equality Strategy, including gender analysis of "
        "programme data.",
        "Assist in the development of guidance and training materials on gender-based violence referral pathways "
        "for frontline staff in health, education and relief services.",
        "Support the preparation of reports to donors and to UN human rights mechanisms, including submissions to "
        "treaty bodies.",
        "Participate in missions to the Jordan, Lebanon and Syria fields and help organise workshops with field "
        "protection teams.",
        "Maintain the Division's knowledge management platform and contribute to internal communications.",
        "Perform other duties as required.",
    ]
    for d in duties:
        doc.add_paragraph(d, style="List Number")

    # Section C
    doc.add_paragraph()
    section_band(doc, "SECTION C – LEARNING ELEMENTS")
    learning = [
        "Knowledge of UNRWA's mandate, operations and humanitarian-development programming for Palestine refugees;",
        "Practical skills in protection mainstreaming and gender analysis;",
        "Experience in inter-agency coordination and donor reporting;",
        "Understanding of UN human rights mechanisms;",
        "Participation in the UNRWA induction and leadership programme for international staff.",
    ]
    for item in learning:
        doc.add_paragraph(item, style="List Bullet")

    # Section D
    doc.add_paragraph()
    section_band(doc, "SECTION D – QUALIFICATIONS AND EXPERIENCE")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(
        t,
        "Minimum education level",
        options=[("Bachelor's degree", False), ("Master's degree", True), ("Doctorate", False)],
    )
    form_row(
        t,
        "Field(s) of study",
        "Law, human rights, gender studies, social sciences, international relations or a related field",
    )
    form_row(
        t,
        "Bachelor's degree plus additional experience accepted in lieu of the minimum level",
        options=[("Yes", False), ("No", True)],
    )
    form_row(
        t,
        "Students in the final year of the required degree may apply",
        options=[("Yes", False), ("No", True)],
    )
    form_row(
        t,
        "Minimum years of relevant work experience",
        options=[("None", False), ("1 year", False), ("2 years", True), ("3 years or more", False)],
    )
    form_row(t, "Work experience is", options=[("Required", True), ("Desirable", False)])
    form_row(t, "Area of experience", "Protection, human rights, gender equality or humanitarian programming")
    set_col_widths(t, (Cm(5.2), Cm(11.8)))

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Languages").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, txt in zip(t.rows[0].cells, ("Language", "Required", "Desirable")):
        set_cell_text(cell, txt, bold=True)
        shade(cell, "E7E6E6")
    for lang, req, des in (("English", True, False), ("Arabic", False, True), ("French", False, False)):
        row = t.add_row()
        row.cells[0].paragraphs[0].add_run(lang)
        add_checkbox(row.cells[1].paragraphs[0], req)
        add_checkbox(row.cells[2].paragraphs[0], des)
    set_col_widths(t, (Cm(7.0), Cm(5.0), Cm(5.0)))

    # Section E
    doc.add_paragraph()
    section_band(doc, "SECTION E – COMPETENCIES (tick those that apply to the position)")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    comps = [
        ("Communication", True),
        ("Teamwork", True),
        ("Leadership", False),
        ("Planning and organising", True),
        ("Managing performance", False),
        ("Client orientation", True),
        ("Judgement and decision-making", False),
    ]
    for i in range(0, len(comps), 2):
        row = t.add_row()
        for j, cell in enumerate(row.cells):
            if i + j < len(comps):
                name, ticked = comps[i + j]
                add_checkbox(cell.paragraphs[0], ticked)
                cell.paragraphs[0].add_run(" " + name)
    set_col_widths(t, (Cm(8.5), Cm(8.5)))

    # Section F
    doc.add_paragraph()
    section_band(doc, "SECTION F – GENERAL CONDITIONS OF THE DFAT JPO PROGRAM")
    doc.add_paragraph(
        "The DFAT JPO Program is open to Australian citizens only. To be eligible, applicants must, "
        "at the closing date:"
    )
    for item in (
        "be an Australian citizen;",
        "be under 33 years of age;",
        "hold a degree at the level ticked in Section D;",
        "not have previously been employed as a JPO, APO or Associate Expert under any donor program.",
    ):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph(
        "Jordanian nationals, including dual Australian–Jordanian citizens, are not eligible for "
        "positions located in Jordan. DFAT funds the JPO's salary, entitlements and a learning "
        "allowance for the duration ticked in Section A."
    )

    # Section G
    doc.add_paragraph()
    section_band(doc, "SECTION G – DOCUMENTS TO BE SUBMITTED")
    docs_paras = []
    for item in (
        "Curriculum vitae (maximum three pages).",
        "Statement addressing the selection criteria in Sections D and E (maximum two pages).",
        "Copy of academic transcripts and degree certificates.",
        "Copy of the identity page of a current Australian passport.",
    ):
        docs_paras.append(doc.add_paragraph(item, style="List Number"))
    restart_numbering(doc, docs_paras)

    # Section H
    doc.add_paragraph()
    section_band(doc, "SECTION H – HOW TO APPLY")
    doc.add_paragraph(
        "Apply online through the DFAT careers portal (dfat.gov.au/careers), quoting the host "
        "organisation post number. Applications must be received by 5:00 pm Canberra time (AEST) on "
        "14 June 2027. Late applications will not be accepted. Shortlisted candidates will be "
        "interviewed jointly by DFAT and UNRWA in July 2027."
    )

    fixed_core(
        doc,
        "DFAT Multilateral Development and Finance Division",
        "JPO position description 27-HQA-JPO-031",
        dt.datetime(2027, 5, 14, 3, 30, 0),
    )
    save_docx_deterministic(doc, path)


# ---------------------------------------------------------------- 3. FNUAP PDF
FNUAP_REF = "FNUAP/LBN/JPO/2027/02"


class NoticePDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "FNUAP Liban – Avis de vacance JPO", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, FNUAP_REF, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(232, 119, 34)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def pdf_heading(pdf, text):
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_text_color(232, 119, 34)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "", 9.5)


def pdf_para(pdf, text):
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def pdf_bullets(pdf, items, numbered=False):
    pdf.set_font("Helvetica", "", 9.5)
    for i, item in enumerate(items, 1):
        mark = f"{i}." if numbered else "•"
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 4.8, mark, new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, 4.8, item, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(1)


def pdf_facts(pdf, rows, label_w=52):
    """Borderless two-column rows: label drawn with cell(), value wrapped with multi_cell()."""
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 9.5)
        if pdf.get_y() + 11 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.cell(label_w, 5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(0, 5, value, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


def build_fnuap(path):
    pdf = NoticePDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(dt.datetime(2027, 4, 1, 8, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("FNUAP Liban")
    pdf.set_title("Avis de vacance JPO " + FNUAP_REF)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 7, "Fonds des Nations Unies pour la population", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Bureau de pays au Liban – Beyrouth", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        6,
        "AVIS DE VACANCE DE POSTE – PROGRAMME DES ADMINISTRATEURS AUXILIAIRES (JPO)",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    pdf_facts(
        pdf,
        [
            (
                "Intitulé du poste",
                "Administrateur(trice) de programme auxiliaire (JPO) – Santé sexuelle et reproductive en situation "
                "humanitaire",
            ),
            ("N° de l'avis", FNUAP_REF),
            ("Organisation", "Fonds des Nations Unies pour la population (FNUAP)"),
            ("Unité", "Bureau de pays au Liban – Sous-bureau du Nord-Liban"),
            ("Ville", "Tripoli"),
            ("Pays", "Liban"),
            ("Classe", "P-2"),
            (
                "Durée",
                "12 mois, renouvelable une fois (sous réserve de financement et d'une évaluation satisfaisante)",
            ),
            ("Programme donateur", "Programme JPO de l'État du Koweït"),
            ("Date de publication", "1er avril 2027"),
            ("Date limite", "30 avril 2027, 17h00 (GMT+3)"),
        ],
    )

    pdf_heading(pdf, "Contexte")
    pdf_para(
        pdf,
        "Le FNUAP est l'agence des Nations Unies chargée des questions de santé sexuelle et reproductive. "
        "Au Liban, il appuie le ministère de la Santé publique et le ministère des Affaires sociales dans "
        "la prestation de services de santé reproductive et de prévention de la violence basée sur le "
        "genre (VBG), auprès des communautés libanaises, des réfugié(e)s syrien(ne)s et des réfugié(e)s "
        "de Palestine.",
    )
    pdf_para(
        pdf,
        "Le sous-bureau du Nord-Liban, ouvert à Tripoli en 2024, couvre les gouvernorats du Nord et du "
        "Akkar. Le poste de spécialiste de programme (P-3) précédemment basé à Tripoli a été transféré à "
        "Beyrouth en 2026 ; le/la JPO renforcera l'équipe restée sur place, sous la supervision du "
        "Coordonnateur humanitaire du FNUAP (P-4).",
    )

    pdf_heading(pdf, "Principales fonctions")
    pdf_bullets(
        pdf,
        [
            "Appuyer la planification, la mise en œuvre et le suivi des interventions de santé sexuelle et "
            "reproductive dans les gouvernorats du Nord et du Akkar, y compris le Dispositif minimum d'urgence (DMU) ;",
            "Assurer le suivi des partenaires d'exécution (visites de terrain, examen des rapports financiers et "
            "narratifs) ;",
            "Contribuer à la coordination du sous-groupe de travail SSR et du sous-secteur VBG au niveau du Nord-Liban ;",
            "Collecter et analyser les données de prestation de services et préparer les rapports de situation "
            "mensuels ;",
            "Participer à l'élaboration de propositions de financement et de notes d'information pour les donateurs, "
            "notamment les pays du Golfe ;",
            "Exécuter toute autre tâche confiée par le/la superviseur(e).",
        ],
    )

    pdf_heading(pdf, "Ce que vous apprendrez")
    pdf_bullets(
        pdf,
        [
            "La programmation humanitaire du FNUAP et le système de coordination sectorielle des Nations Unies ;",
            "La gestion de partenariats avec des ONG nationales et internationales ;",
            "Les normes internationales en matière de santé reproductive en situation de crise ;",
            "La rédaction de rapports et la communication avec les donateurs.",
        ],
    )

    pdf_heading(pdf, "Qualifications requises")
    pdf_facts(
        pdf,
        [
            (
                "Formation",
                "Master en santé publique, démographie, sciences sociales, développement international ou "
                "domaine apparenté.",
            ),
            (
                "Expérience professionnelle (min.)",
                "2 ans (4 ans au maximum), dont une partie dans un contexte humanitaire ou de développement.",
            ),
            (
                "Langues",
                "Excellente maîtrise de l'arabe et de l'anglais exigée. La connaissance du français est un "
                "atout important.",
            ),
        ],
        label_w=60,
    )

    pdf_heading(pdf, "Compétences")
    pdf_bullets(
        pdf,
        [
            "Atteindre des résultats",
            "Être responsable",
            "Développer et appliquer son expertise professionnelle",
            "Penser de manière analytique et stratégique",
            "Travailler en équipe et gérer les relations",
            "Communiquer pour avoir un impact",
        ],
    )

    pdf_heading(pdf, "Conditions du programme JPO de l'État du Koweït")
    pdf_para(
        pdf,
        "Ce poste est financé par le Gouvernement de l'État du Koweït et ouvert exclusivement aux "
        "ressortissant(e)s koweïtien(ne)s. Les ressortissant(e)s libanais(es) ne peuvent pas postuler à ce "
        "poste international. Les candidat(e)s doivent :",
    )
    pdf_bullets(
        pdf,
        [
            "être âgé(e) de 35 ans au plus au 1er septembre 2027 ;",
            "être titulaire d'un master au moment de la candidature ;",
            "justifier d'un score IELTS Academic d'au moins 6,5 ou d'un score TOEFL iBT d'au moins 90, obtenu depuis "
            "moins de trois ans.",
        ],
    )

    pdf_heading(pdf, "Pièces à fournir")
    pdf_bullets(
        pdf,
        [
            "Formulaire P11 du FNUAP dûment rempli et signé ;",
            "Curriculum vitae en anglais ;",
            "Lettre de motivation en anglais ou en français ;",
            "Copie du diplôme de master et des relevés de notes ;",
            "Copie du passeport koweïtien et du relevé de score IELTS ou TOEFL.",
        ],
        numbered=True,
    )

    pdf_heading(pdf, "Comment postuler")
    pdf_para(
        pdf,
        "Les candidatures doivent être envoyées à l'adresse lebanon.jpo@unfpa.org au plus tard le "
        "30 avril 2027 à 17h00 (GMT+3), en indiquant la référence " + FNUAP_REF + " dans l'objet du "
        "message. Seul(e)s les candidat(e)s retenu(e)s pour un entretien seront contacté(e)s.",
    )
    pdf_para(pdf, "Le FNUAP ne perçoit aucun frais à quelque étape que ce soit du processus de recrutement.")

    pdf.output(path)


def main():
    build_ifad(os.path.join(HERE, "ifad_abidjan_korea_bilingual.docx"))
    build_unrwa(os.path.join(HERE, "unrwa_amman_australia_checkbox.docx"))
    build_fnuap(os.path.join(HERE, "fnuap_tripoli_koweit.pdf"))


if __name__ == "__main__":
    main()
