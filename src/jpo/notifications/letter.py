"""What each kind of message contributes to its e-mail, and what every kind may need to write one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from jpo.db.models import OutboxMessage
from jpo.profiles.service import current_profile


@dataclass(frozen=True)
class Letter:
    """A kind's part of a message: the template's values (`path`: the page it links to, from the
    service's public address) and any attachments (file name, media type, bytes)."""

    values: dict[str, Any]
    attachments: list[tuple[str, str, bytes]]


# A kind's letter from the message and what the database holds when it is sent; None: nothing to send
# (what it was about is gone).
Writer = Callable[[Session, OutboxMessage], Letter | None]


def greeting_name(session: Session, user_id: int) -> str | None:
    """The name the person gave in their profile, as they want it written, if any."""
    version = current_profile(session, user_id)
    name = (version.document.get("name") if version else None) or {}
    if isinstance(name, str):
        return name.strip() or None
    written = " ".join(str(part).strip() for part in (name.get("given"), name.get("family")) if part)
    return written or None
