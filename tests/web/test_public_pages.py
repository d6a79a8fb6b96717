"""The public pages as a browser gets them: the list, a vacancy, the self-check, in English and French."""

from __future__ import annotations

import re
from pathlib import Path

from tests.api.conftest import Api


def _published(api: Api) -> tuple[int, int]:
    admin = api.staff("centre@example.org", "admin")
    return api.vacancy(admin, seed="002"), api.vacancy(admin, seed="004", publish=False)


def test_the_list_shows_published_vacancies_with_filters(api: Api) -> None:
    published, draft = _published(api)
    page = api.client.get("/")
    assert page.status_code == 200 and '<html lang="en">' in page.text
    assert f'href="/vacancies/{published}?lang=en"' in page.text and f"/vacancies/{draft}?" not in page.text
    assert '<label for="q">Search</label>' in page.text
    assert f"/vacancies/{published}?" not in api.client.get("/", params={"organization": "OCHA"}).text


def test_the_language_comes_from_the_switch_then_the_query_then_the_browser(api: Api) -> None:
    _published(api)
    french = api.client.get("/", headers={"Accept-Language": "fr-CH,fr;q=0.9,en;q=0.5"})
    assert '<html lang="fr">' in french.text and "Postes de JPO" in french.text
    assert french.headers["content-language"] == "fr"
    assert '<html lang="fr">' in api.client.get("/", params={"lang": "fr"}).text
    switched = api.client.get(
        "/language/en", headers={"Referer": "http://testserver/?q=rights"}, follow_redirects=False
    )
    assert switched.status_code == 303 and switched.headers["location"] == "http://testserver/?q=rights"
    assert "jpo_lang=en" in switched.headers["set-cookie"]
    api.client.cookies.set("jpo_lang", "en")
    assert (
        '<html lang="en">'
        in api.client.get("/", params={"lang": "fr"}, headers={"Accept-Language": "fr"}).text
    )
    elsewhere = api.client.get(
        "/language/fr", headers={"Referer": "https://example.org/"}, follow_redirects=False
    )
    assert elsewhere.headers["location"] == "/"  # never sent off the site


def test_dates_are_written_the_readers_way(api: Api) -> None:
    published, _ = _published(api)
    english = api.client.get(f"/vacancies/{published}").text
    french = api.client.get(f"/vacancies/{published}", params={"lang": "fr"}).text
    assert "Jan 1, 2099" in english and "1 janv. 2099" in french  # the deadline, in the duty station's time
    assert 'datetime="2099-01-01T00:00:00+00:00"' in english


def test_the_self_check_needs_no_account_and_explains_each_rule(api: Api) -> None:
    published, _ = _published(api)
    answers = {"nationality": "fr", "birth_date": "1997-01-01", "degree": "master", "degree_year": "2021",
               "experience_years": "3", "languages": ["en", "fr", "ko"]}  # fmt: skip
    partial = api.client.post(f"/vacancies/{published}/check", data=answers, headers={"HX-Request": "true"})
    assert partial.status_code == 200 and "<html" not in partial.text  # an htmx fragment
    assert "You do not meet at least one rule." in partial.text
    row = re.search(r'<th scope="row">Nationality</th>\s*<td class="status-(\w+)">', partial.text)
    assert row and row.group(1) == "fail"
    full = api.client.post(f"/vacancies/{published}/check", data={**answers, "nationality": "KR"})
    assert "<html" in full.text and 'value="KR"' in full.text  # the page again, with what was typed


def test_a_bad_answer_keeps_what_was_typed(api: Api) -> None:
    published, _ = _published(api)
    response = api.client.post(
        f"/vacancies/{published}/check", data={"birth_date": "1997-02-31", "nationality": "KR"}
    )
    assert response.status_code == 422 and "Please check the dates" in response.text
    assert 'value="1997-02-31"' in response.text and 'value="KR"' in response.text


def test_a_draft_is_not_public(api: Api) -> None:
    _, draft = _published(api)
    assert api.client.get(f"/vacancies/{draft}").status_code == 404


def test_the_language_follows_links_and_htmx_calls(api: Api) -> None:
    published, _ = _published(api)
    page = api.client.get(f"/vacancies/{published}", params={"lang": "fr"}).text
    assert f'data-hx-post="/vacancies/{published}/check?lang=fr"' in page
    fragment = api.client.post(f"/vacancies/{published}/check?lang=fr", data={"nationality": "FR"},
                               headers={"HX-Request": "true"}).text  # fmt: skip
    assert "Vous ne remplissez pas au moins une condition." in fragment
    assert f'href="/vacancies/{published}?lang=fr"' in api.client.get("/", params={"lang": "fr"}).text


def test_errors_are_pages_for_browsers_and_problems_for_programs(api: Api) -> None:
    page = api.client.get("/vacancies/999", headers={"Accept": "text/html"}, params={"lang": "fr"})
    assert (
        page.status_code == 404
        and '<html lang="fr">' in page.text
        and "Cette page n&#39;existe pas." in page.text
    )
    problem = api.client.get("/vacancies/999", headers={"Accept": "application/json"})
    assert problem.status_code == 404 and problem.headers["content-type"] == "application/problem+json"
    api_path = api.client.get("/api/v1/vacancies/999", headers={"Accept": "text/html"})
    assert api_path.headers["content-type"] == "application/problem+json"  # the API never sends a page


def _korean_and_english_post(api: Api) -> int:
    admin = api.staff("centre@example.org", "admin")
    return api.vacancy(admin, seed="002", languages={"required": [["en", "fr"], ["ko"]], "desirable": []})


