"""A run of text joined from lines, searchable as one string, mapping back to document offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from jpo.vacancy.lines import Line

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[\"'“(\[]?[A-ZÀ-Ý0-9])|\n")
_ABBREVIATION = re.compile(
    r"\b(?:e\.g|i\.e|[ap]\.m|etc|incl|approx|no|nos|p|pp|vs|cf|u\.s|u\.k|mr|ms|dr|st|jan|feb|mar|apr|jun"
    r"|jul|aug|sep|sept|oct|nov|dec|n[úu]m|art|vol|tel|sr|sra|dra|mme|m[áa]x|m[íi]n)\.$",
    re.IGNORECASE,
)
_ABBREVIATION_REACH = 16  # longer than any abbreviation above
# A date written as Korean and Japanese notices write it, "2026. 5. 19.": its dots end no sentence.
_DOTTED_DATE = re.compile(r"\b(?:19|20)\d\d\.\s{1,2}\d{1,2}\.\s{1,2}\d{1,2}\b")


@dataclass(frozen=True, slots=True)
class Passage:
    """Text and the document offset of each of its characters."""

    text: str
    offsets: tuple[int, ...]

    @classmethod
    def join(cls, lines: Iterable[Line], sep: str = " ") -> Passage:
        """Lines joined with `sep`; a separator maps to the end of the line before it."""
        return cls.concat((cls(line.text, line.offsets) for line in lines), sep)

    @classmethod
    def concat(cls, parts: Iterable[Passage], sep: str = "\n") -> Passage:
        """Passages joined with `sep`, empty ones skipped."""
        text: list[str] = []
        offsets: list[int] = []
        for part in parts:
            if not part.text:
                continue
            if text:
                text.append(sep)
                offsets.extend([offsets[-1] + 1] * len(sep))
            text.append(part.text)
            offsets.extend(part.offsets)
        return cls("".join(text), tuple(offsets))

    def span(self, i: int = 0, j: int | None = None) -> tuple[int, int]:
        """Document offsets [start, end) of `text[i:j]`."""
        j = len(self.text) if j is None else j
        if not self.offsets or i >= j:
            return (self.offsets[i], self.offsets[i]) if i < len(self.offsets) else (0, 0)
        return (self.offsets[i], self.offsets[j - 1] + 1)

    def sub(self, i: int, j: int) -> Passage:
        """The part `text[i:j]` as a passage of its own."""
        return Passage(self.text[i:j], self.offsets[i:j])

    def strip(self, chars: str = " \n\t;,.:") -> Passage:
        """Without leading and trailing `chars`."""
        i, j = 0, len(self.text)
        while i < j and self.text[i] in chars:
            i += 1
        while j > i and self.text[j - 1] in chars:
            j -= 1
        return self.sub(i, j)

    def parts(self, separator: re.Pattern[str]) -> list[Passage]:
        """The pieces between the matches of `separator`, unstripped."""
        bounds = [0, *(x for m in separator.finditer(self.text) for x in m.span()), len(self.text)]
        return [self.sub(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]

    def _in_dotted_date(self, at: int) -> bool:
        """Whether the dot before `at` is inside a dotted date or ends it."""
        found = _DOTTED_DATE.finditer(self.text, max(0, at - 14), at + 12)
        return any(d.start() < at <= d.end() + 1 for d in found)

    def sentences(self) -> Iterator[Passage]:
        """Sentences and clauses ended by . ; ! ? or a new line, abbreviations kept whole."""
        start = 0
        for m in _SENTENCE_END.finditer(self.text):
            # searched in the last characters only (an abbreviation is short), which keeps the word boundary
            if _ABBREVIATION.search(self.text, max(start, m.start() - _ABBREVIATION_REACH), m.start()):
                continue
            if self.text[m.start() - 2 : m.start() - 1].isdigit() and self._in_dotted_date(m.start()):
                continue
            piece = self.sub(start, m.start()).strip(" \n\t")
            if piece.text:
                yield piece
            start = m.end()
        tail = self.sub(start, len(self.text)).strip(" \n\t")
        if tail.text:
            yield tail
