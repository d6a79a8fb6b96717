"""A compiled, case-aware dictionary matcher that finds known names in free text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from jpo.geo._text import fold_text, key, separators_to_space, strip_accents, strip_article

T = TypeVar("T")

_SEPARATOR_ATOM = r"[\s\-]+"
_NEVER = r"(?!x)x"
_TRIM = " \t\r\n,;:()[]"


@dataclass(frozen=True, slots=True)
class _Entry(Generic[T]):
    """One spelling of a name, the object it stands for (None to block it) and its case rule."""

    text: str  # canonical spelling, accent-free
    target: T | None
    any_case: bool
    acronym: bool


class _Node:
    """A node of the character trie the matcher compiles into one regular expression."""

    __slots__ = ("children", "terminal")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.terminal = False


def _atom(char: str) -> str:
    return _SEPARATOR_ATOM if char == " " else re.escape(char)


def _emit(node: _Node) -> str:
    branches = [_atom(char) + _emit(child) for char, child in sorted(node.children.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if node.terminal else body


def _trie_pattern(keys: Iterable[str]) -> str:
    root = _Node()
    for name in keys:
        node = root
        for char in name:
            node = node.children.setdefault(char, _Node())
        node.terminal = True
    body = _emit(root)
    return rf"(?<!\w)(?:{body})(?!\w)" if body else _NEVER


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
        self._regex = re.compile(_trie_pattern(self._index), re.IGNORECASE)

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
        pos = 0
        while (match := self._regex.search(source, pos)) is not None:
            start = match.start()
            hit = self._resolve(source, start, match.end())
            if hit is None:
                pos = start + 1
                continue
            target, end = hit
            if target is not None:
                yield target, folded.original(start), folded.original(end)
            pos = end

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
