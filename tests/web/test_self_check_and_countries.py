"""The no-account self-check asks what the sponsor's rules need and decides nothing it was not told;
country filters and pickers take country names (English or French, accents folded), not ISO codes."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from lxml import html

from tests.api.conftest import Api


def _vacancies(api: Api) -> dict[str, int]:
    admin = api.staff("centre@example.org", "admin")
    return {seed: api.vacancy(admin, seed=seed) for seed in ("000", "002", "004")}


def _korean_answers() -> dict[str, Any]:
    """Everything seed 002 (OHCHR, sponsored by Korea) needs to know, from an eligible candidate."""
    taken = (date.today() - timedelta(days=100)).isoformat()  # within the 24 months a score counts
    return {"nationality": "Corée du Sud", "birth_date": "1997-03-14", "sex": "male", "military": "completed",
            "military_months": "21", "degree": "master", "degree_year": "2021", "experience_years": "3",
            "languages": ["en", "fr", "ko"], "test": "TOEFL iBT", "test_score": "105", "test_date": taken,
            "applications": "1"}  # fmt: skip


def _statuses(text: str) -> dict[str, str]:
    page = html.fromstring(text)
    return {row.xpath("./th")[0].text_content(): row.xpath("./td")[0].get("class").removeprefix("status-")
            for row in page.xpath('//table[@class="criteria"]/tbody/tr')}  # fmt: skip


def test_the_self_check_asks_what_the_korean_rules_need_and_can_say_eligible(api: Api) -> None:
    korean = _vacancies(api)["002"]
    form = html.fromstring(api.client.get(f"/vacancies/{korean}").text).xpath("//form[@data-hx-post]")[0]
    asked = {element.get("name") for element in form.xpath(".//input|.//select")}
    assert {"sex", "military", "military_months", "test", "test_score", "test_date", "applications"} <= asked
    tests = [option.get("value") for option in form.xpath('.//select[@name="test"]/option')]
    assert tests == ["", "none", "TOEFL iBT", "TEPS", "IELTS", "TOEIC"]  # the pack's accepted tests
    response = api.client.post(
        f"/vacancies/{korean}/check", data=_korean_answers(), headers={"HX-Request": "true"}
    )
    assert response.status_code == 200 and "You appear to meet every rule we can check." in response.text
    assert set(_statuses(response.text).values()) == {"pass"}
    assert "within the limit of 34 (32 plus 2 for your military service)" in response.text


def test_nothing_answered_is_not_decided_and_service_is_never_assumed(api: Api) -> None:
    korean = _vacancies(api)["002"]
    empty = api.client.post(f"/vacancies/{korean}/check", data={}, headers={"HX-Request": "true"})
    assert empty.status_code == 200 and "Not decided" in empty.text and "You do not meet" not in empty.text
    assert set(_statuses(empty.text).values()) <= {"unknown", "pass"}  # the deadline alone is known
    no_service = {**_korean_answers(), "military": "", "military_months": "", "birth_date": "1991-03-14"}
    unsaid = _statuses(api.client.post(f"/vacancies/{korean}/check", data=no_service).text)
    assert unsaid["Military service"] == "unknown"  # a man who said nothing of it: not decided either way
    assert unsaid["Age"] == "unknown"  # 33 is over 32, unless service he did not declare raised it
    served_nothing = {**no_service, "military": "none"}
    said = _statuses(api.client.post(f"/vacancies/{korean}/check", data=served_nothing).text)
    assert said["Military service"] == "fail" and said["Age"] == "fail"
    woman = _statuses(
        api.client.post(f"/vacancies/{korean}/check", data={**no_service, "sex": "female"}).text
    )
    assert woman["Military service"] == "pass" and woman["Age"] == "fail"  # no extension assumed


def test_the_self_check_refuses_an_unknown_country_or_a_missing_score_politely(api: Api) -> None:
    korean = _vacancies(api)["002"]
    for field, typed, message in (
        ("nationality", {"nationality": "Narnia"}, "We know no country by that name"),
        ("military_months", {"military_months": ""}, "Give the number of months of service you completed."),
        ("test_score", {"test_score": ""}, "Give the score of the test you took."),
    ):
        response = api.client.post(f"/vacancies/{korean}/check", data={**_korean_answers(), **typed})
        assert response.status_code == 422 and message in response.text
        control = html.fromstring(response.text).xpath(f'//*[@id="{field}"]')[0]
        assert control.get("aria-invalid") == "true", field
    kept = api.client.post(f"/vacancies/{korean}/check", data={**_korean_answers(), "nationality": "Narnia"})
    assert 'value="Narnia"' in kept.text


def test_the_list_filters_take_country_names_in_either_language(api: Api) -> None:
    ids = _vacancies(api)

    def found(**params: str) -> set[int]:
        page = api.client.get("/", params=params)
        assert page.status_code == 200, page.text
        return {int(n) for n in re.findall(r'href="/vacancies/(\d+)\?lang=\w+"', page.text)}

    for geneva in ("Suisse", "switzerland", "SUISSE", "CH", "ch"):
        assert found(country=geneva) == {ids["002"]}, geneva
    for korea in ("Corée du Sud", "coree", "Republic of Korea", "KR"):
        assert found(sponsor=korea) == {ids["002"]}, korea
    assert found(country="Pays-Bas") == found(country="netherlands") == {ids["004"]}
    assert found(country="Côte d'Ivoire") == found(country="cote d'ivoire") == set()
    shown = html.fromstring(api.client.get("/", params={"country": "ch", "lang": "fr"}).text)
    assert (
        shown.xpath('//input[@id="country"]')[0].get("value") == "Suisse"
    )  # named, in the reader's language
    assert "Suisse" in [o.get("value") for o in shown.xpath('//datalist[@id="country-names"]/option')]


def test_an_unknown_country_filter_is_a_friendly_message(api: Api) -> None:
    _vacancies(api)
    for lang, message in (("en", "We know no country by that name"), ("fr", "Aucun pays ne porte ce nom")):
        page = api.client.get("/", params={"country": "Narnia", "lang": lang})
        assert page.status_code == 422 and message in page.text
        field = html.fromstring(page.text).xpath('//input[@id="country"]')[0]
        assert field.get("value") == "Narnia" and field.get("aria-invalid") == "true"


def test_the_api_list_filters_take_names_and_name_the_bad_parameter(api: Api) -> None:
    ids = _vacancies(api)

    def found(**params: str) -> list[int]:
        return [v["id"] for v in api.client.get("/api/v1/vacancies", params=params).json()]

    assert found(country="Suisse") == found(country="Switzerland") == found(country="CH") == [ids["002"]]
    assert found(sponsor="Corée du Sud") == [ids["002"]]
    for parameter in ("country", "sponsor"):
        problem = api.client.get("/api/v1/vacancies", params={parameter: "Narnia"})
        assert problem.status_code == 422
        body = problem.json()
        assert body["type"] == "urn:jpo:problem:unknown-country" and parameter in body["detail"]
