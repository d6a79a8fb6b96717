"""Who is signed in on the web: a session cookie holding an access token (the API's bearer tokens) and
the role guards of the pages (the same-origin check of forms is `jpo.http.security.same_origin`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request, Response
from fastapi.responses import RedirectResponse

from jpo.db.models import User
from jpo.errors import ForbiddenError, UnauthorizedError
from jpo.http.deps import SAFE_METHODS, DbSession, Now
from jpo.users.tokens import user_of_token

COOKIE = "jpo_session"
HOME = {"candidate": "/me/applications", "admin": "/admin", "reviewer": "/review", "auditor": "/"}


@dataclass(frozen=True, slots=True)
class Reader:
    """Who the navigation greets: a copy, since an error page renders after the session rolled back."""

    email: str
    role: str


class SignInRequiredError(Exception):
    """A page for signed-in users was asked for without a session; the reader goes to the sign-in form."""

    def __init__(self, back_to: str) -> None:
        super().__init__(back_to)
        self.back_to = back_to


def web_viewer(request: Request, session: DbSession, now: Now) -> User | None:
    """The signed-in user, or None; kept on the request so every page's navigation knows them."""
    token = request.cookies.get(COOKIE)
    user = None
    if token:
        try:
            user = user_of_token(session, token, now)
        except UnauthorizedError:
            user = None
    request.state.user = Reader(email=user.email, role=user.role) if user else None
    return user


def _web_role(*roles: str) -> object:
    def check(request: Request, user: Annotated[User | None, Depends(web_viewer)]) -> User:
        if user is None:
            query = f"?{request.url.query}" if request.url.query else ""
            raise SignInRequiredError(request.url.path + query if request.method in SAFE_METHODS else "")
        if user.role not in roles:
            raise ForbiddenError(f"this page is for {' or '.join(roles)} accounts")
        return user

    return check


WebViewer = Annotated[User | None, Depends(web_viewer)]
WebCandidate = Annotated[User, Depends(_web_role("candidate"))]
WebAdmin = Annotated[User, Depends(_web_role("admin"))]
WebStaff = Annotated[User, Depends(_web_role("admin", "reviewer"))]
WebPerson = Annotated[User, Depends(_web_role("candidate", "admin", "reviewer"))]  # an assignment's parties


def local_path(candidate: str | None, default: str) -> str:
    """`candidate` if it is a path on this site ("/x", never "//host" or "http://"), else `default`."""
    if candidate and candidate.startswith("/") and not candidate.startswith("//") and "\\" not in candidate:
        return candidate
    return default


def start_session(
    request: Request, response: Response, token: str, now: datetime, lifetime: timedelta
) -> None:
    response.set_cookie(
        COOKIE, token, max_age=int(lifetime.total_seconds()), httponly=True, samesite="lax",
        secure=request.url.scheme == "https", path="/",
    )  # fmt: skip


def end_session(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/")


def to_sign_in(request: Request, error: Exception) -> Response:
    back_to = error.back_to if isinstance(error, SignInRequiredError) else ""
    target = "/sign-in" + (f"?next={quote(back_to, safe='/')}" if back_to else "")
    if request.headers.get("hx-request"):
        return Response(status_code=204, headers={"HX-Redirect": target})
    return RedirectResponse(target, status_code=303)
