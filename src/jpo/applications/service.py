"""Submitting and withdrawing applications, with the deadline, the sponsor's yearly limit, one
application per candidate and vacancy, idempotent retries and the vacancy's document checklist enforced
in the transaction; a draft, when the candidate has one, is what is submitted."""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import extract, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpo.applications.checklist import Held, missing
from jpo.applications.drafts import draft_for
from jpo.applications.notice import check_version
from jpo.applications.states import allowed
from jpo.audit.trail import record
from jpo.contracts.eligibility import Verdict
from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.db.models import Application, ApplicationDraft, Document, User, VacancyRow
from jpo.eligibility import check
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.notifications.outbox import enqueue
from jpo.profiles.service import current_profile
from jpo.profiles.vectors import vectors_when_submitted
from jpo.vacancies.checklists import vacancy_checklist

MOTIVATION_MAX_LENGTH = 20_000  # characters of a motivation letter typed in, on every edge
_RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class IneligibleError(InputError):
    """The eligibility engine says no: the message lists the failing criteria."""

    code = "ineligible"
    http_status = 422
    keeps_work = True  # the refusal's audit event, for the vacancy's eligibility breakdown


class IncompleteError(InputError):
    """A required letter or document is missing: `missing` lists them ({key, label, kind})."""

    code = "incomplete-application"
    http_status = 422


def _receipt(now: datetime) -> str:
    return f"JPO-{now.year}-" + "".join(secrets.choice(_RECEIPT_ALPHABET) for _ in range(8))


def _replay(session: Session, user: User, key: str | None) -> Application | None:
    if key is None:
        return None
    return session.scalar(
        select(Application).where(Application.user_id == user.id, Application.idempotency_key == key)
    )


def earlier_submission(session: Session, *, user: User, key: str | None) -> Application | None:
    """The candidate's application made with this idempotency key, if any (a form sent again)."""
    return _replay(session, user, key)


def _made_this_year(session: Session, user: User, sponsor: str | None, year: int) -> int:
    query = (
        select(func.count())
        .select_from(Application)
        .join(VacancyRow, VacancyRow.id == Application.vacancy_id)
        .where(Application.user_id == user.id, VacancyRow.sponsor_country == sponsor)
        .where(Application.status != "withdrawn", extract("year", Application.submitted_at) == year)
    )
    return session.scalar(query) or 0


def open_vacancy(session: Session, vacancy_id: int, now: datetime) -> VacancyRow:
    """A published vacancy still taking applications (NotFoundError, or ConflictError `deadline-passed`)."""
    row = session.get(VacancyRow, vacancy_id)
    if row is None or row.status != "published":
        raise NotFoundError(f"vacancy {vacancy_id} not found")
    closing = row.closing_utc  # aware UTC on every backend (db.models.UtcDateTime)
    if closing is not None and now > closing:
        raise ConflictError(
            f"applications to vacancy {vacancy_id} closed at {closing.isoformat()}", code="deadline-passed"
        )
    return row


def verdict_now(session: Session, *, user: User, vacancy: VacancyRow, now: datetime) -> Verdict | None:
    """The eligibility verdict on the candidate's current profile for `vacancy`, as of `now` (what the
    candidate is told before applying); None while they have saved no profile."""
    profile = current_profile(session, user.id)
    if profile is None:
        return None
    return check(Profile.model_validate(profile.document), Vacancy.model_validate(vacancy.document), on=now)


def _remember_language(session: Session, user_id: int, locale: str) -> None:
    """The language of this candidate's later e-mails, whoever causes them."""
    speaker = session.get(User, user_id)
    if speaker is not None:
        speaker.locale = locale


