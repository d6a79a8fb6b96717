"""Build the generated documents of heldout/by, byte-for-byte deterministic.

Run with /work/main/.venv/bin/python (python-docx, lxml and fpdf2).  Produces:
  imo_london_norad_fn.docx            IMO notice for the Norwegian JPO Programme; key facts
                                      qualified in real Word footnotes (word/footnotes.xml)
  oaci_montreal_belgique_notes_fr.docx ICAO (OACI) notice for the Belgian programme, in French;
                                      key facts completed in Word endnotes (word/endnotes.xml)
  oms_brazzaville_finlande_fr.pdf     WHO AFRO notice in French (fpdf2, Liberation Sans): running
                                      header, "Page N/3" footer, borderless label/value rows

The text documents of the folder (.txt, .md, .html) were written directly, not by this script.
"""

import datetime as dt
import io
import os
import zipfile

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2027, 1, 15, 9, 0, 0)
FIXED_TZ = dt.datetime(2027, 1, 15, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2027, 1, 15, 9, 0, 0)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT_DIR = "/usr/share/fonts/truetype/liberation"


# ---------------------------------------------------------------- DOCX helpers
class Notes:
    """Collects footnotes or endnotes and writes word/footnotes.xml or word/endnotes.xml."""

    def __init__(self, doc, kind):
        assert kind in ("footnote", "endnote")
        self.doc, self.kind, self.items = doc, kind, []
        cap = kind.capitalize()
        styles = doc.styles
        self.ref_style = f"{cap}Reference"
        self.text_style = f"{cap}Text"
        if f"{cap} Reference" not in [s.name for s in styles]:
            rs = styles.add_style(f"{cap} Reference", WD_STYLE_TYPE.CHARACTER)
            rs.font.superscript = True
            ts = styles.add_style(f"{cap} Text", WD_STYLE_TYPE.PARAGRAPH)
            ts.base_style = styles["Normal"]
            ts.font.size = Pt(9)
            ts.paragraph_format.space_after = Pt(0)

    def mark(self, paragraph, text):
        """Append a note reference mark to *paragraph*; *text* is the note's content."""
        self.items.append(text)
        nid = len(self.items)
        r = paragraph.add_run()
        rpr = r._r.get_or_add_rPr()
        rs = etree.SubElement(rpr, qn("w:rStyle"))
        rs.set(qn("w:val"), self.ref_style)
        ref = etree.SubElement(r._r, qn(f"w:{self.kind}Reference"))
        ref.set(qn("w:id"), str(nid))
        return r

    def _xml(self):
        k = self.kind
        root = etree.Element(qn(f"w:{k}s"), nsmap={"w": W_NS})
        for nid, typ, sep in (
            (-1, "separator", "separator"),
            (0, "continuationSeparator", "continuationSeparator"),
        ):
            n = etree.SubElement(root, qn(f"w:{k}"))
            n.set(qn("w:type"), typ)
            n.set(qn("w:id"), str(nid))
            p = etree.SubElement(n, qn("w:p"))
            ppr = etree.SubElement(p, qn("w:pPr"))
            sp = etree.SubElement(ppr, qn("w:spacing"))
            sp.set(qn("w:after"), "0")
            sp.set(qn("w:line"), "240")
            sp.set(qn("w:lineRule"), "auto")
            r = etree.SubElement(p, qn("w:r"))
            etree.SubElement(r, qn(f"w:{sep}"))
        for i, text in enumerate(self.items, 1):
            n = etree.SubElement(root, qn(f"w:{k}"))
            n.set(qn("w:id"), str(i))
            p = etree.SubElement(n, qn("w:p"))
            ppr = etree.SubElement(p, qn("w:pPr"))
            ps = etree.SubElement(ppr, qn("w:pStyle"))
            ps.set(qn("w:val"), self.text_style)
            r = etree.SubElement(p, qn("w:r"))
            rpr = etree.SubElement(r, qn("w:rPr"))
            rs = etree.SubElement(rpr, qn("w:rStyle"))
            rs.set(qn("w:val"), self.ref_style)
            etree.SubElement(r, qn(f"w:{k}Ref"))
            r2 = etree.SubElement(p, qn("w:r"))
            t = etree.SubElement(r2, qn("w:t"))
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = " " + text
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def attach(self, numfmt=None):
        k = self.kind
        ct = CT.WML_FOOTNOTES if k == "footnote" else CT.WML_ENDNOTES
        rt = RT.FOOTNOTES if k == "footnote" else RT.ENDNOTES
        dpart = self.doc.part
        part = Part(PackURI(f"/word/{k}s.xml"), ct, self._xml(), dpart.package)
        dpart.relate_to(part, rt)
        # settings: <w:footnotePr>/<w:endnotePr> with the two separator ids, before <w:compat>
        settings = self.doc.settings.element
        pr = etree.Element(qn(f"w:{k}Pr"))
        if numfmt:
            nf = etree.SubElement(pr, qn("w:numFmt"))
            nf.set(qn("w:val"), numfmt)
        for nid in ("-1", "0"):
            e = etree.SubElement(pr, qn(f"w:{k}"))
            e.set(qn("w:id"), nid)
        compat = settings.find(qn("w:compat"))
        if k == "endnote":
            fpr = settings.find(qn("w:footnotePr"))
            if fpr is not None:
                fpr.addnext(pr)
            else:
                compat.addprevious(pr)
        else:
            compat.addprevious(pr)
        if numfmt:  # the section's own note properties
            sectpr = self.doc.sections[-1]._sectPr
            spr = etree.Element(qn(f"w:{k}Pr"))
            nf = etree.SubElement(spr, qn("w:numFmt"))
            nf.set(qn("w:val"), numfmt)
            first = sectpr.find(qn("w:pgSz"))
            (first.addprevious if first is not None else sectpr.append)(spr)


