"""The work plan's page: objectives with their ToR sentence, the edit form for the JPO and the supervisor
(add and remove without script), an invalid save kept as typed, agreement by both, versions, the PDF; the
donor reads; in English and French."""

from __future__ import annotations

import re

from tests.support.assignment import AssignmentWorld
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]


def _form(html: str) -> dict[str, str]:
    """The edit form's fields as the page filled them (hidden inputs, textareas, date inputs)."""
    form = html.split("data-warn-unsaved", 1)[1].split("</form>", 1)[0]
    fields = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    fields |= dict(re.findall(r'<textarea id="[^"]+" name="([^"]+)"[^>]*>([^<]*)</textarea>', form))
    fields |= dict(re.findall(r'<input type="date" id="[^"]+" name="([^"]+)" value="([^"]*)"', form))
    return {
        key: value.replace("&#39;", "'").replace("&amp;", "&").replace("&quot;", '"')
        for key, value in fields.items()
    }


def test_the_parties_edit_and_agree_on_the_page(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = f"/assignments/{world.assignment_id}/work-plan"
    jpo, supervisor = browser_session(world.jpo.email), browser_session(world.supervisor.email)
    first = jpo.get(page)
    assert first.status_code == 200 and "From the duties of the terms of reference:" in first.text
    assert "data-warn-unsaved" in first.text and "Agree to this version" in first.text
    fields = _form(first.text)
    rows = int(fields["rows"])
    added = jpo.post(page, data=fields | {"text_0": "Kept while adding", "action": "add"})
    assert added.status_code == 200 and "Kept while adding" in added.text
    assert int(_form(added.text)["rows"]) == rows + 1 and "data-unsaved" in added.text
    too_long = fields | {"text_0": "y" * 1001, f"text_{rows - 1}": "A new objective", "action": "save"}
    refused = jpo.post(page, data=too_long)
    assert refused.status_code == 422 and "y" * 1001 in refused.text and "A new objective" in refused.text
    assert 'href="#f-text_0"' in refused.text and 'aria-invalid="true"' in refused.text
    nul = jpo.post(page, data=fields | {"indicators_1": "fine\nbad\x00one", "action": "save"})
    assert nul.status_code == 422 and "fine" in nul.text
    late = jpo.post(page, data=fields | {"due_1": "2999-01-01", "action": "save"})
    assert late.status_code == 422 and 'value="2999-01-01"' in late.text
    edited = fields | {"text_0": "Brief the <b>team</b>", "indicators_0": "Two briefs\n\nOne workshop",
                       "remove_1": "yes", f"text_{rows - 1}": "An objective of our own", "action": "save"}  # fmt: skip
    saved = jpo.post(page, data=edited, follow_redirects=False)
    assert saved.status_code == 303
    after = jpo.get(saved.headers["location"])
    assert "saved as a new version" in after.text and "Brief the &lt;b&gt;team&lt;/b&gt;" in after.text
    assert "<li>Two briefs</li>" in after.text and "An objective of our own" in after.text
    stale = supervisor.post(page, data=fields | {"text_0": "The supervisor's words", "action": "save"})
    assert stale.status_code == 409 and "Someone saved a newer version" in stale.text
    assert "The supervisor&#39;s words" in stale.text
    current = _form(supervisor.get(page).text)
    assert supervisor.post(page + "/agree", data={"version": current["version"]},
                           follow_redirects=False).status_code == 303  # fmt: skip
    agreed_once = jpo.get(page)
    assert "Agree to this version" in agreed_once.text
    done = jpo.post(page + "/agree", data={"version": current["version"]}, follow_redirects=False)
    assert done.status_code == 303 and "done=both" in done.headers["location"]
    both = jpo.get(done.headers["location"])
    assert "agreed by both of you" in both.text and "Agree to this version" not in both.text
    assert "Version 1" in both.text  # an earlier version, linked
    old = jpo.get(page + "?version=1")
    assert old.status_code == 200 and "an earlier version" in old.text and "data-warn-unsaved" not in old.text
    pdf = jpo.get(page + ".pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"


def test_the_donor_reads_others_are_refused_and_the_page_speaks_french(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = f"/assignments/{world.assignment_id}/work-plan"
    donor = browser_session(world.donor.email)
    seen = donor.get(page)
    assert seen.status_code == 200 and "data-warn-unsaved" not in seen.text
    assert "Agree to this version" not in seen.text and "From the learning elements" in seen.text
    assert (
        donor.post(page, data={"version": "1", "rows": "1", "text_0": "x", "action": "save"}).status_code
        == 403
    )
    assert donor.post(page + "/agree", data={"version": "1"}).status_code == 403
    assert browser_session(world.colleague.email).get(page).status_code == 403
    assert browser_session(world.outsider.email).get(page).status_code == 404
    assert browser_session(world.other_donor.email).get(page).status_code == 404
    french = browser_session(world.supervisor.email).get(page + "?lang=fr")
    assert french.status_code == 200 and "Plan de travail" in french.text
    assert "Approuver cette version" in french.text and "Indicateurs de réussite" in french.text
    assert "Enregistrer comme nouvelle version" in french.text
