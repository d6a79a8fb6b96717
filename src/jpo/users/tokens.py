"""Bearer tokens: opaque random strings kept only as their SHA-256, with an expiry, revocable."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from jpo.db.models import ApiToken, User
from jpo.errors import UnauthorizedError


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_token(session: Session, *, user_id: int, now: datetime, lifetime: timedelta) -> str:
    """A new bearer token for the user; their expired tokens are dropped."""
    session.execute(delete(ApiToken).where(ApiToken.user_id == user_id, ApiToken.expires_at < now))
    token = secrets.token_urlsafe(32)
    session.add(
        ApiToken(token_sha256=_digest(token), user_id=user_id, created_at=now, expires_at=now + lifetime)
    )
    session.flush()
    return token


def user_of_token(session: Session, token: str, now: datetime) -> User:
    """The user a bearer token belongs to, or UnauthorizedError when it is unknown or expired."""
    row = session.get(ApiToken, _digest(token))
    if row is None or row.expires_at <= now:
        raise UnauthorizedError("the access token is unknown or has expired; sign in again")
    user = session.get(User, row.user_id)
    if user is None or user.erased_at is not None:
        raise UnauthorizedError("the access token is unknown or has expired; sign in again")
    return user


def revoke_tokens(session: Session, user_id: int) -> None:
    """Sign the user out everywhere."""
    session.execute(delete(ApiToken).where(ApiToken.user_id == user_id))
