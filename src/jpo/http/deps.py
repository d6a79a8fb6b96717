"""Request dependencies both edges share: the unit of work around each request, settings, the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Path, Request
from sqlalchemy.orm import Session

from jpo.db.session import unit_of_work
from jpo.settings import Settings
from jpo.users.throttle import client_of

MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="an id")]


SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_READS_FIRST = "_jpo_reads_first"
Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def reads_first(endpoint: Endpoint) -> Endpoint:
    """Mark a state-changing endpoint whose unit of work starts reading: it does its slow work (parsing,
    embedding) holding no write lock and calls `start_writing()` before it writes."""
    setattr(endpoint, _READS_FIRST, True)
    return endpoint


def get_now() -> datetime:
    return datetime.now(UTC)


def get_session(request: Request, now: Annotated[datetime, Depends(get_now)]) -> Iterator[Session]:
    # scope="function" below: the commit happens before the response leaves, so a client never sees
    # success for work that was not saved. Reads (GET) never take SQLite's write lock. The request's
    # clock (`Now`, which tests override) dates the audit events of the unit of work.
    endpoint = request.scope.get("endpoint")
    writes = request.method not in SAFE_METHODS and not getattr(endpoint, _READS_FIRST, False)
    with unit_of_work(request.app.state.engine, writes=writes, now=now) as session:
        yield session


def client_address(request: Request) -> str:
    """The key the client's address is counted under (behind a proxy, uvicorn's --proxy-headers puts
    the forwarded address here)."""
    return client_of(request.client.host if request.client else None)


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


DbSession = Annotated[Session, Depends(get_session, scope="function")]
Now = Annotated[datetime, Depends(get_now)]
AppSettings = Annotated[Settings, Depends(get_settings)]
