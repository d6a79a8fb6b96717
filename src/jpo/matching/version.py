"""What identifies the ranker a ranking came from: a digest of its weights and of its own code and data."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from functools import cache
from importlib.resources import files


def weights_digest(weights: Mapping[str, float]) -> str:
    return hashlib.sha256(json.dumps(dict(weights), sort_keys=True).encode()).hexdigest()[:16]


@cache
def code_digest() -> str:
    """A digest of jpo.matching's code and data, which changes whenever what ranks changes."""
    digest = hashlib.sha256()
    for entry in sorted(files("jpo.matching").iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".py", ".yaml", ".txt")):
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()[:12]
