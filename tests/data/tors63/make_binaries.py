"""Build the binary documents of this batch (DOCX and PDF), deterministically.

Run with the project's venv:  /work/main/.venv/bin/python make_binaries.py
Outputs (next to this script):
  unwomen_sida.docx   - UN Women ToR, Sida (Sweden) sponsor, English
  unaids_fr.pdf       - ONUSIDA ToR, Finland sponsor, French, 2 pages
"""

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2026, 1, 26, 9, 0, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------- DOCX
def _fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and a stable member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx() -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "ECARO Human Resources"
    cp.last_modified_by = "ECARO Human Resources"
    cp.title = "JPO ToR - WEE and Care Economy"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3

    header = doc.sections[0].header.paragraphs[0]
    header.text = "UN Women \u2013 Regional Office for Europe and Central Asia"

    p = doc.add_paragraph()
    r = p.add_run("TERMS OF REFERENCE")
    r.bold = True
    r.font.size = Pt(9)
    doc.add_paragraph("Junior Professional Officer Programme \u2013 Sweden (Sida)")

    doc.add_paragraph(
        "Junior Professional Officer \u2013 Economic Empowerment of Women and Care Economy",
        style="Title",
    )
    doc.add_paragraph("Grade: P-2 | Duration: 2 years | Closing: 22 February 2026")

    facts = [
        ("Post number", "UNW-ECA-JPO-2026-03"),
        ("Sida reference", "JPO 2026/117"),
        (
            "Office / unit",
            "Regional Office for Europe and Central Asia (ECARO), Women\u2019s Economic Empowerment Unit",
        ),
        ("Place of assignment", "Istanbul, T\u00fcrkiye"),
        (
            "Type of appointment",
            "Fixed-term appointment (JPO) for two years, with the "
            "possibility of a third year on a cost-sharing basis",
        ),
        ("Sponsoring government", "Sweden \u2013 through Sida\u2019s JPO programme"),
        ("Published", "26 January 2026"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in facts:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = v

    doc.add_heading("Why this position?", level=1)
    doc.add_paragraph(
        "UN Women\u2019s Regional Office for Europe and Central Asia (ECARO) supports 17 "
        "countries and territories in advancing gender equality. Its economic empowerment "
        "portfolio focuses on recognising, reducing and redistributing unpaid care work, on "
        "gender-responsive social protection and on women\u2019s access to decent work. "
        "Since 2024 the office has led a regional initiative on care economy costing with "
        "ministries of labour and statistical offices in the Western Balkans, the South "
        "Caucasus and Central Asia."
    )
    doc.add_paragraph(
        "The JPO will be based in the regional office and will work under the supervision of "
        "the Regional Economic Empowerment Adviser (P-5). The JPO will also be expected to "
        "travel to country offices in the region for up to 30 days per year."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph("Within delegated authority, the JPO will:")
    duties = [
        (
            "Support the regional care economy initiative, including the preparation of "
            "country-level care needs assessments and policy briefs;",
            [],
        ),
        (
            "Contribute to the analysis of time-use, labour-force and social protection data "
            "disaggregated by sex;",
            [],
        ),
        (
            "Assist in the organisation of regional policy dialogues, including:",
            [
                "drafting concept notes, agendas and background papers;",
                "coordinating with country offices and government counterparts on participation;",
            ],
        ),
        (
            "Support country offices in integrating care and social protection in UN Cooperation Frameworks;",
            [],
        ),
        (
            "Monitor programme implementation and prepare donor reports, notably for Sida and "
            "other European donors;",
            [],
        ),
        (
            "Maintain partnerships with women\u2019s organisations, trade unions and employers\u2019 "
            "associations active on care and decent work;",
            [],
        ),
        ("Contribute to knowledge products, human-interest stories and social media content;", []),
        ("Participate in inter-agency working groups on gender statistics and social protection;", []),
        ("Perform other duties as assigned by the supervisor.", []),
    ]
    for text, subs in duties:
        doc.add_paragraph(text, style="List Bullet")
        for s in subs:
            doc.add_paragraph(s, style="List Bullet 2")

    doc.add_heading("What will you learn?", level=1)
    for s in [
        "Design and costing of care policies and gender-responsive social protection;",
        "Programme and results-based management in a UN regional office;",
        "Policy dialogue with governments, donors and civil society;",
        "Analysis and communication of gender statistics;",
        "UN Women\u2019s learning curriculum for JPOs, including a two-week course at the "
        "UN System Staff College in Turin.",
    ]:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Master\u2019s degree (or equivalent) in economics, gender studies, public policy, "
        "development studies or a related field."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "Minimum 2 years of relevant professional experience in economic policy, social "
        "protection or gender equality programming. Experience in a UN or other international "
        "organisation is an asset."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph("Fluency in English is required. Working knowledge of Russian or Turkish is desirable.")

    doc.add_heading("Competencies", level=1)
    doc.add_paragraph("Core values: Integrity; Professionalism; Respect for Diversity.")
    comps = [
        (
            "Awareness and Sensitivity Regarding Gender Issues",
            "Applies a gender lens to every piece of analysis.",
        ),
        ("Accountability", "Owns results and learns from mistakes."),
        ("Creative Problem Solving", "Proposes practical options when data are scarce."),
        ("Effective Communication", "Writes clearly for ministries and for the public."),
        ("Inclusive Collaboration", "Works across units, agencies and countries."),
        ("Stakeholder Engagement", "Builds trust with partners and civil society."),
        ("Leading by Example", "Models UN Women\u2019s values in daily work."),
    ]
    ct = doc.add_table(rows=1, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].text = "Core competency"
    ct.rows[0].cells[1].text = "What it means in this role"
    for c in ct.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for k, v in comps:
        cells = ct.add_row().cells
        cells[0].text = k
        cells[1].text = v

    doc.add_heading("Are you eligible?", level=1)
    doc.add_paragraph("The general conditions of Sida\u2019s JPO programme apply:")
    for s in [
        "You are a Swedish citizen.",
        "You are 32 years old or younger on 31 December 2026.",
        "You hold a Master\u2019s degree (at least 240 ECTS credits) and have at least two "
        "years of relevant work experience.",
        "You have a very good command of English. Swedish is not required for this assignment.",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph(
        "Candidates holding Turkish citizenship, including dual nationals, cannot be "
        "considered for this assignment. If you have previously served as a JPO, whether "
        "sponsored by Sweden or by another country, you cannot apply."
    )
    doc.add_paragraph(
        "Sida holds one JPO recruitment round per year. In that round you may apply for at "
        "most three positions."
    )

    doc.add_heading("What to send", level=1)
    for s in [
        "CV in English;",
        "Cover letter (max. one page) explaining your motivation for this position;",
        "Copies of your degree certificates (translated into English if necessary).",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Apply through Sida\u2019s recruitment portal no later than 22 February 2026, 23:59 "
        "(Swedish time). Applications sent by e-mail will not be considered. Interviews are "
        "planned for the second half of March 2026 in Stockholm or online."
    )

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "unwomen_sida.docx").write_bytes(_fixed_zip(buf.getvalue()))


# ---------------------------------------------------------------- PDF
class ToRPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(
            0,
            5,
            "ONUSIDA - Programme des administrateurs auxiliaires (JPO) - Finlande",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.cell(0, 5, "Avis de vacance UNAIDS/JPO/26/CIV-03", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 8, f"Page {self.page_no()}/{{nb}}", align="R")


def make_pdf() -> None:
    pdf = ToRPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("ONUSIDA")
    pdf.set_title("Avis de vacance JPO - Abidjan")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, size=10, style=""):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def heading(text):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def row(label, value):
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(50, 5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + 50, y)
        pdf.multi_cell(W - 50, 5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullet_lines(text):
        pdf.set_font("Helvetica", "", 10)
        return pdf.multi_cell(W - 6, 5, text, dry_run=True, output="LINES")

    def bullet(text, break_after=None):
        lines = bullet_lines(text)
        for i, line in enumerate(lines):
            if break_after is not None and i == break_after:
                pdf.add_page()
            pdf.set_x(pdf.l_margin)
            pdf.cell(6, 5, "-" if i == 0 else "")
            pdf.cell(W - 6, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(W, 9, "ONUSIDA | UNAIDS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(W, 5, "Programme commun des Nations Unies sur le VIH/sida", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(W, 7, "AVIS DE VACANCE - ADMINISTRATEUR AUXILIAIRE (JPO)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    row(
        "Titre du poste",
        "Administrateur auxiliaire (JPO) - Information strat\u00e9gique et riposte communautaire au VIH",
    )
    row("R\u00e9f\u00e9rence", "UNAIDS/JPO/26/CIV-03")
    row("N\u00b0 de dossier (Finlande)", "HEL7M0412-26")
    row("Organisation", "ONUSIDA - Bureau pays pour la C\u00f4te d'Ivoire")
    row("Unit\u00e9", "Information strat\u00e9gique et suivi-\u00e9valuation")
    row("Lieu d'affectation", "Abidjan, C\u00f4te d'Ivoire")
    row("Classe", "P-2")
    row("Dur\u00e9e", "2 ans, avec possibilit\u00e9 de prolongation d'un an")
    row("Pays donateur", "Finlande (minist\u00e8re des Affaires \u00e9trang\u00e8res)")
    row("Date limite", "29 mai 2026, 16h00 (heure d'Helsinki)")

    heading("Contexte")
    para(
        "La C\u00f4te d'Ivoire compte environ 250 000 personnes vivant avec le VIH. Le Bureau "
        "pays de l'ONUSIDA appuie le Gouvernement, la soci\u00e9t\u00e9 civile et les "
        "partenaires techniques et financiers dans la mise en place d'une riposte fond\u00e9e "
        "sur les donn\u00e9es, orient\u00e9e vers les populations cl\u00e9s et les "
        "adolescentes et jeunes femmes. Le suivi communautaire de la riposte, pilot\u00e9 par "
        "les r\u00e9seaux de personnes vivant avec le VIH, est une priorit\u00e9 du plan "
        "strat\u00e9gique national 2026-2030."
    )
    para(
        "Le/la JPO travaillera sous la supervision de la Directrice pays (P-5) et en "
        "\u00e9troite collaboration avec le conseiller en information strat\u00e9gique."
    )

    heading("Quelles seront vos t\u00e2ches ?")
    duties = [
        "Appuyer la production des estimations nationales du VIH (Spectrum) et l'analyse "
        "des donn\u00e9es programmatiques avec le Programme national de lutte contre le sida ;",
        "Contribuer \u00e0 la mise en place du suivi communautaire de la riposte avec les "
        "r\u00e9seaux de personnes vivant avec le VIH et les organisations de populations "
        "cl\u00e9s ;",
        "Pr\u00e9parer des tableaux de bord, des notes d'analyse et des fiches pays pour "
        "l'\u00e9quipe conjointe des Nations Unies sur le sida ;",
        "Appuyer la r\u00e9daction du rapport national de suivi mondial de la lutte contre "
        "le sida (GAM) et la validation des donn\u00e9es soumises ;",
        "Participer aux missions de terrain dans les r\u00e9gions sanitaires prioritaires et "
        "documenter les bonnes pratiques ;",
        "Contribuer \u00e0 la mobilisation de ressources et aux rapports destin\u00e9s aux "
        "bailleurs, notamment au Fonds mondial et aux partenaires bilat\u00e9raux ;",
        "Effectuer toute autre t\u00e2che demand\u00e9e par la superviseure.",
    ]
    for i, d in enumerate(duties):
        bullet(d, break_after=1 if i == 5 else None)

    heading("Ce que vous apprendrez")
    for s in [
        "Les m\u00e9thodes d'estimation et d'analyse des donn\u00e9es sur le VIH utilis\u00e9es "
        "par l'ONUSIDA ;",
        "La coordination d'une \u00e9quipe conjointe des Nations Unies et le dialogue avec "
        "les autorit\u00e9s nationales ;",
        "La gestion de partenariats avec la soci\u00e9t\u00e9 civile et les communaut\u00e9s ;",
        "La gestion ax\u00e9e sur les r\u00e9sultats et la redevabilit\u00e9 envers les bailleurs.",
    ]:
        bullet(s)

    heading("Votre profil")
    row(
        "Formation",
        "Master en sant\u00e9 publique, \u00e9pid\u00e9miologie, statistique, "
        "sciences sociales ou domaine connexe.",
    )
    row(
        "Exp\u00e9rience",
        "Une exp\u00e9rience professionnelle d'au moins un an dans le "
        "suivi-\u00e9valuation, l'analyse de donn\u00e9es de sant\u00e9 ou la "
        "riposte au VIH serait souhaitable.",
    )
    row(
        "Langues",
        "Excellente ma\u00eetrise du fran\u00e7ais et bonne connaissance de l'anglais exig\u00e9es.",
    )

    heading("Comp\u00e9tences")
    for s in [
        "Engagement envers les valeurs de l'ONUSIDA",
        "Travail en \u00e9quipe",
        "Communication",
        "Orientation vers les r\u00e9sultats",
        "Analyse et jugement",
    ]:
        bullet(s)

    heading("\u00cates-vous \u00e9ligible ?")
    para(
        "Conditions g\u00e9n\u00e9rales du programme finlandais des administrateurs "
        "auxiliaires. Le/la candidat(e) doit :"
    )
    for s in [
        "\u00eatre de nationalit\u00e9 finlandaise ;",
        "ne pas avoir atteint l'\u00e2ge de 33 ans au 31 d\u00e9cembre 2026 ;",
        "\u00eatre titulaire d'un master ;",
        "ne pas avoir d\u00e9j\u00e0 \u00e9t\u00e9 JPO, ni dans le cadre du programme "
        "finlandais ni dans celui d'un autre pays.",
    ]:
        bullet(s)
    para(
        "Ce poste avait d\u00e9j\u00e0 \u00e9t\u00e9 publi\u00e9 lors de l'appel "
        "pr\u00e9c\u00e9dent (date limite : 14 novembre 2025) ; les candidatures re\u00e7ues "
        "alors ne sont pas reprises automatiquement."
    )

    heading("Pi\u00e8ces \u00e0 fournir")
    pdf.set_font("Helvetica", "", 10)
    for i, s in enumerate(
        [
            "CV en fran\u00e7ais ou en anglais ;",
            "lettre de motivation (une page au maximum) ;",
            "copies des dipl\u00f4mes universitaires ;",
            "noms et coordonn\u00e9es de trois r\u00e9f\u00e9rences professionnelles.",
        ],
        1,
    ):
        pdf.cell(8, 5, f"{i})")
        pdf.multi_cell(W - 8, 5, s, new_x="LMARGIN", new_y="NEXT")

    heading("Comment postuler")
    para(
        "Envoyez votre dossier via le portail de recrutement du minist\u00e8re des Affaires "
        "\u00e9trang\u00e8res de Finlande au plus tard le 29 mai 2026 \u00e0 16h00 (heure "
        "d'Helsinki). Seul(e)s les candidat(e)s pr\u00e9s\u00e9lectionn\u00e9(e)s seront "
        "contact\u00e9(e)s. Date de publication : 30 avril 2026."
    )

    pdf.output(str(HERE / "unaids_fr.pdf"))


if __name__ == "__main__":
    make_docx()
    make_pdf()
    print("wrote unwomen_sida.docx, unaids_fr.pdf")
