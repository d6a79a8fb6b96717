"""Build the binary documents of this folder (deterministic output).

Run with: /work/main/.venv/bin/python make_binaries.py
Produces: unhcr_coxsbazar_form.docx
"""

import datetime
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)
ZIP_TIME = (2026, 3, 2, 9, 0, 0)


def facts_table(doc, rows):
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
        for p in cells[0].paragraphs:
            for r in p.runs:
                r.bold = True
    return table


def bullets(doc, items, style="List Bullet"):
    for item in items:
        if isinstance(item, tuple):
            text, subs = item
            doc.add_paragraph(text, style=style)
            for s in subs:
                doc.add_paragraph(s, style="List Bullet 2")
        else:
            doc.add_paragraph(item, style=style)


def build_unhcr():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)

    header = doc.sections[0].header.paragraphs[0]
    header.text = "UNHCR - The UN Refugee Agency | Junior Professional Officer Programme"

    doc.add_paragraph("UNITED NATIONS HIGH COMMISSIONER FOR REFUGEES", style="Title")
    doc.add_paragraph("TERMS OF REFERENCE - JUNIOR PROFESSIONAL OFFICER (JPO)")

    doc.add_heading("1. General Information", level=1)
    facts_table(
        doc,
        [
            ("Title", "Associate Protection Officer (Community-Based\nProtection)"),
            ("Position Number", "10239871"),
            ("Donor reference", "MOFA Japan JPO-2026-UNHCR-05"),
            ("Sector / Unit", "Protection Unit, Sub-Office Cox's Bazar"),
            ("Operation", "UNHCR Representation in Bangladesh"),
            ("Duty Station", "Cox's Bazar"),
            ("Country", "Bangladesh"),
            ("Location type", "Hardship category D, non-family duty station"),
            ("Grade", "P2"),
            ("Duration", "12 months, with possible extension to 24 months"),
            ("Sponsoring donor", "Ministry of Foreign Affairs of Japan (MOFA Japan)"),
            ("Date of issue", "2 March 2026"),
            ("Closing date", "28 April 2026, 17:00 Tokyo time"),
        ],
    )

    doc.add_heading("2. Supervision", level=1)
    doc.add_paragraph(
        "The JPO will work under the direct supervision of the Protection Officer (P-3), "
        "Community-Based Protection, and under the overall guidance of the Senior Protection "
        "Officer (P-5) of the Sub-Office. The JPO will be part of a team of 14 national and "
        "international protection staff covering 33 camps in Ukhiya and Teknaf upazilas."
    )

    doc.add_heading("3. Duties and Responsibilities", level=1)
    doc.add_paragraph(
        "Bangladesh hosts close to one million Rohingya refugees from Myanmar. Under the "
        "Joint Response Plan, UNHCR leads the protection sector and works with community "
        "structures to strengthen self-reliance and protection outcomes. The JPO will:"
    )
    bullets(
        doc,
        [
            "Support the implementation of the community-based protection strategy in the "
            "assigned camps, in line with the UNHCR Policy on Age, Gender and Diversity (AGD);",
            (
                "Facilitate participatory assessments and focus group discussions with refugees, including:",
                [
                    "women, adolescents and older persons;",
                    "persons with disabilities and minority groups.",
                ],
            ),
            "Support community outreach members and refugee volunteers through regular mentoring, "
            "training and supervision visits;",
            "Monitor the functioning of feedback and response mechanisms and analyse complaints "
            "data to inform programme adjustments;",
            "Contribute to protection monitoring, incident reporting and referrals of persons with "
            "specific needs;",
            "Draft protection updates, donor reports and briefing notes for visiting missions;",
            "Perform other related duties as required.",
        ],
    )

    doc.add_heading("4. Training and Learning Elements", level=1)
    doc.add_paragraph("During the assignment the JPO will:")
    bullets(
        doc,
        [
            "Acquire in-depth knowledge of UNHCR's protection mandate and community-based "
            "approaches in a large-scale refugee operation;",
            "Complete the UNHCR Protection Learning Programme and the Community-Based Protection e-learning;",
            "Gain practical experience in participatory methodologies and AGD mainstreaming;",
            "Develop inter-agency coordination skills through participation in the Protection "
            "Sector working groups.",
        ],
        style="List Number",
    )

    doc.add_heading("5. Qualifications and Experience", level=1)
    doc.add_heading("a. Education", level=2)
    doc.add_paragraph(
        "Graduate degree (equivalent of a Master's) in Law, International Relations, "
        "Political Science, Social Sciences, Anthropology or a related field."
    )
    doc.add_heading("b. Work experience", level=2)
    doc.add_paragraph(
        "Minimum 2 years of relevant professional experience in protection, community "
        "development or humanitarian work. Field experience in a refugee or IDP context is "
        "desirable."
    )
    doc.add_heading("c. Languages", level=2)
    doc.add_paragraph("Excellent knowledge of English is essential. Knowledge of Bengali is desirable.")

    doc.add_heading("6. Competencies", level=1)
    doc.add_heading("Core competencies", level=2)
    bullets(
        doc,
        [
            "Accountability",
            "Communication",
            "Organizational Awareness",
            "Teamwork & Collaboration",
            "Commitment to Continuous Learning",
            "Client & Result Orientation",
        ],
    )
    doc.add_heading("Cross-functional competencies", level=2)
    bullets(
        doc,
        [
            "Analytical Thinking",
            "Stakeholder Management",
        ],
    )

    doc.add_heading("7. Eligibility - Japanese JPO Programme", level=1)
    doc.add_paragraph(
        "This position is offered under the JPO Programme of the Government of Japan. "
        "Applicants must meet all of the following conditions:"
    )
    bullets(
        doc,
        [
            "Japanese nationality;",
            "35 years of age or younger as of 1 April 2026;",
            "A Master's degree and at least two years of professional experience, or a doctorate "
            "and at least one year of professional experience;",
            "English proficiency: TOEFL iBT 100, IELTS (Academic) 7.0 or TOEIC Listening & "
            "Reading 860 or above, taken within the last two years before the closing date;",
            "Not having previously served as a JPO under the Japanese or any other programme.",
        ],
    )
    doc.add_paragraph(
        "Please note that Bangladeshi nationals and persons holding dual Bangladeshi "
        "citizenship cannot be considered for this assignment."
    )

    doc.add_heading("8. Required Documents", level=1)
    bullets(
        doc,
        [
            "Application form of the Japanese JPO Programme (in Japanese and English);",
            "Curriculum vitae in English;",
            "Motivation statement in English (maximum 500 words);",
            "Copy of the graduate degree certificate and academic transcripts;",
            "Official English test score report.",
        ],
        style="List Number",
    )

    doc.add_heading("9. How to Apply", level=1)
    doc.add_paragraph(
        "Applications must reach the JPO Centre, Recruitment Centre for International "
        "Organizations, MOFA Japan, through its online system by 28 April 2026, 17:00 Tokyo "
        "time. Late applications will not be accepted. The 2025 intake of this programme "
        "closed on 1 May 2025; candidates who were not selected then may reapply."
    )

    props = doc.core_properties
    props.author = "UNHCR Bangladesh"
    props.title = "JPO ToR - Associate Protection Officer (CBP), Cox's Bazar"
    props.created = FIXED
    props.modified = FIXED
    props.last_modified_by = "make_binaries"
    props.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def main():
    path = HERE / "unhcr_coxsbazar_form.docx"
    path.write_bytes(fix_zip(build_unhcr()))
    print("wrote", path)


if __name__ == "__main__":
    main()
