"""Build the binary documents of this batch (deterministic output).

Run with the project's venv:  /work/main/.venv/bin/python make_binaries.py
Produces:
  undp_nuffic_celltables.docx  - corporate template where every section is a table
  unicef_enabel_niger.pdf      - French 2-page PDF with borderless label/value rows
"""

import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 2, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- DOCX ----
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def heading_row(table, text):
    cell = table.rows[0].cells[0]
    shade(cell, "1F4E79")
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def section(doc, text):
    """One-column table: shaded heading row + one body cell. Returns the body cell."""
    t = doc.add_table(rows=2, cols=1)
    t.style = "Table Grid"
    heading_row(t, text)
    doc.add_paragraph()  # spacer between section tables, as the template has
    return t.rows[1].cells[0]


def para(cell, text="", bold_label=None, first=False, style=None):
    p = cell.paragraphs[0] if first else cell.add_paragraph(style=style)
    if bold_label:
        p.add_run(bold_label).bold = True
    if text:
        p.add_run(text)
    return p


def bullets(cell, items, style="List Bullet"):
    for it in items:
        cell.add_paragraph(it, style=style)


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    cp.author = "UNDP Guyana - Operations"
    cp.last_modified_by = "UNDP Guyana - Operations"
    cp.title = "JPO ToR - Climate Finance and Adaptation"
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "UNDP  |  Junior Professional Officer Programme  |  Terms of Reference (template JPO-ToR v3.2)"
    fp = sec.footer.paragraphs[0]
    fp.text = "UNDP Guyana - Lot 42 Brickdam, Stabroek, Georgetown - www.undp.org/guyana"

    # Letterhead, itself a one-cell table
    lt = doc.add_table(rows=1, cols=1)
    lt.style = "Table Grid"
    c = lt.rows[0].cells[0]
    shade(c, "D9E2F3")
    p = c.paragraphs[0]
    r = p.add_run("United Nations Development Programme")
    r.bold = True
    r.font.size = Pt(14)
    p = c.add_paragraph()
    p.add_run("Empowered lives. Resilient nations.").italic = True
    c.add_paragraph("TERMS OF REFERENCE - JUNIOR PROFESSIONAL OFFICER (JPO)")
    doc.add_paragraph()

    # 1. Position information: nested facts table inside the body cell
    body = section(doc, "1. POSITION INFORMATION")
    para(body, "Please read the whole Terms of Reference before applying.", first=True)
    facts = body.add_table(rows=0, cols=2)
    facts.style = "Table Grid"
    rows = [
        ("Job title", ["Junior Professional Officer (JPO) \u2013 Climate Finance", "and Adaptation Analyst"]),
        ("Job Opening ID", ["UNDP-JPO-2026-0417"]),
        ("Nuffic file no.", ["NL-JPO/26/113"]),
        (
            "Bureau / Unit",
            [
                "Bureau for Policy and Programme Support (BPPS),",
                "Nature, Climate and Energy \u2013 Climate Finance Team",
            ],
        ),
        ("Country office", ["UNDP Guyana"]),
        ("Duty station", ["Georgetown, Guyana"]),
        ("Grade", ["P-2"]),
        ("Duration of assignment", ["2 years, with a possible third year on a cost-sharing basis"]),
        ("Supervisor", ["Climate Finance Specialist (P-4)"]),
        ("Sponsoring programme", ["Dutch JPO Programme at Nuffic"]),
    ]
    for label, lines in rows:
        cells = facts.add_row().cells
        shade(cells[0], "F2F2F2")
        cells[0].paragraphs[0].add_run(label).bold = True
        vp = cells[1].paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                vp.add_run().add_break(WD_BREAK.LINE)
            vp.add_run(line)
    para(
        body,
        "This vacancy is only open to candidates who meet the general conditions of the Dutch "
        "JPO Programme (section 7). Nationals of Guyana are not eligible for this post.",
    )

    body = section(doc, "2. BACKGROUND")
    para(
        body,
        "Guyana's Low Carbon Development Strategy 2030 sets out the country's plan to expand its "
        "forest-based climate services while investing in adaptation, in particular coastal "
        "protection, drainage and irrigation and climate-resilient livelihoods in hinterland "
        "communities. UNDP Guyana supports the Government in accessing international climate "
        "finance and in tracking public climate expenditure.",
        first=True,
    )
    para(
        body,
        "The Climate Finance Team manages a portfolio of USD 38 million, including two projects "
        "financed by the Green Climate Fund. The JPO will join a team of six colleagues and will "
        "work closely with the Ministry of Finance and the Office of Climate Change.",
    )

    body = section(doc, "3. WHAT WILL YOU BE DOING?")
    para(
        body,
        "Under the overall guidance of the Resident Representative and the direct supervision of "
        "the Climate Finance Specialist (P-4), the JPO will:",
        first=True,
    )
    bullets(
        body,
        [
            "Support the preparation of funding proposals to the Green Climate Fund, the Adaptation Fund and "
            "the Global Environment Facility, including theories of change, budgets and results frameworks;",
            "Contribute to the monitoring of the adaptation portfolio in hinterland and coastal regions, "
            "including field missions to Regions 1, 7 and 9;",
            "Carry out analysis of public climate expenditure and support the tagging of climate-relevant "
            "budget lines with the Ministry of Finance;",
            "Assist the Government in preparing the climate finance chapter of Guyana's next Biennial "
            "Transparency Report;",
            "Draft briefing notes, talking points, donor reports and knowledge products;",
            "Support partnership building with development banks, the private sector and village councils;",
            "Perform other duties as required.",
        ],
    )

    body = section(doc, "4. WHAT WILL YOU LEARN?")
    para(body, "Within the framework of the Dutch JPO Programme, the JPO will:", first=True)
    bullets(
        body,
        [
            "Gain in-depth knowledge of the international climate finance architecture and of the "
            "accreditation requirements of vertical funds;",
            "Acquire practical skills in results-based programme management under UNDP's Programme and "
            "Operations Policies and Procedures (POPP);",
            "Learn to work with government counterparts at national and regional level;",
            "Attend the UNDP JPO induction and a course funded from the Duty Travel and Training Allowance (DTTA);",
            "Build a professional network within the UN development system in the Caribbean.",
        ],
        style="List Number",
    )

    body = section(doc, "5. YOUR BACKGROUND SHOULD INCLUDE\u2026")
    para(
        body,
        "A Master's degree in economics, finance, environmental management, public policy or a "
        "related field.",
        bold_label="Education: ",
        first=True,
    )
    para(
        body,
        "At least two years and no more than four years of relevant professional experience in "
        "climate finance, public finance or environmental programme management. Experience in a "
        "developing country is an asset.",
        bold_label="Experience: ",
    )
    para(
        body,
        "Fluency in written and spoken English is required. A working knowledge of Spanish or "
        "Portuguese is desirable.",
        bold_label="Languages: ",
    )
    para(
        body,
        "Advanced Excel; familiarity with data visualisation tools (Power BI).",
        bold_label="IT skills: ",
    )

    body = section(doc, "6. COMPETENCIES")
    para(body, "UNDP core competencies:", first=True)
    bullets(
        body,
        [
            "Achieve Results: plans and monitors own work, pays attention to details, delivers quality work by deadline;",
            "Think Innovatively: open to creative ideas, known risks, is pragmatic problem solver;",
            "Learn Continuously: open minded and curious, shares knowledge, learns from mistakes;",
            "Adapt with Agility: adapts to change, constructively handles ambiguity;",
            "Act with Determination: shows drive and motivation, able to deliver calmly in the face of adversity;",
            "Engage and Partner: demonstrates compassion and understanding towards others;",
            "Enable Diversity and Inclusion: appreciates and respects differences, aware of unconscious bias.",
        ],
    )

    body = section(doc, "7. ARE YOU ELIGIBLE? \u2013 GENERAL CONDITIONS OF THE DUTCH JPO PROGRAMME")
    para(
        body,
        "The Dutch JPO Programme is implemented by Nuffic on behalf of the Ministry of Foreign "
        "Affairs of the Netherlands. You can apply if:",
        first=True,
    )
    bullets(
        body,
        [
            "You have the Dutch nationality, or the nationality of one of the following countries: Benin, "
            "Burkina Faso, Burundi, Ethiopia, Ghana, Indonesia, Mali, Mozambique, Niger, Rwanda, Senegal, "
            "Uganda or Yemen;",
            "You are 32 years of age or younger on 31 December 2026;",
            "You hold at least a Master's degree, or an equivalent degree at the same level;",
            "You have relevant paid work experience, as specified for this post in section 5;",
            "You have not previously worked as a JPO, Associate Expert or in a comparable position "
            "within the UN system;",
            "You apply for no more than two JPO vacancies per year.",
        ],
    )

    body = section(doc, "8. HOW TO APPLY")
    para(
        body,
        "Apply through the Nuffic online application system no later than Monday 9 March 2026, "
        "23:59 hrs Amsterdam time. This vacancy was published on 9 February 2026.",
        first=True,
    )
    para(body, "Your application must include:")
    bullets(
        body,
        [
            "A curriculum vitae in English (maximum two pages);",
            "A motivation letter in English addressing the requirements of this post;",
            "A copy of your Master's diploma and academic transcripts;",
            "A copy of a valid passport.",
        ],
    )
    para(
        body,
        "Incomplete applications will not be considered. Shortlisted candidates will be invited "
        "to an online interview in April 2026.",
    )

    # Signature table
    sig = doc.add_table(rows=4, cols=3)
    sig.style = "Table Grid"
    data = [
        ("Prepared by", "Cleared by", "Approved by"),
        (
            "Ms. Anjali Persaud\nClimate Finance Specialist (P-4)",
            "Mr. Joel Ramcharan\nDeputy Resident Representative",
            "Ms. Helena van Rijn\nResident Representative",
        ),
        ("Date: 2 February 2026", "Date: 3 February 2026", "Date: 4 February 2026"),
        ("Signature: ____________", "Signature: ____________", "Signature: ____________"),
    ]
    for i, row in enumerate(data):
        for j, val in enumerate(row):
            cell = sig.rows[i].cells[j]
            lines = val.split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p.add_run().add_break(WD_BREAK.LINE)
                run = p.add_run(line)
                if i == 0:
                    run.bold = True
            if i == 0:
                shade(cell, "D9D9D9")

    buf = io.BytesIO()
    doc.save(buf)
    rewrite_zip(buf.getvalue(), path)


