"""The plain BM25 baseline the ranker is measured against: each profile's whole text as a document,
the ToR's whole text as the query (bm25s, English Snowball stemming)."""

from __future__ import annotations

from collections.abc import Mapping

import bm25s

from jpo.contracts.profile import Profile
from jpo.matching.lexical import tokens


def profile_text(profile: Profile) -> str:
    """Every text a profile holds: summary, skills, studies, and each job's title and description."""
    parts = [profile.summary or "", *(profile.skills or [])]
    parts += [f"{e.field or ''} {e.institution or ''}" for e in profile.education or []]
    parts += [
        f"{e.title or ''} {e.organization or ''} {e.description or ''}" for e in profile.experience or []
    ]
    return "\n".join(parts)


def bm25_scores(tor_text: str, profiles: Mapping[str, Profile]) -> dict[str, float]:
    """The BM25 score of each profile for the ToR text."""
    keys = sorted(profiles)
    corpus = tokens([profile_text(profiles[key]) for key in keys], "en")
    vocabulary = {word: index for index, word in enumerate(sorted({w for words in corpus for w in words}))}
    retriever = bm25s.BM25()
    retriever.index(
        [[vocabulary[w] for w in words] or [len(vocabulary)] for words in corpus], show_progress=False
    )
    query = [vocabulary[w] for w in tokens([tor_text], "en")[0] if w in vocabulary]
    scores = retriever.get_scores(query) if query else [0.0] * len(keys)
    return {key: float(score) for key, score in zip(keys, scores, strict=True)}
