"""The web pages are tested over the same app and fresh database as the API. A browser session is a
TestClient of its own (its own cookie jar) signed in through the sign-in form."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from jpo.matching.embedder import UseEmbedder
from tests.api.conftest import PASSWORD, Api, api, settings

__all__ = ["PASSWORD", "api", "browser_session", "settings"]

BrowserSession = Callable[[str], TestClient]


@pytest.fixture(scope="module")
def one_model() -> Iterator[None]:
    """The real sentence model, loaded once for a module's tests (`pytestmark = usefixtures(...)`): the
    service builds a new one for each ranking and each saved profile, and loading its weights takes
    seconds."""
    shared = UseEmbedder()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("jpo.profiles.vectors.default_embedder", lambda: shared)
        yield


@pytest.fixture
def browser_session(api: Api) -> Iterator[BrowserSession]:
    """`browser_session(email)`: a client signed in as an existing user (made with api.staff or
    api.candidate), sending Accept: text/html like a browser."""
    opened: list[TestClient] = []

    def open_session(email: str) -> TestClient:
        client = TestClient(api.client.app, raise_server_exceptions=False, headers={"Accept": "text/html"})
        client.__enter__()
        opened.append(client)
        response = client.post(
            "/sign-in", data={"email": email, "password": PASSWORD}, follow_redirects=False
        )
        assert response.status_code == 303, response.text
        return client

    yield open_session
    for client in opened:
        client.__exit__(None, None, None)
