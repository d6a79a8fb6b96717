#!/usr/bin/env python3
"""Build the binary documents of held-out folder `br` (deterministic).

Run with /work/main/.venv/bin/python (fpdf2 and python-docx).  Writes, next to this script:
  unesco_latex_japan.pdf      - a notice typeset the way LaTeX's article class sets it
  oit_vacante_alemania.pdf    - ILO notice in Spanish, running header/footer, label/value rows
  onuhabitat_ddc_suisse.docx  - UN-Habitat ToR in French, heading and list styles, tables
All dates and metadata are fixed, so two runs give byte-identical files.
"""

import datetime as _dt
import io
import os
import re
import zipfile

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = _dt.datetime(2027, 1, 4, 9, 0, 0, tzinfo=_dt.timezone.utc)


# ---------------------------------------------------------------------------
# 1. LaTeX-article-like PDF (UNESCO, Japan)
# ---------------------------------------------------------------------------

# hyphenation points for prose words ("|" = allowed break); gold-bearing words are absent
HYPH = {
    "heritage": "her|i|tage",
    "communities": "com|mu|ni|ties",
    "community": "com|mu|nity",
    "intangible": "in|tan|gi|ble",
    "implementation": "im|ple|men|ta|tion",
    "convention": "con|ven|tion",
    "organizations": "or|ga|ni|za|tions",
    "preparedness": "pre|pared|ness",
    "knowledge": "knowl|edge",
    "practices": "prac|tices",
    "traditional": "tra|di|tional",
    "resilience": "re|sil|ience",
    "cyclones": "cy|clones",
    "documentation": "doc|u|men|ta|tion",
    "coordination": "co|or|di|na|tion",
    "development": "de|vel|op|ment",
    "governments": "gov|ern|ments",
    "information": "in|for|ma|tion",
    "emergencies": "emer|gen|cies",
    "safeguarding": "safe|guard|ing",
    "programme": "pro|gramme",
    "programmes": "pro|grammes",
    "responsibilities": "re|spon|si|bil|i|ties",
    "contribute": "con|trib|ute",
    "contributes": "con|trib|utes",
    "partners": "part|ners",
    "national": "na|tional",
    "regional": "re|gional",
    "activities": "ac|tiv|i|ties",
    "disaster": "dis|as|ter",
    "management": "man|age|ment",
    "supervision": "su|per|vi|sion",
    "inventories": "in|ven|to|ries",
    "ministries": "min|is|tries",
    "workshops": "work|shops",
    "recommendations": "rec|om|men|da|tions",
    "capacity": "ca|pac|ity",
    "understanding": "un|der|stand|ing",
    "assessments": "as|sess|ments",
    "assessment": "as|sess|ment",
    "particular": "par|tic|u|lar",
    "practitioners": "prac|ti|tion|ers",
    "materials": "ma|te|ri|als",
    "integrating": "in|te|grat|ing",
    "increasingly": "in|creas|ingly",
    "strengthen": "strength|en",
    "strengthening": "strength|en|ing",
    "frameworks": "frame|works",
    "stakeholders": "stake|hold|ers",
    "indigenous": "in|dig|e|nous",
    "approaches": "ap|proach|es",
    "operational": "op|er|a|tional",
    "organization": "or|ga|ni|za|tion",
    "preparation": "prep|a|ra|tion",
    "reporting": "re|port|ing",
    "meetings": "meet|ings",
    "secretariat": "sec|re|tar|iat",
    "ratified": "rat|i|fied",
    "evaluation": "eval|u|a|tion",
    "transmission": "trans|mis|sion",
    "environmental": "en|vi|ron|men|tal",
    "communication": "com|mu|ni|ca|tion",
    "multilateral": "mul|ti|lat|eral",
    "applications": "ap|pli|ca|tions",
    "considered": "con|sid|ered",
    "interviewed": "in|ter|viewed",
    "recruitment": "re|cruit|ment",
    "procedures": "pro|ce|dures",
    "exchanges": "ex|changes",
    "questionnaires": "ques|tion|naires",
    "monitoring": "mon|i|tor|ing",
    "publications": "pub|li|ca|tions",
    "technical": "tech|ni|cal",
    "specialist": "spe|cial|ist",
    "sustainable": "sus|tain|able",
    "vulnerable": "vul|ner|a|ble",
    "navigation": "nav|i|ga|tion",
    "seasonal": "sea|sonal",
    "ecological": "eco|log|i|cal",
    "correspondence": "cor|re|spon|dence",
    "Pacific-wide": "Pa|cific-wide",
}


class Word:
    """A word made of styled segments: (text, style, sup)."""

    def __init__(self, segs, hyph=None):
        self.segs = segs
        self.hyph = hyph  # list of split points (char offsets) for single-segment words

    def text(self):
        return "".join(s[0] for s in self.segs)


