"""The candidate's profile builder: the jpo.profile/1 document as a form (`web.profile_form`), saved by the
API's own services, whole or one part (section) at a time."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy.orm import Session
from starlette.datastructures import FormData

from jpo.db.models import ProfileVersion, User
from jpo.http.deps import DbSession, Now, reads_first
from jpo.profiles.service import current_profile, save_profile_with_vectors
from jpo.web.accounts import back_to
from jpo.web.auth import WebCandidate, WebViewer
from jpo.web.profile_form import (
    CLOSING,
    ENTRY,
    IDENTITY,
    KEYS,
    LABELS,
    MAX_ENTRIES,
    MILITARY,
    MONTHS,
    NAME,
    PART_DOCUMENT,
    PART_FIELDS,
    PART_TITLES,
    PROGRAMMES,
    SECTION_OF,
    SECTIONS,
    TEST_NAMES,
    Form,
    Problem,
    choices_of,
    document_of,
    form_of,
    is_blank,
    new_form,
    read_form,
    text_of,
    validate,
)
from jpo.web.render import locale_of, render, see_other

router = APIRouter(include_in_schema=False)


# The pages


async def _posted(request: Request) -> FormData:
    return await request.form()


Posted = Annotated[FormData, Depends(_posted)]


def _summary(problems: dict[str, Problem]) -> list[dict[str, Any]]:
    """Each problem with where it is, as (message, values) pairs the page translates."""
    items = []
    for name, found in problems.items():
        match = ENTRY.fullmatch(name)
        if match:
            section = SECTION_OF[match[1]]
            label = section.controls[KEYS[section.name].index(match[3])].label
            where = [(section.entry, {"n": int(match[2]) + 1}), (label, {})]
        else:
            where = [(LABELS[name], {})]
        items.append({"name": name, "where": where, "problem": found})
    return items


def unsaved_parts(form: Form, saved: dict[str, Any] | None) -> set[str]:
    """The parts of the page whose answers differ from the saved profile (from an empty one when none is
    saved): the browser warns before leaving them unsaved (`jpo.js`)."""
    trimmed = {**form, **{name: [e for e in form[name] if not is_blank(e)] for name in KEYS}}
    typed, kept = form_of(document_of(trimmed)), form_of(saved or {})
    return {part for part, keys in PART_FIELDS.items() if any(typed[key] != kept[key] for key in keys)}


def _context(request: Request, form: Form, problems: dict[str, Problem], **more: Any) -> dict[str, Any]:
    choices = choices_of(locale_of(request))
    return {"form": form, "problems": problems, "summary": _summary(problems), "identity": IDENTITY,
            "name_controls": NAME, "parts": tuple(PART_FIELDS), "part_titles": PART_TITLES,
            "section_of": SECTION_OF, "months": MONTHS, "closing": CLOSING, "sections": SECTIONS,
            "military": MILITARY, "programmes": PROGRAMMES, "test_names": TEST_NAMES, "choices": choices,
            "choice_values": {name: {value for value, _ in options} for name, options in choices.items()},
            "max_entries": MAX_ENTRIES, "focus": "", "saved": False, "row": None, "unsaved": set(),
            "saved_part": "", "fragment": False, "next": "", **more}  # fmt: skip


@router.get("/me/profile", response_class=HTMLResponse)
def profile_page(
    request: Request, candidate: WebCandidate, session: DbSession, saved: str = "", next: str = ""
) -> HTMLResponse:
    """The saved profile in the form (a first one with blank entries), and the notice after a save;
    `next`, a page of this site the candidate was on (applying), is offered again once saved."""
    row = current_profile(session, candidate.id)
    form = form_of(row.document) if row else new_form()
    context = _context(request, form, {}, saved=bool(saved), row=row, next=back_to(next[:2000]))
    return render(request, "profile/page.html", context)


def _edit_entries(request: Request, fields: FormData, row: ProfileVersion | None) -> HTMLResponse:
    """The "Add" and "Remove" buttons: the form again with one entry more or less; nothing is saved."""
    add, remove = text_of(fields.get("add")), text_of(fields.get("remove"))
    form, _ = read_form(fields, drop_blank=False, without=remove)
    section = add if add in KEYS else remove.rpartition("-")[0]
    focus = f"add-{section}"
    if add in KEYS and len(form[add]) < MAX_ENTRIES[add]:
        form[add].append(dict.fromkeys(KEYS[add], ""))
        focus = f"{add}-{len(form[add]) - 1}-{KEYS[add][0]}"
    context = _context(request, form, {}, focus=focus, row=row, next=back_to(text_of(fields.get("next"))),
                       unsaved=unsaved_parts(form, row.document if row else None))  # fmt: skip
    if request.headers.get("hx-request") and section in SECTION_OF:
        return render(request, "profile/_section.html", {**context, "section": SECTION_OF[section]})
    return render(request, "profile/page.html", context)


def _save_part(
    request: Request, session: Session, candidate: User, now: datetime, fields: FormData, part: str
) -> Response:
    """A part's "Save this section": the saved profile with this part's answers, the rest as saved. The
    page comes back with what is typed elsewhere kept, unsaved; with htmx, only the part comes back."""
    row = current_profile(session, candidate.id)
    typed, _ = read_form(fields, drop_blank=False)
    clean, _ = read_form(fields, drop_blank=True)
    mine = {key: clean[key] for key in PART_FIELDS[part]}
    merged, problems = validate({**form_of(row.document if row else {}), **mine}, now.date())
    # the other parts as saved: on a first profile they stay unknown (null), not "none" as a blank form says
    document = {**(row.document if row else {}), **{key: merged[key] for key in PART_DOCUMENT[part]}}
    more = {"fragment": bool(request.headers.get("hx-request")), "part": part,
            "next": back_to(text_of(fields.get("next")))}  # fmt: skip
    if problems:
        form = {**typed, **mine}
        unsaved = unsaved_parts(form, row.document if row else None)
        context = _context(request, form, problems, row=row, unsaved=unsaved, **more)
        return render(
            request, "profile/_part.html" if more["fragment"] else "profile/page.html", context, 422
        )
    row = save_profile_with_vectors(session, user=candidate, document=document, now=now)
    saved = form_of(row.document)
    form = {**typed, **{key: saved[key] for key in PART_FIELDS[part]}}
    context = _context(request, form, {}, row=row, saved_part=part, focus=f"save-{part}",
                       unsaved=unsaved_parts(form, row.document), **more)  # fmt: skip
    return render(request, "profile/_part.html" if more["fragment"] else "profile/page.html", context)


@router.post("/me/profile", response_class=HTMLResponse)
@reads_first
def save_my_profile(
    request: Request, candidate: WebCandidate, session: DbSession, now: Now, fields: Posted
) -> Response:
    """Save a new version, as PUT /api/v1/profiles/me does (none when nothing changed); mistakes come
    back beside their fields (422). "Save this section" (`save`) saves one part of the page only."""
    if fields.get("add") or fields.get("remove"):
        return _edit_entries(request, fields, current_profile(session, candidate.id))
    part = text_of(fields.get("save"))
    if part in PART_FIELDS:
        return _save_part(request, session, candidate, now, fields, part)
    next = back_to(text_of(fields.get("next")))
    form, _ = read_form(fields, drop_blank=True)
    document, problems = validate(form, now.date())
    if problems:
        row = current_profile(session, candidate.id)
        context = _context(request, form, problems, row=row, next=next,
                           unsaved=unsaved_parts(form, row.document if row else None))  # fmt: skip
        return render(request, "profile/page.html", context, status=422)
    save_profile_with_vectors(session, user=candidate, document=document, now=now)
    return see_other(request, "/me/profile", saved=1, next=quote(next, safe="/") if next else None)


@router.post("/me/profile/check", response_class=HTMLResponse)
def check_field(request: Request, viewer: WebViewer, now: Now, fields: Posted) -> HTMLResponse:
    """The error of the field the candidate just left (htmx sends the whole form), or nothing."""
    name = request.headers.get("hx-trigger-name", "")
    form, renames = read_form(fields, drop_blank=True)
    _, problems = validate(form, now.date())
    found = problems.get(renames.get(name, "") if ENTRY.fullmatch(name) else name)
    return render(request, "profile/_error.html", {"problem": found})
