"""A vacancy as an applicant-tracking system's API returns it, saved as text: JSON read as its page shows it.

The facts become "Label: value" rows named after their keys ("applyBy" is "Apply by"), a custom field's
label and value one row, dates in words, and each HTML body (the ToR itself) its text. Plumbing a reader
never sees (ids of records, links, colours, booleans) is left out.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

__all__ = ["from_json"]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MAX_DEPTH = 12  # an API's posting nests a few levels; deeper is no page anyone reads
_HTML = re.compile(r"<(?:p|div|ul|ol|li|br|strong|b|em|h[1-6]|table|tr|td|span)\b", re.IGNORECASE)
_PLUMBING = re.compile(
    r"^(?:https?://\S+|#[0-9a-f]{3,8}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
# Keys that only name a record or its state for the machine
_MACHINE_KEYS = frozenset(
    {"id", "uuid", "guid", "status", "visibility", "apiversion", "requestid", "fieldid"}
)
_GENERIC = frozenset({"name", "value", "text", "code", "type", "label"})
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


def from_json(text: str) -> str:
    """The page a JSON document describes; any other text as it is."""
    if not text.lstrip().startswith(("{", "[")):
        return text
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # (not JSON after all, or nested past the parser's depth)
        return text
    if not isinstance(data, dict | list):
        return text
    lines: list[str] = []
    _render(data, "", lines, depth=0)
    # a JSON string may escape control characters ("\u0000") the file itself could not hold: none is text
    return _CONTROL.sub(" ", "\n".join(lines).strip("\n")) + "\n" if lines else text


def _render(value: object, key: str, lines: list[str], *, depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        _render_object(value, key, lines, depth=depth)
    elif isinstance(value, list):
        if value and all(isinstance(item, str) for item in value):
            lines += ["", f"{_label(key)}:", *(f"- {item.strip()}" for item in value if item.strip()), ""]
            return
        for item in value:
            _render(item, key, lines, depth=depth + 1)
    elif isinstance(value, str):
        _render_text(value, key, lines)
    elif isinstance(value, int | float) and not isinstance(value, bool) and key:
        lines.append(f"{_label(key)}: {value}")


def _render_object(value: dict[str, object], key: str, lines: list[str], *, depth: int) -> None:
    # a custom field: {"label": "Grade", "value": "P-2"}
    label = value.get("label", value.get("name"))
    shown = value.get("value")
    if isinstance(label, str) and isinstance(shown, str | int | float) and not isinstance(shown, bool):
        lines.append(f"{label.strip()}: {shown}")
        return
    for child, item in value.items():
        if _compact(child) in _MACHINE_KEYS or child.startswith(("@", "_")):
            continue
        name = f"{key} {child}" if key and _compact(child) in _GENERIC else child
        _render(item, name, lines, depth=depth + 1)


def _render_text(value: str, key: str, lines: list[str]) -> None:
    text = value.strip()
    if not text or _PLUMBING.match(text):
        return
    if _HTML.search(text):
        from jpo.vacancy.extract.html import fragment_lines  # lxml, only for a document that needs it

        lines += ["", *fragment_lines(text), ""]
    elif "\n" in text:
        lines += ["", f"{_label(key)}:", *text.splitlines(), ""]
    elif key:
        lines.append(f"{_label(key)}: {_date_in_words(text)}")


def _compact(key: str) -> str:
    return re.sub(r"[\W_]", "", key).lower()


# A system's abbreviations in its keys, in the words its page prints
_ABBREVIATIONS = {
    "req": "requisition",
    "ref": "reference",
    "num": "number",
    "no": "number",
    "desc": "description",
}


def _label(key: str) -> str:
    """ "applyBy" is "Apply by", "job_req_id" "Job requisition id"."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|[_\-.]+", " ", key).split()
    words = [_ABBREVIATIONS.get(word.lower(), word) for word in words]
    return " ".join(words).capitalize() if words else "Value"


def _date_in_words(text: str) -> str:
    """ "2026-04-19T23:59:00+02:00" as a page shows it: "19 April 2026, 23:59 (UTC+02:00)"."""
    if not _ISO_DATE.match(text):
        return text
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return text
    day = f"{when.day} {_MONTHS[when.month - 1]} {when.year}"
    if len(text) == 10:
        return day
    offset = when.strftime("%z")
    zone = "" if not offset else " (UTC)" if offset == "+0000" else f" (UTC{offset[:3]}:{offset[3:]})"
    return f"{day}, {when:%H:%M}{zone}"
