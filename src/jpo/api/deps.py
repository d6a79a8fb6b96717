"""Request dependencies: the unit of work around each request, the signed-in user, the clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Path, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from jpo.db.models import User
from jpo.db.session import unit_of_work
from jpo.errors import ForbiddenError, UnauthorizedError
from jpo.settings import Settings
from jpo.users.tokens import user_of_token

MAX_ID = 2**31 - 1  # ids are 32-bit integers on PostgreSQL
Id = Annotated[int, Path(ge=1, le=MAX_ID, description="an id")]

_bearer = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def get_session(request: Request) -> Iterator[Session]:
    # scope="function" below: the commit happens before the response leaves, so a client never sees
    # success for work that was not saved.
    with unit_of_work(request.app.state.engine) as session:
        yield session


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_now() -> datetime:
    return datetime.now(UTC)


DbSession = Annotated[Session, Depends(get_session, scope="function")]
Now = Annotated[datetime, Depends(get_now)]
AppSettings = Annotated[Settings, Depends(get_settings)]


def optional_user(
    session: DbSession, now: Now, token: Annotated[str | None, Depends(_bearer)]
) -> User | None:
    return user_of_token(session, token, now) if token else None


def current_user(user: Annotated[User | None, Depends(optional_user)]) -> User:
    if user is None:
        raise UnauthorizedError("sign in first: this needs a bearer token from /api/v1/auth/token")
    return user


def _role(*roles: str) -> object:
    def check(user: Annotated[User, Depends(current_user)]) -> User:
        if user.role not in roles:
            raise ForbiddenError(
                f"this is for {' or '.join(roles)} accounts; you are signed in as {user.role}"
            )
        return user

    return check


Viewer = Annotated[User | None, Depends(optional_user)]
AnyUser = Annotated[User, Depends(current_user)]
Candidate = Annotated[User, Depends(_role("candidate"))]
Admin = Annotated[User, Depends(_role("admin"))]
Staff = Annotated[User, Depends(_role("admin", "reviewer"))]
Auditor = Annotated[User, Depends(_role("auditor"))]
