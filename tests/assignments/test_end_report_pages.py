"""The end-of-assignment report's page: the JPO's sections as a form that keeps what was typed when it is
refused, a draft saved at any time, submitted once confirmed in the last 90 days and then read-only; the
supervisor reads it, the host's other staff do not; the PDF in the page's language."""

from __future__ import annotations

import re
from datetime import timedelta

import pypdfium2

from tests.support.assignment import AssignmentWorld
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]

SECTIONS = {"achievements": "Built the case database.", "learning": "Drafting & negotiation.",
            "challenges": "Few <script> resources.", "advice": "Ask early."}  # fmt: skip


def _text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return re.sub(r"\s+", " ", " ".join(page.get_textpage().get_text_range() for page in document))
    finally:
        document.close()


def test_the_jpo_drafts_submits_and_then_reads_it_as_the_others_do(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = f"/assignments/{world.assignment_id}/report"
    jpo = browser_session(world.jpo.email)
    form = jpo.get(page)
    assert form.status_code == 200 and 'name="achievements"' in form.text and "You can submit" in form.text
    saved = jpo.post(page, data={"achievements": "Draft one"}, follow_redirects=False)
    assert saved.status_code == 303 and "Your draft is saved." in jpo.get(saved.headers["location"]).text
    nul = jpo.post(page, data={"achievements": "Kept", "advice": "bad\x00"})
    assert nul.status_code == 422 and "Kept" in nul.text and "no control characters" in nul.text
    early = jpo.post(page, data={**SECTIONS, "submit": "yes", "confirm": "yes"})
    assert early.status_code == 409 and "90 days before" in early.text and "Ask early." in early.text
    assert "Draft one" not in browser_session(world.supervisor.email).get(page).text  # the JPO's alone
    world.on_day(world.assignment().ends_on - timedelta(days=20))
    jpo = browser_session(world.jpo.email)
    unconfirmed = jpo.post(page, data={**SECTIONS, "submit": "yes"})
    assert unconfirmed.status_code == 422 and "Confirm that you want" in unconfirmed.text
    missing = jpo.post(page, data={**SECTIONS, "learning": "", "submit": "yes", "confirm": "yes"})
    assert missing.status_code == 422 and "Built the case database." in missing.text
    done = jpo.post(page, data={**SECTIONS, "submit": "yes", "confirm": "yes"}, follow_redirects=False)
    assert done.status_code == 303
    after = jpo.get(done.headers["location"])
    assert "Your report is submitted." in after.text and 'name="achievements"' not in after.text
    assert "Few &lt;script&gt; resources." in after.text and "report.pdf" in after.text
    late = jpo.post(page, data=SECTIONS)
    assert late.status_code == 409 and "can no longer be changed" in late.text
    supervisor = browser_session(world.supervisor.email)
    assert "Built the case database." in supervisor.get(page).text
    assert browser_session(world.colleague.email).get(page).status_code == 403
    assert browser_session(world.outsider.email).get(page).status_code == 404
    french = supervisor.get(page + "?lang=fr")
    assert "Réalisations" in french.text and "Télécharger le rapport (PDF)" in french.text
    pdf = supervisor.get(page + ".pdf?lang=fr")
    assert pdf.status_code == 200 and "Ce que j’ai appris" in _text(pdf.content).replace("'", "’")
    assert "Drafting & negotiation." in _text(supervisor.get(page + ".pdf?lang=en").content)
