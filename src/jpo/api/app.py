"""The REST API's part of the service: its routers under /api/v1, problem documents, the OpenAPI."""

from __future__ import annotations

from fastapi import FastAPI

from jpo.api import problems
from jpo.api.routes import (
    applications,
    assessments,
    assignment_extension,
    assignment_performance,
    assignment_supervision,
    assignment_work_plan,
    assignments,
    audit,
    auth,
    fairness,
    interview_slots,
    interviews,
    profiles,
    ranking_weights,
    selection,
    vacancies,
)

API = "/api/v1"


def install(app: FastAPI) -> None:
    """Add the API to `app`: its routers, and every error as an RFC 9457 problem document."""
    problems.install(app)
    for module in (auth, vacancies, profiles, applications, assessments, audit, interview_slots, interviews):
        app.include_router(module.router, prefix=API)
    app.include_router(selection.router, prefix=API)  # the decision and the offer
    app.include_router(fairness.router, prefix=API)  # the fairness audits of vacancies and calls
    app.include_router(
        ranking_weights.router, prefix=API
    )  # a vacancy's ranking weights, steered by its admins
    app.include_router(assignments.router, prefix=API)  # the JPO's assignment
    app.include_router(assignment_supervision.router, prefix=API)  # check-ins, learning, training
    app.include_router(assignment_extension.router, prefix=API)  # the extension review, the end report
    app.include_router(assignment_work_plan.router, prefix=API)  # the work plan: versions, agreement, PDF
    app.include_router(assignment_performance.router, prefix=API)  # mid-point reviews, evaluations, rebuttals
    problems.document(app)

    @app.get(f"{API}/health", tags=["service"])
    def health() -> dict[str, str]:
        return {"status": "ok"}
