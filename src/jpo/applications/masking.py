"""A motivation letter as reviewers read it before shortlisting: every value that says who the candidate
is (their name, e-mail addresses and phone numbers, the country names and demonyms of their nationalities,
their birth date in common formats, the institutions of their degrees) cut out of the text and marked with
what it was, never with what it said. Pure: the caller passes the profile and the account's e-mail."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Any, Literal

from babel import Locale

from jpo.geo.countries import names_of_country

Kind = Literal["name", "email", "phone", "nationality", "birth_date", "institution"]
KINDS: tuple[Kind, ...] = ("name", "email", "phone", "nationality", "birth_date", "institution")
# How a masked value is written in plain text (the API); a name is replaced by the pseudonym.
LABELS: dict[Kind, str] = {"email": "[e-mail address]", "phone": "[phone number]",
                           "nationality": "[nationality]", "birth_date": "[birth date]",
                           "institution": "[institution]"}  # fmt: skip

_FOLDED = {"’": "'", "‘": "'", "ʼ": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}
_JOINER = r"[\s\-'.,]*"  # between the words of a value: "Ji-woo", "Ji woo", "Jiwoo"; "Korea, Republic of"
_NAME_GAP = re.compile(r"[\s,\-]*")  # between two parts of one name: "Kim, Ji-woo", "Ji-woo Kim"
_WORDS = re.compile(r"[^\W_]+")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+|00|\(?0)[\d\s().\-]{7,}\d")
_INITIAL = re.compile(r"(?<!\w)(\w)\.?[\s\-]*$")
_LOCALES = ("en", "fr")


@dataclass(frozen=True)
class Identity:
    """What says who a candidate is, as their profile and account write it."""

    names: tuple[str, ...] = ()  # given and family names
    emails: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()  # ISO 3166-1 alpha-2
    birth_date: date | None = None
    institutions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Segment:
    """A piece of the letter: its own words (`kind` None), or a masked value (`text` empty)."""

    text: str
    kind: Kind | None = None


@dataclass(frozen=True)
class MaskedText:
    segments: tuple[Segment, ...]

    @property
    def masked(self) -> frozenset[Kind]:
        """The kinds of value that were cut out."""
        return frozenset(segment.kind for segment in self.segments if segment.kind is not None)

    def written(self, pseudonym: str, labels: Mapping[Kind, str] = LABELS) -> str:
        """The letter as plain text: a name as the pseudonym, any other value as its label."""
        return "".join(
            segment.text
            if segment.kind is None
            else pseudonym
            if segment.kind == "name"
            else labels[segment.kind]
            for segment in self.segments
        )


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, Mapping):
        return [text for key in ("given", "family") for text in _strings(value.get(key))]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return []


def _birth_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def identity_of(profile: Mapping[str, Any], *, emails: Iterable[str | None] = ()) -> Identity:
    """The identity values of a jpo.profile/1 document (read defensively: any field may be missing or of
    an older shape) and of the account's e-mail addresses."""
    education = profile.get("education")
    studies = education if isinstance(education, list) else []
    return Identity(
        names=tuple(_strings(profile.get("name"))),
        emails=tuple(email for email in emails if email and "@" in email),
        nationalities=tuple(code for code in _strings(profile.get("nationalities")) if len(code) == 2),
        birth_date=_birth_date(profile.get("birth_date")),
        institutions=tuple(
            text
            for study in studies
            if isinstance(study, Mapping)
            for text in _strings(study.get("institution"))
        ),
    )


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _FOLDED:
        return _FOLDED[char]
    if char.isascii():
        return char.lower()
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """`text` for comparison: no accents, no case, typographic quotes and dashes made ASCII."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return "".join(_fold_char(char) for char in text)


@dataclass(frozen=True)
class _Folded:
    text: str
    origin: tuple[int, ...] | None  # folded offset -> offset in the original (None: the same offsets)

    @classmethod
    def of(cls, original: str) -> _Folded:
        folded = [_fold_char(char) for char in original] if not original.isascii() else None
        if folded is None or all(len(piece) == 1 for piece in folded):
            return cls(fold(original), None)
        origin = [index for index, piece in enumerate(folded) for _ in piece]
        return cls("".join(folded), (*origin, len(original)))

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None:
            return start, end
        return self.origin[start], self.origin[end - 1] + 1


@dataclass(frozen=True)
class _Needle:
    pattern: str  # over the folded text, or over the original when `exact`
    kind: Kind
    exact: bool = False  # matched as written (an acronym such as "ROK" or "KR")
    capital: bool = False  # matched only where the original starts with a capital ("An", not "an")
    spaced: bool = True  # a whole word (not in scripts that do not put spaces between words)


def _spaced(text: str) -> bool:
    """Whether the script separates words with spaces (Hangul, kana and CJK ideographs do not)."""
    return not any(
        unicodedata.name(char, "").startswith(("HANGUL", "CJK", "HIRAGANA", "KATAKANA")) for char in text
    )


def _pattern(value: str) -> str | None:
    words = _WORDS.findall(fold(value))
    return _JOINER.join(re.escape(word) for word in words) if words else None


def _needle(value: str, kind: Kind, *, shortest: int = 3) -> _Needle | None:
    """A value matched in any case and with or without accents; a short one only with its capital, an
    acronym only as written."""
    value = value.strip()
    letters = [char for char in value if char.isalnum()]
    if len(letters) < 2:
        return None
    if value.isupper() and len(letters) <= 4:
        return _Needle(re.escape(value), kind, exact=True)
    pattern = _pattern(value)
    if pattern is None:
        return None
    spaced = _spaced(value)
    return _Needle(pattern, kind, capital=len(letters) < shortest and spaced, spaced=spaced)


def _name_parts(names: Iterable[str]) -> Iterator[str]:
    for name in names:
        yield name
        for word in name.split():
            yield word
            yield from re.split(r"[\-'’]", word)


def _email_parts(emails: Iterable[str]) -> Iterator[str]:
    for email in emails:
        local, _, domain = email.partition("@")
        yield from (email, local, domain)
        yield from (part for part in re.split(r"[._+\-]", local) if len(part) >= 3)


@cache
def _country_names(code: str) -> frozenset[str]:
    names = set(names_of_country(code)) | {code}
    for locale in _LOCALES:
        named = Locale.parse(locale).territories.get(code)
        if named:
            names.add(str(named))
    return frozenset(names)


@cache
def _months() -> dict[str, int]:
    """Month names, full and abbreviated, in English and French, folded -> the month's number."""
    names = {"sept": 9}
    for locale in _LOCALES:
        months = Locale.parse(locale).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                names.update(
                    {fold(str(name)).rstrip("."): number for number, name in months[context][width].items()}
                )
    return names


