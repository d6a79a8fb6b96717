"""`jpo audit verify`: check that the audit trail's hash chain is intact."""

from __future__ import annotations

import typer

from jpo.cli.output import console, fail

app = typer.Typer(
    help="The audit trail: a hash chain of every decision and staff read.", no_args_is_help=True
)

EXIT_BROKEN = 1


@app.command("verify")
def verify() -> None:
    """Walk the chain from its first event: exit 0 when intact, 1 naming the first event that does
    not match (changed, deleted or inserted outside jpo)."""
    from sqlalchemy.exc import SQLAlchemyError

    from jpo.audit.chain import verify as walk
    from jpo.db.session import make_engine, unit_of_work
    from jpo.settings import get_settings

    url = get_settings().effective_database_url
    engine = make_engine(url)
    try:
        with unit_of_work(engine, writes=False) as session:
            result = walk(session)
    except SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        fail(f"database {url}: {str(cause).splitlines()[0]}")
    finally:
        engine.dispose()
    if result.broken is not None:
        print(f"jpo: audit trail broken at {result.broken} ({result.checked} events verified before it)")
        raise typer.Exit(EXIT_BROKEN)
    console.print(f"audit trail intact: {result.checked} events verified")
