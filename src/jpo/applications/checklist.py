"""Pure: the documents a vacancy asks of its candidates. A checklist is proposed from the ToR's
`required_documents` (the ToR's own words kept as each item's label), confirmed or edited by the admin,
and judged against a candidate's profile and what they sent: which items apply to them and which are
still missing.

A condition is one of a small closed set that the profile can decide (`CONDITIONS`); a ToR's condition
that is none of them is never guessed: the item is proposed `required` and keeps the ToR's words in
`unchecked_condition`, for the admin to decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Final, Literal

from annotated_types import MaxLen
from pydantic import BaseModel, ConfigDict, Field, model_validator

from jpo.contracts.profile import Profile
from jpo.contracts.text import NO_CONTROLS, Name

Kind = Literal[
    "cv", "motivation_letter", "application_form", "degree", "test_certificate", "identity",
    "military_record", "reference", "other",
]  # fmt: skip
KINDS: Final[tuple[str, ...]] = Kind.__args__  # type: ignore[attr-defined]
Rule = Literal["required", "optional", "required_when"]
Condition = Literal["male", "completed_military_service", "holds_language_test"]
CONDITIONS: Final[tuple[str, ...]] = Condition.__args__  # type: ignore[attr-defined]
MAX_ITEMS: Final = 30
LABEL: Final = 1_000  # a ToR's item, which may state minimum scores and where to send it

Label = Annotated[str, MaxLen(LABEL), NO_CONTROLS, Field(min_length=1)]
Key = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]


class ChecklistItem(BaseModel):
    """One document: `rule` says whether it is required of everyone, optional, or required when every
    condition of `when` holds for the candidate."""

    model_config = ConfigDict(extra="forbid")

    key: Key
    label: Label
    kind: Kind = "other"
    rule: Rule = "required"
    when: Annotated[list[Condition], MaxLen(len(CONDITIONS))] = Field(default_factory=list)
    unchecked_condition: Annotated[Name, Field(min_length=1)] | None = None  # the ToR's words, to decide

    @model_validator(mode="after")
    def _conditions_with_their_rule(self) -> ChecklistItem:
        if self.rule == "required_when" and not self.when:
            raise ValueError("a document required when a condition holds needs at least one condition")
        if self.rule != "required_when":
            self.when = []
        return self


class Checklist(BaseModel):
    """What a complete application holds: `motivation_letter` (typed in or sent as a file) and the
    documents of `items`."""

    model_config = ConfigDict(extra="forbid")

    motivation_letter: Literal["required", "optional"] = "optional"
    items: Annotated[list[ChecklistItem], MaxLen(MAX_ITEMS)] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_keys(self) -> Checklist:
        keys = [item.key for item in self.items]
        if len(set(keys)) != len(keys):
            raise ValueError("each item needs its own key")
        return self

    def needs_decision(self) -> list[ChecklistItem]:
        """Items whose ToR condition jpo cannot check (still as proposed: the admin decides)."""
        return [item for item in self.items if item.unchecked_condition]


# --- proposing a checklist from the ToR ----------------------------------------------------------------

_LETTER = re.compile(
    r"\b(?:motivation(?:al)? letter|letter of motivation|cover(?:ing)? letter|lettre de motivation|"
    r"statement of (?:interest|motivation))\b", re.IGNORECASE,
)  # fmt: skip
_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("military_record", re.compile(r"military service|service militaire|military record", re.I)),
    ("test_certificate", re.compile(
        r"\b(?:toefl|ielts|teps|toeic|delf|dalf|tcf|jlpt)\b|language (?:proficiency|test)|test scores?\b"
        r"|score report|proficiency test|test de langue", re.I)),
    ("application_form", re.compile(
        r"personal history|\bP\.? ?11\b|\bPHP\b|application form|formulaire de candidature"
        r"|formulaire de demande", re.I)),
    ("cv", re.compile(r"\bcv\b|curriculum vitae|\br[ée]sum[ée]\b", re.I)),
    ("degree", re.compile(
        r"degree|diploma|dipl[oô]me|transcript|certificat de scolarit|relev[ée] de notes", re.I)),
    ("identity", re.compile(
        r"passport|passeport|resident regist|identity card|id card|carte (?:nationale )?d.identit"
        r"|nationality|nationalit[ée]", re.I)),
    ("reference", re.compile(r"reference|recommendation|r[ée]f[ée]rences?|recommandation", re.I)),
]  # fmt: skip
# "Only for male applicants who ...: <document>", "<document> (male applicants who have served only)",
# "<document>, if applicable", "Uniquement pour ...:"
_ONLY_FOR = re.compile(
    r"^\s*(?:only\s+for|uniquement\s+pour|seulement\s+pour|pour\s+les)\s+([^:]{3,200}):\s*", re.I
)
_ONLY_TAIL = re.compile(r"\(([^()]{3,200}?)\s+only\)|\(only\s+([^()]{3,200})\)", re.I)
_IF_APPLICABLE = re.compile(r"\bif applicable\b|\ble cas échéant\b|\bs.il y a lieu\b", re.I)
_MALE = re.compile(r"\bmale\b|\bmen\b|\bhommes?\b|\bmasculin", re.I)
_SERVED = re.compile(r"military service|\bserved\b|service militaire|\bveterans?\b", re.I)
_TESTED = re.compile(r"(?:who (?:have|hold)|holders? of|with) (?:a |an )?(?:language )?test", re.I)


def _condition(text: str) -> tuple[str | None, str]:
    """The ToR's condition on an item ("male applicants who ...") and the item's text without it."""
    found = _ONLY_FOR.match(text)
    if found:
        return found.group(1).strip(), text[found.end() :].strip()
    found = _ONLY_TAIL.search(text)
    if found:
        return (found.group(1) or found.group(2)).strip(), (
            text[: found.start()] + text[found.end() :]
        ).strip()
    found = _IF_APPLICABLE.search(text)
    if found:
        return found.group(0), text
    return None, text


def _conditions(words: str) -> list[Condition]:
    """The conditions of the closed set these words state; [] when they state none of them."""
    found: list[Condition] = []
    if _MALE.search(words):
        found.append("male")
    if _SERVED.search(words):
        found.append("completed_military_service")
    if _TESTED.search(words):
        found.append("holds_language_test")
    return found


def _kind(text: str) -> str:
    return next((kind for kind, pattern in _KINDS if pattern.search(text)), "other")


def _key(kind: str, taken: set[str]) -> str:
    key, number = kind.replace("_", "-"), 2
    while key in taken:
        key, number = f"{kind.replace('_', '-')}-{number}", number + 1
    taken.add(key)
    return key


def propose(required_documents: Iterable[str]) -> Checklist:
    """A checklist from the ToR's list: a motivation letter named anywhere makes the letter required
    (an item that is only the letter is not a document of its own); each other item keeps the ToR's words
    as its label, its kind when recognisable, and its condition when the profile can decide it."""
    letter = False
    items: list[ChecklistItem] = []
    taken: set[str] = set()
    for text in (t.strip() for t in required_documents):
        if not text or len(items) >= MAX_ITEMS:
            continue
        condition, document = _condition(text)
        if _LETTER.search(document):
            letter = letter or condition is None
            rest = _LETTER.sub("", document)
            if _kind(rest) == "other":
                continue  # the letter itself: asked for by `motivation_letter`
        kind = _kind(document if not _LETTER.search(document) else _LETTER.sub("", document))
        when = _conditions(condition) if condition else []
        unchecked = condition[:200] if condition and not when else None
        rule: Rule = "required_when" if when else "required"
        items.append(ChecklistItem(key=_key(kind, taken), label=text[:LABEL], kind=kind,  # type: ignore[arg-type]
                                   rule=rule, when=when, unchecked_condition=unchecked))  # fmt: skip
    return Checklist(motivation_letter="required" if letter else "optional", items=items)


# --- judging an application against it -------------------------------------------------------------


def holds(condition: str, profile: Profile) -> bool:
    """Whether `condition` holds for the candidate, as their profile says (unsaid: it does not)."""
    if condition == "male":
        return profile.sex == "male"
    if condition == "completed_military_service":
        service = profile.military_service
        return service is not None and not service.exempt and bool(service.months)
    if condition == "holds_language_test":
        return bool(profile.language_tests)
    return False


def applies(item: ChecklistItem, profile: Profile) -> bool:
    """Whether the item is required of this candidate."""
    if item.rule == "required":
        return True
    return item.rule == "required_when" and all(holds(c, profile) for c in item.when)


@dataclass(frozen=True)
class Held:
    """A document already sent: its kind and the item it was sent for (None: sent by kind only)."""

    kind: str
    item: str | None


def answers(item: ChecklistItem, held: Iterable[Held]) -> bool:
    """Whether a document answers the item: one sent for it, or one of its kind sent without an item
    (an API client that only names kinds), unless the kind is the catch-all `other`."""
    return any(h.item == item.key or (h.item is None and item.kind != "other" and h.kind == item.kind)
               for h in held)  # fmt: skip


@dataclass(frozen=True)
class Missing:
    """What a submission lacks: the item's key, its label (the ToR's words) and kind."""

    key: str
    label: str
    kind: str

    def as_json(self) -> dict[str, str]:
        return {"key": self.key, "label": self.label, "kind": self.kind}


LETTER_KEY: Final = "motivation-letter"
_LETTER_LABEL: Final = "Motivation letter"


def missing(
    checklist: Checklist, profile: Profile, *, motivation: str, held: Iterable[Held]
) -> list[Missing]:
    """The required letter and documents the candidate has not given, in the checklist's order."""
    held = list(held)
    lacking: list[Missing] = []
    has_letter = bool(motivation.strip()) or any(h.kind == "motivation_letter" for h in held)
    if checklist.motivation_letter == "required" and not has_letter:
        lacking.append(Missing(LETTER_KEY, _LETTER_LABEL, "motivation_letter"))
    for item in checklist.items:
        if applies(item, profile) and not answers(item, held):
            lacking.append(Missing(item.key, item.label, item.kind))
    return lacking


def kind_of(checklist: Checklist, key: str | None, fallback: str) -> str:
    """The kind a document sent for item `key` is stored as (the item's), else `fallback`."""
    item = next((i for i in checklist.items if i.key == key), None)
    return item.kind if item is not None else fallback


def checklist_of(stored: dict[str, object] | None, vacancy_document: dict[str, object]) -> Checklist:
    """A vacancy's checklist: the one confirmed (`stored`), else the proposal from its ToR."""
    if stored is not None:
        return Checklist.model_validate(stored)
    documents = vacancy_document.get("required_documents")
    return propose(documents if isinstance(documents, list) else [])
