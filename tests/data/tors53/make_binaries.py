"""Build the binary test documents of heldout/ay (deterministic output).

Run with the project's venv:  .venv/bin/python tests/data/heldout/ay/make_binaries.py

Produces
  ifad_deck_nl.pdf          slide deck exported to PDF (16:9 landscape pages)
  unwomen_footnotes_kr.docx DOCX whose programme rules sit in real Word footnotes
  ocha_bangui_fr.pdf        classic French PDF with borderless label/value rows
  fao_lapaz_es.docx         classic Spanish DOCX (letterhead, facts table, lists)
"""

import datetime as _dt
import io
import os
import zipfile

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = _dt.datetime(2026, 1, 15, 9, 0, 0, tzinfo=_dt.timezone.utc)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- PDF helpers
def _fixed_pdf(pdf, title):
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title(title)
    pdf.set_author("")


# --------------------------------------------------------------------------- 1. slide deck
DECK_FOOTER = "Dutch JPO Programme  |  IFAD vacancy info session, 12 February 2026"


class Deck(FPDF):
    def footer(self):
        self.set_y(-13)
        self.set_draw_color(230, 120, 0)
        self.set_line_width(0.6)
        self.line(15, self.h - 15, self.w - 15, self.h - 15)
        self.set_font("Helvetica", "", 10)
        self.set_text_color(90, 90, 90)
        self.set_x(15)
        self.cell(200, 8, DECK_FOOTER)
        self.set_x(self.w - 55)
        self.cell(40, 8, f"{self.page_no()} / {{nb}}", align="R")


def _slide(pdf, title):
    pdf.add_page()
    pdf.set_fill_color(230, 120, 0)
    pdf.rect(0, 0, pdf.w, 6, style="F")
    pdf.set_xy(15, 16)
    pdf.set_text_color(20, 40, 90)
    pdf.set_font("Helvetica", "B", 30)
    pdf.cell(pdf.w - 30, 16, title)
    pdf.set_xy(15, 40)
    pdf.set_text_color(30, 30, 30)


def _bullets(pdf, items, x=20, w=None, size=18, gap=3):
    w = w or (pdf.w - x - 20)
    pdf.set_font("Helvetica", "", size)
    for it in items:
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.cell(7, 9, "-")
        pdf.set_xy(x + 7, y)
        pdf.multi_cell(w - 7, 9, it)
        pdf.set_y(pdf.get_y() + gap)


