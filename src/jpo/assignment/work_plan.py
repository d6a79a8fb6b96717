"""The work plan's objectives: proposed from the vacancy's ToR (one per duty and per learning element, each
keeping the ToR sentence it came from, with default dates from the assignment's calendar), and an edited
list checked against the plan's limits before it is saved.

An objective is a dict (it is stored as JSON): `id` (short, stable across versions: "d1", "l2" for the
ToR's items, a random token for those added), `text`, `source` ({"field": "duties" | "learning_elements",
"sentence": the ToR's item verbatim}, or None for one added), `indicators` (the success indicators) and
`due_on` (an ISO date, or None)."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, Final, Literal, TypedDict

from jpo.assignment.calendar import final_due, midpoint_due
from jpo.contracts.text import forbidden_character

OBJECTIVES_MAX: Final = 30
TEXT_MAX: Final = 1000
INDICATORS_MAX: Final = 10
INDICATOR_MAX: Final = 300
ID_MAX: Final = 16

SourceField = Literal["duties", "learning_elements"]
ID_PREFIX: Final[dict[SourceField, str]] = {"duties": "d", "learning_elements": "l"}


class Source(TypedDict):
    """The ToR's item an objective came from: the section and the item verbatim."""

    field: SourceField
    sentence: str


class Objective(TypedDict):
    """One objective of a work plan (see the module's docstring)."""

    id: str
    text: str
    source: Source | None
    indicators: list[str]
    due_on: str | None


class WorkPlanRuleError(ValueError):
    """An edited list the plan's rules refuse; `field` names the input (`objectives`, `objectives.3.text`,
    `objectives.3.indicators`, `objectives.3.due_on`, `objectives.3.id`)."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


def new_id() -> str:
    """A random short id for an objective the parties add ("n" and six hex digits)."""
    return "n" + secrets.token_hex(3)


def default_due(field: SourceField, starts_on: date, ends_on: date) -> date:
    """A duty's objective is first reviewed at the first year's mid-point review; a learning element is to
    be gained by the first year's end. Neither later than the assignment's last day."""
    due = midpoint_due(starts_on, 1) if field == "duties" else final_due(starts_on, 1)
    return min(due, ends_on)


def _clip(text: str, limit: int) -> str:
    """`text` within `limit` characters, cut at a word where it can be, "…" marking the cut."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def propose(document: Mapping[str, Any], starts_on: date, ends_on: date) -> list[Objective]:
    """The objectives drafted from the ToR (`document`, a jpo.vacancy/1 dict): its duties, then its learning
    elements, blank items left out, at most OBJECTIVES_MAX in all."""
    proposed: list[Objective] = []
    for field in ("duties", "learning_elements"):
        items = [str(item).strip() for item in document.get(field) or [] if str(item or "").strip()]
        due = default_due(field, starts_on, ends_on).isoformat()
        for number, sentence in enumerate(items, start=1):
            source: Source = {"field": field, "sentence": sentence}
            text = _clip(" ".join(sentence.split()), TEXT_MAX)
            proposed.append(
                {
                    "id": f"{ID_PREFIX[field]}{number}",
                    "text": text,
                    "source": source,
                    "indicators": [],
                    "due_on": due,
                }
            )
    return proposed[:OBJECTIVES_MAX]


def _text(value: object, field: str, limit: int, *, required: bool) -> str:
    if value is not None and not isinstance(value, str):
        raise WorkPlanRuleError(f"{field}: text expected", field=field)
    text = (value or "").strip()
    if required and not text:
        raise WorkPlanRuleError(f"{field}: required", field=field)
    if len(text) > limit:
        raise WorkPlanRuleError(f"{field}: at most {limit} characters", field=field)
    found = forbidden_character(text)
    if found is not None:
        raise WorkPlanRuleError(f"{field}: holds the control character U+{ord(found):04X}", field=field)
    return text


def _due(value: object, field: str, starts_on: date, ends_on: date) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError as error:
            raise WorkPlanRuleError(f"{field}: a date (YYYY-MM-DD) expected", field=field) from error
    if not starts_on <= day <= ends_on:
        raise WorkPlanRuleError(
            f"{field}: within the assignment, {starts_on.isoformat()} to {ends_on.isoformat()}", field=field
        )
    return day.isoformat()


def validated(
    edited: Sequence[Mapping[str, Any]],
    previous: Sequence[Objective],
    starts_on: date,
    ends_on: date,
    *,
    make_id: Callable[[], str] = new_id,
) -> list[Objective]:
    """The edited objectives as they are saved, or a WorkPlanRuleError for the first input refused.

    Each entry gives `text`, `indicators` (blank ones are dropped), `due_on` and, for one kept from the
    version edited (`previous`), its `id`: it keeps its id and its ToR source (the parties cannot give or
    change a source). An entry without an id, or with one the version edited does not hold, is added: it
    gets a new id and no source. At least one objective, at most OBJECTIVES_MAX; ids given once each."""
    if not edited:
        raise WorkPlanRuleError("objectives: at least one", field="objectives")
    if len(edited) > OBJECTIVES_MAX:
        raise WorkPlanRuleError(f"objectives: at most {OBJECTIVES_MAX}", field="objectives")
    before = {objective["id"]: objective for objective in previous}
    taken: set[str] = set()
    result: list[Objective] = []
    for index, entry in enumerate(edited):
        at = f"objectives.{index}"
        given = _text(entry.get("id"), f"{at}.id", ID_MAX, required=False)
        if given and given in taken:
            raise WorkPlanRuleError(f"{at}.id: {given} is given twice", field=f"{at}.id")
        text = _text(entry.get("text"), f"{at}.text", TEXT_MAX, required=True)
        raw = entry.get("indicators") or []
        if isinstance(raw, str) or not isinstance(raw, Sequence):
            raise WorkPlanRuleError(f"{at}.indicators: a list expected", field=f"{at}.indicators")
        indicators = [_text(item, f"{at}.indicators", INDICATOR_MAX, required=False) for item in raw]
        indicators = [item for item in indicators if item]
        if len(indicators) > INDICATORS_MAX:
            raise WorkPlanRuleError(f"{at}.indicators: at most {INDICATORS_MAX}", field=f"{at}.indicators")
        due = _due(entry.get("due_on"), f"{at}.due_on", starts_on, ends_on)
        kept = before.get(given) if given else None
        if kept is not None:
            identity, source = kept["id"], kept["source"]
        else:
            identity, source = make_id(), None
            while identity in before or identity in taken:
                identity = make_id()
        taken.add(identity)
        result.append(
            {"id": identity, "text": text, "source": source, "indicators": indicators, "due_on": due}
        )
    return result


def same_content(one: Sequence[Objective], other: Sequence[Objective]) -> bool:
    """Whether two lists say the same (text, source, indicators, date, in order), added ids aside: a save
    repeated (a double submit) changes nothing."""

    def content(objectives: Sequence[Objective]) -> list[tuple[object, ...]]:
        return [(o["text"], o["source"], o["indicators"], o["due_on"]) for o in objectives]

    return content(one) == content(other)
