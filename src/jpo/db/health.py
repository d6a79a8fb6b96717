"""Whether the database can serve: reachable within a short timeout, migrated to the code's head, and
how many pooled connections are in use."""

from __future__ import annotations

from functools import cache

from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from jpo.db.migrate import MIGRATIONS
from jpo.db.session import unit_of_work
from jpo.errors import JpoError

PROBE_TIMEOUT_SECONDS = 2


@cache
def head_revisions() -> frozenset[str]:
    """The newest Alembic revision(s) shipped in `jpo.db.migrations`."""
    return frozenset(ScriptDirectory(str(MIGRATIONS)).get_heads())


def _probe_engine(engine: Engine) -> Engine:
    # PostgreSQL: a connection of its own with short timeouts, so a probe neither waits for the pool
    # nor hangs on an unreachable server. SQLite is a local file: the service's engine answers at once.
    if engine.dialect.name != "postgresql":
        return engine
    timeout_ms = PROBE_TIMEOUT_SECONDS * 1000
    return create_engine(
        engine.url,
        poolclass=NullPool,
        connect_args={
            "connect_timeout": PROBE_TIMEOUT_SECONDS,
            "options": f"-c statement_timeout={timeout_ms}",
        },
    )


def _database_revisions(engine: Engine) -> frozenset[str]:
    probe = _probe_engine(engine)
    try:
        with unit_of_work(probe, writes=False) as session:  # a reading one: no SQLite write lock
            session.execute(text("SELECT 1"))
            if not inspect(session.connection()).has_table("alembic_version"):
                return frozenset()  # reachable, but never migrated
            return frozenset(session.scalars(text("SELECT version_num FROM alembic_version")))
    finally:
        if probe is not engine:
            probe.dispose()


def database_problem(engine: Engine) -> str | None:
    """None when the database answers and is at the migrations' head; else one line saying what is wrong."""
    try:
        found = _database_revisions(engine)
    except (SQLAlchemyError, JpoError) as error:  # JpoError: busy (a lock or pool timeout)
        cause = getattr(error, "orig", None) or error
        return f"the database is not reachable ({type(cause).__name__})"
    expected = head_revisions()
    if found == expected:
        return None
    at = ", ".join(sorted(found)) or "no revision (never migrated)"
    return f"the database is at {at}, the code expects {', '.join(sorted(expected))}: run `jpo db upgrade`"


def connections_in_use(engine: Engine) -> int:
    """Connections of `engine`'s pool checked out by requests now (0 for pools that do not count)."""
    checkedout = getattr(engine.pool, "checkedout", None)
    return int(checkedout()) if callable(checkedout) else 0


def pool_size(engine: Engine) -> int:
    """Connections `engine`'s pool keeps (0 for pools without a fixed size)."""
    size = getattr(engine.pool, "size", None)
    return int(size()) if callable(size) else 0
