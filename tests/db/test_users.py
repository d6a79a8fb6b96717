"""Creating users on every backend: roles, scopes, hashed passwords, duplicates refused."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from jpo.db.models import User
from jpo.db.session import unit_of_work
from jpo.errors import ConflictError, InputError
from jpo.users.passwords import verify_password
from jpo.users.service import create_user


def test_create_scoped_users_with_hashed_passwords(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        admin = create_user(
            session, email="Admin@Example.org", password="a long secret", role="admin", sponsor="kr"
        )
        reviewer = create_user(
            session, email="r@example.org", password="a long secret", role="reviewer", organization="ohchr"
        )
    with unit_of_work(engine) as session:
        stored = session.get(User, admin.id)
        assert stored is not None and stored.email == "admin@example.org" and stored.sponsor_country == "KR"
        assert stored.password_hash.startswith("$argon2id$") and "a long secret" not in stored.password_hash
        assert verify_password(stored.password_hash, "a long secret")
        assert not verify_password(stored.password_hash, "a long secreT")
        assert session.get(User, reviewer.id).organization == "OHCHR"  # type: ignore[union-attr]


def test_duplicate_email_is_a_conflict_and_leaves_one_row(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        create_user(session, email="c@example.org", password="a long secret", role="candidate")
    with pytest.raises(ConflictError), unit_of_work(engine) as session:
        create_user(session, email="C@example.org", password="another secret", role="candidate")
    with unit_of_work(engine) as session:
        assert session.scalar(select(func.count()).select_from(User)) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not-an-email"}, "email"),
        ({"role": "superuser"}, "role"),
        ({"password": "short"}, "password"),
        ({"role": "candidate", "sponsor": "KR"}, "sponsor"),
        ({"role": "admin", "sponsor": "XX"}, "sponsor"),
        ({"role": "reviewer", "organization": "ACME"}, "organization"),
    ],
)
def test_bad_input_is_refused_before_writing(engine: Engine, changes: dict[str, str], field: str) -> None:
    values = {"email": "d@example.org", "password": "a long secret", "role": "admin", **changes}
    with pytest.raises(InputError) as error, unit_of_work(engine) as session:
        create_user(session, **values)
    assert error.value.message.startswith(field)
    with unit_of_work(engine) as session:
        assert session.scalar(select(func.count()).select_from(User)) == 0
