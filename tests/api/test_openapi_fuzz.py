"""The API against its own OpenAPI document: schemathesis generates requests from /api/v1/openapi.json
(valid and invalid ones) for every operation, signed out and signed in as a candidate, an admin and
an auditor, over a freshly migrated SQLite database holding real objects (vacancies 1 and 3
published, 2 a draft; application 1 to vacancy 1, with document 1), and checks every response with
schemathesis' built-in checks (no 5xx; status code, content type, headers and body as documented)
and ours (every error is an RFC 9457 problem document; every 401 says how to authenticate).

Nothing is tolerated: the faults this test first found (error responses undocumented, 422 documented
as plain JSON, downloads documented as octet-stream, a 500 on ids beyond the database's integers)
are fixed and each has a test below. JPO_FUZZ_EXAMPLES and JPO_FUZZ_SEED (an int, or "random")
explore further than `make test` does.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from jpo.app import create_app
from jpo.applications.documents import MEDIA_TYPES
from jpo.db.migrate import upgrade
from jpo.db.session import make_engine
from jpo.settings import Settings
from tests.api.conftest import Api

SPEC = "/api/v1/openapi.json"
PROMISED_PATHS = (
    "/api/v1/users",
    "/api/v1/auth/token",
    "/api/v1/vacancies",
    "/api/v1/vacancies/{vacancy_id}",
    "/api/v1/vacancies/{vacancy_id}/publish",
    "/api/v1/profiles/me",
    "/api/v1/profiles/me/export",
    "/api/v1/vacancies/{vacancy_id}/eligibility",
    "/api/v1/vacancies/{vacancy_id}/applications",
    "/api/v1/applications/mine",
    "/api/v1/applications/{application_id}/withdraw",
    "/api/v1/applications/{application_id}/transitions",
    "/api/v1/vacancies/{vacancy_id}/assessment",
    "/api/v1/applications/{application_id}/assessment",
    "/api/v1/assessment-sheets/{number}/marks",
    "/api/v1/assessment-sheets/{number}/moderation",
    "/api/v1/vacancies/{vacancy_id}/interview-kit",
    "/api/v1/vacancies/{vacancy_id}/panel",
    "/api/v1/vacancies/{vacancy_id}/interviews/{application_id}/my-score",
    "/api/v1/vacancies/{vacancy_id}/interviews/{application_id}/sheet",
    "/api/v1/vacancies/{vacancy_id}/interviews/{application_id}/recommendation",
    "/api/v1/vacancies/{vacancy_id}/interview-slots",
    "/api/v1/interview-slots/{slot_id}",
    "/api/v1/vacancies/{vacancy_id}/interview-invitations",
    "/api/v1/vacancies/{vacancy_id}/selection",
    "/api/v1/applications/{application_id}/selection",
    "/api/v1/applications/{application_id}/selection/confirm",
    "/api/v1/applications/{application_id}/selection/decline",
    "/api/v1/applications/{application_id}/offer",
    "/api/v1/offers/{offer_id}",
    "/api/v1/offers/{offer_id}/accept",
    "/api/v1/offers/{offer_id}/decline",
    "/api/v1/vacancies/{vacancy_id}/close-recruitment",
    "/api/v1/interview-invitations/{invitation_id}/booking",
)
ROLES = ("anonymous", "candidate", "admin", "auditor")
REAL_IDS = (1, 2, 3)  # vacancies 1 and 3 (published), 2 (draft); application 1 (to vacancy 1); document 1
PROBLEM = "application/problem+json"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

MAX_EXAMPLES = int(os.environ.get("JPO_FUZZ_EXAMPLES", "10"))  # per operation and role
_SEED = os.environ.get("JPO_FUZZ_SEED", "20240809")  # fixed by default: `make test` is repeatable

_HUGE = 2**63  # beyond every database's integers


def _settings(directory: Path) -> Settings:
    return Settings(data_dir=directory / "data", database_url=f"sqlite:///{directory / 'jpo.sqlite3'}")


@dataclass(frozen=True)
class Template:
    """A database (and data folder) with something to find, built once and copied for each test."""

    directory: Path
    headers: dict[str, dict[str, str]]


@dataclass(frozen=True)
class World:
    app: FastAPI
    headers: dict[str, dict[str, str]]


def build_template(directory: Path) -> Template:
    settings = _settings(directory)
    assert settings.database_url is not None
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with TestClient(create_app(settings, engine), raise_server_exceptions=False) as client:
            api = Api(client, engine)
            admin = api.staff("admin@example.org", "admin", sponsor="KR")
            auditor = api.staff("auditor@example.org", "auditor")
            assert api.vacancy(admin) == 1
            assert api.vacancy(admin, seed="003", publish=False) == 2
            assert api.vacancy(admin) == 3  # published, and not yet applied to
            candidate = api.candidate("candidate@example.org")
            applied = api.apply(candidate, 1)
            assert applied.status_code == 201 and applied.json()["id"] == 1, applied.text
            uploaded = client.post(
                "/api/v1/applications/1/documents",
                files={"file": ("cv.pdf", PDF)},
                data={"kind": "cv"},
                headers=candidate,
            )
            assert uploaded.status_code == 201 and uploaded.json()["id"] == 1, uploaded.text
    finally:
        engine.dispose()
    headers = {"anonymous": {}, "candidate": candidate, "admin": admin, "auditor": auditor}
    return Template(directory, headers)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("fuzz-template"))


@pytest.fixture
def world(template: Template, tmp_path: Path) -> Iterator[World]:
    """A fresh copy of the template for each operation and role: what one fuzzes cannot spoil the next."""
    directory = tmp_path / "world"
    shutil.copytree(template.directory, directory)
    settings = _settings(directory)
    assert settings.database_url is not None
    engine = make_engine(settings.database_url)
    try:
        yield World(create_app(settings, engine), template.headers)
    finally:
        engine.dispose()


def _document() -> dict[str, Any]:
    """The document the app serves (test_the_openapi_document_is_served checks it is the same)."""
    offline = Settings(data_dir=Path("unused"), database_url="sqlite://")
    return create_app(offline, make_engine("sqlite://")).openapi()


_CONFIG: dict[str, Any] = {
    "generation": {"mode": "all", "database": "none"},  # valid and invalid requests; no example database
    "phases": {  # the spec's examples; boundary values of valid requests; then fuzzing
        "coverage": {"generation": {"mode": "positive"}},
        "stateful": {"enabled": False},
    },
}
if _SEED != "random":
    _CONFIG["seed"] = int(_SEED)
schema = schemathesis.openapi.from_dict(_document(), config=schemathesis.Config.from_dict(_CONFIG))


@schema.hook
def flatmap_path_parameters(context: schemathesis.HookContext, path_parameters: Any) -> Any:
    """Half the time, integer ids are ones that exist, so requests reach past the 404."""
    if not path_parameters:
        return st.just(path_parameters)
    real = {name: st.sampled_from(REAL_IDS) for name, value in path_parameters.items() if type(value) is int}
    fixed = {name: st.just(value) for name, value in path_parameters.items()}
    return st.one_of(st.just(path_parameters), st.fixed_dictionaries({**fixed, **real}))


def _media_type(response: schemathesis.Response) -> str:
    values = response.headers.get("content-type") or [""]
    return values[0].split(";")[0].strip().lower()


def _is_problem(response: schemathesis.Response) -> bool:
    if _media_type(response) != PROBLEM:
        return False
    try:
        body = json.loads(response.content)
    except ValueError:
        return False
    return (
        isinstance(body, dict)
        and isinstance(body.get("type"), str)
        and isinstance(body.get("title"), str)
        and body.get("status") == response.status_code
        and isinstance(body.get("detail"), str)
    )


def problem_document(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case[Any]
) -> bool | None:
    """Every error leaves the API as an RFC 9457 problem document, as the product promises."""
    if response.status_code < 400:
        return None
    assert _is_problem(response), (
        f"a {response.status_code} that is not an RFC 9457 problem document "
        f"({_media_type(response) or 'no content type'}): {response.content[:300]!r}"
    )
    if response.status_code == 401:
        assert "www-authenticate" in response.headers, "a 401 without WWW-Authenticate (RFC 9110, 15.5.2)"
    return None


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    problem_document,
]


@schema.parametrize()
@pytest.mark.parametrize("role", ROLES)
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_keeps_to_its_openapi_document(case: schemathesis.Case[Any], role: str, world: World) -> None:
    """One test per operation and role; each case is sent with that role's bearer token (if any)."""
    case.call_and_validate(app=world.app, headers=dict(world.headers[role]), checks=CHECKS)


