"""Find headings, labels and sections in a ToR's lines, whatever its layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from jpo.geo.organizations import find_organizations
from jpo.vacancy.columns import MIN_GAP, column_of, gaps
from jpo.vacancy.heading_model import heading_kind
from jpo.vacancy.lines import Line, cut
from jpo.vacancy.lists import (
    BROKEN_WORD,
    BULLETS,
    CELL_GAP,
    LABELLED,
    flow,
    is_rule,
    is_table_rule,
    list_marker,
    table_cells,
)
from jpo.vacancy.passage import Passage
from jpo.vacancy.vocabulary import ANY_LABEL, LABEL_PATTERNS, ends_open, section_kind

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_ROMAN_HEADING = re.compile(r"^(?P<num>[IVXL]{1,6})(?:\.|\)|\s*[-–])?\s+(?P<title>[A-ZÀ-Ý].*)$")
# "3. Duties", "B.", and a form's question numbers: "B2. Duties and responsibilities of the JPO"
# A Spanish resolution's articles: "PRIMERO. Objeto", "Segunda. Requisitos de las personas solicitantes."
_ORDINAL = (
    r"(?i:primer[oa]|segund[oa]|tercer[oa]|cuart[oa]|quint[oa]|sext[oa]|s[ée]ptim[oa]|octav[oa]|noven[oa]"
    r"|d[ée]cim[oa])"
)
_AN_ORDINAL = re.compile(_ORDINAL)
_NUMBERED_HEADING = re.compile(
    rf"^(?P<num>\d{{1,2}}|[A-Ha-h]\d{{0,2}}|{_ORDINAL}(?=\.)|l(?=\.\s+[A-ZÀ-Ý]{{3}}))(?:\.\d{{0,2}})?[.)]?\s+"
    r"(?P<title>¿?[A-ZÀ-Ý].*)$"  # (OCR reads "1. BACKGROUND" as "l. BACKGROUND")
)
_LABEL_ONLY = re.compile(r"^(?P<label>[A-ZÀ-Ý\[][^:]{0,90}?)\s*[:：]$")
# "Label: value", or a label led to its value by dots ("Ville ............ Port-au-Prince"), the longest label
# of such a table by as few as one ("Lieu d'affectation . Antananarivo").
_KEY_VALUE = re.compile(
    r"^(?P<label>[A-ZÀ-Ý][^:;!?]{0,70}?)\s*(?:[:：]|[.…·]{4,}(?:\s*[:：])?|(?<=[^\W\d]) [.…·]{1,3}(?= ))\s+"
    r"(?P<value>\S.*)$"
)
_TABLE_ROW = re.compile(r"^\|\s*(?P<label>[^|]{1,80}?)\s*\|\s*(?P<value>[^|]*?\S[^|]*?)\s*\|?$")
_NUMBERING = re.compile(
    rf"^(?:\d{{1,2}}(?:\.\d{{1,2}})*\.?|[IVXL]{{1,5}}\.|[A-H]\d{{0,2}}[.)]|(?:{_ORDINAL})\.)\s+(?=\S)"
    # a form's lettered part: "SECTION E – COMPETENCIES", "Partie 2 : …", "Sección B. …"
    r"|^(?:section|part|partie|secci[óo]n|parte)\s+(?:[A-H]|\d{1,2}|[IVX]{1,4})\s*[–—:.-]\s*(?=\S)",
    re.IGNORECASE,
)
_PARENTHETICAL = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LIST_MARKER = re.compile(
    rf"^(?:[{BULLETS}]\s|«\s(?![^»]*»)|\[[ xX]\]\s|\(?\d{{1,2}}[.)]\s|\(?[a-z][.)]\s|[①-⑳]\s)"
)
_TERMINAL = ".;!?,"
# Kinds of section that stand on their own: nested under another kind (a "Learning elements:" label
# inside "Background and duties") they are not part of it.
_PEERS = frozenset(
    {"duties", "learning", "background", "supervision", "general", "how_to_apply", "programme", "documents"}
)


# Sections that tell (what the JPO will do or learn, the setting): no section of requirements belongs
# under them, so one that a layout happens to set as a lower heading ("Que ferez-vous ?" then
# "Compétences :") ends them.
_NARRATIVE = frozenset({"duties", "learning", "background", "supervision"})


# … nor under the documents to send or the way to apply ("1.3 Dossier de candidature", then a post's
# "Profil recherché" and "Compétences" set as lower headings).
_NO_REQUIREMENTS = _NARRATIVE | {"documents", "how_to_apply"}


def _ends(owner: Block, nested: Block, kinds: tuple[str, ...]) -> bool:
    return (
        owner.kind in _NO_REQUIREMENTS
        and nested.kind is not None
        and nested.kind not in kinds
        and nested.kind not in _PEERS
    )


def _kind_guessed(block: Block) -> bool:
    """Whether only the model of meaning gives the block's heading its kind (no word of the vocabulary)."""
    heading = block.heading
    return heading is not None and heading.kind is not None and section_kind(heading.title) is None


def _introduces(block: Block) -> bool:
    """A line of no kind that introduces a list ("Le/la JEA sera chargé(e) de :"): the section it
    stands in goes on, whatever level its look gives it."""
    heading = block.heading
    return (
        heading is not None and block.kind is None and heading.line.text.endswith((":", "："))
        and word_count(heading.line.text) >= 4  # a sentence, not a label such as "Valeurs :"
    )  # fmt: skip


