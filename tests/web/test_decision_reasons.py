"""The reasons jpo writes itself when it moves an application are shown in the reader's language; a
person's reason is shown as they wrote it."""

from __future__ import annotations

import pytest

from jpo.applications import reasons
from jpo.web.render import decision_reason


@pytest.mark.parametrize(
    ("written", "french"),
    [
        (reasons.ASSESSMENT_MARKED, "L'épreuve écrite a été corrigée."),
        (reasons.INTERVIEW_SCORED.format(sheets=3), "Chaque membre du jury a noté l'entretien (3 grilles)."),
        (reasons.OFFER_MADE.format(offer=41), "Offre 41 faite."),
        (reasons.OFFER_LAPSED, "L'offre a expiré : aucune réponse à la date limite."),
    ],
)
def test_jpos_own_reasons_are_translated(written: str, french: str) -> None:
    assert decision_reason(written, "fr") == french
    assert decision_reason(written, "en") != french


def test_a_persons_reason_is_shown_as_written_even_when_it_looks_like_ours() -> None:
    assert decision_reason("Offer 41 made. Strong candidate.", "fr") == "Offer 41 made. Strong candidate."
    assert decision_reason("Too little field experience.", "fr") == "Too little field experience."