def test_the_openapi_document_is_served(world: World) -> None:
    with TestClient(world.app) as client:
        response = client.get(SPEC)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    document = response.json()
    assert document["openapi"].startswith("3.")
    missing = [path for path in PROMISED_PATHS if path not in document["paths"]]
    assert not missing, f"the OpenAPI document lacks {missing}"
    assert document == schema.raw_schema, "the fuzz test must run against the document the app serves"


# --- The faults the fuzzing first found, each kept fixed by a test. ---


def _operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in schema.raw_schema["paths"].items():
        for method, operation in item.items():
            yield method.upper(), path, operation


def test_the_spec_documents_validation_errors_as_problem_documents() -> None:
    wrong = [
        f"{method} {path}: {sorted(operation['responses']['422'].get('content', {}))}"
        for method, path, operation in _operations()
        if "422" in operation["responses"]
        and set(operation["responses"]["422"].get("content", {})) != {PROBLEM}
    ]
    assert not wrong, "422 not documented as application/problem+json:\n" + "\n".join(wrong)


def test_the_spec_documents_the_errors_it_sends() -> None:
    missing = []
    for method, path, operation in _operations():
        expected = {"401"} if operation.get("security") else set()
        if "{" in path:
            expected.add("404")
        if "requestBody" in operation:
            expected.add("400")  # a body that cannot be parsed at all
        absent = sorted(expected - set(operation["responses"]))
        if absent:
            missing.append(f"{method} {path}: {absent}")
    assert not missing, "undocumented error responses:\n" + "\n".join(missing)


