"""The profile builder's form: its controls and the parts of the page, what was typed read from the
request's fields, the jpo.profile/1 document of the form and back, and the form's checks in the page's
words. No routes: those are `web.profile`'s."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from typing import Any, NamedTuple

from pydantic import ValidationError
from pydantic_core import ErrorDetails
from starlette.datastructures import FormData

from jpo.contracts.profile import (
    PROFILE_SCHEMA,
    SCORE_LENGTH,
    EducationEntry,
    ExperienceEntry,
    PastApplication,
    PersonName,
    Profile,
    TestScore,
)
from jpo.contracts.scores import CEFR
from jpo.contracts.text import max_items, max_length
from jpo.geo.countries import country_codes
from jpo.geo.languages import language_codes
from jpo.web.i18n import N_
from jpo.web.pickers import country_choices, language_choices

Form = dict[str, Any]  # what the candidate typed: text per field, a list of entries per section


class Control(NamedTuple):
    key: str
    label: str
    kind: str = "text"  # text, date, textarea, select, check
    choices: str = ""  # the name of a list of `choices_of()`
    hint: str = ""
    required: bool = False  # within its entry
    attrs: str = ""
    limit: int | None = None  # characters (the contract's limit: the browser stops there too)


class Section(NamedTuple):
    """A repeating part of the profile: its entries, each a fieldset with these controls."""

    name: str
    title: str
    hint: str
    entry: str
    add: str
    controls: tuple[Control, ...]


class Problem(NamedTuple):
    message: str
    values: dict[str, Any]


NAME = (
    Control("given_name", N_("Given name"), required=True, attrs='autocomplete="given-name"',
            limit=max_length(PersonName, "given"), hint=N_("If you have a single name, write it here.")),
    Control("family_name", N_("Family name"), attrs='autocomplete="family-name"',
            limit=max_length(PersonName, "family")),
)  # fmt: skip
IDENTITY = (
    Control("birth_date", N_("Date of birth"), "date",
            hint=N_("Used only to check a programme's age limit.")),
    Control("sex", N_("Sex"), "select", "sexes", hint=N_(
        "Used only for the military-service rule some programmes apply to men. You may leave it "
        "unanswered.")),
)  # fmt: skip
MONTHS = Control("military_months", N_("Months served"), attrs='inputmode="numeric" size="4"')
CLOSING = (
    Control("skills", N_("Skills"), "textarea", hint=N_("One per line. The ranking reads them."),
            limit=max_items(Profile, "skills") * (max_length(Profile, "skills") + 1)),
    Control("summary", N_("About you, in your own words"), "textarea",
            hint=N_("The ranking does not read it."), limit=max_length(Profile, "summary")),
)  # fmt: skip
SECTIONS = (
    Section("nationalities", N_("Nationalities"), N_(
        "Each programme is paid for by a country and admits its nationals; this is checked against its "
        "rules."), N_("Nationality %(n)s"), N_("Add a nationality"),
        (Control("code", N_("Country"), "select", "countries", required=True),)),
    Section("education", N_("Education"), N_(
        "Degrees you hold or are studying for. The ranking reads the field."),
        N_("Degree %(n)s"), N_("Add a degree"),
        (Control("level", N_("Level"), "select", "degrees", required=True),
         Control("field", N_("Field of study"), limit=max_length(EducationEntry, "field")),
         Control("institution", N_("University or school"), limit=max_length(EducationEntry, "institution")),
         Control("completed", N_("Date completed (or expected)"), "date"),
         Control("enrolled", N_("I am still studying for it"), "check"))),
    Section("experience", N_("Work experience"), N_(
        "The ranking reads job titles, employers and descriptions. Part-time work counts at half."),
        N_("Job %(n)s"), N_("Add a job"),
        (Control("title", N_("Job title"), limit=max_length(ExperienceEntry, "title")),
         Control("organization", N_("Employer"), limit=max_length(ExperienceEntry, "organization")),
         Control("start", N_("Start date"), "date", required=True),
         Control("end", N_("End date"), "date", hint=N_("Leave it empty if you still work there.")),
         Control("full_time", N_("Working time"), "select", "workload"),
         Control("description", N_("What you did"), "textarea",
                 limit=max_length(ExperienceEntry, "description")))),
    Section("languages", N_("Languages"), N_(
        "Programmes ask for working languages; the ranking reads them too."),
        N_("Language %(n)s"), N_("Add a language"),
        (Control("code", N_("Language"), "select", "languages", required=True),
         Control("level", N_("Level"), "select", "language_levels", required=True))),
    Section("language_tests", N_("Language test scores"), N_(
        "Some programmes ask for a test score, valid for a limited time after the test."),
        N_("Test %(n)s"), N_("Add a test score"),
        (Control("test", N_("Name of the test"), hint=N_("For example TOEFL iBT, IELTS, TEPS or DELF."),
                 required=True, attrs='list="test-names"', limit=max_length(TestScore, "test")),
         Control("score", N_("Your score"), hint=N_("A number, or a level such as B2."), required=True,
                 limit=SCORE_LENGTH),
         Control("date", N_("Test date"), "date", hint=N_(
             "If you leave it empty, the score counts only for programmes that accept scores of any age.")),
         Control("edition", N_("Edition"), "select", "editions"))),
    Section("applications", N_("Applications made outside jpo"), N_(
        "Some programmes allow a few applications a year. Those made on jpo are counted already; "
        "list the others."), N_("Application %(n)s"), N_("Add an application"),
        (Control("vacancy", N_("Vacancy or reference"), limit=max_length(PastApplication, "vacancy")),
         Control("sponsor_country", N_("Sponsor country"), "select", "countries", required=True),
         Control("submitted", N_("Date sent"), "date", required=True))),
)  # fmt: skip
MILITARY = (("", N_("Not stated")), ("served", N_("I completed it")), ("exempt", N_("I am exempt")),
            ("none", N_("I have not served")))  # fmt: skip
PROGRAMMES = (("JPO", N_("Junior Professional Officer (JPO) or Associate Expert")),
              ("YPP", N_("Young Professionals Programme (YPP)")), ("none", N_("None of these")))  # fmt: skip
TEST_NAMES = ("TOEFL iBT", "IELTS", "TOEIC", "TEPS", "NEW TEPS", "DELF", "DALF", "TCF", "DELE", "HSK", "JLPT")

SECTION_OF = {s.name: s for s in SECTIONS}
KEYS = {s.name: tuple(c.key for c in s.controls) for s in SECTIONS}
MAX_ENTRIES = {s.name: max_items(Profile, s.name) for s in SECTIONS}  # more is a mistake or an attack
_TOP = ("given_name", "family_name", "birth_date", "sex", "military", "military_months", "skills", "summary")
_TOP_CONTROLS = {c.key: c for c in (*NAME, *IDENTITY, MONTHS, *CLOSING)}
LABELS = {**{c.key: c.label for c in _TOP_CONTROLS.values()}, "military": N_("Military service"),
           "prior_programmes": N_("Earlier programmes")}  # fmt: skip
_PAGE = ("given_name", "family_name", "birth_date", "sex", "military", "military_months", "prior_programmes",
         *SECTION_OF, "skills", "summary")  # fmt: skip
_CASE = {("nationalities", "code"): str.upper, ("applications", "sponsor_country"): str.upper,
         ("languages", "code"): str.lower}  # ISO codes as the contract writes them  # fmt: skip
ENTRY = re.compile(r"([a-z_]+)-(\d{1,3})-([a-z_]+)")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_REAL_DATE = N_("Enter a real date, like 2021-09-30.")
_CHOOSE = N_("Choose one of the options.")
_UNUSABLE = N_("This answer cannot be used.")
_NOT_BOTH = N_("Tick the programmes you were in, or “None of these”: not both.")
_PYDANTIC = {  # the contract's refusals (pydantic's error types, and jpo.contracts' own) in the page's words
    "missing": N_("Fill this in, or remove the entry."), "date_from_datetime_parsing": _REAL_DATE,
    "date_from_datetime_inexact": _REAL_DATE, "date_parsing": _REAL_DATE, "date_type": _REAL_DATE,
    "date_format": _REAL_DATE, "string_pattern_mismatch": _CHOOSE, "literal_error": _CHOOSE,
    "int_parsing": N_("Enter a whole number."), "int_from_float": N_("Enter a whole number."),
    "greater_than_equal": N_("Enter 0 or more."), "less_than_equal": N_("Enter %(n)s or less."),
    "string_too_long": N_("This is too long: at most %(n)s characters."),
    "too_long": N_("This list is too long: at most %(n)s entries."),
    "control_character": N_("Remove the control characters (such as NUL) from this text."),
    "date_range": N_("Enter a date from %(earliest)s to %(latest)s."),
    "unknown_country": N_("Choose a country from the list."),
    "unknown_language": N_("Choose a language from the list."),
    "end_before_start": N_("The end date is before the start date."),
    "score_not_number": N_("Enter this test's score as a number."),
    "score_out_of_scale": N_("A %(test)s score is between %(low)s and %(high)s."),
    "born_after": N_("Your date of birth is after another date in your profile."),
    "blank_name": N_("Enter your given name, or your single name if you have only one."),
}  # fmt: skip
# The parts of the page, each saved on its own by its "Save this section" button: the form's fields
# of each part (a repeating section's entries under its name), and the document's fields they fill.
PART_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("given_name", "family_name"),
    "about": ("birth_date", "sex", "military", "military_months", "prior_programmes"),
    **{s.name: (s.name,) for s in SECTIONS}, "skills": ("skills", "summary"),
}  # fmt: skip
PART_DOCUMENT = {"name": ("name",), "about": ("birth_date", "sex", "military_service", "prior_programmes"),
                  **{s.name: (s.name,) for s in SECTIONS}, "skills": ("skills", "summary")}  # fmt: skip
PART_TITLES = {"name": N_("Your name"), "about": N_("About you"), **{s.name: s.title for s in SECTIONS},
               "skills": N_("Skills and summary")}  # fmt: skip


@cache
def choices_of(locale: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Every select list; countries and languages named in `locale` and sorted as its readers sort."""
    level = ("", N_("Choose a level"))
    return {
        "countries": (("", N_("Choose a country")), *country_choices(locale)),
        "languages": (("", N_("Choose a language")), *language_choices(locale)),
        "degrees": (level, ("bachelor", N_("Bachelor's")), ("master", N_("Master's")),
                    ("doctorate", N_("Doctorate"))),
        "language_levels": (level, ("native", N_("Native")), ("fluent", N_("Fluent")), ("good", N_("Good")),
                            ("basic", N_("Basic"))),
        "workload": (("full", N_("Full time")), ("part", N_("Part time (counted at half)"))),
        "editions": (("", N_("Standard, at a test centre")), ("home", N_("Home edition")),
                     ("mybest", N_("MyBest scores"))),
        "sexes": (("", N_("Not stated")), ("female", N_("Female")), ("male", N_("Male")),
                  ("other", N_("Other"))),
    }  # fmt: skip


