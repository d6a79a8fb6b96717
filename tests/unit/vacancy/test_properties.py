"""Property-based tests: whatever text comes in, parsing returns a vacancy and never crashes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jpo.vacancy.lines import split_lines
from tests.support.tor import parse_text

SEED_LINES = [
    "I General information", "Title: JPO in Human Rights", "Duty Station: Geneva, Switzerland",
    "Closing date 9 August 2024 11:59pm KST", "- Conduct research;", "1. Organize events",
    "  a. sub item", "Not older than 32 years of age as of 31st December of 2024",
    "Languages:", "Fluency in English and French is required.", "TOEFL iBT 100 or IELTS 7",
    "**Education:**", "## DUTIES", "Page 2 of 3", "- 2 -", "----", "| a | b |", "", "\f",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000))
def test_any_text_parses(text: str) -> None:
    vacancy = parse_text(text)
    assert vacancy.schema_ == "jpo.vacancy/1"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(SEED_LINES), st.text(max_size=80)), max_size=60))
def test_shuffled_tor_lines_parse_with_sources_in_bounds(lines: list[str]) -> None:
    text = "\n".join(lines)
    vacancy = parse_text(text)
    body = text.strip("\n")
    for name, span in vacancy.sources.items():
        assert 0 <= span.start <= span.end <= len(body) + 1, name


@given(st.text(max_size=300))
def test_cleaned_line_offsets_point_at_their_characters(text: str) -> None:
    for line in split_lines(text, ((0, len(text)),)):
        assert len(line.offsets) == len(line.text)
        for ch, offset in zip(line.text, line.offsets, strict=True):
            assert ch == " " or text[offset] == ch or (ch == ":" and text[offset] == "\t")
