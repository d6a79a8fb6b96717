"""Compare a parsed vacancy with an expected subset, under the conventions of tests/data/*/expected."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

_OBJECT_KEYS = ("duty_station", "closing", "alternative")


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split()).casefold()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_norm(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    return value


def value_at(doc: dict[str, Any], path: str) -> Any:
    current: Any = doc
    for part in path.split("."):
        if not isinstance(current, dict) or part not in current:
            return KeyError
        current = current[part]
    return current


def leaves(expected: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for key, value in expected.items():
        if key.startswith("_"):
            continue
        if isinstance(value, dict) and value and key not in _OBJECT_KEYS:
            found += leaves(value, f"{prefix}{key}.")
        else:
            found.append((f"{prefix}{key}", value))
    return found


def matches(want: Any, got: Any) -> bool:
    if isinstance(want, dict) and isinstance(got, dict):
        return all(_norm(got.get(k)) == _norm(v) for k, v in want.items())
    if isinstance(want, list) and want and all(isinstance(w, dict) for w in want):
        if not isinstance(got, list) or len(got) != len(want):
            return False
        pool = list(got)
        for w in want:
            hit = next((g for g in pool if matches(w, g)), None)
            if hit is None:
                return False
            pool.remove(hit)
        return True
    if isinstance(want, list) and want and all(isinstance(w, list) for w in want):
        return isinstance(got, list) and sorted(map(sorted, want)) == sorted(map(sorted, got))
    return got is not KeyError and _norm(got) == _norm(want)


def mismatches(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """One line per expected field that the actual document does not match."""
    bad: list[str] = []
    for path, want in leaves(expected):
        if path.endswith("required_set"):
            required = value_at(actual, path.rsplit(".", 1)[0] + ".required")
            got = sorted({c for group in required for c in group}) if isinstance(required, list) else None
            if got != sorted(want):
                bad.append(f"{path}: want {sorted(want)} got {got}")
            continue
        got = value_at(actual, path)
        if not matches(want, got):
            bad.append(
                f"{path}: want {json.dumps(want)} got {json.dumps(got) if got is not KeyError else '-'}"
            )
    for path, n in expected.get("_len", {}).items():
        got = value_at(actual, path)
        if not isinstance(got, list) or len(got) != n:
            bad.append(f"len({path}): want {n} got {len(got) if isinstance(got, list) else got}")
    for prefix in warned_fields(expected):
        if not any(str(w.get("field", "")).startswith(prefix) for w in actual.get("warnings", [])):
            bad.append(f"warnings: none on {prefix}")
    return bad


def warned_fields(expected: dict[str, Any]) -> list[str]:
    """The field prefixes a gold's `_warning_on` names: one string, or a list of them."""
    named = expected.get("_warning_on") or []
    return [named] if isinstance(named, str) else list(named)


def design_batches(data: Path) -> list[Path]:
    """The design batches of ToRs and their gold, in order: `tors`, `tors2`, … `tors10`, …"""
    found = [p for p in data.glob("tors*") if p.is_dir() and re.fullmatch(r"tors\d*", p.name)]
    return sorted(found, key=lambda p: int(p.name[4:] or 1))
