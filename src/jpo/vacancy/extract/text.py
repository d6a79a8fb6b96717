"""Plain-text and Markdown files decoded to text, with form feeds marking page boundaries."""

from __future__ import annotations

import codecs
import re
import string

from jpo.errors import InputError
from jpo.vacancy.extract.asciidoc import from_asciidoc
from jpo.vacancy.extract.captions import from_captions
from jpo.vacancy.extract.embedded_html import from_embedded_html
from jpo.vacancy.extract.feed import from_feed
from jpo.vacancy.extract.form_printout import from_form_printout
from jpo.vacancy.extract.grid_tables import from_grid_tables
from jpo.vacancy.extract.json_text import from_json
from jpo.vacancy.extract.md_footnotes import inline_markdown_footnotes
from jpo.vacancy.extract.mime import from_mime
from jpo.vacancy.extract.restructured import from_restructured
from jpo.vacancy.extract.revisions import accept_changes
from jpo.vacancy.extract.screen_reader import from_screen_reader
from jpo.vacancy.extract.slide_outline import from_slide_outline
from jpo.vacancy.extract.tsv_record import from_tsv_record
from jpo.vacancy.extract.wiki_markup import from_wiki_markup

Pages = tuple[tuple[int, int], ...]

# Longest BOMs first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_ASCII_BYTES = bytes(range(128))
_ASCII_LETTERS = string.ascii_letters.encode()
# Non-letters that Windows-1252 text in English, French or Spanish plausibly contains.
_WESTERN_SYMBOLS = frozenset("€‚„…†‡‰‹‘’“”•–—˜™›\xa0¡¢£¥§©«\xad®°±²´·»¼½¾¿×÷")
_MAX_CONTROL_SHARE = 0.10
_MAX_NON_ASCII_SHARE = 0.40


def extract_text(data: bytes) -> tuple[str, Pages]:
    """Decode a text file, read an API's JSON posting, a job feed's first item or an e-mail's raw source as
    its page or message, accept the tracked changes left in it, read a tab-separated record, a video's
    captions, wiki markup, AsciiDoc, reStructuredText, a slide deck's outline, a form's printout and a screen
    reader's transcript as Markdown and HTML blocks as their text, Markdown footnotes at their marks and
    bordered tables (pandoc's grid tables, ASCII and box-drawn grids) as pipe tables, and split it into pages
    at form feeds; lines end with "\\n"."""
    text = from_feed(from_json(decode_text(data, what="a text file")))
    changed = from_tsv_record(accept_changes(from_mime(text)))
    marked = from_slide_outline(from_restructured(from_asciidoc(from_wiki_markup(from_captions(changed)))))
    read = from_embedded_html(from_screen_reader(from_form_printout(marked)))
    return split_pages(inline_markdown_footnotes(from_grid_tables(read)))


def decode_text(data: bytes, *, what: str, declared: str | None = None) -> str:
    """Decode bytes to str: BOM, then the `declared` charset, UTF-8, Windows-1252, a guess.

    Raises InputError "not {what} (binary content)" when the bytes do not look like text.
    """
    text = _decode_bom(data)
    if text is None:
        if b"\x00" in data:
            raise InputError(f"not {what} (binary content)")
        text = _decode_strict(data, declared)
        if text is None:
            text = _decode_guess(data)
    if text is None or _looks_binary(text):
        raise InputError(f"not {what} (binary content)")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def split_pages(text: str) -> tuple[str, Pages]:
    """Replace form feeds by newlines and record the page they delimit; pages tile the text."""
    parts = text.split("\f")
    if len(parts) > 1 and not parts[-1].strip():
        tail = parts.pop()
        parts[-1] += tail
    joined = "\n".join(parts)
    if not joined.endswith("\n"):
        joined += "\n"
    pages: list[tuple[int, int]] = []
    start = 0
    for part in parts[:-1]:
        end = start + len(part) + 1  # the "\n" that stands for the form feed
        pages.append((start, end))
        start = end
    pages.append((start, len(joined)))
    return joined, tuple(pages)


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_strict(data: bytes, declared: str | None) -> str | None:
    for encoding in (declared, "utf-8"):
        if encoding is None:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _decode_guess(data: bytes) -> str | None:
    if _looks_western(data):
        return data.decode("cp1252")
    from charset_normalizer import from_bytes  # a last resort, and slow to import

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _looks_western(data: bytes) -> bool:
    """Whether the bytes read as Windows-1252 text in a Western European language.

    Text in a Cyrillic or Greek code page reads as dense runs of accented letters, and
    Central European code pages show odd symbols (³, ¹, ¤); Western text has few accents.
    Counted on the bytes, since Windows-1252 keeps ASCII as it is.
    """
    high = data.translate(None, _ASCII_BYTES)
    try:
        accented = set(high.decode("cp1252"))
    except UnicodeDecodeError:
        return False
    if any(not char.isalpha() and char not in _WESTERN_SYMBOLS for char in accented):
        return False
    letters = len(data) - len(data.translate(None, _ASCII_LETTERS)) + len(high)
    return len(high) <= _MAX_NON_ASCII_SHARE * max(letters, 1)


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    controls = len(text) - len(_CONTROL.sub("", text))
    return controls > _MAX_CONTROL_SHARE * max(len(text), 1)
