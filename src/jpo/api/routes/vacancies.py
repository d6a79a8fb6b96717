"""Vacancies: admins upload a ToR, correct and publish it; anyone lists and reads published ones."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, status
from pydantic import BaseModel, Field

from jpo.api.deps import Admin, Candidate, Viewer
from jpo.api.schemas import VacancyRead, VacancySummary
from jpo.applications.checklist import Checklist
from jpo.applications.service import verdict_now
from jpo.contracts.text import Text
from jpo.contracts.vacancy import VacancyEdit
from jpo.db.models import VacancyRow
from jpo.errors import InputError
from jpo.http.deps import AppSettings, DbSession, Id, Now, reads_first
from jpo.http.uploads import FILE, UploadedForm, form_file, multipart_body, read_capped
from jpo.vacancies.checklists import is_confirmed, replace_checklist, vacancy_checklist
from jpo.vacancies.search import VacancyFilter, country_of, list_vacancies
from jpo.vacancies.service import close_vacancy, draft_vacancy, edit_vacancy, publish_vacancy, visible_vacancy

router = APIRouter(prefix="/vacancies", tags=["vacancies"])
_COUNTRY = (
    'the %s: its name in English or French ("Switzerland", "Suisse"; case and accents do not '
    "matter) or its ISO 3166-1 alpha-2 code; an unknown name is a 422 `unknown-country` problem"
)


def vacancy_read(row: VacancyRow) -> VacancyRead:
    return VacancyRead(
        id=row.id, status=row.status, vacancy=row.document, warnings=row.document.get("warnings", [])
    )


def _summary(row: VacancyRow) -> VacancySummary:
    document = row.document
    return VacancySummary(
        id=row.id, status=row.status, title=document.get("title") or "", reference=document.get("reference"),
        organization=row.organization, sponsor_country=row.sponsor_country,
        duty_station=document.get("duty_station") or {}, closing=document.get("closing"),
    )  # fmt: skip


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=VacancyRead,
    openapi_extra=multipart_body(file={**FILE, "description": "a ToR: .txt, .md, .pdf, .docx or .html"}),
)
@reads_first
def upload_tor(admin: Admin, form: UploadedForm, session: DbSession, settings: AppSettings) -> VacancyRead:
    """Parse an uploaded ToR into a draft vacancy (its original is kept)."""
    file = form_file(form, "file")
    data = read_capped(file, settings.max_upload_bytes)
    row = draft_vacancy(
        session, actor=admin, filename=file.filename or "upload.txt", data=data,
        data_dir=settings.data_dir, max_bytes=settings.max_upload_bytes,
    )  # fmt: skip
    return vacancy_read(row)


@router.get("", response_model=list[VacancySummary])
def list_public(
    session: DbSession,
    now: Now,
    sponsor: Annotated[Text | None, Query(max_length=64, description=_COUNTRY % "sponsor country")] = None,
    organization: Annotated[Text | None, Query(max_length=64)] = None,
    country: Annotated[Text | None, Query(max_length=64, description=_COUNTRY % "duty station")] = None,
    q: Annotated[Text | None, Query(max_length=200, description="words to find")] = None,
    open: Annotated[bool, Query(description="only vacancies still taking applications")] = False,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[VacancySummary]:
    """Published vacancies, soonest deadline first; countries may be given by name."""
    where = VacancyFilter(
        sponsor=country_of(sponsor, field="sponsor"), organization=organization,
        country=country_of(country, field="country"), text=q, open_only=open,
    )  # fmt: skip
    return [
        _summary(row) for row in list_vacancies(session, where=where, now=now, limit=limit, offset=offset)
    ]


@router.get(
    "/{vacancy_id}",
    response_model=VacancyRead,
    openapi_extra={"security": [{}, {"OAuth2PasswordBearer": []}]},
)
def read_vacancy(vacancy_id: Id, session: DbSession, viewer: Viewer) -> VacancyRead:
    return vacancy_read(visible_vacancy(session, viewer=viewer, vacancy_id=vacancy_id))


@router.patch("/{vacancy_id}", response_model=VacancyRead)
def correct_vacancy(vacancy_id: Id, changes: VacancyEdit, admin: Admin, session: DbSession) -> VacancyRead:
    """Correct parsed fields (the fields given replace the vacancy's; `closing` is replaced whole); the
    result must be a valid jpo.vacancy/1. Every change is audited with its before and after."""
    return vacancy_read(edit_vacancy(session, actor=admin, vacancy_id=vacancy_id, changes=changes))


@router.post("/{vacancy_id}/publish", response_model=VacancyRead)
def publish(vacancy_id: Id, admin: Admin, session: DbSession, now: Now) -> VacancyRead:
    """Make a draft public; refused without a deadline still ahead."""
    return vacancy_read(publish_vacancy(session, actor=admin, vacancy_id=vacancy_id, now=now))


@router.post("/{vacancy_id}/close", response_model=VacancyRead)
def close(vacancy_id: Id, admin: Admin, session: DbSession) -> VacancyRead:
    return vacancy_read(close_vacancy(session, actor=admin, vacancy_id=vacancy_id))


@router.get("/{vacancy_id}/eligibility", response_model=dict[str, Any])
def my_eligibility(vacancy_id: Id, candidate: Candidate, session: DbSession, now: Now) -> dict[str, Any]:
    """The jpo.eligibility/1 verdict on the signed-in candidate's current profile, now."""
    row = visible_vacancy(session, viewer=candidate, vacancy_id=vacancy_id)
    verdict = verdict_now(session, user=candidate, vacancy=row, now=now)
    if verdict is None:
        raise InputError(
            "profile: save your profile (PUT /api/v1/profiles/me) before checking eligibility",
            field="profile",
        )
    return verdict.model_dump(mode="json", by_alias=True)


class ChecklistRead(BaseModel):
    vacancy_id: int
    confirmed: bool = Field(description="false: never confirmed; this is the proposal from the ToR, which "
                            "publishing confirms as it is")  # fmt: skip
    checklist: Checklist
    needs_decision: list[str] = Field(
        description="keys of items whose ToR condition jpo cannot check from a profile (proposed as required)"
    )


def _checklist_read(row: VacancyRow) -> ChecklistRead:
    checklist, confirmed = vacancy_checklist(row), is_confirmed(row)
    undecided = [] if confirmed else [item.key for item in checklist.needs_decision()]
    return ChecklistRead(
        vacancy_id=row.id, confirmed=confirmed, checklist=checklist, needs_decision=undecided
    )


@router.get(
    "/{vacancy_id}/checklist",
    response_model=ChecklistRead,
    openapi_extra={"security": [{}, {"OAuth2PasswordBearer": []}]},
)
def read_checklist(vacancy_id: Id, session: DbSession, viewer: Viewer) -> ChecklistRead:
    """The letter and documents a complete application holds: each item `required`, `optional` or
    `required_when` every condition of `when` holds for the candidate (`male`,
    `completed_military_service`, `holds_language_test`, as their profile says). For a draft vacancy, the
    admins see the proposal from the ToR until they confirm it."""
    return _checklist_read(visible_vacancy(session, viewer=viewer, vacancy_id=vacancy_id))


@router.put("/{vacancy_id}/checklist", response_model=ChecklistRead)
def confirm_checklist(
    vacancy_id: Id, checklist: Checklist, admin: Admin, session: DbSession
) -> ChecklistRead:
    """Confirm or replace the checklist (audited with before and after); applications already made keep
    what they were checked against. Refused once the vacancy is closed."""
    row = replace_checklist(session, actor=admin, vacancy_id=vacancy_id, checklist=checklist)
    return _checklist_read(row)
