"""Creating users: validated roles and scopes, hashed passwords; flushes, never commits."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from jpo.audit.trail import record
from jpo.db.models import User
from jpo.db.repositories import user_by_email
from jpo.errors import ConflictError, InputError
from jpo.geo.countries import country_name
from jpo.geo.organizations import organization as known_organization
from jpo.users.credentials import (
    EMAIL_PATTERN,
    MIN_PASSWORD,
    check_new_password,
    checked_email,
    normalise_email,
)
from jpo.users.passwords import hash_password

__all__ = ["EMAIL_PATTERN", "MIN_PASSWORD", "ROLES", "create_user", "sign_up_candidate", "user_with_email"]

ROLES = ("candidate", "admin", "reviewer", "auditor")


def _check_scope(role: str, sponsor: str | None, organization: str | None) -> None:
    if sponsor is not None:
        if role != "admin":
            raise InputError(
                "sponsor: only a programme admin is scoped to a sponsor country", field="sponsor"
            )
        try:
            country_name(sponsor)
        except KeyError:
            raise InputError(
                f"sponsor: {sponsor!r} is not an ISO 3166 alpha-2 country code", field="sponsor"
            ) from None
    if organization is not None:
        if role != "reviewer":
            raise InputError(
                "organization: only a reviewer is scoped to a host organization", field="organization"
            )
        if known_organization(organization) is None:
            raise InputError(
                f"organization: {organization!r} is not a known UN organization acronym", field="organization"
            )


def user_with_email(session: Session, email: str) -> User | None:
    """The user with this e-mail address, however it is typed (see `normalise_email`)."""
    return user_by_email(session, normalise_email(email))


def create_user(
    session: Session,
    *,
    email: str,
    password: str,
    role: str,
    sponsor: str | None = None,
    organization: str | None = None,
) -> User:
    """A new user; an unscoped admin is the programme's service centre, managing every vacancy."""
    email = checked_email(email)
    if role not in ROLES:
        raise InputError(f"role: {role!r} is not one of {', '.join(ROLES)}", field="role")
    check_new_password(password)
    _check_scope(role, sponsor, organization)
    hashed = hash_password(password)  # before the first query: no database lock waits for Argon2
    if user_by_email(session, email) is not None:
        raise ConflictError(f"email: {email} is already registered", field="email")
    user = User(
        email=email,
        password_hash=hashed,
        role=role,
        sponsor_country=sponsor.upper() if sponsor else None,
        organization=known_organization(organization).acronym if organization else None,  # type: ignore[union-attr]
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError as error:  # registered concurrently between the check and the insert
        raise ConflictError(f"email: {email} is already registered", field="email") from error
    return user


def sign_up_candidate(session: Session, *, email: str, password: str, locale: str | None = None) -> User:
    """A candidate's own account, audited; staff accounts are made by `jpo admin create-user`. `locale`:
    the language they signed up in, for the e-mails others' decisions cause."""
    user = create_user(session, email=email, password=password, role="candidate")
    user.locale = locale
    record(session, actor_id=user.id, action="user.created", subject_type="user", subject_id=user.id)
    return user
