"""A reviewer never sees who a candidate is: every staff endpoint and page, found in the app's routes,
is walked as the demo's OHCHR reviewer over the demo's applicants (in English and French), and any birth
date, sex, nationality, e-mail or eligibility reason of theirs in what comes back fails the test."""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pycountry
import pytest
from babel.dates import format_date
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from jpo.api.deps import Staff
from jpo.db.assessment_tables import AssessmentSitting
from jpo.db.assignment_tables import Assignment, CheckIn, Evaluation, LearningObjective, Training
from jpo.db.interview_tables import PanelMember
from jpo.db.models import Application, Contest, User, VacancyRow
from jpo.db.offer_tables import Offer
from jpo.db.session import unit_of_work
from jpo.db.slot_tables import InterviewInvitation, InterviewSlot
from jpo.demo.applicants import APPLICANT_PASSWORD, DEMO_APPLICANTS
from jpo.demo.assignment import JPO as DEMO_JPO
from jpo.demo.recruitment import PAST_APPLICANTS
from jpo.demo.setup import load_demo
from jpo.matching.text import sentences
from jpo.web.auth import WebStaff
from jpo.web.i18n import translations
from jpo.web.render import country, reason
from tests.api.conftest import Api

REVIEWER = ("reviewer.ohchr@demo.jpo.example", "demo-reviewer-pass")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
STAFF_GUARDS = {Staff.__metadata__[0].dependency, WebStaff.__metadata__[0].dependency}
# Keys of the profile and the verdict that say who someone is (a JSON answer may hold none of them).
IDENTITY_KEYS = {"birth_date", "sex", "nationalities", "military_service", "prior_programmes", "reason_parts",
                 "identity"}  # fmt: skip
LOCALES = ("en", "fr")


pytestmark = pytest.mark.usefixtures("one_model")  # the real sentence model, loaded once


@dataclass
class Identity:
    """What says who the demo applicants are, and the text staff may see that happens to contain some of
    it (a job at the "Ministry of Foreign Affairs of the Republic of Korea", the vacancy's sponsor)."""

    values: set[str] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)
    allowed: set[str] = field(default_factory=set)

    def leaks(self, text: str) -> list[str]:
        for allowed in sorted(self.allowed, key=len, reverse=True):
            text = text.replace(allowed, " ")
        found = [value for value in self.values if value in text]
        return found + [pattern.pattern for pattern in self.patterns if pattern.search(text)]


def _birth_dates(day: date) -> set[str]:
    written = {day.isoformat(), day.strftime("%d/%m/%Y"), day.strftime("%m/%d/%Y"), day.strftime("%d.%m.%Y"),
               day.strftime("%Y%m%d")}  # fmt: skip
    for locale, style in itertools.product(LOCALES, ("short", "medium", "long", "full")):
        written.add(str(format_date(day, style, locale=locale)))
    return written


def _country_names(code: str) -> set[str]:
    known = pycountry.countries.get(alpha_2=code)
    names = {country(code, locale) for locale in LOCALES}
    names |= {getattr(known, key) for key in ("name", "official_name", "common_name") if hasattr(known, key)}
    return names | {"République de Corée", "Corée, République de"} if code == "KR" else names


def _substance(profile: dict[str, Any]) -> set[str]:
    """The profile's studies, jobs and skills: what staff may read, whatever words they contain."""
    texts: set[str] = set(profile.get("skills") or [])
    for job in profile.get("experience") or []:
        texts |= {job["title"], job["organization"], job["description"], *sentences(job["description"])}
    texts |= {study["field"] for study in profile.get("education") or []}
    return {text for text in texts if text}


