"""Document bytes turned into plain text with page boundaries, refusing bad or unsafe input."""

from __future__ import annotations

import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from jpo.errors import InputError
from jpo.vacancy.extract import boxes
from jpo.vacancy.extract.text import Pages, extract_text

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "Extracted", "extract_bytes", "extract_file"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
}
FORMATS = frozenset(SUFFIXES.values())
_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Extracted:
    """The text of a document; lines end with "\\n", and `pages` tile `text` in order."""

    text: str
    pages: tuple[tuple[int, int], ...]  # [start, end) offsets of each page in `text`
    format: str  # "txt" | "md" | "pdf" | "docx" | "html"


# Social media's bold and italic letters, Unicode's mathematical alphanumerics ("𝗪𝗵𝗮𝘁 𝘄𝗶𝗹𝗹 𝘆𝗼𝘂 𝗹𝗲𝗮𝗿𝗻?"),
# are the letters and digits they draw
_MATH_LETTERS = {
    code: plain
    for code in range(0x1D400, 0x1D800)
    if len(plain := unicodedata.normalize("NFKC", chr(code))) == 1 and plain.isalnum()
}


def extract_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Extracted:
    """Read and extract a file; every check runs before the bytes are read."""
    try:
        info = path.stat()
    except FileNotFoundError as err:
        raise InputError("file not found") from err
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror or err})") from err
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory, not a file")
    format_ = SUFFIXES.get(path.suffix.lower())
    if format_ is None:
        expected = ", ".join(sorted(SUFFIXES))
        kind = f" '{path.suffix}'" if path.suffix else ": no extension"
        raise InputError(f"unsupported file type{kind} (expected one of {expected})")
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file")
    _check_size(info.st_size, max_bytes)
    if info.st_size == 0:
        raise InputError("file is empty")
    return extract_bytes(_read(path, max_bytes), format_, max_bytes=max_bytes)


def extract_bytes(data: bytes, format: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Extracted:
    """Extract the text of a document in `format`; raises InputError for any bad input."""
    if format not in FORMATS:
        expected = ", ".join(sorted(FORMATS))
        raise InputError(f"unsupported format '{format}' (expected one of {expected})")
    _check_size(len(data), max_bytes)
    if not data:
        raise InputError("file is empty")
    text, pages = _dispatch(data, format, max_bytes)
    if not text.isascii():
        text = text.translate(_MATH_LETTERS)  # one character for one: the pages' offsets hold
    if not text.strip():
        only_whitespace = " (the file holds only whitespace)" if format in ("txt", "md") else ""
        raise InputError(f"no text found{only_whitespace}")
    return Extracted(text=text, pages=pages, format=format)


def _dispatch(data: bytes, format_: str, max_bytes: int) -> tuple[str, Pages]:
    if format_ in ("txt", "md"):
        return extract_text(data)
    # Each reader's library is imported when a document needs it: a text ToR's parse stays fast.
    if format_ == "pdf":
        from jpo.vacancy.extract.pdf import extract_pdf

        return extract_pdf(data)
    if format_ == "docx":
        from jpo.vacancy.extract.docx import extract_docx

        text = extract_docx(data, max_bytes=max_bytes)
    else:
        from jpo.vacancy.extract.html import extract_html

        text = extract_html(data)
    if boxes.EMPTY in text:  # a form's options: only the ticked ones hold
        text = "\n".join(boxes.ticked_only(line) for line in text.split("\n"))
    return text, ((0, len(text)),)


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror or err})") from err
    _check_size(len(data), max_bytes)
    return data


def _check_size(size: int, max_bytes: int) -> None:
    if size > max_bytes:
        limit = _size(max_bytes)
        raise InputError(f"file is {_size(size)}, over the {limit} limit (set JPO_MAX_UPLOAD_MB)")


def _size(n: int) -> str:
    """31.2 MB, 20 MB, 512 KB or 100 bytes."""
    for unit, scale in (("MB", _MB), ("KB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"
