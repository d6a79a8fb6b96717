"""Every query the services need, in one place."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jpo.db.models import User


def user_by_email(session: Session, email: str) -> User | None:
    """The user with this e-mail address, compared case-insensitively."""
    return session.scalar(select(User).where(func.lower(User.email) == email.lower()))
