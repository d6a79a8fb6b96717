"""Signing up, in and out on the web, over the same services as the API (`jpo.users.sign_up`,
`jpo.users.sign_in`). The session cookie holds an access token like the API's. The forms' origin is
checked for every state-changing request by `jpo.http.security`, not here."""

from __future__ import annotations

import math
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from jpo.errors import AddressLimitError, ConflictError, InputError, TooManyAttemptsError, UnauthorizedError
from jpo.http.deps import AppSettings, DbSession, Now, client_address
from jpo.users.credentials import MIN_PASSWORD
from jpo.users.sign_in import SignedIn
from jpo.users.sign_in import sign_in as sign_in_with_password
from jpo.users.sign_up import sign_up as sign_up_with_password
from jpo.users.throttle import AddressLimits
from jpo.users.tokens import revoke_tokens
from jpo.web.auth import HOME, WebViewer, end_session, local_path, start_session
from jpo.web.i18n import LOCALES, N_
from jpo.web.render import locale_of, render, translator

router = APIRouter(include_in_schema=False)
Email = Annotated[str, Form(max_length=320)]
Password = Annotated[str, Form(max_length=1024)]
Next = Annotated[str, Form(max_length=2000)]
PAUSED = N_("Too many wrong passwords in a row: wait a quarter of an hour and try again.")
_FROM_ADDRESS = {
    "sign-in": N_("Too many sign-in attempts from your network: try again in %(minutes)s minutes."),
    "sign-up": N_("Too many accounts were made from your network: try again in %(minutes)s minutes."),
}
_FIELD_ERRORS = {"email": N_("This is not an e-mail address."), "password": N_("Use a longer password.")}


def refusal(request: Request, error: TooManyAttemptsError, action: str = "sign-in") -> str:
    """Why an attempt is refused, in the reader's language: the account pauses, or the address does."""
    if not isinstance(error, AddressLimitError):
        return PAUSED
    minutes = max(1, math.ceil(error.retry_after / 60))
    return str(translator(locale_of(request))(_FROM_ADDRESS[action], minutes=minutes))


def back_to(value: str | None) -> str:
    """Where to go after signing in or up: `value` when it is a path on this site, else "". Never
    another site: "//host", "https://host", "/\\host" and any space or control character (browsers
    drop tabs and line ends from a URL, so "/\t/host" would be "//host") are refused."""
    if not value or any(char.isspace() or ord(char) < 32 or ord(char) == 127 for char in value):
        return ""
    return local_path(value, "")


def _signed_in(
    request: Request, signed_in: SignedIn, next: str, now: Now, lifetime: timedelta, default: str = ""
) -> Response:
    target = back_to(next) or default or HOME.get(signed_in.role, "/")
    lang = request.query_params.get("lang")
    if lang in LOCALES and "lang=" not in target:  # the page's language goes along, as in `see_other`
        target += f"{'&' if '?' in target else '?'}lang={lang}"
    response = RedirectResponse(target, status_code=303)
    start_session(request, response, signed_in.token, now, lifetime)
    return response


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(
    request: Request, viewer: WebViewer, next: Annotated[str, Query(max_length=2000)] = ""
) -> HTMLResponse:
    context = {"form": {"email": ""}, "next": back_to(next), "error": None}
    return render(request, "accounts/sign_in.html", context)


@router.post("/sign-in", response_class=HTMLResponse)
def sign_in(
    request: Request,
    now: Now,
    settings: AppSettings,
    email: Email = "",
    password: Password = "",
    next: Next = "",
) -> Response:
    lifetime = timedelta(hours=settings.token_hours)
    next = back_to(next)
    try:
        signed_in = sign_in_with_password(
            request.app.state.engine, email=email, password=password, client=client_address(request),
            limit=AddressLimits.of(settings).sign_in, now=now, lifetime=lifetime,
        )  # fmt: skip
    except UnauthorizedError:
        context = {"form": {"email": email}, "next": next, "error": N_("Wrong e-mail address or password.")}
        return render(request, "accounts/sign_in.html", context, status=400)
    except TooManyAttemptsError as error:
        context = {"form": {"email": email}, "next": next, "error": refusal(request, error)}
        page = render(request, "accounts/sign_in.html", context, status=429)
        page.headers["Retry-After"] = str(error.retry_after)
        return page
    return _signed_in(request, signed_in, next, now, lifetime)


@router.get("/sign-up", response_class=HTMLResponse)
def sign_up_form(
    request: Request, viewer: WebViewer, next: Annotated[str, Query(max_length=2000)] = ""
) -> HTMLResponse:
    """The sign-up form; `next`, the page the visitor was going to (applying, say), goes along."""
    context = {"form": {"email": ""}, "errors": {}, "error": None, "min_password": MIN_PASSWORD,
               "next": back_to(next)}  # fmt: skip
    return render(request, "accounts/sign_up.html", context)


@router.post("/sign-up", response_class=HTMLResponse)
def sign_up(
    request: Request, now: Now, settings: AppSettings, email: Email = "", password: Password = "",
    confirm: Password = "", next: Next = "",
) -> Response:  # fmt: skip
    """The account and its first session, as `POST /api/v1/users` then a sign-in would make them; then
    the page the visitor was going to (`next`), else the profile builder."""
    lifetime = timedelta(hours=settings.token_hours)
    next = back_to(next)
    context = {"form": {"email": email}, "min_password": MIN_PASSWORD, "errors": {}, "error": None,
               "next": next}  # fmt: skip
    if password != confirm:
        context["errors"] = {"confirm": N_("The two passwords differ.")}
        return render(request, "accounts/sign_up.html", context, 422)
    try:
        signed_up = sign_up_with_password(
            request.app.state.engine, email=email, password=password, client=client_address(request),
            limit=AddressLimits.of(settings).sign_up, now=now, lifetime=lifetime,
            locale=locale_of(request),
        )  # fmt: skip
    except TooManyAttemptsError as error:
        context["error"] = refusal(request, error, "sign-up")
        page = render(request, "accounts/sign_up.html", context, 429)
        page.headers["Retry-After"] = str(error.retry_after)
        return page
    except ConflictError:
        context["errors"] = {"email": N_("This e-mail address already has an account; sign in instead.")}
        return render(request, "accounts/sign_up.html", context, 422)
    except InputError as error:
        field = error.field if error.field in _FIELD_ERRORS else "email"
        context["errors"] = {field: _FIELD_ERRORS.get(field, error.message)}
        return render(request, "accounts/sign_up.html", context, 422)
    assert signed_up.token is not None
    signed_in = SignedIn(user_id=signed_up.user.id, role=signed_up.user.role, token=signed_up.token)
    return _signed_in(request, signed_in, next, now, lifetime, default="/me/profile")


@router.post("/sign-out")
def sign_out(request: Request, session: DbSession, viewer: WebViewer) -> Response:
    if viewer is not None:
        revoke_tokens(session, viewer.id)
    response = RedirectResponse("/", status_code=303)
    end_session(response)
    return response
