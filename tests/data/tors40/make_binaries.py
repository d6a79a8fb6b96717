"""Build the binary ToRs of design batch tors40 (held-out al until measured) (deterministic: fixed metadata and zip timestamps).

Run with /work/main/.venv/bin/python make_binaries.py from this folder.
Writes uit_suisse_yaounde_fr.docx and fida_belgique_abidjan_fr.pdf.
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2027, 8, 18, 9, 30, 0, tzinfo=datetime.timezone.utc)


# --------------------------------------------------------------------------- DOCX


def _page_field(paragraph):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    fld.append(inner)
    paragraph._p.append(fld)


def _bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def _deterministic_docx(doc, path):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(2027, 8, 18, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def build_docx(path):
    doc = Document()
    props = doc.core_properties
    props.author = "Nathalie Mbarga"
    props.last_modified_by = "DFAE - Section JPO"
    props.title = "TdR JPO UIT Yaounde 2027"
    props.created = datetime.datetime(2027, 8, 10, 8, 0, 0)
    props.modified = datetime.datetime(2027, 8, 18, 9, 30, 0)
    props.last_printed = datetime.datetime(2027, 8, 17, 16, 0, 0)
    props.revision = 4

    section = doc.sections[0]
    section.left_margin = Cm(2.2)
    section.right_margin = Cm(2.2)
    header = section.header.paragraphs[0]
    header.text = (
        "Union internationale des télécommunications (UIT) · Bureau de développement "
        "des télécommunications\tJPO-BDT-27-12"
    )
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.text = "Programme suisse des JPO · DFAE · Page "
    footer.runs[0].font.size = Pt(8)
    _page_field(footer)

    doc.add_paragraph("Programme suisse des Jeunes expert·e·s associé·e·s (JPO)", style="Title")
    doc.add_heading("Termes de référence", level=1)

    facts = doc.add_table(rows=7, cols=4)
    facts.style = "Table Grid"
    facts.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = facts.rows

    def merged(r, label, value):
        _bold_cell(rows[r].cells[0], label)
        cell = rows[r].cells[1].merge(rows[r].cells[3])
        cell.text = value

    def pair(r, l1, v1, l2, v2):
        _bold_cell(rows[r].cells[0], l1)
        rows[r].cells[1].text = v1
        _bold_cell(rows[r].cells[2], l2)
        rows[r].cells[3].text = v2

    merged(
        0,
        "Intitulé du poste",
        "Jeune expert·e associé·e (JPO) en transformation numérique et connectivité rurale",
    )
    pair(1, "N° de l'avis", "JPO-BDT-27-12", "Réf. DFAE", "27.0815-JPO")
    merged(2, "Organisation", "Union internationale des télécommunications (UIT / ITU)")
    merged(
        3,
        "Unité",
        "Bureau de zone de l'UIT pour l'Afrique centrale et Madagascar, "
        "Bureau de développement des télécommunications (BDT)",
    )
    pair(4, "Lieu d'affectation", "Yaoundé", "Pays", "Cameroun")
    pair(5, "Classe", "P-2", "Durée", "12 mois, renouvelable (36 mois au maximum)")
    pair(6, "Date de publication", "18 août 2027", "Date limite", "15 septembre 2027")

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "L'Union internationale des télécommunications (UIT) est l'institution spécialisée "
        "des Nations Unies pour les technologies de l'information et de la communication. "
        "Son Bureau de zone de Yaoundé couvre neuf pays d'Afrique centrale ainsi que "
        "Madagascar et appuie les gouvernements, les régulateurs et les opérateurs dans la "
        "mise en place de politiques favorisant une connectivité universelle et abordable."
    )
    doc.add_paragraph(
        "Dans le cadre de l'initiative Giga et du programme régional « Villages "
        "intelligents », le Bureau accompagne plusieurs pays dans la cartographie de la "
        "connectivité des écoles et des centres de santé ruraux et dans l'élaboration de "
        "stratégies nationales de transformation numérique."
    )

    doc.add_heading("Que ferez-vous ?", level=1)
    doc.add_paragraph(
        "Sous la supervision du Chef du Bureau de zone (P-5) et en étroite collaboration "
        "avec l'Administratrice de programme chargée du développement des infrastructures "
        "(P-3), le/la JPO :"
    )
    duties = [
        "appuiera la préparation et le suivi des projets nationaux et régionaux de "
        "connectivité rurale, notamment dans le cadre de l'initiative Giga ;",
        "contribuera à l'analyse des cadres réglementaires (accès universel, gestion du "
        "spectre, partage d'infrastructures) des pays de la zone ;",
        "participera à l'organisation d'ateliers régionaux et de formations destinés aux "
        "régulateurs et aux ministères chargés du numérique, en particulier :",
    ]
    for d in duties:
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph(
        "le forum régional sur le développement des télécommunications pour l'Afrique ;",
        style="List Bullet 2",
    )
    doc.add_paragraph("les sessions de formation du Centre d'excellence de l'UIT ;", style="List Bullet 2")
    for d in [
        "collectera et analysera les données sur l'accès et l'usage des TIC en vue des "
        "rapports statistiques de l'UIT ;",
        "rédigera des notes d'information, des rapports de mission et des rapports "
        "d'avancement à l'intention des partenaires financiers ;",
        "assurera la liaison avec les équipes de pays des Nations Unies, la Communauté "
        "économique des États de l'Afrique centrale et les partenaires techniques ;",
        "s'acquittera de toute autre tâche connexe qui pourrait lui être confiée.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Qu'apprendrez-vous ?", level=1)
    for t in [
        "Le fonctionnement de l'UIT et du système des Nations Unies au niveau régional et national.",
        "La gestion de projets de coopération technique, de la formulation à l'évaluation.",
        "Les enjeux réglementaires et économiques de la connectivité en Afrique centrale.",
        "La conduite de réunions multipartites dans un environnement bilingue.",
    ]:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("Votre profil", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Master en télécommunications, ingénierie informatique, économie du numérique, "
        "politiques publiques ou dans un domaine apparenté."
    )
    doc.add_heading("Expérience professionnelle", level=2)
    doc.add_paragraph(
        "Au moins deux ans d'expérience professionnelle pertinente dans le secteur des TIC, "
        "de la régulation des télécommunications ou de la coopération au développement. "
        "Une expérience en Afrique subsaharienne constitue un atout."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Excellente maîtrise du français et de l'anglais, à l'oral comme à l'écrit. La "
        "connaissance de l'espagnol ou du portugais serait un atout."
    )

    doc.add_heading("Compétences", level=1)
    for c in [
        "Application de l'expertise",
        "Communication efficace",
        "Esprit d'initiative",
        "Partage des connaissances et apprentissage continu",
        "Travail d'équipe et collaboration",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("Conditions d'éligibilité du programme suisse", level=1)
    rules = [
        (
            "Nationalité",
            "Nationalité suisse. Les personnes ayant également la nationalité camerounaise "
            "ne peuvent pas être affectées à ce poste.",
        ),
        ("Âge", "Être né·e le 1er janvier 1997 ou après."),
        (
            "Formation",
            "Master universitaire (ou diplôme équivalent) achevé au moment de la candidature.",
        ),
        (
            "Nombre de candidatures",
            "Trois candidatures au maximum par année civile, tous postes JPO suisses confondus.",
        ),
        (
            "Anciens JPO",
            "Les personnes ayant déjà occupé un poste de JPO, quel que soit le pays "
            "donateur, ne sont pas éligibles.",
        ),
    ]
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    _bold_cell(table.rows[0].cells[0], "Critère")
    _bold_cell(table.rows[0].cells[1], "Condition")
    for label, text in rules:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = text

    doc.add_heading("Comment postuler ?", level=1)
    doc.add_paragraph(
        "Déposez votre dossier sur la plateforme de recrutement du DFAE "
        "(www.eda.admin.ch/jpo) au plus tard le mercredi 15 septembre 2027 à 12h00 "
        "(heure suisse). Votre dossier comprend :"
    )
    for t in [
        "un CV en français ou en anglais ;",
        "une lettre de motivation (une page au maximum) ;",
        "la copie de vos diplômes universitaires ;",
        "le formulaire de notice personnelle des Nations Unies (P11), signé.",
    ]:
        doc.add_paragraph(t, style="List Number")
    doc.add_paragraph(
        "Les entretiens auront lieu à Berne ou par visioconférence au cours de la semaine du 18 octobre 2027."
    )
    note = doc.add_paragraph(
        "L'appel de printemps 2027 (clôturé le 14 mars 2027) n'est plus ouvert ; les "
        "dossiers déposés à cette occasion ne sont pas repris."
    )
    note.alignment = WD_ALIGN_PARAGRAPH.LEFT
    note.runs[0].font.size = Pt(8)
    note.runs[0].italic = True

    _deterministic_docx(doc, path)


# --------------------------------------------------------------------------- PDF


class FidaPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(0, 84, 147)
        self.cell(95, 5, "FIDA - Fonds international de développement agricole")
        self.set_font("Helvetica", "", 8)
        self.cell(
            0,
            5,
            "Programme belge des Jeunes Experts Associés (JEA)",
            align="R",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_draw_color(0, 84, 147)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            f"Avis de vacance - Req. ID 14827 - Page {self.page_no()}/{{nb}}",
            align="C",
        )


def build_pdf(path):
    pdf = FidaPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("IFAD WCA Hub")
    pdf.set_title("Avis de vacance JEA - FIDA Abidjan")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "AVIS DE VACANCE DE POSTE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Jeunes Experts Associés - appel 2027 (financement : Coopération belge au Développement, DGD)",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)

    def row(label, value):
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.set_x(20)
        pdf.cell(48, 5, label)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_xy(68, y)
        pdf.multi_cell(112, 5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.get_y(), y + 5) + 1.2)

    row(
        "Intitulé du poste",
        "Chargé·e de programme associé·e (JEA), finance rurale et emploi des jeunes",
    )
    row("Req. ID", "14827")
    row("Réf. DGD", "JPO/2027/BE/19")
    row("Organisation", "Fonds international de développement agricole (FIDA / IFAD)")
    row(
        "Division",
        "Division Afrique de l'Ouest et du Centre (WCA), Département de la gestion des programmes",
    )
    row("Lieu d'affectation", "Abidjan, Côte d'Ivoire (pôle régional WCA)")
    row("Classe", "P-1 / P-2 (selon l'expérience)")
    row("Durée", "2 ans (une troisième année est possible, cofinancée par le FIDA)")
    row("Publication", "4 octobre 2027")
    row("Date limite", "5 novembre 2027")
    pdf.ln(3)

    def heading(text):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_text_color(0, 84, 147)
        pdf.cell(0, 7, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)

    def para(text):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(0, 5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    def bullets(items):
        pdf.set_font("Helvetica", "", 9.5)
        for item in items:
            y = pdf.get_y()
            pdf.set_x(24)
            pdf.cell(5, 5, "-")
            pdf.set_xy(29, y)
            pdf.multi_cell(151, 5, item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.8)
        pdf.ln(1)

    heading("Le FIDA en bref")
    para(
        "Le Fonds international de développement agricole (FIDA) est une institution "
        "financière internationale et une institution spécialisée des Nations Unies qui "
        "investit dans les populations rurales pour éliminer la pauvreté et la faim. Le pôle "
        "régional d'Abidjan gère un portefeuille de plus de 30 projets en Afrique de l'Ouest "
        "et du Centre, dont plusieurs programmes d'inclusion financière rurale et d'emploi "
        "des jeunes dans les chaînes de valeur agricoles."
    )

    heading("Fonctions principales")
    para(
        "Sous la supervision du Directeur de pays pour la Côte d'Ivoire (P-5) et en "
        "collaboration avec l'Analyste de programme (P-3), le/la JEA :"
    )
    bullets(
        [
            "appuie la conception et la supervision des projets de finance rurale du "
            "portefeuille (Côte d'Ivoire, Burkina Faso, Togo) ;",
            "participe aux missions de supervision et rédige les aide-mémoire et rapports de mission ;",
            "analyse les données de suivi-évaluation relatives à l'emploi des jeunes et à "
            "l'accès aux services financiers ;",
            "contribue à la gestion des savoirs : notes de capitalisation, études de cas, "
            "fiches de bonnes pratiques ;",
            "assure le suivi des partenariats avec les institutions de microfinance, les "
            "banques agricoles et les partenaires techniques et financiers ;",
            "exécute toute autre tâche confiée par le Directeur de pays.",
        ]
    )

    heading("Éléments de formation")
    bullets(
        [
            "Programme d'accueil du FIDA (Rome, deux semaines) et formation aux procédures "
            "de passation des marchés et de gestion financière des projets.",
            "Apprentissage sur le terrain des méthodes de conception et de supervision de "
            "projets d'investissement.",
            "Accompagnement par un mentor désigné au sein de la Division WCA.",
        ]
    )

    heading("Qualifications requises")
    para(
        "Formation : master (ou diplôme équivalent) en économie agricole, finance, "
        "développement rural ou domaine apparenté. Le diplôme de master ne doit pas dater de "
        "plus de six ans à la date limite de candidature."
    )
    para(
        "Expérience professionnelle : de 2 à 5 ans, dont une partie de préférence dans un "
        "pays en développement."
    )
    para(
        "Langues : maîtrise parfaite du français, à l'écrit comme à l'oral ; bonne "
        "connaissance de l'anglais ou du portugais. La connaissance du néerlandais n'est "
        "pas requise pour ce poste."
    )

    heading("Compétences")
    bullets(
        [
            "Communiquer efficacement",
            "Travailler en équipe",
            "Se centrer sur les clients",
            "Résoudre les problèmes et prendre des décisions",
            "Apprendre, partager les connaissances et innover",
        ]
    )

    heading("Conditions du programme belge JEA")
    bullets(
        [
            "Nationalité belge. Les candidat·e·s possédant aussi la nationalité ivoirienne "
            "ne peuvent pas être affecté·e·s à ce poste.",
            "Âge maximum : 30 ans à la date limite de dépôt des candidatures.",
            "Être titulaire d'un diplôme de master.",
            "Une seule candidature par appel ; l'appel JEA belge est organisé une fois par an.",
        ]
    )

    heading("Dossier de candidature et date limite")
    para(
        "Le dossier comprend un CV (en français ou en anglais), une lettre de motivation et "
        "une copie du diplôme de master. Les candidatures sont à introduire en ligne sur le "
        "portail de la DGD (diplomatie.belgium.be/jea) au plus tard le 5 novembre 2027. Les "
        "dossiers incomplets ne seront pas examinés."
    )
    para(
        "Les entretiens avec les candidat·e·s présélectionné·e·s se tiendront à Bruxelles "
        "durant la semaine du 13 décembre 2027."
    )

    pdf.output(str(path))


def main():
    build_docx(HERE / "uit_suisse_yaounde_fr.docx")
    build_pdf(HERE / "fida_belgique_abidjan_fr.pdf")


if __name__ == "__main__":
    main()
