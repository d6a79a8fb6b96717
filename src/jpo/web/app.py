"""The web pages' part of the service: their routers, error pages and static files."""

from __future__ import annotations

from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from jpo.http.security import same_origin
from jpo.web import ROUTERS, errors

STATIC = Path(__file__).parent / "static"


def install(app: FastAPI) -> None:
    """Add the pages to `app`, after the API (the error pages wrap the API's problem handlers)."""
    for router in ROUTERS:  # every form of every page is checked for its origin, sign-in included
        app.include_router(router, dependencies=[Depends(same_origin)])
    errors.install(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
