"""The `jpo.fairness/1` document: selection rates and impact ratios per category and intersection."""

from __future__ import annotations

from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

FAIRNESS_SCHEMA: Final = "jpo.fairness/1"
# A category holding less than this share of a family's people with a known value is reported but left
# out of the maximum rate (NYC Local Law 144's rules allow leaving out categories under 2 %).
EXCLUDED_SHARE: Final = 0.02
# The four-fifths rule: an impact ratio under it asks for review.
REVIEW_BELOW: Final = 0.8

Measure = Literal["outcome", "score_above_median"]


class FairnessRow(BaseModel):
    """One category (or intersection of categories) of a family."""

    model_config = ConfigDict(extra="forbid")

    category: dict[str, str]
    n: int
    selected: int
    rate: float
    impact_ratio: float | None = Field(
        description="null for an excluded category, or when no one is selected"
    )
    excluded: bool
    flag: Literal["review"] | None
    fisher_p: float = Field(
        description="two-sided Fisher's exact test against the family's other known people"
    )
    to_parity: int | None = Field(
        description="extra selections that bring the impact ratio to 0.8; null when excluded"
    )


class FairnessFamily(BaseModel):
    """The categories of one column, or the intersections of two."""

    model_config = ConfigDict(extra="forbid")

    by: list[str]
    unknown: int = Field(description="people with an empty cell in any of the family's columns")
    rows: list[FairnessRow]
    suppressed: int = Field(
        default=0, description="categories left out of `rows` because so few people are in them that "
        "their numbers could tell who answered what (jpo's own audits; the CSV audit withholds none)"
    )  # fmt: skip


class FairnessAudit(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["jpo.fairness/1"] = Field(default=FAIRNESS_SCHEMA, alias="schema")
    outcome: str = Field(
        description="the outcome column, or the score column with measure score_above_median"
    )
    n: int
    families: list[FairnessFamily]
    measure: Measure = "outcome"
    median: float | None = Field(default=None, description="the whole sample's median score (score measure)")

    def to_json(self) -> str:
        return self.model_dump_json(by_alias=True, indent=2)
