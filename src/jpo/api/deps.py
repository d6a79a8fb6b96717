"""API request dependencies: the signed-in user of a bearer token and the role guards."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

from jpo.db.models import User
from jpo.errors import ForbiddenError, UnauthorizedError
from jpo.http.deps import DbSession, Now
from jpo.users.tokens import user_of_token

_bearer = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


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
