"""The chair's e-mail when a candidate's scoring is complete: in the chair's language, naming the
candidate by receipt number only, linking to the sheet."""

from __future__ import annotations

from sqlalchemy import select

from jpo.db.models import OutboxMessage, User
from jpo.db.session import unit_of_work
from jpo.notifications.compose import compose
from tests.interviews.conftest import Panel

SCORES = {"Professionalism": [3, 3], "Communication": [3, 3]}


def test_the_chair_is_told_in_their_language_once(panel: Panel) -> None:
    with unit_of_work(panel.api.engine) as session:
        chair = session.scalar(select(User).where(User.email == "m1@example.org"))
        assert chair is not None
        chair.locale = "fr"
    panel.form(others=("m2@example.org",))
    for member in ("m1@example.org", "m2@example.org"):
        panel.declare(member, "c1@example.org")
        assert panel.score(member, "c1@example.org", SCORES).status_code == 200
    with unit_of_work(panel.api.engine) as session:
        (message,) = session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "panel_scoring_complete")
        )
        assert message.locale == "fr" and set(message.context) == {"application_id", "vacancy_id"}
        email = compose(session, message, sender="jpo <jpo@example.org>", public_url="https://jpo.example")
        assert email is not None
        assert (
            email["To"] == "m1@example.org"
            and email["Subject"] == "Entretien noté : Human Rights Officer (R-1)"
        )
        body = email.get_content()
        assert "Amina" not in body and "R-1" in body
        application = panel.world.applications["c1@example.org"]
        assert (
            f"https://jpo.example/review/vacancies/{panel.world.vacancy}/panel/candidates/{application}/sheet"
            in body
        )
