"""Signing in: a password exchanged for an opaque bearer token, kept only as its SHA-256."""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.orm import Session

from jpo.db.models import ApiToken, User
from jpo.db.repositories import reset_failed_sign_ins, user_by_email
from jpo.errors import TooManyAttemptsError, UnauthorizedError
from jpo.users.passwords import hash_password, verify_password

# Verified against when the e-mail is unknown, so a wrong address costs as long as a wrong password.
_DUMMY_HASH = hash_password("not a password of anyone's")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


MAX_FAILURES = 5  # failed sign-ins in a row before an account pauses
PAUSE = timedelta(minutes=15)  # counted from the last failure; refused attempts do not extend it


@dataclass(frozen=True, slots=True)
class Account:
    """What signing in needs to know of an account."""

    id: int
    role: str
    password_hash: str
    failed_sign_ins: int
    last_failed_sign_in: datetime | None


def password_hash_of(session: Session, email: str) -> Account | None:
    """The account with this e-mail address, if it can sign in."""
    user = user_by_email(session, email)
    if user is None or user.erased_at is not None:
        return None
    return Account(user.id, user.role, user.password_hash, user.failed_sign_ins, user.last_failed_sign_in)


def check_password(account: Account | None, password: str, now: datetime) -> int:
    """The account's id when `password` is right; UnauthorizedError otherwise, TooManyAttemptsError
    while the account pauses after MAX_FAILURES wrong passwords in a row (the password is not tried).

    Done outside any transaction: Argon2 takes ~0.1 s on purpose, and a database lock must not wait
    for it. An unknown address costs as long as a wrong password.
    """
    if account is not None and account.failed_sign_ins >= MAX_FAILURES and account.last_failed_sign_in:
        wait = account.last_failed_sign_in + PAUSE - now
        if wait > timedelta(0):
            minutes = math.ceil(wait.total_seconds() / 60)
            raise TooManyAttemptsError(
                f"too many wrong passwords in a row: try again in {minutes} minute(s)",
                retry_after=math.ceil(wait.total_seconds()),
            )
    if account is None:
        verify_password(_DUMMY_HASH, password)
    elif verify_password(account.password_hash, password):
        return account.id
    raise UnauthorizedError("wrong e-mail address or password")


def add_token(session: Session, *, user_id: int, now: datetime, lifetime: timedelta) -> str:
    """A new bearer token for the user; their expired tokens are dropped."""
    session.execute(delete(ApiToken).where(ApiToken.user_id == user_id, ApiToken.expires_at < now))
    token = secrets.token_urlsafe(32)
    session.add(
        ApiToken(token_sha256=_digest(token), user_id=user_id, created_at=now, expires_at=now + lifetime)
    )
    reset_failed_sign_ins(session, user_id)
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
