"""The decision and the offer: the host agency's reviewers select among the recommended candidates, the
donor programme's admins confirm or decline the selection and make the offer, the candidate accepts or
declines it before its reply-by date, and the admins close the recruitment (unsuccessful candidates told)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from fastapi import APIRouter, status
from pydantic import BaseModel, Field

from jpo.api.deps import AnyUser, Candidate, Staff
from jpo.api.schemas import Body
from jpo.applications.moves import REASON_MAX_LENGTH
from jpo.contracts.text import Code, Text
from jpo.db.models import Application
from jpo.db.offer_tables import Offer
from jpo.http.deps import DbSession, Id, Now
from jpo.selection.closing import close_recruitment
from jpo.selection.offers import answer_offer, get_offer, make_offer
from jpo.selection.rules import CONDITIONS_MAX, DECLINE_REASON_MAX, GRADE_MAX, STATION_MAX, effective_status
from jpo.selection.service import Candidate as BoardCandidate
from jpo.selection.service import confirm_selection, decline_selection, select_candidate, selection_board

router = APIRouter(tags=["selection"])


class ReasonCreate(Body):
    reason: Text = Field(min_length=1, max_length=REASON_MAX_LENGTH, description="why (audited)")


class ConfirmCreate(Body):
    reason: Text | None = Field(default=None, max_length=REASON_MAX_LENGTH, description="optional (audited)")


class OfferCreate(Body):
    conditions: Text = Field(min_length=1, max_length=CONDITIONS_MAX, description="the offer's conditions")
    start_date: date
    duty_station: Text | None = Field(
        default=None, max_length=STATION_MAX, description="default: the vacancy's duty station"
    )
    grade: Text | None = Field(default=None, max_length=GRADE_MAX, description="grade and step, when known")
    reply_by: datetime = Field(
        description="the moment to answer by: on the clock of `reply_zone` (2027-02-01T17:00), or with its "
        "offset; a time the clock skips or repeats is refused"
    )
    reply_zone: Code | None = Field(default=None, description="an IANA zone; default: the duty station's")


class AnswerCreate(Body):
    reason: Text | None = Field(
        default=None, max_length=DECLINE_REASON_MAX, description="why you decline (optional; kept private)"
    )


class OfferRead(BaseModel):
    id: int
    vacancy_id: int
    application_id: int
    conditions: str
    start_date: date
    duty_station: str
    grade: str | None
    reply_by: datetime
    reply_zone: str
    status: Literal["open", "accepted", "declined", "lapsed"] = Field(
        description="`lapsed`: not answered by its reply-by moment"
    )
    made_at: datetime
    answered_at: datetime | None


class SelectionApplicationRead(BaseModel):
    id: int
    vacancy_id: int
    status: str


class BoardCandidateRead(BaseModel):
    application_id: int
    status: str
    candidate: str = Field(description="the candidate's pseudonym")
    name: str | None = Field(description="the candidate's name as they write it")
    recommendation: str | None = Field(description="the panel's reason for recommending")
    recommended_at: datetime | None
    offer: OfferRead | None


class BoardRead(BaseModel):
    vacancy_id: int
    recommended: list[BoardCandidateRead]
    pending: BoardCandidateRead | None = Field(description="the selection awaiting confirmation or an answer")
    accepted: BoardCandidateRead | None
    past: list[BoardCandidateRead] = Field(description="selections declined, offers declined or lapsed")
    may_select: bool
    may_confirm: bool


class ClosingRead(BaseModel):
    vacancy_id: int
    moved: list[int] = Field(description="applications moved to not_selected")
    told: list[int] = Field(description="applications whose candidates are sent the outcome")
    left: list[int] = Field(description="applications not screened yet, left as they are")


def _offer(offer: Offer | None, now: datetime) -> OfferRead | None:
    if offer is None:
        return None
    read = OfferRead.model_validate(offer, from_attributes=True)
    read.status = effective_status(offer.status, offer.reply_by, now)  # type: ignore[assignment]
    return read


def _candidate(item: BoardCandidate, now: datetime) -> BoardCandidateRead:
    return BoardCandidateRead(
        application_id=item.application.id,
        status=item.application.status,
        candidate=item.pseudonym,
        name=item.name,
        recommendation=item.recommendation,
        recommended_at=item.recommended_at,
        offer=_offer(item.offer, now),
    )


def _application(application: Application) -> SelectionApplicationRead:
    return SelectionApplicationRead.model_validate(application, from_attributes=True)


@router.get("/vacancies/{vacancy_id}/selection", response_model=BoardRead)
def board(vacancy_id: Id, staff: Staff, session: DbSession, now: Now) -> BoardRead:
    """The recommended candidates with the panel's recommendation, the selection pending and its offer:
    for the host agency's reviewers and the donor admins of the vacancy (others 403; the read audited).
    Offers past their reply-by date lapse first."""
    found = selection_board(session, actor=staff, vacancy_id=vacancy_id, now=now)
    return BoardRead(
        vacancy_id=vacancy_id,
        recommended=[_candidate(c, now) for c in found.recommended],
        pending=_candidate(found.pending, now) if found.pending else None,
        accepted=_candidate(found.accepted, now) if found.accepted else None,
        past=[_candidate(c, now) for c in found.past],
        may_select=found.may_select,
        may_confirm=found.may_confirm,
    )


@router.post("/applications/{application_id}/selection", response_model=SelectionApplicationRead)
def select(
    application_id: Id, body: ReasonCreate, staff: Staff, session: DbSession, now: Now
) -> SelectionApplicationRead:
    """The host agency selects a recommended candidate (reviewers of the vacancy's organization; others
    403). Refused: another selection pending (`selection-pending`, 409), an offer accepted (`post-filled`,
    409), an application not recommended (`transition-not-allowed`, 409)."""
    application = select_candidate(
        session, actor=staff, application_id=application_id, reason=body.reason, now=now
    )
    return _application(application)


@router.post("/applications/{application_id}/selection/confirm", response_model=SelectionApplicationRead)
def confirm(
    application_id: Id, body: ConfirmCreate, staff: Staff, session: DbSession
) -> SelectionApplicationRead:
    """The donor admins of the vacancy confirm the selection (others 403); not selected: 409."""
    return _application(
        confirm_selection(session, actor=staff, application_id=application_id, reason=body.reason)
    )


@router.post("/applications/{application_id}/selection/decline", response_model=SelectionApplicationRead)
def decline(
    application_id: Id, body: ReasonCreate, staff: Staff, session: DbSession
) -> SelectionApplicationRead:
    """The donor admins decline the selection with a reason: the candidate is not selected and the host
    agency may select another (others 403; not selected: 409)."""
    return _application(
        decline_selection(session, actor=staff, application_id=application_id, reason=body.reason)
    )


@router.post(
    "/applications/{application_id}/offer", response_model=OfferRead, status_code=status.HTTP_201_CREATED
)
def offer(application_id: Id, body: OfferCreate, staff: Staff, session: DbSession, now: Now) -> OfferRead:
    """The donor admins make the offer to the confirmed candidate, who is told by e-mail. Refused: an
    application not confirmed or already offered (`transition-not-allowed`, 409); a reply-by moment past
    (`reply-by-past`, 422), skipped or repeated by its zone's clock, a start before it (422)."""
    made = make_offer(
        session,
        actor=staff,
        application_id=application_id,
        conditions=body.conditions,
        start_date=body.start_date,
        duty_station=body.duty_station,
        grade=body.grade,
        reply_by=body.reply_by,
        reply_zone=body.reply_zone,
        now=now,
    )
    read = _offer(made, now)
    assert read is not None
    return read


