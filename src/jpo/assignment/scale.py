"""The UN performance rating scale of e-performance, best first."""

from __future__ import annotations

from typing import Final

RATINGS: Final = ("outstanding", "exceeds", "successfully_meets", "partially_meets", "does_not_meet")
# The English names; pages write them in the reader's language through the catalogue.
RATING_NAMES: Final = {
    "outstanding": "Outstanding",
    "exceeds": "Exceeds performance expectations",
    "successfully_meets": "Successfully meets performance expectations",
    "partially_meets": "Partially meets performance expectations",
    "does_not_meet": "Does not meet performance expectations",
}


def is_rating(value: object) -> bool:
    return isinstance(value, str) and value in RATINGS
