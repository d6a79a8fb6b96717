"""The `jpo.vacancy/1` document: a Terms of Reference read into structured, sourced fields."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

VACANCY_SCHEMA: Final = "jpo.vacancy/1"

DegreeLevel = Literal["bachelor", "master", "doctorate"]


class Contract(BaseModel):
    """Base of the public documents: fields are fixed, extra input fields are rejected."""

    model_config = ConfigDict(extra="forbid")


class DutyStation(Contract):
    city: str | None = None
    country: str | None = None
    timezone: str | None = None


class Closing(Contract):
    utc: str
    local: str
    timezone: str
    text: str | None = None
    timezone_assumed: bool = False

    def day(self) -> date:
        """The last day applications are taken, local time: a deadline at 00:00 ends the day before."""
        local = datetime.fromisoformat(self.local)
        return (local - timedelta(seconds=1)).date() if local.time() == time(0, 0) else local.date()


class Languages(Contract):
    required: list[list[str]] = Field(default_factory=list)
    desirable: list[str] = Field(default_factory=list)


class DegreeAlternative(Contract):
    level: DegreeLevel
    extra_experience_years: int | float


class Education(Contract):
    minimum_level: DegreeLevel | None = None
    alternative: DegreeAlternative | None = None
    fields: list[str] = Field(default_factory=list)
    enrolled_accepted: bool = False
    graduated_within_months: int | None = None


class Experience(Contract):
    min_years: int | float | None = None
    preferred: bool = False
    fields: list[str] = Field(default_factory=list)
    after_first_degree: bool = False


class MilitaryExtension(Contract):
    served_months_below: int | None
    extra_years: int


class LanguageTest(Contract):
    test: str
    min_score: int | float | str
    language: str | None
    refused_editions: list[str] = Field(default_factory=list)


class DegreeExperience(Contract):
    level: DegreeLevel
    min_years: int | float


class Eligibility(Contract):
    nationalities: list[str] = Field(default_factory=list)
    max_age: int | None = None
    age_reference_date: date | None = None
    born_on_or_after: date | None = None
    military_service_extension: list[MilitaryExtension] = Field(default_factory=list)
    military_service_required: bool | None = None
    language_tests: list[LanguageTest] = Field(default_factory=list)
    test_validity_months: int | None = None
    max_applications_per_year: int | None = None
    excludes_former_jpo: bool | None = None
    degree_experience: list[DegreeExperience] = Field(default_factory=list)


class ParseWarning(Contract):
    field: str
    message: str


class Span(Contract):
    start: int
    end: int


class Vacancy(Contract):
    """A parsed ToR; unknown scalars are null and unknown lists empty, never guessed."""

    schema_: Literal["jpo.vacancy/1"] = Field(default=VACANCY_SCHEMA, alias="schema")
    title: str | None = None
    reference: str | None = None
    organization: str | None = None
    unit: str | None = None
    duty_station: DutyStation = Field(default_factory=DutyStation)
    grades: list[str] = Field(default_factory=list)
    duration_months: int | None = None
    sponsor_country: str | None = None
    closing: Closing | None = None
    languages: Languages = Field(default_factory=Languages)
    education: Education = Field(default_factory=Education)
    experience: Experience = Field(default_factory=Experience)
    eligibility: Eligibility = Field(default_factory=Eligibility)
    duties: list[str] = Field(default_factory=list)
    learning_elements: list[str] = Field(default_factory=list)
    competencies: list[str] = Field(default_factory=list)
    required_documents: list[str] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    sections: dict[str, str] = Field(default_factory=dict)
    warnings: list[ParseWarning] = Field(default_factory=list)
    sources: dict[str, Span] = Field(default_factory=dict)
    source_file: str | None = None
    source_format: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        """The document as printed by `--json`: every field, contract names, stable order."""
        return self.model_dump_json(by_alias=True, indent=2)
