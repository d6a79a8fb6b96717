"""Sponsor rule packs: loaded once from package data, validated, and resolved to a date."""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path

import yaml
from pydantic import ValidationError

from jpo.contracts.rulepack import Clause, Rulepack
from jpo.errors import InputError


def load_pack(text: str, name: str) -> Rulepack:
    """A pack from YAML text; InputError naming the field path when it breaks the schema."""
    try:
        data = yaml.safe_load(text)
        return Rulepack.model_validate(data)
    except yaml.YAMLError as error:
        raise InputError(f"{name}: not valid YAML ({str(error).splitlines()[0]})") from error
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(document)"
        raise InputError(f"{name}: {where}: {first['msg']}") from error


def pack_files() -> list[Path]:
    """The YAML files shipped in `jpo.rulepacks`."""
    folder = files("jpo.rulepacks")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml"))


@cache
def shipped_packs() -> dict[str, Rulepack]:
    """Every shipped pack by sponsor code."""
    packs = [load_pack(path.read_text(encoding="utf-8"), path.name) for path in pack_files()]
    return {pack.sponsor: pack for pack in packs}


def clause_in_force(pack: Rulepack, on: date) -> Clause | None:
    """The clause whose period contains `on` (the latest one starting on or before it)."""
    current = [
        clause
        for clause in pack.clauses
        if clause.effective_from <= on and (clause.effective_until is None or on < clause.effective_until)
    ]
    return max(current, key=lambda clause: clause.effective_from, default=None)
