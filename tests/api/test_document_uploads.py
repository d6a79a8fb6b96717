"""Uploads under load: the per-application limit holds whatever the number of parallel uploads, and an
upload sent again (a retry after a lost answer) is the document already stored, not a second one."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import func, select

from jpo.applications.documents import MAX_PER_APPLICATION
from jpo.db.models import AuditEvent, Document
from jpo.db.session import unit_of_work
from tests.api.conftest import Api

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _applied(api: Api) -> tuple[dict[str, str], int]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    candidate = api.candidate("a@example.org")
    return candidate, api.apply(candidate, api.vacancy(admin)).json()["id"]


def _upload(api: Api, candidate: dict[str, str], application: int, data: bytes, kind: str = "cv") -> Any:
    return api.client.post(f"/api/v1/applications/{application}/documents", headers=candidate,
                           files={"file": ("cv.pdf", data)}, data={"kind": kind})  # fmt: skip


def _stored(api: Api) -> tuple[int, int]:
    """Documents, and audit events saying one was attached."""
    with unit_of_work(api.engine) as session:
        documents = session.scalar(select(func.count()).select_from(Document)) or 0
        attached = (
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "document.attached")
        )
        return documents, session.scalar(attached) or 0


def test_parallel_uploads_never_pass_the_limit(api: Api) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    applied = []  # four candidates, each sending 40 different documents at once to their application
    for n in range(4):
        candidate = api.candidate(f"c{n}@example.org")
        applied.append((candidate, api.apply(candidate, vacancy).json()["id"]))
    sends = [
        (who, application, PDF + f"% file {n}\n".encode()) for n in range(40) for who, application in applied
    ]
    with ThreadPoolExecutor(max_workers=24) as pool:
        answers = list(pool.map(lambda send: (send[1], _upload(api, *send).status_code), sends))
    for _, application in applied:
        statuses = [status for to, status in answers if to == application]
        assert sorted(set(statuses)) == [201, 409] and statuses.count(201) == MAX_PER_APPLICATION, statuses
    assert _stored(api) == (4 * MAX_PER_APPLICATION,) * 2


def test_an_upload_sent_again_is_the_same_document(api: Api) -> None:
    candidate, application = _applied(api)
    first = _upload(api, candidate, application, PDF)
    again = _upload(api, candidate, application, PDF)
    assert (first.status_code, again.status_code) == (201, 200) and again.json() == first.json()
    assert _stored(api) == (1, 1)  # no second row, no second event
    as_another_kind = _upload(api, candidate, application, PDF, kind="degree")
    assert as_another_kind.status_code == 201 and as_another_kind.json()["id"] != first.json()["id"]


def test_parallel_retries_of_one_upload_store_it_once(api: Api) -> None:
    candidate, application = _applied(api)
    with ThreadPoolExecutor(max_workers=12) as pool:
        responses = list(pool.map(lambda _: _upload(api, candidate, application, PDF), range(12)))
    assert sorted(r.status_code for r in responses) == [200] * 11 + [201], [r.text for r in responses]
    assert len({r.json()["id"] for r in responses}) == 1 and _stored(api) == (1, 1)
