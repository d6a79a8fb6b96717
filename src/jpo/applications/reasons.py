"""The reasons jpo itself writes when it moves an application (a person's reason is theirs, in their own
words): kept here so pages can show them in the reader's language (`web.render.decision_reason`)."""

from __future__ import annotations

from typing import Final

ASSESSMENT_MARKED: Final = "written assessment marked"
INTERVIEW_SCORED: Final = "every panel member scored the interview ({sheets} sheets)"
OFFER_MADE: Final = "Offer {offer} made."
OFFER_LAPSED: Final = "The offer lapsed: no answer by its reply-by date."
