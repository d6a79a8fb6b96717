"""Sentence vectors of profiles for the service: the default model, its vectors cached in the database
and written only after the slow embedding is done (so no write lock waits for the model)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from jpo.contracts.profile import Profile
from jpo.db.embeddings import DatabaseCache
from jpo.db.session import start_writing
from jpo.matching.embedder import CachingEmbedder
from jpo.matching.rank import default_embedder
from jpo.matching.substance import Substance


def service_embedder(session: Session) -> CachingEmbedder:
    """The default model with its vectors kept in the database, shared by every worker."""
    return CachingEmbedder(default_embedder(), DatabaseCache(session))


def save_new_vectors(session: Session, embedder: CachingEmbedder) -> None:
    """Store the vectors `embedder` made (the unit of work starts writing if it only read so far)."""
    start_writing(session)
    if isinstance(embedder.store, DatabaseCache):
        embedder.store.save()


def embed_profile(embedder: CachingEmbedder, profile: Profile, on: date) -> None:
    """Embed a profile's sentences now (~30 ms each new one), so ranking its applications later is quick."""
    embedder.encode([unit.text for unit in Substance.of(profile, on).units])
