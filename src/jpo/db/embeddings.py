"""The service's embedding cache: vectors by content hash in the database, shared by every worker."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from jpo.db.models import Embedding


class DatabaseCache(MutableMapping[str, bytes]):
    """Reads go through `session`; new vectors wait in memory until `save()`, so the slow embedding
    that makes them holds no write lock. A vector another worker stored first is kept, not an error.

    `shared` (optional) is a process-wide memo read before the database: the caller puts there only
    vectors of public text (a vacancy's requirements), never a person's, so an erasure has nothing to
    chase in memory."""

    def __init__(self, session: Session, shared: MutableMapping[str, bytes] | None = None) -> None:
        self.session = session
        self.shared = shared if shared is not None else {}
        self._read: dict[str, bytes] = {}
        self._new: dict[str, bytes] = {}

    @property
    def has_new(self) -> bool:
        """Whether vectors made since the last save wait to be stored."""
        return bool(self._new)

    def missing(self, keys: set[str]) -> set[str]:
        """The keys with no vector in memory or in the database (one query per 500 keys)."""
        self.prefetch(keys)
        return {key for key in keys if key not in self._read and key not in self.shared}

    def share(self, keys: set[str]) -> None:
        """Keep these vectors (public text only) in the process-wide memo."""
        for key in keys:
            if key in self._read:
                self.shared[key] = self._read[key]

    def save(self) -> None:
        """Store the vectors made since the last save (the unit of work must be writing)."""
        if not self._new:
            return
        insert = postgresql_insert if self.session.get_bind().dialect.name == "postgresql" else sqlite_insert
        rows = [{"key": key, "vector": vector} for key, vector in sorted(self._new.items())]
        for start in range(0, len(rows), 500):
            self.session.execute(insert(Embedding).values(rows[start : start + 500]).on_conflict_do_nothing())
        self._new.clear()

    def prefetch(self, keys: set[str]) -> None:
        """Read many vectors in a few queries instead of one query each."""
        wanted = sorted(key for key in keys if key not in self._read and key not in self.shared)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self.session.execute(
                select(Embedding.key, Embedding.vector).where(Embedding.key.in_(chunk))
            )
            self._read.update({key: vector for key, vector in rows})

    def __getitem__(self, key: str) -> bytes:
        if key in self.shared and key not in self._read:
            return self.shared[key]
        if key not in self._read:
            vector = self.session.scalar(select(Embedding.vector).where(Embedding.key == key))
            if vector is None:
                raise KeyError(key)
            self._read[key] = vector
        return self._read[key]

    def __setitem__(self, key: str, value: bytes) -> None:
        self._new[key] = self._read[key] = value

    def __delitem__(self, key: str) -> None:
        self.session.execute(delete(Embedding).where(Embedding.key == key))
        self._read.pop(key, None)
        self._new.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self.session.scalars(select(Embedding.key)))

    def __len__(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Embedding)) or 0
