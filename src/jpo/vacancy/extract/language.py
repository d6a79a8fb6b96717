"""Which of the notices' languages a passage is written in, by its commonest words: enough to tell a notice
set twice, in two languages side by side, from one set in two columns."""

from __future__ import annotations

import re
import unicodedata

_WORDS = re.compile(r"[^\W\d_]+")
# The commonest words of each language, none shared between them.
_COMMON = {
    "en": frozenset((
        "the", "and", "of", "to", "for", "with", "will", "is", "are", "be", "on", "this", "that", "from",
        "by", "as", "an",
    )),
    "fr": frozenset((
        "le", "la", "les", "des", "et", "du", "pour", "avec", "est", "sont", "dans", "une", "au", "aux",
        "sur", "ce", "qui",
    )),
    "es": frozenset((
        "el", "los", "las", "del", "y", "para", "con", "por", "una", "son", "al", "lo", "pero", "como", "sus",
    )),
}  # fmt: skip


def language_of(text: str) -> str | None:
    """ "en", "fr" or "es" by the commonest words, or None when fewer than five of them are there."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    words = _WORDS.findall("".join(ch for ch in folded if not unicodedata.combining(ch)))
    counts = {code: sum(word in common for word in words) for code, common in _COMMON.items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 5 else None
