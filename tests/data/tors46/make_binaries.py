"""Build the binary documents of this folder (deterministic output).

Run with the project's interpreter:  /work/main/.venv/bin/python make_binaries.py

- unido_italia_saintlouis_bilingue.pdf : fpdf2, French / English side by side
- uncdf_sweden_suva.docx               : python-docx, one big two-column table
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 1, 4, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 4, 9, 0, 0)

# ---------------------------------------------------------------------------
# 1. Bilingual side-by-side PDF (UNIDO, Saint-Louis, Senegal; Italian JPO programme)
# ---------------------------------------------------------------------------

REF = "UNIDO/JPO/2027/SEN-014"

TITLE_FR = "Administrateur auxiliaire (JPO) - Agro-industrie et chaînes de valeur"
TITLE_EN = "Junior Professional Officer (JPO) - Agribusiness and Value Chains"

FACTS = [
    ("Intitulé du poste", TITLE_FR, "Post title", TITLE_EN),
    ("N° de l'avis", REF, "Vacancy notice no.", REF),
    (
        "Réf. programme italien",
        "DESA-JPO-IT-27-0386",
        "Italian programme ref.",
        "DESA-JPO-IT-27-0386",
    ),
    (
        "Organisation",
        "Organisation des Nations Unies pour le développement industriel (ONUDI)",
        "Organization",
        "United Nations Industrial Development Organization (UNIDO)",
    ),
    (
        "Unité",
        "Division de l'agro-industrie et des systèmes alimentaires durables - bureau de projet",
        "Unit",
        "Division of Agribusiness and Sustainable Food Systems - project office",
    ),
    ("Ville", "Saint-Louis", "City", "Saint-Louis"),
    ("Pays", "Sénégal", "Country", "Senegal"),
    ("Classe", "P-1", "Grade", "P-1"),
    (
        "Durée",
        "12 mois, renouvelable (24 mois au maximum au titre du programme)",
        "Duration",
        "12 months, renewable (24 months at most under the programme)",
    ),
    (
        "Pays donateur",
        "Italie (programme JPO italien)",
        "Donor country",
        "Italy (Italian JPO programme)",
    ),
    ("Date de publication", "lundi 4 octobre 2027", "Publication date", "Monday 4 October 2027"),
    (
        "Date limite",
        "mardi 2 novembre 2027, 23h59 (heure de Rome)",
        "Deadline",
        "Tuesday 2 November 2027, 11:59 p.m. (Rome time)",
    ),
]

# Each section: (heading FR, heading EN, [blocks]); a block is ("p", fr, en), ("b", fr, en)
# for a bullet, ("n", fr, en) for a numbered item, ("kv", label fr, fr, label en, en).
SECTIONS = [
    (
        "1. Contexte",
        "1. Background",
        [
            (
                "p",
                "Le bureau de projet de l'ONUDI à Saint-Louis, dans le nord du Sénégal, met en oeuvre "
                "le programme « Vallée du fleuve Sénégal : chaînes de valeur agro-industrielles "
                "inclusives » (VALORIS), lancé en 2024 avec le financement de la Coopération "
                "italienne. Le programme appuie les coopératives de producteurs de riz, d'oignon et "
                "de lait ainsi que les petites et moyennes entreprises (PME) de transformation, afin "
                "d'améliorer la qualité, l'accès aux marchés et l'emploi des jeunes et des femmes "
                "dans les régions de Saint-Louis et de Matam.",
                "The UNIDO project office in Saint-Louis, in northern Senegal, implements the "
                'programme "Senegal River Valley: inclusive agro-industrial value chains" (VALORIS), '
                "launched in 2042 with funding from the Italian Cooperation. The programme supports "
                "rice, onion and dairy producer cooperatives as well as small and medium-sized "
                "processing enterprises (SMEs), in order to improve quality, market access and "
                "employment for young people and women in the Saint-Louis and Matam regions.",
            ),
            (
                "p",
                "Le/la JPO travaillera sous la supervision directe du Chef de projet (P-4) et sous la "
                "supervision générale du Représentant de l'ONUDI au Sénégal (P-5), basé à Dakar.",
                "The JPO will work under the direct supervision of the Project Manager (P-4) and the "
                "overall supervision of the UNIDO Representative in Senegal (P-5), based in Dakar.",
            ),
        ],
    ),
    (
        "2. Fonctions et responsabilités",
        "2. Duties and responsibilities",
        [
            (
                "b",
                "Appuyer la planification, le suivi et le rapportage des activités du programme "
                "VALORIS, y compris le cadre de résultats et les plans de travail annuels ;",
                "Support the planning, monitoring and reporting of VALORIS activities, including the "
                "results framework and the annual work plans;",
            ),
            (
                "b",
                "Réaliser des analyses des chaînes de valeur du riz, de l'oignon et du lait et "
                "identifier les goulets d'étranglement en matière de transformation, de qualité et "
                "de commercialisation ;",
                "Carry out value chain analyses for rice, onion and milk and identify bottlenecks in "
                "processing, quality and marketing;",
            ),
            (
                "b",
                "Contribuer à la conception et à l'organisation de formations destinées aux "
                "coopératives et aux PME de transformation, notamment sur les normes de qualité et "
                "l'hygiène alimentaire ;",
                "Contribute to the design and organization of training for cooperatives and "
                "processing SMEs, in particular on quality standards and food hygiene;",
            ),
            (
                "b",
                "Assurer la liaison avec les services techniques de l'État, la SAED, les "
                "organisations de producteurs et les partenaires financiers ;",
                "Liaise with government technical services, SAED, producer organizations and "
                "financial partners;",
            ),
            (
                "b",
                "Préparer des notes de synthèse, des présentations et des contributions aux rapports "
                "destinés au donateur ;",
                "Prepare briefing notes, presentations and inputs to the reports for the donor;",
            ),
            (
                "b",
                "Exécuter toute autre tâche connexe demandée par le Chef de projet.",
                "Perform any other related task requested by the Project Manager.",
            ),
        ],
    ),
    (
        "3. Éléments de formation",
        "3. Learning elements",
        [
            (
                "p",
                "À l'issue de son affectation, le/la JPO aura :",
                "By the end of the assignment, the JPO will have:",
            ),
            (
                "b",
                "acquis une connaissance approfondie de la gestion des projets de coopération "
                "technique de l'ONUDI ;",
                "gained a thorough knowledge of the management of UNIDO technical cooperation projects;",
            ),
            (
                "b",
                "développé des compétences pratiques en analyse de chaînes de valeur et en "
                "développement agro-industriel ;",
                "developed practical skills in value chain analysis and agro-industrial development;",
            ),
            (
                "b",
                "appris à travailler avec des partenaires publics, privés et communautaires dans un "
                "contexte sahélien ;",
                "learned to work with public, private and community partners in a Sahelian context;",
            ),
            (
                "b",
                "suivi le programme d'intégration de l'ONUDI au Siège, à Vienne.",
                "attended UNIDO's induction programme at Headquarters in Vienna.",
            ),
        ],
    ),
    (
        "4. Qualifications et expérience",
        "4. Qualifications and experience",
        [
            (
                "kv",
                "Formation",
                "Master (bac+5) en économie agricole, agronomie, agro-industrie, économie du "
                "développement ou dans un domaine connexe. Le diplôme doit avoir été obtenu à la "
                "date limite de candidature.",
                "Education",
                "Master's degree in agricultural economics, agronomy, agribusiness, development "
                "economics or a related field. The degree must have been obtained by the "
                "application deadline.",
            ),
            (
                "kv",
                "Expérience",
                "Une expérience professionnelle d'au moins un an dans le développement rural, "
                "l'agro-industrie ou l'appui aux PME est souhaitable, idéalement en Afrique de "
                "l'Ouest.",
                "Experience",
                "At least one year of professional experience in rural development, agribusiness "
                "or SME support is desirable, ideally in West Africa.",
            ),
            (
                "kv",
                "Langues",
                "Excellente maîtrise du français et de l'anglais, à l'écrit comme à l'oral "
                "(requis). La connaissance du wolof est un atout.",
                "Languages",
                "Excellent written and spoken French and English (required). Knowledge of Wolof is an asset.",
            ),
            (
                "kv",
                "Informatique",
                "Bureautique courante ; la connaissance de Stata ou de R est un avantage.",
                "IT skills",
                "Standard office software; knowledge of Stata or R is an advantage.",
            ),
        ],
    ),
    (
        "5. Compétences",
        "5. Competencies",
        [
            ("b", "Orientation vers les résultats", "Results orientation"),
            (
                "b",
                "Travail d'équipe et respect de la diversité",
                "Teamwork and respect for diversity",
            ),
            ("b", "Communication", "Communication"),
            ("b", "Planification et organisation", "Planning and organizing"),
        ],
    ),
    (
        "6. Conditions du programme JPO italien",
        "6. Italian JPO Programme conditions",
        [
            (
                "p",
                "Le programme JPO italien est financé par le Ministère des Affaires étrangères et de "
                "la Coopération internationale (MAECI). Pour être éligible, il faut :",
                "The Italian JPO Programme is funded by the Ministry of Foreign Affairs and "
                "International Cooperation (MAECI). To be eligible, candidates must:",
            ),
            (
                "b",
                "être de nationalité italienne ; les personnes ayant la double nationalité "
                "italienne et sénégalaise ne peuvent pas être affectées au Sénégal ;",
                "hold Italian citizenship; persons holding both Italian and Senegalese citizenship "
                "cannot be assigned to Senegal;",
            ),
            (
                "b",
                "être âgé·e de 30 ans au plus au 31 décembre 2027 ;",
                "be 30 years of age or younger on 31 December 2027;",
            ),
            (
                "b",
                "être titulaire d'un diplôme de Master (laurea magistrale ou équivalent) ; le "
                "programme n'exige pas d'expérience professionnelle minimale ;",
                "hold a Master's degree (laurea magistrale or equivalent); the programme does not "
                "require a minimum of work experience;",
            ),
            (
                "b",
                "justifier d'une excellente maîtrise de l'anglais par un TOEFL iBT d'au moins 95 "
                "points ou un IELTS Academic d'au moins 7,0 ; les résultats doivent dater de moins "
                "de 24 mois à la date limite ;",
                "prove excellent English with a TOEFL iBT score of at least 95 or an IELTS Academic "
                "score of at least 7.0; results must be less than 24 months old on the deadline;",
            ),
            (
                "b",
                "ne jamais avoir été JPO, quel que soit le pays donateur.",
                "never have served as a JPO, whatever the donor country.",
            ),
            (
                "p",
                "Le programme publie un seul appel par an. Chaque candidat·e peut postuler à trois "
                "postes au maximum dans le cadre de l'appel 2027.",
                "The programme publishes a single call per year. Each candidate may apply for at "
                "most three positions in the 2027 call.",
            ),
        ],
    ),
    (
        "7. Dossier de candidature",
        "7. Application documents",
        [
            (
                "n",
                "Curriculum vitae (format Europass), en anglais ;",
                "Curriculum vitae (Europass format), in English;",
            ),
            (
                "n",
                "Lettre de motivation (une page au maximum) ;",
                "Cover letter (one page at most);",
            ),
            (
                "n",
                "Copie du diplôme de Master et du relevé de notes ;",
                "Copy of the Master's diploma and transcript;",
            ),
            (
                "n",
                "Attestation de résultats TOEFL iBT ou IELTS Academic.",
                "TOEFL iBT or IELTS Academic score report.",
            ),
        ],
    ),
    (
        "8. Comment postuler",
        "8. How to apply",
        [
            (
                "p",
                "Les candidatures doivent être soumises en ligne sur le portail du programme JPO "
                "italien au plus tard le mardi 2 novembre 2027 à 23h59 (heure de Rome). Les "
                "dossiers incomplets ne seront pas examinés. Seul·e·s les candidat·e·s "
                "présélectionné·e·s seront contacté·e·s pour un entretien en janvier 2028. À titre "
                "indicatif, l'appel 2026 avait été clôturé le 29 octobre 2026.",
                "Applications must be submitted online on the Italian JPO Programme portal by "
                "Tuesday 2 November 2027 at 11:59 p.m. (Rome time). Incomplete applications will "
                "not be considered. Only shortlisted candidates will be contacted for an interview "
                "in January 2028. For reference, the 2026 call closed on 29 October 2026.",
            ),
        ],
    ),
]


class BilingualPDF(FPDF):
    LM = 15.0
    GUTTER = 6.0

    @property
    def col_w(self):
        return (self.w - 2 * self.LM - self.GUTTER) / 2

    def header(self):
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.LM, 8)
        self.cell(self.col_w, 4, "ONUDI  -  Programme JPO italien  -  Appel 2027")
        self.set_xy(self.LM + self.col_w + self.GUTTER, 8)
        self.cell(self.col_w, 4, "UNIDO  -  Italian JPO Programme  -  2027 Call", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(self.LM, 13, self.w - self.LM, 13)
        self.set_text_color(0, 0, 0)
        self.set_y(17)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_x(self.LM)
        self.cell(0, 4, f"{REF}  -  Page {self.page_no()} / {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _lines(pdf, w, text, style, size):
    pdf.set_font("Helvetica", style, size)
    return len(pdf.multi_cell(w, 4, text, dry_run=True, output="LINES"))


def _ensure(pdf, h):
    if pdf.get_y() + h > pdf.h - 18:
        pdf.add_page()


def _pair(pdf, fr, en, kind, size=8.5, lh=4.0, label_fr=None, label_en=None):
    """Draw one row: French in the left column, English in the right one."""
    cw = pdf.col_w
    if kind == "kv":
        lw = 30.0
        vw = cw - lw
        n = max(_lines(pdf, vw, fr, "", size), _lines(pdf, vw, en, "", size))
        n = max(n, _lines(pdf, lw, label_fr, "B", size), _lines(pdf, lw, label_en, "B", size))
    elif kind in ("b", "n"):
        lw = 5.0
        vw = cw - lw
        n = max(_lines(pdf, vw, fr, "", size), _lines(pdf, vw, en, "", size))
    else:
        lw = 0.0
        vw = cw
        n = max(_lines(pdf, vw, fr, "", size), _lines(pdf, vw, en, "", size))
    h = n * lh
    _ensure(pdf, h)
    y = pdf.get_y()
    for col, (text, label) in enumerate(((fr, label_fr), (en, label_en))):
        x = pdf.LM + col * (cw + pdf.GUTTER)
        if kind == "kv":
            pdf.set_font("Helvetica", "B", size)
            pdf.set_xy(x, y)
            pdf.multi_cell(lw, lh, label, align="L")
        elif kind in ("b", "n"):
            pdf.set_font("Helvetica", "", size)
            pdf.set_xy(x, y)
            pdf.cell(lw, lh, label)
        pdf.set_font("Helvetica", "", size)
        pdf.set_xy(x + lw, y)
        pdf.multi_cell(vw, lh, text, align="J" if kind == "p" else "L")
    pdf.set_xy(pdf.LM, y + h + 1.2)


def build_pdf(path):
    pdf = BilingualPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("ToR JPO ONUDI Saint-Louis / UNIDO Saint-Louis JPO ToR")
    pdf.set_author("UNIDO")
    pdf.set_margins(pdf.LM, 17, pdf.LM)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(0, 4.5, "ORGANISATION DES NATIONS UNIES POUR LE DÉVELOPPEMENT INDUSTRIEL", align="C")
    pdf.ln(4.5)
    pdf.cell(0, 4.5, "UNITED NATIONS INDUSTRIAL DEVELOPMENT ORGANIZATION", align="C")
    pdf.ln(7)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.cell(
        0,
        4.5,
        "TERMES DE RÉFÉRENCE - ADMINISTRATEUR AUXILIAIRE (JPO)   /   "
        "TERMS OF REFERENCE - JUNIOR PROFESSIONAL OFFICER (JPO)",
        align="C",
    )
    pdf.ln(8)

    # title, both languages, bold
    cw = pdf.col_w
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.set_xy(pdf.LM, y)
    pdf.multi_cell(cw, 5.5, TITLE_FR, align="L")
    y1 = pdf.get_y()
    pdf.set_xy(pdf.LM + cw + pdf.GUTTER, y)
    pdf.multi_cell(cw, 5.5, TITLE_EN, align="L")
    pdf.set_xy(pdf.LM, max(y1, pdf.get_y()) + 4)

    for lab_fr, val_fr, lab_en, val_en in FACTS:
        _pair(pdf, val_fr, val_en, "kv", label_fr=lab_fr, label_en=lab_en)
    pdf.ln(2)

    for head_fr, head_en, blocks in SECTIONS:
        _ensure(pdf, 16)
        pdf.ln(1.5)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_xy(pdf.LM, y)
        pdf.cell(cw, 5, head_fr.upper())
        pdf.set_xy(pdf.LM + cw + pdf.GUTTER, y)
        pdf.cell(cw, 5, head_en.upper())
        pdf.set_xy(pdf.LM, y + 6.5)
        num = 0
        for block in blocks:
            kind = block[0]
            if kind == "kv":
                _, lfr, fr, len_, en = block
                _pair(pdf, fr, en, "kv", label_fr=lfr, label_en=len_)
            elif kind == "n":
                num += 1
                _pair(pdf, block[1], block[2], "n", label_fr=f"{num}.", label_en=f"{num}.")
            elif kind == "b":
                _pair(pdf, block[1], block[2], "b", label_fr="-", label_en="-")
            else:
                _pair(pdf, block[1], block[2], "p")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# 2. DOCX: UNCDF Pacific Digital Economy Programme, Suva (Sida JPO programme)
# ---------------------------------------------------------------------------


def _cell_par(cell, text="", style=None, bold_label=None, first=False):
    par = cell.paragraphs[0] if first else cell.add_paragraph()
    if style:
        par.style = style
    if bold_label:
        run = par.add_run(bold_label)
        run.bold = True
    if text:
        par.add_run(text)
    return par


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "UNCDF Pacific Office"
    cp.last_modified_by = "UNCDF Pacific Office"
    cp.title = "ToR - JPO Digital Finance and Inclusive Payments - Suva"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3

    sec = doc.sections[0]
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "UNCDF  ·  Pacific Digital Economy Programme (PDEP)  ·  Terms of Reference – JPO"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Sida JPO Programme – Call 2027  |  For external circulation  |  Suva, March 2027"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_paragraph("UNITED NATIONS CAPITAL DEVELOPMENT FUND", style="Title")
    doc.add_paragraph("TERMS OF REFERENCE – JUNIOR PROFESSIONAL OFFICER (JPO)", style="Heading 1")

    rows = []

    def row(label):
        r = table.add_row()
        r.cells[0].width = Cm(4.2)
        r.cells[1].width = Cm(12.8)
        lp = r.cells[0].paragraphs[0]
        run = lp.add_run(label)
        run.bold = True
        rows.append(r)
        return r.cells[1]

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"

    c = row("Position title")
    p = _cell_par(c, first=True)
    run = p.add_run("Junior Professional Officer (JPO) – Digital Finance")
    run.bold = True
    run.add_break()
    run2 = p.add_run("and Inclusive Payments")
    run2.bold = True
    note = _cell_par(
        c,
        "Open to Swedish citizens only, under Sida's JPO Programme. Based in Suva, Fiji.",
    )
    note.runs[0].italic = True

    c = row("Req. ID")
    _cell_par(c, "UNCDF/PDEP/JPO/27-011", first=True)
    c = row("Donor file no.")
    _cell_par(c, "Sida 2027-000412 (JPO)", first=True)

    c = row("Host / employing organisation")
    _cell_par(
        c,
        "Pacific Digital Economy Programme (PDEP), a joint programme of UNCDF, UNDP and UNCTAD. "
        "Employing organisation: UNCDF.",
        first=True,
    )
    c = row("Unit")
    p = _cell_par(c, first=True)
    r1 = p.add_run("Digital Finance and Payments Team,")
    r1.add_break()
    p.add_run("PDEP Pacific Office")

    c = row("Place of assignment")
    _cell_par(
        c,
        "Suva, Fiji (with missions to Apia, Nuku'alofa, Port Vila and Honiara)",
        first=True,
    )
    c = row("Grade")
    _cell_par(c, "P-2", first=True)
    c = row("Duration")
    _cell_par(
        c,
        "One year, with a possible extension for a second year subject to satisfactory "
        "performance and Sida's approval",
        first=True,
    )
    c = row("Sponsor")
    _cell_par(c, "Sida's JPO Programme", first=True)

    c = row("Key facts")
    _cell_par(c, "Reports to: Digital Finance Specialist (P-4)", style="List Bullet", first=True)
    _cell_par(c, "Second reporting officer: Programme Lead, Pacific (P-5)", style="List Bullet")
    _cell_par(c, "Travel: about 20 % of working time", style="List Bullet")
    _cell_par(c, "Posted: 22 March 2027", style="List Bullet")

    c = row("Background")
    _cell_par(
        c,
        "The Pacific Digital Economy Programme supports Pacific Island countries in building "
        "inclusive digital economies: interoperable payment systems, digital identity, consumer "
        "protection and digital financial services that reach rural and outer-island "
        "households. PDEP works with central banks, mobile network operators, fintechs and "
        "regional bodies from its office in Suva.",
        first=True,
    )
    _cell_par(
        c,
        "The Digital Finance and Payments Team leads PDEP's work on instant payment systems and "
        "remittance corridors. The JPO will join a team of six, under the supervision of the "
        "Digital Finance Specialist.",
    )

    c = row("What will you be doing?")
    duties = [
        "Support the design and monitoring of PDEP's grants to payment service providers, "
        "including due diligence, milestone verification and reporting;",
        "Analyse data on digital payment uptake, remittance costs and account ownership in "
        "Fiji, Samoa, Tonga, Vanuatu and Solomon Islands;",
        "Contribute to policy dialogue with central banks on instant payments, interoperability "
        "and e-KYC regulation;",
        "Help organise the Pacific Digital Finance Week and national stakeholder workshops;",
        "Draft briefs, knowledge products and social-media content on PDEP results;",
        "Track gender and youth indicators and contribute to the programme's inclusion strategy;",
        "Undertake other tasks as requested by the supervisor.",
    ]
    for i, d in enumerate(duties):
        _cell_par(c, d, style="List Bullet", first=(i == 0))

    c = row("What will you learn?")
    learn = [
        "How a joint UN programme in digital finance is managed, from grant design to results reporting;",
        "Practical knowledge of payment-system regulation and digital financial inclusion in "
        "Small Island Developing States;",
        "Skills in stakeholder engagement with central banks, regulators and private companies;",
        "UNCDF and UNDP rules and procedures, through the JPO induction and online courses.",
    ]
    for i, d in enumerate(learn):
        _cell_par(c, d, style="List Number", first=(i == 0))

    c = row("Your background should include…")
    _cell_par(
        c,
        "Master's degree in economics, finance, development studies, information systems or a "
        "related field. A first-level university degree (Bachelor's) combined with two "
        "additional years of qualifying experience may be accepted in lieu of the Master's "
        "degree.",
        bold_label="Education: ",
        first=True,
    )
    _cell_par(
        c,
        "2 yrs, max. 5 yrs of relevant experience in digital finance, payments, financial "
        "inclusion or fintech; experience in a Small Island Developing State is an asset.",
        bold_label="Work experience (min.): ",
    )
    _cell_par(
        c,
        "Fluency in written and spoken English is required. Knowledge of Fijian or Hindi is an advantage.",
        bold_label="Languages: ",
    )

    c = row("Competencies")
    comps = [
        "Achieve results",
        "Think innovatively",
        "Learn continuously",
        "Adapt with agility",
        "Engage and partner",
    ]
    for i, d in enumerate(comps):
        _cell_par(c, d, style="List Bullet", first=(i == 0))

    c = row("Are you eligible?")
    _cell_par(c, "Sida's general conditions for JPOs apply. You can apply if:", first=True)
    rules = [
        "you hold Swedish citizenship (Swedish citizens who also hold Fijian citizenship cannot "
        "be assigned to Fiji);",
        "you have not turned 33 by the application deadline;",
        "you hold a Master's degree and have at least two years of relevant work experience, or "
        "a Bachelor's degree and at least four years of relevant work experience;",
        "you have never held a JPO position, whatever the sponsoring country;",
        "you apply for no more than two JPO positions per year.",
    ]
    for d in rules:
        _cell_par(c, d, style="List Bullet")
    _cell_par(
        c,
        "Sida does not require a language test; your English will be assessed at the interview.",
    )

    c = row("What we offer")
    _cell_par(
        c,
        "A UNCDF fixed-term appointment with UN salary and benefits, a two-week JPO induction, "
        "an annual training and learning allowance and a dedicated mentor in the PDEP team.",
        first=True,
    )

    c = row("Required documents")
    docs = [
        "Curriculum vitae in English (max. 3 pages)",
        "Cover letter addressing the requirements of these Terms of Reference",
        "Copies of university diplomas",
        "Sida's completed personal information form",
    ]
    for i, d in enumerate(docs):
        _cell_par(c, d, style="List Bullet", first=(i == 0))

    c = row("How to apply")
    _cell_par(
        c,
        "Submit your application through Sida's recruitment portal by 23:59 Stockholm time "
        "(CEST) on Sunday 18 April 2027. Late applications will not be considered. "
        "Applications are kept on file for 18 months for similar positions.",
        first=True,
    )
    _cell_par(c, "For reference: the 2026 round closed on 19 April 2026.")

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    Path(path).write_bytes(out.getvalue())


def main():
    build_pdf(HERE / "unido_italia_saintlouis_bilingue.pdf")
    build_docx(HERE / "uncdf_sweden_suva.docx")


if __name__ == "__main__":
    main()
