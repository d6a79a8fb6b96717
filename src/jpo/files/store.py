"""A content-addressed file store: the SHA-256 of the bytes is the name; writing is atomic. One file can
be referred to by several rows (the same PDF attached by a candidate and uploaded by an admin), so a file
is removed only when nothing refers to it any more (`db.repositories.unreferenced_files`), after the
transaction that dropped the last reference commits."""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def put(root: Path, data: bytes) -> str:
    """Store `data` under `root` once, whatever the number of calls; return its SHA-256."""
    digest = digest_of(data)
    target = path_of(root, digest)
    if target.exists():
        # Fresh again: the retention sweep takes only files untouched for a day that no row names,
        # and this one is about to be named.
        with contextlib.suppress(FileNotFoundError):
            os.utime(target)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(temporary).replace(target)  # atomic: a reader sees all of the file or none of it
    return digest


def digest_of(data: bytes) -> str:
    """The name `put` stores `data` under."""
    return hashlib.sha256(data).hexdigest()


def path_of(root: Path, digest: str) -> Path:
    return root / "files" / digest[:2] / digest


def get(root: Path, digest: str) -> bytes:
    return path_of(root, digest).read_bytes()


def stored_before(root: Path, moment: float) -> list[str]:
    """The digests of the stored files last written before `moment` (a POSIX time)."""
    found = []
    for path in sorted((root / "files").glob("??/*")):
        if not path.name.startswith(".") and path.is_file() and path.stat().st_mtime < moment:
            found.append(path.name)
    return found


def remove_if_before(root: Path, digests: Iterable[str], moment: float) -> None:
    """`remove`, except a file written again since `moment` (an upload of the same bytes meanwhile)."""
    for digest in digests:
        with contextlib.suppress(FileNotFoundError):
            path = path_of(root, digest)
            if path.stat().st_mtime < moment:
                path.unlink()


def remove(root: Path, digests: Iterable[str]) -> None:
    """Delete these files (those already gone are skipped); call it only after the transaction that
    dropped their last references has committed (`db.session.after_commit`)."""
    for digest in digests:
        with contextlib.suppress(FileNotFoundError):
            path_of(root, digest).unlink()
