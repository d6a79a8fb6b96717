"""The `jpo.profile/1` document: a candidate, as far as eligibility and matching need to know."""

from __future__ import annotations

from datetime import date
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from jpo.contracts.vacancy import DegreeLevel

PROFILE_SCHEMA: Final = "jpo.profile/1"

LanguageLevel = Literal["native", "fluent", "good", "basic"]


class Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EducationEntry(Part):
    level: DegreeLevel
    field: str | None = None
    institution: str | None = None
    completed: date | None = None
    enrolled: bool = False


class ExperienceEntry(Part):
    title: str | None = None
    organization: str | None = None
    start: date
    end: date | None = None  # null: ongoing
    full_time: bool = True
    description: str | None = None


class LanguageSkill(Part):
    code: str = Field(pattern=r"^[a-z]{2}$")
    level: LanguageLevel


class TestScore(Part):
    test: str
    score: float | str
    date: date
    edition: str | None = None


class MilitaryService(Part):
    """Completed service of `months`, or an exemption."""

    months: int | None = Field(default=None, ge=0)
    exempt: bool = False


class PastApplication(Part):
    vacancy: str | None = None
    sponsor_country: str | None = None
    submitted: date


class Profile(BaseModel):
    """A candidate. An absent or null field is unknown; `[]` means none."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    schema_: Literal["jpo.profile/1"] = Field(default=PROFILE_SCHEMA, alias="schema")
    birth_date: date | None = None
    sex: Literal["female", "male", "other"] | None = None
    nationalities: list[str] | None = None
    education: list[EducationEntry] | None = None
    experience: list[ExperienceEntry] | None = None
    languages: list[LanguageSkill] | None = None
    language_tests: list[TestScore] | None = None
    military_service: MilitaryService | None = None
    prior_programmes: list[str] | None = None
    skills: list[str] | None = None
    summary: str | None = None
    applications: list[PastApplication] | None = None