@router.get("/offers/{offer_id}", response_model=OfferRead)
def read_offer(offer_id: Id, user: AnyUser, session: DbSession, now: Now) -> OfferRead:
    """An offer, for its candidate and the donor admins of its vacancy (anyone else: 404)."""
    read = _offer(get_offer(session, user=user, offer_id=offer_id), now)
    assert read is not None
    return read


def _answer(
    offer_id: int, accept: bool, reason: str | None, candidate: Candidate, session: DbSession, now: datetime
) -> OfferRead:
    answered = answer_offer(session, user=candidate, offer_id=offer_id, accept=accept, reason=reason, now=now)
    read = _offer(answered, now)
    assert read is not None
    return read


@router.post("/offers/{offer_id}/accept", response_model=OfferRead)
def accept(offer_id: Id, candidate: Candidate, session: DbSession, now: Now) -> OfferRead:
    """The candidate accepts their offer. Refused: after its reply-by moment (`offer-lapsed`, 409), once
    answered (`offer-answered`, 409); another's offer: 404."""
    return _answer(offer_id, True, None, candidate, session, now)


@router.post("/offers/{offer_id}/decline", response_model=OfferRead)
def decline_offer(
    offer_id: Id, body: AnswerCreate, candidate: Candidate, session: DbSession, now: Now
) -> OfferRead:
    """The candidate declines their offer (a reason optional): the host agency may select the next
    recommended candidate. Refused as accepting is."""
    return _answer(offer_id, False, body.reason, candidate, session, now)


@router.post("/vacancies/{vacancy_id}/close-recruitment", response_model=ClosingRead)
def close(vacancy_id: Id, staff: Staff, session: DbSession, now: Now) -> ClosingRead:
    """The donor admins end the recruitment: every application still in the running is not selected and
    each unsuccessful candidate is sent the outcome in their language, once (running it again tells
    nobody twice). Refused while a selection or an offer awaits an answer (`selection-pending`, 409)."""
    closing = close_recruitment(session, actor=staff, vacancy_id=vacancy_id, now=now)
    return ClosingRead(
        vacancy_id=closing.vacancy_id, moved=closing.moved, told=closing.told, left=closing.left
    )
