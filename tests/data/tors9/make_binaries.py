"""Build the binary documents of this folder, byte-for-byte deterministic.

Run with the project venv:  /work/main/.venv/bin/python make_binaries.py
Produces:
  ilo_suisse_portauprince_fr.pdf  (fpdf2, core Helvetica font, latin-1 text only,
                                   fixed creation date, running header and footer)
  unhcr_japan_erbil_form.docx     (python-docx, label/value table without colons,
                                   bullets typed inside a table cell, fixed core
                                   properties and zip timestamps)
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
PDF_DATE = datetime.datetime(2026, 11, 13, 9, 0, 0, tzinfo=datetime.UTC)
DOCX_DATE = datetime.datetime(2026, 4, 30, 9, 0, 0)
ZIP_TIME = (2026, 4, 30, 9, 0, 0)


# --------------------------------------------------------------------------- PDF (ILO, French)

ILO_REF = "JPO/BW/2026/07"


class IloNotice(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Organisation internationale du Travail (OIT/ILO) - Programme JPO", new_x="LMARGIN")
        self.cell(0, 4, "Avis de vacance " + ILO_REF, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Publié le 13 novembre 2026 - Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def _heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(1)


def _para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def _bullets(pdf, items):
    pdf.set_font("Helvetica", "", 10)
    for item in items:
        x = pdf.l_margin
        pdf.set_x(x + 3)
        pdf.cell(4, 5, "-")
        pdf.set_x(x + 8)
        pdf.multi_cell(pdf.w - pdf.r_margin - x - 8, 5, item, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1)


def _facts(pdf, rows):
    label_w = 48
    for label, value in rows:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.set_xy(pdf.l_margin, y)
        pdf.multi_cell(label_w, 5.5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + label_w, y)
        pdf.multi_cell(
            pdf.w - pdf.r_margin - pdf.l_margin - label_w, 5.5, value, new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(0.8)


def ilo_suisse_portauprince():
    pdf = IloNotice(format="A4")
    pdf.set_creation_date(PDF_DATE)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JPO - OIT Port-au-Prince")
    pdf.set_author("OIT - Better Work Haiti")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        0,
        7,
        "AVIS DE VACANCE DE POSTE\nJEUNE EXPERT(E) ASSOCIÉ(E) - JUNIOR PROFESSIONAL OFFICER (JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    _facts(
        pdf,
        [
            (
                "Intitulé du poste",
                "Administrateur(trice) de programme adjoint(e) (JPO) - Conformité sociale et dialogue social "
                "dans le secteur textile",
            ),
            ("Avis de vacance n°", ILO_REF),
            ("Référence DDC", "7F-10982.02"),
            ("Grade", "P2"),
            (
                "Unité",
                "Programme Better Work Haïti (partenariat OIT-IFC), Bureau de pays de l'OIT pour Haïti",
            ),
            ("Lieu d'affectation", "Port-au-Prince, Haïti"),
            ("Durée", "12 mois, renouvelable une fois pour 12 mois (durée totale maximale : 24 mois)"),
            ("Pays donateur", "Suisse - Direction du développement et de la coopération (DDC)"),
            ("Date de publication", "13 novembre 2026"),
            ("Date limite", "27 novembre 2026, 12h00 (heure de Genève)"),
        ],
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(
        0,
        5,
        "Note : ce poste est ouvert exclusivement aux ressortissant(e)s suisses, dans le cadre du "
        "programme JPO financé par la Confédération suisse.",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    _heading(pdf, "1. Contexte")
    _para(
        pdf,
        "Better Work est un partenariat entre l'Organisation internationale du Travail (OIT) et la Société "
        "financière internationale (IFC), membre du Groupe de la Banque mondiale. Présent en Haïti depuis 2009, "
        "le programme Better Work Haïti couvre l'ensemble des usines d'exportation du secteur textile et de "
        "l'habillement, soit plus de 40 000 travailleuses et travailleurs dans les parcs industriels de la SONAPI "
        "à Port-au-Prince et de Caracol dans le Nord-Est. Le programme conduit des évaluations de conformité aux "
        "normes internationales du travail et à la législation nationale, publie des rapports de synthèse "
        "semestriels et propose des services de conseil et de formation aux entreprises et à leurs partenaires.",
    )
    _para(
        pdf,
        "Malgré un contexte sécuritaire difficile, le programme a maintenu ses activités et souhaite renforcer son "
        "appui au dialogue social, à l'égalité entre femmes et hommes et à la prévention du harcèlement sur le lieu "
        "de travail, conformément à la Convention (n° 190) sur la violence et le harcèlement, 2019.",
    )

    _heading(pdf, "2. Supervision")
    _para(
        pdf,
        "Le/la JPO travaillera sous la supervision directe de la Spécialiste des normes et des relations "
        "professionnelles (P3) et sous l'autorité générale du Chef de programme Better Work Haïti (P4). Un plan de "
        "travail sera établi au cours du premier mois d'affectation et fera l'objet d'une évaluation à mi-parcours "
        "et en fin d'année.",
    )

    _heading(pdf, "3. Fonctions et responsabilités")
    _bullets(
        pdf,
        [
            "Participer à la préparation et à la conduite des évaluations de conformité dans les usines et à la "
            "rédaction des rapports d'évaluation ;",
            "Appuyer l'analyse des données de conformité et la préparation des rapports de synthèse semestriels du "
            "programme ;",
            "Contribuer à l'organisation des comités bipartites d'amélioration des performances (PICC) dans les usines "
            "et au suivi de leurs plans d'action ;",
            "Soutenir les activités de renforcement des capacités des organisations d'employeurs et de travailleurs, en "
            "particulier sur la négociation collective et la prévention du harcèlement ;",
            "Assurer la liaison avec le ministère des Affaires sociales et du Travail (MAST) et avec l'Inspection du "
            "travail pour le suivi des recommandations ;",
            "Contribuer à la rédaction de notes d'information, de rapports aux donateurs et de supports de "
            "communication en français et en anglais ;",
            "Accomplir toute autre tâche connexe à la demande de la supervision.",
        ],
    )

    _heading(pdf, "4. Éléments de formation")
    _para(pdf, "À l'issue de l'affectation, le/la JPO aura :")
    _bullets(
        pdf,
        [
            "acquis une connaissance approfondie des normes internationales du travail et de leur application dans les "
            "chaînes d'approvisionnement mondiales ;",
            "développé des compétences en matière d'évaluation de la conformité sociale et de conseil aux entreprises ;",
            "appris à travailler avec les mandants tripartites de l'OIT dans un contexte fragile ;",
            "participé aux formations du réseau mondial Better Work (Genève et Asie) et au programme d'accueil des JPO "
            "de l'OIT.",
        ],
    )

    _heading(pdf, "5. Qualifications requises")
    _para(
        pdf,
        "Formation : master universitaire (ou diplôme équivalent) en droit du travail, relations professionnelles, "
        "économie, sciences sociales ou dans un domaine connexe. Les étudiant(e)s en cours de master ne sont pas "
        "éligibles : le diplôme doit avoir été obtenu à la date limite de candidature.",
    )
    _para(
        pdf,
        "Expérience : au moins deux ans d'expérience professionnelle pertinente au niveau national ou "
        "international, dont une partie de préférence dans un pays en développement. Les stages rémunérés d'une "
        "durée d'au moins six mois sont pris en compte.",
    )
    _para(
        pdf,
        "Langues : excellente maîtrise du français et bonne connaissance de l'anglais. La connaissance du créole "
        "haïtien est un atout.",
    )

    _heading(pdf, "6. Compétences")
    _para(pdf, "Compétences clés de l'OIT :")
    _bullets(
        pdf,
        [
            "Intégrité et transparence",
            "Sensibilité à la diversité",
            "Orientation vers l'apprentissage et le partage des connaissances",
            "Orientation client",
            "Communication",
            "Collaboration",
        ],
    )
    _para(
        pdf,
        "Compétences techniques : bonne connaissance des normes internationales du travail, capacité à conduire "
        "des entretiens avec des travailleuses et des travailleurs, sens de la diplomatie et aptitude à travailler "
        "dans un environnement sécuritaire contraignant.",
    )

    _heading(pdf, "7. Critères d'éligibilité du programme JPO suisse")
    _bullets(
        pdf,
        [
            "Nationalité suisse. Les binationaux suisses-haïtiens ne peuvent pas être affecté(e)s en Haïti.",
            "Être né(e) le 1er janvier 1996 ou après.",
            "Être titulaire d'un master obtenu il y a cinq ans au plus à la date limite de candidature.",
            "Ne pas avoir déjà occupé un poste de JPO (quel que soit le pays donateur) ou de Young Professional (YPP).",
            "Au maximum deux candidatures par année civile dans le cadre du programme JPO suisse.",
        ],
    )

    _heading(pdf, "8. Comment postuler")
    _para(
        pdf,
        "Le dossier de candidature, composé d'un CV en français ou en anglais, d'une lettre de motivation, des "
        "copies des diplômes et d'une copie du passeport suisse, doit être déposé sur le portail de recrutement "
        "ILO Jobs au plus tard le 27 novembre 2026 à 12h00 (heure de Genève). Seul(e)s les candidat(e)s "
        "présélectionné(e)s seront contacté(e)s ; les entretiens auront lieu en décembre 2026.",
    )
    _para(
        pdf,
        "Un précédent avis pour un poste similaire (JPO/BW/2025/03) a été clôturé le 14 mars 2025 ; les personnes "
        "qui y avaient répondu peuvent de nouveau postuler.",
    )
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        0,
        4.5,
        "L'OIT ne perçoit aucun frais à quelque stade que ce soit du processus de recrutement. L'OIT "
        "encourage les candidatures de personnes en situation de handicap.",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    (HERE / "ilo_suisse_portauprince_fr.pdf").write_bytes(bytes(pdf.output()))


# --------------------------------------------------------------------------- DOCX (UNHCR form, English)


def _normalise_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes so output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


def unhcr_japan_erbil():
    doc = Document()
    cp = doc.core_properties
    cp.author = "UNHCR Iraq"
    cp.last_modified_by = "UNHCR Iraq"
    cp.title = "JPO ToR - Associate Durable Solutions Officer - Erbil"
    cp.created = DOCX_DATE
    cp.modified = DOCX_DATE
    cp.last_printed = DOCX_DATE
    cp.revision = 2

    header = doc.sections[0].header.paragraphs[0]
    header.text = "UNHCR Iraq | JPO Terms of Reference | version 2 (April 2026)"

    doc.add_paragraph("UNITED NATIONS HIGH COMMISSIONER FOR REFUGEES", style="Title")
    doc.add_paragraph("Junior Professional Officer (JPO) Programme - Terms of Reference", style="Subtitle")

    doc.add_heading("I. General Information", level=1)
    rows = [
        ("Title", "Associate Durable Solutions Officer"),
        ("Sector of assignment", "Durable Solutions / Protection"),
        ("Country", "Iraq"),
        ("Duty station", "Erbil"),
        ("Agency", "UNHCR Representation in Iraq, Sub-Office Erbil"),
        ("Grade", "P-2 (step 1 in the first year)"),
        ("Duration of assignment", "2 years (the second year is subject to satisfactory performance)"),
        ("Direct supervisor (title and grade)", "Durable Solutions Officer (P-3)"),
        ("Second-level supervisor", "Senior Protection Officer (P-4)"),
        ("UNHCR position number", "10341287"),
        ("MOFA reference", "JPO-2026-UNHCR-031"),
        ("Announced", "30 April 2026"),
        ("Application deadline", "14 May 2026 (Thursday), 12:00 noon Japan Standard Time (JST)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
    cells = table.add_row().cells
    cells[0].text = "Documents to submit"
    for run in cells[0].paragraphs[0].runs:
        run.bold = True
    docs = [
        "Application form of the MOFA JPO Programme (in English and in Japanese)",
        "Certificate of the English test score (see section VII)",
        "Certificate of the master's degree, or certificate of expected graduation",
        "Academic transcripts of the master's programme",
        "United Nations Personal History Form (P11)",
    ]
    cells[1].paragraphs[0].text = "\u2022 " + docs[0]
    for text in docs[1:]:
        cells[1].add_paragraph("\u2022 " + text)

    p = doc.add_paragraph()
    r = p.add_run("Note: ")
    r.bold = True
    p.add_run(
        "This position is open under the Junior Professional Officer (JPO) Programme of the Ministry of "
        "Foreign Affairs of Japan (MOFA) and is addressed exclusively to candidates holding Japanese "
        "nationality. Candidates who also hold Iraqi nationality cannot be considered for this post."
    )

    doc.add_heading("II. Background information on the operation", level=1)
    doc.add_paragraph(
        "Iraq hosts some 300 000 refugees, mostly Syrians in the Kurdistan Region of Iraq, and more than one "
        "million internally displaced persons remain without a durable solution ten years after the conflict "
        "with ISIL. The Government of Iraq and the Kurdistan Regional Government have adopted a national plan "
        "to close the remaining camps and to support voluntary return, local integration and resettlement in "
        "safety and dignity."
    )
    doc.add_paragraph(
        "UNHCR Sub-Office Erbil covers the governorates of Erbil, Duhok and Sulaymaniyah. Its Durable Solutions "
        "Unit works with the authorities, the UN country team and development partners on civil documentation, "
        "housing, land and property rights, and access to national social protection systems."
    )

    doc.add_heading("III. Duties, responsibilities and output expectations", level=1)
    doc.add_paragraph("Under the direct supervision of the Durable Solutions Officer, the JPO will:")
    duties = [
        "Support the design and implementation of the Sub-Office's durable solutions strategy for refugees "
        "and internally displaced persons in the Kurdistan Region of Iraq.",
        "Contribute to the profiling of camp and out-of-camp populations and to the analysis of intentions "
        "surveys.",
        "Assist in monitoring voluntary return movements, in particular:",
        "Support partners delivering legal assistance for civil documentation and housing, land and property "
        "claims.",
        "Prepare briefing notes, situation updates and inputs to inter-agency reports and appeals.",
        "Contribute to the coordination of the Durable Solutions Working Group and follow up on its action "
        "points.",
        "Participate in participatory assessments with refugee and host communities, with attention to age, "
        "gender and diversity.",
        "Perform other related duties as required.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Bullet")
        if i == 2:
            doc.add_paragraph(
                "return monitoring visits to Ninewa and Salah al-Din governorates;", style="List Bullet 2"
            )
            doc.add_paragraph(
                "follow-up of protection incidents reported by returnees.", style="List Bullet 2"
            )

    doc.add_heading("IV. Training components: learning elements and expectations", level=1)
    doc.add_paragraph("At the end of the assignment, the JPO will have:")
    for text in [
        "A good understanding of UNHCR's protection mandate and of the international framework for durable "
        "solutions;",
        "Practical experience of field protection work in a large operation;",
        "Skills in inter-agency coordination and in working with government counterparts;",
        "Knowledge of UNHCR's results-based management and of its programme cycle;",
        "Completed UNHCR's Protection Learning Programme and the JPO induction in Copenhagen.",
    ]:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("V. Supervision", level=1)
    doc.add_paragraph(
        "Within the first month of the assignment the JPO and the supervisor will agree on a work plan. "
        "Performance will be assessed through UNHCR's performance management system at mid-year and at the end "
        "of each year. The JPO will also have access to a mentor in the Regional Bureau for the Middle East and "
        "North Africa in Amman."
    )

    doc.add_heading("VI. Qualifications and experience", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Master's degree (or equivalent) in law, international relations, political science, development "
        "studies, social sciences or a related field."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "Minimum of two (2) years of relevant professional experience (full-time, paid). Experience with "
        "displaced populations in the Middle East is preferred."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Fluency in English (oral and written) is required. Working knowledge of Arabic or Kurdish is an asset."
    )
    doc.add_heading("Competencies", level=2)
    doc.add_paragraph("Core competencies", style="Heading 3")
    for text in [
        "Accountability",
        "Communication",
        "Organizational Awareness",
        "Teamwork & Collaboration",
        "Commitment to Continuous Learning",
        "Client & Result Orientation",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph("Cross-functional competencies", style="Heading 3")
    for text in ["Analytical Thinking", "Stakeholder Management"]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("VII. Eligibility requirements of the Japanese JPO Programme (MOFA)", level=1)
    for text in [
        "(1) Nationality: Japanese nationality.",
        "(2) Age: 35 years old or younger as of the application deadline (born on or after 15 May 1990).",
        "(3) Education: a master's degree or higher. Candidates expected to complete a master's degree by "
        "31 December 2026 may also apply.",
        "(4) English proficiency: one of the following, from a test taken within the two years before the "
        "application deadline: TOEFL iBT 100 or above; IELTS (Academic) 7.0 or above; TOEIC Listening & "
        "Reading 860 or above. TOEFL ITP and TOEIC Bridge are not accepted.",
        "(5) Candidates who have previously served as a JPO sponsored by the Government of Japan are not "
        "eligible.",
        "(6) Only one application may be submitted to the MOFA JPO Programme per Japanese fiscal year "
        "(April 2026 - March 2027).",
    ]:
        doc.add_paragraph(text)

    doc.add_heading("VIII. How to apply", level=1)
    p = doc.add_paragraph()
    p.add_run(
        "Submit the documents listed in section I through the online system of the JPO Centre of MOFA. "
    )
    r = p.add_run("Deadline: 14 May 2026, 12:00 noon (JST). ")
    r.bold = True
    p.add_run(
        "Late or incomplete applications will not be accepted. Results of the document screening will be "
        "notified in June 2026; interviews will be held in Tokyo in July 2026."
    )
    for run in p.runs:
        run.font.size = Pt(11)

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "unhcr_japan_erbil_form.docx").write_bytes(_normalise_zip(buf.getvalue()))


if __name__ == "__main__":
    ilo_suisse_portauprince()
    unhcr_japan_erbil()
