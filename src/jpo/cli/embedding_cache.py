"""The CLI's embedding cache: vectors by content hash in one SQLite file under JPO_DATA_DIR."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, MutableMapping
from pathlib import Path


class DiskCache(MutableMapping[str, bytes]):
    """A persistent key → bytes map; a damaged or unwritable file degrades to no cache, never an error."""

    def __init__(self, path: Path) -> None:
        self._memory: dict[str, bytes] = {}
        self._db: sqlite3.Connection | None = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        except (OSError, sqlite3.Error):
            self._db = None

    def __getitem__(self, key: str) -> bytes:
        if key in self._memory:
            return self._memory[key]
        row = self._query("SELECT value FROM vectors WHERE key = ?", key)
        if row is None:
            raise KeyError(key)
        self._memory[key] = row[0]
        return bytes(row[0])

    def _query(self, sql: str, key: str) -> tuple[bytes] | None:
        if self._db is None:
            return None
        try:
            found: tuple[bytes] | None = self._db.execute(sql, (key,)).fetchone()
            return found
        except sqlite3.Error:
            return None

    def __setitem__(self, key: str, value: bytes) -> None:
        self._memory[key] = value
        if self._db is not None:
            try:
                self._db.execute("INSERT OR REPLACE INTO vectors (key, value) VALUES (?, ?)", (key, value))
            except sqlite3.Error:
                self._db = None

    def __delitem__(self, key: str) -> None:
        self._memory.pop(key, None)
        if self._db is not None:
            self._db.execute("DELETE FROM vectors WHERE key = ?", (key,))

    def __iter__(self) -> Iterator[str]:
        return iter(self._memory)

    def __len__(self) -> int:
        return len(self._memory)
