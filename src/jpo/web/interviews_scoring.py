"""A panel member's scoring page for one candidate (alone: their own ratings only, a draft until
submitted), the consolidated sheet (once they submitted; for the recruitment's staff once every member
has), the chair's recommendation form, and the interview report's download. Over the same services as
the API; a refusal the service makes (submit first, recused) is said on the page in the reader's words."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from jpo.db.models import User
from jpo.errors import ConflictError, ForbiddenError, InputError
from jpo.http.deps import DbSession, Id, Now
from jpo.interviews.access import interview_access, names_of
from jpo.interviews.report import STEP_NAMES, VERDICT_NAMES, download_report, number
from jpo.interviews.scoring import EVIDENCE_MAX, my_score, save_score
from jpo.interviews.sheets import REASONS_MAX, read_sheet, recommend
from jpo.recruitment.panel import SCALE
from jpo.web.auth import WebStaff
from jpo.web.i18n import N_
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)

SCALE_NAMES = {value: STEP_NAMES[step] for step, value in SCALE.items()}
REFUSED = {
    "submit-first": N_(
        "Submit your own ratings of this candidate first: the others' stay hidden until then."
    ),
    "recused": N_("You declared a conflict of interest about this candidate: you do not see the ratings."),
    "scoring-incomplete": N_("The panel has not finished scoring this candidate."),
    "not-declared": N_("Declare your interests about this candidate on the panel page first."),
    "submitted": N_("You have submitted your ratings of this candidate."),
    "panel-incomplete": N_("The panel needs at least two members and a chair before scoring."),
    "not-interviewing": N_("This candidate is no longer being interviewed."),
    "not-interviewed": N_("The panel has not finished scoring this candidate."),
    "already-recommended": N_("The panel's recommendation is already recorded."),
    "not-chair": N_("Only the panel's chair records its recommendation."),
}
DONE = {
    "draft": N_("Your draft was saved."),
    "submitted": N_("Your ratings were submitted."),
    "recommended": N_("The panel's recommendation was recorded."),
}
RATE = N_("Rate each indicator and write the evidence you heard before submitting.")
EVIDENCE = N_("Evidence: at most 4,000 characters, without control characters.")
REASONS = N_("Write the panel's reasons (at most 4,000 characters).")


def _base(vacancy_id: int, application_id: int) -> str:
    return f"/review/vacancies/{vacancy_id}/panel/candidates/{application_id}"


def _refused(
    request: Request, session: Session, staff: User, vacancy_id: int, error: ConflictError | ForbiddenError
) -> HTMLResponse:
    context = {"id": vacancy_id, "refusal": REFUSED.get(error.code, N_("You may not see this page."))}
    return render(request, "interviews/refused.html", context, status=error.http_status)


def _score_page(
    request: Request,
    session: Session,
    staff: User,
    vacancy_id: int,
    application_id: int,
    *,
    typed: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    score = my_score(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id)
    name = names_of(session, [score.application])[score.application.id]
    values: dict[str, str] = {}
    for n, competency in enumerate(score.kit.competencies):
        for m, indicator in enumerate(competency.indicators):
            saved = score.ratings.get((competency.name, indicator)) or {}
            values[f"v-{n}-{m}"] = str(saved.get("value") or "")
            values[f"e-{n}-{m}"] = str(saved.get("evidence") or "")
    context: dict[str, Any] = {
        "id": vacancy_id,
        "score": score,
        "name": name,
        "values": {**values, **(typed or {})},
        "errors": errors or {},
        "scale": sorted(SCALE_NAMES.items(), reverse=True),
        "evidence_max": EVIDENCE_MAX,
        "base": _base(vacancy_id, application_id),
        "message": DONE.get(request.query_params.get("done") or ""),
    }
    return render(request, "interviews/score.html", context, status=status)


@router.get("/review/vacancies/{vacancy_id}/panel/candidates/{application_id}", response_class=HTMLResponse)
def score_page(
    vacancy_id: Id, application_id: Id, request: Request, session: DbSession, staff: WebStaff
) -> HTMLResponse:
    """The member's own sheet of the candidate: the kit's questions, a rating and evidence per indicator."""
    return _score_page(request, session, staff, vacancy_id, application_id)


def _typed_ratings(form: FormData, score: Any) -> tuple[list[dict[str, Any]], dict[str, str]]:
    ratings, typed = [], {}
    for n, competency in enumerate(score.kit.competencies):
        for m, indicator in enumerate(competency.indicators):
            value, evidence = (str(form.get(f"{k}-{n}-{m}") or "") for k in ("v", "e"))
            typed[f"v-{n}-{m}"], typed[f"e-{n}-{m}"] = value, evidence[: EVIDENCE_MAX + 1]
            rated = int(value) if value in {"1", "2", "3", "4"} else None
            ratings.append(
                {
                    "competency": competency.name,
                    "indicator": indicator,
                    "value": rated,
                    "evidence": evidence[: EVIDENCE_MAX + 1],
                }
            )
    return ratings, typed


def _field_of(error: InputError, order: list[str]) -> str:
    """The form field of a service's error: `rating.N.M.value` -> v-N-M, `ratings.K.evidence` -> e-N-M."""
    parts = (error.field or "").split(".")
    if parts[0] == "rating" and len(parts) == 4:
        return f"{'v' if parts[3] == 'value' else 'e'}-{parts[1]}-{parts[2]}"
    if parts[0] == "ratings" and len(parts) == 3 and parts[1].isdigit() and int(parts[1]) < len(order):
        return f"{'v' if parts[2] == 'value' else 'e'}-{order[int(parts[1])]}"
    return "ratings"


