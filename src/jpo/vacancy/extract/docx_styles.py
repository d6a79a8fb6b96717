"""DOCX styles and numbering resolved for rendering: heading levels, list markers, bold runs."""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
VAL = W + "val"
MAX_CHAIN = 16  # basedOn links followed at most
MAX_LEVEL = 8
MAX_LETTERS = 26 * 10  # "jjjjjjjjjj" at most
_HEADING_NAME = re.compile(r"heading\s*([1-9])")
_LIST_NAME = re.compile(r"list (bullet|number|paragraph)\s*([2-9])?")
_FALSE = frozenset({"0", "false", "off", "none"})
_NO_LIST = "0"


@dataclass(frozen=True, slots=True)
class StyleDef:
    """What rendering needs from one paragraph or character style."""

    key: str  # lower-case name, else lower-case id
    style_id: str
    based_on: str | None
    ppr: etree._Element | None
    bold: bool | None


Chain = tuple[StyleDef, ...]


@dataclass(frozen=True, slots=True)
class ListItem:
    """A list paragraph: its numbering instance (if any), nesting level and fallback format."""

    num_id: str | None
    level: int
    fallback: str  # "bullet" or "decimal", from the style name


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


def _val(parent: etree._Element | None, path: str) -> str | None:
    if parent is None:
        return None
    found = parent.find(path)
    return None if found is None else found.get(VAL)


def _bold(rpr: etree._Element | None) -> bool | None:
    """True/False when `rpr` sets bold on or off, None when it says nothing."""
    if rpr is None:
        return None
    b = rpr.find(W + "b")
    if b is None:
        return None
    value = b.get(VAL)
    return value is None or value.lower() not in _FALSE


def _style_def(style: etree._Element) -> StyleDef:
    style_id = style.get(W + "styleId") or ""
    name = _val(style, W + "name")
    return StyleDef(
        key=(name or style_id).strip().lower(),
        style_id=style_id.lower(),
        based_on=_val(style, W + "basedOn"),
        ppr=style.find(W + "pPr"),
        bold=_bold(style.find(W + "rPr")),
    )


