"""An offer past its reply-by moment lapses (refused answers, then persisted on the next action) and the
next candidate can be offered; closing the recruitment tells each unsuccessful candidate once, in their
language, and moves everyone still in the running."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from jpo.db.models import Application, AuditEvent
from jpo.db.offer_tables import Offer
from jpo.db.session import unit_of_work
from jpo.errors import ConflictError
from jpo.selection.closing import close_recruitment
from jpo.selection.offers import answer_offer, lapse_offers
from jpo.selection.service import select_candidate
from tests.selection.conftest import Recruitment, recommend


def test_an_answer_after_the_reply_by_moment_is_refused_and_the_next_can_be_selected(
    recruitment: Recruitment,
) -> None:
    r = recruitment
    offer_id = r.selected_and_offered(0)
    with unit_of_work(r.api.engine, writes=False) as session:
        reply_by = session.get_one(Offer, offer_id).reply_by
    candidate, selector = r.user(r.candidates[0].email), r.user(r.selector.email)
    with pytest.raises(ConflictError) as refused, unit_of_work(r.api.engine) as session:
        answer_offer(session, user=candidate, offer_id=offer_id, accept=True, reason=None, now=reply_by)
    assert refused.value.code == "offer-lapsed"
    with pytest.raises(ConflictError) as busy, unit_of_work(r.api.engine) as session:  # still open on record
        answer_offer(session, user=candidate, offer_id=offer_id, accept=True, reason=None,
                     now=reply_by - timedelta(seconds=1))  # fmt: skip
        select_candidate(session, actor=selector, application_id=r.candidates[1].application_id,
                         reason="Next on the list.", now=reply_by - timedelta(seconds=1))  # fmt: skip
    assert busy.value.code == "post-filled"  # the accept above counted, then rolled back with the error
    with unit_of_work(r.api.engine) as session:  # the next selection lapses the offer first
        select_candidate(session, actor=selector, application_id=r.candidates[1].application_id,
                         reason="Next on the list.", now=reply_by + timedelta(hours=1))  # fmt: skip
    with unit_of_work(r.api.engine, writes=False) as session:
        offer = session.get_one(Offer, offer_id)
        assert (offer.status, offer.answered_at) == ("lapsed", reply_by)
        assert session.get_one(Application, r.candidates[0].application_id).status == "not_selected"
        assert session.get_one(Application, r.candidates[1].application_id).status == "selected"
    lapsed = [m for m in r.outbox("offer_answered") if m.context["offer_id"] == offer_id]
    assert len(lapsed) == 2
    texts = r.composed("offer_answered")
    assert "lapsed" in str(texts[r.admin.email]["Subject"])


def test_the_worker_service_lapses_every_offer_due(recruitment: Recruitment) -> None:
    r = recruitment
    offer_id = r.selected_and_offered(0)
    with unit_of_work(r.api.engine) as session:
        reply_by = session.get_one(Offer, offer_id).reply_by
        assert lapse_offers(session, now=reply_by - timedelta(seconds=1)) == 0
        assert lapse_offers(session, now=reply_by) == 1
    with unit_of_work(r.api.engine) as session:
        assert lapse_offers(session, now=reply_by) == 0


def test_closing_tells_each_unsuccessful_candidate_once_in_their_language(recruitment: Recruitment) -> None:
    r = recruitment
    extra = r.api.candidate("late@example.org")
    late = r.api.apply(extra, r.vacancy_id, key="late").json()["id"]  # eligible, never long-listed
    offer_id = r.selected_and_offered(0)
    assert r.post(f"/offers/{offer_id}/accept", r.candidates[0]).status_code == 200
    closed = r.post(f"/vacancies/{r.vacancy_id}/close-recruitment", r.admin)
    assert closed.status_code == 200, closed.text
    others = [r.candidates[1].application_id, r.candidates[2].application_id]
    assert closed.json() == {
        "vacancy_id": r.vacancy_id,
        "moved": [*others, late],
        "told": [*others, late],
        "left": [],
    }
    assert [r.status(i) for i in (r.candidates[0].application_id, *others, late)] == [
        "accepted", "not_selected", "not_selected", "not_selected",
    ]  # fmt: skip
    again = r.post(f"/vacancies/{r.vacancy_id}/close-recruitment", r.admin)
    assert again.json()["moved"] == []
    rows = r.outbox("outcome")
    assert sorted(m.context["application_id"] for m in rows) == sorted([*others, late])
    assert {m.event_key for m in rows} == {f"outcome:{i}" for i in (*others, late)}
    assert {(m.user_id, m.locale) for m in rows} == {
        (r.user("cand1@example.org").id, "fr"), (r.user("cand2@example.org").id, "en"),
        (r.user("late@example.org").id, "en"),
    }  # fmt: skip
    texts = r.composed("outcome")
    french = texts["cand1@example.org"]
    assert str(french["Subject"]).startswith("Résultat de votre candidature")
    body = french.get_body(preferencelist=("plain",))
    assert body is not None and "n’a pas été retenue" in str(body.get_content())
    assert "Bonjour Ann1 Lee" in str(body.get_content())
    assert "https://jpo.example.org/me/applications/" in str(body.get_content())
    english = texts["cand2@example.org"].get_body(preferencelist=("plain",))
    assert english is not None and "you were not selected" in str(english.get_content())


def test_closing_waits_for_the_offer_to_be_answered(recruitment: Recruitment) -> None:
    r = recruitment
    r.selected_and_offered(0)
    refused = r.post(f"/vacancies/{r.vacancy_id}/close-recruitment", r.admin)
    assert refused.status_code == 409 and refused.json()["type"].endswith("selection-pending")
    assert r.outbox("outcome") == []


def test_a_panel_rejection_and_a_declined_offer_are_told_at_the_close(recruitment: Recruitment) -> None:
    r = recruitment
    extra = r.api.candidate("cand9@example.org")
    rejected = r.api.apply(extra, r.vacancy_id, key="x").json()["id"]
    for to in ("longlisted", "shortlisted"):
        r.api.client.post(f"/api/v1/applications/{rejected}/transitions", json={"to": to, "reason": "Fit."},
                          headers=r.selector.headers)  # fmt: skip
    recommend(r.api.engine, rejected, recommended=False)
    offer_id = r.selected_and_offered(0)
    assert r.post(f"/offers/{offer_id}/decline", r.candidates[0]).status_code == 200
    closing = r.post(f"/vacancies/{r.vacancy_id}/close-recruitment", r.admin).json()
    assert closing["moved"] == [r.candidates[1].application_id, r.candidates[2].application_id]
    assert set(closing["told"]) == {r.candidates[0].application_id, r.candidates[1].application_id,
                                    r.candidates[2].application_id, rejected}  # fmt: skip
    texts = r.composed("outcome")
    declined = texts["cand0@example.org"].get_body(preferencelist=("plain",))
    assert declined is not None and "You declined the offer" in str(declined.get_content())


def test_each_move_at_the_close_records_the_admin_and_the_party_the_table_names(
    recruitment: Recruitment,
) -> None:
    r = recruitment
    admin = r.user(r.admin.email)
    with unit_of_work(r.api.engine) as session:
        closing = close_recruitment(session, actor=admin, vacancy_id=r.vacancy_id, now=datetime.now(UTC))
    assert closing.moved == [c.application_id for c in r.candidates]
    with unit_of_work(r.api.engine, writes=False) as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "application.transition",
                                                          AuditEvent.reason == "The recruitment was closed."))  # fmt: skip
        assert {(e.actor_id, e.detail["by"], e.detail["from"]) for e in events} == {
            (admin.id, "host", "recommended")
        }