def make_deck():
    pdf = Deck(orientation="L", unit="mm", format=(190.5, 338.7))
    _fixed_pdf(pdf, "JPO vacancy presentation - IFAD Nairobi")
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()

    # 1 - title slide
    pdf.add_page()
    pdf.set_fill_color(20, 40, 90)
    pdf.rect(0, 0, pdf.w, 120, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 30)
    pdf.set_font("Helvetica", "", 18)
    pdf.cell(0, 10, "JPO vacancy 2026  -  presented by the Dutch JPO Programme at Nuffic")
    pdf.set_xy(20, 52)
    pdf.set_font("Helvetica", "B", 36)
    pdf.cell(0, 18, "Associate Programme Officer (Rural Finance)")
    pdf.set_xy(20, 78)
    pdf.set_font("Helvetica", "", 20)
    pdf.cell(0, 10, "International Fund for Agricultural Development (IFAD)")
    pdf.set_xy(20, 90)
    pdf.cell(0, 10, "East and Southern Africa Division  -  Nairobi, Kenya")
    pdf.set_text_color(30, 30, 30)
    pdf.set_xy(20, 135)
    pdf.set_font("Helvetica", "I", 14)
    pdf.cell(0, 8, "Online information session for candidates, 12 February 2026, 16:00-17:00")

    # 2 - about the post (label / value rows)
    _slide(pdf, "About the post")
    rows = [
        ("Organisation", "International Fund for Agricultural Development (IFAD)"),
        ("Division", "East and Southern Africa Division (ESA), Rural Finance Hub"),
        ("Place of assignment", "IFAD Regional Office, Nairobi, Kenya"),
        ("Grade", "P-2"),
        ("Duration", "2 years (a third year may be considered)"),
        ("Reports to", "Senior Rural Finance Specialist (P-5)"),
        ("IFAD vacancy no.", "2026/JPO/0113"),
        ("Nuffic file no.", "NL26-031"),
    ]
    pdf.set_y(42)
    for lab, val in rows:
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.set_font("Helvetica", "B", 17)
        pdf.cell(75, 12, lab)
        pdf.set_font("Helvetica", "", 17)
        pdf.cell(0, 12, val)
        pdf.set_y(y + 14)

    # 3 - tasks
    _slide(pdf, "Your tasks")
    _bullets(
        pdf,
        [
            "Support the design and supervision of rural finance components in IFAD-funded projects in Kenya, Uganda and Rwanda",
            "Analyse portfolio data on savings groups, digital credit and agricultural insurance",
            "Join supervision and implementation support missions (about 30% travel)",
            "Draft briefs, mission reports and inputs to country strategic opportunities programmes (COSOPs)",
            "Help organise the regional learning event on inclusive rural finance",
            "Maintain contacts with central banks, microfinance networks and co-financiers",
        ],
        size=17,
        gap=2,
    )

    # 4 - learning
    _slide(pdf, "What you will learn")
    _bullets(
        pdf,
        [
            "How an international financial institution designs and supervises loans and grants",
            "Rural finance policy dialogue with governments and regulators",
            "Project cycle management and IFAD's results framework",
            "Working in a decentralised regional hub with a multicultural team",
        ],
    )

    # 5 - profile, two columns
    _slide(pdf, "Your profile")
    colw = (pdf.w - 50) / 2
    top = 44
    pdf.set_xy(20, top)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(colw, 10, "Education & experience")
    pdf.set_y(top + 16)
    _bullets(
        pdf,
        [
            "Master's degree in economics, finance, agricultural economics or a related field",
            "At least 2 years of relevant paid work experience in rural finance, microfinance or value chains",
        ],
        x=20,
        w=colw,
        size=16,
    )
    x2 = 20 + colw + 10
    pdf.set_xy(x2, top)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(colw, 10, "Languages")
    pdf.set_y(top + 16)
    _bullets(
        pdf,
        [
            "Fluent English (required)",
            "French or Swahili: an asset",
        ],
        x=x2,
        w=colw,
        size=16,
    )

    # 6 - competencies
    _slide(pdf, "What we look for")
    _bullets(
        pdf,
        [
            "Analytical thinking",
            "Clear written and oral communication",
            "Teamwork across cultures",
            "Client and partner orientation",
            "Initiative and ownership",
        ],
    )

    # 7 - eligibility
    _slide(pdf, "Who can apply?")
    _bullets(
        pdf,
        [
            "You have the Dutch nationality, or the nationality of Benin, Ethiopia, Ghana, Mozambique, Rwanda or Uganda",
            "Nationals of Kenya (the host country) cannot be considered for this post",
            "You are not older than 32 on 31 December 2026",
            "You have never worked as a JPO before, under any donor",
        ],
        size=17,
    )

    # 8 - how to apply
    _slide(pdf, "How to apply")
    pdf.set_font("Helvetica", "", 18)
    pdf.set_xy(20, 42)
    pdf.cell(0, 10, "Apply online via the JPO portal on nuffic.nl. Upload these documents:")
    pdf.set_y(58)
    _bullets(
        pdf,
        [
            "CV in English (max. 2 pages)",
            "Motivation letter (max. 1 page)",
            "Copy of your Master's diploma",
            "Copy of your passport",
        ],
        size=17,
        gap=1,
    )
    pdf.set_xy(20, pdf.get_y() + 6)
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_text_color(200, 60, 0)
    pdf.cell(0, 12, "Deadline: Sunday 15 March 2026, 23:59 (Amsterdam time)")
    pdf.set_text_color(30, 30, 30)

    # 9 - timeline
    _slide(pdf, "Timeline and questions")
    rows = [
        ("Info session (online)", "12 February 2026"),
        ("Vacancy published", "16 February 2026"),
        ("Application deadline", "15 March 2026"),
        ("Interviews with IFAD (online)", "April 2026"),
        ("Start of assignment", "September 2026"),
    ]
    pdf.set_y(44)
    for lab, val in rows:
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.set_font("Helvetica", "", 18)
        pdf.cell(110, 12, lab)
        pdf.set_font("Helvetica", "B", 18)
        pdf.cell(0, 12, val)
        pdf.set_y(y + 14)
    pdf.set_xy(20, pdf.get_y() + 8)
    pdf.set_font("Helvetica", "I", 16)
    pdf.cell(0, 10, "Questions? Write to jpo@nuffic.nl - answers are published in the FAQ.")

    pdf.output(os.path.join(HERE, "ifad_deck_nl.pdf"))


