"""The assignment's work plan: its current version (proposed from the ToR on first reading) and earlier
ones, the JPO's and the supervisor's edits (each save the next version, sent with the version edited) and
agreements, and its PDF. The donor programme's admins read it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

from jpo.api.deps import AnyUser
from jpo.api.schemas import Body
from jpo.assignment.work_plan import ID_MAX, INDICATOR_MAX, INDICATORS_MAX, OBJECTIVES_MAX, TEXT_MAX
from jpo.assignments.work_plan import PlanView, agree_plan, edit_plan, plan_pdf, read_plan
from jpo.contracts.text import Text
from jpo.db.assignment_tables import WorkPlan
from jpo.db.models import User
from jpo.http.deps import DbSession, Id, Now
from jpo.i18n import from_accept_language
from jpo.notifications.outbox import language_of

router = APIRouter(tags=["assignments"])

Version = Annotated[int | None, Query(ge=1, le=1_000_000, description="a version; the current one if absent")]
Lang = Annotated[Literal["en", "fr"] | None, Query(description="the PDF's language; the reader's if absent")]


class SourceRead(BaseModel):
    field: str = Field(description="duties | learning_elements: the ToR's section")
    sentence: str = Field(description="the ToR's item, verbatim")


class ObjectiveRead(BaseModel):
    id: str
    text: str
    source: SourceRead | None = Field(description="the ToR item it came from; null for one added")
    indicators: list[str]
    due_on: date | None


class VersionRead(BaseModel):
    version: int
    status: str = Field(description="draft | agreed | superseded")
    jpo_agreed_at: datetime | None
    supervisor_agreed_at: datetime | None
    created_by: str | None = Field(description="who saved it (e-mail address); null for the ToR's proposal")
    created_at: datetime


class PlanRead(VersionRead):
    assignment_id: int
    current_version: int
    objectives: list[ObjectiveRead]
    may_edit: bool = Field(description="the caller is the JPO or the supervisor of an active assignment")
    may_agree: bool = Field(description="the caller may agree to the current version")
    versions: list[VersionRead] = Field(description="every version, latest first")


class ObjectiveWrite(Body):
    id: Annotated[Text, Field(max_length=ID_MAX)] | None = Field(
        default=None, description="an objective of the version edited (keeps its ToR source); none: added"
    )
    text: Text = Field(max_length=TEXT_MAX)
    indicators: list[Annotated[Text, Field(max_length=INDICATOR_MAX)]] = Field(
        default_factory=list, max_length=INDICATORS_MAX
    )
    due_on: date | None = None


class PlanWrite(Body):
    version: int = Field(ge=1, description="the version edited (409 `work-plan-stale` if no longer current)")
    objectives: list[ObjectiveWrite] = Field(max_length=OBJECTIVES_MAX)


class AgreeCreate(Body):
    version: int = Field(ge=1, description="the version agreed to (409 `work-plan-stale` if not current)")


def _version(session: DbSession, plan: WorkPlan) -> VersionRead:
    author = session.get(User, plan.created_by) if plan.created_by else None
    return VersionRead(
        version=plan.version, status=plan.status, jpo_agreed_at=plan.jpo_agreed_at,
        supervisor_agreed_at=plan.supervisor_agreed_at, created_by=author.email if author else None,
        created_at=plan.created_at,
    )  # fmt: skip


def _plan(session: DbSession, view: PlanView) -> PlanRead:
    return PlanRead(
        **_version(session, view.plan).model_dump(),
        assignment_id=view.found.assignment.id,
        current_version=view.current.version,
        objectives=[ObjectiveRead.model_validate(objective) for objective in view.plan.objectives],
        may_edit=view.may_edit,
        may_agree=view.may_agree,
        versions=[_version(session, plan) for plan in view.versions],
    )


@router.get("/assignments/{assignment_id}/work-plan", response_model=PlanRead)
def get_work_plan(
    assignment_id: Id, user: AnyUser, session: DbSession, now: Now, version: Version = None
) -> PlanRead:
    """The work plan's current version (proposed from the ToR the first time it is read) or `version`, with
    the list of versions: for the JPO, the supervisor and the donor's admins (each read by others audited);
    403 for the host's other reviewers, 404 for anyone else or a version that does not exist."""
    return _plan(
        session, read_plan(session, actor=user, assignment_id=assignment_id, now=now, version=version)
    )


@router.get("/assignments/{assignment_id}/work-plan/versions", response_model=list[VersionRead])
def get_work_plan_versions(
    assignment_id: Id, user: AnyUser, session: DbSession, now: Now
) -> list[VersionRead]:
    """Every version of the work plan, latest first."""
    view = read_plan(session, actor=user, assignment_id=assignment_id, now=now)
    return [_version(session, plan) for plan in view.versions]


@router.put("/assignments/{assignment_id}/work-plan", response_model=PlanRead)
def put_work_plan(
    assignment_id: Id, body: PlanWrite, user: AnyUser, session: DbSession, now: Now
) -> PlanRead:
    """The JPO or the supervisor saves the objectives edited from `version` as the next version (both must
    agree to it again); 403 for the donor's admins, 409 `work-plan-stale` when someone saved since,
    422 for limits (1-30 objectives, dates within the assignment, ids given once)."""
    objectives = [objective.model_dump() for objective in body.objectives]
    edit_plan(session, actor=user, assignment_id=assignment_id, version=body.version,
              objectives=objectives, now=now)  # fmt: skip
    return _plan(session, read_plan(session, actor=user, assignment_id=assignment_id, now=now))


@router.post("/assignments/{assignment_id}/work-plan/agree", response_model=PlanRead)
def post_work_plan_agree(
    assignment_id: Id, body: AgreeCreate, user: AnyUser, session: DbSession, now: Now
) -> PlanRead:
    """The JPO or the supervisor agrees to the current version (`version`: 409 `work-plan-stale` if it is
    no longer current); the other party is told, and both once both have agreed."""
    agree_plan(session, actor=user, assignment_id=assignment_id, version=body.version, now=now)
    return _plan(session, read_plan(session, actor=user, assignment_id=assignment_id, now=now))


@router.get(
    "/assignments/{assignment_id}/work-plan.pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the work plan"}},
)
def get_work_plan_pdf(
    assignment_id: Id,
    request: Request,
    user: AnyUser,
    session: DbSession,
    now: Now,
    version: Version = None,
    lang: Lang = None,
) -> Response:
    """The work plan (the current version or `version`) as a PDF in `lang`, else the language
    `Accept-Language` prefers, else the reader's."""
    locale = lang or from_accept_language(request.headers.get("accept-language", "")) or language_of(user)
    data = plan_pdf(session, actor=user, assignment_id=assignment_id, locale=locale, now=now, version=version)
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="work-plan-{assignment_id}.pdf"'},
    )