# Reading the form


def text_of(value: object) -> str:
    # browsers send a textarea's line ends as CRLF; its maxlength counted them as one character
    return value.replace("\r\n", "\n") if isinstance(value, str) else ""


def _raw_entries(fields: FormData) -> dict[str, dict[int, dict[str, str]]]:
    found: dict[str, dict[int, dict[str, str]]] = {name: {} for name in KEYS}
    for name, value in fields.multi_items():
        match = ENTRY.fullmatch(name)
        if match and isinstance(value, str) and match[3] in KEYS.get(match[1], ()):
            normal = _CASE.get((match[1], match[3]), str)(text_of(value))
            found[match[1]].setdefault(int(match[2]), {})[match[3]] = normal
    return found


def is_blank(entry: dict[str, str]) -> bool:
    return all(not value.strip() for key, value in entry.items() if key != "full_time")


def read_form(fields: FormData, *, drop_blank: bool, without: str = "") -> tuple[Form, dict[str, str]]:
    """The form as typed, each section's entries numbered from 0 (blank ones dropped if asked, the entry
    named `without`, "experience-2", left out), and the new name of every entry field kept."""
    form: Form = {key: text_of(fields.get(key)) for key in _TOP}
    form["prior_programmes"] = [text_of(v) for v in fields.getlist("prior_programmes")]
    renames: dict[str, str] = {}
    for section, entries in _raw_entries(fields).items():
        kept = [(index, entry) for index, entry in sorted(entries.items())
                if f"{section}-{index}" != without and not (drop_blank and is_blank(entry))]  # fmt: skip
        kept = kept[: MAX_ENTRIES[section]]
        form[section] = [{key: entry.get(key, "") for key in KEYS[section]} for _, entry in kept]
        for new, (old, _) in enumerate(kept):
            renames.update({f"{section}-{old}-{key}": f"{section}-{new}-{key}" for key in KEYS[section]})
    return form, renames


