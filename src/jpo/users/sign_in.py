"""Signing in with a password, for the API and the web alike, and the password typed again before an
account is deleted: reserve, check, settle.

1. One short transaction counts the attempt before the password is checked: against the client's
   address (`throttle`) and as a failure of the account, by conditional updates that refuse once five
   failures are on record within the pause. Parallel attempts queue on the rows, so however many
   arrive at once, at most five checks run per pause and the sixth attempt, right password or not,
   is refused (429) without being tried.
2. The deliberately slow Argon2 check runs outside any transaction: no lock waits for it.
3. A right password settles in a second short transaction: the account's count starts again, the
   address's attempt is given back, and a token is made. A wrong one is already counted.

The attempt is counted as failed up front (rather than marked "in flight" and settled either way) so
that a worker that dies mid-check leaves a failure that ends with the pause, never a stuck account.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from jpo.db.repositories import last_failed_sign_in, reserve_sign_in, reset_failed_sign_ins
from jpo.db.session import unit_of_work
from jpo.errors import TooManyAttemptsError, UnauthorizedError
from jpo.users.passwords import hash_password, verify_password
from jpo.users.service import user_with_email
from jpo.users.throttle import AddressLimit, Reserved, give_back, reserve_address
from jpo.users.tokens import add_token

MAX_FAILURES = 5  # failed sign-ins in a row before an account pauses
PAUSE = timedelta(minutes=15)  # counted from the last failure; refused attempts do not extend it
Settled = TypeVar("Settled")


@dataclass(frozen=True, slots=True)
class SignedIn:
    user_id: int
    role: str
    token: str


@dataclass(frozen=True, slots=True)
class Account:
    """What signing in needs to know of an account."""

    id: int
    role: str
    password_hash: str


@dataclass(frozen=True, slots=True)
class _Attempt:
    account: Account | None  # None: no account can sign in with that address
    reserved: Reserved


@cache
def _dummy_hash() -> str:
    """Checked against when the address is unknown, so a wrong address costs as long as a wrong password
    (made on first use, not on import)."""
    return hash_password("not a password of anyone's")


def sign_in(
    engine: Engine, *, email: str, password: str, client: str, limit: AddressLimit, now: datetime,
    lifetime: timedelta,
) -> SignedIn:  # fmt: skip
    """A new access token for the account; UnauthorizedError for a wrong address or password,
    TooManyAttemptsError while the account pauses, AddressLimitError when the address has failed enough."""

    def token(session: Session, account: Account) -> SignedIn:
        made = add_token(session, user_id=account.id, now=now, lifetime=lifetime)
        return SignedIn(user_id=account.id, role=account.role, token=made)

    return _checked(engine, email=email, password=password, client=client, limit=limit, now=now, settle=token)


def confirm_password(
    engine: Engine, *, email: str, password: str, client: str, limit: AddressLimit, now: datetime
) -> None:
    """None when `password` is the account's, as `sign_in` decides and counts it (a wrong password is a
    failed sign-in; a paused account is refused); for acts that ask for the password again."""
    _checked(engine, email=email, password=password, client=client, limit=limit, now=now,
             settle=lambda _session, _account: None)  # fmt: skip


def _checked(
    engine: Engine, *, email: str, password: str, client: str, limit: AddressLimit, now: datetime,
    settle: Callable[[Session, Account], Settled],
) -> Settled:  # fmt: skip
    with unit_of_work(engine, now=now) as session:
        attempt = _reserve(session, email=email, client=client, limit=limit, now=now)
    account = attempt.account
    if account is None:
        verify_password(_dummy_hash(), password)
    elif verify_password(account.password_hash, password):
        with unit_of_work(engine, now=now) as session:
            reset_failed_sign_ins(session, account.id)
            give_back(session, attempt.reserved)
            return settle(session, account)
    raise UnauthorizedError("wrong e-mail address or password")


def _reserve(session: Session, *, email: str, client: str, limit: AddressLimit, now: datetime) -> _Attempt:
    """The attempt counted against the address, then the account: both or neither (an error rolls the
    transaction back). The address first, so a client over its limit learns nothing of the account."""
    reserved = reserve_address(session, limit, client=client, now=now)
    user = user_with_email(session, email)
    if user is None or user.erased_at is not None:
        return _Attempt(None, reserved)
    if not reserve_sign_in(session, user.id, now, max_failures=MAX_FAILURES, pause=PAUSE):
        raise _paused(session, user.id, now)
    return _Attempt(Account(user.id, user.role, user.password_hash), reserved)


def _paused(session: Session, user_id: int, now: datetime) -> TooManyAttemptsError:
    last = last_failed_sign_in(session, user_id) or now
    wait = max(last + PAUSE - now, timedelta(seconds=1))
    return TooManyAttemptsError(
        f"too many wrong passwords in a row: try again in {math.ceil(wait / timedelta(minutes=1))} minute(s)",
        retry_after=math.ceil(wait.total_seconds()),
    )
