"""The booking pages over a real app (SQLite, and PostgreSQL when JPO_TEST_DATABASE_URL is set): the
candidate's page in both languages and clocks, booking by the form, a refused booking shown again with
what is open, the panel's schedule (names read audited), outsiders kept out, bad input refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select

from jpo.db.models import AuditEvent
from jpo.db.session import unit_of_work
from jpo.db.slot_tables import InterviewBooking
from jpo.interviews.invitations import invitations_of_user, invite_candidates
from jpo.interviews.slots import propose_slot
from tests.booking.conftest import Recruitment
from tests.web.conftest import browser_session

__all__ = ["browser_session"]
NOW = datetime.now(UTC).replace(microsecond=0)
Sessions = Callable[[str], TestClient]


def _prepare(r: Recruitment, slots: int = 2) -> tuple[list[int], int]:
    reviewer = r.user("rev@example.org")
    day = (NOW + timedelta(days=40)).date()
    with unit_of_work(r.api.engine, now=NOW) as session:
        made = [propose_slot(session, actor=reviewer, vacancy_id=r.vacancy_id,
                             starts_at=datetime(day.year, day.month, day.day, 9 + i, 0), zone="Europe/Zurich",
                             minutes=45, mode="video", location="https://v.example/room", now=NOW).id
                for i in range(slots)]  # fmt: skip
        invite_candidates(session, actor=reviewer, vacancy_id=r.vacancy_id,
                          application_ids=[c.application_id for c in r.candidates[:2]],
                          book_by=NOW + timedelta(days=20), now=NOW)  # fmt: skip
    with unit_of_work(r.api.engine, writes=False) as session:
        invitation = invitations_of_user(session, r.user(r.candidates[0].email).id)[0].id
    return made, invitation


def test_the_candidate_books_from_the_page_in_their_own_time_zone(
    recruitment: Recruitment, browser_session: Sessions
) -> None:
    r = recruitment
    slots, invitation = _prepare(r)
    page = browser_session(r.candidates[0].email)
    application = page.get(f"/me/applications/{r.candidates[0].application_id}")
    assert "/interview" in application.text and "Your interview" in application.text
    hop = page.get(f"/me/applications/{r.candidates[0].application_id}/interview", follow_redirects=False)
    assert hop.status_code == 303 and hop.headers["location"].startswith(f"/me/interviews/{invitation}")
    default = page.get(f"/me/interviews/{invitation}")
    assert default.status_code == 200 and "Geneva time" in default.text  # no script: the duty station's clock
    seoul = page.get(f"/me/interviews/{invitation}?zone=Asia/Seoul")
    assert "Seoul time" in seoul.text and "(duty station)" in seoul.text
    assert 'value="Asia/Seoul" id="f-reader-zone"' in seoul.text
    booked = page.post(f"/me/interviews/{invitation}/book", data={"slot_id": slots[0], "zone": "Asia/Seoul"},
                       headers={"Origin": "http://testserver"}, follow_redirects=False)  # fmt: skip
    assert booked.status_code == 303, booked.text
    shown = page.get(booked.headers["location"])
    assert "Your interview is booked" in shown.text and "Add to my calendar (.ics)" in shown.text
    ics = page.get(f"/me/interviews/{invitation}/interview.ics")
    assert ics.status_code == 200 and b"BEGIN:VCALENDAR" in ics.content and b"METHOD:PUBLISH" in ics.content
    with unit_of_work(r.api.engine, writes=False) as session:
        [booking] = session.scalars(select(InterviewBooking)).all()
        assert booking.slot_id == slots[0] and booking.reader_zone == "Asia/Seoul"


def test_the_page_in_french(recruitment: Recruitment, browser_session: Sessions) -> None:
    r = recruitment
    _, invitation = _prepare(r)
    page = browser_session(r.candidates[0].email)
    french = page.get(f"/me/interviews/{invitation}?zone=Asia/Seoul&lang=fr")
    assert french.status_code == 200 and 'lang="fr"' in french.text
    assert (
        "Votre entretien" in french.text
        and "heure de Séoul" in french.text
        and "heure de Genève" in french.text
    )
    assert "Réserver cette heure" in french.text


def test_a_slot_taken_a_moment_before_is_refused_with_the_list_again(
    recruitment: Recruitment, browser_session: Sessions
) -> None:
    r = recruitment
    slots, invitation = _prepare(r)
    first, second = browser_session(r.candidates[0].email), browser_session(r.candidates[1].email)
    with unit_of_work(r.api.engine, writes=False) as session:
        other = invitations_of_user(session, r.user(r.candidates[1].email).id)[0].id
    origin = {"Origin": "http://testserver"}
    assert first.post(f"/me/interviews/{invitation}/book", data={"slot_id": slots[0]}, headers=origin,
                      follow_redirects=False).status_code == 303  # fmt: skip
    late = second.post(f"/me/interviews/{other}/book", data={"slot_id": slots[0]}, headers=origin)
    assert late.status_code == 409 and "Someone booked that time a moment ago" in late.text
    assert f'value="{slots[1]}"' in late.text and f'value="{slots[0]}"' not in late.text


def test_outsiders_and_bad_input(recruitment: Recruitment, browser_session: Sessions, api: object) -> None:
    r = recruitment
    slots, invitation = _prepare(r)
    origin = {"Origin": "http://testserver"}
    stranger = browser_session(r.candidates[2].email)  # shortlisted but not invited
    assert stranger.get(f"/me/interviews/{invitation}").status_code == 404
    assert (
        stranger.post(
            f"/me/interviews/{invitation}/book", data={"slot_id": slots[0]}, headers=origin
        ).status_code
        == 404
    )
    none = stranger.get(f"/me/applications/{r.candidates[2].application_id}/interview")
    assert none.status_code == 200 and "not been invited" in none.text
    assert stranger.get(f"/review/vacancies/{r.vacancy_id}/interviews").status_code == 403
    owner = browser_session(r.candidates[0].email)
    nul = owner.post(f"/me/interviews/{invitation}/book", data={"slot_id": slots[0], "zone": "Asia/Seoul\x00"},
                     headers=origin)  # fmt: skip
    assert nul.status_code == 422
    huge = owner.post(f"/me/interviews/{invitation}/book", data={"slot_id": "9" * 40}, headers=origin)
    assert huge.status_code == 422
    odd_zone = owner.get(f"/me/interviews/{invitation}?zone=Nowhere/Land")
    assert (
        odd_zone.status_code == 200 and "Geneva time" in odd_zone.text
    )  # an unknown zone: the duty station's
    forged = owner.post(f"/me/interviews/{invitation}/book", data={"slot_id": slots[0]},
                        headers={"Origin": "https://evil.example"})  # fmt: skip
    assert forged.status_code == 403


def test_the_panel_adds_removes_and_sees_who_booked(
    recruitment: Recruitment, browser_session: Sessions
) -> None:
    r = recruitment
    slots, invitation = _prepare(r, slots=1)
    origin = {"Origin": "http://testserver"}
    candidate = browser_session(r.candidates[0].email)
    candidate.post(f"/me/interviews/{invitation}/book", data={"slot_id": slots[0]}, headers=origin)
    panel = browser_session("rev@example.org")
    page = panel.get(f"/review/vacancies/{r.vacancy_id}/interviews")
    assert page.status_code == 200 and "Ann0 Lee" in page.text and "Interview schedule" in page.text
    with unit_of_work(r.api.engine, writes=False) as session:
        reads = session.scalars(select(AuditEvent).where(AuditEvent.action == "personal_data.read")).all()
        assert any(event.reason == "interview scheduling" for event in reads)
    day = (NOW + timedelta(days=41)).date().isoformat()
    form = {"day": day, "start": "14:30", "zone": "Asia/Seoul", "minutes": "30", "mode": "phone",
            "location": "+82 2 000 0000"}  # fmt: skip
    added = panel.post(f"/review/vacancies/{r.vacancy_id}/interviews/slots", data=form, headers=origin,
                       follow_redirects=False)  # fmt: skip
    assert added.status_code == 303, added.text
    again = panel.post(f"/review/vacancies/{r.vacancy_id}/interviews/slots", data=form, headers=origin)
    assert again.status_code == 409 and "overlaps another slot" in again.text
    assert 'value="+82 2 000 0000"' in again.text  # the form as typed
    skipped = panel.post(f"/review/vacancies/{r.vacancy_id}/interviews/slots", headers=origin,
                         data={**form, "day": "2027-03-28", "start": "02:30", "zone": "Europe/Zurich"})  # fmt: skip
    assert skipped.status_code == 422 and "clock moves forward" in skipped.text
    refused = panel.post(f"/review/interview-slots/{slots[0]}/remove", headers=origin)
    assert refused.status_code == 409 and "cancel its booking first" in refused.text
    no_reason = panel.post(
        f"/review/interview-slots/{slots[0]}/cancel-booking", data={"reason": ""}, headers=origin
    )
    assert no_reason.status_code == 422 and "Say why" in no_reason.text
    cancelled = panel.post(f"/review/interview-slots/{slots[0]}/cancel-booking", data={"reason": "Ill."},
                           headers=origin, follow_redirects=False)  # fmt: skip
    assert cancelled.status_code == 303
    assert panel.post(f"/review/interview-slots/{slots[0]}/remove", headers=origin,
                      follow_redirects=False).status_code == 303  # fmt: skip
    french = panel.get(f"/review/vacancies/{r.vacancy_id}/interviews?lang=fr")
    assert "Calendrier des entretiens" in french.text and "heure de Séoul" in french.text


def test_the_panel_invites_from_the_page(recruitment: Recruitment, browser_session: Sessions) -> None:
    r = recruitment
    origin = {"Origin": "http://testserver"}
    panel = browser_session("rev@example.org")
    page = panel.get(f"/review/vacancies/{r.vacancy_id}/interviews")
    assert "Invite to book an interview" in page.text and "Ann2 Lee" in page.text
    empty = panel.post(f"/review/vacancies/{r.vacancy_id}/interviews/invite", data={"book_by": "2099-01-01"},
                       headers=origin)  # fmt: skip
    assert empty.status_code == 422 and "Choose at least one candidate" in empty.text
    day = (NOW + timedelta(days=10)).date().isoformat()
    sent = panel.post(f"/review/vacancies/{r.vacancy_id}/interviews/invite", headers=origin,
                      data={"application_ids": [r.candidates[0].application_id], "book_by": day},
                      follow_redirects=False)  # fmt: skip
    assert sent.status_code == 303, sent.text
    with unit_of_work(r.api.engine, writes=False) as session:
        [invitation] = invitations_of_user(session, r.user(r.candidates[0].email).id)
        assert invitation.book_by.astimezone().date().isoformat() >= day[:8]