# The form as a jpo.profile/1 document and back


def _score(text: str) -> float | str:
    if _NUMBER.fullmatch(text):
        return float(text.replace(",", "."))
    return text.upper() if text.upper() in CEFR else text


_CONVERT: dict[tuple[str, str], Callable[[str], Any]] = {
    ("education", "enrolled"): lambda v: v == "yes", ("experience", "full_time"): lambda v: v != "part",
    ("language_tests", "score"): _score,
}  # fmt: skip


def _entry_document(section: str, entry: dict[str, str]) -> dict[str, Any]:
    """An entry as the contract has it; empty answers left out (unknown, or missing when required)."""
    converted = {key: _CONVERT.get((section, key), str)(value.strip()) for key, value in entry.items()}
    return {key: value for key, value in converted.items() if value != ""}


def _military(choice: str, months: str) -> dict[str, Any] | None:
    answers: dict[str, dict[str, Any]] = {"served": {"months": months.strip() or None},
                                          "exempt": {"exempt": True}, "none": {"months": 0}}  # fmt: skip
    return answers.get(choice)


def _name(given: str, family: str) -> dict[str, str] | None:
    given, family = " ".join(given.split()), " ".join(family.split())
    return {"given": given, "family": family} if given or family else None


def _prior(ticked: list[str]) -> list[str] | None:
    return [p for p in ticked if p != "none"] if ticked else None


