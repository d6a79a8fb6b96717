"""The names jpo takes from pycountry, kept as one shipped JSON file so parsing never loads its
databases (thousands of languages, their .mo translations: a tenth of a second per process).

`python -m jpo.geo.snapshot` rewrites `data/pycountry_names.json`; a test checks it is current.
"""

from __future__ import annotations

import gettext
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jpo.geo._text import read_csv

TRANSLATED = ("fr", "es")
_COUNTRY_FIELDS = ("name", "official_name", "common_name")
_LANGUAGE_FIELDS = ("name", "common_name")
_FILE = "pycountry_names.json"


def _names(record: object, fields: tuple[str, ...]) -> list[str]:
    return [str(value) for field in fields if (value := getattr(record, field, None))]


def _translated(names: list[str], domain: str) -> dict[str, list[str]]:
    import pycountry

    found = {"en": names}
    for language in TRANSLATED:
        catalogue = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)
        found[language] = [catalogue.gettext(name) for name in names]
    return found


def build() -> dict[str, Any]:
    """Every country's and every listed language's names in English, French and Spanish, and the
    English name of every ISO 639-1 code."""
    import pycountry

    countries = {
        str(country.alpha_2): {"alpha_3": str(country.alpha_3),
                               **_translated(_names(country, _COUNTRY_FIELDS), "iso3166-1")}
        for country in pycountry.countries
    }  # fmt: skip
    languages: dict[str, Any] = {}
    for row in read_csv("languages.csv"):
        language = pycountry.languages.get(alpha_2=row["code"])
        if language is None:
            raise ValueError(f"languages.csv: unknown ISO 639-1 code {row['code']!r}")
        languages[row["code"]] = _translated(_names(language, _LANGUAGE_FIELDS), "iso639-3")
    iso639_1 = {
        str(language.alpha_2): str(language.name)
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    }
    return {"countries": countries, "languages": languages, "iso639_1": iso639_1}


@cache
def snapshot() -> dict[str, Any]:
    """The shipped names (see `build`)."""
    text = resources.files("jpo.geo").joinpath("data", _FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def write(path: Path | None = None) -> Path:
    """Rebuild the shipped file from the installed pycountry."""
    target = path or Path(__file__).parent / "data" / _FILE
    target.write_text(
        json.dumps(build(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    return target


if __name__ == "__main__":
    print(write())
