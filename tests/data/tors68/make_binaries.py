"""Build the binary documents of held-out folder bn (deterministic output).

Run with the project's virtualenv:  /work/main/.venv/bin/python make_binaries.py

Produces, next to this script:
  iaea_vienna_header_toc.docx  DOCX: facts in the page header/footer (first-page header differs),
                               TOC field, outline numbering 1. / 1.1 / 1.1.1 linked to headings
  ops_sanjose_aecid.docx       DOCX (Spanish): 4-column facts table, heading styles, list styles,
                               competency table
  escwa_beirut_saudi.pdf       PDF (fpdf2): letterhead, running header/footer, borderless
                               two-column label/value rows with wrapped values
  unodc_panama_suiza.pdf       PDF (fpdf2, Spanish): shaded header band, numbered sections,
                               inline bold labels, lettered duties with sub-items
"""

import io
import os
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2027, 1, 4, 9, 0, 0, tzinfo=timezone.utc)
ZIP_DATE = (2027, 1, 4, 9, 0, 0)


# --------------------------------------------------------------------------- helpers (DOCX)


def normalise_docx(doc, path, title, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 3
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            zout.writestr(info, data)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def run_xml(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = (
            "<w:rPr>"
            + ("<w:b/>" if bold else "")
            + ('<w:sz w:val="%d"/>' % size if size else "")
            + "</w:rPr>"
        )
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, text)


def field_runs(instr, cached, rpr=""):
    return (
        '<w:r>%s<w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r>%s<w:instrText xml:space="preserve"> %s </w:instrText></w:r>'
        '<w:r>%s<w:fldChar w:fldCharType="separate"/></w:r>'
        "<w:r>%s<w:t>%s</w:t></w:r>"
        '<w:r>%s<w:fldChar w:fldCharType="end"/></w:r>'
    ) % (rpr, rpr, instr, rpr, rpr, cached, rpr)


def add_para_xml(container, inner_xml, style=None, ppr_extra=""):
    """Append a raw <w:p> to a header/footer/body container (python-docx object)."""
    ppr = ""
    if style or ppr_extra:
        ppr = "<w:pPr>%s%s</w:pPr>" % ('<w:pStyle w:val="%s"/>' % style if style else "", ppr_extra)
    p = parse_xml("<w:p %s>%s%s</w:p>" % (nsdecls("w"), ppr, inner_xml))
    container._element.append(p)
    return p


def insert_before_sectpr(doc, element):
    body = doc.element.body
    body.insert(len(body) - 1, element)


def set_numpr(paragraph, num_id, ilvl):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = parse_xml(
        '<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), ilvl, num_id)
    )
    # numPr must follow pStyle/keepNext/keepLines/pageBreakBefore/framePr/widowControl
    anchor = None
    for tag in ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl"):
        found = ppr.find(qn(tag))
        if found is not None:
            anchor = found
    if anchor is None:
        ppr.insert(0, numpr)
    else:
        anchor.addnext(numpr)


def add_abstract_num(doc, abstract_xml, num_id, abstract_id, overrides=""):
    numbering = doc.part.numbering_part.element
    absn = parse_xml(abstract_xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>%s</w:num>'
        % (nsdecls("w"), num_id, abstract_id, overrides)
    )
    numbering.append(num)


def add_restart_num(doc, num_id, abstract_id):
    """A new w:num on an existing abstractNum whose first level restarts at 1."""
    numbering = doc.part.numbering_part.element
    num = parse_xml(
        '<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        % (nsdecls("w"), num_id, abstract_id)
    )
    numbering.append(num)


def abstract_of_num(doc, num_id):
    numbering = doc.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            return int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
    raise KeyError(num_id)


# --------------------------------------------------------------------------- IAEA DOCX

IAEA_REF = "2027/JPO/NSNI-05"
IAEA_TITLE = "Junior Professional Officer (Nuclear Safety Knowledge Management)"
IAEA_CLOSING = "Closing date: 20 May 2027, 18:00 (Seoul time)"

OUTLINE_ABSTRACT = """<w:abstractNum %s w:abstractNumId="90">
  <w:nsid w:val="5A3C21E7"/>
  <w:multiLevelType w:val="multilevel"/>
  <w:tmpl w:val="0409001D"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>
    <w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>
    <w:lvlText w:val="%%1.%%2"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%%1.%%2.%%3"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1296" w:hanging="720"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="3">
    <w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>
    <w:lvlText w:val="(%%4)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1728" w:hanging="432"/></w:pPr>
  </w:lvl>
</w:abstractNum>""" % nsdecls("w")

TOC1_STYLE = """<w:style %s w:type="paragraph" w:styleId="TOC1">
  <w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>
  <w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>
  <w:pPr><w:tabs><w:tab w:val="left" w:pos="440"/><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs>
  <w:spacing w:after="100"/></w:pPr>
</w:style>""" % nsdecls("w")

# (number, heading text, cached page, bookmark)
IAEA_SECTIONS = [
    (1, "Position information", 1),
    (2, "Organizational setting", 1),
    (3, "Main purpose and functions", 1),
    (4, "Learning elements", 2),
    (5, "Qualifications, experience and language skills", 2),
    (6, "Competencies", 2),
    (7, "Eligibility requirements of the Korean JPO Programme", 2),
    (8, "Required documents", 3),
    (9, "Application procedure", 3),
]


def build_iaea(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.8)
    sec.bottom_margin = Cm(2.2)
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(1.0)

    styles_el = doc.styles.element
    styles_el.append(parse_xml(TOC1_STYLE))
    # outline numbering linked to Heading 1 / Heading 2
    add_abstract_num(doc, OUTLINE_ABSTRACT, num_id=40, abstract_id=90)
    for sid, lvl in (("Heading1", 0), ("Heading2", 1)):
        st = doc.styles.element.get_by_id(sid)
        ppr = st.get_or_add_pPr()
        numpr = parse_xml(
            '<w:numPr %s>%s<w:numId w:val="40"/></w:numPr>'
            % (nsdecls("w"), '<w:ilvl w:val="1"/>' if lvl else "")
        )
        ppr.find(qn("w:keepLines")).addnext(numpr)
    toch = doc.styles.element.get_by_id("TOCHeading").get_or_add_pPr()
    toch.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>' % nsdecls("w")))

    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)

    # ---- header / footer: first page differs from the rest
    sec.different_first_page_header_footer = True
    fph = sec.first_page_header
    fph.paragraphs[0]._p.getparent().remove(fph.paragraphs[0]._p)
    add_para_xml(fph, run_xml("INTERNATIONAL ATOMIC ENERGY AGENCY", bold=True, size=26), "Header")
    add_para_xml(fph, run_xml("Atoms for Peace and Development", size=18), "Header")
    add_para_xml(fph, "", "Header")
    add_para_xml(
        fph,
        run_xml("JUNIOR PROFESSIONAL OFFICER PROGRAMME \u2013 VACANCY NOTICE", bold=True, size=20),
        "Header",
    )
    add_para_xml(
        fph,
        run_xml("Vacancy Notice No.: ", bold=True)
        + run_xml(IAEA_REF)
        + "<w:r><w:tab/></w:r><w:r><w:tab/></w:r>"
        + run_xml("Grade: ", bold=True)
        + run_xml("P-1"),
        "Header",
        '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="1F4E79"/></w:pBdr>',
    )

    fpf = sec.first_page_footer
    fpf.paragraphs[0]._p.getparent().remove(fpf.paragraphs[0]._p)
    add_para_xml(
        fpf,
        run_xml("Date issued: 14 April 2027")
        + "<w:r><w:tab/></w:r><w:r><w:tab/></w:r>"
        + run_xml(IAEA_CLOSING, bold=True),
        "Footer",
        '<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>',
    )

    hdr = sec.header
    hdr.paragraphs[0]._p.getparent().remove(hdr.paragraphs[0]._p)
    add_para_xml(
        hdr,
        run_xml("IAEA \u00b7 " + IAEA_REF, size=16)
        + "<w:r><w:tab/></w:r><w:r><w:tab/></w:r>"
        + run_xml(IAEA_TITLE + " \u00b7 P-1", size=16),
        "Header",
        '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>',
    )

    ftr = sec.footer
    ftr.paragraphs[0]._p.getparent().remove(ftr.paragraphs[0]._p)
    rpr = '<w:rPr><w:sz w:val="16"/></w:rPr>'
    add_para_xml(
        ftr,
        run_xml(IAEA_CLOSING, size=16)
        + "<w:r><w:tab/></w:r><w:r><w:tab/></w:r>"
        + run_xml("Page ", size=16)
        + field_runs("PAGE", "2", rpr)
        + run_xml(" of ", size=16)
        + field_runs("NUMPAGES", "3", rpr),
        "Footer",
        '<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>',
    )

    # ---- body: starts with the table of contents field
    body = doc.element.body
    body.remove(body[0]) if body[0].tag == qn("w:p") and not body[0].xpath(".//w:t") else None
    insert_before_sectpr(
        doc,
        parse_xml(
            '<w:p %s><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>%s</w:p>'
            % (nsdecls("w"), run_xml("Contents"))
        ),
    )
    for i, (num, text, page) in enumerate(IAEA_SECTIONS):
        bm = "_Toc19210%03d" % (400 + num)
        start = ""
        if i == 0:
            start = (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        link = (
            '<w:hyperlink w:anchor="%s" w:history="1">%s<w:r><w:tab/></w:r>%s<w:r><w:tab/></w:r>%s</w:hyperlink>'
            % (
                bm,
                run_xml("%d." % num),
                run_xml(text),
                field_runs("PAGEREF %s \\h" % bm, str(page), "<w:rPr><w:webHidden/></w:rPr>"),
            )
        )
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(IAEA_SECTIONS) - 1 else ""
        insert_before_sectpr(
            doc,
            parse_xml(
                '<w:p %s><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="left" w:pos="440"/>'
                '<w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs><w:rPr><w:noProof/></w:rPr></w:pPr>'
                "%s%s%s</w:p>" % (nsdecls("w"), start, link, end)
            ),
        )
    insert_before_sectpr(doc, parse_xml("<w:p %s/>" % nsdecls("w")))

    doc.add_paragraph(IAEA_TITLE, style="Title")
    doc.add_paragraph(
        "Korean JPO Programme 2027 \u2013 Department of Nuclear Safety and Security", style="Subtitle"
    )

    def h1(num, text):
        p = doc.add_paragraph(style="Heading 1")
        bm = "_Toc19210%03d" % (400 + num)
        p._p.append(parse_xml('<w:bookmarkStart %s w:id="%d" w:name="%s"/>' % (nsdecls("w"), num, bm)))
        p.add_run(text)
        p._p.append(parse_xml('<w:bookmarkEnd %s w:id="%d"/>' % (nsdecls("w"), num)))
        return p

    def h2(text):
        return doc.add_paragraph(text, style="Heading 2")

    def item(text, level=1, label=None):
        p = doc.add_paragraph(style="List Paragraph")
        set_numpr(p, 40, level)
        if label:
            p.add_run(label).bold = True
        p.add_run(text)
        return p

    def para(text):
        return doc.add_paragraph(text)

    h1(1, "Position information")
    item(
        " Nuclear Safety Knowledge Networks Unit, Division of Nuclear Installation Safety (NSNI), "
        "Department of Nuclear Safety and Security",
        label="Organizational unit:",
    )
    item(" Vienna, Austria (IAEA Headquarters, Vienna International Centre)", label="Duty station:")
    item(" Fixed-term JPO appointment", label="Type of appointment:")
    item(
        " one year, extendable for a second year subject to satisfactory performance and the "
        "agreement of the sponsoring Government",
        label="Duration:",
    )
    item(
        " Korean JPO Programme of the Ministry of Foreign Affairs (MOFA), administered by the "
        "Korea International Cooperation Agency (KOICA)",
        label="Sponsoring programme:",
    )

    h1(2, "Organizational setting")
    para(
        "The Department of Nuclear Safety and Security develops the IAEA safety standards and nuclear "
        "security guidance and assists Member States in applying them. The Division of Nuclear "
        "Installation Safety (NSNI) supports Member States in the safe siting, design, construction, "
        "operation and decommissioning of nuclear power plants and research reactors."
    )
    para(
        "The Nuclear Safety Knowledge Networks Unit manages the Global Nuclear Safety and Security "
        "Network (GNSSN), the regional safety networks and the Division's knowledge management "
        "platforms, which serve some 12 000 registered users from regulatory bodies, operating "
        "organizations and technical support organizations."
    )

    h1(3, "Main purpose and functions")
    para(
        "Reporting to the Unit Head (P-5), the JPO supports the planning, delivery and evaluation of "
        "knowledge management services of the Division. The JPO will:"
    )
    item(
        "Support the maintenance and further development of the GNSSN platform and its regional "
        "network sites, including content curation and user analytics;"
    )
    item(
        "Contribute to the preparation of technical meetings, workshops and e-learning modules on "
        "nuclear installation safety and knowledge management;"
    )
    item(
        "Compile and analyse information from peer review missions and operating experience "
        "feedback systems for use in knowledge products;"
    )
    item("Assist in the coordination of the regional safety networks, in particular:")
    item("the Asian Nuclear Safety Network (ANSN) working groups on knowledge management;", level=2)
    item("the Forum of Regulatory Bodies in Africa (FNRBA) capacity-building plans;", level=2)
    item("Draft meeting reports, briefing notes and contributions to the Nuclear Safety Review;")
    item(
        "Liaise with counterparts in Member States and with other IAEA departments on information "
        "exchange and knowledge preservation projects;"
    )
    item("Perform other related duties as assigned.")

    h1(4, "Learning elements")
    para("On completion of the assignment the JPO will:")
    item(
        "understand the IAEA safety standards framework and how it is applied through advisory and "
        "peer review services;"
    )
    item(
        "have practical experience in managing an international knowledge network and its digital platforms;"
    )
    item("be able to organize international technical meetings in line with IAEA rules and procedures;")
    item("have developed drafting and presentation skills in a multicultural, technical environment.")

    h1(5, "Qualifications, experience and language skills")
    h2("Education")
    para(
        "Master's degree in nuclear engineering, physics, information science, knowledge management or "
        "a related field. A Bachelor's degree with two additional years of qualifying experience may "
        "be accepted in lieu of the Master's degree."
    )
    h2("Experience")
    para(
        "A minimum of one year of relevant professional experience in nuclear safety, nuclear "
        "engineering or knowledge and information management."
    )
    h2("Language skills")
    para("Fluency in English is essential. Knowledge of French or Russian is an asset.")

    h1(6, "Competencies")
    h2("Core competencies")
    item("Communication", level=2)
    item("Achieving results", level=2)
    item("Teamwork", level=2)
    item("Planning and organizing", level=2)
    h2("Functional competencies")
    item("Analytical thinking", level=2)
    item("Technical/scientific credibility", level=2)

    h1(7, "Eligibility requirements of the Korean JPO Programme")
    item(" Citizens of the Republic of Korea only.", label="Nationality:")
    item(
        " 32 years of age or younger as of 31 December 2027 (born on or after 1 January 1995). For "
        "male applicants who have completed military service, the age limit is extended as follows:",
        label="Age:",
    )
    item("less than one year of service: one year;", level=2)
    item("one year or more but less than two years of service: two years;", level=2)
    item("two years of service or more: three years.", level=2)
    item(
        " Fluency in English and Korean. Applicants must submit a TOEFL iBT score of 100, an IELTS "
        "Academic score of 7.0 or a NEW TEPS score of 452 or higher, obtained within two years before "
        "the closing date; TOEFL MyBest scores are not accepted.",
        label="Languages:",
    )
    item(
        " Applicants may apply for a maximum of two (2) JPO positions per year.",
        label="Number of applications:",
    )
    item(
        " Persons who have already served as a JPO, irrespective of the sponsoring Government, "
        "are not eligible.",
        label="Previous JPO service:",
    )

    h1(8, "Required documents")
    item(
        "Online application form of the MOFA UN Recruitment Centre, including a statement of motivation in English;"
    )
    item("IAEA Personal History Form (English);")
    item("Copies of university degree certificates and academic transcripts (English);")
    item("Official English test score report (TOEFL iBT, IELTS Academic or NEW TEPS);")
    item("Resident registration certificate (English version);")
    item("Certificate of military service, for male applicants who have completed it.")

    h1(9, "Application procedure")
    para(
        "Applications must be submitted through the MOFA UN Recruitment Centre portal "
        "(unrecruit.mofa.go.kr) by the closing date shown in the footer of this notice. Late or "
        "incomplete applications will not be considered. Short-listed candidates will be invited to "
        "a written test and an interview in Seoul; the final selection is made by the IAEA."
    )
    para(
        "Candidates who applied in the 2026 round, which closed on 29 May 2026, may apply again if they "
        "still meet the eligibility requirements above."
    )
    para(
        "The IAEA is committed to gender equality and to promoting a diverse workforce. Applications "
        "from qualified women and from candidates with disabilities are strongly encouraged."
    )

    normalise_docx(doc, path, IAEA_TITLE, "IAEA MTHR")


# --------------------------------------------------------------------------- OPS DOCX (Spanish)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def build_ops(path):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(27.94)
    sec.page_width = Cm(21.59)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)

    ftr = sec.footer.paragraphs[0]
    ftr.text = "OPS/OMS Costa Rica \u2013 Términos de referencia JPO \u2013 uso público"
    ftr.runs[0].font.size = Pt(8)

    lh = doc.add_paragraph()
    r = lh.add_run("Organización Panamericana de la Salud")
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x00, 0x5E, 0xA2)
    lh2 = doc.add_paragraph()
    r = lh2.add_run(
        "Organización Mundial de la Salud \u2013 Oficina Regional para las Américas\n"
        "Representación en Costa Rica"
    )
    r.font.size = Pt(9)

    doc.add_paragraph("Profesional Asociado/a (JPO) en Salud Ambiental y Cambio Climático", style="Title")

    facts = [
        ("N.º de vacante", "OPS/JPO/CRI/2027-01", "Expediente AECID", "2027/JPO/0147"),
        (
            "Organización",
            "Organización Panamericana de la Salud (OPS/OMS)",
            "Unidad",
            "Determinantes Ambientales de la Salud y Cambio Climático",
        ),
        ("Lugar de destino", "San José, Costa Rica", "Grado", "P-2"),
        (
            "Duración",
            "Un (1) año, prorrogable por un segundo año",
            "Programa",
            "Programa de Jóvenes Profesionales (JPO) de la Cooperación Española \u2013 AECID",
        ),
        (
            "Fecha de publicación",
            "1 de marzo de 2027",
            "Fecha límite",
            "26 de marzo de 2027, 14:00 horas (hora peninsular española)",
        ),
    ]
    table = doc.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    for row in facts:
        cells = table.add_row().cells
        for i, val in enumerate(row):
            cells[i].text = val
            if i % 2 == 0:
                cells[i].paragraphs[0].runs[0].bold = True
                shade(cells[i], "DCE6F1")
    widths = (Cm(3.3), Cm(5.5), Cm(3.0), Cm(5.6))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    # restartable numbered lists on the List Number definition
    ln_abstract = abstract_of_num(doc, 5)
    add_restart_num(doc, 61, ln_abstract)
    add_restart_num(doc, 62, ln_abstract)

    def numbered(text, num_id):
        p = doc.add_paragraph(text, style="List Number")
        set_numpr(p, num_id, 0)
        return p

    doc.add_heading("Antecedentes", level=1)
    doc.add_paragraph(
        "La Representación de la OPS/OMS en Costa Rica coopera con el Ministerio de Salud, la Caja "
        "Costarricense de Seguro Social y el Ministerio de Ambiente y Energía en la aplicación de la "
        "Agenda para las Américas sobre Salud, Medio Ambiente y Cambio Climático 2021-2030. La Unidad "
        "de Determinantes Ambientales de la Salud apoya la vigilancia de la calidad del agua y del aire, "
        "los planes de adaptación del sector salud y la iniciativa de establecimientos de salud "
        "inteligentes y resilientes."
    )
    doc.add_paragraph(
        "La persona seleccionada trabajará bajo la supervisión del Asesor en Salud Ambiental (P-4) "
        "y en coordinación con el equipo regional de Cambio Climático y Salud en Washington, D.C."
    )

    doc.add_heading("¿Qué hará la persona seleccionada?", level=1)
    for t in [
        "Apoyar la elaboración y el seguimiento del plan nacional de adaptación del sector salud al cambio climático;",
        "Recopilar y analizar datos sobre calidad del aire, agua y saneamiento, y preparar boletines técnicos;",
        "Contribuir a la evaluación de la resiliencia climática de establecimientos de salud seleccionados;",
        "Participar en la organización de talleres y cursos virtuales del Campus Virtual de Salud Pública;",
        "Apoyar la preparación de propuestas de proyectos y de informes para socios y donantes;",
        "Mantener la coordinación con las contrapartes nacionales y las agencias del Sistema de las Naciones Unidas;",
        "Contribuir a la gestión del conocimiento y a la comunicación de resultados de la Unidad;",
        "Realizar otras tareas afines que le sean asignadas.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Elementos de aprendizaje", level=1)
    for t in [
        "Conocer el funcionamiento de la OPS/OMS y de la cooperación técnica en salud a nivel de país.",
        "Adquirir experiencia en la gestión de proyectos de salud ambiental con enfoque de equidad.",
        "Desarrollar capacidades de análisis de datos ambientales y epidemiológicos.",
        "Fortalecer habilidades de comunicación técnica y de trabajo interinstitucional.",
        "Participar en al menos una misión de cooperación técnica en otro país de Centroamérica.",
    ]:
        numbered(t, 61)

    doc.add_heading("Perfil requerido", level=1)
    doc.add_heading("Formación", level=2)
    doc.add_paragraph(
        "Título de maestría en salud pública, ciencias ambientales, ingeniería sanitaria, "
        "epidemiología o un campo afín."
    )
    doc.add_heading("Experiencia", level=2)
    doc.add_paragraph(
        "Mínimo de dos (2) años de experiencia profesional en salud pública, salud "
        "ambiental o cambio climático."
    )
    doc.add_heading("Idiomas", level=2)
    doc.add_paragraph(
        "Dominio del español y del inglés (nivel avanzado). Se valorará el conocimiento del portugués."
    )

    doc.add_heading("Competencias", level=1)
    comp = doc.add_table(rows=1, cols=2)
    comp.style = "Table Grid"
    comp.rows[0].cells[0].text = "Competencia"
    comp.rows[0].cells[1].text = "Descripción"
    for c in comp.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
        shade(c, "005EA2")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for name, desc in [
        ("Trabajo en equipo", "Colabora con colegas y socios para alcanzar objetivos comunes."),
        ("Comunicación", "Se expresa con claridad por escrito y oralmente, adaptándose a la audiencia."),
        ("Orientación a resultados", "Planifica su trabajo y cumple los plazos con calidad."),
        (
            "Respeto y fomento de las diferencias individuales y culturales",
            "Trabaja eficazmente con personas de orígenes diversos.",
        ),
        ("Conocimiento técnico", "Aplica conocimientos actualizados de salud ambiental."),
    ]:
        cells = comp.add_row().cells
        cells[0].text = name
        cells[1].text = desc

    doc.add_heading("Requisitos del Programa JPO de la Cooperación Española", level=1)
    for t in [
        "Tener nacionalidad española.",
        "No haber cumplido 31 años a la fecha de cierre de la convocatoria.",
        "Titulación: máster universitario y al menos dos (2) años de experiencia profesional, o grado "
        "universitario y al menos cuatro (4) años de experiencia profesional.",
        "Acreditar un nivel de inglés mediante IELTS 7.0 o TOEFL iBT 95, con una antigüedad no "
        "superior a dos años en la fecha de cierre.",
        "No haber sido JPO con anterioridad, en ningún programa ni organismo.",
        "La AECID realiza una única convocatoria anual; cada candidato/a podrá presentarse a un "
        "máximo de tres (3) puestos.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Documentación requerida", level=1)
    for t in [
        "Formulario de solicitud en línea de la AECID.",
        "Currículum vitae en español y en inglés (formato Europass).",
        "Carta de motivación en español (máximo una página).",
        "Copia del título de máster y, en su caso, del título de grado.",
        "Certificado de IELTS o TOEFL iBT.",
        "Copia del DNI o pasaporte español en vigor.",
    ]:
        numbered(t, 62)

    doc.add_heading("Cómo postular", level=1)
    doc.add_paragraph(
        "Las candidaturas se presentan exclusivamente a través de la sede electrónica de la AECID, "
        "indicando el número de vacante OPS/JPO/CRI/2027-01, hasta el 26 de marzo de 2027 a las "
        "14:00 horas (hora peninsular española). No se admitirán candidaturas fuera de plazo. Las "
        "entrevistas de las personas preseleccionadas se celebrarán en abril de 2027."
    )
    doc.add_paragraph(
        "La OPS no cobra tarifa alguna en ninguna etapa del proceso de selección. El uso del tabaco "
        "es incompatible con los principios de la Organización."
    )

    normalise_docx(doc, path, "JPO Salud Ambiental - OPS Costa Rica", "OPS CRI")