def document_of(form: Form) -> dict[str, Any]:
    """The jpo.profile/1 document of the form: an empty section is "none", an unanswered question null."""
    entries = {name: [_entry_document(name, e) for e in form[name]] for name in KEYS}
    nationalities = [e["code"] for e in entries.pop("nationalities")] or None
    return {"schema": PROFILE_SCHEMA, "name": _name(form["given_name"], form["family_name"]),
            "birth_date": form["birth_date"].strip() or None,
            "sex": form["sex"] or None, "nationalities": nationalities, **entries,
            "military_service": _military(form["military"], form["military_months"]),
            "prior_programmes": _prior(form["prior_programmes"]),
            "skills": [s.strip() for s in form["skills"].splitlines() if s.strip()],
            "summary": form["summary"].strip() or None}  # fmt: skip


def _as_text(key: str, value: object) -> str:
    if key == "full_time":
        return "part" if value is False else "full"
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    return "" if value is None else str(value)


def _military_form(service: dict[str, Any] | None) -> dict[str, str]:
    if service is None:
        return {"military": "", "military_months": ""}
    months = service.get("months")
    choice = "exempt" if service.get("exempt") else "none" if months == 0 else "served" if months else ""
    return {"military": choice, "military_months": str(months) if months else ""}


def form_of(document: dict[str, Any]) -> Form:
    """A saved document as the form shows it."""
    prior = document.get("prior_programmes")
    name = document.get("name") or {}
    name = {"given": name} if isinstance(name, str) else name  # the whole name as one text
    form: Form = {"given_name": name.get("given") or "", "family_name": name.get("family") or "",
                  "birth_date": document.get("birth_date") or "", "sex": document.get("sex") or "",
                  **_military_form(document.get("military_service")),
                  "prior_programmes": ["none"] if prior == [] else list(prior or []),
                  "skills": "\n".join(document.get("skills") or []), "summary": document.get("summary") or "",
                  "nationalities": [{"code": c} for c in document.get("nationalities") or []]}  # fmt: skip
    for name in (name for name in KEYS if name != "nationalities"):
        entries = document.get(name) or []
        form[name] = [{key: _as_text(key, entry.get(key)) for key in KEYS[name]} for entry in entries]
    return form


