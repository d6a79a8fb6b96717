"""The reviewer's table of a vacancy's applications: pages, filters and sorts over a few hundred
applications, bulk decisions (each its own transition, all or nothing), the CSV download, and no
embedding when a ranking is opened after submission."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import func, select

from jpo.db.models import Application, AuditEvent, User
from jpo.db.session import unit_of_work
from jpo.matching.embedder import Vectors
from jpo.profiles import vectors
from jpo.profiles.service import save_profile
from tests.api.conftest import Api
from tests.support.profiles import make_profile
from tests.web.conftest import BrowserSession
from tests.web.test_review_pages import _vacancy

pytestmark = pytest.mark.usefixtures("one_model")  # the real sentence model, loaded once

JOBS = [
    (
        "Business and Human Rights Researcher",
        "Research on human rights due diligence by technology companies.",
    ),
    ("Policy analyst", "Drafted briefing notes on artificial intelligence and human rights."),
    ("Data analyst", "Built dashboards on humanitarian needs."),
    ("Front desk agent", "Checked guests in and out of a hotel."),
    ("Legal assistant", "Prepared files on freedom of expression cases."),
]
STATUSES = ("eligible", "needs_review", "ineligible", "longlisted", "shortlisted", "not_selected")


def _many(api: Api, vacancy: int, count: int) -> list[int]:
    """`count` applications stored directly (no sign-up, no hashing): five kinds of careers, six statuses."""
    ids = []
    with unit_of_work(api.engine) as session:
        for index in range(count):
            user = User(email=f"many{index}@example.org", password_hash="-", role="candidate")
            session.add(user)
            session.flush()
            title, description = JOBS[index % len(JOBS)]
            job = {"title": title, "start": "2020-01-01", "end": None, "full_time": True,
                   "description": description}  # fmt: skip
            document = make_profile(experience=[job]).model_dump(mode="json", by_alias=True)
            version = save_profile(session, user=user, document=document)
            application = Application(user_id=user.id, vacancy_id=vacancy, profile_version_id=version.id,
                                      receipt=f"MANY-{index:04d}", status=STATUSES[index % len(STATUSES)],
                                      eligibility={"criteria": []})  # fmt: skip
            session.add(application)
            session.flush()
            ids.append(application.id)
    return ids


def _rows(page: str) -> list[dict[str, str]]:
    """The table's rows: application id, pseudonym, status, score, eligibility."""
    found = re.findall(
        r'<tr id="application-(\d+)">.*?<td>([\d,\s]+)</td>\s*<th scope="row"><a [^>]*>([^<]+)</a></th>\s*'
        r'<td class="application-status">(.*?)</td>\s*<td><a [^>]*>(\d+)<.*?<td>([^<]+)</td>',
        page, flags=re.S,
    )  # fmt: skip
    return [{"id": f[0], "rank": f[1].strip(), "candidate": f[2], "status": re.sub("<[^>]+>", "", f[3]).strip(),
             "score": f[4], "eligibility": f[5]} for f in found]  # fmt: skip


