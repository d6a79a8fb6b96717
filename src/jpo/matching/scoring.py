"""The criteria of candidates' scores, each in [0, 1] with the evidence that earned it, computed for
a whole pool of candidates at once (segment reductions over one stacked matrix, no loop per
requirement).

Rules that make the score hard to game: only what a candidate studied and did is evidence (never the
summary); a skills list counts at a discount; each requirement is met once (its best evidence, so
repeating it adds nothing); a sentence that matches every duty at once is worth less for each; and a
job whose title and employer look nothing like the post lends its description less weight.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from jpo.contracts.ranking import CriterionScore, Evidence
from jpo.contracts.vacancy import Vacancy
from jpo.matching.substance import Substance, Unit

Matrix = npt.NDArray[np.float64]
Indices = npt.NDArray[np.intp]
LEVELS = {"bachelor": 1, "master": 2, "doctorate": 3}
SKILL_LIST_CREDIT = 0.5  # a skill only listed, not shown in work or studies, counts half
BREADTH = 3.0  # a sentence may fully meet this many duties' worth; beyond, its credit is shared
ROLE_FLOOR = 0.4  # the least weight a job's description keeps when its title is unlike the post
DEPTH_YEARS = 2.5  # relevant years at which depth reaches 63 %
EVIDENCE_SHOWN = 3
_FLUENT = {"native", "fluent"}
KINDS = {"role": 0, "work": 1, "study": 2, "skill": 3}


def _segment_max(matrix: Matrix, starts: Indices) -> Matrix:
    """(segments × columns): each segment's column maxima; 0 for an empty segment."""
    result = np.zeros((len(starts) - 1, matrix.shape[1]))
    filled = np.flatnonzero(starts[1:] > starts[:-1])
    if filled.size and matrix.shape[1]:
        result[filled] = np.maximum.reduceat(matrix, starts[filled], axis=0)
    return result


def _segment_argmax(matrix: Matrix, starts: Indices, maxima: Matrix) -> Indices:
    """(segments × columns): the first row of each segment holding its column's maximum."""
    lengths = np.diff(starts)
    owner = np.repeat(np.arange(len(lengths)), lengths)
    rows = np.arange(matrix.shape[0])[:, None]
    at_max = np.where(matrix == maxima[owner], rows, matrix.shape[0])
    result = np.zeros((len(lengths), matrix.shape[1]), dtype=np.intp)
    filled = np.flatnonzero(lengths > 0)
    if filled.size and matrix.shape[1]:
        result[filled] = np.minimum.reduceat(at_max, starts[filled], axis=0)
    return result


def _top_mean(matrix: Matrix, count: int) -> Matrix:
    """Each row's mean of its `count` largest values."""
    if not matrix.shape[1]:
        return np.zeros(matrix.shape[0])
    top: Matrix = np.sort(matrix, axis=1)[:, -count:].mean(axis=1)
    return top


