"""The extension review's page: each party finds the form when it is their turn (yes or no, reasons, and
the months for the donor), an invalid answer comes back with what was typed, a refused one says why; the
JPO reads the reasons once the review is decided; in English and French."""

from __future__ import annotations

from datetime import timedelta

from tests.support.assignment import AssignmentWorld
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]


def _open_window(world: AssignmentWorld) -> None:
    world.on_day(world.assignment().ends_on - timedelta(days=80))


def test_the_three_parties_answer_in_turn_on_the_page(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    _open_window(world)
    page = f"/assignments/{world.assignment_id}/extension"
    supervisor, jpo = browser_session(world.supervisor.email), browser_session(world.jpo.email)
    assert "Do you recommend extending the assignment?" in supervisor.get(page).text
    seen = jpo.get(page)
    assert seen.status_code == 200 and "<form" not in seen.text.split("<main", 1)[-1].split("</main>")[0]
    empty = supervisor.post(page + "/recommend", data={"reason": "Kept\r\ntext"})
    assert empty.status_code == 422 and "Choose yes or no." in empty.text and "Kept\ntext" in empty.text
    nul = supervisor.post(page + "/recommend", data={"extend": "yes", "reason": "bad\x00text"})
    assert nul.status_code == 422 and "no control characters" in nul.text
    blank = supervisor.post(page + "/recommend", data={"extend": "no", "reason": "  "})
    assert blank.status_code == 422 and 'value="no" checked' in blank.text
    done = supervisor.post(page + "/recommend", data={"extend": "yes", "reason": "A <b>fine</b> JPO."},
                           follow_redirects=False)  # fmt: skip
    assert done.status_code == 303
    after = supervisor.get(done.headers["location"])
    assert "Your recommendation is recorded" in after.text and "A &lt;b&gt;fine&lt;/b&gt; JPO." in after.text
    assert "A &lt;b&gt;fine" not in jpo.get(page).text  # not while the review is open
    again = supervisor.post(page + "/recommend", data={"extend": "yes", "reason": "Again"})
    assert again.status_code == 409 and "already been answered" in again.text
    early = browser_session(world.donor.email).post(page + "/funding", data={"extend": "yes", "reason": "x"})
    assert early.status_code == 409 and "not this step" in early.text
    host = browser_session(world.host.email)
    assert "still among the host agency" in host.get(page).text
    assert "still among the host agency" not in supervisor.get(page).text  # four eyes
    assert host.post(page + "/priorities", data={"extend": "yes", "reason": "Priority."},
                     follow_redirects=False).status_code == 303  # fmt: skip
    donor = browser_session(world.donor.email)
    form = donor.get(page)
    assert 'name="months"' in form.text and 'value="12"' in form.text
    wrong = donor.post(page + "/funding", data={"extend": "yes", "reason": "Funded.", "months": "13"})
    assert wrong.status_code == 422 and 'value="13"' in wrong.text and "Funded." in wrong.text
    word = donor.post(page + "/funding", data={"extend": "yes", "reason": "Funded.", "months": "six"})
    assert word.status_code == 422
    ends_on = world.assignment().ends_on
    assert donor.post(page + "/funding", data={"extend": "yes", "reason": "Funded.", "months": "6"},
                      follow_redirects=False).status_code == 303  # fmt: skip
    assert world.assignment().ends_on > ends_on
    told = jpo.get(page)
    assert "Past reviews" in told.text and "A &lt;b&gt;fine&lt;/b&gt; JPO." in told.text
    french = jpo.get(page + "?lang=fr")
    assert "Examens précédents" in french.text and "prolongée" in french.text


def test_others_are_refused_and_the_page_speaks_french(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = f"/assignments/{world.assignment_id}/extension"
    before = browser_session(world.supervisor.email)
    closed = before.get(page + "?lang=fr")
    assert closed.status_code == 200 and "Ouvert aux réponses" in closed.text and "à partir du" in closed.text
    assert "Do you recommend" not in before.get(page).text  # the window is not open yet
    refused = before.post(page + "/recommend", data={"extend": "yes", "reason": "Early."})
    assert refused.status_code == 409 and "90 days before the end date" in refused.text
    _open_window(world)
    assert browser_session(world.outsider.email).get(page).status_code == 404
    assert browser_session(world.other_donor.email).get(page).status_code == 404
    assert browser_session(world.colleague.email).get(page).status_code == 200  # the host follows it
    jpo = browser_session(world.jpo.email)
    assert jpo.post(page + "/recommend", data={"extend": "yes", "reason": "Me."}).status_code == 403
    long = browser_session(world.supervisor.email).post(page + "/recommend",
                                                        data={"extend": "yes", "reason": "x" * 2001})  # fmt: skip
    assert long.status_code == 422 and "x" * 2001 in long.text
