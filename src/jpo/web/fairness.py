"""The fairness audit pages, for the admins who manage a recruitment: a vacancy's stages and its
ranking's top-k, the calls, and a call's stages over all its vacancies."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from jpo.http.deps import DbSession, Id
from jpo.monitoring.audits import MAX_K, SMALLEST_SHOWN, TOP_K, call_fairness, calls_of, vacancy_fairness
from jpo.web.auth import WebAdmin
from jpo.web.render import render

router = APIRouter(include_in_schema=False)

Sponsor = Annotated[str, Path(pattern=r"^[A-Z]{2}$")]
Year = Annotated[int, Path(ge=1900, le=9999)]


@router.get("/admin/vacancies/{vacancy_id}/fairness", response_class=HTMLResponse)
def vacancy_page(
    vacancy_id: Id, request: Request, admin: WebAdmin, session: DbSession,
    k: Annotated[int, Query(ge=1, le=MAX_K)] = TOP_K,
) -> HTMLResponse:  # fmt: skip
    result = vacancy_fairness(session, actor=admin, vacancy_id=vacancy_id, k=k)
    context = {"f": result, "vacancy": result.vacancy.document, "smallest": SMALLEST_SHOWN, "max_k": MAX_K}
    return render(request, "admin/fairness.html", context)


@router.get("/admin/calls", response_class=HTMLResponse)
def calls_page(request: Request, admin: WebAdmin, session: DbSession) -> HTMLResponse:
    return render(request, "admin/calls.html", {"calls": calls_of(session, actor=admin)})


@router.get("/admin/calls/{sponsor}/{year}/fairness", response_class=HTMLResponse)
def call_page(
    sponsor: Sponsor, year: Year, request: Request, admin: WebAdmin, session: DbSession
) -> HTMLResponse:
    result = call_fairness(session, actor=admin, sponsor=sponsor, year=year)
    return render(request, "admin/call_fairness.html", {"c": result, "smallest": SMALLEST_SHOWN})
