"""A receipt or a document is the same download from the API and from the pages: one service gives the
bytes, the media type and a file name that never repeats the name the candidate gave."""

from __future__ import annotations

from tests.api.conftest import Api
from tests.web.conftest import BrowserSession

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_the_api_and_the_pages_give_the_same_downloads(api: Api, browser_session: BrowserSession) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    candidate = api.candidate("a@example.org")
    applied = api.apply(candidate, api.vacancy(admin)).json()
    application, receipt = applied["id"], applied["receipt"]
    attached = api.client.post(f"/api/v1/applications/{application}/documents", headers=candidate,
                               files={"file": ('Kim "Ji-woo" CV.pdf', PDF)}, data={"kind": "cv"})  # fmt: skip
    document = attached.json()["id"]
    browser = browser_session("a@example.org")
    pairs = {
        "receipt": (f"/api/v1/applications/{application}/receipt", f"/me/applications/{application}/receipt.pdf"),
        "document": (f"/api/v1/applications/{application}/documents/{document}",
                     f"/me/applications/{application}/documents/{document}"),
    }  # fmt: skip
    for what, (api_url, page_url) in pairs.items():
        by_api, by_page = api.client.get(api_url, headers=candidate), browser.get(page_url)
        assert by_api.status_code == by_page.status_code == 200, what
        assert by_api.content == by_page.content and by_api.content.startswith(b"%PDF-"), what
        for header in ("content-type", "content-disposition", "x-content-type-options"):
            assert by_api.headers[header] == by_page.headers[header], (what, header)
    names = {what: api.client.get(url, headers=candidate).headers["content-disposition"]
             for what, (url, _) in pairs.items()}  # fmt: skip
    assert names == {"receipt": f'attachment; filename="{receipt}.pdf"',
                     "document": f'attachment; filename="{document}-cv.pdf"'}  # fmt: skip
