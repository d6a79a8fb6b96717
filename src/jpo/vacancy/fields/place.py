"""Where and how long: duty station (city, country, time zone), grades and duration."""

from __future__ import annotations

import re

from jpo.contracts.vacancy import DutyStation
from jpo.geo.countries import find_countries
from jpo.geo.stations import DutyStation as KnownStation
from jpo.geo.stations import find_station, find_station_in
from jpo.geo.zones import sole_timezone, timezone_for_country
from jpo.vacancy.fields.context import Context, search
from jpo.vacancy.lines import Line
from jpo.vacancy.lists import CELL_GAP
from jpo.vacancy.passage import Passage
from jpo.vacancy.quantities import DURATION, to_months, to_number
from jpo.vacancy.structure import clean_label
from jpo.vacancy.vocabulary import LABEL_PATTERNS

_GRADE = re.compile(r"\b(?P<cat>P|NO|L)\s?[-.]?\s?(?P<n>[1-5])\b(?!\s*(?:years?|ans?|%))")  # OCR: "P.1"
_GRADE_CONTEXT = re.compile(
    r"\b(?:grade|level|niveau|classe|class[ée]e?|category|cat[ée]gorie|categor[íi]a|nivel)\b", re.IGNORECASE
)
# A grade that belongs to someone else: the supervisor's ("under the supervision of a P-4 Officer")
# or a former post's. Read in running text only; a "Grade:" label names the post's own.
_OTHERS_GRADE_BEFORE = re.compile(
    r"(?:supervis|report(?:s|ing)?\s+(?:directly\s+)?to|under\s+the\s+(?:overall\s+)?(?:guidance|direction|responsibility)"
    r"|\bformer|\bprevious|\bprior|\bearlier|\bpredecess|\banterior|\bpr[ée]c[ée]dent|\bpr[ée]d[ée]cesseu|\bancien"
    r"|\bpredecesor|\bencadr|sous\s+la\s+(?:supervision|direction|responsabilit)|\bsupervis"
    r"|bajo\s+la\s+(?:supervisi|direcci|responsabilidad)|\bjefe|\bchief|\bhead\s+of|\bdirector)[^;.]{0,60}$",
    re.IGNORECASE,
)
_OTHERS_GRADE_AFTER = re.compile(
    r"^\)?\s*(?:[\w-]+\s+){0,2}?(?:officer|chief|head|supervisor|manager|coordinator|director|staff|specialist"
    r"|advisor|adviser|fonctionnaire|chef|responsable|jefe|oficial|director)\b",
    re.IGNORECASE,
)
_BASED_IN = re.compile(
    r"\b(?:based\s+in|duty\s+station\s+(?:is|will\s+be)|located\s+in|bas[ée](?:e|\(e\))?\s+[àa]"
    # "Le lieu d'affectation est Tunis (Tunisie), et non Genève", "El lugar de destino es …"
    r"|place\s+of\s+assignment\s+(?:is|will\s+be)|lieu\s+d['’]affectation\s+(?:est|sera)"
    r"|lugar\s+de\s+destino\s+(?:es|ser[áa]))\s+",
    re.IGNORECASE,
)
_GRADE_WORDS = ("grade", "level", "niveau", "classe", "classé", "categor", "catégor", "nivel")
_DURATION_WORDS = (
    "appointment",
    "appointed",
    "nommé",
    "nombrad",
    "assignment",
    "contract",
    "engagement",
    "affectation",
    "contrat",
    "durée",
    "duree",
    "contrato",
    "designaci",
    "nombramiento",
    "duraci",
)
_BASED_WORDS = ("based", "duty station", "located", "basé", "assignment", "affectation", "destino")
# The office that hires, placed before its verb: "The UNFPA office in Kingston, Jamaica, is seeking a …".
_HIRING_OFFICE = re.compile(
    r"\b(?:in|à|en)\s+(?P<place>[A-ZÀ-Ý][^,;.()]{1,40},\s*[A-ZÀ-Ý][^,;.()]{1,40}?)\s*,?\s+"
    r"(?:is\s+(?:seeking|looking|recruiting)|seeks|recrute|recherche|busca|selecciona)\b"
)
_HIRING_WORDS = ("seeking", "looking", "recruiting", "seeks", "recrute", "recherche", "busca", "selecciona")
_DURATION_CONTEXT = re.compile(
    r"\b(?:appointment|appointed|nomm[ée]e?|nombrad[oa]|assignment|contract|engagement|affectation|contrat"
    r"|dur[ée]e|contrato|designaci[óo]n|nombramiento|duraci[óo]n)\b",
    re.IGNORECASE,
)


