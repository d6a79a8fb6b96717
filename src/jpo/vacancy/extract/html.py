"""HTML files rendered to markdown-like lines: headings, lists, label/value table rows."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree

from jpo.errors import InputError
from jpo.vacancy.extract import layout, safety
from jpo.vacancy.extract.text import decode_text

MAX_DEPTH = 150  # deeper elements are flattened to their text
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# Characters XML (so lxml) refuses in text: controls other than tab, line feed and carriage return
# (a form feed too), lone surrogates and the two non-characters U+FFFE and U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# WHATWG: these labels mean Windows-1252 in HTML.
_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "ascii", "us-ascii"})
# struck-through and deleted text ("<del>19/04/2026</del> 03/05/2026") is no longer what the page says
_DROP = (
    *("script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg"),
    *("del", "s", "strike"),
)
# fmt: off
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "p", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
# fmt: on
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_SUMMARY_LEVEL = 4
_BOLD = frozenset({"strong", "b"})
_WRAPPERS = frozenset({"span", "font", "a", "em", "i", "u", "small", "big"})


def extract_html(data: bytes) -> str:
    """The visible text of an HTML document as markdown-like lines."""
    text = decode_text(data, what="an HTML file", declared=_declared_charset(data))
    text = _CONTROL.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not text.strip():
        return ""
    root = _parse(text)
    posting = _job_posting(root)
    _bold_by_class(root)
    _titled_tab_panels(root)
    _spoken_images(root)
    _drop_unread(root)
    _drop_comments(root)
    renderer = _Renderer()
    try:
        renderer.render(root, depth=0)
    except RecursionError as err:
        raise InputError("HTML rejected: elements nested too deeply") from err
    renderer.newline()
    return layout.finish(renderer.lines + _posting_lines(posting, renderer.lines))


# A stylesheet's bold class, as Google Docs writes every run's look: ".c2{color:#000000;font-weight:700;…}"
_BOLD_CLASS = re.compile(r"\.(?P<name>[\w-]+)\s*\{[^{}]*\bfont-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b")


def _bold_by_class(root: lxml.html.HtmlElement) -> None:
    """Text a page's own stylesheet makes bold by a class is bold, as if in <b> (a header row, a label)."""
    names = {m.group("name") for style in root.iter("style") for m in _BOLD_CLASS.finditer(style.text or "")}
    if not names:
        return
    for span in root.iter("span"):
        if names.intersection((span.get("class") or "").split()):
            span.tag = "b"


def _titled_tab_panels(root: lxml.html.HtmlElement) -> None:
    """A page's tab panels (ARIA `role="tabpanel"`, hidden or not) headed by their tab's title, which stands
    only in the tab list's buttons ("What will you be doing?" over the duties), and the tab list left out."""
    tabs = {
        element.get("id"): layout.one_line(element.text_content())
        for element in root.iter()
        if isinstance(element.tag, str) and element.get("role") == "tab" and element.get("id")
    }
    titled = False
    for panel in list(root.iter()):
        if not isinstance(panel.tag, str) or panel.get("role") != "tabpanel":
            continue
        title = tabs.get(panel.get("aria-labelledby") or "")
        first = next((child for child in panel if isinstance(child.tag, str)), None)
        if not title or (first is not None and first.tag in _HEADINGS):
            continue
        heading = lxml.html.Element("h2")
        heading.text = title
        heading.tail = panel.text
        panel.text = None
        panel.insert(0, heading)
        titled = True
    if titled:
        for tablist in [e for e in root.iter() if isinstance(e.tag, str) and e.get("role") == "tablist"]:
            tablist.drop_tree()


def _spoken_images(root: lxml.html.HtmlElement) -> None:
    """An image that names itself (`role="img"` and an `aria-label`), as a screen reader speaks it: an icon
    that is a fact's only label (`<dt><svg role="img" aria-label="Pays">…</svg></dt>`) is read as its
    words."""
    for image in list(root.iter()):
        label = image.get("aria-label") if isinstance(image.tag, str) and image.get("role") == "img" else None
        if not label or not label.strip() or image.get("aria-hidden") == "true":
            continue
        words = lxml.html.Element("span")
        words.text = layout.one_line(label)
        words.tail = image.tail
        image.getparent().replace(image, words)


def _drop_unread(root: lxml.html.HtmlElement) -> None:
    """Scripts, styles, embedded objects and struck-through text: nothing a reader reads as the page's."""
    for element in list(root.iter(*_DROP)):
        if isinstance(element, lxml.html.HtmlElement):
            element.drop_tree()


