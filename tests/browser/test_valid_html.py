"""Every main page is valid HTML: the Nu HTML Checker (npm `vnu-jar`, installed by `make vnu` from
package-lock.json) reads the pages the browser tests visit, as each role sees them, in English and in
French, and reports no error. The checker is run once over all of them (Java is slow to start). A
missing Java or vnu.jar fails the test, never skips it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import APIRequestContext, Browser

from jpo.demo.applicants import APPLICANT_PASSWORD, DEMO_APPLICANTS
from jpo.demo.assignment import JPO, SUPERVISOR
from jpo.demo.setup import DEMO_USERS

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PER_ROLE = 40  # pages read per role and language: every kind of page, not every row of every list
_LINK = re.compile(r'href="(/[^"#]*)"')
_NOT_PAGES = ("/language/", "/sign-out", "/static/", ".pdf", ".json", "/documents/", "/api/", "/withdraw")


def _password(email: str) -> str:
    return next(user.password for user in DEMO_USERS if user.email == email)


ROLES: dict[str, tuple[str | None, str | None, tuple[str, ...]]] = {
    # role: (e-mail, password, where its pages start); links under these starts are followed once
    "anonymous": (None, None, ("/", "/sign-in", "/sign-up", "/?country=Suisse", "/?country=Narnia")),
    "candidate": ("candidate@demo.jpo.example", _password("candidate@demo.jpo.example"),
                  ("/me/profile", "/me/applications", "/me/data", "/vacancies/1/apply")),
    "applicant": (DEMO_APPLICANTS[0].email, APPLICANT_PASSWORD, ("/me/applications",)),
    "admin": ("admin@demo.jpo.example", _password("admin@demo.jpo.example"), ("/admin",)),
    "reviewer": ("reviewer.ohchr@demo.jpo.example", _password("reviewer.ohchr@demo.jpo.example"),
                 ("/review",)),
    # the demo's assignment in post, as each of its parties sees it
    "jpo": (JPO.email, APPLICANT_PASSWORD, ("/assignments",)),
    "supervisor": (SUPERVISOR, _password(SUPERVISOR), ("/assignments",)),
    "donor": ("admin.kr@demo.jpo.example", _password("admin.kr@demo.jpo.example"), ("/assignments",)),
}  # fmt: skip


def _in_french(path: str) -> str:
    without = re.sub(r"([?&])lang=\w+&?", r"\1", path).rstrip("?&")
    return without + ("&" if "?" in without else "?") + "lang=fr"


def _pages_of(
    request: APIRequestContext, server: str, starts: tuple[str, ...], broken: list[str]
) -> dict[str, str]:
    """The starting pages and the pages they link to (same site, under the same first folder); a page
    that fails (5xx) is added to `broken`."""
    folders = {urlsplit(start).path.split("/")[1] for start in starts} | {"vacancies"}
    pages: dict[str, str] = {}
    queue = list(starts)
    while queue and len(pages) < PER_ROLE:
        path = queue.pop(0)
        if path in pages:
            continue
        response = request.get(server + path)
        if response.status >= 500:
            broken.append(f"{path}: {response.status}")
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        pages[path] = response.text()
        for link in _LINK.findall(pages[path]):
            link = link.replace("&amp;", "&")
            if link.split("/")[1].split("?")[0] in folders and not any(part in link for part in _NOT_PAGES):
                queue.append(link)
    return pages


def _posted_pages(request: APIRequestContext, server: str, role: str) -> dict[str, str]:
    """Pages that only a form's answer shows: the self-check's verdict and its refusal, the admin's
    confirmation before closing (asked, not done)."""
    answers = {"nationality": "Suisse", "birth_date": "1997-03-14", "degree": "master", "degree_year": "2021",
               "experience_years": "3", "sex": "male", "military": "completed", "military_months": "21"}  # fmt: skip
    pages = {}
    if role == "anonymous":
        for lang in ("en", "fr"):
            for name, form in (("verdict", answers), ("refused", {**answers, "nationality": "Narnia"})):
                pages[f"POST /vacancies/3/check {name} {lang}"] = request.post(
                    f"{server}/vacancies/3/check?lang={lang}", form=form
                ).text()
    if role == "admin":
        for lang in ("en", "fr"):
            asked = request.post(f"{server}/admin/vacancies/1/close?lang={lang}", form={})
            assert asked.status == 200, asked.text()
            pages[f"POST /admin/vacancies/1/close {lang}"] = asked.text()
    return pages


def _checked(files: dict[Path, str]) -> list[str]:
    """The checker's errors, each as "page: line: message"."""
    java = shutil.which("java")
    assert java, "Java is missing: the Nu HTML Checker needs Java 17 or later"
    assert VNU.exists(), f"{VNU} is missing: run `make vnu` (npm ci from package-lock.json)"
    run = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, files)],
                         capture_output=True, text=True, timeout=600, check=False)  # fmt: skip
    assert run.stderr.strip().startswith("{"), run.stderr[-2000:]
    messages = json.loads(run.stderr)["messages"]
    by_name = {str(path.resolve()): page for path, page in files.items()}
    return [f"{by_name.get(urlsplit(m.get('url', '')).path, m.get('url'))}: {m.get('lastLine', '?')}: {m['message']}"
            f" [{m.get('extract', '').strip()[:120]}]" for m in messages if m.get("type") == "error"]  # fmt: skip


def test_every_main_page_is_valid_html(browser: Browser, server: str, tmp_path: Path) -> None:
    files: dict[Path, str] = {}
    broken: list[str] = []
    for role, (email, password, starts) in ROLES.items():
        context = browser.new_context(locale="en-GB")
        request = context.request
        if email is not None:
            signed = request.post(f"{server}/sign-in", form={"email": email, "password": password or ""},
                                  max_redirects=0)  # fmt: skip
            assert signed.status == 303, (role, signed.status)
        pages = _pages_of(request, server, starts, broken)
        pages |= {f"{path} (fr)": request.get(server + _in_french(path)).text() for path in list(pages)}
        pages |= _posted_pages(request, server, role)
        context.close()
        for number, (name, text) in enumerate(pages.items()):
            file = tmp_path / f"{role}-{number:03d}.html"
            file.write_text(text, encoding="utf-8")
            files[file] = f"{role} {name}"
    assert len(files) > 60  # every role's pages were read, in both languages
    errors = _checked(files)
    assert not errors, f"{len(errors)} HTML errors:\n" + "\n".join(errors[:80])
    assert not broken, broken
