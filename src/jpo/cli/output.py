"""The one place that decides how commands print: JSON or rich text, errors and exit codes."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer
from rich.console import Console

from jpo.errors import JpoError

EXIT_OK = 0
EXIT_BAD_INPUT = 2

console = Console(highlight=False)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    """Print one line on stderr and stop with `code`."""
    print(f"jpo: error: {message}", file=sys.stderr)
    raise typer.Exit(code)


def fail_on(error: JpoError, where: str) -> NoReturn:
    """Report a JpoError about `where` (a file name or an argument)."""
    fail(f"{where}: {error.message}")


def print_json(text: str) -> None:
    """Print a JSON document as is (no colour, no wrapping) followed by a new line."""
    sys.stdout.write(text + "\n")
