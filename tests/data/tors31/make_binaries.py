"""Build the two binary ToRs of design batch tors31 (held-out ab until measured), deterministic output.

Run with: /work/main/.venv/bin/python make_binaries.py
Writes undp_austria_tbilisi.docx and unoca_france_libreville_fr.pdf next to this script.
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
FIXED = dt.datetime(2027, 1, 7, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 7, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX

DOCX_FACTS = [
    ("Vacancy no.", "UNDP-GEO-JPO-27-004"),
    ("Austrian file no. (BMEIA)", "2027-0.041.117"),
    ("Post title", "Programme Analyst \u2013 Climate Finance and Energy Transition"),
    ("Grade", "P-2"),
    ("Organization", "United Nations Development Programme (UNDP)"),
    ("Unit", "Climate and Environment Portfolio, Country Office in Georgia"),
    ("City", "Tbilisi"),
    ("Country", "Georgia"),
    (
        "Initial appointment",
        "12 months, renewable for a further 12 months subject to satisfactory "
        "performance and availability of funding",
    ),
    (
        "Sponsoring donor",
        "Republic of Austria \u2013 Federal Ministry for European and International Affairs (BMEIA)",
    ),
    ("Direct supervisor", "Team Leader, Climate and Environment Portfolio (P-4)"),
    ("Date of issue", "7 January 2027"),
    ("Application deadline", "Monday, 1 February 2027, 12:00 noon Vienna time"),
]

DOCX_BACKGROUND = [
    "Georgia has committed in its updated Nationally Determined Contribution to an "
    "unconditional 35 per cent reduction of greenhouse gas emissions by 2030 compared to "
    "1990 levels, and to the progressive alignment of its energy legislation with the "
    "acquis of the Energy Community. Meeting these commitments requires public and private "
    "investment far beyond current levels, as well as stronger capacities in the Ministry "
    "of Finance and the Ministry of Economy and Sustainable Development to plan, tag and "
    "report climate-related spending.",
    "The UNDP Country Office in Georgia supports the Government through a Climate and "
    "Environment Portfolio of some USD 60 million, funded by the Green Climate Fund, the "
    "Global Environment Facility, the European Union, Sweden, Switzerland and Austria. "
    "The portfolio covers climate budget tagging, energy efficiency in public buildings, "
    "municipal green recovery plans and disaster risk reduction in the Rioni basin. The "
    "JPO post was created to strengthen the portfolio's work on climate finance.",
]

DOCX_DUTIES = [
    (
        "Support the Ministry of Finance in rolling out climate budget tagging across line "
        "ministries, including:",
        [
            "preparing guidance notes and training materials for budget officers;",
            "analysing tagged expenditure and drafting the annual climate expenditure review;",
        ],
    ),
    (
        "Contribute to the preparation of funding proposals to the Green Climate Fund and "
        "other vertical funds, in particular their financial and economic analysis.",
        [],
    ),
    (
        "Monitor the implementation of the portfolio's energy-efficiency projects and "
        "prepare progress reports for donors.",
        [],
    ),
    (
        "Research and draft policy briefs on green public procurement, carbon pricing and "
        "blended finance instruments relevant to Georgia.",
        [],
    ),
    (
        "Support partnership building with international financial institutions, the "
        "private sector and municipalities, and maintain the portfolio's donor "
        "intelligence database.",
        [],
    ),
    (
        "Organize workshops, study tours and knowledge-sharing events, and contribute to "
        "communication products on UNDP's climate work in Georgia.",
        [],
    ),
]

DOCX_LEARNING = [
    "design and appraise climate finance proposals according to the requirements of the Green Climate Fund;",
    "apply UNDP's programme and project management rules and its results-based management tools;",
    "advise government counterparts on public finance reforms in a transition economy;",
    "work effectively in a multicultural team and with a wide range of partners.",
]

DOCX_COMPETENCIES = [
    "Achieve Results",
    "Think Innovatively",
    "Learn Continuously",
    "Adapt with Agility",
    "Act with Determination",
    "Engage and Partner",
    "Enable Diversity and Inclusion",
]

DOCX_CONDITIONS = [
    "Austrian citizenship is required. Nationals of Georgia, including dual nationals, "
    "are not eligible for this post.",
    "Applicants must not have reached the age of 33 by the application deadline.",
    "Persons who have previously served as a JPO, Associate Expert or UN Young "
    "Professional are not eligible.",
    "The Austrian JPO Programme holds one call per year; applicants may apply for a "
    "maximum of three positions in the 2027 call.",
]

DOCX_DOCUMENTS = [
    "Curriculum vitae in English (Europass format, maximum three pages)",
    "Motivation letter in English referring to this post",
    "Copy of the Master's degree diploma",
    "Copy of the Austrian passport",
    "Completed UNDP Personal History Form (P11)",
]


def build_docx(path: Path) -> None:
    doc = Document()
    props = doc.core_properties
    props.author = "UNDP Georgia"
    props.title = "JPO Terms of Reference - Programme Analyst, Climate Finance"
    props.created = FIXED
    props.modified = FIXED
    props.last_printed = FIXED
    props.last_modified_by = "make_binaries"
    props.revision = 1

    section = doc.sections[0]
    header = section.header.paragraphs[0]
    header.text = "United Nations Development Programme \u2013 Georgia\tTerms of Reference"
    footer = section.footer.paragraphs[0]
    footer.text = "Austrian JPO Programme 2027 \u00b7 UNDP-GEO-JPO-27-004"

    top = doc.add_paragraph()
    run = top.add_run("UNITED NATIONS DEVELOPMENT PROGRAMME")
    run.bold = True
    run.font.size = Pt(13)
    doc.add_paragraph("Country Office in Georgia \u00b7 9 Eristavi Street, Tbilisi")
    line = doc.add_paragraph()
    line.add_run("TERMS OF REFERENCE \u2013 JUNIOR PROFESSIONAL OFFICER (JPO)").bold = True
    line.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("Programme Analyst \u2013 Climate Finance and Energy Transition", style="Title")

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in DOCX_FACTS:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value

    doc.add_heading("1. Background", level=1)
    for text in DOCX_BACKGROUND:
        doc.add_paragraph(text)

    doc.add_heading("2. Duties and Responsibilities", level=1)
    doc.add_paragraph(
        "Under the direct supervision of the Team Leader of the Climate and Environment "
        "Portfolio, and in close cooperation with the Economist of the Country Office, "
        "the JPO will:"
    )
    for text, subs in DOCX_DUTIES:
        doc.add_paragraph(text, style="List Number")
        for sub in subs:
            doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("3. Training and Learning Elements", level=1)
    doc.add_paragraph("By the end of the assignment, the JPO will be able to:")
    for text in DOCX_LEARNING:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "The JPO will have access to UNDP's mandatory and optional e-learning, and to the "
        "JPO Service Centre's duty-related training allowance."
    )

    doc.add_heading("4. Qualifications and Experience", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Master's degree in environmental economics, public finance, energy policy, "
        "economics or a related field."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "At least two years of relevant professional experience in climate finance, public "
        "investment management or the energy sector, preferably in a developing or "
        "transition economy. Experience with quantitative analysis (Excel, Stata or R) is "
        "an asset."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Fluency in written and spoken English is required. Working knowledge of Russian "
        "or Georgian is desirable; German is an asset."
    )

    doc.add_heading("5. Competencies", level=1)
    doc.add_paragraph("UNDP core competencies:")
    for text in DOCX_COMPETENCIES:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("6. Austrian JPO Programme \u2013 General Conditions", level=1)
    for text in DOCX_CONDITIONS:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("7. Application Documents", level=1)
    for text in DOCX_DOCUMENTS:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("8. How to Apply", level=1)
    doc.add_paragraph(
        "Applications must be submitted through the JPO portal of the Federal Ministry for "
        "European and International Affairs (jpo.bmeia.example.gv.at) by Monday, "
        "1 February 2027, 12:00 noon (Vienna time). This position was first advertised in "
        "the 2026 call (closing date 15 September 2026) and is re-advertised with an updated "
        "description; candidates who applied then must apply again. Only shortlisted "
        "candidates will be contacted; interviews are planned for March 2027."
    )

    buffer = io.BytesIO()
    doc.save(buffer)
    write_fixed_zip(buffer.getvalue(), path)


def write_fixed_zip(data: bytes, path: Path) -> None:
    """Rewrite a zip in the same entry order with fixed timestamps."""
    out = io.BytesIO()
    src = zipfile.ZipFile(io.BytesIO(data))
    with src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- PDF

PDF_FACTS = [
    (
        "Organisation d'accueil",
        "Bureau régional des Nations Unies pour l'Afrique centrale (BRENUAC / UNOCA), "
        "mission politique spéciale",
    ),
    ("Référence ONU", "UNOCA/JPO/2027/04"),
    ("Référence MEAE", "JEA-2027-FR-019"),
    ("Service", "Section des affaires politiques et électorales"),
    ("Ville", "Libreville"),
    ("Pays", "Gabon"),
    ("Classe", "P-2"),
    ("Durée", "1 an, renouvelable une fois"),
    ("Supervision", "Chef(fe) de la Section des affaires politiques (P-5)"),
    ("Date de publication", "11 janvier 2027"),
    ("Date limite", "lundi 15 février 2027, 12h00 (heure de Paris)"),
]

PDF_CONTEXT = [
    "Le BRENUAC (UNOCA en anglais), établi à Libreville en 2011, est une mission "
    "politique spéciale chargée d'appuyer la prévention des conflits et la consolidation "
    "de la paix dans les onze États membres de la Communauté économique des États de "
    "l'Afrique centrale (CEEAC). Il exerce les bons offices du Secrétaire général, "
    "appuie la CEEAC dans ses missions d'observation électorale et coordonne la "
    "stratégie régionale de lutte contre l'Armée de résistance du Seigneur.",
    "Plusieurs scrutins présidentiels et législatifs sont prévus dans la sous-région "
    "entre 2027 et 2029. Ce poste fait suite à un premier poste de JEA (P-1) financé par "
    "la France entre 2024 et 2026 ; il est rattaché à la Section des affaires politiques "
    "et électorales.",
]

PDF_DUTIES = [
    "suivre l'évolution de la situation politique et sécuritaire dans les pays de la "
    "sous-région et rédiger des notes d'analyse hebdomadaires ;",
    "contribuer à la préparation des rapports semestriels du Secrétaire général au "
    "Conseil de sécurité sur l'Afrique centrale ;",
    "appuyer les missions de bons offices du Représentant spécial et préparer les "
    "dossiers de réunion, éléments de langage et comptes rendus ;",
    "participer à l'appui technique du BRENUAC à la CEEAC en matière d'alerte précoce et "
    "d'observation électorale ;",
    "assurer la liaison avec les équipes de pays des Nations Unies, les organisations de "
    "la société civile et les réseaux de femmes médiatrices ;",
    "contribuer à l'organisation de séminaires régionaux sur la prévention des violences électorales.",
]

PDF_LEARNING = [
    "connaissance approfondie du fonctionnement d'une mission politique spéciale et du "
    "Département des affaires politiques et de la consolidation de la paix (DPPA) ;",
    "maîtrise des techniques d'analyse politique et de rédaction de rapports destinés au "
    "Conseil de sécurité ;",
    "expérience pratique de la diplomatie préventive et de la médiation ;",
    "participation à la formation d'accueil des nouveaux JPO organisée par le DPPA.",
]

PDF_PROFILE = [
    (
        "Diplôme",
        "Master 2 (bac+5) en sciences politiques, relations internationales, droit public ou domaine connexe",
    ),
    (
        "Expérience",
        "Deux à quatre ans d'expérience professionnelle dans l'analyse politique, la "
        "prévention des conflits ou l'appui électoral",
    ),
    (
        "Langues",
        "Maîtrise du français et de l'anglais indispensable ; la connaissance de "
        "l'espagnol ou du portugais serait un atout",
    ),
]

PDF_COMPETENCIES = [
    "Professionnalisme",
    "Aptitude à la planification et à l'organisation",
    "Esprit d'équipe",
    "Communication",
    "Souci du client",
]

PDF_CONDITIONS = [
    "Être de nationalité française ; les ressortissant(e)s gabonais(es), y compris les "
    "binationaux, ne sont pas éligibles pour ce poste.",
    "Avoir moins de 32 ans au 31 décembre 2027.",
    "Être titulaire d'un master (bac+5) à la date de clôture et justifier d'au moins deux "
    "ans d'expérience professionnelle.",
    "Justifier d'un niveau d'anglais attesté par un test passé il y a moins de deux ans : "
    "TOEIC 900 ou IELTS 7,0 au minimum.",
    "Ne pas avoir déjà été JEA/JPO, quel que soit le pays financeur.",
    "La campagne JEA est annuelle ; chaque candidat(e) peut postuler à trois postes au maximum.",
]

PDF_DOCUMENTS = [
    "1) un curriculum vitae en français (deux pages maximum) ;",
    "2) une lettre de motivation en anglais ;",
    "3) la copie du diplôme de master ;",
    "4) la copie de la carte nationale d'identité ou du passeport ;",
    "5) l'attestation de résultat au test d'anglais.",
]


class FichePDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Ministère de l'Europe et des Affaires étrangères")
        self.cell(0, 5, "Programme JEA \u2013 Campagne 2027", align="R")
        self.ln(5)
        self.cell(95, 5, "Direction générale de la mondialisation")
        self.cell(0, 5, "Fiche de poste", align="R")
        self.ln(6)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            f"JEA 2027 \u2013 BRENUAC/UNOCA \u2013 page {self.page_no()}/{{nb}}",
            align="C",
        )
        self.set_text_color(0, 0, 0)


def pdf_heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def pdf_rows(pdf: FPDF, rows: list[tuple[str, str]], label_w: float) -> None:
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(label_w, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def pdf_bullets(pdf: FPDF, items: list[str], marker: str = "\u2022") -> None:
    for item in items:
        pdf.cell(6, 5.5, marker)
        pdf.multi_cell(0, 5.5, item, new_x="LMARGIN", new_y="NEXT")


def pdf_paragraph(pdf: FPDF, text: str) -> None:
    pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def build_pdf(path: Path) -> None:
    pdf = FichePDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Fiche de poste JEA 2027 - UNOCA Libreville")
    pdf.set_author("MEAE - Programme JEA")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "FICHE DE POSTE \u2013 JEUNE EXPERT ASSOCIÉ (JEA / JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_x(40)
    pdf.multi_cell(
        130,
        7,
        "Chargé(e) des affaires politiques adjoint(e) \u2013 Prévention des conflits et processus électoraux",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf_rows(pdf, PDF_FACTS, 45)

    pdf_heading(pdf, "1. Contexte")
    for text in PDF_CONTEXT:
        pdf_paragraph(pdf, text)

    pdf_heading(pdf, "2. Principales attributions")
    pdf_paragraph(
        pdf,
        "Sous la supervision du/de la Chef(fe) de la Section des affaires politiques, "
        "le/la JEA sera chargé(e) de :",
    )
    pdf_bullets(pdf, PDF_DUTIES)

    pdf_heading(pdf, "3. Éléments de formation")
    pdf_bullets(pdf, PDF_LEARNING)

    pdf_heading(pdf, "4. Profil recherché")
    pdf_rows(pdf, PDF_PROFILE, 30)

    pdf_heading(pdf, "5. Compétences")
    pdf_bullets(pdf, PDF_COMPETENCIES)

    pdf_heading(pdf, "6. Conditions d'éligibilité (programme JEA)")
    pdf_bullets(pdf, PDF_CONDITIONS)

    pdf_heading(pdf, "7. Pièces à fournir")
    for item in PDF_DOCUMENTS:
        pdf.multi_cell(0, 5.5, item, new_x="LMARGIN", new_y="NEXT")

    pdf_heading(pdf, "8. Modalités de candidature")
    pdf_paragraph(
        pdf,
        "Le dossier complet est à déposer sur la plateforme JEA du Ministère "
        "(jea.diplomatie.example.fr) au plus tard le lundi 15 février 2027 à 12h00 "
        "(heure de Paris). Les entretiens se tiendront à Paris en avril 2027 ; la prise "
        "de poste est prévue à l'automne 2027 pour un contrat initial de 12 mois.",
    )
    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "undp_austria_tbilisi.docx")
    build_pdf(HERE / "unoca_france_libreville_fr.pdf")


if __name__ == "__main__":
    main()
