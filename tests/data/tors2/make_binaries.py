"""Generate the binary test ToRs of this folder (second batch).

- unido_table.docx     everything in one big 2-column table (label cell / content cell), merged
                       full-width section rows, bullet lists inside the content cells
- itu_fr_numbered.docx French post; Heading 1/Heading 2 numbered by Word numbering ("1.",
                       "5.1"), so the numbers are NOT part of the paragraph text; numbered lists
                       via numbering definitions (restarting at 1), bullets via "List Bullet"
- unodc_fr.pdf         2-page French PDF (fpdf2, Helvetica with windows-1252), running header
                       and "Page N/2" footer, a learning-element bullet split across the page break

Run with the project's venv: `.venv/bin/python tests/data/tors2/make_binaries.py`.
The output is deterministic: fixed creation dates and metadata, and the DOCX zips are rewritten
with fixed entry timestamps, so re-running gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 1, 20, 10, 30, 0, tzinfo=UTC)


def docx_deterministic(raw: bytes) -> bytes:
    """Rewrite a DOCX zip with fixed entry timestamps and attributes."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 10, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def fixed_props(doc: Document, title: str, author: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.last_printed = FIXED.replace(tzinfo=None)
    props.revision = 1


def save_docx(doc: Document, path: Path) -> None:
    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(docx_deterministic(buf.getvalue()))


# --------------------------------------------------------------------------------------------
# unido_table.docx: ALL content in one 2-column table. Full-width (merged) rows carry the
# letterhead and the section names; every other row is label cell / content cell, and content
# cells hold paragraphs and "List Bullet" lists.
# --------------------------------------------------------------------------------------------

UNIDO_FACTS = [
    ("Post title", "Associate Industrial Development Officer (Circular Economy)"),
    ("Post number", "CN-JPO-2026-005"),
    (
        "Organizational unit",
        "Directorate of Environment and Energy, Division of Circular Economy and Environmental Protection",
    ),
    ("Duty station", "Vienna, Austria"),
    ("Grade", "P-2"),
    (
        "Duration of assignment",
        "2 years (with a possible extension for a third year, subject to performance and funding)",
    ),
    ("Sponsoring Government", "People's Republic of China"),
    ("Application deadline", "19 April 2026, 23:59 Vienna time (CEST)"),
]

UNIDO_BACKGROUND = [
    "The United Nations Industrial Development Organization (UNIDO) is the specialized agency "
    "of the United Nations that promotes industrial development for poverty reduction, "
    "inclusive globalization and environmental sustainability.",
    "The Division of Circular Economy and Environmental Protection supports Member States in "
    "decoupling industrial growth from resource use and pollution. Its portfolio covers "
    "resource-efficient and cleaner production, eco-industrial parks, the management of "
    "persistent organic pollutants under the Stockholm Convention, and the transition to "
    "circular value chains for plastics, textiles and electronics.",
]

UNIDO_DUTIES = [
    "Support the formulation and implementation of technical cooperation projects on circular "
    "economy and eco-industrial parks, in particular in Asia and Africa.",
    "Contribute to the preparation of project documents and funding proposals to the Global "
    "Environment Facility and bilateral donors.",
    "Monitor project implementation, including work plans, budgets, procurement and "
    "reporting, in line with UNIDO's results-based management framework.",
    "Conduct research and analysis on circular economy policies, extended producer "
    "responsibility schemes and industrial symbiosis.",
    "Assist in the organization of expert group meetings, trainings and the annual Circular Economy Forum.",
    "Draft background papers, briefing notes, speeches and knowledge products.",
    "Liaise with counterparts in governments, industry associations, academia and other UN agencies.",
    "Perform other related duties as assigned.",
]

UNIDO_LEARNING = [
    "A thorough understanding of UNIDO's mandate and of the project cycle of technical cooperation projects.",
    "Practical skills in project formulation, monitoring and reporting.",
    "Knowledge of circular economy policies and their application in industry.",
    "A professional network of government, industry and donor partners.",
]