def test_three_hundred_applications_page_filter_and_sort_right(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    ids = _many(api, vacancy, 300)
    api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    reviewer = browser_session("ohchr@example.org")
    url = f"/review/vacancies/{vacancy}"
    seen: list[dict[str, str]] = []
    for page in range(1, 8):
        html = reviewer.get(url, params={"page": page}).text
        rows = _rows(html)
        assert len(rows) == 50  # page 7 asks past the end: it gets the last page
        if page <= 6:
            assert f"page {page} of 6" in html
            seen.extend(rows)
    assert sorted(int(r["id"]) for r in seen) == sorted(ids)  # every application once, none twice
    assert [int(r["rank"].replace(",", "")) for r in seen] == list(range(1, 301))  # the ranking's order
    assert 'rel="next"' in reviewer.get(url).text and 'rel="prev"' not in reviewer.get(url).text

    longlisted = _rows(reviewer.get(url, params={"status": "longlisted"}).text)
    assert len(longlisted) == 50 and {r["status"] for r in longlisted} == {"long-listed"}
    ineligible = reviewer.get(url, params={"eligibility": "ineligible"}).text
    assert "50 of 300 applications match" in ineligible
    assert {r["eligibility"] for r in _rows(ineligible)} == {"Ineligible"}

    by_score = _rows(reviewer.get(url, params={"sort": "score", "order": "desc"}).text)
    scores = [int(r["score"]) for r in by_score]
    last = [int(r["score"]) for r in _rows(reviewer.get(url, params={"sort": "score", "order": "desc",
                                                                     "page": 6}).text)]  # fmt: skip
    assert scores == sorted(scores, reverse=True) and last == sorted(last, reverse=True)
    assert scores[-1] >= last[0] and scores[0] > last[-1]
    top = scores[0]
    ranged = reviewer.get(url, params={"min": top, "max": 100}).text
    assert all(int(r["score"]) >= top for r in _rows(ranged)) and _rows(ranged)
    words = reviewer.get(url, params={"q": "DUE diligence"}).text  # any case, all the words
    assert "60 of 300 applications match" in words  # one career in five says it
    assert '"status">0 of 300 applications match' in reviewer.get(url, params={"q": "diligence hotel"}).text

    bad = reviewer.get(url, params={"min": "lots", "status": "nonsense", "page": "-3"})
    assert bad.status_code == 200 and "Give a whole number from 0 to 100." in bad.text
    assert "300 of 300 applications match" in bad.text  # what was not understood is left out
    french = reviewer.get(url, params={"min": "x", "lang": "fr"}).text
    assert "Indiquez un nombre entier de 0 à 100." in french and "Décidé par" in french


def _transitions(api: Api, application: int) -> list[AuditEvent]:
    with unit_of_work(api.engine) as session:
        return list(session.scalars(select(AuditEvent).where(
            AuditEvent.action == "application.transition", AuditEvent.subject_id == application
        ).order_by(AuditEvent.id)))  # fmt: skip


def test_a_bulk_decision_records_each_transition_with_the_one_reason(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)
    reviewer = browser_session("ohchr@example.org")
    chosen = [vacancy.applications["strong"], vacancy.applications["weak"]]
    done = reviewer.post(f"/review/vacancies/{vacancy.id}/decisions",
                         params={"eligibility": "eligible", "sort": "score", "order": "desc"},
                         data={"application": chosen, "to": "longlisted", "reason": "Both fit the post."},
                         follow_redirects=False)  # fmt: skip
    assert done.status_code == 303
    location = done.headers["location"]
    assert location.startswith(f"/review/vacancies/{vacancy.id}?done=2&to=longlisted")
    assert "eligibility=eligible" in location and "sort=score" in location  # the filters kept
    for application in chosen:
        (event,) = _transitions(api, application)
        assert event.reason == "Both fit the post." and event.detail == {
            "from": "eligible",
            "to": "longlisted",
            "by": "staff",
        }
    page = reviewer.get(location).text
    assert "Decision recorded on 2 selected applications: each is now long-listed" in page
    assert "ohchr@example.org" in page  # decided by


def test_a_bulk_decision_with_one_move_not_allowed_records_none(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)
    reviewer = browser_session("ohchr@example.org")
    chosen = [vacancy.applications["strong"], vacancy.applications["ineligible"]]
    refused = reviewer.post(f"/review/vacancies/{vacancy.id}/decisions",
                            data={"application": chosen, "to": "longlisted", "reason": "Go on."})  # fmt: skip
    assert refused.status_code == 409 and "No decision was recorded." in refused.text
    assert f"{vacancy.names['ineligible']} (ineligible)" in refused.text
    assert all(not _transitions(api, a) for a in chosen[:1])
    assert "Go on." in refused.text and refused.text.count(" checked>") == 2  # the selection kept
    nothing = reviewer.post(
        f"/review/vacancies/{vacancy.id}/decisions", data={"to": "longlisted", "reason": "x"}
    )
    assert nothing.status_code == 422 and "Select at least one application." in nothing.text
    no_reason = reviewer.post(f"/review/vacancies/{vacancy.id}/decisions",
                              data={"application": chosen[:1], "to": "longlisted", "reason": " "})  # fmt: skip
    assert no_reason.status_code == 422 and "Give the reason for this decision." in no_reason.text
    api.staff("unesco@example.org", "reviewer", organization="UNESCO")
    other = browser_session("unesco@example.org")
    outside = other.post(f"/review/vacancies/{vacancy.id}/decisions",
                         data={"application": chosen[:1], "to": "longlisted", "reason": "x"})  # fmt: skip
    assert outside.status_code == 403 and not _transitions(api, chosen[0])


def test_the_csv_download_is_pseudonymous_for_reviewers_and_audited(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)
    reviewer = browser_session("ohchr@example.org")
    table = reviewer.get(f"/review/vacancies/{vacancy.id}").text
    assert f'href="/review/vacancies/{vacancy.id}/applications.csv?lang=en"' in table
    assert "identity=true" not in table  # a reviewer is not offered names
    csv = reviewer.get(f"/review/vacancies/{vacancy.id}/applications.csv")
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv.headers["content-disposition"]
    lines = csv.text.splitlines()
    assert lines[0].startswith("rank,candidate,application,status") and len(lines) == 5
    assert vacancy.names["strong"] in lines[1] and "strong@example.org" not in csv.text
    assert reviewer.get(f"/review/vacancies/{vacancy.id}/applications.csv?identity=true").status_code == 403
    admin = browser_session("kr@example.org")
    assert "identity=true" in admin.get(f"/review/vacancies/{vacancy.id}").text
    named = admin.get(f"/review/vacancies/{vacancy.id}/applications.csv?identity=true").text
    assert "strong@example.org" in named and "Ji-woo Park" in named
    with unit_of_work(api.engine) as session:
        exports = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "personal_data.exported", AuditEvent.subject_id == vacancy.id))  # fmt: skip
    assert exports == 2


