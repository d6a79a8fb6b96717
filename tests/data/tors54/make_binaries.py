"""Build the binary test documents of this folder, byte-for-byte deterministic.

    /work/main/.venv/bin/python make_binaries.py

Writes:
  ddc_onuhabitat_portauprince_2up.pdf  French ToR printed "2-up" (booklet style): each landscape
                                       sheet holds two portrait pages side by side, each with its
                                       own running header and page number; reading order is
                                       left page -> right page -> next sheet.
  nuffic_ocha_suva.docx                English ToR: facts table, heading styles, List Number /
                                       List Bullet lists, a competency table with a header row.
"""

import io
import os
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2026, 3, 20, 9, 0, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------------------
# 1. Booklet (2-up) PDF: Swiss JPO programme, UN-Habitat Port-au-Prince (French)
# ---------------------------------------------------------------------------
# Flow items: ("letterhead", text) ("title", text) ("row", label, value) ("h", text)
#             ("p", text) ("b", text)  bullet  ("n", num, text) numbered ("gap",)
BOOKLET = [
    ("letterhead", "Confédération suisse"),
    ("letterhead", "Département fédéral des affaires étrangères DFAE"),
    ("letterhead", "Direction du développement et de la coopération DDC"),
    ("letterhead", "Programme suisse des Administrateurs auxiliaires (JPO)"),
    ("gap",),
    ("title", "TERMES DE RÉFÉRENCE"),
    ("subtitle", "ONU-Habitat - Programme des Nations Unies pour les établissements humains"),
    ("gap",),
    ("row", "Intitulé du poste", "Administrateur auxiliaire (JPO) en résilience urbaine et reconstruction"),
    ("row", "Référence ONU-Habitat", "HAB/JPO/HTI/2026/02"),
    ("row", "N° de dossier DDC", "7F-11456.01"),
    ("row", "Organisation", "ONU-Habitat"),
    ("row", "Unité", "Bureau de pays pour Haïti, Programme Reconstruction, Logement et Services urbains"),
    ("row", "Lieu d'affectation", "Port-au-Prince, Haïti"),
    ("row", "Classe", "P-2"),
    ("row", "Durée", "1 an, renouvelable une fois sous réserve de performance satisfaisante"),
    ("row", "Pays donateur", "Suisse"),
    ("row", "Délai de candidature", "12 avril 2026, 23h59 (heure de Berne)"),
    ("gap",),
    ("h", "1. Contexte"),
    (
        "p",
        "Depuis le séisme de 2010 et celui de 2021 dans le Grand Sud, ONU-Habitat accompagne le "
        "Ministère des Travaux publics, Transports et Communications (MTPTC) et les municipalités "
        "de la zone métropolitaine de Port-au-Prince dans la reconstruction des quartiers précaires, "
        "l'évaluation des bâtiments et la réduction des risques urbains. La crise sécuritaire a "
        "provoqué le déplacement de plus de 700 000 personnes; les sites d'hébergement et les "
        "quartiers d'accueil exigent aujourd'hui des réponses combinant logement, services de base "
        "et cohésion sociale. Le programme Reconstruction, Logement et Services urbains compte "
        "dix-neuf personnes et un portefeuille de 21 millions USD, financé notamment par la Suisse, "
        "l'Union européenne et la Banque mondiale.",
    ),
    ("h", "2. Supervision"),
    (
        "p",
        "Le/la JPO travaillera sous la supervision directe du Chef de programme (P-5) et en étroite "
        "collaboration avec l'ingénieure responsable des évaluations de bâtiments. Un plan de travail "
        "sera établi au cours du premier mois et revu tous les six mois.",
    ),
    ("h", "3. Tâches et responsabilités"),
    (
        "b",
        "Appuyer la planification et le suivi des activités de réhabilitation de quartiers à "
        "Carrefour-Feuilles, Martissant et Delmas, y compris les plans de travail et les budgets;",
    ),
    (
        "b",
        "Contribuer à l'élaboration de profils de quartiers et de plans d'action communautaires, "
        "en lien avec les comités de quartier et les mairies;",
    ),
    (
        "b",
        "Participer à la conception d'outils de cartographie des risques urbains et à la mise à jour "
        "de la base de données des bâtiments évalués;",
    ),
    ("b", "Préparer des notes techniques, des rapports aux bailleurs et des propositions de projets;"),
    (
        "b",
        "Assurer la liaison avec le Groupe de travail Abris et le Groupe de travail Logement, Terre "
        "et Propriété;",
    ),
    (
        "b",
        "Organiser des ateliers de formation pour les techniciens municipaux sur la construction "
        "parasismique et paracyclonique;",
    ),
    ("b", "Exécuter toute autre tâche confiée par le superviseur."),
    ("h", "4. Formation et apprentissage"),
    (
        "b",
        "Connaissance approfondie des approches de reconstruction et de résilience urbaine dans un "
        "contexte de crise prolongée;",
    ),
    ("b", "Maîtrise du cycle de projet et des procédures d'ONU-Habitat;"),
    ("b", "Expérience de la coordination humanitaire et du dialogue avec les autorités locales;"),
    (
        "b",
        "Participation au séminaire d'introduction des JPO suisses à Berne et à une formation "
        "d'ONU-Habitat à Nairobi.",
    ),
    ("h", "5. Qualifications"),
    (
        "p",
        "Formation : master en urbanisme, architecture, génie civil, géographie, développement "
        "international ou domaine apparenté. Un diplôme de bachelor assorti de deux années "
        "d'expérience professionnelle supplémentaires peut être accepté en lieu et place du master.",
    ),
    (
        "p",
        "Expérience : au minimum deux ans d'expérience professionnelle pertinente, dont une partie "
        "dans un pays en développement.",
    ),
    (
        "p",
        "Langues : maîtrise du français et de l'anglais, à l'écrit comme à l'oral. La connaissance du "
        "créole haïtien est un atout.",
    ),
    ("h", "6. Compétences"),
    ("b", "Professionnalisme"),
    ("b", "Travail en équipe"),
    ("b", "Planification et organisation"),
    ("b", "Communication"),
    ("b", "Souci du client"),
    ("h", "7. Conditions d'éligibilité du programme suisse"),
    (
        "p",
        "Le programme suisse des JPO est ouvert aux personnes de nationalité suisse âgées de 30 ans "
        "au plus au 31 décembre 2026. Un master (ou un bachelor avec l'expérience indiquée ci-dessus) "
        "est exigé. Les candidat(e)s doivent pouvoir entrer en fonction au plus tard en octobre 2026.",
    ),
    ("h", "8. Dossier de candidature"),
    ("n", "1.", "Lettre de motivation en français (deux pages au maximum);"),
    ("n", "2.", "Curriculum vitae;"),
    ("n", "3.", "Copie des diplômes universitaires;"),
    ("n", "4.", "Deux références professionnelles avec leurs coordonnées."),
    ("h", "9. Procédure"),
    (
        "p",
        "Les candidatures sont à déposer sur le portail de recrutement de la DDC au plus tard le "
        "12 avril 2026 à 23h59 (heure de Berne). Les entretiens avec ONU-Habitat et la DDC auront "
        "lieu en mai 2026. Seules les personnes présélectionnées seront contactées.",
    ),
    ("h", "10. Ce que nous offrons"),
    (
        "p",
        "Les JPO sont engagé(e)s par ONU-Habitat selon le Statut et Règlement du personnel des "
        "Nations Unies et reçoivent le traitement et les prestations d'un fonctionnaire de la "
        "catégorie professionnelle de même classe. La DDC prend en charge l'ensemble des coûts du "
        "poste, y compris un budget de formation et de voyage (DTTA) et une semaine de préparation "
        "en Suisse avant le départ. Port-au-Prince est un lieu d'affectation déconseillé aux "
        "familles; des règles de sécurité strictes s'appliquent aux déplacements dans la ville.",
    ),
    (
        "p",
        "La DDC encourage les candidatures de personnes de toutes les régions linguistiques de la "
        "Suisse, ainsi que celles de personnes en situation de handicap.",
    ),
    ("h", "11. Protection des données"),
    (
        "p",
        "Les données personnelles transmises sont traitées par la DDC et par ONU-Habitat aux seules "
        "fins de la présente procédure de sélection. Elles sont détruites à l'issue de la procédure, "
        "sauf accord exprès de la personne candidate pour leur conservation.",
    ),
    ("h", "12. Contact"),
    (
        "p",
        "Secrétariat du programme JPO, Direction du développement et de la coopération DDC, "
        "Eichenweg 5, 3003 Berne - jpo@eda.admin.ch. Pour toute question relative au poste, "
        "veuillez vous adresser au bureau d'ONU-Habitat en Haïti (habitat-haiti@un.org).",
    ),
]

