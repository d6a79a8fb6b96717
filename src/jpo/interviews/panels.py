"""A vacancy's interview panel: its language, its members (staff invited by e-mail address, one chair),
and each member's declaration of interest per candidate. Membership is scoped to the one vacancy: it
opens that vacancy's interview pages and its candidates' names, nothing else. Flushes, never commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.authz import STAFF_ROLES, require_run_recruitment, require_visible
from jpo.db.interview_tables import InterviewPanel, InterviewScore, PanelDeclaration, PanelMember
from jpo.db.models import Application, User, VacancyRow
from jpo.db.repositories import user_by_email
from jpo.errors import ConflictError, ForbiddenError, InputError, NotFoundError
from jpo.interviews.texts import checked_text
from jpo.users.credentials import checked_email
from jpo.vacancies.service import get_vacancy

LANGUAGES = ("en", "fr")
ROLES = ("chair", "member")
DECLARATIONS = ("none", "conflict")
MIN_MEMBERS = 2
STATEMENT_MAX = 2000


@dataclass(frozen=True)
class Member:
    """A panel member as others see them: the row's id, the user, their address and role."""

    id: int
    user_id: int
    email: str
    role: str  # chair | member

    @property
    def is_chair(self) -> bool:
        return self.role == "chair"


def is_member(session: Session, vacancy_id: int, user_id: int) -> bool:
    """Whether the user sits on the vacancy's interview panel (as chair or member)."""
    return member_row(session, vacancy_id, user_id) is not None


def members(session: Session, vacancy_id: int) -> list[Member]:
    """The vacancy's panel, the chair first, then by address."""
    rows = session.execute(
        select(PanelMember, User.email)
        .join(User, User.id == PanelMember.user_id)
        .where(PanelMember.vacancy_id == vacancy_id)
    ).all()
    found = [Member(row.id, row.user_id, email, row.role) for row, email in rows]
    return sorted(found, key=lambda member: (not member.is_chair, member.email))


def panels_of(session: Session, user_id: int) -> list[tuple[VacancyRow, str]]:
    """The vacancies whose panel the user sits on, with their role there, newest first."""
    rows = session.execute(
        select(VacancyRow, PanelMember.role)
        .join(PanelMember, PanelMember.vacancy_id == VacancyRow.id)
        .where(PanelMember.user_id == user_id)
        .order_by(VacancyRow.id.desc())
    ).all()
    return [(vacancy, role) for vacancy, role in rows]


def member_row(session: Session, vacancy_id: int, user_id: int) -> PanelMember | None:
    return session.scalar(
        select(PanelMember).where(PanelMember.vacancy_id == vacancy_id, PanelMember.user_id == user_id)
    )


def chair_of(session: Session, vacancy_id: int) -> PanelMember | None:
    return session.scalar(
        select(PanelMember).where(PanelMember.vacancy_id == vacancy_id, PanelMember.role == "chair")
    )


def panel_of(session: Session, vacancy_id: int) -> InterviewPanel | None:
    return session.scalar(select(InterviewPanel).where(InterviewPanel.vacancy_id == vacancy_id))


def language_of_panel(session: Session, vacancy_id: int) -> str:
    panel = panel_of(session, vacancy_id)
    return panel.language if panel is not None else "en"


def scoring_started(session: Session, vacancy_id: int) -> bool:
    """Whether any member has saved a rating of any candidate of the vacancy."""
    return (
        session.scalar(
            select(InterviewScore.id)
            .join(PanelMember, PanelMember.id == InterviewScore.member_id)
            .where(PanelMember.vacancy_id == vacancy_id)
            .limit(1)
        )
        is not None
    )


def set_panel(
    session: Session, *, actor: User, vacancy_id: int, language: str, now: datetime
) -> InterviewPanel:
    """Create the vacancy's panel, or change its language before scoring starts."""
    vacancy = get_vacancy(session, vacancy_id)
    require_run_recruitment(actor, vacancy)
    if language not in LANGUAGES:
        raise InputError(f"language: one of {', '.join(LANGUAGES)}, not {language!r}", field="language")
    panel = panel_of(session, vacancy_id)
    if panel is not None and panel.language == language:
        return panel
    if panel is not None and scoring_started(session, vacancy_id):
        raise ConflictError("language: the panel has started scoring in its language", code="scoring-started")
    before = panel.language if panel is not None else None
    if panel is None:
        panel = InterviewPanel(vacancy_id=vacancy_id, language=language, created_at=now)
        session.add(panel)
    panel.language = language
    session.flush()
    record(
        session,
        actor_id=actor.id,
        action="panel.language",
        subject_type="vacancy",
        subject_id=vacancy_id,
        detail={"from": before, "to": language},
    )
    return panel


