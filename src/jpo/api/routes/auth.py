"""Sign-up of candidates, signing in (OAuth2 password flow) and out, and who am I."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response, status
from fastapi.security import OAuth2PasswordRequestForm

from jpo.api.deps import AnyUser
from jpo.api.schemas import TokenRead, UserCreate, UserRead
from jpo.db.models import User
from jpo.http.deps import AppSettings, DbSession, Now, client_address
from jpo.users.sign_in import sign_in as sign_in_with_password
from jpo.users.sign_up import sign_up as sign_up_with_password
from jpo.users.throttle import AddressLimits
from jpo.users.tokens import revoke_tokens

router = APIRouter(tags=["accounts"])


def user_read(user: User) -> UserRead:
    return UserRead(
        id=user.id, email=user.email, role=user.role, sponsor_country=user.sponsor_country,
        organization=user.organization,
    )  # fmt: skip


@router.post("/users", status_code=status.HTTP_201_CREATED, response_model=UserRead)
def sign_up(body: UserCreate, request: Request, now: Now, settings: AppSettings) -> UserRead:
    """Create a candidate account (staff accounts are made with `jpo admin create-user`); then sign in.
    At most `JPO_SIGN_UPS_PER_IP` sign-ups per address and window (429 with Retry-After)."""
    signed_up = sign_up_with_password(
        request.app.state.engine, email=body.email, password=body.password, client=client_address(request),
        limit=AddressLimits.of(settings).sign_up, now=now, lifetime=None,
    )  # fmt: skip
    return user_read(signed_up.user)


@router.post("/auth/token", response_model=TokenRead)
def sign_in(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], request: Request, now: Now, settings: AppSettings
) -> TokenRead:
    """Exchange an e-mail address (`username`) and password for a bearer token. Five wrong passwords
    in a row pause the account for 15 minutes; `JPO_SIGN_IN_FAILURES_PER_IP` wrong passwords pause the
    client's address for its window (429 with Retry-After, the password not tried)."""
    lifetime = timedelta(hours=settings.token_hours)
    signed_in = sign_in_with_password(
        request.app.state.engine, email=form.username, password=form.password, client=client_address(request),
        limit=AddressLimits.of(settings).sign_in, now=now, lifetime=lifetime,
    )  # fmt: skip
    return TokenRead(access_token=signed_in.token, expires_at=now + lifetime)


@router.post("/auth/logout", status_code=status.HTTP_204_NO_CONTENT, response_class=Response)
def sign_out(user: AnyUser, session: DbSession) -> None:
    """Revoke every token of the signed-in user."""
    revoke_tokens(session, user.id)


@router.get("/users/me", response_model=UserRead)
def who_am_i(user: AnyUser) -> UserRead:
    return user_read(user)
