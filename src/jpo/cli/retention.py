"""`jpo retention purge`: remove what the retention schedule says is due, in batches."""

from __future__ import annotations

from typing import Annotated

import typer

from jpo.cli.output import console, fail

app = typer.Typer(help="Retention: remove records past their retention period.", no_args_is_help=True)


@app.command("purge")
def purge(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Only count what is due; change nothing.")
    ] = False,
) -> None:
    """Remove unsuccessful applications (with their documents and records) once their recruitment has
    been closed for JPO_RETENTION_UNSUCCESSFUL_DAYS, what refused attempts recorded after
    JPO_RETENTION_REFUSED_DAYS, sentence vectors nothing held needs, and audit details older than
    JPO_RETENTION_AUDIT_DETAIL_DAYS; log the counts. Safe to interrupt and to run twice at once."""
    from datetime import UTC, datetime
    from functools import partial

    from sqlalchemy.exc import SQLAlchemyError

    from jpo.db.session import after_commit, make_engine, unit_of_work
    from jpo.files.store import remove, remove_if_before
    from jpo.retention.purge import Purged, Schedule, due, log_purge, orphan_files, purge_batch, purge_vectors
    from jpo.settings import get_settings

    settings = get_settings()
    schedule = Schedule(settings.retention_unsuccessful_days, settings.retention_audit_detail_days,
                        settings.retention_refused_days)  # fmt: skip
    now = datetime.now(UTC)
    engine = make_engine(settings.effective_database_url)
    total = Purged()
    try:
        if dry_run:
            with unit_of_work(engine, writes=False, now=now) as session:
                total = due(session, schedule, now)
                total.files = orphan_files(session, settings.data_dir, now)[0]
        else:
            while True:
                with unit_of_work(engine, now=now) as session:
                    batch = purge_batch(session, schedule, now)
                    after_commit(session, partial(remove, settings.data_dir, set(batch.files)))
                total.add(batch)
                if batch.empty:
                    break
            with unit_of_work(engine, writes=False, now=now) as session:
                orphans, moment = orphan_files(session, settings.data_dir, now)
            remove_if_before(settings.data_dir, orphans, moment)
            total.files |= orphans
            with unit_of_work(engine, now=now) as session:
                total.vectors = purge_vectors(session, now)
                log_purge(session, total, schedule)
    except SQLAlchemyError as error:
        cause = getattr(error, "orig", None) or error
        fail(f"database: {str(cause).splitlines()[0]}")
    finally:
        engine.dispose()
    verb = "due" if dry_run else "purged"
    console.print(
        f"{verb}: {total.applications} applications, {total.documents} documents, "
        f"{total.audit_details} audit details, {total.refused} refused attempts, {total.vectors} vectors"
        + f", {len(total.files)} files"
    )