# --------------------------------------------------------------------------- ESCWA PDF


class EscwaPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(
            0,
            5,
            "United Nations ESCWA  |  Terms of Reference - Junior Professional Officer (Saudi Arabia)",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "27-ESCWA-JPO-0412", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)


def pdf_common(pdf, title, author):
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.alias_nb_pages()


def build_escwa(path):
    pdf = EscwaPDF(format="A4")
    pdf_common(pdf, "Terms of Reference - JPO - ESCWA", "ESCWA Human Resources")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, "UNITED NATIONS", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(
        0,
        6,
        "Economic and Social Commission for Western Asia",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "TERMS OF REFERENCE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(
        0,
        5,
        "Junior Professional Officer Programme of the Kingdom of Saudi Arabia",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(5)

    LW = 48

    def row(label, value, bold_value=False):
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(LW, 5.5, label)
        pdf.set_font("Helvetica", "B" if bold_value else "", 9.5)
        pdf.multi_cell(0, 5.5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)

    row(
        "Title",
        "Junior Professional Officer - Associate Economic Affairs Officer (Arab Digital Economy "
        "and Statistics)",
        bold_value=True,
    )
    row("Job Opening ID", "27-ESCWA-JPO-0412")
    row("Saudi file no.", "KSA-JPO/1448/031")
    row("Organization", "United Nations Economic and Social Commission for Western Asia (ESCWA)")
    row(
        "Unit",
        "Statistics, Information Society and Technology Cluster, Statistical Policies and "
        "Coordination Section",
    )
    row("Place of assignment", "Beirut, Lebanon")
    row("Grade", "P-2")
    row("Duration", "Two years")
    row("Sponsor", "Kingdom of Saudi Arabia")
    row("Date of issuance", "17 May 2027")
    row("Deadline for applications", "30 June 2027")
    pdf.ln(3)

    def heading(text):
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_fill_color(225, 232, 240)
        pdf.cell(0, 6.5, text, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    def text(t):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(0, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    def bullet(t):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(5, 5, "\u2022")
        pdf.multi_cell(0, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.6)

    heading("Background")
    text(
        "ESCWA is one of the five regional commissions of the United Nations. It supports the 21 Arab "
        "member States in achieving inclusive and sustainable development and regional integration. "
        "The Statistics, Information Society and Technology Cluster produces regional statistics, "
        "supports national statistical offices in modernizing their systems and monitors the "
        "development of the digital economy and the information society in the Arab region."
    )
    text(
        "The Statistical Policies and Coordination Section leads the regional work on the 2030 Agenda "
        "indicators, coordinates the Arab Statistics Committee and hosts the regional data hub. The "
        "JPO will be part of a team of six statisticians and economists and will also support the "
        "regional task force on big data for official statistics, which brings together national "
        "statistical offices, telecommunication regulators and mobile network operators. The Section "
        "is located at the UN House in Riad El Solh, Beirut, and works closely with the ESCWA "
        "Technology Centre and the national statistical offices of the Gulf Cooperation Council."
    )
    heading("Duties and responsibilities")
    text(
        "Under the supervision of the Chief of the Statistical Policies and Coordination Section (P-5), "
        "and working closely with a Statistician (P-3), the JPO will:"
    )
    for b in [
        "Compile, validate and analyse data on ICT access, e-commerce and the digital economy from "
        "national statistical offices, regulators and international databases;",
        "Contribute to the Arab Digital Development Report and to country digital economy profiles;",
        "Support the development of the ESCWA statistical dissemination platform, including metadata "
        "documentation and data visualization products;",
        "Assist in preparing methodological notes and training material on measuring the digital "
        "economy and on the use of administrative and big data sources;",
        "Help organize expert group meetings, regional workshops and technical advisory missions to "
        "member States, including the preparation of background documents and reports;",
        "Follow the work of the UN Statistical Commission and of the Partnership on Measuring ICT for "
        "Development, and prepare briefing notes for senior management on the positions and "
        "priorities of Arab member States in these fora;",
        "Draft inputs to reports of the Executive Secretary, talking points and correspondence;",
        "Perform other related duties as required.",
    ]:
        bullet(b)
    heading("Learning elements")
    text("At the end of the assignment the JPO will have:")
    for b in [
        "gained practical knowledge of official statistics and of the measurement of the digital economy;",
        "understood the functioning of a UN regional commission and its intergovernmental bodies;",
        "developed skills in data analysis, report drafting and the organization of regional meetings;",
        "built a professional network with statisticians and policymakers of the Arab region.",
    ]:
        bullet(b)

    heading("Qualifications")
    row(
        "Education",
        "Advanced university degree (Master's degree or equivalent) in statistics, "
        "economics, econometrics, data science or a related field. A first-level university "
        "degree will not be accepted in lieu of the advanced degree.",
    )
    row(
        "Work experience (min.)",
        "2-4 yrs of professional experience in statistics, economic analysis or data management",
    )
    row(
        "Languages",
        "English and Arabic are the working languages of ESCWA. For this post, fluency in "
        "English and Arabic is required; knowledge of French is desirable.",
    )

    heading("Competencies")
    for b in [
        "Professionalism",
        "Communication",
        "Teamwork",
        "Planning and organizing",
        "Technological awareness",
    ]:
        bullet(b)

    heading("Eligibility - Saudi JPO Programme")
    for b in [
        "Saudi nationality. Nationals of the country of assignment are not eligible for this post.",
        "Not older than 30 years on the closing date of this vacancy.",
        "A Master's degree and a minimum of two years of relevant work experience.",
        "Proof of English proficiency: IELTS Academic 6.5 or TOEFL iBT 85.",
    ]:
        bullet(b)

    heading("Required documents")
    pdf.set_font("Helvetica", "", 9.5)
    for i, b in enumerate(
        [
            "Cover letter addressed to the JPO Programme Office;",
            "Completed United Nations Personal History Profile (P11);",
            "Copies of university degrees and transcripts;",
            "Copy of the Saudi national identity card or passport;",
            "IELTS or TOEFL score report.",
        ],
        1,
    ):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 5, "%d)" % i)
        pdf.multi_cell(0, 5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)

    heading("How to apply")
    text(
        "Applications are to be sent to the JPO Programme Office of the Ministry of Foreign Affairs, "
        "Riyadh (jpo@mofa.gov.sa), quoting the Job Opening ID, by 30 June 2027. Applications received "
        "after the deadline will not be considered. Only candidates under serious consideration will "
        "be contacted."
    )
    text("ESCWA does not charge any fee at any stage of the recruitment process.")
    pdf.output(path)


# --------------------------------------------------------------------------- UNODC PDF (Spanish)


class UnodcPDF(FPDF):
    def header(self):
        self.set_fill_color(0, 76, 125)
        self.rect(0, 0, self.w, 14, style="F")
        self.set_xy(15, 4)
        self.set_text_color(255, 255, 255)
        self.set_font("Helvetica", "B", 9)
        self.cell(0, 6, "UNODC  -  Oficina Regional para Centroamérica y el Caribe (ROPAN)")
        self.set_x(15)
        self.cell(0, 6, "Términos de referencia - JPO", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, "Página %d de {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)


def build_unodc(path):
    pdf = UnodcPDF(format="A4")
    pdf_common(pdf, "TdR JPO UNODC ROPAN", "UNODC ROPAN")
    pdf.set_margins(15, 20, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(
        0,
        6,
        "OFICINA DE LAS NACIONES UNIDAS CONTRA LA DROGA Y EL DELITO (UNODC)",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Oficina Regional para Centroamérica y el Caribe en Panamá",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "TÉRMINOS DE REFERENCIA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(
        0,
        7,
        "Oficial Profesional Asociado/a (JPO) en Prevención del Delito y Justicia Penal",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(4)

    def section(t):
        pdf.ln(1.5)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_text_color(0, 76, 125)
        pdf.cell(0, 6, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def md(t, indent=0):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(0, 5, t, markdown=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    def item(marker, t, indent=4, mw=7):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_x(pdf.l_margin + indent)
        pdf.cell(mw, 5, marker)
        pdf.multi_cell(0, 5, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.5)

    section("1. INFORMACIÓN GENERAL")
    md(
        "**Título del puesto:** Oficial Profesional Asociado/a (JPO) en Prevención del Delito y Justicia Penal"
    )
    md("**Número de puesto (Job Opening ID):** JPO-ROPAN-2027-09")
    md("**Referencia DFAE:** 524.2-JPO-27-18")
    md("**Organización:** Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)")
    md("**Unidad:** Programa Regional de Prevención del Delito y Justicia Penal")
    md("**Lugar de destino:** Ciudad de Panamá, Panamá")
    md("**Supervisión:** Jefe/a de la Unidad de Justicia Penal (P-4)")
    md("**Duración de la asignación:** 12 meses, con posibilidad de prórroga hasta un máximo de 36 meses.")
    md(
        "**Nota:** los candidatos podrán presentar solicitudes a un máximo de dos puestos del Programa JPO "
        "suizo por año."
    )
    md(
        "**Programa patrocinador:** Programa JPO del Departamento Federal de Asuntos Exteriores (DFAE) de Suiza"
    )
    md("**Fecha límite:** 18 de octubre de 2027, 12:00 (mediodía), hora de Berna")

    section("2. ANTECEDENTES")
    md(
        "La Oficina Regional de UNODC en Panamá (ROPAN) presta asistencia técnica a 23 países y "
        "territorios de Centroamérica y el Caribe en materia de prevención del delito, reforma de la "
        "justicia penal, lucha contra la delincuencia organizada transnacional y prevención de la "
        "corrupción. El Programa Regional de Prevención del Delito y Justicia Penal apoya la reforma "
        "penitenciaria, las alternativas al encarcelamiento y el acceso a la justicia de las víctimas."
    )
    md(
        "El puesto JPO anterior en esta oficina (2023-2026) era de categoría P-2 y estaba dedicado a la "
        "cooperación internacional en asuntos penales."
    )

    section("3. FUNCIONES")
    md(
        "Bajo la supervisión directa del/de la Jefe/a de la Unidad de Justicia Penal, la persona "
        "seleccionada deberá:"
    )
    item(
        "a)",
        "Apoyar la planificación, ejecución y seguimiento de los proyectos de reforma "
        "penitenciaria en Panamá, Guatemala y la República Dominicana;",
    )
    item("b)", "Contribuir a la elaboración de productos de conocimiento, en particular:")
    item("-", "guías prácticas sobre medidas alternativas al encarcelamiento;", indent=12, mw=5)
    item("-", "estudios comparativos sobre justicia juvenil en la región;", indent=12, mw=5)
    item("c)", "Organizar talleres de capacitación para operadores de justicia y personal penitenciario;")
    item(
        "d)",
        "Dar seguimiento a los indicadores de los marcos de resultados y redactar informes para "
        "los donantes;",
    )
    item(
        "e)",
        "Mantener la coordinación con las contrapartes nacionales, la sociedad civil y otras "
        "agencias del Sistema de las Naciones Unidas;",
    )
    item("f)", "Preparar notas informativas, discursos y presentaciones para la Representación Regional;")
    item("g)", "Realizar otras tareas relacionadas que se le asignen.")

    section("4. ELEMENTOS DE APRENDIZAJE")
    for t in [
        "Conocimiento de las reglas y normas de las Naciones Unidas en materia de prevención del delito "
        "y justicia penal (Reglas Nelson Mandela, Reglas de Tokio, Reglas de Bangkok);",
        "Experiencia en la gestión de proyectos de cooperación técnica en un contexto regional;",
        "Capacidad para trabajar con instituciones del sector justicia y con donantes;",
        "Habilidades de redacción, negociación y presentación en español e inglés.",
    ]:
        item("\u2022", t)

    section("5. PERFIL REQUERIDO")
    md(
        "**Formación:** título universitario avanzado (maestría o equivalente) en derecho, criminología, "
        "ciencias políticas, relaciones internacionales o un campo afín. Un título universitario de "
        "primer nivel combinado con tres años adicionales de experiencia calificada podrá aceptarse en "
        "lugar del título avanzado."
    )
    md(
        "**Experiencia:** entre dos y cinco años de experiencia profesional en justicia penal, derechos "
        "humanos o gestión de proyectos de cooperación internacional."
    )
    md("**Idiomas:** dominio del español y del inglés. Se valorará el conocimiento del francés o del alemán.")

    section("6. COMPETENCIAS")
    for t in ["Profesionalismo", "Comunicación", "Trabajo en equipo", "Planificación y organización"]:
        item("\u2022", t)

    section("7. REQUISITOS DEL PROGRAMA JPO SUIZO")
    for t in [
        "Nacionalidad suiza. Las personas con doble nacionalidad suiza y panameña no son elegibles "
        "para este puesto.",
        "Edad: tener como máximo 31 años cumplidos en la fecha de cierre de la convocatoria.",
        "Haber finalizado estudios universitarios de maestría o equivalentes.",
        "Disponibilidad para viajar con frecuencia dentro de la región.",
    ]:
        item("\u2022", t)

    section("8. DOCUMENTOS REQUERIDOS")
    for i, t in enumerate(
        [
            "Formulario de candidatura del DFAE debidamente completado;",
            "Currículum vitae en inglés o español;",
            "Carta de motivación en español;",
            "Copias de los diplomas universitarios;",
            "Copia del pasaporte suizo.",
        ],
        1,
    ):
        item("%d." % i, t)

    section("9. CÓMO POSTULAR")
    md(
        "Las candidaturas deben enviarse a través del portal de empleo del DFAE a más tardar el "
        "**18 de octubre de 2027 a las 12:00 (mediodía), hora de Berna**. Solo se considerarán "
        "candidaturas de personas nacidas el 1 de enero de 1994 o después."
    )
    md(
        "Esta convocatoria sustituye a la publicada el 2 de febrero de 2027, cuyo plazo venció el 28 de "
        "febrero de 2027. Las personas que ya postularon entonces deberán presentar una nueva candidatura."
    )
    md("UNODC no cobra ninguna tarifa en ninguna etapa del proceso de contratación.")
    pdf.output(path)


def main():
    build_iaea(os.path.join(HERE, "iaea_vienna_header_toc.docx"))
    build_ops(os.path.join(HERE, "ops_sanjose_aecid.docx"))
    build_escwa(os.path.join(HERE, "escwa_beirut_saudi.pdf"))
    build_unodc(os.path.join(HERE, "unodc_panama_suiza.pdf"))


if __name__ == "__main__":
    main()
