"""Checks that a zip package and its XML are safe to open: no zip bombs, no DTDs or entities."""

from __future__ import annotations

import io
import lzma
import struct
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from defusedxml.common import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from jpo.errors import InputError

MAX_MEMBERS = 2000
SIZE_FACTOR = 10  # total uncompressed size may be at most this many times the upload limit
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # members smaller than this are never bombs by ratio alone
XML_SUFFIXES = (".xml", ".rels")
_MB = 1024 * 1024

# What the zipfile module raises for damaged archives: bad headers, bad CRCs, bad deflate
# streams, unknown compression methods (NotImplementedError), encrypted members (RuntimeError).
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


def check_zip(data: bytes, *, max_bytes: int, label: str = "DOCX") -> frozenset[str]:
    """Member names of a zip archive whose directory promises no zip bomb; nothing decompressed.

    Raises InputError "not a valid DOCX (not a zip archive)" or "DOCX rejected: zip bomb ...".
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except ZIP_ERRORS as err:
        raise InputError(f"not a valid {label} (not a zip archive)") from err
    _check_sizes(infos, max_bytes=max_bytes, label=label)
    return frozenset(info.filename for info in infos)


def check_xml_members(data: bytes, *, max_bytes: int, label: str = "DOCX") -> None:
    """Parse every *.xml and *.rels member with DTDs and entities forbidden, each size-capped."""
    cap = SIZE_FACTOR * max_bytes
    name = "?"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                name = info.filename
                if info.is_dir() or not name.lower().endswith(XML_SUFFIXES):
                    continue
                with archive.open(info) as member:
                    blob = member.read(cap + 1)
                if len(blob) > cap:
                    raise _bomb(label, f"{name} expands past {_size(cap)}")
                check_xml(blob, name=name, label=label)
    except ZIP_ERRORS as err:
        raise InputError(f"not a valid {label} (damaged zip member {name}: {reason(err)})") from err


def check_xml(blob: bytes, *, name: str, label: str = "DOCX") -> None:
    """Raise InputError unless `blob` is well-formed XML without a DTD or entity declarations.

    Streams through defusedxml's parser without building a tree, so memory stays flat.
    """
    parser = DefusedXMLParser(target=_Sink(), forbid_dtd=True)
    try:
        parser.feed(blob)
        parser.close()
    except DefusedXmlException as err:
        message = f"{label} rejected: XML contains a DTD or external entities ({name})"
        raise InputError(message) from err
    except (ParseError, LookupError, UnicodeError) as err:
        raise InputError(f"not a valid {label} (malformed XML in {name})") from err


def reason(err: BaseException) -> str:
    """A library error as a short single line, for the parentheses of an InputError."""
    detail = err.args[0] if isinstance(err, KeyError) and err.args else err  # KeyError quotes
    text = " ".join(str(detail).split()) or type(err).__name__
    return text if len(text) <= 120 else text[:117] + "..."


class _Sink:
    """A parser target that keeps nothing: the parse is for checking only."""

    def close(self) -> None:
        return None


def _check_sizes(infos: list[zipfile.ZipInfo], *, max_bytes: int, label: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise _bomb(label, f"{len(infos)} members, over {MAX_MEMBERS}")
    total = sum(info.file_size for info in infos)
    if total > SIZE_FACTOR * max_bytes:
        limit = _size(SIZE_FACTOR * max_bytes)
        raise _bomb(label, f"{_size(total)} uncompressed, over {limit}")
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * info.compress_size:
            ratio = info.file_size // max(info.compress_size, 1)
            raise _bomb(label, f"{info.filename} compressed {ratio}:1, over {MAX_RATIO}:1")


def _bomb(label: str, detail: str) -> InputError:
    return InputError(f"{label} rejected: zip bomb suspected ({detail})")


def _size(n: int) -> str:
    if n >= _MB:
        return f"{n / _MB:.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"
