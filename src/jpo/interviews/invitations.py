"""Invitations to book an interview: whoever runs the vacancy's recruitment invites its shortlisted (or
assessed) candidates, each told by e-mail in their language with a link to the booking page and the date
to book by; inviting again moves that date and writes again. Candidates read their own invitations;
the panel reads the vacancy's (audited). Flushes, never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.staff import pseudonym
from jpo.audit.trail import record
from jpo.authz import require_run_recruitment
from jpo.db.models import Application, User
from jpo.db.session import start_writing
from jpo.db.slot_tables import InterviewBooking, InterviewInvitation
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.interviews.booking_rules import HORIZON
from jpo.interviews.slots import READ_PURPOSE, require_schedule
from jpo.notifications.letter import greeting_name
from jpo.notifications.outbox import enqueue, language_of
from jpo.vacancies.service import get_vacancy

INVITABLE = frozenset({"shortlisted", "assessed"})  # statuses whose candidates are interviewed
MAX_AT_ONCE = 200  # applications invited by one request


def invite_candidates(
    session: Session,
    *,
    actor: User,
    vacancy_id: int,
    application_ids: list[int],
    book_by: datetime,
    now: datetime,
) -> list[InterviewInvitation]:
    """Invite each application's candidate to book a slot by `book_by` (aware); one e-mail each. An
    application already invited gets the new date and a new e-mail. Refused whole, naming the first
    application at fault: one of another vacancy or unknown (404), one not shortlisted or assessed
    (`not-invitable`, 409)."""
    vacancy = get_vacancy(session, vacancy_id)
    require_run_recruitment(actor, vacancy)
    if book_by.tzinfo is None or not 2000 <= book_by.year <= 2100:
        raise InputError("book_by: a moment with its offset, e.g. 2027-01-15T23:59:00+01:00", field="book_by")
    book_by = book_by.astimezone(UTC)
    if book_by <= now or book_by > now + HORIZON:
        raise InputError("book_by: a moment ahead, within two years", field="book_by")
    wanted = list(dict.fromkeys(application_ids))
    if not wanted or len(wanted) > MAX_AT_ONCE:
        raise InputError(f"application_ids: 1 to {MAX_AT_ONCE} applications", field="application_ids")
    start_writing(session)
    found = {
        a.id: a
        for a in session.scalars(select(Application).where(Application.id.in_(wanted)).with_for_update())
    }
    for application_id in wanted:
        application = found.get(application_id)
        if application is None or application.vacancy_id != vacancy_id:
            raise NotFoundError(f"application {application_id} of vacancy {vacancy_id} not found")
        if application.status not in INVITABLE:
            raise ConflictError(
                f"application {application_id} is {application.status}: only shortlisted or "
                "assessed candidates are invited to interview",
                code="not-invitable",
            )
    return [_invite(session, actor, found[i], book_by, now) for i in wanted]


def _invite(
    session: Session, actor: User, application: Application, book_by: datetime, now: datetime
) -> InterviewInvitation:
    invitation = session.scalars(
        select(InterviewInvitation).where(InterviewInvitation.application_id == application.id)
    ).first()
    if invitation is None:
        invitation = InterviewInvitation(
            vacancy_id=application.vacancy_id,
            application_id=application.id,
            book_by=book_by,
            invited_by=actor.id,
            invited_at=now,
            times_sent=1,
        )
        session.add(invitation)
    else:
        invitation.book_by, invitation.times_sent = book_by, invitation.times_sent + 1
    session.flush()
    record(
        session,
        actor_id=actor.id,
        action="interview.invited",
        subject_type="application",
        subject_id=application.id,
        detail={"invitation": invitation.id, "book_by": book_by.isoformat(), "times": invitation.times_sent},
    )
    candidate = session.get(User, application.user_id)
    enqueue(
        session,
        event_key=f"interview_invitation:{invitation.id}:{invitation.times_sent}",
        kind="interview_invitation",
        user_id=application.user_id,
        locale=language_of(candidate),
        context={"invitation_id": invitation.id},
        now=now,
    )
    return invitation


def invitable(session: Session, *, actor: User, vacancy_id: int) -> list[Application]:
    """The vacancy's applications whose candidates may be invited (shortlisted or assessed)."""
    require_run_recruitment(actor, get_vacancy(session, vacancy_id))
    return list(
        session.scalars(
            select(Application)
            .where(Application.vacancy_id == vacancy_id, Application.status.in_(INVITABLE))
            .order_by(Application.id)
        )
    )


def live_booking(session: Session, invitation_id: int, *, lock: bool = False) -> InterviewBooking | None:
    """The invitation's booking while it is booked (not cancelled)."""
    query = select(InterviewBooking).where(
        InterviewBooking.invitation_id == invitation_id, InterviewBooking.status == "booked"
    )
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    return session.scalars(query).first()


@dataclass(frozen=True)
class InvitationView:
    """An invitation as the panel sees it: the candidate's application, pseudonym and name, and the
    booking if there is one."""

    invitation: InterviewInvitation
    application: Application
    candidate: str
    name: str | None
    booking: InterviewBooking | None


def vacancy_invitations(session: Session, *, actor: User, vacancy_id: int) -> list[InvitationView]:
    """The vacancy's invitations with their bookings, for its panel and recruiters (the read audited)."""
    require_schedule(session, actor, get_vacancy(session, vacancy_id))
    rows = session.execute(
        select(InterviewInvitation, Application)
        .join(Application, Application.id == InterviewInvitation.application_id)
        .where(InterviewInvitation.vacancy_id == vacancy_id)
        .order_by(InterviewInvitation.id)
    ).all()
    views = [
        InvitationView(
            invitation,
            application,
            pseudonym(application),
            greeting_name(session, application.user_id),
            live_booking(session, invitation.id),
        )
        for invitation, application in rows
    ]
    if views:
        record(
            session,
            actor_id=actor.id,
            action="personal_data.read",
            subject_type="vacancy",
            subject_id=vacancy_id,
            reason=READ_PURPOSE,
            detail={"applications": [view.application.id for view in views]},
        )
    return views


def own_invitation(
    session: Session, *, user: User, invitation_id: int, lock: bool = False
) -> InterviewInvitation:
    """The candidate's own invitation; anyone else's (or none) is not found."""
    query = select(InterviewInvitation).where(InterviewInvitation.id == invitation_id)
    if lock:
        start_writing(session)
        query = query.with_for_update().execution_options(populate_existing=True)
    invitation = session.scalars(query).first()
    application = session.get(Application, invitation.application_id) if invitation else None
    if invitation is None or application is None or application.user_id != user.id:
        raise NotFoundError(f"interview invitation {invitation_id} not found")
    return invitation


def invitations_of_user(session: Session, user_id: int) -> list[InterviewInvitation]:
    """A candidate's invitations, newest first."""
    return list(
        session.scalars(
            select(InterviewInvitation)
            .join(Application, Application.id == InterviewInvitation.application_id)
            .where(Application.user_id == user_id)
            .order_by(InterviewInvitation.id.desc())
        )
    )


def invitation_of_application(session: Session, application_id: int) -> InterviewInvitation | None:
    return session.scalars(
        select(InterviewInvitation).where(InterviewInvitation.application_id == application_id)
    ).first()
