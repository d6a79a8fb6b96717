"""Documents on an application: type from the bytes, size limit, owner and staff only."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from jpo.db.models import AuditEvent, Document
from jpo.db.session import unit_of_work
from jpo.settings import Settings
from tests.api.conftest import Api

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _setup(api: Api) -> tuple[dict[str, str], int]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    candidate = api.candidate("a@example.org")
    return candidate, api.apply(candidate, vacancy).json()["id"]


def _upload(
    api: Api, headers: dict[str, str], application: int, data: bytes, name: str, kind: str = "degree"
):  # type: ignore[no-untyped-def]
    return api.client.post(
        f"/api/v1/applications/{application}/documents",
        files={"file": (name, data)},
        data={"kind": kind},
        headers=headers,
    )


def test_upload_and_download_by_the_owner(api: Api, settings: Settings) -> None:
    candidate, application = _setup(api)
    response = _upload(api, candidate, application, PDF, "diploma.pdf")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["media_type"] == "application/pdf" and body["size"] == len(PDF)
    stored = Path(settings.data_dir) / "files" / body["sha256"][:2] / body["sha256"]
    assert stored.read_bytes() == PDF  # content-addressed on disk
    download = api.client.get(f"/api/v1/applications/{application}/documents/{body['id']}", headers=candidate)
    assert download.content == PDF and download.headers["x-content-type-options"] == "nosniff"


def test_the_type_comes_from_the_bytes_not_the_name(api: Api) -> None:
    candidate, application = _setup(api)
    disguised = _upload(api, candidate, application, b"MZ\x90\x00 an executable", "cv.pdf")
    assert disguised.status_code == 422 and "PDF, DOCX, PNG and JPEG" in disguised.json()["detail"]
    image = _upload(api, candidate, application, PNG, "scan.pdf", kind="test_certificate")
    assert image.status_code == 201 and image.json()["media_type"] == "image/png"
    bad_kind = _upload(api, candidate, application, PDF, "x.pdf", kind="selfie")
    assert bad_kind.status_code == 422 and bad_kind.json()["detail"].startswith("kind:")


def test_too_large_is_refused_and_nothing_is_stored(api: Api, settings: Settings) -> None:
    candidate, application = _setup(api)
    settings.max_upload_mb = 0.001  # about 1 KB
    response = _upload(api, candidate, application, PDF + b"0" * 4096, "big.pdf")
    assert response.status_code == 413 and response.json()["type"] == "urn:jpo:problem:too-large"
    with unit_of_work(api.engine) as session:
        assert session.scalars(select(Document)).all() == []


def test_others_cannot_see_documents_and_staff_reads_are_audited(api: Api) -> None:
    candidate, application = _setup(api)
    document = _upload(api, candidate, application, PDF, "diploma.pdf").json()["id"]
    url = f"/api/v1/applications/{application}/documents/{document}"
    other = api.candidate("b@example.org")
    assert _upload(api, other, application, PDF, "x.pdf").status_code == 404
    assert api.client.get(url, headers=other).status_code == 404
    unesco = api.staff("unesco@example.org", "reviewer", organization="UNESCO")
    assert api.client.get(url, headers=unesco).status_code == 404
    ohchr = api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    assert api.client.get(url, headers=ohchr).status_code == 403  # blind review: closed until shortlisting
    for to in ("longlisted", "shortlisted"):
        moved = api.client.post(f"/api/v1/applications/{application}/transitions", headers=ohchr,
                                json={"to": to, "reason": "On."})  # fmt: skip
        assert moved.status_code == 200, moved.text
    assert api.client.get(url, params={"purpose": "checking the degree"}, headers=ohchr).content == PDF
    with unit_of_work(api.engine) as session:
        reads = session.scalars(select(AuditEvent).where(AuditEvent.subject_type == "document")).all()
    assert [(e.action, e.reason) for e in reads] == [("personal_data.read", "checking the degree")]
