"""Plain text and Markdown: decoding, line ends, form-feed pages, binary refusal."""

from __future__ import annotations

import codecs

import pytest

from jpo.errors import InputError
from jpo.vacancy.extract import Extracted, extract_bytes

TOR = "Title: Programme Officer\nDuty Station: Genève, Switzerland\nDurée : 2 ans\n"


def _pages_text(result: Extracted) -> list[str]:
    return [result.text[start:end] for start, end in result.pages]


def test_utf8_text_is_returned_unchanged() -> None:
    result = extract_bytes(TOR.encode("utf-8"), "txt")
    assert result == Extracted(text=TOR, pages=((0, len(TOR)),), format="txt")


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_bom_decides_the_encoding_and_is_stripped(encoding: str, bom: bytes) -> None:
    result = extract_bytes(bom + TOR.encode(encoding), "txt")
    assert result.text == TOR


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
@pytest.mark.parametrize(
    "text",
    [
        "Duty Station: Genève, Switzerland\n",
        "Genève\n",
        "Lieu d'affectation : Genève\nÉtudes supérieures en économie requises.\n",
        "Ñandú: año de España\n",
    ],
)
def test_western_single_byte_text_survives(encoding: str, text: str) -> None:
    assert extract_bytes(text.encode(encoding), "txt").text == text


def test_cp1252_typographic_quotes_survive() -> None:
    text = "The JPO’s “key” duties – reporting…\n"
    assert extract_bytes(text.encode("cp1252"), "txt").text == text


def test_cyrillic_code_page_is_not_read_as_western() -> None:
    text = "Должностные обязанности: поддержка программы в Женеве и отчётность.\n" * 3
    assert extract_bytes(text.encode("cp1251"), "txt").text == text


@pytest.mark.parametrize("newline", [b"\r\n", b"\r"])
def test_line_ends_are_normalised(newline: bytes) -> None:
    data = b"one" + newline + b"two" + newline
    result = extract_bytes(data, "txt")
    assert result.text == "one\ntwo\n"
    assert "\r" not in result.text


def test_final_newline_is_added() -> None:
    assert extract_bytes(b"no newline at end", "txt").text == "no newline at end\n"


def test_form_feeds_split_pages_and_leave_the_text() -> None:
    result = extract_bytes(b"page one\n\fpage two\n\fpage three", "txt")
    assert "\f" not in result.text
    assert result.text == "page one\n\npage two\n\npage three\n"
    assert len(result.pages) == 3
    assert _pages_text(result) == ["page one\n\n", "page two\n\n", "page three\n"]


def test_pages_tile_the_text() -> None:
    result = extract_bytes(b"a\fb\f\fc\f", "txt")
    starts = [start for start, _ in result.pages]
    ends = [end for _, end in result.pages]
    assert starts[0] == 0
    assert ends[-1] == len(result.text)
    assert starts[1:] == ends[:-1]
    assert len(result.pages) == 4  # the trailing form feed opens no empty page


def test_markdown_syntax_is_kept() -> None:
    text = "# Title\n\n**Duty Station:** Geneva\n\n- one\n- two\n"
    result = extract_bytes(text.encode(), "md")
    assert result.text == text
    assert result.format == "md"


def test_binary_garbage_is_refused() -> None:
    garbage = bytes(range(256)) * 8
    with pytest.raises(InputError, match="not a text file"):
        extract_bytes(garbage, "txt")


def test_control_characters_mark_binary_content() -> None:
    with pytest.raises(InputError, match="binary content"):
        extract_bytes(b"\x01\x02\x03\x04 ab" * 50, "txt")


def test_whitespace_only_text_has_no_text() -> None:
    with pytest.raises(InputError, match="no text found"):
        extract_bytes(b" \n\t\r\n\f  ", "txt")


def test_empty_bytes_are_an_empty_file() -> None:
    with pytest.raises(InputError, match="file is empty"):
        extract_bytes(b"", "txt")