def new_form() -> Form:
    """A first profile: one blank entry in the sections nearly everyone fills."""
    form = form_of({})
    for name in ("nationalities", "education", "experience", "languages"):
        form[name] = [dict.fromkeys(KEYS[name], "")]
    return form


# Checking the form


def problem(message: str, **values: Any) -> Problem:
    return Problem(message, values)


def _typed(form: Form) -> Iterator[tuple[str, Control, str]]:
    """Every (field name, control, text) of the form."""
    for key, control in _TOP_CONTROLS.items():
        yield key, control, form[key]
    for section in SECTIONS:
        for index, entry in enumerate(form[section.name]):
            for control in section.controls:
                yield f"{section.name}-{index}-{control.key}", control, entry[control.key]


def _as_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if _ISO_DATE.fullmatch(text) else None
    except ValueError:
        return None


def _field_problems(form: Form, today: date) -> Iterator[tuple[str, Problem]]:
    """Date and code mistakes, field by field, said more precisely than the contract's refusal would be,
    and the one check that needs a clock: a birth, a test or an application is not in the future."""
    future = {"birth_date", "date", "submitted"}  # a birth, a test taken, an application sent
    for name, control, raw in _typed(form):
        text = raw.strip()
        if text and control.kind == "date" and _as_date(text) is None:
            yield name, problem(_REAL_DATE)
        elif control.key in future and control.kind == "date" and (_as_date(text) or today) > today:
            yield name, problem(N_("This date is in the future."))
        elif text and control.choices == "countries" and text.upper() not in country_codes():
            yield name, problem(N_("Choose a country from the list."))
        elif text and control.choices == "languages" and text.lower() not in language_codes():
            yield name, problem(N_("Choose a language from the list."))


def _answer_problems(form: Form) -> Iterator[tuple[str, Problem]]:
    if form["military"] not in dict(MILITARY):
        yield "military", problem(_CHOOSE)
    elif form["military"] == "served" and not form["military_months"].strip():
        yield "military_months", problem(N_("Enter how many months you served."))
    if "none" in form["prior_programmes"] and len(form["prior_programmes"]) > 1:
        yield "prior_programmes", problem(_NOT_BOTH)


def _refusal(item: ErrorDetails) -> Problem:
    """The contract's refusal of a field, in words the page translates, with its numbers."""
    context = dict(item.get("ctx") or {})
    limit = context.get("max_length", context.get("le"))
    return problem(_PYDANTIC.get(item["type"], _UNUSABLE), **context, **({"n": limit} if limit else {}))


def _field_of(loc: tuple[int | str, ...]) -> str:
    """The form field a pydantic error's location ("experience", 1, "start") points at."""
    head, *rest = [str(part) for part in loc] or ["birth_date"]
    if head == "name":
        return "family_name" if "family" in rest else "given_name"
    if head == "nationalities":
        return f"nationalities-{rest[0] if rest else 0}-code"
    if head in KEYS and rest:
        return f"{head}-{rest[0]}-{rest[1] if len(rest) > 1 else KEYS[head][0]}"
    return {"military_service": "military_months"}.get(head, head if head in LABELS else "birth_date")


def _order(name: str) -> tuple[int, int, int]:
    match = ENTRY.fullmatch(name)
    if match:
        return _PAGE.index(match[1]), int(match[2]), KEYS[match[1]].index(match[3])
    return (_PAGE.index(name) if name in _PAGE else len(_PAGE)), 0, 0


def validate(form: Form, today: date) -> tuple[dict[str, Any], dict[str, Problem]]:
    """The document of the form and what is wrong in it, by field name in page order (the contract's own
    validation, and the form's checks of dates, codes and scores)."""
    document = document_of(form)
    problems = dict(_field_problems(form, today))
    for name, found in _answer_problems(form):
        problems.setdefault(name, found)
    try:
        Profile.model_validate(document)
    except ValidationError as error:
        for item in error.errors():
            problems.setdefault(_field_of(item["loc"]), _refusal(item))
    return document, dict(sorted(problems.items(), key=lambda pair: _order(pair[0])))
