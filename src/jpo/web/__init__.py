"""The web interface: server-rendered pages over the same services as the API."""

from jpo.web import (
    accounts,
    admin,
    assessment,
    assignment,
    assignment_board,
    assignment_extension,
    assignment_performance,
    assignment_supervision,
    assignment_work_plan,
    booking,
    booking_panel,
    candidate,
    equality,
    explanation,
    fairness,
    interviews,
    interviews_scoring,
    model_card,
    pages,
    profile,
    review,
    selection,
    selection_offer,
)

ROUTERS = [pages.router, accounts.router, candidate.router, admin.router, review.router, profile.router]
ROUTERS += [assessment.router]  # the written assessment: runner, candidate, markers
ROUTERS += [booking.router, booking_panel.router]  # interview slots and booking: candidate, panel
ROUTERS += [interviews.router, interviews_scoring.router]  # interview kit, panel, scoring, sheet, report
ROUTERS += [selection.router, selection_offer.router]  # the decision and the offer: host, donor, candidate
ROUTERS += [assignment.router]  # the JPO's assignment: record, areas
ROUTERS += [assignment_extension.router]  # the yearly extension review, the end-of-assignment report
ROUTERS += [assignment_supervision.router]  # the assignment's check-ins, learning objectives, training
ROUTERS += [assignment_work_plan.router]  # the work plan: objectives from the ToR, versions, agreement, PDF
ROUTERS += [assignment_performance.router]  # mid-point reviews, end-of-cycle evaluations, rebuttals
ROUTERS += [assignment_board.router]  # the donor programme's dashboard of assignments
ROUTERS += [equality.router, fairness.router]  # self-identification; fairness audits of vacancies, calls
ROUTERS += [explanation.router]  # a candidate's explanation of their application
ROUTERS += [model_card.router]  # the ranker's model card, public
