"""Tables: users and their API tokens, vacancies, profile versions, applications and their documents,
and the audit trail (never deleted; an erasure clears the details of the person's events)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _now() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored with its zone, always read back as aware UTC (SQLite drops the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime: jpo stores moments with their time zone")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # candidate | admin | reviewer | auditor
    sponsor_country: Mapped[str | None] = mapped_column(String(2))  # scope of an admin
    organization: Mapped[str | None] = mapped_column(String(64))  # scope of a reviewer
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    erased_at: Mapped[datetime | None] = mapped_column(UtcDateTime())  # personal data removed
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")  # since the last success
    last_failed_sign_in: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # The language the person last used with jpo (en | fr): e-mails about their applications are written
    # in it, whoever causes them.
    locale: Mapped[str | None] = mapped_column(String(8))


class ApiToken(Base):
    """A bearer token; only its SHA-256 is kept, so a leaked table opens no account."""

    __tablename__ = "api_tokens"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())


class VacancyRow(Base):
    __tablename__ = "vacancies"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | published | closed
    document: Mapped[dict[str, Any]] = mapped_column()  # jpo.vacancy/1
    sponsor_country: Mapped[str | None] = mapped_column(String(2), index=True)
    organization: Mapped[str | None] = mapped_column(String(64), index=True)
    duty_station_country: Mapped[str | None] = mapped_column(String(2), index=True)
    closing_utc: Mapped[datetime | None] = mapped_column(UtcDateTime())
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now, onupdate=_now)
    # The ranking's criterion weights a programme admin set for this vacancy; None: the shipped ones.
    ranking_weights: Mapped[dict[str, Any] | None] = mapped_column()
    # The documents candidates must send (applications.checklist.Checklist as JSON), once an admin
    # confirmed it (or published); None: never confirmed, the proposal from the ToR applies.
    checklist: Mapped[dict[str, Any] | None] = mapped_column()


class ProfileVersion(Base):
    """Every saved profile is a new version; applications point at the version they used."""

    __tablename__ = "profile_versions"
    __table_args__ = (UniqueConstraint("user_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column()
    document: Mapped[dict[str, Any]] = mapped_column()  # jpo.profile/1
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("user_id", "vacancy_id"),  # one application per candidate per vacancy
        UniqueConstraint("user_id", "idempotency_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    profile_version_id: Mapped[int] = mapped_column(ForeignKey("profile_versions.id"))
    status: Mapped[str] = mapped_column(String(24), default="submitted")
    receipt: Mapped[str] = mapped_column(String(32), unique=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(128))
    motivation: Mapped[str] = mapped_column(Text, default="")
    eligibility: Mapped[dict[str, Any] | None] = mapped_column()  # jpo.eligibility/1 at submission
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    # the version of the ranking notice (applications/notice.py) the candidate was shown; None when the
    # client that submitted did not say (an API client that does not show it)
    notice_version: Mapped[str | None] = mapped_column(String(32))

    documents: Mapped[list[Document]] = relationship(
        order_by="Document.id", cascade="all, delete-orphan", passive_deletes=True
    )


class Document(Base):
    """A file a candidate attached to an application; the bytes live in the content-addressed store."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(
        String(32)
    )  # motivation_letter | cv | degree | test_certificate | other
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    item: Mapped[str | None] = mapped_column(String(64))  # the key of the checklist item it answers


class ApplicationDraft(Base):
    """An application a candidate is still preparing: never seen by staff, counted nowhere; submitting
    it makes an `Application` (its documents move over) and deletes it."""

    __tablename__ = "application_drafts"
    __table_args__ = (UniqueConstraint("user_id", "vacancy_id"),)  # one draft per candidate per vacancy

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id"), index=True)
    motivation: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now, onupdate=_now)

    documents: Mapped[list[DraftDocument]] = relationship(
        order_by="DraftDocument.id", cascade="all, delete-orphan", passive_deletes=True
    )


class DraftDocument(Base):
    """A file attached to a draft (the bytes in the content-addressed store, as a `Document`'s)."""

    __tablename__ = "draft_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("application_drafts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    item: Mapped[str | None] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)


