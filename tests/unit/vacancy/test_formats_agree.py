"""The same ToR read from text, PDF (with a running header and page numbers) and DOCX gives the
same fields: format handling must not change what is read."""

from __future__ import annotations

import io
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import docx
import pytest
from fpdf import FPDF

from jpo.contracts.vacancy import Vacancy
from jpo.vacancy.parse import parse_bytes, parse_file

SEEDS = sorted(Path(str(files("jpo.demo").joinpath("seeds"))).glob("*.txt"))
_LATIN = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'", "–": "-", "—": "-", "•": "-", "\u00a0": " "})


def _facts(vacancy: Vacancy) -> dict[str, Any]:
    d = json.loads(vacancy.to_json())
    e = d["eligibility"]
    return {
        **{
            k: d[k]
            for k in ("title", "reference", "organization", "grades", "duration_months", "sponsor_country")
        },
        "city": d["duty_station"]["city"],
        "closing": (d["closing"] or {}).get("utc"),
        "required": sorted(sorted(group) for group in d["languages"]["required"]),
        "education": d["education"],
        "min_years": d["experience"]["min_years"],
        "eligibility": {
            k: e[k] for k in ("nationalities", "max_age", "age_reference_date", "language_tests")
        },
        # nested list items lose their indentation in these simple conversions: count top-level lists
        "lists": [len(d[k]) for k in ("duties", "learning_elements", "competencies")],
    }


def _plain(line: str) -> str:
    return line.replace("**", "").replace("\\_", "_").strip()


class _Paged(FPDF):
    def header(self) -> None:
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, "UN JPO Programme - Terms of Reference", align="C")
        self.ln(8)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 10, f"Page {self.page_no()}", align="C")


def as_pdf(text: str) -> bytes:
    pdf = _Paged()
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for line in text.split("\n"):
        plain = _plain(line.replace("#", "")).translate(_LATIN).encode("latin-1", "replace").decode("latin-1")
        if plain:
            pdf.multi_cell(0, 5, plain, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return bytes(pdf.output())


def as_docx(text: str) -> bytes:
    document = docx.Document()
    for line in text.split("\n"):
        plain = _plain(line)
        if plain.startswith("#"):
            document.add_heading(plain.lstrip("# "), level=2)
        elif plain[:2] in ("- ", "• ", "* "):
            document.add_paragraph(plain[2:], style="List Bullet")
        elif plain:
            document.add_paragraph(plain)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
@pytest.mark.parametrize("convert", [as_pdf, as_docx], ids=["pdf", "docx"])
def test_formats_agree(seed: Path, convert: Any) -> None:
    text = seed.read_text(encoding="utf-8")
    fmt = "pdf" if convert is as_pdf else "docx"
    assert _facts(parse_bytes(convert(text), fmt)) == _facts(parse_file(seed))
