"""Build the two binary ToRs of design batch tors30 (held-out aa until measured), deterministic output.

Run with the project's virtual environment:

    /work/main/.venv/bin/python make_binaries.py

It writes `who_korea_ulaanbaatar.docx` (python-docx) and
`unicef_france_toamasina_fr.pdf` (fpdf2) next to this script. Dates, producer
and zip timestamps are fixed, so two runs give byte-identical files.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 1, 25, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 25, 9, 0, 0)


# --------------------------------------------------------------------------
# DOCX: WHO Mongolia, Korean JPO Programme
# --------------------------------------------------------------------------


def _bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def _plain_cell(cell, text):
    cell.text = text


def build_docx(path):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    p = doc.add_paragraph()
    r = p.add_run("World Health Organization")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph("Western Pacific Region \u00b7 WHO Representative Office for Mongolia")
    p = doc.add_paragraph()
    r = p.add_run("TERMS OF REFERENCE \u2013 JUNIOR PROFESSIONAL OFFICER (KOREAN JPO PROGRAMME 2027)")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(
        "Technical Officer (Noncommunicable Diseases and Healthy Ageing)",
        style="Title",
    )

    rows = [
        (
            "Post title",
            "Technical Officer (Noncommunicable Diseases and Healthy Ageing)",
            "Grade",
            "P-2",
        ),
        ("Vacancy notice no.", "WPRO/JPO/2027/06", "MOFA file no.", "KJPO-27-118"),
        ("Duty station", "Ulaanbaatar", "Country", "Mongolia"),
        ("Duration of appointment", "Two years", "Probationary period", "12 months"),
        (
            "Organizational unit",
            "Healthy Environments and Populations (HEP), WHO Representative Office for Mongolia",
            "Reports to",
            "Team Coordinator, HEP (P-4)",
        ),
        (
            "Date of issue",
            "25 January 2027",
            "Closing date",
            "26 February 2027, 17:00 Seoul time (KST)",
        ),
    ]
    table = doc.add_table(rows=len(rows) + 1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (l1, v1, l2, v2) in enumerate(rows):
        cells = table.rows[i].cells
        _bold_cell(cells[0], l1)
        _plain_cell(cells[1], v1)
        _bold_cell(cells[2], l2)
        _plain_cell(cells[3], v2)
    last = table.rows[len(rows)].cells
    _bold_cell(last[0], "Languages")
    merged = last[1].merge(last[3])
    merged.text = ""
    first = True
    for item in (
        "English \u2013 expert knowledge (essential)",
        "Mongolian \u2013 working knowledge (desirable)",
        "Russian \u2013 working knowledge (desirable)",
    ):
        if first:
            para = merged.paragraphs[0]
            para.style = doc.styles["List Bullet"]
            para.add_run(item)
            first = False
        else:
            merged.add_paragraph(item, style="List Bullet")

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "Noncommunicable diseases (NCDs) cause more than 80% of deaths in Mongolia. "
        "Tobacco use, harmful use of alcohol, high salt intake and air pollution in "
        "Ulaanbaatar in winter are the main risk factors. The Ministry of Health is "
        "implementing the National Programme on NCD Prevention and Control (2026\u20132030) "
        "and is expanding screening for hypertension, diabetes and cervical cancer in "
        "primary health care."
    )
    doc.add_paragraph(
        "The Healthy Environments and Populations (HEP) team of the WHO Representative "
        "Office supports the Ministry, the National Center for Public Health and the "
        "health insurance fund. This is the second JPO assignment in the team: the "
        "previous JPO post, graded P-1, ended in 2025."
    )

    doc.add_heading("2. Duties and responsibilities", level=1)
    doc.add_paragraph(
        "Under the supervision of the Team Coordinator, HEP, the JPO will:",
    )
    duties = [
        "Support the Ministry of Health in monitoring the National Programme on NCD "
        "Prevention and Control, including the annual progress review.",
        "Contribute to the analysis of the STEPS survey data and to the preparation of "
        "policy briefs on salt reduction and tobacco taxation.",
        "Assist the roll-out of the WHO HEARTS technical package in primary health care "
        "facilities of three pilot districts, in particular:",
        "Help organise training for family health centre staff and the national NCD technical working group.",
        "Draft sections of donor reports, mission reports and WHO publications.",
        "Support advocacy events such as World No Tobacco Day and World Hypertension Day.",
        "Perform other related duties as required.",
    ]
    for n, text in enumerate(duties):
        doc.add_paragraph(text, style="List Number")
        if n == 2:
            doc.add_paragraph("reviewing the supply of essential NCD medicines;", style="List Bullet 2")
            doc.add_paragraph(
                "following the quarterly monitoring of blood pressure control rates.",
                style="List Bullet 2",
            )

    doc.add_heading("3. Learning elements", level=1)
    doc.add_paragraph("At the end of the assignment, the JPO will have:")
    for text in (
        "learned how WHO provides technical cooperation to a Member State at country level;",
        "gained practical experience in NCD surveillance and in the use of WHO technical "
        "packages (HEARTS, MPOWER, SHAKE);",
        "strengthened skills in policy analysis and in presenting evidence to decision-makers;",
        "built a network with national counterparts, UN agencies and development partners.",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("4. Qualifications", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Essential: a university degree at Master's level in public health, epidemiology, "
        "health economics, health policy or a related field."
    )
    doc.add_paragraph("Desirable: specialised training in NCD prevention or health promotion.")
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "Essential: at least two years of relevant professional experience in public health "
        "programmes at national level."
    )
    doc.add_paragraph(
        "Desirable: experience with WHO or another United Nations organization, or in a "
        "low- or middle-income country."
    )
    doc.add_heading("Skills", level=2)
    doc.add_paragraph(
        "Sound analytical skills; good knowledge of statistical software (Stata or R); "
        "ability to write clearly and concisely."
    )

    doc.add_heading("5. WHO competencies", level=1)
    for text in (
        "Teamwork",
        "Respecting and promoting individual and cultural differences",
        "Communication",
        "Producing results",
        "Building and promoting partnerships across the organization and beyond",
    ):
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("6. Korean JPO Programme \u2013 eligibility", level=1)
    doc.add_paragraph(
        "The Korean JPO Programme of the Ministry of Foreign Affairs (MOFA) is open to "
        "nationals of the Republic of Korea only. Applicants must meet all of the "
        "following conditions."
    )
    doc.add_paragraph(
        "Age: 32 years of age or younger as of 31 December 2027 (born on or after "
        "1 January 1995). The age limit is extended for applicants who have completed "
        "their military service:"
    )
    mil = doc.add_table(rows=4, cols=2)
    mil.style = "Table Grid"
    _bold_cell(mil.rows[0].cells[0], "Length of military service completed")
    _bold_cell(mil.rows[0].cells[1], "Extension of the age limit")
    for i, (a, b) in enumerate(
        (
            ("Less than 1 year", "1 year"),
            ("1 year or more and less than 2 years", "2 years"),
            ("2 years or more", "3 years"),
        ),
        start=1,
    ):
        _plain_cell(mil.rows[i].cells[0], a)
        _plain_cell(mil.rows[i].cells[1], b)
    doc.add_paragraph(
        "Degree: a Master's degree obtained by the closing date.",
    )
    doc.add_paragraph(
        "English: a valid score of TOEFL iBT 100, IELTS (Academic) 7.5 or NEW TEPS 452 "
        "or above. Scores are valid for two years from the test date and must still be "
        "valid on the closing date; TOEFL MyBest scores are not accepted."
    )
    doc.add_paragraph(
        "Persons who have already served as a JPO, under the Korean or any other donor "
        "programme, are not eligible. Each applicant may apply for only one position in "
        "the 2027 Korean JPO recruitment; applicants who apply for more than one post "
        "will be disqualified."
    )

    doc.add_heading("7. How to apply", level=1)
    doc.add_paragraph("Upload the following documents to the Korean JPO online system:")
    for text in (
        "Application form (Korean and English versions)",
        "Curriculum vitae in English",
        "Copy of the Master's degree certificate and transcript",
        "English test score report",
        "Certificate of military service discharge (if applicable)",
    ):
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "Applications must be received by 17:00 Seoul time (KST) on Friday, 26 February "
        "2027. Late or incomplete applications will not be considered. Shortlisted "
        "candidates will be invited to a written test and an interview with WHO in "
        "April 2027."
    )

    cp = doc.core_properties
    cp.author = "WHO Mongolia"
    cp.last_modified_by = "WHO Mongolia"
    cp.title = "ToR JPO Technical Officer NCD"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------
# PDF: UNICEF Madagascar (Toamasina), French JEA programme
# --------------------------------------------------------------------------

LABEL_W = 60


class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 11)
        self.set_text_color(0, 112, 192)
        self.cell(90, 6, "unicef | pour chaque enfant")
        self.set_font("Helvetica", "", 9)
        self.set_text_color(60, 60, 60)
        self.cell(0, 6, "UNICEF Madagascar - Antananarivo", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(
            0,
            5,
            "Programme des Jeunes Experts Associ\u00e9s (JEA) - France / MEAE",
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Avis de vacance n\u00b0 571203 - JEA France 2027")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")

    def section(self, text):
        self.ln(2)
        self.set_font("Helvetica", "B", 11)
        self.set_fill_color(230, 240, 250)
        self.cell(0, 7, text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.set_font("Helvetica", "", 10)

    def row(self, label, value):
        self.set_font("Helvetica", "B", 10)
        y = self.get_y()
        self.cell(LABEL_W, 5.5, label)
        self.set_font("Helvetica", "", 10)
        self.set_xy(self.l_margin + LABEL_W, y)
        self.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.6)

    def para(self, text):
        self.set_font("Helvetica", "", 10)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def bullet(self, text, indent=0):
        self.set_font("Helvetica", "", 10)
        x = self.l_margin + indent
        self.set_x(x)
        self.cell(5, 5, "\u2022")
        self.set_x(x + 5)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)


def build_pdf(path):
    pdf = ToRPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JEA 571203")
    pdf.set_author("UNICEF Madagascar")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        0,
        6,
        "AVIS DE VACANCE DE POSTE - JEUNE EXPERT ASSOCI\u00c9 (JEA / JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 14)
    title = "Administrateur(trice) adjoint(e) de programme - Nutrition et r\u00e9silience climatique"
    pdf.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.row("N\u00b0 de r\u00e9quisition", "571203")
    pdf.row("R\u00e9f\u00e9rence MEAE", "JEA-2027-MDG-03")
    pdf.row("Classe", "P-2")
    pdf.row(
        "Lieu d'affectation",
        "Toamasina (bureau de zone de l'Est), Madagascar - missions fr\u00e9quentes "
        "dans les r\u00e9gions Atsinanana et Analanjirofo",
    )
    pdf.row("Dur\u00e9e", "12 mois, renouvelable une fois")
    pdf.row("Type de contrat", "Engagement de dur\u00e9e d\u00e9termin\u00e9e (JEA)")
    pdf.row("Supervision", "Cheffe du bureau de zone de Toamasina (P-4)")
    pdf.row("Date de publication", "1er f\u00e9vrier 2027")
    pdf.row("Date limite", "1er mars 2027, 23h59 (heure de Paris)")

    pdf.section("Contexte")
    pdf.para(
        "Madagascar compte parmi les pays les plus expos\u00e9s aux chocs climatiques : "
        "cyclones sur la c\u00f4te Est, s\u00e9cheresse dans le Grand Sud. Pr\u00e8s de "
        "40 % des enfants de moins de cinq ans souffrent d'un retard de croissance. Le "
        "bureau de zone de Toamasina, rattach\u00e9 au bureau de pays d'Antananarivo, "
        "appuie les directions r\u00e9gionales de la sant\u00e9 et de l'agriculture dans "
        "la pr\u00e9vention de la malnutrition et la pr\u00e9paration aux cyclones."
    )

    pdf.section("Principales responsabilit\u00e9s")
    for text in (
        "Appuyer la planification, le suivi et le rapportage du programme de nutrition "
        "dans les r\u00e9gions Atsinanana et Analanjirofo.",
        "Contribuer \u00e0 l'int\u00e9gration de la r\u00e9silience climatique dans les "
        "interventions de nutrition (jardins scolaires, cantines, diversification "
        "alimentaire).",
        "Suivre la mise en \u0153uvre des plans de pr\u00e9paration et de r\u00e9ponse "
        "aux cyclones, y compris le pr\u00e9positionnement des intrants nutritionnels.",
        "Analyser les donn\u00e9es du syst\u00e8me de surveillance nutritionnelle et "
        "pr\u00e9parer des notes d'information.",
        "Appuyer les partenaires gouvernementaux et les ONG dans la formation des agents communautaires.",
        "Participer aux r\u00e9unions de coordination du cluster nutrition au niveau r\u00e9gional.",
        "Documenter les bonnes pratiques et contribuer aux produits de communication du bureau.",
    ):
        pdf.bullet(text)

    pdf.section("\u00c9l\u00e9ments d'apprentissage")
    for text in (
        "Ma\u00eetrise du cycle de programmation de l'UNICEF et de la gestion "
        "ax\u00e9e sur les r\u00e9sultats.",
        "Connaissance des approches multisectorielles de lutte contre la malnutrition.",
        "Exp\u00e9rience de la pr\u00e9paration et de la r\u00e9ponse aux urgences climatiques.",
        "Capacit\u00e9 \u00e0 travailler avec les autorit\u00e9s d\u00e9centralis\u00e9es "
        "et les partenaires de mise en \u0153uvre.",
    ):
        pdf.bullet(text)

    pdf.section("Profil requis")
    pdf.row(
        "Formation",
        "Master (bac + 5) en nutrition, sant\u00e9 publique, agronomie, "
        "d\u00e9veloppement rural ou domaine apparent\u00e9.",
    )
    pdf.row(
        "Exp\u00e9rience professionnelle (min.)",
        "2-4 ans dans des programmes de nutrition, de s\u00e9curit\u00e9 alimentaire ou "
        "de sant\u00e9 publique. Une exp\u00e9rience en Afrique ou dans l'oc\u00e9an "
        "Indien est un atout.",
    )
    pdf.row(
        "Langues",
        "Fran\u00e7ais et anglais courants (exig\u00e9s). La connaissance du malgache serait un atout.",
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(LABEL_W, 5.5, "Comp\u00e9tences", new_x="LMARGIN", new_y="NEXT")
    for text in (
        "Encadre, dirige et g\u00e8re les personnes",
        "Fait preuve de conscience de soi et de conscience \u00e9thique",
        "Travaille en collaboration avec les autres",
        "\u00c9tablit et entretient des partenariats",
        "Innove et accepte le changement",
        "R\u00e9fl\u00e9chit et agit de mani\u00e8re strat\u00e9gique",
        "S'engage \u00e0 obtenir des r\u00e9sultats ayant un impact",
        "G\u00e8re l'ambigu\u00eft\u00e9 et la complexit\u00e9",
    ):
        pdf.bullet(text, indent=LABEL_W)

    pdf.section("Conditions d'\u00e9ligibilit\u00e9 - programme JEA de la France")
    for text in (
        "\u00catre de nationalit\u00e9 fran\u00e7aise.",
        "\u00catre n\u00e9(e) le 1er janvier 1996 ou apr\u00e8s.",
        "Ne jamais avoir occup\u00e9 de poste de JEA / JPO, quel que soit le pays financeur.",
        "Trois candidatures au maximum par personne dans le cadre de l'appel annuel 2027.",
    ):
        pdf.bullet(text)
    pdf.para(
        "Les ressortissant(e)s malgaches, y compris les binationaux, ne peuvent pas "
        "\u00eatre affect\u00e9(e)s \u00e0 ce poste."
    )

    pdf.section("Dossier de candidature et date limite")
    pdf.para(
        "Le dossier comprend un CV en anglais, une lettre de motivation en fran\u00e7ais, "
        "la copie du dipl\u00f4me le plus \u00e9lev\u00e9 et la copie d'une pi\u00e8ce "
        "d'identit\u00e9. Il est \u00e0 d\u00e9poser sur la plateforme du programme JEA "
        "du minist\u00e8re de l'Europe et des Affaires \u00e9trang\u00e8res au plus tard "
        "le lundi 1er mars 2027 \u00e0 23h59 (heure de Paris). Seul(e)s les "
        "candidat(e)s pr\u00e9s\u00e9lectionn\u00e9(e)s seront contact\u00e9(e)s ; les "
        "entretiens auront lieu en avril 2027."
    )

    pdf.output(str(path))


def main():
    build_docx(HERE / "who_korea_ulaanbaatar.docx")
    build_pdf(HERE / "unicef_france_toamasina_fr.pdf")


if __name__ == "__main__":
    main()
