"""The criteria of a candidate's score, each in [0, 1] with the evidence that earned it.

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
LEVELS = {"bachelor": 1, "master": 2, "doctorate": 3}
SKILL_LIST_CREDIT = 0.5  # a skill only listed, not shown in work or studies, counts half
BREADTH = 3.0  # a sentence may fully meet this many duties' worth; beyond, its credit is shared
ROLE_FLOOR = 0.4  # the least weight a job's description keeps when its title is unlike the post
DEPTH_YEARS = 2.5  # relevant years at which depth reaches 63 %
EVIDENCE_SHOWN = 3
_FLUENT = {"native", "fluent"}
KINDS = {"role": 0, "work": 1, "study": 2, "skill": 3}


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate's relevance to each requirement group (rows: the candidate's units), and per unit
    the weight its job lends it and its kind."""

    units: tuple[Unit, ...]
    duties: Matrix
    skills: Matrix
    fields: Matrix
    competencies: Matrix
    post: Matrix  # (units × 1)
    weights: npt.NDArray[np.float64]
    kinds: npt.NDArray[np.int8]  # KINDS index of each unit
    roles: npt.NDArray[np.intp]  # experience entry of each unit, -1 when none

    @classmethod
    def of(cls, units: tuple[Unit, ...], matrix: Matrix, cuts: Sequence[int]) -> Scored:
        d, s, f, c = cuts
        duties, post = matrix[:, :d], matrix[:, c:]
        return cls(units=units, duties=duties, skills=matrix[:, d:s], fields=matrix[:, s:f],
                   competencies=matrix[:, f:c], post=post, weights=role_weights(units, duties, post),
                   kinds=np.fromiter((KINDS[u.kind] for u in units), dtype=np.int8, count=len(units)),
                   roles=np.fromiter((u.role for u in units), dtype=np.intp, count=len(units)))  # fmt: skip

    def mask(self, *kinds: str) -> npt.NDArray[np.bool_]:
        found: npt.NDArray[np.bool_] = self.kinds == KINDS[kinds[0]]
        for kind in kinds[1:]:
            found = found | (self.kinds == KINDS[kind])
        return found


def _best(matrix: Matrix, units: Sequence[Unit], requirements: Sequence[str], limit: int) -> list[Evidence]:
    """The requirements best met, each with the unit that meets it."""
    if matrix.size == 0:
        return []
    rounded = np.round(matrix.max(axis=0), 6)
    order = np.argsort(-rounded, kind="stable")[:limit].tolist()  # ties: the requirement listed first
    best, best_unit = rounded.tolist(), matrix.argmax(axis=0).tolist()
    return [
        Evidence(requirement=requirements[j], candidate_text=units[best_unit[j]].text,
                 similarity=round(best[j], 3), source=units[best_unit[j]].source)
        for j in order if best[j] > 0.05
    ]  # fmt: skip


def role_weights(units: Sequence[Unit], duties: Matrix, post: Matrix) -> npt.NDArray[np.float64]:
    """Per unit: how much a job's description counts, from how much the job's title and employer
    resemble the post's title or its duties."""
    weights = np.ones(len(units))
    likeness: dict[int, float] = {}
    for index, unit in enumerate(units):
        if unit.kind == "role":
            top = np.sort(duties[index])[-EVIDENCE_SHOWN:] if duties.shape[1] else np.zeros(1)
            likeness[unit.role] = max(float(post[index, 0]), float(top.sum() / len(top)))
    for index, unit in enumerate(units):
        if unit.role in likeness:
            weights[index] = ROLE_FLOOR + (1 - ROLE_FLOOR) * min(1.0, likeness[unit.role] / 0.6)
    return weights


