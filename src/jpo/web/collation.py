"""How names sort for readers of English and French (pickers, lists of countries and languages): in
French "Égypte" among the E's, not after "Zambie". A Jinja filter too: `names|collate`."""

from __future__ import annotations

import re
from collections.abc import Iterable

from jpo.matching.text import fold

# Letters that no Unicode decomposition takes apart, spelt as the collation of English and French
# sorts them ("Œ" as "OE"); `fold` already removes accents and case ("É" → "e", "ß" → "ss").
_LETTERS = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i"})
_SEPARATORS = re.compile(r"[\W_]+")


def collation_key(name: str) -> tuple[str, str, str]:
    """How a name sorts for readers of English and French, after the Unicode collation's defaults:
    first its letters and digits without accents or case, each run of spaces and punctuation one
    separator that comes before any letter ("Corée du Sud" before "Coréen"); then with its accents;
    then with its case."""
    primary = _SEPARATORS.sub(" ", fold(name).translate(_LETTERS)).strip()
    return primary, name.casefold(), name


def collate(names: Iterable[str]) -> list[str]:
    """`names` in the order readers of English and French expect."""
    return sorted(names, key=collation_key)
