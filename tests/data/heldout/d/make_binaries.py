"""Build the binary documents of this folder, byte-for-byte deterministic.

Run with the project venv:  /work/main/.venv/bin/python make_binaries.py
Produces: fao_georgetown.docx
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2027, 2, 1, 9, 0, 0)
ZIP_TIME = (2027, 2, 1, 9, 0, 0)


def _normalise_zip(raw: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes so output is reproducible."""
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name))
    return out.getvalue()


def fao_georgetown():
    doc = Document()
    cp = doc.core_properties
    cp.author = "FAO JPO Programme"
    cp.last_modified_by = "FAO JPO Programme"
    cp.title = "JPO Terms of Reference IRC5521"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1

    doc.add_paragraph("Food and Agriculture Organization of the United Nations", style="Title")
    doc.add_paragraph("Junior Professional Officer Programme | Terms of Reference", style="Subtitle")

    rows = [
        ("Posting no.", "IRC5521"),
        ("Post title", "Associate Fisheries and Aquaculture Officer (JPO)"),
        ("Organizational unit", "FAO Representation in Guyana (FRGUY), Fisheries and Aquaculture Programme"),
        ("City", "Georgetown"),
        ("Country", "Guyana"),
        ("Grade", "P-1"),
        ("Duration", "2 years"),
        ("Sponsoring programme", "Danish Ministry of Foreign Affairs, JPO Programme"),
        ("Danish MFA file no.", "2027-1187"),
        ("Date posted", "1 February 2027"),
        ("Deadline for applications", "1 March 2027, 12:00 noon Danish time (CET)"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        for run in cells[0].paragraphs[0].runs:
            run.bold = True

    doc.add_heading("Organizational setting", level=1)
    doc.add_paragraph(
        "The FAO Representation in Guyana supports the Government of Guyana in achieving food "
        "security, sustainable agriculture and the sound management of its fisheries and aquatic "
        "resources. Fisheries and aquaculture provide livelihoods to more than 10 000 people along "
        "the Atlantic coast and in the riverine communities of the hinterland regions."
    )
    doc.add_paragraph(
        "The JPO will work under the overall supervision of the FAO Representative and the direct "
        "supervision of the Fisheries Officer (P-4) of the Subregional Office for the Caribbean, in "
        "close collaboration with the Fisheries Department of the Ministry of Agriculture."
    )

    doc.add_heading("What will you be doing?", level=1)
    duties = [
        "Support the implementation of the national programme on climate-resilient small-scale "
        "fisheries, including the work plans of the projects funded by the Global Environment "
        "Facility and the European Union;",
        "Contribute to the collection and analysis of fisheries and aquaculture statistics, in particular:",
        "Assist the Fisheries Department in the application of the FAO Voluntary Guidelines for "
        "Securing Sustainable Small-Scale Fisheries;",
        "Prepare technical notes, briefs and presentations on fisheries management, aquaculture "
        "development and the blue economy;",
        "Support capacity development activities for fisherfolk organizations and women fish processors;",
        "Contribute to the monitoring and reporting of project results and to the preparation of "
        "donor reports;",
        "Participate in the formulation of new project proposals and in resource mobilization;",
        "Liaise with CARICOM, the Caribbean Regional Fisheries Mechanism and other partners;",
        "Perform other related duties as required.",
    ]
    for i, text in enumerate(duties):
        doc.add_paragraph(text, style="List Bullet")
        if i == 1:
            doc.add_paragraph(
                "catch and effort data from landing sites on the Essequibo and Berbice rivers;",
                style="List Bullet 2",
            )
            doc.add_paragraph("production data from inland aquaculture farms;", style="List Bullet 2")

    doc.add_heading("What will you learn?", level=1)
    for text in [
        "How FAO designs, implements and monitors field programmes at country level;",
        "Practical application of FAO normative instruments in fisheries governance;",
        "Working with government counterparts, regional bodies and resource partners;",
        "Project cycle management and results-based reporting.",
    ]:
        doc.add_paragraph(text, style="List Number")

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Minimum requirements", level=2)
    doc.add_paragraph(
        "Advanced university degree (Master's or equivalent) in fisheries science, aquaculture, "
        "marine biology, natural resource management or a related field. Master's students in "
        "their final semester may apply, provided the degree is awarded before the start of the "
        "assignment."
    )
    doc.add_paragraph(
        "At least one year of relevant professional experience, preferably in small-scale "
        "fisheries or aquaculture in developing countries."
    )
    doc.add_paragraph(
        "Working knowledge (level C) of English is required. Limited knowledge (level B) of "
        "Spanish or French is desirable."
    )
    doc.add_heading("FAO Core Competencies", level=2)
    for text in [
        "Results Focus",
        "Teamwork",
        "Communication",
        "Building Effective Relationships",
        "Knowledge Sharing and Continuous Improvement",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_heading("Selection criteria", level=2)
    doc.add_paragraph(
        "Field experience in fisheries data collection, familiarity with statistical software "
        "(R or Stata) and experience in the Caribbean or Latin America will be considered assets."
    )

    doc.add_heading("Are you eligible?", level=1)
    doc.add_paragraph(
        "The position is funded by the Danish Ministry of Foreign Affairs and is open only to "
        "Danish nationals. Applicants must not be older than 32 years on 31 December 2027, that "
        "is, they must be born in 1995 or later."
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph(
        "Applications must be submitted through the online recruitment portal of the Danish "
        "Ministry of Foreign Affairs and include:"
    )
    for text in [
        "A curriculum vitae in English (maximum two pages);",
        "A motivation letter in English;",
        "Copies of university diplomas and transcripts;",
        "A copy of the applicant's Danish passport.",
    ]:
        doc.add_paragraph(text, style="List Bullet")
    p = doc.add_paragraph()
    r = p.add_run("Deadline: 1 March 2027 at 12:00 noon Danish time (CET). ")
    r.bold = True
    p.add_run("Only short-listed candidates will be contacted; interviews are expected in April 2027.")
    for run in p.runs:
        run.font.size = Pt(11)

    buf = io.BytesIO()
    doc.save(buf)
    (HERE / "fao_georgetown.docx").write_bytes(_normalise_zip(buf.getvalue()))


if __name__ == "__main__":
    fao_georgetown()
