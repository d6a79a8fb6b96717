"""The assignment's pages: the list and the hub of one assignment for each party, in English and French;
the host names the supervisor in a form that keeps what was typed; others are told it does not exist;
the JPO finds it from their applications and from the accepted offer."""

from __future__ import annotations

from jpo.db.models import User
from jpo.db.session import unit_of_work
from tests.api.conftest import Api
from tests.support.assignment import AssignmentWorld, assignment_of
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]


def test_each_party_finds_the_assignment_and_its_areas(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = f"/assignments/{world.assignment_id}"
    jpo = browser_session(world.jpo.email)
    mine = jpo.get("/me/applications")
    assert f'href="{page}?lang=en"' in mine.text
    hub = jpo.get(page)
    assert hub.status_code == 200 and "Work plan" in hub.text and "Name the supervisor" not in hub.text
    french = jpo.get(page + "?lang=fr")
    assert "Plan de travail" in french.text and "Administrateur auxiliaire" in french.text
    listed = browser_session(world.donor.email).get("/assignments")
    assert page in listed.text
    colleague = browser_session(world.colleague.email).get(page)  # the host sees the record, not evaluations
    assert (
        colleague.status_code == 200
        and "/extension" in colleague.text
        and "/evaluations" not in colleague.text
    )
    assert browser_session(world.outsider.email).get(page).status_code == 404
    assert browser_session(world.other_donor.email).get(page).status_code == 404


def test_the_host_names_the_supervisor_in_a_form_that_keeps_a_wrong_address(
    api: Api, browser_session: BrowserSession
) -> None:
    world = assignment_of(api, supervised=False)
    page = f"/assignments/{world.assignment_id}"
    host = browser_session(world.host.email)
    assert "not named yet" in host.get(page).text
    wrong = host.post(page + "/supervisor", data={"email": world.outsider.email})
    assert wrong.status_code == 422 and world.outsider.email in wrong.text
    assert "a staff member of the host organization" in wrong.text
    empty = host.post(page + "/supervisor", data={"email": ""})
    assert empty.status_code == 422
    named = host.post(page + "/supervisor", data={"email": world.supervisor.email}, follow_redirects=False)
    assert named.status_code == 303
    after = host.get(named.headers["location"])
    assert "The supervisor is named" in after.text and world.supervisor.email in after.text
    refused = browser_session(world.jpo.email).post(page + "/supervisor", data={"email": world.jpo.email})
    assert refused.status_code == 403


def test_switching_language_signed_in_makes_the_emails_follow(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    jpo = browser_session(world.jpo.email)
    switched = jpo.get("/language/fr", headers={"Referer": "http://testserver/me/applications"},
                       follow_redirects=False)  # fmt: skip
    assert switched.status_code == 303 and switched.cookies.get("jpo_lang", "fr") == "fr"
    with unit_of_work(world.api.engine, writes=False) as session:
        assert session.get_one(User, world.assignment().jpo_id).locale == "fr"
    assert jpo.get("/language/xx", follow_redirects=False).status_code == 303  # an unknown one: nothing
    with unit_of_work(world.api.engine, writes=False) as session:
        assert session.get_one(User, world.assignment().jpo_id).locale == "fr"