def _identity(api: Api) -> Identity:
    identity = Identity(patterns=[re.compile(r"\b(?i:female|male)\b"), re.compile(r"\b(Femme|Homme)\b")])
    sponsor = translations("fr").gettext("Sponsor")
    # The vacancy's sponsor is named on the reviewer's pages and an assignment's record: a country, but
    # nobody's nationality.
    identity.allowed |= {
        f"<dt>Sponsor</dt><dd>{country('KR', 'en')}</dd>",
        f"<dt>{sponsor}</dt><dd>{country('KR', 'fr')}</dd>",
        '"sponsor_country": "KR"',
        *(f"<dt>{translations(locale).gettext('Donor programme')}</dt><dd>{country('KR', locale)}</dd>"
          for locale in LOCALES),
    }  # fmt: skip
    for applicant in (*DEMO_APPLICANTS, *PAST_APPLICANTS, DEMO_JPO):
        profile = applicant.profile
        identity.values.add(applicant.email)
        if profile.get("birth_date"):
            identity.values |= _birth_dates(date.fromisoformat(profile["birth_date"]))
        for code in profile.get("nationalities") or []:
            identity.values |= _country_names(code)
            identity.patterns.append(re.compile(rf"\b{code}\b"))
        identity.allowed |= _substance(profile) | ({applicant.motivation} - {""})
    with unit_of_work(api.engine) as session:
        for verdict in session.scalars(select(Application.eligibility)):
            for criterion in (verdict or {}).get("criteria", []):
                identity.values |= {html.unescape(str(reason(criterion, locale))) for locale in LOCALES}
    identity.values.discard("")
    return identity


@dataclass
class World:
    vacancies: list[int]
    applications: dict[int, int]  # application id -> its vacancy id
    documents: dict[int, int]  # document id -> its application id
    identity: Identity
    # The past round the demo carried through its recruitment (demo.recruitment): its vacancy, its
    # applications, and the ids of its assessment, panel, slots, invitations and offer by path name.
    past_round: int = 0
    recruitment: dict[str, list[Any]] = field(default_factory=dict)


def _recruitment(api: Api) -> tuple[int, dict[str, list[Any]]]:
    with unit_of_work(api.engine) as session:
        row = session.scalars(select(VacancyRow).where(VacancyRow.status == "closed")).first()
        assert row is not None and row.closing_utc is not None
        past = row.id
        ids = {
            "sponsor": [row.sponsor_country],  # the call of the past round
            "year": [row.closing_utc.year],
            "number": list(session.scalars(select(AssessmentSitting.answer_number))),
            "task": [0],
            "member_id": list(session.scalars(select(PanelMember.id))),
            "slot_id": list(session.scalars(select(InterviewSlot.id))),
            "invitation_id": list(session.scalars(select(InterviewInvitation.id))),
            "offer_id": list(session.scalars(select(Offer.id))),
            "assignment_id": list(session.scalars(select(Assignment.id))),
            "evaluation_id": list(session.scalars(select(Evaluation.id))),
            "check_in_id": list(session.scalars(select(CheckIn.id))),
            "objective_id": list(session.scalars(select(LearningObjective.id))),
            "training_id": list(session.scalars(select(Training.id))),
            "contest_id": list(session.scalars(select(Contest.id))),
        }
    assert all(ids.values()), ids  # the demo played every stage
    return past, ids


def _attach_documents(api: Api) -> dict[int, int]:
    """Each applicant attaches a CV under a file name that says who they are, as people do."""
    documents = {}
    for applicant in DEMO_APPLICANTS:
        token = api.client.post("/api/v1/auth/token",
                                data={"username": applicant.email, "password": APPLICANT_PASSWORD})  # fmt: skip
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        for mine in api.client.get("/api/v1/applications/mine", headers=headers).json():
            name = f"{applicant.email} {applicant.profile.get('birth_date')} passport.pdf"
            response = api.client.post(f"/api/v1/applications/{mine['id']}/documents", headers=headers,
                                       files={"file": (name, PDF)}, data={"kind": "cv"})  # fmt: skip
            if response.status_code in (200, 201):
                documents[response.json()["id"]] = mine["id"]
    return documents


def _shortlist_one(api: Api, with_documents: set[int]) -> None:
    """The reviewer shortlists one long-listed application with a document: blind review opens the
    documents of shortlisted applications only, and the walk reads one."""
    with unit_of_work(api.engine) as session:
        chosen = session.scalar(select(func.min(Application.id)).where(
            Application.status == "longlisted", Application.id.in_(with_documents)))  # fmt: skip
    assert chosen is not None
    token = api.client.post("/api/v1/auth/token", data={"username": REVIEWER[0], "password": REVIEWER[1]})
    moved = api.client.post(f"/api/v1/applications/{chosen}/transitions", json={"to": "shortlisted", "reason": "On."},
                            headers={"Authorization": f"Bearer {token.json()['access_token']}"})  # fmt: skip
    assert moved.status_code == 200, moved.text


