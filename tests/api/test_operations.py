"""What whoever runs the service relies on: probes, one JSON access-log line per request with nothing
secret in it, Prometheus metrics that count right, an unexpected error logged once, a client that
leaves noted quietly, and a favicon."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import Engine

from jpo.app import create_app
from jpo.db.health import head_revisions
from jpo.db.migrate import downgrade
from jpo.db.session import make_engine
from jpo.http.logs import JsonFormatter
from jpo.settings import Settings
from jpo.users.sign_in import MAX_FAILURES
from tests.api.conftest import PASSWORD, Api
from tests.support.net import free_port

Message = dict[str, Any]


def _access_lines(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    return [json.loads(JsonFormatter().format(r)) for r in caplog.records if r.name == "jpo.access"]


def _sample(api: Api, name: str, **labels: str) -> float:
    """The value of one sample of /metrics (0 when it is not there yet)."""
    text = api.client.get("/metrics").text
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return 0.0


# Probes


def test_healthz_answers_without_the_database_and_readyz_says_it_is_unreachable(tmp_path: Path) -> None:
    nowhere = "postgresql://jpo@127.0.0.1:1/jpo"  # nothing listens on port 1
    settings = Settings(data_dir=tmp_path, database_url=nowhere)
    client = TestClient(create_app(settings, make_engine(nowhere)), raise_server_exceptions=False)
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 503 and ready.headers["content-type"] == "application/problem+json"
    assert ready.json()["detail"].startswith("the database is not reachable (")
    assert "jpo@" not in ready.text and "127.0.0.1" not in ready.text


def test_readyz_is_ready_on_a_migrated_database(api: Api) -> None:
    ready = api.client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ready"}


def test_readyz_says_the_migrations_are_behind(api: Api, database_url: str) -> None:
    (head,) = head_revisions()
    previous = f"{int(head) - 1:04d}"
    api.engine.dispose()
    downgrade(database_url, previous)
    ready = api.client.get("/readyz")
    assert ready.status_code == 503 and ready.json()["type"] == "urn:jpo:problem:not-ready"
    assert ready.json()["detail"] == (
        f"the database is at {previous}, the code expects {head}: run `jpo db upgrade`"
    )


def test_readyz_says_a_database_was_never_migrated(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    client = TestClient(create_app(Settings(data_dir=tmp_path, database_url=url), make_engine(url)))
    ready = client.get("/readyz")
    assert ready.status_code == 503 and "no revision (never migrated)" in ready.json()["detail"]


def test_the_old_api_health_check_still_answers(api: Api) -> None:
    assert api.client.get("/api/v1/health").json() == {"status": "ok"}


# Access log


def test_one_json_line_per_request_with_the_route_template_and_nothing_secret(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="jpo.access")
    response = api.client.get(
        "/api/v1/vacancies/4242?q=my-secret-query",
        headers={"Authorization": "Bearer token-that-must-not-leak", "Cookie": "jpo_session=cookie-value"},
    )
    assert response.status_code == 401  # no such token
    (line,) = _access_lines(caplog)
    assert line["request_id"] == response.headers["x-request-id"]
    assert (line["method"], line["route"], line["status"]) == ("GET", "/api/v1/vacancies/{vacancy_id}", 401)
    assert line["client_ip"] == "testclient" and line["logger"] == "jpo.access"
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00", line["timestamp"])
    text = json.dumps(line)
    for secret in ("4242", "my-secret-query", "token-that-must-not-leak", "cookie-value"):
        assert secret not in text


def test_a_password_never_reaches_the_log(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    api.candidate("c@example.org")
    caplog.set_level(logging.DEBUG, logger="jpo")
    api.login("c@example.org")
    api.client.post("/sign-in", data={"email": "c@example.org", "password": PASSWORD})
    lines = [JsonFormatter().format(record) for record in caplog.records if record.name.startswith("jpo")]
    assert any('"route": "/api/v1/auth/token"' in line for line in lines)
    assert not [line for line in lines if PASSWORD in line or "c@example.org" in line]


@pytest.mark.parametrize(
    ("sent", "kept"),
    [("abc-123.X:9", True), ("x" * 65, False), ("two words", False), ("new\nline", False), ("", False)],
)
def test_a_sane_request_id_is_kept_and_anything_else_replaced(api: Api, sent: str, kept: bool) -> None:
    answered = api.client.get("/healthz", headers={"X-Request-ID": sent}).headers["x-request-id"]
    if kept:
        assert answered == sent
    else:
        assert re.fullmatch(r"[0-9a-f]{32}", answered)


def test_lines_logged_while_a_request_is_served_carry_its_id(settings: Settings, engine: Engine) -> None:
    app = create_app(settings, engine)
    written: list[str] = []

    class Written(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            written.append(JsonFormatter().format(record))  # formatted as it is written, as in service

    @app.get("/api/v1/busy")
    def busy() -> dict[str, str]:  # a synchronous endpoint: it runs in a worker thread
        logging.getLogger("jpo.somewhere").warning("something worth a line")
        return {}

    handler = Written()
    logging.getLogger("jpo.somewhere").addHandler(handler)
    try:
        TestClient(app).get("/api/v1/busy", headers={"X-Request-ID": "busy-1"})
    finally:
        logging.getLogger("jpo.somewhere").removeHandler(handler)
    (line,) = [json.loads(text) for text in written]
    assert line["request_id"] == "busy-1" and line["message"] == "something worth a line"


# Metrics


def test_requests_are_counted_by_route_template_and_status(api: Api) -> None:
    for vacancy_id in (1, 2, 3):
        assert api.client.get(f"/api/v1/vacancies/{vacancy_id}").status_code == 404
    assert api.client.get("/no/such/page/9").status_code == 404
    route = "/api/v1/vacancies/{vacancy_id}"
    assert _sample(api, "jpo_http_requests_total", route=route, method="GET", status="404") == 3
    assert _sample(api, "jpo_http_request_duration_seconds_count", route=route, method="GET") == 3
    assert _sample(api, "jpo_http_requests_total", route="unmatched", status="404") == 1
    assert "/api/v1/vacancies/1" not in api.client.get("/metrics").text


def test_the_database_pool_is_measured(api: Api) -> None:
    assert _sample(api, "jpo_db_connections_in_use") == 0  # between requests every connection is back
    assert _sample(api, "jpo_db_pool_size") >= 1 or api.engine.dialect.name == "sqlite"


def test_applications_submitted_and_refused_are_counted_once_each(api: Api) -> None:
    admin = api.staff("admin@example.org", "admin")
    vacancy_id = api.vacancy(admin)
    eligible = api.candidate("kr@example.org", birth_date=f"{date.today().year - 25}-01-01")
    ineligible = api.candidate("fr@example.org", nationalities=["FR"])
    assert api.apply(eligible, vacancy_id, key="once").status_code == 201
    assert api.apply(eligible, vacancy_id, key="once").status_code == 200  # a replay: the same application
    assert api.apply(eligible, vacancy_id, key="twice").status_code == 409  # rolled back: not counted
    assert api.apply(ineligible, vacancy_id).status_code == 422
    assert _sample(api, "jpo_applications_submitted_total") == 1
    assert _sample(api, "jpo_applications_refused_total") == 1


def test_rate_limited_requests_are_counted(api: Api) -> None:
    api.candidate("c@example.org")
    statuses = [
        api.client.post("/api/v1/auth/token", data={"username": "c@example.org", "password": "wrong one!"})
        for _ in range(MAX_FAILURES + 2)
    ]
    assert [r.status_code for r in statuses].count(429) == 2
    assert _sample(api, "jpo_rate_limited_total", route="/api/v1/auth/token") == 2


def test_each_app_has_its_own_registry(settings: Settings, engine: Engine) -> None:
    first, second = TestClient(create_app(settings, engine)), TestClient(create_app(settings, engine))
    first.get("/healthz")
    assert 'route="/healthz"' in first.get("/metrics").text
    assert 'route="/healthz"' not in second.get("/metrics").text


# Unexpected errors and clients that leave


def _scope(method: str, path: str, headers: list[tuple[bytes, bytes]]) -> dict[str, Any]:
    return {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
        "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
        "headers": headers, "client": ("127.0.0.1", 50000), "server": ("testserver", 80),
    }  # fmt: skip


def _serve_once(app: FastAPI, scope: dict[str, Any], received: list[Message]) -> list[Message]:
    """Call the app as a server does; what it raises is what a server would log again."""
    sent: list[Message] = []

    async def receive() -> Message:
        return received.pop(0) if received else {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        sent.append(message)

    asyncio.run(app(scope, receive, send))
    return sent


@pytest.fixture
def crashing_app(settings: Settings, engine: Engine) -> FastAPI:
    app = create_app(settings, engine)

    @app.get("/api/v1/boom")
    def boom() -> None:
        raise RuntimeError("the unexpected")

    @app.get("/crash")
    def crash() -> None:
        raise RuntimeError("the unexpected, on a page")

    @app.post("/api/v1/upload")
    async def upload(request: Request) -> dict[str, int]:
        return {"size": len(await request.body())}

    return app


def test_an_unexpected_error_is_logged_once_with_the_request_id(
    crashing_app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    sent = _serve_once(crashing_app, _scope("GET", "/api/v1/boom", [(b"x-request-id", b"req-7")]), [])
    start = sent[0]
    assert start["status"] == 500 and (b"x-request-id", b"req-7") in start["headers"]
    assert json.loads(sent[1]["body"])["type"] == "urn:jpo:problem:internal"
    (error,) = [record for record in caplog.records if record.levelno >= logging.WARNING]
    line = json.loads(JsonFormatter().format(error))
    assert line["request_id"] == "req-7" and "RuntimeError: the unexpected" in line["exception"]
    (access,) = _access_lines(caplog)
    assert access["status"] == 500 and access["request_id"] == "req-7"


def test_an_unexpected_error_on_a_page_is_the_error_page(
    crashing_app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    page = TestClient(crashing_app).get("/crash", headers={"Accept": "text/html"})  # raises nothing
    assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
    assert "Something went wrong on our side." in page.text and "the unexpected" not in page.text
    assert len([record for record in caplog.records if record.levelno >= logging.ERROR]) == 1


@contextmanager
def _uvicorn(app: FastAPI) -> Iterator[str]:
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        while not server.started:
            assert thread.is_alive()
            thread.join(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


def test_behind_uvicorn_an_unexpected_error_is_still_logged_once(
    crashing_app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    with _uvicorn(crashing_app) as base, pytest.raises(urllib.error.HTTPError) as answer:
        urllib.request.urlopen(f"{base}/api/v1/boom", timeout=30)
    assert answer.value.code == 500
    errors = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert [record.getMessage() for record in errors] == ["unexpected error on GET /api/v1/boom"]


def test_a_client_that_leaves_while_its_body_is_read_is_one_quiet_info_line(
    crashing_app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    headers = [(b"content-type", b"application/octet-stream"), (b"content-length", b"100000")]
    partial = [{"type": "http.request", "body": b"x" * 1000, "more_body": True}]  # then the disconnect
    sent = _serve_once(crashing_app, _scope("POST", "/api/v1/upload", headers), partial)
    assert sent == []  # nobody is there to answer
    assert not [record for record in caplog.records if record.levelno > logging.INFO or record.exc_info]
    (access,) = _access_lines(caplog)
    assert (access["route"], access["status"], access["level"]) == ("/api/v1/upload", 499, "info")
    assert "the client left" in access["message"]


def test_a_body_cut_short_for_its_size_is_logged_as_the_413_it_got(
    crashing_app: FastAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    headers = [(b"content-type", b"application/octet-stream")]  # chunked: no Content-Length
    chunks = [{"type": "http.request", "body": b"x" * 600_000, "more_body": True}] * 4
    sent = _serve_once(crashing_app, _scope("POST", "/api/v1/upload", headers), chunks)
    assert sent[0]["status"] == 413
    assert not [record for record in caplog.records if record.levelno > logging.INFO]
    (access,) = _access_lines(caplog)
    assert (access["route"], access["status"]) == ("/api/v1/upload", 413)


# Favicon


def test_the_favicon_is_served_and_linked_from_every_page(api: Api) -> None:
    icon = api.client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"] == "image/x-icon"
    assert icon.content.startswith(b"\x00\x00\x01\x00")  # an ICO file's header
    page = api.client.get("/", headers={"Accept": "text/html"}).text
    (href,) = re.findall(r'<link rel="icon" href="([^"]+)" type="image/svg\+xml">', page)
    svg = api.client.get(href)
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert svg.text.startswith("<svg")