def parse_runs(src, hyphenate=True):
    """Mini markup: **bold**, _italic_, ^N footnote mark. Returns list of Word."""
    words = []
    style = ""
    for raw in src.split():
        segs = []
        # split into tokens of markers and text
        for tok in re.split(r"(\*\*|_|\^\d+)", raw):
            if tok == "":
                continue
            if tok == "**":
                style = "" if style == "B" else "B"
                continue
            if tok == "_":
                style = "" if style == "I" else "I"
                continue
            if tok.startswith("^") and tok[1:].isdigit():
                segs.append((tok[1:], "", True))
                continue
            segs.append((tok, style, False))
        hyph = None
        if hyphenate and len(segs) == 1 and not segs[0][2]:
            t = segs[0][0]
            m = re.match(r"^([(\"']?)([A-Za-z-]+)([.,;:)\"']*)$", t)
            if m and m.group(2).lower() in HYPH:
                pattern = HYPH[m.group(2).lower()]
                pts, pos = [], len(m.group(1))
                for piece in pattern.split("|")[:-1]:
                    pos += len(piece)
                    pts.append(pos)
                hyph = pts
        words.append(Word(segs, hyph))
    return words


class LatexDoc:
    W, H = 612.0, 792.0
    LEFT, TEXTW = 133.5, 345.0
    TOP, TEXTH = 112.0, 560.0
    FOOTSKIP = 30.0

    def __init__(self):
        pdf = FPDF(unit="pt", format="letter")
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_auto_page_break(False)
        pdf.set_margins(0, 0, 0)
        pdf.set_creation_date(FIXED)
        pdf.set_producer("make_binaries")
        pdf.set_creator("LaTeX with hyperref")
        pdf.set_title("Junior Professional Officer in Living Heritage and Disaster Risk Reduction")
        self.pdf = pdf
        self.page = 0
        self.footnotes = []  # (num, words) on current page
        self.y = None
        self.new_page()

    # -- measurement -------------------------------------------------------
    def seg_width(self, seg, size):
        text, style, sup = seg
        if sup:
            self.pdf.set_font("Times", "", size * 0.7)
        else:
            self.pdf.set_font("Times", style, size)
        return self.pdf.get_string_width(text)

    def word_width(self, word, size, upto=None, hyphen=False):
        if upto is not None:
            t = word.segs[0][0][:upto] + ("-" if hyphen else "")
            return self.seg_width((t, word.segs[0][1], False), size)
        return sum(self.seg_width(s, size) for s in word.segs)

    # -- pages -------------------------------------------------------------
    def bottom(self):
        return self.TOP + self.TEXTH

    def footnote_height(self, notes):
        if not notes:
            return 0.0
        h = 9.0 + 0.4  # \skip\footins + rule
        for _num, words in notes:
            lines = self.break_lines(words, 8.0, self.TEXTW, first_indent=10.0)
            h += 3.0 + 9.5 * len(lines)
        return h

    def finish_page(self):
        pdf = self.pdf
        if self.footnotes:
            y = self.bottom() - self.footnote_height(self.footnotes) + 9.0
            pdf.set_line_width(0.4)
            pdf.line(self.LEFT, y, self.LEFT + 144.0, y)
            y += 0.4
            for num, words in self.footnotes:
                lines = self.break_lines(words, 8.0, self.TEXTW, first_indent=10.0)
                y += 3.0
                for i, line in enumerate(lines):
                    y += 9.5
                    x = self.LEFT + (10.0 if i == 0 else 0.0)
                    if i == 0:
                        pdf.set_font("Times", "", 5.6)
                        mw = pdf.get_string_width(num)
                        pdf.text(x - mw - 0.5, y - 3.0, num)
                    self.draw_line(
                        line, x, y, 8.0, self.TEXTW - (10.0 if i == 0 else 0.0), justify=(i < len(lines) - 1)
                    )
        # page number, centred at the foot
        pdf.set_font("Times", "", 10)
        num = str(self.page)
        pdf.text(self.W / 2 - pdf.get_string_width(num) / 2, self.bottom() + self.FOOTSKIP, num)

    def new_page(self):
        if self.page:
            self.finish_page()
        self.pdf.add_page()
        self.page += 1
        self.footnotes = []
        self.y = self.TOP

    def close(self, path):
        self.finish_page()
        self.pdf.output(path)

    # -- line breaking -----------------------------------------------------
    def break_lines(self, words, size, width, first_indent=0.0, label_w=0.0):
        """Greedy breaking with hyphenation. Returns list of lines; a line is a list of
        (word, part) where part is None (whole), ('head', k) or ('tail', k)."""
        space = self.seg_width((" ", "", False), size)
        lines, cur, curw = [], [], 0.0
        avail = width - first_indent - label_w
        queue = [(w, None) for w in words]
        i = 0
        while i < len(queue):
            w, part = queue[i]
            if part is None:
                ww = self.word_width(w, size)
            else:
                k = part[1]
                t = w.segs[0][0][k:]
                ww = self.seg_width((t, w.segs[0][1], False), size)
            need = ww + (space if cur else 0.0)
            if curw + need <= avail or not cur:
                cur.append((w, part))
                curw += need
                i += 1
                continue
            slack = avail - curw
            done = False
            if w.hyph and part is None and slack > 2.2 * space:
                for k in reversed(w.hyph):
                    if k < 2 or len(w.segs[0][0]) - k < 3:
                        continue
                    hw = self.word_width(w, size, upto=k, hyphen=True)
                    if curw + space + hw <= avail:
                        cur.append((w, ("head", k)))
                        lines.append(cur)
                        cur, curw = [], 0.0
                        avail = width
                        queue[i] = (w, ("tail", k))
                        done = True
                        break
            if not done:
                lines.append(cur)
                cur, curw = [], 0.0
                avail = width
        if cur:
            lines.append(cur)
        return lines

    def piece_segs(self, w, part):
        if part is None:
            return w.segs
        text, style, _ = w.segs[0]
        k = part[1]
        if part[0] == "head":
            return [(text[:k] + "-", style, False)]
        return [(text[k:], style, False)]

    def draw_line(self, line, x, y, size, width, justify=True):
        pdf = self.pdf
        widths = []
        for w, part in line:
            widths.append(sum(self.seg_width(s, size) for s in self.piece_segs(w, part)))
        space = self.seg_width((" ", "", False), size)
        gaps = len(line) - 1
        if justify and gaps > 0:
            gap = (width - sum(widths)) / gaps
            gap = max(gap, space * 0.8)
        else:
            gap = space
        cx = x
        for (w, part), _ww in zip(line, widths):
            for seg in self.piece_segs(w, part):
                text, style, sup = seg
                if sup:
                    pdf.set_font("Times", "", size * 0.7)
                    pdf.text(cx, y - size * 0.37, text)
                else:
                    pdf.set_font("Times", style, size)
                    pdf.text(cx, y, text)
                cx += self.seg_width(seg, size)
            cx += gap

    # -- blocks ------------------------------------------------------------
    def vspace(self, h):
        self.y += h

    def ensure(self, h):
        fn = self.footnote_height(self.footnotes)
        if self.y + h > self.bottom() - fn:
            self.new_page()

    def paragraph(
        self,
        src,
        indent=True,
        left=0.0,
        width=None,
        hyphenate=True,
        label=None,
        label_style="B",
        bullet=None,
        footnotes=None,
        size=10.0,
        lead=12.0,
        hang=0.0,
    ):
        """Set a justified paragraph. footnotes: {num: text} to attach to the page where
        the mark lands. label: description-list label; bullet: list label set in the margin."""
        footnotes = footnotes or {}
        words = parse_runs(src, hyphenate)
        width = width if width is not None else self.TEXTW - left
        first_indent = 15.0 if indent else 0.0
        label_w = 0.0
        if label is not None:
            self.pdf.set_font("Times", label_style, size)
            label_w = self.pdf.get_string_width(label) + 5.0 + 5.0
            first_indent = -hang
        lines = self.break_lines(words, size, width, first_indent=first_indent, label_w=label_w)
        for n, line in enumerate(lines):
            marks = [s[0] for w, p in line if p is None or p[0] == "tail" for s in w.segs if s[2]]
            new_notes = [(m, parse_runs(footnotes[m])) for m in marks if m in footnotes]
            need = lead + (
                self.footnote_height(self.footnotes + new_notes) - self.footnote_height(self.footnotes)
            )
            if n == 0 and len(lines) > 1:
                need += lead  # no orphan first line
            self.ensure(need)
            self.footnotes.extend(new_notes)
            self.y += lead
            x = self.LEFT + left
            lw = width
            if n == 0:
                if bullet is not None:
                    self.pdf.set_font("Times", "", size)
                    bw = self.pdf.get_string_width(bullet)
                    self.pdf.text(x - 5.0 - bw, self.y, bullet)
                if label is not None:
                    self.pdf.set_font("Times", label_style, size)
                    self.pdf.text(x - hang + 5.0, self.y, label)
                x += first_indent + label_w
                lw -= first_indent + label_w
            self.draw_line(line, x, self.y, size, lw, justify=(n < len(lines) - 1))

    def section(self, num, title, sub=False):
        size = 12.0 if sub else 14.4
        before, after = (11.0, 6.5) if sub else (13.0, 10.0)
        self.ensure(before + size + after + 2 * 12.0)
        if self.y > self.TOP:
            self.y += before
        self.y += size
        pdf = self.pdf
        pdf.set_font("Times", "B", size)
        pdf.text(self.LEFT, self.y, num)
        nw = pdf.get_string_width(num)
        pdf.text(self.LEFT + nw + size, self.y, title)
        self.y += after - 4.0

    def items(self, entries, numbered=False, footnotes=None):
        self.y += 4.0
        for i, src in enumerate(entries, 1):
            label = "%d." % i if numbered else "\u2022"
            self.paragraph(src, indent=False, left=25.0, bullet=label, footnotes=footnotes)
            self.y += 2.0
        self.y += 2.0

    def centred(self, text, size, style="", lead=None):
        pdf = self.pdf
        pdf.set_font("Times", style, size)
        lead = lead or size * 1.2
        # wrap greedily on the text width
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdf.get_string_width(t) <= self.TEXTW or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        for line in lines:
            self.y += lead
            pdf.text(self.W / 2 - pdf.get_string_width(line) / 2, self.y, line)


