"""The confirmation a candidate downloads: a one-page PDF with the receipt number and what was sent, in
the reader's language (its labels from the shared catalogues, dates, places and the deadline as the
pages write them)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC
from typing import Any, Final

from babel.dates import format_datetime
from babel.numbers import format_decimal
from fpdf import FPDF

from jpo.db.models import Application
from jpo.geo.deadlines import deadline
from jpo.geo.zone_names import city_name, country_in
from jpo.i18n import DEFAULT, LOCALES, N_, translator

_STATUSES: Final = {"submitted": N_("submitted"), "withdrawn": N_("withdrawn"), "eligible": N_("eligible"),
    "ineligible": N_("ineligible"), "needs_review": N_("needs review"), "longlisted": N_("long-listed"),
    "shortlisted": N_("shortlisted"), "assessed": N_("assessed"), "interviewed": N_("interviewed"),
    "recommended": N_("recommended"), "selected": N_("selected"), "confirmed": N_("selection confirmed"),
    "offered": N_("offer made"), "accepted": N_("offer accepted"), "declined": N_("offer declined"),
    "not_selected": N_("not selected")}  # fmt: skip
# The PDF core fonts cover Latin-1: typographic characters Babel and French writing use become their
# Latin-1 look-alikes; others (a Korean title) are shown as '?' rather than failing.
_LATIN1: Final = str.maketrans({"\u202f": "\u00a0", "\u2019": "'", "\u2018": "'", "\u201c": '"',
                                "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "..."})  # fmt: skip


def _latin1(text: str) -> str:
    return text.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def candidate_name(profile: Mapping[str, Any] | None) -> str | None:
    """The name as the candidate wants it written (`name: {given, family}` of the profile), if any."""
    name = (profile or {}).get("name")
    if not isinstance(name, Mapping):
        return None
    parts = (name.get("given"), name.get("family"))
    return " ".join(str(part).strip() for part in parts if isinstance(part, str) and part.strip()) or None


def _place(vacancy: Mapping[str, Any], locale: str) -> str:
    station = vacancy.get("duty_station") or {}
    city, code = station.get("city"), station.get("country")
    named = (city_name(city, code, locale) if city else None, country_in(code, locale) if code else None)
    return ", ".join(part for part in named if part)


def receipt_lines(
    application: Application,
    vacancy: Mapping[str, Any],
    locale: str = DEFAULT,
    profile: Mapping[str, Any] | None = None,
) -> list[tuple[str, str]]:
    """The facts a receipt states, as (label, value) pairs in `locale`."""
    _ = translator(locale)
    name = candidate_name(profile)
    closing = (vacancy.get("closing") or {}).get("utc")
    submitted = format_datetime(application.submitted_at, "medium", tzinfo=UTC, locale=locale)
    letter = _(N_("%(count)s characters"), count=format_decimal(len(application.motivation), locale=locale))
    lines = [(_(N_("Candidate")), name)] if name else []
    lines += [
        (_(N_("Receipt number")), application.receipt),
        (_(N_("Vacancy")), vacancy.get("title") or _(N_("vacancy %(id)s"), id=application.vacancy_id)),
        (_(N_("Reference")), vacancy.get("reference") or "-"),
        (_(N_("Organization")), vacancy.get("organization") or "-"),
        (_(N_("Duty station")), _place(vacancy, locale) or "-"),
        (_(N_("Deadline")), deadline(closing, vacancy, locale).text(locale) if closing else "-"),
        (_(N_("Submitted (UTC)")), submitted),
        (_(N_("Status")), _(_STATUSES.get(application.status, application.status))),
        (_(N_("Motivation letter")), letter),
        (_(N_("Documents")), format_decimal(len(application.documents), locale=locale)),
    ]  # fmt: skip
    return lines


def receipt_pdf(
    application: Application,
    vacancy: Mapping[str, Any],
    locale: str = DEFAULT,
    profile: Mapping[str, Any] | None = None,
) -> bytes:
    """The PDF bytes of the receipt in `locale` (the same application and language give the same bytes)."""
    locale = locale if locale in LOCALES else DEFAULT
    _ = translator(locale)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(application.submitted_at)
    pdf.set_lang(locale)
    pdf.set_title(_latin1(_(N_("Receipt %(receipt)s"), receipt=application.receipt)))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 12, _latin1(_(N_("Application received"))), new_x="LMARGIN", new_y="NEXT")
    for label, value in receipt_lines(application, vacancy, locale, profile):
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(45, 8, _latin1(label))
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 8, _latin1(value), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 9)
    note = N_("Keep this receipt: quote its number in any question about your application.")
    pdf.multi_cell(0, 5, _latin1(_(note)))
    return bytes(pdf.output())