UNIDO_COMPETENCIES = [
    "Results orientation and accountability",
    "Planning and organizing",
    "Communication and trust",
    "Team orientation",
    "Client orientation",
    "Organizational development and innovation",
]

UNIDO_ELIGIBILITY = [
    "Chinese nationality.",
    "Aged 32 or under on 1 July 2026.",
    "A completed Master's degree.",
    "At least two years of relevant professional experience.",
    "Proficiency in English and Chinese.",
]

UNIDO_DOCUMENTS = [
    "Completed UNIDO Personal History Form (P.11) in English.",
    "Motivation letter in English.",
    "Copy of the Master's degree diploma and transcripts.",
    "Copy of the passport.",
]


def cell_fill(
    cell, paragraphs: list[str] | None = None, bullets: list[str] | None = None, intro: str | None = None
) -> None:
    """Fill a content cell: paragraphs first, then an optional intro and a bullet list."""
    first = True
    for text in (paragraphs or []) + ([intro] if intro else []):
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        par.text = text
        first = False
    for item in bullets or []:
        if first:
            par = cell.paragraphs[0]
            par.style = "List Bullet"
            par.text = item
            first = False
        else:
            cell.add_paragraph(item, style="List Bullet")


def full_width_row(table, text: str, size: int = 11, center: bool = False) -> None:
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[1])
    lines = text.split("\n")
    for i, line in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = par.add_run(line)
        run.bold = True
        run.font.size = Pt(size)
        if center:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER


def label_row(table, label: str) -> tuple:
    cells = table.add_row().cells
    run = cells[0].paragraphs[0].add_run(label)
    run.bold = True
    return cells[0], cells[1]


def make_unido(path: Path) -> None:
    doc = Document()
    fixed_props(doc, "Terms of Reference - JPO Associate Industrial Development Officer", "UNIDO")
    doc.styles["Normal"].font.size = Pt(10)

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"

    full_width_row(
        table,
        "UNITED NATIONS INDUSTRIAL DEVELOPMENT ORGANIZATION\n"
        "Junior Professional Officer (JPO) Programme - Terms of Reference",
        size=12,
        center=True,
    )
    full_width_row(table, "A. GENERAL INFORMATION")
    for label, value in UNIDO_FACTS:
        _, content = label_row(table, label)
        content.paragraphs[0].text = value
    _, content = label_row(table, "Note")
    cell_fill(
        content,
        [
            "This post is offered under the JPO Programme financed by the Government of the "
            "People's Republic of China and is open only to Chinese nationals."
        ],
    )

    full_width_row(table, "B. BACKGROUND AND DUTIES")
    _, content = label_row(table, "Background")
    cell_fill(content, UNIDO_BACKGROUND)
    _, content = label_row(table, "Main duties and responsibilities")
    cell_fill(
        content,
        intro="Under the supervision of the Chief, Circular Economy Unit, the JPO will:",
        bullets=UNIDO_DUTIES,
    )
    _, content = label_row(table, "Expected learning elements")
    cell_fill(
        content, intro="By the end of the assignment, the JPO will have gained:", bullets=UNIDO_LEARNING
    )

    full_width_row(table, "C. QUALIFICATIONS")
    _, content = label_row(table, "Education")
    cell_fill(
        content,
        [
            "Advanced university degree (Master's or equivalent) in environmental engineering, "
            "industrial engineering, chemistry, economics or a related field."
        ],
    )
    _, content = label_row(table, "Work experience")
    cell_fill(
        content,
        [
            "A minimum of two (2) years of relevant professional experience in industrial "
            "development, environmental management or circular economy is required.",
            "Exposure to the needs, conditions and problems of developing countries is desirable.",
        ],
    )
    _, content = label_row(table, "Languages")
    cell_fill(
        content,
        [
            "Fluency in written and spoken English is required. Proficiency in Chinese is "
            "required as a condition of the sponsoring programme. Working knowledge of German "
            "is an asset."
        ],
    )
    _, content = label_row(table, "Competencies")
    cell_fill(content, bullets=UNIDO_COMPETENCIES)

    full_width_row(table, "D. ELIGIBILITY AND APPLICATION")
    _, content = label_row(table, "Eligibility criteria of the JPO Programme of China")
    cell_fill(content, bullets=UNIDO_ELIGIBILITY)
    _, content = label_row(table, "Required documents")
    cell_fill(content, bullets=UNIDO_DOCUMENTS)
    _, content = label_row(table, "How to apply")
    cell_fill(
        content,
        [
            "Applications must be submitted through the UNIDO JPO recruitment portal by "
            "19 April 2026, 23:59 Vienna time (CEST). Only short-listed candidates will be "
            "contacted.",
            "UNIDO does not charge a fee at any stage of the recruitment process.",
        ],
    )

    # Word wants a paragraph after a table at the end of the body; it stays empty.
    doc.add_paragraph()
    save_docx(doc, path)


