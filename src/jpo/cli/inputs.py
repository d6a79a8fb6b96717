"""Reading the documents commands take: profiles and vacancies (a ToR or a jpo.vacancy/1 file)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jpo.cli.output import fail

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from jpo.contracts.profile import Profile
    from jpo.contracts.vacancy import Vacancy


def _problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "(document)"
    more = f" (and {error.error_count() - 1} more problems)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def _load_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        fail(f"{path}: file not found")
    except (OSError, UnicodeDecodeError) as error:
        fail(f"{path}: cannot read the file ({error})")
    except json.JSONDecodeError as error:
        fail(f"{path}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})")


def _validated(model: type[BaseModel], path: Path) -> BaseModel:
    from pydantic import ValidationError

    try:
        return model.model_validate(_load_json(path))
    except ValidationError as error:
        fail(f"{path}: {_problem(error)}")


def load_profile(path: Path) -> Profile:
    """A jpo.profile/1 file; one precise line (field path and problem) when it breaks the schema."""
    from jpo.contracts.profile import Profile

    profile = _validated(Profile, path)
    assert isinstance(profile, Profile)
    return profile


def load_vacancy(path: Path) -> Vacancy:
    """A jpo.vacancy/1 JSON file, or a ToR document parsed on the fly."""
    from jpo.contracts.vacancy import Vacancy
    from jpo.errors import JpoError
    from jpo.settings import get_settings
    from jpo.vacancy.parse import parse_file

    if path.suffix.lower() == ".json":
        vacancy = _validated(Vacancy, path)
        assert isinstance(vacancy, Vacancy)
        return vacancy
    try:
        return parse_file(path, max_bytes=get_settings().max_upload_bytes)
    except JpoError as error:
        fail(f"{path}: {error.message}")


def parse_moment(text: str | None) -> datetime | None:
    """`--on`: an ISO date (taken at 00:00 UTC) or date-time (UTC unless it names an offset)."""
    if text is None:
        return None
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        fail(f"--on: {text!r} is not an ISO date or date-time (e.g. 2024-08-01 or 2024-08-09T15:00:00Z)")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def profile_files(paths: list[Path]) -> list[Path]:
    """Profile files named, and the *.json files of folders named, in order."""
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not found:
        fail("no profiles given (files or folders of *.json)")
    return found
