"""Build the binary documents of heldout/bv deterministically.

Run with /work/main/.venv/bin/python make_binaries.py (from any directory).
Outputs (next to this script):
  unfpa_suva_danida_sdt.docx   English DOCX form built from Word content controls (w:sdt)
  oit_abidjan_dgd_sdt.docx     French DOCX form built from Word content controls (w:sdt)
  pnud_guatemala_koica_sdt.docx Spanish DOCX form built from Word content controls (w:sdt)
  unodc_colombo_mofa.pdf       English PDF (fpdf2), borderless label/value rows, running header
"""

import datetime as dt
import io
import os
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = dt.datetime(2027, 1, 4, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_DATE = (2027, 1, 4, 9, 0, 0)


# --------------------------------------------------------------------------- DOCX helpers
class SdtDoc:
    """A python-docx document with helpers that write Word content controls."""

    def __init__(self, placeholder_text, date_placeholder, lang):
        self.doc = Document()
        self.ph = placeholder_text
        self.date_ph = date_placeholder
        self.lang = lang
        self.next_id = 1000
        st = self.doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        normal = self.doc.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)
        sec = self.doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(2.2)

    # -- sdtPr pieces
    def _pr(self, alias, kind_xml, placeholder=False):
        self.next_id += 7
        tag = alias.lower().replace(" ", "_").replace("/", "_")
        return (
            f'<w:sdtPr><w:alias w:val="{escape(alias, {chr(34): "&quot;"})}"/>'
            f'<w:tag w:val="{escape(tag, {chr(34): "&quot;"})}"/><w:id w:val="{self.next_id}"/>'
            + ("<w:showingPlcHdr/>" if placeholder else "")
            + kind_xml
            + "</w:sdtPr>"
        )

    @staticmethod
    def _run(text, placeholder=False, bold=False):
        rpr = ""
        if placeholder or bold:
            rpr = (
                "<w:rPr>"
                + ('<w:rStyle w:val="PlaceholderText"/>' if placeholder else "")
                + ("<w:b/>" if bold else "")
                + "</w:rPr>"
            )
        return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

    def inline_sdt(self, alias, value=None, kind="text", items=None, full_date=None, date_format=None):
        """Run-level control. value None = unfilled (placeholder shown)."""
        placeholder = value is None
        if kind == "text":
            kind_xml = "<w:text/>"
            shown = self.ph if placeholder else value
        elif kind == "dropdown":
            li = "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(v)}"/>' for i, v in items)
            last = f' w:lastValue="{escape(value)}"' if value else ""
            kind_xml = f"<w:dropDownList{last}>{li}</w:dropDownList>"
            shown = items[0][0] if placeholder else value
        elif kind == "date":
            fd = f' w:fullDate="{full_date}"' if full_date else ""
            kind_xml = (
                f'<w:date{fd}><w:dateFormat w:val="{date_format}"/>'
                f'<w:lid w:val="{self.lang}"/><w:storeMappedDataAs w:val="dateTime"/>'
                f'<w:calendar w:val="gregorian"/></w:date>'
            )
            shown = self.date_ph if placeholder else value
        else:
            raise ValueError(kind)
        xml = (
            f"<w:sdt {nsdecls('w')}>"
            + self._pr(alias, kind_xml, placeholder)
            + "<w:sdtContent>"
            + self._run(shown, placeholder)
            + "</w:sdtContent></w:sdt>"
        )
        return parse_xml(xml)

    def block_sdt(self, alias, paragraphs, container):
        """Block-level rich-text control holding python-docx paragraphs.

        paragraphs: list of (style, text). container: a cell or None (body)."""
        sdt = parse_xml(
            f"<w:sdt {nsdecls('w')}>" + self._pr(alias, "<w:richText/>") + "<w:sdtContent/></w:sdt>"
        )
        content = sdt[1]
        for style, text in paragraphs:
            p = self.doc.add_paragraph(text, style=style)
            content.append(p._p)  # moves the paragraph out of the body
        if container is None:
            self.doc.element.body.insert(len(self.doc.element.body) - 1, sdt)  # before sectPr
        else:
            tc = container._tc
            for p in list(tc.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")):
                tc.remove(p)
            tc.append(sdt)
        return sdt

    def para(self, text="", style=None, bold=False, size=None, align=None):
        p = self.doc.add_paragraph(style=style)
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    def labelled_para(self, label, sdt_el):
        p = self.doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p._p.append(sdt_el)
        return p

    def fact_table(self, rows):
        """rows: list of (label, spec); spec is an element (inline sdt) or ('block', alias, paras)."""
        t = self.doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, spec in rows:
            cells = t.add_row().cells
            cells[0].width = Cm(5)
            cells[1].width = Cm(11.5)
            cells[0].paragraphs[0].add_run(label).bold = True
            if isinstance(spec, tuple) and spec[0] == "block":
                self.block_sdt(spec[1], spec[2], cells[1])
            else:
                cells[1].paragraphs[0]._p.append(spec)
        return t

    def save(self, name, title, author):
        cp = self.doc.core_properties
        cp.title = title
        cp.author = author
        cp.last_modified_by = author
        cp.created = FIXED.replace(tzinfo=None)
        cp.modified = FIXED.replace(tzinfo=None)
        cp.last_printed = FIXED.replace(tzinfo=None)
        cp.revision = 3
        buf = io.BytesIO()
        self.doc.save(buf)
        write_fixed_zip(buf.getvalue(), os.path.join(HERE, name))


def write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------- 1. UNFPA Suva (EN)
def unfpa_suva():
    d = SdtDoc("Click or tap here to enter text.", "Click or tap to enter a date.", "en-GB")
    d.para("United Nations Population Fund – Pacific Sub-Regional Office", bold=True, size=12)
    d.para("Form JPO-TOR-03 (rev. 2025) · Junior Professional Officer Terms of Reference", size=9)
    d.para("TERMS OF REFERENCE – JUNIOR PROFESSIONAL OFFICER", style="Title")
    d.para("Fields marked * are mandatory. Grey text shows a field that was left empty.", size=9)

    d.doc.add_heading("Part A – Post information", level=1)
    d.fact_table(
        [
            (
                "Post title *",
                d.inline_sdt(
                    "Post title", "Junior Professional Officer – Population and Development Analyst"
                ),
            ),
            ("Vacancy reference", d.inline_sdt("Vacancy reference")),
            ("Donor file no.", d.inline_sdt("Donor file number")),
            ("Organization *", d.inline_sdt("Organization", "United Nations Population Fund (UNFPA)")),
            (
                "Office / unit *",
                d.inline_sdt("Unit", "Pacific Sub-Regional Office – Population and Development Unit"),
            ),
            ("City *", d.inline_sdt("City", "Suva")),
            ("Country *", d.inline_sdt("Country", "Fiji")),
            (
                "Grade *",
                d.inline_sdt(
                    "Grade",
                    "P-2",
                    kind="dropdown",
                    items=[("Choose an item.", ""), ("P-1", "P-1"), ("P-2", "P-2")],
                ),
            ),
            (
                "Duration *",
                d.inline_sdt("Duration", "24 months; a third year may be considered subject to funding"),
            ),
            (
                "Sponsoring donor *",
                d.inline_sdt("Sponsor", "the Danish Ministry of Foreign Affairs (Danida JPO Programme)"),
            ),
            (
                "First reporting officer",
                d.inline_sdt("First reporting officer", "Population and Development Adviser (P-4)"),
            ),
            ("Second reporting officer", d.inline_sdt("Second reporting officer")),
            (
                "Date of issue",
                d.inline_sdt(
                    "Date of issue",
                    "8 February 2027",
                    kind="date",
                    full_date="2027-02-08T00:00:00Z",
                    date_format="d MMMM yyyy",
                ),
            ),
            (
                "Closing date *",
                d.inline_sdt(
                    "Closing date",
                    "15 March 2027",
                    kind="date",
                    full_date="2027-03-15T00:00:00Z",
                    date_format="d MMMM yyyy",
                ),
            ),
            ("Closing time *", d.inline_sdt("Closing time", "12:00 noon (Danish time)")),
            (
                "Expected start date",
                d.inline_sdt("Expected start date", None, kind="date", date_format="d MMMM yyyy"),
            ),
        ]
    )

    d.doc.add_heading("Part B – Why does this post exist?", level=1)
    d.block_sdt(
        "Background",
        [
            (
                None,
                "The UNFPA Pacific Sub-Regional Office in Suva covers 14 Pacific Island countries and "
                "territories, from Palau and the Federated States of Micronesia to Samoa, Tonga and the "
                "Cook Islands. It supports governments to collect, analyse and use population data – "
                "censuses, demographic and health surveys and civil registration – for national "
                "development plans and for the 2030 Agenda.",
            ),
            (
                None,
                "The 2030 census round, falling population in several atoll countries and the rapid "
                "ageing of others have increased requests for demographic analysis. The JPO will "
                "strengthen the small Population and Development team and will travel regularly in "
                "the region.",
            ),
        ],
        None,
    )

    d.doc.add_heading("Part C – What will you be doing?", level=1)
    d.block_sdt(
        "Duties",
        [
            (
                "List Bullet",
                "Support national statistics offices in planning the 2030 round of population "
                "and housing censuses, including questionnaire review and census mapping.",
            ),
            (
                "List Bullet",
                "Analyse census and survey data to produce population projections and "
                "demographic dividend profiles for selected countries.",
            ),
            (
                "List Bullet",
                "Draft policy briefs on ageing, youth and migration for ministries of planning and finance.",
            ),
            (
                "List Bullet",
                "Contribute to the Pacific data portal and to the sub-regional population dashboard.",
            ),
            (
                "List Bullet",
                "Help organise regional trainings and south-south exchanges on the use of "
                "administrative data and civil registration statistics.",
            ),
            (
                "List Bullet",
                "Monitor the population and development outputs of the sub-regional programme "
                "and prepare inputs for annual reports.",
            ),
            (
                "List Bullet",
                "Maintain partnerships with the Pacific Community (SPC), the University of the "
                "South Pacific and sister UN agencies on data issues.",
            ),
            ("List Bullet", "Undertake other duties as assigned by the supervisor."),
        ],
        None,
    )

    d.doc.add_heading("Part D – What will you learn?", level=1)
    d.block_sdt(
        "Learning elements",
        [
            ("List Bullet", "Applied demographic analysis and projection methods in small-island contexts."),
            ("List Bullet", "How UNFPA designs and manages a multi-country programme."),
            ("List Bullet", "Policy dialogue with governments and regional organisations."),
            ("List Bullet", "Results-based management, reporting and resource mobilisation."),
            (
                "List Bullet",
                "Participation in the UNFPA JPO orientation and in the annual JPO learning "
                "programme (USD 2,000 training budget per year).",
            ),
        ],
        None,
    )

    d.doc.add_heading("Part E – Who are we looking for?", level=1)
    d.fact_table(
        [
            (
                "Education *",
                (
                    "block",
                    "Education",
                    [
                        (
                            None,
                            "Master's degree in demography, statistics, economics, population studies or a "
                            "related field. A first-level university degree with two additional years of "
                            "qualifying experience may be accepted in lieu of the Master's degree.",
                        ),
                    ],
                ),
            ),
            (
                "Experience *",
                (
                    "block",
                    "Experience",
                    [
                        (
                            "List Bullet",
                            "Minimum 2 years of relevant professional experience in population data "
                            "analysis, census or survey work;",
                        ),
                        ("List Bullet", "Experience with Stata, R or SPSS and with GIS software;"),
                        ("List Bullet", "Experience in a Pacific Island country is an asset."),
                    ],
                ),
            ),
            (
                "Languages *",
                d.inline_sdt(
                    "Languages", "Fluency in English is required. Knowledge of French is desirable."
                ),
            ),
            (
                "Competencies *",
                (
                    "block",
                    "Competencies",
                    [
                        ("List Bullet", "Achieving results"),
                        ("List Bullet", "Being accountable"),
                        ("List Bullet", "Developing and applying professional expertise"),
                        ("List Bullet", "Thinking analytically and strategically"),
                        ("List Bullet", "Working in teams and managing ourselves and our relationships"),
                        ("List Bullet", "Communicating for impact"),
                    ],
                ),
            ),
            ("Special requirements", d.inline_sdt("Special requirements")),
        ]
    )

    d.doc.add_heading("Part F – Are you eligible? (Danish JPO Programme)", level=1)
    d.block_sdt(
        "Programme rules",
        [
            (
                None,
                "The following conditions are set by the Danish Ministry of Foreign Affairs and apply "
                "to all positions it finances:",
            ),
            ("List Bullet", "Danish nationality."),
            ("List Bullet", "Not older than 32 years at the application deadline."),
            (
                "List Bullet",
                "A relevant Master's degree combined with at least two years of relevant work "
                "experience, or a relevant Bachelor's degree combined with at least four years "
                "of relevant work experience.",
            ),
            ("List Bullet", "Fluency in English; no language test certificate is required."),
            (
                None,
                "Applicants who have previously served as a JPO, whether financed by Denmark or by any "
                "other donor, are not eligible. The contract offered is 24 months. Applicants may apply "
                "for a maximum of three positions in the Danish JPO call of spring 2027.",
            ),
        ],
        None,
    )

    d.doc.add_heading("Part G – Required documents", level=1)
    d.block_sdt(
        "Required documents",
        [
            ("List Number", "Completed Danish JPO application form (in English)"),
            ("List Number", "Curriculum vitae (maximum two pages)"),
            ("List Number", "Cover letter addressed to UNFPA"),
            ("List Number", "Copies of university diplomas and transcripts"),
        ],
        None,
    )

    d.doc.add_heading("Part H – How to apply", level=1)
    p = d.para(
        "Applications are submitted through the JPO portal of the Danish Ministry of Foreign "
        "Affairs. Deadline: "
    )
    p._p.append(
        d.inline_sdt(
            "Closing date (repeat)",
            "15 March 2027",
            kind="date",
            full_date="2027-03-15T00:00:00Z",
            date_format="d MMMM yyyy",
        )
    )
    p.add_run(", ")
    p._p.append(d.inline_sdt("Closing time (repeat)", "12:00 noon (Danish time)"))
    p.add_run(". Only shortlisted candidates will be contacted.")
    d.labelled_para("Additional information:", d.inline_sdt("Additional information"))
    d.save(
        "unfpa_suva_danida_sdt.docx", "JPO ToR – Population and Development Analyst, Suva", "UNFPA PSRO HR"
    )


# --------------------------------------------------------------------------- 2. OIT Abidjan (FR)
def oit_abidjan():
    d = SdtDoc(
        "Cliquez ou appuyez ici pour entrer du texte.",
        "Cliquez ou appuyez ici pour entrer une date.",
        "fr-FR",
    )
    d.para("Organisation internationale du Travail", bold=True, size=13)
    d.para(
        "Équipe d'appui technique au travail décent pour l'Afrique de l'Ouest et Bureau de pays "
        "de l'OIT pour la Côte d'Ivoire, le Bénin, le Burkina Faso, le Niger et le Togo",
        size=9,
    )
    d.para("FICHE DE POSTE – ADMINISTRATEUR AUXILIAIRE (JPO)", style="Title")

    d.doc.add_heading("1. Informations sur le poste", level=1)
    d.fact_table(
        [
            (
                "Intitulé du poste",
                d.inline_sdt(
                    "Intitulé", "Administrateur auxiliaire – Emploi des jeunes et économie informelle"
                ),
            ),
            ("Req. ID / n° de l'avis", d.inline_sdt("Numéro avis", "ILO/JPO/2027/ABJ/02")),
            ("Réf. du bailleur (DGD)", d.inline_sdt("Référence bailleur")),
            ("Organisation", d.inline_sdt("Organisation", "Organisation internationale du Travail (OIT)")),
            (
                "Unité",
                d.inline_sdt(
                    "Unité",
                    "Équipe d'appui technique au travail décent pour l'Afrique de l'Ouest "
                    "(ETD/BP-Abidjan), portefeuille Emploi",
                ),
            ),
            ("Ville", d.inline_sdt("Ville", "Abidjan")),
            ("Pays", d.inline_sdt("Pays", "Côte d'Ivoire")),
            (
                "Classe",
                d.inline_sdt(
                    "Classe",
                    "P-1",
                    kind="dropdown",
                    items=[("Choisissez un élément.", ""), ("P-1", "P-1"), ("P-2", "P-2")],
                ),
            ),
            ("Durée", d.inline_sdt("Durée", "Un an, renouvelable pour une deuxième année")),
            (
                "Bailleur",
                d.inline_sdt(
                    "Bailleur",
                    "Coopération belge au Développement – DGD (Direction générale Coopération au "
                    "développement et Aide humanitaire), programme JPO",
                ),
            ),
            ("Superviseur", d.inline_sdt("Superviseur", "Spécialiste principal de l'emploi (P-5)")),
            (
                "Date de publication",
                d.inline_sdt(
                    "Date de publication",
                    "05/03/2027",
                    kind="date",
                    full_date="2027-03-05T00:00:00Z",
                    date_format="dd/MM/yyyy",
                ),
            ),
            (
                "Date limite",
                d.inline_sdt(
                    "Date limite",
                    "16/04/2027",
                    kind="date",
                    full_date="2027-04-16T00:00:00Z",
                    date_format="dd/MM/yyyy",
                ),
            ),
            ("Heure limite", d.inline_sdt("Heure limite", "12h00 (heure de Bruxelles)")),
            ("Autres remarques", d.inline_sdt("Autres remarques")),
        ]
    )

    d.doc.add_heading("2. Contexte", level=1)
    d.block_sdt(
        "Contexte",
        [
            (
                None,
                "L'Équipe d'appui technique de l'OIT basée à Abidjan fournit un appui technique aux "
                "mandants tripartites – gouvernements, organisations d'employeurs et de travailleurs – "
                "de onze pays d'Afrique de l'Ouest. En Côte d'Ivoire, plus de 80 % des jeunes actifs "
                "travaillent dans l'économie informelle. Le programme pays de promotion du travail "
                "décent 2026-2030 fait de l'emploi des jeunes et de la transition vers l'économie "
                "formelle une priorité.",
            ),
        ],
        None,
    )

    d.doc.add_heading("3. Quelles seront vos tâches ?", level=1)
    d.block_sdt(
        "Tâches",
        [
            (
                "List Bullet",
                "Appuyer la conception et le suivi des projets de l'OIT en matière d'emploi des "
                "jeunes, notamment le projet « Jeunes et chantiers à haute intensité de main-d'œuvre ».",
            ),
            (
                "List Bullet",
                "Contribuer aux études sur l'économie informelle (enquêtes, diagnostics "
                "sectoriels) et à la rédaction de notes de politique.",
            ),
            (
                "List Bullet",
                "Préparer et organiser des ateliers tripartites, des formations et des missions "
                "techniques dans les pays couverts.",
            ),
            ("List Bullet", "Suivre les indicateurs des projets et contribuer aux rapports aux bailleurs."),
            (
                "List Bullet",
                "Appuyer la mobilisation de ressources et la préparation de notes conceptuelles.",
            ),
            (
                "List Bullet",
                "Assurer la liaison avec les agences du système des Nations Unies et les "
                "partenaires techniques et financiers sur les questions d'emploi.",
            ),
            ("List Bullet", "Exécuter toute autre tâche confiée par le superviseur."),
        ],
        None,
    )

    d.doc.add_heading("4. Ce que vous apprendrez", level=1)
    d.block_sdt(
        "Apprentissage",
        [
            ("List Bullet", "Les normes internationales du travail et le dialogue social tripartite."),
            ("List Bullet", "La gestion du cycle de projet de coopération au développement à l'OIT."),
            ("List Bullet", "Les méthodes d'analyse du marché du travail et de l'économie informelle."),
            (
                "List Bullet",
                "Le travail en équipe multiculturelle au sein d'une équipe d'appui technique "
                "régionale, avec un cours au Centre international de formation de l'OIT (Turin).",
            ),
        ],
        None,
    )

    d.doc.add_heading("5. Profil recherché", level=1)
    d.fact_table(
        [
            (
                "Formation",
                (
                    "block",
                    "Formation",
                    [
                        (
                            None,
                            "Master en économie, sciences sociales, statistique, gestion de projets ou dans un "
                            "domaine apparenté.",
                        ),
                    ],
                ),
            ),
            (
                "Expérience professionnelle",
                (
                    "block",
                    "Expérience",
                    [
                        (None, "Expérience professionnelle (min.) : 2 ans ; 4 ans au maximum."),
                        ("List Bullet", "expérience de projets d'emploi ou de formation professionnelle ;"),
                        ("List Bullet", "une expérience en Afrique de l'Ouest est un atout."),
                    ],
                ),
            ),
            (
                "Langues",
                d.inline_sdt("Langues", "Français courant et bonne connaissance de l'anglais exigés."),
            ),
            (
                "Compétences",
                (
                    "block",
                    "Compétences",
                    [
                        ("List Bullet", "Intégrité et transparence"),
                        ("List Bullet", "Sensibilité à la diversité"),
                        ("List Bullet", "Orientation vers l'apprentissage et le partage des connaissances"),
                        ("List Bullet", "Orientation client"),
                        ("List Bullet", "Communication"),
                        ("List Bullet", "Collaboration"),
                    ],
                ),
            ),
            ("Connaissances informatiques", d.inline_sdt("Informatique")),
        ]
    )

    d.doc.add_heading("6. Conditions d'éligibilité (programme belge)", level=1)
    d.block_sdt(
        "Éligibilité",
        [
            (
                "List Bullet",
                "Être de nationalité belge ou ressortissant·e de l'un des 14 pays partenaires de "
                "la Coopération belge : Bénin, Burkina Faso, Burundi, Guinée, Mali, Maroc, "
                "Mozambique, Niger, Ouganda, Palestine, République démocratique du Congo, "
                "Rwanda, Sénégal, Tanzanie.",
            ),
            (
                "List Bullet",
                "Les ressortissant·e·s des pays couverts par le bureau (Côte d'Ivoire, Bénin, "
                "Burkina Faso, Niger et Togo) ne peuvent pas postuler à ce poste.",
            ),
            ("List Bullet", "Être né·e le 1er janvier 1996 ou après."),
            ("List Bullet", "Être titulaire d'un master au moment de la candidature."),
            (
                "List Bullet",
                "Le programme belge publie un seul appel par an ; chaque candidat·e ne peut "
                "postuler qu'à un seul poste.",
            ),
        ],
        None,
    )

    d.doc.add_heading("7. Documents à joindre", level=1)
    d.block_sdt(
        "Documents",
        [
            ("List Number", "Curriculum vitae (format Europass)"),
            ("List Number", "Lettre de motivation"),
            ("List Number", "Copie du diplôme de master"),
            ("List Number", "Copie de la carte d'identité ou du passeport"),
        ],
        None,
    )

    d.doc.add_heading("8. Modalités de candidature", level=1)
    p = d.para("Les candidatures sont à envoyer via la plateforme JPO de la DGD au plus tard le ")
    p._p.append(
        d.inline_sdt(
            "Date limite (rappel)",
            "16/04/2027",
            kind="date",
            full_date="2027-04-16T00:00:00Z",
            date_format="dd/MM/yyyy",
        )
    )
    p.add_run(" à ")
    p._p.append(d.inline_sdt("Heure limite (rappel)", "12h00 (heure de Bruxelles)"))
    p.add_run(". Seules les personnes présélectionnées seront contactées.")
    d.save("oit_abidjan_dgd_sdt.docx", "Fiche de poste JPO – OIT Abidjan", "OIT ETD/BP-Abidjan")


# --------------------------------------------------------------------------- 3. PNUD Guatemala (ES)
def pnud_guatemala():
    d = SdtDoc(
        "Haga clic o pulse aquí para escribir texto.", "Haga clic o pulse para escribir una fecha.", "es-GT"
    )
    d.para("Programa de las Naciones Unidas para el Desarrollo · Guatemala", bold=True, size=12)
    d.para("Formulario de Términos de Referencia – Oficiales Profesionales Asociados (JPO)", size=9)
    d.para("TÉRMINOS DE REFERENCIA", style="Title")

    d.doc.add_heading("I. Información general", level=1)
    d.fact_table(
        [
            (
                "Título del puesto",
                d.inline_sdt("Título", "Oficial Profesional Asociado/a (JPO) – Finanzas Climáticas"),
            ),
            ("ID de la vacante (Job ID)", d.inline_sdt("Job ID", "21577")),
            ("N.º de referencia KOICA", d.inline_sdt("Referencia KOICA")),
            (
                "Organismo",
                d.inline_sdt("Organismo", "Programa de las Naciones Unidas para el Desarrollo (PNUD)"),
            ),
            ("Unidad", d.inline_sdt("Unidad", "Unidad de Ambiente, Cambio Climático y Gestión de Riesgos")),
            ("Ciudad", d.inline_sdt("Ciudad", "Ciudad de Guatemala")),
            ("País", d.inline_sdt("País", "Guatemala")),
            (
                "Categoría",
                d.inline_sdt(
                    "Categoría",
                    "P-2",
                    kind="dropdown",
                    items=[("Elija un elemento.", ""), ("P-1", "P-1"), ("P-2", "P-2")],
                ),
            ),
            ("Duración", d.inline_sdt("Duración", "1 año, con posible extensión a un segundo año")),
            (
                "Programa patrocinador",
                d.inline_sdt("Patrocinador", "KOICA – Programa JPO del Gobierno de la República de Corea"),
            ),
            ("Supervisión", d.inline_sdt("Supervisión", "Oficial de Programa, Ambiente (P-4)")),
            (
                "Fecha de publicación",
                d.inline_sdt(
                    "Fecha de publicación",
                    "lunes, 29 de marzo de 2027",
                    kind="date",
                    full_date="2027-03-29T00:00:00Z",
                    date_format="dddd, d' de 'MMMM' de 'yyyy",
                ),
            ),
            (
                "Fecha de cierre",
                d.inline_sdt(
                    "Fecha de cierre",
                    "viernes, 14 de mayo de 2027",
                    kind="date",
                    full_date="2027-05-14T00:00:00Z",
                    date_format="dddd, d' de 'MMMM' de 'yyyy",
                ),
            ),
            ("Hora de cierre", d.inline_sdt("Hora de cierre", "17:00 (hora de Corea, KST)")),
            (
                "Fecha prevista de incorporación",
                d.inline_sdt("Incorporación", None, kind="date", date_format="d/M/yyyy"),
            ),
            ("Observaciones", d.inline_sdt("Observaciones")),
        ]
    )

    d.doc.add_heading("II. Antecedentes", level=1)
    d.block_sdt(
        "Antecedentes",
        [
            (
                None,
                "Guatemala es uno de los países más expuestos a los efectos del cambio climático en "
                "América Latina: sequías prolongadas en el Corredor Seco, tormentas tropicales e "
                "inundaciones afectan cada año a cientos de miles de personas. El PNUD acompaña al "
                "Ministerio de Ambiente y Recursos Naturales y al Ministerio de Finanzas Públicas en "
                "el acceso a financiamiento climático, la integración del riesgo climático en el "
                "presupuesto nacional y la implementación de proyectos del Fondo Verde para el Clima.",
            ),
        ],
        None,
    )

    d.doc.add_heading("III. ¿Cuáles serán tus funciones?", level=1)
    d.block_sdt(
        "Funciones",
        [
            (
                "List Bullet",
                "Apoyar la formulación de propuestas de proyecto ante el Fondo Verde para el "
                "Clima y el Fondo de Adaptación.",
            ),
            (
                "List Bullet",
                "Contribuir al análisis del gasto público climático y al etiquetado "
                "presupuestario con el Ministerio de Finanzas Públicas.",
            ),
            ("List Bullet", "Dar seguimiento técnico y financiero a la cartera de proyectos de la unidad:"),
            ("List Bullet 2", "revisión de planes anuales de trabajo;"),
            ("List Bullet 2", "preparación de informes trimestrales."),
            (
                "List Bullet",
                "Elaborar notas conceptuales, análisis de políticas y documentos de "
                "posicionamiento sobre finanzas climáticas.",
            ),
            (
                "List Bullet",
                "Apoyar la coordinación con la cooperación coreana y otros donantes en temas "
                "de cambio climático.",
            ),
            (
                "List Bullet",
                "Organizar talleres y capacitaciones para instituciones nacionales y gobiernos municipales.",
            ),
            ("List Bullet", "Contribuir a la gestión del conocimiento y la comunicación de resultados."),
            ("List Bullet", "Realizar otras tareas afines que le asigne su supervisor/a."),
        ],
        None,
    )

    d.doc.add_heading("IV. Elementos de aprendizaje", level=1)
    d.block_sdt(
        "Aprendizaje",
        [
            ("List Number", "Conocimiento del funcionamiento de los fondos climáticos multilaterales."),
            ("List Number", "Gestión de proyectos según las políticas y procedimientos del PNUD."),
            ("List Number", "Diálogo de políticas con ministerios sectoriales y de finanzas."),
            (
                "List Number",
                "Experiencia de trabajo en una oficina de país con una cartera amplia de "
                "proyectos ambientales.",
            ),
            ("List Number", "Participación en el programa de formación para JPO del PNUD."),
        ],
        None,
    )

    d.doc.add_heading("V. Requisitos", level=1)
    d.fact_table(
        [
            (
                "Educación",
                (
                    "block",
                    "Educación",
                    [
                        (
                            None,
                            "Maestría en economía, finanzas, políticas públicas, gestión ambiental o campo "
                            "afín. Una licenciatura con dos años adicionales de experiencia calificada podrá "
                            "aceptarse en lugar de la maestría.",
                        ),
                    ],
                ),
            ),
            (
                "Experiencia",
                d.inline_sdt(
                    "Experiencia",
                    "Mínimo 2 años de experiencia profesional relevante en finanzas "
                    "públicas, cambio climático o gestión de proyectos de desarrollo.",
                ),
            ),
            (
                "Idiomas",
                d.inline_sdt(
                    "Idiomas",
                    "Dominio del español y del inglés, oral y escrito. Se requiere además dominio "
                    "del coreano (ver requisitos del programa).",
                ),
            ),
            (
                "Competencias",
                (
                    "block",
                    "Competencias",
                    [
                        ("List Bullet", "Lograr resultados"),
                        ("List Bullet", "Pensar de forma innovadora"),
                        ("List Bullet", "Aprender continuamente"),
                        ("List Bullet", "Adaptarse con agilidad"),
                        ("List Bullet", "Actuar con determinación"),
                        ("List Bullet", "Participar y asociarse"),
                        ("List Bullet", "Facilitar la diversidad y la inclusión"),
                    ],
                ),
            ),
        ]
    )

    d.doc.add_heading("VI. Requisitos del Programa JPO de Corea", level=1)
    d.block_sdt(
        "Requisitos del programa",
        [
            ("List Bullet", "Nacionalidad coreana."),
            (
                "List Bullet",
                "Tener 32 años o menos al 31 de diciembre de 2027 (nacidos a partir del 1 de "
                "enero de 1995). Para quienes hayan cumplido el servicio militar, el límite de "
                "edad se amplía en 1 año si el servicio fue inferior a 1 año, en 2 años si fue "
                "de 1 año a menos de 2 años y en 3 años si fue de 2 años o más.",
            ),
            (
                "List Bullet",
                "Los candidatos varones deben haber completado el servicio militar o estar exentos.",
            ),
            (
                "List Bullet",
                "Inglés: TOEFL iBT 100, NEW TEPS 452, TEPS 800 o TOEIC 900 como mínimo, "
                "obtenidos dentro de los dos años anteriores a la fecha de cierre; no se "
                "aceptan puntuaciones MyBest. Español: DELE nivel B2 o superior.",
            ),
            ("List Bullet", "Cada candidato/a puede postular a un máximo de dos puestos por año."),
            (
                "List Bullet",
                "Quienes ya hayan trabajado como JPO, con financiación de cualquier gobierno, "
                "no pueden postular.",
            ),
        ],
        None,
    )

    d.doc.add_heading("VII. Documentos requeridos", level=1)
    d.block_sdt(
        "Documentos",
        [
            ("List Number", "Formulario de solicitud de KOICA (en inglés y coreano)"),
            ("List Number", "Formulario P11 o CV del PNUD"),
            ("List Number", "Copia del título de maestría"),
            ("List Number", "Certificados de TOEFL/TEPS/TOEIC y DELE"),
            ("List Number", "Certificado de servicio militar o de exención (solo candidatos varones)"),
        ],
        None,
    )

    d.doc.add_heading("VIII. Cómo postular", level=1)
    p = d.para("Las solicitudes se envían a través del sistema en línea de KOICA a más tardar el ")
    p._p.append(
        d.inline_sdt(
            "Fecha de cierre (repetición)",
            "viernes, 14 de mayo de 2027",
            kind="date",
            full_date="2027-05-14T00:00:00Z",
            date_format="dddd, d' de 'MMMM' de 'yyyy",
        )
    )
    p.add_run(", a las ")
    p._p.append(d.inline_sdt("Hora de cierre (repetición)", "17:00 (hora de Corea, KST)"))
    p.add_run(". No se aceptarán solicitudes tardías.")
    d.save(
        "pnud_guatemala_koica_sdt.docx",
        "TdR JPO – Finanzas Climáticas, PNUD Guatemala",
        "PNUD Guatemala – Recursos Humanos",
    )


# --------------------------------------------------------------------------- 4. UNODC Colombo (PDF)
class TorPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "UNITED NATIONS OFFICE ON DRUGS AND CRIME", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 8)
        self.cell(
            0,
            4,
            "UNODC - JPO Terms of Reference - Japan (MOFA) 2027 recruitment",
            new_x="LMARGIN",
            new_y="NEXT",
        )
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} / {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def unodc_colombo():
    pdf = TorPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_creator("make_binaries")
    pdf.set_title("JPO ToR - UNODC Colombo - Maritime Law Enforcement")
    pdf.set_author("UNODC GMCP")
    pdf.alias_nb_pages()
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    LW = 45

    def heading(text):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)

    def para(text):
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(W, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def bullet(text, mark="-"):
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(6, 5, mark)
        pdf.multi_cell(W - 6, 5, text, new_x="LMARGIN", new_y="NEXT")

    def row(label, value, bold=False):
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(LW, 5.5, label)
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        pdf.multi_cell(W - LW - 40, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, "JUNIOR PROFESSIONAL OFFICER PROGRAMME", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Global Maritime Crime Programme (GMCP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    row("Posting no.", "JPO-2027-UNODC-014")
    row("MOFA file no.", "J27-0148")
    row(
        "Title",
        "Associate Crime Prevention and Criminal Justice Officer (JPO) - Maritime Law Enforcement",
        bold=True,
    )
    row("Organization", "United Nations Office on Drugs and Crime (UNODC)")
    row("Programme / unit", "Global Maritime Crime Programme (GMCP), Indian Ocean team")
    row("Place of assignment", "Colombo, Sri Lanka")
    row("Level", "P-2")
    row("Duration", "1 year (possible extension for a second year)")
    row("Sponsor", "Ministry of Foreign Affairs of Japan (MOFA)")
    row("Posted", "22 March 2027")
    row("Deadline", "10 May 2027, 17:00 Japan Standard Time (JST)")
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(
        W,
        4.5,
        "Open to Japanese nationals only, through the JPO Programme of the Ministry "
        "of Foreign Affairs of Japan. The post is based in Colombo, with frequent "
        "travel to Malé (Maldives) and Port Louis (Mauritius).",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    heading("1. Background")
    para(
        "The UNODC Global Maritime Crime Programme (GMCP) supports coastal States in the Indian Ocean "
        "to counter crimes at sea such as drug trafficking, fisheries crime, piracy, smuggling of "
        "migrants and trafficking in persons. From its Colombo hub, the Indian Ocean team works "
        "with the coast guards, navies, police and prosecution services of Sri Lanka, the "
        "Maldives, Bangladesh, Mauritius, Seychelles and Madagascar, and delivers training, "
        "mentoring and legal assistance for maritime law enforcement operations."
    )
    para(
        "The JPO will join the Indian Ocean team under the supervision of the Programme Coordinator "
        "(P-4), and will work closely with the team's maritime law enforcement mentors and legal "
        "advisers."
    )

    heading("2. Duties and responsibilities")
    para("Under the direct supervision of the Programme Coordinator, the JPO will:")
    for t in [
        "Support the planning, implementation and monitoring of GMCP activities in South Asia and "
        "the Indian Ocean, including maritime law enforcement trainings, visit-board-search-and-"
        "seizure exercises and regional table-top exercises.",
        "Research and analyse trends in maritime drug trafficking and other maritime crimes, and "
        "draft threat assessments and briefing notes.",
        "Contribute to the review of national legislation on maritime crime and to the preparation "
        "of legal guidance for prosecutors and judges.",
        "Prepare concept notes, project documents, budgets and donor reports, in line with UNODC "
        "rules and the requirements of donors, including the Government of Japan.",
        "Organize meetings of the Indian Ocean Forum on Maritime Crime and prepare background "
        "documents, summaries and follow-up action plans for participating States.",
        "Liaise with national counterparts, embassies, other UN entities and regional "
        "organizations on maritime security issues.",
        "Maintain the programme's activity database and results framework, and contribute to "
        "internal and external communication products.",
        "Perform other related duties as assigned.",
    ]:
        bullet(t)

    heading("3. Learning elements")
    para("On completion of the assignment, the JPO will have:")
    for t in [
        "Gained knowledge of the international legal framework on maritime crime, including "
        "UNCLOS and the UN drug and organized crime conventions.",
        "Acquired practical experience in managing technical assistance projects in a multi-country "
        "programme.",
        "Developed skills in analysis, drafting and presentation for different audiences.",
        "Built a network of contacts among law enforcement, justice and diplomatic actors in the "
        "Indian Ocean region.",
        "Taken part in the UNODC JPO induction in Vienna and in training courses agreed in an "
        "individual learning plan.",
    ]:
        bullet(t)

    heading("4. Qualifications and experience")
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Education", new_x="LMARGIN", new_y="NEXT")
    para(
        "An advanced university degree (Master's degree or equivalent) in law, criminology, "
        "international relations, maritime studies, political science or a related field. "
        "Candidates enrolled in a Master's programme who will have completed it by 31 March 2028 "
        "may also apply."
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Work experience", new_x="LMARGIN", new_y="NEXT")
    para(
        "A minimum of two years of relevant full-time work experience in law enforcement, criminal "
        "justice, maritime affairs, international cooperation or a related area is required. "
        "Internships do not count as work experience."
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Languages", new_x="LMARGIN", new_y="NEXT")
    para(
        "English and French are the working languages of the United Nations Secretariat. For this "
        "post, an excellent command of written and spoken English is required. Working knowledge of "
        "French is an asset, for work with Madagascar, Mauritius and Seychelles."
    )
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "Competencies", new_x="LMARGIN", new_y="NEXT")
    for t in [
        "Professionalism: knowledge of maritime crime and criminal justice issues; shows pride in "
        "work and in achievements; remains calm in stressful situations.",
        "Planning and organizing: develops clear goals consistent with agreed strategies; "
        "identifies priority activities; uses time efficiently.",
        "Teamwork: works collaboratively with colleagues to achieve organizational goals; "
        "solicits input by genuinely valuing others' ideas and expertise.",
        "Communication: speaks and writes clearly and effectively; tailors language, tone, style "
        "and format to match the audience.",
        "Client orientation: considers all those to whom services are provided to be clients and "
        "seeks to see things from the clients' point of view.",
    ]:
        bullet(t)

    heading("5. Eligibility under the JPO Programme of Japan (MOFA)")
    para("The following conditions apply to all candidates of the Japanese JPO Programme:")
    for t in [
        "Japanese nationality.",
        "35 years of age or younger as of the application deadline (10 May 2027).",
        "A Master's degree, or enrolment in a Master's programme to be completed as stated above.",
        "At least two years of full-time work experience.",
        "English proficiency: TOEFL iBT 100, IELTS (Academic) 7.0 or TOEIC Listening & Reading 860 "
        "or above, with the test taken within two years before the application deadline.",
        "Persons who have served as a JPO under the Japanese or any other government's programme "
        "are not eligible.",
    ]:
        bullet(t)

    heading("6. Required documents")
    for i, t in enumerate(
        [
            "MOFA JPO application form (English and Japanese versions)",
            "Curriculum vitae in English",
            "Certificate of Master's degree or certificate of expected graduation",
            "Academic transcripts",
            "Official English test score report",
        ],
        1,
    ):
        bullet(t, mark=f"{i}.")

    heading("7. How to apply")
    para(
        "Applications must be submitted online to the International Recruitment Centre of the "
        "Ministry of Foreign Affairs of Japan by 17:00 Japan Standard Time (JST) on 10 May 2027. "
        "Documentary screening results will be sent in early June 2027; interviews will be held in "
        "Tokyo and online in late June 2027. UNODC will make the final selection."
    )
    pdf.output(os.path.join(HERE, "unodc_colombo_mofa.pdf"))


if __name__ == "__main__":
    unfpa_suva()
    oit_abidjan()
    pnud_guatemala()
    unodc_colombo()
    print("written to", HERE)
