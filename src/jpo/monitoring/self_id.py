"""A candidate's self-identification: saved, read back, exported and erased with the person; never read
by eligibility or ranking. Flushes, never commits."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from jpo.db.models import SelfIdentification, User
from jpo.db.session import start_writing
from jpo.errors import InputError
from jpo.fairness.categories import CATEGORIES, check_answer


def answers_of(session: Session, user_id: int) -> dict[str, str | None]:
    """The person's answers, None for each question left unanswered."""
    row = session.get(SelfIdentification, user_id)
    return {category: getattr(row, category) if row else None for category in CATEGORIES}


def save_answers(
    session: Session, *, user: User, answers: Mapping[str, Any], now: datetime
) -> dict[str, str | None]:
    """Replace the person's answers with `answers` (a question left out or empty is unanswered);
    InputError naming the field for an unknown question or value. All unanswered removes the row."""
    unknown = sorted(set(answers) - set(CATEGORIES))
    if unknown:
        raise InputError(f"{unknown[0]}: not a self-identification question", field=unknown[0])
    checked: dict[str, str | None] = {}
    for category in CATEGORIES:
        value = answers.get(category)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{category}: an answer is text", field=category)
        try:
            checked[category] = check_answer(category, value)
        except ValueError as error:
            raise InputError(str(error), field=category) from error
    start_writing(session)
    row = session.get(SelfIdentification, user.id)
    if all(value is None for value in checked.values()):
        if row is not None:
            session.delete(row)
        session.flush()
        return checked
    if row is None:
        row = SelfIdentification(user_id=user.id)
        session.add(row)
    for category, value in checked.items():
        setattr(row, category, value)
    row.updated_at = now
    session.flush()
    return checked


def erase_answers(session: Session, user_id: int) -> None:
    session.execute(delete(SelfIdentification).where(SelfIdentification.user_id == user_id))