def _in_country(station: KnownStation, name: str, country: str | None, ctx: Context) -> DutyStation:
    """The station called `name`; when the ToR states another country than the gazetteer's, the
    ToR's country stands (with its zone), and a warning names both."""
    if country is None or station.country == country:
        return DutyStation(city=station.city, country=station.country, timezone=station.timezone)
    same_name = find_station(name, country)
    if same_name is not None and same_name.country == country:
        return DutyStation(city=same_name.city, country=same_name.country, timezone=same_name.timezone)
    ctx.warn(
        "duty_station.country",
        f"the ToR places {station.city} in {country}; the gazetteer knows a {station.city} in "
        f"{station.country}: kept {country}, check the duty station",
    )
    return DutyStation(city=station.city, country=country, timezone=timezone_for_country(country))


# A place the value says the post is not in: "San-Pédro (Côte d'Ivoire) - pas Abidjan !", "Bol, Tchad – et non
# N'Djamena", "Mazar-i-Sharif, not Kabul", "Tegucigalpa (no San Pedro Sula)"
_NOT_THERE = re.compile(
    r"\s*(?:[-–—,;(]\s*|\s(?=et\s|and\s|y\s))(?:et\s+|and\s+|y\s+|mais\s+|but\s+|pero\s+)?"
    r"(?:non|pas|not|no)\s+(?:(?:à|a|in|en|au|at)\s+)?(?=[A-ZÀ-Ý])"
)


_CITY_WORDS = 5  # the most words of a city the gazetteer does not know ("San Antonio del Táchira")


def _station_from(value: Passage, ctx: Context) -> DutyStation | None:
    negated = _NOT_THERE.search(value.text)
    if negated is not None:
        value = value.sub(0, negated.start())
    countries = find_countries(value.text)
    country = countries[-1][0] if countries else None
    found = find_station_in(value.text)
    if found:
        station, start, end = found
        ctx.source("duty_station.city", value.span(start, end))
        # "Hong Kong SAR, China": the text names the station's own territory too, so it agrees
        named = [c for c in countries if c[0] == station.country] or countries[-1:]
        if named:
            country = named[0][0]
            ctx.source("duty_station.country", value.span(named[0][1], named[0][2]))
        return _in_country(station, value.text[start:end], country, ctx)
    # "Port-Gentil, Gabon": a hyphen inside a name joins it; a spaced one parts it from a note
    city = re.split(r"[,(/–]|\s-\s", value.text, maxsplit=1)[0].strip()
    # (a sentence's subject is no city: "La Oficina de las Naciones Unidas contra la Droga … en el Perú …")
    unknown = bool(city) and len(city.split()) <= _CITY_WORDS
    if country is None or not unknown or _names_a_country(city, other_than=country):
        return DutyStation(country=country) if country else None
    ctx.source("duty_station.city", value.span(0, len(city)))
    # A city the gazetteer does not know: its country's zone, when the country has only one
    return DutyStation(city=city, country=country, timezone=sole_timezone(country))


def _names_a_country(name: str, *, other_than: str | None = None) -> bool:
    """Whether a place's name names a country, other than as part of a hyphened name ("Cap-Haïtien"); with
    `other_than`, a country other than the one the value goes on to name ("Granada (Nicaragua)": a city
    that shares Grenada's Spanish name)."""
    codes = {
        code
        for code, start, end in find_countries(name)
        if not (name[start - 1 : start] == "-" or name[end : end + 1] == "-")
    }
    return bool(codes) and (other_than is None or other_than in codes)


def duty_station(ctx: Context) -> DutyStation:
    """City, country and IANA time zone of the duty station."""
    labelled = ctx.structure.value("duty_station")
    found = _from_labels(ctx, labelled)
    if found is not None:
        return found
    candidates = [
        p.sub(m.end(), min(len(p.text), m.end() + 60))
        for p, m in search(_BASED_IN, ctx.sentences(having=_BASED_WORDS))
    ]
    candidates += [
        p.sub(*m.span("place")) for p, m in search(_HIRING_OFFICE, ctx.sentences(having=_HIRING_WORDS))
    ]
    for value in [*candidates, *_answers_to_where(ctx)]:
        station = _station_from(value, ctx) if value.text else None
        if station and station.city:
            return _with_country_label(station, ctx)
    header = _header_station(ctx)
    if header is not None:
        return header
    split = _city_and_country_rows(ctx, labelled)
    if split is not None:
        return split
    later = _later_labelled(ctx, labelled)
    if later is not None:
        return later
    country_value = ctx.structure.value("country")
    if country_value is not None:
        countries = find_countries(country_value.text)
        if countries:
            ctx.source("duty_station.country", country_value.span())
            return DutyStation(country=countries[0][0])
    return DutyStation()


