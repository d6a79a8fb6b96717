"""Build the generated documents of heldout/bw, byte-for-byte deterministic.

Run with /work/main/.venv/bin/python (fpdf2 and python-docx).  Produces:
  itc_geneva_markup_ireland.pdf   Word document printed "with markup" (comment balloons)
  pam_bujumbura_markup_fr.pdf     idem, in French
  unops_bangkok_tsv_korea.txt     spreadsheet row exported as tab-separated text (CRLF rows)
  onumujeres_guatemala_tsv_es.txt idem, in Spanish (UTF-8 BOM, LF rows)
  unfpa_suva_nuffic.docx          DOCX with facts table, question headings, lists
The other documents of the folder are hand-written text files.
"""

import csv
import io
import os
import zipfile
from datetime import datetime, timezone

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2027, 1, 15, 9, 0, 0, tzinfo=timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/liberation"


# --------------------------------------------------------------------------------------
# 1. "Print with markup" PDFs: narrowed main column, shaded markup pane with balloons
# --------------------------------------------------------------------------------------
PAGE_W, PAGE_H = 210, 297
MAIN_X, MAIN_W = 16, 112  # narrowed main column (Word shrinks the page)
PANE_X, PANE_W = 134, 76  # shaded right margin with the balloons
BAL_X, BAL_W = 137, 68
TOP, BOTTOM = 24, 278
AUTHOR_COLOURS = {
    "AB": (196, 48, 48),
    "SO": (46, 110, 180),
    "MK": (40, 140, 70),
    "JR": (150, 80, 160),
    "JD": (196, 48, 48),
    "LV": (46, 110, 180),
    "FMT": (120, 120, 120),
    "DEL": (196, 48, 48),
}


