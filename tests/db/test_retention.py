"""Retention: the purge removes unsuccessful applications (documents, files, records) once their
recruitment has been closed long enough, and old audit details; it logs counts only, keeps the audit
chain verifiable, can run again, and leaves no trace of the person's application anywhere."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, String, Text, func, select, text

from jpo.audit.chain import verify
from jpo.audit.trail import record
from jpo.contracts.profile import Profile
from jpo.db.models import (
    JSON,
    Application,
    AuditEvent,
    Base,
    Document,
    Embedding,
    ProfileVersion,
    User,
    VacancyRow,
)
from jpo.db.session import unit_of_work
from jpo.files.store import path_of, put, remove_if_before, stored_before
from jpo.matching.embedder import text_key
from jpo.matching.rank import default_embedder
from jpo.matching.substance import Substance
from jpo.retention.purge import Schedule, due, log_purge, orphan_files, purge_batch, purge_vectors

NOW = datetime(2026, 1, 10, 12, tzinfo=UTC)
LETTER = "I organised the Xylophone-Quartz outreach campaign in 2024."


def _setup(engine: Engine, data_dir: Path) -> tuple[int, int, str]:
    """A closed vacancy with an unsuccessful application (a document, a letter) and a successful one."""
    with unit_of_work(engine, now=NOW) as session:
        vacancy = VacancyRow(document={"schema": "jpo.vacancy/1", "title": "Associate"}, status="closed",
                             closing_utc=NOW - timedelta(days=30))  # fmt: skip
        users = [User(email=f"{n}@example.org", password_hash="x", role="candidate") for n in ("lost", "won")]
        session.add_all([vacancy, *users])
        session.flush()
        ids = []
        for user, status in zip(users, ("not_selected", "accepted"), strict=True):
            version = ProfileVersion(user_id=user.id, version=1, document={})
            session.add(version)
            session.flush()
            application = Application(user_id=user.id, vacancy_id=vacancy.id, profile_version_id=version.id,
                                      status=status, receipt=f"R-{user.id}", motivation=LETTER, submitted_at=NOW)  # fmt: skip
            session.add(application)
            session.flush()
            record(session, actor_id=user.id, action="application.submitted", subject_type="application",
                   subject_id=application.id, detail={"receipt": application.receipt, "letter": LETTER})  # fmt: skip
            ids.append(application.id)
        digest = put(data_dir, b"%PDF-1.4 the unsuccessful candidate's CV")
        session.add(Document(application_id=ids[0], kind="cv", filename="Xylophone-CV.pdf",
                             media_type="application/pdf", size=40, sha256=digest))  # fmt: skip
    return ids[0], ids[1], digest


def _everything(engine: Engine) -> str:
    """Every text and JSON value of every table, as one string to search."""
    found = []
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text | JSON)]
            for row in connection.execute(select(*columns)) if columns else []:
                found.extend(str(value) for value in row if value is not None)
    return "\n".join(found)


def test_the_purge_removes_what_is_due_and_nothing_else(engine: Engine, tmp_path: Path) -> None:
    lost, won, digest = _setup(engine, tmp_path)
    schedule = Schedule(unsuccessful_days=20, audit_detail_days=3650)
    with unit_of_work(engine, writes=False) as session:
        dry = due(session, schedule, NOW)
        assert (dry.applications, dry.documents) == (1, 1)
    assert "Xylophone" in _everything(engine)  # the dry run changed nothing

    with unit_of_work(engine, now=NOW) as session:
        purged = purge_batch(session, schedule, NOW)
        log_purge(session, purged, schedule)
    assert (purged.applications, purged.documents, purged.files) == (1, 1, {digest})
    path_of(tmp_path, digest).unlink()  # as the CLI does once the batch commits
    with unit_of_work(engine, now=NOW) as session:
        assert purge_batch(session, schedule, NOW).empty  # run again: nothing left
        assert session.get(Application, lost) is None and session.get(Application, won) is not None
        logged = session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "retention.purged")
        ).one()
        assert logged is not None and logged["applications"] == 1 and "Xylophone" not in str(logged)
        assert verify(session).broken is None  # the chain still verifies
    remaining = _everything(engine)
    assert "R-1" not in remaining and "Xylophone-CV" not in remaining
    assert remaining.count(LETTER) == 2  # the successful application's letter and its event's detail


def test_recruitments_closed_too_recently_and_recent_audit_details_stay(
    engine: Engine, tmp_path: Path
) -> None:
    _setup(engine, tmp_path)
    schedule = Schedule(unsuccessful_days=60, audit_detail_days=3650)
    with unit_of_work(engine, now=NOW) as session:
        assert purge_batch(session, schedule, NOW).empty
    old_details = Schedule(unsuccessful_days=60, audit_detail_days=1)
    with unit_of_work(engine, now=NOW) as session:
        purged = purge_batch(session, old_details, NOW + timedelta(days=2))
    assert purged.applications == 0 and purged.audit_details == 2
    with unit_of_work(engine, writes=False) as session:
        assert verify(session).broken is None
        assert session.scalar(select(func.count()).select_from(Application)) == 2


def test_jpo_retention_purge_counts_then_purges(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from jpo.db.migrate import upgrade
    from jpo.db.session import make_engine

    url = f"sqlite:///{tmp_path / 'jpo.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    _, _, digest = _setup(engine, tmp_path)
    environment = {**os.environ, "JPO_DATABASE_URL": url, "JPO_DATA_DIR": str(tmp_path),
                   "JPO_RETENTION_UNSUCCESSFUL_DAYS": "1"}  # fmt: skip
    command = [sys.executable, "-m", "jpo", "retention", "purge"]
    dry = subprocess.run(
        [*command, "--dry-run"], capture_output=True, text=True, env=environment, check=False
    )
    assert dry.returncode == 0, dry.stderr
    assert "due: 1 applications, 1 documents" in dry.stdout and path_of(tmp_path, digest).exists()
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    assert done.returncode == 0, done.stderr
    assert "purged: 1 applications, 1 documents" in done.stdout and "1 files" in done.stdout
    assert not path_of(tmp_path, digest).exists()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM applications")).scalar() == 1
    engine.dispose()


def test_refused_attempts_keep_what_failed_for_their_period_only(engine: Engine, tmp_path: Path) -> None:
    with unit_of_work(engine, now=NOW - timedelta(days=400)) as session:
        vacancy = VacancyRow(document={"schema": "jpo.vacancy/1", "title": "Associate"}, status="published")
        user = User(email="tried@example.org", password_hash="x", role="candidate")
        session.add_all([vacancy, user])
        session.flush()
        record(session, actor_id=user.id, action="application.refused", subject_type="vacancy",
               subject_id=vacancy.id, detail={"criteria": {"nationality": "fail"}})  # fmt: skip
    with unit_of_work(engine, now=NOW) as session:
        record(session, actor_id=user.id, action="application.refused", subject_type="vacancy",
               subject_id=vacancy.id, detail={"criteria": {"age": "fail"}})  # fmt: skip
    schedule = Schedule(refused_days=365)
    with unit_of_work(engine, writes=False) as session:
        assert due(session, schedule, NOW).refused == 1
    with unit_of_work(engine, now=NOW) as session:
        purged = purge_batch(session, schedule, NOW)
    assert purged.refused == 1 and not purged.empty
    with unit_of_work(engine, writes=False) as session:
        details = session.scalars(
            select(AuditEvent.detail)
            .where(AuditEvent.action == "application.refused")
            .order_by(AuditEvent.id)
        ).all()
        assert details == [None, {"criteria": {"age": "fail"}}]  # the event stays; what failed goes
        assert verify(session).broken is None


def test_vectors_go_when_nothing_held_needs_them(engine: Engine) -> None:
    name = default_embedder().name
    job = {"title": "Analyst", "organization": "Ministry", "start": "2020-01-01",
           "description": "Drafted the national data protection strategy with ministries."}  # fmt: skip
    document = {"schema": "jpo.profile/1", "experience": [job]}
    kept = {
        text_key(name, unit.text) for unit in Substance.of(Profile.model_validate(document), NOW.date()).units
    }
    assert kept
    orphan = text_key(name, "A sentence of a profile erased long ago.")
    with unit_of_work(engine, now=NOW) as session:
        user = User(email="held@example.org", password_hash="x", role="candidate")
        session.add(user)
        session.flush()
        session.add(ProfileVersion(user_id=user.id, version=1, document=document))
        session.add_all([Embedding(key=key, vector=b"\0" * 8) for key in [*kept, orphan]])
    with unit_of_work(engine, writes=False) as session:
        assert due(session, Schedule(), NOW).vectors == 1
    with unit_of_work(engine, now=NOW) as session:
        assert purge_vectors(session, NOW) == 1
    with unit_of_work(engine, writes=False) as session:
        assert set(session.scalars(select(Embedding.key))) == kept


def test_files_left_by_a_stopped_purge_are_swept_once_a_day_old(engine: Engine, tmp_path: Path) -> None:
    import os

    _, _, named = _setup(engine, tmp_path)  # a document names this file
    left = put(tmp_path, b"the CV of an application purged just before the process was killed")
    fresh = put(tmp_path, b"an upload whose row is not committed yet")
    now = datetime.now(UTC)
    old = (now - timedelta(days=3)).timestamp()
    for digest in (named, left):
        os.utime(path_of(tmp_path, digest), (old, old))
    with unit_of_work(engine, writes=False) as session:
        orphans, moment = orphan_files(session, tmp_path, now)
    assert orphans == {left}
    remove_if_before(tmp_path, orphans, moment)
    assert not path_of(tmp_path, left).exists()
    assert path_of(tmp_path, named).exists() and path_of(tmp_path, fresh).exists()


def test_storing_the_same_bytes_again_makes_the_file_fresh(tmp_path: Path) -> None:
    import os

    digest = put(tmp_path, b"the same PDF, uploaded twice")
    old = (datetime.now(UTC) - timedelta(days=3)).timestamp()
    os.utime(path_of(tmp_path, digest), (old, old))
    moment = (datetime.now(UTC) - timedelta(days=1)).timestamp()
    assert digest in stored_before(tmp_path, moment)
    put(tmp_path, b"the same PDF, uploaded twice")  # its row is about to name it: the sweep must not take it
    assert digest not in stored_before(tmp_path, moment)
    remove_if_before(tmp_path, {digest}, moment)
    assert path_of(tmp_path, digest).exists()