def rewrite_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ----------------------------------------------------------------- PDF ----
class ToR(FPDF):
    def header(self):
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "UNICEF Niger - Termes de référence JPO", border=0)
        self.cell(
            0,
            5,
            "Programme belge des JPO (Enabel / BFIO)",
            border=0,
            align="R",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, "Page %d/{nb}" % self.page_no(), align="R")


def build_pdf(path):
    pdf = ToR(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_author("UNICEF Niger")
    pdf.set_title("TdR JPO Protection de l'enfance")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def text(t, size=10, style="", h=5):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(W, h, t, new_x="LMARGIN", new_y="NEXT")

    def heading(t):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(W, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def row(label, value, lw=60):
        pdf.set_font("Helvetica", "", 10)
        n = len(pdf.multi_cell(W - lw, 5, value, dry_run=True, output="LINES"))
        if pdf.get_y() + 5 * n > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 10)
        y = pdf.get_y()
        pdf.cell(lw, 5, label, border=0)
        pdf.set_xy(pdf.l_margin + lw, y)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(W - lw, 5, value, border=0, new_x="LMARGIN", new_y="NEXT")

    def bullet_list(items):
        pdf.set_font("Helvetica", "", 10)
        for it in items:
            y = pdf.get_y()
            pdf.cell(6, 5, "-")
            pdf.set_xy(pdf.l_margin + 6, y)
            pdf.multi_cell(W - 6, 5, it, new_x="LMARGIN", new_y="NEXT")

    # Letterhead before the real title
    text("ROYAUME DE BELGIQUE - Coopération belge au développement", 9, "B")
    text(
        "Programme des Junior Professional Officers géré par Enabel pour le SPF Affaires étrangères (BFIO)", 9
    )
    pdf.ln(4)
    text("TERMES DE RÉFÉRENCE", 12, "B")
    text("Administrateur(trice) de programme adjoint(e) (JPO), Protection de l'enfance", 13, "B", 6)
    text("Classe : P-2 | Durée : 2 ans | Clôture : 16 mars 2026", 10, "I")
    pdf.ln(3)
    for label, value in [
        ("N° de poste", "UNICEF-NER-JPO-2026-002"),
        ("Réf. Enabel", "BEL-JPO-26-117"),
        ("Organisation", "UNICEF - Fonds des Nations Unies pour l'enfance"),
        ("Section", "Protection de l'enfance, Bureau de pays du Niger"),
        ("Ville", "Niamey"),
        ("Pays", "Niger"),
        ("Classe", "P-2"),
        ("Durée", "2 ans"),
        ("Supervision", "Chef(fe) de la Section Protection de l'enfance (P-4)"),
        ("Pays donateur", "Belgique"),
    ]:
        row(label, value)

    heading("Contexte")
    text(
        "Au Niger, plus de la moitié de la population a moins de 15 ans. Les mariages d'enfants, les "
        "violences basées sur le genre et les déplacements liés à l'insécurité dans les régions de "
        "Tillabéri, Tahoua et Diffa exposent des centaines de milliers d'enfants à des risques de "
        "protection. Le programme Protection de l'enfance de l'UNICEF appuie le ministère de la Promotion "
        "de la femme et de la Protection de l'enfant dans le renforcement du système de protection, "
        "l'enregistrement des naissances et la prise en charge des enfants associés aux groupes armés."
    )

    heading("Quelles seront vos responsabilités ?")
    bullet_list(
        [
            "Appuyer la planification, le suivi et le rapportage des interventions de protection de l'enfance "
            "dans les régions de Tillabéri et de Tahoua ;",
            "Contribuer à la gestion de l'information du domaine de responsabilité Protection de l'enfance "
            "(cartographie 4W, tableaux de bord, notes de situation) ;",
            "Participer à l'élaboration et au suivi des accords de programme avec les ONG partenaires ;",
            "Appuyer le renforcement des capacités des services sociaux et des acteurs communautaires en "
            "gestion de cas ;",
            "Contribuer à la documentation des bonnes pratiques et à la préparation de rapports aux bailleurs, "
            "y compris la Coopération belge ;",
            "Participer aux missions conjointes de suivi sur le terrain, dans le respect des règles de sécurité ;",
            "Exécuter toute autre tâche confiée par la superviseure.",
        ]
    )

    heading("Ce que vous apprendrez")
    bullet_list(
        [
            "La programmation de l'UNICEF fondée sur les droits de l'enfant et la gestion axée sur les résultats ;",
            "La coordination humanitaire et le fonctionnement des domaines de responsabilité ;",
            "La négociation avec les partenaires gouvernementaux et les ONG ;",
            "L'utilisation de l'allocation de formation et de voyage (DTTA) pour un cours de spécialisation.",
        ]
    )

    heading("Profil recherché")
    row(
        "Formation",
        "Master en sciences sociales, droit, psychologie, travail social ou domaine "
        "apparenté. Un diplôme universitaire de premier cycle assorti de deux années "
        "supplémentaires d'expérience pertinente peut être accepté à la place du master.",
    )
    row("Expérience professionnelle (min.)", "2 à 5 ans, dont une partie dans un pays en développement.")
    row("Langues", "Maîtrise du français et de l'anglais requise. La connaissance du haoussa est un atout.")

    heading("Compétences (cadre de compétences de l'UNICEF)")
    bullet_list(
        [
            "Établit et entretient des partenariats",
            "Fait preuve de conscience de soi et de conscience éthique",
            "Vise l'obtention de résultats ayant un impact",
            "Innove et accepte le changement",
            "Gère l'ambiguïté et la complexité",
            "Pense et agit de manière stratégique",
            "Travaille en collaboration avec les autres",
        ]
    )

    heading("Êtes-vous éligible ? Conditions générales du programme belge")
    text(
        "Pour être candidat(e), vous devez être de nationalité belge, être âgé(e) de 30 ans au maximum à "
        "la date de clôture de l'appel et être titulaire d'un master (ou avoir rempli la condition de "
        "remplacement indiquée ci-dessus). Les ressortissant(e)s nigérien(ne)s ne sont pas éligibles à ce "
        "poste."
    )

    heading("Comment postuler ?")
    text(
        "Le dossier complet, composé d'un CV en français ou en anglais, d'une lettre de motivation d'une "
        "page et d'une copie du diplôme de master, doit être introduit via le site d'Enabel au plus tard "
        "le lundi 16 mars 2026 à 23h59 (heure belge). Date de publication : 16 février 2026."
    )
    text(
        "Seul(e)s les candidat(e)s présélectionné(e)s seront contacté(e)s pour un test écrit et un entretien."
    )
    pdf.output(path)


if __name__ == "__main__":
    build_docx(os.path.join(HERE, "undp_nuffic_celltables.docx"))
    build_pdf(os.path.join(HERE, "unicef_enabel_niger.pdf"))
    print("ok")