def roman_value(numeral: str) -> int:
    """The value of a Roman numeral made of I, V, X and L."""
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        following = _ROMAN_VALUES[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def word_count(text: str) -> int:
    """Words in `text` outside parentheses and brackets."""
    return len(_PARENTHETICAL.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class Heading:
    """A line that opens a section, its depth (1 = top) and its title without numbering."""

    line: Line
    level: int
    title: str
    kind: str | None


@dataclass(slots=True)
class Block:
    """A heading (None for the text before the first one) and the lines up to the next heading."""

    heading: Heading | None
    lines: list[Line] = field(default_factory=list)

    @property
    def level(self) -> int:
        return self.heading.level if self.heading else 0

    @property
    def kind(self) -> str | None:
        return self.heading.kind if self.heading else None


# What OCR makes of an I or an O between capitals: "MlSSIONS", "C0NTEXTE".
_OCR_I = re.compile(r"(?<=[A-ZÀ-Ý])[l1|](?=[A-ZÀ-Ý])")
_OCR_O = re.compile(r"(?<=[A-ZÀ-Ý])0(?=[A-ZÀ-Ý])")


def ocr_caps(text: str) -> str:
    """A capitalised line with OCR's I and O misreadings put right; other text as it is."""
    mended = _OCR_O.sub("O", _OCR_I.sub("I", text))
    return mended if mended != text and _is_all_caps(mended) else text


_NOTE_AT_END = re.compile(r"\s*\([^()]{1,40}\)\s*:?$")


def _caps_heading(line: Line) -> bool:
    """A line in capitals, or in capitals but for a note in brackets at its end when it stands after a
    blank line ("MOFA SPECIAL CONDITIONS (2026 JPO call)")."""
    text = line.text
    if text.endswith(".") or _LIST_MARKER.match(text):
        return False
    if _is_all_caps(ocr_caps(text)):
        return True
    bare = _NOTE_AT_END.sub("", text)
    return bare != text and line.blanks_before > 0 and word_count(bare) >= 2 and _is_all_caps(bare)


def _is_all_caps(text: str) -> bool:
    if text != text.upper() or text == text.lower():
        return False
    letters = [ch for ch in text if ch.isalpha()]
    wordy = len(letters) >= 0.6 * len(text.replace(" ", ""))
    return len(letters) >= 4 and wordy and all(ch.isupper() for ch in letters) and word_count(text) <= 12


def _roman_headings(lines: list[Line]) -> dict[int, str]:
    """Roman-numbered lines that form the sequence I, II, III, ... (at least two of them)."""
    found: dict[int, str] = {}
    expected = 1
    for index, line in enumerate(lines):
        m = _ROMAN_HEADING.match(line.text)
        if not m or word_count(m.group("title")) > 14 or line.text.endswith("."):
            continue
        if roman_value(m.group("num")) == expected:
            found[index] = m.group("title")
            expected += 1
    return found if len(found) >= 2 else {}


def _is_label_only(text: str) -> bool:
    m = _LABEL_ONLY.match(text)
    if not m or _LIST_MARKER.match(text):
        return False
    label = _PARENTHETICAL.sub(" ", m.group("label"))
    return word_count(label) <= 7 and "," not in label


def _continues_sentence(previous: Line | None, line: Line) -> bool:
    """A line that carries on an unfinished sentence is not a heading, whatever it looks like."""
    if previous is None or line.blank_before or line.heading_level or line.bold or is_rule(previous):
        return False
    if _NUMBERED_HEADING.match(line.text) or _LIST_MARKER.match(line.text):
        return False  # a numbered or marked line starts something new
    if " | " in previous.text:
        return False  # a page's head of cells ("Convocatoria JPO 2027 | Cooperación Española") is no sentence
    open_end = ends_open(previous.text)
    if _LIST_MARKER.match(previous.text) and not open_end and _names_a_section(line.text):
        return False  # "- Planning and organizing" / "General conditions of the … Programme": a list ends
    if not open_end and _is_fact_row(previous) and _names_a_section(line.text):
        return False  # "Nuffic file no. NL26-031" / "Your tasks": a table of facts ends, no sentence runs on
    if (
        _LIST_MARKER.match(previous.text)
        and not open_end
        and word_count(line.text) >= 2
        and _caps_heading(line)
    ):
        return False  # "• Comunicación" / "CONDICIONES DEL PROGRAMA JPO NEERLANDÉS": a heading in capitals
    if _LIST_MARKER.match(previous.text) and not open_end and line.text.endswith("?") and kind_of(line.text):
        return False  # "• Sens de l'organisation" / "Êtes-vous éligible ?": a slide's question after a list
    if _LIST_MARKER.match(previous.text) and not open_end and _question_then_name(line.text):
        return False  # "- Cambio organizacional" / "¿Es usted elegible? Condiciones generales del Programa …"
    return previous.text[-1] not in ".:;!?)" or open_end


def _ends_on_a_small_word(text: str) -> bool:
    """Whether a line ends on a function word in lower case ("… le/la"; not "… América del Sur")."""
    return ends_open(text) and text.rsplit(" ", 1)[-1][:1].islower()


def _is_fact_row(line: Line) -> bool:
    """A label and its value, with or without a colon: "Grade: P-2", "Duty station Bangkok, Thailand"."""
    return bool(LABELLED.match(line.text)) or _known_label_prefix(line) is not None


def _names_a_section(text: str) -> bool:
    """A short capitalised line that opens with a section's name."""
    short = word_count(text) <= 8 and text[-1] not in _TERMINAL and text[:1].isupper()
    # (or, up to four words, names one whole: "Ce que vous apprendrez", a slide's title under a list)
    whole = word_count(text) <= 4 and section_kind(text) is not None
    return short and (section_kind(" ".join(text.split()[:3])) is not None or whole)


# A slide's title as a transcript shows it: "[Slide 3 – Main duties]", "[Diapositive 4 : Ce que vous …]"
_SLIDE_TITLE = re.compile(
    r"^\[(?:slide|diapositive|diapositiva|l[áa]mina)\s*\d{1,2}\s*[–—:-]\s*(?P<title>[^\]]{2,80})\]$",
    re.IGNORECASE,
)


# A heading marked with a box, as Korean and Japanese notices mark their parts ("□ Main duties", their items
# "○ …", their notes "※ …")
_BOX_HEADING = re.compile(r"^[□■◆◇▣]\s+(?P<title>[^\s.;].*?[^.;,])$")
_MARKED_WORDS = 12


# A line of dashes or equals signs right under a heading's words: "What the JPO will do" / "------".
_UNDERLINE = re.compile(r"^(?:-{3,}|={3,})$")


# A title and the section it names after a colon: "JPO Programme of Japan: eligibility".
_NAMED_AFTER_COLON = re.compile(r"^(?P<label>[A-ZÀ-Ý][^:]{2,60}):\s+(?P<kind>[\w\s'’-]{3,40})$")


def _plain_heading(
    line: Line, top: int, previous: Line | None, following: Line | None = None
) -> tuple[int, str] | None:
    """Level and title of a heading recognised by its look alone (caps, bold, label, vocabulary)."""
    text = line.text
    # (a box on each of several lines in a row is a checklist's: "□ Curriculum vitae" / "□ Motivation letter")
    boxes = [n for n in (previous, following) if n is not None and _BOX_HEADING.match(n.text)]
    marked = _SLIDE_TITLE.match(text) or (None if boxes else _BOX_HEADING.match(text))
    if marked is not None and word_count(marked.group("title")) <= _MARKED_WORDS:
        return top, marked.group("title").rstrip(" :")
    if _is_label_only(text) and not (
        previous and not line.blank_before and _ends_on_a_small_word(previous.text)
    ):
        return 3, text.rstrip(" :：")  # (not "… le/la" / "JPO :", a sentence's end before its list)
    if previous and following and is_rule(previous) and is_rule(following) and word_count(text) <= 10:
        return top, text.rstrip(" :")  # a banner: the line between two rules
    if (
        following is not None
        and _UNDERLINE.match(following.text)
        and not following.blank_before  # after a blank line, "---" is a rule between parts
        and (previous is None or line.blanks_before)
        and word_count(text) <= 12
        and text[-1] not in ".;,"
    ):
        return top, text.rstrip(" :")  # underlined, as plain text and Markdown's setext headings write it
    if _continues_sentence(previous, line):
        return None
    named = _NAMED_AFTER_COLON.match(text)
    alone = (previous is None or line.blanks_before) and (following is None or following.blanks_before)
    if named and alone and section_kind(named.group("kind")) and not _names_a_field(named.group("label")):
        return top, text  # "JPO Programme of Japan: eligibility" alone between blank lines
    if line.heading_level:
        return line.heading_level, text.rstrip(" :")
    intro = text.endswith(":") and word_count(text) > 5
    if _caps_heading(line) and not intro:
        return top, text.rstrip(" :")
    if line.bold and word_count(text) <= 12:
        return (3 if text.endswith(":") else 2), text.rstrip(" :")
    return _numbered_heading(line, top, previous) or _worded_heading(line, top, previous, following)


# Kinds a form's question may name that are one field, read from its label, not a section of their own.
_FIELD_KINDS = frozenset({"closing"})


def _numbered_heading(line: Line, top: int, previous: Line | None) -> tuple[int, str] | None:
    text = line.text
    numbered = _NUMBERED_HEADING.match(text)
    if numbered is None or _next_item(previous, numbered.group("num")):
        return None  # "2. Curriculum vitae ..." right after "1. Application form ...": a list goes on
    if _AN_ORDINAL.fullmatch(numbered.group("num")):
        text = text.rstrip(".")  # "Segunda. Requisitos de las personas solicitantes.": the article's own stop
    open_end = ends_open(text)
    title = ocr_caps(numbered.group("title").rstrip(" :."))
    if text.endswith("?") and word_count(text) <= 12 and kind_of(title):
        # a numbered question: "6. Qui peut postuler au programme JPO suisse ?"
        return (top if numbered.group("num").isdigit() else top + 1), title.rstrip(" ?")
    form = re.fullmatch(r"[A-Ha-h]\d{1,2}", numbered.group("num"))
    named = section_kind(re.split(r"[:(?]", title, maxsplit=1)[0].strip())
    if form and named and named not in _FIELD_KINDS:
        # a form's question named by its first words: "B3. Learning elements: what will the JPO learn …?"
        return top + 1, title.rstrip(" ?:")
    # a note in brackets that runs on to the next line: "6. CONDICIONES GENERALES DE LA CONVOCATORIA (a
    # cumplimentar por la AECID -" / "no modificar)"; the title is the words before it
    head = title.split("(", 1)[0].strip()
    if title.count("(") > title.count(")") and head and _is_all_caps(head) and line.blanks_before:
        return (top if numbered.group("num").isdigit() else top + 1), head
    short = word_count(text) <= 9 and text[-1] not in _TERMINAL and not open_end
    # An all-capitals numbered line after a blank is a heading whatever its words say.
    if short and (section_kind(title) or (_is_all_caps(title) and line.blanks_before)):
        return (top if numbered.group("num").isdigit() else top + 1), title
    return None


_YEARS_IN_LINE = re.compile(
    r"\d+\s*(?:[-–]\s*\d+\s*)?(?:years?|yrs?|ans|a[ñn]os|mois|months?|meses)\b", re.IGNORECASE
)


def _worded_heading(
    line: Line, top: int, previous: Line | None, following: Line | None
) -> tuple[int, str] | None:
    """A heading known by its words: a question or opening sentence, or a section's name."""
    text = line.text
    # A question or an opening sentence as a heading: "What will you be doing?", "Your background
    # should include…", "¿Quién puede postular?"; it heads a section of the kind it asks about.
    asking = text.endswith(("?", "…", "...")) and word_count(text) <= 12 and not _LIST_MARKER.match(text)
    after = previous is None or previous.text[-1] in ".:;!?" or bool(_LIST_MARKER.match(previous.text))
    if asking and kind_of(text) and (line.blanks_before or after):
        return top, text.rstrip(" ?…:.")
    # A short sentence alone in its paragraph, a list after it: "This is what you will do as a JPO."
    opening = text.endswith(".") and word_count(text) <= 10 and bool(line.blanks_before)
    opening = opening and not _LIST_MARKER.match(text)
    lists = following is not None and following.blanks_before and bool(_LIST_MARKER.match(following.text))
    if opening and lists and kind_of(text):
        return top, text.rstrip(" .")
    # (not a label and its value, "Idiomas requeridos: Español Inglés", but a list's first item on its
    # heading's line, "Competencias: - Profesionalismo")
    valued = ": " in text and not _LIST_MARKER.match(text.split(": ", 1)[1])
    valued = valued or bool(_YEARS_IN_LINE.search(text))  # "Experiencia laboral (mín.) 2-4 años"
    short = word_count(text) <= 4 and text[-1] not in _TERMINAL and text[0].isupper() and not valued
    # After a blank line a section's name may run longer when it opens with it: "Conditions générales
    # du programme JPO suisse" (not "P1 or P2, depending on qualifications", nor "Education: …").
    # PDF text keeps no blank lines: a section's name alone on a line, before a line that starts
    # something, heads a section too
    starts = following is not None and (
        following.text[:1].isupper() or bool(_LIST_MARKER.match(following.text))
    )
    # … and so may the longer name, between a finished sentence and a list ("Conditions du programme
    # JPO belge" / "- Être de nationalité belge.")
    # (in PDF text, with no blank lines, a finished sentence above and a new one starting below will do)
    apart = bool(line.blanks_before) or (
        previous is not None and previous.text[-1] in ".!?" and following is not None
        and (bool(_LIST_MARKER.match(following.text)) or following.text[:1].isupper())
    )  # fmt: skip
    # a name, not a sentence that runs on: "**Education.** Master's degree in …" / "management, …"
    # … but a name whose bracket runs on ("… de la convocatoria (aplicables a" / "todas las fichas)") is one
    open_bracket = text.count("(") > text.count(")")
    # (a lettered list's "a) …" under it starts in lower case, yet starts something new)
    runs_on = (
        following is not None and following.text[:1].islower() and not _LIST_MARKER.match(following.text)
    )
    sentence = ". " in text or (runs_on and not open_bracket)
    # … and it stands apart whatever is above it (a page's head, with no blank line between)
    bracketed = open_bracket and following is not None and following.text.endswith(")")
    apart = apart or bracketed
    named = text.split("(", 1)[0] if bracketed else text  # the name, its bracket's note aside
    opens_list = following is not None and bool(_LIST_MARKER.match(following.text))
    # a name that opens with its section's word, alone above its list, may name a long country ("Eligibility
    # for the JPO Programme of the People's Republic of China")
    limit = 12 if opens_list and line.blanks_before and _names_a_section(" ".join(text.split()[:3])) else 8
    longer = apart and word_count(named) <= limit and text[-1] not in _TERMINAL
    # (not a row that carries its value: "Experiencia laboral (mín.) 2-4 años", "Work experience 3 years")
    longer = longer and ":" not in text and not sentence and not _YEARS_IN_LINE.search(text)
    kind = section_kind(text) if longer and text[0].isupper() else None
    if kind is not None and (section_kind(" ".join(text.split()[:3])) == kind or opens_list):
        short = True  # "Ce que le/la JEA apprendra" above its list
    # right under a label's colon, a line is that label's value ("Tipo de nombramiento:" / "Plazo fijo, 24 …")
    short = short and not (previous is not None and not line.blank_before and previous.text.endswith(":"))
    placed = bool(line.blanks_before) or (previous is not None and starts) or bracketed
    if short and section_kind(text) and placed:
        return 3, text
    # a short name alone between blank lines, read by its meaning when no word list knows it: "Vos
    # missions", "Le contexte" above their paragraphs
    alone = (previous is None or bool(line.blanks_before)) and (
        following is None or bool(following.blanks_before)
    )
    if short and alone and ":" not in text and not _LIST_MARKER.match(text) and kind_of(text):
        return 3, text
    # right after a list's last item, with no blank line between: "General conditions of the … Programme"
    if previous is not None and starts and _LIST_MARKER.match(previous.text) and _names_a_section(text):
        return 3, text
    # a question and the section's name after it: "¿Es usted elegible? Condiciones generales del Programa …"
    after_something = previous is not None and (
        previous.text[-1] in ".!?" or bool(_LIST_MARKER.match(previous.text))
    )
    if _question_then_name(text) and (line.blanks_before or after_something):
        return top, text
    return None


def _question_then_name(text: str) -> bool:
    """A short question asking about a section, then a short name on the same line ("Are you eligible?
    General conditions of the programme")."""
    asked, mark, rest = text.partition("? ")
    return (
        bool(mark)
        and word_count(asked) <= 6
        and rest[:1].isupper()
        and word_count(rest) <= 10
        and text[-1] not in _TERMINAL
        and not any(sign in rest for sign in (":", "@", "www.", "://"))  # "Questions? Write to jobs@…"
        and kind_of(f"{asked}?") is not None
    )


def _next_numbered(
    line: Line, numbered: int, top: int, previous: Line | None, last_item: int | None
) -> tuple[int, str] | None:
    """The heading numbered one more than the last numbered heading ("6. Valeurs et compétences", then
    "7. Le lieu d'affectation"), whatever its words, when it reads as a title and no list's item
    numbered one less stands right before it (or, wrapped over lines, last in the section: "2. Contribuer
    … de" / "sécurité … ;" / "3. Analyser les données …", unless the line names a section)."""
    m = _NUMBERED_HEADING.match(line.text)
    expected = str(numbered + 1)
    if m is None or not numbered or m.group("num") != expected or not line.text.startswith(f"{expected}."):
        return None
    title = m.group("title").rstrip(" :?")  # a question is a title too ("5. Que ferai-je au quotidien ?")
    # (an item "6. Certificate …" indented under its list, then "7. SCHEDULE" at the margin in capitals: the
    # headings' numbering goes on, not the list's)
    apart = previous is not None and line.indent < previous.indent and title.isupper()
    wrapped_item = last_item == numbered and section_kind(title) is None and not title.isupper()
    if (_next_item(previous, expected) or wrapped_item) and not apart:
        return None
    # (a longer one when its words name a section: "6. Condiciones generales del Programa JPO de la
    # Cooperación Española")
    words = word_count(title) if title else 0
    named = words <= 8 or (words <= _NAMED_TITLE_WORDS and section_kind(title) is not None)
    return (top, title) if title and named and title[-1] not in _TERMINAL else None


_NAMED_TITLE_WORDS = 12
_ITEM_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")


def _next_item(previous: Line | None, number: str) -> bool:
    """Whether a line numbered `number` follows the item numbered one less."""
    m = _ITEM_NUMBER.match(previous.text) if previous is not None else None
    return bool(m and number.isdigit() and int(m.group(1)) + 1 == int(number))


# A post's noun: "JPO – Programme Analyst, Women's …" names the post, whatever the model makes of "Programme".
_POST_NOUN = re.compile(
    r"\b(?:analyst|officer|specialist|adviser|advisor|coordinator|analyste|sp[ée]cialiste|conseill[eè]re?"
    r"|oficial|analista|especialista|asesora?|coordinador[a]?)\b",
    re.IGNORECASE,
)


def kind_of(title: str) -> str | None:
    """The kind of section a heading opens: the vocabulary's word, else the heading model's reading
    of its meaning when the model is clearly sure."""
    known = section_kind(title)
    if known is not None:
        return known
    kind = heading_kind(title)
    # a post's title or an organization's or office's name heads no section, whatever the model reads in it
    if kind is None or _POST_NOUN.search(title) or _OFFICE_NAME.match(title) or mostly_organization(title):
        return None
    return kind


# An office's name: "Regional Office for Asia and the South-West Pacific", "Country Office for Nepal",
# "Bureau sous-régional pour l'Afrique de l'Ouest", "Oficina de País en Guatemala", "Représentation au Niger"
_OFFICE_NAME = re.compile(
    r"(?:(?:sub-?)?regional|country|liaison|field|project|programme|multi-country)\s+office\b"
    r"|bureau\s+(?:(?:sous-)?r[ée]gional|de\s+(?:pays|liaison|terrain|projet))|oficina\s+(?:(?:sub)?regional|de\s+pa[íi]s"
    r"|de\s+enlace|de\s+terreno|de\s+proyecto)|repr[ée]sentation\s+(?:de|au|en|à|aux|du)\b"
    r"|representaci[óo]n\s+(?:de|en)\b",
    re.IGNORECASE,
)


def mostly_organization(text: str) -> bool:
    """Whether `text` is mostly an organization's name ("World Health Organization")."""
    return sum(end - start for _, start, end in find_organizations(text)) >= len(text) / 2


def _restarts_numbering(text: str, numbered: int) -> bool:
    """A line numbered 1 in lower case under the numbered heading 7: the first item of its list ("7. REQUIRED
    DOCUMENTS" / "1. Personal History Profile (PHP) completed in …"), no heading."""
    m = _NUMBERED_HEADING.match(text)
    return m is not None and m.group("num") == "1" and numbered > 1 and not _is_all_caps(m.group("title"))


def find_headings(lines: list[Line]) -> dict[int, Heading]:
    """Headings by line index."""
    roman = _roman_headings(lines)
    structured = bool(roman) or any(line.heading_level for line in lines)
    top = 2 if structured else 1
    headings: dict[int, Heading] = {}
    numbered = 0  # the number of the last numbered heading
    last_item: int | None = None  # the number of the last numbered list item since the last heading
    marked = 0  # the level of the last heading marked as one (Markdown's #, HTML's h1-h6)
    for index, line in enumerate(lines):
        if index in roman:
            level, title = 1, roman[index].rstrip(" :")
        else:
            after = lines[index + 1] if index + 1 < len(lines) else None
            before = lines[index - 1] if index else None
            found = _plain_heading(line, top, before, after)
            found = found or _next_numbered(line, numbered, top, before, last_item)
            if found is None or _restarts_numbering(line.text, numbered):
                item = _ITEM_NUMBER.match(line.text)
                last_item = int(item.group(1)) if item else last_item
                continue
            last_item = None
            level, title = found
            marked = line.heading_level or marked
            if not line.heading_level and (_is_label_only(line.text) or line.bold) and marked >= level:
                # "### Compétences" / "Professionnalisme:": a label under its heading; "#### Title" /
                # "**What you'll do**": a bold line heads a part of the marked heading's section
                level = marked + 1
        m = _NUMBERED_HEADING.match(line.text)
        numbered = int(m.group("num")) if m and m.group("num").isdigit() else numbered
        title = ocr_caps(_NUMBERING.sub("", title))
        # A "Label:" line heads its value, not a section: the model reads only real headings.
        kind = section_kind(title) if line.text.rstrip().endswith((":", "：")) else kind_of(title)
        headings[index] = Heading(line, level, title, kind)
    return headings


def split_blocks(lines: list[Line], headings: dict[int, Heading]) -> list[Block]:
    """The document as blocks, each opened by one of `headings` (by line index)."""
    blocks = [Block(None)]
    for index, line in enumerate(lines):
        if index in headings:
            blocks.append(Block(headings[index]))
        # (a heading's underline, "VI. COMPÉTENCES" / "-------", is no line of its section)
        elif not (index - 1 in headings and not line.blank_before and _UNDERLINE.match(line.text)):
            blocks[-1].lines.append(line)
    return blocks


@dataclass(frozen=True, slots=True)
class LabelValue:
    """A "Label: value" pair; the value may sit on the label's line or on the lines after it.

    `value` is the first paragraph of the value; `text` runs on over the lines that follow an
    inline value up to the next blank line, label or heading (a "Languages: ..." paragraph).
    """

    label: str
    value: Passage
    text: Passage
    kind: str | None
    indented_run_on: bool = False  # the line after the value is indented deeper than the label's
    next_line: Passage | None = None  # the first line after an inline value, when one runs on


_FACT_WORDS = 4
# Between the fields of a header line that runs several together: "Grade: P-2 | Duration: 2 years".
_FIELD_BREAK = re.compile(r"\s+[|•·]\s+|;\s+(?=[A-ZÀ-Ý][^:;]{0,40}:\s)|\s+[-–—]\s+(?=[A-ZÀ-Ý][^:;]{0,40}:\s)")


def _inline_pairs(line: Line) -> list[tuple[str, Passage]]:
    """The label/value pairs of a line: one, or each field of a line that runs several together."""
    whole = Passage(line.text, line.offsets)
    segments = whole.parts(_FIELD_BREAK)
    fields = [
        (m, s) for s in segments if (m := _KEY_VALUE.match(s.text)) and word_count(m.group("label")) <= 5
    ]
    # every field a pair, or all but a first segment that names the post ("JPO Civil Affairs | Grade: P-2")
    pairs_only = len(fields) == len(segments) or (len(fields) >= 2 and fields[0][1] is segments[1])
    if len(segments) > 1 and pairs_only and not line.text.startswith("|"):
        return [
            (m.group("label").strip(" *"), s.sub(m.start("value"), m.end("value")).strip(" *"))
            for m, s in fields
        ]
    if line.text.startswith("|"):
        wide = _wide_row(whole)
        if wide:
            return wide
    elif len(segments) >= 4:  # a Word table's row as text: "Job Opening ID | 27-… | BFIO file no. | BFIO-…"
        wide = _wide_row(whole, segments)
        if wide:
            return wide
    # "Classe P-2 · Durée 2 ans · Clôture 15/10/2027": short values after labels without colons, not a
    # letterhead's names ("Organización Internacional del Trabajo · Oficina Regional para América Latina")
    prefixed = (
        [_label_prefix(s) for s in segments] if len(segments) > 1 and not line.text.startswith("|") else []
    )
    facts = [pair for pair in prefixed if pair is not None and word_count(pair[1].text) <= _FACT_WORDS]
    if facts and len(facts) == len(segments) and any(ch.isdigit() for _, value in facts for ch in value.text):
        return facts
    side_by_side = _spaced_pairs(whole)
    if side_by_side:
        return side_by_side
    pair = _inline_pair(line) or _bulleted_fact(line)
    return [pair] if pair else []


def _spaced_pairs(line: Passage) -> list[tuple[str, Passage]]:
    """Two label/value pairs side by side in a borderless table, as PDF text lays them out ("Post title
    Associate … Officer (JPO) -      Grade      P-2"), or one in the right half of a line whose left half
    carries on a value of the row above ("Asia (SONCA)      Deadline      18 March 2027")."""
    if not line.offsets or line.offsets[-1] - line.offsets[0] + 1 - len(line.text) < 2 * (MIN_GAP - 1):
        return []  # too few characters dropped between its ends for two gaps: the common case, cheaply
    cuts = list(gaps(line.offsets))
    if len(cuts) < 2:
        return []
    bounds = [0, *cuts, len(line.text)]
    segments = [line.sub(a, b).strip(" ") for a, b in pairwise(bounds)]
    pairs: list[tuple[str, Passage]] = []
    index = 0
    while index < len(segments):
        label = segments[index].text.rstrip(" :")
        following = segments[index + 1] if index + 1 < len(segments) else None
        if (
            following is not None
            and _is_known_label(label)
            and not _is_known_label(following.text.rstrip(" :"))
        ):
            pairs.append((label, following.strip(" *")))
            index += 2
            continue
        prefixed = _label_prefix(segments[index])  # "Date of issue 10 February 2027" with a narrower gap
        if prefixed is not None:
            pairs.append(prefixed)
        index += 1
    # a second pair on the line, or one after a first half that carries on the row above
    beside = [value for _, value in pairs if value.offsets[0] >= line.offsets[cuts[0]]]
    return pairs if beside and (len(pairs) >= 2 or pairs[0][1].offsets[0] > line.offsets[cuts[0]]) else []


def _label_prefix(segment: Passage) -> tuple[str, Passage] | None:
    """A known label opening `segment` and its value after it ("Job Opening no. ESCAP/SONCA/JPO/2027-02")."""
    words = segment.text.split(" ")
    for size in range(min(5, len(words) - 1), 0, -1):
        label = " ".join(words[:size]).rstrip(":")
        rest = segment.text[len(" ".join(words[:size])) :].strip()
        if (rest[:1].isupper() or rest[:1].isdigit()) and _is_known_label(label):
            return label, segment.sub(len(segment.text) - len(rest), len(segment.text))
    return None


def _wide_row(row: Passage, cells: list[Passage] | None = None) -> list[tuple[str, Passage]]:
    """A table row of two label/value pairs or more ("| Requisition ID | 2026/0412 | Grade | P-2 |"),
    each label a field's."""
    cells = [cell.strip(" *") for cell in (table_cells(row) if cells is None else cells)]
    if len(cells) < 4 or len(cells) % 2:
        return []
    pairs = [(label.text, value) for label, value in zip(cells[::2], cells[1::2], strict=True) if value.text]
    return pairs if len(pairs) >= 2 and all(_names_a_field(label) for label, _ in pairs) else []


# "- Referencia: SVN 2026/017", "2. Duty station: Vienna, Austria"
_FACT_BULLET = re.compile(r"^(?:[-•*▪·–○]|\d{1,2}[.)]|[a-z][.)])\s+")


def _bulleted_fact(line: Line) -> tuple[str, Passage] | None:
    """A fact written as a list item: "- Referencia: SVN 2026/017" (a known label only, so a duty that
    opens with a word and a colon stays a duty)."""
    marker = _FACT_BULLET.match(line.text)
    if marker is None:
        return None
    rest = Passage(line.text, line.offsets).sub(marker.end(), len(line.text))
    m = _KEY_VALUE.match(rest.text)
    if m is None or not _names_a_field(m.group("label")):
        return None
    return m.group("label").strip(" *"), rest.sub(m.start("value"), m.end("value")).strip(" *")


def _inline_pair(line: Line) -> tuple[str, Passage] | None:
    m = _TABLE_ROW.match(line.text) or _KEY_VALUE.match(line.text)
    if m is None or word_count(m.group("label")) > 7:
        return None
    if m.group("label").count("(") > m.group("label").count(")"):
        return None  # a colon inside a bracket: "Durée 12 mois (durée totale maximale : 36 mois)"
    value = Passage(line.text, line.offsets).sub(m.start("value"), m.end("value"))
    return m.group("label").strip(" *"), value.strip(" *")


def _run_on(lines: list[Line], start: int, stops: set[int]) -> list[Line]:
    end = start + 1
    while end < len(lines) and end not in stops and not lines[end].blank_before:
        end += 1
    return lines[start + 1 : end]


def _known_label_prefix(line: Line) -> tuple[str, Passage] | None:
    """A line that opens with a known label and goes on with its value, no colon between: a row of a
    borderless two-column table as PDF text gives it ("Duty station Bangkok, Thailand")."""
    words = line.text.split(" ")
    for size in range(min(5, len(words) - 1), 0, -1):
        label = " ".join(words[:size])
        rest = line.text[len(label) :].strip()
        start = len(label) + 1
        known = False  # (the one pattern of all labels is tried last: it is the costly test)
        # the label's own note in brackets: "Identificación (Job ID) 31477"
        if rest[:1] == "(" and (note := _LABEL_NOTE.match(rest)) is not None and ANY_LABEL.match(label):
            label, known = f"{label} {note.group(0)}", True
            start = line.text.index(note.group(0), len(label) - len(note.group(0))) + note.end()
            rest = line.text[start:].strip()
        opens_value = rest[:1].isupper() or rest[:1].isdigit()
        wordy = not any(ch.isdigit() for ch in label)  # "Deadline 15 May" is a label and part of its value
        if opens_value and wordy and (known or ANY_LABEL.match(label)):
            value = Passage(line.text, line.offsets).sub(start, len(line.text))
            return label, value.strip(" *")
    return None


_LABEL_NOTE = re.compile(r"\((?:[^()\d]\s?){1,30}\)(?=\s+\S)")


def _table_rows(
    lines: list[Line], taken: set[int], headings: dict[int, Heading]
) -> dict[int, list[tuple[str, Passage]]]:
    """Rows of borderless label/value tables: only in a run of at least three such lines, which keeps a
    sentence that happens to open with a label's word ("Location ...") out."""
    rows = {
        i: row for i, line in enumerate(lines)
        if i not in taken and i not in headings and (row := _known_label_prefix(line))
    }  # fmt: skip
    kept: dict[int, list[tuple[str, Passage]]] = {}
    # rows of a Markdown table nearby are no borderless table's ("Puesto JPO financiado por …" above one)
    piped = {j for j in taken if lines[j].text.startswith("|")}
    for i, row in rows.items():
        near = sum(
            1 for j in range(i - 4, i + 5) if j != i and (j in rows or (j in taken and j not in piped))
        )
        if near >= 2 or (near and " " in row[0]):  # a label of several words is rarely a sentence's start
            kept[i] = [row]
    return kept


_GRID_ROWS = 3  # rows of each kind that make a page a two-column grid, not prose that opens with a word


# Words that go on a section's name ("Duties And Responsibilities"), never start its value.
_NAME_GOES_ON = frozenset({"and", "&", "of", "for", "et", "de", "des", "du", "pour", "y", "del", "para"})


def _section_row(line: Line) -> int:
    """Where the value starts in a grid's row whose first cell names a section ("Duties - Support …",
    "Languages Fluency in English …"), the cells run together with no colon; 0 when it is no such row.
    The shortest name that leaves a value is the cell's ("Learning elements", then "- Practical …")."""
    if ":" in line.text[:40] or line.text.endswith(":") or line.heading_level or not line.text[:1].isupper():
        return 0
    words = line.text.split(" ")
    if len(words) < 5 or section_kind(" ".join(words[:4])) is None:
        return 0  # (a name's pattern that matches its first words matches their first four)
    for size in range(1, min(4, len(words) - 3) + 1):
        label = " ".join(words[:size])
        if ANY_LABEL.match(label):
            return 0  # a field's row ("Supervisión Oficial Superior …", "Duración 12 meses"): a fact
        rest = line.text[len(label) :].lstrip()
        first = rest.split(" ", 1)[0]
        # (not the name's next word, "Duties And Responsibilities", nor an acronym, "… du programme JEA")
        acronym = first.isupper() and len(first) > 1
        opens = (first[:1].isupper() and not acronym) or bool(_LIST_MARKER.match(rest))
        opens = opens and first.casefold() not in _NAME_GOES_ON
        named = (label[-1:].isalpha() or label.endswith(")")) and label.count("(") == label.count(")")
        if opens and named and not any(ch.isdigit() for ch in label) and section_kind(label) is not None:
            return len(label)
    return 0


def _grid_sections(lines: list[Line]) -> list[Line]:
    """A spreadsheet's or a borderless form's two-column grid as PDF text gives it, each row on one line
    ("Grade P-2", "Duties - Support …"): a row whose first cell names a section becomes that section's
    heading above its value, when the page holds several such rows beside rows of facts."""
    cuts = {i: at for i, line in enumerate(lines) if (at := _section_row(line))}
    if len(cuts) < _GRID_ROWS:
        return lines
    facts = sum(1 for i, line in enumerate(lines) if i not in cuts and _known_label_prefix(line) is not None)
    if facts < _GRID_ROWS:
        return lines
    read: list[Line] = []
    for i, line in enumerate(lines):
        read.extend(cut(line, cuts[i]) if i in cuts else (line,))
    return read


def _names_a_field(label: str) -> bool:
    """Whether a label is one of a field's (vocabulary.LABELS), notes in brackets aside."""
    return ANY_LABEL.match(clean_label(label)) is not None


def _is_known_label(text: str) -> bool:
    # counted without its notes in brackets and its form's number: "A4. Host organisation's own reference
    # number for this post"
    return len(text) <= 120 and word_count(clean_label(text)) <= 8 and _names_a_field(text)


def _stacked_rows(lines: list[Line], taken: set[int]) -> dict[int, str]:
    """Labels alone on their line, each with its value on the lines below, as a boxed form prints them
    ("Intitulé du poste" / "Chargé(e) de programme …" / "Organisation" / "…"): only in a run of at least
    three, which keeps a heading that happens to be a label's word ("Duration") out."""
    known = [_is_known_label(line.text) for line in lines]
    found = {
        i: line.text for i, line in enumerate(lines[:-1])
        if i not in taken and ":" not in line.text and known[i]
        and not known[i + 1] and not list_marker(lines[i + 1].text)
    }  # fmt: skip
    return {i: label for i, label in found.items() if sum(1 for j in found if 0 < abs(j - i) <= 6) >= 2}


def _continued_rows(lines: list[Line], inline: dict[int, list[tuple[str, Passage]]]) -> set[int]:
    """Join each table row with an empty first cell to the value of the row above, a value wrapped in
    its cell ("| Puesto | Oficial … Humanitarios |" / "|        | (JPO) |"); the joined rows' indices."""
    continued: set[int] = set()
    owner: int | None = None
    for i in list(inline):
        row = inline[i]
        table = lines[i].text.startswith("|")
        if owner is not None and table and i - 1 in (owner, *continued) and len(row) == 1 and not row[0][0]:
            label, value = inline[owner][-1]
            inline[owner][-1] = (label, Passage.concat([value, row[0][1]], sep=" "))
            del inline[i]
            continued.add(i)
            continue
        owner = i if table else None
    return continued


def _under_value(lines: list[Line], index: int, value: Passage, stops: set[int]) -> Passage | None:
    """The next line when it stands alone in the column where `value` starts (a wrapped cell)."""
    if index + 1 >= len(lines) or index + 1 in stops or lines[index + 1].blank_before or not value.offsets:
        return None
    below = lines[index + 1]
    column = column_of(lines[index], value.offsets[0])
    return Passage(below.text, below.offsets) if abs(below.indent - column) <= 2 else None


def _headed_rows(lines: list[Line]) -> tuple[dict[int, list[tuple[str, Passage]]], set[int]]:
    """Tables whose header row names fields over one row of values ("| Position | Duty station | Grade |" /
    "|---|---|---|" / "| Programme Analyst | Freetown, Sierra Leone | P-2 |"): each header cell labels the
    cell under it. The value rows' pairs, and the header and rule rows (no pairs of their own)."""
    found: dict[int, list[tuple[str, Passage]]] = {}
    skipped: set[int] = set()
    for i in range(len(lines) - 2):
        header, rule, row = lines[i], lines[i + 1], lines[i + 2]
        if not (header.text.startswith("|") and is_table_rule(rule.text) and row.text.startswith("|")):
            continue
        labels = [cell.strip(" *").text for cell in table_cells(Passage(header.text, header.offsets))]
        cells = [cell.strip(" *") for cell in table_cells(Passage(row.text, row.offsets))]
        following = lines[i + 3] if i + 3 < len(lines) else None
        alone = following is None or following.blank_before or not following.text.startswith("|")  # one row
        if len(labels) < 3 or len(cells) != len(labels) or not alone or not all(map(_names_a_field, labels)):
            continue
        found[i + 2] = [(label, cell) for label, cell in zip(labels, cells, strict=True) if cell.text]
        skipped |= {i, i + 1}
    for i in range(len(lines) - 1):
        # a web page's table as its text gives it, cells parted by " | " and no rule row: "N° de poste | Lieu
        # d'affectation | Classe" / "JPO_FR 04 CLT | Rabat, Maroc | P-2"
        header, row = lines[i], lines[i + 1]
        if i in skipped or i + 1 in found or header.text.startswith("|") or " | " not in header.text:
            continue
        labels = [cell.strip(" *").text for cell in Passage(header.text, header.offsets).parts(CELL_GAP)]
        cells = [cell.strip(" *") for cell in Passage(row.text, row.offsets).parts(CELL_GAP)]
        if len(labels) < 3 or len(cells) != len(labels) or not all(map(_names_a_field, labels)):
            continue
        if any(_names_a_field(cell.text) for cell in cells):
            continue  # two rows of labels
        found[i + 1] = [(label, cell) for label, cell in zip(labels, cells, strict=True) if cell.text]
        skipped.add(i)
    return found, skipped


_HEAD_WORDS = 4


def _label_heads(
    lines: list[Line], inline: dict[int, list[tuple[str, Passage]]], headings: dict[int, Heading]
) -> dict[int, str]:
    """A label wrapped over two lines of a plain-text form ("Nº DE VACANTE" / "FIDA:      2026-IFAD-1157"):
    the first part, by the index of the row it heads, where only the whole is a known label."""
    heads: dict[int, str] = {}
    for index, more in inline.items():
        if index == 0 or index - 1 in inline or index - 1 in headings or lines[index].blank_before:
            continue
        head, label = lines[index - 1].text, more[0][0]
        if (
            len(more) == 1
            and ":" not in head
            and word_count(head) <= _HEAD_WORDS
            and head == head.upper()
            and any(char.isalpha() for char in head)
            and not ANY_LABEL.match(clean_label(label))
            and ANY_LABEL.match(clean_label(f"{head} {label}"))
        ):
            heads[index] = head
    return heads


def _key_values(lines: list[Line], blocks: list[Block], headings: dict[int, Heading]) -> list[LabelValue]:
    headed, header_rows = _headed_rows(lines)
    inline = {
        i: found for i, line in enumerate(lines) if i not in header_rows and (found := _inline_pairs(line))
    }
    inline |= headed
    inline |= _table_rows(lines, set(inline), headings)
    inline = dict(sorted(inline.items()))
    continued = _continued_rows(lines, inline)
    stacked = _stacked_rows(lines, set(inline) | continued)
    heads = _label_heads(lines, inline, headings)
    stops = set(headings) | set(inline) | set(stacked) | continued | {index - 1 for index in heads}
    pairs: list[LabelValue] = []
    for index, label in stacked.items():
        value = Passage(lines[index + 1].text, lines[index + 1].offsets)
        run_on = _run_on(lines, index + 1, stops)
        following = Passage(run_on[0].text, run_on[0].offsets) if run_on else None
        text = Passage.concat([value, flow(run_on)], sep=" ")
        pairs.append(LabelValue(label, value, text, section_kind(label), False, following))
    for index, more in inline.items():
        for label, value in more[:-1]:  # fields before the last of a line: nothing runs on, but the line
            # under the value's own column in a borderless table ("Post title   Associate … (JPO) -" /
            # "             Transport Connectivity …")
            below = _under_value(lines, index, value, stops)
            text = Passage.concat([value, below], sep=" ") if below is not None else value
            pairs.append(LabelValue(label, value, text, section_kind(label), False, below))
        label, value = more[-1]
        label = f"{heads[index]} {label}" if index in heads else label
        run_on = _run_on(lines, index, stops)
        sep = "\n" if run_on and list_marker(run_on[0].text) else " "
        text = Passage.concat([value, flow(run_on)], sep=sep)
        # a line deeper than the label, or alone between two rows of a table, carries the value on
        indented = bool(run_on) and (
            run_on[0].indent > lines[index].indent or (len(run_on) == 1 and index + 2 in inline)
        )
        following = Passage(run_on[0].text, run_on[0].offsets) if run_on else None
        pairs.append(LabelValue(label, value, text, section_kind(label), indented, following))
    for block in blocks:
        if block.heading and block.heading.line.text.endswith((":", "：")) and block.lines:
            paragraph = flow(block.lines[:6])
            end = paragraph.text.find("\n")
            first = paragraph.sub(0, end) if end > 0 else paragraph
            own = _KEY_VALUE.match(first.text)
            if own is not None and ANY_LABEL.match(clean_label(own["label"])):
                continue  # "Lieu d'affectation :" / "Ville : Garoua": the rows under the label give its parts
            if end > 0 and _title_goes_on_past_a_dash(block.heading.title, paragraph, end):
                # "Intitulé du poste :" / "Chargé(e) de programme adjoint(e)" / "– Sécurité alimentaire et" /
                # "résilience": a narrow wrap before the title's dash, the dash no bullet
                later = paragraph.text.find("\n", end + 1)
                joined = paragraph.sub(0, later if later > 0 else len(paragraph.text))
                first = Passage(joined.text.replace("\n", " ", 1), joined.offsets)
            pairs.append(LabelValue(block.heading.title, first, first, None))
        elif block.heading and block.lines and (asked := _asked_field(block.heading.line.text)):
            # a FAQ's question and its answer's first sentence: "What is the grade?" / "P-2. You will report
            # to …", "Is there a reference number I should quote?" / "Yes: ITC/JPO/2026/03. The Ministry …"
            answer = next(iter(Passage(block.lines[0].text, block.lines[0].offsets).sentences()))
            yes = _YES.match(answer.text)
            first = answer.sub(yes.end(), len(answer.text)) if yes else answer
            pairs.append(LabelValue(asked, first, first, None))
    return pairs


# The line where a reposting page (or a candidate's own notes) starts the notice as its author published it:
# "ORIGINAL VACANCY TEXT (as published)", "DESCRIPCIÓN (texto de la convocatoria original)", "TdR (copiado tal
# cual de la página del Programa JPO de Italia)".
# A FAQ's question naming the one fact its answer gives, and the label that fact is known by.
_ASKED_FIELDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), label)
    for pattern, label in (
        (
            r"\b(?:job|post|position)\s+title\b|\bintitul[ée]\s+du\s+poste\b|\bt[íi]tulo\s+del\s+puesto\b",
            "Title",
        ),
        (
            r"\breference\s+(?:number|no)\b|\bnum[ée]ro\s+de\s+r[ée]f[ée]rence\b"
            r"|\bn[úu]mero\s+de\s+referencia\b",
            "Reference",
        ),
        (
            r"\bwhat\s+is\s+the\s+grade\b|\bquelle\s+est\s+la\s+classe\b|\bqu[ée]\s+(?:grado|categor[íi]a)\b",
            "Grade",
        ),
        (
            r"\bhow\s+long\s+is\s+the\s+(?:assignment|appointment|contract)\b|\bquelle\s+est\s+la\s+dur[ée]e\b"
            r"|\bcu[áa]nto\s+dura\b",
            "Duration",
        ),
    )
)
_YES = re.compile(r"^(?:yes|oui|s[íi])\s*[:,.–-]\s*", re.IGNORECASE)