class AuditEvent(Base):
    """State changes, edits, and staff reads of personal data (who, when, what, why); rows are never
    deleted, and an erasure clears only `detail` (it may quote the person)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(48))
    subject_type: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[int | None] = mapped_column()
    reason: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any] | None] = mapped_column()
    # The chain (audit/chain.py): `detail` is covered by a salted commitment, so erasing it (with its
    # salt) leaves every hash verifiable; `seq` orders the chain, `chain_hash` links it.
    detail_salt: Mapped[str | None] = mapped_column(String(32))
    detail_commitment: Mapped[str | None] = mapped_column(String(64))
    seq: Mapped[int | None] = mapped_column(unique=True)
    chain_hash: Mapped[str | None] = mapped_column(String(64))


class Contest(Base):
    """A candidate contesting one human decision about their application (one contest per decision),
    answered with a reason by a staff member in scope who did not take the decision."""

    __tablename__ = "contests"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    decision_event_id: Mapped[int] = mapped_column(ForeignKey("audit_events.id"), unique=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    grounds: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime())
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    outcome: Mapped[str | None] = mapped_column(String(16))  # maintained | reconsidered
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class SelfIdentification(Base):
    """What a candidate chose to say of themselves for the fairness audit (each answer optional, "prefer
    not to say" allowed). Kept apart from the profile: never read by eligibility or ranking, only counted
    in aggregate by the audit; exported with the person's data and erased with it."""

    __tablename__ = "self_identifications"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    gender: Mapped[str | None] = mapped_column(String(24))
    age_band: Mapped[str | None] = mapped_column(String(24))
    regional_group: Mapped[str | None] = mapped_column(String(32))
    disability: Mapped[str | None] = mapped_column(String(24))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)


class RankingRun(Base):
    """What one ranking of a vacancy's applications computed, with its energy estimate
    (matching/energy.py)."""

    __tablename__ = "ranking_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancies.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    candidates: Mapped[int] = mapped_column()
    embedded: Mapped[int] = mapped_column()
    reused: Mapped[int] = mapped_column()
    seconds: Mapped[float] = mapped_column(Float)
    cpu_seconds: Mapped[float] = mapped_column(Float)
    energy_wh: Mapped[float] = mapped_column(Float)
    co2e_g: Mapped[float] = mapped_column(Float)
    method: Mapped[str] = mapped_column(Text)


class AuditChainHead(Base):
    """The last link of the audit chain: one row, locked while a transaction appends its events."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column()
    hash: Mapped[str] = mapped_column(String(64))


class Embedding(Base):
    """A sentence vector by content hash (model and text), so each sentence is embedded once."""

    __tablename__ = "embeddings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    vector: Mapped[bytes] = mapped_column(LargeBinary)


class ClientAttempts(Base):
    """Sign-in failures (and checks still running) or sign-ups from one client address in one window of
    time, counted here so that every worker of the service shares one limit."""

    __tablename__ = "client_attempts"

    client: Mapped[str] = mapped_column(String(64), primary_key=True)  # an IPv4 address or an IPv6 /64
    action: Mapped[str] = mapped_column(String(16), primary_key=True)  # sign-in | sign-up
    window_start: Mapped[datetime] = mapped_column(UtcDateTime(), primary_key=True, index=True)
    attempts: Mapped[int] = mapped_column(default=0)


class OutboxMessage(Base):
    """A message to send, written in the same transaction as the change that causes it (the transactional
    outbox); a worker composes and delivers it later. `event_key` names the event, so one event makes
    one message. Only ids and the language are kept: the worker reads what it writes when it sends, so
    an erasure before then leaves nothing to send."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(48))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    locale: Mapped[str] = mapped_column(String(8))
    context: Mapped[dict[str, Any]] = mapped_column(JSON)  # ids and codes, never free text
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending|sending|sent|failed|dropped
    attempts: Mapped[int] = mapped_column(default=0)
    due_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=_now)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


# The recruitment after the shortlist: one module of tables per area, on the same metadata.
from jpo.db import (  # noqa: E402, F401
    assessment_tables,
    assignment_tables,
    interview_tables,
    offer_tables,
    slot_tables,
)
