"""Signing up, for the API and the web alike: the attempt counted against the client's address in a
transaction of its own (kept whatever follows, since a refused sign-up also tells whether an address is
registered), then the account, its audit event and, for the web, its first session in one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine

from jpo.db.models import User
from jpo.db.session import unit_of_work
from jpo.users.service import sign_up_candidate
from jpo.users.throttle import AddressLimit, reserve_address
from jpo.users.tokens import add_token


@dataclass(frozen=True, slots=True)
class SignedUp:
    user: User  # detached: its columns are loaded
    token: str | None  # a first access token, when one was asked for


def sign_up(
    engine: Engine, *, email: str, password: str, client: str, limit: AddressLimit, now: datetime,
    lifetime: timedelta | None, locale: str | None = None,
) -> SignedUp:  # fmt: skip
    """A new candidate account, and a token valid for `lifetime` unless it is None; AddressLimitError
    when the address has signed up enough, InputError or ConflictError (field "email" or "password")."""
    with unit_of_work(engine, now=now) as session:
        reserve_address(session, limit, client=client, now=now)
    with unit_of_work(engine, now=now) as session:  # the password is hashed before this one's first statement
        user = sign_up_candidate(session, email=email, password=password, locale=locale)
        token = add_token(session, user_id=user.id, now=now, lifetime=lifetime) if lifetime else None
    return SignedUp(user, token)