# --------------------------------------------------------------------------------------------
# itu_fr_numbered.docx: French; headings numbered by a Word multilevel list (1., 2., 5.1),
# numbered lists through numbering definitions, bullets through "List Bullet".
# --------------------------------------------------------------------------------------------

NBSP = "\u00a0"

ITU_FACTS = [
    ("Intitulé du poste", "Administrateur auxiliaire (Cybersécurité et confiance numérique)"),
    ("Référence", "JEA-FR-UIT-2026-02"),
    (
        "Organisation",
        "Union internationale des télécommunications (UIT), Bureau de développement des "
        "télécommunications (BDT), Division de la cybersécurité",
    ),
    ("Lieu d'affectation", "Genève, Suisse"),
    ("Classe", "P-2"),
    ("Durée", "un an, renouvelable une fois sous réserve de résultats satisfaisants"),
    ("Pays donateur", "France"),
    ("Date limite", "1er avril 2026, 17h00 (heure de Genève)"),
]

ITU_DUTIES = [
    "Contribuer à la préparation de l'Indice mondial de cybersécurité (GCI), notamment à la "
    "collecte et à la validation des données communiquées par les États Membres ;",
    "Appuyer les pays les moins avancés dans la création et le renforcement de leurs équipes "
    "nationales d'intervention en cas d'incident informatique (CIRT) ;",
    "Participer à l'organisation d'exercices régionaux de cybersécurité (CyberDrills) en Afrique "
    "et dans les États arabes ;",
    "Contribuer à l'élaboration de stratégies nationales de cybersécurité et de guides techniques ;",
    "Assurer le suivi des initiatives relatives à la protection des enfants en ligne ;",
    "Rédiger des notes d'information, des rapports et des contributions aux réunions des "
    "commissions d'études de l'UIT-D ;",
    "Exécuter toute autre tâche connexe qui lui sera confiée.",
]

ITU_LEARNING = [
    "acquis une connaissance approfondie du fonctionnement de l'UIT et des processus "
    "multilatéraux dans le domaine du numérique ;",
    "développé des compétences en matière de politiques et de stratégies de cybersécurité ;",
    "acquis une expérience pratique de la gestion de projets de coopération technique ;",
    "constitué un réseau professionnel auprès des États Membres, du secteur privé et des "
    "milieux universitaires.",
]

ITU_COMPETENCIES = [
    "Communication efficace",
    "Travail d'équipe et collaboration",
    "Orientation vers les résultats",
    "Approche axée sur les clients",
    "Partage des connaissances et apprentissage continu",
]

ITU_ELIGIBILITY = [
    "être de nationalité française ;",
    "être âgé(e) de 32 ans au plus à la date limite de dépôt des candidatures (1er avril 2026) ;",
    "être titulaire d'un diplôme de niveau master (bac+5) ; les étudiant(e)s inscrit(e)s en "
    "dernière année de master peuvent également postuler, sous réserve d'avoir obtenu leur "
    "diplôme avant la prise de fonctions ;",
    "maîtriser le français et l'anglais.",
]