@cache
def _dates() -> re.Pattern[str]:
    """Any date as people write it, over folded text: numbers in any order, a month's name, Korean."""
    sep = r"(?:\s*[-/.]\s*|\s+)"
    month = (
        "(?P<name>" + "|".join(re.escape(name) for name in sorted(_months(), key=len, reverse=True)) + r")\.?"
    )
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|e)?"
    year, month_, day_ = (fold(char) for char in "년월일")  # Hangul decomposes when folded, as the text does
    forms = [
        rf"(?<!\w)(?P<a>\d{{1,4}})(?P<sep>{sep})(?P<b>\d{{1,2}})(?P=sep)(?P<c>\d{{2,4}})(?!\w)",
        r"(?<!\w)(?P<compact>\d{8})(?!\w)",
        rf"(?<!\w){day}(?:\s+of)?\s+{month}\s*,?\s*(?P<year>\d{{4}})(?!\w)",
        rf"(?<!\w){month.replace('<name>', '<name2>')}\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"\s*,?\s*(?P<year2>\d{{4}})(?!\w)",
        rf"(?<!\d)(?P<ky>\d{{4}})\s*{year}\s*(?P<km>\d{{1,2}})\s*{month_}\s*(?P<kd>\d{{1,2}})\s*{day_}",
    ]
    return re.compile("|".join(forms))


def _readings(match: re.Match[str]) -> set[tuple[int, int, int]]:
    """The (year, month, day) a matched date may stand for (a two-digit year in any century)."""
    g = match.groupdict()
    if g["a"] is not None:
        a, b, c = int(g["a"]), int(g["b"]), int(g["c"])
        if len(g["a"]) == 4:
            return {(a, b, c)}
        return {(c, b, a), (c, a, b)}  # day first, or month first
    if g["compact"] is not None:
        digits = g["compact"]
        return {
            (int(digits[:4]), int(digits[4:6]), int(digits[6:])),
            (int(digits[4:]), int(digits[2:4]), int(digits[:2])),
        }
    if g["name"] is not None:
        return {(int(g["year"]), _months()[g["name"]], int(g["day"]))}
    if g["name2"] is not None:
        return {(int(g["year2"]), _months()[g["name2"]], int(g["day2"]))}
    return {(int(g["ky"]), int(g["km"]), int(g["kd"]))}


def _is_day(reading: tuple[int, int, int], day: date) -> bool:
    year, month, number = reading
    return (month, number) == (day.month, day.day) and year in (day.year, day.year % 100)


