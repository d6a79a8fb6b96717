"""Reasons as message parts: each criterion says why in English templates with named, typed values,
which `spell` writes in English for `reason` and in any language for a reader given its `Wording`.

Criteria build light, hashable tuples (`say`, `number`, `any_of`, ...: cheap for every candidate
screened); `phrase` turns them into the contract's `ReasonPhrase` once per distinct result. Every
template is written `say(N_("..."), ...)`: the marker lets the tests find each template and require
its translation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache, lru_cache
from typing import Final, NamedTuple, Protocol, TypeAlias

from jpo.contracts.eligibility import Joiner, ReasonList, ReasonPhrase, ReasonScalar, ReasonValue, ScalarKind
from jpo.geo.countries import country_name as _country_name
from jpo.geo.languages import language_name

_PLACEHOLDER: Final = re.compile(r"\{(\w+)\}")
_ZONE: Final = re.compile(r"\[[^\]]*\]$")


def N_(template: str) -> str:  # noqa: N802 - gettext's name for "translated later, where it is shown"
    """Marks an English reason template; the catalogue tests find every one by this name."""
    return template


class Scalar(NamedTuple):
    kind: ScalarKind
    value: int | float | str


class Listed(NamedTuple):
    items: tuple[Part | int | float, ...]
    joiner: Joiner


class Said(NamedTuple):
    """A template (marked with `N_`) and its values by placeholder name; a bare number is a `number`."""

    template: str
    values: tuple[tuple[str, Part | int | float], ...]


Part: TypeAlias = Scalar | Listed | Said

# Reasons are built for every candidate screened, so the parts are made the quickest way: by
# tuple.__new__ (not the NamedTuples' Python constructors), and each distinct one once.


def say(template: str, **values: Part | int | float) -> Said:
    """`template` filled with `values` (checked and converted once per distinct result, by `phrase`)."""
    return _said(template, **values)


@lru_cache(maxsize=4096)
def _said(template: str, **values: Part | int | float) -> Said:
    return tuple.__new__(Said, (template, tuple(values.items())))


@lru_cache(maxsize=1024)
def _scalar(kind: ScalarKind, value: int | float | str) -> Scalar:
    return tuple.__new__(Scalar, (kind, value))


def number(value: float) -> Scalar:
    return _scalar("number", value)


def years(value: float) -> Scalar:
    """A duration in years, to a tenth of a year."""
    return _scalar("years", round(value, 1))


@lru_cache(maxsize=1024)
def day(value: date | None) -> Scalar:
    return _scalar("date", value.isoformat() if value else "")


def moment(local: str, zone: str | None = None) -> Scalar:
    """A local date and time as the vacancy writes it (ISO 8601), with its IANA zone appended as RFC 9557
    does ("2024-08-09T23:59:00+09:00[Asia/Seoul]") so that a reader's page can name the clock."""
    return _scalar("moment", f"{local}[{zone}]" if zone else local)


def text(value: str) -> Scalar:
    """Written as it is in every language: a test's name, a year, a time zone."""
    return _scalar("text", value)


def score(value: float | str) -> Scalar:
    """A test score or threshold: a number, or a level such as "B2"."""
    return _scalar("text", value) if isinstance(value, str) else _scalar("number", value)


def language(code: str) -> Scalar:
    return _scalar("language", code)


def country(code: str) -> Scalar:
    return _scalar("country", code)


def joined(items: Iterable[Part | int | float], joiner: Joiner) -> Listed:
    return tuple.__new__(Listed, (tuple(items), joiner))


def any_of(items: Iterable[Part | int | float]) -> Listed:
    return tuple.__new__(Listed, (tuple(items), "or"))


def phrase(said: Said) -> ReasonPhrase:
    """The contract's form of `said` (built once per distinct result: see `criteria.common.result`)."""
    return ReasonPhrase(template=said.template, values={name: _value(part) for name, part in said.values})


def _value(part: Part | int | float) -> ReasonValue:
    if isinstance(part, Said):
        return phrase(part)
    if isinstance(part, Listed):
        return ReasonList(items=[_value(item) for item in part.items], joiner=part.joiner)
    if isinstance(part, Scalar):
        return ReasonScalar(kind=part.kind, value=part.value)
    return ReasonScalar(kind="number", value=part)


class Wording(Protocol):
    """How one language writes reasons: its templates, values and lists."""

    def template(self, english: str) -> str: ...

    def scalar(self, kind: ScalarKind, value: int | float | str) -> str: ...

    def join(self, items: list[str], joiner: Joiner) -> str: ...


def spell(parts: Sequence[ReasonPhrase], wording: Wording) -> str:
    """The sentences of a reason written by `wording`, one after the other; KeyError when a
    template names a value it was not given."""
    return " ".join(_spell(part, wording) for part in parts)


def _spell(value: ReasonValue, wording: Wording) -> str:
    if isinstance(value, ReasonPhrase):
        filled = {name: _spell(part, wording) for name, part in value.values.items()}
        # Only `{name}` is replaced: str.format would also read the attributes and items of values.
        return _PLACEHOLDER.sub(lambda found: filled[found.group(1)], wording.template(value.template))
    if isinstance(value, ReasonList):
        return wording.join([_spell(item, wording) for item in value.items], value.joiner)
    return wording.scalar(value.kind, value.value)


@cache
def _country(code: str) -> str:
    try:
        return _country_name(code)
    except KeyError:
        return code


_ENGLISH_JOINERS: Final = {"or": " or ", "and": ", ", "all": "; ", "clauses": "; "}


class English:
    """Reasons as the `reason` field writes them: numbers as Python does, dates in ISO 8601."""

    def template(self, english: str) -> str:
        return english

    def scalar(self, kind: ScalarKind, value: int | float | str) -> str:
        if kind == "number" and not isinstance(value, str):
            return f"{value:g}"
        if kind == "years" and not isinstance(value, str):
            return f"{value:g} year" if value == 1 else f"{value:g} years"
        if kind == "language":
            return language_name(str(value))
        if kind == "country":
            return _country(str(value))
        if kind == "moment":  # as the vacancy writes it, without the zone the reason names anyway
            return _ZONE.sub("", str(value))
        return str(value)  # text, and dates as written

    def join(self, items: list[str], joiner: Joiner) -> str:
        return _ENGLISH_JOINERS[joiner].join(items)


ENGLISH: Final = English()


def english(parts: Sequence[ReasonPhrase]) -> str:
    """`parts` as the `reason` of jpo.eligibility/1 writes them."""
    return spell(parts, ENGLISH)