def submit_application(
    session: Session,
    *,
    user: User,
    vacancy_id: int,
    motivation: str | None,
    idempotency_key: str | None,
    now: datetime,
    locale: str = "en",
    notice_version: str | None = None,
) -> tuple[Application, bool]:
    """The application and whether this call created it (False: a retry with the same key). The
    candidate's draft for the vacancy, if any, is submitted: its documents, and its letter unless
    `motivation` is given. Refused (IncompleteError) while a required letter or document is missing.
    The candidate's e-mail of receipt, in `locale`, is written to the outbox with the application."""
    # Serialise this candidate's submissions: a row lock on PostgreSQL; on SQLite every writing
    # transaction holds the write lock from its start (BEGIN IMMEDIATE, see db/session.py).
    session.execute(select(User.id).where(User.id == user.id).with_for_update())
    replay = _replay(session, user, idempotency_key)
    if replay is not None:
        if replay.vacancy_id != vacancy_id:
            raise InputError(
                f"Idempotency-Key: {idempotency_key!r} was already used for another vacancy's application",
                code="idempotency-key-reused",
            )
        return replay, False
    notice_version = _accepted_notice(notice_version)
    vacancy_row = open_vacancy(session, vacancy_id, now)
    if session.scalar(
        select(Application.id).where(Application.user_id == user.id, Application.vacancy_id == vacancy_id)
    ):
        raise ConflictError(f"you have already applied to vacancy {vacancy_id}", code="already-applied")
    profile_row = current_profile(session, user.id)
    if profile_row is None:
        raise InputError("profile: save your profile before applying", field="profile")
    vacancy = Vacancy.model_validate(vacancy_row.document)
    verdict = check(Profile.model_validate(profile_row.document), vacancy, on=now)
    failing = [c for c in verdict.criteria if c.status == "fail"]
    if failing:
        statuses = {c.id: c.status for c in verdict.criteria}  # no reasons: they quote the person's data
        record(session, actor_id=user.id, action="application.refused", subject_type="vacancy",
               subject_id=vacancy_id, detail={"criteria": statuses})  # fmt: skip
        raise IneligibleError(
            "not eligible: " + "; ".join(f"{c.id}: {c.reason}" for c in failing),
            criteria=[c.model_dump(mode="json") for c in failing],
        )
    limit = vacancy.eligibility.max_applications_per_year
    if limit is not None and _made_this_year(session, user, vacancy.sponsor_country, now.year) >= limit:
        raise ConflictError(
            f"you have already made the {limit} applications this programme allows in {now.year}",
            code="application-limit",
        )
    draft = draft_for(session, user=user, vacancy_id=vacancy_id)
    if motivation is None:
        motivation = draft.motivation if draft is not None else ""
    _require_complete(vacancy_row, Profile.model_validate(profile_row.document), motivation, draft)
    application = Application(
        user_id=user.id, vacancy_id=vacancy_id, profile_version_id=profile_row.id, motivation=motivation,
        idempotency_key=idempotency_key, receipt=_receipt(now), submitted_at=now,
        status="eligible" if verdict.eligible else "needs_review",
        eligibility=verdict.model_dump(mode="json", by_alias=True), notice_version=notice_version,
    )  # fmt: skip
    session.add(application)
    try:
        with session.begin_nested():
            session.flush()
    except IntegrityError as error:  # a concurrent submission won: the same key returns its result
        replay = _replay(session, user, idempotency_key)
        if replay is not None:
            return replay, False
        raise ConflictError(
            f"you have already applied to vacancy {vacancy_id}", code="already-applied"
        ) from error
    documents = _take_draft(session, application, draft)
    _remember_language(session, user.id, locale)
    detail = {"status": application.status, "receipt": application.receipt, "documents": documents,
              "notice": notice_version}  # fmt: skip
    record(session, actor_id=user.id, action="application.submitted", subject_type="application",
           subject_id=application.id, detail=detail)  # fmt: skip
    enqueue(session, event_key=f"application.received:{application.id}", kind="application_received",
            user_id=user.id, locale=locale, context={"application_id": application.id}, now=now)  # fmt: skip
    vectors_when_submitted(session, application.id)  # after the commit: its ranking then embeds nothing
    return application, True


def _accepted_notice(version: str | None) -> str | None:
    try:
        return check_version(version)
    except ValueError as error:
        raise InputError(
            f"ranking_notice: {error}", field="ranking_notice", code="notice-outdated"
        ) from error


def _require_complete(
    row: VacancyRow, profile: Profile, motivation: str, draft: ApplicationDraft | None
) -> None:
    held = [Held(d.kind, d.item) for d in draft.documents] if draft is not None else []
    lacking = missing(vacancy_checklist(row), profile, motivation=motivation, held=held)
    if lacking:
        raise IncompleteError(
            "incomplete: missing " + "; ".join(f"{m.kind} ({m.label[:80]})" for m in lacking),
            missing=[m.as_json() for m in lacking],
        )


def _take_draft(session: Session, application: Application, draft: ApplicationDraft | None) -> int:
    """Move the draft's documents onto the new application (the same stored files) and delete the draft;
    how many documents it brought."""
    if draft is None:
        return 0
    for d in draft.documents:
        session.add(Document(application_id=application.id, kind=d.kind, item=d.item, filename=d.filename,
                             media_type=d.media_type, size=d.size, sha256=d.sha256,
                             uploaded_at=d.uploaded_at))  # fmt: skip
    brought = len(draft.documents)
    session.delete(draft)
    session.flush()
    return brought


def own_application(session: Session, *, user: User, application_id: int) -> Application:
    """The candidate's own application; another's is "not found", so its existence is not disclosed."""
    application = session.get(Application, application_id)
    if application is None or application.user_id != user.id:
        raise NotFoundError(f"application {application_id} not found")
    return application


def withdraw_application(session: Session, *, user: User, application_id: int) -> Application:
    """The candidate withdraws their own application."""
    application = own_application(session, user=user, application_id=application_id)
    if not allowed(application.status, "withdrawn", "candidate"):
        raise ConflictError(f"an application that is {application.status} cannot be withdrawn")
    application.status = "withdrawn"
    record(
        session,
        actor_id=user.id,
        action="application.withdrawn",
        subject_type="application",
        subject_id=application.id,
    )
    return application
