"""What every response and every state-changing form gets: security headers with a strict
Content-Security-Policy, and a same-origin check of the sender of each form."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jpo.errors import ForbiddenError
from jpo.http.deps import SAFE_METHODS

# Scripts and styles only from this site (htmx and the pages' own script are vendored in /static), no
# inline script or style, no plugins, no framing, forms posted only here.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
}
DOCS = "/api/v1/docs"  # Swagger UI is a page of FastAPI's, with its own inline script


class SecurityHeaders:
    """ASGI middleware: the headers above on every response, the CSP on all but the API docs page."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.common = [(name.lower().encode(), value.encode()) for name, value in HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = list(self.common)
        if not scope.get("path", "").startswith(DOCS):
            extra.append((b"content-security-policy", CSP.encode()))

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *(h for h in extra if h[0] not in present)]}  # fmt: skip
            await send(message)

        await self.app(scope, receive, with_headers)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def same_origin(request: Request) -> None:
    """Refuse a state-changing request sent by another site's page (cross-site request forgery).

    The public origin is `JPO_PUBLIC_URL` when set (behind a proxy, the Host header is the proxy's
    business); otherwise the address the request was sent to. A browser names the sender in `Origin`
    (`null` from sandboxed frames, data: URLs and some redirects: refused) and in `Sec-Fetch-Site`.
    """
    if request.method in SAFE_METHODS:
        return
    expected = request.app.state.settings.public_url
    expected = origin_of(expected) if expected else origin_of(str(request.base_url))
    origin = request.headers.get("origin")
    if request.headers.get("sec-fetch-site") == "cross-site" or (
        origin is not None and origin.lower() != expected
    ):
        raise ForbiddenError("this form was sent from another site; open the page on jpo and send it again")