def build_unesco_latex(path):
    d = LatexDoc()
    fn = {
        "1": "The JPO Centre's own file number for this post is 27-A-118. Please quote the "
        "UNESCO post number in all correspondence with UNESCO.",
        "2": "Age is counted on the closing date of this call, 16 June 2027.",
        "3": "Scores are valid for two years from the test date; a score that has expired on the "
        "closing date is not accepted. TOEFL iBT Home Edition scores are accepted.",
        "4": "This limit applies within one recruitment round. The JPO Centre holds more than "
        "one recruitment round each year.",
    }
    # title block (\maketitle)
    d.vspace(24.0)
    d.centred("Junior Professional Officer in Living Heritage and Disaster Risk Reduction", 17.28, lead=21.0)
    d.vspace(14.0)
    d.centred("United Nations Educational, Scientific and Cultural Organization", 12.0, lead=14.5)
    d.centred("UNESCO Office for the Pacific States, Apia", 12.0, lead=14.5)
    d.vspace(8.0)
    d.centred("4 May 2027", 12.0, lead=14.5)
    d.vspace(14.0)

    d.section("1", "Post information")
    desc = [
        ("Post number", "JPO/CLT/APA-27-03"),
        ("Sector and unit", "Culture Sector, Living Heritage Entity, UNESCO Office for the Pacific States"),
        ("Duty station", "Apia, Samoa"),
        ("Grade", "P-2"),
        ("Duration", "24 months (initial appointment)"),
        ("Sponsor", "Government of Japan, through the JPO Centre of the Ministry of Foreign Affairs^1"),
        ("Closing date", "16 June 2027, 17:00 Tokyo time"),
    ]
    d.vspace(4.0)
    for lab, val in desc:
        d.paragraph(val, indent=False, left=25.0, label=lab, hang=25.0, hyphenate=False, footnotes=fn)
        d.vspace(2.0)

    d.section("2", "Background")
    d.paragraph(
        "The UNESCO Office for the Pacific States in Apia covers sixteen Pacific States, most of "
        "which have ratified the 2003 _Convention for the Safeguarding of the Intangible Cultural "
        "Heritage_. Climate-related disasters, cyclones and sea-level rise increasingly threaten "
        "both the communities that practise living heritage and the transmission of traditional "
        "knowledge. At the same time, traditional knowledge of weather, seasonal signs, "
        "navigation and food preservation contributes to the resilience of communities and is "
        "now recognised in national disaster risk management frameworks.",
        indent=False,
    )
    d.paragraph(
        "The Office supports governments, national commissions and community organizations in "
        "integrating living heritage into disaster preparedness, in documenting practices "
        "affected by emergencies and in preparing inventories with the participation of "
        "communities. The JPO will join a small culture team and will work under the "
        "supervision of the Programme Specialist for Culture (P-3), with guidance from the Head "
        "of Office."
    )

    d.section("3", "Duties and responsibilities")
    d.paragraph("Under the overall authority of the Head of Office, the JPO will:", indent=False)
    d.items(
        [
            "support the implementation of the Pacific-wide programme on living heritage and "
            "disaster risk reduction, including the organization of national workshops;",
            "assist ministries and community organizations in the preparation of community-based "
            "inventories and post-disaster needs assessments covering intangible heritage;",
            "contribute to the documentation of traditional knowledge relevant to preparedness, "
            "in close coordination with national disaster management offices;",
            "draft project proposals, briefing notes, donor reports and contributions to the "
            "periodic reports of States under the 2003 Convention;",
            "maintain the Office's information on heritage affected by emergencies and "
            "contribute to communication materials and publications;",
            "participate in inter-agency meetings of the Pacific Humanitarian Team and of the "
            "United Nations Country Team;",
            "perform other related duties as assigned.",
        ]
    )

    d.section("4", "What will the JPO learn?")
    d.items(
        [
            "Practical knowledge of the 2003 Convention and of the operational procedures of "
            "UNESCO's culture programmes.",
            "Skills in community-based approaches to heritage safeguarding and in integrating "
            "culture into disaster risk management.",
            "Experience of project management, reporting and resource mobilization in a small field office.",
            "An understanding of multilateral coordination in Small Island Developing States.",
        ],
        numbered=True,
    )

    d.section("5", "Qualifications")
    d.section("5.1", "Education", sub=True)
    d.paragraph(
        "An advanced university degree (Master's or equivalent) in cultural heritage, "
        "anthropology, disaster risk management, development studies or a related field. "
        "Candidates enrolled in a Master's programme who will have obtained the degree by 31 "
        "March 2028 are also eligible.",
        indent=False,
        hyphenate=False,
    )
    d.section("5.2", "Work experience", sub=True)
    d.paragraph(
        "A minimum of two years of relevant professional experience in heritage, disaster risk "
        "reduction or community development, of which at least one year at the international "
        "level. Experience in Small Island Developing States is desirable.",
        indent=False,
        hyphenate=False,
    )
    d.section("5.3", "Languages", sub=True)
    d.paragraph(
        "Excellent knowledge of English (written and spoken) is required. A working knowledge of "
        "French is desirable; knowledge of Samoan is an asset.",
        indent=False,
        hyphenate=False,
    )

    d.section("6", "Competencies")
    d.items(
        [
            "Accountability",
            "Communication",
            "Innovation",
            "Knowledge sharing and continuous improvement",
            "Planning and organizing",
            "Results focus",
            "Teamwork",
        ]
    )

    d.section("7", "Eligibility under the Japanese JPO Programme")
    d.paragraph(
        "The post is open only to nationals of Japan. Applicants must:", indent=False, hyphenate=False
    )
    d.items(
        [
            "be 35 years of age or younger^2 and hold the degree described in Section 5.1;",
            "demonstrate their command of English with a TOEFL iBT score of 100 or above or an "
            "IELTS (Academic) overall band score of 7.0 or above^3;",
            "not have served previously as a Junior Professional Officer or Associate Expert under "
            "any donor's programme.",
        ],
        footnotes=fn,
    )
    d.paragraph("Applicants may apply for up to two posts^4.", indent=False, hyphenate=False, footnotes=fn)

    d.section("8", "How to apply")
    d.paragraph(
        "Applications are submitted through the online system of the JPO Centre "
        "(https://www.mofa-irc.go.jp) by 17:00 Tokyo time on Wednesday 16 June 2027. "
        "Applications received after the deadline will not be considered. Short-listed "
        "applicants will be interviewed in Tokyo or online in August 2027.",
        indent=False,
    )
    d.section("8.1", "Required documents", sub=True)
    d.items(
        [
            "JPO Centre application form, completed online;",
            "curriculum vitae (two pages at most);",
            "copy of the Master's degree certificate, or a certificate of enrolment;",
            "TOEFL iBT or IELTS score report;",
            "two letters of reference.",
        ],
        numbered=True,
    )
    d.close(path)


