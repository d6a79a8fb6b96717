"""Programme admin pages: upload a ToR, review it beside its source, edit, publish;
a per-vacancy dashboard."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
