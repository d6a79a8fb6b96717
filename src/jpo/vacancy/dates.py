"""Dates, times of day and time-zone words as ToRs write them, in English, French and Spanish."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time
from functools import cache

_MONTHS = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre"
    # abbreviated as French and Spanish pages print them: "3 févr. 2026", "19 abr 2027"
    r"|janv\.?|f[ée]vr?\.?|avr\.?|juil\.?|ene\.?|abr\.?|ago\.?|dic\.?|set\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th|er|º|°)?"
# A date written with the German ordinal dot at a line's start ("14. Marzo 2027"): no numbered item.
ORDINAL_DATE_START = re.compile(rf"^\d{{1,2}}\.\s+(?:{_MONTHS})\s+\d{{4}}\b", re.IGNORECASE)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True))
_ROMAN_DATE = re.compile(rf"\s*(\d{{1,2}})[-./]({_ROMAN_MONTH})[-./](\d{{4}})\s*")
# The words before a birth date: "born", "né·e", "né(e)s", "nacido(a)".
# "born", "né", "née", "né(e)", "né·e", "né·e·s", "nés", "nacido", "nacido(a)", "nacidas"
BORN_STEM = r"(?:born|n[ée](?:e|\(e\)|[·.]e)?(?:[·.]?s)?|nacid[oa]s?|nacido\(?a\)?)"
BORN_WORD = rf"\b{BORN_STEM}\b"
DATE = re.compile(
    rf"\b(?:{_DAY}(?:\s+(?:of|de))?[\s./-]*(?:{_MONTHS})\b[\s.,/-]*(?:(?:of|de|del)\s+)?\d{{4}}"
    rf"|(?:{_MONTHS})\b\.?\s*{_DAY},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{4}"
    # the year first, as Korean, Japanese and Chinese notices write it: "2027.03.14", "2027. 2. 28."
    r"|\d{4}(?:\.\s?|/)\d{1,2}(?:\.\s?|/)\d{1,2}(?!\d)\.?"
    # a Roman month, as Spanish and Italian notices write it: "31-XII-2027", "15.IV.2027"
    rf"|\d{{1,2}}[-./](?-i:{_ROMAN_MONTH})[-./]\d{{4}})\b",
    re.IGNORECASE,
)
TIME = re.compile(
    # "11:59 PM", "11:59:00 PM" (the seconds a portal prints are left out)
    r"\b(?:(?P<h>[01]?\d|2[0-4])\s*(?:[:.h]\s*(?P<m>[0-5]\d)(?::[0-5]\d)?)?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
    # (not a recording's timestamp: "00:31:05 – The deadline, clearly: …")
    r"|(?P<h24>[01]?\d|2[0-4])\s*[:h]\s*(?P<m24>[0-5]\d)\b(?!\s*(?:years?|ans?))(?!:[0-5]\d\s+[–—-]\s)"
    # "23.59 (Finnish time)", "16.15 CET": a dot between hour and minute, where a zone or the word for
    # time follows (else "12.05" may be a date or a number)
    r"|(?P<hdot>[01]?\d|2[0-4])\.(?P<mdot>[0-5]\d)(?=\s*(?:\(|[A-Z]{3,4}\b|h(?:rs?|ours?|eures?|oras?)?\b"
    r"|[A-Za-zé]+\s+(?:time|aika)\b))"
    r"|(?P<midnight>midnight|minuit|medianoche)|(?P<noon>noon|midi|mediod[ií]a)"
    # "…, 17h, hora de Managua": the hour alone, as French and Spanish notices write it
    r"|(?<![\d:.])(?P<hh>[01]?\d|2[0-3])\s?h\b(?![\d/])(?=\s*[,;(]|\s+(?:hora|heure|time)))",
    re.IGNORECASE,
)

_SETTINGS = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]}


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            "january jan janvier janv enero ene",
            "february feb fevrier fevr fev febrero",
            "march mar mars marzo",
            "april apr avril avr abril abr",
            "may mai mayo",
            "june jun juin junio",
            "july jul juillet juil julio",
            "august aug aout agosto ago",
            "september sep sept septembre septiembre setiembre set",
            "october oct octobre octubre",
            "november nov novembre noviembre",
            "december dec decembre diciembre dic",
        ),
        start=1,
    )
    for name in names.split()
}
_WORDS = re.compile(r"[^\W\d_]+|\d+")
_UNACCENTED = str.maketrans("éèûúíóáñç", "eeuuioanc")


def _named_month(text: str) -> date | None:
    """A date written with its month's name, in any order the DATE pattern admits."""
    words = _WORDS.findall(text.lower().translate(_UNACCENTED))
    months = [_MONTH_NUMBERS[w] for w in words if w in _MONTH_NUMBERS]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or len(numbers) != 2:
        return None
    day, year = sorted(numbers)
    try:
        return date(year, months[0], day)
    except ValueError:
        return None


@cache
def parse_date(text: str) -> date | None:
    """The date a DATE match denotes (day first when numeric), or None."""
    cleaned = re.sub(r"(?<=\d)(?:st|nd|rd|th|er|ro|º|°)\b|\b(?:of|de|del)\b", " ", text, flags=re.IGNORECASE)
    if (iso := re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})\s*", cleaned)) is not None:
        numbers = (int(iso[1]), int(iso[2]), int(iso[3]))
    elif (numeric := re.fullmatch(r"\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*", cleaned)) is not None:
        numbers = (int(numeric[3]), int(numeric[2]), int(numeric[1]))
    elif (
        first := re.fullmatch(r"\s*(\d{4})(?:\.\s?|/)(\d{1,2})(?:\.\s?|/)(\d{1,2})\.?\s*", cleaned)
    ) is not None:
        numbers = (int(first[1]), int(first[2]), int(first[3]))
    elif (roman := _ROMAN_DATE.fullmatch(cleaned)) is not None:
        numbers = (int(roman[3]), _ROMAN_MONTHS.index(roman[2]) + 1, int(roman[1]))
    else:
        return _named_month(cleaned) or _by_dateparser(cleaned)
    try:
        return date(*numbers)
    except ValueError:
        return None


def _by_dateparser(cleaned: str) -> date | None:
    """The general reader, for a spelling the month table does not hold (imported only then)."""
    import dateparser

    parsed = dateparser.parse(cleaned, languages=["en", "fr", "es"], settings=_SETTINGS)
    return parsed.date() if parsed else None


@dataclass(frozen=True, slots=True)
class TimeOfDay:
    """A time of day; `end_of_day` for "midnight" on a date, which ends that day."""

    value: time
    end_of_day: bool = False


def time_of(m: re.Match[str]) -> TimeOfDay:
    """The time a TIME match denotes."""
    if m.group("midnight"):
        return TimeOfDay(time(0, 0), end_of_day=True)
    if m.group("noon"):
        return TimeOfDay(time(12, 0))
    if m.group("h24") is not None:
        hour, minute = int(m.group("h24")), int(m.group("m24"))
    elif m.group("hdot") is not None:
        hour, minute = int(m.group("hdot")), int(m.group("mdot"))
    elif m.group("hh") is not None:
        hour, minute = int(m.group("hh")), 0
    else:
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        is_pm = m.group("ampm").lower().startswith("p")
        hour = hour % 12 + (12 if is_pm else 0)
        if hour == 0 and minute == 0 and not is_pm:
            return TimeOfDay(time(0, 0), end_of_day=True)
    if hour == 24:
        return TimeOfDay(time(0, 0), end_of_day=True)
    return TimeOfDay(time(hour, minute))