# ---------------------------------------------------------------------------
# 2. ILO vacancy notice in Spanish (Germany / BFIO), classic fpdf2 layout
# ---------------------------------------------------------------------------


class OitPDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 8)
        self.set_text_color(0, 70, 127)
        self.set_xy(18, 10)
        self.cell(110, 4, "Organización Internacional del Trabajo (OIT)")
        self.set_font("Helvetica", "", 8)
        self.cell(0, 4, "Aviso de vacante JPO/DEU/2027/04", align="R")
        self.set_xy(18, 14)
        self.cell(0, 4, "Programa de Funcionarios Profesionales Subalternos (JPO)")
        self.set_draw_color(0, 70, 127)
        self.line(18, 19.5, 192, 19.5)
        self.set_text_color(0, 0, 0)
        self.set_y(26)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(120, 4, "OIT - Oficina para América Central, Haití, Panamá y República Dominicana")
        self.cell(0, 4, "Página %d de {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)


def build_oit(path):
    pdf = OitPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED)
    pdf.set_producer("make_binaries")
    pdf.set_title("Aviso de vacante JPO/DEU/2027/04")
    pdf.set_margins(18, 26, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    def heading(t):
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.set_text_color(0, 70, 127)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def para(t):
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def row(label, value):
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(58, 5.2, label)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")

    def listing(items, numbered=False):
        pdf.set_font("Helvetica", "", 9.5)
        for i, t in enumerate(items, 1):
            mark = "%d." % i if numbered else "\u2022"
            pdf.set_x(22)
            pdf.cell(6, 4.8, mark)
            pdf.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(1)

    pdf.set_font("Helvetica", "B", 9)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 5, "AVISO DE VACANTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(
        0,
        7,
        "Oficial Técnico/a Subalterno/a en Empleo Juvenil (JPO)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)

    row("Número de vacante:", "JPO/DEU/2027/04")
    row("Referencia BFIO (Kennziffer):", "27-0412")
    row(
        "Unidad:",
        "Equipo de Trabajo Decente y Oficina de País de la OIT para América "
        "Central, Haití, Panamá y República Dominicana",
    )
    row("Ciudad:", "San José")
    row("País:", "Costa Rica")
    row("Grado:", "P-2")
    row("Duración:", "24 meses")
    row("Experiencia laboral (mín.):", "2 años")
    row("Fecha de publicación:", "2 de agosto de 2027")
    row("Fecha de cierre:", "3 de septiembre de 2027")
    pdf.ln(2)

    heading("Antecedentes")
    para(
        "La Oficina de la OIT en San José presta asistencia técnica a siete países de la "
        "subregión en materia de empleo, protección social, diálogo social y normas "
        "internacionales del trabajo. El desempleo y la informalidad de las personas jóvenes "
        "son prioridades de los Programas de Trabajo Decente por País de la subregión. La "
        "Oficina acogió anteriormente a un JPO de grado P-1 (2023-2025) en el área de "
        "formalización; el presente puesto amplía ese trabajo al empleo juvenil."
    )
    para(
        "El/la JPO trabajará bajo la supervisión directa del Especialista Principal en Políticas "
        "de Empleo (P-5) y en estrecha colaboración con los especialistas en competencias "
        "profesionales y en empresas del Equipo de Trabajo Decente."
    )

    heading("Funciones principales")
    listing(
        [
            "Apoyar la elaboración de diagnósticos sobre el empleo juvenil y la transición de la "
            "escuela al trabajo en Costa Rica, Honduras y la República Dominicana.",
            "Contribuir al diseño y seguimiento de proyectos de cooperación técnica sobre empleo "
            "juvenil, emprendimiento y formalización.",
            "Preparar notas técnicas, presentaciones y borradores de informes para los mandantes "
            "tripartitos.",
            "Apoyar la organización de talleres subregionales y actividades de formación con "
            "ministerios de trabajo, organizaciones de empleadores y de trabajadores.",
            "Dar seguimiento a los indicadores de resultados y contribuir a los informes a donantes.",
            "Participar en los grupos interagenciales del Sistema de las Naciones Unidas sobre "
            "juventud y desarrollo económico.",
            "Realizar otras tareas afines que le sean encomendadas.",
        ],
        numbered=True,
    )

    heading("Elementos de aprendizaje")
    listing(
        [
            "Conocimiento del mandato normativo y del tripartismo de la OIT.",
            "Capacidad de análisis de mercados de trabajo y de políticas activas de empleo.",
            "Experiencia en gestión del ciclo de proyectos de cooperación para el desarrollo.",
            "Trabajo en un equipo multidisciplinario y multicultural en una oficina subregional.",
        ]
    )

    heading("Requisitos")
    para(
        "Formación: título universitario avanzado (maestría o equivalente) en economía, "
        "ciencias sociales, políticas públicas o disciplinas afines. Un título universitario de "
        "primer nivel con dos años adicionales de experiencia profesional pertinente podrá "
        "aceptarse en lugar del título avanzado."
    )
    para(
        "Experiencia: al menos dos años de experiencia profesional en políticas de empleo, "
        "mercados de trabajo o desarrollo económico local, preferiblemente en América Latina."
    )
    para(
        "Idiomas: dominio del español y del inglés. El conocimiento del francés es deseable "
        "(la Oficina también cubre Haití)."
    )

    heading("Competencias")
    listing(
        [
            "Integridad y transparencia",
            "Sensibilidad a la diversidad",
            "Orientación al aprendizaje y al intercambio de conocimientos",
            "Orientación al cliente",
            "Comunicación",
            "Colaboración",
        ]
    )

    heading("Requisitos del programa alemán (BFIO)")
    para(
        "El puesto está financiado por el Gobierno de la República Federal de Alemania a través "
        "del Büro Führungskräfte zu Internationalen Organisationen (BFIO) y está abierto "
        "exclusivamente a personas de nacionalidad alemana. Se requiere una maestría y al "
        "menos dos años de experiencia profesional, o una licenciatura (bachelor) y al menos "
        "cuatro años de experiencia profesional. Se requiere además muy buen dominio del "
        "alemán y del inglés. No podrán presentarse quienes ya hayan trabajado como JPO o "
        "como Beigeordnete/r Sachverständige/r."
    )

    heading("Cómo postular")
    para(
        "Las candidaturas se presentan en línea a través del portal del BFIO hasta el 3 de "
        "septiembre de 2027, a las 23:59 (hora de Costa Rica). El nombramiento inicial será "
        "de 24 meses. Cada persona podrá presentar su candidatura a un máximo de 2 puestos de "
        "la convocatoria del BFIO. Solo se contactará a las personas preseleccionadas."
    )

    heading("Documentos requeridos")
    listing(
        [
            "Curriculum vitae en inglés.",
            "Carta de motivación en inglés (máximo una página).",
            "Copia de los títulos universitarios.",
            "Certificados de trabajo (Arbeitszeugnisse) de los empleos mencionados.",
        ]
    )
    pdf.output(path)


# ---------------------------------------------------------------------------
# 3. UN-Habitat ToR in French (Switzerland / DDC), DOCX
# ---------------------------------------------------------------------------


def build_habitat_docx(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "ONU-Habitat Liban"
    cp.last_modified_by = "ONU-Habitat Liban"
    cp.title = "TdR JPO résilience urbaine Tripoli"
    cp.created = _dt.datetime(2027, 1, 20, 8, 0, 0)
    cp.modified = _dt.datetime(2027, 1, 25, 8, 0, 0)
    cp.last_printed = _dt.datetime(2027, 1, 25, 8, 0, 0)
    cp.revision = 3

    def centred(text, bold=False, size=None):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return p

    centred("Programme des Nations Unies pour les établissements humains", bold=True, size=11)
    centred("ONU-Habitat – Bureau de pays au Liban", size=10)
    centred("Confédération suisse – Direction du développement et de la coopération DDC", size=9)
    centred("Programme suisse de Jeunes Professionnels (JPO)", size=9)
    d.add_paragraph("Termes de référence", style="Title")

    d.add_heading("1. Informations générales", level=1)
    facts = [
        (
            "Intitulé du poste",
            ["Administrateur/trice de programme adjoint(e) (JPO)", "en résilience urbaine"],
        ),
        (
            "Organisation d'accueil",
            ["ONU-Habitat (Programme des Nations Unies pour les établissements humains)"],
        ),
        ("Unité", ["Programme Liban – Bureau régional pour les États arabes", "(ROAS), antenne de Tripoli"]),
        ("Lieu d'affectation", ["Tripoli (Liban)"]),
        ("Classe", ["P-2"]),
        ("Durée", ["2 ans (prolongation possible d'une troisième année)"]),
        (
            "Supervision",
            [
                "Coordonnateur de l'antenne de Tripoli (P-4), sous l'autorité du",
                "Chef du Programme Liban (P-5)",
            ],
        ),
        ("Âge maximum", ["32 ans"]),
        ("Date de publication", ["25 janvier 2027"]),
        ("Délai de candidature", ["1er mars 2027, 23h59 (heure suisse)"]),
    ]
    t = d.add_table(rows=0, cols=2)
    for label, lines in facts:
        cells = t.add_row().cells
        r = cells[0].paragraphs[0].add_run(label)
        r.bold = True
        p = cells[1].paragraphs[0]
        for i, line in enumerate(lines):
            run = p.add_run(line)
            if i < len(lines) - 1:
                run.add_break()

    d.add_heading("2. Contexte", level=1)
    d.add_paragraph(
        "Tripoli, deuxième ville du Liban, concentre certains des quartiers les plus pauvres du "
        "pays, où vivent des ménages libanais, des réfugiés syriens et palestiniens. La crise "
        "économique depuis 2019 et les séismes de février 2023 ont fragilisé un bâti ancien déjà "
        "dégradé. Depuis 2018, ONU-Habitat appuie la municipalité de Tripoli et l'Union des "
        "municipalités d'Al-Fayhaa dans les profils de quartier, la réhabilitation de logements "
        "et d'espaces publics et la planification de la résilience urbaine."
    )
    d.add_paragraph(
        "Le/la JPO rejoindra l'antenne de Tripoli (neuf personnes) et contribuera au portefeuille "
        "« quartiers résilients », financé notamment par la DDC."
    )

    d.add_heading("3. Quelles seront vos tâches ?", level=1)
    duties = [
        (
            "Appuyer la préparation et la mise à jour des profils de quartier, y compris la "
            "collecte de données sur le logement, les services de base et les risques ;",
            [],
        ),
        (
            "Contribuer à la conception des projets de réhabilitation de logements et d'espaces "
            "publics, notamment :",
            [
                "le choix des bâtiments prioritaires avec les ingénieurs de la municipalité ;",
                "les consultations avec les comités de quartier ;",
            ],
        ),
        ("Assurer le suivi des chantiers et des partenaires de mise en œuvre ;", []),
        ("Appuyer la municipalité dans l'élaboration de son plan d'action de résilience urbaine ;", []),
        (
            "Préparer des notes d'information, des rapports aux bailleurs et des contributions "
            "aux publications d'ONU-Habitat ;",
            [],
        ),
        ("Participer aux groupes de coordination sectoriels (abris, eau et assainissement) ;", []),
        ("Organiser des ateliers de renforcement des capacités des techniciens municipaux ;", []),
        ("Effectuer toute autre tâche connexe demandée par le superviseur.", []),
    ]
    for text, subs in duties:
        d.add_paragraph(text, style="List Bullet")
        for s in subs:
            d.add_paragraph(s, style="List Bullet 2")

    d.add_heading("4. Ce que vous apprendrez", level=1)
    for s in [
        "Les méthodes de profilage urbain et de planification de la résilience d'ONU-Habitat.",
        "La gestion de projets d'infrastructure dans un contexte de crise prolongée.",
        "La coordination avec les autorités locales, les bailleurs et les ONG.",
        "Les procédures de programmation et de rapport des Nations Unies.",
        "La négociation et la communication dans un environnement multiculturel.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("5. Votre profil", level=1)
    d.add_heading("Formation", level=2)
    d.add_paragraph(
        "Master en urbanisme, architecture, ingénierie civile, géographie ou dans un domaine "
        "apparenté. Un bachelor accompagné de trois années supplémentaires d'expérience "
        "pertinente peut être accepté à la place du master."
    )
    d.add_heading("Expérience", level=2)
    d.add_paragraph(
        "3 à 5 ans d'expérience professionnelle pertinente (minimum 3 ans), de préférence dans "
        "un contexte post-crise ou de réhabilitation urbaine."
    )
    d.add_heading("Langues", level=2)
    d.add_paragraph(
        "Maîtrise de l'anglais et de l'arabe (écrit et oral) exigée. La connaissance du français "
        "est souhaitable."
    )

    d.add_heading("6. Compétences", level=1)
    comp = d.add_table(rows=1, cols=2)
    comp.style = "Table Grid"
    hdr = comp.rows[0].cells
    hdr[0].paragraphs[0].add_run("Compétence").bold = True
    hdr[1].paragraphs[0].add_run("Description").bold = True
    for name, desc in [
        ("Professionnalisme", "Maîtrise du sujet, rigueur et respect des délais."),
        ("Travail d'équipe", "Collabore avec ses collègues pour atteindre les objectifs."),
        ("Communication", "S'exprime clairement à l'oral et à l'écrit."),
        ("Planification et organisation", "Fixe des priorités et gère son temps."),
        ("Souci du client", "Identifie les besoins des partenaires et y répond."),
    ]:
        cells = comp.add_row().cells
        cells[0].text = name
        cells[1].text = desc

    d.add_heading("7. Conditions générales du programme suisse", level=1)
    for s in [
        "Être de nationalité suisse. Les personnes ayant également la nationalité libanaise ne "
        "peuvent pas être affectées à ce poste.",
        "Être âgé(e) de 30 ans au plus au 31 décembre 2027.",
        "Être titulaire d'un master (ou d'un bachelor avec l'expérience requise au point 5).",
        "Ne pas avoir déjà occupé un poste de JPO, quel que soit le pays donateur.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("8. Dossier de candidature", level=1)
    for s in [
        "Curriculum vitae en anglais ;",
        "Lettre de motivation en anglais ou en français ;",
        "Copies des diplômes ;",
        "Deux références professionnelles ;",
        "Copie du passeport suisse.",
    ]:
        d.add_paragraph(s, style="List Number")

    d.add_heading("9. Comment postuler ?", level=1)
    d.add_paragraph(
        "Les candidatures doivent être soumises via le portail emploi de la DDC au plus tard le "
        "1er mars 2027 à 23h59 (heure suisse). Les entretiens auront lieu en avril 2027 à Berne "
        "ou par visioconférence."
    )

    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2027, 1, 25, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    with open(path, "wb") as f:
        f.write(out.getvalue())


if __name__ == "__main__":
    build_unesco_latex(os.path.join(HERE, "unesco_latex_japan.pdf"))
    build_oit(os.path.join(HERE, "oit_vacante_alemania.pdf"))
    build_habitat_docx(os.path.join(HERE, "onuhabitat_ddc_suisse.docx"))
    print("ok")
