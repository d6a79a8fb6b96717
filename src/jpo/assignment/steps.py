"""The steps due on an assignment, as each area reports them: what, by whom, by when. The donor admins'
dashboard lists them; reminders go to the party shortly before the date and once it has passed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final, Literal

Party = Literal["jpo", "supervisor", "host", "donor"]

# Each step's code and what it is, in English (pages translate them through the catalogue).
STEP_NAMES: Final = {
    "name_supervisor": "Name the supervisor",
    "agree_work_plan": "Agree the work plan",
    "self_assessment": "Write the self-assessment",
    "rate": "Rate the performance",
    "acknowledge": "Acknowledge the evaluation",
    "answer_rebuttal": "Answer the rebuttal",
    "recommend_extension": "Recommend on the extension",
    "confirm_priorities": "Confirm the priorities",
    "confirm_funding": "Confirm the funding",
    "end_report": "Submit the end-of-assignment report",
    "check_in": "Hold and note a check-in with the JPO",
}


@dataclass(frozen=True)
class DueStep:
    """`code` (a key of STEP_NAMES) is for `party` to do by `due_on`; `cycle` and `kind` place it (the
    year, and "midpoint" or "final" for an evaluation) and make its reminders' keys unique."""

    assignment_id: int
    code: str
    party: Party
    due_on: date
    cycle: int = 0
    kind: str = ""

    def overdue(self, today: date) -> bool:
        return today > self.due_on

    @property
    def key(self) -> str:
        return f"{self.code}:{self.assignment_id}:{self.cycle}:{self.kind}"
