"""Build the two binary ToRs of this folder, byte-for-byte deterministic.

    /work/main/.venv/bin/python make_binaries.py

- unhcr_denmark_kampala_form.docx  (python-docx: UNHCR JPO ToR form with tick boxes)
- fnuap_belgique_rabat_fr.pdf      (fpdf2: boxed facts form + two-column page layout)
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 3, 23, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 3, 23, 9, 0, 0)

BOX_ON = "\u2612"  # ☒
BOX_OFF = "\u2610"  # ☐


# ---------------------------------------------------------------- DOCX ----


def _docx_deterministic(doc, path):
    cp = doc.core_properties
    cp.author = "UNHCR Division of Human Resources"
    cp.last_modified_by = "UNHCR"
    cp.title = "UNHCR JPO Terms of Reference"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        # [Content_Types].xml first, then the rest in a fixed order
        names.sort(key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def _label_row(table, label, value_lines):
    row = table.add_row()
    lab = row.cells[0].paragraphs[0]
    run = lab.add_run(label)
    run.bold = True
    cell = row.cells[1]
    first = True
    for line in value_lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.add_run(line)
        first = False
    return row


def build_docx():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    doc.add_paragraph("UNHCR \u2022 The UN Refugee Agency", style="Title")
    doc.add_paragraph("JUNIOR PROFESSIONAL OFFICER (JPO) \u2013 TERMS OF REFERENCE", style="Subtitle")
    doc.add_paragraph("Danish JPO Programme 2026 \u2013 Ministry of Foreign Affairs of Denmark")

    doc.add_heading("1. General Information", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    _label_row(t, "Title", ["Associate Protection Officer (Community-Based Protection)"])
    _label_row(t, "Sector of assignment", ["Protection"])
    _label_row(t, "Agency / Office", ["UNHCR Representation in Uganda, Protection Unit"])
    _label_row(
        t,
        "Country / Location",
        ["Uganda / Kampala", "(with regular missions to the refugee settlements of the West Nile region)"],
    )
    _label_row(t, "UNHCR JPO reference", ["JPO/UGA/2026/03"])
    _label_row(t, "Danish MFA file no.", ["2026-11842"])
    _label_row(t, "Grade", [f"{BOX_OFF} P1      {BOX_ON} P2"])
    _label_row(
        t,
        "Duration of assignment",
        [
            f"{BOX_OFF} 1 year      {BOX_ON} 2 years      {BOX_OFF} 3 years",
            "(a third year may be considered subject to donor agreement)",
        ],
    )
    _label_row(t, "Family duty station", [f"{BOX_ON} Yes      {BOX_OFF} No"])
    _label_row(
        t,
        "Open to",
        [
            f"{BOX_ON} Nationals of the donor country (Denmark)",
            f"{BOX_OFF} Nationals of developing countries (donor-funded)",
        ],
    )
    _label_row(t, "Date of issue", ["23 March 2026"])
    _label_row(t, "Deadline for applications", ["20 April 2026, 12:00 noon Danish time (CEST)"])

    doc.add_heading("2. Supervision", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    _label_row(t, "Title and grade of supervisor", ["Senior Protection Officer (Community-Based), P-4"])
    _label_row(
        t,
        "Content and methodology of supervision",
        [
            "During the first month the JPO and the supervisor agree on a work plan. Performance is "
            "assessed through UNHCR's Performance Appraisal and Management system (PAM), with a "
            "mid-term and a year-end review. The JPO meets the supervisor weekly and takes part in "
            "the Representation's protection meetings."
        ],
    )

    doc.add_heading("3. Duties, Responsibilities and Output Expectations", level=1)
    doc.add_paragraph(
        "The position was created in 2025 from a former Protection Officer (P-3) post and is now "
        "a JPO position. Under the supervision of the Senior Protection Officer, the JPO will:"
    )
    for d in [
        "Support the design and implementation of community-based protection activities with "
        "refugee leaders, women's and youth groups in Kampala and the West Nile settlements.",
        "Contribute to participatory assessments (age, gender and diversity) and to the analysis "
        "of their findings for the multi-year strategy.",
        "Support the functioning of community feedback and complaint mechanisms, including the "
        "inter-agency helpline.",
        "Assist in the identification and referral of persons with specific needs to partners and services.",
        "Prepare protection updates, briefing notes and donor reports.",
        "Support capacity building of partners and government counterparts (Office of the Prime "
        "Minister) on community-based approaches.",
        "Perform other related duties as required.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("4. Qualifications and Experience", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    _label_row(
        t,
        "a. Education (level and required field)",
        [
            "Master's degree (or equivalent) in Law, International Relations, Political Science, "
            "Social Sciences, Anthropology or a related field.",
            f"{BOX_OFF} A Bachelor's degree in combination with two additional years of relevant "
            "experience is accepted in lieu of the Master's degree.",
        ],
    )
    _label_row(
        t,
        "b. Work experience",
        [
            "Minimum 2 years of relevant work experience (internships and volunteer assignments of "
            "more than six months are counted).",
            "Experience in refugee or displacement settings is desirable.",
        ],
    )
    _label_row(t, "c. Languages", ["See the table below."])

    doc.add_paragraph("Languages", style="Heading 3")
    lt = doc.add_table(rows=1, cols=4)
    lt.style = "Table Grid"
    for cell, txt in zip(lt.rows[0].cells, ["Language", "Level (CEFR)", "Required", "Desirable"]):
        cell.paragraphs[0].add_run(txt).bold = True
    for lang, lvl, req in [("English", "C1", True), ("French", "B1", False), ("Kiswahili", "A2", False)]:
        r = lt.add_row().cells
        r[0].text = lang
        r[1].text = lvl
        r[2].text = BOX_ON if req else BOX_OFF
        r[3].text = BOX_OFF if req else BOX_ON

    doc.add_heading("d. Competencies", level=2)
    doc.add_paragraph("Core Competencies:")
    for c in [
        "Accountability",
        "Communication",
        "Organizational Awareness",
        "Teamwork & Collaboration",
        "Commitment to Continuous Learning",
        "Client & Result Orientation",
    ]:
        doc.add_paragraph(c, style="List Bullet")
    doc.add_paragraph("Managerial Competencies: Not applicable.")
    doc.add_paragraph("Cross-Functional Competencies:")
    for c in ["Analytical Thinking", "Stakeholder Management", "Political Awareness"]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("5. Training Components and Learning Elements", level=1)
    for le in [
        "UNHCR's protection mandate, the Global Compact on Refugees and the Uganda refugee response model.",
        "Community-based protection and accountability to affected people in practice.",
        "Planning, monitoring and reporting with UNHCR's results-based management tools (COMPASS).",
        "Participation in the UNHCR Protection Learning Programme and the JPO induction in Geneva.",
    ]:
        doc.add_paragraph(le, style="List Bullet")

    doc.add_heading("6. Background Information on the Duty Station", level=1)
    doc.add_paragraph(
        "Uganda hosts more than 1.7 million refugees, mainly from South Sudan and the Democratic "
        "Republic of the Congo. Kampala is a family duty station with good medical and schooling "
        "facilities; the security situation is stable. Missions to the West Nile settlements last "
        "one to two weeks."
    )

    doc.add_heading("7. Danish JPO Programme \u2013 Eligibility", level=1)
    doc.add_paragraph("To be eligible for the Danish JPO Programme, applicants must:")
    for e in [
        "hold Danish citizenship;",
        "be under 33 years of age on the application deadline;",
        "hold at least a Master's degree at the time of application;",
        "have at least two years of relevant professional experience;",
        "not have previously held a JPO position, whatever the sponsoring donor.",
    ]:
        doc.add_paragraph(e, style="List Bullet 2")
    doc.add_paragraph(
        "Applicants may apply for a maximum of two JPO positions in the 2026 round. Applications "
        "submitted in the 2025 round (closed on 14 April 2025) are not carried over."
    )

    doc.add_heading("8. How to Apply", level=1)
    doc.add_paragraph(
        "Applications must be submitted through the Danish Ministry of Foreign Affairs' online JPO "
        "portal no later than the deadline stated in section 1. Please attach:"
    )
    for r in [
        "CV in English (maximum two pages);",
        "Motivation letter addressed to this position (maximum one page);",
        "Copies of diplomas and transcripts;",
        "Copy of your Danish passport.",
    ]:
        doc.add_paragraph(r, style="List Number")
    p = doc.add_paragraph(
        "Shortlisted candidates will be interviewed in Copenhagen in the week of 18 May 2026."
    )
    p.add_run().add_break(WD_BREAK.LINE)
    p.add_run("UNHCR is committed to a diverse and inclusive workforce.").italic = True

    _docx_deterministic(doc, HERE / "unhcr_denmark_kampala_form.docx")


# ----------------------------------------------------------------- PDF ----

REF = "UNFPA/MAR/JPO/2026/01"


class TorPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, 8)
        self.cell(90, 5, "FNUAP - Fonds des Nations Unies pour la population", align="L")
        self.cell(90, 5, f"Termes de référence JPO | Réf. {REF}", align="R")
        self.line(15, 14, 195, 14)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.line(15, 284, 195, 284)
        self.set_xy(15, 285)
        self.cell(140, 5, "Enabel - Agence belge de développement, rue Haute 147, 1000 Bruxelles", align="L")
        self.cell(40, 5, f"Page {self.page_no()}/2", align="R")
        self.set_text_color(0, 0, 0)


class Column:
    """Writes flowing text inside one column, top to bottom."""

    def __init__(self, pdf, x, y, w, bottom):
        self.pdf, self.x, self.y, self.w, self.bottom = pdf, x, y, w, bottom

    def _mc(self, text, h=4.6, indent=0.0):
        self.pdf.set_xy(self.x + indent, self.y)
        self.pdf.multi_cell(self.w - indent, h, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.y = self.pdf.get_y()
        assert self.y <= self.bottom, f"column overflow at: {text[:40]!r} (y={self.y:.1f})"

    def heading(self, text):
        self.y += 2.5
        self.pdf.set_font("Helvetica", "B", 10)
        self._mc(text, h=5)
        self.y += 0.8

    def para(self, text, bold_label=None):
        self.pdf.set_font("Helvetica", "", 9)
        if bold_label:
            text = f"{bold_label} {text}"
        self._mc(text)
        self.y += 1.2

    def bullet(self, text):
        self.pdf.set_font("Helvetica", "", 9)
        self.pdf.set_xy(self.x, self.y)
        self.pdf.cell(4, 4.6, "-")
        self._mc(text, indent=4)
        self.y += 0.6


def _box(pdf, x, y, w, h, label, value):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.5, y + 1)
    pdf.set_font("Helvetica", "", 7)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(w - 3, 3.5, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_xy(x + 1.5, y + 5)
    pdf.multi_cell(w - 3, 4.4, value, align="L")


def build_pdf():
    pdf = TorPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("FNUAP Maroc")
    pdf.set_title("Termes de référence JPO - FNUAP Maroc")
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 18, 15)

    # ---------------- page 1
    pdf.add_page()
    pdf.set_xy(15, 18)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(
        180,
        4.5,
        "PROGRAMME BELGE DES JEUNES EXPERTS ASSOCIÉS (JPO) - APPEL 2026, DEUXIÈME VAGUE",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(180, 9, "TERMES DE RÉFÉRENCE", align="C", new_x="LMARGIN", new_y="NEXT")

    y = 34
    h = 13
    _box(
        pdf,
        15,
        y,
        180,
        h,
        "Intitulé du poste",
        "Chargé(e) de programme adjoint(e), santé sexuelle et reproductive des jeunes",
    )
    y += h
    rows = [
        (
            ("Organisation", "Fonds des Nations Unies pour la population (FNUAP / UNFPA)"),
            ("Unité", "Bureau de pays du Maroc, Programme Jeunesse et Genre"),
        ),
        (("Lieu d'affectation", "Rabat, Maroc"), ("Classe", "P-1 ou P-2 (selon l'expérience)")),
        (("Durée", "1 an, renouvelable une fois"), ("Pays donateur", "Belgique (DGD, via Enabel)")),
        (("Réf. FNUAP", REF), ("Réf. Enabel", "JPO26-BEL-031")),
        (("Publication", "21 septembre 2026"), ("Date limite", "9 octobre 2026, 12h00 (heure de Bruxelles)")),
    ]
    for (l1, v1), (l2, v2) in rows:
        _box(pdf, 15, y, 90, 15, l1, v1)
        _box(pdf, 105, y, 90, 15, l2, v2)
        y += 15

    top = y + 5
    bottom = 281
    left = Column(pdf, 15, top, 86, bottom)
    right = Column(pdf, 109, top, 86, bottom)

    left.heading("1. Contexte")
    left.para(
        "Le FNUAP appuie le Royaume du Maroc dans la mise en oeuvre de sa stratégie nationale de "
        "santé sexuelle et reproductive et de sa politique intégrée de la jeunesse. Le programme "
        "de pays 2023-2027 met l'accent sur l'accès des jeunes, en particulier des jeunes femmes "
        "des zones rurales, à des services et à une information de qualité."
    )
    left.heading("2. Supervision")
    left.para(
        "Le/la JPO travaillera sous la supervision directe de la Spécialiste de programme "
        "Jeunesse (P-3) et sous la direction générale de la Représentante du FNUAP (P-5)."
    )
    left.heading("3. Fonctions et responsabilités")
    for b in [
        "Appuyer la planification, la mise en oeuvre et le suivi des activités du programme "
        "Jeunesse avec les ministères de la Santé et de la Jeunesse.",
        "Contribuer à l'analyse des données sur la santé sexuelle et reproductive des jeunes et "
        "à la préparation de notes de politique.",
        "Appuyer les partenariats avec les associations de jeunes et les universités.",
        "Participer à l'élaboration des rapports annuels et des rapports aux donateurs.",
    ]:
        left.bullet(b)

    for b in [
        "Contribuer à l'organisation d'ateliers, de campagnes de sensibilisation et de "
        "formations de pairs éducateurs.",
        "Assurer le suivi des questions de genre et d'inclusion dans l'ensemble des activités du programme.",
    ]:
        right.bullet(b)
    right.heading("4. Éléments d'apprentissage")
    for b in [
        "Connaissance approfondie du mandat du FNUAP et du Programme d'action de la CIPD.",
        "Maîtrise du cycle de programmation et des outils de gestion axée sur les résultats.",
        "Expérience de la coordination avec les autorités nationales et la société civile.",
        "Participation au programme d'intégration des JPO du FNUAP à New York.",
    ]:
        right.bullet(b)
    right.heading("5. Qualifications et expérience")
    right.para(
        "Master en santé publique, sciences sociales, démographie, études de genre ou domaine apparenté.",
        bold_label="Formation :",
    )
    right.para(
        "au minimum deux ans d'expérience professionnelle dans la santé des jeunes, la santé "
        "publique ou le développement ; une expérience dans la région du Maghreb serait un atout.",
        bold_label="Expérience :",
    )
    right.para(
        "maîtrise du français et de l'anglais exigée ; la connaissance de l'arabe ou de "
        "l'espagnol serait un atout.",
        bold_label="Langues :",
    )

    # ---------------- page 2
    pdf.add_page()
    top = 20
    bottom = 150
    left = Column(pdf, 15, top, 86, bottom)
    right = Column(pdf, 109, top, 86, bottom)
    left.heading("6. Valeurs et compétences")
    left.para(
        "Valeurs : faire preuve d'intégrité ; démontrer son engagement envers le FNUAP et le "
        "système des Nations Unies ; adhérer à la diversité sous toutes ses formes ; accueillir "
        "le changement."
    )
    left.para("Compétences de base :")
    for b in [
        "Rechercher les résultats",
        "Être responsable",
        "Développer et appliquer l'expertise professionnelle",
        "Penser de manière analytique et stratégique",
        "Travailler en équipe et gérer ses relations",
        "Communiquer pour un impact",
    ]:
        left.bullet(b)
    right.heading("7. Le lieu d'affectation")
    right.para(
        "Rabat est un lieu d'affectation famille, de catégorie A. Les conditions de vie y sont "
        "bonnes : services de santé de qualité, écoles francophones et internationales, "
        "logement disponible. Le/la JPO effectuera des missions régulières dans les régions de "
        "Béni Mellal-Khénifra et de l'Oriental."
    )

    y = max(left.y, right.y) + 6
    box_top = y
    inner = Column(pdf, 19, y + 3, 172, 270)
    inner.heading("Conditions du programme JPO belge")
    for b in [
        "Être de nationalité belge. Les personnes ayant également la nationalité marocaine ne "
        "sont pas éligibles pour ce poste.",
        "Avoir 30 ans maximum à la date limite de dépôt des candidatures.",
        "Être titulaire d'un master et justifier d'au moins un an d'expérience professionnelle "
        "pertinente, ou d'un bachelier et d'au moins trois ans d'expérience professionnelle "
        "pertinente.",
        "Ne pas avoir déjà bénéficié d'un contrat JPO, quel que soit le pays donateur.",
    ]:
        inner.bullet(b)
    pdf.rect(15, box_top, 180, inner.y + 2 - box_top)

    after = Column(pdf, 15, inner.y + 6, 180, 281)
    after.heading("Comment postuler ?")
    after.para(
        "Les candidatures sont introduites en ligne sur le site d'Enabel (rubrique JPO) avant la "
        "date limite indiquée en page 1. Joindre :"
    )
    for b in [
        "un curriculum vitae en français ou en anglais ;",
        "une lettre de motivation propre à ce poste ;",
        "une copie du diplôme de master (ou de bachelier).",
    ]:
        after.bullet(b)
    after.para(
        "Les entretiens auront lieu à Bruxelles dans la seconde quinzaine de novembre 2026. "
        "Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s."
    )

    pdf.output(str(HERE / "fnuap_belgique_rabat_fr.pdf"))


if __name__ == "__main__":
    build_docx()
    build_pdf()
    print("built unhcr_denmark_kampala_form.docx and fnuap_belgique_rabat_fr.pdf")
