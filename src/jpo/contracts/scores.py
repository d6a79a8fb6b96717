"""Language tests as profiles and vacancies name them: one key per test, and the scale of each numeric
test (the level-based ones, DELF or DALF, take a CEFR level such as "B2")."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

CEFR: Final = ("A1", "A2", "B1", "B2", "C1", "C2")

# The lowest and highest score of each numeric test, by `test_key`.
SCALES: Final[dict[str, tuple[int, int]]] = {
    "TOEFL iBT": (0, 120), "TOEFL PBT": (310, 677), "TOEFL ITP": (310, 677), "IELTS": (0, 9),
    "TOEIC": (10, 990), "TEPS": (10, 990), "NEW TEPS": (10, 600),
}  # fmt: skip


@lru_cache(maxsize=256)  # bounded: names come from candidates
def test_key(name: str) -> str:
    """Test names compared loosely: "TOEFL", "TOEFL iBT" and "iBT TOEFL" are one test."""
    words = name.upper().replace("-", " ").split()
    if "TOEFL" in words:
        return "TOEFL PBT" if "PBT" in words else "TOEFL ITP" if "ITP" in words else "TOEFL iBT"
    if words and words[0] == "IELTS":
        return "IELTS"
    return " ".join(words)