def _world(api: Api) -> World:
    with unit_of_work(api.engine) as session:
        rows = load_demo(session, data_dir=api.client.app.state.settings.data_dir, max_bytes=10_000_000,
                         now=datetime.now(UTC))  # fmt: skip
        vacancies = [row.id for row in rows]
    documents = _attach_documents(api)
    _shortlist_one(api, set(documents.values()))
    with unit_of_work(api.engine) as session:
        applications = {a: v for a, v in session.execute(select(Application.id, Application.vacancy_id))}
        assert session.scalar(select(User.id).where(User.email == REVIEWER[0])) is not None
    assert documents and len(applications) >= 8
    past, recruitment = _recruitment(api)
    return World([*vacancies, past], applications, documents, _identity(api), past, recruitment)


def _calls(dependant: Any) -> Iterator[Any]:
    yield dependant.call
    for dependency in dependant.dependencies:
        yield from _calls(dependency)


def _routes(app: FastAPI) -> Iterator[tuple[str, str, bool]]:
    """Every route of the app as (method, path, whether it is for staff only)."""
    for context in iter_route_contexts(app.routes):
        dependant = getattr(context, "dependant", None)
        staff = dependant is not None and bool(STAFF_GUARDS & set(_calls(dependant)))
        for method in sorted((context.methods or set()) - {"HEAD"}):
            yield method, str(context.path), staff


def _fillings(path: str, world: World, *, one_per_vacancy: bool) -> list[dict[str, Any]]:
    """The ways to fill the path's ids from the demo: each document with its application, each
    application with its vacancy (or the first of each vacancy), each vacancy."""
    names = set(re.findall(r"{(\w+)}", path)) - {"locale"}
    if "locale" in path:
        return [{"locale": locale} for locale in LOCALES]
    if names & set(world.recruitment):  # a step of the recruitment: the past round's records
        fills: list[dict[str, Any]] = [{"vacancy_id": world.past_round} if "vacancy_id" in names else {}]
        if "application_id" in names:
            past = [a for a, v in sorted(world.applications.items()) if v == world.past_round]
            fills = [{**fill, "application_id": a} for fill in fills for a in past[:2]]
        for name in sorted(names & set(world.recruitment)):
            fills = [{**fill, name: value} for fill in fills for value in world.recruitment[name][:2]]
        return fills
    if "document_id" in names:
        return [{"document_id": d, "application_id": a, "vacancy_id": world.applications[a]}
                for d, a in world.documents.items()]  # fmt: skip
    if "application_id" in names:
        first: dict[int, int] = {}  # vacancy -> its first application
        for application, vacancy in sorted(world.applications.items()):
            first.setdefault(vacancy, application)
        chosen = set(first.values()) if one_per_vacancy else set(world.applications)
        return [{"application_id": a, "vacancy_id": world.applications[a]} for a in sorted(chosen)]
    if "vacancy_id" in names:
        return [{"vacancy_id": v} for v in world.vacancies]
    assert not names, f"{path}: fill {names} from the demo so this route is walked"
    return [{}]


def _keys(body: Any) -> set[str]:
    if isinstance(body, dict):
        present = {key for key, value in body.items() if value not in (None, [], {})}
        return present.union(*(_keys(value) for value in body.values()))
    if isinstance(body, list):
        return set().union(*(_keys(item) for item in body))
    return set()


def _shown(response: Any) -> str:
    """What a response shows its reader: its headers and, for text, its body (JSON keys checked too)."""
    shown = " ".join(f"{key}: {value}" for key, value in response.headers.items())
    kind = response.headers.get("content-type", "")
    if "json" in kind:
        body = response.json()
        assert not _keys(body) & IDENTITY_KEYS, (str(response.url), _keys(body) & IDENTITY_KEYS)
        return shown + json.dumps(body, ensure_ascii=False)
    return shown + (html.unescape(response.text) if kind.startswith("text/") else "")


