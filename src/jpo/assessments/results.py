"""What the runner of a recruitment sees of its written assessment: the set-up with its markers'
declarations, progress by answer number while marking goes on (no one's identity), the sheets to
moderate, and once every sheet has its final mark the results by pseudonym (the read audited)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction

from sqlalchemy.orm import Session

from jpo.applications.staff import pseudonym
from jpo.assessments.common import is_submitted, marks_of, require_assessment, settle, sittings_of
from jpo.assessments.marking import complete_if_done, markers_named, sheet_standing
from jpo.audit.trail import record
from jpo.authz import require_run_recruitment
from jpo.db.assessment_tables import Assessment, AssessmentMarker
from jpo.db.models import Application, User, VacancyRow
from jpo.vacancies.service import get_vacancy


@dataclass(frozen=True)
class SheetProgress:
    number: str
    marks_in: int
    totals: tuple[Fraction, ...]  # shown only once both are in (no marker's lone total leaks early)
    needs_moderation: bool
    moderated: bool
    mark: Fraction | None


@dataclass(frozen=True)
class ResultRow:
    candidate: str  # the pseudonym
    application_id: int
    status: str
    number: str | None
    totals: tuple[Fraction, ...]
    mark: Fraction | None
    moderated: bool
    moderation_reason: str | None
    sat: bool


@dataclass(frozen=True)
class Overview:
    vacancy: VacancyRow
    assessment: Assessment
    markers: list[tuple[AssessmentMarker, User]]
    moderator: User | None
    invited: int
    started: int
    submitted: int
    sheets: list[SheetProgress]
    results: list[ResultRow] | None  # once complete
    maximum: int


def assessment_overview(session: Session, *, actor: User, vacancy_id: int, now: datetime) -> Overview:
    """The runner's view; once complete it includes the results by pseudonym (audited as a read)."""
    vacancy = get_vacancy(session, vacancy_id)
    require_run_recruitment(actor, vacancy)
    assessment = require_assessment(session, vacancy_id)
    sittings = sittings_of(session, assessment.id)
    settle(session, sittings, now)
    complete = complete_if_done(session, assessment, now)
    sheets = [sitting for sitting in sittings if is_submitted(sitting, now)]
    marks = marks_of(session, [sitting.id for sitting in sheets])
    progress = []
    for sitting in sheets:
        result = sheet_standing(assessment, sitting, marks[sitting.id])
        both = result.totals if len(result.totals) == 2 else ()
        progress.append(SheetProgress(sitting.answer_number, len(marks[sitting.id]), both,
                                      result.needs_moderation, result.moderated, result.mark))  # fmt: skip
    results = None
    if complete:
        by_sitting = {sitting.application_id: sitting for sitting in sittings}
        results = []
        for application_id, sitting in by_sitting.items():
            application = session.get_one(Application, application_id)
            sat = is_submitted(sitting, now)
            outcome = sheet_standing(assessment, sitting, marks[sitting.id]) if sat else None
            number = sitting.answer_number if sat else None
            results.append(ResultRow(pseudonym(application), application.id, application.status, number,
                                     outcome.totals if outcome else (),
                                     outcome.mark if outcome else None, bool(outcome and outcome.moderated),
                                     sitting.moderation_reason, sat))  # fmt: skip
        results.sort(key=lambda row: (not row.sat, -(row.mark or 0), row.candidate))
        record(session, actor_id=actor.id, action="assessment.results_read", subject_type="assessment",
               subject_id=assessment.id, detail={"vacancy_id": vacancy_id})  # fmt: skip
    moderator = session.get(User, assessment.moderator_id) if assessment.moderator_id else None
    maximum = sum(int(item["max_marks"]) for item in assessment.criteria)
    return Overview(vacancy, assessment, markers_named(session, assessment.id), moderator, len(sittings),
                    sum(1 for s in sittings if s.started_at is not None), len(sheets), progress, results,
                    maximum)  # fmt: skip
