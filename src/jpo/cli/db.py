"""`jpo db ...`: the database behind the service (embedded SQLite by default, or JPO_DATABASE_URL)."""

from __future__ import annotations

import typer

from jpo.cli.output import console, fail

app = typer.Typer(help="Create and migrate the database.", no_args_is_help=True)


def migrate() -> str:
    """Bring the configured database up to date; one line and exit 2 when it cannot be reached."""
    from sqlalchemy.exc import SQLAlchemyError

    from jpo.db.migrate import upgrade as upgrade_database
    from jpo.settings import get_settings

    url = get_settings().effective_database_url
    try:
        upgrade_database(url)
    except SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        fail(f"database {url}: {str(cause).splitlines()[0]}")
    return url


@app.command("upgrade")
def upgrade() -> None:
    """Create the database if needed and apply every migration (idempotent)."""
    console.print(f"database ready: {migrate()}")
