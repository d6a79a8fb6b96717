"""The service's Prometheus metrics, in a registry of each app's own, and `GET /metrics` exposing them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import APIRouter, Request, Response
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from jpo.db.health import connections_in_use, pool_size
from jpo.db.outcomes import watch

if TYPE_CHECKING:
    from sqlalchemy import Engine

router = APIRouter(include_in_schema=False)

# The audit actions counted, committed (an application refused for eligibility keeps its event).
SUBMITTED = "application.submitted"
REFUSED = "application.refused"


class Metrics:
    """Requests by route template, method and status; latency by route; the database pool in use;
    applications submitted and refused (counted from committed audit events); 429s by route."""

    def __init__(self, engine: Engine) -> None:
        self.registry = CollectorRegistry()
        registry = self.registry
        self.requests = Counter(
            "jpo_http_requests", "HTTP requests answered, by route template, method and status.",
            ["route", "method", "status"], registry=registry,
        )  # fmt: skip
        self.latency = Histogram(
            "jpo_http_request_duration_seconds", "Time to answer a request, by route template and method.",
            ["route", "method"], registry=registry,
        )  # fmt: skip
        self.rate_limited = Counter(
            "jpo_rate_limited", "Requests refused with 429 Too Many Requests, by route template.",
            ["route"], registry=registry,
        )  # fmt: skip
        self.submitted = Counter(
            "jpo_applications_submitted", "Applications submitted (committed).", registry=registry
        )
        self.refused = Counter(
            "jpo_applications_refused", "Applications refused as ineligible (the refusal committed).",
            registry=registry,
        )  # fmt: skip
        in_use = Gauge(
            "jpo_db_connections_in_use",
            "Database connections checked out of the pool now.",
            registry=registry,
        )
        in_use.set_function(lambda: connections_in_use(engine))
        size = Gauge("jpo_db_pool_size", "Database connections the pool keeps.", registry=registry)
        size.set_function(lambda: pool_size(engine))
        watch(engine, self.audited)

    def answered(self, route: str, method: str, status: int, seconds: float) -> None:
        """Count one answered request."""
        self.requests.labels(route, method, str(status)).inc()
        self.latency.labels(route, method).observe(seconds)
        if status == 429:
            self.rate_limited.labels(route).inc()

    def audited(self, action: str) -> None:
        """Count one committed audit event."""
        if action == SUBMITTED:
            self.submitted.inc()
        elif action == REFUSED:
            self.refused.inc()


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    """The metrics in Prometheus' text exposition format."""
    found: Metrics = request.app.state.metrics
    return Response(generate_latest(found.registry), media_type=CONTENT_TYPE_LATEST)
