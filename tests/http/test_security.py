"""Every form checks who sent it, sign-in and sign-up included (issue 11, item 10), and every page is
sent with a strict Content-Security-Policy and the framing and referrer headers (item 12)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from jpo.app import create_app
from jpo.db.models import User
from jpo.db.session import unit_of_work
from jpo.settings import Settings
from tests.api.conftest import PASSWORD, Api

EVIL = "https://evil.example"
TEMPLATES = Path(__file__).parents[2] / "src" / "jpo" / "web" / "templates"
HTML = {"Accept": "text/html"}


def _users(engine: Engine) -> int:
    with unit_of_work(engine) as session:
        return session.scalar(select(func.count()).select_from(User)) or 0


@pytest.mark.parametrize("sender", [{"Origin": EVIL}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}])
def test_sign_in_and_sign_up_from_another_site_are_refused(api: Api, sender: dict[str, str]) -> None:
    api.candidate("victim@example.org")
    before = _users(api.engine)
    signed_in = api.client.post("/sign-in", data={"email": "victim@example.org", "password": PASSWORD},
                                headers={**HTML, **sender}, follow_redirects=False)  # fmt: skip
    assert signed_in.status_code == 403 and "jpo_session" not in signed_in.cookies
    account = {"email": "attacker@example.org", "password": PASSWORD, "confirm": PASSWORD}
    signed_up = api.client.post("/sign-up", data=account, headers={**HTML, **sender}, follow_redirects=False)
    assert signed_up.status_code == 403 and _users(api.engine) == before


def _routes(routes: list[Any], prefix: str = "") -> Iterator[tuple[str, str]]:
    """Every (path, method) of the app, through the routers it includes."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield from ((prefix + route.path, method) for method in route.methods)
        elif hasattr(route, "original_router"):  # an included router (FastAPI keeps it whole)
            yield from _routes(route.original_router.routes, prefix + route.include_context.prefix)


def test_every_state_changing_page_route_checks_the_origin(api: Api) -> None:
    routes = [
        (path, method)
        for path, method in _routes(api.client.app.routes)  # type: ignore[attr-defined]
        if not path.startswith("/api/") and method not in ("GET", "HEAD", "OPTIONS")
    ]
    assert len(routes) > 10
    for path, method in routes:
        url = re.sub(r"\{[^}]+\}", "1", path)
        response = api.client.request(method, url, headers={**HTML, "Origin": EVIL}, follow_redirects=False)
        assert response.status_code == 403, (method, path, response.status_code)


def test_the_configured_public_address_is_the_only_origin(settings: Settings, engine: Engine) -> None:
    public = settings.model_copy(update={"public_url": "https://jpo.example.org"})
    with TestClient(create_app(public, engine), headers=HTML) as client:
        form = {"email": "a@example.org", "password": PASSWORD, "confirm": PASSWORD}
        own_host = client.post("/sign-up", data=form, headers={"Origin": "http://testserver"})
        assert own_host.status_code == 403  # the Host header is not the public address
        public_origin = client.post("/sign-up", data=form, headers={"Origin": "https://jpo.example.org"},
                                    follow_redirects=False)  # fmt: skip
        assert public_origin.status_code == 303


def test_pages_and_problems_carry_the_security_headers(api: Api) -> None:
    for response in (api.client.get("/", headers=HTML), api.client.get("/nowhere", headers=HTML),
                     api.client.get("/api/v1/vacancies")):  # fmt: skip
        policy = response.headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe" not in policy
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "same-origin"
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_templates_hold_no_inline_script_style_or_handler() -> None:
    """What the policy would block in a browser (the browser tests also fail on any violation)."""
    offending = []
    for template in TEMPLATES.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        for pattern in (r"<script(?![^>]*\bsrc=)", r"\sstyle=", r"\son[a-z]+=", r"hx-on", r"javascript:"):
            offending += [f"{template.name}: {pattern}" for _ in re.finditer(pattern, text)]
    assert not offending
