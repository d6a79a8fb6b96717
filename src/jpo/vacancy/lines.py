"""Split extracted text into cleaned lines that remember where each character came from."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from jpo.vacancy.vocabulary import ANY_LABEL, section_kind

# Markup that carries no content: each match (or its named groups) is removed from a line.
_HEADING_MARKS = re.compile(r"^\s*(#{1,6})\s+")
_QUOTE_MARKS = re.compile(r"^\s*(?:>[ \t]?)+")  # a Markdown blockquote's "> " (nested: "> > ")
_LINK = re.compile(r"(?P<open>\[)[^\]\n]*(?P<close>\]\([^)\s]*\))")
_AUTOLINK = re.compile(r"(?P<open><)https?://[^>\s]+(?P<close>>)")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
_STRONG = re.compile(r"\*\*|__")
_CODE = re.compile(r"(?P<open>`)[^`\s][^`]*(?P<close>`)")  # "`UNEP-ROAP-JPO-2027-03`": the words kept
_EMPHASIS = re.compile(r"(?<=\S)\*|(?:^|(?<=\s))\*(?=[^\s*])")
_WHOLE_BOLD = re.compile(r"^\s*(?:#{1,6}\s+)?(\*\*|__)(?!\s).+?\1\s*:?\s*$")
_SPACES = frozenset(" \t\u00a0\u2002\u2003\u2009\u200a\u200b\u202f\u3000")


_HARD_BREAK = re.compile(r"\S(?:  |\\)$")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: cleaned `text` and, for each of its characters, its offset in the document."""

    text: str
    offsets: tuple[int, ...]
    start: int
    end: int
    page: int
    indent: int
    heading_level: int
    bold: bool
    blank_before: bool
    blanks_before: int = 0
    hard_break: bool = False  # ends in a Markdown hard break (two spaces or a backslash): the line ends here
    front_matter: bool = False  # an entry of a Markdown file's YAML front matter: the page's, not the ToR's

    def span(self, i: int = 0, j: int | None = None) -> tuple[int, int]:
        """Document offsets [start, end) of `text[i:j]`."""
        j = len(self.text) if j is None else j
        if not self.offsets or i >= j:
            return (self.start, self.start)
        return (self.offsets[i], self.offsets[j - 1] + 1)


def cut(line: Line, at: int) -> tuple[Line, Line]:
    """A line cut in two before `text[at]`: its first part, then the rest (spaces at the cut dropped) as a
    line of its own, right under it."""
    head = line.text[:at].rstrip()
    rest = len(line.text) - len(line.text[at:].lstrip())
    first = replace(line, text=head, offsets=line.offsets[: len(head)], end=line.offsets[len(head) - 1] + 1)
    second = replace(
        line, text=line.text[rest:], offsets=line.offsets[rest:], start=line.offsets[rest],
        heading_level=0, bold=False, blank_before=False, blanks_before=0,
    )  # fmt: skip
    return first, second


