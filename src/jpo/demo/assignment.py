"""An earlier round of the OHCHR business-and-technology post whose JPO is now in post: it closed ten
months ago; its one shortlisted candidate was interviewed, recommended, selected, confirmed, offered the
post and accepted; the assignment began seven months ago. Its supervisor was named, the work plan drafted
from the ToR and agreed by both, check-ins recorded, learning tracked and the mid-point review done; the
end-of-cycle evaluation and the yearly extension review lie ahead, on the donor's dashboard.

Nobody here is real. The JPO signs in with `APPLICANT_PASSWORD`, the supervisor with the password below."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.applications.moves import move
from jpo.applications.states import Actor
from jpo.assignments.check_ins import add_check_in
from jpo.assignments.learning import update_progress
from jpo.assignments.performance import acknowledge, evaluations, rate, save_self_assessment
from jpo.assignments.records import name_supervisor
from jpo.assignments.supervision import objective_rows
from jpo.assignments.training import TrainingInput, add_training
from jpo.assignments.work_plan import agree_plan, edit_plan, read_plan
from jpo.db.assignment_tables import Assignment
from jpo.db.models import User
from jpo.demo.applicants import _job as job
from jpo.demo.applicants import _study as study
from jpo.demo.recruitment import RoundPlan, applicant, dated, load_past_round
from jpo.selection.offers import answer_offer, make_offer

SEED: Final = "002"  # OHCHR, business and human rights in technology; "initial appointment for 1 year"
NOTE: Final = b"\n[Demo: an earlier round of this post, its JPO now in post.]\n"
OPENED, CLOSED = 330, 300  # days ago
STARTED: Final = 210  # the assignment began this many days ago
SUPERVISOR: Final = "supervisor.ohchr@demo.jpo.example"
DONOR: Final = "admin.kr@demo.jpo.example"
HOST: Final = "selector.ohchr@demo.jpo.example"
JPO = applicant(
    "jpo.sora@demo.jpo.example", "Sora", "Han", "1995-09-09", seed=SEED, sex="female",
    education=[study("bachelor", "Law", "Ewha Womans University", "2018-02-23"),
               study("master", "International Human Rights Law", "Lund University", "2020-06-12")],
    experience=[job("Human Rights Officer", "Korea Human Rights Commission", "2020-09-01", None,
                    "Investigated business-related human rights complaints in the technology sector and "
                    "drafted guidance on human rights due diligence for technology companies.")],
    skills=["business and human rights", "due diligence", "report writing"],
)  # fmt: skip
ROUND: Final = RoundPlan(SEED, NOTE, OPENED, CLOSED, (JPO,), (JPO,), title_note="earlier round")

# After the shortlist: who moved the application, when (days ago) and why.
PATH: Final[tuple[tuple[str, Actor, int, str], ...]] = (
    ("interviewed", "panel", CLOSED - 20, "Interviewed by the panel on the post's competencies."),
    ("recommended", "panel", CLOSED - 19, "Recommended: strong evidence on every competency."),
    ("selected", "host", CLOSED - 12, "The panel's first choice; the Section confirms the need."),
    ("confirmed", "donor", CLOSED - 10, "Eligible under the programme's rules; funding available."),
)
# Success indicators the JPO gave the first objectives the ToR proposed.
INDICATORS: Final = (
    ("Two policy briefs on generative AI and the UN Guiding Principles published",),
    ("Consultations in Africa and Asia-Pacific organised, with summaries shared within a month",),
    ("Stakeholder map of the B-Tech India and Africa projects kept up to date",),
)
CHECK_INS: Final = (
    ("Settling in; the B-Tech work programme; the first consultations.", "Draft the work plan (JPO)."),
    ("Work plan agreed; the brief on generative AI.", "Outline of the brief by the 15th (JPO)."),
    (
        "Consultation with tech companies in Geneva.",
        "Summary to partners (JPO); invite Asia-Pacific experts.",
    ),
    ("Progress on the brief; training on due diligence.", "Second draft (JPO); comments (supervisor)."),
    ("Preparing the mid-point review.", "Self-assessment by the end of the month (JPO)."),
    ("Mid-point review discussed; Asia-Pacific plans.", "Concept note for the regional consultation (JPO)."),
    ("The regional consultation's agenda.", "Confirm speakers (JPO); clear the budget (supervisor)."),
)
SELF_ASSESSMENT: Final = (
    "I drafted the first policy brief on generative AI and the Guiding Principles, which is in its second "
    "round of comments, and organised the Geneva consultation with technology companies. I am still "
    "learning to manage partners' expectations across regions; the due diligence training helped."
)
MIDPOINT_COMMENT: Final = (
    "A strong start: the brief is solid and the Geneva consultation ran well. For the second half, take "
    "the lead on the Asia-Pacific consultations and share summaries with partners sooner."
)
CONDITIONS: Final = (
    "A one-year JPO assignment at the P-2 level, renewable subject to performance and funding, on the "
    "conditions of the sponsoring donor's JPO Programme."
)


def load_assignment(
    session: Session, *, seeds: dict[str, Path], users: dict[str, User], now: datetime, data_dir: Path,
    max_bytes: int, moved: Callable[[dict[str, object], datetime], tuple[dict[str, object], int]],
) -> Assignment | None:  # fmt: skip
    """The earlier round and its JPO's assignment, once (None when an earlier run made them)."""
    past = load_past_round(session, seeds=seeds, users=users, now=now, data_dir=data_dir,
                           max_bytes=max_bytes, moved=moved, plan=ROUND)  # fmt: skip
    if past is None:
        return None
    application = past.applications[JPO.email]
    for to, actor, days, reason in PATH:
        with dated(session, now - timedelta(days=days)):
            by = users[HOST] if actor == "host" else users[DONOR] if actor == "donor" else None
            move(session, application=application, to=to, actor=actor, by=by.id if by else None,
                 reason=reason)  # fmt: skip
    with dated(session, now - timedelta(days=CLOSED - 9)) as offered:
        offer = make_offer(session, actor=users[DONOR], application_id=application.id, conditions=CONDITIONS,
                           start_date=(now - timedelta(days=STARTED)).date(), duty_station=None,
                           grade="P-2, step 1", reply_by=offered + timedelta(days=14), reply_zone=None,
                           now=offered)  # fmt: skip
    with dated(session, now - timedelta(days=CLOSED - 12)) as accepted:
        jpo = session.get_one(User, application.user_id)
        answer_offer(session, user=jpo, offer_id=offer.id, accept=True, reason=None, now=accepted)
    assignment = session.scalars(select(Assignment).where(Assignment.offer_id == offer.id)).one()
    with dated(session, now - timedelta(days=STARTED + 5)) as named:
        name_supervisor(session, actor=users[HOST], assignment_id=assignment.id, email=SUPERVISOR, now=named)
    _in_post(session, assignment, jpo, users[SUPERVISOR], now)
    return assignment


