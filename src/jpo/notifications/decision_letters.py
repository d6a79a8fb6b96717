"""The decision e-mails: one writer per kind (its template is `templates/<kind>.<locale>.txt`)."""

from __future__ import annotations

from jpo.notifications.letter import Writer

LETTERS: dict[str, Writer] = {}
