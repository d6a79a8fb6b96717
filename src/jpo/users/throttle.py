"""Limits per client address on sign-in and sign-up, beside the pause of one account: attempts are
counted in the database per address and fixed window of time, so every worker shares the count.

An IPv6 client is counted by its /64 network (one household or server is given a whole /64); an
IPv4-mapped IPv6 address as the IPv4 address it is.
"""

from __future__ import annotations

import ipaddress
import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from jpo.db.repositories import give_back_client_attempt, reserve_client_attempt
from jpo.errors import AddressLimitError
from jpo.settings import Settings

SIGN_IN = "sign-in"
SIGN_UP = "sign-up"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class AddressLimit:
    """At most `attempts` of `action` from one address per `window` (windows start at fixed times)."""

    action: str
    attempts: int
    window: timedelta

    def window_start(self, now: datetime) -> datetime:
        windows = (now - _EPOCH) // self.window
        return _EPOCH + windows * self.window


@dataclass(frozen=True, slots=True)
class AddressLimits:
    sign_in: AddressLimit
    sign_up: AddressLimit

    @classmethod
    def of(cls, settings: Settings) -> AddressLimits:
        sign_in_window = timedelta(minutes=settings.sign_in_ip_window_minutes)
        sign_up_window = timedelta(minutes=settings.sign_up_ip_window_minutes)
        return cls(
            AddressLimit(SIGN_IN, settings.sign_in_failures_per_ip, sign_in_window),
            AddressLimit(SIGN_UP, settings.sign_ups_per_ip, sign_up_window),
        )


@dataclass(frozen=True, slots=True)
class Reserved:
    """An attempt counted against an address, to give back if it turns out not to count."""

    client: str
    action: str
    window_start: datetime


def client_of(host: str | None) -> str:
    """The key an address is counted under (see the module's note); "unknown" when there is none."""
    if not host:
        return "unknown"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host[:64]
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


def reserve_address(session: Session, limit: AddressLimit, *, client: str, now: datetime) -> Reserved:
    """Count one attempt from `client`, or AddressLimitError (429) when the window's limit is reached."""
    start = limit.window_start(now)
    if not reserve_client_attempt(
        session, client=client, action=limit.action, window_start=start, limit=limit.attempts,
        stale_before=start,
    ):  # fmt: skip
        wait = start + limit.window - now
        what = "sign-in failures" if limit.action == SIGN_IN else "sign-ups"
        minutes = math.ceil(wait / timedelta(minutes=1))
        raise AddressLimitError(
            f"too many {what} from this network address: try again in {minutes} minute(s)",
            retry_after=max(1, math.ceil(wait.total_seconds())),
        )
    return Reserved(client, limit.action, start)


def give_back(session: Session, reserved: Reserved) -> None:
    give_back_client_attempt(
        session, client=reserved.client, action=reserved.action, window_start=reserved.window_start
    )
