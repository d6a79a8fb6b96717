"""UN system entities that host JPOs, found by acronym or full English or French name."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from jpo.geo._matcher import NameMatcher
from jpo.geo._text import key, read_csv, split_list

# All-capital headings in which "WHO" is the pronoun, not the World Health Organization.
_NOT_ORGANIZATIONS = (
    "WHO WE ARE",
    "WHO CAN APPLY",
    "WHO SHOULD APPLY",
    "WHO MAY APPLY",
    "WHO IS ELIGIBLE",
    "WHO ARE WE",
)


@dataclass(frozen=True, slots=True)
class Organization:
    """A UN system entity: its usual acronym and its English and French names."""

    acronym: str
    name_en: str
    name_fr: str


@cache
def organizations() -> tuple[Organization, ...]:
    """Return every known organization, in the order of the shipped list."""
    return tuple(
        Organization(row["acronym"], row["name_en"], row["name_fr"]) for row in read_csv("organizations.csv")
    )


def _any_case(name: str) -> bool:
    """Multi-word names match in any case; acronyms and single words keep their capitals."""
    return any(c.islower() for c in name) and " " in key(name)


def _names() -> Iterator[tuple[str, Organization | None, bool]]:
    for phrase in _NOT_ORGANIZATIONS:
        yield phrase, None, False
    aliases = (split_list(row["aliases"]) for row in read_csv("organizations.csv"))
    for org, others in zip(organizations(), aliases, strict=True):
        yield org.acronym, org, False
        for name in (org.name_en, org.name_fr, *others):
            yield name, org, _any_case(name)


@cache
def _matcher() -> NameMatcher[Organization]:
    return NameMatcher(_names())


def find_organizations(text: str) -> list[tuple[Organization, int, int]]:
    """Return `(organization, start, end)` for every mention in `text`, in text order.

    Acronyms match as whole words and keep their capitals ("UNDP", not "undp"); full names and
    aliases match in any case. Mentions never overlap; the longest wins at a position.
    """
    return list(_matcher().finditer(text))


def organization(acronym_or_name: str) -> Organization | None:
    """Return the organization with this acronym, name or alias (case-insensitive), or None."""
    found = _matcher().lookup(acronym_or_name)
    return found[0] if found else None