def _asked_field(question: str) -> str | None:
    """The label of the fact a FAQ's question asks for ("What is the grade?" → "Grade")."""
    if not question.rstrip(" *").endswith("?"):
        return None
    return next((label for pattern, label in _ASKED_FIELDS if pattern.search(question)), None)


_ORIGINAL_TEXT = re.compile(
    r"\boriginal\s+(?:vacancy\s+|job\s+)?(?:text|notice|posting|announcement)\b|\btexto\s+(?:de\s+la\s+"
    r"(?:convocatoria|vacante|oferta)\s+)?original\b|\btexte\s+(?:de\s+l['’](?:offre|avis)\s+)?original\b"
    r"|\b(?:copiad[oa]|reproducid[oa])\s+tal\s+(?:cual|como)\b|\b(?:copied|reproduced)\s+(?:verbatim|as\s+is)\b"
    r"|\b(?:copi[ée]e?|reproduite?)\s+tel(?:le)?\s+quel(?:le)?\b"
    # a job board's alert or digest before the one posting it prints whole: "FEATURED POSTING (full text as
    # published by the employer)", "Offre complète (texte intégral)", "Texto completo de la convocatoria"
    r"|\bfull\s+(?:text|posting)\b|\bas\s+published\s+by\b|\btexte\s+int[ée]gral\b|\btexto\s+(?:completo|[íi]ntegro)\b"
    # a mail client's line above a forwarded message: "---------- Mensaje reenviado ----------"
    r"|\b(?:forwarded\s+message|mensaje\s+reenviado|message\s+transf[ée]r[ée]|weitergeleitete\s+nachricht"
    r"|original\s+message|mensaje\s+original|message\s+d['’]origine)\b",
    re.IGNORECASE,
)


