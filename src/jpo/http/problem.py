"""The RFC 9457 problem document every error leaves as, whichever layer answers it."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

MEDIA_TYPE = "application/problem+json"


def problem_body(status: int, code: str, detail: str, instance: str, **more: Any) -> dict[str, Any]:
    """`type` is `urn:jpo:problem:<code>`; `detail` is one line saying what is wrong and where."""
    return {
        "type": f"urn:jpo:problem:{code}",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
        **more,
    }