def test_the_spec_documents_the_media_types_of_downloads() -> None:
    path = schema.raw_schema["paths"]["/api/v1/applications/{application_id}/documents/{document_id}"]
    documented = set(path["get"]["responses"]["200"]["content"])
    assert set(MEDIA_TYPES.values()) <= documented, f"documented: {sorted(documented)}"


_BODIES: dict[str, dict[str, Any]] = {  # a valid body, so that the request reaches the id
    "PATCH /api/v1/vacancies/{vacancy_id}": {"json": {}},
    "POST /api/v1/vacancies/{vacancy_id}/applications": {"json": {"motivation": "x"}},
    "POST /api/v1/applications/{application_id}/documents": {
        "files": {"file": ("cv.pdf", PDF)},
        "data": {"kind": "cv"},
    },
    "POST /api/v1/applications/{application_id}/transitions": {"json": {"to": "longlisted", "reason": "x"}},
}


def _path_parameters(path: str) -> list[str]:
    return [part.split("}")[0] for part in path.split("{")[1:]]


def test_huge_ids_are_not_a_server_error(world: World) -> None:
    huge = str(_HUGE)
    audit = "/api/v1/audit/events"
    requests = [("GET", audit, f"{audit}?{name}={huge}", "auditor") for name in ("subject_id", "before_id")]
    for method, path, _ in _operations():
        if "{" in path:
            url = path.format_map({name: huge for name in _path_parameters(path)})  # every id huge
            requests += [(method, path, url, "candidate"), (method, path, url, "admin")]
    errors = []
    with TestClient(world.app, raise_server_exceptions=False) as client:
        for method, path, url, role in requests:
            body = _BODIES.get(f"{method} {path}", {})
            response = client.request(method, url, headers=world.headers[role], **body)
            if response.status_code >= 500:
                errors.append(f"{method} {url} as {role}: {response.status_code}")
    assert not errors, f"{len(errors)} of {len(requests)} requests failed:\n" + "\n".join(errors)
