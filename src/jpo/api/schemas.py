"""Request and response bodies of the API (`XCreate` in, `XRead` out); contracts pass through as is."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from jpo.applications.moves import REASON_MAX_LENGTH
from jpo.applications.service import MOTIVATION_MAX_LENGTH
from jpo.contracts import text
from jpo.contracts.text import Text
from jpo.users.credentials import EMAIL_PATTERN


class Problem(BaseModel):
    """An RFC 9457 problem document; `errors` lists each invalid field of a 422."""

    type: str = Field(examples=["urn:jpo:problem:deadline-passed"])
    title: str
    status: int
    detail: str = Field(description="one line saying what is wrong and where")
    instance: str
    field: str | None = Field(default=None, description="the input the problem is about, when it is one")
    errors: list[dict[str, str]] | None = None
    criteria: list[dict[str, Any]] | None = Field(default=None, description="failing eligibility criteria")
    missing: list[dict[str, str]] | None = Field(
        default=None,
        description="an `incomplete-application`'s missing letter and documents: `key` (the checklist "
        "item's, or `motivation-letter`), `label` (the ToR's words) and `kind`",
    )


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UserCreate(Body):
    # The pattern is documented for clients; the service checks it and says what is wrong in words.
    email: Text = Field(
        max_length=320, json_schema_extra={"pattern": EMAIL_PATTERN}, examples=["c@example.org"],
        description="one address; kept without the spaces around it and in lower case",
    )  # fmt: skip
    password: Text = Field(
        min_length=10, max_length=1024, description="at least 10 characters besides spaces at either end"
    )


class UserRead(BaseModel):
    id: int
    email: str
    role: str
    sponsor_country: str | None
    organization: str | None


class TokenRead(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime


class VacancyRead(BaseModel):
    id: int
    status: str
    vacancy: dict[str, Any] = Field(description="the jpo.vacancy/1 document")
    warnings: list[dict[str, Any]]


class VacancySummary(BaseModel):
    id: int
    status: str
    title: str
    reference: str | None
    organization: str | None
    sponsor_country: str | None
    duty_station: dict[str, Any]
    closing: dict[str, Any] | None


class ApplicationCreate(Body):
    motivation: Text | None = Field(
        default=None,
        max_length=MOTIVATION_MAX_LENGTH,
        description="the motivation letter; absent or null: your draft's letter (none without a draft)",
    )
    ranking_notice: str | None = Field(
        default=None,
        max_length=32,
        description="the version of the ranking notice (GET /ranking-notice) the candidate was shown and "
        "accepted; another version than the current one is refused (422 notice-outdated)",
    )


class RankingNotice(BaseModel):
    version: str
    text: dict[str, list[str]] = Field(description="the notice's paragraphs, by language (en, fr)")


class ApplicationRead(BaseModel):
    id: int
    receipt: str
    status: str
    vacancy_id: int
    submitted_at: datetime


class DocumentRead(BaseModel):
    id: int
    kind: str
    filename: str = Field(description="the name its candidate gave; staff see the served one (12-cv.pdf)")
    media_type: str
    size: int
    sha256: str
    uploaded_at: datetime
    item: str | None = Field(default=None, description="the key of the checklist item it answers")


class DraftWrite(Body):
    motivation: Text | None = Field(
        default=None, max_length=MOTIVATION_MAX_LENGTH, description="the letter so far; null: left as it is"
    )


class DraftRead(BaseModel):
    vacancy_id: int
    motivation: str
    updated_at: datetime
    documents: list[DocumentRead]
    missing: list[dict[str, str]] = Field(
        description="what the vacancy's checklist still asks of you before you can submit "
        "(`key`, `label`, `kind`); empty: the draft is complete"
    )


class StaffIdentityRead(BaseModel):
    """Who the candidate is: only for the programme admins of the vacancy who ask (`identity=true`), and
    the read is audited as such."""

    profile: dict[str, Any] = Field(description="the whole jpo.profile/1 the application was made with")
    eligibility: dict[str, Any] | None = Field(
        description="the whole jpo.eligibility/1 verdict at submission, with its reasons"
    )
    motivation: str = Field(default="", description="the motivation letter as the candidate wrote it")


class StaffApplicationRead(BaseModel):
    """An application as staff see it: a pseudonym, what the ranker may see of the profile, the
    screening's statuses, no contact data; who the candidate is only in `identity`."""

    id: int
    candidate: str
    receipt: str
    status: str
    submitted_at: datetime
    motivation: str = Field(
        description="the motivation letter; until the application is shortlisted (blind review) the "
        "candidate's name is replaced by the pseudonym and their e-mail addresses, phone numbers, "
        "nationalities, birth date and degree institutions by a label in brackets ([nationality], ...)"
    )
    motivation_masked: list[str] = Field(
        default_factory=list,
        description="what was masked in `motivation`: name, email, phone, nationality, birth_date, "
        "institution",
    )
    unblinded: bool = Field(
        default=False,
        description="shortlisted (now or before): the letter is whole and the documents open to staff",
    )
    name: str | None = Field(
        default=None, description="the candidate's name, once the application is shortlisted"
    )
    eligibility: dict[str, Any] | None = Field(
        description="the screening at submission: `eligible`, `notes`, `evaluated_on` and each criterion's "
        "`id`, `status` and `source` (its reasons quote the profile: they are in `identity`)"
    )
    profile: dict[str, Any] = Field(
        description="the jpo.profile/1 fields the ranker sees: education (level, field, completed, "
        "enrolled), experience, languages, skills; the others are unknown to staff"
    )
    identity: StaffIdentityRead | None = None
    documents: list[DocumentRead]
    next_statuses: list[str]


class TransitionCreate(Body):
    to: Text = Field(max_length=24)
    reason: Text = Field(min_length=1, max_length=REASON_MAX_LENGTH)


class AuditEventRead(BaseModel):
    id: int
    at: datetime
    actor_id: int | None
    action: str
    subject_type: str
    subject_id: int | None
    reason: str | None


def max_length(model: type[BaseModel], field: str) -> int:
    """The `max_length` a body schema sets on `field`, so another edge accepts the same text."""
    return text.max_length(model, field)
