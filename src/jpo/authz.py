"""Who may do what: one `may_*` answer per action by role and scope, and the `require_*` helpers that
raise the error the services report; every service asks here, so one rule serves the API and the web."""

from __future__ import annotations

from jpo.db.assignment_tables import Assignment
from jpo.db.models import Application, User, VacancyRow
from jpo.errors import ForbiddenError, NotFoundError

STAFF_ROLES = ("admin", "reviewer")


def is_staff(user: User | None) -> bool:
    """A programme admin or a reviewer (auditors read the trail, not applications)."""
    return user is not None and user.role in STAFF_ROLES


def may_manage_sponsor(user: User | None, sponsor_country: str | None) -> bool:
    """A programme admin whose scope covers vacancies of this sponsor (an unscoped admin: every one)."""
    return (
        user is not None
        and user.role == "admin"
        and (user.sponsor_country is None or user.sponsor_country == sponsor_country)
    )


def may_manage_vacancy(user: User | None, vacancy: VacancyRow) -> bool:
    """Edit, publish and close the vacancy, and see its drafts and dashboard."""
    return may_manage_sponsor(user, vacancy.sponsor_country)


def may_see_vacancy(user: User | None, vacancy: VacancyRow) -> bool:
    """A published or closed vacancy for anyone; a draft only for the admins who manage it."""
    return vacancy.status != "draft" or may_manage_vacancy(user, vacancy)


def may_review_applications(user: User | None, vacancy: VacancyRow) -> bool:
    """Read, rank and decide on the vacancy's applications, under pseudonyms: a reviewer of its host
    organization or an admin who manages it, for a vacancy they may see."""
    if user is None or not may_see_vacancy(user, vacancy):
        return False
    if user.role == "reviewer":
        return user.organization is not None and user.organization == vacancy.organization
    return may_manage_vacancy(user, vacancy)


def may_see_identity(user: User | None, vacancy: VacancyRow) -> bool:
    """See who a candidate to the vacancy is (birth date, sex, nationality, service, past applications,
    the screening's reasons that quote them): the programme admins who manage it, never reviewers."""
    return may_manage_vacancy(user, vacancy)


def may_read_document(
    user: User | None, application: Application, vacancy: VacancyRow, *, unblinded: bool
) -> bool:
    """A document of an application: its candidate, or staff who review the vacancy once the application
    is `unblinded` (shortlisted: before that documents, which say who the candidate is, stay closed)."""
    if user is None:
        return False
    return user.id == application.user_id or (unblinded and may_review_applications(user, vacancy))


def may_run_recruitment(user: User | None, vacancy: VacancyRow) -> bool:
    """Set and follow what comes after the shortlist (the written assessment, the interview kit, the
    panel and its slots, markers): the staff who review the vacancy's applications."""
    return may_review_applications(user, vacancy)


def may_select(user: User | None, vacancy: VacancyRow) -> bool:
    """Select among the candidates the panel recommended: the host agency, through its reviewers."""
    return (
        user is not None
        and user.role == "reviewer"
        and user.organization is not None
        and user.organization == vacancy.organization
        and may_see_vacancy(user, vacancy)
    )


def may_confirm_selection(user: User | None, vacancy: VacancyRow) -> bool:
    """Confirm or decline the host agency's selection and make the offer: the donor programme, through the
    admins who manage the vacancy."""
    return may_manage_vacancy(user, vacancy)


def may_follow_assignment(user: User | None, assignment: Assignment, vacancy: VacancyRow) -> bool:
    """See an assignment's work plan, supervision notes and evaluations: its JPO, its supervisor and the
    donor programme's admins in scope; never the host's other staff nor reviewers of other recruitments."""
    return user is not None and (
        user.id in (assignment.jpo_id, assignment.supervisor_id) or may_manage_vacancy(user, vacancy)
    )


def may_host_assignment(user: User | None, vacancy: VacancyRow) -> bool:
    """For the host agency, name the supervisor and confirm the post's priorities at each yearly review
    (seeing the assignment's record and its extension, not its evaluations): its reviewers."""
    return may_select(user, vacancy)


def may_fund_assignment(user: User | None, vacancy: VacancyRow) -> bool:
    """For the donor programme, confirm an extension's funding and answer a rebuttal: its admins in scope."""
    return may_manage_vacancy(user, vacancy)


def require_admin(user: User) -> None:
    if user.role != "admin":
        raise ForbiddenError("only programme admins manage vacancies")


def require_manage_sponsor(user: User, sponsor_country: str | None) -> None:
    require_admin(user)
    if not may_manage_sponsor(user, sponsor_country):
        raise ForbiddenError(f"this vacancy is not sponsored by {user.sponsor_country}")


def require_manage_vacancy(user: User, vacancy: VacancyRow) -> None:
    require_manage_sponsor(user, vacancy.sponsor_country)


def require_visible(user: User | None, vacancy: VacancyRow) -> None:
    """A vacancy the user may not see is not found (a draft's existence is not told)."""
    if not may_see_vacancy(user, vacancy):
        raise NotFoundError(f"vacancy {vacancy.id} not found")


def require_staff(user: User, *, doing: str = "see applications") -> None:
    if not is_staff(user):
        raise ForbiddenError(f"only programme admins and reviewers {doing}")


def require_review_applications(user: User, vacancy: VacancyRow) -> None:
    require_staff(user)
    require_visible(user, vacancy)
    if not may_review_applications(user, vacancy):
        raise ForbiddenError(f"vacancy {vacancy.id} is outside your scope")


def require_see_identity(user: User, vacancy: VacancyRow) -> None:
    require_review_applications(user, vacancy)
    if not may_see_identity(user, vacancy):
        raise ForbiddenError(
            f"identity: only the programme admins of vacancy {vacancy.id} see who a candidate is"
        )


def require_run_recruitment(user: User, vacancy: VacancyRow) -> None:
    require_visible(user, vacancy)
    if not may_run_recruitment(user, vacancy):
        raise ForbiddenError(f"vacancy {vacancy.id}: its recruitment is run by its reviewers and admins")


def require_select(user: User, vacancy: VacancyRow) -> None:
    require_visible(user, vacancy)
    if not may_select(user, vacancy):
        raise ForbiddenError(f"vacancy {vacancy.id}: only the host agency ({vacancy.organization}) selects")


def require_confirm_selection(user: User, vacancy: VacancyRow) -> None:
    require_visible(user, vacancy)
    if not may_confirm_selection(user, vacancy):
        raise ForbiddenError(f"vacancy {vacancy.id}: only the donor programme's admins confirm a selection")
