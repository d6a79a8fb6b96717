"""`jpo serve` and `jpo demo`: the web service (uvicorn), and the demo that loads seeds and serves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from jpo.cli.db import migrate
from jpo.cli.output import console, fail

if TYPE_CHECKING:
    from jpo.contracts.vacancy import Vacancy

notes = Console(stderr=True, highlight=False)  # stdout carries the JSON log lines only
Host = Annotated[str, typer.Option(help="Address to listen on (loopback by default).")]
Port = Annotated[int, typer.Option(help="TCP port.")]


def _run(host: str, port: int, workers: int, forwarded_allow_ips: str | None = None) -> None:
    import uvicorn

    from jpo.http.logs import log_config

    notes.print(
        f"serving on http://{host}:{port}/ (API docs: http://{host}:{port}/api/v1/docs); Ctrl-C stops"
    )
    # jpo writes its own access log (`jpo.access`, JSON lines on stdout); uvicorn's would repeat it.
    uvicorn.run(
        "jpo.app:app_from_environment", factory=True, host=host, port=port, workers=workers,
        log_config=log_config(), log_level="warning", access_log=False,
        proxy_headers=True, forwarded_allow_ips=forwarded_allow_ips,
    )  # fmt: skip


def serve(
    host: Host = "127.0.0.1",
    port: Port = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    migrate_first: Annotated[
        bool,
        typer.Option(
            "--migrate/--no-migrate",
            help="Migrate the database before serving; --no-migrate when `jpo db upgrade` ran already "
            "(several processes must not migrate at once).",
        ),
    ] = True,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            help="Proxies whose X-Forwarded-For/-Proto are trusted (comma-separated IPs or networks, "
            "'*' for any); default $FORWARDED_ALLOW_IPS or 127.0.0.1."
        ),
    ] = None,
) -> None:
    """Serve the REST API and the web pages (the database is created or migrated first)."""
    from jpo.settings import get_settings

    url = migrate() if migrate_first else get_settings().effective_database_url
    notes.print(f"database: {url}")
    _run(host, port, workers, forwarded_allow_ips)


def _load() -> list[Vacancy]:
    from datetime import UTC, datetime

    from jpo.contracts.vacancy import Vacancy
    from jpo.db.session import make_engine, unit_of_work
    from jpo.demo.setup import load_demo
    from jpo.errors import JpoError
    from jpo.settings import get_settings

    settings = get_settings()
    engine = make_engine(settings.effective_database_url)
    try:
        with unit_of_work(engine) as session:
            rows = load_demo(session, data_dir=settings.data_dir, max_bytes=settings.max_upload_bytes,
                             now=datetime.now(UTC))  # fmt: skip
            return [Vacancy.model_validate(row.document) for row in rows]
    except JpoError as error:
        fail(error.message)
    finally:
        engine.dispose()


def demo(
    host: Host = "127.0.0.1",
    port: Port = 8000,
    serve_: Annotated[bool, typer.Option("--serve/--no-serve", help="Serve after loading.")] = True,
) -> None:
    """Load the five seed ToRs as published vacancies with demo users, then serve."""
    from jpo.cli import vacancy_view
    from jpo.demo.applicants import APPLICANT_PASSWORD, DEMO_APPLICANTS
    from jpo.demo.assignment import JPO as DEMO_JPO
    from jpo.demo.assignment import STARTED as ASSIGNMENT_STARTED
    from jpo.demo.assignment import SUPERVISOR as DEMO_SUPERVISOR
    from jpo.demo.recruitment import CLOSED_DAYS_AGO, PAST_APPLICANTS
    from jpo.demo.setup import DEMO_USERS
    from jpo.settings import get_settings

    url = migrate()
    vacancies = _load()
    console.print(f"[bold]jpo demo[/bold]: database {url}\n")
    vacancy_view.table(console, vacancies)
    console.print(
        "\nThe seeds' closing dates are in the past; the demo moved them 30 to 58 days into the future "
        "(same local time and zone) so you can try applying.\n\nDemo users (role, e-mail, password, scope):"
    )
    for user in DEMO_USERS:
        scope = user.sponsor or user.organization or ("all" if user.role == "admin" else "")
        console.print(f"  {user.role:<10} {user.email:<32} {user.password:<20} {scope}")
    console.print(
        f"\n{len(DEMO_APPLICANTS)} invented applicants (password {APPLICANT_PASSWORD}) have applied to "
        "the two OHCHR posts, for the reviewer to rank and decide. Sign in at /sign-in."
    )
    console.print(
        f"\nA past round of the OHCHR digital-age post (closed {CLOSED_DAYS_AGO} days ago) went through "
        "every stage after the shortlist: the written assessment (marker.one and marker.two marked it, one "
        "answer moderated), interview slots and bookings, the panel (chair.ohchr, panel.ohchr, "
        "reviewer.ohchr), its recommendations, the selection by selector.ohchr, the confirmation by admin, "
        f"and an offer still open: sign in as {PAST_APPLICANTS[0].email} (password {APPLICANT_PASSWORD}) "
        "to answer it."
    )
    console.print(
        f"\nAn earlier round's JPO is in post: {DEMO_JPO.email} (password {APPLICANT_PASSWORD}), "
        f"supervised by {DEMO_SUPERVISOR}, began {ASSIGNMENT_STARTED} days ago: the work plan agreed, "
        "check-ins, learning and the mid-point review are on /assignments; admin.kr sees what is due on "
        "/admin/assignments."
    )
    settings = get_settings()
    where = "by SMTP" if settings.smtp_url else f"as .eml files in {settings.data_dir / 'outbox'}"
    console.print(
        f"E-mail (receipts, invitations, decisions, reminders) is delivered {where} while the service runs."
    )
    if serve_:
        _run(host, port, 1)
