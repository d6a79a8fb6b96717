"""Signing in with a password, for the API and the web alike: three short transactions, so that the
deliberately slow password check holds no database lock, and a wrong password is counted even though
the sign-in fails."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine

from jpo.db.repositories import count_failed_sign_in
from jpo.db.session import unit_of_work
from jpo.errors import UnauthorizedError
from jpo.users.tokens import add_token, check_password, password_hash_of


@dataclass(frozen=True, slots=True)
class SignedIn:
    user_id: int
    role: str
    token: str


def sign_in(engine: Engine, *, email: str, password: str, now: datetime, lifetime: timedelta) -> SignedIn:
    """A new access token for the account, or UnauthorizedError / TooManyAttemptsError."""
    with unit_of_work(engine) as session:
        account = password_hash_of(session, email.strip())
    try:
        user_id = check_password(account, password, now)
    except UnauthorizedError:
        if account is not None:
            with unit_of_work(engine) as session:
                count_failed_sign_in(session, account.id, now)
        raise
    assert account is not None
    with unit_of_work(engine) as session:
        token = add_token(session, user_id=user_id, now=now, lifetime=lifetime)
    return SignedIn(user_id=user_id, role=account.role, token=token)
