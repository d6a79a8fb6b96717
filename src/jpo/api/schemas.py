"""Request and response bodies of the API (`XCreate` in, `XRead` out); contracts pass through as is."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from jpo.users.service import EMAIL_PATTERN


class Problem(BaseModel):
    """An RFC 9457 problem document; `errors` lists each invalid field of a 422."""

    type: str = Field(examples=["urn:jpo:problem:deadline-passed"])
    title: str
    status: int
    detail: str = Field(description="one line saying what is wrong and where")
    instance: str
    errors: list[dict[str, str]] | None = None
    criteria: list[dict[str, Any]] | None = Field(default=None, description="failing eligibility criteria")


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class UserCreate(Body):
    # The pattern is documented for clients; the service checks it and says what is wrong in words.
    email: str = Field(
        max_length=320, json_schema_extra={"pattern": EMAIL_PATTERN}, examples=["c@example.org"]
    )
    password: str = Field(min_length=10, max_length=1024)


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
    motivation: str = Field(default="", max_length=20_000)


class ApplicationRead(BaseModel):
    id: int
    receipt: str
    status: str
    vacancy_id: int
    submitted_at: datetime


class DocumentRead(BaseModel):
    id: int
    kind: str
    filename: str
    media_type: str
    size: int
    sha256: str
    uploaded_at: datetime


class StaffApplicationRead(BaseModel):
    """An application as staff see it: a pseudonym, the profile it was made with, no contact data."""

    id: int
    candidate: str
    receipt: str
    status: str
    submitted_at: datetime
    motivation: str
    eligibility: dict[str, Any] | None
    profile: dict[str, Any]
    documents: list[DocumentRead]
    next_statuses: list[str]


class TransitionCreate(Body):
    to: str = Field(max_length=24)
    reason: str = Field(min_length=1, max_length=4000)


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
    limits = [getattr(rule, "max_length", None) for rule in model.model_fields[field].metadata]
    return next(limit for limit in limits if isinstance(limit, int))
