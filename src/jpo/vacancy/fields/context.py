"""What every field extractor reads (the structured ToR) and writes (sources and warnings)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar, cast

from jpo.vacancy.lines import Line
from jpo.vacancy.lists import flow
from jpo.vacancy.passage import Passage
from jpo.vacancy.structure import Structure

T = TypeVar("T")
Keywords = tuple[str, ...]  # lower-case words a sentence must contain one of: a cheap pre-filter


@dataclass(slots=True)
class Context:
    """A ToR being parsed: its text and structure, and the sources and warnings found so far."""

    text: str
    structure: Structure
    sources: dict[str, tuple[int, int]] = field(default_factory=dict)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    inferred: set[str] = field(default_factory=set)  # fields guessed from indirect evidence
    running_heads: list[Line] = field(default_factory=list)  # each once; not part of `structure`
    _whole: Passage | None = None
    _sentences: dict[tuple[str, ...], list[tuple[Passage, str]]] = field(default_factory=dict)
    _starts: list[tuple[int, int]] | None = None  # (start, index) of each line, when no two lines overlap
    _once: dict[str, object] = field(default_factory=dict)

    @property
    def lines(self) -> list[Line]:
        return self.structure.lines

    @property
    def whole(self) -> Passage:
        """The whole document as running text."""
        if self._whole is None:
            self._whole = flow(self.lines)
        return self._whole

    def line_at(self, offset: int) -> int | None:
        """The index of the line that holds the character at document `offset` (or ends just before it)."""
        if self._starts is None:
            self._starts = _disjoint_starts(self.lines)
        if self._starts:  # (a scan per call made a document of many labelled lines cost its square)
            at = bisect_right(self._starts, (offset, len(self._starts))) - 1
            index = self._starts[at][1] if at >= 0 else -1
            return index if index >= 0 and offset < self.lines[index].end + 1 else None
        return next((i for i, line in enumerate(self.lines) if line.start <= offset < line.end + 1), None)

    def once(self, key: str, make: Callable[[], T]) -> T:
        """What `make` returns, computed on the first call for `key` only: facts of the structure that several
        extractors or calls need."""
        if key not in self._once:
            self._once[key] = make()
        return cast(T, self._once[key])

    def source(self, name: str, span: tuple[int, int], *, inferred: bool = False) -> None:
        """Record where the value of field `name` came from (first record wins); `inferred` when the
        text does not state the value but suggests it (the only nationality admitted as the sponsor)."""
        if span[1] > span[0] and name not in self.sources:
            self.sources[name] = span
            if inferred:
                self.inferred.add(name)

    def warn(self, name: str, message: str) -> None:
        """Add a warning on field `name` unless the same one is there already."""
        if (name, message) not in self.warnings:
            self.warnings.append((name, message))

    def section(self, *kinds: str) -> Passage:
        """The lines of these kinds of section, and of "Label: value" pairs of these kinds, as text."""
        return Passage.concat([flow(self.structure.section(*kinds)), *self.structure.labelled(*kinds)])

    def following(self, sentence: Passage) -> Passage | None:
        """The sentence of the whole document that comes after `sentence`, if any."""
        every = self.sentences()
        index = next((i for i, s in enumerate(every) if s.span() == sentence.span()), None)
        return every[index + 1] if index is not None and index + 1 < len(every) else None

    def sentences(self, *kinds: str, having: Keywords | None = None) -> list[Passage]:
        """Sentences of these kinds of section (of the whole document when no kind is given); with
        `having`, only those that contain one of its words (lower case). Split once per document."""
        found = self._sentences.get(kinds)
        if found is None:
            passage = self.section(*kinds) if kinds else self.whole
            found = self._sentences[kinds] = [(s, s.text.casefold()) for s in passage.sentences()]
        if having is None:
            return [s for s, _ in found]
        # map over a bound method runs in C: the generator this replaced cost more than the splitting
        return [s for s, lower in found if any(map(lower.__contains__, having))]


def _disjoint_starts(lines: list[Line]) -> list[tuple[int, int]]:
    """Each line's start and index, in document order, when every offset belongs to one line at most (else
    none: the first line holding an offset is then found by a scan)."""
    starts = sorted((line.start, i) for i, line in enumerate(lines))
    ends = [lines[i].end for _, i in starts]
    if any(start < end + 1 for (start, _), end in zip(starts[1:], ends, strict=False)):
        return []
    return starts


def search(pattern: re.Pattern[str], passages: list[Passage]) -> Iterator[tuple[Passage, re.Match[str]]]:
    """Each match of `pattern` in each passage, with the passage it was found in."""
    for passage in passages:
        for m in pattern.finditer(passage.text):
            yield passage, m
