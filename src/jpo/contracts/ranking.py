"""The `jpo.ranking/1` document: candidates best first, each score broken into weighted criteria
with the evidence (requirement text ↔ candidate text) that earned it."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

RANKING_SCHEMA: Final = "jpo.ranking/1"


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    requirement: str
    candidate_text: str
    similarity: float = Field(description="how well the candidate text meets the requirement, 0 to 1")
    source: str = Field(
        description="where the candidate text is: experience.0.description, education.1.field, ..."
    )


class CriterionScore(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    score: float
    weight: float
    evidence: list[Evidence] = Field(default_factory=list)


class RankedCandidate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile: str
    eligible: bool | None
    score: float
    rank: int
    criteria: list[CriterionScore]
    failing: list[str] = Field(default_factory=list, description="ids of the eligibility criteria that fail")
    application_id: int | None = None  # when ranking a vacancy's applications in the service
    candidate: str | None = None  # the pseudonym staff see instead of a name


class Ranking(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["jpo.ranking/1"] = Field(default=RANKING_SCHEMA, alias="schema")
    vacancy: str
    model: str = Field(description="the sentence-embedding model behind semantic similarity")
    weights: dict[str, float]
    candidates: list[RankedCandidate]

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2)
