"""draft"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from jpo.api.app import create_app
from jpo.db.migrate import upgrade
from jpo.db.session import make_engine
from jpo.settings import Settings
from tests.api.conftest import Api

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@dataclass(frozen=True)
class Template:
    directory: Path
    headers: dict[str, dict[str, str]]


@dataclass(frozen=True)
class World:
    app: FastAPI
    headers: dict[str, dict[str, str]]


def _settings(directory: Path) -> Settings:
    return Settings(data_dir=directory / "data", database_url=f"sqlite:///{directory / 'jpo.sqlite3'}")


def build_template(directory: Path) -> Template:
    settings = _settings(directory)
    assert settings.database_url is not None
    upgrade(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with TestClient(create_app(settings, engine), raise_server_exceptions=False) as client:
            api = Api(client, engine)
            admin = api.staff("admin@example.org", "admin", sponsor="KR")
            assert api.vacancy(admin) == 1
            assert api.vacancy(admin, seed="003", publish=False) == 2
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
    return Template(directory, {"anonymous": {}, "candidate": candidate, "admin": admin})


def open_world(template: Template, directory: Path) -> Iterator[World]:
    shutil.copytree(template.directory, directory, dirs_exist_ok=True)
    settings = _settings(directory)
    assert settings.database_url is not None
    engine = make_engine(settings.database_url)
    try:
        yield World(create_app(settings, engine), template.headers)
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    return build_template(tmp_path_factory.mktemp("fuzz-template"))


@pytest.fixture
def world(template: Template, tmp_path: Path) -> Iterator[World]:
    yield from open_world(template, tmp_path / "world")
