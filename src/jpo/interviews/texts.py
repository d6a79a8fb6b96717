"""Text a panel writes (evidence, statements, reasons, kit entries) checked as every edge checks it:
no control characters, a length limit, required or not; one error naming the field."""

from __future__ import annotations

from jpo.contracts.text import forbidden_character
from jpo.errors import InputError


def checked_text(value: str | None, *, field: str, limit: int, required: bool = False) -> str:
    """`value` stripped, or InputError naming `field` (empty when required, too long, a control character)."""
    text = (value or "").strip()
    if required and not text:
        raise InputError(f"{field}: required", field=field)
    if len(text) > limit:
        raise InputError(f"{field}: at most {limit} characters", field=field)
    found = forbidden_character(text)
    if found is not None:
        raise InputError(f"{field}: holds the control character U+{ord(found):04X}", field=field)
    return text
