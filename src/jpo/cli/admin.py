"""`jpo admin ...`: administration of users."""

from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy.exc import SQLAlchemyError

from jpo.cli.output import console, fail
from jpo.db.migrate import upgrade
from jpo.db.session import make_engine, unit_of_work
from jpo.errors import JpoError
from jpo.settings import get_settings
from jpo.users.service import create_user as create

app = typer.Typer(help="Administer users.", no_args_is_help=True)


@app.command("create-user")
def create_user(
    email: Annotated[str, typer.Option(help="The user's e-mail address (their login).")],
    password: Annotated[str, typer.Option(help="At least 10 characters.")],
    role: Annotated[str, typer.Option(help="candidate, admin, reviewer or auditor.")],
    sponsor: Annotated[str | None, typer.Option(help="An admin's sponsor country (alpha-2).")] = None,
    organization: Annotated[str | None, typer.Option(help="A reviewer's host organization.")] = None,
) -> None:
    """Create a user (the database is created or migrated first if needed)."""
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
        fail(error.message)
    except SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        fail(f"database {url}: {str(cause).splitlines()[0]}")
