"""Text folding, lookup keys and CSV loading shared by the gazetteer modules."""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

# Characters folded to an ASCII look-alike before any comparison.
_SPECIAL = {"’": "'", "‘": "'", "ʼ": "'", "′": "'", "‐": "-", "‑": "-"}
_SEPARATORS = re.compile(r"[\s\-]+")
ARTICLES = ("the ", "la ", "le ", "les ", "l'")


def fold_char(char: str) -> str:
    """Return `char` without diacritics (possibly empty for a lone combining mark)."""
    if char in _SPECIAL:
        return _SPECIAL[char]
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _FoldTable(dict[int, str]):
    """A `str.translate` table folding each character to exactly one character."""

    def __missing__(self, key: int) -> str:
        char = chr(key)
        folded = fold_char(char)
        value = folded if len(folded) == 1 else char
        self[key] = value
        return value


class _StripTable(dict[int, str]):
    """A `str.translate` table dropping diacritics (a character may fold to none or several)."""

    def __missing__(self, key: int) -> str:
        value = fold_char(chr(key))
        self[key] = value
        return value


_TABLE = _FoldTable()
_STRIP = _StripTable()


def strip_accents(text: str) -> str:
    """Return `text` without diacritics, with typographic quotes and hyphens made ASCII."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text).translate(_STRIP)


def key(text: str) -> str:
    """Return the comparison key of a name: accent-free, lower case, one space per separator."""
    return _SEPARATORS.sub(" ", strip_accents(text).lower()).strip()


def separators_to_space(text: str) -> str:
    """Collapse every run of whitespace and hyphens in `text` into one space."""
    return _SEPARATORS.sub(" ", text).strip()


def strip_article(text: str) -> str | None:
    """Return `text` without a leading English or French article, or None when it has none."""
    lowered = text.lower()
    for article in ARTICLES:
        if lowered.startswith(article) and len(text) > len(article):
            return text[len(article) :].lstrip()
    return None


@dataclass(frozen=True, slots=True)
class FoldedText:
    """Accent-free copy of a text plus the map from its offsets back to the original."""

    text: str
    offsets: tuple[int, ...] | None  # None when offsets are identical

    def original(self, index: int) -> int:
        """Return the offset in the original text of folded offset `index`."""
        return index if self.offsets is None else self.offsets[index]


def fold_text(text: str) -> FoldedText:
    """Fold `text` for matching, keeping a way back to its original offsets."""
    if text.isascii():
        return FoldedText(text, None)
    if unicodedata.is_normalized("NFC", text):
        return FoldedText(text.translate(_TABLE), None)
    pieces: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    offsets.append(len(text))
    return FoldedText("".join(pieces), tuple(offsets))


def read_csv(name: str) -> Iterator[dict[str, str]]:
    """Yield the rows of the shipped CSV file `data/<name>` as dictionaries."""
    data = resources.files("jpo.geo").joinpath("data", name).read_text(encoding="utf-8")
    yield from csv.DictReader(data.splitlines())


def split_list(field: str) -> list[str]:
    """Split a `|`-separated CSV field into its non-empty, stripped items."""
    return [item.strip() for item in field.split("|") if item.strip()]
