"""The forms of the responsible-recruitment pages, attacked: a candidate's self-identification
(/me/equality), contesting a decision (/me/applications/{id}/contests) and answering a contest
(/review/contests/{id}/answer); and who may open the fairness audit, the explanation and the contests.

Each refused request is a clear 4xx page (422 with the mistake said and the input kept, 403, 404, or
the body limit's 413) and writes nothing: the tests read the database after each. On SQLite, and on
PostgreSQL when JPO_TEST_DATABASE_URL is set."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from httpx2 import Response
from lxml import html
from sqlalchemy import func, select

from jpo.applications.contests import CONTEST_DAYS
from jpo.applications.moves import REASON_MAX_LENGTH
from jpo.db.models import AuditEvent, Contest, SelfIdentification, User
from jpo.db.session import unit_of_work
from jpo.http.body import MAX_FORM_BYTES
from jpo.http.deps import MAX_ID, get_now
from jpo.monitoring.audits import MAX_K
from jpo.settings import Settings
from tests.api.conftest import Api
from tests.web.conftest import BrowserSession

pytestmark = pytest.mark.usefixtures("one_model")  # the explanation ranks with the real sentence model

NUL, ESC, BACKSPACE = "\x00", "\x1b", "\x08"
CONTROLS = pytest.mark.parametrize("char", [NUL, ESC, BACKSPACE], ids=["NUL", "ESC", "BS"])
EVIL = {"Origin": "https://evil.example"}
CROSS_SITE = {"Sec-Fetch-Site": "cross-site"}
DECIDED = "Too little field experience."
GROUNDS = "I led field monitoring for three years."


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    """Several candidates sign up from one test client; a session outlives a contest's period (the
    tests move the clock past it)."""
    return Settings(data_dir=tmp_path / "data", database_url=database_url, sign_ups_per_ip=100,
                    token_hours=24 * 60)  # fmt: skip


@dataclass
class World:
    """A published OHCHR vacancy of the Korean programme; c's application was moved to not selected
    by kr (an admin of the programme), and so was d's."""

    api: Api
    open_session: BrowserSession
    vacancy: int
    application: int  # c's
    others: int  # d's
    decision: int  # the audit event of kr's decision on c's application
    their_decision: int  # kr's decision on d's application
    sessions: dict[str, TestClient] = field(default_factory=dict)

    def as_(self, email: str) -> TestClient:
        if email not in self.sessions:
            self.sessions[email] = self.open_session(email)
        return self.sessions[email]

    def contest(self, grounds: str = GROUNDS) -> int:
        """c contests kr's decision; the contest's id."""
        sent = self.as_("c@example.org").post(
            f"/me/applications/{self.application}/contests",
            data={"decision": str(self.decision), "grounds": grounds},
            follow_redirects=False,
        )
        assert sent.status_code == 303, sent.text[:500]
        (found,) = contests(self)
        return found.id

    def answer(self, email: str, contest: int, query: str = "", **data: str) -> Response:
        """`email` answers the contest with the form `data` (not following the 303)."""
        path = f"/review/contests/{contest}/answer{query}"
        return self.as_(email).post(path, data=data, follow_redirects=False)

    def send(self, email: str, query: str = "", **data: str) -> Response:
        """`email` sends the contest form `data` about c's application (following a 303)."""
        return self.as_(email).post(f"/me/applications/{self.application}/contests{query}", data=data)


def _decision_on(api: Api, application: int) -> int:
    with unit_of_work(api.engine) as session:
        found = session.scalars(
            select(AuditEvent.id).where(AuditEvent.action == "application.transition",
                                        AuditEvent.subject_id == application)
            .order_by(AuditEvent.id.desc())
        ).first()  # fmt: skip
    assert found is not None
    return found