def _from_labels(ctx: Context, labelled: Passage | None) -> DutyStation | None:
    """The station its label gives, or its labelled city and country rows ("Ville : Bassikounou (Hodh Ech
    Chargui)" / "Pays : Mauritanie"), before any place the text names ("la Nutritionniste principale (P-4)
    basée à Nouakchott")."""
    if labelled is None or not labelled.text:
        return None
    station = _station_from(labelled, ctx)
    if station and station.city:
        return _with_country_label(station, ctx)
    return _city_and_country_rows(ctx, labelled)


_BRACKET_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def _later_labelled(ctx: Context, first: Passage | None) -> DutyStation | None:
    """A later labelled value: "Location: Myanmar | Duty Station: Yangon" names the city in the second."""
    labelled = LABEL_PATTERNS["duty_station"]
    for pair in ctx.structure.pairs:
        if pair.value is not first and pair.value.text and labelled.match(clean_label(pair.label)):
            station = _station_from(pair.value, ctx)
            if station and station.city:
                return _with_country_label(station, ctx)
    return None


def _city_and_country_rows(ctx: Context, city: Passage | None) -> DutyStation | None:
    """ "City: Trujillo" and "Country: Peru" on rows of their own, the city unknown to the gazetteer."""
    value = ctx.structure.value("country")
    countries = find_countries(value.text) if value is not None else []
    if city is not None:  # "San Cristóbal (estado Táchira)": the note in brackets names no city
        city = city.sub(0, len(_BRACKET_NOTE.sub("", city.text))).strip(" .;")
    name = city.text if city is not None else ""
    if value is None or not countries or not name or len(name.split()) > 4 or not name[0].isupper():
        return None
    if city is None or _names_a_country(name):
        return None
    ctx.source("duty_station.city", city.span())
    ctx.source("duty_station.country", value.span(countries[0][1], countries[0][2]))
    code = countries[0][0]
    return DutyStation(city=name, country=code, timezone=timezone_for_country(code))


# A notice written as questions: "Où le poste est-il basé ?", "Where will I work?", "¿Dónde trabajarás?"
_WHERE = re.compile(
    r"^\W*(?:where|o[uù]|d[óo]nde)\b[^?]{0,60}\b(?:based|located|work|bas[ée]e?|situ[ée]e?|travaill|trabaj|ubicad)",
    re.IGNORECASE,
)


def _answers_to_where(ctx: Context) -> list[Passage]:
    """The first line of the answer to a question asking where the post is based."""
    return [
        Passage(block.lines[0].text, block.lines[0].offsets)
        for block in ctx.structure.blocks
        if block.heading is not None and block.lines and _WHERE.match(block.heading.title)
    ]


def _header_station(ctx: Context) -> DutyStation | None:
    """A "City, Country" line among the first lines, as letterheads give the duty station, or a cell of a
    header line that runs fields together ("Ciudad de Panamá, Panamá | P-2 | 12 meses")."""
    for line in _first_lines(ctx):
        for cell in Passage(line.text, line.offsets).parts(CELL_GAP):
            found = find_station_in(cell.text)
            countries = find_countries(cell.text)
            if not (
                found and countries and found[0].country == countries[-1][0] and len(cell.text.split()) <= 8
            ):
                continue
            station, start, end = found
            if countries[-1][1] <= start < countries[-1][2]:
                continue  # "GRAND-DUCHÉ DE LUXEMBOURG": the city's name is the country's, named as a country
            ctx.source("duty_station.city", cell.span(start, end), inferred=True)
            return DutyStation(city=station.city, country=station.country, timezone=station.timezone)
    return None


def _with_country_label(station: DutyStation, ctx: Context) -> DutyStation:
    """A separate "Country:" line supplies the country of an unknown city, and overrules the
    gazetteer's for a known one (see `_in_country`)."""
    value = ctx.structure.value("country")
    countries = find_countries(value.text) if value is not None else []
    if value is None or not countries or station.country == countries[0][0]:
        return station
    ctx.source("duty_station.country", value.span(countries[0][1], countries[0][2]))
    known = find_station(station.city or "", station.country) if station.country else None
    if known is None:
        zone = station.timezone or timezone_for_country(countries[0][0])
        return station.model_copy(update={"country": countries[0][0], "timezone": zone})
    return _in_country(known, station.city or "", countries[0][0], ctx)


# A note about another post: "(le poste de fonctionnaire qu'il complète est classé P-3)", "(supervisor P-4)"
_OTHER_POST = re.compile(
    r"\b(?:poste|post|position|puesto|fonctionnaire|staff|funcionari|superv|titulaire|incumbent|compl[èe]te|complements)",
    re.IGNORECASE,
)


