"""What a vacancy asks for, as short texts grouped by criterion: the units candidates are matched to."""

from __future__ import annotations

from dataclasses import dataclass

from jpo.contracts.vacancy import Vacancy
from jpo.matching.text import clean, sentences

MAX_PER_CRITERION = 40  # a ToR with more duty sentences is matched on its first forty


@dataclass(frozen=True, slots=True)
class Requirements:
    """Requirement texts per criterion, plus a short description of the post."""

    duties: tuple[str, ...]
    skills: tuple[str, ...]
    fields: tuple[str, ...]  # of study
    competencies: tuple[str, ...]
    post: str  # title, unit and the experience areas: what a role should resemble

    def all_texts(self) -> tuple[str, ...]:
        return (*self.duties, *self.skills, *self.fields, *self.competencies, self.post)


# The one requirement the ranker writes itself (the rest are the ToR's words): pages translate it.
EXPERIENCE_IN = "Professional experience in "


def _duty_sentences(vacancy: Vacancy) -> tuple[str, ...]:
    found: list[str] = []
    for duty in vacancy.duties:
        found.extend(sentences(duty) or [clean(duty)])
    areas = vacancy.experience.fields
    if areas:
        found.append(EXPERIENCE_IN + ", ".join(areas))
    return tuple(dict.fromkeys(found))[:MAX_PER_CRITERION]


def requirements_of(vacancy: Vacancy) -> Requirements:
    """The requirements of `vacancy` (duplicates removed, order kept)."""
    title = clean(vacancy.title or "")
    post = "; ".join(
        part for part in (title, clean(vacancy.unit or ""), ", ".join(vacancy.experience.fields)) if part
    )
    return Requirements(
        duties=_duty_sentences(vacancy),
        skills=tuple(dict.fromkeys(clean(s) for s in vacancy.skills if clean(s)))[:MAX_PER_CRITERION],
        fields=tuple(dict.fromkeys(clean(f) for f in vacancy.education.fields if clean(f))),
        competencies=tuple(dict.fromkeys(clean(c) for c in vacancy.competencies if clean(c))),
        post=post or "a junior professional post in an international organization",
    )
