"""The `jpo.rulepack/1` document: one donor programme's eligibility rules, dated and sourced."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from jpo.contracts.vacancy import DegreeExperience, LanguageTest, MilitaryExtension

RULEPACK_SCHEMA = "jpo.rulepack/1"

CriterionId = Literal[
    "nationality",
    "age",
    "degree",
    "experience",
    "language",
    "language_test",
    "military_service",
    "application_limit",
    "former_jpo",
    "deadline",
]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(Strict):
    """Where a clause comes from: a published document a person can open."""

    title: str
    url: str
    date: date  # when the source was published or last checked


class AgeRule(Strict):
    """`max_age` in whole years on a reference date: the evaluation date (when the programme names
    none), the application deadline, 31 December or 1 January of the application year, or a fixed day."""

    max_age: int
    reference: Literal["evaluation", "deadline", "december_31", "january_1", "fixed"] = "evaluation"
    reference_date: date | None = None  # with reference "fixed"
    born_on_or_after: date | None = None


class Rules(Strict):
    """The rules of one programme in force over a period; absent means the pack does not say."""

    nationalities: list[str] | None = None
    age: AgeRule | None = None
    military_service_extension: list[MilitaryExtension] | None = None
    military_service_required: bool | None = None  # men must have completed service or be exempt
    degree_experience: list[DegreeExperience] | None = None
    experience_after_first_degree: bool | None = None
    language_tests: list[LanguageTest] | None = None
    test_validity_months: int | None = None
    max_applications_per_year: int | None = None
    excludes_former_jpo: bool | None = None


class Clause(Strict):
    """Rules in force from `effective_from` (inclusive) until `effective_until` (exclusive)."""

    effective_from: date
    effective_until: date | None = None
    rules: Rules
    sources: dict[str, str] = Field(
        default_factory=dict, description="rule field -> key of `Rulepack.sources` it comes from"
    )


class UnknownRule(Strict):
    """A rule the programme has but jpo does not know well enough to apply; named in `notes`."""

    criterion: CriterionId
    note: str
    source: str | None = None


class Rulepack(Strict):
    schema_: Literal["jpo.rulepack/1"] = Field(alias="schema")
    sponsor: str = Field(pattern=r"^[A-Z]{2}$")
    programme: str
    sources: dict[str, Source]
    clauses: list[Clause]
    unknown: list[UnknownRule] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @model_validator(mode="after")
    def _sources_exist(self) -> Rulepack:
        for clause in self.clauses:
            for rule, key in clause.sources.items():
                if key not in self.sources:
                    raise ValueError(
                        f"clause from {clause.effective_from}: {rule} cites unknown source {key!r}"
                    )
                if getattr(clause.rules, rule, None) is None:
                    raise ValueError(
                        f"clause from {clause.effective_from}: source given for absent rule {rule!r}"
                    )
            for rule in clause.rules.model_fields_set:
                if getattr(clause.rules, rule) is not None and rule not in clause.sources:
                    raise ValueError(f"clause from {clause.effective_from}: rule {rule!r} has no source")
        return self
