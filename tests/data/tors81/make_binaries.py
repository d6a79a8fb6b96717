"""Build the binary documents of folder heldout/ca (deterministic output).

Run with: /work/main/.venv/bin/python make_binaries.py
Produces: unfpa_windhoek_japan.pdf, unicef_kalemie_suisse_fr.docx
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2027, 3, 1, 8, 30, 0, tzinfo=datetime.timezone.utc)

# --------------------------------------------------------------------------
# 1. UNFPA Windhoek, Japanese JPO programme (English PDF, fpdf2 core fonts)
# --------------------------------------------------------------------------

TOR_NO = "NAM-JPO-27-01"


class ToR(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(110, 5, "UNFPA Namibia Country Office  |  Junior Professional Officer")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Japanese JPO Programme 2027", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(160, 160, 160)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(110, 5, f"ToR no. {TOR_NO}  -  United Nations Population Fund")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


LABEL_W = 56


def row(pdf, label, value):
    """Borderless label/value row drawn with cell(); the value wraps in its column."""
    pdf.set_font("Helvetica", "B", 9.5)
    y = pdf.get_y()
    pdf.cell(LABEL_W, 5.2, label)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.set_xy(pdf.l_margin + LABEL_W, y)
    pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)


def heading(pdf, text):
    pdf.ln(2.5)
    pdf.set_font("Helvetica", "B", 10.5)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)


def para(pdf, text):
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def bullets(pdf, items, numbered=False):
    pdf.set_font("Helvetica", "", 9.5)
    for i, it in enumerate(items, 1):
        mark = f"{i}." if numbered else "-"
        y = pdf.get_y()
        if y + 10 > pdf.page_break_trigger:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(6, 5, mark)
        pdf.set_xy(pdf.l_margin + 9, y)
        pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)


def build_pdf():
    pdf = ToR(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Terms of Reference - JPO - UNFPA Windhoek")
    pdf.set_author("UNFPA Namibia Country Office")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "UNITED NATIONS POPULATION FUND", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5.5, "Namibia Country Office - Windhoek", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "TERMS OF REFERENCE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "I", 9.5)
    pdf.cell(
        0,
        5.5,
        "Junior Professional Officer (JPO) Programme of the Government of Japan",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    row(pdf, "Post title", "Junior Professional Officer - Population Data, Census and Demographic Analysis")
    row(pdf, "ToR no.", TOR_NO)
    row(pdf, "JPO Centre ref.", "MOFA-JPO-2027-UNFPA-05")
    row(pdf, "Organization", "United Nations Population Fund (UNFPA)")
    row(pdf, "Unit", "Population and Development Unit, Namibia Country Office")
    row(pdf, "Duty station", "Windhoek")
    row(pdf, "Country", "Namibia")
    row(pdf, "Grade", "P-2")
    row(
        pdf,
        "Duration",
        "Initially 1 year, with the possibility of extension for a second year "
        "subject to performance and funding",
    )
    row(pdf, "Sponsor", "JPO Centre, Ministry of Foreign Affairs (MOFA)")
    row(
        pdf,
        "Supervisor",
        "Programme Specialist, Population and Development (NOC); second "
        "reporting line to the Deputy Representative (P-5)",
    )
    row(pdf, "Date of issue", "3 March 2027")
    row(pdf, "Deadline", "15 April 2027, 12:00 noon Japan Standard Time")

    heading(pdf, "1. Background")
    para(
        pdf,
        "Namibia completed its 2023 Population and Housing Census with UNFPA technical "
        "support, and the National Statistics Agency is now preparing thematic reports, "
        "sub-national projections and the first census-based estimates of adolescent "
        "pregnancy and child marriage. UNFPA Namibia supports the Government in using "
        "population data for the Sixth National Development Plan and for monitoring the "
        "commitments of the International Conference on Population and Development (ICPD). "
        "The 7th Country Programme (2025-2029) places population dynamics and data at the "
        "centre of its work on adolescents, gender-based violence and maternal health, and "
        "the Population and Development Unit acts as the office's focal point for data in "
        "the UN Country Team. The previous JPO in the unit (2022-2024) was recruited at P-1 "
        "level.",
    )

    heading(pdf, "2. Duties and responsibilities")
    bullets(
        pdf,
        [
            "Support the National Statistics Agency in the analysis and dissemination of the 2023 "
            "census results, including thematic monographs on youth, ageing and migration.",
            "Contribute to the preparation of sub-national population projections and their use in "
            "regional development plans.",
            "Assist in the design of the Namibia Demographic and Health Survey 2027-2028 modules on "
            "sexual and reproductive health.",
            "Develop data visualisations, dashboards and policy briefs for parliamentarians, line "
            "ministries and civil society.",
            "Support capacity-building activities for government statisticians on demographic "
            "methods and on the use of administrative data.",
            "Contribute to the Common Country Analysis and to reporting on the ICPD Programme of "
            "Action and the SDG indicators under UNFPA's mandate.",
            "Assist in the monitoring of the unit's annual work plans and in donor reporting.",
            "Carry out other duties as required by the supervisor.",
        ],
    )

    heading(pdf, "3. Learning elements")
    para(pdf, "By the end of the assignment the JPO is expected to have:")
    bullets(
        pdf,
        [
            "applied demographic analysis to real policy questions in a middle-income country;",
            "gained experience in results-based management and UNFPA programming tools;",
            "learned to negotiate and coordinate with a national statistical office;",
            "developed presentation and writing skills for non-technical audiences;",
            "built a professional network within UNFPA and the UN Country Team.",
        ],
    )

    heading(pdf, "4. Qualifications")
    para(
        pdf,
        "Education: Master's degree in demography, statistics, population studies, "
        "economics or a related field. Candidates in the final year of a Master's programme who "
        "will graduate before 31 July 2027 may apply.",
    )
    para(
        pdf,
        "Experience: Minimum of two years of relevant professional experience in "
        "population data, statistics or development research.",
    )
    para(pdf, "Languages: Fluency in English is required. Knowledge of Afrikaans or German is an advantage.")
    para(
        pdf,
        "UNFPA values: exemplifying integrity, demonstrating commitment to UNFPA and the UN "
        "system, embracing diversity in all its forms, embracing change. Core competencies:",
    )
    bullets(
        pdf,
        [
            "Achieving results",
            "Being accountable",
            "Developing and applying professional expertise",
            "Thinking analytically and strategically",
            "Working in teams and managing ourselves and our relationships",
            "Communicating for impact",
        ],
    )

    heading(pdf, "5. Eligibility (Japanese JPO Programme)")
    para(
        pdf,
        "The programme is open to Japanese nationals who are 35 years of age or younger as "
        "of the deadline (15 April 2027). Applicants must hold a Master's degree and at least "
        "two years of relevant work experience. An English test score is required: TOEFL iBT "
        "100 or above or IELTS (Academic) 7.0 or above, taken within two years before the "
        "deadline. Persons who have previously served as a JPO are not eligible. Namibian "
        "nationals cannot be appointed to this post.",
    )

    heading(pdf, "6. Application documents")
    bullets(
        pdf,
        [
            "Application form of the JPO Centre (English), with a recent photograph;",
            "Curriculum vitae in English (UN P11 format accepted);",
            "Copy of the English test score report (TOEFL iBT or IELTS);",
            "Copy of the Master's degree certificate or certificate of expected graduation.",
        ],
        numbered=True,
    )
    para(
        pdf,
        "Applications must reach the JPO Centre, MOFA, by 15 April 2027, 12:00 noon "
        "Japan Standard Time, through the online application system. Late applications will "
        "not be accepted.",
    )

    pdf.output(str(HERE / "unfpa_windhoek_japan.pdf"))
    return pdf.page_no()


# --------------------------------------------------------------------------
# 2. UNICEF Kalemie (DR Congo), Swiss JPO programme (French DOCX, python-docx)
# --------------------------------------------------------------------------


def add_facts_table(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        cells = t.add_row().cells
        run = cells[0].paragraphs[0].add_run(label)
        run.bold = True
        if isinstance(value, list):
            cells[1].paragraphs[0].add_run(value[0])
            for extra in value[1:]:
                cells[1].paragraphs[0].add_run().add_break()
                cells[1].paragraphs[0].add_run(extra)
        else:
            cells[1].paragraphs[0].add_run(value)
    return t


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    doc.add_paragraph("UNICEF – République démocratique du Congo", style="Title")
    doc.add_paragraph("Termes de référence – Programme suisse de Jeunes Professionnels (JPO)")

    doc.add_heading("Administrateur(trice) adjoint(e) de programme – Protection de l'enfance (JPO)", level=1)

    add_facts_table(
        doc,
        [
            (
                "Titre du poste",
                ["Administrateur(trice) adjoint(e) de programme –", "Protection de l'enfance (JPO)"],
            ),
            ("Numéro de poste UNICEF", "00129874"),
            ("Réf. DDC", "7F-10456.01"),
            ("Section", ["Protection de l'enfance", "Bureau de terrain de Kalemie (province du Tanganyika)"]),
            ("Ville", "Kalemie"),
            ("Pays", "République démocratique du Congo"),
            ("Classe", "P-2"),
            ("Durée du contrat", "12 mois, renouvelable (durée totale maximale : 36 mois)"),
            ("Financement", "Direction du développement et de la coopération (DDC)"),
            ("Publié le", "16 février 2027"),
            ("Date limite", "20 mars 2027, 23h59 (heure de Berne)"),
        ],
    )

    doc.add_heading("1. Contexte", level=2)
    doc.add_paragraph(
        "La province du Tanganyika connaît depuis plusieurs années des conflits intercommunautaires "
        "qui ont provoqué d'importants déplacements de population. Les enfants y sont exposés au "
        "recrutement par les groupes armés, aux violences sexuelles et à la séparation familiale. "
        "Le bureau de terrain de l'UNICEF à Kalemie coordonne la réponse en protection de l'enfance "
        "pour les provinces du Tanganyika et du Haut-Lomami. Le/la JPO travaillera sous la "
        "supervision du Spécialiste en protection de l'enfance (P-3) et sous l'autorité du Chef du "
        "bureau de terrain (P-4)."
    )

    doc.add_heading("2. Responsabilités principales", level=2)
    duties = [
        (
            "Appuyer la coordination du sous-groupe de travail Protection de l'enfance, notamment :",
            [
                "la tenue des réunions mensuelles et le suivi des recommandations ;",
                "la mise à jour de la cartographie des intervenants (4W).",
            ],
        ),
        (
            "Contribuer au suivi des programmes de prise en charge des enfants sortis des forces et "
            "groupes armés et des enfants non accompagnés.",
            [],
        ),
        (
            "Assurer le suivi des accords de programme avec les ONG partenaires, y compris les visites "
            "de terrain et la vérification des rapports.",
            [],
        ),
        (
            "Participer au mécanisme de surveillance et de communication de l'information (MRM) sur "
            "les violations graves des droits de l'enfant.",
            [],
        ),
        (
            "Soutenir le renforcement des capacités des services sociaux provinciaux et des réseaux "
            "communautaires de protection de l'enfance.",
            [],
        ),
        (
            "Rédiger des rapports de situation, des notes d'information et des témoignages pour la "
            "communication.",
            [],
        ),
        ("Accomplir toute autre tâche confiée par la superviseure.", []),
    ]
    for text, subs in duties:
        doc.add_paragraph(text, style="List Bullet")
        for s in subs:
            doc.add_paragraph(s, style="List Bullet 2")

    doc.add_heading("3. Objectifs d'apprentissage", level=2)
    for item in [
        "Maîtriser les normes minimales pour la protection de l'enfance dans l'action humanitaire.",
        "Acquérir une expérience de la coordination humanitaire dans un contexte de crise prolongée.",
        "Se familiariser avec les procédures de programmation et de partenariat de l'UNICEF.",
        "Développer ses compétences en gestion de la sécurité et en travail dans un environnement difficile.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("4. Qualifications requises", level=2)
    p = doc.add_paragraph()
    p.add_run("Formation : ").bold = True
    p.add_run(
        "master en droit, sciences sociales, travail social, psychologie, relations "
        "internationales ou domaine apparenté, obtenu il y a au maximum trois ans à la date "
        "limite de candidature."
    )
    p = doc.add_paragraph()
    p.add_run("Expérience : ").bold = True
    p.add_run(
        "deux à quatre ans d'expérience professionnelle dans la protection de l'enfance, "
        "l'action humanitaire ou les droits humains."
    )
    p = doc.add_paragraph()
    p.add_run("Langues : ").bold = True
    p.add_run("excellente maîtrise du français et de l'anglais. La connaissance du swahili est un atout.")

    doc.add_heading("5. Compétences", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].paragraphs[0].add_run("Compétences clés de l'UNICEF").bold = True
    hdr[1].paragraphs[0].add_run("Niveau attendu").bold = True
    for comp in [
        "Faire preuve d'autodiscipline et de gestion de soi",
        "Travailler en collaboration avec les autres",
        "Établir et entretenir des partenariats",
        "Innover et adopter le changement",
        "Réfléchir et agir de manière stratégique",
        "Obtenir des résultats ayant un impact",
        "Gérer l'ambiguïté et la complexité",
    ]:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(comp)
        cells[1].paragraphs[0].add_run("1")

    doc.add_heading("6. Conditions d'éligibilité du programme suisse", level=2)
    for item in [
        "Être de nationalité suisse. Les personnes ayant la double nationalité suisse et congolaise "
        "ne peuvent pas être affectées en République démocratique du Congo.",
        "Avoir 31 ans au plus au 31 décembre 2027.",
        "Ne pas avoir déjà occupé un poste de JPO ou d'expert(e) associé(e), quel que soit le pays donateur.",
        "Chaque candidat(e) peut déposer au maximum deux candidatures par année civile dans le "
        "cadre du programme suisse.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("7. Dossier de candidature", level=2)
    for item in [
        "Curriculum vitae (en français ou en anglais, trois pages au maximum)",
        "Lettre de motivation en français",
        "Copie du diplôme de master",
        "Copie du passeport ou de la carte d'identité suisse",
        "Coordonnées de deux personnes de référence",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("8. Comment postuler ?", level=2)
    doc.add_paragraph(
        "Les candidatures sont à soumettre en ligne sur le portail de recrutement de la DDC au "
        "plus tard le 20 mars 2027 à 23h59 (heure de Berne). Les dossiers adressés à l'appel "
        "précédent (clôturé le 28 février 2026) ne sont pas repris. Seules les personnes "
        "présélectionnées seront contactées ; les entretiens auront lieu à Berne en mai 2027."
    )

    cp = doc.core_properties
    cp.author = "UNICEF RDC"
    cp.last_modified_by = "UNICEF RDC"
    cp.title = "TdR JPO Kalemie"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = HERE / "unicef_kalemie_suisse_fr.docx"
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2027, 3, 1, 8, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(name))


if __name__ == "__main__":
    n = build_pdf()
    build_docx()
    print(f"pdf pages: {n}; docx written")
