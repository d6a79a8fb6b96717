"""The one composition root: the API, the web pages and the request plumbing they share, in one app."""

from __future__ import annotations

from fastapi import FastAPI
from sqlalchemy import Engine

from jpo import __version__
from jpo.api import app as api
from jpo.db.session import make_engine
from jpo.http import observability
from jpo.http.body import BodyLimit
from jpo.http.limits import ConcurrencyLimit
from jpo.http.security import SecurityHeaders
from jpo.notifications.running import outbox_lifespan
from jpo.settings import Settings, get_settings
from jpo.web import app as web


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The service over `engine` (default: the settings' database, which must already be migrated)."""
    settings = settings or get_settings()
    app = FastAPI(
        title="jpo",
        version=__version__,
        description="An open, accountable platform for the UN Junior Professional Officer Programme.",
        openapi_url=f"{api.API}/openapi.json",
        docs_url=f"{api.API}/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    # One connection for each request in flight, so a request never waits for one while holding a thread.
    app.state.engine = engine or make_engine(
        settings.effective_database_url, pool_size=settings.max_concurrency
    )
    api.install(app)
    web.install(app)
    app.add_middleware(ConcurrencyLimit, max_concurrency=settings.max_concurrency)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_upload_bytes=settings.max_upload_bytes)  # outermost: refuses first
    observability.install(app)  # probes, /metrics, access log: wraps all of the above, last
    return app


def app_from_environment() -> FastAPI:
    """The factory `jpo serve` gives uvicorn: settings from the environment (JPO_*), and the outbox
    delivered in the same process when the settings say so."""
    settings = get_settings()
    app = create_app(settings)
    app.router.lifespan_context = outbox_lifespan(settings, app.state.engine)
    return app
