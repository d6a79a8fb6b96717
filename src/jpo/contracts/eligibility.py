"""The `jpo.eligibility/1` document: a verdict, criterion by criterion, with reasons and sources."""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from jpo.contracts.rulepack import CriterionId

ELIGIBILITY_SCHEMA: Final = "jpo.eligibility/1"

Status = Literal["pass", "fail", "unknown"]

# What a value of a reason is, so that each language writes it its own way: `text` as given (a test's
# name, a year, a time zone), `number`, `years` (a duration), `date` (ISO 8601), `moment` (a local
# date-time as the vacancy writes it, then its IANA zone in brackets as RFC 9557 writes it),
# `language` (ISO 639-1), `country` (ISO 3166-1 alpha-2).
ScalarKind = Literal["text", "number", "years", "date", "moment", "language", "country"]
# How the items of a list are joined: `or` (alternatives: " or " in English), `and` (all of them:
# ", "), `all` (all of them, items that may hold commas: "; "), `clauses` (parts of one sentence:
# "; ").
Joiner = Literal["or", "and", "all", "clauses"]


class ReasonScalar(BaseModel):
    """One value of a reason: a number, a date, a country code, ..., as `kind` says."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: ScalarKind
    value: int | float | str


class ReasonList(BaseModel):
    """Values written one after the other, joined as `joiner` says."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["list"] = "list"
    items: list[ReasonValue]
    joiner: Joiner


class ReasonPhrase(BaseModel):
    """An English template with named `{placeholders}` and the typed values that fill them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["phrase"] = "phrase"
    template: str
    values: dict[str, ReasonValue] = Field(default_factory=dict)


ReasonValue = Annotated[ReasonScalar | ReasonList | ReasonPhrase, Field(discriminator="kind")]
ReasonList.model_rebuild()
ReasonPhrase.model_rebuild()


class Criterion(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: CriterionId
    status: Status
    reason: str
    source: str
    reason_parts: list[ReasonPhrase] = Field(
        default_factory=list,
        description="`reason` as message parts, its sentences in order: templates and typed values that "
        "each language can write (empty when not recorded)",
    )


class Verdict(BaseModel):
    """`eligible` is false if any criterion fails, else null if any is unknown, else true."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["jpo.eligibility/1"] = Field(default=ELIGIBILITY_SCHEMA, alias="schema")
    eligible: bool | None
    criteria: list[Criterion]
    notes: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    evaluated_on: str

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2)