class _Counting:
    """The shared model, counting the sentences it is asked to embed."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.name, self.texts = inner, inner.name, 0

    def encode(self, texts: Any) -> Vectors:
        self.texts += len(texts)
        result: Vectors = self.inner.encode(texts)
        return result


def test_opening_a_ranking_after_submission_embeds_nothing(
    api: Api, browser_session: BrowserSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    counting = _Counting(vectors.default_embedder())
    monkeypatch.setattr("jpo.profiles.vectors.default_embedder", lambda: counting)
    vectors._PUBLIC.clear()  # as a fresh worker: nothing of the vacancy in memory
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    assert counting.texts > 20  # its requirements were embedded when it was published
    response = api.apply(api.candidate("strong@example.org", experience=[{
        "title": "Researcher", "start": "2021-01-01", "end": None, "full_time": True,
        "description": "A sentence nobody else wrote about due diligence in technology firms."}]), vacancy)  # fmt: skip
    assert response.status_code == 201, response.text
    vectors._PUBLIC.clear()
    before = counting.texts
    api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    page = browser_session("ohchr@example.org").get(f"/review/vacancies/{vacancy}")
    assert page.status_code == 200 and "1 of 1 applications match" in page.text
    assert counting.texts == before  # everything was embedded before anyone opened the ranking


def test_the_admin_list_is_searched_and_filtered_and_the_dashboard_explains_its_numbers(
    api: Api, browser_session: BrowserSession
) -> None:
    vacancy = _vacancy(api)  # seed 002 with four applications, one ruled ineligible by the admin
    other = api.vacancy(vacancy.admin, seed="003")
    draft = api.vacancy(vacancy.admin, seed="003", publish=False)
    admin = browser_session("kr@example.org")
    everything = admin.get("/admin").text
    assert all(f"/admin/vacancies/{v}?" in everything for v in (vacancy.id, other, draft))
    drafts = admin.get("/admin", params={"status": "draft"}).text
    assert f"/admin/vacancies/{draft}?" in drafts and f"/admin/vacancies/{vacancy.id}?" not in drafts
    assert "1 of your 3 vacancies match." in drafts
    words = admin.get("/admin", params={"q": "B-TECH"}).text  # any case
    assert f"/admin/vacancies/{vacancy.id}?" in words and f"/admin/vacancies/{other}?" not in words
    none = admin.get("/admin", params={"q": "zzzz", "status": "bogus", "sponsor": "<>"})
    assert none.status_code == 200 and "No vacancy matches these filters." in none.text
    assert f'href="/review/vacancies/{vacancy.id}?lang=en"' in everything  # its count opens the table

    dashboard = admin.get(f"/admin/vacancies/{vacancy.id}/dashboard").text
    assert "ruled by staff after the screening" in dashboard
    assert "1 applications were ruled ineligible by staff afterwards" in dashboard
    assert f'href="/review/vacancies/{vacancy.id}?status=ineligible&amp;lang=en"' in dashboard
    table = admin.get(f"/review/vacancies/{vacancy.id}", params={"status": "ineligible"}).text
    assert "1 of 4 applications match" in table and vacancy.names["ineligible"] in table
    french = admin.get(f"/admin/vacancies/{vacancy.id}/dashboard", params={"lang": "fr"}).text
    assert "décidée par le personnel" in french or "par le personnel" in french
