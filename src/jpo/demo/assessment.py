"""The demo's written assessment: on a closed vacancy whose applications are shortlisted, the OHCHR
reviewer sets one, the shortlisted candidates sit it (invented answers), both demo markers declare no
conflict and mark, one sheet is moderated, and the applications end assessed. Runs on the services, on a
clock of its own: the assessment took place in the days before `now`."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from jpo.assessments.common import assessment_of
from jpo.assessments.marking import complete_if_done, declare, moderate, submit_marks
from jpo.assessments.setting import AssessmentSpec, invite_shortlisted, set_assessment
from jpo.assessments.taking import save_answer, start_sitting, submit_sitting
from jpo.db.models import Application, User, VacancyRow
from jpo.recruitment.assessment import Task
from jpo.recruitment.marking import Criterion

RUNNER = "reviewer.ohchr@demo.jpo.example"
MARKERS = ("marker.one@demo.jpo.example", "marker.two@demo.jpo.example")
TASKS = [
    Task("Briefing note", "A partner government asks how the Office could support its national human rights "
         "institution. Write a briefing note of one page for the Representative: context, options, advice."),
    Task("E-mail to a civil society partner", "A partner organisation complains that its report was not "
         "acknowledged. Answer its director in a short, courteous e-mail that proposes a next step."),
]  # fmt: skip
CRITERIA = [Criterion("Analysis", 10), Criterion("Drafting", 10), Criterion("Judgement", 5)]
ANSWERS = [
    ("The institution was accredited with B status in 2019. Three options: technical advice on the law, "
     "training of its staff, support to its complaints unit. I advise the second, with the UN country team.",
     "Dear Director, thank you for your report, which we have read with care. I am sorry it was not "
     "acknowledged sooner. Could we meet next week to discuss its recommendations?"),
    ("The government wants support quickly. We could send an expert mission, fund a new database, or "
     "hold a regional conference. The mission is the fastest.",
     "Dear Director, your report arrived. We will look at it and come back to you."),
    ("Context: the institution lacks independence in law. Option one: review of its founding law "
     "against the Paris Principles. Option two: a peer exchange with another institution. I recommend "
     "both, in order.",
     "Dear Director, please accept our apologies: your report reached the wrong desk. It is now with the "
     "team, and I propose a call on Thursday to hear your priorities."),
]  # fmt: skip
# (analysis, drafting, judgement) by marker one and marker two, per sheet in the order candidates sat;
# the second sheet's totals (19 and 9) are further apart than the spread of 4: it is moderated.
MARKS = [((8, 8, 4), (7, 8, 4)), ((8, 7, 4), (3, 4, 2)), ((9, 9, 5), (9, 8, 4))]


def carry(session: Session, *, vacancy: VacancyRow, users: dict[str, User], now: datetime) -> None:
    """Take `vacancy`'s shortlisted applications through a written assessment to `assessed`; nothing
    when it already has one (the demo runs again)."""
    if assessment_of(session, vacancy.id) is not None:
        return
    runner, markers = users[RUNNER], [users[email] for email in MARKERS]
    then = now - timedelta(days=6)
    spec = AssessmentSpec(TASKS, CRITERIA, opens_at=then + timedelta(days=1),
                          closes_at=then + timedelta(days=3), minutes=120, allowed_spread=4,
                          markers=list(MARKERS))  # fmt: skip
    set_assessment(session, actor=runner, vacancy_id=vacancy.id, spec=spec, now=then)
    sittings = invite_shortlisted(session, actor=runner, vacancy_id=vacancy.id, now=then)
    for index, sitting in enumerate(sittings):
        application = session.get_one(Application, sitting.application_id)
        candidate = session.get_one(User, application.user_id)
        start = then + timedelta(days=1, hours=1 + index)
        start_sitting(session, user=candidate, application_id=application.id, now=start)
        for task, text in enumerate(ANSWERS[index % len(ANSWERS)]):
            save_answer(session, user=candidate, application_id=application.id, task=task, text=text,
                        now=start + timedelta(minutes=40 * (task + 1)))  # fmt: skip
        submit_sitting(
            session, user=candidate, application_id=application.id, now=start + timedelta(minutes=100)
        )
    marking = then + timedelta(days=4)
    for marker in markers:
        declare(session, user=marker, vacancy_id=vacancy.id, conflict=False, statement="", now=marking)
    for index, sitting in enumerate(sittings):
        for marker, marks in zip(markers, MARKS[index % len(MARKS)], strict=True):
            given = dict(zip((c.name for c in CRITERIA), marks, strict=True))
            submit_marks(session, user=marker, number=sitting.answer_number, marks=given,
                         comment="Clear and to the point." if sum(marks) > 15 else "Misses part of the task.",
                         now=marking + timedelta(hours=index))  # fmt: skip
        if index % len(MARKS) == 1:
            moderate(session, user=runner, number=sitting.answer_number, mark=15,
                     reason="Read again: the analysis is sound, the e-mail too brief; between the two.",
                     now=marking + timedelta(hours=index, minutes=30))  # fmt: skip
    assessment = assessment_of(session, vacancy.id)
    if assessment is not None:
        complete_if_done(session, assessment, now)
