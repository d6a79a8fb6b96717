"""Back-pressure: at most `max_concurrency` requests run at once in a worker; the rest wait, cheaply,
on the event loop.

Why: endpoints and their dependencies are synchronous, so a request hops through AnyIO's thread pool
several times while it holds a database connection (and, on SQLite, the write lock). Unbounded, a
deadline rush fills every thread with requests waiting for a connection or the lock while the
requests that hold them wait for a thread, and nothing moves until timeouts answer 500s. With fewer
requests in flight than threads and than pooled connections, every holder can always go on.
"""

from __future__ import annotations

import asyncio

from anyio import to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

SPARE_THREADS = 8  # for work outside requests (startup, lifespan) and a request's nested hops


class ConcurrencyLimit:
    """ASGI middleware: a semaphore around each HTTP request."""

    def __init__(self, app: ASGIApp, max_concurrency: int) -> None:
        self.app = app
        self.max_concurrency = max_concurrency
        self._semaphore: asyncio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self._semaphore is None:  # made in the running loop, and the thread pool sized with it
            self._semaphore = asyncio.Semaphore(self.max_concurrency)
            to_thread.current_default_thread_limiter().total_tokens = self.max_concurrency * 3 + SPARE_THREADS
        async with self._semaphore:
            await self.app(scope, receive, send)
