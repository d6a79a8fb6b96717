"""The interview pages over the same services: the panel page and declarations, the kit editor, a
member's scoring page (draft, submit), the sheet hidden until submitting, the chair's recommendation,
the report; French."""

from __future__ import annotations

from tests.api.conftest import Api
from tests.interviews.conftest import KIT, Panel, World
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]

M1, M2, M3, RUNNER = "m1@example.org", "m2@example.org", "m3@example.org", "runner@example.org"


def _form(values: dict[str, list[int]], evidence: str = "Gave a clear example.") -> dict[str, str]:
    form = {}
    for n, (competency, indicators) in enumerate(KIT.items()):
        for m, _ in enumerate(indicators):
            form[f"v-{n}-{m}"] = str(values[competency][m])
            form[f"e-{n}-{m}"] = evidence
    return form


def test_the_panel_scores_on_its_pages_and_the_chair_recommends(
    api: Api, world: World, panel: Panel, browser_session: BrowserSession
) -> None:
    runner = browser_session(RUNNER)
    base = f"/review/vacancies/{world.vacancy}"
    assert "Interview kit" in runner.get(f"{base}/interview-kit").text
    for email, role in ((M1, "chair"), (M2, "member"), (M3, "member")):
        assert (
            runner.post(
                f"{base}/panel/members", data={"email": email, "role": role}, follow_redirects=False
            ).status_code
            == 303
        )
    refused = runner.post(f"{base}/panel/members", data={"email": "nobody@example.org"})
    assert refused.status_code == 422 and "No admin or reviewer has this address." in refused.text
    saved = runner.post(
        f"{base}/interview-kit",
        follow_redirects=False,
        data={
            "rows": "3",
            "version": "0",
            "action": "save",
            "technical": "Describe your legal research.",
            **{f"name-{n}": name for n, name in enumerate(KIT)},
            **{f"indicators-{n}": "\n".join(i) for n, i in enumerate(KIT.values())},
            **{f"questions-{n}": "Tell us about a time when you did it." for n in range(2)},
            "name-2": "",
            "indicators-2": "",
            "questions-2": "",
        },
    )
    assert saved.status_code == 303, saved.text

    members = {email: browser_session(email) for email in (M1, M2, M3)}
    app_id = world.applications["c1@example.org"]
    assert "Human Rights Officer" in members[M2].get("/review/panels").text  # m2 runs nothing: found here
    page = members[M2].get(f"{base}/panel")
    assert "Amina Diallo" in page.text and "Declare" in page.text
    nul = members[M2].post(
        f"{base}/panel/candidates/{app_id}/declaration",
        data={"declaration": "conflict", "statement": "bad\x00"},
    )
    assert nul.status_code == 422
    score = f"{base}/panel/candidates/{app_id}"
    for email in (M1, M2, M3):
        declared = members[email].post(
            f"{score}/declaration", data={"declaration": "none"}, follow_redirects=False
        )
        assert declared.status_code == 303 and declared.headers["location"].startswith(score)
    draft = members[M1].post(
        score,
        data={**_form({"Professionalism": [4, 3], "Communication": [3, 3]}), "action": "draft"},
        follow_redirects=False,
    )
    assert draft.status_code == 303
    assert "Gave a clear example." in members[M1].get(score).text
    hidden = members[M2].get(f"{score}/sheet")
    assert (
        hidden.status_code == 409
        and "Submit your own ratings" in hidden.text
        and "Gave a clear" not in hidden.text
    )
    incomplete = members[M1].post(
        score, data={**_form({"Professionalism": [4, 3], "Communication": [3, 3]}, ""), "action": "submit"}
    )
    assert incomplete.status_code == 422 and "write the evidence" in incomplete.text
    for email, values in (
        (M1, {"Professionalism": [4, 3], "Communication": [3, 3]}),
        (M2, {"Professionalism": [3, 3], "Communication": [2, 2]}),
        (M3, {"Professionalism": [2, 2], "Communication": [3, 3]}),
    ):
        done = members[email].post(score, data={**_form(values), "action": "submit"}, follow_redirects=False)
        assert done.status_code == 303 and done.headers["location"].startswith(f"{score}/sheet")
    sheet = members[M1].get(f"{score}/sheet").text
    assert "2.83" in sheet and "1.50" in sheet and "Members more than one step apart" in sheet
    assert "Record the recommendation" in sheet
    assert "Record the recommendation" not in members[M2].get(f"{score}/sheet").text
    blank = members[M1].post(f"{score}/recommendation", data={"verdict": "recommended", "reasons": ""})
    assert blank.status_code == 422 and "reasons" in blank.text
    recorded = members[M1].post(
        f"{score}/recommendation",
        follow_redirects=False,
        data={"verdict": "recommended", "reasons": "Clear, structured examples."},
    )
    assert recorded.status_code == 303
    french = members[M1].get(f"{score}/sheet?lang=fr").text
    assert "Recommandé·e" in french and "2,83" in french and "Fiche d&#39;entretien" in french
    report = members[M1].get(f"{score}/report.pdf")
    assert report.status_code == 200 and report.content.startswith(b"%PDF")
    assert members[M2].get(f"{score}/report.pdf").status_code == 403