def _removals(raw: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    quote = _QUOTE_MARKS.match(raw)
    if quote:
        spans.append(quote.span())
        raw = " " * quote.end() + raw[quote.end() :]  # what follows is read as a line of its own
    heading = _HEADING_MARKS.match(raw)
    if heading:
        spans.append(heading.span())
    for pattern in (_LINK, _AUTOLINK, _CODE):
        for m in pattern.finditer(raw):
            spans.extend((m.span("open"), m.span("close")))
    for pattern in (_ESCAPE, _STRONG):
        spans.extend(m.span() for m in pattern.finditer(raw))
    stripped = raw.lstrip()
    bullet_star = len(raw) - len(stripped) if stripped.startswith("* ") else -1
    spans.extend(m.span() for m in _EMPHASIS.finditer(raw) if m.start() != bullet_star)
    if "|" in raw:
        for m in [*_BOX_AFTER_LABEL.finditer(raw), *_BOX_LINE.finditer(raw)]:
            spans += [m.span("open"), m.span("blank"), m.span("close")]
    if not stripped.startswith("|"):  # a table's cells keep their boxes: the columns say what they mean
        # (a ticked box opening the line marks a checklist's item, "☒ Currículum vítae en inglés": a bullet)
        lead = len(raw) - len(stripped)
        spans.extend(m.span() for m in _UNTICKED.finditer(raw))
        spans.extend(m.span() for m in _TICKED.finditer(raw) if m.start() != lead or m.end() == len(raw))
        # "[ ] P-1    [X] P-2": typed boxes, when a line offers options and ticks one (a lone "[ ] …" is a
        # checklist's item and keeps its words)
        boxes = _ASCII_BOX.findall(raw)
        if (
            len(boxes) >= 2
            and any(box != "[ ]" for box in boxes)
            and len(_ASCII_OPTION.findall(raw)) == len(boxes)
        ):
            spans.extend(
                m.span() for pattern in (_ASCII_UNTICKED, _ASCII_TICKED) for m in pattern.finditer(raw)
            )
    return spans


# A form's tick boxes: an option left unticked is no part of the text ("Grade: ☐ P1  ☒ P2" reads "P2").
_UNTICKED = re.compile(r"☐[^☐☒☑]*")
_TICKED = re.compile(r"[☒☑]\s*")
_ASCII_BOX = re.compile(r"\[[ xX]\]")
_ASCII_OPTION = re.compile(
    r"\[[ xX]\]\s*[^\s\[]"
)  # a box with its option's words after it (not a grid's cell)
_ASCII_UNTICKED = re.compile(r"\[ \][^\[]*")
_ASCII_TICKED = re.compile(r"\[[xX]\]\s*")
_MARKUP_CHARS = frozenset("#[]<>\\*_☐☒☑|`")
# A form's box around a field's value, after its label ("Organismo: |UNIÓN INTERNACIONAL … |", "País:
# |Honduras_______|", "| 32 | años"), or a whole line's box under its label ("|Oficial Asociado/a … |"):
# the pipes and the blank's underscores are the form's, not the value's.
# (not cells parted by pipes after a label: "Compétences : | Intégrité | Travail d'équipe |")
_BOX_AFTER_LABEL = re.compile(r"(?<=:)\s*(?P<open>\|)[^|]*?(?P<blank>_*)\s*(?P<close>\|)(?![^:|]*\|)")
_BOX_LINE = re.compile(r"^\s*(?P<open>\|)(?=[^\s|-])[^|]*?(?P<blank>_*)\s*(?P<close>\|)\s*$")


def _plain(raw: str) -> bool:
    """A line with no markup and no runs of white space: cleaning only strips its ends."""
    stripped = raw.strip()
    return (
        not _MARKUP_CHARS.intersection(raw)
        and "  " not in stripped
        and not _SPACES.difference(" ").intersection(stripped)
    )


_NOT_A_LABEL = re.compile(r"^(?:[-•*o▪‣◦●–·]|\(?\w{1,3}[.)])$")


_LABEL_CHARS = 120  # a label runs six words at most (`_tab_label`)


def _tab_label(before: str) -> bool:
    """Whether the text before a tab reads as a label (not a list marker, not a sentence)."""
    label = before.strip()
    if not label or label.endswith(":") or _NOT_A_LABEL.match(label):
        return False
    return len(label.split()) <= 6 and label[-1] not in ".;,"


def _spaced_label(raw: str, i: int, before: str) -> bool:
    """Whether a run of spaces at `i` splits a known label from its value: a borderless two-column
    table as PDF layouts give it ("Duty Station      Nairobi, Kenya"), where no colon marks the label."""
    rest = raw[i + 2 :].strip()
    if raw[i : i + 2] != "  " or not rest or rest[0] in ":：":  # "Label     : value" has its colon
        return False
    label = " ".join(before.split()).strip(" *")
    if ":" in label or not _tab_label(label):
        return False  # "Idiomas requeridos:  Español   Inglés": the label has its colon, the gaps part values
    # a field's label, or a section's name heading a row ("Work experience (min.)     3-6 yrs")
    return ANY_LABEL.match(label) is not None or (len(label.split()) <= 4 and section_kind(label) is not None)


# Emoji and pictographs as social-media copies write them (tick boxes, ✓ and ➢ stay: they mean something).
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u260f\u2613-\u2712\u2715\u2716\u2719-\u27a1\u27a3-\u27bf\u2b00-\u2bff"
    "\u2300-\u23ff\u2139\u203c\u2049\u25ab\ufe0f\u200d\u20e3\U000e0020-\U000e007f]"
)
_EMOJI_LEAD = re.compile(f"^\\s*(?:{_EMOJI.pattern}|[▪✔])+\\s*")
_LABEL_AHEAD = re.compile(r"^[A-ZÀ-Ý][^:|]{0,40}:(?:\s|$)")
# Shapes that mark a list's items ("🔹 Apoyar …"); other pictographs only decorate ("📝 Tâches principales").
_BULLET_EMOJI = frozenset("🔹🔸🔺🔻▪▫◾◽⬛⬜🟢🟠🟡🔴🔵⚪⚫✅✔☑➡👉🔘💠")


