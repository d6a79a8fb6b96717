"""`rank(vacancy, profiles)`: eligible candidates first, then undecided, then ineligible (never
dropped), each group by score; ties broken by profile id, so the same inputs give the same bytes."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from functools import cache
from importlib.resources import files

import yaml

from jpo.contracts.eligibility import Verdict
from jpo.contracts.profile import Profile
from jpo.contracts.ranking import CriterionScore, RankedCandidate, Ranking
from jpo.contracts.vacancy import Vacancy
from jpo.eligibility import Screening
from jpo.matching import scoring
from jpo.matching.embedder import Embedder, UseEmbedder
from jpo.matching.relevance import RequirementSpace
from jpo.matching.requirements import requirements_of
from jpo.matching.scoring import Pool
from jpo.matching.substance import Substance

CRITERIA = ("experience", "education", "skills", "languages", "competencies")
_ORDER = {True: 0, None: 1, False: 2}


@cache
def default_weights() -> dict[str, float]:
    """The shipped weights (matching/weights.yaml)."""
    data = yaml.safe_load(files("jpo.matching").joinpath("weights.yaml").read_text(encoding="utf-8"))
    return {name: float(data[name]) for name in CRITERIA}


@cache
def default_embedder() -> Embedder:
    return UseEmbedder()


def _weights(overrides: Mapping[str, float] | None) -> dict[str, float]:
    weights = {**default_weights(), **(overrides or {})}
    unknown = sorted(set(weights) - set(CRITERIA))
    if unknown or any(w < 0 for w in weights.values()) or not sum(weights.values()):
        raise ValueError(f"weights: criteria are {', '.join(CRITERIA)}, each weight >= 0, not all 0")
    return weights


def evaluation_moment(vacancy: Vacancy) -> datetime:
    """Eligibility is judged as at the deadline (a second before it), else now."""
    if vacancy.closing is not None:
        return datetime.fromisoformat(vacancy.closing.utc.replace("Z", "+00:00")) - timedelta(seconds=1)
    return datetime.now(UTC)


class Ranker:
    """One vacancy's requirements embedded once, to score any number of candidates."""

    def __init__(
        self,
        vacancy: Vacancy,
        *,
        embedder: Embedder | None = None,
        weights: Mapping[str, float] | None = None,
    ) -> None:
        self.vacancy = vacancy
        self.weights = _weights(weights)
        self.requirements = requirements_of(vacancy)
        self.embedder = embedder or default_embedder()
        self.space = RequirementSpace(self.requirements.all_texts(), self.embedder)
        self.screening = Screening(vacancy, evaluation_moment(vacancy))
        sizes = [len(self.requirements.duties), len(self.requirements.skills), len(self.requirements.fields)]
        self._cuts = [sum(sizes[:i]) for i in range(1, 4)] + [len(self.space.texts) - 1]

    def _pool(self, substances: Sequence[Substance]) -> Pool:
        """Every candidate's relevance matrix, computed for all of them in one pass."""
        matrix = self.space.relevance([unit.text for substance in substances for unit in substance.units])
        return Pool.of(substances, matrix, self._cuts)

    def criteria(self, profile: Profile) -> list[CriterionScore]:
        """The candidate's weighted criteria; the scorer sees only `Substance`, never identity."""
        return self._criteria([Substance.of(profile, self.screening.day)])[0]

    def _criteria(self, substances: Sequence[Substance]) -> list[list[CriterionScore]]:
        """Each candidate's criteria, in the order of `substances`."""
        pool, wanted = self._pool(substances), self.requirements
        columns = [
            scoring.experience(pool, self.vacancy, wanted.duties),
            scoring.education(pool, self.vacancy, wanted.fields, wanted.post, wanted.duties, wanted.skills),
        ]
        if wanted.skills:
            columns.append(scoring.skills(pool, wanted.skills))
        if self.vacancy.languages.required or self.vacancy.languages.desirable:
            columns.append([scoring.languages(substance, self.vacancy) for substance in substances])
        if wanted.competencies:
            columns.append(scoring.competencies(pool, wanted.competencies))
        total = sum(self.weights[column[0].name] for column in columns if column) or 1.0
        weights = {
            column[0].name: round(self.weights[column[0].name] / total, 4) for column in columns if column
        }
        rows = [list(row) for row in zip(*columns, strict=True)] if substances else []
        for row in rows:
            for criterion in row:
                criterion.weight = weights[criterion.name]
        return rows

    def eligibility(self, profile: Profile) -> tuple[bool | None, list[str]]:
        """The verdict without the deadline (an application was made before it), and what fails."""
        verdict: Verdict = self.screening.check(profile)
        criteria = [c for c in verdict.criteria if c.id != "deadline"]
        failing: list[str] = [c.id for c in criteria if c.status == "fail"]
        eligible = False if failing else (None if any(c.status == "unknown" for c in criteria) else True)
        return eligible, failing

    def rank(
        self,
        profiles: Mapping[str, Profile],
        eligibility: Mapping[str, tuple[bool | None, list[str]]] | None = None,
    ) -> Ranking:
        """Rank `profiles`; `eligibility` (verdict, failing criteria) replaces the screening where
        it is already known (a service's screened applications)."""
        with _collector_paused():
            return self._rank(profiles, eligibility or {})

    def _rank(
        self, profiles: Mapping[str, Profile], eligibility: Mapping[str, tuple[bool | None, list[str]]]
    ) -> Ranking:
        keys = sorted(profiles)
        substances = [Substance.of(profiles[key], self.screening.day) for key in keys]
        rows = []
        for key, criteria in zip(keys, self._criteria(substances), strict=True):
            score = round(sum(c.score * c.weight for c in criteria), 4)
            known = eligibility.get(key)
            eligible, failing = known if known is not None else self.eligibility(profiles[key])
            rows.append((key, eligible, score, criteria, failing))
        rows.sort(key=lambda row: (_ORDER[row[1]], -row[2], row[0]))
        candidates = [
            RankedCandidate(profile=key, eligible=eligible, score=score, rank=position, criteria=criteria,
                            failing=failing)
            for position, (key, eligible, score, criteria, failing) in enumerate(rows, start=1)
        ]  # fmt: skip
        return Ranking(vacancy=self.vacancy.reference or self.vacancy.title or "vacancy",
                       model=self.embedder.name, weights=self.weights, candidates=candidates)  # fmt: skip


@contextmanager
def _collector_paused() -> Iterator[None]:
    # A ranking builds ~20 objects a candidate, all kept until it returns; with the garbage collector
    # on, its repeated passes over them (and over the vector cache) cost a third of a 10,000-candidate
    # ranking, and there is no cycle among them to collect.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _keyed(profiles: Mapping[str, Profile] | Sequence[Profile]) -> dict[str, Profile]:
    if isinstance(profiles, Mapping):
        return dict(profiles)
    keyed = {}
    for index, profile in enumerate(profiles, start=1):
        extra = profile.model_extra or {}
        keyed[str(extra.get("id") or index)] = profile
    return keyed


def rank(
    vacancy: Vacancy,
    profiles: Mapping[str, Profile] | Sequence[Profile],
    *,
    embedder: Embedder | None = None,
    weights: Mapping[str, float] | None = None,
) -> Ranking:
    """Rank `profiles` (keyed by id, or a list: keyed by their `id` field or position) for `vacancy`."""
    return Ranker(vacancy, embedder=embedder, weights=weights).rank(_keyed(profiles))