# --------------------------------------------------------------------------- 3. OCHA French PDF
class OchaPdf(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(
            0, 5, "DFAE - Programme suisse des JPO  |  OCHA Bangui  |  Job Opening ID 248713", align="L"
        )
        self.ln(9)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Publié le 14 avril 2026", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def _heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11.5)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _dash_list(pdf, items, mark="-"):
    pdf.set_font("Helvetica", "", 10)
    for it in items:
        x = pdf.l_margin
        pdf.set_x(x + 3)
        pdf.cell(6, 5, mark)
        pdf.multi_cell(pdf.w - pdf.r_margin - x - 9, 5, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def _row(pdf, label, lines, lw=48):
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(lw, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    for i, ln in enumerate(lines):
        pdf.set_xy(pdf.l_margin + lw, y + 5.5 * i)
        pdf.cell(0, 5.5, ln)
    pdf.set_xy(pdf.l_margin, y + 5.5 * len(lines) + 1)


def make_ocha():
    pdf = OchaPdf(format="A4")
    _fixed_pdf(pdf, "JPO - Charge(e) adjoint(e) des affaires humanitaires - OCHA Bangui")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    # letterhead
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "Confédération suisse", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Département fédéral des affaires étrangères DFAE", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Programme suisse des Jeunes Professionnels Associés (JPO)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Bureau de la coordination des affaires humanitaires des Nations Unies (OCHA)",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 9, "Chargé(e) adjoint(e) des affaires humanitaires", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    _row(pdf, "Intitulé du poste", ["Chargé(e) adjoint(e) des affaires humanitaires"])
    _row(pdf, "Job Opening ID", ["248713"])
    _row(pdf, "Réf. DFAE", ["JPO-CH-2026-09"])
    _row(pdf, "Organisation", ["OCHA - Bureau de pays en République centrafricaine"])
    _row(pdf, "Unité", ["Section de la coordination inter-agences et de", "l'accès humanitaire"])
    _row(pdf, "Lieu d'affectation", ["Bangui, République centrafricaine"])
    _row(pdf, "Classe", ["P-2"])
    _row(pdf, "Durée", ["12 mois, renouvelable une fois"])
    _row(pdf, "Supervision", ["Chef de la Section de coordination (P-4)"])
    _row(pdf, "Pays donateur", ["Suisse"])

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "La République centrafricaine reste l'une des crises humanitaires les plus graves et les moins "
        "financées au monde : 2,4 millions de personnes ont besoin d'assistance en 2026. OCHA coordonne "
        "la réponse de plus de 150 organisations humanitaires, appuie l'Equipe humanitaire pays et gère "
        "le Fonds humanitaire pour la République centrafricaine. Le/la JPO rejoindra la Section de la "
        "coordination inter-agences et de l'accès humanitaire à Bangui, avec des missions régulières "
        "dans les sous-bureaux de Bambari, Bria et Kaga-Bandoro.",
    )

    _heading(pdf, "Tâches et responsabilités")
    _dash_list(
        pdf,
        [
            "Appuyer la préparation des réunions de l'Inter-cluster régional et national et assurer le suivi "
            "des points d'action.",
            "Contribuer à l'analyse des besoins humanitaires et à la rédaction de l'Aperçu des besoins "
            "humanitaires (HNO) et du Plan de réponse (HRP).",
            "Suivre les contraintes d'accès humanitaire, alimenter la base de données des incidents et "
            "préparer des notes d'analyse mensuelles.",
            "Participer aux missions d'évaluation rapide multisectorielles dans les zones affectées par "
            "les déplacements de population.",
            "Rédiger des rapports de situation, des notes d'information et des contributions aux "
            "présentations pour les bailleurs.",
            "Appuyer le dialogue civilo-militaire avec la MINUSCA et les autorités locales.",
        ],
    )

    _heading(pdf, "Objectifs d'apprentissage")
    _dash_list(
        pdf,
        [
            "Maîtriser les outils du cycle de programmation humanitaire et de la coordination des clusters.",
            "Développer des compétences en négociation de l'accès humanitaire.",
            "Comprendre le fonctionnement d'un fonds humanitaire commun et de ses mécanismes d'allocation.",
        ],
    )

    _heading(pdf, "Qualifications et expérience")
    _row(
        pdf,
        "Formation",
        [
            "Master en sciences politiques, relations internationales, droit, développement",
            "ou domaine apparenté. Un bachelor assorti de trois années d'expérience",
            "professionnelle supplémentaires peut être accepté à la place du master.",
        ],
        lw=38,
    )
    _row(
        pdf,
        "Expérience",
        [
            "2 ans minimum, 5 ans maximum, dans la coordination humanitaire, l'analyse",
            "ou la gestion de projets, dont au moins une partie sur le terrain.",
        ],
        lw=38,
    )
    _row(
        pdf,
        "Langues",
        [
            "- français : maîtrise parfaite (requis)",
            "- anglais : très bonne maîtrise (requis)",
            "- sango : un atout",
        ],
        lw=38,
    )

    _heading(pdf, "Compétences")
    _dash_list(
        pdf,
        [
            "Professionnalisme",
            "Planification et organisation",
            "Travail d'équipe",
            "Communication",
            "Souci du client",
        ],
    )

    _heading(pdf, "Conditions du programme suisse des JPO")
    _dash_list(
        pdf,
        [
            "Etre de nationalité suisse.",
            "Age maximal : 30 ans à la date de clôture de la présente annonce.",
            "N'avoir jamais occupé de poste de JPO, quel que soit le pays donateur.",
            "Les candidat(e)s doivent être disponibles pour une prise de fonctions en septembre 2026.",
        ],
    )

    _heading(pdf, "Dossier de candidature")
    _para(
        pdf,
        "Les candidatures sont à soumettre en ligne sur le portail du DFAE. L'affectation débute au plus "
        "tard 4 mois après la sélection. Le dossier comprend :",
    )
    for i, it in enumerate(
        [
            "un curriculum vitae en français (deux pages au maximum) ;",
            "une lettre de motivation en français ;",
            "une copie des diplômes universitaires ;",
            "le formulaire P11 des Nations Unies, complété et signé.",
        ],
        1,
    ):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 5, f"{i}.")
        pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.multi_cell(
        0,
        5.5,
        "Date limite de candidature : 3 mai 2026, minuit (heure de Berne).",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(1)
    _para(
        pdf,
        "Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s. Les entretiens auront lieu "
        "par visioconférence en juin 2026.",
    )

    pdf.output(os.path.join(HERE, "ocha_bangui_fr.pdf"))


# --------------------------------------------------------------------------- DOCX helpers
def _fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "make_binaries"
    cp.last_modified_by = "make_binaries"
    cp.title = title
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1


def _rezip(data, path, extra=None, patch=None):
    """Rewrite the DOCX zip with fixed timestamps; add parts (extra) and patch existing ones."""
    extra = extra or {}
    patch = patch or {}
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = src.namelist()
        for name in names:
            blob = src.read(name)
            if name in patch:
                blob = patch[name](blob)
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
        for name in sorted(extra):
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, extra[name])
    with open(path, "wb") as f:
        f.write(out.getvalue())


def _facts_table(doc, rows, bold_labels=True):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in rows:
        cells = t.add_row().cells
        cells[0].text = ""
        r = cells[0].paragraphs[0].add_run(lab)
        r.bold = bold_labels
        cells[1].text = ""
        if isinstance(val, str):
            cells[1].paragraphs[0].add_run(val)
        else:  # list of (text, footnote_id or None)
            p = cells[1].paragraphs[0]
            for text, fid in val:
                p.add_run(text)
                if fid is not None:
                    _footnote_ref(p, fid)
    return t


# --------------------------------------------------------------------------- 2. UN Women footnotes DOCX
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _footnote_ref(paragraph, fid):
    run = paragraph.add_run()
    rpr = run._r.get_or_add_rPr()
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    run._r.append(ref)


def _para_with_notes(doc, parts, style=None):
    p = doc.add_paragraph(style=style)
    for text, fid in parts:
        if text:
            p.add_run(text)
        if fid is not None:
            _footnote_ref(p, fid)
    return p


def _xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _footnotes_xml(notes):
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    )
    body = []
    for fid, text in notes:
        body.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_xml_escape(text)}</w:t></w:r>'
            "</w:p></w:footnote>"
        )
    return (head + "".join(body) + "</w:footnotes>").encode("utf-8")


