"""One definition of acceptable text: no C0 control character but tab, line feed and carriage return,
no unpaired surrogate; the limits it carries are read back by the edges."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from jpo.contracts.profile import ExperienceEntry, Profile
from jpo.contracts.text import Name, blank_controls, forbidden_character, max_items, max_length

REFUSED = [chr(code) for code in range(0x20) if chr(code) not in "\t\n\r"] + ["\ud800", "\udfff"]


class _Form(BaseModel):
    name: Name


@pytest.mark.parametrize("char", REFUSED, ids=[f"U+{ord(c):04X}" for c in REFUSED])
def test_every_c0_control_but_tab_and_line_breaks_is_refused(char: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _Form(name=f"a{char}b")
    surrogate = "string_unicode"  # pydantic itself refuses an unpaired surrogate in a str
    assert refused.value.errors()[0]["type"] in ("control_character", surrogate)
    assert forbidden_character(f"a{char}b") == char
    assert blank_controls(f"a{char}b") == "a b"


@pytest.mark.parametrize("text", ["tab\there", "lines\nand\r\nmore", "Ǆ长 ü\u200b", "\x7f DEL is not C0"])
def test_ordinary_text_is_kept_as_it_is(text: str) -> None:
    assert _Form(name=text).name == text
    assert forbidden_character(text) is None


def test_the_edges_read_the_limits_from_the_contract() -> None:
    assert max_length(_Form, "name") == 200
    assert max_length(ExperienceEntry, "description") == 5_000
    assert max_length(Profile, "skills") == 200  # each skill
    assert max_items(Profile, "skills") == 50
    assert max_items(Profile, "experience") == 20
    with pytest.raises(LookupError):
        max_length(ExperienceEntry, "start")
