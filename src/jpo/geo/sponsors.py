"""Donor programmes named by their office rather than their country ("BFIO", "Nuffic", "KOICA",
"Sida"), from `data/sponsor_offices.csv` (the offices' own published names)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from jpo.geo._matcher import NameMatcher
from jpo.geo._text import read_csv, split_list


def _names() -> Iterator[tuple[str, str, bool]]:
    for row in read_csv("sponsor_offices.csv"):
        for name in split_list(row["names"]):
            yield name, row["code"], False


@cache
def _matcher() -> NameMatcher[str]:
    return NameMatcher(_names(), strict_acronyms=True)


def find_sponsor_offices(text: str) -> list[tuple[str, int, int]]:
    """`(alpha2, start, end)` for every donor programme office named in `text`, in text order."""
    return list(_matcher().finditer(text))
