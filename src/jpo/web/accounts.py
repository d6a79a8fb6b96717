"""Signing up, in and out on the web. The session cookie holds an access token like the API's."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from jpo.api.deps import AppSettings, DbSession, Now
from jpo.db.models import User
from jpo.db.session import unit_of_work
from jpo.errors import ConflictError, InputError, UnauthorizedError
from jpo.users.service import MIN_PASSWORD, sign_up_candidate
from jpo.users.tokens import add_token, check_password, password_hash_of, revoke_tokens
from jpo.web.auth import HOME, WebViewer, end_session, local_path, start_session
from jpo.web.i18n import N_
from jpo.web.render import render

router = APIRouter(include_in_schema=False)
Email = Annotated[str, Form(max_length=320)]
Password = Annotated[str, Form(max_length=1024)]
Next = Annotated[str, Form(max_length=2000)]
_FIELD_ERRORS = {"email": N_("This is not an e-mail address."), "password": N_("Use a longer password.")}


def _signed_in(request: Request, user_id: int, role: str, back_to: str, now: Now, hours: float) -> Response:
    lifetime = timedelta(hours=hours)
    with unit_of_work(request.app.state.engine) as session:
        token = add_token(session, user_id=user_id, now=now, lifetime=lifetime)
    response = RedirectResponse(local_path(back_to, HOME.get(role, "/")), status_code=303)
    start_session(request, response, token, now, lifetime)
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
    engine = request.app.state.engine
    with unit_of_work(engine) as session:  # read, then check the password with no lock held
        account = password_hash_of(session, email.strip())
    try:
        user_id = check_password(account, password)
    except UnauthorizedError:
        context = {"form": {"email": email}, "next": next, "error": N_("Wrong e-mail address or password.")}
        return render(request, "accounts/sign_in.html", context, status=400)
    with unit_of_work(engine) as session:
        role = session.get_one(User, user_id).role
    return _signed_in(request, user_id, role, next, now, settings.token_hours)


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
    if password != confirm:
        errors["confirm"] = N_("The two passwords differ.")
    if not errors:
        try:
            with unit_of_work(request.app.state.engine) as session:
                user_id = sign_up_candidate(session, email=email.strip(), password=password).id
        except ConflictError:
            errors["email"] = N_("This e-mail address already has an account; sign in instead.")
        except InputError as error:  # the service names the field first: "email: ...", "password: ..."
            field = str(error).partition(":")[0]
            errors[field if field in _FIELD_ERRORS else "email"] = _FIELD_ERRORS.get(field, str(error))
    if errors:
        context = {"form": {"email": email}, "min_password": MIN_PASSWORD, "errors": errors}
        return render(request, "accounts/sign_up.html", context, 422)
    return _signed_in(request, user_id, "candidate", "/me/profile", now, settings.token_hours)


@router.post("/sign-out")
def sign_out(request: Request, session: DbSession, viewer: WebViewer) -> Response:
    if viewer is not None:
        revoke_tokens(session, viewer.id)
    response = RedirectResponse("/", status_code=303)
    end_session(response)
    return response
