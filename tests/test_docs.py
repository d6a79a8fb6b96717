"""The documentation keeps up with the code: every setting and command is in README.md."""

from __future__ import annotations

from pathlib import Path

import typer.main

from jpo.cli.main import app
from jpo.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: typer.Typer, prefix: str = "jpo") -> list[str]:
    click_group = typer.main.get_command(group)
    names: list[str] = []
    for name, command in getattr(click_group, "commands", {}).items():
        sub = getattr(command, "commands", None)
        names += [f"{prefix} {name} {child}" for child in sub] if sub else [f"{prefix} {name}"]
    return names


def test_every_setting_is_documented() -> None:
    for name in Settings.model_fields:
        assert f"JPO_{name.upper()}" in README, name


def test_every_command_is_documented() -> None:
    commands = _commands(app)
    assert "jpo vacancy parse" in commands
    for command in commands:
        assert command in README, command


def test_quick_start_is_two_commands() -> None:
    assert "make demo" in README and "make test" in README
    assert (ROOT / "ARCHITECTURE.md").exists()
