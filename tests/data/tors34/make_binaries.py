"""Build the binary documents of design batch tors34 (held-out ae until measured), deterministic output.

Run with /work/main/.venv/bin/python make_binaries.py (python-docx and fpdf2 required).
Writes ilo_sida_phnompenh.docx and onufemmes_belgique_kinshasa_fr.pdf next to this script.
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
FIXED = dt.datetime(2027, 1, 25, 8, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 1, 25, 8, 30, 0)


# --------------------------------------------------------------------------- DOCX


def _bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def _four_column_facts(doc, rows):
    """Two label/value pairs per row, the way some ILO notices lay out their header."""
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for label1, value1, label2, value2 in rows:
        cells = table.add_row().cells
        _bold_cell(cells[0], label1)
        cells[1].text = value1
        _bold_cell(cells[2], label2)
        cells[3].text = value2
    return table


def _two_column(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        _bold_cell(cells[0], label)
        cells[1].text = value
    return table


def _items(doc, items, style):
    for item in items:
        doc.add_paragraph(item, style=style)


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "ILO HRD JPO Unit"
    cp.title = "JPO Skills Development and Labour Migration - Phnom Penh"
    cp.subject = "Sida JPO Programme 2027"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "make_binaries"
    cp.revision = 1

    p = doc.add_paragraph()
    r = p.add_run("International Labour Organization")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph(
        "Regional Office for Asia and the Pacific - Country Office for Thailand, "
        "Cambodia and Lao People's Democratic Republic (Bangkok)"
    )
    p = doc.add_paragraph()
    r = p.add_run("JUNIOR PROFESSIONAL OFFICER VACANCY NOTICE - SWEDEN")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph(
        "Junior Professional Officer \u2013 Skills Development and Labour Migration",
        style="Title",
    )

    _four_column_facts(
        doc,
        [
            ("Vacancy No.", "JPO/RO-AP/2027/05", "Grade", "P2"),
            (
                "Duty station",
                "Phnom Penh, Cambodia",
                "Organization unit",
                "ILO Project Office in Phnom Penh (under CO-Bangkok)",
            ),
            (
                "Contract type",
                "Fixed-term, one year (extension to a second year subject to performance and Sida approval)",
                "Sponsor",
                "Sweden \u2013 Sida JPO Programme",
            ),
            (
                "Date of publication",
                "25 January 2027",
                "Application deadline (midnight Geneva time)",
                "1 March 2027",
            ),
            (
                "Sida file no.",
                "2027-000318",
                "Recruitment open to",
                "Swedish citizens only",
            ),
        ],
    )

    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Cambodia sends more than 1.2 million migrant workers abroad, mainly to "
        "Thailand, the Republic of Korea and Malaysia. The ILO supports the Ministry "
        "of Labour and Vocational Training, the social partners and civil society in "
        "making labour migration safe and fair and in linking migration to skills "
        "development and recognition. The JPO will join the ILO Project Office in "
        "Phnom Penh, which implements the regional TRIANGLE in ASEAN programme and a "
        "national skills recognition project funded by Sweden."
    )

    doc.add_heading("What you will do", level=1)
    doc.add_paragraph(
        "Under the direct supervision of the Chief Technical Adviser (P-5) of the "
        "project, and in close collaboration with the ILO Decent Work Team in Bangkok, "
        "the JPO will:"
    )
    _items(
        doc,
        [
            "Support the implementation and monitoring of the skills recognition "
            "project, including work plans, budgets and progress reports to Sida;",
            "Contribute to policy advice on the recognition of prior learning and "
            "the mutual recognition of skills with destination countries;",
            "Support the Migrant Worker Resource Centres run by trade unions and "
            "provincial labour departments, including data collection and analysis;",
            "Organize tripartite consultations, trainings and workshops with the "
            "Ministry, employers' and workers' organizations;",
            "Draft briefing notes, knowledge products and communication materials;",
            "Perform other relevant duties as assigned by the supervisor.",
        ],
        "List Number",
    )

    doc.add_heading("Learning elements", level=1)
    doc.add_paragraph("By the end of the first year, the JPO will have:")
    _items(
        doc,
        [
            "Understood the ILO's tripartite structure and the role of social "
            "dialogue in labour migration governance;",
            "Gained hands-on experience in managing a development cooperation "
            "project under ILO rules and procedures;",
            "Developed skills in policy analysis and in the use of international "
            "labour standards in technical advice;",
            "Built a network with constituents and UN partners in Cambodia and the ASEAN region.",
        ],
        "List Bullet",
    )

    doc.add_heading("Required qualifications", level=1)
    _two_column(
        doc,
        [
            (
                "Education",
                "Advanced university degree (Master's or equivalent) in labour "
                "economics, development studies, social sciences, law or a related field.",
            ),
            (
                "Experience",
                "A minimum of two years of professional experience in development "
                "cooperation, preferably including work with employers' or workers' "
                "organizations or with migrant workers.",
            ),
            (
                "Languages",
                "Excellent command of English. Knowledge of Khmer would be an advantage.",
            ),
        ],
    )

    doc.add_heading("Competencies", level=2)
    _items(
        doc,
        [
            "Integrity and transparency",
            "Sensitivity to diversity",
            "Orientation to learning and knowledge sharing",
            "Client orientation",
            "Communication",
            "Takes responsibility for performance",
        ],
        "List Bullet",
    )

    doc.add_heading("Are you eligible? Sida JPO Programme conditions", level=1)
    _items(
        doc,
        [
            "You are a Swedish citizen. Dual Swedish-Cambodian citizens cannot be assigned to this post.",
            "You have not reached the age of 33 on 31 December 2027.",
            "You hold at least a Master's degree and have at least two years of relevant work experience.",
            "You have not previously served as a JPO or in a similar position "
            "financed by Sida or by another donor.",
            "Sida holds one JPO call per year. You may apply for a maximum of two "
            "positions in the 2027 call.",
        ],
        "List Bullet",
    )

    doc.add_heading("Your application", level=1)
    doc.add_paragraph("Your application must include:")
    _items(
        doc,
        [
            "A CV in English, using Sida's template;",
            "A personal letter (maximum one page) explaining your motivation for this post;",
            "A copy of your Master's diploma and transcripts;",
            "A copy of the photo page of your Swedish passport.",
        ],
        "List Number",
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Submit your application through Sida's recruitment portal no later than "
        "1 March 2027 (midnight Geneva time). Incomplete applications will not be "
        "considered. Interviews are planned for April 2027, and the selected "
        "candidate is expected to take up the 12-month assignment in September 2027."
    )
    doc.add_paragraph(
        "Note: this post was first advertised in the 2026 call (deadline 2 March "
        "2026) and was not filled. Candidates who applied then may apply again."
    )
    p = doc.add_paragraph()
    r = p.add_run(
        "The ILO values diversity among its staff. Sida and the ILO do not charge "
        "any fee at any stage of the recruitment process."
    )
    r.italic = True

    buf = io.BytesIO()
    doc.save(buf)
    _rewrite_zip(buf.getvalue(), path)


def _rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- PDF


class NoticePDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "ONU Femmes \u2013 Bureau pays en R\u00e9publique d\u00e9mocratique du Congo")
        self.cell(0, 5, "Appel JPO 2027 \u2013 Coop\u00e9ration belge", align="R")
        self.ln(4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            f"Enabel \u2013 Programme belge de Jeunes Experts Associ\u00e9s   |   page {self.page_no()}/{{nb}}",
            align="C",
        )


def _row(pdf, label, value, label_w=48):
    """Borderless label/value row: label with cell(), value wrapped with multi_cell()."""
    pdf.set_font("Helvetica", "B", 9.5)
    y = pdf.get_y()
    pdf.cell(label_w, 5.2, label)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.set_xy(pdf.l_margin + label_w, y)
    pdf.multi_cell(0, 5.2, value)
    pdf.ln(0.8)


def _heading(pdf, text):
    pdf.ln(2.5)
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_text_color(0, 114, 188)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, text)
    pdf.ln(1.5)


def _bullets(pdf, items):
    pdf.set_font("Helvetica", "", 9.5)
    for item in items:
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(5, 5, "\u2022")
        pdf.set_xy(pdf.l_margin + 8, y)
        pdf.multi_cell(0, 5, item)
        pdf.ln(0.6)


def build_pdf(path):
    pdf = NoticePDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("ONU Femmes RDC")
    pdf.set_title("Analyste de programme associe(e) - JPO Belgique - Kinshasa")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 10)
    pdf.set_text_color(0, 114, 188)
    pdf.cell(0, 6, "AVIS DE VACANCE DE POSTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_x(35)
    pdf.multi_cell(
        140,
        7,
        "Analyste de programme associ\u00e9(e) \u2013 Femmes, paix et s\u00e9curit\u00e9 "
        "et action humanitaire",
        align="C",
    )
    pdf.ln(4)

    _row(pdf, "Num\u00e9ro de l'avis", "ONUF/RDC/JPO/2027/004")
    _row(pdf, "R\u00e9f. Enabel", "BEL-JPO-27-019")
    _row(
        pdf,
        "Lieu d'affectation",
        "Kinshasa, R\u00e9publique d\u00e9mocratique du Congo (missions fr\u00e9quentes \u00e0 "
        "Goma et Bukavu)",
    )
    _row(pdf, "Unit\u00e9", "Section Gouvernance, paix et s\u00e9curit\u00e9")
    _row(pdf, "Niveau", "P-2")
    _row(pdf, "Dur\u00e9e", "1 an, renouvelable une fois")
    _row(
        pdf,
        "Pays donateur",
        "Belgique (Direction g\u00e9n\u00e9rale Coop\u00e9ration au d\u00e9veloppement et "
        "Aide humanitaire \u2013 DGD), programme g\u00e9r\u00e9 par Enabel",
    )
    _row(pdf, "Date de publication", "3 mars 2027")
    _row(pdf, "Date limite", "mercredi 7 avril 2027, 12h00 (heure belge)")

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "En R\u00e9publique d\u00e9mocratique du Congo, ONU Femmes appuie la mise en \u0153uvre "
        "du deuxi\u00e8me Plan d'action national de la r\u00e9solution 1325 du Conseil de "
        "s\u00e9curit\u00e9 et la prise en compte du genre dans la r\u00e9ponse humanitaire "
        "dans l'est du pays. La Section Gouvernance, paix et s\u00e9curit\u00e9 travaille "
        "avec le Minist\u00e8re du Genre, les organisations de femmes et les agences du "
        "syst\u00e8me des Nations Unies. L'analyste associ\u00e9(e) travaillera sous la "
        "supervision de la Sp\u00e9cialiste de programme Femmes, paix et s\u00e9curit\u00e9 "
        "(P-4) et en lien avec la Repr\u00e9sentante pays.",
    )

    _heading(pdf, "Quelles seront vos responsabilit\u00e9s ?")
    _bullets(
        pdf,
        [
            "Appuyer la planification, le suivi et le rapportage des projets Femmes, paix "
            "et s\u00e9curit\u00e9 financ\u00e9s par la Belgique et d'autres partenaires ;",
            "Contribuer au suivi du Plan d'action national 1325 avec le Secr\u00e9tariat "
            "permanent et les coalitions provinciales de femmes ;",
            "Soutenir l'int\u00e9gration du genre dans les m\u00e9canismes de coordination "
            "humanitaire (clusters, groupe de travail genre en action humanitaire) ;",
            "R\u00e9diger des notes d'analyse, des rapports aux bailleurs et des "
            "contributions aux publications du bureau ;",
            "Participer aux missions de suivi \u00e0 Goma et \u00e0 Bukavu et \u00e0 "
            "l'organisation d'ateliers de renforcement des capacit\u00e9s ;",
            "Assurer toute autre t\u00e2che demand\u00e9e par la superviseure.",
        ],
    )

    _heading(pdf, "Ce que vous apprendrez")
    _bullets(
        pdf,
        [
            "La gestion de programmes selon les r\u00e8gles et les syst\u00e8mes d'ONU Femmes ;",
            "Le plaidoyer et la coordination sur l'agenda Femmes, paix et s\u00e9curit\u00e9 ;",
            "Le travail en partenariat avec les autorit\u00e9s nationales et la soci\u00e9t\u00e9 civile.",
        ],
    )

    _heading(pdf, "Votre profil")
    _row(
        pdf,
        "Formation",
        "Master en sciences politiques, droit, \u00e9tudes de genre, relations "
        "internationales ou dans un domaine apparent\u00e9.",
        label_w=30,
    )
    _row(
        pdf,
        "Exp\u00e9rience",
        "Une exp\u00e9rience professionnelle d'au moins un an dans le domaine du genre, "
        "des droits humains ou de l'action humanitaire est souhaitable.",
        label_w=30,
    )
    _row(
        pdf,
        "Langues",
        "Ma\u00eetrise du fran\u00e7ais et de l'anglais (\u00e9crit et oral) exig\u00e9e. "
        "La connaissance du lingala ou du swahili est un atout.",
        label_w=30,
    )
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(0, 6, "Comp\u00e9tences", new_x="LMARGIN", new_y="NEXT")
    _bullets(
        pdf,
        [
            "Sensibilisation et sensibilit\u00e9 aux questions de genre",
            "Responsabilit\u00e9",
            "R\u00e9solution cr\u00e9ative des probl\u00e8mes",
            "Communication efficace",
            "Collaboration inclusive",
            "Engagement des parties prenantes",
            "Leadership par l'exemple",
        ],
    )

    _heading(pdf, "Conditions du programme belge JPO")
    _bullets(
        pdf,
        [
            "Avoir la nationalit\u00e9 belge. Les ressortissant(e)s congolais(es), y compris "
            "les double-nationaux, ne sont pas \u00e9ligibles pour ce poste.",
            "\u00c2ge maximum : 30 ans r\u00e9volus \u00e0 la date limite de l'appel.",
            "\u00catre titulaire d'un master (ou \u00e9quivalent) au moment de la candidature.",
            "Ne pas avoir d\u00e9j\u00e0 exerc\u00e9 une fonction de JPO ou de JEA, quel que soit "
            "le pays financeur.",
            "Chaque candidat(e) ne peut introduire qu'une seule candidature dans le cadre "
            "de l'appel annuel 2027.",
        ],
    )

    _heading(pdf, "Dossier et modalit\u00e9s de candidature")
    _para(
        pdf,
        "Le dossier comprend un CV (le format Europass est accept\u00e9), une lettre de "
        "motivation en fran\u00e7ais et une copie du dipl\u00f4me de master. Il doit "
        "\u00eatre d\u00e9pos\u00e9 sur le portail JPO d'Enabel au plus tard le mercredi "
        "7 avril 2027 \u00e0 12h00 (heure belge). Les entretiens auront lieu en mai 2027 ; "
        "le contrat d'un an d\u00e9butera au plus t\u00f4t en septembre 2027.",
    )
    _para(
        pdf,
        "ONU Femmes applique une politique de tol\u00e9rance z\u00e9ro \u00e0 l'\u00e9gard de "
        "l'exploitation et des abus sexuels. Aucun frais n'est demand\u00e9 \u00e0 aucune "
        "\u00e9tape du recrutement.",
    )

    path.write_bytes(bytes(pdf.output()))


def main():
    build_docx(HERE / "ilo_sida_phnompenh.docx")
    build_pdf(HERE / "onufemmes_belgique_kinshasa_fr.pdf")


if __name__ == "__main__":
    main()
