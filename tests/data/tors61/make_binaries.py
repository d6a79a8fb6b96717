"""Build the binary documents of this batch, deterministically.

    /work/main/.venv/bin/python make_binaries.py

Writes, next to this script:
  unhabitat_fukuoka_kr.pdf   (fpdf2, Helvetica, running header/footer, borderless label/value rows)
  fao_tunis_autriche.docx    (python-docx, facts table, heading and list styles)
  ilo_abidjan_suivi.docx     (python-docx + lxml, tracked changes w:ins/w:del and Word comments)

Fixed metadata and zip timestamps make the output byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt
from fpdf import FPDF
from lxml import etree

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 3, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 3, 1, 9, 0, 0)


# --------------------------------------------------------------------------- helpers
def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _fix_core(doc, author: str, title: str) -> None:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3


def _save_docx(doc, name: str) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    (HERE / name).write_bytes(_fixed_zip(buf.getvalue()))


# --------------------------------------------------------------------------- PDF
class HabitatPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            4,
            "UN-Habitat ROAP  |  Korean JPO Programme 2026  |  ToR 26-UNH-ROAP-003",
            new_x="LMARGIN",
            new_y="NEXT",
            align="L",
        )
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf() -> None:
    pdf = HabitatPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("UN-Habitat ROAP")
    pdf.set_title("Terms of Reference - Junior Professional Officer")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    # letterhead (not the title)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "UNITED NATIONS HUMAN SETTLEMENTS PROGRAMME", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "UN-Habitat - Regional Office for Asia and the Pacific",
        new_x="LMARGIN",
        new_y="NEXT",
        align="C",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "TERMS OF REFERENCE", new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Junior Professional Officer Programme of the Republic of Korea",
        new_x="LMARGIN",
        new_y="NEXT",
        align="C",
    )
    pdf.ln(4)

    # one header line running several fields together
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(
        0,
        6,
        "Grade: P-2 | Duration: 12 months | Closing: 17 May 2026",
        new_x="LMARGIN",
        new_y="NEXT",
        align="C",
    )
    pdf.ln(3)

    # borderless two-column rows, values wrapping over two lines
    rows = [
        ("Post title", "Junior Professional Officer (Urban Resilience and Climate Adaptation)"),
        ("Posting no.", "26-UNH-ROAP-003"),
        ("Organization", "United Nations Human Settlements Programme (UN-Habitat)"),
        (
            "Organizational unit",
            "Regional Office for Asia and the Pacific (ROAP), Urban Resilience and Climate Action Programme",
        ),
        ("Duty station", "Fukuoka, Japan"),
        ("Grade", "P-2"),
        ("Duration", "12 months, renewable for a second year subject to performance and funding"),
        ("Sponsor", "Ministry of Foreign Affairs of the Republic of Korea (Korean JPO Programme)"),
        ("Supervisor", "Human Settlements Officer (P-4), Urban Resilience Unit"),
    ]
    label_w, value_w = 42, 100
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(label_w, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + label_w, y)
        pdf.multi_cell(value_w, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(3)

    def heading(text):
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def items(lst, marker=None):
        """Numbered or dashed items with a hanging indent; an item may run over a page break."""
        pdf.set_font("Helvetica", "", 10)
        indent = 7
        width = pdf.w - pdf.l_margin - pdf.r_margin - indent
        for i, text in enumerate(lst, 1):
            m = f"{i}." if marker is None else marker
            lines = pdf.multi_cell(width, 5, text, dry_run=True, output="LINES")
            for j, line in enumerate(lines):
                if pdf.get_y() + 5 > pdf.page_break_trigger:
                    pdf.add_page()
                pdf.set_x(pdf.l_margin)
                pdf.cell(indent, 5, m if j == 0 else "")
                pdf.cell(width, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.7)
        pdf.ln(1)

    heading("1. Background")
    para(
        "UN-Habitat's Regional Office for Asia and the Pacific (ROAP), located in Fukuoka, supports "
        "governments and cities in 30 countries of the region. Its Urban Resilience and Climate Action "
        "Programme helps secondary cities reduce disaster risk, adapt to climate change and access "
        "climate finance, with ongoing projects in Bangladesh, Lao PDR, Mongolia, Myanmar, the "
        "Philippines, Sri Lanka and several Pacific Island countries. The programme is expanding its "
        "work on city-level adaptation planning and on nature-based solutions in informal settlements. "
        "Since 2024 it has also hosted the regional secretariat of the Resilient Secondary Cities Network, "
        "which brings together 42 municipalities."
    )

    heading("2. Duties and responsibilities")
    para("Under the direct supervision of the Human Settlements Officer (P-4), the JPO will:")
    items(
        [
            "Support the formulation and implementation of city resilience and adaptation projects, "
            "including the preparation of concept notes and full proposals for the Adaptation Fund and "
            "the Green Climate Fund;",
            "Carry out climate vulnerability assessments and spatial analyses in partner cities, using GIS "
            "and open data;",
            "Contribute to the design of nature-based solutions for informal settlements together with "
            "communities and local governments;",
            "Prepare progress reports, briefing notes and presentations for donors, including the Korean "
            "Government;",
            "Assist in organizing regional trainings, peer-learning events and the Asia-Pacific Urban "
            "Forum side events;",
            "Maintain the programme's monitoring framework and results database;",
            "Support partnerships with Korean and Japanese cities, research institutes and the private "
            "sector on urban resilience, including the peer exchange between Korean municipalities and "
            "partner cities in South-East Asia and the Pacific;",
            "Perform other related duties as required.",
        ]
    )

    heading("3. Learning elements")
    para("At the end of the assignment, the JPO will have:")
    items(
        [
            "Gained a thorough understanding of UN-Habitat's mandate, programme cycle and project "
            "management rules;",
            "Learned to prepare climate finance proposals that meet the standards of multilateral funds;",
            "Acquired practical skills in urban climate-risk assessment and participatory planning;",
            "Built a network with governments, cities and development partners in the region;",
            "Improved drafting, presentation and negotiation skills in a multicultural team.",
        ],
        marker="-",
    )

    heading("4. Qualifications and experience")
    para(
        "Education: A Master's degree in urban planning, environmental engineering, climate science, "
        "geography, development studies or a related field. A first-level university degree "
        "(Bachelor's) with two additional years of qualifying experience may be accepted in lieu of "
        "the Master's degree."
    )
    para(
        "Work experience (min.) 2 years of relevant professional experience in urban development, "
        "disaster risk reduction or climate adaptation. Candidates with more than 6 years of "
        "professional experience are not normally considered at JPO level."
    )
    para("Languages: Fluency in English and Korean is required. Working knowledge of Japanese is desirable.")

    heading("5. Competencies")
    items(
        [
            "Professionalism: knowledge of urban resilience and climate adaptation concepts; ability to "
            "apply them in practical project work;",
            "Communication: speaks and writes clearly and effectively; tailors language to the audience;",
            "Teamwork: works collaboratively with colleagues to achieve organizational goals;",
            "Planning and organizing: develops clear goals, identifies priorities and uses time efficiently;",
            "Client orientation: considers all those to whom services are provided to be clients.",
        ],
        marker="-",
    )

    heading("6. Eligibility - Korean JPO Programme")
    para(
        "The position is open exclusively to citizens of the Republic of Korea. Applicants must be not "
        "older than 32 years of age as of 31 December 2026 (born on or after 1 January 1994). For "
        "applicants who have completed military service, the age limit is extended by one year for a "
        "service of less than one year, by two years for a service of one year or more but less than "
        "two years, and by three years for a service of two years or more."
    )
    para(
        "Applicants must submit one of the following English test scores: TOEFL iBT 100, NEW TEPS 452, "
        "IELTS 7.0 or TOEIC 900, obtained within two years before the application deadline. TOEFL "
        "MyBest scores are not accepted."
    )
    para(
        "The initial contract is 12 months. Applicants may apply for a maximum of two positions per "
        "year under the Korean JPO Programme. Persons who have previously served as a JPO, under the "
        "Korean or any other programme, are not eligible."
    )

    heading("7. Required documents")
    items(
        [
            "United Nations Personal History Profile (P.11) in English, with a motivation letter;",
            "Abstract of the Resident Registration in English;",
            "Copy of the university degree certificate(s) in English;",
            "English test score report (TOEFL iBT, NEW TEPS, IELTS or TOEIC);",
            "Certificate of military service in English (male applicants who have served only).",
        ]
    )

    heading("8. How to apply")
    para(
        "Complete applications must be submitted through the Korean JPO online application system no "
        "later than 17 May 2026, 11:59 p.m. Korea Standard Time (KST). Late or incomplete applications "
        "will not be considered. Only short-listed candidates will be contacted for interviews, which "
        "are expected in June 2026."
    )
    para(
        "UN-Habitat does not charge a fee at any stage of the recruitment process. Qualified women and "
        "persons with disabilities are strongly encouraged to apply."
    )

    (HERE / "unhabitat_fukuoka_kr.pdf").write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------- FAO DOCX
def build_fao() -> None:
    doc = Document()
    _fix_core(doc, "FAO SNE - Ressources humaines", "Avis de vacance JPO 2601187")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Organisation des Nations Unies pour l'alimentation et l'agriculture - Bureau sous-régional pour l'Afrique du Nord"

    doc.add_paragraph("AVIS DE VACANCE DE POSTE - PROGRAMME DES ADMINISTRATEURS AUXILIAIRES", style="Title")

    facts = [
        (
            "Intitulé du poste",
            "Administrateur auxiliaire (JPO) - Gestion des ressources en eau et irrigation",
        ),
        ("Numéro de l'emploi", "2601187"),
        ("Organisation", "Organisation des Nations Unies pour l'alimentation et l'agriculture (FAO)"),
        ("Unité", "Bureau sous-régional pour l'Afrique du Nord (SNE), équipe Eau, terres et irrigation"),
        ("Ville", "Tunis"),
        ("Pays", "Tunisie"),
        ("Classe", "P-1 ou P-2 (selon les qualifications et l'expérience)"),
        ("Durée", "1 an, avec possibilité de prolongation"),
        ("Pays donateur", "Autriche - Ministère fédéral des Affaires européennes et internationales (BMEIA)"),
        ("Supervision", "Fonctionnaire principal chargé de l'eau (P-5)"),
        ("Date de publication", "3 février 2026"),
        ("Date de clôture", "3 mars 2026"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = value

    doc.add_heading("Contexte organisationnel", level=1)
    doc.add_paragraph(
        "Le Bureau sous-régional de la FAO pour l'Afrique du Nord, basé à Tunis, couvre l'Algérie, la "
        "Libye, le Maroc, la Mauritanie et la Tunisie. La rareté de l'eau est le premier défi agricole "
        "de la sous-région : les prélèvements dépassent les ressources renouvelables dans plusieurs "
        "bassins, et l'irrigation représente près de 80 % des usages. L'équipe Eau, terres et irrigation "
        "appuie les ministères de l'agriculture dans la comptabilité de l'eau, la modernisation de "
        "l'irrigation et l'utilisation des eaux non conventionnelles."
    )

    doc.add_heading("Que ferez-vous ?", level=1)
    duties = [
        "Appuyer la mise en oeuvre du projet régional de comptabilité de l'eau et le suivi de ses indicateurs ;",
        "Contribuer à l'analyse de la productivité de l'eau agricole à partir des données de télédétection (WaPOR) ;",
        "Participer à la préparation des ateliers nationaux, notamment :",
        "Rédiger des notes techniques, des rapports d'avancement et des documents de projet ;",
        "Appuyer la formulation de nouveaux projets sur la réutilisation des eaux usées traitées ;",
        "Suivre les partenariats avec les instituts de recherche et les organisations d'irrigants ;",
        "Contribuer aux produits de communication et de gestion des connaissances de l'équipe ;",
        "Exécuter toute autre tâche connexe qui lui sera confiée.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Number")
        if i == 2:
            for sub in (
                "la préparation des notes conceptuelles et des programmes ;",
                "la logistique et le suivi des participants ;",
                "la rédaction des comptes rendus.",
            ):
                doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("Que vous apportera cette affectation ?", level=1)
    for text in (
        "Une connaissance pratique du cycle de projet de la FAO et de ses règles de gestion ;",
        "La maîtrise des outils de comptabilité de l'eau et de télédétection appliqués à l'irrigation ;",
        "Une expérience de la coopération technique avec les gouvernements de la sous-région ;",
        "Un plan de formation individuel, dont un cours en ligne sur la gestion axée sur les résultats.",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Votre profil", level=1)
    for label, text in (
        (
            "Formation : ",
            "master en génie rural, hydraulique, agronomie, gestion des ressources naturelles "
            "ou dans un domaine apparenté.",
        ),
        (
            "Expérience professionnelle (min.) : ",
            "2-5 ans dans la gestion de l'eau agricole ou de "
            "l'irrigation, dont une partie dans un pays en développement.",
        ),
        (
            "Langues : ",
            "maîtrise courante du français et de l'anglais ; la connaissance de l'arabe est un atout.",
        ),
    ):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)

    doc.add_heading("Compétences", level=2)
    for text in (
        "Orientation vers les résultats",
        "Travail d'équipe",
        "Communication",
        "Établissement de relations efficaces",
        "Partage des connaissances et amélioration continue",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Êtes-vous éligible ?", level=1)
    doc.add_paragraph("Conditions générales du programme JPO autrichien :")
    for text in (
        "être de nationalité autrichienne ;",
        "ne pas avoir plus de 30 ans à la date de clôture de l'avis de vacance ;",
        "avoir obtenu un master, le dernier diplôme universitaire datant de quatre ans au plus à la date "
        "de clôture ;",
        "maîtriser parfaitement l'allemand (langue maternelle ou niveau C2).",
    ):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "Chaque candidat(e) ne peut postuler qu'à deux postes dans le cadre d'une même "
        "campagne de recrutement du programme autrichien."
    )

    doc.add_heading("Comment postuler ?", level=1)
    doc.add_paragraph(
        "Les candidatures doivent être soumises en ligne sur la plateforme de recrutement de la FAO "
        "(Jobs@FAO) au plus tard le 3 mars 2026 à 23h59, heure de Rome. Le dossier comprend le profil "
        "en ligne complété, une lettre de motivation en français ou en anglais ainsi qu'une copie du "
        "diplôme de master ; une copie du passeport autrichien sera demandée aux seuls candidats "
        "présélectionnés."
    )
    doc.add_paragraph(
        "La FAO ne perçoit aucun frais à quelque stade que ce soit du processus de recrutement. Les "
        "candidatures des femmes et des personnes en situation de handicap sont particulièrement "
        "encouragées."
    )

    _save_docx(doc, "fao_tunis_autriche.docx")


# --------------------------------------------------------------------------- ILO DOCX with tracked changes
W_DATE = "2026-04-03T10:15:00Z"
COMMENT_DATE = dt.datetime(2026, 4, 3, 10, 20, 0, tzinfo=dt.timezone.utc)
_rev_id = [100]


def _next_id() -> str:
    _rev_id[0] += 1
    return str(_rev_id[0])


def _rev(tag: str, author: str):
    el = etree.Element(qn(tag))
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), W_DATE)
    return el


def _wrap(run, kind: str, author: str) -> None:
    """Wrap a run (python-docx Run) into w:ins or w:del; deleted text goes to w:delText."""
    r = run._r
    wrapper = _rev("w:" + kind, author)
    r.addprevious(wrapper)
    wrapper.append(r)
    if kind == "del":
        for t in r.findall(qn("w:t")):
            t.tag = qn("w:delText")


def _mark_paragraph(par, kind: str, author: str) -> None:
    """Mark a whole paragraph (its runs and its paragraph mark) as inserted or deleted."""
    for run in list(par.runs):
        _wrap(run, kind, author)
    pPr = par._p.get_or_add_pPr()
    rPr = pPr.find(qn("w:rPr"))
    if rPr is None:
        rPr = etree.SubElement(pPr, qn("w:rPr"))
    rPr.append(_rev("w:" + kind, author))


def build_ilo() -> None:
    doc = Document()
    _fix_core(doc, "BIT Abidjan", "TdR JPO ILO/JPO/2026/17")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    HR = "Aminata Koné (BIT RH)"
    MEAE = "Claire Martin (MEAE)"
    comments = []

    doc.add_paragraph(
        "Organisation internationale du Travail (OIT/ILO) - Bureau international du Travail", style="Subtitle"
    )
    doc.add_paragraph(
        "Termes de référence - Programme des administrateurs auxiliaires (JPO) de la France", style="Title"
    )

    def fact(label, *parts):
        """parts: plain strings, or (kind, text) with kind 'ins'/'del'."""
        p = doc.add_paragraph()
        p.add_run(label + " : ").bold = True
        runs = []
        for part in parts:
            if isinstance(part, tuple):
                runs.append((part[0], p.add_run(part[1])))
            else:
                runs.append((None, p.add_run(part)))
        return p, runs

    fact(
        "Intitulé du poste",
        "Administrateur/trice auxiliaire (JPO) - Emploi des jeunes et transition vers l'économie formelle",
    )
    fact("Numéro de l'avis", "ILO/JPO/2026/17")
    fact("Référence MEAE", "DGM/JPO-26-031")
    fact("Organisation", "Organisation internationale du Travail (OIT)")
    fact(
        "Unité",
        "Bureau de pays de l'OIT pour la Côte d'Ivoire, le Bénin, le Burkina Faso, le Niger "
        "et le Togo - Programme Emploi des jeunes",
    )
    fact("Lieu d'affectation", "Abidjan, Côte d'Ivoire")
    _, grade_runs = fact("Classe", ("del", "P-1"), ("ins", "P-2"))
    fact("Durée", "2 ans")
    fact("Pays donateur", "France - ministère de l'Europe et des Affaires étrangères (MEAE)")
    _, close_runs = fact(
        "Date limite de candidature",
        ("del", "15 avril 2026"),
        ("ins", "30 avril 2026"),
        " à 23h59 (heure de Paris)",
    )
    comments.append(
        ([close_runs[1][1]], "Date reportée à la demande du MEAE (courriel du 2 avril 2026).", MEAE, "CM")
    )

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "En Côte d'Ivoire, près de 9 travailleurs sur 10 exercent dans l'économie informelle, et les "
        "jeunes de 15 à 35 ans représentent plus des trois quarts des demandeurs d'emploi. Le Bureau de "
        "pays de l'OIT à Abidjan appuie le Gouvernement et les partenaires sociaux dans la mise en oeuvre "
        "de la Politique nationale de l'emploi, notamment par des programmes d'apprentissage, "
        "d'entrepreneuriat des jeunes et de formalisation des micro-entreprises."
    )
    doc.add_paragraph(
        "Le/la JPO travaillera sous la supervision du Spécialiste principal de l'emploi des jeunes (P-5), "
        "au sein de l'équipe du programme Emploi des jeunes."
    )

    doc.add_heading("Fonctions principales", level=1)
    duties = [
        (
            "",
            "Appuyer la mise en oeuvre et le suivi du projet d'apprentissage de qualité dans les "
            "secteurs du BTP et de l'agro-transformation ;",
        ),
        (
            "",
            "Contribuer à l'analyse des données sur l'emploi des jeunes et l'économie informelle, et à la "
            "rédaction de notes de politique ;",
        ),
        ("del", "Assurer le secrétariat du comité de pilotage du projet et la préparation de ses réunions ;"),
        (
            "",
            "Appuyer le dialogue avec les partenaires sociaux sur la formalisation des micro et petites "
            "entreprises ;",
        ),
        (
            "ins",
            "Contribuer à la conception d'un programme pilote de protection sociale pour les "
            "travailleurs indépendants de l'économie informelle ;",
        ),
        ("", "Préparer les rapports d'avancement destinés au bailleur et les produits de communication ;"),
        (
            "",
            "Participer à l'organisation de formations et d'ateliers avec les ministères et les "
            "organisations d'employeurs et de travailleurs ;",
        ),
        ("", "Effectuer toute autre tâche connexe à la demande du superviseur."),
    ]
    for kind, text in duties:
        p = doc.add_paragraph(text, style="List Bullet")
        if kind:
            _mark_paragraph(p, kind, HR)

    doc.add_heading("Éléments de formation", level=1)
    for text in (
        "Connaissance des normes internationales du travail et de l'Agenda du travail décent ;",
        "Maîtrise du cycle de projet et des outils de gestion axée sur les résultats de l'OIT ;",
        "Expérience du dialogue social tripartite ;",
        "Participation au cours de formation des JPO organisé par le Centre international de formation "
        "de l'OIT à Turin.",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Qualifications requises", level=1)
    p = doc.add_paragraph()
    p.add_run("Formation : ").bold = True
    p.add_run(
        "master (bac+5) en économie, sociologie du travail, politiques publiques, droit social ou "
        "domaine apparenté."
    )
    p = doc.add_paragraph("Les étudiants en dernière année de master peuvent également postuler.")
    c = doc.add_comment(
        p.runs,
        text="Supprimé : le MEAE exige le diplôme obtenu à la date de candidature.",
        author=HR,
        initials="AK",
    )
    c._comment_elm.date = COMMENT_DATE
    _mark_paragraph(p, "del", HR)
    p = doc.add_paragraph()
    p.add_run("Expérience : ").bold = True
    p.add_run(
        "au moins deux ans d'expérience professionnelle pertinente (stages rémunérés compris) dans "
        "les domaines de l'emploi, de la formation professionnelle ou du développement du secteur "
        "privé."
    )
    p = doc.add_paragraph()
    p.add_run("Langues : ").bold = True
    p.add_run(
        "excellente maîtrise du français et de l'anglais, à l'écrit comme à l'oral. La connaissance "
        "de l'espagnol ou du portugais serait appréciée."
    )

    doc.add_heading("Compétences", level=2)
    for text in (
        "Intégrité et transparence",
        "Sensibilité et diversité",
        "Orientation vers l'apprentissage et le partage des connaissances",
        "Orientation vers le client",
        "Communication",
        "Orientation vers les résultats",
        "Collaboration",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Conditions générales du programme JPO français", level=1)
    doc.add_paragraph("Pour être éligible, le/la candidat(e) doit :")
    doc.add_paragraph("Être de nationalité française ;", style="List Bullet")
    p = doc.add_paragraph(style="List Bullet")
    p.add_run("Être âgé(e) de ")
    age_del = p.add_run("30")
    age_ins = p.add_run("32")
    p.add_run(" ans au plus au 31 décembre 2026 ;")
    comments.append(([age_ins], "Aligné sur la règle 2026 du programme français.", MEAE, "CM"))
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(
        "Justifier d'un niveau C1 en anglais attesté par un test datant de moins de deux ans : "
        "TOEIC 945, IELTS 7 ou TOEFL iBT "
    )
    toefl_del = p.add_run("90")
    toefl_ins = p.add_run("95")
    p.add_run(" ;")
    doc.add_paragraph(
        "Ne pas avoir déjà occupé un poste d'administrateur auxiliaire (JPO) ou de jeune expert associé.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Le programme français ne publie qu'une campagne par an ; chaque candidat(e) peut "
        "postuler à trois postes au maximum."
    )

    doc.add_heading("Dossier de candidature", level=1)
    for text in (
        "Curriculum vitae en français et en anglais ;",
        "Lettre de motivation adressée au BIT ;",
        "Copie du diplôme de master ;",
        "Attestation de résultat au test d'anglais (TOEIC, IELTS ou TOEFL iBT).",
    ):
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("Modalités de candidature", level=1)
    p = doc.add_paragraph()
    p.add_run("Les candidatures sont à déposer sur la plateforme du MEAE au plus tard le ")
    d_del = p.add_run("15 avril 2026")
    d_ins = p.add_run("30 avril 2026")
    p.add_run(" à 23h59 (heure de Paris). Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s.")

    # comments first (they anchor on runs), then the revision marks
    for runs, text, author, initials in comments:
        c = doc.add_comment(runs, text=text, author=author, initials=initials)
        c._comment_elm.date = COMMENT_DATE
    for kind, run in grade_runs + close_runs:
        if kind:
            _wrap(run, kind, MEAE)
    for run, kind in (
        (age_del, "del"),
        (age_ins, "ins"),
        (toefl_del, "del"),
        (toefl_ins, "ins"),
        (d_del, "del"),
        (d_ins, "ins"),
    ):
        _wrap(run, kind, MEAE)

    # Word shows the document with "Track changes" switched on
    settings = doc.settings.element
    if settings.find(qn("w:trackRevisions")) is None:
        track = etree.Element(qn("w:trackRevisions"))
        anchor = settings.find(qn("w:defaultTabStop"))
        if anchor is not None:
            anchor.addprevious(track)
        else:
            settings.append(track)

    _save_docx(doc, "ilo_abidjan_suivi.docx")


if __name__ == "__main__":
    build_pdf()
    build_fao()
    build_ilo()
    print("ok")
