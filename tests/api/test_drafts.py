"""Drafts over the API: start one, attach and replace documents, submit it complete before the deadline
(idempotently); drafts stay out of every staff list and count; erasure removes them and their files;
a submitted application's document is replaced before the deadline, the old version on record."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from jpo.db.models import ApplicationDraft, AuditEvent, DraftDocument
from jpo.db.session import unit_of_work
from jpo.files.store import digest_of, path_of
from jpo.http.deps import get_now
from jpo.settings import Settings
from tests.api.conftest import FUTURE_CLOSING, Api
from tests.api.test_checklist import DECIDED

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _pdf(tag: str) -> bytes:
    return PDF.replace(b"%%EOF", f"% {tag}\n%%EOF".encode())


def _attach(api: Api, who: dict[str, str], vacancy: int, data: bytes, **fields: str) -> Any:
    return api.client.post(f"/api/v1/vacancies/{vacancy}/draft/documents", headers=who,
                           files={"file": ("scan.pdf", data)}, data=fields)  # fmt: skip


def _submit(api: Api, who: dict[str, str], vacancy: int, key: str = "k1", **body: Any) -> Any:
    return api.client.post(f"/api/v1/vacancies/{vacancy}/applications", json=body,
                           headers={**who, "Idempotency-Key": key})  # fmt: skip


def _closing_in(hours: int) -> dict[str, str]:
    """A deadline `hours` from now (a signed-in token is still valid just after it)."""
    moment = (datetime.now(UTC) + timedelta(hours=hours)).replace(microsecond=0)
    return {"utc": moment.strftime("%Y-%m-%dT%H:%M:%SZ"), "local": moment.isoformat(), "timezone": "UTC"}


def _after(hours: int) -> datetime:
    return datetime.now(UTC) + timedelta(hours=hours)


def _world(api: Api, closing: dict[str, str] = FUTURE_CLOSING) -> tuple[dict[str, str], dict[str, str], int]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    return admin, api.candidate("c@example.org"), api.vacancy(admin, checklist=DECIDED, closing=closing)


def test_a_draft_is_completed_then_submitted_with_its_documents(api: Api) -> None:
    _, candidate, vacancy = _world(api)
    started = api.client.put(f"/api/v1/vacancies/{vacancy}/draft", json={"motivation": "Human rights."},
                             headers=candidate)  # fmt: skip
    assert started.status_code == 201, started.text
    assert [m["key"] for m in started.json()["missing"]] == ["identity", "degree"]
    assert api.client.put(f"/api/v1/vacancies/{vacancy}/draft", json={}, headers=candidate).status_code == 200

    assert _attach(api, candidate, vacancy, _pdf("id"), item="identity").status_code == 201
    again = _attach(api, candidate, vacancy, _pdf("id"), item="identity")  # a retry: the same document
    assert again.status_code == 200
    assert _submit(api, candidate, vacancy).status_code == 422  # the degree is still missing
    degree = _attach(api, candidate, vacancy, PDF, kind="degree")  # by kind, without naming the item
    assert degree.status_code == 201 and degree.json()["kind"] == "degree"
    draft = api.client.get(f"/api/v1/vacancies/{vacancy}/draft", headers=candidate).json()
    assert draft["missing"] == [] and draft["motivation"] == "Human rights."
    assert [d["item"] for d in draft["documents"]] == ["identity", None]

    submitted = _submit(api, candidate, vacancy)
    assert submitted.status_code == 201, submitted.text
    application = submitted.json()["id"]
    assert _submit(api, candidate, vacancy).json() == submitted.json()  # the same key: the same application
    assert api.client.get(f"/api/v1/vacancies/{vacancy}/draft", headers=candidate).status_code == 404
    assert api.client.get("/api/v1/drafts", headers=candidate).json() == []
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    seen = api.client.get(f"/api/v1/staff/applications/{application}", headers=reviewer).json()
    assert seen["motivation"] == "Human rights."
    assert sorted(d["kind"] for d in seen["documents"]) == ["degree", "identity"]


def test_a_draft_is_invisible_to_staff_and_counted_nowhere(api: Api) -> None:
    admin, candidate, vacancy = _world(api)
    assert _attach(api, candidate, vacancy, PDF, item="identity").status_code == 201
    reviewer = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    for staff in (admin, reviewer):
        assert api.client.get(f"/api/v1/vacancies/{vacancy}/applications", headers=staff).json() == []
        assert (
            api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", headers=staff).json()["candidates"] == []
        )
    assert api.client.get("/api/v1/applications/mine", headers=candidate).json() == []
    mine = api.client.get("/api/v1/drafts", headers=candidate).json()
    assert [d["vacancy_id"] for d in mine] == [vacancy]
    other = api.candidate("o@example.org")
    assert api.client.get(f"/api/v1/vacancies/{vacancy}/draft", headers=other).status_code == 404


def test_documents_come_off_a_draft_and_their_file_goes_when_nothing_names_it(
    api: Api, settings: Settings
) -> None:
    _, candidate, vacancy = _world(api)
    document = _attach(api, candidate, vacancy, _pdf("wrong scan"), item="identity").json()
    stored = path_of(settings.data_dir, digest_of(_pdf("wrong scan")))
    assert stored.exists()
    url = f"/api/v1/vacancies/{vacancy}/draft/documents/{document['id']}"
    assert api.client.get(url, headers=candidate).content == _pdf("wrong scan")
    assert api.client.delete(url, headers=candidate).status_code == 204
    assert not stored.exists()
    assert api.client.delete(url, headers=candidate).status_code == 404
    assert api.client.delete(f"/api/v1/vacancies/{vacancy}/draft", headers=candidate).status_code == 204
    assert api.client.get(f"/api/v1/vacancies/{vacancy}/draft", headers=candidate).status_code == 404


def test_a_draft_refuses_what_an_application_refuses(api: Api) -> None:
    admin, candidate, vacancy = _world(api)
    refusals = {
        "document-format": _attach(api, candidate, vacancy, b"just text", kind="cv"),
        "document-empty": _attach(api, candidate, vacancy, b"", kind="cv"),
        "document-kind": _attach(api, candidate, vacancy, PDF, kind="photo"),
        "document-item": _attach(api, candidate, vacancy, PDF, item="no-such-item"),
    }
    for code, response in refusals.items():
        assert response.status_code == 422, (code, response.text)
        assert response.json()["type"] == f"urn:jpo:problem:{code}", response.text
    for index in range(10):
        assert _attach(api, candidate, vacancy, _pdf(str(index)), kind="other").status_code == 201
    eleventh = _attach(api, candidate, vacancy, _pdf("11"), kind="other")
    assert eleventh.status_code == 409 and eleventh.json()["type"] == "urn:jpo:problem:document-limit"
    closed = api.vacancy(admin, publish=False)
    assert _attach(api, candidate, closed, PDF, kind="cv").status_code == 404  # not published
    assert api.client.put(f"/api/v1/vacancies/{closed}/draft", json={}, headers=candidate).status_code == 404


def test_the_deadline_is_enforced_at_submit_whatever_the_draft(api: Api) -> None:
    _, candidate, vacancy = _world(api, _closing_in(1))
    assert _attach(api, candidate, vacancy, PDF, item="identity").status_code == 201
    assert _attach(api, candidate, vacancy, _pdf("degree"), item="degree").status_code == 201
    after = _after(2)
    api.client.app.dependency_overrides[get_now] = lambda: after  # type: ignore[attr-defined]
    try:
        late = _submit(api, candidate, vacancy, motivation="Hi.")
        assert late.status_code == 409 and late.json()["type"] == "urn:jpo:problem:deadline-passed"
    finally:
        api.client.app.dependency_overrides.clear()  # type: ignore[attr-defined]
    assert _submit(api, candidate, vacancy, motivation="Hi.").status_code == 201


def test_erasure_removes_drafts_and_their_files_and_the_export_holds_them(
    api: Api, settings: Settings
) -> None:
    _, candidate, vacancy = _world(api)
    assert _attach(api, candidate, vacancy, _pdf("mine"), item="identity").status_code == 201
    exported = api.client.get("/api/v1/profiles/me/export", headers=candidate).json()
    (draft,) = exported["drafts"]
    assert draft["vacancy_id"] == vacancy and draft["documents"][0]["item"] == "identity"
    stored = path_of(settings.data_dir, digest_of(_pdf("mine")))
    assert api.client.delete("/api/v1/profiles/me", headers=candidate).status_code == 204
    assert not stored.exists()
    with unit_of_work(api.engine) as session:
        assert session.scalar(select(func.count()).select_from(ApplicationDraft)) == 0
        assert session.scalar(select(func.count()).select_from(DraftDocument)) == 0


def _submitted(
    api: Api, closing: dict[str, str] = FUTURE_CLOSING
) -> tuple[dict[str, str], int, dict[str, Any]]:
    _, candidate, vacancy = _world(api, closing)
    identity = _attach(api, candidate, vacancy, _pdf("old"), item="identity").json()
    assert _attach(api, candidate, vacancy, _pdf("degree"), item="degree").status_code == 201
    application = _submit(api, candidate, vacancy, motivation="Hi.").json()["id"]
    documents = api.client.get(f"/api/v1/staff/applications/{application}",
                               headers=api.staff("ohchr@example.org", "reviewer", organization="OHCHR"))  # fmt: skip
    old = next(d for d in documents.json()["documents"] if d["sha256"] == identity["sha256"])
    return candidate, application, old


def test_a_submitted_document_is_replaced_before_the_deadline_the_old_one_on_record(
    api: Api, settings: Settings
) -> None:
    candidate, application, old = _submitted(api)
    url = f"/api/v1/applications/{application}/documents/{old['id']}"
    replaced = api.client.put(url, headers=candidate, files={"file": ("new.pdf", _pdf("new"))})
    assert replaced.status_code == 200, replaced.text
    new = replaced.json()
    assert (new["kind"], new["item"], new["filename"]) == ("identity", "identity", "new.pdf")
    assert api.client.get(url, headers=candidate).status_code == 404  # the old version is gone ...
    assert not path_of(settings.data_dir, old["sha256"]).exists()  # ... with its bytes, named by nothing
    with unit_of_work(api.engine) as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "document.replaced")).one()
        assert event.subject_id == application and event.detail is not None
        assert event.detail["document"] == new["id"]
        assert {k: event.detail["replaced"][k] for k in ("id", "sha256", "filename")} == {
            "id": old["id"], "sha256": old["sha256"], "filename": "scan.pdf"}  # fmt: skip
    other = api.candidate("o@example.org")
    again = f"/api/v1/applications/{application}/documents/{new['id']}"
    assert api.client.put(again, headers=other, files={"file": ("x.pdf", PDF)}).status_code == 404


def test_replacing_keeps_bytes_another_row_still_names_and_stops_at_the_deadline(
    api: Api, settings: Settings
) -> None:
    candidate, application, old = _submitted(api, _closing_in(1))
    other = api.candidate("o@example.org")  # the same scan, in someone else's draft
    vacancy = api.client.get(f"/api/v1/applications/{application}", headers=candidate).json()["vacancy_id"]
    assert _attach(api, other, vacancy, _pdf("old"), item="identity").status_code == 201
    url = f"/api/v1/applications/{application}/documents/{old['id']}"
    assert api.client.put(url, headers=candidate, files={"file": ("new.pdf", _pdf("new"))}).status_code == 200
    assert path_of(settings.data_dir, old["sha256"]).exists()
    new = api.client.get(f"/api/v1/staff/applications/{application}",
                         headers=api.staff("ohchr2@example.org", "reviewer", organization="OHCHR"))  # fmt: skip
    newest = max(d["id"] for d in new.json()["documents"])
    late = _after(2)
    api.client.app.dependency_overrides[get_now] = lambda: late  # type: ignore[attr-defined]
    try:
        refused = api.client.put(f"/api/v1/applications/{application}/documents/{newest}", headers=candidate,
                                 files={"file": ("late.pdf", _pdf("late"))})  # fmt: skip
    finally:
        api.client.app.dependency_overrides.clear()  # type: ignore[attr-defined]
    assert refused.status_code == 409 and refused.json()["type"] == "urn:jpo:problem:deadline-passed"


def test_the_openapi_documents_the_draft_and_the_refusal(api: Api) -> None:
    schema = api.client.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    assert {"put", "get", "delete"} <= set(paths["/api/v1/vacancies/{vacancy_id}/draft"])
    assert "post" in paths["/api/v1/vacancies/{vacancy_id}/draft/documents"]
    assert "put" in paths["/api/v1/applications/{application_id}/documents/{document_id}"]
    assert {"get", "put"} <= set(paths["/api/v1/vacancies/{vacancy_id}/checklist"])
    assert "missing" in schema["components"]["schemas"]["Problem"]["properties"]
    assert (
        "incomplete-application"
        in paths["/api/v1/vacancies/{vacancy_id}/applications"]["post"]["description"]
    )
