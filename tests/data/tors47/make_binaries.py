"""Build the binary documents of this folder (one PDF, one DOCX), byte-for-byte deterministic.

Run with the project's virtual environment:  .venv/bin/python make_binaries.py
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
FIXED = dt.datetime(2027, 5, 24, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2027, 8, 2, 9, 0, 0)


# --------------------------------------------------------------------------- PDF (English)


class EcaPdf(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "United Nations Economic Commission for Africa", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "China JPO Programme 2027 - Terms of Reference", align="R")
        self.ln(5)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "ECA/SRO-SA/JPO/2027/02", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def pdf_row(pdf, label, value, label_w=48):
    """Borderless label/value row: the label with cell(), the value wrapped with multi_cell()."""
    pdf.set_font("Helvetica", "B", 10)
    y = pdf.get_y()
    pdf.cell(label_w, 5.5, label, new_x="RIGHT", new_y="TOP")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
    if pdf.get_y() < y + 5.5:
        pdf.set_y(y + 5.5)
    pdf.ln(0.8)


def pdf_heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def pdf_para(pdf, text):
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def pdf_items(pdf, items, marker=None):
    pdf.set_font("Helvetica", "", 10)
    for i, text in enumerate(items, start=1):
        mark = marker if marker else f"{i}."
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(6, 5, mark, new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(1)


def build_pdf(path):
    pdf = EcaPdf(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("ECA - JPO Terms of Reference - Lusaka")
    pdf.set_author("ECA Sub-regional Office for Southern Africa")
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 6, "UNITED NATIONS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "ECONOMIC COMMISSION FOR AFRICA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(
        0,
        5,
        "Sub-regional Office for Southern Africa - Lusaka",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(
        0,
        6,
        "TERMS OF REFERENCE - JUNIOR PROFESSIONAL OFFICER (JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)

    for label, value in [
        (
            "Post title",
            "Associate Economic Affairs Officer (JPO), Regional Integration and AfCFTA Implementation",
        ),
        ("Job Opening ID", "218876"),
        ("Donor file no.", "MOF/CN-JPO-2027-019"),
        ("Organization", "United Nations Economic Commission for Africa (ECA)"),
        (
            "Office / Section",
            "Sub-regional Office for Southern Africa (SRO-SA), Regional Integration and Trade Section",
        ),
        ("Duty station", "Lusaka, Zambia"),
        ("Grade", "P-2"),
        ("Duration", "Two years (24 months)"),
        (
            "Sponsor",
            "Government of the People's Republic of China (Ministry of Finance, China JPO Programme)",
        ),
        (
            "Reports to",
            "Economic Affairs Officer (P-4), under the overall guidance of the Director, SRO-SA (D-1)",
        ),
        ("Posted on", "24 May 2027"),
        ("Deadline", "30 June 2027 (23:59 GMT+8)"),
    ]:
        pdf_row(pdf, label, value)

    pdf_heading(pdf, "1. Organizational setting")
    pdf_para(
        pdf,
        "The Economic Commission for Africa (ECA) is one of the five regional commissions of "
        "the United Nations. Its Sub-regional Office for Southern Africa, based in Lusaka, "
        "serves the eleven member States of the sub-region and works closely with the Southern "
        "African Development Community (SADC) and the Common Market for Eastern and Southern "
        "Africa (COMESA). The Regional Integration and Trade Section supports member States in "
        "implementing the African Continental Free Trade Area (AfCFTA), including national "
        "AfCFTA implementation strategies, trade facilitation and the development of regional "
        "value chains. The JPO post is additional to the Section's regular staffing (one P-5, "
        "two P-4, one P-3 and two National Officers).",
    )

    pdf_heading(pdf, "2. Duties and responsibilities")
    pdf_para(
        pdf,
        "Under the direct supervision of an Economic Affairs Officer (P-4), the JPO will:",
    )
    pdf_items(
        pdf,
        [
            "Conduct research and analysis on intra-African trade flows, tariff schedules and "
            "non-tariff barriers affecting the member States of the sub-region;",
            "Support the preparation and validation of national AfCFTA implementation strategies, "
            "including the organization of national stakeholder consultations;",
            "Contribute to the drafting of the Office's flagship report on economic and social "
            "conditions in Southern Africa and to policy briefs for the Intergovernmental "
            "Committee of Senior Officials and Experts;",
            "Maintain and update trade and regional-integration databases and produce charts, "
            "maps and dashboards for publications and presentations;",
            "Assist in organizing expert group meetings, capacity-building workshops and "
            "South-South cooperation events, including events with partners from China and "
            "other emerging economies;",
            "Draft correspondence, mission reports and background notes for senior management, "
            "and contribute to resource-mobilization proposals;",
            "Perform other related duties as required.",
        ],
        marker="-",
    )

    pdf_heading(pdf, "3. Training and learning elements")
    pdf_para(pdf, "Upon completion of the assignment, the JPO will have:")
    pdf_items(
        pdf,
        [
            "Acquired a sound knowledge of trade policy analysis and of the legal architecture "
            "of the AfCFTA;",
            "Gained experience in the preparation of United Nations parliamentary "
            "documentation and flagship publications;",
            "Developed skills in the organization of intergovernmental meetings and "
            "multi-stakeholder consultations;",
            "Built a professional network with government officials, regional economic "
            "communities and development partners in Southern Africa;",
            "Completed the JPO induction course and a learning activity financed by the "
            "duty-related training and travel allocation (DTTA).",
        ],
        marker="-",
    )

    pdf_heading(pdf, "4. Qualifications and experience")
    pdf_row(
        pdf,
        "Education",
        "Advanced university degree (Master's degree or equivalent) in economics, "
        "international trade, development studies or a related field. Final-year Master's "
        "students may apply provided the degree is conferred by 31 August 2027.",
        label_w=40,
    )
    pdf_row(
        pdf,
        "Work experience",
        "A minimum of two (2) years of relevant professional experience in trade policy, "
        "economic research or regional integration is required. Candidates with more than six "
        "years of professional experience will not be considered for this JPO position.",
        label_w=40,
    )
    pdf_row(
        pdf,
        "Languages",
        "Fluency in English (oral and written) is required. Knowledge of French or Portuguese is desirable.",
        label_w=40,
    )

    pdf_heading(pdf, "5. Competencies")
    pdf_items(
        pdf,
        [
            "Professionalism: knowledge of trade and regional integration issues; ability to "
            "apply economic analysis to policy questions.",
            "Communication: speaks and writes clearly and effectively; prepares concise reports.",
            "Teamwork: works collaboratively with colleagues and partners to achieve common goals.",
            "Planning and organizing: develops clear goals, prioritizes tasks and meets deadlines.",
        ],
        marker="-",
    )

    pdf_heading(pdf, "6. China JPO Programme - eligibility conditions")
    pdf_para(
        pdf,
        "The China JPO Programme is funded by the Ministry of Finance of the People's Republic "
        "of China. In addition to the requirements of the post, candidates must meet all of the "
        "following conditions:",
    )
    pdf_items(
        pdf,
        [
            "Be a national of the People's Republic of China.",
            "Be not older than 32 years on the closing date of this announcement (30 June 2027).",
            "Hold a Master's degree and have at least one year of full-time work experience.",
            "Provide a valid IELTS Academic score of 7.0 or a TOEFL iBT score of 100; only tests "
            "taken within 24 months before the deadline are accepted.",
            "Not have previously held a JPO appointment with any United Nations organization.",
            "Apply to no more than one position under the China JPO Programme per year.",
        ],
        marker="-",
    )

    pdf_heading(pdf, "7. Application documents")
    pdf_items(
        pdf,
        [
            "Completed China JPO Programme application form;",
            "United Nations Personal History Profile (P11) or CV in English;",
            "Copy of the Master's degree diploma (or proof of final-year enrolment) and transcripts;",
            "IELTS or TOEFL score report;",
            "Two letters of reference.",
        ],
    )

    pdf_heading(pdf, "8. Submission")
    pdf_para(
        pdf,
        "Applications must reach the China JPO Programme Office no later than 30 June 2027, "
        "23:59 (GMT+8). Late applications will not be accepted. For reference, the previous "
        "round for ECA positions closed on 15 July 2026. Interviews with shortlisted "
        "candidates will be held in Lusaka or online in September 2027.",
    )
    pdf_para(
        pdf,
        "ECA is committed to gender parity and does not charge a fee at any stage of the "
        "recruitment process.",
    )
    pdf.output(str(path))


# -------------------------------------------------------------------------- DOCX (French)


def docx_fixed_zip(path, data):
    """Rewrite the python-docx output with sorted entries and fixed timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "ONU Femmes Cameroun"
    cp.last_modified_by = "ONU Femmes Cameroun"
    cp.title = "TdR JPO - EVAW - Yaounde"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 3

    section = doc.sections[0]
    section.header.paragraphs[0].text = "ONU Femmes – Bureau pays du Cameroun · Termes de référence JPO"
    section.footer.paragraphs[0].text = "UNW-CMR-JPO-27-03 – Programme JPO de la Norvège"

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("ONU FEMMES")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("TERMES DE RÉFÉRENCE – PROGRAMME JPO", level=1)
    doc.add_paragraph(
        "Administrateur·rice auxiliaire (JPO) – Élimination de la violence à l'égard des "
        "femmes et des filles",
        style="Title",
    )
    p = doc.add_paragraph()
    r = p.add_run(
        "(Poste ouvert aux ressortissant·e·s norvégien·ne·s ; lieu d'affectation : Yaoundé, "
        "Cameroun, avec des missions dans l'Extrême-Nord)"
    )
    r.italic = True
    p = doc.add_paragraph()
    r = p.add_run("Classe : P-2 | Durée : 12 mois | Clôture : 3 septembre 2027")
    r.bold = True

    facts = [
        ("Numéro de l'avis", "UNW-CMR-JPO-27-03"),
        ("Réf. ministère norvégien", "27/0581-JPO"),
        (
            "Organisation",
            "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes (ONU Femmes)",
        ),
        ("Bureau / Unité", "Bureau pays du Cameroun\nUnité Paix, sécurité et action humanitaire"),
        ("Ville", "Yaoundé"),
        ("Pays", "Cameroun"),
        ("Classe", "P-2"),
        ("Durée", "12 mois, avec possibilité de prolongation pour une deuxième année"),
        ("Pays donateur", "Norvège (ministère royal des Affaires étrangères)"),
        ("Supervision", "Cheffe de l'Unité Paix, sécurité et action humanitaire (P-4)"),
        ("Date de publication", "lundi 2 août 2027"),
        ("Date limite", "vendredi 3 septembre 2027 à minuit"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in facts:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        lines = value.split("\n")
        run = cells[1].paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run = cells[1].paragraphs[0].add_run(line)

    doc.add_heading("1. Contexte", level=1)
    doc.add_paragraph(
        "ONU Femmes est présente au Cameroun depuis 2014. Le pays fait face à plusieurs crises "
        "simultanées : les violences liées aux groupes armés dans la région de l'Extrême-Nord, "
        "la crise dans les régions du Nord-Ouest et du Sud-Ouest et l'afflux de personnes "
        "réfugiées dans la région de l'Est. Plus de 2,9 millions de personnes ont besoin d'une "
        "assistance humanitaire, dont une majorité de femmes et d'enfants."
    )
    doc.add_paragraph(
        "L'Unité Paix, sécurité et action humanitaire du Bureau pays appuie le gouvernement et "
        "la société civile dans la mise en œuvre du deuxième plan d'action national de la "
        "résolution 1325 et coordonne le programme conjoint de prévention des violences basées "
        "sur le genre (VBG) financé par la Norvège et l'Union européenne."
    )

    doc.add_heading("2. Description des tâches", level=1)
    doc.add_paragraph(
        "Sous la supervision directe de la Cheffe d'unité (P-4) et en étroite collaboration "
        "avec la Spécialiste de programme (NOC), le/la JPO :"
    )
    duties = [
        (
            "appuie la mise en œuvre du programme conjoint de prévention des VBG dans les "
            "régions de l'Extrême-Nord et de l'Est ;",
            [],
        ),
        ("contribue au suivi du plan d'action national de la résolution 1325 du Conseil de sécurité ;", []),
        (
            "participe à la collecte et à l'analyse des données, notamment :",
            [
                "les enquêtes de perception menées auprès des communautés ;",
                "les indicateurs du système de gestion des résultats d'ONU Femmes ;",
            ],
        ),
        (
            "prépare des notes d'information, des rapports aux donateurs et des contributions "
            "aux rapports du Secrétaire général ;",
            [],
        ),
        ("appuie la coordination du sous-groupe de travail VBG du cluster Protection ;", []),
        (
            "organise des ateliers de renforcement des capacités des organisations de femmes et de jeunes ;",
            [],
        ),
        ("accomplit toute autre tâche demandée par sa hiérarchie.", []),
    ]
    for text, subs in duties:
        doc.add_paragraph(text, style="List Bullet")
        for sub in subs:
            doc.add_paragraph(sub, style="List Bullet 2")

    doc.add_heading("3. Éléments d'apprentissage", level=1)
    doc.add_paragraph("À l'issue de l'affectation, le/la JPO aura acquis :")
    for text in [
        "la maîtrise de la programmation axée sur les résultats et des procédures d'ONU Femmes ;",
        "une connaissance approfondie de l'agenda Femmes, paix et sécurité ;",
        "une expérience de la coordination humanitaire (clusters, équipe humanitaire pays) ;",
        "les acquis du programme d'orientation des JPO et d'une formation financée par "
        "l'allocation de formation et de voyage (DTTA).",
    ]:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("4. Qualifications et expérience", level=1)
    doc.add_heading("Formation", level=2)
    doc.add_paragraph(
        "Master en études de genre, droit, sciences sociales, relations internationales ou "
        "domaine apparenté. Les étudiant·e·s encore inscrit·e·s en master ne sont pas "
        "éligibles."
    )
    doc.add_heading("Expérience", level=2)
    doc.add_paragraph(
        "Au moins deux ans d'expérience professionnelle pertinente dans les domaines du genre, "
        "de la protection ou des droits humains, dont une partie de préférence en Afrique "
        "centrale ou en contexte humanitaire."
    )
    doc.add_heading("Langues", level=2)
    doc.add_paragraph(
        "Maîtrise du français et de l'anglais (écrit et oral) exigée. La connaissance du "
        "norvégien n'est pas requise ; celle de l'arabe serait un atout pour les missions dans "
        "l'Extrême-Nord."
    )

    doc.add_heading("5. Compétences", level=1)
    for text in [
        "Intégrité",
        "Professionnalisme",
        "Respect de la diversité",
        "Sensibilité aux questions de genre",
        "Communication efficace",
        "Collaboration inclusive",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("6. Conditions générales du programme JPO de la Norvège", level=1)
    for text in [
        "Nationalité : norvégienne. Les personnes ayant également la nationalité camerounaise "
        "ne peuvent pas être affectées au Cameroun.",
        "Âge : 30 ans au plus à la date limite de candidature.",
        "Formation et expérience : un master et au moins deux ans d'expérience professionnelle "
        "pertinente ; à défaut, une licence (bachelor) et au moins quatre ans d'expérience "
        "pertinente.",
        "Langues : aucun certificat de langue n'est exigé.",
        "Les personnes ayant déjà occupé un poste de JPO ou d'expert·e associé·e, quel que soit "
        "le pays donateur, ne sont pas éligibles.",
        "Le programme norvégien publie un appel par an ; chaque candidat·e peut postuler à deux "
        "postes au maximum dans cet appel.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("7. Pièces à joindre", level=1)
    for text in [
        "CV en anglais ou en français ;",
        "Lettre de motivation ;",
        "Copie des diplômes ;",
        "Copie du passeport norvégien ;",
        "Coordonnées de deux référent·e·s professionnel·le·s.",
    ]:
        doc.add_paragraph(text, style="List Bullet")

    doc.add_heading("8. Comment postuler ?", level=1)
    doc.add_paragraph(
        "Les candidatures sont à soumettre via le portail de recrutement du ministère norvégien "
        "des Affaires étrangères au plus tard le vendredi 3 septembre 2027 à minuit. L'appel "
        "précédent, clos le 27 août 2026, ne concernait pas ce poste. Les entretiens se "
        "tiendront en octobre 2027. Le contrat initial est de 12 mois."
    )
    p = doc.add_paragraph()
    r = p.add_run(
        "ONU Femmes ne perçoit aucun frais, à quelque étape que ce soit du processus de recrutement."
    )
    r.italic = True

    buf = io.BytesIO()
    doc.save(buf)
    docx_fixed_zip(path, buf.getvalue())


def main():
    build_pdf(HERE / "eca_china_lusaka.pdf")
    build_docx(HERE / "onufemmes_norvege_yaounde.docx")


if __name__ == "__main__":
    main()
