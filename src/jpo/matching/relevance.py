"""How well each candidate text meets each requirement, 0 to 1: semantic similarity (sentence
embeddings, calibrated), raised by lexical overlap (BM25) that can only add to it."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib.resources import files

import numpy as np
import numpy.typing as npt

from jpo.matching.embedder import Embedder, Vectors
from jpo.matching.lexical import LexicalIndex
from jpo.matching.text import language_of

Matrix = npt.NDArray[np.float64]

# A requirement's relevance counts from what the closest unrelated sentence (background.txt) scores
# against it; SPAN above that is the same idea (translations of a sentence score ~0.75).
SPAN = 0.30
LEXICAL_BOOST = 0.3  # share of the remaining distance to 1 that full word overlap adds
BACKGROUND_TOP = 3  # the floor is the mean of the closest few unrelated sentences
CHUNK = 16_384  # texts scored at once (memory: a chunk's matrices stay under ~20 MB)


@cache
def background_sentences() -> tuple[str, ...]:
    text = files("jpo.matching").joinpath("background.txt").read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and not line.startswith("#"))


class RequirementSpace:
    """The requirements of one vacancy, embedded and indexed once, against which candidates are scored."""

    def __init__(self, texts: Sequence[str], embedder: Embedder) -> None:
        self.texts = tuple(texts)
        self.embedder = embedder
        self.vectors = embedder.encode(self.texts)
        self.lexical = LexicalIndex(self.texts, language_of(" ".join(self.texts)))
        unrelated = embedder.encode(background_sentences()) @ self.vectors.T
        self.floor = np.sort(unrelated, axis=0)[-BACKGROUND_TOP:].mean(axis=0).astype(np.float64)

    def relevance(self, texts: Sequence[str], vectors: Vectors | None = None) -> Matrix:
        """(texts × requirements) relevance in [0, 1]; each distinct text is scored once (candidates
        share skills items and stock phrases), many at once in one product per chunk."""
        if vectors is None:
            index: dict[str, int] = {}
            rows = np.fromiter(
                (index.setdefault(text, len(index)) for text in texts), dtype=np.intp, count=len(texts)
            )
            if len(index) < len(texts):
                return self._relevance(list(index))[rows]
        return self._relevance(texts, vectors)

    def _relevance(self, texts: Sequence[str], vectors: Vectors | None = None) -> Matrix:
        if len(texts) > CHUNK:
            return np.vstack([self._relevance(texts[i : i + CHUNK]) for i in range(0, len(texts), CHUNK)])
        if not texts:
            return np.zeros((0, len(self.texts)))
        if vectors is None:
            vectors = self.embedder.encode(texts)
        cosine = vectors.astype(np.float64) @ self.vectors.T.astype(np.float64)
        semantic = np.clip((cosine - self.floor) / SPAN, 0.0, 1.0)
        lexical = self.lexical.similarity(self.lexical.word_ids(texts))
        combined: Matrix = semantic + LEXICAL_BOOST * lexical * (1.0 - semantic)
        return combined