UNW_NOTES = [
    (
        1,
        "A second year may be granted subject to satisfactory performance and to funding by the "
        "sponsoring Government. The decision on the extension is taken two months before the end of "
        "the first year.",
    ),
    (
        2,
        "This post is open only to nationals of the Republic of Korea, under the Korean JPO Programme "
        "administered by the Ministry of Foreign Affairs of the Republic of Korea.",
    ),
    (
        3,
        "Applicants must hold one of the following English test scores: TOEFL iBT 100, NEW TEPS 420 or "
        "IELTS 7.0. Only scores obtained within two years before the application deadline are accepted; "
        "TOEFL iBT MyBest scores are not accepted.",
    ),
    (
        4,
        "Applicants must be 32 years of age or younger as of 31 December 2026 (born on or after "
        "1 January 1994). Male applicants who have completed their military service receive an extension "
        "of the age limit: one year for service of less than one year, two years for service of one year "
        "or more but less than two years, and three years for service of two years or more. Former JPOs, "
        "regardless of the sponsoring country, are not eligible. Each applicant may apply for up to two "
        "JPO positions per year.",
    ),
    (5, "Korea Standard Time (KST, UTC+9)."),
]


def make_unwomen():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    _fix_core(doc, "JPO ToR - Programme Analyst (WEE) - UN Women Bangkok")

    p = doc.add_paragraph()
    r = p.add_run("UN WOMEN  |  JUNIOR PROFESSIONAL OFFICER (JPO) PROGRAMME  |  TERMS OF REFERENCE")
    r.bold = True
    r.font.size = Pt(9)
    doc.add_paragraph("United Nations Entity for Gender Equality and the Empowerment of Women")

    doc.add_paragraph("Programme Analyst (Women's Economic Empowerment)", style="Title")

    _facts_table(
        doc,
        [
            ("Post title", "Programme Analyst (Women's Economic Empowerment)"),
            ("Vacancy ID", "UNW-KR-JPO-2026-05"),
            ("Organization", "UN Women Regional Office for Asia and the Pacific"),
            ("Section", "Women's Economic Empowerment Section"),
            ("Duty station", "Bangkok, Thailand"),
            ("Grade", "P-2"),
            ("Duration", [("1 year", 1)]),
            ("Sponsor", [("Government of the Republic of Korea", 2)]),
            ("Supervisor", "Regional Programme Specialist, Economic Empowerment (P-4)"),
        ],
    )

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "UN Women's Regional Office for Asia and the Pacific in Bangkok supports 42 countries and territories. "
        "Its Women's Economic Empowerment Section works on gender-responsive social protection, the care "
        "economy, women's entrepreneurship and decent work for women migrant workers, in partnership with "
        "ASEAN, ESCAP and the International Labour Organization. The JPO will support the regional programme "
        '"WeEmpower Asia II" and the Section\'s work on the care economy.'
    )

    doc.add_heading("Duties and responsibilities", level=1)
    for d in [
        "Support the implementation, monitoring and reporting of the regional WeEmpower Asia II programme in "
        "Indonesia, the Philippines, Thailand and Viet Nam.",
        "Conduct research and policy analysis on the care economy and gender-responsive social protection.",
        "Contribute to the drafting of knowledge products, policy briefs and speeches.",
        "Support partnerships with private-sector companies signing the Women's Empowerment Principles.",
        "Help organise regional dialogues, trainings and expert group meetings.",
        "Track results against the programme's results framework and prepare donor reports.",
        "Contribute to resource mobilization, including proposals to the Republic of Korea and other donors.",
    ]:
        doc.add_paragraph(d, style="List Number")

    doc.add_heading("Learning elements", level=1)
    for d in [
        "Results-based programme management in a UN regional office.",
        "Policy advocacy on gender equality with regional intergovernmental bodies.",
        "Building partnerships with the private sector and civil society.",
        "Drafting UN knowledge products to publication standard.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Qualifications", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Master's degree (or equivalent) in economics, gender studies, public policy, development studies or "
        "a related field. A first-level university degree in combination with two additional years of "
        "qualifying experience may be accepted in lieu of the advanced university degree."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "At least two years of relevant experience in development programme management; experience with "
        "women's economic empowerment or social protection is an asset."
    )
    doc.add_heading("Languages", level=2)
    _para_with_notes(
        doc,
        [
            ("Fluency in English and Korean is required.", 3),
            (" Knowledge of Thai or of another language of the region is an asset.", None),
        ],
    )

    doc.add_heading("Core values and competencies", level=1)
    for d in [
        "Awareness and sensitivity regarding gender issues",
        "Accountability",
        "Creative problem solving",
        "Effective communication",
        "Inclusive collaboration",
        "Stakeholder engagement",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Eligibility", level=1)
    _para_with_notes(
        doc,
        [
            ("Candidates must meet the eligibility requirements of the Korean JPO Programme.", 4),
        ],
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph("Submit the following documents through the Korean JPO recruitment portal:")
    for d in [
        "Application form (in Korean and English)",
        "UN Personal History Form (P11)",
        "Copies of degree certificates and transcripts",
        "Official English test score report",
        "Military service record (male applicants, if applicable)",
    ]:
        doc.add_paragraph(d, style="List Bullet")
    _para_with_notes(
        doc,
        [
            ("Applications must be received by 10 April 2026, 18:00.", 5),
            (
                " Incomplete applications will not be considered. Only short-listed candidates will be invited "
                "to an interview.",
                None,
            ),
        ],
    )

    buf = io.BytesIO()
    doc.save(buf)

    def patch_ct(blob):
        s = blob.decode("utf-8")
        ov = (
            '<Override PartName="/word/footnotes.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        )
        return s.replace("</Types>", ov + "</Types>").encode("utf-8")

    def patch_rels(blob):
        s = blob.decode("utf-8")
        rel = (
            '<Relationship Id="rIdFootnotes1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/footnotes" Target="footnotes.xml"/>'
        )
        return s.replace("</Relationships>", rel + "</Relationships>").encode("utf-8")

    _rezip(
        buf.getvalue(),
        os.path.join(HERE, "unwomen_footnotes_kr.docx"),
        extra={"word/footnotes.xml": _footnotes_xml(UNW_NOTES)},
        patch={"[Content_Types].xml": patch_ct, "word/_rels/document.xml.rels": patch_rels},
    )


# --------------------------------------------------------------------------- 4. FAO Spanish DOCX
def make_fao():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    _fix_core(doc, "Anuncio de vacante JPO - FAO Bolivia")

    p = doc.add_paragraph()
    r = p.add_run("Organización de las Naciones Unidas para la Alimentación y la Agricultura")
    r.bold = True
    p = doc.add_paragraph()
    p.add_run("Representación de la FAO en el Estado Plurinacional de Bolivia").italic = True
    doc.add_paragraph()
    doc.add_heading("ANUNCIO DE VACANTE - PROGRAMA DE JÓVENES PROFESIONALES ASOCIADOS (JPO)", level=1)

    _facts_table(
        doc,
        [
            ("Título del puesto", "Oficial Asociado de Programas (Sistemas Alimentarios y Cambio Climático)"),
            ("Núm. de anuncio de vacante", "2601873"),
            ("Ref. Programa JPO de Italia", "JPO-IT-2026-FAO-11"),
            ("Unidad", "Representación de la FAO en Bolivia - Unidad de Programas"),
            ("Lugar de destino", "La Paz (Estado Plurinacional de Bolivia)"),
            ("Grado", "P-1"),
            ("Duración", "2 años"),
            (
                "Financiado por",
                "Gobierno de Italia (Ministerio de Asuntos Exteriores y Cooperación Internacional)",
            ),
            ("Fecha de publicación", "20 de abril de 2026"),
            ("Fecha de cierre", "15 de mayo de 2026"),
        ],
    )

    doc.add_heading("Contexto", level=2)
    doc.add_paragraph(
        "La Representación de la FAO en Bolivia apoya al Gobierno en la transformación de los sistemas "
        "agroalimentarios para que sean más eficientes, inclusivos, resilientes y sostenibles. El Marco de "
        "Programación de País 2023-2027 da prioridad a la agricultura familiar, la gestión sostenible de los "
        "recursos naturales y la adaptación al cambio climático en el altiplano, los valles y la Amazonía. "
        "El/la JPO trabajará bajo la supervisión del Oficial de Programas (NOC) y la orientación técnica del "
        "Oficial Superior de Cambio Climático (P-5) de la Oficina Regional en Santiago de Chile."
    )

    doc.add_heading("Funciones", level=2)
    for d in [
        "Apoyar la formulación y el seguimiento de proyectos de adaptación al cambio climático financiados "
        "por el Fondo Verde para el Clima y el FMAM.",
        "Contribuir a los análisis de vulnerabilidad climática de los sistemas alimentarios del altiplano.",
        "Recopilar y analizar datos sobre producción, precios y seguridad alimentaria.",
        "Preparar notas conceptuales, informes de progreso e informes a donantes.",
        "Apoyar la coordinación con el Ministerio de Desarrollo Rural y Tierras y con otras agencias del "
        "Sistema de las Naciones Unidas.",
        "Participar en misiones de campo y en la organización de talleres con organizaciones de "
        "productores y comunidades indígenas.",
        "Contribuir a la integración de la perspectiva de género en los proyectos.",
        "Apoyar la comunicación de resultados y la gestión del conocimiento.",
    ]:
        doc.add_paragraph(d, style="List Number")

    doc.add_heading("Oportunidades de aprendizaje", level=2)
    for d in [
        "Ciclo de proyectos de la FAO y acceso a la financiación climática.",
        "Trabajo con gobiernos y comunidades en un país de ingreso medio.",
        "Curso de inducción para JPO de la FAO en Roma.",
        "Mentoría por un oficial superior de la Oficina Regional.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Requisitos mínimos", level=2)
    p = doc.add_paragraph()
    p.add_run("Formación: ").bold = True
    p.add_run(
        "Título universitario avanzado (maestría) en agronomía, economía agrícola, ciencias "
        "ambientales, desarrollo rural o campo afín."
    )
    p = doc.add_paragraph()
    p.add_run("Experiencia: ").bold = True
    p.add_run(
        "Es deseable una experiencia profesional de al menos dos años en programas de seguridad "
        "alimentaria, agricultura o adaptación al cambio climático."
    )
    p = doc.add_paragraph()
    p.add_run("Idiomas: ").bold = True
    p.add_run(
        "Conocimiento práctico de español e inglés (requerido). Se valorará el conocimiento de "
        "quechua o aimara."
    )

    doc.add_heading("Competencias", level=2)
    for d in [
        "Enfoque en resultados",
        "Trabajo en equipo",
        "Comunicación",
        "Establecimiento de relaciones eficaces",
        "Intercambio de conocimientos y mejora continua",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Criterios de elegibilidad del Programa JPO de Italia", level=2)
    for d in [
        "Nacionalidad italiana, o de uno de los siguientes países: Colombia, Ecuador, Guatemala, Honduras, "
        "Paraguay y Perú.",
        "Los nacionales del Estado Plurinacional de Bolivia, país de destino, no son elegibles para este puesto.",
        "Haber nacido el 1 de enero de 1993 o después.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Cómo postular", level=2)
    doc.add_paragraph(
        "Las candidaturas se presentarán en línea en el portal de empleo de la FAO e incluirán:"
    )
    for d in [
        "Curriculum vitae en inglés o español.",
        "Carta de motivación en inglés.",
        "Copia del título de maestría.",
        "Copia del pasaporte.",
    ]:
        doc.add_paragraph(d, style="List Bullet")
    p = doc.add_paragraph()
    p.add_run("Fecha límite: 15 de mayo de 2026, 23:59 (hora de Roma).").bold = True
    doc.add_paragraph(
        "La FAO no cobra ninguna tasa en el proceso de contratación. Solo se contactará a las "
        "personas preseleccionadas."
    )

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), os.path.join(HERE, "fao_lapaz_es.docx"))


if __name__ == "__main__":
    make_deck()
    make_unwomen()
    make_ocha()
    make_fao()
    print("ok")