@dataclass
class Walk:
    """The reviewer's two ways in (the API with a token, the pages with a cookie) and what was read."""

    api: Api
    world: World
    browser: TestClient
    bearer: dict[str, str]
    read: set[tuple[str, str]] = field(default_factory=set)

    def needs_sign_in(self, url: str) -> bool:
        response = self.api.client.get(url, follow_redirects=False)
        return response.status_code == 401 or "/sign-in" in response.headers.get("location", "")

    def sends(self, method: str, path: str, application: int | None) -> list[dict[str, Any]]:
        """A GET as is; for a staff route that changes something, a refused decision (the page or the
        problem shown again) and an allowed one, so both answers are read."""
        if method == "GET":
            return [{}]
        if path.endswith("/decisions") and not application:  # the table's bulk decision, nothing selected
            return [{"data": {"to": "longlisted", "reason": "On."}}]
        if not application:  # a recruitment step (an assessment, a panel, an offer): sent empty, refusal read
            return [{}]
        view = self.api.client.get(f"/api/v1/staff/applications/{application}", headers=self.bearer)
        to = (view.json()["next_statuses"] or ["selected"])[0]
        if path.startswith("/api/"):
            return [
                {"json": {"to": "selected", "reason": "Not allowed."}},
                {"json": {"to": to, "reason": "On."}},
            ]
        if path.endswith("/decisions"):  # the table's bulk decision, this one application selected
            return [
                {"data": {"application": [application], "to": to, "reason": reason}} for reason in ("", "On.")
            ]
        hx = {"HX-Request": "true"}  # the decision form is sent by htmx, which swaps in the page's ranking
        return [
            {"data": {"to": to, "reason": ""}, "headers": hx},
            {"data": {"to": to, "reason": "On."}, "headers": hx},
        ]

    def visit(self, method: str, path: str, url: str, send: dict[str, Any]) -> None:
        api_route = path.startswith("/api/")
        client, headers = (self.api.client, self.bearer) if api_route else (self.browser, {})
        for locale in ("en",) if api_route else LOCALES:
            response = client.request(
                method, url, params={} if api_route else {"lang": locale}, json=send.get("json"),
                data=send.get("data"), headers={**headers, **send.get("headers", {})},
            )  # fmt: skip
            assert response.status_code < 500, (method, url, response.text)
            # the URL the reviewer asked for, echoed (a problem's `instance`), is not a leak: they typed it
            leaks = self.world.identity.leaks(_shown(response).replace(url, " "))
            assert not leaks, (method, url, locale, response.status_code, leaks)
            if response.status_code < 300:
                self.read.add((method, path))

    def route(self, method: str, path: str, staff: bool) -> None:
        if method != "GET" and not staff:
            return  # a change only candidates, admins or visitors make (signing out, applying, ...)
        for filling in _fillings(path, self.world, one_per_vacancy=method != "GET"):
            url = path.format(**filling)
            if method == "GET" and not self.needs_sign_in(url):
                return  # a public page shows every reader the same vacancies, never an application
            # The bulk route selects the vacancy's last application (the single decision moves its first).
            last = max(
                (a for a, v in self.world.applications.items() if v == filling.get("vacancy_id")),
                default=None,
            )
            for send in self.sends(method, path, filling.get("application_id") or last):
                self.visit(method, path, url, send)


def _signed_in(api: Api) -> tuple[TestClient, dict[str, str]]:
    browser = TestClient(api.client.app, raise_server_exceptions=False, headers={"Accept": "text/html"})
    signed = browser.post("/sign-in", data={"email": REVIEWER[0], "password": REVIEWER[1]},
                          follow_redirects=False)  # fmt: skip
    assert signed.status_code == 303, signed.text
    token = api.client.post("/api/v1/auth/token", data={"username": REVIEWER[0], "password": REVIEWER[1]})
    return browser, {"Authorization": f"Bearer {token.json()['access_token']}"}


MUST_READ = {
    ("GET", "/api/v1/vacancies/{vacancy_id}/applications"), ("GET", "/api/v1/vacancies/{vacancy_id}/ranking"),
    ("GET", "/api/v1/staff/applications/{application_id}"),
    ("GET", "/api/v1/applications/{application_id}/documents/{document_id}"),
    ("POST", "/api/v1/applications/{application_id}/transitions"),
    ("GET", "/review"), ("GET", "/review/vacancies/{vacancy_id}"),
    ("POST", "/review/vacancies/{vacancy_id}/applications/{application_id}/decision"),
    ("GET", "/review/applications/{application_id}"),
    ("GET", "/review/applications/{application_id}/documents/{document_id}"),
}  # fmt: skip


def test_a_reviewer_sees_no_identity_on_any_staff_endpoint_or_page(api: Api) -> None:
    world = _world(api)
    browser, bearer = _signed_in(api)
    walk = Walk(api, world, browser, bearer)
    with browser:
        for method, path, staff in _routes(api.client.app):
            walk.route(method, path, staff)
    assert MUST_READ <= walk.read, MUST_READ - walk.read  # the walk reached what a reviewer works with
