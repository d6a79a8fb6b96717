"""Errors on web pages: the same problem the API would send, shown as a page in the reader's language
(friendly 403, 404, 422, 500) to browsers; API paths and non-HTML clients keep the problem document."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from jpo.errors import JpoError
from jpo.web.auth import SignInRequiredError, to_sign_in
from jpo.web.i18n import N_
from jpo.web.render import render

Handler = Callable[[Request, Exception], Any]
_TITLES = {
    403: N_("You may not see this page."),
    404: N_("This page does not exist."),
    422: N_("Something in the request was not right."),
    500: N_("Something went wrong on our side."),
    503: N_("The service is busy. Please try again in a moment; nothing was lost."),
}


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _as_page(problem_handler: Handler) -> Handler:
    def handle(request: Request, error: Exception) -> Response:
        problem: Response = problem_handler(request, error)
        if not _wants_page(request):
            return problem
        detail = json.loads(bytes(problem.body)).get("detail", "")
        status = problem.status_code
        headline = _TITLES.get(status) or (_TITLES[500] if status >= 500 else _TITLES[422])
        context = {"status": status, "headline": headline, "detail": detail if status < 500 else ""}
        page = render(request, "error.html", context, status=status)
        if "retry-after" in problem.headers:
            page.headers["Retry-After"] = problem.headers["retry-after"]
        return page

    return handle


def install(app: FastAPI) -> None:
    """Wrap the problem handlers installed by `jpo.api.problems`."""
    for kind in (JpoError, RequestValidationError, HTTPException, Exception):
        app.add_exception_handler(kind, _as_page(app.exception_handlers[kind]))
    app.add_exception_handler(SignInRequiredError, to_sign_in)
