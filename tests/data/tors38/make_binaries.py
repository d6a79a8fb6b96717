"""Build the binary documents of design batch tors38 (held-out aj until measured), byte-for-byte deterministic.

Run with /work/main/.venv/bin/python make_binaries.py (from any directory):
- unops_france_niamey_fr.docx (python-docx, French MEAE "fiche de poste")
- hcdh_luxembourg_yaounde_fr.pdf (fpdf2, 2 pages, latin-1 core fonts)
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
FIXED = dt.datetime(2027, 3, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 3, 15, 9, 0, 0)


# ---------------------------------------------------------------- DOCX


def _fixed_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps, sorted member order and fixed modes."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    names = src.namelist()
    first = ["[Content_Types].xml"] if "[Content_Types].xml" in names else []
    ordered = first + sorted(n for n in names if n not in first)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


FACTS_FR = [
    (
        "Intitulé du poste",
        "Chargé(e) de projets associé(e) – Infrastructures de santé et énergie solaire",
    ),
    (
        "Organisation d'accueil",
        "Bureau des Nations Unies pour les services d'appui aux projets (UNOPS)",
    ),
    ("Référence UNOPS", "VA/2027/NEMCO/0417"),
    ("Référence MEAE", "JEA-27-019"),
    (
        "Service",
        "Bureau multi-pays du Niger (NEMCO), portefeuille Santé et Infrastructures",
    ),
    (
        "Lieu d'affectation",
        "Niamey, Niger (missions fréquentes à Tillabéri, Dosso et Zinder)",
    ),
    ("Classe", "P-2"),
    (
        "Durée de l'engagement",
        "12 mois, renouvelable une fois sous réserve d'une évaluation favorable et de l'accord du MEAE",
    ),
    ("Pays donateur", "France"),
    ("Publication", "15/III/2027"),
    ("Date limite", "vendredi 16 avril 2027, 17h (heure de Paris)"),
]

DUTIES_FR = [
    "Appuyer la gestion du cycle des projets de construction et de réhabilitation de "
    "centres de santé intégrés financés par l'Union européenne et l'AFD (planification, "
    "suivi budgétaire, rapports) ;",
    "Coordonner les études techniques et les dossiers d'appels d'offres avec les "
    "ingénieurs du bureau, notamment pour les mini-réseaux solaires des formations "
    "sanitaires ;",
    "Suivre l'avancement des chantiers lors de missions de terrain et veiller au respect "
    "des normes de santé, sécurité et environnement (HSE) de l'UNOPS ;",
    "Préparer les rapports d'avancement destinés aux partenaires, dont :",
    "Entretenir les relations avec le ministère de la Santé publique et les directions "
    "régionales de la santé ;",
    "Contribuer à la gestion des risques et à la prise en compte du genre et de "
    "l'inclusion dans les projets ;",
    "Exécuter toute autre tâche confiée par la hiérarchie.",
]
DUTY_SUB_FR = [
    "les rapports trimestriels au bailleur ;",
    "les fiches de suivi des indicateurs du cadre logique.",
]

LEARNING_FR = [
    "La gestion de projets d'infrastructure selon la méthodologie PRINCE2 et les procédures de l'UNOPS ;",
    "La passation de marchés publics internationaux et la gestion des contrats ;",
    "Le travail avec les autorités nationales dans un contexte fragile ;",
    "Une certification PRINCE2 Foundation financée par le budget de formation JEA.",
]

COMPETENCIES_FR = [
    "Intégrité et inclusion",
    "Orientation vers les résultats",
    "Travail en équipe et partenariats",
    "Gestion du changement et innovation",
    "Pensée stratégique et jugement",
]

ELIGIBILITY_FR = [
    "Être de nationalité française. Les ressortissant(e)s nigérien(ne)s, y compris les "
    "binationaux franco-nigériens, ne peuvent pas être affecté(e)s au Niger au titre du "
    "programme.",
    "Ne pas avoir atteint l'âge de 33 ans à la date limite de dépôt des candidatures.",
    "Être titulaire d'un diplôme de niveau master (bac+5) et justifier d'au moins deux "
    "années d'expérience professionnelle (les stages de plus de six mois sont pris en "
    "compte).",
    "Ne pas avoir déjà occupé un poste de JEA/JPO, quel que soit le pays financeur.",
    "Trois candidatures au plus au titre de la campagne 2027 (le MEAE organise une campagne par an).",
]

DOCS_FR = [
    "Curriculum vitae en français ou en anglais (deux pages maximum) ;",
    "Lettre de motivation spécifique au poste ;",
    "Copie du diplôme de master ;",
    "Copie d'une pièce d'identité française en cours de validité ;",
    "Formulaire « Personal History Form » de l'UNOPS, complété et signé.",
]


def build_docx(path: Path) -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "MEAE - DGM/JEA"
    cp.last_modified_by = "MEAE - DGM/JEA"
    cp.title = "Fiche de poste JEA-27-019"
    cp.subject = "Programme JEA 2027"
    cp.keywords = "JEA, UNOPS, Niger"
    cp.comments = ""
    cp.category = ""
    cp.revision = 3
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    header = doc.sections[0].header.paragraphs[0]
    header.text = (
        "MINISTÈRE DE L'EUROPE ET DES AFFAIRES ÉTRANGÈRES – Programme des Jeunes "
        "experts associés (JEA) – Campagne 2027"
    )
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Réf. MEAE JEA-27-019 – mise à jour le 15/III/2027"
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph("FICHE DE POSTE", style="Title")
    p = doc.add_paragraph("Poste de Jeune expert associé (JEA / JPO) financé par la France")
    p.runs[0].italic = True

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in FACTS_FR:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    doc.add_heading("1. Contexte", level=1)
    doc.add_paragraph(
        "Le bureau multi-pays de l'UNOPS au Niger met en œuvre, pour le compte de "
        "l'Union européenne, de l'Agence française de développement et du Fonds "
        "mondial, un portefeuille de 48 millions de dollars consacré aux "
        "infrastructures de santé et à l'électrification solaire de centres de santé "
        "dans les régions de Tillabéri, Dosso et Zinder. Le/la JEA travaillera sous "
        "l'autorité du Responsable de portefeuille (P-4) et en appui à l'ingénieure "
        "principale de projets (P-3)."
    )

    doc.add_heading("2. Quelles seront vos missions ?", level=1)
    for i, duty in enumerate(DUTIES_FR):
        doc.add_paragraph(duty, style="List Bullet")
        if i == 3:
            for sub in DUTY_SUB_FR:
                doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("3. Que vous apportera ce poste ?", level=1)
    doc.add_paragraph("Au terme de l'affectation, le/la JEA aura acquis :")
    for item in LEARNING_FR:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("4. Compétences attendues", level=1)
    for item in COMPETENCIES_FR:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("5. Votre profil", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Diplôme universitaire de niveau master (bac+5) en ingénierie civile, "
        "architecture, gestion de projets, énergie ou santé publique."
    )
    doc.add_heading("Expérience", level=2)
    doc.add_paragraph(
        "Entre 2 et 5 ans d'expérience professionnelle dans la gestion de projets "
        "d'infrastructure ou d'énergie, idéalement en partie en Afrique subsaharienne."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Maîtrise du français et de l'anglais indispensable ; la connaissance du haoussa serait un atout."
    )

    doc.add_heading("6. Êtes-vous éligible ? Conditions du programme JEA", level=1)
    for item in ELIGIBILITY_FR:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("7. Pièces à joindre", level=1)
    for item in DOCS_FR:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("8. Comment postuler ?", level=1)
    doc.add_paragraph(
        "Le dossier complet est à déposer sur la plateforme « JEA 2027 » du ministère "
        "au plus tard le vendredi 16 avril 2027 à 17h (heure de Paris). Aucun dossier "
        "transmis par courriel ne sera examiné. Les entretiens de présélection se "
        "tiendront la semaine du 10 mai 2027, à Paris ou par visioconférence ; "
        "l'UNOPS conduira ensuite son propre entretien technique."
    )

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_fixed_zip(buf.getvalue()))


# ---------------------------------------------------------------- PDF

PDF_FACTS = [
    (
        "Titre du poste",
        "Administrateur(trice) auxiliaire des droits de l'homme - Espace civique et prévention des conflits",
    ),
    ("Référence", "HCDH/CA-YDE/JPO/2027/01"),
    ("N° dossier MAEE", "LU-JPO-2027-06"),
    (
        "Organisation",
        "Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH / OHCHR)",
    ),
    (
        "Unité",
        "Centre des Nations Unies pour les droits de l'homme et la démocratie "
        "en Afrique centrale (CNUDHD-AC)",
    ),
    ("Lieu d'affectation", "Yaoundé, Cameroun"),
    ("Classe", "P-1 ou P-2 selon l'expérience"),
    ("Durée", "12 mois, renouvelable (durée totale maximale : 36 mois)"),
    ("Date limite", "mercredi 5 mai 2027, à minuit (heure de Luxembourg)"),
]

PDF_DUTIES = [
    "Suivre la situation des droits de l'homme dans les pays de la sous-région, en "
    "particulier les restrictions de l'espace civique, et contribuer aux notes "
    "d'analyse et aux rapports périodiques du Centre ;",
    "Appuyer l'organisation de formations à l'intention des institutions nationales "
    "des droits de l'homme, des journalistes et des défenseur(e)s des droits de "
    "l'homme ;",
    "Contribuer aux activités d'alerte précoce et de prévention des conflits menées "
    "avec le Bureau régional des Nations Unies pour l'Afrique centrale (UNOCA) et la "
    "CEEAC ;",
    "Participer à la préparation des visites des titulaires de mandats au titre des "
    "procédures spéciales et de l'Examen périodique universel ;",
    "Assurer le suivi des recommandations des mécanismes des droits de l'homme et "
    "alimenter la base de données du Centre ;",
    "Rédiger des projets de correspondance, de discours et de communiqués de presse ;",
    "Exécuter toute autre tâche confiée par le/la superviseur(e).",
]

PDF_LEARNING = [
    "Connaissance approfondie du système international de protection des droits de "
    "l'homme et de ses mécanismes ;",
    "Expérience de la coopération avec les organisations régionales (CEEAC, UA) ;",
    "Techniques de suivi, d'enquête et de rédaction de rapports ;",
    "Participation au séminaire d'orientation des JPO du HCDH à Genève.",
]

PDF_COMPETENCIES = [
    "Professionnalisme",
    "Communication",
    "Travail d'équipe",
    "Sens de l'organisation et de la planification",
    "Souci du client",
]

PDF_ELIG = [
    "Être de nationalité luxembourgeoise. Les personnes résidant au Luxembourg sans "
    "en avoir la nationalité ne sont pas admises.",
    "Être né(e) le 1er juillet 1994 ou après cette date.",
    "Avoir obtenu le master au cours des quatre années précédant la date limite ; "
    "les étudiant(e)s en cours de master ne sont pas admis(es).",
    "Deux candidatures au maximum par an au titre du programme JPO luxembourgeois.",
]

PDF_DOCS = [
    "un curriculum vitae (modèle Europass) ;",
    "une lettre de motivation adressée au HCDH (une page) ;",
    "une copie du diplôme de master et du relevé de notes ;",
    "une copie de la carte d'identité ou du passeport luxembourgeois.",
]


class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            95,
            5,
            "Programme JPO du Grand-Duché de Luxembourg - Appel 2027",
            new_x="RIGHT",
            new_y="TOP",
        )
        self.cell(0, 5, "HCDH / OHCHR", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            f"Avis HCDH/CA-YDE/JPO/2027/01 - page {self.page_no()}/{{nb}}",
            align="R",
        )
        self.set_text_color(0, 0, 0)


def _section(pdf: FPDF, title: str) -> None:
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _para(pdf: FPDF, text: str) -> None:
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _items(pdf: FPDF, items, numbered: bool = False) -> None:
    for i, text in enumerate(items, 1):
        mark = f"{i})" if numbered else "-"
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(6, 5, mark, new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def build_pdf(path: Path) -> None:
    pdf = ToRPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JPO HCDH Yaounde 2027")
    pdf.set_author("MAEE Luxembourg - Direction de la cooperation")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(
        0,
        5,
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES ET EUROPÉENNES",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Direction de la coopération au développement et de l'action humanitaire",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 9, "AVIS DE VACANCE - JEUNE EXPERT(E) (JPO)", align="C")
    pdf.ln(11)
    pdf.set_font("Helvetica", "I", 8.5)
    pdf.multi_cell(
        0,
        4.5,
        "Cet avis remplace l'avis publié le 2 mars 2027 (date limite initiale : "
        "14 avril 2027), retiré pour rectification de la classe du poste.",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    label_w = 42
    for label, value in PDF_FACTS:
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(label_w, 5.5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        if pdf.get_y() < y + 5.5:
            pdf.set_y(y + 5.5)
    pdf.ln(2)

    _section(pdf, "Contexte")
    _para(
        pdf,
        "Basé à Yaoundé, le Centre des Nations Unies pour les droits de l'homme et la "
        "démocratie en Afrique centrale couvre les onze États membres de la CEEAC, "
        "dont la Guinée équatoriale, Sao Tomé-et-Principe et l'Angola. Il appuie les "
        "gouvernements, les institutions nationales des droits de l'homme et la "
        "société civile. Le/la JPO travaillera sous la supervision directe d'un(e) "
        "Spécialiste des droits de l'homme (P-4), le Centre étant dirigé par un(e) "
        "Représentant(e) régional(e) (D-1).",
    )

    _section(pdf, "Fonctions")
    _items(pdf, PDF_DUTIES)

    _section(pdf, "Formation et apprentissage")
    _items(pdf, PDF_LEARNING)

    _section(pdf, "Compétences")
    _items(pdf, PDF_COMPETENCIES)

    _section(pdf, "Qualifications")
    _para(
        pdf,
        "Formation : master en droit, en droit international, en sciences politiques "
        "ou dans un domaine apparenté.",
    )
    _para(
        pdf,
        "Expérience : au moins deux ans d'expérience professionnelle, de préférence "
        "dans le domaine des droits de l'homme ou de la consolidation de la paix.",
    )
    _para(
        pdf,
        "Langues : excellente maîtrise du français et de l'anglais. La connaissance "
        "de l'espagnol ou du portugais constitue un atout.",
    )

    _section(pdf, "Conditions du programme luxembourgeois")
    _items(pdf, PDF_ELIG)

    _section(pdf, "Dossier de candidature")
    _para(pdf, "Le dossier, rédigé en français ou en anglais, comprend :")
    _items(pdf, PDF_DOCS, numbered=True)

    _section(pdf, "Date limite")
    _para(
        pdf,
        "Les candidatures sont reçues exclusivement par le portail du ministère, au "
        "plus tard le mercredi 5 mai 2027 à minuit (heure de Luxembourg). Seul(e)s "
        "les candidat(e)s présélectionné(e)s seront contacté(e)s.",
    )
    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "unops_france_niamey_fr.docx")
    build_pdf(HERE / "hcdh_luxembourg_yaounde_fr.pdf")


if __name__ == "__main__":
    main()