def add_member(
    session: Session, *, actor: User, vacancy_id: int, email: str, role: str, now: datetime
) -> PanelMember:
    """Invite a staff member (admin or reviewer) to the panel by their address; a new chair replaces
    the one before, who stays a member."""
    vacancy = get_vacancy(session, vacancy_id)
    require_run_recruitment(actor, vacancy)
    if role not in ROLES:
        raise InputError(f"role: one of {', '.join(ROLES)}, not {role!r}", field="role")
    user = user_by_email(session, checked_email(email))
    if user is None or user.role not in STAFF_ROLES or user.erased_at is not None:
        raise InputError("email: no admin or reviewer has this address", field="email")
    if member_row(session, vacancy_id, user.id) is not None:
        raise ConflictError(f"email: {user.email} is already on the panel", code="already-member")
    if panel_of(session, vacancy_id) is None:
        set_panel(session, actor=actor, vacancy_id=vacancy_id, language="en", now=now)
    if role == "chair":
        _demote_chair(session, vacancy_id)
    row = PanelMember(vacancy_id=vacancy_id, user_id=user.id, role=role, added_by=actor.id, added_at=now)
    session.add(row)
    session.flush()
    record(
        session,
        actor_id=actor.id,
        action="panel.member_added",
        subject_type="vacancy",
        subject_id=vacancy_id,
        detail={"user": user.id, "role": role},
    )
    return row


def _demote_chair(session: Session, vacancy_id: int) -> None:
    current = chair_of(session, vacancy_id)
    if current is not None:
        current.role = "member"
        session.flush()


def _member_in(session: Session, vacancy_id: int, member_id: int) -> PanelMember:
    row = session.get(PanelMember, member_id)
    if row is None or row.vacancy_id != vacancy_id:
        raise NotFoundError(f"panel member {member_id} not found")
    return row


def make_chair(
    session: Session, *, actor: User, vacancy_id: int, member_id: int, now: datetime
) -> PanelMember:
    require_run_recruitment(actor, get_vacancy(session, vacancy_id))
    row = _member_in(session, vacancy_id, member_id)
    if row.role != "chair":
        _demote_chair(session, vacancy_id)
        row.role = "chair"
        session.flush()
        record(
            session,
            actor_id=actor.id,
            action="panel.chair",
            subject_type="vacancy",
            subject_id=vacancy_id,
            detail={"user": row.user_id},
        )
    return row


def remove_member(session: Session, *, actor: User, vacancy_id: int, member_id: int, now: datetime) -> None:
    """Take a member off the panel, before they have rated anyone (their ratings stay on the sheet)."""
    require_run_recruitment(actor, get_vacancy(session, vacancy_id))
    row = _member_in(session, vacancy_id, member_id)
    if session.scalar(select(InterviewScore.id).where(InterviewScore.member_id == row.id).limit(1)):
        raise ConflictError(
            "member: they have rated candidates; they stay on the panel", code="member-has-ratings"
        )
    record(
        session,
        actor_id=actor.id,
        action="panel.member_removed",
        subject_type="vacancy",
        subject_id=vacancy_id,
        detail={"user": row.user_id, "role": row.role},
    )
    session.delete(row)
    session.flush()


def require_ready(session: Session, vacancy_id: int) -> None:
    """Scoring needs a panel of at least two members, one of them the chair."""
    found = members(session, vacancy_id)
    if len(found) < MIN_MEMBERS or not any(member.is_chair for member in found):
        raise ConflictError(
            f"the panel needs at least {MIN_MEMBERS} members and a chair before scoring",
            code="panel-incomplete",
        )


def require_member(session: Session, user: User, vacancy_id: int) -> PanelMember:
    """The user's panel row; 404 for a vacancy they may not see, 403 for one whose panel they are not on."""
    require_visible(user, get_vacancy(session, vacancy_id))
    row = member_row(session, vacancy_id, user.id)
    if row is None:
        raise ForbiddenError(f"vacancy {vacancy_id}: you are not on its interview panel")
    return row


def declaration_of(session: Session, member_id: int, application_id: int) -> PanelDeclaration | None:
    return session.scalar(
        select(PanelDeclaration).where(
            PanelDeclaration.member_id == member_id, PanelDeclaration.application_id == application_id
        )
    )


def declare(
    session: Session,
    *,
    actor: User,
    application: Application,
    declaration: str,
    statement: str | None,
    now: datetime,
) -> PanelDeclaration:
    """The member's declaration of interest about one candidate, before scoring them; a conflict (with
    its statement) recuses them and discards their draft. It may change until they submit their ratings."""
    member = require_member(session, actor, application.vacancy_id)
    if declaration not in DECLARATIONS:
        raise InputError(f"declaration: one of {', '.join(DECLARATIONS)}", field="declaration")
    text = checked_text(statement, field="statement", limit=STATEMENT_MAX, required=declaration == "conflict")
    score = session.scalar(
        select(InterviewScore).where(
            InterviewScore.member_id == member.id, InterviewScore.application_id == application.id
        )
    )
    if score is not None and score.status == "submitted":
        raise ConflictError(
            "declaration: you have submitted your ratings of this candidate", code="submitted"
        )
    row = declaration_of(session, member.id, application.id)
    if row is None:
        row = PanelDeclaration(
            member_id=member.id, application_id=application.id, declaration=declaration, declared_at=now
        )
        session.add(row)
    row.declaration, row.statement, row.declared_at = declaration, text or None, now
    if declaration == "conflict" and score is not None:
        session.delete(score)
    session.flush()
    record(
        session,
        actor_id=actor.id,
        action="panel.declaration",
        subject_type="application",
        subject_id=application.id,
        reason=text or None,
        detail={"declaration": declaration},
    )
    return row