def _check(api: Api, vacancy: int, locale: str) -> str:
    answers = {"nationality": "FR", "birth_date": "1997-01-01", "degree": "master", "degree_year": "2021",
               "experience_years": "2.5", "languages": ["en"]}  # fmt: skip
    response = api.client.post(
        f"/vacancies/{vacancy}/check", params={"lang": locale}, data=answers, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200, response.text
    return re.sub(r"\s+", " ", response.text)


def test_the_self_check_gives_its_reasons_in_the_readers_language(api: Api) -> None:
    vacancy = _korean_and_english_post(api)
    french = _check(api, vacancy, "fr")
    assert "vos nationalités (France) n&#39;en font pas partie" in french and "Corée du Sud" in french
    assert "Ce poste exige de parler couramment : coréen ;" in french  # Babel's French language names
    assert "Vous avez 2,5 ans d&#39;expérience" in french  # a French decimal comma and plural
    assert (
        "jusqu&#39;au 1 janv. 2099, 01:00 heure de Zurich (Europe/Zurich)" in french
    )  # a French date, named clock
    assert re.search(r"Au \d{1,2} (janvier|décembre) \d{4}, vous avez \d+ ans", french)
    assert not re.search(r"\b(You|Your|Korea|Korean|years)\b", french), french
    english = _check(api, vacancy, "en")
    assert "This programme admits nationals of Republic of Korea; your nationalities (France)" in english
    assert "This post requires fluency in Korean, which your profile does not show" in english
    assert "You have 2.5 years of experience, which meets the 2 years required." in english
    assert "Applications close at Jan 1, 2099, 1:00 AM Zurich time (Europe/Zurich)." in english  # not raw ISO
    assert 'lang="en"' not in english and 'lang="en"' not in french


def test_languages_and_countries_are_named_in_the_readers_language(api: Api) -> None:
    vacancy = _korean_and_english_post(api)
    french = api.client.get(f"/vacancies/{vacancy}", params={"lang": "fr"}).text
    assert '<label for="lang-ko">Coréen</label>' in french and '<label for="lang-ar">Arabe</label>' in french
    assert "anglais / français" in french and "<dd>Corée du Sud</dd>" in french
    english = api.client.get(f"/vacancies/{vacancy}").text
    assert '<label for="lang-ko">Korean</label>' in english and "English / French" in english
    assert "<dd>Republic of Korea</dd>" in english
    assert not re.search(r"<label[^>]*lang=", french + english)  # each name is in the page's language


def test_country_and_language_names_fall_back_to_english_then_the_code() -> None:
    from jpo.web.render import country, language

    assert (country("KR", "fr"), country("kr", "fr"), country("KR")) == ("Corée du Sud", "Corée du Sud",
                                                                         "Republic of Korea")  # fmt: skip
    assert country("KOR", "fr") == "Republic of Korea" and country("QQ", "fr") == "QQ" and country(None) == ""
    assert (language("ko", "fr"), language("ko"), language("qq", "fr")) == ("coréen", "Korean", "qq")


def test_a_stored_reason_is_written_in_french_or_marked_as_english() -> None:
    from jpo.contracts.vacancy import Vacancy
    from jpo.eligibility import check
    from jpo.web.render import reason
    from tests.support.profiles import make_profile

    verdict = check(make_profile(nationalities=["JP"]), Vacancy.model_validate({"sponsor_country": "KR"}))
    stored = next(c for c in verdict.model_dump(mode="json")["criteria"] if c["id"] == "nationality")
    assert reason(stored, "fr") == (
        "Ce programme est ouvert aux ressortissants des pays suivants : Corée du Sud ; "
        "vos nationalités (Japon) n'en font pas partie."
    )
    assert reason(stored, "en") == stored["reason"]
    older = {key: value for key, value in stored.items() if key != "reason_parts"}  # stored before parts
    broken = {**stored, "reason_parts": [{"template": "{nothing}"}]}
    for unreadable in (older, broken, {**stored, "reason_parts": "nonsense"}):
        assert reason(unreadable, "fr") == f'<span lang="en">{stored["reason"]}</span>'


def _reason_templates() -> set[str]:
    from babel.messages.extract import extract_from_dir

    import jpo.eligibility

    found = extract_from_dir(str(Path(jpo.eligibility.__file__).parent), method_map=[("**.py", "python")],
                             keywords={"N_": None})  # fmt: skip
    return {message for _f, _l, message, _c, _x in found if isinstance(message, str)}


def test_every_reason_template_has_a_french_translation() -> None:
    """The catalogue test reads the web's own files; this one reads the eligibility engine's templates,
    so no reason can be added in English without its French."""
    from babel.messages.pofile import read_po

    from jpo.web import i18n

    french: dict[str, str] = {}
    for po in sorted((Path(i18n.__file__).parent / "locale" / "fr" / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as handle:
            french |= {str(m.id): str(m.string) for m in read_po(handle, locale="fr") if m.id and m.string}
    templates = _reason_templates()
    assert len(templates) > 50
    missing = sorted(t for t in templates if t not in french)
    assert not missing, f"{len(missing)} reason templates have no French translation: {missing[:10]}"
    for template in templates:
        names = re.findall(r"\{(\w+)\}", template)
        assert sorted(re.findall(r"\{(\w+)\}", french[template])) == sorted(names), template
        if re.sub(r"\{\w+\}", "", template).strip(" .;:()"):
            assert french[template] != template, f"not translated: {template}"
