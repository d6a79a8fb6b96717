"""Build the binary documents of this held-out set, deterministically.

Run with the project's virtualenv:  /work/main/.venv/bin/python make_binaries.py
Writes, next to this script:
  ifad_nairobi_nl.docx   (python-docx: Title/Heading styles, a 2-column facts table, List Bullet / List Number)
  cnuced_geneve.pdf      (fpdf2, Helvetica, latin-1: running header/footer, borderless label/value rows, wrapped bullets)
"""

import io
import os
import zipfile
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2026, 3, 2, 9, 0, 0, tzinfo=timezone.utc)
ZIP_TIME = (2026, 3, 2, 9, 0, 0)


# ---------------------------------------------------------------- DOCX (IFAD)


def build_ifad_docx(path):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = "IFAD Human Resources Division"
    cp.last_modified_by = "IFAD Human Resources Division"
    cp.title = "JPO Terms of Reference - Rural Finance and Climate Adaptation"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1

    doc.add_paragraph("Junior Professional Officer (Rural Finance and Climate Adaptation)", style="Title")
    doc.add_paragraph(
        "International Fund for Agricultural Development (IFAD) - East and Southern Africa Division"
    )

    facts = [
        ("Vacancy number", "IFAD/ESA/JPO/26/02"),
        ("Position title", "Junior Professional Officer (Rural Finance and Climate Adaptation)"),
        ("Division", "East and Southern Africa Division (ESA), Regional Office"),
        ("Duty station", "Nairobi, Kenya"),
        ("Grade", "P-2"),
        ("Duration", "24 months (initial appointment); a third year may be funded by the sponsor"),
        (
            "Sponsor",
            "The Dutch JPO Programme at Nuffic, on behalf of the Ministry of Foreign Affairs of the Netherlands",
        ),
        ("Closing date", "12 April 2026 (23:59 CEST)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value
        for run in row[0].paragraphs[0].runs:
            run.bold = True

    doc.add_heading("About IFAD and the ESA Division", level=1)
    doc.add_paragraph(
        "IFAD is an international financial institution and a specialized agency of the United Nations that "
        "invests in rural people, empowering them to reduce poverty, increase food security, improve nutrition "
        "and strengthen resilience. The East and Southern Africa Division manages a portfolio of more than 40 "
        "ongoing investment projects in 18 countries from its regional office in Nairobi and its country offices."
    )
    doc.add_paragraph(
        "Access to finance and adaptation to climate change are at the heart of the Division's strategy: "
        "smallholder farmers, pastoralists and rural entrepreneurs need savings, credit and insurance products "
        "that match their seasonal cash flows and the rising frequency of droughts and floods."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph("Under the supervision of the Regional Rural Finance Specialist, the JPO will:")
    for item in [
        "Support the design and supervision of rural finance components of IFAD-financed projects in Kenya, "
        "Uganda, Rwanda and Ethiopia;",
        "Analyse the performance of savings groups, microfinance institutions and value-chain finance "
        "mechanisms, and prepare portfolio reviews;",
        "Contribute to the integration of climate adaptation measures, including the Enhanced Adaptation for "
        "Smallholder Agriculture Programme (ASAP+), into new country programmes;",
        "Prepare background studies, mission reports and aide-memoires for design and supervision missions;",
        "Support knowledge management, including case studies and learning notes on inclusive rural finance;",
        "Help organise regional workshops and South-South exchanges between project teams;",
        "Undertake other duties as required.",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("What will you learn?", level=1)
    for item in [
        "How an international financial institution designs, finances and supervises rural development projects;",
        "Practical skills in financial analysis of rural finance institutions and in climate risk assessment;",
        "How to work with governments, cofinanciers and farmers' organizations during field missions;",
        "Drafting and presentation skills for operational and corporate documents.",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "An advanced university degree (Master's or equivalent) in agricultural economics, development finance, "
        "economics or a related field. A first-level university degree in combination with two additional years "
        "of qualifying experience may be accepted in lieu of the advanced university degree."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "A minimum of two years of progressively responsible professional experience in rural finance, "
        "agricultural development or climate adaptation. Experience in East or Southern Africa is an advantage."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Excellent written and spoken English is required. Working knowledge of Kiswahili or French is desirable."
    )
    doc.add_heading("Competencies", level=2)
    for item in [
        "Strategic thinking and organizational development",
        "Learning, sharing knowledge and innovating",
        "Focusing on clients",
        "Problem-solving and decision-making",
        "Team working",
        "Communicating and negotiating",
    ]:
        doc.add_paragraph(item, style="List Bullet")

    doc.add_heading("Are you eligible?", level=1)
    doc.add_paragraph("Eligibility criteria of the Dutch JPO Programme:")
    for item in [
        "You hold the Dutch nationality or the nationality of one of the following countries: Bangladesh, Benin, "
        "Burkina Faso, Burundi, Ethiopia, Ghana, Kenya, Mali, Mozambique, Niger, Rwanda, South Sudan, Uganda "
        "and Yemen.",
        "You were born on or after 1 January 1995.",
        "You have a Master's degree and at least two years of relevant work experience, or a Bachelor's degree "
        "and at least four years of relevant work experience.",
        "You have an excellent command of English.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    p = doc.add_paragraph()
    r = p.add_run("Please note: ")
    r.bold = True
    p.add_run(
        "candidates holding Kenyan nationality are not eligible for this position, as it is located in Kenya. "
        "Nationals of the other countries listed above cannot be assigned to their own country either."
    )
    doc.add_heading("General conditions", level=2)
    doc.add_paragraph(
        "JPOs are appointed as IFAD staff members and receive the salary and benefits of a staff member at the "
        "same grade. The Dutch JPO Programme covers the cost of the assignment, including a training and "
        "learning budget. Selection is made by IFAD in consultation with Nuffic."
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Submit your application through IFAD's recruitment portal, quoting vacancy number IFAD/ESA/JPO/26/02, "
        "by 12 April 2026 (23:59 CEST). Your application must include:"
    )
    for item in [
        "an up-to-date CV in English;",
        "a motivation letter (maximum 500 words);",
        "copies of your university degrees;",
        "a copy of your passport.",
    ]:
        doc.add_paragraph(item, style="List Bullet")
    note = doc.add_paragraph("IFAD does not charge a fee at any stage of the recruitment process.")
    for run in note.runs:
        run.font.size = Pt(9)
        run.italic = True

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    """Rewrite a zip with fixed timestamps and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------- PDF (CNUCED)


def build_cnuced_pdf(path):
    from fpdf import FPDF

    class Notice(FPDF):
        def header(self):
            self.set_font("Helvetica", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(95, 5, "CNUCED - Programme des Jeunes Experts Associés (JEA) 2026")
            self.cell(0, 5, "Avis n° 26-UNCTAD-DTL-JEA-03", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, "Nations Unies - CNUCED - Genève", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Notice(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("Avis de vacance JEA - CNUCED")
    pdf.set_author("CNUCED")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    LH = 5

    def heading(text):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(W, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def bullet(text, mark="-"):
        pdf.set_font("Helvetica", "", 10)
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(6, LH, mark)
        pdf.multi_cell(W - 10, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    def row(label, value):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(48, LH + 0.5, label)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(W - 48, LH + 0.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    # letterhead
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5, "NATIONS UNIES", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        5,
        "CONFÉRENCE DES NATIONS UNIES SUR LE COMMERCE ET LE DÉVELOPPEMENT",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 8)
    pdf.cell(
        0,
        4,
        "Palais des Nations, 8-14, avenue de la Paix, 1211 Genève 10, Suisse",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "I", 9)
    pdf.cell(
        0,
        5,
        "Ministère de l'Europe et des Affaires étrangères - Programme des Jeunes Experts Associés",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)

    # title and run-together header line
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        W,
        7,
        "Jeune expert associé (JEA) en commerce électronique et économie numérique",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0, 6, "Classe : P-2 | Durée : 2 ans | Clôture : 17 mai 2026", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(5)

    # borderless label / value rows (no colon)
    row("Numéro de l'avis", "26-UNCTAD-DTL-JEA-03")
    row("Organisation", "Conférence des Nations Unies sur le commerce et le développement (CNUCED)")
    row(
        "Division",
        "Division de la technologie et de la logistique, Section du commerce électronique "
        "et de l'économie numérique",
    )
    row("Lieu d'affectation", "Genève, Suisse")
    row("Classe", "P-2")
    row("Durée", "2 ans (24 mois)")
    row("Supervision", "Économiste (P-4), Section du commerce électronique et de l'économie numérique")
    row("Pays donateur", "France")

    heading("Contexte")
    para(
        "La CNUCED est l'organe principal de l'Assemblée générale des Nations Unies pour les questions de "
        "commerce et de développement. Sa Section du commerce électronique et de l'économie numérique aide les "
        "pays en développement, et en particulier les pays les moins avancés, à tirer parti du commerce "
        "électronique et de l'économie numérique grâce à des travaux de recherche, au dialogue "
        "intergouvernemental et à l'assistance technique, notamment au moyen des évaluations eT Ready et de "
        "l'initiative eTrade for all."
    )

    heading("Fonctions")
    para("Sous la supervision d'un(e) économiste de classe P-4, le ou la JEA :")
    for item in [
        "contribuera aux travaux de recherche et d'analyse de la Section, notamment à la préparation du "
        "Rapport sur l'économie numérique ;",
        "appuiera la réalisation des évaluations rapides de l'état de préparation au commerce électronique "
        "(eT Ready) dans les pays les moins avancés, en particulier en Afrique francophone ;",
        "participera au suivi de la mise en oeuvre des recommandations issues de ces évaluations et à la "
        "préparation des rapports d'étape correspondants ;",
        "contribuera à l'organisation de la Semaine du commerce électronique de la CNUCED et des réunions du "
        "Groupe intergouvernemental d'experts du commerce électronique et de l'économie numérique ;",
        "appuiera les activités de la plateforme eTrade for all, notamment la mise à jour de son contenu et les "
        "échanges avec les partenaires ;",
        "préparera des notes d'information, des présentations et des projets de discours ;",
        "participera aux activités de renforcement des capacités et aux missions sur le terrain ;",
        "exécutera toute autre tâche qui pourrait lui être confiée.",
    ]:
        bullet(item)

    heading("Éléments de formation")
    para("À l'issue de l'affectation, le ou la JEA aura acquis :")
    for item in [
        "une connaissance approfondie du fonctionnement d'une organisation intergouvernementale et de ses trois "
        "piliers (recherche, recherche du consensus intergouvernemental, coopération technique) ;",
        "la maîtrise des méthodes d'analyse des politiques de commerce électronique ;",
        "une expérience de la gestion de projets de coopération technique ;",
        "des capacités de rédaction et de présentation renforcées en français et en anglais ;",
        "un réseau professionnel au sein du système des Nations Unies et auprès des partenaires du développement.",
    ]:
        bullet(item)

    heading("Qualifications")
    para(
        "Formation : master (bac+5) en économie, commerce international, droit du numérique, politiques "
        "publiques ou dans un domaine connexe. Une licence assortie de trois années supplémentaires "
        "d'expérience professionnelle pertinente peut être acceptée à la place du master."
    )
    para(
        "Expérience : au moins deux ans d'expérience professionnelle dans le domaine du commerce, du "
        "développement ou des politiques numériques."
    )
    para(
        "Langues : le français et l'anglais sont les langues de travail du Secrétariat de l'ONU. Pour ce poste, "
        "la maîtrise de l'anglais et du français est exigée. La connaissance de l'espagnol ou de l'arabe est "
        "un atout."
    )
    para("Compétences :")
    for item in ["Professionnalisme", "Travail d'équipe", "Communication", "Planification et organisation"]:
        bullet(item)

    heading("Conditions d'éligibilité du programme JEA (France)")
    para("Pour être éligible, le ou la candidat(e) doit :")
    for item in [
        "être de nationalité française ;",
        "être âgé(e) de 32 ans au plus au 1er janvier 2027 ;",
        "attester d'un niveau d'anglais C1 au moyen d'un test passé moins de deux ans avant la date de "
        "clôture : TOEFL iBT 95, IELTS 7.0 ou TOEIC 945 au minimum ;",
        "ne pas avoir déjà exercé les fonctions de JEA ou de JPO, quel que soit le pays donateur.",
    ]:
        bullet(item)
    para(
        "Chaque candidat(e) peut postuler à trois postes au maximum dans le cadre de la campagne JEA 2026. "
        "Le contrat initial est de 24 mois ; il peut être prolongé d'une troisième année à la charge de "
        "l'organisation d'accueil."
    )

    heading("Dossier de candidature")
    for i, item in enumerate(
        [
            "un curriculum vitae en français et en anglais ;",
            "une lettre de motivation propre au poste ;",
            "une copie du relevé de résultats du test d'anglais.",
        ],
        1,
    ):
        bullet(item, mark=f"{i})")
    para(
        "Les candidatures doivent être déposées sur la plateforme du programme JEA au plus tard le "
        "17 mai 2026 à 23h59 (heure de Paris). Les candidatures incomplètes ne seront pas examinées."
    )
    pdf.set_font("Helvetica", "I", 8)
    pdf.multi_cell(
        W,
        4,
        "La CNUCED ne perçoit aucun frais à quelque étape que ce soit du processus de recrutement.",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    pdf.output(path)


if __name__ == "__main__":
    build_ifad_docx(os.path.join(HERE, "ifad_nairobi_nl.docx"))
    build_cnuced_pdf(os.path.join(HERE, "cnuced_geneve.pdf"))
    print("ok")
