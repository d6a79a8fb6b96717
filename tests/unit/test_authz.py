"""The permission rules, role by role and scope by scope, without a database."""

from __future__ import annotations

import pytest

from jpo.authz import (
    may_manage_vacancy,
    may_read_document,
    may_review_applications,
    may_see_identity,
    may_see_vacancy,
    require_review_applications,
    require_see_identity,
)
from jpo.db.models import Application, User, VacancyRow
from jpo.errors import ForbiddenError, NotFoundError

PEOPLE = {
    "admin_kr": User(id=1, role="admin", sponsor_country="KR"),
    "admin_us": User(id=2, role="admin", sponsor_country="US"),
    "admin_all": User(id=3, role="admin"),
    "reviewer_ohchr": User(id=4, role="reviewer", organization="OHCHR"),
    "reviewer_unesco": User(id=5, role="reviewer", organization="UNESCO"),
    "reviewer_none": User(id=6, role="reviewer"),
    "auditor": User(id=7, role="auditor"),
    "candidate": User(id=8, role="candidate"),
    "other_candidate": User(id=9, role="candidate"),
}
MANAGERS = {"admin_kr", "admin_all"}
REVIEWERS = MANAGERS | {"reviewer_ohchr"}


def _vacancy(status: str) -> VacancyRow:
    return VacancyRow(id=10, status=status, sponsor_country="KR", organization="OHCHR")


def _who(rule: object, vacancy: VacancyRow) -> set[str]:
    return {name for name, user in PEOPLE.items() if rule(user, vacancy)}  # type: ignore[operator]


@pytest.mark.parametrize("status", ["published", "closed"])
def test_who_may_do_what_with_a_public_vacancy(status: str) -> None:
    vacancy = _vacancy(status)
    assert _who(may_see_vacancy, vacancy) == set(PEOPLE) and may_see_vacancy(None, vacancy)
    assert _who(may_manage_vacancy, vacancy) == MANAGERS
    assert _who(may_review_applications, vacancy) == REVIEWERS
    assert _who(may_see_identity, vacancy) == MANAGERS  # never a reviewer


def test_a_draft_is_for_its_admins_alone() -> None:
    draft = _vacancy("draft")
    assert _who(may_see_vacancy, draft) == MANAGERS and not may_see_vacancy(None, draft)
    assert _who(may_review_applications, draft) == MANAGERS
    with pytest.raises(NotFoundError):
        require_review_applications(PEOPLE["reviewer_ohchr"], draft)
    with pytest.raises(NotFoundError):
        require_review_applications(PEOPLE["admin_us"], draft)


def test_the_refusals_say_why() -> None:
    vacancy = _vacancy("published")
    with pytest.raises(ForbiddenError, match="only programme admins and reviewers"):
        require_review_applications(PEOPLE["auditor"], vacancy)
    with pytest.raises(ForbiddenError, match="outside your scope"):
        require_review_applications(PEOPLE["reviewer_unesco"], vacancy)
    with pytest.raises(ForbiddenError, match="identity"):
        require_see_identity(PEOPLE["reviewer_ohchr"], vacancy)
    require_see_identity(PEOPLE["admin_kr"], vacancy)


def test_a_document_is_for_its_candidate_and_the_staff_who_review() -> None:
    vacancy = _vacancy("published")
    application = Application(id=20, user_id=PEOPLE["candidate"].id, vacancy_id=vacancy.id)

    def readers(unblinded: bool) -> set[str]:
        return {name for name, user in PEOPLE.items()
                if may_read_document(user, application, vacancy, unblinded=unblinded)}  # fmt: skip

    assert readers(True) == REVIEWERS | {"candidate"}
    assert not may_read_document(None, application, vacancy, unblinded=True)
    assert readers(False) == {"candidate"}  # before shortlisting, staff do not open documents (blind review)
