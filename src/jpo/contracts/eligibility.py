"""The `jpo.eligibility/1` document: a verdict, criterion by criterion, with reasons and sources."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from jpo.contracts.rulepack import CriterionId

ELIGIBILITY_SCHEMA: Final = "jpo.eligibility/1"

Status = Literal["pass", "fail", "unknown"]


class Criterion(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: CriterionId
    status: Status
    reason: str
    source: str


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
