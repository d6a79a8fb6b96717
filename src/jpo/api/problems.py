"""Every error leaves the API as an RFC 9457 problem document (`application/problem+json`)."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from jpo.api.schemas import Problem
from jpo.errors import JpoError, RetryLaterError
from jpo.http.problem import MEDIA_TYPE, problem_body


def problem(
    request: Request, status: int, code: str, detail: str, headers: dict[str, str] | None = None, **more: Any
) -> JSONResponse:
    body = problem_body(status, code, detail, request.url.path, **more)
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


def _location(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(part) for part in loc if part not in ("body", "query", "path", "header", "form")]
    return ".".join(parts) or str(loc[0] if loc else "request")


def _field_error(item: dict[str, Any]) -> dict[str, str]:
    if item.get("type") == "json_invalid":  # its loc is the character position, not a field
        return {"field": "body", "message": f"not valid JSON (at character {item['loc'][-1]})"}
    return {"field": _location(item.get("loc", ())), "message": item.get("msg", "")}


def _jpo_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, JpoError)
    headers = {"WWW-Authenticate": "Bearer"} if error.http_status == 401 else None
    if isinstance(error, RetryLaterError):  # a pause (429) or a busy service (503)
        headers = {"Retry-After": str(error.retry_after)}
    more = {"field": error.field, **error.extensions} if error.field else error.extensions
    return problem(request, error.http_status, error.code, error.message, headers, **more)


def _invalid(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, RequestValidationError)
    errors = [_field_error(item) for item in error.errors()]
    first = errors[0] if errors else {"field": "request", "message": "invalid"}
    return problem(request, 422, "invalid-request", f"{first['field']}: {first['message']}", errors=errors)


def _http(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    code = HTTPStatus(error.status_code).phrase.lower().replace(" ", "-")
    detail = str(error.detail)
    if error.status_code in (404, 405) and detail == HTTPStatus(error.status_code).phrase:
        detail = f"{request.method} {request.url.path}: no such endpoint or method (see /api/v1/docs)"
    return problem(request, error.status_code, code, detail, dict(error.headers or {}) or None)


def _unexpected(request: Request, error: Exception) -> JSONResponse:
    # Not logged here: `jpo.http.observability` logs it, once, with the request id.
    return problem(request, 500, "internal", "an unexpected error occurred; nothing was saved")


ERROR_STATUSES = (400, 401, 403, 404, 409, 413, 422, 429, 500, 503)


def _with_problems(app: FastAPI) -> dict[str, Any]:
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemas = schema.setdefault("components", {}).setdefault("schemas", {})
    schemas["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    content = {MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            for status in ERROR_STATUSES:
                responses[str(status)] = {"description": HTTPStatus(status).phrase, "content": content}
    return schema


def document(app: FastAPI) -> None:
    """Every operation's error responses documented as what they are: problem documents."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _with_problems(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def install(app: FastAPI) -> None:
    app.add_exception_handler(JpoError, _jpo_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