class MarkupPDF(FPDF):
    def __init__(self, header_left, header_right, footer_file, page_word):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_left = header_left
        self.header_right = header_right
        self.footer_file = footer_file
        self.page_word = page_word
        self.set_auto_page_break(False)
        self.c_margin = 0
        self.set_creation_date(FIXED)
        self.set_producer("make_binaries")
        self.set_creator("Microsoft Word - print with markup")
        for style, name in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("Arial", style, f"{FONT_DIR}/LiberationSans-{name}.ttf")
        self.balloon_floor = TOP  # next free y in the markup pane on this page

    def header(self):
        # shaded markup pane
        self.set_fill_color(236, 236, 236)
        self.rect(PANE_X, 0, PANE_W, PAGE_H, style="F")
        self.set_font("Arial", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(MAIN_X, 10)
        self.cell(MAIN_W / 2, 4, self.header_left)
        self.set_xy(MAIN_X + MAIN_W / 2, 10)
        self.cell(MAIN_W / 2, 4, self.header_right, align="R")
        self.set_draw_color(160, 160, 160)
        self.line(MAIN_X, 15, MAIN_X + MAIN_W, 15)
        self.set_text_color(0, 0, 0)
        self.balloon_floor = TOP

    def footer(self):
        self.set_font("Arial", "", 7)
        self.set_text_color(110, 110, 110)
        self.set_xy(MAIN_X, 284)
        self.cell(MAIN_W * 0.65, 4, self.footer_file)
        self.set_xy(MAIN_X + MAIN_W * 0.65, 284)
        self.cell(MAIN_W * 0.35, 4, self.page_word.format(n=self.page_no(), t="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


class MarkupWriter:
    """Lays out a notice line by line so that comment anchors can be located."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.y = TOP
        pdf.alias_nb_pages("{nb}")
        pdf.add_page()

    def _need(self, h):
        if self.y + h > BOTTOM:
            self.pdf.add_page()
            self.y = TOP

    def space(self, h=2.2):
        self.y += h

    def _lines(self, text, w, style, size):
        self.pdf.set_font("Arial", style, size)
        return self.pdf.multi_cell(w, 4, text, dry_run=True, output="LINES")

    def text_block(self, text, x, w, style="", size=9.5, lh=4.4, comments=(), prefix=None, prefix_x=None):
        """Write wrapped text at x with width w; comments = [(anchor, author, label, body)]."""
        lines = self._lines(text, w, style, size)
        pending = list(comments)
        later = []
        for i, line in enumerate(lines):
            self._need(lh)
            pdf = self.pdf
            pdf.set_font("Arial", style, size)
            if i == 0 and prefix:
                pdf.set_xy(prefix_x, self.y)
                pdf.cell(x - prefix_x, lh, prefix)
            for c in list(pending):
                anchor = c[0]
                idx = line.find(anchor)
                if idx < 0:
                    continue
                x0 = x + pdf.get_string_width(line[:idx])
                x1 = x0 + pdf.get_string_width(anchor)
                colour = AUTHOR_COLOURS[c[1]]
                pale = tuple(255 - (255 - v) // 5 for v in colour)
                pdf.set_fill_color(*pale)
                pdf.rect(x0 - 0.4, self.y + 0.3, x1 - x0 + 0.8, lh - 0.3, style="F")
                later.append((x1, self.y + lh - 0.8, c))
                pending.remove(c)
            pdf.set_xy(x, self.y)
            pdf.cell(w, lh, line)
            # Word draws the markup pane after the text of the line
            for bx, by, bc in later:
                self._balloon(bx, by, bc)
            later = []
            self.y += lh
        for c in pending:  # anchor not found on one line: attach to the end of the block
            print("WARNING anchor not found:", c[0])
            self._balloon(x + 5, self.y - 0.8, c)

    def _balloon(self, ax, ay, c):
        pdf = self.pdf
        _, author, label, body = c
        colour = AUTHOR_COLOURS[author]
        pdf.set_font("Arial", "", 7.2)
        txt = f"**{label}** {body}"
        lines = pdf.multi_cell(BAL_W - 3, 3.3, txt, dry_run=True, output="LINES", markdown=True, align="L")
        h = len(lines) * 3.3 + 2.4
        by = max(ay - 2.5, pdf.balloon_floor)
        if by + h > BOTTOM + 8:
            by = BOTTOM + 8 - h
        # connector: dotted line from the anchor to the pane, then to the balloon
        pdf.set_draw_color(*colour)
        pdf.set_line_width(0.2)
        pdf.set_dash_pattern(dash=0.6, gap=0.6)
        pdf.line(ax, ay, PANE_X, ay)
        pdf.line(PANE_X, ay, BAL_X, by + 2.0)
        pdf.set_dash_pattern()
        if author in ("FMT", "DEL"):
            pdf.set_fill_color(250, 250, 250)
        else:
            pale = tuple(255 - (255 - v) // 7 for v in colour)
            pdf.set_fill_color(*pale)
        pdf.rect(BAL_X, by, BAL_W, h, style="DF", round_corners=True, corner_radius=1.2)
        pdf.set_xy(BAL_X + 1.5, by + 1.2)
        pdf.set_text_color(40, 40, 40)
        pdf.multi_cell(BAL_W - 3, 3.3, txt, markdown=True, align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.balloon_floor = by + h + 1.5

    # convenience element writers -------------------------------------------------------
    def title(self, text, size=13, comments=()):
        self.text_block(text, MAIN_X, MAIN_W, "B", size, lh=6, comments=comments)
        self.space(1.5)

    def centre(self, text, style="B", size=10):
        self._need(5)
        self.pdf.set_font("Arial", style, size)
        self.pdf.set_xy(MAIN_X, self.y)
        self.pdf.cell(MAIN_W, 5, text, align="C")
        self.y += 5

    def heading(self, text, comments=()):
        self._need(12)
        self.space(2.5)
        self.text_block(text, MAIN_X, MAIN_W, "B", 10.5, lh=5, comments=comments)
        self.space(1)

    def kv(self, label, value, comments=(), lw=36):
        lines = self._lines(value, MAIN_W - lw, "", 9.5)
        self._need(4.4 * min(len(lines), 2))
        self.pdf.set_font("Arial", "B", 9.5)
        self.pdf.set_xy(MAIN_X, self.y)
        self.pdf.cell(lw, 4.4, label)
        self.text_block(value, MAIN_X + lw, MAIN_W - lw, comments=comments)
        self.space(0.8)

    def para(self, text, comments=(), style=""):
        self.text_block(text, MAIN_X, MAIN_W, style, comments=comments)
        self.space(1.8)

    def bullet(self, text, mark="\u2022", comments=(), indent=5):
        self.text_block(
            text,
            MAIN_X + indent + 4,
            MAIN_W - indent - 4,
            comments=comments,
            prefix=mark,
            prefix_x=MAIN_X + indent,
        )
        self.space(0.9)


def render_markup(path, meta, elements):
    pdf = MarkupPDF(*meta)
    pdf.set_title(os.path.basename(path))
    pdf.set_author("JPO focal point")
    w = MarkupWriter(pdf)
    for el in elements:
        kind, args = el[0], el[1:]
        getattr(w, kind)(*args)
    pdf.output(path)


# ---------------------------------- ITC / Ireland -------------------------------------
def c(anchor, author, n, body, fr=False):
    label = ("Commentaire" if fr else "Comment") + f" [{author}{n}]:"
    return (anchor, author, label, body)


def fmt(anchor, body, fr=False):
    return (anchor, "FMT", "Mise en forme :" if fr else "Formatted:", body)


def deleted(anchor, body, fr=False):
    return (anchor, "DEL", "Supprim\u00e9 :" if fr else "Deleted:", body)


ITC = [
    ("centre", "International Trade Centre", "B", 11),
    ("centre", "Joint agency of the World Trade Organization and the United Nations", "", 8.5),
    ("space", 4),
    ("centre", "TERMS OF REFERENCE", "B", 10),
    ("centre", "Junior Professional Officer (JPO) Programme of Ireland", "", 9),
    ("space", 5),
    (
        "kv",
        "Title:",
        "Junior Professional Officer \u2013 Trade Facilitation and Digital Trade "
        "for Women-led Small Businesses",
        [fmt("Junior Professional", "Font: (Default) Arial, 10 pt, Bold, English (United Kingdom)")],
    ),
    ("kv", "Posting no.:", "ITC/JPO/27/014"),
    ("kv", "Irish Aid file no.:", "IA/JPO/2027/06"),
    ("kv", "Organisation:", "International Trade Centre (ITC)"),
    (
        "kv",
        "Division / Section:",
        "Division of Enterprises and Institutions (DEI), Trade "
        "Facilitation and Policy for Business Section (TFPB)",
    ),
    ("kv", "Duty station:", "Geneva, Switzerland"),
    (
        "kv",
        "Grade:",
        "P-2",
        [
            c(
                "P-2",
                "SO",
                2,
                "Could we advertise as P-1/P-2? The last JPO in TFPB was recruited at P-1 in 2023.",
            )
        ],
    ),
    (
        "kv",
        "Duration:",
        "One year, with the possibility of extension for a second year subject to "
        "satisfactory performance and the agreement of the sponsor",
        [
            c(
                "One year",
                "MK",
                3,
                "Irish Aid now funds 24 months upfront \u2013 change to two years? "
                "Confirm with DFA before publishing.",
            )
        ],
    ),
    ("kv", "Sponsor:", "Government of Ireland \u2013 Department of Foreign Affairs (Irish Aid)"),
    ("kv", "Date of issue:", "5 April 2027"),
    (
        "kv",
        "Closing date:",
        "3 May 2027, 23:59 Geneva time",
        [
            c("3 May 2027", "AB", 1, "Should the deadline not be 15 May? \u2013 the 2026 call closed then"),
            deleted("23:59", "28 April 2027, 17:00"),
        ],
    ),
    ("heading", "1. Where will you work?"),
    (
        "para",
        "The International Trade Centre (ITC) is the joint agency of the World Trade "
        "Organization and the United Nations. Its mission is to foster inclusive and sustainable "
        "economic development through trade and international business development. The Trade "
        "Facilitation and Policy for Business Section (TFPB) helps governments and business "
        "associations in some 40 countries to reduce the time and cost of cross-border trade and "
        "to give micro, small and medium-sized enterprises (MSMEs) a voice in trade policy. The "
        "Section is headed by a Chief (P-5) and includes eleven professional staff and consultants.",
    ),
    (
        "para",
        "The JPO will work under the direct supervision of the Senior Trade Facilitation "
        "Adviser (P-4) and will be part of the Section's team for Africa and the Middle East.",
        [fmt("(P-4)", "Highlight")],
    ),
    ("heading", "2. What will you be doing?"),
    (
        "bullet",
        "Support the design and implementation of trade facilitation reform projects in "
        "ITC partner countries, with a focus on the participation of women-led MSMEs in "
        "cross-border trade;",
    ),
    (
        "bullet",
        "Conduct research and analysis on regulatory and procedural obstacles to trade, "
        "including business surveys on non-tariff measures, and draft country briefs and policy "
        "notes;",
    ),
    (
        "bullet",
        "Contribute to the development of digital tools and e-learning modules for border "
        "agencies and business associations, such as the Trade Obstacles Alert Mechanism;",
        [c("e-learning modules", "JR", 4, "Add travel \u2013 approx. 3 missions per year, 10 days each?")],
    ),
    (
        "bullet",
        "Assist in the organisation of National Trade Facilitation Committee meetings, "
        "workshops and study tours, including logistics, agendas and follow-up reports;",
    ),
    (
        "bullet",
        "Support resource mobilisation by drafting concept notes, project proposals and donor reports;",
    ),
    (
        "bullet",
        "Monitor project results against the logical framework and contribute to ITC's "
        "corporate results reporting;",
    ),
    ("bullet", "Perform other related duties as required."),
    ("heading", "3. What will you learn?"),
    (
        "bullet",
        "In-depth knowledge of the WTO Trade Facilitation Agreement and of how it is "
        "implemented at country level;",
    ),
    (
        "bullet",
        "Practical project-cycle management in a multilateral organisation, from design "
        "and budgeting to monitoring and evaluation;",
    ),
    (
        "bullet",
        "Experience of working with governments, the private sector and development "
        "partners, including during field missions;",
    ),
    (
        "bullet",
        "Participation in ITC's JPO learning programme and use of the sponsor's annual "
        "training and learning allowance.",
    ),
    ("heading", "4. Your background should include\u2026"),
    (
        "para",
        "Education: An advanced university degree (Master's or equivalent) in economics, "
        "international trade, business administration, law, development studies or a related "
        "field. A first-level university degree in combination with two additional years of "
        "qualifying experience may be accepted in lieu of the advanced university degree.",
    ),
    (
        "para",
        "Experience: A minimum of two years of relevant professional experience in trade "
        "policy, private sector development or project management is required. Experience in a "
        "developing country is an asset.",
        [
            c(
                "two years",
                "AB",
                5,
                "Irish Aid minimum is 1 year \u2013 do we want 2? Master's + 1 would widen the pool.",
            )
        ],
    ),
    (
        "para",
        "Languages: Fluency in English (oral and written) is required. Working knowledge of "
        "French is desirable; knowledge of Spanish is an asset.",
        [
            c(
                "French is desirable",
                "JR",
                6,
                "Make French mandatory? Most TFPB projects are in West Africa (Benin, Guinea, Togo).",
            )
        ],
    ),
    ("heading", "5. Competencies"),
    ("bullet", "Professionalism"),
    ("bullet", "Communication"),
    ("bullet", "Teamwork"),
    ("bullet", "Planning and organising"),
    ("bullet", "Client orientation"),
    ("bullet", "Technological awareness"),
    ("heading", "6. Are you eligible?"),
    ("para", "The following conditions of the JPO Programme of Ireland apply:"),
    ("bullet", "The programme is open to Irish citizens only.", "\u2013"),
    (
        "bullet",
        "Candidates must be 32 years of age or younger on 31 December 2027.",
        "\u2013",
        [c("32 years", "AB", 7, "age limit was 30 in the 2025 round \u2013 keep 32?")],
    ),
    (
        "bullet",
        "Persons who hold, or have held, a JPO appointment under any donor programme are not eligible.",
        "\u2013",
    ),
    (
        "bullet",
        "Candidates may submit a maximum of two applications in the 2027 Irish Aid JPO "
        "call; further applications will not be considered.",
        "\u2013",
    ),
    ("heading", "7. What we offer"),
    (
        "para",
        "A fixed-term appointment with ITC at the P-2 level, step 1, with the salary, "
        "allowances and benefits of an international staff member in Geneva, funded by the "
        "Government of Ireland. Duty travel and a learning allowance are included in the JPO "
        "budget.",
    ),
    ("heading", "8. How to apply"),
    (
        "para",
        "Applications must be submitted online through the Irish Aid JPO portal by 23:59 "
        "Geneva time on Monday, 3 May 2027. Please upload:",
    ),
    ("bullet", "A CV in English (maximum three pages);", "1."),
    ("bullet", "A cover letter explaining your motivation for this position (maximum one page);", "2."),
    ("bullet", "Copies of your university degrees and transcripts;", "3."),
    ("bullet", "The names and contact details of two professional referees.", "4."),
    (
        "para",
        "Only shortlisted candidates will be contacted. Interviews are expected to take place "
        "in June 2027 by video link.",
        [c("June 2027", "SO", 8, "Interviews 14\u201318 June \u2013 add? Panel: Chief TFPB + DFA.")],
    ),
]


def _fix_bullets(elements):
    """('bullet', text, mark, comments) tuples may omit mark/comments."""
    out = []
    for el in elements:
        if el[0] == "bullet":
            text = el[1]
            mark = el[2] if len(el) > 2 and isinstance(el[2], str) else "\u2022"
            comments = el[-1] if len(el) > 2 and isinstance(el[-1], list) else []
            out.append(("bullet", text, mark, comments))
        else:
            out.append(el)
    return out


# ---------------------------------- PAM / Belgique ------------------------------------
PAM = [
    ("centre", "Programme alimentaire mondial (PAM)", "B", 11),
    ("centre", "World Food Programme (WFP) \u2013 Bureau de pays du Burundi", "", 8.5),
    ("space", 4),
    ("centre", "TERMES DE R\u00c9F\u00c9RENCE \u2013 ADMINISTRATEUR(TRICE) AUXILIAIRE (JPO)", "B", 9),
    (
        "centre",
        "Programme belge des Jeunes Professionnels \u2013 Coop\u00e9ration belge au D\u00e9veloppement",
        "",
        8.5,
    ),
    ("space", 5),
    (
        "kv",
        "Intitul\u00e9 du poste :",
        "Administrateur(trice) auxiliaire charg\u00e9(e) de "
        "programme \u2013 Nutrition et filets sociaux de s\u00e9curit\u00e9",
        [],
        40,
    ),
    ("kv", "N\u00b0 de l'avis de vacance :", "PAM/BDI/JPO/2027/03", [], 40),
    ("kv", "R\u00e9f. DGD :", "D2.4/JPO/27/112", [], 40),
    ("kv", "Organisation :", "Programme alimentaire mondial des Nations Unies (PAM)", [], 40),
    (
        "kv",
        "Unit\u00e9 :",
        "Bureau de pays du Burundi \u2013 Unit\u00e9 Programme (Nutrition et Protection sociale)",
        [],
        40,
    ),
    (
        "kv",
        "Lieu d'affectation :",
        "Bujumbura, Burundi (avec des d\u00e9placements fr\u00e9quents vers Gitega, Ngozi et Kirundo)",
        [],
        40,
    ),
    ("kv", "Classe :", "P-2", [c("P-2", "JD", 2, "v\u00e9rifier la classe, P-3 ?", fr=True)], 40),
    (
        "kv",
        "Dur\u00e9e de l'affectation :",
        "deux ans",
        [c("deux ans", "LV", 3, "12 mois seulement ? cf. enveloppe DGD 2027", fr=True)],
        40,
    ),
    (
        "kv",
        "Pays donateur :",
        "Belgique (Direction g\u00e9n\u00e9rale Coop\u00e9ration au "
        "d\u00e9veloppement et Aide humanitaire, DGD)",
        [],
        40,
    ),
    ("kv", "Date de publication :", "15 f\u00e9vrier 2027", [], 40),
    (
        "kv",
        "Date limite :",
        "12 mars 2027, 17h00 (heure de Bruxelles)",
        [
            c(
                "12 mars 2027",
                "AB",
                1,
                "La date ne devrait-elle pas \u00eatre le 26 mars ? L'appel 2026 "
                "avait cl\u00f4tur\u00e9 le 27 mars.",
                fr=True,
            ),
            deleted("17h00", "5 mars 2027", fr=True),
        ],
        40,
    ),
    ("heading", "1. Contexte"),
    (
        "para",
        "Le Burundi figure parmi les pays les plus touch\u00e9s par la malnutrition chronique : "
        "pr\u00e8s d'un enfant de moins de cinq ans sur deux pr\u00e9sente un retard de croissance. "
        "Le PAM y met en \u0153uvre un plan strat\u00e9gique de pays (2027\u20132031) qui associe "
        "l'assistance alimentaire, l'alimentation scolaire, la pr\u00e9vention de la malnutrition "
        "et l'appui au syst\u00e8me national de protection sociale. Le bureau de pays compte environ "
        "250 personnes r\u00e9parties entre Bujumbura et trois sous-bureaux.",
    ),
    (
        "para",
        "Le/la JPO travaillera sous la supervision directe de la Cheffe de l'Unit\u00e9 "
        "Nutrition (P-4) et sous la supervision g\u00e9n\u00e9rale du Directeur adjoint de pays (P-5).",
        [fmt("(P-4)", "Police : Gras", fr=True)],
    ),
    ("heading", "2. Quelles seront vos t\u00e2ches ?"),
    (
        "bullet",
        "Appuyer la conception, la mise en \u0153uvre et le suivi des programmes de "
        "pr\u00e9vention de la malnutrition chronique et de traitement de la malnutrition aigu\u00eb "
        "mod\u00e9r\u00e9e ;",
        "1.",
    ),
    (
        "bullet",
        "Contribuer \u00e0 l'int\u00e9gration de la nutrition dans les filets sociaux de "
        "s\u00e9curit\u00e9 et dans l'alimentation scolaire issue de la production locale ;",
        "2.",
    ),
    (
        "bullet",
        "Analyser les donn\u00e9es de suivi (distributions, couverture, indicateurs de "
        "r\u00e9sultats) et pr\u00e9parer les rapports mensuels et trimestriels ;",
        "3.",
    ),
    (
        "bullet",
        "Participer aux missions de terrain dans les provinces et \u00e0 la coordination "
        "avec les partenaires coop\u00e9rants (ONG nationales et internationales) ;",
        "4.",
        [
            c(
                "missions de terrain",
                "MK",
                4,
                "pr\u00e9ciser : env. 40 % du temps sur le terrain, 6 provinces",
                fr=True,
            )
        ],
    ),
    (
        "bullet",
        "Appuyer le dialogue avec le Minist\u00e8re de la Sant\u00e9 publique et le "
        "Programme national int\u00e9gr\u00e9 d'alimentation et de nutrition (PRONIANUT) ;",
        "5.",
    ),
    (
        "bullet",
        "Contribuer \u00e0 la pr\u00e9paration des propositions de financement et des "
        "rapports aux donateurs ;",
        "6.",
    ),
    (
        "bullet",
        "Veiller \u00e0 la prise en compte du genre, de la protection et de la redevabilit\u00e9 "
        "envers les populations affect\u00e9es ;",
        "7.",
    ),
    ("bullet", "Ex\u00e9cuter toute autre t\u00e2che connexe demand\u00e9e par sa supervision.", "8."),
    ("heading", "3. Qu'allez-vous apprendre ?"),
    (
        "bullet",
        "La gestion du cycle de projet dans une grande op\u00e9ration humanitaire et de d\u00e9veloppement ;",
    ),
    (
        "bullet",
        "Les outils d'analyse du PAM (analyse de la s\u00e9curit\u00e9 alimentaire, "
        "\u00ab Fill the Nutrient Gap \u00bb, suivi \u00e0 distance) ;",
    ),
    (
        "bullet",
        "La coordination au sein de l'\u00e9quipe de pays des Nations Unies et des "
        "groupes sectoriels Nutrition et S\u00e9curit\u00e9 alimentaire ;",
    ),
    (
        "bullet",
        "Le leadership et la communication, gr\u00e2ce au programme d'apprentissage des JPO "
        "du PAM et au budget de formation financ\u00e9 par la Belgique.",
    ),
    ("heading", "4. Votre profil"),
    (
        "para",
        "Formation : dipl\u00f4me universitaire de niveau master en nutrition, sant\u00e9 "
        "publique, agronomie, \u00e9conomie du d\u00e9veloppement ou dans un domaine apparent\u00e9.",
    ),
    (
        "para",
        "Exp\u00e9rience : au moins deux ans d'exp\u00e9rience professionnelle pertinente, de "
        "pr\u00e9f\u00e9rence dans un pays en d\u00e9veloppement ou en contexte humanitaire.",
    ),
    (
        "para",
        "Langues : excellente ma\u00eetrise du fran\u00e7ais et de l'anglais, \u00e0 l'\u00e9crit "
        "comme \u00e0 l'oral. La connaissance du kirundi ou du swahili constitue un atout.",
        [
            c(
                "l'anglais",
                "JD",
                5,
                "anglais niveau C1 ? Test IELTS 6,5 exig\u00e9 par la DGD l'an pass\u00e9",
                fr=True,
            )
        ],
    ),
    ("heading", "5. Comp\u00e9tences"),
    ("bullet", "Int\u00e9grit\u00e9 et professionnalisme"),
    ("bullet", "Travail d'\u00e9quipe"),
    ("bullet", "Communication"),
    ("bullet", "Sens de l'organisation et de la planification"),
    ("bullet", "Capacit\u00e9 d'adaptation et r\u00e9silience"),
    ("heading", "6. Conditions g\u00e9n\u00e9rales du programme belge"),
    (
        "bullet",
        "\u00catre de nationalit\u00e9 belge ou ressortissant(e) de l'un des pays partenaires "
        "suivants de la Coop\u00e9ration belge : B\u00e9nin, Burkina Faso, Guin\u00e9e, Mali, Maroc, "
        "Mozambique, Niger, Ouganda, Palestine, R\u00e9publique d\u00e9mocratique du Congo, Rwanda, "
        "S\u00e9n\u00e9gal et Tanzanie. Bien que le Burundi soit \u00e9galement un pays partenaire, "
        "ses ressortissant(e)s ne peuvent pas postuler \u00e0 ce poste, situ\u00e9 dans leur pays.",
        "\u2013",
    ),
    (
        "bullet",
        "\u00catre n\u00e9(e) le 1er janvier 1996 ou apr\u00e8s.",
        "\u2013",
        [
            c(
                "1er janvier 1996",
                "AB",
                6,
                "limite d'\u00e2ge : 32 ans l'an dernier (n\u00e9s apr\u00e8s le 01/01/1994) ?",
                fr=True,
            )
        ],
    ),
    (
        "bullet",
        "\u00catre titulaire d'un dipl\u00f4me de master ; les \u00e9tudiant(e)s en cours de "
        "master ne sont pas \u00e9ligibles.",
        "\u2013",
    ),
    (
        "bullet",
        "Ne pas avoir d\u00e9j\u00e0 travaill\u00e9 comme JPO ou expert(e) junior dans une "
        "organisation internationale, quel que soit le pays donateur.",
        "\u2013",
    ),
    (
        "bullet",
        "Chaque candidat(e) peut postuler au maximum \u00e0 trois postes par an dans le cadre du programme.",
        "\u2013",
    ),
    ("heading", "7. Documents \u00e0 fournir"),
    ("bullet", "CV en fran\u00e7ais ou en anglais ;", "1)"),
    ("bullet", "Lettre de motivation (une page au maximum) ;", "2)"),
    ("bullet", "Copie du dipl\u00f4me de master ;", "3)"),
    ("bullet", "Copie du passeport ou de la carte d'identit\u00e9.", "4)"),
    ("heading", "8. Comment postuler ?"),
    (
        "para",
        "Les candidatures doivent parvenir via la plateforme en ligne de la DGD au plus tard "
        "le vendredi 12 mars 2027 \u00e0 17h00 (heure de Bruxelles). Les dossiers incomplets ou "
        "re\u00e7us apr\u00e8s cette date ne seront pas examin\u00e9s. Les entretiens sont pr\u00e9vus "
        "en avril 2027.",
        [
            c(
                "avril 2027",
                "LV",
                7,
                "entretiens plut\u00f4t le 20/04 ; pr\u00e9voir 3 candidats par poste",
                fr=True,
            )
        ],
    ),
]


# --------------------------------------------------------------------------------------
# 2. Spreadsheet row exported as tab-separated text, one field per line
# --------------------------------------------------------------------------------------
UNOPS_ROWS = [
    ("Req_ID", "27-THMCO-0412"),
    ("Donor_File_No", "MOFA-KR/JPO/2027-09"),
    ("Posting_Status", "Published"),
    ("Posted_Date", "2027-03-12"),
    ("Post_Title", "Junior Professional Officer (Infrastructure and Climate-Resilient Public Works)"),
    (
        "Post_Title_Note",
        "Open only to nationals of the Republic of Korea sponsored by the Korean JPO Programme",
    ),
    ("Org_Code", "UNOPS"),
    ("Org_Name", "United Nations Office for Project Services"),
    ("Business_Unit", "Thailand Multi-Country Office (THMCO)"),
    ("Unit_Name", ""),
    ("Duty_Station_City", "Bangkok"),
    ("Duty_Station_Country", "Thailand"),
    ("Family_Duty_Station", "Yes"),
    ("Hardship_Class", "A"),
    ("Grade", "P-2"),
    ("Supervisor_Title", "Senior Project Manager, Infrastructure (ICS-11 / P-4)"),
    ("Contract_Type", "Fixed-term appointment (JPO)"),
    ("Contract_Duration_Months", "12"),
    (
        "Extension_Note",
        "Extension for a second year is possible subject to satisfactory "
        "performance and the sponsor's agreement.",
    ),
    ("Sponsor_Country", "Republic of Korea"),
    ("Sponsor_Programme", "Korean JPO Programme \u2013 Ministry of Foreign Affairs (MOFA)"),
    (
        "Background",
        "UNOPS supports partners to build resilient infrastructure in Thailand, "
        "Cambodia, Lao PDR and Myanmar.\nThe Multi-Country Office manages a portfolio of USD 140 "
        'million, including the "Build Back Greener" programme for climate-resilient rural roads, '
        "health facilities and flood-protection works.\nThe JPO will join the Infrastructure Unit "
        "(7 engineers and project managers) in Bangkok and travel regularly to project sites.",
    ),
    (
        "Duties",
        "1. Support the project managers in planning, scheduling and monitoring "
        'infrastructure projects, including the "Build Back Greener" rural roads component;\n'
        "2. Review designs, bills of quantities and technical specifications for compliance with "
        "UNOPS design and climate-resilience standards;\n"
        "3. Contribute to procurement processes for works contracts, including preparation of "
        "tender documents and technical evaluation of bids;\n"
        "4. Conduct site visits to monitor progress, quality, health and safety, and environmental "
        "and social safeguards;\n"
        "5. Prepare progress reports, risk registers and briefs for partners and the donor;\n"
        "6. Support stakeholder consultations with local authorities and communities, ensuring "
        'that women and persons with disabilities are heard ("leave no one behind");\n'
        "7. Contribute to knowledge management, lessons learned and the development of new project "
        "proposals;\n"
        "8. Perform other related duties as assigned by the supervisor.",
    ),
    (
        "Learning_Elements",
        "- Project management in line with UNOPS and PRINCE2\u00ae practice, "
        "with the option of PRINCE2 Foundation certification;\n"
        "- Climate-resilient infrastructure design and sustainable procurement;\n"
        "- Working with governments and donors in a multi-country setting;\n"
        "- Participation in UNOPS JPO induction and the sponsor's annual JPO workshop.",
    ),
    (
        "Education_Required",
        "Master's degree in civil or environmental engineering, urban "
        "planning, project management or a related field.",
    ),
    (
        "Education_Alternative",
        "A Bachelor's degree with two (2) additional years of relevant "
        "experience may be accepted in lieu of the Master's degree.",
    ),
    ("Experience_Min_Years", "2"),
    (
        "Experience_Detail",
        "Minimum two (2) years of professional experience in infrastructure "
        "project management, engineering or climate adaptation. Experience in South-East Asia is "
        "an asset.",
    ),
    ("Languages_Required", "English"),
    ("Languages_Desirable", "Thai"),
    (
        "Competencies",
        "- Integrity and inclusion\n- Leading self and others\n- Partnering\n"
        "- Results orientation\n- Agility\n- Solution focused",
    ),
    (
        "Eligibility_Rules",
        "1. Nationality: citizens of the Republic of Korea only. Dual nationals "
        "holding Thai citizenship may not apply for this position.\n"
        "2. Age: 32 years or younger as of 31 December 2027 (born on or after 1 January 1995).\n"
        "3. Military service: male applicants who have completed military service may add to the "
        "age limit:\n"
        "   - less than 1 year of service: + 1 year\n"
        "   - 1 year or more but less than 2 years: + 2 years\n"
        "   - 2 years or more: + 3 years\n"
        "4. Education and experience: a Master's degree with at least 2 years of relevant work "
        "experience, or a Bachelor's degree with at least 4 years of relevant work experience. "
        "Applicants still enrolled in a degree programme at the application deadline are not "
        "eligible.\n"
        "5. English: TOEFL iBT 105, NEW TEPS 430 or IELTS 7.5 or above, obtained within two years "
        'before the application deadline. TOEFL "MyBest" scores are not accepted.\n'
        "6. Applications: a maximum of two (2) positions per year under the Korean JPO Programme.\n"
        "7. Persons who have already served as a JPO (under any sponsor) are not eligible.",
    ),
    (
        "Required_Documents",
        "1. MOFA JPO application form (in Korean)\n"
        "2. CV in English (UN Personal History Form accepted)\n"
        "3. Cover letter in English, max. 1 page\n"
        "4. Copies of degree certificates with English translation\n"
        "5. Official English test score report\n"
        "6. Certificate of military service (male applicants claiming the age extension)",
    ),
    ("Deadline_Local", "2027-04-09 18:00"),
    ("Deadline_TZ", "Korea Standard Time (KST, UTC+9)"),
    (
        "Application_Channel",
        "UN Recruitment Center of the Ministry of Foreign Affairs (online "
        "only); applications sent to UNOPS directly are not considered",
    ),
    (
        "Previous_Req_Note",
        "Replaces req. 26-THMCO-0377 (2026 call, closing date 24 April 2026), which was cancelled.",
    ),
    ("Remarks", ""),
    ("Last_Modified_By", "HR-THMCO"),
    ("Last_Modified", "2027-03-11 09:42"),
]

ONUMUJERES_ROWS = [
    ("Req_ID", "GTM-JPO-27-031"),
    ("Donor_Ref", "AECID/JPO/2027/14"),
    ("Posting_Date", "02/04/2027"),
    (
        "Post_Title",
        "Oficial Profesional Junior (JPO) \u2013 Empoderamiento Econ\u00f3mico de las "
        "Mujeres y Sistemas de Cuidado",
    ),
    ("Post_Title_EN", "Junior Professional Officer \u2013 Women's Economic Empowerment and Care Systems"),
    ("Agency", "ONU Mujeres (UN Women)"),
    ("Office", "Oficina de Pa\u00eds en Guatemala"),
    ("Unit", ""),
    ("Duty_Station_City", "Ciudad de Guatemala"),
    ("Duty_Station_Country", "Guatemala"),
    ("Grade", "P-1"),
    (
        "Supervisor",
        "Supervisi\u00f3n directa: Especialista de Programa de Empoderamiento "
        "Econ\u00f3mico (P-3); supervisi\u00f3n general: Representante Adjunta (P-5)",
    ),
    ("Contract_Duration", "Un (1) a\u00f1o, con posibilidad de pr\u00f3rroga por un segundo a\u00f1o"),
    ("Sponsor_Country", "Espa\u00f1a"),
    (
        "Sponsor_Programme",
        "Programa de J\u00f3venes Profesionales (JPO) de la Cooperaci\u00f3n Espa\u00f1ola \u2013 AECID",
    ),
    ("Hardship_Level", ""),
    (
        "Antecedentes",
        "ONU Mujeres trabaja en Guatemala desde 2011 para promover la igualdad de "
        "g\u00e9nero y el empoderamiento de las mujeres, con \u00e9nfasis en las mujeres ind\u00edgenas "
        "y rurales.\nEl programa de Empoderamiento Econ\u00f3mico apoya la creaci\u00f3n de sistemas "
        "municipales de cuidado y el acceso de las mujeres a mercados, cr\u00e9dito y empleo decente, "
        'en el marco del programa regional "Ganar-Ganar: la igualdad de g\u00e9nero es un buen '
        'negocio".',
    ),
    (
        "Funciones",
        "- Apoyar la planificaci\u00f3n, ejecuci\u00f3n y seguimiento de los proyectos "
        "de empoderamiento econ\u00f3mico en los departamentos de Quich\u00e9, Alta Verapaz y "
        "Huehuetenango;\n"
        "- Contribuir al dise\u00f1o de pol\u00edticas municipales de cuidado junto con las "
        "municipalidades y la Secretar\u00eda Presidencial de la Mujer;\n"
        "- Elaborar an\u00e1lisis y notas t\u00e9cnicas sobre trabajo de cuidados no remunerado, "
        "econom\u00eda informal y brechas de g\u00e9nero en el mercado laboral;\n"
        '- Apoyar la alianza con el sector privado del programa ""Ganar-Ganar"", incluida la '
        "adhesi\u00f3n de empresas a los Principios para el Empoderamiento de las Mujeres (WEPs);\n"
        "- Preparar informes para donantes, notas conceptuales y propuestas de financiaci\u00f3n;\n"
        "- Participar en la coordinaci\u00f3n interagencial del Sistema de Naciones Unidas en "
        "Guatemala;\n"
        "- Realizar otras tareas afines que le sean asignadas.",
    ),
    (
        "Aprendizaje",
        "- Gesti\u00f3n basada en resultados y gesti\u00f3n del ciclo de proyectos en "
        "ONU Mujeres;\n"
        "- Dise\u00f1o de pol\u00edticas p\u00fablicas de cuidado con enfoque de g\u00e9nero e "
        "interculturalidad;\n"
        "- Trabajo con gobiernos locales, organizaciones de mujeres ind\u00edgenas y sector privado;\n"
        "- Formaci\u00f3n del programa JPO de ONU Mujeres y del plan de formaci\u00f3n de la AECID.",
    ),
    (
        "Education",
        "M\u00e1ster en econom\u00eda, desarrollo, estudios de g\u00e9nero, ciencias "
        "sociales o campo af\u00edn. Se admitir\u00e1n candidaturas de estudiantes del \u00faltimo curso "
        "de m\u00e1ster que obtengan el t\u00edtulo antes de la fecha de incorporaci\u00f3n.",
    ),
    ("Experience_Min_Max", "2-5 a\u00f1os"),
    (
        "Experience_Detail",
        "M\u00ednimo de dos (2) a\u00f1os y m\u00e1ximo de cinco (5) a\u00f1os de "
        "experiencia profesional remunerada en desarrollo econ\u00f3mico, g\u00e9nero o "
        "pol\u00edticas sociales.",
    ),
    ("Languages_Required", "Espa\u00f1ol; ingl\u00e9s"),
    ("Languages_Desirable", "Franc\u00e9s"),
    ("Core_Values", "Integridad; Profesionalismo; Respeto por la diversidad"),
    (
        "Competencies",
        "- Conciencia y sensibilidad en cuestiones de g\u00e9nero\n"
        "- Rendici\u00f3n de cuentas\n- Resoluci\u00f3n creativa de problemas\n"
        "- Comunicaci\u00f3n eficaz\n- Colaboraci\u00f3n inclusiva\n"
        "- Participaci\u00f3n de las partes interesadas\n- Liderar con el ejemplo",
    ),
    ("Age_Limit", "30"),
    (
        "Requisitos_Programa_AECID",
        "1. Tener nacionalidad espa\u00f1ola.\n"
        "2. Tener como m\u00e1ximo 31 a\u00f1os a 31 de diciembre de 2027 (haber nacido con "
        "posterioridad al 31 de diciembre de 1995).\n"
        "3. Estar en posesi\u00f3n de un t\u00edtulo oficial de M\u00e1ster o equivalente (ver "
        '""Education"").\n'
        "4. Acreditar el nivel de ingl\u00e9s con IELTS 7.0 o TOEFL iBT 95 como m\u00ednimo; el "
        "certificado no podr\u00e1 tener una antig\u00fcedad superior a tres a\u00f1os a la fecha de "
        "cierre.\n"
        "5. No haber participado anteriormente en ning\u00fan programa JPO, con independencia del "
        "pa\u00eds donante.\n"
        "6. La Cooperaci\u00f3n Espa\u00f1ola realiza una \u00fanica convocatoria anual del Programa "
        "JPO; cada persona podr\u00e1 presentar candidatura a un m\u00e1ximo de dos puestos.",
    ),
    (
        "Required_Documents",
        "- CV en formato Europass, en espa\u00f1ol y en ingl\u00e9s\n"
        "- Carta de motivaci\u00f3n en ingl\u00e9s (m\u00e1x. 1 p\u00e1gina)\n"
        "- Copia del t\u00edtulo de M\u00e1ster (o certificado de matr\u00edcula del \u00faltimo curso)\n"
        "- Certificado oficial de ingl\u00e9s\n"
        "- Copia del DNI o pasaporte",
    ),
    ("Deadline_Local", "30/04/2027 14:00"),
    ("Deadline_TZ", "Hora peninsular espa\u00f1ola (CEST)"),
    ("Application_Channel", 'Sede electr\u00f3nica de la AECID, procedimiento ""Programa JPO 2027""'),
    (
        "Notes",
        "La convocatoria 2026 (cierre 17/05/2026) no se reabre. Las personas seleccionadas "
        "se incorporar\u00e1n previsiblemente en septiembre de 2027.",
    ),
    ("Remarks", ""),
]


def write_tsv(path, rows, lineterminator, bom):
    buf = io.StringIO()
    w = csv.writer(
        buf,
        delimiter="\t",
        quotechar='"',
        quoting=csv.QUOTE_MINIMAL,
        lineterminator=lineterminator,
        doublequote=True,
    )
    w.writerow(["Field", "Value"])
    for name, value in rows:
        # the Spanish source sheet already holds CSV-escaped quotes in some cells ("" -> ");
        # unescape them so the writer applies the doubling itself
        w.writerow([name, value.replace('""', '"')])
    data = buf.getvalue()
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(data)


# --------------------------------------------------------------------------------------
# 3. DOCX: UNFPA Suva, Dutch JPO Programme (Nuffic)
# --------------------------------------------------------------------------------------
def build_unfpa_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.shared import Pt, RGBColor

    doc = Document()
    cp = doc.core_properties
    cp.author = "Nuffic JPO desk"
    cp.last_modified_by = "Nuffic JPO desk"
    cp.created = datetime(2027, 2, 20, 10, 0, 0)
    cp.modified = datetime(2027, 2, 22, 8, 30, 0)
    cp.revision = 3
    cp.title = "Vacancy UNFPA Suva SRHR JPO"

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = (
        "Ministry of Foreign Affairs of the Netherlands | Dutch JPO Programme \u2013 administered by Nuffic"
    )
    fp = sec.footer.paragraphs[0]
    fp.text = "Nuffic \u00b7 Dutch JPO Programme \u00b7 Call 2027-I \u00b7 vacancy NL-JPO-27-0471"

    p = doc.add_paragraph()
    r = p.add_run("DUTCH JPO PROGRAMME \u2013 CALL 2027-I")
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0xE0, 0x6A, 0x00)
    doc.add_paragraph("Vacancy published on behalf of the United Nations Population Fund")

    doc.add_paragraph(
        "Junior Professional Officer \u2013 Sexual and Reproductive Health and "
        "Rights (SRHR) in Humanitarian Settings",
        style="Title",
    )

    facts = [
        ("Job Opening ID", "UNFPA-FJI-JPO-2027-118"),
        ("Nuffic vacancy no.", "NL-JPO-27-0471"),
        ("Organization", "United Nations Population Fund (UNFPA)"),
        ("Unit", "Pacific Sub-Regional Office (PSRO) \u2013 Humanitarian and SRHR Programme"),
        ("Place of assignment", "Suva, Fiji (the office covers 14 Pacific Island countries and territories)"),
        ("Grade", "P-2"),
        ("Duration", "One year, with a possible extension for a second year"),
        (
            "Sponsor",
            "The Dutch JPO Programme at Nuffic, on behalf of the Ministry of Foreign "
            "Affairs of the Netherlands",
        ),
        ("Posted", "22 February 2027"),
        ("Deadline", "19 March 2027, 23:59 hrs CET (Amsterdam time)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Light Grid Accent 1"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for k, v in facts:
        row = t.add_row().cells
        row[0].text = k
        row[1].text = v
        for run in row[0].paragraphs[0].runs:
            run.bold = True

    doc.add_heading("Who are we?", level=1)
    doc.add_paragraph(
        "UNFPA is the United Nations sexual and reproductive health agency. Its Pacific "
        "Sub-Regional Office in Suva, headed by a Director (D-1), supports governments and civil "
        "society in 14 Pacific Island countries and territories, which are among the most exposed "
        "in the world to cyclones, floods and sea-level rise. When disaster strikes, UNFPA leads "
        "the response on sexual and reproductive health and on gender-based violence, including "
        "the prepositioning of dignity kits and reproductive health kits."
    )

    doc.add_heading("What will you be doing?", level=1)
    doc.add_paragraph("Under the supervision of the Humanitarian Coordinator (P-4), the JPO will:")
    duties = [
        "Support the roll-out of the Minimum Initial Service Package (MISP) for SRH in crises in "
        "national disaster plans and trainings;",
        "Coordinate the prepositioning and distribution of reproductive health kits and dignity "
        "kits with ministries of health and implementing partners;",
        "Contribute to the SRH and GBV sub-clusters, in particular by:",
        "Collect, analyse and disseminate data on SRHR needs of women, adolescents and persons "
        "with disabilities after disasters;",
        "Draft situation reports, donor reports and funding proposals (CERF, Pacific Humanitarian "
        "Fund, bilateral donors);",
        "Support the monitoring of implementing partners, including spot checks and field "
        "visits to outer islands;",
        "Contribute to communication and advocacy products for the Pacific humanitarian partnership;",
        "Perform other duties as required.",
    ]
    subs = [
        "preparing meeting agendas, minutes and the 4W (who does what, where, when) matrix;",
        "updating the sub-regional referral pathways for GBV survivors.",
    ]
    for i, d in enumerate(duties):
        doc.add_paragraph(d, style="List Bullet")
        if i == 2:
            for s in subs:
                doc.add_paragraph(s, style="List Bullet 2")

    doc.add_heading("What will you learn?", level=1)
    for s in [
        "Humanitarian coordination and preparedness in Small Island Developing States;",
        "Programme and supply management in UNFPA, including the Atlas/Quantum systems;",
        "Working with regional bodies such as the Pacific Community (SPC) and national "
        "disaster management offices;",
        "Leadership and personal development through the UNFPA JPO learning path and the "
        "Dutch JPO Programme training budget.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Your background should include\u2026", level=1)
    doc.add_heading("Education", level=2)
    doc.add_paragraph(
        "A Master's degree in public health, medicine, nursing/midwifery, social sciences, "
        "gender studies or a related field. Students in the final year of a Master's programme "
        "may apply, provided the degree is obtained before the start of the assignment."
    )
    doc.add_heading("Experience", level=2)
    doc.add_paragraph(
        "At least two years of relevant paid work experience in SRHR, public health or "
        "humanitarian response; experience in a Small Island Developing State is preferred. "
        "Internships count for a maximum of six months."
    )
    doc.add_heading("Languages", level=2)
    doc.add_paragraph(
        "Excellent written and spoken English is required. Knowledge of French is an asset, as "
        "several countries and territories of the region are French-speaking."
    )

    doc.add_heading("Competencies", level=1)
    comp = [
        ("Competency", "What this means at UNFPA"),
        ("Achieving results", "Plans and delivers quality work on time, within budget."),
        ("Being accountable", "Takes ownership of decisions and of their consequences."),
        (
            "Developing and applying professional expertise",
            "Keeps up to date and shares knowledge with partners and colleagues.",
        ),
        (
            "Thinking analytically and strategically",
            "Uses evidence to identify priorities and propose solutions.",
        ),
        (
            "Working in teams / managing ourselves and our relationships",
            "Builds trust across teams, agencies and countries.",
        ),
        ("Communicating for impact", "Adapts messages to diverse audiences and cultures."),
    ]
    ct = doc.add_table(rows=0, cols=2)
    ct.style = "Table Grid"
    for i, (a, b) in enumerate(comp):
        row = ct.add_row().cells
        row[0].text = a
        row[1].text = b
        if i == 0:
            for cell in row:
                for run in cell.paragraphs[0].runs:
                    run.bold = True

    doc.add_heading("Are you eligible?", level=1)
    doc.add_paragraph("The general conditions of the Dutch JPO Programme apply:")
    for s in [
        "You have the Dutch nationality, or the nationality of one of the following countries: "
        "Bangladesh, Benin, Burkina Faso, Burundi, Ethiopia, Ghana, Indonesia, Jordan, Kenya, "
        "Mali, Mozambique, Niger, Nigeria, the Palestinian Territories, Rwanda or Senegal.",
        "Nationals of Fiji cannot be considered for this position, which is located in their home country.",
        "You are 32 years or younger on 31 December 2027.",
        "You hold a Master's degree, or will obtain it before the start of the assignment.",
        "A maximum of three applications per candidate is accepted in this round (Call 2027-I).",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("What we offer", level=1)
    doc.add_paragraph(
        "A one-year fixed-term appointment with UNFPA at P-2 level, with the salary and benefits "
        "of an international staff member in Suva, a duty travel and learning budget, and the "
        "support of the JPO Service Centre throughout the assignment."
    )

    doc.add_heading("How to apply", level=1)
    doc.add_paragraph("Upload the following documents, in English, in the Nuffic JPO application portal:")
    for s in [
        "Your CV (UN Personal History Form or your own format, maximum three pages);",
        "A motivation letter addressing this specific position;",
        "A copy of your Master's diploma (or proof of enrolment in the final year);",
        "A copy of your passport.",
    ]:
        doc.add_paragraph(s, style="List Number")
    doc.add_paragraph(
        "Applications must be received before 19 March 2027, 23:59 hrs CET (Amsterdam time). "
        "Late applications cannot be considered. Please note that the previous call (2026-II) "
        "closed on 1 October 2026; applications submitted in that call are not carried over."
    )

    buf = io.BytesIO()
    doc.save(buf)
    _rezip(buf.getvalue(), path)


def _rezip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            zi = zipfile.ZipInfo(name, date_time=(2027, 2, 22, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(name))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# --------------------------------------------------------------------------------------
def main():
    render_markup(
        os.path.join(HERE, "itc_geneva_markup_ireland.pdf"),
        (
            "ITC \u2013 ToR JPO TFPB (Irish Aid)",
            "Final for publication \u2013 markup shown",
            "ToR_JPO_TFPB_2027_v4.docx",
            "Page {n} of {t}",
        ),
        _fix_bullets(ITC),
    )
    render_markup(
        os.path.join(HERE, "pam_bujumbura_markup_fr.pdf"),
        (
            "PAM \u2013 TdR JPO Nutrition (Burundi)",
            "Version diffus\u00e9e \u2013 commentaires affich\u00e9s",
            "TdR_JPO_BDI_Nutrition_2027_v3.docx",
            "Page {n} sur {t}",
        ),
        _fix_bullets(PAM),
    )
    write_tsv(os.path.join(HERE, "unops_bangkok_tsv_korea.txt"), UNOPS_ROWS, "\r\n", False)
    write_tsv(os.path.join(HERE, "onumujeres_guatemala_tsv_es.txt"), ONUMUJERES_ROWS, "\n", True)
    build_unfpa_docx(os.path.join(HERE, "unfpa_suva_nuffic.docx"))


if __name__ == "__main__":
    main()
