"""The assignment's work plan: proposed from the ToR, edited by the JPO and the supervisor, agreed by both.

Versions: every save makes the next version (its number is what the client sends back as the version it
edited, so two people editing at once lose nothing silently: the later save is refused as stale, 409
`work-plan-stale`). A version is `draft` until both parties agree to it, then `agreed`. When a newer
version is saved the older one is kept as history: a draft never agreed becomes `superseded` at once; an
agreed one stays `agreed` (the plan in force, `agreed_objectives`) until a newer version is agreed, then
becomes `superseded`. Each agreement is on the row and on the audit trail.

Who: the JPO and the supervisor read, edit and agree; the donor programme's admins read (each read by
anyone but the JPO audited); the host's other reviewers are refused (403), anyone else told it does not
exist (404). Version 1 is proposed from the ToR the first time one of them opens the plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, cast

from babel.dates import format_date
from sqlalchemy import select
from sqlalchemy.orm import Session

from jpo.assignment.calendar import add_months, first_month_ends
from jpo.assignment.steps import DueStep
from jpo.assignment.work_plan import Objective, WorkPlanRuleError, propose, same_content, validated
from jpo.assignments.access import Standing, audit_read, standing
from jpo.assignments.pdf import PdfDocument
from jpo.audit.trail import record
from jpo.db.assignment_tables import Assignment, WorkPlan
from jpo.db.models import User
from jpo.db.session import start_writing
from jpo.errors import ConflictError, InputError, NotFoundError
from jpo.i18n import translations
from jpo.notifications.letter import greeting_name
from jpo.notifications.outbox import enqueue, language_of

Party = Literal["jpo", "supervisor"]
PARTIES: tuple[Party, ...] = ("jpo", "supervisor")


@dataclass(frozen=True)
class PlanView:
    """A version of the plan as its reader sees it: `plan` (the version asked for, the current one by
    default), `current` (the latest version), every version latest first, and what the reader may do."""

    found: Standing
    plan: WorkPlan
    current: WorkPlan
    versions: list[WorkPlan]

    @property
    def party(self) -> Party | None:
        """The reader's part in the plan: "jpo", "supervisor" or None (the donor's admins)."""
        return party_of(self.found)

    @property
    def may_edit(self) -> bool:
        return self.party is not None and self.found.assignment.status == "active"

    @property
    def may_agree(self) -> bool:
        """The reader may agree to the current version (not yet agreed by them, not empty)."""
        party = self.party
        return (
            self.may_edit
            and party is not None
            and agreed_at(self.current, party) is None
            and bool(self.current.objectives)
        )


def party_of(found: Standing) -> Party | None:
    if "jpo" in found.roles:
        return "jpo"
    if "supervisor" in found.roles:
        return "supervisor"
    return None


def agreed_at(plan: WorkPlan, party: Party) -> datetime | None:
    return plan.jpo_agreed_at if party == "jpo" else plan.supervisor_agreed_at


def objectives_of(plan: WorkPlan) -> list[Objective]:
    return cast("list[Objective]", plan.objectives)


def _versions(session: Session, assignment_id: int) -> list[WorkPlan]:
    return list(
        session.scalars(
            select(WorkPlan).where(WorkPlan.assignment_id == assignment_id).order_by(WorkPlan.version.desc())
        )
    )


def _current(session: Session, assignment_id: int) -> WorkPlan | None:
    return session.scalar(
        select(WorkPlan)
        .where(WorkPlan.assignment_id == assignment_id)
        .order_by(WorkPlan.version.desc())
        .limit(1)
    )


def _locked(session: Session, assignment_id: int) -> Assignment:
    """The assignment's row locked for the plan's writes (a save, an agreement, the first proposal)."""
    start_writing(session)
    return session.scalars(select(Assignment).where(Assignment.id == assignment_id).with_for_update()).one()


def propose_plan(session: Session, found: Standing, *, now: datetime) -> WorkPlan:
    """Version 1 from the ToR, unless a version exists (then the current one): made once, under the
    assignment's lock, however many people open the plan at once."""
    existing = _current(session, found.assignment.id)
    if existing is not None:
        return existing
    assignment = _locked(session, found.assignment.id)
    existing = _current(session, assignment.id)
    if existing is not None:
        return existing
    objectives = propose(found.vacancy.document, assignment.starts_on, assignment.ends_on)
    plan = WorkPlan(
        assignment_id=assignment.id, version=1, objectives=[dict(o) for o in objectives], status="draft",
        jpo_agreed_at=None, supervisor_agreed_at=None, created_by=None, created_at=now, updated_at=now,
    )  # fmt: skip
    session.add(plan)
    session.flush()
    record(session, actor_id=found.user.id, action="work_plan.proposed", subject_type="assignment",
           subject_id=assignment.id, detail={"version": 1, "objectives": len(objectives)})  # fmt: skip
    return plan


