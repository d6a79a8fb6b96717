"""Signing in: a password exchanged for an opaque bearer token, kept only as its SHA-256."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from jpo.db.models import ApiToken, User
from jpo.db.repositories import user_by_email
from jpo.errors import UnauthorizedError
from jpo.users.passwords import hash_password, verify_password

# Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
_DUMMY_HASH = hash_password("not a password of anyone's")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def issue_token(session: Session, *, email: str, password: str, now: datetime, lifetime: timedelta) -> str:
    """A new token for the user with these credentials; expired tokens of theirs are dropped."""
    user = user_by_email(session, email)
    if user is None or user.erased_at is not None:
        verify_password(_DUMMY_HASH, password)
        raise UnauthorizedError("wrong e-mail address or password")
    if not verify_password(user.password_hash, password):
        raise UnauthorizedError("wrong e-mail address or password")
    session.execute(delete(ApiToken).where(ApiToken.user_id == user.id, ApiToken.expires_at < now))
    token = secrets.token_urlsafe(32)
    session.add(
        ApiToken(token_sha256=_digest(token), user_id=user.id, created_at=now, expires_at=now + lifetime)
    )
    session.flush()
    return token


def user_of_token(session: Session, token: str, now: datetime) -> User:
    """The user a bearer token belongs to, or UnauthorizedError when it is unknown or expired."""
    row = session.get(ApiToken, _digest(token))
    if row is None or _aware(row.expires_at) <= now:
        raise UnauthorizedError("the access token is unknown or has expired; sign in again")
    user = session.get(User, row.user_id)
    if user is None or user.erased_at is not None:
        raise UnauthorizedError("the access token is unknown or has expired; sign in again")
    return user


def revoke_tokens(session: Session, user_id: int) -> None:
    """Sign the user out everywhere."""
    session.execute(delete(ApiToken).where(ApiToken.user_id == user_id))