SHEET_W, SHEET_H = 297.0, 210.0
HALF = SHEET_W / 2
MARGIN = 15.0  # inner margin of each half page
TEXT_W = HALF - 2 * MARGIN
TOP, BOTTOM = 22.0, 188.0
LH = 4.6  # body line height
LABEL_W = 38.0


class Booklet:
    def __init__(self):
        pdf = FPDF(orientation="L", unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_creation_date(FIXED)
        pdf.set_producer("make_binaries")
        pdf.set_creator("make_binaries")
        pdf.set_title("Termes de reference JPO - ONU-Habitat Port-au-Prince")
        pdf.set_author("DDC - Programme JPO")
        self.pdf = pdf
        self.page_no = 0  # logical (portrait) page number
        self.x0 = 0.0
        self.y = TOP
        self.new_half()

    def new_half(self):
        pdf = self.pdf
        if self.page_no % 2 == 0:
            pdf.add_page()
            self.x0 = 0.0
        else:
            self.x0 = HALF
            # thin fold line between the two pages
            pdf.set_draw_color(200, 200, 200)
            pdf.set_line_width(0.1)
            pdf.line(HALF, 8, HALF, SHEET_H - 8)
        self.page_no += 1
        # running header of the logical page
        pdf.set_font("Helvetica", "I", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(self.x0 + MARGIN, 10)
        pdf.cell(TEXT_W / 2, 4, "DDC - Programme JPO 2026", align="L")
        pdf.cell(TEXT_W / 2, 4, "ONU-Habitat Haïti", align="R")
        pdf.set_draw_color(150, 150, 150)
        pdf.line(self.x0 + MARGIN, 15, self.x0 + HALF - MARGIN, 15)
        # page number at the bottom of the logical page
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(self.x0 + MARGIN, 196)
        pdf.cell(TEXT_W, 4, f"- {self.page_no} -", align="C")
        pdf.set_text_color(0, 0, 0)
        self.y = TOP

    def lines(self, text, w, style="", size=9.5):
        self.pdf.set_font("Helvetica", style, size)
        return self.pdf.multi_cell(w, LH, text, dry_run=True, output="LINES")

    def need(self, h):
        if self.y + h > BOTTOM:
            self.new_half()

    def put(self, x, text, w, style="", size=9.5, align="L"):
        pdf = self.pdf
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(self.x0 + x, self.y)
        pdf.cell(w, LH, text, align=align)

    def flow_lines(self, lines, indent, style="", first_prefix=None):
        for i, ln in enumerate(lines):
            self.need(LH)
            if i == 0 and first_prefix:
                self.put(MARGIN + indent - 4.5, first_prefix, 4.5, style)
            self.put(MARGIN + indent, ln, TEXT_W - indent, style)
            self.y += LH

    def render(self, items):
        for it in items:
            kind = it[0]
            if kind == "gap":
                self.y += 3
            elif kind == "letterhead":
                self.need(LH)
                self.put(MARGIN, it[1], TEXT_W, "B" if "DDC" in it[1] else "", 8.5)
                self.y += 4.2
            elif kind == "title":
                self.need(8)
                self.put(MARGIN, it[1], TEXT_W, "B", 13, "C")
                self.y += 7
            elif kind == "subtitle":
                for ln in self.lines(it[1], TEXT_W, "I", 9):
                    self.need(LH)
                    self.put(MARGIN, ln, TEXT_W, "I", 9, "C")
                    self.y += LH
            elif kind == "row":
                lab = self.lines(it[1], LABEL_W, "B", 9)
                val = self.lines(it[2], TEXT_W - LABEL_W, "", 9.5)
                n = max(len(lab), len(val))
                self.need(n * LH)
                for i in range(n):
                    if i < len(lab):
                        self.put(MARGIN, lab[i], LABEL_W, "B", 9)
                    if i < len(val):
                        self.put(MARGIN + LABEL_W, val[i], TEXT_W - LABEL_W)
                    self.y += LH
                self.y += 0.8
            elif kind == "h":
                self.y += 2
                self.need(LH * 3 + 1)  # keep with the next two lines
                self.put(MARGIN, it[1], TEXT_W, "B", 10.5)
                self.y += LH + 1
            elif kind == "p":
                self.flow_lines(self.lines(it[1], TEXT_W), 0)
                self.y += 1.5
            elif kind == "b":
                self.flow_lines(self.lines(it[1], TEXT_W - 5), 5, first_prefix="-")
                self.y += 0.6
            elif kind == "n":
                self.flow_lines(self.lines(it[2], TEXT_W - 6), 6, first_prefix=it[1])
                self.y += 0.6
        return self.pdf


def build_booklet(path):
    pdf = Booklet().render(BOOKLET)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 2. DOCX: Dutch JPO Programme (Nuffic), OCHA Suva
# ---------------------------------------------------------------------------
def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "OCHA ROPI"
    cp.last_modified_by = "OCHA ROPI"
    cp.title = "JPO Terms of Reference - OCHA Suva"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.revision = 1
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)

    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    p = doc.add_paragraph()
    r = p.add_run("United Nations Office for the Coordination of Humanitarian Affairs")
    r.bold = True
    doc.add_paragraph("Regional Office for the Pacific Islands  |  Suva")
    doc.add_paragraph("Dutch JPO Programme - Vacancy 2026")

    doc.add_paragraph(
        "Associate Humanitarian Affairs Officer (Anticipatory Action and Preparedness)", style="Title"
    )

    facts = [
        ("Job Opening ID", "254117"),
        ("Nuffic reference", "NL-JPO-2026-031"),
        ("Organization", "United Nations Office for the Coordination of Humanitarian Affairs (OCHA)"),
        ("Unit", "Coordination Unit, Regional Office for the Pacific Islands (ROPI)"),
        ("City", "Suva"),
        ("Country", "Fiji"),
        ("Grade", "P-1 or P-2, depending on experience"),
        ("Duration of assignment", "2 years"),
        ("Sponsor", "The Netherlands - Dutch JPO Programme at Nuffic"),
        ("Closing date", "26 April 2026, 23:59 hrs Fiji Time"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in facts:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = v

    doc.add_paragraph(
        "Note: this position was advertised earlier with a closing date of 8 February 2026 and was not "
        "filled. Candidates who applied then are encouraged to submit a new application."
    )

    doc.add_heading("Background", level=1)
    doc.add_paragraph(
        "The OCHA Regional Office for the Pacific Islands supports Pacific governments and the Pacific "
        "Humanitarian Team in fourteen countries and territories exposed to tropical cyclones, floods, "
        "drought, earthquakes and sea-level rise. Since 2023 the office has led the development of "
        "anticipatory action frameworks in Fiji, Vanuatu and Tonga, linking forecasts to pre-arranged "
        "financing from the Central Emergency Response Fund. The office has 21 staff in Suva and a "
        "liaison presence in Port Vila."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph(
        "Under the direct supervision of the Head of the Coordination Unit (P-4), the JPO will:"
    )
    for d in [
        "Support the design, testing and review of anticipatory action frameworks for tropical cyclones "
        "and drought, including triggers, pre-agreed activities and financing;",
        "Maintain contingency plans and preparedness checklists of the Pacific Humanitarian Team;",
        "Draft situation reports, flash updates and briefing notes during emergencies;",
        "Support inter-cluster coordination meetings and follow up on action points;",
        "Contribute to simulation exercises with national disaster management offices;",
        "Compile and analyse humanitarian data for the regional preparedness dashboard;",
        "Undertake other tasks as required by the supervisor.",
    ]:
        doc.add_paragraph(d, style="List Number")

    doc.add_heading("What will you learn?", level=1)
    for d in [
        "Humanitarian coordination architecture and OCHA's role in sudden-onset emergencies;",
        "Design of forecast-based financing and anticipatory action;",
        "Working with Pacific governments and regional organizations such as the Pacific Islands Forum;",
        "Emergency deployment: the JPO may join an UNDAC or surge mission in the region.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Qualifications", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "Master's degree in international relations, disaster risk management, political science, "
        "geography, social sciences or a related field."
    )
    doc.add_heading("Work experience", level=2)
    doc.add_paragraph(
        "A minimum of two and a maximum of five years of relevant work experience in humanitarian "
        "affairs, disaster risk management or a related area."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph("Fluency in English is required. Knowledge of French is an asset.")

    doc.add_heading("Competencies", level=1)
    ct = doc.add_table(rows=1, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].text = "Competency"
    ct.rows[0].cells[1].text = "What it means in this post"
    for c in ct.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for k, v in [
        (
            "Professionalism",
            "Knowledge of humanitarian principles and coordination tools; remains calm under pressure.",
        ),
        ("Planning and organizing", "Develops clear goals and uses time efficiently during emergencies."),
        ("Communication", "Writes clearly and concisely; tailors messages to the audience."),
        ("Teamwork", "Works collaboratively with colleagues and partners to achieve goals."),
        ("Client orientation", "Considers all those served as clients, including governments."),
    ]:
        row = ct.add_row().cells
        row[0].text = k
        row[1].text = v

    doc.add_heading("General conditions of the Dutch JPO Programme", level=1)
    doc.add_paragraph(
        "The programme is open to candidates with Dutch nationality and to nationals of the following "
        "countries: Bangladesh, Benin, Burkina Faso, Ethiopia, Ghana, Indonesia, Kenya, Mali, "
        "Mozambique, Rwanda, Uganda and Yemen. Nationals of Fiji are not eligible for this position."
    )
    doc.add_paragraph(
        "Candidates must not yet be 33 years old on the closing date of this vacancy and must hold a "
        "Master's degree. Candidates who have previously held a JPO position are not eligible."
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Submit your application through the Nuffic JPO portal before the closing date. "
        "Upload the following documents:"
    )
    for d in [
        "A motivation letter in English (maximum one page);",
        "Your CV in English (maximum two pages);",
        "A copy of your Master's diploma.",
    ]:
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph("Only shortlisted candidates will be contacted.")

    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps and a fixed member order
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


if __name__ == "__main__":
    build_booklet(os.path.join(HERE, "ddc_onuhabitat_portauprince_2up.pdf"))
    build_docx(os.path.join(HERE, "nuffic_ocha_suva.docx"))
    print("ok")
