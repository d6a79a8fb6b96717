"""A content-addressed file store: the SHA-256 of the bytes is the name; writing is atomic."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def put(root: Path, data: bytes) -> str:
    """Store `data` under `root` once, whatever the number of calls; return its SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    target = path_of(root, digest)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        Path(temporary).replace(target)  # atomic: a reader sees all of the file or none of it
    return digest


def path_of(root: Path, digest: str) -> Path:
    return root / "files" / digest[:2] / digest


def get(root: Path, digest: str) -> bytes:
    return path_of(root, digest).read_bytes()