def experience(
    scored: Scored, substance: Substance, vacancy: Vacancy, duties: Sequence[str]
) -> CriterionScore:
    """Duties met by what the candidate did (coverage), for how long (depth), and years of experience
    against the minimum."""
    matrix = scored.duties * (scored.weights * scored.mask("work", "role"))[:, None]
    breadth = matrix.sum(axis=1, keepdims=True)
    matrix = matrix * np.minimum(1.0, BREADTH / np.maximum(breadth, 1e-9))
    coverage = float(matrix.max(axis=0).mean()) if matrix.size else 0.0
    relevant_years = 0.0
    if substance.role_years and matrix.shape[1]:
        # A job's units are contiguous (its title, then its sentences): one max per job, then the
        # mean of its best few duties, weighted by the job's years.
        jobs = scored.roles[scored.roles >= 0]
        starts = np.flatnonzero(np.r_[True, jobs[1:] != jobs[:-1]])
        best = np.maximum.reduceat(matrix[scored.roles >= 0], starts, axis=0)
        top = np.sort(best, axis=1)[:, -EVIDENCE_SHOWN:].mean(axis=1)
        relevant_years = float(np.dot(np.asarray(substance.role_years)[jobs[starts]], top))
    depth = 1 - math.exp(-relevant_years / DEPTH_YEARS)
    minimum = vacancy.experience.min_years or 2
    enough = min(substance.years / minimum, 1.0)
    score = 0.55 * coverage + 0.30 * depth + 0.15 * enough
    return CriterionScore(name="experience", score=round(score, 4), weight=0.0,
                          evidence=_best(matrix, scored.units, duties, EVIDENCE_SHOWN))  # fmt: skip


def _level(substance: Substance, vacancy: Vacancy) -> float:
    minimum = LEVELS.get(vacancy.education.minimum_level or "bachelor", 1)
    held = max((LEVELS[level] for level, enrolled in substance.levels if not enrolled), default=0)
    studying = max((LEVELS[level] for level, enrolled in substance.levels if enrolled), default=0)
    alternative = vacancy.education.alternative
    if held >= minimum:
        return 1.0
    if alternative and held >= LEVELS[alternative.level]:
        return 0.9 if substance.years >= alternative.extra_experience_years else 0.7
    if studying >= minimum:
        return 0.8
    return 0.4 if held else 0.0


def education(
    scored: Scored,
    substance: Substance,
    vacancy: Vacancy,
    fields: Sequence[str],
    post: str,
    duties: Sequence[str],
    skill_lines: Sequence[str],
) -> CriterionScore:
    """Degree level against the minimum, and the field of study against the vacancy's fields."""
    study = scored.mask("study")
    if fields:
        matrix = scored.fields * study[:, None]
        field = float(matrix.max()) if matrix.size else 0.0
        evidence = _best(matrix, scored.units, fields, 1)
    else:  # no field named: how close the studies are to the post's title, duties and skills
        matrix = np.hstack([scored.post, scored.duties, scored.skills]) * study[:, None]
        top = np.sort(matrix.max(axis=0))[::-1][:EVIDENCE_SHOWN] if matrix.size else np.zeros(1)
        field = float(top.mean())
        evidence = _best(matrix, scored.units, [post, *duties, *skill_lines], 1)
    score = 0.35 * _level(substance, vacancy) + 0.65 * field
    return CriterionScore(name="education", score=round(score, 4), weight=0.0, evidence=evidence)


def skills(scored: Scored, substance: Substance, skill_lines: Sequence[str]) -> CriterionScore:
    """The ToR's skills lines against the candidate's work and studies (full) and skills list (half)."""
    credit = np.where(scored.mask("skill"), SKILL_LIST_CREDIT, 1.0) * scored.weights
    matrix = scored.skills * credit[:, None]
    score = float(matrix.max(axis=0).mean()) if matrix.size else 0.0
    return CriterionScore(name="skills", score=round(score, 4), weight=0.0,
                          evidence=_best(matrix, scored.units, skill_lines, EVIDENCE_SHOWN))  # fmt: skip


def competencies(scored: Scored, substance: Substance, names: Sequence[str]) -> CriterionScore:
    """Evidence of each named competency in the candidate's work."""
    matrix = scored.competencies * (scored.weights * scored.mask("work"))[:, None]
    score = float(matrix.max(axis=0).mean()) if matrix.size else 0.0
    return CriterionScore(name="competencies", score=round(score, 4), weight=0.0,
                          evidence=_best(matrix, scored.units, names, EVIDENCE_SHOWN))  # fmt: skip


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
