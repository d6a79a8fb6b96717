"""Request bodies are bounded before they are read: a body over its kind's limit is refused with 413
from its Content-Length, or, sent in chunks, as soon as the count passes the limit; a JSON body nested
deeper than any jpo document is refused before the parser recurses into it."""

from __future__ import annotations

import json
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jpo.http.problem import MEDIA_TYPE, problem_body

MAX_JSON_BYTES = 1024 * 1024  # a 20-job profile with long descriptions is ~100 kB
MAX_FORM_BYTES = 2 * 1024 * 1024  # a profile form, percent-encoded (non-Latin text triples in size)
FORM_OVERHEAD = 1024 * 1024  # boundaries, part headers and the text fields beside an upload
MAX_JSON_DEPTH = 32  # the deepest jpo document nests 5 levels
_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")


def json_depth(body: bytes) -> int:
    """How deep arrays and objects nest in a JSON text (strings skipped, so brackets in text don't count)."""
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub(b"", body)):
        depth += 1 if bracket in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    return deepest


class BodyLimit:
    """ASGI middleware bounding each request's body by its content type."""

    def __init__(self, app: ASGIApp, max_upload_bytes: int) -> None:
        self.app = app
        self.max_multipart = max_upload_bytes + FORM_OVERHEAD

    def limit_of(self, content_type: str) -> int:
        if content_type.startswith("multipart/form-data"):
            return self.max_multipart
        if content_type.startswith("application/x-www-form-urlencoded"):
            return MAX_FORM_BYTES
        return MAX_JSON_BYTES

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {key.decode("latin-1"): value.decode("latin-1") for key, value in scope["headers"]}
        content_type = headers.get("content-type", "").lower()
        guard = _Guard(scope, receive, send, self.limit_of(content_type))
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > guard.limit:
            await guard.refuse_too_large()
            return
        if "json" in content_type:
            body = await guard.read_all()
            if body is None:
                return
            if json_depth(body) > MAX_JSON_DEPTH:
                detail = f"body: JSON nested deeper than {MAX_JSON_DEPTH} levels"
                await _respond(send, scope, 422, "invalid-request", detail)
                return
            guard.replay(body)
        await self.app(scope, guard.receive, guard.send)


class _Guard:
    """One request's body, counted as it arrives; past the limit the client gets 413 and the app sees
    the client leave (its own answer to that is dropped)."""

    def __init__(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        self.scope, self.inner_receive, self.inner_send, self.limit = scope, receive, send, limit
        self.seen = 0
        self.started = self.refused = False
        self.replayed: bytes | None = None

    async def refuse_too_large(self) -> None:
        self.refused = True
        if not self.started:
            await _respond(self.inner_send, self.scope, 413, "too-large",
                           f"the request body is over the limit of {self.limit} bytes")  # fmt: skip

    async def receive(self) -> Message:
        if self.replayed is not None:
            body, self.replayed = self.replayed, None
            return {"type": "http.request", "body": body, "more_body": False}
        if self.refused:
            return {"type": "http.disconnect"}
        message = await self.inner_receive()
        if message["type"] == "http.request":
            self.seen += len(message.get("body", b""))
            if self.seen > self.limit:
                await self.refuse_too_large()
                return {"type": "http.disconnect"}
        return message

    async def send(self, message: Message) -> None:
        if self.refused:
            return
        self.started = True
        await self.inner_send(message)

    async def read_all(self) -> bytes | None:
        """The whole body, or None when it was refused as too large."""
        chunks: list[bytes] = []
        while True:
            message = await self.receive()
            if self.refused:
                return None
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                return b"".join(chunks)

    def replay(self, body: bytes) -> None:
        """The app reads `body` as if it arrived now; later reads wait on the client as usual."""
        self.replayed = body


async def _respond(send: Send, scope: Scope, status: int, code: str, detail: str) -> None:
    body = json.dumps(problem_body(status, code, detail, scope.get("path", ""))).encode()
    headers = [(b"content-type", MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode()),
               (b"connection", b"close")]  # fmt: skip
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
