"""The evaluation pages: the calendar, the JPO's draft and submission, the supervisor's rating form that
keeps what was chosen when something is missing, the acknowledgement, French, and others refused."""

from __future__ import annotations

import re
from datetime import timedelta

from tests.support.assignment import AssignmentWorld
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]


def test_a_mid_point_review_taken_in_the_browser(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    world.on_day(world.starts_on + timedelta(days=160))
    jpo, supervisor = browser_session(world.jpo.email), browser_session(world.supervisor.email)
    calendar = jpo.get(f"/assignments/{world.assignment_id}/evaluations")
    assert calendar.status_code == 200 and "Mid-point review" in calendar.text
    page = re.search(rf'href="(/assignments/{world.assignment_id}/evaluations/\d+)\?lang=en"', calendar.text)
    assert page is not None
    path = page.group(1)
    empty = jpo.post(path + "/self-assessment", data={"self_assessment": "", "submit": "1"})
    assert empty.status_code == 422 and "Write your self-assessment" in empty.text
    nul = jpo.post(path + "/self-assessment", data={"self_assessment": "My year\x00", "submit": "1"})
    assert nul.status_code == 422 and "My year" in nul.text
    saved = jpo.post(
        path + "/self-assessment", data={"self_assessment": "Draft of my review."}, follow_redirects=False
    )
    assert saved.status_code == 303
    assert "Draft of my review." not in supervisor.get(path).text  # a draft is the JPO's alone
    sent = jpo.post(path + "/self-assessment", data={"self_assessment": "I wrote two briefings.", "submit": "1"},
                    follow_redirects=False)  # fmt: skip
    assert sent.status_code == 303 and "I wrote two briefings." in supervisor.get(path).text
    missing = supervisor.post(path + "/rating", data={"overall": "exceeds", "comment": ""})
    assert missing.status_code == 422 and 'value="exceeds" selected' in missing.text
    rated = supervisor.post(path + "/rating", data={"overall": "exceeds", "comment": "Good progress."},
                            follow_redirects=False)  # fmt: skip
    assert rated.status_code == 303
    assert jpo.post(path + "/rating", data={"comment": "x"}).status_code == 403
    done = jpo.post(path + "/acknowledgement", data={"comment": "Thank you."}, follow_redirects=False)
    assert done.status_code == 303
    again = jpo.post(path + "/acknowledgement", data={"comment": "Twice."})
    assert again.status_code == 409 and "not open now" in again.text
    french = jpo.get(path + "?lang=fr")
    assert "Examen à mi-parcours" in french.text and "Dépasse les attentes" in french.text
    assert browser_session(world.colleague.email).get(path).status_code == 403
    assert browser_session(world.outsider.email).get(path).status_code == 404