@pytest.fixture
def world(api: Api, browser_session: BrowserSession) -> Iterator[World]:
    admin = api.staff("kr@example.org", "admin", sponsor="KR")
    api.staff("kr2@example.org", "admin", sponsor="KR")
    api.staff("nl@example.org", "admin", sponsor="NL")
    api.staff("all@example.org", "admin")  # the donor programme's admin: every sponsor
    api.staff("ohchr@example.org", "reviewer", organization="OHCHR")
    api.staff("unesco@example.org", "reviewer", organization="UNESCO")
    api.staff("audit@example.org", "auditor")
    vacancy = api.vacancy(admin)
    applied = [api.apply(api.candidate(email), vacancy, key=email).json()["id"]
               for email in ("c@example.org", "d@example.org")]  # fmt: skip
    for application in applied:
        moved = api.client.post(f"/api/v1/applications/{application}/transitions",
                                json={"to": "not_selected", "reason": DECIDED}, headers=admin)  # fmt: skip
        assert moved.status_code == 200, moved.text
    mine, theirs = applied
    yield World(
        api, browser_session, vacancy, mine, theirs, _decision_on(api, mine), _decision_on(api, theirs)
    )
    api.client.app.dependency_overrides.pop(get_now, None)  # type: ignore[attr-defined]


def contests(world: World) -> list[Contest]:
    with unit_of_work(world.api.engine) as session:
        return list(session.scalars(select(Contest).order_by(Contest.id)))


def events(world: World, action: str) -> int:
    with unit_of_work(world.api.engine) as session:
        return (
            session.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == action))
            or 0
        )


def answers(world: World) -> list[tuple[str | None, ...]]:
    with unit_of_work(world.api.engine) as session:
        rows = session.scalars(select(SelfIdentification).order_by(SelfIdentification.user_id))
        return [(row.gender, row.age_band, row.regional_group, row.disability) for row in rows]


def assert_unanswered(world: World, contest: int) -> None:
    (found,) = (c for c in contests(world) if c.id == contest)
    assert (found.answered_at, found.answered_by, found.outcome, found.answer) == (None, None, None, None)
    assert events(world, "contest.answered") == 0


def _page(response: Response) -> Any:
    assert response.headers["content-type"].startswith("text/html"), response.headers["content-type"]
    return html.fromstring(response.text)


def _too_large_form(name: str) -> dict[str, Any]:
    """A form body over the limit of every form (refused from its Content-Length, before it is read)."""
    return {
        "content": f"{name}=" + "x" * (MAX_FORM_BYTES + 1),
        "headers": {"Content-Type": "application/x-www-form-urlencoded"},
    }