def _without_emoji(raw: str) -> str:
    """The line with its emoji blanked (same length, so offsets hold): a leading one marks a list's item
    ("🔹 Apoyar …" reads "• Apoyar …") unless a label or a run of fields follows it ("🎓 Formación: …")."""
    lead = _EMOJI_LEAD.match(raw)
    blanked = _EMOJI.sub(lambda m: " " * len(m.group()), raw)
    if lead is None:
        return blanked
    rest = blanked[lead.end() :]
    first = len(raw) - len(raw.lstrip())
    # a pictograph decorates a heading, a banner, a run of fields, a label or a paragraph
    bullet = raw[first] in _BULLET_EMOJI and rest != rest.upper() and " | " not in rest
    marker = "•" if bullet and not _LABEL_AHEAD.match(rest) else ""
    return blanked[:first] + marker + " " * (lead.end() - first - len(marker)) + rest


# Word's Symbol-font bullets, as a PDF-to-Word conversion keeps them: private-use characters ("\uf0b7").
_SYMBOL_BULLET = re.compile("^(\\s*)[\uf0a7\uf0a8\uf0b7\uf076\uf0d8\uf0fc\uf0e8]")


# Box-drawing characters and shade blocks (a flyer's frames, a QR code drawn in text) are layout, as spaces
# are: a frame's rule leaves a blank line, two framed boxes side by side leave two columns.
_LAYOUT_CHARS = {code: " " for code in range(0x2500, 0x25A0)}


# An emoji as Markdown writes it (":round_pushpin: Place of assignment"), between spaces or a table's bars
_SHORTCODE = re.compile(r"(?:(?<=^)|(?<=[\s|])):[a-z][a-z0-9_+-]*:(?=\s|$)")


def _symbols_read(raw: str) -> str:
    """The line with its layout characters as spaces, Word's symbol bullets as "•" and its emoji read or
    blanked; the same length, so offsets hold."""
    raw = _SYMBOL_BULLET.sub(lambda m: f"{m.group(1)}•", raw.translate(_LAYOUT_CHARS))
    return _without_emoji(raw) if _EMOJI.search(raw) else raw


def _pictures_read(raw: str) -> str:
    """The line with its symbols read (`_symbols_read`) and its emoji shortcodes blanked."""
    if not raw.isascii():
        raw = _symbols_read(raw)
    return _SHORTCODE.sub(lambda m: " " * len(m.group()), raw) if ":" in raw else raw


def clean_line(raw: str, base: int) -> tuple[str, tuple[int, ...]]:
    """Remove markdown markup and collapse white space, keeping each kept character's offset."""
    raw = _pictures_read(raw)
    if _plain(raw):
        text = raw.strip()
        start = base + raw.index(text[0]) if text else base
        return text, tuple(range(start, start + len(text)))
    drop = bytearray(len(raw))
    for start, end in _removals(raw):
        drop[start:end] = b"\x01" * (end - start)
    chars: list[str] = []
    offsets: list[int] = []
    labelled = False
    for i, ch in enumerate(raw):
        if drop[i]:
            continue
        # (a label is short: the text before a gap is joined only then, or a long line costs its square)
        maybe = not labelled and 0 < len(chars) <= _LABEL_CHARS
        spaced = ch == " " and maybe and raw[i : i + 2] == "  " and _spaced_label(raw, i, "".join(chars))
        if (ch == "\t" and maybe and _tab_label("".join(chars))) or spaced:
            # "Label<TAB>Value" is a label/value pair: read it as "Label: Value"
            labelled = True
            chars += [":", " "]
            offsets += [base + i, base + i]
            continue
        if ch in _SPACES:
            if not chars or chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        offsets.append(base + i)
    while chars and chars[-1] == " ":
        chars.pop()
        offsets.pop()
    return "".join(chars), tuple(offsets)


_NUMBER_THEN_GAP = re.compile(r"^(\d{1,2}) (?=[^\W\d])")


