"""The limits and rules of jpo.profile/1 are one definition for every edge: the API refuses what the web
form refuses (an impossible profile, a text over its limit), the web form's `maxlength` is the contract's,
the command line refuses the same, and a long human profile (the bench's 100 kB) is still saved."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from lxml import html

from jpo.contracts.profile import ExperienceEntry, Profile
from jpo.contracts.text import max_length
from tests.api.conftest import SEEDS, Api
from tests.support.profiles import make_profile
from tests.unit.contracts.test_profile_rules import IMPOSSIBLE
from tests.web.conftest import BrowserSession

VALID = make_profile().model_dump(mode="json", by_alias=True)
JOB = {"title": "Officer", "organization": "OHCHR", "start": "2021-01-01", "end": None, "full_time": True}


def _put(api: Api, headers: dict[str, str], **changes: Any) -> Any:
    return api.client.put("/api/v1/profiles/me", json={**VALID, **changes}, headers=headers)


def test_the_api_refuses_impossible_profiles(api: Api) -> None:
    candidate = api.candidate("c@example.org")
    accepted = {name: r.status_code for name, changes, _ in IMPOSSIBLE
                if (r := _put(api, candidate, **changes)).status_code != 422}  # fmt: skip
    assert not accepted, accepted
    assert api.client.get("/api/v1/profiles/me", headers=candidate).json()["version"] == 1  # none was saved


def test_a_30_mb_summary_is_refused_and_a_100_kb_profile_is_saved(api: Api) -> None:
    candidate = api.candidate("c@example.org")
    assert _put(api, candidate, summary="x" * 30_000_000).status_code in (413, 422)
    long = [{**JOB, "start": f"{2000 + n}-01-01", "end": f"{2000 + n}-12-31", "description": "d" * 5_000}
            for n in range(20)]  # fmt: skip
    saved = _put(api, candidate, experience=long)
    assert saved.status_code == 200, saved.text[:300]
    assert len(json.dumps(saved.json()["profile"])) > 100_000


@pytest.mark.parametrize(
    ("field", "limit", "changes"),
    [("summary", max_length(Profile, "summary"), lambda text: {"summary": text}),
     ("experience-0-description", max_length(ExperienceEntry, "description"),
      lambda text: {"experience": [{**JOB, "description": text}]}),
     ("experience-0-title", max_length(ExperienceEntry, "title"), lambda text: {"experience": [{**JOB, "title": text}]})],
)  # fmt: skip
def test_the_web_form_and_the_api_take_the_same_lengths(
    api: Api, browser_session: BrowserSession, field: str, limit: int, changes: Any
) -> None:
    candidate = api.candidate("c@example.org")
    page = browser_session("c@example.org").get("/me/profile").text
    found = re.search(rf'id="f-{field}"[^>]*maxlength="(\d+)"', page)
    assert found is not None and int(found.group(1)) == limit, field
    assert _put(api, candidate, **changes("x" * limit)).status_code == 200
    refused = _put(api, candidate, **changes("x" * (limit + 1)))
    assert refused.status_code == 422 and "at most" in refused.json()["detail"]


def test_the_web_form_refuses_what_the_api_refuses(api: Api, browser_session: BrowserSession) -> None:
    api.candidate("c@example.org")
    browser = browser_session("c@example.org")
    typed = {"experience-0-start": "2020-01-01", "experience-0-end": "2019-12-31", "experience-0-full_time": "full",
             "language_tests-0-test": "TOEFL iBT", "language_tests-0-score": "121",
             "language_tests-0-date": "2024-01-01", "summary": "x" * 5_001, "military": ""}  # fmt: skip
    response = browser.post("/me/profile", data=typed)
    assert response.status_code == 422
    for name in ("experience-0-end", "language_tests-0-score", "summary"):
        assert f'href="#f-{name}"' in response.text, name
    assert "TOEFL iBT score is between 0 and 120" in response.text


def test_the_command_line_refuses_the_same_profiles(tmp_path: Path) -> None:
    profile = tmp_path / "me.json"
    document = {**VALID, "experience": [{**JOB, "start": "0001-01-01", "end": "9999-12-31"}]}
    profile.write_text(json.dumps(document))
    result = subprocess.run([sys.executable, "-m", "jpo", "eligibility", "check", str(profile), str(SEEDS["002"])],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 2 and "experience.0.start" in result.stderr


def test_the_web_form_takes_a_test_score_without_its_date(api: Api, browser_session: BrowserSession) -> None:
    """As the API does: the date is unknown, not missing (a validity window then leaves it undecided)."""
    headers = api.candidate("c@example.org")
    browser = browser_session("c@example.org")
    page = html.fromstring(browser.get("/me/profile").text)
    form = dict(page.xpath("//form[@method='post' and contains(@action, '/me/profile')]")[0].form_values())
    typed = {**form, "military": "", "language_tests-0-date": ""}  # lxml reads the empty radio as "on"
    saved = browser.post("/me/profile", data=typed, follow_redirects=False)
    assert saved.status_code == 303, saved.text[:500]
    profile = api.client.get("/api/v1/profiles/me", headers=headers).json()["profile"]
    assert profile["language_tests"][0]["date"] is None
