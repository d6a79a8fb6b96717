"""The decision e-mails as the worker composes them: the offer with its terms and reply-by moment on the
offer's clock, in the candidate's language; the shortlisting told once; a selection awaiting confirmation."""

from __future__ import annotations

from tests.selection.conftest import Recruitment


def _text(r: Recruitment, kind: str, email: str) -> tuple[str, str]:
    message = r.composed(kind)[email]
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    return str(message["Subject"]), str(body.get_content())


def test_the_offer_is_written_in_french_with_its_terms_and_reply_by(recruitment: Recruitment) -> None:
    r = recruitment
    assert r.select(1).status_code == 200  # candidate 1 reads French
    application_id = r.candidates[1].application_id
    assert r.post(f"/applications/{application_id}/selection/confirm", r.admin).status_code == 200
    made = r.offer(1, reply_by="2099-01-15T17:00", reply_zone="Europe/Zurich", start_date="2099-03-01")
    assert made.status_code == 201, made.text
    subject, text = _text(r, "offer_made", r.candidates[1].email)
    assert subject.startswith("Offre :")
    assert "Bonjour Ann1 Lee" in text and "Two years, renewable for a third." in text
    assert "15 janvier 2099" in text and "17:00 (Europe/Zurich)" in text
    assert "1 mars 2099" in text and "P-2, step 1" in text
    assert f"https://jpo.example.org/me/offers/{made.json()['id']}" in text
    subject, text = _text(r, "selection_pending", r.admin.email)
    assert subject.startswith("A selection awaits your confirmation") and "Candidate " in text
    assert "Ann1" not in text  # staff e-mails name candidates by pseudonym only


def test_a_shortlisting_is_told_once_in_the_candidates_language(recruitment: Recruitment) -> None:
    r = recruitment
    rows = r.outbox("status_changed")
    assert sorted(m.context["application_id"] for m in rows) == [c.application_id for c in r.candidates]
    assert {m.context["status"] for m in rows} == {"shortlisted"}
    subject, text = _text(r, "status_changed", r.candidates[0].email)
    assert subject.startswith("Your application has progressed") and "has been shortlisted" in text
