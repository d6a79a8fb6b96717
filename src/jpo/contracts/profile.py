"""The `jpo.profile/1` document: a candidate, as far as eligibility and matching need to know, and the
name to write on their receipts, letters and offers.

What a profile may hold is decided here, once, for the CLI, the API and the web alike: texts within
the limits of `contracts.text` and without control characters, at most `ENTRIES` entries a list,
known ISO codes, dates that could be real, a job that ends after it starts, a score on its test's
scale. Dates need no clock to be checked: every date lies between `EARLIEST` and `LATEST`, and none
comes before the birth date. Whether a date is still to come is for those who have a clock (the web
form refuses a birth or a test "in the future"; eligibility judges against its evaluation date).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Final, Literal

from annotated_types import MaxLen
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from jpo.contracts.scores import SCALES, test_key
from jpo.contracts.text import ENTRIES, SKILLS, Code, Name, Paragraph
from jpo.contracts.vacancy import DegreeLevel
from jpo.geo.countries import is_country_code
from jpo.geo.languages import is_language_code

PROFILE_SCHEMA: Final = "jpo.profile/1"
EARLIEST: Final = date(1900, 1, 1)  # no date of a profile is earlier ...
LATEST: Final = date(2100, 12, 31)  # ... or later (the window of `IsoDate`)
MAX_SERVICE_MONTHS: Final = 600
SCORE_LENGTH: Final = 16  # a score written as text: "B2", "N2", "7.5"

LanguageLevel = Literal["native", "fluent", "good", "basic"]
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    # pydantic alone would read 0 or "0" as 1970-01-01 (a Unix time): a profile's dates are ISO 8601
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.match(value)):
        return value
    raise PydanticCustomError("date_format", "a date is written YYYY-MM-DD")


def _plausible(value: date) -> date:
    if not EARLIEST <= value <= LATEST:
        raise PydanticCustomError(
            "date_range", "a date between {earliest} and {latest}",
            {"earliest": EARLIEST.isoformat(), "latest": LATEST.isoformat()},
        )  # fmt: skip
    return value


def _country(code: str) -> str:
    if not is_country_code(code):
        raise PydanticCustomError("unknown_country", "not an ISO 3166-1 alpha-2 country code, e.g. KR")
    return code


def _language(code: str) -> str:
    if not is_language_code(code):
        raise PydanticCustomError("unknown_language", "not an ISO 639-1 language code, e.g. en")
    return code


IsoDate = Annotated[date, BeforeValidator(_iso_date), AfterValidator(_plausible)]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$"), AfterValidator(_country)]
LanguageCode = Annotated[str, Field(pattern=r"^[a-z]{2}$"), AfterValidator(_language)]
Score = Annotated[float, Field(ge=0)] | Annotated[Code, MaxLen(SCORE_LENGTH)]


class Part(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class EducationEntry(Part):
    level: DegreeLevel
    field: Name | None = None
    institution: Name | None = None
    completed: IsoDate | None = None
    enrolled: bool = False


class ExperienceEntry(Part):
    title: Name | None = None
    organization: Name | None = None
    start: IsoDate
    end: IsoDate | None = None  # null: ongoing
    full_time: bool = True
    description: Paragraph | None = None

    @field_validator("end")
    @classmethod
    def _ends_after_it_starts(cls, end: date | None, info: ValidationInfo) -> date | None:
        start = info.data.get("start")  # absent when the start itself is wrong
        if end is not None and start is not None and end < start:
            raise PydanticCustomError(
                "end_before_start", "the end ({end}) is before the start ({start})",
                {"end": end.isoformat(), "start": start.isoformat()},
            )  # fmt: skip
        return end


class LanguageSkill(Part):
    code: LanguageCode
    level: LanguageLevel


class TestScore(Part):
    """A test taken: `date` null is unknown (a validity window cannot be judged without it)."""

    test: Name
    score: Score
    date: IsoDate | None = None
    edition: Code | None = None

    @field_validator("score")
    @classmethod
    def _on_the_scale(cls, score: float | str, info: ValidationInfo) -> float | str:
        test = test_key(info.data.get("test") or "")
        scale = SCALES.get(test)
        if scale is None:
            return score
        try:
            number = float(score)
        except ValueError:
            raise PydanticCustomError(
                "score_not_number", "{test} scores are numbers", {"test": test}
            ) from None
        if not scale[0] <= number <= scale[1]:
            raise PydanticCustomError(
                "score_out_of_scale", "{test} scores are between {low} and {high}",
                {"test": test, "low": scale[0], "high": scale[1]},
            )  # fmt: skip
        return score


class MilitaryService(Part):
    """Completed service of `months`, or an exemption."""

    months: int | None = Field(default=None, ge=0, le=MAX_SERVICE_MONTHS)
    exempt: bool = False


class PastApplication(Part):
    vacancy: Name | None = None
    sponsor_country: CountryCode | None = None
    submitted: IsoDate


def _dates_after(birth: date, profile: Profile) -> str | None:
    """The first date of `profile` that comes before `birth`, as "where (date)", if any."""
    dated = [
        *(("education", e.completed) for e in profile.education or []),
        *(("experience", e.start) for e in profile.experience or []),
        *(("language_tests", t.date) for t in profile.language_tests or []),
        *(("applications", a.submitted) for a in profile.applications or []),
    ]
    return next((f"{where} ({day.isoformat()})" for where, day in dated if day and day < birth), None)


def _given(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("blank_name", "a given name is needed (a single name goes here)")
    return value


class PersonName(Part):
    """The name as the candidate wants it written on receipts, letters and offers: `given` (a single
    name, for those who have one) and `family` (empty for a mononym). Identity, never matching: the
    ranker (`matching.substance`) and reviewers before shortlisting (`applications.minimised`) never
    see it."""

    given: Annotated[Name, AfterValidator(_given)]
    family: Name = ""


def _blank_is_unknown(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


# The name as {given, family}, or the whole name as one text, as profiles written before the field had
# a shape carry it ("name": "Sofia Lindqvist"); blank is unknown.
FullName = Annotated[PersonName | Name | None, BeforeValidator(_blank_is_unknown)]


class Profile(BaseModel):
    """A candidate. An absent or null field is unknown; `[]` means none."""

    model_config = ConfigDict(extra="allow", populate_by_name=True, allow_inf_nan=False)

    schema_: Literal["jpo.profile/1"] = Field(default=PROFILE_SCHEMA, alias="schema")
    name: FullName = None  # beyond the contract: for receipts, letters and offers only
    birth_date: IsoDate | None = None
    sex: Literal["female", "male", "other"] | None = None
    nationalities: Annotated[list[CountryCode], MaxLen(ENTRIES)] | None = None
    education: Annotated[list[EducationEntry], MaxLen(ENTRIES)] | None = None
    experience: Annotated[list[ExperienceEntry], MaxLen(ENTRIES)] | None = None
    languages: Annotated[list[LanguageSkill], MaxLen(ENTRIES)] | None = None
    language_tests: Annotated[list[TestScore], MaxLen(ENTRIES)] | None = None
    military_service: MilitaryService | None = None
    prior_programmes: Annotated[list[Code], MaxLen(ENTRIES)] | None = None
    skills: Annotated[list[Name], MaxLen(SKILLS)] | None = None
    summary: Paragraph | None = None
    applications: Annotated[list[PastApplication], MaxLen(ENTRIES)] | None = None

    @model_validator(mode="after")
    def _born_first(self) -> Profile:
        earlier = _dates_after(self.birth_date, self) if self.birth_date else None
        if earlier is not None:
            raise PydanticCustomError(
                "born_after",
                "the birth date comes after a date of the profile: {earlier}",
                {"earlier": earlier},
            )
        return self