def _job_posting(root: lxml.html.HtmlElement) -> dict[str, object] | None:
    """The schema.org JobPosting a page states in its JSON-LD, when it has a description."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):  # (not JSON, or nested past the parser's depth)
            continue
        graph = data.get("@graph", [data]) if isinstance(data, dict) else data
        for item in graph if isinstance(graph, list) else []:
            if (
                isinstance(item, dict)
                and item.get("@type") == "JobPosting"
                and isinstance(item.get("description"), str)
            ):
                return item
    return None


_SHOWN_SHARE = 0.5  # of the description's long lines the visible page must show to need nothing more


def _posting_lines(posting: dict[str, object] | None, shown: list[str]) -> list[str]:
    """A job board's page whose visible body is a teaser ("Voir plus") while the JSON-LD holds the whole
    notice: the posting's title and description, rendered like the page. Nothing when the page shows it."""
    if posting is None:
        return []
    # (a description the HTML reader refuses: the page's own text stands alone)
    lines = fragment_lines(html.unescape(str(posting["description"])))
    visible = " ".join(layout.one_line(line) for line in shown)
    long_lines = [line for line in lines if len(line.split()) >= 5]
    if not long_lines or sum(layout.one_line(line) in visible for line in long_lines) >= _SHOWN_SHARE * len(
        long_lines
    ):
        return []
    title = posting.get("title")
    return ["", *([f"# {title}"] if isinstance(title, str) and title.strip() else []), *lines]


def fragment_lines(fragment: str) -> list[str]:
    """The lines of a piece of HTML held in another document (a JSON-LD or an API's description), or none
    when the HTML reader refuses it."""
    try:
        root = _parse(f"<html><body>{fragment}</body></html>")
    except InputError:
        return []
    _drop_unread(root)
    renderer = _Renderer()
    try:
        renderer.render(root, depth=0)
    except RecursionError:
        return []
    renderer.newline()
    return renderer.lines


def _drop_comments(root: lxml.html.HtmlElement) -> None:
    """A word processor's comments: their anchors in the text ("UNITAR/HIR/JPO/2027-02[a]", Google Docs'
    links to "#cmnt1") and the notes they point to (a block that links back to "#cmnt_ref1")."""
    for anchor in list(root.iter("a")):
        href = anchor.get("href") or ""
        if href.startswith("#cmnt_ref"):
            note = next(anchor.iterancestors("div"), None)
            note = anchor.getparent() if note is None else note
            if note is not None and note.tag in ("div", "p"):
                note.drop_tree()
        elif href.startswith("#cmnt"):
            anchor.drop_tree()


def _parse(text: str) -> lxml.html.HtmlElement:
    """Parse, refusing documents libxml2 stops reading (it stops at 256 levels of nesting)."""
    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.LxmlError, ValueError) as err:
        raise InputError(f"not a valid HTML file ({safety.reason(err)})") from err
    fatal = [error for error in parser.error_log if error.level == etree.ErrorLevels.FATAL]
    if any("depth" in error.message for error in fatal):
        raise InputError("HTML rejected: elements nested too deeply (over 256 levels)")
    if fatal:
        raise InputError(f"not a valid HTML file ({safety.reason(Exception(fatal[0].message))})")
    return root


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    label = match.group(1).decode("ascii", "ignore").lower()
    if label.startswith(("utf-16", "utf-32", "utf16", "utf32")):
        return "utf-8"  # WHATWG: a meta tag readable as ASCII cannot be UTF-16
    return "cp1252" if label in _WINDOWS_1252 else label


@dataclass(slots=True)
class _List:
    ordered: bool
    next_number: int
    level: int = 0  # a level its markup states, not its nesting: Google Docs writes sub-lists as siblings


# Google Docs' HTML export: every list a sibling, its level in its class ("lst-kix_q7w2n1xk3b9a-1")
_GOOGLE_LIST = re.compile(r"\blst-kix_(?P<id>\w+)-(?P<level>\d)\b")


def _google_list(element: lxml.html.HtmlElement | None) -> re.Match[str] | None:
    if element is None or not isinstance(element.tag, str) or element.tag not in ("ul", "ol"):
        return None
    return _GOOGLE_LIST.search(element.get("class") or "")


# Word's "Save as Web Page" writes a list item as a paragraph whose style names its list and level
# ("mso-list:l0 level2 lfo1"), its bullet as text: the level is all that tells a sub-item.
_WORD_LIST_LEVEL = re.compile(r"mso-list:\s*l\d+\s+level(\d)")


def _word_list_level(element: lxml.html.HtmlElement) -> int:
    found = _WORD_LIST_LEVEL.search(element.get("style") or "")
    return int(found.group(1)) if found else 0


