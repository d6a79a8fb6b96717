"""The admin's form of a vacancy's document checklist (`admin/_checklist.html`): what it shows for the
checklist in force (confirmed, or proposed from the ToR) and the checklist read back from what was typed,
with the errors by input."""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from jpo.applications.checklist import CONDITIONS, KINDS, Checklist, ChecklistItem
from jpo.contracts.text import forbidden_character
from jpo.db.models import VacancyRow
from jpo.vacancies.checklists import is_confirmed, vacancy_checklist
from jpo.web.i18n import N_

KIND_LABELS = {"cv": N_("CV"), "motivation_letter": N_("Motivation letter"),
               "application_form": N_("Application form"), "degree": N_("Diploma"),
               "test_certificate": N_("Language test certificate"), "identity": N_("Identity document"),
               "military_record": N_("Military service record"), "reference": N_("Reference letter"),
               "other": N_("Other document")}  # fmt: skip
RULE_LABELS = {"required": N_("Required"), "optional": N_("Optional"),
               "required_when": N_("Required when…")}  # fmt: skip
CONDITION_LABELS = {"male": N_("the candidate is male"),
                    "completed_military_service": N_("the candidate completed military service"),
                    "holds_language_test": N_("the candidate declared a language test")}  # fmt: skip
BLANK_ROWS = 1  # empty rows offered to add an item
_KEY = re.compile(r"[^a-z0-9-]+")


def checklist_context(row: VacancyRow, done: str | None = None, **more: Any) -> dict[str, Any]:
    """What `admin/_checklist.html` needs: the checklist in force as form rows, and labels."""
    checklist = vacancy_checklist(row)
    rows = [_row_of(item) for item in checklist.items] + [_blank() for _ in range(BLANK_ROWS)]
    context = {"confirmed": is_confirmed(row), "letter": checklist.motivation_letter, "rows": rows,
               "undecided": [] if is_confirmed(row) else [i.label for i in checklist.needs_decision()],
               "kinds": KIND_LABELS, "rules": RULE_LABELS, "conditions": CONDITION_LABELS,
               "errors": {}, "error": None, "done": done}  # fmt: skip
    return {"checklist": {**context, **more}}


def _row_of(item: ChecklistItem) -> dict[str, Any]:
    return {"key": item.key, "label": item.label, "kind": item.kind, "rule": item.rule,
            "when": list(item.when), "unchecked": item.unchecked_condition or ""}  # fmt: skip


def _blank() -> dict[str, Any]:
    return {"key": "", "label": "", "kind": "other", "rule": "required", "when": [], "unchecked": ""}


def _read_row(index: int, form: dict[str, list[str]]) -> dict[str, Any]:
    def one(name: str, default: str = "") -> str:
        return (form.get(f"items-{index}-{name}") or [default])[0]

    return {"key": one("key"), "label": one("label").strip(), "kind": one("kind", "other"),
            "rule": one("rule", "required"), "when": form.get(f"items-{index}-when", []),
            "unchecked": one("unchecked"), "remove": one("remove") == "yes"}  # fmt: skip


def _fresh_key(kind: str, taken: set[str]) -> str:
    base = _KEY.sub("-", kind.replace("_", "-")).strip("-") or "item"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def _row_errors(where: str, row: dict[str, Any]) -> dict[str, str]:
    """What is wrong with one typed row, by input name."""
    errors: dict[str, str] = {}
    if not row["label"]:
        errors[f"{where}-label"] = N_("Write what the document is, in the ToR's words.")
    elif forbidden_character(row["label"]):
        errors[f"{where}-label"] = N_("Remove the control characters (such as NUL) from this text.")
    if row["kind"] not in KINDS:
        errors[f"{where}-kind"] = N_("Choose one of the options.")
    if row["rule"] == "required_when" and not row["when"]:
        errors[f"{where}-rule"] = N_("Tick at least one condition, or choose Required or Optional.")
    if any(c not in CONDITIONS for c in row["when"]) or row["rule"] not in RULE_LABELS:
        errors[f"{where}-rule"] = N_("Choose one of the options.")
    return errors


def read_checklist(
    form: dict[str, list[str]],
) -> tuple[Checklist | None, list[dict[str, Any]], dict[str, str]]:
    """The checklist typed (None when it cannot be read), the rows to show again, and the errors by input
    name (English; the page translates them)."""
    count = int(form.get("items", ["0"])[0]) if form.get("items", ["0"])[0].isdecimal() else 0
    rows = [_read_row(i, form) for i in range(min(count, 60))]
    errors: dict[str, str] = {}
    items: list[dict[str, Any]] = []
    taken = {row["key"] for row in rows if row["key"] and not row["remove"]}
    for index, row in enumerate(rows):
        if row["remove"] or (not row["key"] and not row["label"]):
            continue
        errors |= _row_errors(f"items-{index}", row)
        key = row["key"] or _fresh_key(row["kind"], taken)
        taken.add(key)
        # Kept once decided: the admin chose the rule; the ToR's words stay for the record only
        # until then.
        items.append({"key": key, "label": row["label"][:1000], "kind": row["kind"], "rule": row["rule"],
                      "when": row["when"] if row["rule"] == "required_when" else []})  # fmt: skip
    letter = (form.get("motivation_letter") or ["optional"])[0]
    if letter not in ("required", "optional"):
        errors["motivation_letter"] = N_("Choose one of the options.")
    shown = [{**row, "when": row["when"]} for row in rows if not row["remove"]] + [_blank()]
    if errors:
        return None, shown, errors
    try:
        return Checklist.model_validate({"motivation_letter": letter, "items": items}), shown, {}
    except ValidationError:
        return None, shown, {"items": N_("This list could not be saved: check each document's line.")}
