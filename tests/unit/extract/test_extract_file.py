"""extract_file: the checks on a path, in order, before any byte is read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jpo.errors import InputError
from jpo.vacancy.extract import DEFAULT_MAX_BYTES, SUFFIXES, extract_file
from tests.unit.extract.extract_samples import docx_bytes, pdf_bytes


def test_suffixes_and_default_limit() -> None:
    assert SUFFIXES == {
        ".txt": "txt",
        ".text": "txt",
        ".md": "md",
        ".markdown": "md",
        ".pdf": "pdf",
        ".docx": "docx",
        ".html": "html",
        ".htm": "html",
    }
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "data", "fmt", "expected"),
    [
        ("tor.txt", b"Duty Station: Geneva\n", "txt", "Duty Station: Geneva"),
        ("tor.MD", b"# ToR\n", "md", "# ToR"),
        ("tor.htm", b"<p>Duty Station: Geneva</p>", "html", "Duty Station: Geneva"),
        ("tor.pdf", pdf_bytes(1), "pdf", "Section 1."),
        ("tor.docx", docx_bytes(), "docx", "Duty Station: Geneva, Switzerland"),
    ],
)
def test_files_dispatch_on_suffix(tmp_path: Path, name: str, data: bytes, fmt: str, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = extract_file(path)
    assert result.format == fmt
    assert expected in result.text


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        extract_file(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        extract_file(folder)


def test_unknown_suffix_lists_the_expected_ones(tmp_path: Path) -> None:
    path = tmp_path / "tor.xyz"
    path.write_bytes(b"text")
    with pytest.raises(InputError, match=r"unsupported file type '\.xyz' \(expected one of .docx"):
        extract_file(path)


def test_no_suffix(tmp_path: Path) -> None:
    path = tmp_path / "README"
    path.write_bytes(b"text")
    with pytest.raises(InputError, match="unsupported file type"):
        extract_file(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="file is empty"):
        extract_file(path)


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.md"
    path.write_bytes(b"  \n\n\t \r\n")
    with pytest.raises(InputError, match="no text found"):
        extract_file(path)


def test_binary_named_txt(tmp_path: Path) -> None:
    path = tmp_path / "binary.txt"
    path.write_bytes(os.urandom(4096) + b"\x00")
    with pytest.raises(InputError, match="binary content"):
        extract_file(path)


def test_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(int(31.2 * 1024 * 1024))  # sparse: no disk used

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(InputError) as caught:
        extract_file(path)
    assert str(caught.value) == "file is 31.2 MB, over the 20 MB limit (set JPO_MAX_UPLOAD_MB)"


def test_small_limit(tmp_path: Path) -> None:
    path = tmp_path / "tor.txt"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(InputError, match=r"file is 2 KB, over the 1 KB limit"):
        extract_file(path, max_bytes=1024)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        extract_file(path)