def read_plan(
    session: Session, *, actor: User, assignment_id: int, now: datetime, version: int | None = None
) -> PlanView:
    """The plan (version `version`, the current one by default; 404 for a version that does not exist),
    proposed from the ToR on its first reading; reads by anyone but the JPO audited."""
    found = standing(session, actor, assignment_id)
    current = propose_plan(session, found, now=now)
    versions = _versions(session, assignment_id)
    plan = current if version is None else next((v for v in versions if v.version == version), None)
    if plan is None:
        raise NotFoundError(f"assignment {assignment_id}: the work plan has no version {version}")
    audit_read(session, found, "work_plan", plan.id)
    return PlanView(found, plan, current, versions)


def _stale(assignment_id: int, sent: int, current: WorkPlan) -> ConflictError:
    return ConflictError(
        f"assignment {assignment_id}: the work plan was changed since version {sent}: "
        f"version {current.version} is current",
        code="work-plan-stale",
        current_version=current.version,
    )


def _may_change(found: Standing, doing: str) -> Party:
    found.require("jpo", "supervisor", doing=doing)
    if found.assignment.status != "active":
        raise ConflictError(f"assignment {found.assignment.id} has ended", code="assignment-ended")
    party = party_of(found)
    assert party is not None
    return party


def edit_plan(
    session: Session,
    *,
    actor: User,
    assignment_id: int,
    version: int,
    objectives: Sequence[Mapping[str, Any]],
    now: datetime,
) -> WorkPlan:
    """The JPO or the supervisor saves the objectives of version `version` as the next version (422 for
    input the plan's rules refuse, 409 `work-plan-stale` when `version` is no longer the current one).
    Saving what the current version already says changes nothing (a double submit)."""
    found = standing(session, actor, assignment_id)
    _may_change(found, "edit the work plan")
    propose_plan(session, found, now=now)
    assignment = _locked(session, assignment_id)
    current = _current(session, assignment_id)
    assert current is not None
    try:
        saved = validated(objectives, objectives_of(current), assignment.starts_on, assignment.ends_on)
    except WorkPlanRuleError as error:
        raise InputError(str(error), field=error.field) from error
    if same_content(saved, objectives_of(current)):
        return current  # nothing changed, or the same save sent twice
    if version != current.version:
        raise _stale(assignment_id, version, current)
    if current.status == "draft":
        # Replaced before both agreed: one party's agreement does not carry over to the new version.
        current.status = "superseded"
        current.updated_at = now
    plan = WorkPlan(
        assignment_id=assignment_id, version=current.version + 1, objectives=[dict(o) for o in saved],
        status="draft", jpo_agreed_at=None, supervisor_agreed_at=None, created_by=actor.id, created_at=now,
        updated_at=now,
    )  # fmt: skip
    session.add(plan)
    session.flush()
    record(session, actor_id=actor.id, action="work_plan.edited", subject_type="assignment",
           subject_id=assignment_id, detail={"version": plan.version, "from": current.version,
                                             "objectives": len(saved)})  # fmt: skip
    return plan


def _tell(
    session: Session, assignment: Assignment, version: int, party: Party, *, both: bool, now: datetime
) -> None:
    """E-mail the other party that `party` agreed to `version`, or both parties that both did."""
    context: dict[str, Any] = {"assignment_id": assignment.id, "page": "work-plan", "version": version}
    if both:
        kind, key, recipients = "work_plan_agreed", "", [assignment.jpo_id, assignment.supervisor_id]
    else:
        other = assignment.supervisor_id if party == "jpo" else assignment.jpo_id
        kind, key, recipients = "work_plan_agreed_by", f":{party}", [other]
        context = {**context, "party": party}
    for user_id in recipients:
        user = session.get(User, user_id) if user_id else None
        if user is not None and user.erased_at is None:
            enqueue(session, event_key=f"{kind}:{assignment.id}:{version}{key}:{user.id}", kind=kind,
                    user_id=user.id, locale=language_of(user), context=context, now=now)  # fmt: skip


def agree_plan(session: Session, *, actor: User, assignment_id: int, version: int, now: datetime) -> WorkPlan:
    """The JPO or the supervisor agrees to version `version` (409 `work-plan-stale` when it is no longer the
    current one, `work-plan-empty` for a plan without objectives). Agreeing again changes nothing. The other
    party is told; when both have agreed the version is `agreed`, the one agreed before it `superseded`,
    and both are told."""
    found = standing(session, actor, assignment_id)
    party = _may_change(found, "agree to the work plan")
    propose_plan(session, found, now=now)
    assignment = _locked(session, assignment_id)
    current = _current(session, assignment_id)
    assert current is not None
    if version != current.version:
        raise _stale(assignment_id, version, current)
    if agreed_at(current, party) is not None:
        return current
    if not current.objectives:
        raise ConflictError(
            f"assignment {assignment_id}: the work plan has no objectives", code="work-plan-empty"
        )
    if party == "jpo":
        current.jpo_agreed_at = now
    else:
        current.supervisor_agreed_at = now
    current.updated_at = now
    both = current.jpo_agreed_at is not None and current.supervisor_agreed_at is not None
    record(session, actor_id=actor.id, action="work_plan.agreed", subject_type="assignment",
           subject_id=assignment_id, detail={"version": current.version, "party": party,
                                             "both": both})  # fmt: skip
    if both:
        current.status = "agreed"
        for older in _versions(session, assignment_id):
            if older.version < current.version and older.status == "agreed":
                older.status = "superseded"
                older.updated_at = now
    _tell(session, assignment, current.version, party, both=both, now=now)
    session.flush()
    return current