ITU_DOCUMENTS = [
    "un curriculum vitae en français et en anglais ;",
    "une lettre de motivation en français ;",
    "une copie du diplôme le plus élevé ou, pour les étudiant(e)s, un certificat de scolarité ;",
    "une copie de la carte nationale d'identité ou du passeport.",
]

HEADING_NUM_ID = 90
LIST_NUM_IDS = (91, 92)


def add_numbering_definitions(doc: Document) -> None:
    numbering = doc.part.numbering_part.element
    heading_abs = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    list_abs = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(heading_abs)
    first_num.addprevious(list_abs)
    numbering.append(
        parse_xml(f'<w:num {nsdecls("w")} w:numId="{HEADING_NUM_ID}"><w:abstractNumId w:val="90"/></w:num>')
    )
    for num_id in LIST_NUM_IDS:
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="91"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )


def set_num(paragraph, num_id: int, ilvl: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def num_heading(doc: Document, text: str, level: int) -> None:
    set_num(doc.add_heading(text, level=level), HEADING_NUM_ID, level - 1)


def numbered_list(doc: Document, items: list[str], num_id: int) -> None:
    for item in items:
        set_num(doc.add_paragraph(item, style="List Paragraph"), num_id, 0)


def make_itu(path: Path) -> None:
    doc = Document()
    fixed_props(doc, "Termes de référence - JEA Administrateur auxiliaire (Cybersécurité)", "UIT")
    doc.styles["Normal"].font.size = Pt(10.5)
    add_numbering_definitions(doc)

    doc.add_heading("Union internationale des télécommunications (UIT)", level=0)
    sub = doc.add_paragraph("International Telecommunication Union (ITU)")
    sub.runs[0].italic = True
    par = doc.add_paragraph()
    par.add_run(
        "Programme des Jeunes experts associés (JEA) financé par la France - Termes de référence"
    ).bold = True

    num_heading(doc, "Informations générales", 1)
    for label, value in ITU_FACTS:
        par = doc.add_paragraph()
        par.add_run(f"{label}{NBSP}:").bold = True
        par.add_run(f" {value}")
    doc.add_paragraph(
        "Ce poste est ouvert dans le cadre du programme des Jeunes experts associés (JEA) "
        "financé par le ministère de l'Europe et des Affaires étrangères et s'adresse "
        "exclusivement aux candidat(e)s de nationalité française."
    )

    num_heading(doc, "Contexte", 1)
    doc.add_paragraph(
        "Le Bureau de développement des télécommunications (BDT) de l'UIT aide les États "
        "Membres à tirer parti des technologies de l'information et de la communication pour "
        "le développement durable. Sa Division de la cybersécurité appuie les pays dans "
        "l'élaboration de stratégies nationales de cybersécurité, la mise en place d'équipes "
        "nationales d'intervention en cas d'incident informatique et le renforcement des "
        "capacités, en particulier dans les pays les moins avancés et les petits États "
        "insulaires en développement. Elle publie tous les deux ans l'Indice mondial de "
        "cybersécurité (GCI)."
    )

    num_heading(doc, "Fonctions et responsabilités", 1)
    doc.add_paragraph(
        "Sous la supervision directe du Chef de la Division de la cybersécurité, le/la JEA sera "
        "chargé(e) de :"
    )
    for item in ITU_DUTIES:
        doc.add_paragraph(item, style="List Bullet")

    num_heading(doc, "Éléments de formation", 1)
    doc.add_paragraph(f"À l'issue de son affectation, le/la JEA aura{NBSP}:")
    numbered_list(doc, ITU_LEARNING, LIST_NUM_IDS[0])

    num_heading(doc, "Qualifications requises", 1)
    num_heading(doc, "Formation", 2)
    doc.add_paragraph(
        "Diplôme universitaire supérieur (master ou équivalent) en informatique, sécurité des "
        "systèmes d'information, ingénierie des télécommunications, droit du numérique, "
        "relations internationales ou dans un domaine connexe."
    )
    num_heading(doc, "Expérience professionnelle", 2)
    doc.add_paragraph(
        "Au moins une année d'expérience professionnelle pertinente dans le domaine de la "
        "cybersécurité ou des politiques numériques, stages compris. Une expérience dans un "
        "pays en développement constitue un atout."
    )
    num_heading(doc, "Langues", 2)
    doc.add_paragraph(
        "Excellente maîtrise du français et de l'anglais, à l'écrit comme à l'oral. La "
        "connaissance de l'espagnol ou de l'arabe constitue un atout."
    )
    num_heading(doc, "Compétences", 2)
    for item in ITU_COMPETENCIES:
        doc.add_paragraph(item, style="List Bullet")

    num_heading(doc, "Conditions d'éligibilité du programme JEA français", 1)
    doc.add_paragraph(f"Pour pouvoir postuler, les candidat(e)s doivent{NBSP}:")
    for item in ITU_ELIGIBILITY:
        doc.add_paragraph(item, style="List Bullet")

    num_heading(doc, "Dossier de candidature", 1)
    doc.add_paragraph(f"Le dossier de candidature comprend{NBSP}:")
    numbered_list(doc, ITU_DOCUMENTS, LIST_NUM_IDS[1])
    doc.add_paragraph(
        "Les candidatures doivent être déposées en ligne sur le site du ministère de l'Europe "
        "et des Affaires étrangères au plus tard le 1er avril 2026 à 17h00 (heure de Genève). "
        "Les dossiers incomplets ne seront pas examinés."
    )
    save_docx(doc, path)


# --------------------------------------------------------------------------------------------
# unodc_fr.pdf: 2 pages, French, running header and "Page N/2" footer. Core font Helvetica
# with windows-1252 encoding (so that "•", "’", "œ" and "–" are available).
# --------------------------------------------------------------------------------------------

PDF_HEADER = "ONUDC – Programme JPO de la Suisse – Termes de référence"

PDF_FACTS = [
    (
        "Titre du poste",
        "Administrateur(trice) auxiliaire de programme (Prévention du crime et justice pénale)",
    ),
    ("Référence", "JPO-CH-2026-ONUDC-03"),
    (
        "Organisation",
        "Office des Nations Unies contre la drogue et le crime (ONUDC/UNODC), Bureau régional "
        "pour l’Afrique de l’Ouest et du Centre",
    ),
    ("Lieu d’affectation", "Dakar, Sénégal"),
    ("Classe", "P-2"),
    ("Durée", "12 mois, prolongeable de 12 mois sous réserve de financement"),
    ("Pays donateur", "Suisse"),
    ("Date limite", "28 février 2026 à 23h59 (heure de Dakar, GMT)"),
]

PDF_CONTEXT = [
    "Le Bureau régional de l’ONUDC pour l’Afrique de l’Ouest et du Centre, basé à Dakar, "
    "couvre 24 pays. Il appuie les États dans la lutte contre la criminalité transnationale "
    "organisée, le trafic de drogues, la traite des personnes, la corruption et le "
    "terrorisme, ainsi que dans la réforme de leurs systèmes de justice pénale.",
    "Le programme régional de prévention du crime et de justice pénale vise à renforcer "
    "l’accès à la justice, la gestion des établissements pénitentiaires et la prise en charge "
    "des enfants en contact avec le système judiciaire. Il est mis en œuvre en partenariat avec "
    "les ministères de la justice, la Communauté économique des États de l’Afrique de l’Ouest "
    "(CEDEAO) et les organisations de la société civile, avec le soutien financier de plusieurs "
    "bailleurs de fonds bilatéraux et de l’Union européenne.",
    "Le programme a récemment élargi ses activités à la justice pour mineurs et aux "
    "alternatives à la détention au Sénégal, en Guinée, au Niger et au Tchad, et prépare une "
    "nouvelle phase régionale pour la période 2026-2029, dont la formulation associera "
    "étroitement les autorités nationales, les organisations régionales et la société civile "
    "des pays concernés.",
]

PDF_DUTIES = [
    "Appuyer la mise en œuvre des activités du programme régional de prévention du crime et "
    "de justice pénale, notamment la planification annuelle et le suivi budgétaire ;",
    "Contribuer à l’élaboration d’outils techniques et de modules de formation sur la gestion "
    "des prisons, les alternatives à l’incarcération et la justice pour mineurs ;",
    "Participer à l’organisation d’ateliers régionaux et nationaux à l’intention des magistrats, "
    "des agents pénitentiaires et des travailleurs sociaux ;",
    "Assurer le suivi des projets dans les pays couverts par le Bureau régional, y compris au "
    "moyen de missions sur le terrain, et veiller à la collecte régulière des données relatives "
    "aux indicateurs du cadre de résultats, en liaison avec les points focaux nationaux, les "
    "bureaux de programme de l’ONUDC et les partenaires de mise en œuvre, afin d’alimenter les "
    "rapports semestriels et annuels destinés aux bailleurs de fonds ;",
    "Rédiger des notes d’information, des rapports d’activité et des propositions de projets ;",
    "Contribuer à la coordination avec les autres entités des Nations Unies, notamment le HCDH, "
    "l’UNICEF et le PNUD, ainsi qu’avec les partenaires techniques et financiers ;",
    "Contribuer à la communication du programme (articles, réseaux sociaux, fiches de projet) ;",
    "Exécuter toute autre tâche connexe confiée par le superviseur.",
]

PDF_LEARNING = [
    "Une connaissance approfondie du mandat de l’ONUDC et des normes des Nations Unies en "
    "matière de prévention du crime et de justice pénale ;",
    "Une expérience pratique de la gestion de projets dans un bureau régional ;",
    "Une compréhension des enjeux de la réforme de la justice en Afrique de l’Ouest et du Centre ;",
    "Un réseau professionnel au sein des institutions nationales, régionales et internationales.",
]

PDF_COMPETENCIES = [
    "Professionnalisme",
    "Communication",
    "Esprit d’équipe",
    "Aptitude à planifier et à organiser",
]

PDF_ELIGIBILITY = [
    "Nationalité suisse ;",
    "Ne pas avoir plus de 30 ans au 31 décembre 2026 ;",
    "Être titulaire d’un master ;",
    "Les personnes ayant déjà effectué une affectation de JPO, quel que soit le pays donateur, "
    "ne peuvent pas postuler.",
]

PDF_DOCUMENTS = [
    "un curriculum vitae en français ou en anglais ;",
    "une lettre de motivation ;",
    "une copie des diplômes universitaires.",
]


class FrPdf(FPDF):
    """A4, running header on every page, "Page N/{nb}" footer."""

    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_xy(20, 9)
        self.cell(170, 5, PDF_HEADER, align="L")
        self.line(20, 15, 190, 15)
        self.set_xy(20, 20)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_x(20)
        self.set_font("Helvetica", "", 8)
        self.cell(170, 5, f"Page {self.page_no()}/{{nb}}", align="R")


def fr_heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.set_x(20)
    pdf.cell(170, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)


def fr_paragraph(pdf: FPDF, text: str) -> None:
    pdf.set_x(20)
    pdf.multi_cell(170, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def fr_list(pdf: FPDF, items: list[str], marker: str = "•") -> None:
    for i, item in enumerate(items, 1):
        mark = f"{i})" if marker == "1)" else marker
        if pdf.get_y() > pdf.page_break_trigger - 5:
            pdf.add_page()
        pdf.set_x(24)
        pdf.cell(6, 4.6, mark)
        pdf.set_left_margin(30)
        pdf.set_x(30)
        pdf.multi_cell(160, 4.6, item, new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(20)
        pdf.ln(0.8)


def make_unodc(path: Path) -> None:
    pdf = FrPdf(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_creation_date(FIXED)
    pdf.set_title("Termes de référence JPO - ONUDC Dakar")
    pdf.set_author("ONUDC")
    pdf.set_creator("make_binaries.py")
    pdf.set_producer("fpdf2")
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.set_x(20)
    pdf.cell(
        170,
        7,
        "Office des Nations Unies contre la drogue et le crime",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_x(20)
    pdf.cell(
        170,
        6,
        "TERMES DE RÉFÉRENCE – JEUNE PROFESSIONNEL(LE) (JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)

    pdf.set_font("Helvetica", "", 9.5)
    for label, value in PDF_FACTS:
        pdf.set_x(20)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(36, 4.6, f"{label} :")
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(134, 4.6, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    fr_paragraph(
        pdf,
        "Ce poste est financé par la Confédération suisse (Département fédéral des affaires "
        "étrangères, DFAE) et s’adresse exclusivement aux personnes de nationalité suisse.",
    )

    fr_heading(pdf, "1. Contexte")
    for para in PDF_CONTEXT:
        fr_paragraph(pdf, para)

    fr_heading(pdf, "2. Fonctions et responsabilités")
    fr_paragraph(
        pdf,
        "Sous la supervision directe du Coordonnateur du programme régional de prévention du "
        "crime et de justice pénale, le/la JPO sera chargé(e) de :",
    )
    fr_list(pdf, PDF_DUTIES)

    fr_heading(pdf, "3. Éléments de formation")
    fr_paragraph(pdf, "À l’issue de son affectation, le/la JPO aura acquis :")
    fr_list(pdf, PDF_LEARNING)

    fr_heading(pdf, "4. Qualifications requises")
    for label, text in [
        (
            "Formation",
            "Diplôme universitaire de niveau master en droit, criminologie, sciences "
            "politiques, relations internationales ou dans un domaine connexe. Un diplôme "
            "universitaire de premier cycle (licence/bachelor) assorti de deux années "
            "supplémentaires d’expérience pertinente peut être accepté à la place du master.",
        ),
        (
            "Expérience",
            "Au moins deux années d’expérience professionnelle pertinente dans le domaine de la "
            "justice pénale, des droits de l’homme ou de la coopération au développement.",
        ),
        (
            "Langues",
            "Le français et l’anglais sont les langues de travail du Secrétariat de l’ONU. Pour "
            "ce poste, la maîtrise du français et de l’anglais est exigée. La connaissance de "
            "l’allemand ou de l’italien est un atout.",
        ),
    ]:
        pdf.set_x(20)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(170, 4.6, f"{label} :", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)
        fr_paragraph(pdf, text)
    pdf.set_x(20)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(170, 4.6, "Compétences :", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    fr_list(pdf, PDF_COMPETENCIES)

    fr_heading(pdf, "5. Conditions du programme JPO suisse")
    fr_list(pdf, PDF_ELIGIBILITY)

    fr_heading(pdf, "6. Candidature")
    fr_paragraph(pdf, "Le dossier de candidature, à envoyer par voie électronique, comprend :")
    fr_list(pdf, PDF_DOCUMENTS, marker="1)")
    fr_paragraph(
        pdf,
        "Les candidatures doivent parvenir au plus tard le 28 février 2026 à 23h59 (heure de "
        "Dakar, GMT). Les dossiers incomplets ou reçus après cette date ne seront pas pris en "
        "considération.",
    )
    pdf.output(str(path))


def main() -> None:
    make_unido(HERE / "unido_table.docx")
    make_itu(HERE / "itu_fr_numbered.docx")
    make_unodc(HERE / "unodc_fr.pdf")


if __name__ == "__main__":
    main()
