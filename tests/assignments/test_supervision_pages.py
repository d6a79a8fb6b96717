"""The supervision page for each party, in English and French: the JPO and the supervisor note check-ins,
mark and add learning objectives and record training in forms that keep what was typed when refused;
the donor's admins read it (audited); the host's other reviewers are refused, others told it does not exist."""

from __future__ import annotations

from datetime import timedelta
from html.parser import HTMLParser

from sqlalchemy import func, select

from jpo.db.assignment_tables import CheckIn, LearningObjective, Training
from jpo.db.models import AuditEvent, VacancyRow
from jpo.db.session import unit_of_work
from tests.support.assignment import AssignmentWorld
from tests.web.conftest import BrowserSession, browser_session
from tests.web.test_french_everywhere import english_words

__all__ = ["browser_session"]


class _Ids(HTMLParser):
    """Every id on a page, and whether each `for`/`aria-describedby`/`href="#..."` names one of them."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.named: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.append(str(found["id"]))
        for key in ("for", "aria-describedby"):
            if found.get(key):
                self.named.extend(str(found[key]).split())
        href = found.get("href") or ""
        if tag == "a" and href.startswith("#"):
            self.named.append(href[1:])


def _well_formed(page: str) -> None:
    parsed = _Ids()
    parsed.feed(page)
    assert len(parsed.ids) == len(set(parsed.ids)), "an id is used twice"
    assert set(parsed.named) <= set(parsed.ids), set(parsed.named) - set(parsed.ids)


def _count(world: AssignmentWorld, table: object) -> int:
    with unit_of_work(world.api.engine, writes=False) as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


def _page(world: AssignmentWorld) -> str:
    world.on_day(world.starts_on + timedelta(days=20))
    return f"/assignments/{world.assignment_id}/supervision"


def test_each_party_opens_the_page_in_english_and_french(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = _page(world)
    jpo = browser_session(world.jpo.email)
    english = jpo.get(page)
    assert english.status_code == 200
    for words in (
        "Check-ins",
        "Learning objectives",
        "Training",
        "Save the check-in",
        "From the terms of reference",
    ):
        assert words in english.text
    _well_formed(english.text)
    french = jpo.get(page + "?lang=fr")
    assert french.status_code == 200 and "Encadrement" in french.text and "Entretiens de suivi" in french.text
    _well_formed(french.text)
    donor = browser_session(world.donor.email).get(page)
    assert (
        donor.status_code == 200 and "Save the check-in" not in donor.text and "you can read it" in donor.text
    )
    assert browser_session(world.colleague.email).get(page).status_code == 403
    assert browser_session(world.outsider.email).get(page).status_code == 404
    assert browser_session(world.other_donor.email).get(page).status_code == 404
    refused = browser_session(world.donor.email).post(
        page + "/check-ins", data={"held_on": "", "topics": "x"}
    )
    assert refused.status_code == 403
    with unit_of_work(world.api.engine, writes=False) as session:
        reads = session.scalars(select(AuditEvent.detail).where(AuditEvent.action == "assignment.read"))
        assert [detail["what"] for detail in reads if detail] == ["supervision"]  # the donor's; not the JPO's


def test_a_refused_check_in_keeps_what_was_typed_and_a_saved_one_is_listed_and_corrected(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = _page(world)
    jpo = browser_session(world.jpo.email)
    future = (world.starts_on + timedelta(days=25)).isoformat()
    typed = {"held_on": future, "topics": "Security <clearance> & travel", "actions": "Book the course"}
    refused = jpo.post(page + "/check-ins", data=typed)
    assert refused.status_code == 422
    assert "The date cannot be in the future." in refused.text and future in refused.text
    assert "Security &lt;clearance&gt; &amp; travel" in refused.text and "Book the course" in refused.text
    _well_formed(refused.text)
    nul = jpo.post(page + "/check-ins?lang=fr", data={**typed, "held_on": world.starts_on.isoformat(),
                                                       "topics": "a\x00b"})  # fmt: skip
    assert nul.status_code == 422 and "caractères de contrôle" in nul.text
    too_long = jpo.post(page + "/check-ins", data={**typed, "held_on": world.starts_on.isoformat(),
                                                    "topics": "x" * 5001})  # fmt: skip
    assert too_long.status_code == 422
    assert jpo.post(page + "/check-ins", data={**typed, "held_on": "soon"}).status_code == 422
    assert _count(world, CheckIn) == 0
    day = (world.starts_on + timedelta(days=18)).isoformat()
    saved = jpo.post(page + "/check-ins", data={**typed, "held_on": day}, follow_redirects=False)
    assert saved.status_code == 303
    listed = jpo.get(saved.headers["location"])
    assert "The check-in is saved." in listed.text and "Correct this check-in" in listed.text
    with unit_of_work(world.api.engine, writes=False) as session:
        note_id = session.scalar(select(CheckIn.id))
    supervisor = browser_session(world.supervisor.email)
    assert "Correct this check-in" not in supervisor.get(page).text  # not theirs
    assert supervisor.post(f"{page}/check-ins/{note_id}", data={**typed, "held_on": day}).status_code == 403
    editing = jpo.get(f"{page}?edit={note_id}")
    assert "Save the correction" in editing.text
    _well_formed(editing.text)
    wrong = jpo.post(f"{page}/check-ins/{note_id}", data={**typed, "held_on": day, "topics": ""})
    assert (
        wrong.status_code == 422
        and "Say what was discussed." in wrong.text
        and "Save the correction" in wrong.text
    )
    fixed = jpo.post(f"{page}/check-ins/{note_id}", data={**typed, "held_on": day, "topics": "Travel"})
    assert fixed.status_code == 200 and "The check-in is corrected." in fixed.text
    deleted = jpo.post(f"{page}/check-ins/{note_id}/delete")
    assert deleted.status_code == 200 and "No check-in is noted yet." in deleted.text


def test_learning_objectives_are_marked_added_and_a_stale_form_is_shown_again(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = _page(world)
    jpo, supervisor = browser_session(world.jpo.email), browser_session(world.supervisor.email)
    with unit_of_work(world.api.engine, writes=False) as session:
        first = session.scalars(select(LearningObjective).order_by(LearningObjective.id)).first()
        assert first is not None
        objective_id, version = first.id, first.updated_at.isoformat()
    path = f"{page}/objectives/{objective_id}"
    marked = supervisor.post(
        path, data={"progress": "in_progress", "note": "Good start", "updated_at": version}
    )
    assert marked.status_code == 200 and "The learning objective is saved." in marked.text
    stale = jpo.post(path, data={"progress": "achieved", "note": "My note", "updated_at": version})
    assert stale.status_code == 409 and "changed this objective while you were editing" in stale.text
    assert "My note" in stale.text and "Good start" in stale.text
    _well_formed(stale.text)
    bad = jpo.post(path, data={"progress": "done", "note": "", "updated_at": version})
    assert bad.status_code == 422
    too_long = jpo.post(page + "/objectives", data={"text": "x" * 1001})
    assert too_long.status_code == 422 and 'id="la-text"' in too_long.text
    added = jpo.post(page + "/objectives", data={"text": "Chair a meeting"})
    assert "The learning objective is added." in added.text and "Remove this objective" in added.text
    assert "Remove this objective" not in supervisor.get(page).text
    with unit_of_work(world.api.engine, writes=False) as session:
        own = session.scalar(select(LearningObjective.id).where(LearningObjective.source.is_(None)))
    assert jpo.post(f"{page}/objectives/{objective_id}/delete").status_code == 409  # the ToR's
    removed = jpo.post(f"{page}/objectives/{own}/delete")
    assert removed.status_code == 200 and "Chair a meeting" not in removed.text


def test_training_is_recorded_and_removed_and_a_refused_one_keeps_the_input(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = _page(world)
    jpo = browser_session(world.jpo.email)
    day = (world.starts_on + timedelta(days=3)).isoformat()
    typed = {"title": "Results-based management", "provider": "UNSSC", "starts_on": day,
             "ends_on": (world.starts_on + timedelta(days=1)).isoformat(), "hours": "12", "note": ""}  # fmt: skip
    refused = jpo.post(page + "/trainings?lang=fr", data=typed)
    assert (
        refused.status_code == 422 and "Results-based management" in refused.text and "UNSSC" in refused.text
    )
    assert jpo.post(page + "/trainings", data={**typed, "ends_on": "", "hours": "2001"}).status_code == 422
    both = jpo.post(page + "/trainings", data={**typed, "title": "", "ends_on": "", "hours": "many"})
    assert both.status_code == 422 and "UNSSC" in both.text and 'value="many"' in both.text
    assert "Give the training&#39;s title." in both.text and "Give a whole number of hours" in both.text
    assert _count(world, Training) == 0
    saved = jpo.post(page + "/trainings", data={**typed, "ends_on": day})
    assert saved.status_code == 200 and "The training is recorded." in saved.text
    with unit_of_work(world.api.engine, writes=False) as session:
        training_id = session.scalar(select(Training.id))
    french = jpo.get(page + "?lang=fr")
    assert "Results-based management" in french.text
    removed = jpo.post(f"{page}/trainings/{training_id}/delete")
    assert removed.status_code == 200 and "No training is recorded yet." in removed.text


def test_the_french_page_with_every_section_filled_has_no_english_word(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    page = _page(world)
    jpo = browser_session(world.jpo.email)
    day = (world.starts_on + timedelta(days=2)).isoformat()
    written = ["Plan de travail", "Réserver le cours", "Gestion axée sur les résultats", "UNSSC", "Animer"]
    jpo.post(page + "/check-ins", data={"held_on": day, "topics": written[0], "actions": written[1]})
    jpo.post(page + "/trainings", data={"title": written[2], "provider": written[3], "starts_on": day,
                                        "ends_on": day, "hours": "6", "note": ""})  # fmt: skip
    jpo.post(page + "/objectives", data={"text": written[4]})
    browser_session(world.supervisor.email).post(
        page + "/check-ins", data={"held_on": day, "topics": "Suivi"}
    )
    with unit_of_work(world.api.engine, writes=False) as session:
        written += list(session.scalars(select(LearningObjective.text)))
        title = session.scalar(select(VacancyRow.document).where(VacancyRow.id == world.vacancy_id))
        written.append(str((title or {}).get("title")))
    written += ["Suivi", world.jpo.email, world.donor.email]  # the signed-in reader's address in the header
    for reader in (jpo, browser_session(world.donor.email)):
        french = reader.get(page + "?lang=fr")
        assert french.status_code == 200 and written[2] in french.text
        assert english_words(french.text, written) == []
