"""The `jpo.vacancy/1` document: a Terms of Reference read into structured, sourced fields.

Its texts hold no control characters (`contracts.text`), its numbers are finite (the parser keeps what
a ToR states; eligibility copes with any number), its time zones are IANA names, and a deadline
(`Closing`) is one moment from `EARLIEST` to `LATEST` written twice: in UTC and in its zone's local
time. `VacancyEdit` is what an admin's correction may set, its texts within human limits.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated, Any, Final, Literal
from zoneinfo import ZoneInfo

from annotated_types import MaxLen
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from jpo.contracts.text import NAME, NO_CONTROLS, PARAGRAPH, Code, Name, Text
from jpo.geo.zones import is_zone

VACANCY_SCHEMA: Final = "jpo.vacancy/1"
# Deadlines lie in this century: every page can then write them in any zone (a year 9999 deadline
# cannot be shown east of UTC: datetime ends there).
EARLIEST: Final = datetime(2000, 1, 1, tzinfo=UTC)
LATEST: Final = datetime(2100, 12, 31, 23, 59, 59, tzinfo=UTC)

DegreeLevel = Literal["bachelor", "master", "doctorate"]
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})")
_MOMENT_FORMAT = "an ISO 8601 date and time with its UTC offset, e.g. 2024-08-09T23:59:00+09:00"


def moment(value: str) -> datetime:
    """The aware datetime of an ISO 8601 date and time with its UTC offset (`Z` or `+09:00`)."""
    if not _MOMENT.fullmatch(value):
        raise PydanticCustomError("moment_format", _MOMENT_FORMAT)
    try:
        return datetime.fromisoformat(value)
    except ValueError:  # a month 13, a 25:00, a +24:00 offset
        raise PydanticCustomError("moment_format", _MOMENT_FORMAT) from None


def _in_range(value: str) -> str:
    if not EARLIEST <= moment(value) <= LATEST:
        raise PydanticCustomError(
            "moment_range", "a moment from {earliest} to {latest}",
            {"earliest": "2000-01-01T00:00:00Z", "latest": "2100-12-31T23:59:59Z"},
        )  # fmt: skip
    return value


def _as_utc(value: str) -> str:
    return moment(value).astimezone(UTC).isoformat().replace("+00:00", "Z")


def _zone(name: str) -> str:
    if not is_zone(name):
        raise PydanticCustomError("unknown_zone", "not an IANA time-zone name, e.g. Europe/Zurich")
    return name


Zone = Annotated[str, AfterValidator(_zone)]
Moment = Annotated[str, AfterValidator(_in_range)]


class Contract(BaseModel):
    """Base of the public documents: fields are fixed, extra input fields are rejected, numbers are
    finite."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class DutyStation(Contract):
    city: Text | None = None
    country: Text | None = None
    timezone: Zone | None = None


class Closing(Contract):
    """The deadline: `utc` (written `...Z`) and `local` (with the offset of `timezone` at that moment)
    are the same moment, between `EARLIEST` and `LATEST`."""

    utc: Annotated[Moment, AfterValidator(_as_utc)] = Field(examples=["2024-08-09T14:59:00Z"])
    local: Moment = Field(examples=["2024-08-09T23:59:00+09:00"])
    timezone: Zone = Field(examples=["Asia/Seoul"])
    text: Text | None = None
    timezone_assumed: bool = False

    @model_validator(mode="after")
    def _one_moment(self) -> Closing:
        utc, local = moment(self.utc), moment(self.local)
        if utc != local:
            raise PydanticCustomError(
                "closing_disagrees", "utc ({utc}) and local ({local}) are not the same moment",
                {"utc": self.utc, "local": self.local},
            )  # fmt: skip
        # The zone's offset at that wall-clock time; both offsets of an hour a clock change repeats, and
        # either side of one it skips (a "midnight" that does not exist), as Python reads it.
        wall, zone = local.replace(tzinfo=None), ZoneInfo(self.timezone)
        if local.utcoffset() not in {wall.replace(tzinfo=zone, fold=fold).utcoffset() for fold in (0, 1)}:
            raise PydanticCustomError(
                "closing_offset", "local ({local}) is not written with the UTC offset of {zone} at that time",
                {"local": self.local, "zone": self.timezone},
            )  # fmt: skip
        return self

    def day(self) -> date:
        """The last day applications are taken, local time: a deadline at 00:00 ends the day before."""
        local = datetime.fromisoformat(self.local)
        return (local - timedelta(seconds=1)).date() if local.time() == time(0, 0) else local.date()


LanguageCode = Annotated[str, MaxLen(8), NO_CONTROLS]  # as stated (ISO 639-1 when read by the parser)


class Languages(Contract):
    required: list[list[LanguageCode]] = Field(default_factory=list)
    desirable: list[LanguageCode] = Field(default_factory=list)


class DegreeAlternative(Contract):
    level: DegreeLevel
    extra_experience_years: int | float