@dataclass(frozen=True, slots=True)
class Pool:
    """Every candidate's units stacked (candidates contiguous, `starts` their offsets), their relevance
    to each requirement group, and per unit its kind and the weight its job lends it."""

    substances: tuple[Substance, ...]
    units: tuple[Unit, ...]
    starts: Indices  # candidates + 1 offsets into `units`
    duties: Matrix
    skills: Matrix
    fields: Matrix
    competencies: Matrix
    post: Matrix  # (units × 1)
    kinds: npt.NDArray[np.int8]
    jobs: Indices  # the pool-wide number of each unit's experience entry, -1 when none
    weights: Matrix

    @classmethod
    def of(cls, substances: Sequence[Substance], matrix: Matrix, cuts: Sequence[int]) -> Pool:
        d, s, f, c = cuts
        units = tuple(unit for substance in substances for unit in substance.units)
        sizes = [len(substance.units) for substance in substances]
        first_job = np.cumsum([0] + [len(substance.role_years) for substance in substances])
        owner = np.repeat(np.arange(len(substances)), sizes)
        roles = np.fromiter((u.role for u in units), dtype=np.intp, count=len(units))
        kinds = np.fromiter((KINDS[u.kind] for u in units), dtype=np.int8, count=len(units))
        jobs = np.where(roles >= 0, first_job[owner] + roles, -1)
        duties, post = matrix[:, :d], matrix[:, c:]
        weights = _role_weights(kinds, jobs, duties, post, int(first_job[-1]))
        return cls(substances=tuple(substances), units=units, starts=np.cumsum([0, *sizes]), duties=duties,
                   skills=matrix[:, d:s], fields=matrix[:, s:f], competencies=matrix[:, f:c], post=post,
                   kinds=kinds, jobs=jobs, weights=weights)  # fmt: skip

    def mask(self, *kinds: str) -> npt.NDArray[np.bool_]:
        found: npt.NDArray[np.bool_] = self.kinds == KINDS[kinds[0]]
        for kind in kinds[1:]:
            found = found | (self.kinds == KINDS[kind])
        return found

    def best(
        self, matrix: Matrix, requirements: Sequence[str], limit: int
    ) -> tuple[Matrix, list[list[Evidence]]]:
        """Each candidate's best relevance to each requirement, and the requirements best met (at most
        `limit`, ties to the one listed first), each with the candidate's text that meets it."""
        maxima = _segment_max(matrix, self.starts)
        if not matrix.shape[1]:
            return maxima, [[] for _ in self.substances]
        rounded = np.round(maxima, 6)
        order = np.argsort(-rounded, axis=1, kind="stable")[:, :limit]
        where = _segment_argmax(matrix, self.starts, maxima)
        chosen = np.take_along_axis(rounded, order, axis=1).tolist()
        rows = np.take_along_axis(where, order, axis=1).tolist()
        evidence = [
            [Evidence(requirement=requirements[j], candidate_text=self.units[row].text,
                      similarity=round(value, 3), source=self.units[row].source)
             for j, value, row in zip(columns, values, unit_rows, strict=True) if value > 0.05]
            for columns, values, unit_rows in zip(order.tolist(), chosen, rows, strict=True)
        ]  # fmt: skip
        return maxima, evidence


def _role_weights(
    kinds: npt.NDArray[np.int8], jobs: Indices, duties: Matrix, post: Matrix, count: int
) -> Matrix:
    """Per unit: how much a job's description counts, from how much the job's title and employer
    resemble the post's title or its duties."""
    headings = np.flatnonzero(kinds == KINDS["role"])
    likeness = np.maximum(post[headings, 0], _top_mean(duties[headings], EVIDENCE_SHOWN))
    job_weight = np.ones(count + 1)  # the last: units of no job
    job_weight[jobs[headings]] = ROLE_FLOOR + (1 - ROLE_FLOOR) * np.minimum(1.0, likeness / 0.6)
    weights: Matrix = job_weight[jobs]
    return weights


def _criteria(name: str, scores: Sequence[float], evidence: Sequence[list[Evidence]]) -> list[CriterionScore]:
    return [CriterionScore(name=name, score=round(float(score), 4), weight=0.0, evidence=found)
            for score, found in zip(scores, evidence, strict=True)]  # fmt: skip


def experience(pool: Pool, vacancy: Vacancy, duties: Sequence[str]) -> list[CriterionScore]:
    """Duties met by what the candidate did (coverage), for how long (depth), and years of experience
    against the minimum."""
    matrix = pool.duties * (pool.weights * pool.mask("work", "role"))[:, None]
    breadth = matrix.sum(axis=1, keepdims=True)
    matrix = matrix * np.minimum(1.0, BREADTH / np.maximum(breadth, 1e-9))
    maxima, evidence = pool.best(matrix, duties, EVIDENCE_SHOWN)
    coverage = maxima.mean(axis=1) if maxima.shape[1] else np.zeros(len(pool.substances))
    relevant_years: Matrix = np.zeros(len(pool.substances))
    in_jobs = pool.jobs >= 0
    if in_jobs.any() and matrix.shape[1]:
        # A job's units are contiguous (its title, then its sentences): one max per job, then the
        # mean of its best few duties, weighted by the job's years.
        jobs = pool.jobs[in_jobs]
        starts = np.flatnonzero(np.r_[True, jobs[1:] != jobs[:-1]])
        top = _top_mean(np.maximum.reduceat(matrix[in_jobs], starts, axis=0), EVIDENCE_SHOWN)
        years = np.concatenate([substance.role_years for substance in pool.substances])[jobs[starts]]
        owners = np.repeat(np.arange(len(pool.substances)), [len(s.role_years) for s in pool.substances])
        relevant_years = np.asarray(
            np.bincount(owners[jobs[starts]], weights=years * top, minlength=len(pool.substances)),
            dtype=np.float64,
        )
    minimum = vacancy.experience.min_years or 2
    scores = [
        0.55 * float(cover) + 0.30 * (1 - math.exp(-float(relevant) / DEPTH_YEARS))
        + 0.15 * min(substance.years / minimum, 1.0)
        for cover, relevant, substance in zip(coverage, relevant_years, pool.substances, strict=True)
    ]  # fmt: skip
    return _criteria("experience", scores, evidence)


