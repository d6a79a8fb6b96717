"""A compiled, case-aware dictionary matcher that finds known names in free text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from jpo.geo._text import fold_text, key, separators_to_space, strip_accents, strip_article

T = TypeVar("T")

_TRIM = " \t\r\n,;:()[]"


@dataclass(frozen=True, slots=True)
class _Entry(Generic[T]):
    """One spelling of a name, the object it stands for (None to block it) and its case rule."""

    text: str  # canonical spelling, accent-free
    target: T | None
    any_case: bool
    acronym: bool


class _Node:
    """A node of the character trie of lookup keys; a key's space stands for any run of separators."""

    __slots__ = ("children", "terminal")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.terminal = False


def _trie(keys: Iterable[str]) -> _Node:
    root = _Node()
    for name in keys:
        node = root
        for char in name:
            node = node.children.setdefault(char, _Node())
        node.terminal = True
    return root


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _is_separator(char: str) -> bool:
    return char.isspace() or char == "-"


def caps_ok(canonical: str, surface: str) -> bool:
    """Tell whether `surface` keeps each capital of `canonical` (a leading article aside)."""
    canon, seen = separators_to_space(canonical), separators_to_space(surface)
    rest = strip_article(canon)
    if rest is not None:
        skip = len(canon) - len(rest)
        canon, seen = canon[skip:], seen[skip:]
    if len(canon) != len(seen):
        return False
    return all(not a.isupper() or b.isupper() for a, b in zip(canon, seen, strict=True))


def _is_acronym(text: str) -> bool:
    return any(c.isupper() for c in text) and not any(c.islower() for c in text)


_WORD_START = re.compile(r"(?<!\w)\S")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


class NameMatcher(Generic[T]):
    """Finds and looks up names; capitalised names must keep their capitals, others match any case.

    Names are given as `(spelling, target, any_case)`. A target of None blocks a phrase: it is
    consumed when found (so its words yield nothing) and ignored by `lookup`. When several
    entries share a spelling, blocking entries win in `finditer`, then the earliest given.
    With `strict_acronyms`, `lookup` too wants all-capital names ("US") in capitals.
    """

    def __init__(self, names: Iterable[tuple[str, T | None, bool]], *, strict_acronyms: bool = False) -> None:
        self._strict_acronyms = strict_acronyms
        self._index: dict[str, list[_Entry[T]]] = {}
        for spelling, target, any_case in names:
            self._add(spelling, target, any_case)
        for entries in self._index.values():
            entries.sort(key=lambda entry: entry.target is not None)
        # A trie walked in Python, not one compiled regular expression: compiling that cost a
        # tenth of a second per gazetteer in every process, more than parsing a ToR.
        self._root = _trie(self._index)

    def _add(self, spelling: str, target: T | None, any_case: bool) -> None:
        text = strip_accents(spelling).strip()
        name_key = key(text)
        if not name_key:
            return
        entry = _Entry(text, target, any_case, _is_acronym(text))
        entries = self._index.setdefault(name_key, [])
        if entry not in entries:
            entries.append(entry)

    def finditer(self, text: str) -> Iterator[tuple[T, int, int]]:
        """Yield `(target, start, end)` for each non-overlapping mention, longest first."""
        folded = fold_text(text)
        source = folded.text
        lowered = _lower_same_length(source)
        first = self._root.children
        pos = 0
        for m in _WORD_START.finditer(lowered):  # a name starts a word: the scan skips the rest in C
            start = m.start()
            if start < pos or lowered[start] not in first:
                continue
            end = self._longest(source, lowered, start)
            hit = None if end is None else self._resolve(source, start, end)
            if hit is None:
                continue
            target, pos = hit
            if target is not None:
                yield target, folded.original(start), folded.original(pos)

    def _longest(self, source: str, lowered: str, start: int) -> int | None:
        """The end of the longest key spelled from `start` that ends a word, or None."""
        node, index, size, longest = self._root, start, len(lowered), None
        while index < size:
            char = lowered[index]
            if char == " " or char == "-" or char.isspace():  # _is_separator, inlined: this loop is hot
                child = node.children.get(" ")
                while index < size and _is_separator(lowered[index]):
                    index += 1
            else:
                child = node.children.get(char)
                index += 1
            if child is None:
                break
            node = child
            if node.terminal and (index == size or not _is_word(source[index])):
                longest = index
        return longest

    def _resolve(self, source: str, start: int, end: int) -> tuple[T | None, int] | None:
        for stop in self._stops(source, start, end):
            entry = self._valid(source[start:stop])
            if entry is not None:
                return entry.target, stop
        return None

    @staticmethod
    def _stops(source: str, start: int, end: int) -> Iterator[int]:
        yield end
        for stop in range(end - 1, start, -1):
            before = source[stop - 1]
            if not _is_word(source[stop]) and not before.isspace() and before != "-":
                yield stop

    def _valid(self, surface: str) -> _Entry[T] | None:
        for entry in self._index.get(key(surface), ()):
            if entry.any_case or caps_ok(entry.text, surface):
                return entry
        return None

    def lookup(self, name: str) -> list[T]:
        """Return the targets named exactly by `name`, ignoring case, accents and spacing."""
        cleaned = name.strip(_TRIM)
        for candidate in (cleaned, strip_article(cleaned)):
            targets = self._targets(candidate) if candidate else []
            if targets:
                return targets
        return []

    def _targets(self, surface: str) -> list[T]:
        folded = strip_accents(surface)
        targets: list[T] = []
        for entry in self._index.get(key(surface), ()):
            if entry.target is None or entry.target in targets:
                continue
            if not (self._strict_acronyms and entry.acronym) or caps_ok(entry.text, folded):
                targets.append(entry.target)
        return targets
