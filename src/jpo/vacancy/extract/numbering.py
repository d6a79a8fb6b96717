"""The running numbers of a list whose markup numbers its items itself ("#." in reStructuredText, ". step"
in AsciiDoc), one count per level of nesting."""

from __future__ import annotations

__all__ = ["ListNumbers"]


class ListNumbers:
    def __init__(self) -> None:
        self._count: dict[int, int] = {}

    def next(self, level: int) -> int:
        """The number of the next item at a level; a deeper list that ended starts again at 1."""
        for deeper in [known for known in self._count if known > level]:
            del self._count[deeper]
        self._count[level] = self._count.get(level, 0) + 1
        return self._count[level]

    def reset(self) -> None:
        """The list ended: the next item starts at 1."""
        self._count.clear()
