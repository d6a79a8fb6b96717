"""Build the two binary ToRs of this folder, byte-for-byte deterministic.

    /work/main/.venv/bin/python make_binaries.py

- oim_belgique_lubumbashi_fr.docx  (python-docx: Word document with section breaks,
  per-section headers/footers, a landscape section and typed numbered headings)
- unesco_aecid_lahabana_es.pdf     (fpdf2: "exported from Word" look: cover page with a
  table of contents and dot leaders, running header/footer, footnotes at page bottom)
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Pt
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FIXED = dt.datetime(2026, 9, 14, 8, 30, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2026, 9, 14, 8, 30, 0)
PDF_FIXED = dt.datetime(2027, 5, 12, 10, 0, 0, tzinfo=dt.timezone.utc)


# ---------------------------------------------------------------- DOCX ----


def _docx_save_deterministic(doc, path):
    cp = doc.core_properties
    cp.author = "OIM RDC - Ressources humaines"
    cp.last_modified_by = "OIM RDC"
    cp.title = "TdR JPO - Lubumbashi"
    cp.subject = ""
    cp.keywords = ""
    cp.comments = ""
    cp.category = ""
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n))
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def _set_header_footer(section, header_text, footer_text):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    section.header.paragraphs[0].text = header_text
    section.footer.paragraphs[0].text = footer_text


def _bold_label_table(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        lines = value if isinstance(value, list) else [value]
        cells[1].paragraphs[0].add_run(lines[0])
        for extra in lines[1:]:
            cells[1].add_paragraph(extra)
    return table


def build_docx():
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    # --- section 1: cover page -------------------------------------------
    s1 = doc.sections[0]
    _set_header_footer(
        s1,
        "OIM \u2022 Organisation internationale pour les migrations \u2013 Mission en R\u00e9publique d\u00e9mocratique du Congo",
        "Programme belge des Jeunes Experts Associ\u00e9s \u2013 appel 2026",
    )
    doc.add_paragraph("Termes de r\u00e9f\u00e9rence", style="Title")
    doc.add_paragraph(
        "Jeune Expert Associ\u00e9 (JPO) \u2013 Programme belge financ\u00e9 par la Direction g\u00e9n\u00e9rale "
        "Coop\u00e9ration au d\u00e9veloppement et Aide humanitaire (DGD) et g\u00e9r\u00e9 par Enabel",
        style="Subtitle",
    )
    doc.add_paragraph(
        "Organisation internationale pour les migrations (OIM / IOM) \u2013 Sous-bureau de Lubumbashi"
    )
    doc.add_paragraph("Suivi du document", style="Heading 3")
    vt = doc.add_table(rows=1, cols=3)
    vt.style = "Table Grid"
    for cell, txt in zip(vt.rows[0].cells, ["Version", "Date", "Statut"]):
        cell.paragraphs[0].add_run(txt).bold = True
    for row in [
        ("v1", "28/07/2026", "Projet soumis \u00e0 Enabel"),
        ("v2", "02/09/2026", "Observations d'Enabel int\u00e9gr\u00e9es"),
        ("v3", "14/09/2026", "Version finale pour publication"),
    ]:
        cells = vt.add_row().cells
        for cell, txt in zip(cells, row):
            cell.paragraphs[0].add_run(txt)

    # --- section 2: post information, context, duties, learning ------------
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    _set_header_footer(
        s2,
        "TdR JPO \u2013 OIM Lubumbashi \u2013 SVN 2026/117",
        "Termes de r\u00e9f\u00e9rence \u2013 version finale (v3)",
    )
    doc.add_paragraph("1. Informations sur le poste", style="Heading 1")
    _bold_label_table(
        doc,
        [
            (
                "Intitul\u00e9 du poste",
                "Charg\u00e9(e) de projet adjoint(e) \u2013 Mobilit\u00e9 transfrontali\u00e8re et gestion des fronti\u00e8res",
            ),
            ("R\u00e9f\u00e9rence de l'avis", "SVN 2026/117"),
            ("R\u00e9f\u00e9rence Enabel", "BEL-JPO-2026-19"),
            (
                "Lieu d'affectation",
                ["Lubumbashi (province du Haut-Katanga)", "R\u00e9publique d\u00e9mocratique du Congo"],
            ),
            ("Classe", "P-2"),
            ("Dur\u00e9e", "2 ans (24 mois)"),
            ("Type de contrat", "Engagement de dur\u00e9e d\u00e9termin\u00e9e (JPO)"),
            ("Supervision", "Chef du sous-bureau de Lubumbashi (P-4)"),
            ("Date de publication", "14 septembre 2026"),
            ("Date limite de candidature", "5 octobre 2026, 23h59 (heure belge)"),
        ],
    )

    doc.add_paragraph("2. Contexte organisationnel", style="Heading 1")
    doc.add_paragraph(
        "Le sous-bureau de l'OIM \u00e0 Lubumbashi couvre les provinces du Haut-Katanga et du Lualaba, "
        "o\u00f9 transitent chaque jour des milliers de voyageurs, de commer\u00e7ants et de travailleurs "
        "migrants vers la Zambie, notamment par le poste fronti\u00e8re de Kasumbalesa. L'OIM y appuie la "
        "Direction g\u00e9n\u00e9rale de migration (DGM) dans la gestion int\u00e9gr\u00e9e des fronti\u00e8res, la "
        "sant\u00e9 aux fronti\u00e8res et la protection des migrants vuln\u00e9rables. Ce poste de JPO a \u00e9t\u00e9 "
        "cr\u00e9\u00e9 en remplacement d'un poste d'administrateur de programme (P-3) supprim\u00e9 en 2025."
    )

    doc.add_paragraph("3. Responsabilit\u00e9s et attributions", style="Heading 1")
    doc.add_paragraph(
        "Sous la supervision directe du Chef du sous-bureau et en coordination avec l'unit\u00e9 Gestion "
        "de l'immigration et des fronti\u00e8res de Kinshasa, le/la JPO :"
    )
    doc.add_paragraph("3.1 Gestion de projets", style="Heading 2")
    for t in [
        "appuie la mise en \u0153uvre, le suivi budg\u00e9taire et le rapportage de deux projets de gestion des fronti\u00e8res financ\u00e9s par l'Union europ\u00e9enne et la Belgique ;",
        "pr\u00e9pare les plans de travail trimestriels et suit les indicateurs des cadres de r\u00e9sultats ;",
        "contribue \u00e0 la r\u00e9daction de nouvelles propositions de projets.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph("3.2 Gestion des fronti\u00e8res et mobilit\u00e9", style="Heading 2")
    for t in [
        "appuie la collecte et l'analyse des donn\u00e9es de suivi des flux (DTM) aux postes fronti\u00e8res de Kasumbalesa et de Mokambo ;",
        "organise des formations pour les agents de la DGM sur la gestion des fronti\u00e8res et les droits des migrants ;",
        "contribue aux activit\u00e9s de sant\u00e9 aux fronti\u00e8res et de pr\u00e9paration aux \u00e9pid\u00e9mies.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph("3.3 Partenariats et rapports", style="Heading 2")
    for t in [
        "entretient les relations avec les autorit\u00e9s provinciales, les services frontaliers zambiens et les partenaires ;",
        "r\u00e9dige des rapports de situation, des notes d'information et des contributions aux rapports aux donateurs.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_paragraph("4. \u00c9l\u00e9ments d'apprentissage", style="Heading 1")
    doc.add_paragraph("Au terme de son affectation, le/la JPO aura acquis :")
    for t in [
        "une exp\u00e9rience pratique de la gestion de projets de l'OIM, du budget au rapport final ;",
        "une connaissance approfondie de la gestion int\u00e9gr\u00e9e des fronti\u00e8res et des normes internationales applicables ;",
        "l'exp\u00e9rience de la coordination avec les autorit\u00e9s nationales et provinciales ;",
        "des comp\u00e9tences en analyse de donn\u00e9es de mobilit\u00e9.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    # --- section 3: landscape annex with values and competencies ------------
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.LANDSCAPE
    s3.page_width, s3.page_height = s3.page_height, s3.page_width
    _set_header_footer(
        s3,
        "TdR JPO \u2013 OIM Lubumbashi \u2013 Cadre de valeurs et de comp\u00e9tences",
        "Termes de r\u00e9f\u00e9rence \u2013 version finale (v3)",
    )
    doc.add_paragraph("5. Valeurs et comp\u00e9tences", style="Heading 1")
    doc.add_paragraph(
        "Les candidat(e)s seront \u00e9valu\u00e9(e)s au regard du cadre de comp\u00e9tences de l'OIM. "
        "Les valeurs s'appliquent \u00e0 l'ensemble du personnel ; les comp\u00e9tences de base font "
        "l'objet de l'entretien."
    )
    ct = doc.add_table(rows=1, cols=2)
    ct.style = "Table Grid"
    ct.rows[0].cells[0].paragraphs[0].add_run("Valeurs").bold = True
    ct.rows[0].cells[1].paragraphs[0].add_run("Comp\u00e9tences de base").bold = True
    for v, c in [
        ("Inclusion et respect de la diversit\u00e9", "Travail en \u00e9quipe"),
        ("Int\u00e9grit\u00e9 et transparence", "Obtention de r\u00e9sultats"),
        ("Professionnalisme", "Gestion et partage des connaissances"),
        ("Courage", "Responsabilisation"),
        ("Empathie", "Communication"),
    ]:
        cells = ct.add_row().cells
        cells[0].paragraphs[0].add_run(v)
        cells[1].paragraphs[0].add_run(c)

    # --- section 4: qualifications, programme conditions, application -------
    s4 = doc.add_section(WD_SECTION.NEW_PAGE)
    s4.orientation = WD_ORIENT.PORTRAIT
    s4.page_width, s4.page_height = s4.page_height, s4.page_width
    _set_header_footer(
        s4,
        "TdR JPO \u2013 OIM Lubumbashi \u2013 Profil et modalit\u00e9s de candidature",
        "Enabel \u2013 Agence belge de d\u00e9veloppement \u2013 rue Haute 147, 1000 Bruxelles",
    )
    doc.add_paragraph("6. Qualifications requises", style="Heading 1")
    doc.add_paragraph("6.1 Formation", style="Heading 2")
    doc.add_paragraph(
        "Master en sciences politiques, droit, relations internationales, \u00e9tudes migratoires ou "
        "domaine apparent\u00e9, avec deux ans d'exp\u00e9rience professionnelle pertinente ; ou dipl\u00f4me "
        "universitaire de premier cycle dans l'un de ces domaines, avec quatre ans d'exp\u00e9rience "
        "professionnelle pertinente."
    )
    doc.add_paragraph("6.2 Exp\u00e9rience", style="Heading 2")
    doc.add_paragraph(
        "Au moins deux ans d'exp\u00e9rience professionnelle pertinente (quatre ans pour les titulaires "
        "d'un dipl\u00f4me de premier cycle) en gestion de projets, migration, gestion des fronti\u00e8res "
        "ou protection. Une exp\u00e9rience en Afrique centrale ou australe est un atout."
    )
    doc.add_paragraph("6.3 Langues", style="Heading 2")
    doc.add_paragraph(
        "La ma\u00eetrise du fran\u00e7ais et de l'anglais est indispensable. La connaissance du swahili "
        "est un atout."
    )

    doc.add_paragraph("7. Conditions d'\u00e9ligibilit\u00e9 du Programme belge JPO", style="Heading 1")
    for t in [
        "Avoir la nationalit\u00e9 belge.",
        "Ne pas avoir atteint l'\u00e2ge de 31 ans \u00e0 la date limite de candidature.",
        "\u00catre titulaire d'un master et justifier d'au moins deux ans d'exp\u00e9rience "
        "professionnelle, ou d'un bachelier et d'au moins quatre ans d'exp\u00e9rience professionnelle.",
        "Ne pas avoir d\u00e9j\u00e0 \u00e9t\u00e9 JPO, Expert associ\u00e9 ou APO, quel que soit le pays financeur.",
        "Chaque candidat(e) peut postuler \u00e0 deux postes au maximum dans le cadre de l'appel 2026.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_paragraph("8. Dossier de candidature", style="Heading 1")
    for t in [
        "Curriculum vitae (format Europass), en fran\u00e7ais ou en anglais",
        "Lettre de motivation sp\u00e9cifique au poste",
        "Copie du ou des dipl\u00f4mes",
        "Copie recto verso de la carte d'identit\u00e9 belge",
    ]:
        doc.add_paragraph(t, style="List Number")

    doc.add_paragraph("9. D\u00e9p\u00f4t des candidatures", style="Heading 1")
    doc.add_paragraph(
        "Les candidatures sont \u00e0 d\u00e9poser sur la plateforme de recrutement d'Enabel au plus tard "
        "le lundi 5 octobre 2026 \u00e0 23h59 (heure belge). Les dossiers incomplets ne seront pas "
        "examin\u00e9s. Les entretiens des candidat(e)s pr\u00e9s\u00e9lectionn\u00e9(e)s auront lieu \u00e0 "
        "Bruxelles le 9 novembre 2026, en pr\u00e9sence d'un repr\u00e9sentant de l'OIM."
    )

    _docx_save_deterministic(doc, HERE / "oim_belgique_lubumbashi_fr.docx")


# ----------------------------------------------------------------- PDF ----


class WordExportPDF(FPDF):
    TITLE = "T\u00e9rminos de Referencia \u2013 Especialista Asociado/a de Programa (Cultura) \u2013 UNESCO La Habana"
    N_PAGES = 4

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(170, 5, self.TITLE, align="L")
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_x(20)
        self.cell(85, 5, "AECID \u00b7 Programa JPO \u00b7 Convocatoria 2027", align="L")
        self.cell(85, 5, f"P\u00e1gina {self.page_no()} de {self.N_PAGES}", align="R")
        self.set_text_color(0, 0, 0)

    # ---- helpers
    def h1(self, text):
        self.ln(2)
        self.set_font("Helvetica", "B", 12)
        self.set_text_color(0, 51, 102)
        self.set_x(20)
        self.cell(170, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h2(self, text):
        self.set_font("Helvetica", "B", 10)
        self.set_x(20)
        self.cell(170, 6, text, new_x="LMARGIN", new_y="NEXT")

    def para(self, chunks, size=10):
        """chunks: list of str or ("sup", "1")."""
        self.set_font("Helvetica", "", size)
        self.set_x(20)
        for ch in chunks:
            if isinstance(ch, tuple):
                self.char_vpos = "SUP"
                self.write(5, ch[1])
                self.char_vpos = "LINE"
            else:
                self.write(5, ch)
        self.ln(6)

    def bullet(self, chunks, mark="\u2022", indent=6):
        self.set_font("Helvetica", "", 10)
        self.set_x(20 + indent)
        self.cell(5, 5, mark)
        self.set_left_margin(20 + indent + 5)
        for ch in chunks if isinstance(chunks, list) else [chunks]:
            if isinstance(ch, tuple):
                self.char_vpos = "SUP"
                self.write(5, ch[1])
                self.char_vpos = "LINE"
            else:
                self.write(5, ch)
        self.set_left_margin(20)
        self.ln(6)

    def label_row(self, label, value):
        self.set_font("Helvetica", "B", 10)
        y = self.get_y()
        self.set_xy(20, y)
        self.cell(48, 5.5, label)
        self.set_font("Helvetica", "", 10)
        self.set_xy(68, y)
        if isinstance(value, list):
            self.set_left_margin(68)
            for ch in value:
                if isinstance(ch, tuple):
                    self.char_vpos = "SUP"
                    self.write(5.5, ch[1])
                    self.char_vpos = "LINE"
                else:
                    self.write(5.5, ch)
            self.set_left_margin(20)
            self.ln(6.5)
        else:
            self.multi_cell(122, 5.5, value, new_x="LMARGIN", new_y="NEXT")
            self.ln(1)

    def footnotes(self, notes):
        top = 297 - 18 - 5.0 * len(notes) - 3
        self.line(20, top, 70, top)
        self.set_font("Helvetica", "", 7.5)
        y = top + 1.5
        for num, text in notes:
            self.set_xy(20, y)
            self.char_vpos = "SUP"
            self.write(4, num)
            self.char_vpos = "LINE"
            self.write(4, " " + text)
            y += 5.0


def build_pdf():
    pdf = WordExportPDF(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    pdf.set_creation_date(PDF_FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("Microsoft Word (export)")
    pdf.set_title("TdR JPO UNESCO La Habana")
    pdf.set_author("AECID - Programa JPO")

    # ---- page 1: cover and table of contents
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 11)
    pdf.set_xy(20, 20)
    pdf.cell(170, 6, "Cooperaci\u00f3n Espa\u00f1ola \u2013 AECID", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        170,
        5,
        "Programa de J\u00f3venes Profesionales en Organismos Internacionales (JPO) \u2013 Convocatoria 2027",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(22)
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(170, 12, "T\u00c9RMINOS DE REFERENCIA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.cell(
        170, 8, "Especialista Asociado/a de Programa (Cultura)", align="C", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.cell(170, 8, "UNESCO \u2013 Oficina de La Habana", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(170, 8, "\u00cdndice", new_x="LMARGIN", new_y="NEXT")
    toc = [
        ("1.", "Datos del puesto", "2", 0),
        ("2.", "Antecedentes", "2", 0),
        ("3.", "Funciones", "2", 0),
        ("4.", "Elementos de aprendizaje", "3", 0),
        ("5.", "Perfil requerido", "3", 0),
        ("5.1", "Formaci\u00f3n", "3", 1),
        ("5.2", "Experiencia", "3", 1),
        ("5.3", "Idiomas", "3", 1),
        ("5.4", "Competencias", "3", 1),
        ("6.", "Requisitos del Programa JPO de la AECID", "4", 0),
        ("7.", "Presentaci\u00f3n de candidaturas", "4", 0),
    ]
    pdf.set_font("Helvetica", "", 10)
    for num, text, page, level in toc:
        x0 = 20 + 8 * level
        label = f"{num} {text} "
        pdf.set_x(x0)
        w_label = pdf.get_string_width(label)
        w_page = pdf.get_string_width(" " + page)
        avail = 170 - 8 * level - w_label - w_page
        dots = "." * int(avail / pdf.get_string_width("."))
        pdf.cell(w_label, 6, label)
        pdf.cell(avail, 6, dots)
        pdf.cell(w_page, 6, " " + page, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        170,
        5,
        "Documento elaborado por la UNESCO y la AECID. Versi\u00f3n para publicaci\u00f3n, 12 de mayo de 2027.",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    # ---- page 2
    pdf.add_page()
    pdf.h1("1. Datos del puesto")
    pdf.label_row("T\u00edtulo del puesto", "Especialista Asociado/a de Programa (Cultura)")
    pdf.label_row(
        "Organismo",
        "Organizaci\u00f3n de las Naciones Unidas para la Educaci\u00f3n, la Ciencia y la Cultura (UNESCO)",
    )
    pdf.label_row("Unidad", ["Sector de Cultura \u2013 Oficina de la UNESCO en La Habana", ("sup", "1")])
    pdf.label_row("Lugar de destino", "La Habana, Cuba")
    pdf.label_row("Categor\u00eda", "P-1")
    pdf.label_row("Duraci\u00f3n", "Un (1) a\u00f1o, prorrogable por un segundo a\u00f1o")
    pdf.label_row("Referencia UNESCO", "JPO/HAV/CLT/2027/01")
    pdf.label_row("Expediente AECID", "2027/SPJ/000314")
    pdf.label_row(
        "Supervisi\u00f3n",
        "Especialista de Programa en Cultura (P-3), bajo la autoridad del Director de la Oficina (D-1)",
    )
    pdf.h1("2. Antecedentes")
    pdf.para(
        [
            "La Oficina de la UNESCO en La Habana apoya a los Estados Miembros de la regi\u00f3n en la "
            "aplicaci\u00f3n de las convenciones culturales de la UNESCO, en particular la Convenci\u00f3n del "
            "Patrimonio Mundial de 1972 y la Convenci\u00f3n para la Salvaguardia del Patrimonio Cultural "
            "Inmaterial de 2003. El Sector de Cultura gestiona proyectos de gesti\u00f3n de sitios, de "
            "industrias culturales y creativas y de fortalecimiento de capacidades, financiados entre otros "
            "por la Cooperaci\u00f3n Espa\u00f1ola."
        ]
    )
    pdf.h1("3. Funciones")
    pdf.para(["Bajo la supervisi\u00f3n directa del Especialista de Programa en Cultura, el/la JPO:"])
    for t in [
        "apoyar\u00e1 la planificaci\u00f3n, ejecuci\u00f3n y seguimiento de los proyectos del Sector de Cultura en Cuba, la Rep\u00fablica Dominicana y Aruba;",
        "contribuir\u00e1 a la preparaci\u00f3n de informes peri\u00f3dicos sobre las convenciones culturales y de informes a donantes;",
        "colaborar\u00e1 en la organizaci\u00f3n de talleres de fortalecimiento de capacidades para gestores de sitios del patrimonio;",
        "participar\u00e1 en la elaboraci\u00f3n de nuevas propuestas de proyectos y en la movilizaci\u00f3n de recursos;",
        "mantendr\u00e1 el seguimiento de las alianzas con instituciones culturales nacionales, universidades y la sociedad civil;",
        "elaborar\u00e1 contenidos de comunicaci\u00f3n y de visibilidad sobre las actividades del Sector.",
    ]:
        pdf.bullet(t)
    pdf.footnotes(
        [
            (
                "1",
                "La Oficina de la UNESCO en La Habana es tambi\u00e9n la Oficina Regional de Cultura para Am\u00e9rica Latina y el Caribe.",
            )
        ]
    )

    # ---- page 3
    pdf.add_page()
    pdf.h1("4. Elementos de aprendizaje")
    pdf.para(["Al t\u00e9rmino de la asignaci\u00f3n, el/la JPO habr\u00e1 adquirido:"])
    for t in [
        "conocimiento pr\u00e1ctico de la aplicaci\u00f3n de las convenciones culturales de la UNESCO;",
        "experiencia en la gesti\u00f3n del ciclo de proyectos y en la elaboraci\u00f3n de informes basados en resultados;",
        "capacidad de trabajo con contrapartes gubernamentales y con la sociedad civil en un contexto regional;",
        "familiaridad con los procedimientos administrativos y financieros de la UNESCO.",
    ]:
        pdf.bullet(t)
    pdf.h1("5. Perfil requerido")
    pdf.h2("5.1 Formaci\u00f3n")
    pdf.para(
        [
            "T\u00edtulo universitario superior (m\u00e1ster o equivalente) en gesti\u00f3n cultural, patrimonio, "
            "historia del arte, arquitectura, antropolog\u00eda o disciplina afin. Se admitir\u00e1n candidaturas de "
            "personas que est\u00e9n cursando el \u00faltimo semestre del m\u00e1ster, siempre que obtengan el t\u00edtulo "
            "antes de la incorporaci\u00f3n",
            ("sup", "2"),
            ".",
        ]
    )
    pdf.h2("5.2 Experiencia")
    pdf.para(
        [
            "M\u00ednimo dos (2) a\u00f1os de experiencia profesional relevante, de los cuales al menos uno en "
            "Am\u00e9rica Latina y el Caribe, preferentemente en el \u00e1mbito del patrimonio."
        ]
    )
    pdf.h2("5.3 Idiomas")
    pdf.para(
        [
            "Dominio del espa\u00f1ol y del ingl\u00e9s (nivel C1 del MCER). Se valorar\u00e1 el conocimiento del franc\u00e9s."
        ]
    )
    pdf.h2("5.4 Competencias")
    for t in [
        "Rendici\u00f3n de cuentas",
        "Comunicaci\u00f3n",
        "Innovaci\u00f3n",
        "Intercambio de conocimientos y mejora continua",
        "Planificaci\u00f3n y organizaci\u00f3n",
        "Orientaci\u00f3n a resultados",
        "Trabajo en equipo",
        "Profesionalismo",
    ]:
        pdf.bullet(t, mark="-")
    pdf.footnotes([("2", "La incorporaci\u00f3n est\u00e1 prevista para el \u00faltimo trimestre de 2027.")])

    # ---- page 4
    pdf.add_page()
    pdf.h1("6. Requisitos del Programa JPO de la AECID")
    for t in [
        [
            "Tener la nacionalidad espa\u00f1ola. Las personas con doble nacionalidad espa\u00f1ola y cubana no podr\u00e1n optar a este puesto."
        ],
        ["Tener 30 a\u00f1os o menos", ("sup", "3"), "."],
        ["Estar en posesi\u00f3n del t\u00edtulo de m\u00e1ster en las condiciones del apartado 5.1."],
        ["Acreditar un nivel C1 de ingl\u00e9s mediante certificado oficial."],
        ["No haber participado con anterioridad en un programa JPO de ning\u00fan pa\u00eds donante."],
        ["Cada persona podr\u00e1 optar a un m\u00e1ximo de dos puestos de la convocatoria 2027."],
    ]:
        pdf.bullet(t)
    pdf.h1("7. Presentaci\u00f3n de candidaturas")
    pdf.para(
        [
            "Las candidaturas se presentar\u00e1n exclusivamente a trav\u00e9s de la sede electr\u00f3nica de la AECID "
            "hasta el 7 de junio de 2027 a las 14:00 horas, hora peninsular espa\u00f1ola",
            ("sup", "4"),
            ". El extracto de la convocatoria se public\u00f3 en el BOE el 13 de mayo de 2027. "
            "Deber\u00e1 adjuntarse la siguiente documentaci\u00f3n:",
        ]
    )
    for i, t in enumerate(
        [
            "Curr\u00edculum v\u00edtae en ingl\u00e9s (modelo Europass).",
            "Carta de motivaci\u00f3n en ingl\u00e9s, de una p\u00e1gina como m\u00e1ximo.",
            "Copia del t\u00edtulo de m\u00e1ster o, en su caso, certificado de matr\u00edcula del \u00faltimo semestre.",
            "Certificado oficial de nivel C1 de ingl\u00e9s.",
            "Copia del DNI.",
        ],
        1,
    ):
        pdf.bullet(t, mark=f"{i}.")
    pdf.para(
        [
            "Las entrevistas de las personas preseleccionadas se celebrar\u00e1n en Madrid en julio de 2027. "
            "La convocatoria de 2026 para esta Oficina se cerr\u00f3 el 15 de junio de 2026."
        ]
    )
    pdf.footnotes(
        [
            ("3", "Edad cumplida a 31 de diciembre de 2027, a\u00f1o de la convocatoria."),
            ("4", "Equivale a las 12:00 UTC (horario de verano)."),
        ]
    )

    (HERE / "unesco_aecid_lahabana_es.pdf").write_bytes(bytes(pdf.output()))


if __name__ == "__main__":
    build_docx()
    build_pdf()
