"""Sentence vectors for the service: the default model, its vectors cached in the database and written
only after the slow embedding is done (so no write lock waits for the model). Vectors are made ahead of
the first ranking: a profile's when it is saved (or, for one saved without them, when an application is
submitted with it), a vacancy's requirements when it is published; so opening a ranking embeds nothing."""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from jpo.contracts.profile import Profile
from jpo.contracts.vacancy import Vacancy
from jpo.db.embeddings import DatabaseCache
from jpo.db.models import Application, ProfileVersion, VacancyRow
from jpo.db.session import after_commit, start_writing, unit_of_work
from jpo.matching.embedder import CachingEmbedder, text_key
from jpo.matching.rank import default_embedder
from jpo.matching.relevance import background_sentences
from jpo.matching.requirements import requirements_of
from jpo.matching.substance import Substance


class _Bounded(dict[str, bytes]):
    """The process-wide memo of public vectors (vacancies' requirements; 2 kB each), at most `limit`:
    when full, the oldest half is dropped (they come back from the database when next needed)."""

    limit = 20_000

    def __setitem__(self, key: str, value: bytes) -> None:
        if len(self) >= self.limit and key not in self:
            for old in list(self)[: self.limit // 2]:
                del self[old]
        super().__setitem__(key, value)


_PUBLIC: MutableMapping[str, bytes] = _Bounded()


def service_embedder(session: Session) -> CachingEmbedder:
    """The default model with its vectors kept in the database, shared by every worker (and the public
    ones in this process's memory too)."""
    return CachingEmbedder(default_embedder(), DatabaseCache(session, shared=_PUBLIC))


def save_new_vectors(session: Session, embedder: CachingEmbedder) -> None:
    """Store the vectors `embedder` made (the unit of work starts writing if it only read so far)."""
    start_writing(session)
    if isinstance(embedder.store, DatabaseCache):
        embedder.store.save()


def _save_if_new(session: Session, embedder: CachingEmbedder) -> None:
    # Nothing new: the unit of work stays a reading one (no write lock taken for nothing).
    if isinstance(embedder.store, DatabaseCache) and embedder.store.has_new:
        save_new_vectors(session, embedder)


def remember_public(embedder: CachingEmbedder, texts: Iterable[str]) -> None:
    """Keep the vectors of these public texts (a vacancy's) in this process's memo."""
    if isinstance(embedder.store, DatabaseCache):
        embedder.store.share({text_key(embedder.name, text) for text in texts})


def embed_profile(embedder: CachingEmbedder, profile: Profile, on: date) -> None:
    """Embed a profile's sentences now (~30 ms each new one), so ranking its applications later is quick."""
    embedder.encode([unit.text for unit in Substance.of(profile, on).units])


def vacancy_texts(document: dict[str, Any]) -> list[str]:
    """What a ranking of the vacancy embeds on its side: its requirements and the unrelated sentences
    that set each requirement's floor."""
    return [*requirements_of(Vacancy.model_validate(document)).all_texts(), *background_sentences()]


def embed_vacancy(session: Session, document: dict[str, Any]) -> None:
    """Embed a vacancy's side of a ranking (reading), then store what was new (writing)."""
    embedder = service_embedder(session)
    texts = vacancy_texts(document)
    embedder.encode(texts)
    remember_public(embedder, texts)
    _save_if_new(session, embedder)


def embed_application(session: Session, application: Application) -> None:
    """Embed the sentences of the profile version an application was made with, if any is missing
    (a profile saved without its vectors: demo or imported data), then store them."""
    version = session.get(ProfileVersion, application.profile_version_id)
    if version is None:
        return
    embedder = service_embedder(session)
    embed_profile(embedder, Profile.model_validate(version.document), application.submitted_at.date())
    _save_if_new(session, embedder)


def vectors_when_published(session: Session, vacancy_id: int) -> None:
    """Once the unit of work that publishes the vacancy commits, make its ranking's vectors, in a unit
    of work of its own that holds no lock while the model runs (call it from the publishing service)."""
    engine = session.info["engine"]

    def run() -> None:
        with unit_of_work(engine, writes=False) as own:
            row = own.get(VacancyRow, vacancy_id)
            if row is not None:
                embed_vacancy(own, row.document)

    after_commit(session, run)


def vectors_when_submitted(session: Session, application_id: int) -> None:
    """Once the unit of work that submits the application commits, make sure its profile's vectors are
    stored (nothing to do, one read, for a profile saved through the service), in its own unit of work."""
    engine = session.info["engine"]

    def run() -> None:
        with unit_of_work(engine, writes=False) as own:
            application = own.get(Application, application_id)
            if application is not None:
                embed_application(own, application)

    after_commit(session, run)