def _introduces_original(text: str) -> bool:
    """Whether a line introduces the reposted notice ("DESCRIPCIÓN (texto de la convocatoria original)")."""
    sentence = text.endswith(".") or ". " in text
    return not sentence and word_count(text) <= 14 and _ORIGINAL_TEXT.search(text) is not None


# A mail's or a page's words saying the notice follows, and the rule line it then stands under: "Vacancy
# details are copied below." … "------".
_BELOW = re.compile(
    r"\b(?:copied|reproduced|pasted|included|given|set\s+out)\s+below\b|\b(?:copi[ée]e?s?|reproduite?s?)\s+ci-dessous\b"
    r"|\b(?:copiad[oa]s?|reproducid[oa]s?|incluid[oa]s?)\s+(?:a\s+continuaci[óo]n|abajo|m[áa]s\s+abajo)\b",
    re.IGNORECASE,
)
_RULE_LINE = re.compile(r"[-_=*~]{20,}")
_BELOW_REACH = 12  # lines between the words and the rule line under them (a signature stands between)


def _copied_below(lines: list[Line]) -> int:
    """The end of the rule line under words saying the notice is copied below, else -1."""
    for index, line in enumerate(lines):
        if _RULE_LINE.fullmatch(line.text.strip()) and any(
            _BELOW.search(above.text) for above in lines[max(0, index - _BELOW_REACH) : index]
        ):
            return line.end
    return -1


