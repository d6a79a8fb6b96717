"""The `jpo.profile/1` document: a candidate, as far as eligibility and matching need to know."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Final, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from jpo.contracts.vacancy import DegreeLevel

PROFILE_SCHEMA: Final = "jpo.profile/1"

LanguageLevel = Literal["native", "fluent", "good", "basic"]
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    # pydantic alone would read 0 or "0" as 1970-01-01 (a Unix time): a profile's dates are ISO 8601
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.match(value)):
        return value
    raise ValueError("a date is written YYYY-MM-DD")


IsoDate = Annotated[date, BeforeValidator(_iso_date)]


class Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EducationEntry(Part):
    level: DegreeLevel
    field: str | None = None
    institution: str | None = None
    completed: IsoDate | None = None
    enrolled: bool = False


class ExperienceEntry(Part):
    title: str | None = None
    organization: str | None = None
    start: IsoDate
    end: IsoDate | None = None  # null: ongoing
    full_time: bool = True
    description: str | None = None


class LanguageSkill(Part):
    code: str = Field(pattern=r"^[a-z]{2}$")
    level: LanguageLevel


class TestScore(Part):
    test: str
    score: float | str
    date: IsoDate
    edition: str | None = None


class MilitaryService(Part):
    """Completed service of `months`, or an exemption."""

    months: int | None = Field(default=None, ge=0)
    exempt: bool = False


class PastApplication(Part):
    vacancy: str | None = None
    sponsor_country: str | None = None
    submitted: IsoDate


class Profile(BaseModel):
    """A candidate. An absent or null field is unknown; `[]` means none."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    schema_: Literal["jpo.profile/1"] = Field(default=PROFILE_SCHEMA, alias="schema")
    birth_date: IsoDate | None = None
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
