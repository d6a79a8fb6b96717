"""The services name the fields they refuse (`error.field`), never a command-line option; the command
line says which of its options was wrong."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jpo.db.migrate import upgrade
from jpo.db.session import make_engine, unit_of_work
from jpo.errors import InputError
from jpo.users.service import create_user


def test_the_service_names_its_field_not_a_flag(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'jpo.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    with pytest.raises(InputError) as refused, unit_of_work(engine) as session:
        create_user(session, email="c@example.org", password="a long secret", role="candidate", sponsor="KR")
    engine.dispose()
    assert refused.value.field == "sponsor" and "--" not in refused.value.message


@pytest.mark.parametrize(
    ("option", "value", "role"), [("--sponsor", "XX", "admin"), ("--organization", "ACME", "reviewer")]
)
def test_the_command_line_names_the_option_that_was_wrong(
    tmp_path: Path, option: str, value: str, role: str
) -> None:
    env = {**os.environ, "JPO_DATA_DIR": str(tmp_path / "data")}
    env.pop("JPO_DATABASE_URL", None)
    args = [
        "admin",
        "create-user",
        "--email",
        "x@example.org",
        "--role",
        role,
        option,
        value,
        "--password-stdin",
    ]
    result = subprocess.run([sys.executable, "-m", "jpo", *args], input="a long secret\n", capture_output=True,
                            text=True, env=env, check=False, timeout=120)  # fmt: skip
    assert result.returncode == 2
    assert f"error: {option}: {value!r}" in result.stderr, result.stderr
