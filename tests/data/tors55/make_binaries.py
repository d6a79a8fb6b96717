"""Build the binary documents of this folder (deterministic output).

Run with:  /work/main/.venv/bin/python make_binaries.py
Writes unodc_tashkent_japan.docx and oms_ndjamena_fr.pdf next to this script.
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
FIXED = dt.datetime(2026, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 1, 15, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX
def build_docx(path: Path) -> None:
    d = Document()
    cp = d.core_properties
    cp.author = "UNODC ROCA"
    cp.last_modified_by = "UNODC ROCA"
    cp.title = "JPO ToR - Border Management"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1

    def centred(text, bold=False, size=None):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    centred("UNITED NATIONS OFFICE ON DRUGS AND CRIME", bold=True, size=13)
    centred("Regional Office for Central Asia \u00b7 Tashkent")
    centred("JUNIOR PROFESSIONAL OFFICER PROGRAMME \u2014 TERMS OF REFERENCE", size=9)

    d.add_paragraph("Associate Programme Officer (Border Management and Counter-Narcotics)", style="Title")
    p = d.add_paragraph()
    r = p.add_run(
        "This post is funded by the Government of Japan. Only candidates of Japanese "
        "nationality may apply (see section 6)."
    )
    r.italic = True

    rows = [
        ("Req. ID", "2026-UNODC-ROCA-0188"),
        ("Donor file no.", "MOFA/JPO/2026/0412"),
        ("Organization", "United Nations Office on Drugs and Crime (UNODC)"),
        ("Office", "Regional Office for Central Asia (ROCA), Border Management Programme"),
        ("Duty station", "Tashkent, Uzbekistan"),
        ("Grade", "P-2"),
        ("Duration", "24 months"),
        ("Sponsor", "Government of Japan (MOFA Japan JPO Programme)"),
        ("Supervisor", "Programme Coordinator, Border Management (P-4)"),
        ("Application deadline", "8 June 2026, 23:59 Tokyo time"),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        c = t.add_row().cells
        c[0].text = ""
        c[0].paragraphs[0].add_run(k).bold = True
        c[1].text = v

    d.add_heading("1. Background", level=1)
    d.add_paragraph(
        "UNODC's Regional Office for Central Asia supports Kazakhstan, Kyrgyzstan, Tajikistan, "
        "Turkmenistan and Uzbekistan in countering drug trafficking, organized crime and terrorism. "
        "The Border Management Programme strengthens the capacity of border, customs and drug "
        "control agencies along the northern route of Afghan opiates, through border liaison "
        "offices, inter-agency mobile teams and container control units at dry ports."
    )
    d.add_paragraph(
        "The programme, which began in 2019, now operates 14 border liaison offices and trains "
        "about 1,200 officers a year. The JPO will join the programme team in Tashkent and travel "
        "regularly to border crossing points in the region."
    )

    d.add_heading("2. Duties and responsibilities", level=1)
    d.add_paragraph("Within delegated authority, the Associate Programme Officer will:")
    for s in [
        "Assist in planning, implementing and monitoring border management activities in the five Central Asian countries;",
        "Prepare background papers, concept notes, mission reports and talking points for senior management;",
        "Support the organization of trainings, study tours and cross-border meetings for border and customs officers;",
        "Collect and analyse seizure data and trafficking trends, and contribute to regional threat assessments;",
        "Contribute to resource mobilization, including the drafting of project proposals and donor reports (including to the Government of Japan);",
        "Liaise with national counterparts, UN agencies, OSCE and the EU Border Management Programme in Central Asia (BOMCA);",
        "Perform other related duties as required.",
    ]:
        d.add_paragraph(s, style="List Number")

    d.add_heading("3. Learning elements", level=1)
    d.add_paragraph("Upon completion of the assignment, the JPO will have:")
    for s in [
        "Gained a thorough understanding of UNODC's mandate, programming and project cycle;",
        "Developed skills in programme management, monitoring and reporting in a field setting;",
        "Built a network with law enforcement counterparts and international partners in Central Asia;",
        "Acquired knowledge of international standards on border management and drug control;",
        "Improved drafting and presentation skills through regular contributions to reports and meetings.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("4. Qualifications", level=1)
    d.add_heading("Education", level=2)
    d.add_paragraph(
        "An advanced university degree (Master's degree or equivalent) in law, criminology, "
        "international relations, political science, public administration or a related field is "
        "required."
    )
    d.add_heading("Experience", level=2)
    d.add_paragraph(
        "A minimum of two years of relevant professional experience in law enforcement, border "
        "management, criminal justice or international cooperation is required. Experience in "
        "Central Asia or another post-Soviet region is an asset."
    )
    d.add_heading("Languages", level=2)
    d.add_paragraph(
        "English and French are the working languages of the United Nations Secretariat. For this "
        "post, fluency in English is required. Working knowledge of Russian is desirable."
    )

    d.add_heading("5. Competencies", level=1)
    for s in [
        "Professionalism",
        "Integrity",
        "Communication",
        "Teamwork",
        "Planning and organizing",
        "Client orientation",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("6. Eligibility (Japanese JPO Programme)", level=1)
    d.add_paragraph(
        "Applicants must hold Japanese nationality and be 35 years of age or younger as of the "
        "application deadline. They must hold a Master's degree and have at least two years of "
        "professional work experience in a related field; candidates who are expected to obtain "
        "their Master's degree by 31 August 2026 may also apply."
    )
    d.add_paragraph(
        "Applicants must demonstrate English proficiency with a TOEFL iBT score of 100, an IELTS "
        "(Academic) score of 7.0 or a TOEIC (Listening & Reading) score of 860 or above."
    )
    d.add_paragraph(
        "Further conditions are published by the JPO Centre of the Ministry of Foreign Affairs of "
        "Japan on its website."
    )

    d.add_heading("7. How to apply", level=1)
    d.add_paragraph(
        "Applications must be submitted through the MOFA JPO Centre online system by 23:59 (Tokyo "
        "time) on 8 June 2026, quoting the Req. ID above. The following documents are required:"
    )
    for s in [
        "Application form of the JPO Centre (Japanese and English versions)",
        "UN Personal History Form (P11)",
        "Copy of the official English test score report",
        "Copy of the Master's degree certificate or a certificate of expected graduation",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("Shortlisted candidates will be interviewed by UNODC and MOFA in July 2026.")

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so the output is byte-for-byte stable
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# --------------------------------------------------------------------------- PDF
class OmsPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Organisation mondiale de la Santé - Bureau de pays au Tchad")
        self.cell(0, 5, "Programme JPO suisse - Avis de vacance", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(path: Path) -> None:
    pdf = OmsPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JPO - OMS Tchad")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(
        0, 7, "AVIS DE VACANCE DE POSTE\nJeune administrateur/trice (JPO)", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(4)

    label_w = 50

    def row(label, value):
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(label_w, 5.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(pdf.l_margin + label_w, y)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    row(
        "Intitulé du poste",
        "Administrateur technique auxiliaire (JPO) - Surveillance intégrée des maladies et riposte",
    )
    row("Numéro de l'avis", "OMS-AFRO-TCD-JPO-2026-02")
    row("Organisation", "Organisation mondiale de la Santé (OMS), Bureau de pays au Tchad")
    row("Unité", "Préparation et riposte aux urgences sanitaires")
    row("Lieu d'affectation", "N'Djamena, Tchad")
    row("Classe", "P-2")
    row("Durée", "Deux ans")
    row("Pays donateur", "Suisse (Département fédéral des affaires étrangères, DFAE)")
    row("Date de publication", "2 mars 2026")
    row("Date de clôture", "23 mars 2026, 17h00 (heure suisse)")
    pdf.ln(3)

    def heading(t):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(t):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def bullets(items, mark="-"):
        pdf.set_font("Helvetica", "", 10)
        for i, t in enumerate(items, 1):
            m = mark if mark != "1)" else f"{i})"
            y = pdf.get_y()
            pdf.cell(6, 5, m)
            pdf.set_xy(pdf.l_margin + 6, y)
            pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(1)

    heading("Contexte")
    para(
        "Le Tchad fait face à des épidémies récurrentes (rougeole, choléra, méningite, hépatite E) "
        "et accueille plus d'un million de réfugiés et de personnes déplacées, principalement à l'est "
        "du pays. Le Bureau de pays de l'OMS appuie le Ministère de la Santé publique dans la mise en "
        "oeuvre de la Surveillance intégrée des maladies et riposte (SIMR) et du Règlement sanitaire "
        "international (RSI 2005). L'équipe Préparation et riposte aux urgences sanitaires compte "
        "douze personnes réparties entre N'Djamena, Abéché et Moundou."
    )

    heading("Description des fonctions")
    para(
        "Sous la supervision directe du Chef d'équipe Préparation et riposte aux urgences (P-5), et "
        "en étroite collaboration avec l'épidémiologiste national, le/la JPO :"
    )
    bullets(
        [
            "appuie l'analyse hebdomadaire des données de surveillance et la production du bulletin "
            "épidémiologique national ;",
            "contribue à l'investigation des alertes et des flambées, y compris lors de missions dans les "
            "provinces de l'est ;",
            "participe à l'élaboration et à la mise à jour des plans de préparation et de riposte aux "
            "épidémies ;",
            "appuie la formation des équipes de district à la SIMR et à l'utilisation de DHIS2 ;",
            "contribue au suivi des indicateurs du RSI et à la préparation des évaluations externes "
            "conjointes ;",
            "aide à la rédaction des rapports aux bailleurs et des notes de situation ;",
            "exécute toute autre tâche connexe demandée par son superviseur.",
        ]
    )

    heading("Éléments d'apprentissage")
    bullets(
        [
            "Maîtrise des outils et méthodes de surveillance épidémiologique en contexte humanitaire ;",
            "Connaissance du fonctionnement de l'OMS au niveau pays et de ses liens avec le Bureau "
            "régional de l'Afrique ;",
            "Expérience de la coordination intersectorielle (cluster Santé, partenaires, autorités) ;",
            "Compétences en gestion de projet et en communication des risques.",
        ]
    )

    heading("Qualifications requises")
    para(
        "Formation : diplôme universitaire supérieur (master) en santé publique, épidémiologie, "
        "médecine ou biostatistique."
    )
    para(
        "Expérience : au moins deux ans d'expérience professionnelle pertinente en surveillance "
        "épidémiologique ou en gestion de programmes de santé. Une expérience dans un pays à revenu "
        "faible ou intermédiaire est un atout."
    )
    para(
        "Langues : excellente maîtrise du français et bonne connaissance de l'anglais (écrit et "
        "oral) exigées. La connaissance de l'arabe constitue un atout."
    )

    heading("Compétences")
    bullets(
        [
            "Travail d'équipe",
            "Respect et promotion des différences individuelles et culturelles",
            "Communication",
            "Produire des résultats",
            "Aller de l'avant dans un environnement en mutation",
            "Assurer l'utilisation efficace des ressources",
        ]
    )

    heading("Conditions du programme JPO suisse")
    para(
        "Le programme JPO de la Confédération suisse est ouvert aux personnes qui remplissent "
        "l'ensemble des conditions suivantes : être de nationalité suisse ; être âgé(e) de 31 ans au "
        "plus au 31 décembre 2026 ; être titulaire d'un master et justifier d'une expérience "
        "professionnelle de deux ans au minimum et de cinq ans au maximum. Les personnes ayant déjà "
        "occupé un poste de JPO, quel qu'en soit le pays donateur, ne sont pas éligibles."
    )

    heading("Dossier de candidature")
    bullets(
        [
            "un curriculum vitae en français ;",
            "une lettre de motivation d'une page au maximum ;",
            "les copies des diplômes universitaires.",
        ],
        mark="1)",
    )

    heading("Dépôt des candidatures")
    para(
        "Les dossiers complets doivent être déposés sur la plateforme de recrutement du DFAE au plus "
        "tard le 23 mars 2026 à 17h00 (heure suisse). Les dossiers incomplets ou parvenus après "
        "cette date ne seront pas examinés. Seul(e)s les candidat(e)s présélectionné(e)s seront "
        "contacté(e)s."
    )

    pdf.output(str(path))


if __name__ == "__main__":
    build_docx(HERE / "unodc_tashkent_japan.docx")
    build_pdf(HERE / "oms_ndjamena_fr.pdf")
    print("written")
