"""Every page of the assignment, read in French by its parties, says nothing in English but what people
wrote (the ToR's duties and learning elements, the parties' notes) and addresses."""

from __future__ import annotations

from datetime import timedelta

from jpo.db.models import VacancyRow
from jpo.db.session import unit_of_work
from jpo.vacancy.extract import extract_file
from tests.api.conftest import SEEDS
from tests.support.assignment import AssignmentWorld
from tests.web.conftest import BrowserSession, browser_session
from tests.web.test_french_everywhere import english_words

__all__ = ["browser_session"]


def test_the_assignment_pages_in_french_have_no_english_word(
    world: AssignmentWorld, browser_session: BrowserSession
) -> None:
    world.on_day(world.starts_on + timedelta(days=160))  # the mid-point review open
    base = f"/assignments/{world.assignment_id}"
    world.post(f"{base}/check-ins", world.supervisor, {"held_on": (world.starts_on + timedelta(days=150)).isoformat(),
                                                       "topics": "Settling in.", "actions": "Draft the brief."})  # fmt: skip
    midpoint = world.get(f"{base}/evaluations", world.jpo).json()[0]["id"]
    with unit_of_work(world.api.engine, writes=False) as session:
        document = session.get_one(VacancyRow, world.vacancy_id).document
    tor = [*extract_file(SEEDS["002"]).text.splitlines(), *document["duties"], *document["learning_elements"],
           *document["competencies"], document["title"]]  # fmt: skip
    people = {p.email for p in world.people} | {"Settling in.", "Draft the brief.", "Ann0 Lee"}
    written = sorted({line.strip() for line in tor if len(line.strip()) > 2} | people, key=len, reverse=True)
    pages = {
        world.jpo.email: ["/assignments", base, f"{base}/work-plan", f"{base}/supervision", f"{base}/evaluations",
                          f"{base}/evaluations/{midpoint}", f"{base}/extension", f"{base}/report"],
        world.supervisor.email: [f"{base}/evaluations/{midpoint}", f"{base}/work-plan"],
        world.donor.email: ["/admin/assignments", base],
    }  # fmt: skip
    found = {}
    for email, paths in pages.items():
        reader = browser_session(email)
        for path in paths:
            page = reader.get(path, params={"lang": "fr"})
            assert page.status_code == 200, (path, page.status_code)
            if words := english_words(page.text, written):
                found[f"{email} {path}"] = words
    assert not found, f"English words on French pages: {found}"
