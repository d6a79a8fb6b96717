"""Text into the units that are matched: sentences of a duty or a job description, folded words."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÀ-Ý0-9\"'(])|\s+-\s+(?=[a-z]\.|[A-Z])|\n+")
_LIST_MARK = re.compile(r"^\s*(?:[-•*·]|\(?[a-z0-9]{1,2}[.)])\s+", re.IGNORECASE)
MIN_CHARS = 12  # shorter fragments ("etc.", "a.") carry no evidence
MAX_CHARS = 400  # longer run-ons are cut at a comma so one sentence cannot match everything

_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "en",
        "une",
        "un",
        "pour",
        "dans",
        "sur",
        "avec",
        "au",
        "aux",
        "est",
        "sont",
        "été",
        "par",
        "ce",
        "cette",
        "qui",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "in",
        "for",
        "on",
        "with",
        "a",
        "an",
        "is",
        "are",
        "was",
        "by",
        "as",
        "at",
        "from",
        "this",
        "that",
        "which",
    ]
)


def clean(text: str) -> str:
    """Runs of white space as one space, none at the ends."""
    return " ".join(text.split())


def _cut(sentence: str) -> list[str]:
    if len(sentence) <= MAX_CHARS:
        return [sentence]
    parts, current = [], ""
    for piece in sentence.split(", "):
        if current and len(current) + len(piece) > MAX_CHARS:
            parts.append(current)
            current = piece
        else:
            current = f"{current}, {piece}" if current else piece
    return [*parts, current] if current else parts


TEXTS_KEPT = 20_000  # a ranking's texts, split once; bounded, since they are what candidates wrote


@lru_cache(maxsize=TEXTS_KEPT)
def sentences(text: str) -> tuple[str, ...]:
    """The sentences of `text`, list markers removed, very short fragments dropped."""
    found: list[str] = []
    for raw in _SENTENCE_END.split(text or ""):
        sentence = clean(_LIST_MARK.sub("", raw))
        if len(sentence) >= MIN_CHARS:
            found.extend(_cut(sentence))
    return tuple(found)


def fold(text: str) -> str:
    """Lower case without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def language_of(text: str) -> str:
    """ "fr" or "en", by which language's common words the text uses more."""
    words = fold(text).split()
    french = sum(word in _FRENCH for word in words)
    english = sum(word in _ENGLISH for word in words)
    return "fr" if french > english else "en"