def _elsewhere(blocks: list[Block]) -> list[Line]:
    """The lines of other posts' sections, with the blocks nested under them ("Otras convocatorias" /
    "Plazo: 1 de abril")."""
    found: list[Line] = []
    owner: Block | None = None
    for block in blocks:
        if block.heading is None:
            owner = None
            continue
        if owner is None or block.level <= owner.level:
            owner = block if block.kind == "elsewhere" else None
        if owner is not None:
            found += [block.heading.line, *block.lines]
    return found


def names_field(pattern: re.Pattern[str], label: str) -> bool:
    """Whether a (cleaned) label names the field: itself, or in one of its languages ("Classe / Grade")."""
    if pattern.match(label):
        return True
    return " / " in label and any(pattern.match(part) for part in label.split(" / "))


@dataclass(slots=True)
class Structure:
    """A ToR's lines, blocks and label/value pairs."""

    lines: list[Line]
    blocks: list[Block]
    pairs: list[LabelValue]
    # where a web page's own part ends (-1: none): a Markdown file's YAML front matter, or a reposting
    # page's summary above the line that introduces the original notice
    preamble_end: int = -1
    reprint: bool = False  # the preamble is a page's own part above a notice it reprints, not front matter

    @classmethod
    def of(cls, lines: list[Line]) -> Structure:
        lines = _grid_sections(lines)
        headings = find_headings(lines)
        blocks = split_blocks(lines, headings)
        # Other posts a job page lists ("Similar jobs"): their grades, places and deadlines are not this
        # post's, so their section is left out, as a page's running head is.
        elsewhere = {id(line) for line in _elsewhere(blocks)}
        if elsewhere:
            lines = [line for line in lines if id(line) not in elsewhere]
            headings = find_headings(lines)
            blocks = split_blocks(lines, headings)
        front_matter_end = max((line.end for line in lines if line.front_matter), default=-1)
        # a heading-like line in the upper half, not a sentence that speaks of an original posting
        upper = lines[: max(len(lines) // 2, 40)]
        original = next((line.end for line in upper if _introduces_original(line.text)), -1)
        if original < 0:
            original = _copied_below(upper)
        pairs = _key_values(lines, blocks, headings)
        return cls(lines, blocks, pairs, max(front_matter_end, original), reprint=original > front_matter_end)

    def section(self, *kinds: str, headings: bool = False) -> list[Line]:
        """Lines of every block of these kinds, with the blocks nested under them (and, with
        `headings`, the heading lines of those nested blocks)."""
        found: list[Line] = []
        owner: Block | None = None
        for block in self.blocks:
            if owner is not None and (block.level > owner.level or _introduces(block)):
                if owner.kind in _NARRATIVE and owner.level >= 2 and _kind_guessed(block):
                    # "## What will you be doing?" / "### Technical advisory": a part of the duties, whatever
                    # the model reads in its name (not a page's title "# … apprentissage numérique")
                    if headings and block.heading is not None:
                        found.append(block.heading.line)
                    found.extend(block.lines)
                    continue
                if _ends(owner, block, kinds):
                    owner = None
                    continue
                if block.kind not in _PEERS or block.kind in kinds:
                    if headings and block.heading is not None:
                        found.append(block.heading.line)
                    found.extend(block.lines)
                continue
            owner = None
            if block.kind in kinds:
                owner = block
                found.extend(block.lines)
        return found

    def labelled(self, *kinds: str) -> list[Passage]:
        """Texts of "Label: value" pairs whose label names one of these kinds of section."""
        return [pair.text for pair in self.pairs if pair.kind in kinds]

    def pairs_of(self, field_name: str) -> list[LabelValue]:
        """The label/value pairs whose label names `field_name` (see vocabulary.LABELS), in order: the ToR's
        own before a web page's front matter ("title: New JPO position: …" names the page)."""
        pattern = LABEL_PATTERNS[field_name]

        def rank(pair: LabelValue) -> tuple[bool, int]:
            at = pair.value.offsets[0] if pair.value.offsets else 0
            return at < self.preamble_end, at

        named = [pair for pair in self.pairs if names_field(pattern, clean_label(pair.label))]
        return sorted(named, key=rank)

    def pair(self, field_name: str) -> LabelValue | None:
        """The first label/value pair whose label names `field_name`."""
        return next(iter(self.pairs_of(field_name)), None)

    def value(self, field_name: str) -> Passage | None:
        """The first value given under a label for `field_name` (see vocabulary.LABELS)."""
        found = self.pair(field_name)
        return found.value if found is not None else None

    def wrapped_value(self, field_name: str) -> Passage | None:
        found = self._wrapped_value(field_name)
        value = self.value(field_name)
        if found is None or value is None or len(found.text) <= len(value.text):
            return found
        # "… programme - Em-" / "ploi des jeunes …": a word hyphenated at the line's end is one word
        at = len(value.text) - 1
        cut = found.text[at : at + 2] == "- " and found.text[at + 2 : at + 3].islower()
        if cut and BROKEN_WORD.search(value.text):
            return Passage(
                found.text[:at] + found.text[at + 2 :], found.offsets[:at] + found.offsets[at + 2 :]
            )
        return found

    def _wrapped_value(self, field_name: str) -> Passage | None:
        """The value, with the one line that carries it on when it was cut at the line's end (a
        title or a unit name wrapped in a narrow column): the value ends on an open word, or the
        next line starts in lower case or is indented under the value."""
        found = self.pair(field_name)
        if found is None:
            return None
        value, text = found.value, found.text
        rest = text.text[len(value.text) :].strip()
        if value.text.count("(") > value.text.count(")") and rest:
            closed = _bracket_closed(found)
            if closed is not None:
                return closed
        if not rest:
            return value
        cut = ends_open(value.text) or value.text.endswith(("&", ",", "-", "–", "/")) or rest[0].islower()
        following = found.next_line
        if following is not None and len(following.text) < len(rest):
            # "… Transferts monétaires et" / "protection sociale" / "(note on who may apply)": a value cut
            # on an open word takes the one line that carries it on
            if not cut or len(following.text.split()) > 8 or following.text[-1] in ".;:":
                return value
            joined = Passage.concat([value, following], sep=" ")
            # "… de la protection de" / "l'enfance (violences basées sur le genre et" / "enfants en
            # mobilité)": still cut after two lines, the third carries it on too
            # … or the third starts in lower case ("Économiste adjoint(e) - Intégration" / "régionale et Zone
            # de libre-échange" / "continentale africaine (ZLECAf)", a memo's value column)
            third = text.text[len(joined.text) :].strip()
            bracket_open = joined.text.count("(") > joined.text.count(")")
            still_cut = ends_open(joined.text) or bracket_open or third[:1].islower()
            if still_cut and len(rest.split()) <= 16 and rest[-1] not in ".;:":
                return text
            return joined
        if len(rest.split()) > 8 or rest[-1] in ".;:":
            return value
        if cut or found.indented_run_on:
            return text
        return value


def _title_goes_on_past_a_dash(label: str, paragraph: Passage, end: int) -> bool:
    """Whether a title's value under its label goes on at a dash on the next line: the first line ends on a
    word or a bracket, no stop, and the dash's line starts a name, not a list's item of a sentence."""
    first, rest = paragraph.text[:end], paragraph.text[end + 1 :]
    ends_on_a_word = first[-1:].isalnum() or first.endswith(")")
    named = rest.startswith(("– ", "— ")) and rest[2:3].isupper()
    titled = LABEL_PATTERNS["title"].match(label) is not None
    return titled and ends_on_a_word and named and not list_marker(first)


def _bracket_closed(found: LabelValue) -> Passage | None:
    """A value whose bracket is left open ("Officer (Rural Finance and" / "Climate Adaptation)"), carried on
    to the bracket's end, and to a short suffix after it ("… Protection) - JPO", "… Officer) - GHG Reduction
    from Ships", as printed)."""
    value, text = found.value, found.text
    end = text.text.find(")", len(value.text))
    if end < 0 or "\n" in text.text[len(value.text) + 1 : end] or end - len(value.text) > 80:
        return None
    following = found.next_line
    tail = following.text[following.text.find(")") + 1 :].strip() if following is not None else ""
    if (
        following is not None
        and tail
        and tail[0] in "-–—,"
        and len(tail.split()) <= 8
        and tail[-1] not in ".;:"
    ):
        return Passage.concat([value, following], sep=" ")
    return text.sub(0, end + 1)


def clean_label(label: str) -> str:
    """The label as the vocabulary spells it: no notes in brackets, no form's question number ("A4."),
    single spaces, straight apostrophes."""
    text = _PARENTHETICAL.sub(" ", _NUMBERING.sub("", label)).replace("\\", "").replace("’", "'")
    return " ".join(text.split()).strip(" :#")
