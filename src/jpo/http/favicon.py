"""`/favicon.ico`, which browsers and API tools ask for at the root whatever the page says."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse

# The web's static folder (read by path: importing `jpo.web` from here would import every page).
FAVICON = Path(__file__).resolve().parent.parent / "web" / "static" / "favicon.ico"

router = APIRouter(include_in_schema=False)


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(
        FAVICON, media_type="image/x-icon", headers={"Cache-Control": "public, max-age=86400"}
    )