def _numbered_by_gap(text: str, offsets: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """ "1  ton CV (2 pages max.)": a number a wide gap parts from its text numbers a list's item, as
    designed pages print it; read "1. ton CV …" (the dot at the number's last offset)."""
    m = _NUMBER_THEN_GAP.match(text)
    if m is None or offsets[m.end()] - offsets[m.end(1) - 1] <= 2:
        return text, offsets
    at = m.end(1)
    return f"{text[:at]}.{text[at:]}", (*offsets[:at], offsets[at - 1], *offsets[at:])


_MARKER_THEN_GAP = re.compile(r"^(?:[-–—•*▪◦]|\(?[a-zA-Z0-9]{1,3}[.)])(?P<gap> {2,})(?=\S)")


def _marker_gap_closed(text: str, offsets: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """ "-    Professionnalisme", "(a)  Contribuer …": a typewriter's list marker, the gap after it one space,
    so that the marker and its text read as an item, not as two columns."""
    m = _MARKER_THEN_GAP.match(text)
    if m is None:
        return text, offsets
    at = m.start("gap") + 1
    return text[:at] + text[m.end() :], offsets[:at] + offsets[m.end() :]


_LEADER = re.compile(r"(?<=\S)\s*[.…·]{4,}\s*(?:[:：]\s*)?(?=\S)")


def _leader_as_colon(text: str, offsets: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """ "Nationalité ........ Luxembourgeoise": dots leading a label to its value read as the colon they stand
    for ("Nationalité: Luxembourgeoise"), so that a sentence reads the row as a form's row."""
    m = _LEADER.search(text) if ".." in text or "……" in text or "··" in text else None
    if m is None:
        return text, offsets
    return f"{text[: m.start()]}: {text[m.end() :]}", (
        *offsets[: m.start()], offsets[m.start()], offsets[m.end() - 1], *offsets[m.end() :]
    )  # fmt: skip


def _read_as_written(text: str, offsets: tuple[int, ...]) -> tuple[str, tuple[int, ...]]:
    """A line as its layout means it: an item number a gap parts from its text, a marker's wide gap, a dot
    leader."""
    return _leader_as_colon(*_marker_gap_closed(*_numbered_by_gap(text, offsets)))


def _indent(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4
        else:
            break
    return width


def _page_of(offset: int, pages: tuple[tuple[int, int], ...]) -> int:
    for number, (start, end) in enumerate(pages):
        if start <= offset < end:
            return number
    return max(len(pages) - 1, 0)


# (a nested key too: "last_update:" / "  author: Cellule JPO")
_FRONT_MATTER_KEY = re.compile(r"^\s*(?P<key>[a-z][a-z0-9_]{1,40}):\s+(?P<q>[\"']?)(?P<value>.*?)(?P=q)\s*$")


def _front_matter_end(raws: list[str]) -> int:
    """How many lines a Markdown file's YAML front matter ("---" … "---") takes at its start, or 0."""
    if not raws or raws[0].strip() != "---":
        return 0
    end = next((i for i, raw in enumerate(raws[1:60], 1) if raw.strip() == "---"), 0)
    return end + 1 if end else 0


def _front_matter_line(raw: str, base: int) -> tuple[str, tuple[int, ...]] | None:
    """A front matter entry as a label and its value: `place_of_assignment: "Suva, Fiji"` reads
    "Place of assignment: Suva, Fiji"."""
    m = _FRONT_MATTER_KEY.match(raw)
    if m is None or not m.group("value"):
        return None
    key = m.group("key").replace("_", " ")
    text = f"{key[0].upper()}{key[1:]}: {m.group('value')}"
    offsets = (*range(base, base + len(key)), base + m.end("key"), base + m.end("key") + 1)
    offsets += tuple(range(base + m.start("value"), base + m.end("value")))
    return text, offsets


def split_lines(text: str, pages: tuple[tuple[int, int], ...]) -> list[Line]:
    """Every non-blank line of `text`, cleaned, with page number and layout hints."""
    lines: list[Line] = []
    blanks = 1
    position = 0
    raws = text.split("\n")
    front = _front_matter_end(raws)
    grid = _tick_grid_rows(raws)
    for index, raw in enumerate(raws):
        base = position
        position += len(raw) + 1
        if index in grid:
            options = _ticked_options(raw, base, _page_of(base, pages))
            lines.extend(replace(option, blank_before=blanks > 0, blanks_before=blanks) for option in options)
            blanks = 0 if options else blanks
            continue
        entry = _front_matter_line(raw, base) if index < front else None
        if entry is None and 0 < index < front - 1:
            blanks += 1  # the front matter's own structure ("last_update:", a list's "- item"): no entry
            continue
        cleaned, offsets = entry or _read_as_written(*clean_line(raw, base))
        if not cleaned:
            blanks += 1
            continue
        heading = _HEADING_MARKS.match(raw)
        lines.append(
            Line(
                text=cleaned,
                offsets=offsets,
                start=offsets[0],
                end=offsets[-1] + 1,
                page=_page_of(base, pages),
                indent=_indent(raw),
                heading_level=len(heading.group(1)) if heading else 0,
                bold=bool(_WHOLE_BOLD.match(raw)),
                blank_before=blanks > 0,
                blanks_before=blanks,
                # exactly two spaces, as Markdown writes it: lines padded to a width end in more
                hard_break=_HARD_BREAK.search(raw) is not None,
                front_matter=entry is not None,
            )
        )
        blanks = 0
    return _definitions(_undouble(lines))


def _tick_grid_rows(raws: list[str]) -> set[int]:
    """The rows of a form's grid of boxes in columns ("[X] Teamwork      [ ] Integrity"): two or more
    consecutive lines that open on a box, one of them holding two or more, one box ticked (a single row of
    options, "[ ] P-1    [X] P-2", reads as its ticked option's words, see clean_line)."""
    rows: set[int] = set()
    run: list[int] = []
    for index, raw in enumerate([*raws, ""]):
        if _ASCII_BOX.match(raw.lstrip()):
            run.append(index)
            continue
        boxes = [_ASCII_BOX.findall(raws[i]) for i in run]
        columns = any(len(found) >= 2 for found in boxes)
        if len(run) >= 2 and columns and any(b != "[ ]" for found in boxes for b in found):
            rows.update(run)
        run = []
    return rows


def _ticked_options(raw: str, base: int, page: int) -> list[Line]:
    """Each ticked option of a grid's row as a line of its own ("[X] Accountability"), the row's indent kept;
    the options left unticked are no part of the text."""
    starts = [m.start() for m in _ASCII_BOX.finditer(raw)]
    found: list[Line] = []
    for start, end in zip(starts, [*starts[1:], len(raw)], strict=True):
        if not _ASCII_TICKED.match(raw, start):
            continue
        cleaned, offsets = clean_line(raw[start:end], base + start)
        if cleaned:
            end = offsets[-1] + 1
            found.append(Line(cleaned, offsets, offsets[0], end, page, _indent(raw), 0, False, False))
    return found


_DEFINITION = re.compile(r"^:\s+(?=\S)")


def _definitions(lines: list[Line]) -> list[Line]:
    """Markdown definition lists ("Niveau" / ":   P-2") read as "Niveau: P-2"; a term's further
    definitions (":   Nouakchott" / ":   Mauritanie") join its value after a comma."""
    out: list[Line] = []
    defined = False
    for line in lines:
        m = _DEFINITION.match(line.text)
        term = out[-1] if out else None
        if m is None or term is None or line.blank_before or (not defined and len(term.text.split()) > 8):
            out.append(line)
            defined = False
            continue
        mark = (line.offsets[0], line.offsets[0])  # the separator stands where the definition's colon does
        joined = term.text + (", " if defined else ": ") + line.text[m.end() :]
        offsets = term.offsets + mark + line.offsets[m.end() :]
        out[-1] = replace(term, text=joined, offsets=offsets, end=line.end)
        defined = True
    return out


def _undouble(lines: list[Line]) -> list[Line]:
    """In hard-wrapped, double-spaced text (PDF output with a blank line after every line, sentences
    running on across the blanks) a single blank line parts nothing; two or more still do."""
    single = [(a, b) for a, b in pairwise(lines) if b.blanks_before == 1]
    run_on = sum(1 for _, b in single if b.text[0].islower())
    double_spaced = len(lines) >= 10 and len(single) >= 0.6 * (len(lines) - 1)
    if not double_spaced or run_on < 0.2 * len(single):
        return lines
    return [replace(line, blank_before=line.blanks_before > 1) for line in lines]
