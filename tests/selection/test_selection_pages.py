"""The selection pages over the same services: the host selects on the board, the donor admin confirms,
makes the offer in a form that keeps what was typed, the candidate reads it on their own clock and
accepts; closing from its confirmation page; others' pages refused; French."""

from __future__ import annotations

from tests.selection.conftest import Recruitment
from tests.web.conftest import BrowserSession, browser_session

__all__ = ["browser_session"]


def offer_form(**changes: str) -> dict[str, str]:
    return {"conditions": "Two years.", "start_date": "2099-03-01", "duty_station": "Geneva, CH",
            "grade": "P-2", "reply_date": "2099-01-15", "reply_time": "17:00",
            "reply_zone": "Europe/Zurich", **changes}  # fmt: skip


def test_select_confirm_offer_and_accept_in_the_browser(
    recruitment: Recruitment, browser_session: BrowserSession
) -> None:
    r = recruitment
    host, donor = browser_session(r.selector.email), browser_session(r.admin.email)
    board = f"/review/vacancies/{r.vacancy_id}/selection"
    page = host.get(board)
    assert (
        page.status_code == 200
        and "Ann0 Lee" in page.text
        and "clear evidence on every competency" in page.text
    )
    first = r.candidates[0].application_id
    nul = host.post(board + "/select", data={"application_id": str(first), "reason": "a\x00b"})
    assert nul.status_code == 422 and "control characters" in nul.text
    empty = host.post(board + "/select", data={"application_id": str(first), "reason": ""})
    assert empty.status_code == 422 and "Give the reason for this decision." in empty.text
    chosen = host.post(
        board + "/select", data={"application_id": str(first), "reason": "Best."}, follow_redirects=False
    )
    assert chosen.status_code == 303
    second = host.post(
        board + "/select", data={"application_id": str(r.candidates[1].application_id), "reason": "x"}
    )
    assert second.status_code == 409 and "one at a time" in second.text
    assert "Confirm the selection" in donor.get(board).text
    assert "Confirm the selection" not in host.get(board).text
    confirmed = donor.post(
        f"/review/applications/{first}/selection/confirm", data={"reason": ""}, follow_redirects=False
    )
    assert confirmed.status_code == 303
    form = donor.get(f"/review/applications/{first}/offer")
    assert form.status_code == 200 and 'value="Geneva, CH"' in form.text
    past = donor.post(f"/review/applications/{first}/offer", data=offer_form(reply_date="2001-01-01"))
    assert past.status_code == 422 and "still ahead" in past.text and "Two years." in past.text
    made = donor.post(f"/review/applications/{first}/offer", data=offer_form(), follow_redirects=False)
    assert made.status_code == 303, made.text
    assert host.get(f"/review/applications/{first}/offer").status_code == 403  # the host makes no offer

    candidate = browser_session(r.candidates[0].email)
    mine = candidate.get(f"/me/applications/{first}")
    assert "Your offer" in mine.text and "Offer made" in mine.text
    offer_page = candidate.get(f"/me/applications/{first}/offer")
    assert offer_page.status_code == 200 and "Two years." in offer_page.text
    offer_id = r.outbox("offer_made")[0].context["offer_id"]
    # 17:00 in Geneva on 15 January (UTC+1) is 11:00 in New York (UTC-5)
    theirs = candidate.get(f"/me/offers/{offer_id}?zone=America/New_York")
    assert "5:00:00\u202fPM" in theirs.text or "5:00:00 PM" in theirs.text
    assert "11:00:00\u202fAM" in theirs.text or "11:00:00 AM" in theirs.text
    french = candidate.get(f"/me/offers/{offer_id}?lang=fr")
    assert "Accepter l’offre" in french.text and "17:00:00" in french.text
    other = browser_session(r.candidates[1].email)
    assert other.get(f"/me/offers/{offer_id}").status_code == 404
    assert other.post(f"/me/offers/{offer_id}/accept").status_code == 404
    accepted = candidate.post(f"/me/offers/{offer_id}/accept", follow_redirects=False)
    assert accepted.status_code == 303
    assert "You accepted the offer" in candidate.get(accepted.headers["location"]).text
    again = candidate.post(f"/me/offers/{offer_id}/accept")
    assert again.status_code == 409 and "already answered" in again.text
    assert "Offer accepted" in candidate.get(f"/me/applications/{first}").text

    close = f"/review/vacancies/{r.vacancy_id}/close-recruitment"
    assert "2 applications" in donor.get(close).text
    assert host.get(close).status_code == 403
    closed = donor.post(close, follow_redirects=False)
    assert closed.status_code == 303
    assert "The recruitment is closed." in donor.get(closed.headers["location"]).text
    assert len(r.outbox("outcome")) == 2
    assert "Clôturer le recrutement" in donor.get(close + "?lang=fr").text


def test_candidates_never_see_a_recommendation_or_selection(
    recruitment: Recruitment, browser_session: BrowserSession
) -> None:
    r = recruitment
    assert r.select(0).status_code == 200
    candidate = browser_session(r.candidates[0].email)
    page = candidate.get(f"/me/applications/{r.candidates[0].application_id}").text
    assert "selected" not in page.lower().replace("not selected", "") and "recommended" not in page.lower()
    assert "Interview" in page and "Decision" in page
    listing = candidate.get("/me/applications").text
    assert "recommended" not in listing and "selected" not in listing
