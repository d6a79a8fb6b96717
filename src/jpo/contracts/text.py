"""Text as every contract and both edges accept it: no control characters but tab and line breaks, and
a length limit a person would never reach; one definition, read by the web forms for their limits."""

from __future__ import annotations

import re
from types import UnionType
from typing import Annotated, Any, Final, Union, get_args, get_origin

from annotated_types import MaxLen
from pydantic import AfterValidator, BaseModel
from pydantic_core import PydanticCustomError

from jpo.errors import InputError

# C0 controls other than tab, line feed and carriage return (PostgreSQL cannot store NUL; the others
# garble pages, logs and exports), and lone surrogates (no database can encode them).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")

NAME: Final = 200  # a title, an employer, a field of study, one skill
PARAGRAPH: Final = 5_000  # a job's description, a summary (20 of them: a 100 kB profile)
ENTRIES: Final = 20  # entries of one list of a profile: jobs, degrees, languages, ...
SKILLS: Final = 50  # skills, one per line
CODE: Final = 64  # a code or a short key: a test's edition, a programme's name


def forbidden_character(value: str) -> str | None:
    """The first character of `value` that no text may hold, if any."""
    found = _FORBIDDEN.search(value)
    return found.group() if found else None


def blank_controls(text: str) -> str:
    """`text` with each character no text may hold replaced by a space (offsets into it stay true)."""
    return _FORBIDDEN.sub(" ", text)


def refuse_controls(value: str) -> str:
    """`value` unchanged, or a validation error naming the first character no text may hold."""
    found = forbidden_character(value)
    if found is not None:
        raise PydanticCustomError(
            "control_character",
            "holds the control character U+{code}; only tab and line breaks are allowed",
            {"code": f"{ord(found):04X}"},
        )
    return value


NO_CONTROLS: Final = AfterValidator(refuse_controls)
Text = Annotated[str, NO_CONTROLS]  # no limit of its own (a parsed ToR's section; the body is capped)
Code = Annotated[str, MaxLen(CODE), NO_CONTROLS]
Name = Annotated[str, MaxLen(NAME), NO_CONTROLS]
Paragraph = Annotated[str, MaxLen(PARAGRAPH), NO_CONTROLS]


def _unwrap(annotation: Any, rules: list[Any]) -> tuple[Any, list[Any]]:
    """The type inside `Annotated[...]` and `X | None`, with the constraints met on the way."""
    while True:
        if get_origin(annotation) is Annotated:
            annotation, *more = get_args(annotation)
            rules = [*rules, *more]
        elif get_origin(annotation) in (Union, UnionType):
            kinds = [kind for kind in get_args(annotation) if kind is not type(None)]
            if len(kinds) != 1:
                return annotation, rules
            annotation = kinds[0]
        else:
            return annotation, rules


def _limit(rules: list[Any]) -> int | None:
    return next(
        (rule.max_length for rule in rules if isinstance(getattr(rule, "max_length", None), int)), None
    )


def _field(model: type[BaseModel], field: str) -> tuple[Any, list[Any]]:
    info = model.model_fields[field]
    return _unwrap(info.annotation, list(info.metadata))


def max_length(model: type[BaseModel], field: str) -> int:
    """The most characters `field` of `model` takes (each item's, for a list of texts)."""
    kind, rules = _field(model, field)
    if get_origin(kind) is list:
        kind, rules = _unwrap(get_args(kind)[0], [])
    limit = _limit(rules)
    if limit is None:
        raise LookupError(f"{model.__name__}.{field} has no length limit")
    return limit


def max_items(model: type[BaseModel], field: str) -> int:
    """The most entries the list `field` of `model` takes."""
    kind, rules = _field(model, field)
    limit = _limit(rules) if get_origin(kind) is list else None
    if limit is None:
        raise LookupError(f"{model.__name__}.{field} is not a list with a limit")
    return limit


def checked_text(value: str | None, field: str, limit: int, *, required: bool = False) -> str:
    """`value` stripped, or an `InputError` naming `field`: required and empty, longer than `limit`, or
    holding a control character. What the services' free-text inputs (a reason, a note) pass through."""
    text = (value or "").strip()
    if required and not text:
        raise InputError(f"{field}: required", field=field)
    if len(text) > limit:
        raise InputError(f"{field}: at most {limit} characters", field=field)
    found = forbidden_character(text)
    if found is not None:
        raise InputError(f"{field}: holds the control character U+{ord(found):04X}", field=field)
    return text
