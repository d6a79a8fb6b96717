"""Numbers and durations written in words or digits, in English, French and Spanish."""

from __future__ import annotations

import re

_WORDS = {
    "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "dix-huit": 18,
    "vingt-quatre": 24, "trente-six": 36, "half": 0.5,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "doce": 12, "dieciocho": 18, "veinticuatro": 24,
    "treinta": 30, "treinta y seis": 36,
}  # fmt: skip
_WORD_ALTERNATIVES = "|".join(sorted((w for w in _WORDS if len(w) > 2), key=len, reverse=True))

# A number in digits or words, optionally repeated in digits: "three (3)".
NUMBER = rf"(?:\d+(?:[.,]\d+)?|(?:{_WORD_ALTERNATIVES}))(?:\s*\(\d+(?:[.,]\d+)?\))?"
YEAR_UNIT = r"(?:years?|yrs?\.?|ans?|ann[ée]es?|a[ñn]os?)"
MONTH_UNIT = r"(?:months?|mois|meses|mes)"
DURATION = re.compile(
    rf"(?P<number>{NUMBER}|(?:\ba\b|\ban\b|\bune?\b|\bun\b)(?:\s*\(1\))?)[\s-]*(?:(?:full|additional|more|further|extra|other|compl[ée]mentaires?|suppl[ée]mentaires?|adicionales?)[\s-]+)?(?P<unit>{YEAR_UNIT}|{MONTH_UNIT})\b",
    re.IGNORECASE,
)
# The same, without group names, to embed in larger patterns.
DURATION_TEXT = DURATION.pattern.replace("?P<number>", "?:").replace("?P<unit>", "?:")
_LEADING_NUMBER = re.compile(r"\d+(?:[.,]\d+)?|[a-zA-Zéè-]+(?: y seis)?")


def to_number(text: str) -> float | None:
    """The value of "3", "3.5", "three", "three (3)", "deux"; None when it is no number."""
    m = _LEADING_NUMBER.match(text.strip().casefold())
    if not m:
        return None
    token = m.group(0)
    if token[0].isdigit():
        return float(token.replace(",", "."))
    value = _WORDS.get(token)
    return float(value) if value is not None else None


def to_months(number: float, unit: str) -> int:
    """Months in `number` `unit`s (years or months)."""
    return round(number * 12) if re.match(YEAR_UNIT, unit, re.IGNORECASE) else round(number)


def whole(value: float) -> int | float:
    """An int when the value is whole, so that 2.0 prints as 2."""
    return int(value) if float(value).is_integer() else value