def base_document(author, title):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 3
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.2), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    return doc


def para(doc, text="", style=None, bold=False, italic=False, size=None, align=None, color=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    return p


def run(p, text, bold=False, italic=False):
    r = p.add_run(text)
    r.bold, r.italic = bold or None, italic or None
    return r


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run(head)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(foot)
    r.font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def save_docx(doc, name):
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(out.getvalue())


def facts_table(doc, rows, notes=None, widths=(Cm(4.6), Cm(11.8))):
    """Two-column label/value table; a value may be (text, note_text) to hang a note on it."""
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].width, cells[1].width = widths
        lp = cells[0].paragraphs[0]
        run(lp, label, bold=True)
        vp = cells[1].paragraphs[0]
        if isinstance(value, tuple):
            run(vp, value[0])
            notes.mark(vp, value[1])
        else:
            run(vp, value)
    return t


# ---------------------------------------------------------------- 1. IMO / Norway, footnotes
def imo_london():
    doc = base_document("IMO Human Resources Services", "JPO - Marine Environment (IMO/JPO/2027/02)")
    fn = Notes(doc, "footnote")
    header_footer(
        doc,
        "Norad \u2013 Norwegian Agency for Development Cooperation  \u00b7  Norwegian JPO Programme  \u00b7  Round 2027",
        "IMO/JPO/2027/02  \u00b7  Norad ref. 27/01188",
    )

    para(
        doc,
        "INTERNATIONAL MARITIME ORGANIZATION",
        bold=True,
        size=13,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        color="1F3864",
    )
    para(
        doc, "4 Albert Embankment, London SE1 7SR, United Kingdom", size=8.5, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    doc.add_paragraph(
        "Junior Professional Officer \u2013 Marine Environment (Decarbonization of Shipping)", style="Title"
    )
    p = doc.add_paragraph()
    run(p, "Open to Norwegian nationals only", italic=True)
    fn.mark(
        p,
        "Norwegian nationals who also hold British citizenship cannot be assigned to a duty station "
        "in the United Kingdom and should not apply for this position.",
    )
    run(p, "  \u00b7  Sponsored by the Government of Norway through Norad", italic=True)

    facts_table(
        doc,
        [
            ("Vacancy no.", "IMO/JPO/2027/02"),
            ("Norad ref.", "27/01188"),
            ("Organization", "International Maritime Organization (IMO)"),
            (
                "Division / Section",
                "Marine Environment Division, Air Pollution and Energy Efficiency Section",
            ),
            ("Duty station", "London, United Kingdom"),
            (
                "Grade",
                (
                    "P-2",
                    "The JPO position previously attached to this Section (2022\u20132024) was graded P-1.",
                ),
            ),
            (
                "Duration",
                (
                    "Two years",
                    "The initial appointment is for one year. The second year is subject to "
                    "satisfactory performance and to Norad\u2019s approval.",
                ),
            ),
            ("Reports to", "Technical Officer (P-4), Air Pollution and Energy Efficiency Section"),
            ("Published", "8 February 2027"),
            (
                "Application deadline",
                (
                    "14 March 2027",
                    "23:59 Norwegian time (CET). The deadline of 1 March shown "
                    "in the 2026 round does not apply to this announcement.",
                ),
            ),
        ],
        notes=fn,
    )

    doc.add_heading("About IMO", level=1)
    p = doc.add_paragraph(
        "The International Maritime Organization is the United Nations specialized agency responsible for the "
        "safety and security of shipping and the prevention of marine and atmospheric pollution by ships. "
        "Under the 2023 IMO Strategy on Reduction of GHG Emissions from Ships"
    )
    fn.mark(p, "Adopted in July 2023 by resolution MEPC.377(80); it replaced the initial strategy of 2018.")
    p.add_run(
        ", Member States committed to reaching net-zero greenhouse gas emissions from international "
        "shipping by or around 2050. The Air Pollution and Energy Efficiency Section services the "
        "Marine Environment Protection Committee and manages technical cooperation projects that help "
        "developing countries implement the new rules."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph("Under the supervision of the Technical Officer, the JPO will:")
    for d in [
        "Follow the work of the Marine Environment Protection Committee (MEPC) and its Intersessional Working "
        "Group on Reduction of GHG Emissions from Ships, including the preparation of documents and summaries "
        "of discussions.",
        "Support the analysis of the proposed mid-term GHG reduction measures, including their impacts on "
        "States, in particular small island developing States and least developed countries.",
        "Contribute to the GreenVoyage2050 project funded by Norway: work plans, monitoring of activities in "
        "partner countries and progress reports.",
        "Assist in the preparation of training materials and workshops on energy efficiency regulations "
        "(EEXI, CII) for maritime administrations.",
        "Maintain the Section\u2019s database of national action plans and of fuel-consumption data submitted "
        "under the IMO Data Collection System.",
        "Draft correspondence, briefing notes and web articles.",
        "Undertake other duties as assigned.",
    ]:
        doc.add_paragraph(d, style="List Number")

    doc.add_heading("What will you learn?", level=1)
    for d in [
        "How an intergovernmental regulatory body negotiates and adopts global rules.",
        "Analytical methods for assessing the impacts of climate policy on trade and transport.",
        "Project management in a donor-funded technical cooperation project.",
        "Drafting for committees and for Secretariat correspondence.",
        "Networking with Member State delegations, industry and non-governmental organizations.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Education", level=2)
    p = doc.add_paragraph(
        "An advanced university degree (Master\u2019s or equivalent) in maritime affairs, environmental science, "
        "energy or transport economics, naval architecture or a related field."
    )
    fn.mark(
        p,
        "The degree must have been awarded by the application deadline; students still enrolled in a "
        "Master\u2019s programme cannot be considered.",
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "A minimum of two years of relevant professional experience, of which internships may count for at "
        "most six months. Experience with a maritime administration or in the shipping industry is an "
        "advantage."
    )
    doc.add_heading("Languages", level=2)
    p = doc.add_paragraph(
        "Fluency in English is required. A working knowledge of French or Spanish is desirable."
    )
    fn.mark(p, "Knowledge of Norwegian is not required for this position.")

    doc.add_heading("Competencies", level=1)
    for c in [
        "Professionalism",
        "Communication",
        "Teamwork",
        "Planning and Organizing",
        "Commitment to Continuous Learning",
    ]:
        doc.add_paragraph(c, style="List Bullet")

    doc.add_heading("Are you eligible? \u2013 General conditions of the Norwegian JPO Programme", level=1)
    doc.add_paragraph("Norwegian citizenship.", style="List Bullet")
    p = doc.add_paragraph("Age: 32 years or younger", style="List Bullet")
    fn.mark(
        p, "The age limit applies on 31 December 2027: applicants must be born on or after 1 January 1995."
    )
    p.add_run(".")
    doc.add_paragraph(
        "A Master\u2019s degree and at least two years of relevant paid work experience.", style="List Bullet"
    )
    doc.add_paragraph(
        "Persons who have previously held a JPO position, whatever the sponsoring country, are not eligible.",
        style="List Bullet",
    )
    p = doc.add_paragraph(
        "Applicants may apply for up to two positions in the annual Norwegian JPO round", style="List Bullet"
    )
    fn.mark(p, "Positions with IMO, UNDP, UNICEF and all other organizations count towards the same limit.")
    p.add_run(".")

    doc.add_heading("Required documents", level=1)
    for d in [
        "CV in English (maximum three pages).",
        "Cover letter in English (maximum one page).",
        "Copy of the Master\u2019s diploma and transcript.",
        "Names and contact details of two referees.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Apply through the Norad recruitment portal no later than the application deadline indicated above. "
        "Interviews are planned for late April 2027. Only short-listed candidates will be contacted."
    )

    fn.attach()
    save_docx(doc, "imo_london_norad_fn.docx")


# ---------------------------------------------------------------- 2. ICAO (OACI) / Belgium, endnotes
def oaci_montreal():
    doc = base_document("OACI - Section du recrutement", "JPO - Environnement (ICAO/JPO/2027/07)")
    en = Notes(doc, "endnote")
    header_footer(
        doc,
        "Coop\u00e9ration belge au D\u00e9veloppement (DGD) \u2013 Programme des Jeunes Experts "
        "Associ\u00e9s (JPO) \u2013 Appel 2027",
        "ICAO/JPO/2027/07 \u2013 Dossier DGD D2.4/JPO/27-113",
    )

    para(
        doc,
        "ORGANISATION DE L\u2019AVIATION CIVILE INTERNATIONALE",
        bold=True,
        size=13,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        color="004B87",
    )
    para(
        doc,
        "999, boulevard Robert-Bourassa, Montr\u00e9al (Qu\u00e9bec) H3C 5H7, Canada",
        size=8.5,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    doc.add_paragraph(
        "Jeune expert associ\u00e9 (JPO) \u2013 Environnement : aviation et changement climatique",
        style="Title",
    )

    def fact(label, value, note=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        run(p, label + " : ", bold=True)
        run(p, value)
        if note:
            en.mark(p, note)
        return p

    fact("Avis de vacance n\u00b0", "ICAO/JPO/2027/07")
    fact("Dossier DGD", "D2.4/JPO/27-113")
    fact("Organisation", "Organisation de l\u2019aviation civile internationale (OACI)")
    fact("Direction / Section", "Direction du transport a\u00e9rien, Section de l\u2019environnement")
    fact(
        "Lieu d\u2019affectation",
        "Montr\u00e9al (Canada)",
        "Le poste est bas\u00e9 au si\u00e8ge de l\u2019OACI. Des missions ponctuelles au Bureau r\u00e9gional "
        "Afrique occidentale et centrale (Dakar) sont pr\u00e9vues.",
    )
    fact(
        "Classe",
        "P-2",
        "Le poste de JPO que la Belgique finan\u00e7ait dans cette Section de 2023 \u00e0 2025 "
        "\u00e9tait de classe P-1.",
    )
    fact("Dur\u00e9e", "24 mois (contrat initial de deux ans)")
    fact("Supervision", "Administrateur(trice) de l\u2019environnement (P-4)")
    fact("Date de publication", "8 mars 2027")
    fact(
        "Date limite",
        "9 avril 2027",
        "\u00c0 17 h 00, heure de Bruxelles. Pour m\u00e9moire, l\u2019appel 2026 "
        "avait cl\u00f4tur\u00e9 le 27 mars 2026.",
    )

    doc.add_heading("Contexte", level=1)
    doc.add_paragraph(
        "L\u2019OACI, institution sp\u00e9cialis\u00e9e des Nations Unies, \u00e9labore les normes et pratiques "
        "recommand\u00e9es de l\u2019aviation civile internationale. En 2022, son Assembl\u00e9e a adopt\u00e9 "
        "l\u2019objectif ambitieux \u00e0 long terme de z\u00e9ro \u00e9mission nette de carbone pour "
        "l\u2019aviation internationale d\u2019ici 2050. La Section de l\u2019environnement appuie les \u00c9tats "
        "dans la mise en \u0153uvre de cet objectif, notamment par le programme ACT-SAF sur les carburants "
        "d\u2019aviation durables et par le r\u00e9gime CORSIA."
    )

    doc.add_heading("Fonctions et responsabilit\u00e9s", level=1)
    for d in [
        "Suivre les travaux du Comit\u00e9 de la protection de l\u2019environnement en aviation (CAEP) et "
        "pr\u00e9parer des notes de synth\u00e8se ;",
        "contribuer \u00e0 la mise en \u0153uvre du r\u00e9gime de compensation et de r\u00e9duction de carbone "
        "pour l\u2019aviation internationale (CORSIA), notamment \u00e0 l\u2019analyse des rapports des "
        "\u00c9tats ;",
        "appuyer le programme ACT-SAF : \u00e9tudes de faisabilit\u00e9 sur les carburants d\u2019aviation "
        "durables et suivi des partenariats ;",
        "participer \u00e0 l\u2019organisation de s\u00e9minaires et de webinaires r\u00e9gionaux ;",
        "tenir \u00e0 jour la base de donn\u00e9es des plans d\u2019action des \u00c9tats pour la r\u00e9duction "
        "des \u00e9missions de CO2 ;",
        "ex\u00e9cuter toute autre t\u00e2che confi\u00e9e par sa supervision.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Ce que vous apprendrez", level=1)
    for d in [
        "Le fonctionnement d\u2019une organisation normative et de ses organes techniques.",
        "Les m\u00e9thodes d\u2019analyse du cycle de vie des carburants d\u2019aviation.",
        "La gestion de projets d\u2019assistance technique financ\u00e9s par des donateurs.",
        "La r\u00e9daction de documents officiels en fran\u00e7ais et en anglais.",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Qualifications requises", level=1)
    doc.add_heading("Formation", level=2)
    p = doc.add_paragraph(
        "Dipl\u00f4me de master (ou \u00e9quivalent) en sciences de l\u2019environnement, ing\u00e9nierie "
        "a\u00e9ronautique, \u00e9conomie des transports ou domaine connexe, obtenu il y a cinq ans au plus"
    )
    en.mark(
        p,
        "Soit un dipl\u00f4me d\u00e9livr\u00e9 apr\u00e8s le 9 avril 2022. Les \u00e9tudiant(e)s "
        "encore inscrit(e)s en master ne sont pas admis(es).",
    )
    p.add_run(".")
    doc.add_heading("Exp\u00e9rience", level=2)
    doc.add_paragraph(
        "Au moins deux ans d\u2019exp\u00e9rience professionnelle pertinente, dans une administration, une "
        "compagnie a\u00e9rienne, un bureau d\u2019\u00e9tudes ou une organisation internationale."
    )
    doc.add_heading("Langues", level=2)
    p = doc.add_paragraph(
        "Ma\u00eetrise du fran\u00e7ais et de l\u2019anglais, \u00e0 l\u2019\u00e9crit comme \u00e0 l\u2019oral, "
        "exig\u00e9e. La connaissance de l\u2019espagnol serait un atout"
    )
    en.mark(p, "Le n\u00e9erlandais et l\u2019allemand ne sont pas exig\u00e9s.")
    p.add_run(".")

    doc.add_heading("Comp\u00e9tences", level=1)
    t = doc.add_table(rows=1, cols=2)
    t.style = doc.styles["Light Grid Accent 1"]
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text = "Comp\u00e9tence", "Comportements attendus"
    for c, b in [
        ("Professionnalisme", "Ma\u00eetrise technique, rigueur, respect des d\u00e9lais."),
        ("Communication", "S\u2019exprime clairement, \u00e9coute, adapte le message au public."),
        ("Travail d\u2019\u00e9quipe", "Collabore avec des coll\u00e8gues de toutes origines."),
        ("Planification et organisation", "D\u00e9finit des priorit\u00e9s et anticipe les risques."),
        ("Souci du client", "Tient les \u00c9tats membres inform\u00e9s de l\u2019avancement des travaux."),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = c, b

    doc.add_heading("Conditions g\u00e9n\u00e9rales du programme belge", level=1)
    doc.add_paragraph("Avoir la nationalit\u00e9 belge ;", style="List Bullet")
    p = doc.add_paragraph(
        "ne pas avoir plus de 30 ans \u00e0 la date limite de candidature", style="List Bullet"
    )
    en.mark(p, "Autrement dit, \u00eatre n\u00e9(e) apr\u00e8s le 9 avril 1996.")
    p.add_run(" ;")
    doc.add_paragraph(
        "ne pas avoir d\u00e9j\u00e0 exerc\u00e9 de fonctions de JPO financ\u00e9es par la Belgique ;",
        style="List Bullet",
    )
    doc.add_paragraph(
        "chaque candidat(e) peut postuler \u00e0 trois postes au maximum par an.", style="List Bullet"
    )

    doc.add_heading("Dossier de candidature", level=1)
    p = doc.add_paragraph(
        "Le dossier comprend un curriculum vitae en fran\u00e7ais ou en anglais, une lettre de motivation, une "
        "copie du dipl\u00f4me de master et une copie de la carte d\u2019identit\u00e9 belge. Il est \u00e0 "
        "introduire sur le portail de la DGD avant la date limite indiqu\u00e9e ci-dessus"
    )
    en.mark(
        p,
        "Les dossiers incomplets ou envoy\u00e9s par courrier \u00e9lectronique ne seront pas "
        "examin\u00e9s. Un accus\u00e9 de r\u00e9ception est envoy\u00e9 sous 48 heures.",
    )
    p.add_run(".")

    en.attach(numfmt="lowerRoman")
    save_docx(doc, "oaci_montreal_belgique_notes_fr.docx")


# ---------------------------------------------------------------- 3. WHO AFRO / Finland, PDF
def oms_brazzaville():
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("LS", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 10)
            self.cell(85, 5, "OMS \u00b7 Bureau r\u00e9gional de l'Afrique")
            self.cell(85, 5, "Programme JPO \u2013 Finlande \u2013 AFRO/JPO/27/022", align="R")
            self.line(20, 16, 190, 16)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

        def footer(self):
            self.set_y(-15)
            self.set_font("LS", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    pdf.set_creation_date(FIXED_TZ)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("AFRO/JPO/27/022")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_font("LS", "", os.path.join(FONT_DIR, "LiberationSans-Regular.ttf"))
    pdf.add_font("LS", "B", os.path.join(FONT_DIR, "LiberationSans-Bold.ttf"))
    pdf.add_font("LS", "I", os.path.join(FONT_DIR, "LiberationSans-Italic.ttf"))
    pdf.alias_nb_pages()
    pdf.add_page()

    W = 170

    def heading(t):
        pdf.ln(3)
        pdf.set_font("LS", "B", 11)
        pdf.set_text_color(0, 84, 147)
        pdf.multi_cell(W, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def text(t, style=""):
        pdf.set_font("LS", style, 10)
        pdf.multi_cell(W, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def items(lst, marks):
        pdf.set_font("LS", "", 10)
        for m, t in zip(marks, lst):
            pdf.set_x(24)
            pdf.cell(7, 5, m)
            pdf.multi_cell(W - 11, 5, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)

    def row(label, value):
        lw, vw = 52, W - 54
        pdf.set_font("LS", "B", 9.5)
        ll = pdf.multi_cell(lw, 5, label, dry_run=True, output="LINES", align="L")
        pdf.set_font("LS", "", 9.5)
        vl = pdf.multi_cell(vw, 5, value, dry_run=True, output="LINES", align="L")
        h = 5 * max(len(ll), len(vl))
        if pdf.get_y() + h > pdf.h - 20:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("LS", "B", 9.5)
        pdf.set_xy(20, y)
        pdf.multi_cell(lw, 5, label, align="L")
        pdf.set_font("LS", "", 9.5)
        pdf.set_xy(20 + lw + 2, y)
        pdf.multi_cell(vw, 5, value, align="L")
        pdf.set_y(y + h + 1.5)

    pdf.set_font("LS", "B", 13)
    pdf.set_text_color(0, 84, 147)
    pdf.multi_cell(
        W,
        7,
        "ORGANISATION MONDIALE DE LA SANT\u00c9 \u2013 BUREAU R\u00c9GIONAL DE L'AFRIQUE",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "", 10)
    pdf.cell(
        W,
        6,
        "AVIS DE VACANCE \u2013 JEUNE ADMINISTRATEUR/TRICE (JPO) \u2013 APPEL DE PRINTEMPS 2027",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(5)

    row(
        "Intitul\u00e9 du poste",
        "Administrateur/trice technique adjoint(e) (JPO) \u2013 Surveillance des "
        "maladies \u00e0 potentiel \u00e9pid\u00e9mique",
    )
    row("Avis de vacance", "AFRO/JPO/27/022")
    row("R\u00e9f. du Minist\u00e8re des affaires \u00e9trang\u00e8res de Finlande", "UM-JPO-2027-14")
    row(
        "Organisation",
        "Organisation mondiale de la Sant\u00e9 (OMS) \u2013 Bureau r\u00e9gional de l'Afrique (AFRO)",
    )
    row(
        "Unit\u00e9",
        "Programme de gestion des situations d'urgence sanitaire \u2013 Unit\u00e9 Surveillance "
        "et alerte pr\u00e9coce",
    )
    row(
        "Lieu d'affectation",
        "Brazzaville, R\u00e9publique du Congo (\u00e0 ne pas confondre avec Kinshasa, "
        "R\u00e9publique d\u00e9mocratique du Congo)",
    )
    row("Classe", "P-2")
    row("Dur\u00e9e", "1 an, renouvelable pour une deuxi\u00e8me ann\u00e9e")
    row(
        "Pays donateur",
        "Finlande \u2013 Minist\u00e8re des affaires \u00e9trang\u00e8res (programme JPO finlandais)",
    )
    row("Date de publication", "6 avril 2027")
    row("Date de cl\u00f4ture", "2 mai 2027, 23 h 59 (heure d'Helsinki)")

    heading("Contexte")
    text(
        "Le Bureau r\u00e9gional de l'OMS pour l'Afrique, \u00e0 Brazzaville, appuie 47 \u00c9tats Membres. "
        "Son Programme de gestion des situations d'urgence sanitaire d\u00e9tecte, \u00e9value et riposte "
        "chaque ann\u00e9e \u00e0 plus d'une centaine d'\u00e9v\u00e9nements de sant\u00e9 publique, "
        "du chol\u00e9ra aux fi\u00e8vres h\u00e9morragiques virales. L'Unit\u00e9 Surveillance et alerte "
        "pr\u00e9coce consolide les donn\u00e9es nationales, publie le bulletin \u00e9pid\u00e9miologique "
        "hebdomadaire et aide les pays \u00e0 renforcer la surveillance int\u00e9gr\u00e9e des maladies et "
        "riposte (SIMR)."
    )

    heading("Fonctions")
    text(
        "Sous la supervision d'un \u00e9pid\u00e9miologiste (P-4) et sous la direction g\u00e9n\u00e9rale du "
        "chef d'\u00e9quipe (P-5), le/la JPO devra :"
    )
    items(
        [
            "Analyser les donn\u00e9es de surveillance hebdomadaires transmises par les \u00c9tats Membres de la "
            "R\u00e9gion et contribuer au bulletin \u00e9pid\u00e9miologique hebdomadaire.",
            "Appuyer l'\u00e9valuation des risques lors d'\u00e9v\u00e9nements de sant\u00e9 publique (chol\u00e9ra, "
            "mpox, fi\u00e8vres h\u00e9morragiques virales) et la pr\u00e9paration des rapports de situation.",
            "Contribuer au renforcement de la SIMR dans les pays, notamment par des missions d'appui technique "
            "de courte dur\u00e9e.",
            "Participer \u00e0 la mise au point de tableaux de bord et d'outils num\u00e9riques de surveillance.",
            "Appuyer la formation des \u00e9pid\u00e9miologistes de terrain et l'organisation d'ateliers "
            "r\u00e9gionaux.",
            "Pr\u00e9parer des notes d'information et des pr\u00e9sentations pour la direction du programme.",
            "Accomplir toute autre t\u00e2che connexe \u00e0 la demande du superviseur.",
        ],
        [f"{i}." for i in range(1, 8)],
    )

    heading("Ce que vous apprendrez")
    items(
        [
            "Les m\u00e9thodes de surveillance et d'\u00e9valuation des risques utilis\u00e9es par l'OMS en situation "
            "d'urgence.",
            "Le fonctionnement du R\u00e8glement sanitaire international (2005) et de ses m\u00e9canismes "
            "d'alerte.",
            "La coordination avec les minist\u00e8res de la sant\u00e9 et les partenaires de la riposte.",
            "La gestion de projet dans une grande organisation internationale.",
        ],
        ["\u2022"] * 4,
    )

    heading("Profil recherch\u00e9")
    text(
        "Formation : master en sant\u00e9 publique, \u00e9pid\u00e9miologie, biostatistique ou domaine "
        "apparent\u00e9. Un doctorat serait un atout."
    )
    text(
        "Exp\u00e9rience : au moins deux ans d'exp\u00e9rience professionnelle en surveillance "
        "\u00e9pid\u00e9miologique ou en sant\u00e9 publique, les stages n'\u00e9tant pas pris en compte. Une "
        "exp\u00e9rience en Afrique subsaharienne est souhaitable."
    )
    text(
        "Langues : excellente connaissance du fran\u00e7ais et de l'anglais (obligatoire). La connaissance du "
        "portugais est souhaitable. La connaissance du finnois ou du su\u00e9dois n'est pas requise."
    )

    heading("Comp\u00e9tences")
    items(
        [
            "Communication",
            "Travail d'\u00e9quipe",
            "Respect et promotion des diff\u00e9rences individuelles et culturelles",
            "Obtention de r\u00e9sultats",
            "Savoir avancer dans un environnement en mutation",
            "Utilisation efficace des ressources",
        ],
        ["\u2022"] * 6,
    )

    heading("Conditions du programme JPO finlandais")
    items(
        [
            "\u00catre de nationalit\u00e9 finlandaise ; les ressortissant(e)s finlandais(es) ayant \u00e9galement "
            "la nationalit\u00e9 congolaise ne peuvent pas \u00eatre affect\u00e9(e)s \u00e0 Brazzaville.",
            "\u00catre \u00e2g\u00e9(e) de 32 ans au plus \u00e0 la fin de la p\u00e9riode de candidature "
            "(2 mai 2027).",
            "\u00catre titulaire d'un master au moment de la candidature.",
            "Chaque candidat(e) peut postuler \u00e0 trois postes au maximum dans le cadre de l'appel de printemps "
            "2027 du programme finlandais.",
        ],
        ["\u2013"] * 4,
    )

    heading("Pi\u00e8ces \u00e0 joindre")
    items(
        [
            "CV en anglais (formulaire en ligne du Minist\u00e8re).",
            "Lettre de motivation en fran\u00e7ais ou en anglais.",
            "Copie du dipl\u00f4me de master.",
            "Coordonn\u00e9es de deux r\u00e9f\u00e9rences professionnelles.",
        ],
        ["1)", "2)", "3)", "4)"],
    )

    heading("Comment postuler ?")
    text(
        "Les candidatures sont \u00e0 d\u00e9poser sur le portail de recrutement du Minist\u00e8re des affaires "
        "\u00e9trang\u00e8res de Finlande au plus tard le 2 mai 2027 \u00e0 23 h 59, heure d'Helsinki. Le "
        "pr\u00e9c\u00e9dent appel (automne 2026) avait cl\u00f4tur\u00e9 le 15 octobre 2026. Seul(e)s les "
        "candidat(e)s pr\u00e9s\u00e9lectionn\u00e9(e)s seront contact\u00e9(e)s."
    )

    pdf.output(os.path.join(HERE, "oms_brazzaville_finlande_fr.pdf"))
    return pdf.page_no()


if __name__ == "__main__":
    imo_london()
    oaci_montreal()
    n = oms_brazzaville()
    print("pdf pages:", n)
