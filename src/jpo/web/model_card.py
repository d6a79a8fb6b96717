"""The ranker's model card, for anyone: what ranks candidates, how well, that identity changes nothing,
how its top-k reads by group, and its known limits (the stored results of `bench/model_card.py`)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from jpo.modelcard.card import LIMITS, load_card
from jpo.web.render import render

router = APIRouter(include_in_schema=False)


@router.get("/model-card", response_class=HTMLResponse)
def model_card(request: Request) -> HTMLResponse:
    return render(request, "model_card.html", {"card": load_card(), "limits": LIMITS})
