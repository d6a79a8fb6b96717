"""The fairness audit beyond a vacancy's stages: the top-k of the ranking reviewers read, a call (every
vacancy of one programme closing in one year, each person once), and the same numbers as JSON, with
small groups withheld and each admin limited to the programmes they manage."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html
from sqlalchemy import select

from jpo.db.models import Application, SelfIdentification, User
from jpo.db.session import unit_of_work
from jpo.monitoring.self_id import answers_of, save_answers
from jpo.settings import Settings
from tests.api.conftest import Api
from tests.web.conftest import BrowserSession


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url, sign_ups_per_ip=100)


def _candidates(api: Api, genders: list[str], vacancies: list[int]) -> list[dict[str, str]]:
    headers = []
    for index in range(len(genders)):
        candidate = api.candidate(f"c{index}@example.org")
        for vacancy in vacancies:
            assert api.apply(candidate, vacancy, key=f"k{vacancy}").status_code == 201
        headers.append(candidate)
    with unit_of_work(api.engine) as session:
        for index, gender in enumerate(genders):
            user = session.scalars(select(User).where(User.email == f"c{index}@example.org")).one()
            save_answers(session, user=user, answers={"gender": gender}, now=user.created_at)
    return headers


def test_the_top_k_of_the_ranking_read_is_audited_by_group(api: Api, browser_session: BrowserSession) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    _candidates(api, ["woman"] * 6 + ["man"] * 6, [vacancy])
    before = api.client.get(f"/api/v1/vacancies/{vacancy}/fairness", headers=admin).json()
    assert before["top_k"] == {"k": 10, "ranked": 0, "audit": None}
    ranking = api.client.get(f"/api/v1/vacancies/{vacancy}/ranking", headers=admin)
    assert ranking.status_code == 200
    order = [c["application_id"] for c in ranking.json()["candidates"]]
    document = api.client.get(f"/api/v1/vacancies/{vacancy}/fairness?k=5", headers=admin).json()
    top = document["top_k"]
    assert top["k"] == 5 and top["ranked"] == 12
    rows = {row["category"]["gender"]: row for row in top["audit"]["families"][0]["rows"]}
    assert rows["woman"]["n"] == rows["man"]["n"] == 6
    assert rows["woman"]["selected"] + rows["man"]["selected"] == 5
    # the audit reads the order reviewers were shown: the first five applications of the ranking
    with unit_of_work(api.engine) as session:
        women = set(session.scalars(
            select(Application.id).join(SelfIdentification, SelfIdentification.user_id == Application.user_id)
            .where(SelfIdentification.gender == "woman")
        ))  # fmt: skip
    assert rows["woman"]["selected"] == len(set(order[:5]) & women)
    page = browser_session("kr@example.org").get(f"/admin/vacancies/{vacancy}/fairness?k=5&lang=fr")
    section = html.fromstring(page.text).xpath("//section[h2[@id='stage-top-k']]")[0]
    assert "5 premiers du classement" in section.text_content()
    assert section.xpath(".//input[@name='k']/@value") == ["5"]


def test_k_out_of_bounds_is_refused_with_a_problem(api: Api, browser_session: BrowserSession) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    for k in ("0", "1001", "x"):
        response = api.client.get(f"/api/v1/vacancies/{vacancy}/fairness?k={k}", headers=admin)
        assert response.status_code == 422 and response.headers["content-type"].startswith(
            "application/problem"
        )
        assert (
            browser_session("kr@example.org").get(f"/admin/vacancies/{vacancy}/fairness?k={k}").status_code
            == 422
        )


def test_a_call_counts_each_person_once_over_its_vacancies(api: Api, browser_session: BrowserSession) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    first, second = api.vacancy(admin), api.vacancy(admin)
    _candidates(api, ["woman"] * 5 + ["man"] * 5 + ["non_binary"], [first, second])
    calls = api.client.get("/api/v1/calls", headers=admin).json()
    assert calls == [{"sponsor": "KR", "year": 2099, "vacancies": 2, "applications": 22}]
    document = api.client.get("/api/v1/calls/KR/2099/fairness", headers=admin).json()
    assert document["vacancy_ids"] == [first, second] and document["applicants"] == 11
    assert document["answered"] == 11
    eligible = next(s for s in document["stages"] if s["stage"] == "eligible")
    family = eligible["audit"]["families"][0]
    assert {row["category"]["gender"]: row["n"] for row in family["rows"]} == {"woman": 5, "man": 5}
    assert family["suppressed"] == 1  # one non-binary person: withheld, as on the page
    page = browser_session("kr@example.org").get("/admin/calls/KR/2099/fairness?lang=fr")
    assert page.status_code == 200
    assert "Candidats : 11, dont 11" in html.fromstring(page.text).text_content().replace("\u202f", " ")
    listing = browser_session("kr@example.org").get("/admin/calls?lang=fr")
    assert "/admin/calls/KR/2099/fairness" in listing.text


def test_an_admin_sees_only_the_calls_of_their_programme(api: Api, browser_session: BrowserSession) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    api.vacancy(admin)
    other = api.staff("nl@example.org", "admin", sponsor="NL")
    reviewer = api.staff("rev@example.org", "reviewer", organization="OHCHR")
    assert api.client.get("/api/v1/calls", headers=other).json() == []
    assert api.client.get("/api/v1/calls/KR/2099/fairness", headers=other).status_code == 403
    assert api.client.get("/api/v1/calls/KR/2099/fairness", headers=reviewer).status_code == 403
    assert api.client.get("/api/v1/calls/KR/2098/fairness", headers=admin).status_code == 404
    assert api.client.get("/api/v1/calls/kr/2099/fairness", headers=admin).status_code == 422
    assert browser_session("nl@example.org").get("/admin/calls/KR/2099/fairness").status_code == 403
    assert "/admin/calls/KR/" not in browser_session("nl@example.org").get("/admin/calls").text


def test_the_page_shows_intersections_of_two_categories_large_enough(
    api: Api, browser_session: BrowserSession
) -> None:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    vacancy = api.vacancy(admin)
    _candidates(api, ["woman"] * 6 + ["man"] * 3, [vacancy])
    with unit_of_work(api.engine) as session:
        for user in session.scalars(select(User).where(User.role == "candidate")):
            answers = {**answers_of(session, user.id), "age_band": "25_29"}
            save_answers(session, user=user, answers=answers, now=user.created_at)
    page = browser_session("kr@example.org").get(f"/admin/vacancies/{vacancy}/fairness?lang=fr")
    stage = html.fromstring(page.text).xpath("//section[h2[@id='stage-eligible']]")[0]
    eligible = stage.xpath(".//details[@class='intersections']")[0]
    rows = [" ".join(r.xpath("string(th)").split()) for r in eligible.xpath(".//tbody/tr")]
    assert rows == ["Femme × De 25 à 29 ans"]  # three men of 25 to 29: too few to show
