"""A vacancy's competency-based interviews: the kit, the panel and its declarations, each member's
ratings (hidden from the others until they submit theirs), the chair's consolidated sheet, the panel's
recommendation and the interview report (PDF)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Response, status
from pydantic import BaseModel, Field

from jpo.api.deps import Staff
from jpo.contracts.text import NO_CONTROLS
from jpo.http.deps import DbSession, Id, Now
from jpo.interviews.access import application_in
from jpo.interviews.kits import KitView, save_kit, view_kit
from jpo.interviews.overview import overview
from jpo.interviews.panels import (
    STATEMENT_MAX,
    add_member,
    make_chair,
    members,
    panel_of,
    set_panel,
)
from jpo.interviews.report import download_report
from jpo.interviews.scoring import (
    EVIDENCE_MAX,
    RATINGS_MAX,
    MyScore,
    declare_interest,
    leave_panel,
    my_score,
    save_score,
)
from jpo.interviews.sheets import REASONS_MAX, Sheet, read_sheet, recommend
from jpo.recruitment.kit import (
    COMPETENCIES_MAX,
    INDICATORS_MAX,
    ITEM_MAX,
    NAME_MAX,
    QUESTIONS_MAX,
    TECHNICAL_MAX,
)

router = APIRouter(tags=["interviews"])

Item = Annotated[str, Field(max_length=ITEM_MAX), NO_CONTROLS]
Language = Literal["en", "fr"]


class KitCompetencyBody(BaseModel):
    name: Annotated[str, Field(max_length=NAME_MAX), NO_CONTROLS]
    indicators: list[Item] = Field(min_length=1, max_length=INDICATORS_MAX)
    questions: list[Item] = Field(min_length=1, max_length=QUESTIONS_MAX)


class KitWrite(BaseModel):
    competencies: list[KitCompetencyBody] = Field(min_length=1, max_length=COMPETENCIES_MAX)
    technical: list[Item] = Field(default_factory=list, max_length=TECHNICAL_MAX)
    version: int | None = Field(default=None, ge=0, le=1_000_000, description="the version you edited")
    repropose: bool = Field(default=False, description="replace it with the ToR's proposal again")


class KitRead(BaseModel):
    language: str
    panel_language: str
    competencies: list[KitCompetencyBody]
    technical: list[str]
    saved: bool = Field(description="false: the proposal from the ToR, not yet saved")
    version: int
    locked: bool = Field(description="scoring has started: the kit stays as the panel rated it")
    editable: bool


class PanelWrite(BaseModel):
    language: Language


class MemberWrite(BaseModel):
    email: Annotated[str, Field(max_length=320), NO_CONTROLS]
    role: Literal["chair", "member"] = "member"


class MemberRead(BaseModel):
    id: int
    user_id: int
    email: str
    role: str


class PanelRead(BaseModel):
    vacancy_id: int
    language: str | None
    members: list[MemberRead]


class CandidateRead(BaseModel):
    application_id: int
    name: str
    status: str
    mine: str | None = Field(
        description="where you stand: not_declared, not_started, draft, submitted, recused"
    )
    submitted: int
    scorers: int
    complete: bool
    verdict: str | None


class DeclarationWrite(BaseModel):
    declaration: Literal["none", "conflict"]
    statement: Annotated[str, Field(max_length=STATEMENT_MAX), NO_CONTROLS] | None = None


class DeclarationRead(BaseModel):
    application_id: int
    declaration: str
    statement: str | None
    declared_at: datetime


class RatingBody(BaseModel):
    competency: Annotated[str, Field(max_length=NAME_MAX), NO_CONTROLS]
    indicator: Item
    value: int | None = Field(default=None, ge=1, le=4, description="4 outstanding … 1 unsatisfactory")
    evidence: Annotated[str, Field(max_length=EVIDENCE_MAX), NO_CONTROLS] = ""


class ScoreWrite(BaseModel):
    ratings: list[RatingBody] = Field(max_length=RATINGS_MAX)


class SheetRating(RatingBody):
    member: str


class MyScoreRead(BaseModel):
    application_id: int
    status: str = Field(description="not_started, draft, submitted or recused")
    declaration: str | None
    ratings: list[RatingBody]


class LineRead(BaseModel):
    competency: str
    by_member: dict[str, float] = Field(description="member id -> their mean over the indicators")
    mean: float
    spread: float
    step: str
    flagged: bool


class RecommendationRead(BaseModel):
    verdict: str
    reasons: str
    decided_at: datetime


class SheetRead(BaseModel):
    application_id: int
    name: str
    members: list[MemberRead]
    standing: dict[str, str] = Field(description="member id -> their standing on this candidate")
    ratings: list[SheetRating] = Field(description="every submitted rating, with its member's id")
    lines: list[LineRead]
    overall: float | None
    complete: bool
    recommendation: RecommendationRead | None


class RecommendationWrite(BaseModel):
    verdict: Literal["recommended", "reservations", "not_recommended"]
    reasons: Annotated[str, Field(min_length=1, max_length=REASONS_MAX), NO_CONTROLS]


def _kit_read(view: KitView) -> KitRead:
    return KitRead(
        language=view.kit.language,
        panel_language=view.panel_language,
        competencies=[
            KitCompetencyBody(name=c.name, indicators=list(c.indicators), questions=list(c.questions))
            for c in view.kit.competencies
        ],
        technical=list(view.kit.technical),
        saved=view.saved,
        version=view.version,
        locked=view.locked,
        editable=view.editable,
    )


def _panel_read(session: DbSession, vacancy_id: int) -> PanelRead:
    panel = panel_of(session, vacancy_id)
    return PanelRead(
        vacancy_id=vacancy_id,
        language=panel.language if panel else None,
        members=[
            MemberRead(id=m.id, user_id=m.user_id, email=m.email, role=m.role)
            for m in members(session, vacancy_id)
        ],
    )


def _score_read(score: MyScore) -> MyScoreRead:
    return MyScoreRead(
        application_id=score.application.id,
        status=score.status,
        declaration=score.declaration.declaration if score.declaration else None,
        ratings=[RatingBody(**r) for r in score.ratings.values()],
    )


def _sheet_read(sheet: Sheet) -> SheetRead:
    recommendation = sheet.recommendation
    return SheetRead(
        application_id=sheet.application.id,
        name=sheet.name,
        members=[MemberRead(id=m.id, user_id=m.user_id, email=m.email, role=m.role) for m in sheet.members],
        standing={str(k): v for k, v in sheet.standing.items()},
        ratings=[
            SheetRating(
                member=r.member,
                competency=r.competency,
                indicator=r.indicator,
                value=r.value,
                evidence=r.evidence,
            )
            for r in sheet.ratings
        ],
        lines=[
            LineRead(
                competency=line.competency,
                by_member={k: float(v) for k, v in line.by_member.items()},
                mean=float(line.mean),
                spread=float(line.spread),
                step=line.step,
                flagged=line.flagged,
            )
            for line in sheet.lines
        ],
        overall=float(sheet.overall) if sheet.overall is not None else None,
        complete=sheet.complete,
        recommendation=RecommendationRead(
            verdict=recommendation.verdict,
            reasons=recommendation.reasons,
            decided_at=recommendation.decided_at,
        )
        if recommendation
        else None,
    )


# --- the kit -------------------------------------------------------------------------------------------


@router.get("/vacancies/{vacancy_id}/interview-kit", response_model=KitRead)
def get_kit(vacancy_id: Id, staff: Staff, session: DbSession) -> KitRead:
    """The interview kit (the ToR's proposal until saved), for the panel and the recruitment's staff."""
    return _kit_read(view_kit(session, actor=staff, vacancy_id=vacancy_id))


@router.put("/vacancies/{vacancy_id}/interview-kit", response_model=KitRead)
def put_kit(vacancy_id: Id, body: KitWrite, staff: Staff, session: DbSession, now: Now) -> KitRead:
    """Save the kit (staff who run the recruitment); 409 `kit-locked` once scoring started, 409
    `stale-kit` when `version` is not the saved one; 422 names the wrong place, as
    `competencies.N.questions`."""
    save_kit(
        session,
        actor=staff,
        vacancy_id=vacancy_id,
        competencies=[c.model_dump() for c in body.competencies],
        technical=list(body.technical),
        now=now,
        version=body.version,
        repropose=body.repropose,
    )
    return _kit_read(view_kit(session, actor=staff, vacancy_id=vacancy_id))


# --- the panel -----------------------------------------------------------------------------------------


@router.get("/vacancies/{vacancy_id}/panel", response_model=PanelRead)
def get_panel(vacancy_id: Id, staff: Staff, session: DbSession) -> PanelRead:
    """The panel's language and members."""
    view_kit(session, actor=staff, vacancy_id=vacancy_id)  # the same access as the kit
    return _panel_read(session, vacancy_id)


@router.put("/vacancies/{vacancy_id}/panel", response_model=PanelRead)
def put_panel(vacancy_id: Id, body: PanelWrite, staff: Staff, session: DbSession, now: Now) -> PanelRead:
    """Set the panel's language (its kit's and report's); 409 `scoring-started` to change it later."""
    set_panel(session, actor=staff, vacancy_id=vacancy_id, language=body.language, now=now)
    return _panel_read(session, vacancy_id)


@router.post(
    "/vacancies/{vacancy_id}/panel/members", response_model=PanelRead, status_code=status.HTTP_201_CREATED
)
def post_member(vacancy_id: Id, body: MemberWrite, staff: Staff, session: DbSession, now: Now) -> PanelRead:
    """Invite an admin or reviewer by address (422 `email` for anyone else, 409 `already-member`); a new
    chair replaces the one before."""
    add_member(session, actor=staff, vacancy_id=vacancy_id, email=body.email, role=body.role, now=now)
    return _panel_read(session, vacancy_id)


@router.post("/vacancies/{vacancy_id}/panel/members/{member_id}/chair", response_model=PanelRead)
def post_chair(vacancy_id: Id, member_id: Id, staff: Staff, session: DbSession, now: Now) -> PanelRead:
    """Make a member the chair."""
    make_chair(session, actor=staff, vacancy_id=vacancy_id, member_id=member_id, now=now)
    return _panel_read(session, vacancy_id)


@router.delete(
    "/vacancies/{vacancy_id}/panel/members/{member_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
)
def delete_member(vacancy_id: Id, member_id: Id, staff: Staff, session: DbSession, now: Now) -> Response:
    """Take a member off the panel; 409 `member-has-ratings` once they have rated."""
    leave_panel(session, actor=staff, vacancy_id=vacancy_id, member_id=member_id, now=now)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- interviews ----------------------------------------------------------------------------------------


@router.get("/vacancies/{vacancy_id}/interviews", response_model=list[CandidateRead])
def get_interviews(vacancy_id: Id, staff: Staff, session: DbSession) -> list[CandidateRead]:
    """The candidates for interview by name (the read audited), with where you and the panel stand."""
    return [
        CandidateRead(
            application_id=c.application.id,
            name=c.name,
            status=c.application.status,
            mine=c.mine,
            submitted=c.submitted,
            scorers=c.scorers,
            complete=c.complete,
            verdict=c.verdict,
        )
        for c in overview(session, actor=staff, vacancy_id=vacancy_id).candidates
    ]


@router.put("/vacancies/{vacancy_id}/interviews/{application_id}/declaration", response_model=DeclarationRead)
def put_declaration(
    vacancy_id: Id, application_id: Id, body: DeclarationWrite, staff: Staff, session: DbSession, now: Now
) -> DeclarationRead:
    """Your declaration of interest about the candidate, before scoring them (a conflict needs its
    statement and recuses you); 409 `submitted` once you submitted your ratings."""
    application = application_in(session, vacancy_id, application_id)
    row = declare_interest(
        session,
        actor=staff,
        application=application,
        declaration=body.declaration,
        statement=body.statement,
        now=now,
    )
    return DeclarationRead(
        application_id=application.id,
        declaration=row.declaration,
        statement=row.statement,
        declared_at=row.declared_at,
    )


@router.get("/vacancies/{vacancy_id}/interviews/{application_id}/my-score", response_model=MyScoreRead)
def get_my_score(vacancy_id: Id, application_id: Id, staff: Staff, session: DbSession) -> MyScoreRead:
    """Your own ratings of the candidate (only yours: 403 for anyone not on the panel)."""
    return _score_read(my_score(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id))


@router.put("/vacancies/{vacancy_id}/interviews/{application_id}/my-score", response_model=MyScoreRead)
def put_my_score(
    vacancy_id: Id, application_id: Id, body: ScoreWrite, staff: Staff, session: DbSession, now: Now
) -> MyScoreRead:
    """Save your draft (ratings may be empty); 409 `not-declared`, `recused`, `submitted`,
    `panel-incomplete`; 422 names the rating (`ratings.N.indicator`)."""
    save_score(
        session,
        actor=staff,
        vacancy_id=vacancy_id,
        application_id=application_id,
        ratings=[r.model_dump() for r in body.ratings],
        submit=False,
        now=now,
    )
    return _score_read(my_score(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id))


@router.post(
    "/vacancies/{vacancy_id}/interviews/{application_id}/my-score/submit", response_model=MyScoreRead
)
def post_my_score(
    vacancy_id: Id, application_id: Id, body: ScoreWrite, staff: Staff, session: DbSession, now: Now
) -> MyScoreRead:
    """Submit your ratings for good: every indicator rated with its evidence (422 names the first
    missing one); the last member's submission moves the candidate to `interviewed` and tells the chair."""
    save_score(
        session,
        actor=staff,
        vacancy_id=vacancy_id,
        application_id=application_id,
        ratings=[r.model_dump() for r in body.ratings],
        submit=True,
        now=now,
    )
    return _score_read(my_score(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id))


@router.get("/vacancies/{vacancy_id}/interviews/{application_id}/sheet", response_model=SheetRead)
def get_sheet(vacancy_id: Id, application_id: Id, staff: Staff, session: DbSession) -> SheetRead:
    """The consolidated sheet with every member's ratings: 409 `submit-first` for a member who has not
    submitted theirs, 403 `recused` for one who declared a conflict, 409 `scoring-incomplete` for staff
    not on the panel until every member has submitted."""
    return _sheet_read(read_sheet(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id))


@router.post(
    "/vacancies/{vacancy_id}/interviews/{application_id}/recommendation",
    response_model=SheetRead,
    status_code=status.HTTP_201_CREATED,
)
def post_recommendation(
    vacancy_id: Id, application_id: Id, body: RecommendationWrite, staff: Staff, session: DbSession, now: Now
) -> SheetRead:
    """The chair records the panel's recommendation with its reasons (403 `not-chair`; 409
    `not-interviewed`, `already-recommended`): the candidate moves to recommended or not_selected."""
    recommend(
        session,
        actor=staff,
        vacancy_id=vacancy_id,
        application_id=application_id,
        verdict=body.verdict,
        reasons=body.reasons,
        now=now,
    )
    return _sheet_read(read_sheet(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id))


@router.get(
    "/vacancies/{vacancy_id}/interviews/{application_id}/report",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}, "description": "the interview report"}},
)
def get_report(vacancy_id: Id, application_id: Id, staff: Staff, session: DbSession, now: Now) -> Response:
    """The interview report (PDF, in the panel's language), for the chair and the recruitment's staff,
    once the panel has finished scoring (409 `scoring-incomplete`); each download audited."""
    data, filename = download_report(
        session, actor=staff, vacancy_id=vacancy_id, application_id=application_id, now=now
    )
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
