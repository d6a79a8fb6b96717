"""Browser tests: a real `jpo serve` with the demo data, driven by Playwright in Debian's headless
Chromium (installed by .ci/run; no browser is downloaded). A missing Chromium fails, never skips."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support.net import serving

CHROMIUM = Path(os.environ.get("JPO_CHROMIUM", "/usr/bin/chromium"))
AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="session")
def server_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data folder of the session's one server (its SQLite database and files)."""
    return tmp_path_factory.mktemp("browser-data")


@pytest.fixture(scope="session")
def server_database_url(server: str, server_data: Path) -> str:
    """The server's database, for a journey that prepares its own state with the services (in a unit of
    work of its own: the server sees it on its next request)."""
    return f"sqlite:///{server_data / 'jpo.sqlite3'}"


@pytest.fixture(scope="session")
def server(server_data: Path) -> Iterator[str]:
    data = server_data
    # Every test signs up from 127.0.0.1: lift the per-address limits for the session's one server.
    env = {
        **os.environ,
        "JPO_DATA_DIR": str(data),
        "JPO_SIGN_UPS_PER_IP": "1000",
        "JPO_SIGN_IN_FAILURES_PER_IP": "1000",
    }
    env.pop("JPO_DATABASE_URL", None)
    subprocess.run(
        [sys.executable, "-m", "jpo", "demo", "--no-serve"], env=env, check=True, capture_output=True
    )
    with serving(env) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: .ci/run installs Debian's chromium"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page in a new context; every Content-Security-Policy violation on any page it visits (Chromium
    reports each on the console) fails the test that visited it."""
    context = browser.new_context(locale="en-GB")
    opened = context.new_page()
    violations: list[str] = []
    opened.on("console", lambda message: violations.append(message.text)
              if "Content Security Policy" in message.text else None)  # fmt: skip
    yield opened
    context.close()
    assert not violations, violations


def serious_violations(page: Page) -> list[str]:
    """axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now."""
    # Evaluated through the DevTools protocol, not injected as a <script>: the pages' Content-Security-Policy
    # allows no inline script, and that is what the tests check too.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found = page.evaluate(
        """async () => (await axe.run(document, {runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}))
              .violations.filter(v => ["serious", "critical"].includes(v.impact))
              .map(v => v.id + ": " + v.nodes.map(n => n.target.join(" ")).join(", "))"""
    )
    return list(found)


def overflow(page: Page) -> int:
    """How many CSS pixels the page is wider than its viewport. A mobile browser widens its layout
    to fit what overflows, so window.innerWidth follows the content: compare with the viewport asked for."""
    viewport = page.viewport_size
    assert viewport is not None
    return int(page.evaluate("document.documentElement.scrollWidth")) - viewport["width"]
