"""A record exported from a spreadsheet or an HR system as tab-separated text (a "Field<TAB>Value" header, one
field a line, long cells quoted over several lines with doubled quotes inside) rewritten as the notice it
holds: a short value a "Field name: value" row (a column named after its unit, "Contract_Duration_Months 12",
gives "Contract Duration: 12 months"), a long one a section headed by its field, empty cells left out.

The quoting is that of RFC 4180 with a tab for the comma, read by the standard library's csv module.
"""

from __future__ import annotations

import csv
import io
import re

__all__ = ["from_tsv_record"]

# The export's header names its two columns, a field's and its value's (a notice whose first line holds a tab
# is no record: its prose lines would be lost as rows of one cell)
_HEADER = re.compile(
    r"^\ufeff?(?:field|name|key|attribute|column|item|champ|nom|cl[ée]|campo|nombre|clave|atributo)s?(?:[\s_]name)?"
    r"\t(?:values?|valeurs?|valor(?:es)?|contents?|contenu|contenido|data|donn[ée]es|datos)\s*$",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"^(?P<name>.+?)[\s_]+(?P<unit>months?|years?|days?|mois|meses|a[ñn]os|ans|d[íi]as|jours)$", re.IGNORECASE
)
_NUMBER = re.compile(r"^\d{1,3}(?:[.,]\d+)?$")
_RECORD_SHARE = 0.3  # of the lines that must start a "field<TAB>value" row (a long cell takes several)


def is_tsv_record(text: str) -> bool:
    """Whether a text is one record as "field<TAB>value" rows under a two-column header."""
    first, _, rest = text.partition("\n")
    if "\t" not in first or not _HEADER.match(first):
        return False
    lines = [line for line in rest.split("\n") if line.strip()]
    rows = sum(1 for line in lines if re.match(r"^[^\t\s\"][^\t]{0,60}\t", line))
    return rows >= max(3, _RECORD_SHARE * len(lines))


def from_tsv_record(text: str) -> str:
    """The text as a notice, when it is one tab-separated record; else as it is."""
    if not is_tsv_record(text):
        return text
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter="\t", quotechar='"'))
    except csv.Error:
        return text
    out: list[str] = []
    for row in rows[1:]:
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            continue
        name, value = _readable(row[0].strip()), "\t".join(row[1:]).strip()
        value_lines = [line.rstrip() for line in value.replace("\r\n", "\n").split("\n")]
        if len(value_lines) > 1:
            out += ["", f"## {name}", "", *value_lines, ""]
            continue
        unit = _UNIT.match(name)
        if unit is not None and _NUMBER.match(value):
            name, value = unit["name"], f"{value} {unit['unit'].lower()}"
        out.append(f"{name}: {value}")
    return "\n".join(out) + "\n"


def _readable(name: str) -> str:
    """A column's name as a label: "Duty_Station_City" → "Duty Station City"."""
    return " ".join(name.replace("_", " ").split())