@router.post("/review/vacancies/{vacancy_id}/panel/candidates/{application_id}", response_class=HTMLResponse)
async def score_save(
    vacancy_id: Id, application_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    form = await request.form()
    submit = form.get("action") == "submit"
    score = my_score(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id)
    ratings, typed = _typed_ratings(form, score)
    try:
        save_score(
            session,
            actor=staff,
            vacancy_id=vacancy_id,
            application_id=application_id,
            ratings=ratings,
            submit=submit,
            now=now,
        )
    except InputError as error:
        session.rollback()
        order = [key[2:] for key in typed if key.startswith("v-")]
        field = _field_of(error, order)
        message = RATE if (error.field or "").startswith("rating.") else EVIDENCE
        return _score_page(
            request,
            session,
            staff,
            vacancy_id,
            application_id,
            typed=typed,
            status=422,
            errors={field: message},
        )
    except ConflictError as error:
        session.rollback()
        return _refused(request, session, staff, vacancy_id, error)
    if submit:
        return see_other(request, _base(vacancy_id, application_id) + "/sheet", done="submitted")
    return see_other(request, _base(vacancy_id, application_id), done="draft")


def _sheet_page(
    request: Request,
    session: Session,
    staff: User,
    vacancy_id: int,
    application_id: int,
    *,
    errors: dict[str, str] | None = None,
    typed: dict[str, str] | None = None,
    status: int = 200,
) -> HTMLResponse:
    locale = locale_of(request)
    try:
        sheet = read_sheet(session, actor=staff, vacancy_id=vacancy_id, application_id=application_id)
    except (ConflictError, ForbiddenError) as error:
        if error.code == "forbidden":
            raise
        return _refused(request, session, staff, vacancy_id, error)
    access = interview_access(session, staff, vacancy_id)
    context: dict[str, Any] = {
        "id": vacancy_id,
        "sheet": sheet,
        "access": access,
        "base": _base(vacancy_id, application_id),
        "fmt": lambda value: number(value, locale),
        "steps": STEP_NAMES,
        "verdicts": VERDICT_NAMES,
        "scale": SCALE_NAMES,
        "errors": errors or {},
        "typed": typed or {},
        "reasons_max": REASONS_MAX,
        "message": DONE.get(request.query_params.get("done") or ""),
        "scorers": [m for m in sheet.members if str(m.id) in {r.member for r in sheet.ratings}],
    }
    return render(request, "interviews/sheet.html", context, status=status)


@router.get(
    "/review/vacancies/{vacancy_id}/panel/candidates/{application_id}/sheet", response_class=HTMLResponse
)
def sheet_page(
    vacancy_id: Id, application_id: Id, request: Request, session: DbSession, staff: WebStaff
) -> HTMLResponse:
    """The consolidated sheet; the hidden-until-submitted rule is the service's."""
    return _sheet_page(request, session, staff, vacancy_id, application_id)


@router.post(
    "/review/vacancies/{vacancy_id}/panel/candidates/{application_id}/recommendation",
    response_class=HTMLResponse,
)
async def recommendation(
    vacancy_id: Id, application_id: Id, request: Request, session: DbSession, staff: WebStaff, now: Now
) -> Response:
    form = await request.form()
    verdict, reasons = str(form.get("verdict") or ""), str(form.get("reasons") or "")[: REASONS_MAX + 1]
    try:
        recommend(
            session,
            actor=staff,
            vacancy_id=vacancy_id,
            application_id=application_id,
            verdict=verdict,
            reasons=reasons,
            now=now,
        )
    except InputError as error:
        session.rollback()
        field = "verdict" if error.field == "verdict" else "reasons"
        message = N_("Choose one of the options offered.") if field == "verdict" else REASONS
        return _sheet_page(
            request,
            session,
            staff,
            vacancy_id,
            application_id,
            status=422,
            errors={field: message},
            typed={"verdict": verdict, "reasons": reasons},
        )
    except (ConflictError, ForbiddenError) as error:
        session.rollback()
        return _refused(request, session, staff, vacancy_id, error)
    return see_other(request, _base(vacancy_id, application_id) + "/sheet", done="recommended")


@router.get("/review/vacancies/{vacancy_id}/panel/candidates/{application_id}/report.pdf")
def report(vacancy_id: Id, application_id: Id, session: DbSession, staff: WebStaff, now: Now) -> Response:
    """The interview report (PDF), each download audited."""
    data, filename = download_report(
        session, actor=staff, vacancy_id=vacancy_id, application_id=application_id, now=now
    )
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
