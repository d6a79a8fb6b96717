"""Request bodies are bounded before they are read, and an upload is read only after its sender is
known to be allowed (issue 11, item 1). The app is driven as an ASGI callable, so the test sees how
many body chunks the service asked for."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from jpo.app import create_app
from jpo.http.body import MAX_JSON_BYTES, MAX_JSON_DEPTH, json_depth
from jpo.settings import Settings

CHUNK = 64 * 1024


class Client:
    """One request sent to the ASGI app with a body that counts how much of it was asked for."""

    def __init__(self, app: Any) -> None:
        self.app = app

    def send(
        self, method: str, path: str, headers: dict[str, str], chunks: int, chunk: bytes = b"x" * CHUNK,
        first: bytes = b"",
    ) -> dict[str, Any]:  # fmt: skip
        read = 0
        messages: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            nonlocal read
            if read >= chunks:
                await asyncio.sleep(3600)  # a client that has nothing more to send
            read += 1
            body = first + chunk if read == 1 else chunk
            return {"type": "http.request", "body": body, "more_body": read < chunks}

        async def send(message: dict[str, Any]) -> None:
            messages.append(message)

        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
            "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
            "root_path": "", "server": ("testserver", 80), "client": ("127.0.0.1", 5000),
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        }  # fmt: skip
        # A thread of its own: another test's event loop (Playwright's) may be running in this one.
        with ThreadPoolExecutor(max_workers=1) as thread:
            thread.submit(asyncio.run, asyncio.wait_for(self.app(scope, receive, send), timeout=60)).result()
        start = next(m for m in messages if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        headers = {k.decode(): v.decode() for k, v in start.get("headers", [])}
        decoded = json.loads(body or b"null") if "json" in headers.get("content-type", "json") else body
        return {"status": start["status"], "body": decoded, "chunks_read": read, "headers": headers}


def _client(tmp_path: Path, engine: Engine, database_url: str) -> Client:
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url, max_upload_mb=1)
    return Client(create_app(settings, engine))


def test_a_body_declared_too_large_is_refused_unread(
    tmp_path: Path, engine: Engine, database_url: str
) -> None:
    client = _client(tmp_path, engine, database_url)
    headers = {"content-type": "application/json", "content-length": str(1024**3)}
    answer = client.send("POST", "/api/v1/users", headers, chunks=16384)
    assert answer["status"] == 413 and answer["chunks_read"] == 0
    assert answer["body"]["type"] == "urn:jpo:problem:too-large"


def test_a_chunked_body_is_cut_off_at_the_limit(tmp_path: Path, engine: Engine, database_url: str) -> None:
    client = _client(tmp_path, engine, database_url)
    answer = client.send("POST", "/api/v1/users", {"content-type": "application/json"}, chunks=16384)
    assert answer["status"] == 413
    assert answer["chunks_read"] == MAX_JSON_BYTES // CHUNK + 1  # not one chunk more than needed


def test_a_chunked_upload_is_cut_off_at_the_upload_limit(
    tmp_path: Path, engine: Engine, database_url: str
) -> None:
    client = _client(tmp_path, engine, database_url)
    headers = {"content-type": "multipart/form-data; boundary=b", "cookie": "jpo_session=x"}
    part = b'--b\r\nContent-Disposition: form-data; name="cv"; filename="a.pdf"\r\n\r\n%PDF-'
    answer = client.send("POST", "/sign-in", headers, chunks=16384, first=part)  # 1 GB, never sent in full
    assert answer["status"] == 413 and answer["chunks_read"] < 16384 // 8


def test_an_anonymous_upload_is_refused_before_its_body_is_read(
    tmp_path: Path, engine: Engine, database_url: str
) -> None:
    client = _client(tmp_path, engine, database_url)
    headers = {"content-type": "multipart/form-data; boundary=b", "content-length": str(CHUNK * 8)}
    for path in ("/api/v1/vacancies", "/api/v1/applications/1/documents"):
        answer = client.send("POST", path, headers, chunks=8)
        assert answer["status"] == 401 and answer["chunks_read"] == 0, path
    bad_token = {**headers, "authorization": "Bearer not-a-token"}
    answer = client.send("POST", "/api/v1/vacancies", bad_token, chunks=8)
    assert answer["status"] == 401 and answer["chunks_read"] == 0


def test_an_anonymous_web_upload_is_sent_to_sign_in_before_its_body_is_read(
    tmp_path: Path, engine: Engine, database_url: str
) -> None:
    client = _client(tmp_path, engine, database_url)
    headers = {"content-type": "multipart/form-data; boundary=b", "content-length": str(CHUNK * 8),
               "origin": "http://testserver"}  # fmt: skip
    for path in ("/admin/vacancies",):
        answer = client.send("POST", path, headers, chunks=8)
        assert answer["status"] == 303 and answer["chunks_read"] == 0, path
        assert answer["headers"]["location"].startswith("/sign-in"), path


def test_json_nested_deeper_than_any_document_is_refused(
    tmp_path: Path, engine: Engine, database_url: str
) -> None:
    client = _client(tmp_path, engine, database_url)
    deep = b"[" * 100_000 + b"]" * 100_000
    answer = client.send("POST", "/api/v1/users", {"content-type": "application/json"}, chunks=1, chunk=deep)
    assert answer["status"] == 422 and "nested deeper" in answer["body"]["detail"]


def test_json_depth_skips_brackets_inside_strings() -> None:
    assert json_depth(b'{"a": [1, {"b": "[[[[{{{{"}]}') == 3
    assert json_depth(b'{"a": "\\"[[[["}') == 1
    assert json_depth(b"[" * (MAX_JSON_DEPTH + 1)) == MAX_JSON_DEPTH + 1
