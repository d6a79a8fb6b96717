"""`create_app(settings)`: the FastAPI application, its routers under /api/v1, and its database."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from jpo import __version__
from jpo.api import problems
from jpo.api.limits import ConcurrencyLimit
from jpo.api.routes import applications, audit, auth, profiles, vacancies
from jpo.db.session import make_engine
from jpo.settings import Settings, get_settings
from jpo.web import ROUTERS, errors, pages

API = "/api/v1"


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The app over `engine` (default: the settings' database, which must already be migrated)."""
    settings = settings or get_settings()
    app = FastAPI(
        title="jpo",
        version=__version__,
        description="An open, accountable platform for the UN Junior Professional Officer Programme.",
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    # One connection for each request in flight, so a request never waits for one while holding a thread.
    app.state.engine = engine or make_engine(
        settings.effective_database_url, pool_size=settings.max_concurrency
    )
    problems.install(app)
    for module in (auth, vacancies, profiles, applications, audit):
        app.include_router(module.router, prefix=API)
    problems.document(app)
    for router in ROUTERS:
        app.include_router(router)
    errors.install(app)
    app.mount("/static", StaticFiles(directory=Path(pages.__file__).parent / "static"), name="static")
    app.add_middleware(ConcurrencyLimit, max_concurrency=settings.max_concurrency)

    @app.get(f"{API}/health", tags=["service"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def app_from_environment() -> FastAPI:
    """The factory `jpo serve` gives uvicorn: settings from the environment (JPO_*)."""
    return create_app()
