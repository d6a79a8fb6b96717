"""An error page in French says what went wrong in French: the problem's detail is an English sentence
with values in it, so the page falls back on what the problem's code means, never on the English."""

from __future__ import annotations

import pytest
from starlette.requests import Request

from jpo.errors import ConflictError, ForbiddenError, JpoError
from jpo.web.errors import _BY_CODE, _detail
from jpo.web.i18n import translations


def _request(lang: str) -> Request:
    return Request({"type": "http", "method": "GET", "path": "/", "headers": [],
                    "query_string": f"lang={lang}".encode()})  # fmt: skip


@pytest.mark.parametrize(
    ("error", "french"),
    [
        (ConflictError("you have already applied to vacancy 3", code="already-applied"), "déjà postulé"),
        (ForbiddenError("document 7: documents open from shortlisting on", code="blind-review"), "aveugle"),
    ],
)
def test_a_french_page_says_what_the_code_means(error: JpoError, french: str) -> None:
    assert french in _detail(_request("fr"), error, error.message)
    assert _detail(_request("en"), error, error.message) == error.message  # English keeps the detail


def test_a_problem_without_a_french_meaning_shows_only_the_headline() -> None:
    error = ConflictError("vacancy 3: something particular", code="something-particular")
    assert _detail(_request("fr"), error, error.message) == ""


def test_every_code_meaning_has_its_french() -> None:
    french = translations("fr")
    assert [m for m in _BY_CODE.values() if french.gettext(m) == m] == []
