"""Who may call what: every endpoint against every role, expecting 401, 403, 404 or success.

Rows run in order; within a row the refused callers go first, then the allowed ones, then those
in scope who find the state already changed (409): so a publish or a transition is made once, by the
caller the row names.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient

from jpo.http.deps import get_now
from jpo.settings import Settings
from tests.api.conftest import PASSWORD, SEEDS, Api

ROLES = ("anonymous", "candidate", "other_candidate", "admin_kr", "admin_us", "admin_all",
         "reviewer_ohchr", "reviewer_unesco", "auditor")  # fmt: skip
STAFF = ("admin_kr", "admin_us", "admin_all", "reviewer_ohchr", "reviewer_unesco", "auditor")


def _world(api: Api) -> tuple[dict[str, dict[str, str]], dict[str, int]]:
    who = {
        "anonymous": {},
        "admin_kr": api.staff("kr@example.org", "admin", sponsor="KR"),
        "admin_us": api.staff("us@example.org", "admin", sponsor="US"),
        "admin_all": api.staff("centre@example.org", "admin"),
        "reviewer_ohchr": api.staff("ohchr@example.org", "reviewer", organization="OHCHR"),
        "reviewer_unesco": api.staff("unesco@example.org", "reviewer", organization="UNESCO"),
        "auditor": api.staff("audit@example.org", "auditor"),
        "candidate": api.candidate("a@example.org"),
        "other_candidate": api.candidate("b@example.org"),
    }
    vacancy = api.vacancy(who["admin_kr"])
    draft = api.vacancy(who["admin_kr"], seed="003", publish=False)
    application = api.apply(who["candidate"], vacancy)
    assert application.status_code == 201 and application.json()["status"] == "eligible", application.text
    return who, {"V": vacancy, "D": draft, "A": application.json()["id"]}


def _expect(default: int, **overrides: int) -> dict[str, int]:
    return {role: overrides.get(role, default) for role in ROLES}


def _staff_only(allowed: dict[str, int]) -> dict[str, int]:
    return _expect(403, anonymous=401, **allowed)


def _rows() -> list[tuple[str, str, Any, dict[str, int]]]:
    candidates_only = _expect(403, anonymous=401, candidate=200, other_candidate=200)
    return [
        ("GET", "/api/v1/vacancies", None, _expect(200)),
        ("GET", "/api/v1/vacancies/{V}", None, _expect(200)),
        ("GET", "/api/v1/vacancies/{D}", None, _expect(404, admin_kr=200, admin_all=200)),
        ("PATCH", "/api/v1/vacancies/{V}", {"unit": "Business and Human Rights"},
         _staff_only({"admin_kr": 200, "admin_all": 200})),
        ("POST", "/api/v1/vacancies/{D}/publish", None, _staff_only({"admin_kr": 200, "admin_all": 409})),
        ("GET", "/api/v1/vacancies/{V}/eligibility", None, candidates_only),
        ("GET", "/api/v1/applications/mine", None, candidates_only),
        ("GET", "/api/v1/profiles/me/export", None, _expect(200, anonymous=401)),
        ("GET", "/api/v1/users/me", None, _expect(200, anonymous=401)),
        ("GET", "/api/v1/applications/{A}", None, _expect(403, anonymous=401, candidate=200, other_candidate=404)),
        ("GET", "/api/v1/applications/{A}/receipt", None,
         _expect(403, anonymous=401, candidate=200, other_candidate=404)),
        ("GET", "/api/v1/vacancies/{V}/applications", None,
         _staff_only({"admin_kr": 200, "admin_all": 200, "reviewer_ohchr": 200})),
        ("GET", "/api/v1/staff/applications/{A}", None,
         _staff_only({"admin_kr": 200, "admin_all": 200, "reviewer_ohchr": 200})),
        ("POST", "/api/v1/applications/{A}/transitions", {"to": "longlisted", "reason": "Strong profile."},
         _staff_only({"reviewer_ohchr": 200, "admin_kr": 409, "admin_all": 409})),
        ("POST", "/api/v1/applications/{A}/transitions", {"to": "shortlisted", "reason": "Best fit."},
         _staff_only({"admin_kr": 200, "admin_all": 409, "reviewer_ohchr": 409})),
        ("GET", "/api/v1/audit/events", None, _staff_only({"auditor": 200})),
        ("POST", "/api/v1/applications/{A}/withdraw", None,
         _expect(403, anonymous=401, candidate=200, other_candidate=404)),
        ("DELETE", "/api/v1/profiles/me", None, _expect(403, anonymous=401, candidate=204, other_candidate=204)),
    ]  # fmt: skip


def _order(status: int) -> int:
    return 2 if status == 409 else 1 if status < 300 else 0


def test_every_endpoint_against_every_role(api: Api) -> None:
    who, ids = _world(api)
    failures = []
    for method, template, body, expected in _rows():
        path = template.format(**ids)
        for role in sorted(ROLES, key=lambda r: _order(expected[r])):
            response = api.client.request(method, path, json=body, headers=who[role])
            if response.status_code != expected[role]:
                failures.append(
                    f"{method} {template} as {role}: {response.status_code}, expected {expected[role]}"
                )
            elif response.status_code >= 400:
                assert response.headers["content-type"] == "application/problem+json"
    assert failures == [], "\n".join(failures)


def test_admins_upload_only_within_their_sponsor(api: Api) -> None:
    seed = SEEDS["002"]  # a Korean-sponsored ToR
    upload = {"file": (seed.name, seed.read_bytes())}
    assert api.client.post("/api/v1/vacancies", files=upload).status_code == 401
    candidate = api.candidate("a@example.org")
    assert api.client.post("/api/v1/vacancies", files=upload, headers=candidate).status_code == 403
    us = api.staff("us@example.org", "admin", sponsor="US")
    assert api.client.post("/api/v1/vacancies", files=upload, headers=us).status_code == 403
    kr = api.staff("kr@example.org", "admin", sponsor="KR")
    assert api.client.post("/api/v1/vacancies", files=upload, headers=kr).status_code == 201


def test_an_admin_cannot_move_a_vacancy_out_of_their_scope(api: Api) -> None:
    kr = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(kr)
    moved = api.client.patch(f"/api/v1/vacancies/{vacancy}", json={"sponsor_country": "US"}, headers=kr)
    assert moved.status_code == 403
    assert api.client.get(f"/api/v1/vacancies/{vacancy}").json()["vacancy"]["sponsor_country"] == "KR"


def test_a_bad_or_revoked_token_is_401(api: Api) -> None:
    headers = {"Authorization": "Bearer not-a-token"}
    response = api.client.get("/api/v1/applications/mine", headers=headers)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    candidate = api.candidate("a@example.org")
    assert api.client.post("/api/v1/auth/logout", headers=candidate).status_code == 204
    assert api.client.get("/api/v1/applications/mine", headers=candidate).status_code == 401
    wrong = api.client.post(
        "/api/v1/auth/token", data={"username": "a@example.org", "password": "wrong password"}
    )
    assert wrong.status_code == 401 and wrong.json()["detail"] == "wrong e-mail address or password"


def test_an_expired_token_is_401_and_sends_the_web_reader_to_sign_in(api: Api, settings: Settings) -> None:
    signed_in_at = datetime.now(UTC)
    app: Any = api.client.app
    app.dependency_overrides[get_now] = lambda: signed_in_at
    candidate = api.candidate("a@example.org")
    web = TestClient(app, headers={"Accept": "text/html"})
    assert web.post("/sign-in", data={"email": "a@example.org", "password": PASSWORD}).status_code == 200
    lifetime = timedelta(hours=settings.token_hours)
    app.dependency_overrides[get_now] = lambda: signed_in_at + lifetime - timedelta(seconds=1)
    assert api.client.get("/api/v1/applications/mine", headers=candidate).status_code == 200
    assert web.get("/me/applications", follow_redirects=False).status_code == 200
    app.dependency_overrides[get_now] = lambda: signed_in_at + lifetime
    expired = api.client.get("/api/v1/applications/mine", headers=candidate)
    assert expired.status_code == 401 and expired.headers["www-authenticate"] == "Bearer"
    assert expired.json()["detail"] == "the access token is unknown or has expired; sign in again"
    page = web.get("/me/applications", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/sign-in?next=/me/applications"
