"""Probes for whoever runs the service: `/healthz` (the process answers) and `/readyz` (it can serve:
the database answers and is migrated to the code's head)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from jpo.db.health import database_problem
from jpo.http.problem import MEDIA_TYPE, problem_body

router = APIRouter(include_in_schema=False)


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is up; the database is not consulted."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(request: Request) -> JSONResponse:
    """200 when the database answers a query within a short timeout and its migrations are current;
    503 with a problem document saying what is wrong otherwise."""
    problem = database_problem(request.app.state.engine)
    if problem is None:
        return JSONResponse({"status": "ready"})
    body = problem_body(503, "not-ready", problem, request.url.path)
    return JSONResponse(body, status_code=503, media_type=MEDIA_TYPE, headers={"Retry-After": "5"})
