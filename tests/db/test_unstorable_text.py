"""The backstop under every edge: a statement whose values hold a NUL (which PostgreSQL cannot store and
SQLite would keep) or an unpaired surrogate (which no driver can encode) is refused as bad input, the
same on both backends, wherever the text sits: a column, a query's parameter, deep in a JSON document."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

from jpo.db.models import AuditEvent, User
from jpo.db.session import unit_of_work
from jpo.errors import InputError

UNSTORABLE = ["a\x00b", "\x00", "a\ud800b"]


def _user(email: str) -> User:
    return User(email=email, password_hash="x", role="candidate")


@pytest.mark.parametrize("bad", UNSTORABLE)
def test_a_column_holding_unstorable_text_is_refused_and_nothing_is_kept(engine: Engine, bad: str) -> None:
    with pytest.raises(InputError, match="cannot be stored"), unit_of_work(engine) as session:
        session.add(_user(f"{bad}@example.org"))
    with unit_of_work(engine, writes=False) as session:
        assert session.scalar(select(func.count()).select_from(User)) == 0


@pytest.mark.parametrize("bad", UNSTORABLE)
def test_unstorable_text_deep_in_a_json_document_is_refused(engine: Engine, bad: str) -> None:
    detail: dict[str, Any] = {"before": {"duties": ["ok", {"nested": [bad]}]}}
    with pytest.raises(InputError), unit_of_work(engine) as session:
        session.add(AuditEvent(action="vacancy.edited", subject_type="vacancy", detail=detail))
    with pytest.raises(InputError), unit_of_work(engine) as session:
        session.add(AuditEvent(action="vacancy.edited", subject_type="vacancy", detail={bad: 1}))


@pytest.mark.parametrize("bad", UNSTORABLE)
def test_a_query_parameter_holding_unstorable_text_is_refused(engine: Engine, bad: str) -> None:
    with pytest.raises(InputError), unit_of_work(engine, writes=False) as session:
        session.scalar(select(User).where(User.email == bad))
    with pytest.raises(InputError), unit_of_work(engine, writes=False) as session:
        session.execute(text("SELECT :value"), {"value": bad})


def test_what_looks_like_an_escaped_nul_is_ordinary_text(engine: Engine) -> None:
    """A backslash followed by u0000, typed as such, is six characters any database stores."""
    typed = "\\u0000 and \\x00"
    with unit_of_work(engine) as session:
        session.add(_user(f"{typed}@example.org"))
        session.add(AuditEvent(action="vacancy.edited", subject_type="vacancy", detail={"typed": typed}))
    with unit_of_work(engine, writes=False) as session:
        assert session.scalar(select(User.email)) == f"{typed}@example.org"
        assert session.scalar(select(AuditEvent.detail)) == {"typed": typed}
