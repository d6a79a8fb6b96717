"""Lexical similarity with BM25 (bm25s, Snowball stemming by PyStemmer): how much of a requirement's
weighted vocabulary a candidate's sentence uses, 0 to 1."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import bm25s
import numpy as np
import numpy.typing as npt
import Stemmer

from jpo.matching.text import sentences

Matrix = npt.NDArray[np.float64]
_LANGUAGES = {"en": "english", "fr": "french"}


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_LANGUAGES.get(language, "english"))


def tokens(texts: Sequence[str], language: str) -> list[list[str]]:
    """Lower-cased, stop-word-free, stemmed words of each text."""
    stopwords = "fr" if language == "fr" else "en"
    result = bm25s.tokenize(
        list(texts), stopwords=stopwords, stemmer=_stemmer(language), return_ids=False, show_progress=False
    )
    return [list(words) for words in result]


_TOKENS: dict[tuple[str, str], tuple[str, ...]] = {}
_TOKENS_KEPT = 500_000  # texts whose stemmed words are remembered between rankings


def cached_tokens(texts: Sequence[str], language: str) -> list[tuple[str, ...]]:
    """`tokens`, remembered per text: ranking many candidates meets the same sentences again."""
    missing = sorted({text for text in texts if (language, text) not in _TOKENS})
    if missing:
        if len(_TOKENS) > _TOKENS_KEPT:
            _TOKENS.clear()
        for text, words in zip(missing, tokens(missing, language), strict=True):
            _TOKENS[(language, text)] = tuple(words)
    return [_TOKENS[(language, text)] for text in texts]


def forget_texts() -> None:
    """Drop every text remembered in this process (after an erasure: what a person wrote goes with them)."""
    _TOKENS.clear()
    sentences.cache_clear()


class LexicalIndex:
    """BM25 over the requirements; a sentence's score for each requirement is divided by the
    requirement's score against itself, so 1 means "uses all of its words"."""

    def __init__(self, requirements: Sequence[str], language: str = "en") -> None:
        self.language = language
        corpus = tokens(requirements, language)
        self.vocabulary = {word: index for index, word in enumerate(sorted({w for ws in corpus for w in ws}))}
        self.weights = np.zeros((len(self.vocabulary) + 1, len(requirements)))  # last row: unknown words
        if self.vocabulary:
            ids = [[self.vocabulary[w] for w in words] or [len(self.vocabulary)] for words in corpus]
            retriever = bm25s.BM25()
            retriever.index(ids, show_progress=False)
            for query_id in range(len(self.vocabulary)):
                self.weights[query_id] = retriever.get_scores([query_id])
        self_scores = np.array(
            [self.weights[sorted(set(self._ids(ws))), j].sum() for j, ws in enumerate(corpus)]
        )
        self.norm = np.where(self_scores > 0, self_scores, 1.0)

    def _ids(self, words: Sequence[str]) -> list[int]:
        return [self.vocabulary[w] for w in words if w in self.vocabulary]

    def word_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Each text as the distinct ids of its requirement words (others are irrelevant here)."""
        return [sorted(set(self._ids(words))) for words in cached_tokens(texts, self.language)]

    def similarity(self, word_ids: Sequence[Sequence[int]]) -> Matrix:
        """(sentences × requirements) scores in [0, 1]; a repeated word counts once."""
        result = np.zeros((len(word_ids), self.weights.shape[1]))
        rows = [row for row, ids in enumerate(word_ids) if ids]
        if rows:  # every sentence's word weights summed in one pass: gather, then reduce per sentence
            flat = np.fromiter((i for row in rows for i in word_ids[row]), dtype=np.intp)
            starts = np.cumsum([0] + [len(word_ids[row]) for row in rows[:-1]])
            result[rows] = np.add.reduceat(self.weights[flat], starts, axis=0)
        return np.minimum(result / self.norm, 1.0)