class Styles:
    """Styles by id, resolved through their basedOn chains."""

    def __init__(self, root: etree._Element | None) -> None:
        self._by_id: dict[str, StyleDef] = {}
        self._default: str | None = None
        for style in [] if root is None else root.iter(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id is None or style_id in self._by_id:
                continue
            self._by_id[style_id] = _style_def(style)
            is_default = (style.get(W + "default") or "").lower() in {"1", "true", "on"}
            if is_default and style.get(W + "type") == "paragraph":
                self._default = style_id

    def chain(self, style_id: str | None) -> Chain:
        """The style and the styles it is based on, nearest first."""
        found: list[StyleDef] = []
        while style_id is not None and len(found) < MAX_CHAIN:
            style = self._by_id.get(style_id)
            if style is None or style in found:
                break
            found.append(style)
            style_id = style.based_on
        return tuple(found)

    def paragraph_style(self, p: etree._Element) -> Chain:
        return self.chain(_val(p.find(W + "pPr"), W + "pStyle") or self._default)

    def heading_level(self, p: etree._Element, chain: Chain) -> int | None:
        """1-6 for a heading or title paragraph, else None."""
        outline = _int(_val(p.find(W + "pPr"), W + "outlineLvl"))
        for style in chain:
            if outline is not None:
                break
            match = _HEADING_NAME.fullmatch(style.key) or _HEADING_NAME.fullmatch(style.style_id)
            if match:
                return min(int(match.group(1)), 6)
            if "title" in (style.key, style.style_id):
                return 1
            outline = _int(_val(style.ppr, W + "outlineLvl"))
        if outline is None or not 0 <= outline <= MAX_LEVEL:
            return None
        return min(outline + 1, 6)

    def list_item(self, p: etree._Element, chain: Chain) -> ListItem | None:
        """The list a paragraph belongs to, from its own numPr, its style's, or its style name."""
        ppr = p.find(W + "pPr")
        num_id = _val(ppr, f"{W}numPr/{W}numId")
        ilvl = _int(_val(ppr, f"{W}numPr/{W}ilvl"))
        for style in chain:
            num_id = num_id or _val(style.ppr, f"{W}numPr/{W}numId")
            ilvl = ilvl if ilvl is not None else _int(_val(style.ppr, f"{W}numPr/{W}ilvl"))
        if num_id == _NO_LIST:
            return None
        named = next((m for s in chain if (m := _LIST_NAME.fullmatch(s.key))), None)
        if num_id is None and named is None:
            return None
        if ilvl is None:
            ilvl = int(named.group(2)) - 1 if named and named.group(2) else 0
        fallback = "decimal" if named and named.group(1) == "number" else "bullet"
        return ListItem(num_id, max(0, min(ilvl, MAX_LEVEL)), fallback)

    def run_bold(self, r: etree._Element, chain: Chain) -> bool:
        """Whether a run shows bold: its own setting, else its character style's, else the
        paragraph style's."""
        rpr = r.find(W + "rPr")
        direct = _bold(rpr)
        if direct is not None:
            return direct
        for style in (*self.chain(_val(rpr, W + "rStyle")), *chain):
            if style.bold is not None:
                return style.bold
        return False


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str
    start: int


def _abstract_levels(abstract: etree._Element) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in abstract.iter(W + "lvl"):
        ilvl = _int(lvl.get(W + "ilvl"))
        if ilvl is not None and ilvl not in levels:
            fmt = _val(lvl, W + "numFmt") or "decimal"
            levels[ilvl] = _Level(fmt, _int(_val(lvl, W + "start")) or 1)
    return levels


def _start_overrides(num: etree._Element) -> dict[int, int]:
    starts: dict[int, int] = {}
    for override in num.iter(W + "lvlOverride"):
        ilvl = _int(override.get(W + "ilvl"))
        start = _int(_val(override, W + "startOverride"))
        if ilvl is not None and start is not None:
            starts[ilvl] = start
    return starts


class Numbering:
    """The numbering part's list formats, and the running counters of every list."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, _Level]] = {}
        self._nums: dict[str, tuple[str, dict[int, int]]] = {}
        self._counts: dict[Hashable, list[int | None]] = {}
        for abstract in [] if root is None else root.iter(W + "abstractNum"):
            abstract_id = abstract.get(W + "abstractNumId") or ""
            self._abstract.setdefault(abstract_id, _abstract_levels(abstract))
        for num in [] if root is None else root.iter(W + "num"):
            abstract_id = _val(num, W + "abstractNumId") or ""
            self._nums.setdefault(num.get(W + "numId") or "", (abstract_id, _start_overrides(num)))

    def render(self, item: ListItem, text: str) -> str:
        """The list line: indented two spaces a level, then "-", "1.", "a." or "i.", then text."""
        fmt, start, key = self._format(item)
        indent = "  " * item.level
        if fmt == "bullet":
            return f"{indent}- {text}"
        if fmt == "none":
            return f"{indent}{text}"
        return f"{indent}{_label(fmt, self._next(key, item.level, start))}. {text}"

    def _format(self, item: ListItem) -> tuple[str, int, Hashable]:
        num = self._nums.get(item.num_id or "")
        if num is None:
            return item.fallback, 1, ("style", item.fallback, item.num_id)
        abstract_id, starts = num
        level = self._abstract.get(abstract_id, {}).get(item.level)
        fmt = level.fmt if level else item.fallback
        start = starts.get(item.level, level.start if level else 1)
        # Lists sharing an abstract numbering continue each other unless one restarts.
        key = ("num", item.num_id) if item.level in starts else ("abstract", abstract_id)
        return fmt, start, key

    def _next(self, key: Hashable, level: int, start: int) -> int:
        counts = self._counts.setdefault(key, [None] * (MAX_LEVEL + 1))
        current = counts[level]
        counts[level] = start if current is None else current + 1
        counts[level + 1 :] = [None] * (MAX_LEVEL - level)
        return counts[level] or 0


def _label(fmt: str, n: int) -> str:
    if fmt in {"lowerLetter", "upperLetter"}:
        label = _letters(n)
        return label.upper() if fmt == "upperLetter" else label
    if fmt in {"lowerRoman", "upperRoman"}:
        label = _roman(n)
        return label.upper() if fmt == "upperRoman" else label
    return str(n)


def _letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa..zz, and so on."""
    if not 0 < n <= MAX_LETTERS:
        return str(n)
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out: list[str] = []
    for value, numeral in _ROMAN:
        count, n = divmod(n, value)
        out.append(numeral * count)
    return "".join(out)