def _level(substance: Substance, vacancy: Vacancy) -> float:
    minimum = LEVELS.get(vacancy.education.minimum_level or "bachelor", 1)
    held = max((LEVELS[level] for level, enrolled in substance.levels if not enrolled), default=0)
    studying = max((LEVELS[level] for level, enrolled in substance.levels if enrolled), default=0)
    alternative = vacancy.education.alternative
    if held >= minimum or (studying >= minimum and vacancy.education.enrolled_accepted):
        return 1.0  # a student of the minimum degree meets it where the ToR accepts students
    if alternative and held >= LEVELS[alternative.level]:
        return 0.9 if substance.years >= alternative.extra_experience_years else 0.7
    if studying >= minimum:
        return 0.8
    return 0.4 if held else 0.0


def education(
    pool: Pool,
    vacancy: Vacancy,
    fields: Sequence[str],
    post: str,
    duties: Sequence[str],
    skill_lines: Sequence[str],
) -> list[CriterionScore]:
    """Degree level against the minimum, and the field of study against the vacancy's fields."""
    study = pool.mask("study")[:, None]
    if fields:
        maxima, evidence = pool.best(pool.fields * study, fields, 1)
        field = maxima.max(axis=1)
    else:  # no field named: how close the studies are to the post's title, duties and skills
        matrix = np.hstack([pool.post, pool.duties, pool.skills]) * study
        maxima, evidence = pool.best(matrix, [post, *duties, *skill_lines], 1)
        field = _top_mean(maxima, EVIDENCE_SHOWN)
    scores = [
        0.35 * _level(s, vacancy) + 0.65 * float(f) for s, f in zip(pool.substances, field, strict=True)
    ]
    return _criteria("education", scores, evidence)


def skills(pool: Pool, skill_lines: Sequence[str]) -> list[CriterionScore]:
    """The ToR's skills lines against the candidate's work and studies (full) and skills list (half)."""
    credit = np.where(pool.mask("skill"), SKILL_LIST_CREDIT, 1.0) * pool.weights
    maxima, evidence = pool.best(pool.skills * credit[:, None], skill_lines, EVIDENCE_SHOWN)
    return _criteria("skills", maxima.mean(axis=1), evidence)


def competencies(pool: Pool, names: Sequence[str]) -> list[CriterionScore]:
    """Evidence of each named competency in the candidate's work."""
    matrix = pool.competencies * (pool.weights * pool.mask("work"))[:, None]
    maxima, evidence = pool.best(matrix, names, EVIDENCE_SHOWN)
    return _criteria("competencies", maxima.mean(axis=1), evidence)


def languages(substance: Substance, vacancy: Vacancy) -> CriterionScore:
    """Required languages met (fluent or native, one of each group of alternatives), desirable held."""
    levels = dict(substance.languages)
    required = vacancy.languages.required
    met = [group for group in required if any(levels.get(code) in _FLUENT for code in group)]
    desirable = vacancy.languages.desirable
    held = [code for code in desirable if code in levels and levels[code] != "basic"]
    score = (0.8 * (len(met) / len(required) if required else 1.0)) + (
        0.2 * (len(held) / len(desirable) if desirable else 1.0)
    )
    evidence = [
        Evidence(requirement=" or ".join(group), candidate_text=", ".join(f"{c} ({levels[c]})" for c in group
                 if c in levels) or "not spoken", similarity=1.0 if group in met else 0.0, source="languages")
        for group in required
    ]  # fmt: skip
    return CriterionScore(name="languages", score=round(score, 4), weight=0.0, evidence=evidence)