def _crlf_text(length: int) -> tuple[str, str]:
    """A text of `length` characters with line breaks as a textarea counts them (LF), and as a browser
    sends it (CRLF)."""
    line = "Field monitoring in three provinces. " * 2 + "\n"
    text = (line * (length // len(line) + 1))[: length - 1] + "."
    return text, text.replace("\n", "\r\n")


# --- /me/equality ----------------------------------------------------------------------------------


@CONTROLS
def test_equality_refuses_control_characters_and_keeps_the_other_answers(world: World, char: str) -> None:
    browser = world.as_("c@example.org")
    for value in (f"woman{char}", f"{char}", f"wo{char}man"):
        refused = browser.post("/me/equality?lang=fr", data={"gender": value, "age_band": "25_29"})
        assert refused.status_code == 422, (value, refused.status_code)
        page = _page(refused)
        assert "Choisissez l'une des réponses proposées." in page.text_content()
        assert page.xpath("//fieldset[@id='f-gender']/@class") == ["field invalid"]
        assert page.xpath("//div[@class='error-summary']//a/@href") == ["#f-gender"]
        checked = {i.get("name"): i.get("value") for i in page.xpath("//input[@type='radio'][@checked]")}
        assert checked["age_band"] == "25_29"  # the other answer is kept
        assert char not in refused.text
    assert answers(world) == []


def test_a_refused_change_leaves_the_saved_answers_whole(world: World) -> None:
    browser = world.as_("c@example.org")
    saved = browser.post("/me/equality", data={"gender": "woman", "disability": "no"}, follow_redirects=False)
    assert saved.status_code == 303
    for attack in ({"gender": "man", "age_band": "robot"},  # a valid answer beside a forged one
                   {"gender": "man", "disability": "no\x00"},
                   {"gender": "man", "regional_group": "x" * 100_000}):  # fmt: skip
        refused = browser.post("/me/equality", data=attack)
        assert refused.status_code == 422, attack
        assert len(refused.text) < 50_000  # the forged value is not written back into the page
        assert "Choose one of the answers offered." in refused.text
    assert answers(world) == [("woman", None, None, "no")]  # nothing half-changed


def test_equality_refuses_oversized_bodies_and_file_parts(world: World) -> None:
    browser = world.as_("c@example.org")
    too_large = browser.post("/me/equality", **_too_large_form("gender"))
    assert too_large.status_code == 413 and "too-large" in too_large.text
    as_file = browser.post("/me/equality", files={"gender": ("gender.txt", b"woman", "text/plain")})
    assert as_file.status_code == 422 and "Choose one of the answers offered." in as_file.text
    many = browser.post("/me/equality", content="&".join(["gender=woman"] * 2000),
                        headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    assert 400 <= many.status_code < 500  # more fields than any form has
    assert answers(world) == []


def test_equality_takes_an_empty_form_and_ignores_unknown_questions(world: World) -> None:
    browser = world.as_("c@example.org")
    empty = browser.post("/me/equality", data={}, follow_redirects=False)
    assert empty.status_code == 303 and empty.headers["location"].startswith("/me/equality?saved=1")
    blank = browser.post("/me/equality", data={"gender": "", "age_band": ""}, follow_redirects=False)
    assert blank.status_code == 303
    assert answers(world) == []  # all unanswered: no row at all
    extra = browser.post("/me/equality", data={"gender": "man", "religion": "x", "user_id": "1"},
                         follow_redirects=False)  # fmt: skip
    assert extra.status_code == 303
    assert answers(world) == [("man", None, None, None)]
    with unit_of_work(world.api.engine) as session:  # the row is the signed-in candidate's, whatever was sent
        row = session.scalars(select(SelfIdentification)).one()
        assert session.get(User, row.user_id).email == "c@example.org"  # type: ignore[union-attr]


def test_equality_refuses_other_sites_and_other_roles(world: World) -> None:
    browser = world.as_("c@example.org")
    assert browser.post("/me/equality", data={"gender": "woman"}, follow_redirects=False).status_code == 303
    for headers in (EVIL, CROSS_SITE):  # a forged form would erase the answers
        forged = browser.post("/me/equality", data={}, headers=headers)
        assert forged.status_code == 403 and forged.headers["content-type"].startswith("text/html")
    assert answers(world) == [("woman", None, None, None)]
    admin = world.as_("kr@example.org")
    assert admin.get("/me/equality").status_code == 403
    assert admin.post("/me/equality", data={"gender": "man"}).status_code == 403
    anonymous = TestClient(world.api.client.app, headers={"Accept": "text/html"})
    signed_out = anonymous.post("/me/equality", data={"gender": "man"}, follow_redirects=False)
    assert signed_out.status_code == 303 and signed_out.headers["location"].startswith("/sign-in")
    assert answers(world) == [("woman", None, None, None)]


# --- the fairness audit and who may see it ------------------------------------------------------


def test_only_the_admins_who_manage_the_vacancy_open_its_fairness_audit(world: World) -> None:
    path = f"/admin/vacancies/{world.vacancy}/fairness"
    refused = {email: world.as_(email).get(path).status_code
               for email in ("ohchr@example.org", "unesco@example.org", "audit@example.org", "c@example.org")}  # fmt: skip
    assert refused == dict.fromkeys(refused, 403)
    assert world.as_("nl@example.org").get(path).status_code in (403, 404)  # another sponsor's vacancy
    assert events(world, "fairness.audit_viewed") == 0
    anonymous = TestClient(world.api.client.app, headers={"Accept": "text/html"})
    signed_out = anonymous.get(path, follow_redirects=False)
    assert signed_out.status_code == 303 and "/sign-in" in signed_out.headers["location"]
    admin = world.as_("kr@example.org")
    assert admin.get("/admin/vacancies/999999/fairness").status_code == 404
    assert admin.get(f"/admin/vacancies/{MAX_ID + 1}/fairness").status_code == 422
    assert admin.get("/admin/vacancies/abc/fairness").status_code == 422
    for k in ("0", "-1", str(MAX_K + 1), "abc", str(2**64)):  # the top-k audit's size
        assert admin.get(f"{path}?k={k}").status_code == 422, k
    for email in ("kr@example.org", "all@example.org"):
        assert world.as_(email).get(f"{path}?lang=fr").status_code == 200, email
    assert events(world, "fairness.audit_viewed") == 2


# --- the explanation and contesting a decision ----------------------------------------------------


def test_a_candidate_neither_reads_nor_contests_another_candidates_decisions(world: World) -> None:
    other = world.as_("d@example.org")
    assert other.get(f"/me/applications/{world.application}/explanation").status_code == 404
    assert other.get(f"/me/applications/{world.application}/explanation?lang=fr").status_code == 404
    sent = {
        "their application": other.post(f"/me/applications/{world.application}/contests",
                                         data={"decision": str(world.decision), "grounds": GROUNDS}),
        "their decision on my application": other.post(f"/me/applications/{world.others}/contests",
                                                       data={"decision": str(world.decision), "grounds": GROUNDS}),
        "no such application": other.post("/me/applications/999999/contests",
                                          data={"decision": str(world.decision), "grounds": GROUNDS}),
    }  # fmt: skip
    assert {name: r.status_code for name, r in sent.items()} == dict.fromkeys(sent, 404)
    for response in sent.values():
        assert GROUNDS not in response.text and DECIDED not in response.text
    mine = world.send("c@example.org", decision=str(world.their_decision), grounds=GROUNDS)
    assert mine.status_code == 404  # d's decision, sent with c's own application
    assert contests(world) == [] and events(world, "contest.opened") == 0
    admin = world.as_("kr@example.org")
    assert admin.get(f"/me/applications/{world.application}/explanation").status_code == 403
    assert admin.post(f"/me/applications/{world.application}/contests",
                      data={"decision": str(world.decision), "grounds": GROUNDS}).status_code == 403  # fmt: skip
    assert contests(world) == []


@CONTROLS
def test_contest_grounds_with_a_control_character_come_back_marked(world: World, char: str) -> None:
    refused = world.send("c@example.org", decision=str(world.decision), grounds=f"I led{char} monitoring.")
    assert refused.status_code == 422
    page = _page(refused)
    key = f"f-grounds-{world.decision}"
    area = page.xpath(f"//textarea[@id='{key}']")[0]
    assert area.get("aria-invalid") == "true" and area.get("aria-describedby") == f"{key}-error"
    assert "control characters" in page.xpath(f"string(//*[@id='{key}-error'])")
    assert area.text.replace(char, " ") == "I led  monitoring." or area.text == "I led monitoring."
    assert char not in refused.text  # the control character is not written into the page
    assert page.xpath(f"//details[.//textarea[@id='{key}']][@open]")  # the form is open, not folded
    assert contests(world) == [] and events(world, "contest.opened") == 0


def test_contest_grounds_over_the_limit_are_refused_and_kept(world: World) -> None:
    over = world.send("c@example.org", decision=str(world.decision), grounds="x" * (REASON_MAX_LENGTH + 1))
    assert over.status_code == 422
    area = _page(over).xpath(f"//textarea[@id='f-grounds-{world.decision}']")[0]
    assert area.text == "x" * (REASON_MAX_LENGTH + 1) and area.get("maxlength") == str(REASON_MAX_LENGTH)
    assert "4,000" in over.text
    far_over = world.send(
        "c@example.org", decision=str(world.decision), grounds="x" * (3 * REASON_MAX_LENGTH)
    )
    assert far_over.status_code == 422 and far_over.headers["content-type"].startswith("text/html")
    too_large = world.as_("c@example.org").post(
        f"/me/applications/{world.application}/contests", **_too_large_form("grounds")
    )
    assert too_large.status_code == 413
    assert contests(world) == [] and events(world, "contest.opened") == 0


def test_contest_grounds_at_the_limit_with_line_breaks_are_taken(world: World) -> None:
    """A textarea counts a line break as one character (its maxlength) and sends it as two (CRLF)."""
    typed, sent = _crlf_text(REASON_MAX_LENGTH)
    assert len(typed) == REASON_MAX_LENGTH and len(sent) > REASON_MAX_LENGTH + 1
    response = world.send("c@example.org", decision=str(world.decision), grounds=sent)
    assert response.status_code == 200, response.text[:300]  # followed the 303 to the explanation
    (found,) = contests(world)
    assert found.grounds == typed


def test_contest_empty_and_forged_fields_write_nothing(world: World) -> None:
    decision = str(world.decision)
    with unit_of_work(world.api.engine) as session:
        submitted = session.scalars(select(AuditEvent.id).where(AuditEvent.action == "application.submitted",
                                                                AuditEvent.subject_id == world.application)).one()  # fmt: skip
    cases: dict[str, tuple[dict[str, str], int]] = {
        "nothing": ({}, 422),
        "no grounds": ({"decision": decision}, 422),
        "blank grounds": ({"decision": decision, "grounds": " \r\n\t "}, 422),
        "no decision": ({"grounds": GROUNDS}, 422),
        "a word for a decision": ({"decision": "abc", "grounds": GROUNDS}, 422),
        "a decimal decision": ({"decision": "1.5", "grounds": GROUNDS}, 422),
        "no such decision": ({"decision": "999999", "grounds": GROUNDS}, 404),
        "decision zero": ({"decision": "0", "grounds": GROUNDS}, 422),
        "a negative decision": ({"decision": "-1", "grounds": GROUNDS}, 422),
        "a 64-bit decision": ({"decision": str(2**40), "grounds": GROUNDS}, 422),
        "a decision past 64 bits": ({"decision": str(2**64), "grounds": GROUNDS}, 422),
        "the submission, not a decision": ({"decision": str(submitted), "grounds": GROUNDS}, 422),
    }
    got = {name: world.send("c@example.org", **data).status_code for name, (data, _) in cases.items()}
    assert got == {name: status for name, (_, status) in cases.items()}
    blank = world.send("c@example.org", decision=decision, grounds="   ")
    assert "Say why you contest this decision" in blank.text
    forged = world.send("c@example.org", "?lang=fr", decision=str(submitted), grounds=GROUNDS)
    assert "Cette décision ne peut plus être contestée." in forged.text
    assert contests(world) == [] and events(world, "contest.opened") == 0


def test_contest_refuses_forms_from_other_sites(world: World) -> None:
    for headers in (EVIL, CROSS_SITE):
        forged = world.as_("c@example.org").post(f"/me/applications/{world.application}/contests",
                                                 data={"decision": str(world.decision), "grounds": GROUNDS},
                                                 headers=headers)  # fmt: skip
        assert forged.status_code == 403 and forged.headers["content-type"].startswith("text/html")
    anonymous = TestClient(world.api.client.app, headers={"Accept": "text/html"})
    signed_out = anonymous.post(f"/me/applications/{world.application}/contests",
                                data={"decision": str(world.decision), "grounds": GROUNDS}, follow_redirects=False)  # fmt: skip
    assert signed_out.status_code == 303 and signed_out.headers["location"].startswith("/sign-in")
    assert contests(world) == []


def test_a_decision_is_contested_once(world: World) -> None:
    first = world.contest()
    again = world.send("c@example.org", decision=str(world.decision), grounds="Once more, louder.")
    assert again.status_code in (409, 422) and "You have already contested this decision." in again.text
    (found,) = contests(world)
    assert (found.id, found.grounds) == (first, GROUNDS)
    assert events(world, "contest.opened") == 1
    page = _page(world.as_("c@example.org").get(f"/me/applications/{world.application}/explanation"))
    assert not page.xpath("//form[contains(@action, '/contests')]")  # no form to contest it again


def test_a_decision_past_its_period_is_not_contested(world: World) -> None:
    with unit_of_work(world.api.engine) as session:
        decided: datetime = session.get(AuditEvent, world.decision).at  # type: ignore[union-attr]
    app: Any = world.api.client.app
    app.dependency_overrides[get_now] = lambda: decided + timedelta(days=CONTEST_DAYS, seconds=1)
    late = world.send("c@example.org", decision=str(world.decision), grounds=GROUNDS)
    assert late.status_code == 422 and "This decision can no longer be contested." in late.text
    page = _page(world.as_("c@example.org").get(f"/me/applications/{world.application}/explanation"))
    assert not page.xpath("//form[contains(@action, '/contests')]")
    assert contests(world) == []
    app.dependency_overrides[get_now] = lambda: decided + timedelta(days=CONTEST_DAYS)  # its last moment
    assert world.send("c@example.org", decision=str(world.decision), grounds=GROUNDS).status_code == 200
    assert len(contests(world)) == 1


# --- answering a contest ----------------------------------------------------------------------------


def test_who_may_see_and_answer_a_contest(world: World) -> None:
    contest = world.contest()
    for email in ("kr@example.org", "unesco@example.org", "nl@example.org"):  # the decider, out of scope
        listed = world.as_(email).get("/review/contests")
        assert listed.status_code == 200 and GROUNDS not in listed.text, email
        refused = world.answer(email, contest, outcome="reconsidered", reason="I say so.")
        assert refused.status_code in (403, 404), (email, refused.status_code)
        assert GROUNDS not in refused.text, email
        assert_unanswered(world, contest)
    for email in ("c@example.org", "d@example.org", "audit@example.org"):
        assert world.as_(email).get("/review/contests").status_code == 403, email
        assert world.answer(email, contest, outcome="reconsidered", reason="I say so.").status_code == 403
    anonymous = TestClient(world.api.client.app, headers={"Accept": "text/html"})
    assert anonymous.get("/review/contests", follow_redirects=False).status_code == 303
    signed_out = anonymous.post(f"/review/contests/{contest}/answer",
                                data={"outcome": "maintained", "reason": "x"}, follow_redirects=False)  # fmt: skip
    assert signed_out.status_code == 303 and signed_out.headers["location"].startswith("/sign-in")
    assert_unanswered(world, contest)
    for email in ("ohchr@example.org", "kr2@example.org", "all@example.org"):
        assert GROUNDS in world.as_(email).get("/review/contests").text, email
    answered = world.answer(
        "ohchr@example.org", contest, outcome="maintained", reason="The post asks for two years."
    )
    assert answered.status_code == 303
    again = world.answer("kr2@example.org", contest, outcome="reconsidered", reason="No, reconsider.")
    assert again.status_code in (409, 422)
    (found,) = contests(world)
    assert (found.outcome, found.answer) == ("maintained", "The post asks for two years.")


def test_the_decider_and_a_second_answer_are_told_why(world: World) -> None:
    """The contest is not on their list, so the reason of the refusal must be said on the page itself."""
    contest = world.contest()
    decider = world.answer("kr@example.org", contest, "?lang=fr", outcome="maintained", reason="It stands.")
    assert decider.status_code == 403
    said = _page(decider).xpath("string(//div[@role='alert'])")
    assert "Vous avez pris cette décision : quelqu'un d'autre doit répondre à la contestation." in said
    assert_unanswered(world, contest)
    assert (
        world.answer("kr2@example.org", contest, outcome="maintained", reason="It stands.").status_code == 303
    )
    again = world.answer(
        "ohchr@example.org", contest, "?lang=fr", outcome="reconsidered", reason="Reconsider."
    )
    assert again.status_code in (409, 422)
    assert "Cette contestation a déjà reçu une réponse." in _page(again).xpath("string(//div[@role='alert'])")


@CONTROLS
def test_an_answer_with_a_control_character_comes_back_marked(world: World, char: str) -> None:
    contest = world.contest()
    refused = world.answer("kr2@example.org", contest, outcome="maintained", reason=f"It{char} stands.")
    assert refused.status_code == 422
    page = _page(refused)
    key = f"f-answer-{contest}"
    area = page.xpath(f"//textarea[@id='{key}']")[0]
    assert area.get("aria-invalid") == "true" and area.get("aria-describedby") == f"{key}-error"
    assert "control characters" in page.xpath(f"string(//*[@id='{key}-error'])")
    assert area.text in ("It  stands.", "It stands.") and char not in refused.text
    assert page.xpath(f"//form[.//textarea[@id='{key}']]//input[@value='maintained']/@checked")  # kept
    forged = world.answer("kr2@example.org", contest, outcome=f"maintained{char}", reason="It stands.")
    assert forged.status_code == 422 and char not in forged.text
    assert_unanswered(world, contest)


def test_an_answer_over_the_limit_is_refused_and_kept(world: World) -> None:
    contest = world.contest()
    over = world.answer(
        "kr2@example.org", contest, outcome="reconsidered", reason="x" * (REASON_MAX_LENGTH + 1)
    )
    assert over.status_code == 422
    area = _page(over).xpath(f"//textarea[@id='f-answer-{contest}']")[0]
    assert area.text == "x" * (REASON_MAX_LENGTH + 1) and area.get("maxlength") == str(REASON_MAX_LENGTH)
    far = world.answer(
        "kr2@example.org", contest, outcome="reconsidered", reason="x" * (3 * REASON_MAX_LENGTH)
    )
    assert far.status_code == 422 and far.headers["content-type"].startswith("text/html")
    too_large = world.as_("kr2@example.org").post(f"/review/contests/{contest}/answer",
                                                  **_too_large_form("reason"))  # fmt: skip
    assert too_large.status_code == 413
    assert_unanswered(world, contest)
    typed, sent = _crlf_text(REASON_MAX_LENGTH)  # at the limit, as a browser sends its line breaks
    taken = world.answer("kr2@example.org", contest, outcome="reconsidered", reason=sent)
    assert taken.status_code == 303, taken.text[:300]
    (found,) = contests(world)
    assert found.answer == typed


def test_an_empty_or_forged_answer_writes_nothing(world: World) -> None:
    contest = world.contest()
    cases: dict[str, tuple[dict[str, str], int]] = {
        "nothing": ({}, 422),
        "no reason": ({"outcome": "maintained"}, 422),
        "a blank reason": ({"outcome": "maintained", "reason": " \r\n "}, 422),
        "no outcome": ({"reason": "It stands."}, 422),
        "an unknown outcome": ({"outcome": "overturned", "reason": "It stands."}, 422),
        "an outcome in capitals": ({"outcome": "MAINTAINED", "reason": "It stands."}, 422),
        "a long outcome": ({"outcome": "maintained" * 20, "reason": "It stands."}, 422),
    }
    got = {
        name: world.answer("kr2@example.org", contest, **data).status_code
        for name, (data, _) in cases.items()
    }
    assert got == {name: status for name, (_, status) in cases.items()}
    kept = world.answer("kr2@example.org", contest, outcome="overturned", reason="It stands, for now.")
    assert "It stands, for now." in _page(kept).xpath(f"string(//textarea[@id='f-answer-{contest}'])")
    browser = world.as_("kr2@example.org")
    for path, status in ((f"/review/contests/{contest + 1000}/answer", 404), (f"/review/contests/{MAX_ID + 1}/answer", 422),
                         ("/review/contests/0/answer", 422), ("/review/contests/abc/answer", 422)):  # fmt: skip
        assert (
            browser.post(path, data={"outcome": "maintained", "reason": "It stands."}).status_code == status
        ), path
    for headers in (EVIL, CROSS_SITE):
        forged = browser.post(f"/review/contests/{contest}/answer", headers=headers,
                              data={"outcome": "maintained", "reason": "It stands."})  # fmt: skip
        assert forged.status_code == 403
    assert_unanswered(world, contest)


def test_the_grounds_are_text_on_the_staff_page(world: World) -> None:
    script = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    world.contest(grounds=script)
    listed = world.as_("kr2@example.org").get("/review/contests")
    assert script not in listed.text and "&lt;script&gt;" in listed.text
    assert not _page(listed).xpath("//main//script | //main//img[@onerror]")


def test_the_staff_pages_are_french_and_a_refused_form_opens_at_its_place(world: World) -> None:
    contest = world.contest()
    listed = _page(world.as_("kr2@example.org").get("/review/contests?lang=fr"))
    heading = listed.xpath("string(//section[contains(@class, 'contest')]/h2)")
    assert re.match(r"^Candidat [0-9A-F]{6} — ", heading), heading  # the pseudonym, in French too
    assert listed.xpath("//main//form/@action") == [f"/review/contests/{contest}/answer?lang=fr#c-{contest}"]
    audit = _page(world.as_("kr@example.org").get(f"/admin/vacancies/{world.vacancy}/fairness?lang=fr"))
    assert audit.xpath("string(//h1)").startswith("Audit d'équité : ")  # a space before the colon
    assert audit.xpath("string(//title)").startswith("Audit d'équité : ")
    explained = _page(world.as_("d@example.org").get(f"/me/applications/{world.others}/explanation"))
    actions = explained.xpath("//form[contains(@action, '/contests')]/@action")
    assert actions == [f"/me/applications/{world.others}/contests?lang=en#d-{world.their_decision}"]