def _in_post(session: Session, assignment: Assignment, jpo: User, supervisor: User, now: datetime) -> None:
    """Seven months of the assignment: the plan drafted from the ToR, given indicators and agreed by both
    in the first month; a check-in a month; learning under way; a training; the mid-point review done."""
    started = now - timedelta(days=STARTED)
    with dated(session, started + timedelta(days=10)) as moment:
        plan = read_plan(session, actor=jpo, assignment_id=assignment.id, now=moment).plan
        objectives = [dict(o) for o in plan.objectives]
        for objective, indicators in zip(objectives, INDICATORS, strict=False):
            objective["indicators"] = list(indicators)
        edited = edit_plan(session, actor=jpo, assignment_id=assignment.id, version=plan.version,
                           objectives=objectives, now=moment)  # fmt: skip
    for days, who in ((16, jpo), (20, supervisor)):
        with dated(session, started + timedelta(days=days)) as moment:
            agree_plan(session, actor=who, assignment_id=assignment.id, version=edited.version, now=moment)
    for month, (topics, actions) in enumerate(CHECK_INS, start=1):
        with dated(session, started + timedelta(days=30 * month)) as moment:
            add_check_in(session, actor=supervisor if month % 2 else jpo, assignment_id=assignment.id,
                         held_on=moment.date(), topics=topics, actions=actions, now=moment)  # fmt: skip
    with dated(session, started + timedelta(days=75)) as moment:
        first = objective_rows(session, assignment.id)[0]
        update_progress(session, actor=jpo, assignment_id=assignment.id, objective_id=first.id,
                        progress="in_progress", note="Two B-Tech consultations followed from start to end.",
                        updated_at=first.updated_at, now=moment)  # fmt: skip
        add_training(session, actor=jpo, assignment_id=assignment.id, now=moment,
                     given=TrainingInput(title="Human rights due diligence in the technology sector",
                                         starts_on=moment.date() - timedelta(days=3), provider="OHCHR",
                                         ends_on=moment.date() - timedelta(days=2), hours=12))  # fmt: skip
    _midpoint(session, assignment, jpo, supervisor, started)


def _midpoint(
    session: Session, assignment: Assignment, jpo: User, supervisor: User, started: datetime
) -> None:
    with dated(session, started + timedelta(days=165)) as moment:
        _found, listed = evaluations(session, user=jpo, assignment_id=assignment.id, now=moment)
        row = listed[0].row
        assert row is not None and row.kind == "midpoint"
        save_self_assessment(session, actor=jpo, assignment_id=assignment.id, evaluation_id=row.id,
                             text=SELF_ASSESSMENT, submit=True, now=moment)  # fmt: skip
    with dated(session, started + timedelta(days=175)) as moment:
        rate(session, actor=supervisor, assignment_id=assignment.id, evaluation_id=row.id, ratings={},
             overall=None, comment=MIDPOINT_COMMENT, now=moment)  # fmt: skip
    with dated(session, started + timedelta(days=178)) as moment:
        acknowledge(session, actor=jpo, assignment_id=assignment.id, evaluation_id=row.id,
                    comment="Agreed; I will take on the Asia-Pacific consultations.", now=moment)  # fmt: skip
