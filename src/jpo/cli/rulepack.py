"""`jpo rulepack ...`: inspect and validate sponsor rule packs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jpo.cli.output import console, fail
from jpo.errors import JpoError

app = typer.Typer(help="Sponsor rule packs (jpo.rulepack/1).", no_args_is_help=True)


@app.command("validate")
def validate(
    files_: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[FILES]...", help="Pack files (default: the shipped packs)."),
    ] = None,
) -> None:
    """Check rule packs against jpo.rulepack/1: fields, dates, a source for every clause."""
    from jpo.eligibility.packs import load_pack, pack_files

    paths = files_ or pack_files()
    for path in paths:
        try:
            pack = load_pack(path.read_text(encoding="utf-8"), str(path))
        except OSError as error:
            fail(f"{path}: cannot read ({error.strerror or error})")
        except JpoError as error:
            fail(error.message)
        clauses = len(pack.clauses)
        console.print(
            f"{path.name}: ok — {pack.sponsor}, {pack.programme}, {clauses} clause(s), "
            f"{len(pack.unknown)} rule(s) marked unknown"
        )
