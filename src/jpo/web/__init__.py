"""The web interface: server-rendered pages over the same services as the API."""

from jpo.web import accounts, admin, candidate, pages, profile, review

ROUTERS = [pages.router, accounts.router, candidate.router, admin.router, review.router, profile.router]
