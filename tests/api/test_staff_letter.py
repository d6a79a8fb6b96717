"""The API's staff view of an application reads as the reviewer's page does: the letter masked and the
documents closed until shortlisting (what was masked is said), then whole with the candidate's name; the
programme admins who ask for identity get the letter as written."""

from __future__ import annotations

import pytest

from jpo.db.models import VacancyRow
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.web.conftest import one_model

__all__ = ["one_model"]

LETTER = "I am Min-jun Lee, a Korean lawyer born on 3 March 1993; write to min.lee@example.org."
MASKED = "I am {who}, a [nationality] lawyer born on [birth date]; write to [e-mail address]."
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

pytestmark = pytest.mark.usefixtures("one_model")  # saving a profile embeds it with the real model


def _applied(api: Api) -> tuple[int, int, dict[str, str], dict[str, str]]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    with unit_of_work(api.engine) as session:  # no document required: the letter and a CV make it complete
        session.get_one(VacancyRow, vacancy).checklist = {"motivation_letter": "optional", "items": []}
    candidate = api.candidate("min.lee@example.org", name={"given": "Min-jun", "family": "Lee"},
                              birth_date="1993-03-03")  # fmt: skip
    response = api.client.post(f"/api/v1/vacancies/{vacancy}/applications", json={"motivation": LETTER},
                               headers={**candidate, "Idempotency-Key": "k"})  # fmt: skip
    assert response.status_code == 201, response.text
    application = response.json()["id"]
    uploaded = api.client.post(f"/api/v1/applications/{application}/documents", headers=candidate,
                               files={"file": ("cv.pdf", PDF)}, data={"kind": "cv"})  # fmt: skip
    assert uploaded.status_code == 201, uploaded.text
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    return vacancy, application, admin, reviewer


def test_the_letter_is_masked_until_shortlisting_then_whole(api: Api) -> None:
    vacancy, application, _, reviewer = _applied(api)
    view = api.client.get(f"/api/v1/staff/applications/{application}", headers=reviewer).json()
    assert view["motivation"] == MASKED.format(who=view["candidate"])
    assert view["motivation_masked"] == ["name", "email", "nationality", "birth_date"]
    assert (
        view["unblinded"] is False
        and view["name"] is None
        and "identity" not in {k for k, v in view.items() if v}
    )
    listed = api.client.get(f"/api/v1/vacancies/{vacancy}/applications", headers=reviewer).json()
    assert [item["motivation"] for item in listed] == [view["motivation"]]
    for to in ("longlisted", "shortlisted"):
        moved = api.client.post(f"/api/v1/applications/{application}/transitions", headers=reviewer,
                                json={"to": to, "reason": "Strong."})  # fmt: skip
        assert moved.status_code == 200, moved.text
    assert moved.json()["motivation"] == LETTER  # the transition's answer already reads it whole
    view = api.client.get(f"/api/v1/staff/applications/{application}", headers=reviewer).json()
    assert (view["motivation"], view["motivation_masked"], view["unblinded"], view["name"]) == (
        LETTER,
        [],
        True,
        "Min-jun Lee",
    )
    document = view["documents"][0]["id"]
    opened = api.client.get(f"/api/v1/applications/{application}/documents/{document}", headers=reviewer)
    assert opened.status_code == 200 and opened.content == PDF


def test_the_programme_admin_asking_for_identity_gets_the_letter_as_written(api: Api) -> None:
    _, application, admin, _ = _applied(api)
    view = api.client.get(f"/api/v1/staff/applications/{application}", params={"identity": "true"},
                          headers=admin).json()  # fmt: skip
    assert view["identity"]["motivation"] == LETTER
    assert view["motivation"] == MASKED.format(who=view["candidate"])  # the pseudonymous part stays blind


def test_documents_are_closed_to_staff_before_shortlisting_but_open_to_their_candidate(api: Api) -> None:
    _, application, admin, reviewer = _applied(api)
    view = api.client.get(f"/api/v1/staff/applications/{application}", headers=reviewer).json()
    url = f"/api/v1/applications/{application}/documents/{view['documents'][0]['id']}"
    for staff in (reviewer, admin):
        refused = api.client.get(url, headers=staff)
        assert refused.status_code == 403 and refused.json()["type"] == "urn:jpo:problem:blind-review"
    candidate = api.login("min.lee@example.org")
    assert api.client.get(url, headers=candidate).content == PDF