def agreed_objectives(session: Session, assignment_id: int) -> list[dict[str, Any]]:
    """The objectives of the latest agreed version (what evaluations rate), or of the current version when
    none is agreed yet (an empty list before the plan is proposed). No access check: for the services."""
    agreed = session.scalar(
        select(WorkPlan)
        .where(WorkPlan.assignment_id == assignment_id, WorkPlan.status == "agreed")
        .order_by(WorkPlan.version.desc())
        .limit(1)
    )
    plan = agreed or _current(session, assignment_id)
    return [dict(objective) for objective in plan.objectives] if plan else []


def _revision_due(session: Session, assignment: Assignment) -> tuple[date, int]:
    """When the current version is to be agreed and how many versions were agreed before it: the first
    month's end for the first plan; a month from the first change after the last agreement for a revised
    one (never before the first month's end)."""
    first = first_month_ends(assignment.starts_on)
    versions = _versions(session, assignment.id)
    agreed = [v for v in versions if v.jpo_agreed_at and v.supervisor_agreed_at]
    if not agreed:
        return first, 0
    after = [v for v in versions if v.version == agreed[0].version + 1]
    started = after[0].created_at.date() if after else first
    return max(first, add_months(started, 1)), len(agreed)


def work_plan_due(session: Session, assignment: Assignment, today: date) -> list[DueStep]:
    """ "agree_work_plan" for each party who has not agreed to the current version (both before the plan is
    first opened). None before the supervisor is named: the plan is worked out with them, and naming them is
    the step open until then."""
    if assignment.supervisor_id is None:
        return []
    current = _current(session, assignment.id)
    if current is None:
        return [DueStep(assignment.id, "agree_work_plan", party, first_month_ends(assignment.starts_on))
                for party in PARTIES]  # fmt: skip
    if current.status == "agreed":
        return []
    due, revision = _revision_due(session, assignment)
    kind = f"r{revision}" if revision else ""  # a revised plan's reminders are not the first plan's
    return [
        DueStep(assignment.id, "agree_work_plan", party, due, kind=kind)
        for party in PARTIES
        if agreed_at(current, party) is None
    ]


STATUS_NAMES = {"draft": "draft", "agreed": "agreed", "superseded": "superseded"}


def plan_pdf(
    session: Session,
    *,
    actor: User,
    assignment_id: int,
    locale: str,
    now: datetime,
    version: int | None = None,
) -> bytes:
    """The plan's version (the current one by default) as a PDF in `locale`: the assignment's facts, each
    objective with its ToR sentence, indicators and date, and who agreed when."""
    view = read_plan(session, actor=actor, assignment_id=assignment_id, now=now, version=version)
    assignment, document, plan = view.found.assignment, view.found.vacancy.document, view.plan
    say = translations(locale).gettext

    def day(value: date | datetime | None) -> str:
        if value is None:
            return ""
        return str(format_date(value.date() if isinstance(value, datetime) else value, "long", locale=locale))

    def who(user_id: int | None) -> str:
        user = session.get(User, user_id) if user_id else None
        return (greeting_name(session, user.id) or user.email) if user else ""

    pdf = PdfDocument(say("Work plan"), locale=locale, now=now)
    pdf.facts(
        [
            (say("JPO"), who(assignment.jpo_id)),
            (say("Supervisor"), who(assignment.supervisor_id)),
            (say("Post"), str(document.get("title") or "")),
            (say("Host agency"), str(document.get("organization") or "")),
            (say("Duty station"), assignment.duty_station),
            (say("Period"), f"{day(assignment.starts_on)} – {day(assignment.ends_on)}"),
            (say("Version"), str(plan.version)),
            (say("Status"), say(STATUS_NAMES.get(plan.status, plan.status))),
            (say("Agreed by the JPO"), day(plan.jpo_agreed_at) or say("not yet")),
            (say("Agreed by the supervisor"), day(plan.supervisor_agreed_at) or say("not yet")),
        ]
    )
    pdf.heading(say("Objectives"))
    if not plan.objectives:
        pdf.paragraph(say("No objectives."))
    for number, objective in enumerate(objectives_of(plan), start=1):
        pdf.heading(f"{number}. {objective['text']}", level=2)
        source = objective["source"]
        if source is not None:
            label = (
                say("From the duties") if source["field"] == "duties" else say("From the learning elements")
            )
            pdf.labelled(label, source["sentence"])
        indicators = objective["indicators"]
        pdf.labelled(
            say("Success indicators"), "; ".join(indicators) if indicators else say("no indicators yet")
        )
        pdf.labelled(
            say("Due on"), day(date.fromisoformat(objective["due_on"])) if objective["due_on"] else "-"
        )
    return pdf.bytes()
