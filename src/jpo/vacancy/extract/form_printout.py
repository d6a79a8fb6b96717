"""An online form's response printed or saved as text (Microsoft Forms, Google Forms) rewritten as the notice
it answers: each numbered question ("9. Grade *") with its answer, the options chosen ("(o) P-2", "[x]
English") kept and the others left out, unanswered questions ("Enter your answer") left out. A short answer
makes a "Question: answer" row (a question ending in "?" a sentence with its answer), and the rows stand
together where the first question stood, as a notice's facts do; a long answer makes a section headed by the
question, after them.
"""

from __future__ import annotations

import re

__all__ = ["from_form_printout"]

_QUESTION = re.compile(r"^(?P<number>\d{1,2})\.\s+(?P<question>\S.*?)(?P<required>\s+\*)?\s*$")
_OPTION = re.compile(r"^\s+(?P<box>\((?P<dot>[ oO•●xX])\)|\[(?P<tick>[ xX✓✔])\])\s+(?P<text>\S.*)$")
_PLACEHOLDER = re.compile(
    r"^\s*(?:enter\s+your\s+answer|entrez\s+votre\s+r[ée]ponse|escriba\s+su\s+respuesta|introduzca\s+su\s+respuesta"
    r"|your\s+answer|votre\s+r[ée]ponse|tu\s+respuesta|su\s+respuesta)\s*$",
    re.IGNORECASE,
)
_REQUIRED_QUESTIONS = 3  # questions marked "*" that make a text a form's printout
_SHORT_ANSWER = 2  # lines of an answer that make a row rather than a section


def is_form_printout(text: str) -> bool:
    """Whether a text is a form's response: numbered questions marked required ("*") and options with
    radio buttons, or a form's placeholder for an empty answer."""
    if " *" not in text:
        return False
    lines = text.split("\n")
    required = sum(1 for line in lines if (m := _QUESTION.match(line)) and m["required"])
    options = sum(1 for line in lines if _OPTION.match(line) and "(" in line.lstrip()[:1])
    unanswered = any(_PLACEHOLDER.match(line) for line in lines)
    return required >= _REQUIRED_QUESTIONS and (options >= 2 or unanswered)


def from_form_printout(text: str) -> str:
    """The text as a notice, when it is a form's printout; else as it is."""
    if not is_form_printout(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    rows: list[str] = []  # the short answers, together where the first question stood
    sections: list[str] = []  # the long ones, each a section, after them
    at = -1
    index = 0
    while index < len(lines):
        question = _QUESTION.match(lines[index])
        if question is None:
            (sections if at >= 0 and sections else out).append(lines[index])
            index += 1
            continue
        at = len(out) if at < 0 else at
        end = index + 1
        while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t"):
            end += 1
        answered, is_section = _answered(question["question"].strip(), lines[index + 1 : end])
        (sections if is_section else rows).extend(answered)
        index = end
    return "\n".join([*out[:at], *rows, *sections, *out[at:]] if at >= 0 else out)


def _answered(question: str, block: list[str]) -> tuple[list[str], bool]:
    """A question and its answer as the notice's lines (nothing when it was left unanswered), and whether
    they make a section of their own rather than a row."""
    answer = [line for line in block if line.strip() and not _PLACEHOLDER.match(line)]
    options = [m for line in answer if (m := _OPTION.match(line)) is not None]
    if options and len(options) == len(answer):
        chosen = [m["text"].strip() for m in options if (m["dot"] or m["tick"] or " ").strip()]
        if not chosen:
            return [], False
        answer = [f"- {text}" for text in chosen] if len(chosen) > 1 else chosen
    else:
        answer = _dedented(answer)
    if not answer:
        return [], False
    if len(answer) > _SHORT_ANSWER or answer[0].startswith(("- ", "1)", "1.")):
        return ["", f"## {question}", "", *answer, ""], True
    said = " ".join(line.strip() for line in answer)
    return [f"{question} {said}" if question.endswith("?") else f"{question}: {said}", ""], False


def _dedented(answer: list[str]) -> list[str]:
    indents = [len(line) - len(line.lstrip()) for line in answer]
    cut = min(indents, default=0)
    return [line[cut:].rstrip() for line in answer]