def grades(ctx: Context) -> list[str]:
    """Grades offered, e.g. ["P1", "P2"] for "P1 or P2"."""
    # the first labelled value that holds a grade: a digest's table head ("Level  Position") holds none
    labelled = [pair.value for pair in ctx.structure.pairs_of("grade")]
    value = next((v for v in labelled if _GRADE.search(v.text)), labelled[0] if labelled else None)
    passages = (
        [value]
        if value is not None
        else [s for s in ctx.sentences(having=_GRADE_WORDS) if _GRADE_CONTEXT.search(s.text)]
    )
    found: list[str] = []
    for passage in [*passages, *_grade_cells(ctx)]:
        # "P-2 (le poste de fonctionnaire qu'il complète est classé P-3)": a note in brackets names
        # another post's grade when the value states one outside it
        notes = [(a, b) for a, b in _bracketed(passage.text) if _OTHER_POST.search(passage.text[a:b])]
        grades = list(_GRADE.finditer(passage.text))
        outside = [m for m in grades if not any(a <= m.start() < b for a, b in notes)]
        for m in outside if passage is value and outside else grades:
            if passage is not value and _someone_elses(passage.text, m):
                continue
            grade = f"{m.group('cat')}{m.group('n')}"
            if grade not in found:
                found.append(grade)
                ctx.source("grades", passage.span(*m.span()))
        if found:
            break
    return found


def _bracketed(text: str) -> list[tuple[int, int]]:
    """The spans of the outermost brackets of a text, brackets inside them included ("(note: The post
    attached to this Section (2022–2024) was graded P-1.)")."""
    spans: list[tuple[int, int]] = []
    depth = start = 0
    for at, char in enumerate(text):
        if char == "(":
            start = at if depth == 0 else start
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, at + 1))
    return spans


_TOP_LINES = 12


def _first_lines(ctx: Context) -> list[Line]:
    """The notice's first lines: those under a mail's or a page's own part, when it reprints the notice,
    before the page's."""
    top = ctx.lines[:_TOP_LINES]
    if not ctx.structure.reprint:
        return top
    rule = ctx.line_at(ctx.structure.preamble_end)
    if rule is None:
        return top
    return [*ctx.lines[rule + 1 : rule + 1 + _TOP_LINES], *top]


def _grade_cells(ctx: Context) -> list[Passage]:
    """A grade standing alone in a cell of a header line that runs fields together ("… | P-2 | 12 meses")."""
    return [
        cell
        for line in _first_lines(ctx)
        if " | " in line.text
        for cell in Passage(line.text, line.offsets).parts(CELL_GAP)
        if _GRADE.fullmatch(cell.text.strip())
    ]


def _someone_elses(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 80) : m.start()]
    return bool(
        _OTHERS_GRADE_BEFORE.search(before) or _OTHERS_GRADE_AFTER.search(text[m.end() : m.end() + 40])
    )


_TERM_NOUN = (
    r"(?:contract|period|term|appointment|assignment"
    r"|contrat|p[ée]riode|dur[ée]e|contrato|per[íi]odo|duraci[óo]n)"
)
# "initial fixed-term contract of one year", "the first contract is issued for 12 months"
_INITIAL = re.compile(
    rf"\b(?:(?:initial(?:ly)?|initiale?|inicial(?:mente)?)\b(?:\s+(?:[\w-]+\s+)?{_TERM_NOUN})?"
    rf"|(?:first|premier|primer)\s+{_TERM_NOUN})"
    r"(?:\s+(?:is|will\s+be)\s+(?:issued|given|offered|granted|signed))?(?:\s+(?:of|for|de|d['’]|du|por))?",
    re.IGNORECASE,
)


def duration_months(ctx: Context) -> int | None:
    """Length of the initial appointment in months."""
    # wrapped: "Two years in total: initial appointment of one (1)" / "year, renewable …"
    value = ctx.structure.wrapped_value("duration")
    passages = [value] if value is not None else []
    # "Type of Appointment: Fixed term, one year …", "Tipo de nombramiento: Plazo fijo, 24 meses"
    passages += [pair.value for pair in ctx.structure.pairs if _DURATION_CONTEXT.search(pair.label)]
    passages += [s for s in ctx.sentences(having=_DURATION_WORDS) if _DURATION_CONTEXT.search(s.text)]
    for passage in passages:
        # "deux ans (contrat initial d'un an renouvelable)": the initial term is the appointment's length
        initial = _INITIAL.search(passage.text)
        m = DURATION.search(passage.text, initial.end()) if initial else None
        if initial is None or m is None or m.start() - initial.end() > 12:
            m = DURATION.search(passage.text)
        number = to_number(m.group("number")) if m else None
        if m and number:
            ctx.source("duration_months", passage.span(*m.span()))
            return to_months(number, m.group("unit"))
    return None
