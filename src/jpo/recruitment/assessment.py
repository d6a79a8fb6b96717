"""A written assessment's rules, pure: what a valid set of tasks and marking scheme is, when a sitting is
due and where it stands, a sheet's answer number, and a sheet's standing from its markings."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from typing import Literal

from jpo.recruitment.marking import AnswerResult, Criterion, Marking, Moderation, result

TASKS_MAX = 10
CRITERIA_MAX = 12
TITLE_MAX = 200  # a task's title, a criterion's name
INSTRUCTIONS_MAX = 5_000
ANSWER_MAX = 20_000  # characters of one answer (about eight pages)
COMMENT_MAX = 2_000  # a marker's comment
STATEMENT_MAX = 2_000  # a conflict of interest, in the marker's words
REASON_MAX = 4_000  # a moderation's reason
MINUTES_MIN, MINUTES_MAX = 5, 24 * 60
MARKS_MAX = 100  # a criterion's maximum marks
MARKERS_MIN, MARKERS_MAX = 2, 6

Phase = Literal["not_open", "open", "closed"]
SittingState = Literal["not_started", "in_progress", "submitted"]


@dataclass(frozen=True)
class Task:
    title: str
    instructions: str


def phase(opens_at: datetime, closes_at: datetime, now: datetime) -> Phase:
    """Where the window stands: candidates start from `opens_at` until just before `closes_at`."""
    if now < opens_at:
        return "not_open"
    return "open" if now < closes_at else "closed"


def due_at(started_at: datetime, minutes: int, closes_at: datetime) -> datetime:
    """When a sitting ends: the time limit from its start, but never after the window closes."""
    return min(started_at + timedelta(minutes=minutes), closes_at)


def sitting_state(
    started_at: datetime | None, due: datetime | None, submitted_at: datetime | None, now: datetime
) -> SittingState:
    """A sitting past its due time is submitted with what was saved, whether or not it was sent."""
    if started_at is None:
        return "not_started"
    if submitted_at is not None or (due is not None and now >= due):
        return "submitted"
    return "in_progress"


def answer_number(taken: Callable[[str], bool], draw: Callable[[int], int] = secrets.randbelow) -> str:
    """A sheet's number for markers: eight random digits ("3820-4917"), drawn again while `taken`; random,
    so that nothing (an id, the order of applications, the time) can be read from it."""
    while True:
        digits = f"{draw(10**8):08d}"
        number = f"{digits[:4]}-{digits[4:]}"
        if not taken(number):
            return number


def _problems_of_tasks(tasks: Sequence[Task]) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not 1 <= len(tasks) <= TASKS_MAX:
        problems["tasks"] = f"an assessment has 1 to {TASKS_MAX} tasks"
    for index, task in enumerate(tasks):
        if not task.title.strip():
            problems[f"tasks.{index}.title"] = "a task needs a title"
        if not task.instructions.strip():
            problems[f"tasks.{index}.instructions"] = "a task needs its instructions"
    return problems


def problems_of_scheme(
    tasks: Sequence[Task], criteria: Sequence[Criterion], allowed_spread: int
) -> dict[str, str]:
    """What is wrong with an assessment's tasks and marking scheme, by field (empty when nothing is)."""
    problems = _problems_of_tasks(tasks)
    if not 1 <= len(criteria) <= CRITERIA_MAX:
        problems["criteria"] = f"a marking scheme has 1 to {CRITERIA_MAX} criteria"
    names = [criterion.name.strip().casefold() for criterion in criteria]
    for index, criterion in enumerate(criteria):
        if not criterion.name.strip():
            problems[f"criteria.{index}.name"] = "a criterion needs a name"
        elif names.index(names[index]) != index:
            problems[f"criteria.{index}.name"] = "two criteria have this name"
        if not 1 <= criterion.max_marks <= MARKS_MAX:
            problems[f"criteria.{index}.max_marks"] = f"maximum marks are 1 to {MARKS_MAX}"
    total = sum(criterion.max_marks for criterion in criteria)
    if not 0 <= allowed_spread <= total:
        problems["allowed_spread"] = f"the allowed spread is 0 to the scheme's total ({total})"
    return problems


def problems_of_marks(criteria: Sequence[Criterion], marks: Mapping[str, int]) -> dict[str, str]:
    """What is wrong with one marker's marks for a sheet, by field `marks.<criterion>`."""
    known = {criterion.name for criterion in criteria}
    problems = {
        f"marks.{name}": "not a criterion of the marking scheme" for name in marks if name not in known
    }
    for criterion in criteria:
        mark = marks.get(criterion.name)
        if mark is None:
            problems[f"marks.{criterion.name}"] = "this criterion needs a mark"
        elif isinstance(mark, bool) or not 0 <= mark <= criterion.max_marks:
            problems[f"marks.{criterion.name}"] = f"a mark is a whole number from 0 to {criterion.max_marks}"
    return problems


def standing(
    criteria: Sequence[Criterion],
    markings: Sequence[tuple[str, Mapping[str, int]]],
    allowed_spread: int,
    moderated: tuple[int, str, str] | None = None,
) -> AnswerResult:
    """A sheet's standing from its markings (marker, marks) in the order they were submitted, and its
    moderation (mark, reason, moderator) if any."""
    moderation = Moderation(Fraction(moderated[0]), moderated[1], moderated[2]) if moderated else None
    return result(criteria, [Marking(marker, dict(marks)) for marker, marks in markings],
                  allowed_spread=allowed_spread, moderation=moderation)  # fmt: skip


def scheme_total(criteria: Sequence[Criterion]) -> int:
    return sum(criterion.max_marks for criterion in criteria)
