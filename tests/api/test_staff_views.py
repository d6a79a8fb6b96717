"""What staff read of an application: the same minimised view for everyone (what the ranker sees, the
screening's statuses), who the candidate is only for the vacancy's programme admins who ask (audited),
and nothing at all of a vacancy that is still a draft."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from tests.api.conftest import Api

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
SUBSTANCE = {"schema", "education", "experience", "languages", "skills"}


def _world(api: Api) -> tuple[dict[str, dict[str, str]], int, int]:
    who = {"admin": api.staff("kr@example.org", "admin", sponsor="KR"),
           "other_admin": api.staff("us@example.org", "admin", sponsor="US"),
           "reviewer": api.staff("ohchr@example.org", "reviewer", organization="OHCHR")}  # fmt: skip
    vacancy = api.vacancy(who["admin"])
    candidate = api.candidate("a@example.org", birth_date="1994-05-10", sex="female", nationalities=["KR"])
    application = api.apply(candidate, vacancy).json()["id"]
    api.client.post(f"/api/v1/applications/{application}/documents", headers=candidate,
                    files={"file": ("Kim Ji-woo passport.pdf", PDF)}, data={"kind": "cv"})  # fmt: skip
    return who, vacancy, application


def _identity_reads(api: Api) -> list[dict[str, object] | None]:
    with unit_of_work(api.engine) as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "personal_data.read"))
        return [event.detail for event in events if event.detail and event.detail.get("identity")]


def test_staff_read_what_the_ranker_sees_and_the_screenings_statuses(api: Api) -> None:
    who, vacancy, application = _world(api)
    for role in ("reviewer", "admin"):
        listed = api.client.get(f"/api/v1/vacancies/{vacancy}/applications", headers=who[role]).json()
        single = api.client.get(f"/api/v1/staff/applications/{application}", headers=who[role]).json()
        for item in (listed[0], single):
            assert set(item["profile"]) == SUBSTANCE and item["identity"] is None, item
            assert all("institution" not in study for study in item["profile"]["education"])
            criteria = item["eligibility"]["criteria"]
            assert {c["id"] for c in criteria} >= {"age", "nationality"}
            assert all(set(c) == {"id", "status", "source"} for c in criteria)  # no reason: it quotes them
            assert [d["filename"] for d in item["documents"]] == [f"{item['documents'][0]['id']}-cv.pdf"]
            for identity in ("1994-05-10", "female", '"KR"', "Republic of Korea", "Kim Ji-woo"):
                assert identity not in str(item).replace("'", '"'), (role, identity)
    assert _identity_reads(api) == []


def test_only_the_vacancys_admins_see_who_a_candidate_is_and_that_read_is_audited(api: Api) -> None:
    who, vacancy, application = _world(api)
    for role in ("reviewer", "other_admin"):
        for url in (f"/api/v1/vacancies/{vacancy}/applications", f"/api/v1/staff/applications/{application}"):
            refused = api.client.get(url, params={"identity": "true"}, headers=who[role])
            assert refused.status_code == 403, (role, url, refused.text)
    url = f"/api/v1/staff/applications/{application}"
    asked = {"identity": "true", "purpose": "checking the passport"}
    identity = api.client.get(url, params=asked, headers=who["admin"]).json()["identity"]
    assert (identity["profile"]["birth_date"], identity["profile"]["nationalities"]) == ("1994-05-10", ["KR"])
    reasons = {c["id"]: c["reason"] for c in identity["eligibility"]["criteria"]}
    assert "Republic of Korea" in reasons["nationality"]
    listed = api.client.get(f"/api/v1/vacancies/{vacancy}/applications", params={"identity": "true"},
                            headers=who["admin"])  # fmt: skip
    assert listed.json()[0]["identity"]["profile"]["sex"] == "female"
    assert _identity_reads(api) == [{"identity": True}, {"applications": [application], "identity": True}]


def test_a_draft_vacancy_is_not_found_by_its_reviewers(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    draft = api.vacancy(admin, seed="003", publish=False)  # OHCHR's: the reviewer's once it is public
    for path in ("", "/ranking", "/applications"):
        response = api.client.get(f"/api/v1/vacancies/{draft}{path}", headers=reviewer)
        assert response.status_code == 404, (path, response.text)
    assert api.client.get(f"/api/v1/vacancies/{draft}/applications", headers=admin).json() == []
    browser = TestClient(api.client.app, raise_server_exceptions=False, headers={"Accept": "text/html"})
    signed = browser.post("/sign-in", data={"email": "ohchr@example.org", "password": "a long secret"},
                          follow_redirects=False)  # fmt: skip
    assert signed.status_code == 303
    assert browser.get(f"/review/vacancies/{draft}").status_code == 404
    assert api.client.post(f"/api/v1/vacancies/{draft}/publish", headers=admin).status_code == 200
    assert api.client.get(f"/api/v1/vacancies/{draft}/applications", headers=reviewer).json() == []
