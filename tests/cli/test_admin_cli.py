"""`jpo admin create-user`: the password comes from a hidden prompt or from stdin, never from the command
line (where `ps` and the shell's history would show it)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from jpo.cli.main import app
from jpo.db.models import User
from jpo.db.session import make_engine, unit_of_work
from jpo.settings import get_settings
from jpo.users.passwords import verify_password

SECRET = "a long secret"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("JPO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("JPO_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def _stored(data_dir: Path, email: str) -> User | None:
    engine = make_engine(f"sqlite:///{data_dir / 'jpo.sqlite3'}")
    try:
        with unit_of_work(engine) as session:
            return session.scalar(select(User).where(User.email == email))
    finally:
        engine.dispose()


def _jpo(*args: str, stdin: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jpo", *args], input=stdin, capture_output=True, text=True,
                          env=env, check=False, timeout=120)  # fmt: skip


def test_the_password_is_read_from_stdin(tmp_path: Path) -> None:
    env = {**os.environ, "JPO_DATA_DIR": str(tmp_path / "data")}
    env.pop("JPO_DATABASE_URL", None)
    args = ("admin", "create-user", "--email", "kr-admin@example.org", "--password-stdin")
    created = _jpo(*args, "--role", "admin", "--sponsor", "KR", stdin=SECRET + "\n", env=env)
    assert created.returncode == 0, created.stderr
    assert "scope KR" in created.stdout and SECRET not in created.stdout
    user = _stored(tmp_path / "data", "kr-admin@example.org")
    assert user is not None and verify_password(user.password_hash, SECRET)  # the newline is not part of it
    again = _jpo(*args, "--role", "admin", stdin=SECRET + "\n", env=env)
    assert again.returncode == 2 and "already registered" in again.stderr
    empty = _jpo("admin", "create-user", "--email", "x@example.org", "--password-stdin", "--role", "admin",
                 stdin="", env=env)  # fmt: skip
    assert empty.returncode == 2 and "password" in empty.stderr


def test_a_password_on_the_command_line_is_not_accepted(tmp_path: Path) -> None:
    env = {**os.environ, "JPO_DATA_DIR": str(tmp_path / "data")}
    env.pop("JPO_DATABASE_URL", None)
    given = _jpo("admin", "create-user", "--email", "a@example.org", "--password", SECRET, "--role", "admin",
                 stdin="", env=env)  # fmt: skip
    assert given.returncode == 2 and "No such option" in given.stderr
    assert not (tmp_path / "data" / "jpo.sqlite3").exists()


def test_without_stdin_the_password_is_asked_twice_and_not_shown(data_dir: Path) -> None:
    args = [
        "admin",
        "create-user",
        "--email",
        "r@example.org",
        "--role",
        "reviewer",
        "--organization",
        "OHCHR",
    ]
    differ = CliRunner().invoke(app, args, input=f"{SECRET}\nanother one\n{SECRET}\n{SECRET}\n")
    assert differ.exit_code == 0, differ.output
    assert "Password" in differ.output and "do not match" in differ.output and SECRET not in differ.output
    user = _stored(data_dir, "r@example.org")
    assert user is not None and user.organization == "OHCHR" and verify_password(user.password_hash, SECRET)
