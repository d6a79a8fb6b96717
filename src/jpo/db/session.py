"""Engines and the one place that commits: `unit_of_work()` commits on success, rolls back on error.

A unit of work either writes or only reads. On SQLite a writing one takes the database's one write
lock when it begins (`BEGIN IMMEDIATE`), so two can never both read a state and both act on it; a
reading one never takes it (`BEGIN`), so reads go on during a deadline rush. A reading unit of work
that must then write (a slow computation first, an audited read) calls `start_writing()`, which ends
the read and begins the write transaction; writing without it is a programming error, refused.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from jpo.errors import BusyError, InputError, JpoError


def normalise_url(url: str) -> str:
    """PostgreSQL URLs use psycopg 3 (`postgresql://` becomes `postgresql+psycopg://`)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    connection.isolation_level = None  # let SQLAlchemy's "begin" event open transactions (below)
    cursor = connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted content (an erasure) is zeroed, not left free
    cursor.close()


_WRITES = "jpo_writes"  # the execution option (and session.info key) that says a unit of work writes


class _WriterQueue:
    """The writers of one SQLite engine, queued in this process before they ask SQLite for its lock.

    Why: SQLite's busy handler polls, sleeping up to 100 ms between tries, so when many writers wait,
    the lock sits free while they sleep (a deadline rush then crawls). Queued on a thread lock, the
    next writer starts the moment the last one ends; SQLite's own wait remains for other processes.
    """

    HELD = "jpo_holds_writer_queue"  # set in the connection's info while it holds the queue

    def __init__(self, wait_seconds: float) -> None:
        self.lock = threading.Lock()
        self.wait_seconds = wait_seconds

    def begin(self, connection: Any) -> None:
        # Take SQLite's write lock when a writing transaction starts, not at its first write (the
        # lost-update race of a deadline rush); a reading one takes no lock at all in WAL mode.
        if not connection.get_execution_options().get(_WRITES, True):
            connection.exec_driver_sql("BEGIN")
            return
        if not self.lock.acquire(timeout=self.wait_seconds):
            raise SQLAlchemyTimeoutError("database is locked: no turn to write within the wait")
        connection.info[self.HELD] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            self.end(connection)
            raise

    def end(self, connection: Any, *_: Any) -> None:
        """The transaction ended (commit, rollback, or its connection went back to the pool)."""
        if connection.info.pop(self.HELD, False):
            self.lock.release()


def make_engine(url: str, pool_size: int = 5, wait_seconds: float = 5.0) -> Engine:
    """An engine for `url` keeping up to `pool_size` connections (more, briefly, under load); SQLite
    files get WAL, foreign keys and a folder. A lock or a pooled connection not had within
    `wait_seconds` is an error (`BusyError` from `unit_of_work`), not an endless wait."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        in_memory = not parsed.database or parsed.database == ":memory:"
        if not in_memory:
            Path(str(parsed.database)).parent.mkdir(parents=True, exist_ok=True)
        sizes = (
            {}
            if in_memory
            else {"pool_size": pool_size, "max_overflow": pool_size, "pool_timeout": wait_seconds}
        )
        connect = {"check_same_thread": False, "timeout": wait_seconds}  # timeout: SQLite's busy timeout
        engine = create_engine(url, connect_args=connect, **sizes)
        event.listen(engine, "connect", _sqlite_pragmas)
        writers = _WriterQueue(wait_seconds)
        event.listen(engine, "begin", writers.begin)
        for ended in ("commit", "rollback"):
            event.listen(engine, ended, writers.end)
        event.listen(engine.pool, "checkin", lambda _dbapi, record: writers.end(record))  # never leaked
        return engine
    lock_timeout = {"options": f"-c lock_timeout={int(wait_seconds * 1000)}"}
    return create_engine(
        url, pool_pre_ping=True, pool_size=pool_size, max_overflow=pool_size, pool_timeout=wait_seconds,
        connect_args=lock_timeout,
    )  # fmt: skip


# Text no database stores: NUL (PostgreSQL refuses it, SQLite keeps it) and lone surrogates (neither
# driver can encode them). The edges refuse them with the contracts' text types; this is the backstop.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _unstorable(value: Any) -> bool:
    if isinstance(value, str):
        return _UNSTORABLE.search(value) is not None
    if isinstance(value, dict):
        return any(_unstorable(key) or _unstorable(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return any(_unstorable(item) for item in value)
    return False


def refuse_unstorable_text(
    _conn: Any, _cursor: Any, _sql: str, parameters: Any, context: Any, _many: bool
) -> None:
    """Refuse, as bad input (422) on every backend, a statement whose values hold text no database
    stores, rather than a driver error (a 500 on PostgreSQL) or a NUL kept on SQLite. The values are
    read before the driver's conversions, so a NUL inside a JSON document is found too."""
    values = getattr(context, "compiled_parameters", None)
    if _unstorable(parameters if values is None else values):
        raise InputError("a text holds a NUL character or an unpaired surrogate, which cannot be stored")


event.listen(Engine, "before_cursor_execute", refuse_unstorable_text)  # every engine, whoever makes it


class ReadOnlyError(RuntimeError):
    """A reading unit of work tried to write without `start_writing()` first (a bug, not bad input)."""


