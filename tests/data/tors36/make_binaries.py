"""Build the two binary documents of design batch tors36 (held-out ag until measured), deterministically.

Run with /work/main/.venv/bin/python make_binaries.py (from any directory).
Outputs, next to this script:
  unwomen_norad_kampala.docx   (python-docx)
  oms_france_niamey_fr.pdf     (fpdf2, core fonts, latin-1 text only)
"""

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = datetime(2027, 1, 25, 9, 0, 0, tzinfo=timezone.utc)
ZIP_TIME = (2027, 1, 25, 9, 0, 0)


# ---------------------------------------------------------------- DOCX


def _fixed_zip(raw: bytes) -> bytes:
    """Rewrite a zip with sorted entries and fixed timestamps."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


def build_docx() -> None:
    doc = Document()
    cp = doc.core_properties
    cp.author = "UN Women Uganda Country Office"
    cp.last_modified_by = "make_binaries"
    cp.title = "JPO job description - Programme Analyst WEE - Kampala"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    doc.add_paragraph("UN Women", style="Title")
    doc.add_paragraph("United Nations Entity for Gender Equality and the Empowerment of Women")
    doc.add_paragraph("Norwegian Junior Professional Officer Programme - administered by Norad")
    doc.add_heading("JOB DESCRIPTION - JUNIOR PROFESSIONAL OFFICER (JPO)", level=2)
    doc.add_heading(
        "Programme Analyst, Women's Economic Empowerment and Climate Resilience",
        level=1,
    )

    rows = [
        (
            "Post title",
            "Programme Analyst, Women's Economic Empowerment and\nClimate Resilience",
        ),
        ("Requisition no.", "UNW-UGA-27-0142"),
        ("Norad case no.", "26/04418"),
        ("Organization", "UN Women"),
        ("Office / Unit", "Uganda Country Office\nWomen's Economic Empowerment Unit"),
        (
            "Place of assignment",
            "Kampala, Uganda (field travel to Karamoja, about 30% of the time)",
        ),
        ("Level", "P-2"),
        (
            "Length of assignment",
            "1 year, extendable; Norwegian JPO assignments normally last two years",
        ),
        ("Supervisor", "Programme Specialist, Women's Economic Empowerment (P-4)"),
        ("Date of posting", "25.01.2027"),
        ("Application deadline", "01.03.2027, 12:00 noon Norwegian time"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        lines = value.split("\n")
        par = cells[1].paragraphs[0]
        run = par.add_run(lines[0])
        for extra in lines[1:]:
            run.add_break()
            run = par.add_run(extra)

    note = doc.add_paragraph()
    r = note.add_run("All dates in this description are written day.month.year.")
    r.italic = True
    r.font.size = Pt(9)

    doc.add_heading("1. Background", level=1)
    doc.add_paragraph(
        "UN Women's Uganda Country Office supports the Government of Uganda, civil "
        "society and the private sector to advance gender equality under the National "
        "Development Plan IV. Its Women's Economic Empowerment (WEE) portfolio focuses "
        "on women's access to climate-resilient agriculture, finance and markets, with "
        "a growing presence in the Karamoja sub-region, where recurrent drought and "
        "insecurity weigh heavily on women-headed households."
    )
    doc.add_paragraph(
        "The JPO will join the WEE Unit in Kampala and work closely with the sub-office "
        "in Moroto. The post was created with funding from the Norwegian Ministry of "
        "Foreign Affairs through Norad's JPO programme."
    )

    doc.add_heading("2. Duties and responsibilities", level=1)
    doc.add_paragraph(
        "Under the overall guidance of the Deputy Country Representative and the direct "
        "supervision of the Programme Specialist (P-4), the JPO will:"
    )
    doc.add_paragraph(
        "Support the implementation and monitoring of the climate-resilient "
        "agriculture programme for women farmers in Karamoja and West Nile.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Provide technical inputs on women's economic empowerment, in particular:",
        style="List Bullet",
    )
    for sub in (
        "gender analysis of agricultural value chains and climate finance flows;",
        "design of savings-group and digital-finance components;",
        "review of district development plans from a gender perspective.",
    ):
        doc.add_paragraph(sub, style="List Bullet 2")
    doc.add_paragraph(
        "Draft donor reports, briefing notes and knowledge products, and keep the "
        "results framework up to date.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Follow up on partner agreements, including field monitoring visits and "
        "review of partners' narrative and financial reports.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Contribute to resource mobilization, including the preparation of concept "
        "notes for climate and agricultural funds.",
        style="List Bullet",
    )
    doc.add_paragraph(
        "Represent the WEE Unit in the UN Country Team's results group on "
        "sustainable economic growth when requested.",
        style="List Bullet",
    )

    doc.add_heading("3. Learning elements", level=1)
    doc.add_paragraph("By the end of the assignment the JPO will have:")
    for item in (
        "gained hands-on experience of the full UN Women programme cycle, from design to reporting;",
        "acquired skills in gender analysis of climate and agriculture policies;",
        "built a professional network with government, donors and women's organizations in Uganda;",
        "completed UN Women's online programme management certification.",
    ):
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("4. Qualifications", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Master's degree in economics, gender studies, development studies, "
        "agricultural or environmental sciences, or a related field. A first-level "
        "degree alone is not sufficient for this post."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "A minimum of two and a maximum of five years of relevant work experience in "
        "women's economic empowerment, rural development or climate adaptation. "
        "Experience in East Africa is an asset."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Fluency in English is required. Working knowledge of Luganda or Kiswahili is an asset."
    )

    doc.add_heading("5. Competencies", level=1)
    doc.add_paragraph("Core values: Integrity; Professionalism; Respect for Diversity. Core competencies:")
    for comp in (
        "Awareness and sensitivity regarding gender issues",
        "Accountability",
        "Creative problem solving",
        "Effective communication",
        "Inclusive collaboration",
        "Stakeholder engagement",
        "Leading by example",
    ):
        doc.add_paragraph(comp, style="List Bullet")

    doc.add_heading("6. Eligibility - Norwegian JPO Programme", level=1)
    doc.add_paragraph("The following programme conditions apply in addition to the qualifications above:")
    for rule in (
        "Norwegian citizenship is required; applications from other nationals will not be processed.",
        "Applicants must not have turned 33 by the application deadline (01.03.2027).",
        "Both a Master's degree and at least two years of relevant paid work experience are required.",
        "Proficiency in English at C1 level; no test certificate is requested at the application stage.",
        "Persons who are serving or have served as JPO or Associate Expert, under "
        "any donor's programme, are not eligible.",
        "One person may submit at most two JPO applications per calendar year, all agencies combined.",
    ):
        doc.add_paragraph(rule, style="List Bullet")

    doc.add_heading("7. How to apply", level=1)
    doc.add_paragraph(
        "Applications are submitted through Norad's JPO recruitment portal and must "
        "include the following documents in English:"
    )
    for item in (
        "Curriculum vitae (maximum three pages)",
        "Cover letter explaining your motivation for this post",
        "Copies of university diplomas and transcripts",
        "Names and contact details of two professional referees",
    ):
        doc.add_paragraph(item, style="List Bullet")
    p = doc.add_paragraph("Deadline: ")
    p.add_run("01.03.2027 at 12:00 noon (Norwegian time).").bold = True
    p.add_run(
        " Applications received after this time will not be considered. Only "
        "shortlisted candidates will be contacted."
    )
    doc.add_paragraph(
        "For reference: the previous JPO recruitment for UN Women Uganda, a P-1 post "
        "in the Ending Violence against Women Unit, closed on 15.03.2026."
    )

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "unwomen_norad_kampala.docx").write_bytes(_fixed_zip(buf.getvalue()))


# ----------------------------------------------------------------- PDF


class NoticePDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Organisation mondiale de la Santé - Bureau de pays au Niger")
        self.cell(0, 5, "Programme JPO - MEAE (France)", align="R")
        self.ln(4)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"AFRO/NER/JPO/2027/02 - Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf() -> None:
    pdf = NoticePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JPO - OMS Niger")
    pdf.set_author("OMS Bureau de pays au Niger")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def heading(text):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(width, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullet(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(6, 5, "-")
        pdf.multi_cell(width - 6, 5, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(
        0,
        6,
        "AVIS DE VACANCE - JEUNE EXPERT ASSOCIÉ (JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        width,
        7,
        "Administrateur(trice) auxiliaire - Surveillance épidémiologique et riposte aux épidémies",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    rows = [
        ("Avis n°", "AFRO/NER/JPO/2027/02"),
        ("Réf. MEAE", "DGM/JPO/27-033"),
        ("Organisation", "OMS (Organisation mondiale de la Santé)"),
        (
            "Unité",
            "Programme de gestion des situations d'urgence sanitaire (WHE), Bureau de pays",
        ),
        ("Lieu d'affectation", "Niamey (Niger)"),
        ("Grade", "P-1 ou P-2, selon l'expérience"),
        ("Durée", "Deux ans"),
        (
            "Financement",
            "Gouvernement français - Ministère de l'Europe et des Affaires étrangères",
        ),
        ("Mise en ligne", "lundi 8 février 2027"),
        ("Date limite", "lundi 8 mars 2027, 12 h (midi), heure de Paris"),
    ]
    label_w = 42
    for label, value in rows:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(label_w, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(width - label_w, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    heading("1. Contexte")
    para(
        "Le Niger fait face à des épidémies récurrentes (méningite, rougeole, "
        "choléra, diphtérie) dans un contexte de crise humanitaire prolongée. Le "
        "programme WHE du Bureau de pays de l'OMS appuie le ministère de la Santé "
        "publique dans la surveillance intégrée des maladies et la riposte, en lien "
        "avec le Bureau régional de l'Afrique à Brazzaville. Le/la JPO travaillera "
        "sous la supervision directe de l'Épidémiologiste (P-4) et sous l'autorité "
        "du Chargé de programme WHE (P-5)."
    )

    heading("2. Description des fonctions")
    for text in (
        "Appuyer le ministère de la Santé publique dans l'analyse hebdomadaire des "
        "données de surveillance (SIMR/DHIS2) et la production du bulletin "
        "épidémiologique.",
        "Participer à l'investigation des épidémies et au déploiement des équipes "
        "d'intervention rapide dans les districts sanitaires.",
        "Contribuer à la mise à jour des plans de préparation et de riposte, "
        "notamment pour la saison de la méningite et la saison des pluies.",
        "Appuyer la formation des points focaux de surveillance des districts des "
        "régions de Niamey, Tillabéri et Dosso.",
        "Assurer le suivi des indicateurs du plan d'action WHE et contribuer aux "
        "rapports destinés aux bailleurs.",
        "Participer aux réunions du groupe sectoriel Santé et à la coordination "
        "avec les partenaires techniques et financiers.",
    ):
        bullet(text)

    heading("3. Éléments de formation")
    for text in (
        "Maîtrise des outils de surveillance et d'analyse (DHIS2, Go.Data, QGIS).",
        "Connaissance approfondie du Règlement sanitaire international (RSI 2005) "
        "et du cadre d'intervention d'urgence de l'OMS.",
        "Participation au séminaire d'accueil des JPO du Bureau régional et à un "
        "module d'épidémiologie de terrain.",
        "Expérience concrète de la gestion de crise dans une urgence prolongée.",
    ):
        bullet(text)

    heading("4. Profil recherché")
    for label, value in (
        (
            "Formation",
            "Master en santé publique, épidémiologie, médecine, biostatistique ou domaine connexe.",
        ),
        (
            "Expérience",
            "Au moins deux ans d'expérience professionnelle dans la surveillance "
            "épidémiologique ou la santé publique, de préférence en Afrique de "
            "l'Ouest.",
        ),
        (
            "Langues",
            "Excellente connaissance du français et de l'anglais requise. La "
            "connaissance du haoussa serait un atout.",
        ),
    ):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(label_w, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(width - label_w, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Compétences de l'OMS", new_x="LMARGIN", new_y="NEXT")
    for text in (
        "Travail d'équipe",
        "Respect et promotion des différences individuelles et culturelles",
        "Communication",
        "Obtention de résultats",
        "Aller de l'avant dans un environnement en mutation",
    ):
        bullet(text)

    heading("5. Conditions d'éligibilité (programme JPO du MEAE)")
    para("Les candidat(e)s doivent :")
    for text in (
        "être de nationalité française ; les personnes possédant également la "
        "nationalité nigérienne ne peuvent pas être affectées au Niger ;",
        "être né(e)s après le 31 décembre 1994 ;",
        "être titulaires d'un master (bac + 5) ou inscrit(e)s en dernière année de "
        "master, le diplôme devant être obtenu avant la prise de fonctions ;",
        "justifier, en plus du master, d'au moins deux années d'expérience "
        "professionnelle (les stages de plus de six mois sont pris en compte) ;",
        "justifier d'un niveau C1 en anglais : TOEIC Listening & Reading 945, IELTS "
        "Academic 7,0 ou TOEFL iBT 95, le test ayant été passé moins de deux ans "
        "avant la date limite ;",
        "n'avoir jamais été JPO, quel que soit le pays contributeur ;",
        "ne pas déposer plus de deux candidatures au cours de la campagne ; le MEAE "
        "organise une seule campagne par an.",
    ):
        bullet(text)

    heading("6. Dossier de candidature")
    for text in (
        "Curriculum vitae en français et en anglais.",
        "Lettre de motivation (une page).",
        "Copie du diplôme de master ou certificat de scolarité de l'année en cours.",
        "Attestation de score au test d'anglais.",
    ):
        bullet(text)

    heading("7. Modalités")
    para(
        "Les candidatures sont à déposer sur la plateforme JPO du MEAE au plus tard "
        "le lundi 8 mars 2027 à 12 h (midi), heure de Paris. Aucune candidature "
        "reçue après cette heure ne sera examinée. Les entretiens se tiendront en "
        "visioconférence la semaine du 12 avril 2027."
    )

    pdf.output(str(HERE / "oms_france_niamey_fr.pdf"))


if __name__ == "__main__":
    build_docx()
    build_pdf()
