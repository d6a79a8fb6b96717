"""A video announcement's captions (SubRip .srt or WebVTT .vtt, saved as text) rewritten as the notice they
speak: cue numbers, timings, styles and NOTE comments left out; what a speaker says in one turn run into one
paragraph over its cues, the speaker's name left out; sounds ("[music]") left out; text shown on screen
("[ON SCREEN: Grade P-2 | Closing 14 March 2027]") as lines of their own, its parts one a line and its bullets
("Upload • CV • Letter") a list.

The formats: https://www.w3.org/TR/webvtt1/ and SubRip's numbered cues; only their layout is read here.
"""

from __future__ import annotations

import re

__all__ = ["from_captions"]

_TIMING = re.compile(r"^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}")
_CUE_NUMBER = re.compile(r"^\s*\d{1,5}\s*$")
_SPEAKER = re.compile(r"^(?:<v(?:\.[\w.-]+)?\s+(?P<voice>[^>]+)>|(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý' .-]{1,30}):\s+)")
_TAG = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}[:.\d]*>")
_SHOWN = re.compile(
    r"^\[(?:ON[\s-]SCREEN|ON-SCREEN\s+TEXT|TEXT\s+ON\s+SCREEN|[ÀA]\s+L['’]\s*[ÉE]CRAN|EN\s+PANTALLA|TEXTO\s+EN\s+PANTALLA)"
    r"\s*:\s*(?P<text>.*?)\]?$",
    re.IGNORECASE | re.DOTALL,
)
_SOUND = re.compile(r"^[\[(♪][^\]\)]*[\])♪]?$")
_BLANKS = re.compile(r"\n{3,}")
_MIN_CUES = 3
_BLOCK_WORDS = ("NOTE", "STYLE", "REGION")
_OPEN_END = re.compile(
    r"(?:[–—,(/-]|\b(?:and|or|of|for|the|et|ou|de|des|du|la|le|y|o|del|en))$", re.IGNORECASE
)


def is_captions(text: str) -> bool:
    """Whether a text is a subtitle file: a WebVTT header, or three timed cues at least."""
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    if "-->" not in text:
        return False
    return sum(1 for line in text.split("\n") if _TIMING.match(line)) >= _MIN_CUES


def from_captions(text: str) -> str:
    """The text as the notice its captions speak, when it is a subtitle file; else as it is."""
    if not is_captions(text):
        return text
    out: list[str] = []
    speaking: list[str] = []  # the current speaker's words
    speaker: str | None = None
    for cue in _cues(text):
        joined = " ".join(line.strip() for line in cue)
        shown = _SHOWN.match("\n".join(cue))
        if shown is not None:
            out.extend(_paragraph(speaking))
            speaking = []
            out.extend(["", *_shown_lines(shown["text"]), ""])
            continue
        if _SOUND.match(joined):
            continue
        said = _SPEAKER.match(joined)
        name = (said["voice"] or said["name"]).strip() if said else None
        if name is not None and name != speaker:
            out.extend(_paragraph(speaking))
            speaking, speaker = [], name
        speaking.append(_TAG.sub("", joined[said.end() :] if said else joined).strip())
    out.extend(_paragraph(speaking))
    return _BLANKS.sub("\n\n", "\n".join(out).strip("\n")) + "\n"


def _cues(text: str) -> list[list[str]]:
    """Each cue's lines of text, header, comments and styles left out."""
    cues: list[list[str]] = []
    block: list[str] = []
    for line in [*text.lstrip("\ufeff").split("\n"), ""]:
        if line.strip():
            block.append(line)
            continue
        timed = [index for index, kept in enumerate(block) if _TIMING.match(kept)]
        if timed and not block[0].startswith(_BLOCK_WORDS):
            cues.append(block[timed[0] + 1 :])
        block = []
    return [cue for cue in cues if cue]


def _paragraph(words: list[str]) -> list[str]:
    return ["", " ".join(part for part in words if part), ""] if any(words) else []


def _shown_lines(text: str) -> list[str]:
    """Text shown on screen: its parts (" | ", line breaks) one a line, a wrapped part joined again, bullets a
    list under the words before them."""
    lines: list[str] = []
    for raw in text.split("\n"):
        for part in (piece.strip() for piece in raw.split(" | ")):
            if lines and _OPEN_END.search(lines[-1]):
                lines[-1] = f"{lines[-1]} {part}"
            elif part:
                lines.append(part)
    shown: list[str] = []
    for line in lines:
        if "•" not in line:
            shown.append(line)
            continue
        head, *items = (piece.strip() for piece in line.split("•"))
        shown.extend([f"{head}:" if head and not head.endswith(":") else head] if head else [])
        shown.extend(f"- {item}" for item in items if item)
    return shown
