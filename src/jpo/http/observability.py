"""What every request leaves behind: a request id, one JSON access-log line, request metrics; and the
one place an unexpected error is logged (once, with the request id) or a client's leaving noted.

Why here: Starlette's outermost `ServerErrorMiddleware` answers an unexpected error with the app's
handler and then raises it again for the server, which logs it a second time; a client that leaves
while its body is read raises `ClientDisconnect`, which was answered and logged as a 500. Both are
settled here, inside that middleware, so neither reaches it.
"""

from __future__ import annotations

import inspect
import logging
import time
from typing import Any

from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jpo.http import favicon, health, metrics
from jpo.http.logs import ACCESS_LOGGER, FIELDS, request_id, request_id_from
from jpo.http.metrics import Metrics

CLIENT_LEFT = 499  # nginx's status for "the client closed the connection before the answer"
_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
_access = logging.getLogger(ACCESS_LOGGER)
_errors = logging.getLogger("jpo.http")


class RouteTemplates:
    """The route template that answered a request (`/api/v1/vacancies/{vacancy_id}`), never the path
    with its ids; `unmatched` when no route did, so random paths cannot multiply the metrics' labels.

    `scope["route"]` is the route as its router declared it, without the prefix the router was
    included under; FastAPI's `iter_route_contexts` gives each route's full path.
    """

    def __init__(self) -> None:
        self._paths: dict[int, str] = {}

    def of(self, scope: Scope) -> str:
        route = scope.get("route")
        if route is None:
            return "unmatched"
        path = self._paths.get(id(route))
        if path is None:  # a route not seen yet (routes can be added until the first request)
            app: Any = scope.get("app")
            self._paths.update(
                (id(context.original_route), context.path)
                for context in iter_route_contexts(getattr(app, "routes", []))
                if context.path is not None
            )
            path = self._paths.setdefault(id(route), str(getattr(route, "path", "unmatched")))
        return f"{path}/{{path}}" if isinstance(route, Mount) else path


async def _answer_unexpected(scope: Scope, receive: Receive, send: Send, error: Exception) -> None:
    """The app's own answer to an unexpected error (a problem document or an error page)."""
    app: Any = scope.get("app")
    handlers = getattr(app, "exception_handlers", {})
    handler = handlers.get(Exception) or handlers.get(500)
    response: Response = PlainTextResponse("Internal Server Error", status_code=500)
    if handler is not None:
        request = Request(scope, receive)
        try:
            if inspect.iscoroutinefunction(handler):
                response = await handler(request, error)
            else:
                response = await run_in_threadpool(handler, request, error)
        except Exception:
            _errors.exception("the error handler failed too")
    await response(scope, receive, send)


class Observability:
    """ASGI middleware: request id (a sane incoming `X-Request-ID`, else a new one, echoed in the
    response), access log, request metrics, unexpected errors and clients that left."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics
        self.routes = RouteTemplates()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        current = request_id_from(Headers(scope=scope).get("x-request-id"))
        scope.setdefault("state", {})["request_id"] = current
        token = request_id.set(current)
        status = 500
        responded = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, responded
            if message["type"] == "http.response.start":
                status, responded = message["status"], True
                MutableHeaders(scope=message).append("X-Request-ID", current)
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except ClientDisconnect:  # nobody to answer, nothing wrong with the service
            if not responded:  # (else a middleware answered for the app, e.g. 413, and cut the body)
                status = CLIENT_LEFT
        except Exception as error:
            _errors.error(
                "unexpected error on %s %s",
                scope["method"],
                self.routes.of(scope),
                exc_info=error,
                extra={FIELDS: {"request_id": current}},
            )
            if not responded:  # else the server cuts the response short, as it must
                await _answer_unexpected(scope, receive, send_with_id, error)
        finally:
            self._record(scope, status, time.perf_counter() - started, current)
            request_id.reset(token)

    def _record(self, scope: Scope, status: int, seconds: float, current: str) -> None:
        method = scope["method"] if scope["method"] in _METHODS else "OTHER"
        route = self.routes.of(scope)
        self.metrics.answered(route, method, status, seconds)
        client = scope.get("client")
        fields = {
            "request_id": current, "method": method, "route": route, "status": status,
            "duration_ms": round(seconds * 1000, 1), "client_ip": client[0] if client else None,
        }  # fmt: skip
        note = " (the client left before its request was read)" if status == CLIENT_LEFT else ""
        _access.info("%s %s %s%s", method, route, status, note, extra={FIELDS: fields})


def install(app: FastAPI) -> None:
    """Add `/healthz`, `/readyz`, `/metrics` and `/favicon.ico`, and the middleware above; called after
    the other middleware, it is the outermost, so its durations include the wait for a turn."""
    app.state.metrics = Metrics(app.state.engine)
    for module in (health, metrics, favicon):
        app.include_router(module.router)
    app.add_middleware(Observability, metrics=app.state.metrics)
