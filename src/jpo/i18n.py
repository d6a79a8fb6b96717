"""Languages jpo writes in, for both edges and for the documents services render (a receipt): which one
a reader gets, and its messages (Babel catalogues compiled from the .po files shipped with the web
pages, one per area, so a message has one translation wherever it is shown)."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

LOCALES = ("en", "fr")
DEFAULT = "en"
# Read as files, not imported: the catalogues are data that every edge and service shares.
CATALOGUES = Path(__file__).parent / "web" / "locale"


def N_(message: str) -> str:  # noqa: N802 - gettext's name for "translated later, where it is shown"
    """Marks an English message translated where it is shown; the catalogue tests find it by this name."""
    return message


def from_accept_language(header: str) -> str | None:
    """The most preferred of our languages in an Accept-Language header ("fr-CH,fr;q=0.9,en;q=0.8")."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        try:
            language = Locale.parse(tag.strip().replace("-", "_")).language if tag.strip() != "*" else None
        except (ValueError, UnknownLocaleError):
            continue
        if language in LOCALES and quality > 0:
            ranked.append((-quality, position, language))
    return min(ranked)[2] if ranked else None


def _compiled(po: Path, locale: str) -> Translations:
    with po.open("rb") as handle:
        catalogue = read_po(handle, locale=locale)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Translations(compiled)


@cache
def translations(locale: str) -> NullTranslations:
    """The messages of `locale`, compiled in memory from its .po files (English is the source)."""
    files = sorted((CATALOGUES / locale / "LC_MESSAGES").glob("*.po"))
    if locale == DEFAULT or not files:
        return NullTranslations()
    merged = _compiled(files[0], locale)
    for po in files[1:]:
        merged.merge(_compiled(po, locale))
    return merged


def translator(locale: str) -> Callable[..., str]:
    """`_(message, **values)` for `locale`: the translation, filled with `%(name)s` values."""
    messages = translations(locale if locale in LOCALES else DEFAULT)

    def translate(message: str, **values: object) -> str:
        text = str(messages.gettext(message))
        return text % values if values else text

    return translate
