"""Signing up, in and out on the web. The session cookie holds an access token like the API's."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from jpo.api.deps import AppSettings, DbSession, Now
from jpo.db.session import unit_of_work
from jpo.errors import ConflictError, InputError, TooManyAttemptsError, UnauthorizedError
from jpo.users.service import MIN_PASSWORD, sign_up_candidate
from jpo.users.sign_in import SignedIn
from jpo.users.sign_in import sign_in as sign_in_with_password
from jpo.users.tokens import add_token, revoke_tokens
from jpo.web.auth import HOME, WebViewer, end_session, local_path, start_session
from jpo.web.i18n import N_
from jpo.web.render import render

router = APIRouter(include_in_schema=False)
Email = Annotated[str, Form(max_length=320)]
Password = Annotated[str, Form(max_length=1024)]
Next = Annotated[str, Form(max_length=2000)]
PAUSED = N_("Too many wrong passwords in a row: wait a quarter of an hour and try again.")
_FIELD_ERRORS = {"email": N_("This is not an e-mail address."), "password": N_("Use a longer password.")}


def _signed_in(
    request: Request, signed_in: SignedIn, back_to: str, now: Now, lifetime: timedelta
) -> Response:
    response = RedirectResponse(local_path(back_to, HOME.get(signed_in.role, "/")), status_code=303)
    start_session(request, response, signed_in.token, now, lifetime)
    return response


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(request: Request, viewer: WebViewer, next: str = "") -> HTMLResponse:
    return render(request, "accounts/sign_in.html", {"form": {"email": ""}, "next": next, "error": None})


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
    try:
        signed_in = sign_in_with_password(
            request.app.state.engine, email=email, password=password, now=now, lifetime=lifetime
        )
    except (UnauthorizedError, TooManyAttemptsError) as error:
        message = (
            PAUSED if isinstance(error, TooManyAttemptsError) else N_("Wrong e-mail address or password.")
        )
        context = {"form": {"email": email}, "next": next, "error": message}
        status = 429 if isinstance(error, TooManyAttemptsError) else 400
        return render(request, "accounts/sign_in.html", context, status=status)
    return _signed_in(request, signed_in, next, now, lifetime)


@router.get("/sign-up", response_class=HTMLResponse)
def sign_up_form(request: Request, viewer: WebViewer) -> HTMLResponse:
    context = {"form": {"email": ""}, "errors": {}, "min_password": MIN_PASSWORD}
    return render(request, "accounts/sign_up.html", context)


@router.post("/sign-up", response_class=HTMLResponse)
def sign_up(
    request: Request, now: Now, settings: AppSettings, email: Email = "", password: Password = "",
    confirm: Password = "",
) -> Response:  # fmt: skip
    errors: dict[str, str] = {}
    lifetime = timedelta(hours=settings.token_hours)
    if password != confirm:
        errors["confirm"] = N_("The two passwords differ.")
    if not errors:
        try:
            with unit_of_work(request.app.state.engine) as session:  # the account and its first session
                user = sign_up_candidate(session, email=email.strip(), password=password)
                token = add_token(session, user_id=user.id, now=now, lifetime=lifetime)
                signed_in = SignedIn(user_id=user.id, role=user.role, token=token)
        except ConflictError:
            errors["email"] = N_("This e-mail address already has an account; sign in instead.")
        except InputError as error:  # the service names the field first: "email: ...", "password: ..."
            field = str(error).partition(":")[0]
            errors[field if field in _FIELD_ERRORS else "email"] = _FIELD_ERRORS.get(field, str(error))
    if errors:
        context = {"form": {"email": email}, "min_password": MIN_PASSWORD, "errors": errors}
        return render(request, "accounts/sign_up.html", context, 422)
    return _signed_in(request, signed_in, "/me/profile", now, lifetime)


@router.post("/sign-out")
def sign_out(request: Request, session: DbSession, viewer: WebViewer) -> Response:
    if viewer is not None:
        revoke_tokens(session, viewer.id)
    response = RedirectResponse("/", status_code=303)
    end_session(response)
    return response
