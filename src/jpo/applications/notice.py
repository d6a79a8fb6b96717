"""The notice a candidate reads before applying: an automated ranking assists reviewers, what it reads
(never who the candidate is), and that people decide. Versioned: each application records the version
its candidate was shown; a new wording is a new version."""

from __future__ import annotations

from typing import Final

RANKING_NOTICE_VERSION: Final = "2026-12-05"

# English, the interface's source language (the web's catalogues translate each paragraph).
RANKING_NOTICE: Final[tuple[str, ...]] = (
    "An automated ranking helps the reviewers of this vacancy decide whom to read first. It compares what "
    "your profile says of your studies, work, languages and skills with the duties and requirements of the "
    "Terms of Reference, and shows the reviewers each criterion with the words of yours it relied on.",
    "It never reads your name, sex, age or date of birth, nationality, contact details or your answers "
    "about yourself, and it decides nothing: eligibility follows the programme's published rules, and "
    "people shortlist, interview and select, each decision with its reason.",
)


def check_version(version: str | None) -> str | None:
    """The version a candidate accepted, if they say which; ValueError when it is not the current one."""
    if version is None:
        return None
    if version != RANKING_NOTICE_VERSION:
        raise ValueError(f"the notice is now version {RANKING_NOTICE_VERSION}; read it again before applying")
    return version