class _Renderer:
    """Walks an element tree, gathering inline text into lines and starting lines at blocks."""

    def __init__(self, lists: tuple[_List, ...] = ()) -> None:
        self.lines: list[str] = []
        self._parts: list[str] = []
        self._prefix = ""
        self._lists = lists
        self._handlers: dict[str, Callable[[lxml.html.HtmlElement, int], None]] = {
            "br": self._br,
            "table": self._table,
            "ul": self._list,
            "ol": self._list,
            "li": self._item,
            "pre": self._pre,
            "dt": self._term,
        }

    def newline(self, *, force: bool = False, prefix: str = "") -> None:
        """End the current line (an empty one only if `force`); the next line starts `prefix`."""
        line = layout.one_line("".join(self._parts))
        if line:
            self.lines.append(self._prefix + line)
        elif force:
            self.lines.append("")
        self._parts = []
        self._prefix = prefix

    def render(self, element: lxml.html.HtmlElement, *, depth: int) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions
            return
        if depth >= MAX_DEPTH:
            self._parts.append(" " + element.text_content() + " ")
        elif tag in self._handlers:
            self._handlers[tag](element, depth)
        elif tag in _HEADINGS:
            self._block(element, depth, prefix="#" * _HEADINGS[tag] + " ", bold=False)
        elif tag == "summary":  # a disclosure's question heads its answer, under the page's own headings
            self._block(element, depth, prefix="#" * _SUMMARY_LEVEL + " ", bold=False)
        elif tag == "p" and (level := _word_list_level(element)) > 1:
            self._block(element, depth, prefix="  " * (level - 1), bold=True)
        elif tag in _BLOCKS:
            self._block(element, depth, prefix="", bold=True)
        else:
            self._contents(element, depth)

    def _contents(self, element: lxml.html.HtmlElement, depth: int) -> None:
        if element.text:
            self._parts.append(element.text)
        previous: lxml.html.HtmlElement | None = None
        for child in element:
            if previous is not None and _facts_side_by_side(previous, child):
                self.newline()  # "<span>Grade: P-2</span><span>Duration: 1 year</span>": a row each
            self.render(child, depth=depth + 1)
            if child.tail:
                self._parts.append(child.tail)
            previous = child

    def _block(self, element: lxml.html.HtmlElement, depth: int, *, prefix: str, bold: bool) -> None:
        self.newline(prefix=prefix)
        label = _bold_text(element) if bold else None
        pair = _label_and_value(element)
        if label is not None and label != layout.bold_label(label):
            self._parts.append(layout.bold_label(label))
        elif pair is not None:  # <li><span class="lbl">Classe</span> <span class="val">P-2</span></li>
            self._parts.append(f"{pair[0]}: ")
            self.render(pair[1], depth=depth + 1)
        else:
            self._contents(element, depth)
        self.newline()

    def _term(self, element: lxml.html.HtmlElement, depth: int) -> None:
        """A definition term becomes a "Label:" line, so that its <dd> reads as the value."""
        self.newline()
        self._contents(element, depth)
        text = "".join(self._parts).rstrip()
        if text and not text.endswith((":", "：")):
            self._parts.append(":")
        self.newline()

    def _br(self, element: lxml.html.HtmlElement, depth: int) -> None:
        self.newline(force=True)

    def _pre(self, element: lxml.html.HtmlElement, depth: int) -> None:
        self.newline()
        self.lines.extend(line.rstrip() for line in element.text_content().split("\n"))

    def _list(self, element: lxml.html.HtmlElement, depth: int) -> None:
        self.newline()
        start = _int(element.get("start")) if element.tag == "ol" else None
        outer = self._lists
        google = _google_list(element)
        level = int(google.group("level")) if google else 0
        self._lists = (*outer, _List(element.tag == "ol", 1 if start is None else start, level))
        try:
            self._contents(element, depth)
        finally:
            self._lists = outer
        self.newline()
        following = _google_list(element.getnext())
        if google and following and following.group("id") == google.group("id"):
            return  # the same list goes on in its next sibling, a level deeper or back up
        if not outer and self.lines and self.lines[-1]:
            self.lines.append("")  # the text after a list is no part of its last item

    def _item(self, element: lxml.html.HtmlElement, depth: int) -> None:
        current = self._lists[-1] if self._lists else _List(False, 1)
        marker = "-"
        if current.ordered:
            value = _int(element.get("value"))
            number = current.next_number if value is None else value
            current.next_number = number + 1
            marker = f"{number}."
        indent = "  " * (max(len(self._lists) - 1, 0) + current.level)
        self._block(element, depth, prefix=f"{indent}{marker} ", bold=True)

    def _table(self, element: lxml.html.HtmlElement, depth: int) -> None:
        self.newline()
        found = [[cell for cell in row if cell.tag in ("td", "th")] for row in _rows(element)]
        rows = _row_headed_pairs(found)
        cells = [[self._cell(cell, depth) for cell in row] for row in rows]
        # a first row of <th>, or of cells all in bold (a word processor's export writes no <th>)
        header = (
            bool(rows)
            and len(rows[0]) >= 2
            and (all(cell.tag == "th" for cell in rows[0]) or layout.is_bold_row(cells[0]))
        )
        self.lines.extend(layout.render_table(cells, header=header))
        self.lines.append("")

    def _cell(self, cell: lxml.html.HtmlElement, depth: int) -> layout.Cell:
        inner = _Renderer(self._lists)
        inner._contents(cell, depth + 1)
        inner.newline()
        lines = "\n".join(inner.lines).split("\n")
        plain = layout.one_line(cell.text_content())
        return layout.Cell(plain, tuple(line for line in lines if line.strip()))


