"""What the scorer may know of a candidate: studies, work, languages and skills; never identity.

`Substance.of(profile)` is the only way a profile reaches the scorer. Name, sex, birth date,
nationality, contact data, photo, military service, past applications and the free-text summary
(self-description, not evidence) stay behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jpo.contracts.profile import Profile
from jpo.eligibility.periods import experience_years
from jpo.matching.text import clean, sentences


@dataclass(frozen=True, slots=True)
class Unit:
    """One piece of candidate text that can be evidence, and where it is in the profile."""

    text: str
    source: str  # "experience.0.description", "education.1.field", "skills.2", ...
    kind: str  # "role" (a job's title), "work" (a job's description), "study", "skill"
    role: int  # index of the experience entry; -1 when not a job's


@dataclass(frozen=True, slots=True)
class Substance:
    units: tuple[Unit, ...]
    role_years: tuple[float, ...]  # full-time-equivalent years of each experience entry
    levels: tuple[tuple[str, bool], ...]  # (degree level, still enrolled) of each education entry
    languages: tuple[tuple[str, str], ...]  # (code, level)
    years: float  # of experience in all, overlaps counted once

    @classmethod
    def of(cls, profile: Profile, on: date) -> Substance:
        """The substance of `profile`, entries in a canonical order (reordering changes nothing)."""
        jobs = sorted(
            profile.experience or [], key=lambda e: (e.start, e.end or on, e.title or "", e.description or "")
        )
        studies = sorted(
            profile.education or [], key=lambda e: (e.level, clean(e.field or ""), e.completed or on)
        )
        units: list[Unit] = []
        for index, job in enumerate(jobs):
            heading = ", ".join(clean(part) for part in (job.title, job.organization) if part and clean(part))
            if heading:
                units.append(Unit(heading, f"experience.{index}.title", "role", index))
            for sentence in sentences(job.description or ""):
                units.append(Unit(sentence, f"experience.{index}.description", "work", index))
        for index, study in enumerate(studies):
            if study.field:
                units.append(Unit(clean(study.field), f"education.{index}.field", "study", -1))
        for index, skill in enumerate(sorted({clean(s) for s in profile.skills or [] if clean(s)})):
            units.append(Unit(skill, f"skills.{index}", "skill", -1))
        years = tuple(experience_years([job], on) for job in jobs)
        return cls(
            units=tuple(units),
            role_years=years,
            levels=tuple((s.level, s.enrolled) for s in studies),
            languages=tuple(sorted((lang.code, lang.level) for lang in profile.languages or [])),
            years=experience_years(jobs, on),
        )
