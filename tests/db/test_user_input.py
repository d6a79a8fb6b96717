"""E-mail addresses normalised once, by one function, for sign-up, sign-in, `create_user` and lookups;
each refusal names its field."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, func, select

from jpo.db.models import User
from jpo.db.session import unit_of_work
from jpo.errors import InputError
from jpo.users.credentials import normalise_email
from jpo.users.service import create_user, user_with_email


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [("C@Example.org", "c@example.org"), (" c@example.org\n", "c@example.org"),
     ("\tJane.Doe@UN.ORG\r\n", "jane.doe@un.org"), ("ÉLODIE@Exemple.FR", "élodie@exemple.fr")],
)  # fmt: skip
def test_an_address_is_stripped_and_lower_cased(typed: str, normalised: str) -> None:
    assert normalise_email(typed) == normalised


def test_create_user_stores_and_finds_the_normalised_address(engine: Engine) -> None:
    with unit_of_work(engine) as session:
        create_user(session, email=" C@Example.ORG\n", password="a long secret", role="candidate")
    with unit_of_work(engine) as session:
        assert session.scalar(select(User.email)) == "c@example.org"
        found = user_with_email(session, "c@EXAMPLE.org\n")
        assert found is not None and found.email == "c@example.org"
        assert session.scalar(select(func.count()).select_from(User)) == 1


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"email": "c@example.org\nd@example.org"}, "email"), ({"password": " " * 12}, "password"),
     ({"role": "root"}, "role"), ({"role": "candidate", "sponsor": "KR"}, "sponsor"),
     ({"role": "reviewer", "organization": "ACME"}, "organization")],
)  # fmt: skip
def test_each_refusal_names_its_field_and_no_command_line_flag(
    engine: Engine, changes: dict[str, str], field: str
) -> None:
    values = {"email": "c@example.org", "password": "a long secret", "role": "admin", **changes}
    with pytest.raises(InputError) as error, unit_of_work(engine) as session:
        create_user(session, **values)
    assert error.value.field == field and error.value.message.startswith(f"{field}:")
    assert "--" not in error.value.message
