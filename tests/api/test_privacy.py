"""A person's data: export everything, erase it; the audit trail stays, pseudonymous."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from jpo.db.models import Application, AuditEvent, Document, Embedding, ProfileVersion, User
from jpo.db.session import unit_of_work
from jpo.settings import Settings
from tests.api.conftest import PASSWORD, Api

PDF = b"%PDF-1.4\n%%EOF\n"


def _applied(api: Api) -> tuple[dict[str, str], int]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    candidate = api.candidate("a@example.org")
    application = api.apply(candidate, api.vacancy(admin)).json()["id"]
    api.client.post(
        f"/api/v1/applications/{application}/documents",
        files={"file": ("diploma.pdf", PDF)}, data={"kind": "degree"}, headers=candidate,
    )  # fmt: skip
    return candidate, application


def test_export_holds_everything_about_me(api: Api) -> None:
    candidate, application = _applied(api)
    export = api.client.get("/api/v1/profiles/me/export", headers=candidate).json()
    assert export["schema"] == "jpo.export/1" and export["account"]["email"] == "a@example.org"
    assert [p["version"] for p in export["profiles"]] == [1]
    (item,) = export["applications"]
    assert (
        item["id"] == application and item["motivation"] and item["documents"][0]["filename"] == "diploma.pdf"
    )
    actions = {e["action"] for e in export["audit_events"]}
    assert {"user.created", "profile.saved", "application.submitted", "document.attached"} <= actions
    assert "password" not in str(export)


def test_erasure_removes_personal_data_and_keeps_a_pseudonymous_trail(api: Api, settings: Settings) -> None:
    candidate, _ = _applied(api)
    with unit_of_work(api.engine) as session:
        user_id = session.scalar(select(User.id).where(User.email == "a@example.org"))
        digest = session.scalar(select(Document.sha256))
    assert digest and (Path(settings.data_dir) / "files" / digest[:2] / digest).exists()
    assert api.client.delete("/api/v1/profiles/me", headers=candidate).status_code == 204
    with unit_of_work(api.engine) as session:
        user = session.get(User, user_id)
        assert user is not None and user.erased_at is not None and "a@example.org" not in user.email
        for model in (ProfileVersion, Application, Document, Embedding):
            assert session.scalar(select(func.count()).select_from(model)) == 0, model
        events = session.scalars(select(AuditEvent).where(AuditEvent.actor_id == user_id)).all()
    assert {"profile.saved", "application.submitted", "user.erased"} <= {e.action for e in events}
    assert all(e.detail is None for e in events if e.action != "user.erased")
    assert not (Path(settings.data_dir) / "files" / digest[:2] / digest).exists()
    assert api.client.get("/api/v1/applications/mine", headers=candidate).status_code == 401  # signed out
    login = api.client.post("/api/v1/auth/token", data={"username": "a@example.org", "password": PASSWORD})
    assert login.status_code == 401
    again = api.client.post("/api/v1/users", json={"email": "a@example.org", "password": PASSWORD})
    assert again.status_code == 201  # the address is free again


def test_fields_outside_the_contract_are_not_kept(api: Api) -> None:
    headers = api.candidate("a@example.org")
    profile = api.client.get("/api/v1/profiles/me", headers=headers).json()["profile"]
    saved = api.client.put(
        "/api/v1/profiles/me", json={**profile, "phone": "+41 22 555 01 01", "photo": "data:image/png;base64,AA"},
        headers=headers,
    ).json()  # fmt: skip
    assert saved["not_kept"] == ["phone", "photo"] and "phone" not in saved["profile"]
    assert "555 01 01" not in str(api.client.get("/api/v1/profiles/me/export", headers=headers).json())
