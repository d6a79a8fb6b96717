"""An interview kit, pure: per competency its behavioural indicators and one to three behavioural
questions, plus technical questions from the ToR's requirements; proposed from a vacancy's document
and the shipped question bank (`questions.yaml`, English and French), and checked when edited."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from jpo.contracts.text import forbidden_character

COMPETENCIES_MAX = 15
INDICATORS_MAX = 12
QUESTIONS_MIN, QUESTIONS_MAX = 1, 3
TECHNICAL_MAX = 10
NAME_MAX = 200  # a competency's name
ITEM_MAX = 600  # one indicator or question
PROPOSED_INDICATORS = 6  # a ToR listing more: the first six, the panel can add the others
PROPOSED_TECHNICAL = 5


class KitError(ValueError):
    """An edited kit that is not valid: `field` names the place, as `competencies.2.questions`."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


@dataclass(frozen=True)
class KitCompetency:
    name: str
    indicators: tuple[str, ...]
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Kit:
    language: str
    competencies: tuple[KitCompetency, ...]
    technical: tuple[str, ...]

    def indicators(self) -> dict[str, tuple[str, ...]]:
        """Competency name -> its indicators: what each member rates."""
        return {competency.name: competency.indicators for competency in self.competencies}

    def as_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "competencies": [
                {"name": c.name, "indicators": list(c.indicators), "questions": list(c.questions)}
                for c in self.competencies
            ],
            "technical": list(self.technical),
        }


@cache
def bank() -> dict[str, Any]:
    """The shipped question bank."""
    text = resources.files("jpo.recruitment").joinpath("questions.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


def _key(name: str) -> str:
    """A competency's name folded for matching: no accents, case or punctuation; & as "and"."""
    folded = unicodedata.normalize("NFKD", name.replace("&", " and ")).encode("ascii", "ignore").decode()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded.lower()).split())


def bank_entry(name: str) -> dict[str, Any] | None:
    """The bank's competency called `name` (in English or French, as a ToR writes it), if any."""
    wanted = _key(name)
    entries: list[dict[str, Any]] = bank()["competencies"]
    for entry in entries:
        names = [*entry["names"].values(), *entry.get("aliases", []), entry["key"].replace("_", " ")]
        if wanted in {_key(candidate) for candidate in names}:
            return entry
    return None


def _competency(name: str, tor_indicators: Sequence[str], language: str) -> KitCompetency:
    entry = bank_entry(name)
    if entry is None:
        questions = tuple(bank()["generic"][language])
        return KitCompetency(name.strip()[:NAME_MAX], tuple(tor_indicators[:PROPOSED_INDICATORS]), questions)
    indicators = tuple(tor_indicators[:PROPOSED_INDICATORS]) or tuple(entry["indicators"][language])
    questions = tuple(entry["questions"][language][:QUESTIONS_MAX])
    return KitCompetency(entry["names"][language], indicators, questions)


def _technical(document: Mapping[str, Any], language: str) -> tuple[str, ...]:
    templates = bank()["technical"]
    skills = [str(s) for s in document.get("skills") or []]
    duties = [str(d) for d in document.get("duties") or []]
    fields = [str(f) for f in (document.get("experience") or {}).get("fields") or []]
    items = (
        [("duty", d) for d in duties[:2]]
        + [("skill", s) for s in skills[:2]]
        + [("field", f) for f in fields[:1]]
    )
    questions = []
    for kind, item in items[:PROPOSED_TECHNICAL]:
        item = " ".join(item.split()).rstrip(".")
        if len(item) > 300:
            item = item[:297].rsplit(" ", 1)[0] + "…"
        questions.append(templates[kind][language].format(item=item))
    return tuple(questions)


def propose(document: Mapping[str, Any], language: str) -> Kit:
    """The kit proposed for a vacancy's document (`jpo.vacancy/1`) in `language` (en | fr): the ToR's
    competencies with their indicators (the bank's defaults for one the ToR lists none for), the bank's
    questions, and technical questions from the duties, skills and fields of experience."""
    indicators_of: Mapping[str, Sequence[str]] = document.get("competency_indicators") or {}
    names = [str(name) for name in document.get("competencies") or []]
    seen: set[str] = set()
    competencies = []
    for name in names[:COMPETENCIES_MAX]:
        competency = _competency(name, [str(i) for i in indicators_of.get(name) or []], language)
        if _key(competency.name) not in seen and competency.indicators:
            seen.add(_key(competency.name))
            competencies.append(competency)
    if not competencies:  # a ToR naming no competency: the UN core three
        for name in ("Professionalism", "Communication", "Teamwork"):
            competencies.append(_competency(name, [], language))
    return Kit(language, tuple(competencies), _technical(document, language))


def _text(value: object, field: str, limit: int) -> str:
    if not isinstance(value, str):
        raise KitError("must be text", field=field)
    text = " ".join(value.split())
    if not text:
        raise KitError("required", field=field)
    if len(text) > limit:
        raise KitError(f"at most {limit} characters", field=field)
    if forbidden_character(value.replace("\n", " ").replace("\t", " ")) is not None:
        raise KitError("holds a control character", field=field)
    return text


def _texts(values: object, field: str, low: int, high: int) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise KitError("must be a list", field=field)
    texts = tuple(_text(value, f"{field}.{i}", ITEM_MAX) for i, value in enumerate(values))
    if not low <= len(texts) <= high:
        raise KitError(f"{low} to {high} entries", field=field)
    if len(set(texts)) != len(texts):
        raise KitError("an entry is there twice", field=field)
    return texts


def checked(language: str, competencies: object, technical: object) -> Kit:
    """The kit as edited, or KitError naming the first wrong place."""
    if not isinstance(competencies, list) or not 1 <= len(competencies) <= COMPETENCIES_MAX:
        raise KitError(f"1 to {COMPETENCIES_MAX} competencies", field="competencies")
    found = []
    for i, entry in enumerate(competencies):
        if not isinstance(entry, Mapping):
            raise KitError("must be an object", field=f"competencies.{i}")
        found.append(
            KitCompetency(
                _text(entry.get("name"), f"competencies.{i}.name", NAME_MAX),
                _texts(entry.get("indicators"), f"competencies.{i}.indicators", 1, INDICATORS_MAX),
                _texts(entry.get("questions"), f"competencies.{i}.questions", QUESTIONS_MIN, QUESTIONS_MAX),
            )
        )
    if len({_key(c.name) for c in found}) != len(found):
        raise KitError("a competency is there twice", field="competencies")
    return Kit(language, tuple(found), _texts(technical, "technical", 0, TECHNICAL_MAX))


def from_json(data: Mapping[str, Any]) -> Kit:
    """A stored kit (`Kit.as_json`), trusted."""
    return Kit(
        str(data.get("language", "en")),
        tuple(
            KitCompetency(c["name"], tuple(c["indicators"]), tuple(c["questions"]))
            for c in data.get("competencies", [])
        ),
        tuple(data.get("technical", [])),
    )
