"""The reviewer's table of a vacancy's applications: its query string read into a `TableQuery` (a bad
value is a friendly message, never a raw validation error), the links that keep the filters while
sorting or paging, and what a bulk decision sent, shown again when it is refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from starlette.datastructures import QueryParams

from jpo.applications.review import ELIGIBILITY, PER_PAGE, SORTS, TableQuery
from jpo.applications.states import TRANSITIONS
from jpo.contracts.text import forbidden_character
from jpo.web.i18n import N_

FILTERS = ("status", "eligibility", "min", "max", "q")
TEXT_MAX = 200
# The moves the reviewer's table makes; the later ones are made by the assessment, the panel, the host
# agency and the donor programme on their own pages.
STAFF_TARGETS = tuple(status for status in TRANSITIONS
                      if any(moves.get(status) == "staff" for moves in TRANSITIONS.values()))  # fmt: skip


@dataclass
class BulkForm:
    """A bulk decision as sent, shown again when refused: the selection, the target, the reason."""

    selected: set[int] = field(default_factory=set)
    to: str = ""
    reason: str = ""
    errors: dict[str, str] = field(default_factory=dict)
    refused: str | None = None  # the service's message (English) when a move is not allowed


@dataclass(frozen=True)
class ParsedQuery:
    query: TableQuery
    values: dict[str, str]  # the filters, sort and page as given (valid ones only), to build links
    errors: dict[str, str]  # field -> message id


def _score(raw: str, name: str, errors: dict[str, str]) -> int | None:
    if not raw.strip():
        return None
    if raw.strip().isdigit() and 0 <= int(raw) <= 100:
        return int(raw)
    errors[name] = N_("Give a whole number from 0 to 100.")
    return None


def parse_query(params: QueryParams) -> ParsedQuery:
    """The table's filters, sort and page from the query string; what is not understood is left out
    (with a message for the score range and the text, which the reader typed)."""
    get = {key: params.get(key, "")[: TEXT_MAX + 1] for key in (*FILTERS, "sort", "order", "page")}
    errors: dict[str, str] = {}
    status = get["status"] if get["status"] in TRANSITIONS else None
    eligibility = get["eligibility"] if get["eligibility"] in ELIGIBILITY else None
    low, high = _score(get["min"], "min", errors), _score(get["max"], "max", errors)
    text = get["q"]
    if len(text) > TEXT_MAX or forbidden_character(text):
        errors["q"] = N_("Use at most 200 characters, without control characters.")
        text = ""
    sort = get["sort"] if get["sort"] in SORTS else "rank"
    page = int(get["page"]) if get["page"].isdigit() and 0 < int(get["page"]) < 100_000 else 1
    values = {"status": status or "", "eligibility": eligibility or "",
              "min": "" if low is None else str(low), "max": "" if high is None else str(high), "q": text,
              "sort": sort, "order": "desc" if get["order"] == "desc" else "asc"}  # fmt: skip
    query = TableQuery(status=status, eligibility=eligibility, min_score=low, max_score=high, text=text,
                       sort=sort, descending=values["order"] == "desc", page=page,
                       per_page=PER_PAGE)  # fmt: skip
    return ParsedQuery(query, values, errors)


def table_link(path: str, values: dict[str, str], locale: str, **changes: str | int) -> str:
    """`path` with the table's current filters and sort, `changes` applied, empty values left out."""
    merged = {**values, **{key: str(value) for key, value in changes.items()}}
    if merged.get("sort") == "rank" and merged.get("order") == "asc":
        merged.pop("sort"), merged.pop("order")
    if merged.get("page") == "1":
        merged.pop("page")
    merged["lang"] = locale
    return f"{path}?{urlencode({key: value for key, value in merged.items() if value})}"


def sort_link(path: str, values: dict[str, str], locale: str, column: str) -> str:
    """The link a column's heading gives: sort by it (ascending first, descending when it already is),
    back to the first page."""
    order = "desc" if values.get("sort") == column and values.get("order") == "asc" else "asc"
    if column == "score" and values.get("sort") != "score":
        order = "desc"  # best first is what a reviewer wants first
    return table_link(path, values, locale, sort=column, order=order, page=1)
