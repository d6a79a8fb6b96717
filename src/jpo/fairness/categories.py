"""The categories a candidate may self-identify in, for the fairness audit only. Each question is
optional and may be answered "prefer not to say", which the audit counts as unknown.

Purposes: gender and age band are the categories of NYC Local Law 144's audits and of the UN's gender
parity and youth targets; the UN regional group is how the UN reads geographical balance; disability
follows the UN Disability Inclusion Strategy. None of them is read by eligibility or ranking.
"""

from __future__ import annotations

from typing import Final

PREFER_NOT_TO_SAY: Final = "prefer_not_to_say"

CATEGORIES: Final[dict[str, tuple[str, ...]]] = {
    "gender": ("woman", "man", "non_binary", "another", PREFER_NOT_TO_SAY),
    "age_band": ("under_25", "25_29", "30_34", "35_plus", PREFER_NOT_TO_SAY),
    # The five regional groups of UN Member States (General Assembly practice).
    "regional_group": (
        "african",
        "asia_pacific",
        "eastern_european",
        "latin_american_caribbean",
        "western_european_other",
        PREFER_NOT_TO_SAY,
    ),
    "disability": ("yes", "no", PREFER_NOT_TO_SAY),
}


def known(value: str | None) -> str | None:
    """The value as the audit counts it: "prefer not to say" and no answer are unknown."""
    return None if value in (None, "", PREFER_NOT_TO_SAY) else value


def check_answer(category: str, value: str | None) -> str | None:
    """An answer, or None for none; ValueError for an unknown category or value."""
    if category not in CATEGORIES:
        raise ValueError(f"{category}: not a self-identification question")
    if value in (None, ""):
        return None
    if value not in CATEGORIES[category]:
        raise ValueError(f"{category}: {value!r} is not one of {', '.join(CATEGORIES[category])}")
    return value