class Education(Contract):
    minimum_level: DegreeLevel | None = None
    alternative: DegreeAlternative | None = None
    fields: list[Text] = Field(default_factory=list)
    enrolled_accepted: bool = False
    graduated_within_months: int | None = None


class Experience(Contract):
    min_years: int | float | None = None
    preferred: bool = False
    fields: list[Text] = Field(default_factory=list)
    after_first_degree: bool = False


class MilitaryExtension(Contract):
    served_months_below: int | None
    extra_years: int


class LanguageTest(Contract):
    test: Text
    min_score: int | float | Code
    language: LanguageCode | None
    refused_editions: list[Code] = Field(default_factory=list)


class DegreeExperience(Contract):
    level: DegreeLevel
    min_years: int | float


class Eligibility(Contract):
    nationalities: list[Code] = Field(default_factory=list)
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
    field: Text
    message: Text


Confidence = Annotated[float, Field(ge=0, le=1)]


class Span(Contract):
    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]


class Vacancy(Contract):
    """A parsed ToR; unknown scalars are null and unknown lists empty, never guessed."""

    schema_: Literal["jpo.vacancy/1"] = Field(default=VACANCY_SCHEMA, alias="schema")
    title: Text | None = None
    reference: Text | None = None
    organization: Text | None = None
    unit: Text | None = None
    duty_station: DutyStation = Field(default_factory=DutyStation)
    grades: list[Code] = Field(default_factory=list)
    duration_months: int | None = None
    sponsor_country: Code | None = None
    closing: Closing | None = None
    languages: Languages = Field(default_factory=Languages)
    education: Education = Field(default_factory=Education)
    experience: Experience = Field(default_factory=Experience)
    eligibility: Eligibility = Field(default_factory=Eligibility)
    duties: list[Text] = Field(default_factory=list)
    learning_elements: list[Text] = Field(default_factory=list)
    competencies: list[Text] = Field(default_factory=list)
    # the behavioural indicators the ToR lists under each competency, by its name in `competencies`
    competency_indicators: dict[Text, list[Text]] = Field(default_factory=dict)
    required_documents: list[Text] = Field(default_factory=list)
    skills: list[Text] = Field(default_factory=list)
    sections: dict[Text, Text] = Field(default_factory=dict)
    warnings: list[ParseWarning] = Field(default_factory=list)
    sources: dict[Text, Span] = Field(default_factory=dict)
    # how sure the parser is of each field it filled (0 to 1; see jpo.vacancy.confidence); a field an
    # admin corrected has none
    confidence: dict[Text, Confidence] = Field(default_factory=dict)
    source_file: Text | None = None
    source_format: Text | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        """The document as printed by `--json`: every field, contract names, stable order."""
        return self.model_dump_json(by_alias=True, indent=2)


# What an edit may set: each top-level field of `Vacancy` but `schema`, typed as `Vacancy` types it (so
# null only where the contract allows it), its texts within the limits a person would type.
Item = Annotated[str, MaxLen(PARAGRAPH), NO_CONTROLS]  # one duty, one section's line
Items = Annotated[list[Item], MaxLen(200)]
SectionText = Annotated[str, MaxLen(100 * PARAGRAPH), NO_CONTROLS]  # a whole section of a ToR


def _optional() -> Any:
    """A field an edit may leave out (left as it is) but not set to null: the contract has no null there."""
    return Field(default=None, description="left out: left as it is; never null")


class VacancyEdit(Contract):
    """A correction of a vacancy: the fields given replace the vacancy's; in an object (`duty_station`,
    `education`, ...) the fields given replace its own, the others stay, but `closing` is replaced
    whole. A field left out is left as it is; null is allowed where the contract allows it."""

    title: Name | None = None
    reference: Name | None = None
    organization: Name | None = None
    unit: Name | None = None
    duty_station: DutyStation = _optional()
    grades: Annotated[list[Code], MaxLen(20)] = _optional()
    duration_months: Annotated[int, Field(ge=0, le=1200)] | None = None
    sponsor_country: Code | None = None
    closing: Closing | None = None
    languages: Languages = _optional()
    education: Education = _optional()
    experience: Experience = _optional()
    eligibility: Eligibility = _optional()
    duties: Items = _optional()
    learning_elements: Items = _optional()
    competencies: Items = _optional()
    required_documents: Items = _optional()
    skills: Items = _optional()
    sections: Annotated[dict[Name, SectionText], MaxLen(100)] = _optional()
    warnings: Annotated[list[ParseWarning], MaxLen(500)] = _optional()
    sources: Annotated[dict[Text, Span], MaxLen(2000)] = _optional()
    confidence: Annotated[dict[Text, Confidence], MaxLen(200)] = _optional()
    source_file: Name | None = None
    source_format: Annotated[str, MaxLen(NAME), NO_CONTROLS] | None = None

    def changes(self) -> dict[str, Any]:
        """The fields given, as JSON (nested objects with only their own fields given)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)