def _row_headed_pairs(rows: list[list[lxml.html.HtmlElement]]) -> list[list[lxml.html.HtmlElement]]:
    """A facts table whose rows head themselves (`<th scope="row">` before each value) as one label and value
    a row: a group's label spanning rows ("Location" over "City" and "Country") left out, and a row of two
    labelled values ("Grade | P-2 | Duration | One year") split in two."""
    headed = [[cell for cell in row if not _group_label(cell)] for row in rows]
    if len(headed) < 2 or not all(_pairs(row) for row in headed):
        return rows
    return [row[i : i + 2] for row in headed for i in range(0, len(row), 2)]


def _group_label(cell: lxml.html.HtmlElement) -> bool:
    return cell.tag == "th" and (cell.get("scope") == "rowgroup" or (_int(cell.get("rowspan")) or 1) > 1)


def _pairs(row: list[lxml.html.HtmlElement]) -> bool:
    """Whether a row is header, value, header, value …"""
    return (
        bool(row)
        and len(row) % 2 == 0
        and all((cell.tag == "th") == (i % 2 == 0) for i, cell in enumerate(row))
    )


def _rows(table: lxml.html.HtmlElement) -> Iterator[lxml.html.HtmlElement]:
    for child in table:
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (row for row in child if row.tag == "tr")


_INLINE = frozenset({"span", "strong", "b", "em", "i", "label", "time", "a", "abbr"})


_LABELLED_FACT = re.compile(r"^\s*[^:\n]{1,40}:\s*\S")


def _facts_side_by_side(previous: lxml.html.HtmlElement, child: lxml.html.HtmlElement) -> bool:
    """Two inline elements, nothing between them, each a labelled fact ("Grade: P-2"): a page sets them apart
    by its styles alone."""
    return (
        previous.tag in _INLINE
        and child.tag in _INLINE
        and not previous.tail
        and _LABELLED_FACT.match(previous.text_content()) is not None
        and _LABELLED_FACT.match(child.text_content()) is not None
    )


def _label_and_value(element: lxml.html.HtmlElement) -> tuple[str, lxml.html.HtmlElement] | None:
    """A block made of two inline elements and nothing else, the first a short name: a label and its
    value as a careers page lays its facts out."""
    children = [child for child in element if isinstance(child.tag, str)]
    if len(children) != 2 or (element.text or "").strip() or any((c.tail or "").strip() for c in children):
        return None
    if not all(child.tag in _INLINE for child in children):
        return None
    label = layout.one_line(children[0].text_content())
    if (
        not 1 <= len(label.split()) <= 6
        or label.endswith((":", "："))
        or (label.endswith(".") and not _ABBREVIATED.search(label))  # "Vacancy ref." is a label
        or not children[1].text_content().strip()
        or _MARKER_ONLY.match(label)  # a Word web page's list item: its bullet, then its text
    ):
        return None
    return label, children[1]


_MARKER_ONLY = re.compile(r"^(?:[·•o§▪\-–*]|\(?[a-zA-Z0-9]{1,3}[.)])$")
_ABBREVIATED = re.compile(r"\b(?:ref|r[ée]f|no|nr|n[°º]|n[úu]m|num)\.$", re.IGNORECASE)


def _bold_text(element: lxml.html.HtmlElement) -> str | None:
    """The text of a block whose whole content is one <strong>/<b>, maybe inside a <span>."""
    node = element
    for _ in range(8):
        children = [child for child in node if isinstance(child.tag, str)]
        if (node.text or "").strip() or len(children) != 1 or (children[0].tail or "").strip():
            return None
        node = children[0]
        if node.tag in _BOLD:
            return layout.one_line(node.text_content()) or None
        if node.tag not in _WRAPPERS:
            return None
    return None


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())
    except ValueError:
        return None
