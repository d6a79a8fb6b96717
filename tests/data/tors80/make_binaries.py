"""Build the binary documents of this folder (deterministic).

Run: /work/main/.venv/bin/python make_binaries.py
Writes who_victoria_china.pdf (fpdf2) and pnud_portvila_france_fr.docx (python-docx).
"""

import datetime as dt
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2027, 5, 3, 9, 0, 0, tzinfo=dt.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/liberation"


# ---------------------------------------------------------------- WHO PDF
class WhoPdf(FPDF):
    def header(self):
        self.set_font("Lib", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(95, 5, "World Health Organization | Regional Office for Africa")
        self.cell(0, 5, "Vacancy Notice AFRO/JPO/27/006", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 114, 188)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Lib", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(95, 5, "AFRO/JPO/27/006 - Junior Professional Officer Programme")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def who_pdf():
    pdf = WhoPdf(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Vacancy Notice AFRO/JPO/27/006")
    pdf.set_author("WHO Regional Office for Africa")
    pdf.add_font("Lib", "", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf"))
    pdf.add_font("Lib", "B", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf"))
    pdf.add_font("Lib", "I", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    # letterhead (page heading before the real title)
    pdf.set_font("Lib", "B", 13)
    pdf.set_text_color(0, 114, 188)
    pdf.cell(0, 7, "WORLD HEALTH ORGANIZATION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Lib", "", 10)
    pdf.cell(
        0,
        5,
        "ORGANISATION MONDIALE DE LA SANTÉ  ·  ORGANIZAÇÃO MUNDIAL DA SAÚDE",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.cell(
        0,
        5,
        "Regional Office for Africa  ·  Bureau régional de l'Afrique",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Lib", "B", 11)
    pdf.cell(
        0,
        6,
        "JUNIOR PROFESSIONAL OFFICER PROGRAMME  -  VACANCY NOTICE",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    LW = 48

    def row(label, lines, bold=False):
        pdf.set_font("Lib", "B", 9.5)
        pdf.cell(LW, 5.2, label)
        pdf.set_font("Lib", "B" if bold else "", 9.5)
        for i, ln in enumerate(lines):
            if i:
                pdf.cell(LW, 5.2, "")
            pdf.cell(W - LW, 5.2, ln, new_x="LMARGIN", new_y="NEXT")

    row("Vacancy notice no.", ["AFRO/JPO/27/006"])
    row("Sponsor's file no.", ["MOF-IO/JPO/2027-031"])
    row("Title", ["Junior Professional Officer (Health Emergencies", "and Disease Surveillance)"], bold=True)
    row("Grade", ["P-1"])
    row("Contract type", ["Fixed-term appointment (JPO)"])
    row("Duration", ["One year, renewable for a second year subject to", "performance and funding"])
    row("Organizational unit", ["WHO Country Office for Seychelles,", "Health Emergencies Programme (WHE)"])
    row("City", ["Victoria (Mahé)"])
    row("Country", ["Seychelles"])
    row("Sponsor", ["Government of the People's Republic of China"])
    row("Date of publication", ["2 June 2027"])
    row("Closing date", ["30 June 2027, 23:59 Brazzaville time"])
    pdf.ln(4)

    def heading(t):
        pdf.ln(2)
        pdf.set_font("Lib", "B", 10.5)
        pdf.set_text_color(0, 114, 188)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Lib", "", 9.5)

    def para(t):
        pdf.set_font("Lib", "", 9.5)
        pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def bullets(items, mark="•"):
        pdf.set_font("Lib", "", 9.5)
        for i, it in enumerate(items, 1):
            m = mark if mark != "1." else f"{i}."
            pdf.cell(7, 4.8, m)
            pdf.multi_cell(W - 7, 4.8, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.6)
        pdf.ln(1)

    def labelled(label, text):
        pdf.set_font("Lib", "B", 9.5)
        pdf.cell(24, 4.8, label)
        pdf.set_font("Lib", "", 9.5)
        pdf.multi_cell(W - 24, 4.8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    heading("OBJECTIVES OF THE PROGRAMME")
    para(
        "The WHO Country Office for Seychelles supports the Ministry of Health in strengthening the "
        "national health system, with a focus on noncommunicable diseases, health security and "
        "climate-sensitive health risks. As a Small Island Developing State highly exposed to "
        "vector-borne disease outbreaks and to extreme weather events, Seychelles relies on a "
        "small surveillance workforce spread over the inner islands. The Health Emergencies "
        "Programme (WHE) of the Country Office helps the Ministry to detect, assess and respond to "
        "public health events in line with the International Health Regulations (2005)."
    )
    para(
        "This post is offered under the Junior Professional Officer Programme sponsored by the "
        "Government of the People's Republic of China."
    )

    heading("DESCRIPTION OF DUTIES")
    para(
        "Under the technical supervision of the Emergency Programme Officer (P-4) and the overall "
        "guidance of the WHO Representative, the JPO will:"
    )
    bullets(
        [
            "Support the Ministry of Health in operating the event-based surveillance system, including "
            "the weekly review of alerts from health centres on Mahé, Praslin and La Digue;",
            "Contribute to the analysis of surveillance data for dengue, leptospirosis and other "
            "epidemic-prone diseases, and prepare the weekly epidemiological bulletin;",
            "Assist in updating the national multi-hazard health emergency preparedness plan and in "
            "organizing its simulation exercises;",
            "Support the implementation of the International Health Regulations at points of entry "
            "(Seychelles International Airport and Port Victoria);",
            "Help organize trainings for rapid response teams and laboratory staff;",
            "Draft technical notes, mission reports and inputs to donor reports;",
            "Perform other related duties as required.",
        ]
    )

    heading("LEARNING ELEMENTS")
    para("At the end of the first year, the JPO will have:")
    bullets(
        [
            "Gained practical experience of public health surveillance and outbreak response in an "
            "island setting;",
            "Learned how WHO supports Member States in applying the International Health Regulations;",
            "Developed skills in epidemiological data analysis and in the use of DHIS2 and Go.Data;",
            "Built a professional network with national authorities, the Indian Ocean Commission and "
            "other United Nations partners.",
        ],
        mark="1.",
    )

    heading("REQUIRED QUALIFICATIONS")
    labelled(
        "Education",
        "Essential: An advanced university degree (Master's level) in public "
        "health, epidemiology, medicine or a related field. Desirable: Training in field "
        "epidemiology (FETP) or in emergency management.",
    )
    labelled(
        "Experience",
        "Essential: At least one year of relevant experience in public health "
        "surveillance or emergency preparedness, at national or international level. "
        "Desirable: Experience in a Small Island Developing State or with WHO.",
    )
    labelled(
        "Languages", "Essential: Expert knowledge of English. Desirable: Intermediate knowledge of French."
    )
    pdf.ln(1)
    pdf.set_font("Lib", "B", 9.5)
    pdf.cell(0, 5, "WHO Competencies", new_x="LMARGIN", new_y="NEXT")
    bullets(
        [
            "Teamwork",
            "Respecting and promoting individual and cultural differences",
            "Communication",
            "Producing results",
            "Moving forward in a changing environment",
        ]
    )

    heading("GENERAL CONDITIONS OF THE CHINESE JPO PROGRAMME")
    para(
        "Candidates must fulfil all of the conditions below. Applications that do not meet them "
        "will not be considered."
    )
    bullets(
        [
            "Be a citizen of the People's Republic of China. Nationals or permanent residents of "
            "Seychelles are not eligible for this post.",
            "Be 30 years of age or younger on the closing date of this vacancy notice.",
            "Hold at least a Master's degree and have at least one year of full-time professional "
            "experience. The highest degree must have been obtained no more than five years before "
            "the closing date.",
            "Provide a valid IELTS (Academic) score of 7.0 or higher or a TOEFL iBT score of 100 or "
            "higher; scores older than two years at the closing date are not accepted.",
            "A candidate may apply for no more than two posts in the 2027 Chinese JPO call.",
            "Persons who have already held a JPO, Young Professional or similar junior appointment "
            "with a United Nations organization are not eligible.",
        ],
        mark="–",
    )

    heading("HOW TO APPLY")
    para(
        "Applications must be submitted through the WHO e-recruitment system (Stellis) by "
        "30 June 2027, 23:59 Brazzaville time. Please attach:"
    )
    bullets(
        [
            "A curriculum vitae in English, using the WHO personal history format;",
            "A cover letter in English (one page maximum);",
            "Copies of university degrees and transcripts;",
            "The IELTS or TOEFL iBT score report.",
        ],
        mark="1.",
    )
    para(
        "This notice replaces vacancy notice AFRO/JPO/26/019 (closing date 15 November 2026), "
        "which was cancelled. Candidates who applied then must apply again."
    )
    pdf.set_font("Lib", "I", 8.5)
    pdf.multi_cell(
        0,
        4.2,
        "WHO is committed to workforce diversity. WHO has a smoke-free "
        "environment and does not recruit smokers or tobacco users. WHO does not charge "
        "a fee at any stage of the recruitment process.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(os.path.join(HERE, "who_victoria_china.pdf"))


# ---------------------------------------------------------------- PNUD DOCX
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def pnud_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Programme des Nations Unies pour le développement – Bureau multi-pays du Pacifique"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "PNUD – Avis de vacance JEA 2027 – VUT-JEA-2027-02"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph("Avis de vacance – Programme des Jeunes Experts Associés (JEA) 2027", style="Title")
    doc.add_heading(
        "Jeune expert associé / Jeune experte associée – Résilience climatique et "
        "réduction des risques de catastrophe",
        level=1,
    )
    note = doc.add_paragraph()
    r = note.add_run(
        "Poste réservé aux ressortissant·e·s français·es. Lieu d'affectation : "
        "Port-Vila (île d'Éfaté), avec des missions régulières à Luganville "
        "(Espiritu Santo)."
    )
    r.italic = True

    rows = [
        ("Numéro de poste (PNUD)", "VUT-JEA-2027-02"),
        ("Réf. MEAE", "JEA/2027/118"),
        ("Organisation", "PNUD – Programme des Nations Unies pour le développement"),
        ("Unité", "Unité Résilience et développement durable,\nBureau multi-pays du PNUD pour le Pacifique"),
        ("Ville", "Port-Vila"),
        ("Pays", "Vanuatu"),
        ("Grade", "P-2"),
        ("Durée", "12 mois, renouvelable une fois sous réserve de performance et de financement"),
        ("Bailleur", "Ministère de l'Europe et des Affaires étrangères (France) –\nProgramme JEA"),
        ("Date de publication", "3 mai 2027"),
        ("Date limite de candidature", "31 mai 2027 à 12 h 00 (heure de Paris)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        set_cell(c[0], a, bold=True)
        set_cell(c[1], b)
    for rr in t.rows:
        rr.cells[0].width = Cm(5.0)
        rr.cells[1].width = Cm(11.5)

    doc.add_heading("Contexte", level=2)
    doc.add_paragraph(
        "Le Vanuatu figure parmi les pays les plus exposés aux catastrophes naturelles au monde. "
        "Depuis les cyclones jumeaux de 2023, le gouvernement, avec l'appui du PNUD, renforce les "
        "systèmes d'alerte précoce, la gestion des risques au niveau des provinces et l'accès au "
        "financement climatique. Le bureau du PNUD à Port-Vila met en œuvre un portefeuille de "
        "projets financés par le Fonds vert pour le climat et par plusieurs partenaires bilatéraux."
    )
    doc.add_paragraph(
        "Sous la supervision directe du Chef de l'Unité Résilience (P-4) et sous la direction "
        "générale du Représentant résident adjoint, le/la JEA contribuera aux activités suivantes."
    )

    doc.add_heading("Que ferez-vous ?", level=2)
    duties = [
        (
            "Appuyer la mise en œuvre du projet d'alerte précoce multirisque dans les provinces de "
            "Sanma, Penama et Tafea.",
            [],
        ),
        (
            "Contribuer au suivi et à l'évaluation du portefeuille résilience :",
            [
                "mise à jour des cadres de résultats et des plans de travail annuels ;",
                "préparation des rapports trimestriels destinés aux bailleurs.",
            ],
        ),
        (
            "Participer à la préparation de notes conceptuelles et de propositions de financement "
            "climatique.",
            [],
        ),
        (
            "Appuyer la coordination avec le Bureau national de gestion des catastrophes et les "
            "autorités provinciales.",
            [],
        ),
        ("Organiser des ateliers de formation et des exercices de simulation au niveau communautaire.", []),
        ("Assurer la veille et la diffusion des connaissances sur l'adaptation dans le Pacifique.", []),
    ]
    for d, subs in duties:
        doc.add_paragraph(d, style="List Bullet")
        for s in subs:
            doc.add_paragraph(s, style="List Bullet 2")

    doc.add_heading("Qu'apprendrez-vous ?", level=2)
    for s in [
        "La gestion de projets financés par les fonds climatiques multilatéraux.",
        "Les méthodes de programmation du PNUD fondées sur les risques.",
        "Le travail avec les autorités nationales et provinciales d'un petit État insulaire.",
        "La coordination interagences au sein de l'équipe de pays des Nations Unies.",
    ]:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("Votre profil", level=2)
    doc.add_heading("Formation", level=3)
    doc.add_paragraph(
        "Master (bac+5) en sciences de l'environnement, géographie, gestion des risques, "
        "développement international ou domaine connexe. Une licence assortie de deux années "
        "supplémentaires d'expérience pertinente peut être acceptée à la place du master."
    )
    doc.add_heading("Expérience", level=3)
    p = doc.add_paragraph()
    p.add_run("Expérience professionnelle (min.) : ").bold = True
    p.add_run(
        "2 à 4 ans dans la gestion de projets de développement, d'adaptation au changement "
        "climatique ou de réduction des risques de catastrophe. Une expérience dans un petit "
        "État insulaire en développement constitue un atout."
    )
    doc.add_heading("Langues", level=3)
    doc.add_paragraph(
        "Maîtrise du français et de l'anglais indispensable (le Vanuatu est un pays officiellement "
        "trilingue). La connaissance du bichelamar (bislama) serait un atout."
    )

    doc.add_heading("Compétences", level=2)
    comp = [
        ("Compétence", "Description"),
        ("Obtenir des résultats", "Planifie et exécute ses tâches avec rigueur et dans les délais."),
        ("Penser de manière innovante", "Propose des solutions nouvelles à des problèmes complexes."),
        ("Apprendre en continu", "Cherche activement à développer ses connaissances."),
        ("Collaborer", "Travaille efficacement en équipe et avec les partenaires."),
        ("Favoriser l'inclusion", "Respecte la diversité et fait participer toutes les parties prenantes."),
    ]
    ct = doc.add_table(rows=0, cols=2)
    ct.style = "Table Grid"
    for i, (a, b) in enumerate(comp):
        c = ct.add_row().cells
        set_cell(c[0], a, bold=(i == 0))
        set_cell(c[1], b, bold=(i == 0))

    doc.add_heading("Conditions générales du programme JEA (France)", level=2)
    for s in [
        "Nationalité : être de nationalité française. Les personnes possédant également la "
        "nationalité vanuatuane ne peuvent pas être retenues pour ce poste.",
        "Âge : avoir moins de 33 ans au 31 décembre 2027.",
        "Ne pas avoir déjà exercé en qualité de JEA/JPO, quel que soit le pays financeur.",
        "Chaque candidat·e ne peut déposer que deux candidatures au titre de la campagne JEA 2027.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Comment postuler ?", level=2)
    doc.add_paragraph(
        "Les candidatures sont à déposer sur le portail de recrutement du PNUD, en mentionnant le "
        "numéro de poste VUT-JEA-2027-02, au plus tard le 31 mai 2027 à 12 h 00 (heure de Paris). "
        "Pièces à joindre :"
    )
    for s in [
        "un CV en français et en anglais ;",
        "une lettre de motivation (une page au maximum) ;",
        "une copie du diplôme le plus élevé ;",
        "une copie de la carte nationale d'identité ou du passeport français.",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph(
        "Ce poste avait déjà été publié en octobre 2026 (date limite : 30 octobre 2026) ; les "
        "personnes ayant candidaté alors peuvent présenter à nouveau leur candidature."
    )
    q = doc.add_paragraph()
    q.add_run(
        "Le PNUD ne perçoit aucun frais à quelque étape que ce soit du processus de recrutement."
    ).italic = True

    cp = doc.core_properties
    cp.author = "PNUD Pacifique"
    cp.last_modified_by = "PNUD Pacifique"
    cp.title = "Avis de vacance JEA 2027 – VUT-JEA-2027-02"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    write_fixed_zip(buf.getvalue(), os.path.join(HERE, "pnud_portvila_france_fr.docx"))


def write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 5, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    who_pdf()
    pnud_docx()
    print("written: who_victoria_china.pdf, pnud_portvila_france_fr.docx")
