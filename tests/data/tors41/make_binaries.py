"""Build the binary ToRs of design batch tors41 (held-out am until measured) (one DOCX, one PDF).

Run with the project's virtualenv:

    /work/main/.venv/bin/python make_binaries.py

The output is byte-for-byte deterministic: fixed document metadata, and the DOCX zip
is rewritten with sorted entries and fixed timestamps.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2027, 3, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2027, 3, 1, 9, 0, 0)


# ---------------------------------------------------------------------------
# DOCX: ITU vacancy notice for the China JPO Programme (English)
# ---------------------------------------------------------------------------


def _rewrite_zip(raw: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def _bold_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True


def _value_cell(cell, text):
    lines = text.split("\n")
    cell.text = ""
    par = cell.paragraphs[0]
    for i, line in enumerate(lines):
        run = par.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def build_docx(path: Path) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    section = doc.sections[0]
    section.left_margin = Cm(2.2)
    section.right_margin = Cm(2.2)
    section.header.paragraphs[0].text = "ITU | Vacancy Notice 2027/JPO/BDT/07 | China JPO Programme"
    section.footer.paragraphs[0].text = (
        "International Telecommunication Union - Place des Nations - "
        "1211 Geneva 20 - Switzerland - www.itu.int/employment"
    )

    doc.add_paragraph("INTERNATIONAL TELECOMMUNICATION UNION", style="Title")
    doc.add_paragraph("Telecommunication Development Bureau (BDT)", style="Subtitle")
    doc.add_heading("VACANCY NOTICE - JUNIOR PROFESSIONAL OFFICER", level=1)

    rows = [
        ("Vacancy notice no.", "2027/JPO/BDT/07", "Date of issue", "8 March 2027"),
        (
            "Post title",
            "Junior Professional Officer (ICT Development\nand Digital Resilience - "
            "Small Island Developing States)",
            "Grade",
            "P-2",
        ),
        (
            "Post number",
            "JPO-BDT-CAO-03",
            "Application deadline (Midnight Geneva Time)",
            "12 April 2027",
        ),
        (
            "Organizational unit",
            "BDT, Regional Office for the Americas,\nCaribbean Area Office",
            "Duty station",
            "Bridgetown, Barbados",
        ),
        (
            "Type of contract",
            "Fixed-term (JPO)",
            "Duration of contract",
            "2 years",
        ),
        (
            "Sponsor",
            "Government of the People's Republic of China\n(China JPO Programme)",
            "Donor file no.",
            "CSC-JPO-2027-118",
        ),
    ]
    table = doc.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, (l1, v1, l2, v2) in enumerate(rows):
        cells = table.rows[r].cells
        _bold_cell(cells[0], l1)
        _value_cell(cells[1], v1)
        _bold_cell(cells[2], l2)
        _value_cell(cells[3], v2)

    note = doc.add_paragraph()
    run = note.add_run(
        "This post is open only to nationals of the People's Republic of China "
        "applying under the China JPO Programme. ITU is committed to achieving "
        "gender balance and diversity in its workforce."
    )
    run.italic = True

    doc.add_heading("Organizational unit", level=1)
    doc.add_paragraph(
        "The Telecommunication Development Bureau (BDT) supports Member States in "
        "building inclusive, secure and resilient digital infrastructure. The "
        "Caribbean Area Office in Bridgetown serves 13 Member States and several "
        "territories that are highly exposed to hurricanes and sea-level rise. Its "
        "work focuses on emergency telecommunications, early-warning systems, "
        "broadband policy and digital skills."
    )
    doc.add_paragraph(
        "The JPO works under the supervision of the Head of the Caribbean Area "
        "Office (P-5) and receives day-to-day guidance from a Programme Officer (P-4)."
    )

    doc.add_heading("Duties and responsibilities", level=1)
    duties = [
        "Support the preparation and implementation of national emergency "
        "telecommunication plans in Caribbean small island developing states.",
        "Contribute to the regional initiative on early warnings for all, in "
        "cooperation with WMO and the Caribbean Disaster Emergency Management Agency.",
        "Assist Member States in reviewing broadband and spectrum policies, in particular:",
        "Prepare project documents, budgets and progress reports for regional ICT development projects.",
        "Organize regional workshops and capacity-building events, and prepare the reports of these events.",
        "Maintain relations with regulators, operators, regional organizations and UN country teams.",
        "Perform other related duties as assigned.",
    ]
    subs = {
        2: [
            "the collection and analysis of market and coverage data;",
            "the drafting of policy notes and regulatory guidelines.",
        ]
    }
    for i, duty in enumerate(duties):
        doc.add_paragraph(duty, style="List Bullet")
        for sub in subs.get(i, []):
            doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("Learning elements", level=1)
    doc.add_paragraph("By the end of the assignment, the JPO will have:")
    for item in [
        "gained in-depth knowledge of ITU's mandate and of the work of a regional "
        "presence of a UN specialized agency;",
        "acquired practical experience in the design and management of ICT development projects;",
        "developed skills in policy analysis and in facilitating multi-stakeholder "
        "dialogue with governments and the private sector;",
        "completed the ITU Academy courses on emergency telecommunications and project management.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Competencies", level=1)
    doc.add_heading("Core competencies", level=2)
    for item in [
        "Applying Expertise",
        "Effective Communication",
        "Learning and Knowledge-Sharing",
        "Organizational Commitment",
        "Results-Focus and Accountability",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    doc.add_heading("Functional competencies", level=2)
    for item in [
        "Analysis",
        "Networking",
        "Planning and Organizing",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Qualifications required", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Advanced university degree in telecommunications/ICT, engineering, public "
        "policy, economics or a related field OR a first university degree in one of "
        "these fields in combination with two additional years of qualifying "
        "experience in lieu of the advanced university degree."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "At least two years of progressively responsible experience in ICT "
        "development, digital policy or project management, including at least one "
        "year at the international level. Experience in small island developing "
        "states is desirable."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Knowledge of English at advanced level is required. Knowledge of Spanish or "
        "French at intermediate level would be an advantage, as both are spoken in "
        "the Caribbean region."
    )

    doc.add_heading("Remuneration", level=1)
    doc.add_paragraph(
        "Annual salary from USD 57 186 (P-2, step 1) plus post adjustment, which for "
        "Bridgetown is currently 31.4 per cent. Other allowances and benefits include "
        "30 working days of annual leave, an education grant and a contribution to "
        "the United Nations Joint Staff Pension Fund. The sponsor covers the cost of "
        "the assignment for its duration."
    )

    doc.add_heading("China JPO Programme - eligibility requirements", level=1)
    for item in [
        "Citizenship of the People's Republic of China.",
        "Candidates must not have reached their 33rd birthday by 31 December 2027.",
        "A master's degree and at least two years of full-time work experience "
        "(internships are not counted).",
        "Proof of English proficiency: IELTS Academic 7.0 or TOEFL iBT 100, not older "
        "than two years on the application deadline. College English Test "
        "(CET-4/CET-6) certificates are not accepted.",
        "Applicants may apply for no more than two positions in the 2027 call; the "
        "programme holds one call a year.",
        "Persons who have previously served as a JPO under any programme are not eligible.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Applications must be submitted through the JPO portal of the China "
        "Scholarship Council by 12 April 2027, midnight Geneva time. Please upload:"
    )
    for item in [
        "the online application form;",
        "a curriculum vitae in English;",
        "a motivation letter of no more than one page;",
        "copies of university degrees and transcripts;",
        "the English test report.",
    ]:
        doc.add_paragraph(item, style="List Number")
    doc.add_paragraph(
        "Interviews are expected to take place in the week of 24 May 2027. Please note "
        "that the 2026 call closed on 30 April 2026; applications submitted in that "
        "call cannot be transferred."
    )

    props = doc.core_properties
    props.author = "ITU HRMD"
    props.last_modified_by = "ITU HRMD"
    props.title = "Vacancy Notice 2027/JPO/BDT/07"
    props.created = FIXED.replace(tzinfo=None)
    props.modified = FIXED.replace(tzinfo=None)
    props.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(_rewrite_zip(buf.getvalue()))


# ---------------------------------------------------------------------------
# PDF: Swiss JPO Programme (FDFA) job description for the IAEA (French)
# ---------------------------------------------------------------------------


class SwissPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(120, 5, "DFAE - Programme JPO suisse - Campagne 2027", new_x="RIGHT")
        self.cell(0, 5, "AIEA / IAEA", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            f"Descriptif de poste JPO - AIEA 2027/0150 - page {self.page_no()}/{{nb}}",
            align="C",
        )
        self.set_text_color(0, 0, 0)


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)


def _para(pdf: FPDF, text: str) -> None:
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _bullets(pdf: FPDF, items, marker="-") -> None:
    pdf.set_font("Helvetica", "", 10)
    for i, item in enumerate(items, 1):
        mark = marker if marker != "1)" else f"{i})"
        pdf.cell(7, 5, mark)
        pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")


def _ensure_space(pdf: FPDF, height: float) -> None:
    if pdf.get_y() + height > pdf.page_break_trigger:
        pdf.add_page()


def _row(pdf: FPDF, label: str, value: str, lw: float = 48) -> None:
    pdf.set_font("Helvetica", "", 10)
    lines = pdf.multi_cell(pdf.epw - lw, 5.5, value, dry_run=True, output="LINES")
    _ensure_space(pdf, 5.5 * len(lines))
    pdf.set_font("Helvetica", "B", 10)
    x = pdf.get_x()
    y = pdf.get_y()
    pdf.cell(lw, 5.5, label)
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(x + lw, y)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")


def _row2(pdf: FPDF, l1: str, v1: str, l2: str, v2: str) -> None:
    _ensure_space(pdf, 11)
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(48, 5.5, l1)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(42, 5.5, v1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(28, 5.5, l2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, v2, new_x="LMARGIN", new_y="NEXT")
    if pdf.get_y() < y + 5.5:
        pdf.set_y(y + 5.5)


def build_pdf(path: Path) -> None:
    pdf = SwissPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("DFAE")
    pdf.set_title("Descriptif de poste JPO - AIEA")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "", 9)
    for line in [
        "Schweizerische Eidgenossenschaft",
        "Confédération suisse",
        "Confederazione Svizzera",
        "Département fédéral des affaires étrangères DFAE",
    ]:
        pdf.cell(0, 4.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "DESCRIPTIF DE POSTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(
        0,
        6,
        "Administrateur/trice auxiliaire (JPO) - Gestion de programmes de "
        "coopération technique, Division pour l'Afrique",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    _row(pdf, "Organisation", "Agence internationale de l'énergie atomique (AIEA)")
    _row(
        pdf,
        "Département / Division",
        "Département de la coopération technique,\nDivision pour l'Afrique",
    )
    _row(
        pdf,
        "Lieu d'affectation",
        "Vienne (Autriche), Centre international de Vienne",
    )
    _row2(pdf, "Grade", "P-2", "Durée", "12 mois, renouvelable (max. 36 mois)")
    _row2(pdf, "Avis de vacance AIEA", "2027/0150", "Réf. DFAE", "JPO-CH-27-09")
    _row(pdf, "Publication", "1er février 2027")
    _row(
        pdf,
        "Délai de candidature",
        "dimanche 7 mars 2027, 23h59 (heure suisse)",
    )
    pdf.ln(2)

    _heading(pdf, "Contexte")
    _para(
        pdf,
        "Le Département de la coopération technique de l'AIEA aide les États "
        "Membres à utiliser les techniques nucléaires au service du développement: "
        "santé humaine, alimentation et agriculture, gestion de l'eau et "
        "environnement. La Division pour l'Afrique gère un portefeuille de plus de "
        "400 projets dans 45 pays. Le/la JPO rejoindra la Section 2 (Afrique "
        "centrale et de l'Ouest) et travaillera sous la supervision d'un "
        "Responsable de la gestion de programmes (P-4); la Division est dirigée "
        "par une Directrice (D-1).",
    )

    _heading(pdf, "Principales tâches")
    _bullets(
        pdf,
        [
            "Appuyer la conception des projets nationaux et régionaux du cycle "
            "2028-2029 avec les homologues nationaux de six pays francophones.",
            "Suivre la mise en oeuvre des projets en cours (achats, bourses, "
            "missions d'experts) et analyser les données de suivi.",
            "Préparer des notes d'information et des rapports pour les organes directeurs et les donateurs.",
            "Participer à l'organisation de réunions régionales de coordination "
            "et de missions de programmation sur le terrain.",
            "Contribuer à l'intégration de l'égalité des genres dans la programmation de la Division.",
            "Exécuter d'autres tâches pertinentes à la demande du superviseur.",
        ],
    )

    _heading(pdf, "Formation et apprentissage")
    _bullets(
        pdf,
        [
            "Connaissance approfondie du cycle de programmation de la coopération technique de l'AIEA.",
            "Expérience pratique de la gestion de projets multipays.",
            "Participation au programme d'intégration des JPO de l'AIEA et aux "
            "formations internes (gestion axée sur les résultats, achats).",
            "Mentorat par un(e) administrateur/trice principal(e) de la Division.",
        ],
    )

    _heading(pdf, "Profil recherché")
    _row(
        pdf,
        "Formation",
        "Master en sciences naturelles, ingénierie, gestion de projets, relations "
        "internationales ou domaine apparenté.",
        lw=30,
    )
    _row(
        pdf,
        "Expérience",
        "Au moins deux ans d'expérience professionnelle dans la gestion de projets "
        "de développement, idéalement en partie en Afrique.",
        lw=30,
    )
    _row(
        pdf,
        "Langues",
        "Excellente maîtrise de l'anglais, langue de travail de l'AIEA; très bonne "
        "connaissance du français requise (pays bénéficiaires francophones). La "
        "connaissance du portugais est un atout.",
        lw=30,
    )
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Compétences clés", new_x="LMARGIN", new_y="NEXT")
    _bullets(
        pdf,
        [
            "Communication",
            "Obtention de résultats",
            "Travail d'équipe",
            "Planification et organisation",
        ],
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Compétences fonctionnelles", new_x="LMARGIN", new_y="NEXT")
    _bullets(pdf, ["Esprit d'analyse", "Orientation client"])

    _heading(pdf, "Conditions d'admission du programme JPO suisse")
    _bullets(
        pdf,
        [
            "Nationalité suisse. Les binationaux suisses-autrichiens ne peuvent pas être affectés à Vienne.",
            "Être âgé(e) de 30 ans au plus au 31 décembre 2027.",
            "Être titulaire d'un master et justifier d'au moins deux ans "
            "d'expérience professionnelle (les stages rémunérés de plus de six mois "
            "sont pris en compte).",
            "Les étudiant(e)s en dernière année de master peuvent postuler, à "
            "condition d'avoir obtenu leur diplôme avant l'entrée en fonction.",
            "Deux candidatures au maximum par année.",
            "Les personnes ayant déjà été JPO, quel que soit le pays donateur, ne sont pas éligibles.",
        ],
    )

    _heading(pdf, "Dossier de candidature")
    _bullets(
        pdf,
        [
            "Lettre de motivation en anglais (une page au maximum)",
            "Curriculum vitae en anglais",
            "Copie des diplômes universitaires",
            "Copie du passeport ou de la carte d'identité suisse",
            "Formulaire de candidature du DFAE dûment rempli",
        ],
        marker="1)",
    )

    _heading(pdf, "Procédure")
    _para(
        pdf,
        "Les candidatures doivent être déposées sur le portail du DFAE au plus tard "
        "le dimanche 7 mars 2027 à 23h59 (heure suisse). Une séance d'information "
        "en ligne aura lieu le 17 février 2027 à 12h15. Les entretiens se "
        "dérouleront à Berne le 14 avril 2027. Pour rappel, la campagne 2026 "
        "s'était terminée le 8 mars 2026.",
    )

    pdf.output(str(path))


def main() -> None:
    build_docx(HERE / "itu_china_bridgetown.docx")
    build_pdf(HERE / "aiea_suisse_vienne_fr.pdf")


if __name__ == "__main__":
    main()