def _refuse_writes(session: Session, *_: Any) -> None:
    if not session.info.get(_WRITES, True) and (session.new or session.dirty or session.deleted):
        raise ReadOnlyError("a reading unit of work writes: call start_writing(session) first")


def _refuse_statements(state: ORMExecuteState) -> None:
    if not state.session.info.get(_WRITES, True) and (state.is_insert or state.is_update or state.is_delete):
        raise ReadOnlyError("a reading unit of work writes: call start_writing(session) first")


def start_writing(session: Session) -> None:
    """Turn a reading unit of work into a writing one: what it read stays loaded, and what follows runs
    in one write transaction (on SQLite the read transaction ends here, holding no write yet)."""
    if session.info.get(_WRITES, True):
        return
    if session.in_nested_transaction():  # its commit would end the savepoint's transaction too
        raise ReadOnlyError("start_writing() inside a savepoint: start writing before begin_nested()")
    engine = session.info["engine"]
    if engine.dialect.name == "sqlite":
        session.commit()  # nothing to commit (writes were refused): it only ends the read snapshot
        session.expire_all()  # what was read is read again, in the write transaction, when next used
        session.bind = engine.execution_options(**{_WRITES: True})
    session.info[_WRITES] = True


def is_writing(session: Session) -> bool:
    """Whether the unit of work writes (from its start, or since `start_writing()`)."""
    return bool(session.info.get(_WRITES, True))


@contextmanager
def unit_of_work(engine: Engine, *, writes: bool = True, now: datetime | None = None) -> Iterator[Session]:
    """A session whose work is committed when the block ends normally and rolled back otherwise, except
    after an error that keeps the work done before it (`JpoError.keeps_work`: a refusal on record).

    `writes=False`: the block only reads until it calls `start_writing()`. `now`: the clock of the
    work (the request's), which dates its audit events; by default the moment they are recorded. A lock
    or connection that cannot be had in time is `BusyError` (503, try again), never a failure.
    """
    factory = sessionmaker(bind=engine.execution_options(**{_WRITES: writes}), expire_on_commit=False)
    session = factory(info={_WRITES: writes, "engine": engine, "now": now})
    event.listen(session, "before_flush", _refuse_writes)
    event.listen(session, "do_orm_execute", _refuse_statements)
    try:
        yield session
        session.commit()
    except JpoError as error:
        if error.keeps_work:
            session.commit()
        else:
            session.rollback()
        raise
    except (OperationalError, SQLAlchemyTimeoutError) as error:
        session.rollback()
        if is_busy(error):
            raise BusyError("the database is busy; try again in a moment", retry_after=2) from error
        raise
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def is_busy(error: Exception) -> bool:
    """Whether `error` means "wait and try again": SQLite's lock, a pool or lock timeout."""
    if isinstance(error, SQLAlchemyTimeoutError):
        return True
    text = str(getattr(error, "orig", error)).lower()
    return any(sign in text for sign in ("database is locked", "database is busy", "lock timeout"))


# What must follow a commit and never a rollback (deleting files, scrubbing SQLite's log): services queue
# it with `after_commit()`; `_run_after_commit` carries it out once the transaction it was queued in has
# committed, and drops what a rolled-back transaction or savepoint queued.
_AFTER_COMMIT = "jpo_after_commit"


def after_commit(session: Session, action: Callable[[], None]) -> None:
    """Run `action` once the session's current transaction (or savepoint, then its enclosing
    transaction) commits; never if it rolls back."""
    owner = session.get_nested_transaction() or session.get_transaction() or session.begin()
    session.info.setdefault(_AFTER_COMMIT, []).append((owner, action))


def _run_after_commit(session: Session) -> None:
    queued = session.info.get(_AFTER_COMMIT)
    if not queued:
        return
    savepoint = session.get_nested_transaction()
    if savepoint is not None:  # a savepoint was released: what it queued now waits for its parent
        session.info[_AFTER_COMMIT] = [(savepoint.parent if o is savepoint else o, a) for o, a in queued]
        return
    committed, session.info[_AFTER_COMMIT] = session.get_transaction(), []
    for owner, action in queued:
        if owner is committed:
            try:
                action()
            except Exception:  # the work is saved: say what was left undone, fail no request for it
                logging.getLogger(__name__).exception("after the commit, %r failed", action)


event.listen(Session, "after_commit", _run_after_commit)


def scrub_deletions(session: Session) -> None:
    """Leave on disk no readable copy of what this transaction deletes or overwrites. On SQLite the
    freed space is zeroed (`secure_delete`) and, once the transaction commits, the write-ahead log, which
    still holds the old pages, is checkpointed into the database and truncated. PostgreSQL's files are
    the server's to vacuum: nothing to do here."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    connection.exec_driver_sql("PRAGMA secure_delete=ON")  # this connection's deletes from now on
    after_commit(session, partial(_checkpoint, connection.engine))


def _checkpoint(engine: Engine) -> None:
    raw = engine.raw_connection()  # not the session's: SQLAlchemy would wrap the pragma in a transaction
    try:
        busy, _, _ = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            logging.getLogger(__name__).warning("the write-ahead log could not be truncated (readers)")
    finally:
        raw.close()