@cache
def _nationality(code: str) -> tuple[_Needle, ...]:
    return tuple(
        needle for name in _country_names(code) if (needle := _needle(name, "nationality")) is not None
    )


def _needles(identity: Identity) -> list[_Needle]:
    values: list[tuple[str, Kind]] = [
        *((part, "name") for part in _name_parts(identity.names)),
        *((part, "email") for part in _email_parts(identity.emails)),
        *((name, "institution") for name in identity.institutions),
    ]
    needles = [needle for value, kind in values if (needle := _needle(value, kind)) is not None]
    needles += [needle for code in identity.nationalities for needle in _nationality(code)]
    return needles


@lru_cache(maxsize=2048)
def _compiled(patterns: tuple[str, ...], spaced: bool) -> re.Pattern[str]:
    """One expression for several values, the longest first (so it wins where two start together), as
    whole words when `spaced`."""
    body = "|".join(sorted(patterns, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if spaced else body)


def _grouped(identity: Identity) -> list[tuple[Kind, bool, bool, re.Pattern[str]]]:
    """The needles as few expressions: (kind, exact, capital, expression)."""
    groups: dict[tuple[Kind, bool, bool, bool], set[str]] = {}
    for n in _needles(identity):
        groups.setdefault((n.kind, n.exact, n.capital, n.spaced), set()).add(n.pattern)
    return [(kind, exact, capital, _compiled(tuple(sorted(patterns)), spaced))
            for (kind, exact, capital, spaced), patterns in groups.items()]  # fmt: skip


def _birth_dates(folded: _Folded, born: date) -> Iterator[tuple[int, int, Kind]]:
    """Each writing of `born`; a date that is another day is looked into again from its next character,
    where a date may begin that it overlapped ("2019 01/01/2000")."""
    position = 0
    while (match := _dates().search(folded.text, position)) is not None:
        if any(_is_day(reading, born) for reading in _readings(match)):
            yield (*folded.span(match.start(), match.end()), "birth_date")
            position = match.end()
        else:
            position = match.start() + 1


def _found(text: str, folded: _Folded, identity: Identity) -> Iterator[tuple[int, int, Kind]]:
    yield from ((match.start(), match.end(), "email") for match in _EMAIL.finditer(text))
    for match in _PHONE.finditer(text):
        if 8 <= sum(char.isdigit() for char in match.group()) <= 15:
            yield match.start(), match.end(), "phone"
    if identity.birth_date is not None:
        yield from _birth_dates(folded, identity.birth_date)
    for kind, exact, capital, pattern in _grouped(identity):
        if exact:
            yield from ((match.start(), match.end(), kind) for match in pattern.finditer(text))
            continue
        for match in pattern.finditer(folded.text):
            start, end = folded.span(match.start(), match.end())
            if not capital or text[start].isupper():
                yield start, end, kind


def _with_initials(text: str, start: int, identity: Identity) -> int:
    """Where a name begins once the initials before it are counted ("J. Kim", "J.-W. Kim")."""
    initials = {fold(word)[:1] for name in identity.names for word in re.split(r"[\s\-'’]+", name) if word}
    while (match := _INITIAL.search(text, 0, start)) and fold(match.group(1)) in initials:
        start = match.start()
    return start


def _merged(text: str, spans: list[tuple[int, int, Kind]]) -> list[tuple[int, int, Kind]]:
    """Overlapping spans as one (of the kind of the longest), and the parts of one name as one."""
    merged: list[tuple[int, int, Kind]] = []
    for start, end, kind in sorted(spans, key=lambda span: (span[0], -span[1])):
        if merged:
            last_start, last_end, last_kind = merged[-1]
            name_gap = kind == last_kind == "name" and _NAME_GAP.fullmatch(
                text, last_end, max(start, last_end)
            )
            if start < last_end or name_gap:
                longer = kind if end - start > last_end - last_start else last_kind
                merged[-1] = (last_start, max(end, last_end), longer)
                continue
        merged.append((start, end, kind))
    return merged


def mask(letter: str, identity: Identity) -> MaskedText:
    """`letter` (NFC-normalised) with each identity value of `identity` cut out as a masked segment."""
    text = unicodedata.normalize("NFC", letter)
    if not text.strip():
        return MaskedText((Segment(text),) if text else ())
    folded = _Folded.of(text)
    spans = [
        (_with_initials(text, start, identity) if kind == "name" else start, end, kind)
        for start, end, kind in _found(text, folded, identity)
    ]
    segments: list[Segment] = []
    cursor = 0
    for start, end, kind in _merged(text, spans):
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment("", kind))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return MaskedText(tuple(segments))
