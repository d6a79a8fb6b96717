"""Build the binary documents of design batch tors37 (held-out ah until measured) (deterministic output).

Run with /work/main/.venv/bin/python make_binaries.py from any directory; writes
wmo_finland_apia.docx and onusida_belgique_kigali_fr.pdf next to this script.
"""

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2027, 1, 27, 9, 0, 0, tzinfo=timezone.utc)
ZIP_DATE = (2027, 1, 27, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX
def build_docx(path: Path) -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "WMO RAP"
    cp.title = "JPO vacancy notice WMO/JPO/2027/03"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "WMO RAP"
    cp.revision = 1

    for text, size in (
        ("WORLD METEOROLOGICAL ORGANIZATION", 14),
        ("Regional Office for Asia and the South-West Pacific", 11),
        ("Junior Professional Officer Programme - Government of Finland", 10),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(size)

    doc.add_paragraph(
        "Associate Programme Officer (Climate Services and Early Warnings for All)",
        style="Title",
    )

    facts = [
        ("Vacancy notice no.", "WMO/JPO/2027/03"),
        ("Finnish MFA file no.", "VN/3381/2027"),
        ("Published", "8 February 2027"),
        (
            "Hiring office",
            "Regional Office for Asia and the South-West Pacific,\n"
            "Subregional Office for the South-West Pacific",
        ),
        ("Place of assignment", "Apia, Samoa"),
        ("Level", "P-2"),
        (
            "Initial contract",
            "One year. A second year is expected, subject to satisfactory "
            "performance and the agreement of the donor.",
        ),
        ("Sponsor", "Ministry for Foreign Affairs of Finland"),
        ("Application deadline", 'See "How to apply" below'),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        row = table.add_row().cells
        row[0].text = label
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = value

    doc.add_heading("Organizational setting", level=1)
    doc.add_paragraph(
        "The WMO Subregional Office for the South-West Pacific, hosted by the Samoa "
        "Meteorology Division in Apia, supports the National Meteorological and "
        "Hydrological Services of 20 Pacific Island countries and territories. It "
        "coordinates the regional roll-out of the Early Warnings for All initiative, "
        "the Climate Risk and Early Warning Systems (CREWS) projects and the Pacific "
        "Islands Climate Outlook Forum."
    )
    doc.add_paragraph(
        "The JPO works under the direct supervision of the Head of the Subregional "
        "Office (P-5) and in close cooperation with the Scientific Officer (P-3). The "
        "previous incumbent of a similar JPO post in the office was recruited at the "
        "P-1 level in 2023."
    )

    doc.add_heading("What will the JPO be doing?", level=1)
    duties = [
        "Support the planning, implementation and monitoring of Early Warnings for All "
        "activities in Samoa, Tonga, Tuvalu and Vanuatu.",
        "Assist National Meteorological and Hydrological Services in developing "
        "climate services, in particular:",
        "Prepare project proposals and donor reports for CREWS, the Green Climate Fund "
        "and the Systematic Observations Financing Facility (SOFF).",
        "Organize regional training workshops and the Pacific Islands Climate Outlook "
        "Forum, including logistics and reporting.",
        "Draft briefing notes, talking points and news items for the Regional Office "
        "and WMO headquarters in Geneva.",
        "Maintain relations with the Secretariat of the Pacific Regional Environment "
        "Programme (SPREP), the Pacific Community (SPC) and UN country teams.",
        "Perform other related duties as required.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Number")
        if i == 1:
            for sub in (
                "seasonal climate outlooks and drought bulletins;",
                "impact-based forecasting for tropical cyclones;",
                "user interface platforms with agriculture and health sectors.",
            ):
                doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("Learning elements", level=1)
    doc.add_paragraph("By the end of the assignment the JPO will have:")
    for text in (
        "gained a solid understanding of how WMO supports its Members at regional level;",
        "learned to manage climate-finance projects from design to reporting;",
        "built a network among Pacific meteorological services and regional bodies;",
        "completed the WMO online induction and a course on impact-based forecasting.",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Who are we looking for?", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Master's degree (or equivalent) in meteorology, climatology, environmental "
        "science, disaster risk management, development studies or a related field."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "A minimum of two years of progressively responsible experience in climate "
        "services, disaster risk reduction, meteorology or development cooperation, "
        "preferably including work in a Small Island Developing State."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Excellent written and spoken English is required. A working knowledge of "
        "French is desirable, in particular for cooperation with New Caledonia and "
        "French Polynesia. Knowledge of Finnish or Swedish is not a requirement."
    )

    doc.add_heading("Competencies", level=1)
    for text in (
        "Integrity",
        "Respect for diversity",
        "Effective communication",
        "Teamwork",
        "Planning and organizing",
        "Results orientation",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("Finnish JPO Programme: general conditions", level=1)
    rules = [
        ("Nationality. ", "The programme is open to Finnish citizens only."),
        (
            "Age. ",
            "Candidates must not have reached the age of 33 by 31 December 2027.",
        ),
        (
            "Degree and experience. ",
            "A Master's degree and at least two years of relevant work experience are "
            "required. Time spent in Finnish conscript or non-military service is not "
            "counted as work experience and does not extend the age limit.",
        ),
        (
            "Former JPOs. ",
            "Persons who have previously served as a JPO, APO or in a comparable "
            "position financed by any government are not eligible.",
        ),
        (
            "Number of applications. ",
            "The Ministry holds one JPO recruitment round a year. In the 2027 round an "
            "applicant may apply for no more than three positions.",
        ),
    ]
    for lead, text in rules:
        p = doc.add_paragraph()
        p.add_run(lead).bold = True
        p.add_run(text)

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Apply through the Ministry's electronic recruitment system and attach the following, in English:"
    )
    for text in (
        "curriculum vitae (max. three pages);",
        "letter of motivation;",
        "copies of university degree certificates;",
        "contact details of two professional referees.",
    ):
        doc.add_paragraph(text, style="List Number")
    doc.add_paragraph(
        "The deadline is 12.00 noon Helsinki time on Monday, 15 March 2027. Please note "
        "that Apia is eleven hours ahead of Helsinki on that date; the time stamp of "
        "the recruitment system (Finnish time) is decisive. For reference, the 2026 "
        "round for a post in the same office (WMO/JPO/2026/11) closed on 13 March 2026."
    )

    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


# --------------------------------------------------------------------------- PDF
class NoticePDF(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "I", 8)
        self.cell(
            0,
            5,
            "Coopération belge au Développement – Programme Jeunes Experts Associés (JEA/JPO) – Appel 2027",
            align="C",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(
            0,
            5,
            f"DGD – Réf. JEA/2027/RW-02 – page {self.page_no()}/{{nb}}",
            align="R",
        )


def build_pdf(path: Path) -> None:
    pdf = NoticePDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("JEA 2027 - ONUSIDA Kigali")
    pdf.set_author("SPF Affaires étrangères - DGD")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    label_w = 48
    value_w = pdf.epw - label_w

    def heading(text: str) -> None:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def row(label: str, lines: list[str]) -> None:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(label_w, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        for i, line in enumerate(lines):
            if i:
                pdf.cell(label_w, 5.5, "")
            pdf.cell(value_w, 5.5, line, new_x="LMARGIN", new_y="NEXT")

    def para(text: str) -> None:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullets(items: list[str], mark: str = "•") -> None:
        pdf.set_font("Helvetica", "", 10)
        for it in items:
            pdf.cell(6, 5, mark)
            pdf.multi_cell(pdf.epw - 6, 5, it, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "DESCRIPTION DE POSTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Programme commun des Nations Unies sur le VIH/sida",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    row(
        "Intitulé du poste",
        [
            "Chargé(e) de programme adjoint(e) – Information stratégique",
            "et riposte au VIH",
        ],
    )
    row("Organisation", ["ONUSIDA"])
    row(
        "Unité",
        [
            "Bureau pays de l'ONUSIDA au Rwanda,",
            "équipe Information stratégique et partenariats",
        ],
    )
    row("Numéro de poste", ["UNAIDS/JPO/RWA/2027-01"])
    row("Référence DGD", ["JEA/2027/RW-02"])
    row("Lieu d'affectation", ["Kigali"])
    row("Pays", ["Rwanda"])
    row("Classe", ["P-1 ou P-2 (selon l'expérience)"])
    row("Durée", ["deux ans"])
    row("Pays donateur", ["Belgique"])
    row("Publication", ["27.I.2027"])
    row("Date limite", ["3.III.2027, 23h59 (heure belge)"])

    heading("Contexte")
    para(
        "L'ONUSIDA appuie le Rwanda dans l'atteinte des objectifs 95-95-95 et dans la "
        "pérennisation de la riposte au VIH. Le bureau pays, dirigé par un Directeur "
        "pays (P-5), travaille avec le Rwanda Biomedical Centre, la société civile et "
        "les partenaires techniques et financiers. Le/la JPO rejoindra l'équipe "
        "Information stratégique, sous la supervision du Conseiller en information "
        "stratégique (P-4)."
    )

    heading("Responsabilités")
    bullets(
        [
            "Appuyer la production des estimations nationales VIH (Spectrum) et le suivi "
            "des indicateurs de la riposte ;",
            "Contribuer à l'analyse des données programmatiques, notamment pour les "
            "populations clés et les adolescentes et jeunes femmes ;",
            "Préparer des notes d'information, présentations et fiches pays pour la "
            "direction et les partenaires ;",
            "Appuyer l'organisation des revues conjointes et des réunions du groupe "
            "thématique des Nations Unies sur le VIH ;",
            "Participer au suivi des subventions du Fonds mondial en lien avec "
            "l'instance de coordination nationale ;",
            "Contribuer à la gestion des connaissances et à la communication du bureau.",
        ]
    )

    heading("Éléments d'apprentissage")
    para("Au terme de l'affectation, le/la JPO aura :")
    bullets(
        [
            "maîtrisé les outils d'estimation et de suivi de l'épidémie utilisés par l'ONUSIDA ;",
            "acquis une expérience de la coordination multisectorielle et du travail "
            "avec un gouvernement partenaire ;",
            "renforcé ses capacités de rédaction et de présentation de données pour un public décideur ;",
            "suivi la formation d'induction du Secrétariat de l'ONUSIDA et un cours "
            "régional sur l'analyse de données VIH, avec un budget de formation "
            "annuel de 3 000 USD.",
        ]
    )

    heading("Qualifications")
    row(
        "Formation",
        [
            "Master en santé publique, épidémiologie, statistique,",
            "démographie ou domaine apparenté",
        ],
    )
    row(
        "Expérience",
        [
            "Au moins deux ans d'expérience professionnelle dans la santé",
            "publique ou le suivi-évaluation, dont une partie, de préférence,",
            "en Afrique subsaharienne",
        ],
    )
    row(
        "Langues",
        [
            "Français et anglais : maîtrise courante exigée.",
            "La connaissance du kinyarwanda ou du swahili est un atout.",
        ],
    )

    heading("Compétences")
    bullets(
        [
            "Intégrité et éthique",
            "Travail en équipe",
            "Communication",
            "Orientation vers les résultats",
            "Sens de l'initiative",
        ]
    )

    heading("Conditions générales du programme belge")
    bullets(
        [
            "Être de nationalité belge ou ressortissant(e) de l'un des pays partenaires "
            "de la Coopération belge : Bénin, Burkina Faso, Burundi, Guinée, Mali, Maroc, "
            "Mozambique, Niger, Ouganda, Palestine, République démocratique du Congo, "
            "Rwanda, Sénégal et Tanzanie. Pour ce poste, les ressortissant(e)s "
            "rwandais(es) ne sont pas admissibles (pas d'affectation dans le pays "
            "d'origine).",
            "Ne pas avoir plus de 32 ans révolus à la date limite de l'appel.",
            "Être titulaire d'un master et disposer d'au moins deux ans d'expérience "
            "professionnelle pertinente.",
            "Ne jamais avoir été JEA/JPO, que ce soit pour la Belgique ou pour un autre pays donateur.",
            "Postuler à deux postes au maximum dans le cadre de l'appel annuel 2027.",
        ],
        mark="–",
    )

    heading("Candidature")
    para(
        "Le dossier, à déposer sur la plateforme en ligne du programme JEA, comprend "
        "un CV au format Europass, une lettre de motivation en français ou en anglais, "
        "une copie du diplôme de master et une copie de la carte d'identité ou du "
        "passeport."
    )
    para(
        "Date limite : le mercredi 3 mars 2027 à 23h59, heure belge. Les dossiers "
        "incomplets ne seront pas pris en considération. Pour mémoire, l'appel 2026 "
        "s'était clôturé le 4 mars 2026."
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "wmo_finland_apia.docx")
    build_pdf(HERE / "onusida_belgique_kigali_fr.pdf")


if __name__ == "__main__":
    main()
