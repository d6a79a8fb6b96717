"""The admin's list of vacancies, searched and filtered from the query string: status, sponsor (picked
by country name) and words anywhere in the vacancy (title, reference, organization, duty station,
duties, skills; accents and case ignored). What is not understood is left out, never an error."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.datastructures import QueryParams

from jpo.contracts.text import forbidden_character
from jpo.vacancies.review import ManagedVacancy
from jpo.vacancies.search import matches_text

STATUSES = ("draft", "published", "closed")
TEXT_MAX = 200


@dataclass(frozen=True)
class ListFilter:
    status: str = ""
    sponsor: str = ""  # an ISO code among the listed vacancies' sponsors
    q: str = ""

    @property
    def active(self) -> bool:
        return bool(self.status or self.sponsor or self.q)


def list_filter(params: QueryParams) -> ListFilter:
    status = params.get("status", "")
    q = params.get("q", "")[: TEXT_MAX + 1]
    sponsor = params.get("sponsor", "")[:2].upper()
    text = "" if len(q) > TEXT_MAX or forbidden_character(q) else q.strip()
    return ListFilter(status=status if status in STATUSES else "", sponsor=sponsor, q=text)


def sponsors_of(items: list[ManagedVacancy]) -> list[str]:
    """The sponsors (ISO codes) of the listed vacancies, for the sponsor picker."""
    return sorted({item.row.sponsor_country for item in items if item.row.sponsor_country})


def filtered(items: list[ManagedVacancy], where: ListFilter) -> list[ManagedVacancy]:
    return [
        item
        for item in items
        if (not where.status or item.row.status == where.status)
        and (not where.sponsor or item.row.sponsor_country == where.sponsor)
        and (not where.q or matches_text(item.row.document, where.q))
    ]
