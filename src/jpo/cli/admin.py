"""`jpo admin ...`: administration of users."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from jpo.cli.output import console, fail
from jpo.errors import JpoError

app = typer.Typer(help="Administer users.", no_args_is_help=True)


def _password(from_stdin: bool) -> str:
    """The password typed twice at a hidden prompt, or the first line of stdin (for scripts); never an
    argument, which `ps` and the shell's history would show."""
    if from_stdin:
        return sys.stdin.readline().removesuffix("\n").removesuffix("\r")
    return str(typer.prompt("Password (at least 10 characters)", hide_input=True, confirmation_prompt=True))


def _with_option(error: JpoError) -> str:
    """The service's one line, naming the option typed rather than its field ("--sponsor: ...")."""
    field = error.field or ""
    if field in ("email", "role", "sponsor", "organization") and error.message.startswith(f"{field}:"):
        return f"--{error.message}"
    return error.message


@app.command("create-user")
def create_user(
    email: Annotated[str, typer.Option(help="The user's e-mail address (their login).")],
    role: Annotated[str, typer.Option(help="candidate, admin, reviewer or auditor.")],
    sponsor: Annotated[str | None, typer.Option(help="An admin's sponsor country (alpha-2).")] = None,
    organization: Annotated[str | None, typer.Option(help="A reviewer's host organization.")] = None,
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from the first line of stdin.")
    ] = False,
) -> None:
    """Create a user (the database is created or migrated first if needed). The password is asked for
    at a hidden prompt, twice, or read from stdin with --password-stdin."""
    from sqlalchemy.exc import SQLAlchemyError

    from jpo.db.migrate import upgrade
    from jpo.db.session import make_engine, unit_of_work
    from jpo.settings import get_settings
    from jpo.users.service import create_user as create

    password = _password(password_stdin)
    url = get_settings().effective_database_url
    try:
        upgrade(url)
        engine = make_engine(url)
        with unit_of_work(engine) as session:
            user = create(
                session, email=email, password=password, role=role, sponsor=sponsor, organization=organization
            )
            scope = user.sponsor_country or user.organization or "all"
            console.print(f"created {user.role} {user.email} (id {user.id}, scope {scope})")
        engine.dispose()
    except JpoError as error:
        fail(_with_option(error))
    except SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        fail(f"database {url}: {str(cause).splitlines()[0]}")
