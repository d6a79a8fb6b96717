"""The application deadline: a date, a time of day and a named time zone, resolved to UTC."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from jpo.contracts.vacancy import EARLIEST, LATEST, Closing
from jpo.geo.stations import find_stations_in
from jpo.vacancy.dates import BORN_WORD, DATE, TIME, parse_date, time_of
from jpo.vacancy.fields.context import Context
from jpo.vacancy.lines import Line
from jpo.vacancy.lists import list_marker
from jpo.vacancy.passage import Passage
from jpo.vacancy.structure import LabelValue, clean_label
from jpo.vacancy.timezones import find_zone
from jpo.vacancy.vocabulary import LABEL_PATTERNS

_DEADLINE_KEYWORDS = (
    "closing", "deadline", "later than", "received", "submit", "apply", "limite", "plus tard",
    "clôture", "cloture", "period", "close", "ends on", "fecha", "plazo", "cierre", "más tardar",
    "mas tardar", "hasta el", "hasta las", "délai", "delai", "jusqu", "reach", "arrive", "parvenir", "llegar",
    "recibirse", "avant le", "antes del", "last day", "dernier jour", "último día", "ultimo dia",
)  # fmt: skip
_DEADLINE_WORDS = re.compile(
    r"closing\s+date|deadline|no\s+later\s+than|not\s+later\s+than|received\s+(?:by|before)"
    r"|(?:application|posting)\s+period|applications?\s+close|closes\s+on|ends\s+on|p[ée]riode\s+de\s+candidature"
    # a translation's wording: "Application end: 14.03.2027", "End of the application period"
    r"|applications?\s+(?:end|closing)\b|end\s+of\s+(?:the\s+)?application"
    # "Last day to apply: 22 March 2026", "Dernier jour pour postuler", "Último día para postular"
    r"|last\s+day\s+(?:to\s+apply|for\s+(?:applications|applying))|dernier\s+jour\s+pour\s+(?:postuler|candidater)"
    r"|[úu]ltimo\s+d[íi]a\s+para\s+(?:postular|presentar)"
    # "Submit … through the portal (jpo.example.kr) by Friday, 30 April 2027", "Postula … antes del viernes"
    r"|\b(?:submit(?:ted)?|sent|received|uploaded|postula\w*|env[íi]a\w*|presenta\w*|postulez|envoyez)\b"
    r"(?:[^.;]|\.(?=\w)){0,120}?\b(?:by|before|antes\s+del?|avant\s+le)\b"
    r"(?=\s+(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|lunes|martes|mi[ée]rcoles|jueves|viernes"
    r"|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))"
    r"|per[íi]odo\s+de\s+(?:postulaci[óo]n|solicitud|inscripci[óo]n|convocatoria)"
    r"|submitted\s+(?:by|before)|apply\s+(?:by|before)|\b(?:must|should|shall)\s+be\s+(?:submitted|received|sent|uploaded)\b|\b(?:must|should|shall)\s+(?:reach|arrive\s+at)\b"
    r"|\bdoivent\s+parvenir\b|\bdeber[áa]n\s+(?:llegar|recibirse)\b|date\s+limite|au\s+plus\s+tard|cl[ôo]ture"
    r"|d[ée]lai\s+de\s+(?:candidature|d[ée]p[ôo]t|soumission|postulation)"
    r"|fecha\s+(?:l[íi]mite|de\s+cierre)|plazo|a\s+m[áa]s\s+tardar|cierre|hasta\s+el|hasta\s+las\s+\d"
    # "Les candidatures sont reçues jusqu'au vendredi 12 février 2027"
    r"|\b(?:re[çc]ue?s|d[ée]pos[ée]e?s|accept[ée]e?s|soumise?s|envoy[ée]e?s)\b[^.;]{0,40}?\bjusqu['’]\s*au\b"
    # "Les candidatures doivent être déposées avant le 30 mars 2026 à 12h00"
    r"|\b(?:re[çc]ue?s|d[ée]pos[ée]e?s|soumise?s|envoy[ée]e?s|transmise?s)\s+(?:au\s+plus\s+tard|avant)\s+le\b",
    re.IGNORECASE,
)
# A sentence about an earlier call's deadline ("first advertised in the 2025 round (closing date ...)").
_PAST_CALL = re.compile(
    r"\b(?:first\s+advertised|previously\s+advertised|previous\s+(?:round|call)|earlier\s+(?:round|call)"
    r"|last\s+year['’]s|was\s+not\s+filled|re-?advertis|pr[ée]c[ée]dent(?:e)?\s+(?:appel|session|campagne)"
    r"|convocatoria\s+anterior|ronda\s+anterior"
    # "An earlier advertisement … was withdrawn", "Ce poste avait déjà été publié lors de l'appel 2025",
    # "Este puesto ya fue publicado en la convocatoria 2026", "esta vacante sustituye a la publicada el …"
    r"|earlier\s+advertisement|was\s+withdrawn|d[ée]j[àa]\s+(?:[ée]t[ée]\s+)?publi[ée]|ya\s+fue\s+publicad"
    r"|sustituye\s+a\s+la|qued[óo]\s+desiert|fue\s+cancelad|cuyo\s+plazo\s+finaliz[óo]"
    # "ce poste avait fait l'objet d'une première publication avec une date de clôture au 15 janvier"
    r"|premi[eè]re\s+publication|first\s+(?:publication|posting)|primera\s+publicaci[óo]n"
    # "the vacancies of our January round (closing date 2 February) are no longer open"
    r"|(?:are|is)\s+no\s+longer\s+open|ne\s+(?:sont|est)\s+plus\s+ouvert|ya\s+no\s+est[áa]n?\s+abiert"
    # "the spring round (deadline 19 March 2027) is now closed"
    r"|(?:is|are)\s+(?:now|already)\s+closed|(?:has|have)\s+(?:now|already)\s+closed"
    r"|(?:est|sont)\s+(?:maintenant|d[ée]sormais|d[ée]j[àa])\s+(?:clos|cl[ôo]tur)"
    r"|ya\s+(?:est[áa]n?|se\s+encuentran?)\s+cerrad|ya\s+(?:ha|han)\s+cerrado|ya\s+cerr[óo])",
    re.IGNORECASE,
)
# Words that say when the notice was published or opened, never when it closes.
_OTHER_DATE = re.compile(
    # "se publicará el 25 de marzo", "this one went online on 14 April"
    r"(?:publi(?:shed|cation|[ée]e?|cado|caci[óo]n|car[áa])|posted|posting\s+date|date\s+(?:of\s+)?(?:issue|posting)"
    r"|went\s+online|mis\s+en\s+ligne"
    # an update's or a sent version's date, right after its word ("Updated 2 February 2027:", not "the
    # deadline was updated to 15 March")
    r"|(?:(?:(?:last\s+)?updated|last\s+modified|sent)(?:\s+on)?|(?:enviad[oa]|actualizad[oa])\s+el"
    r"|actualizaci[óo]n\s+del?|mis\s+[àa]\s+jour\s+le)(?=\s*:?\s*$)"
    r"|issued|opening\s+date|opens?\s+on|announcement\s+date|date\s+d['’]ouverture|fecha\s+de\s+apertura"
    r"|date\s+de\s+(?:parution|diffusion))",
    re.IGNORECASE,
)


# A birth date ("haber nacido el 20 de marzo de 1996 o después", "born on or after 25 April 1993") is no
# deadline.
_BIRTH_BEFORE = re.compile(
    BORN_WORD
    + r"(?:\s+(?:on\s+or\s+(?:after|before)|con\s+posterioridad\s+al?|a\s+partir\s+del?))?[^.;\d]{0,12}$",
    re.IGNORECASE,
)
# The day an age, a degree or a language test is counted on, or the day the post starts, is no deadline:
# "not older than 33 years of age on 31 December 2026", "obtengan el título antes del 31 de diciembre",
# "taken on or after 12 September 2024", "L'entrée en fonctions est prévue au plus tard le 1er septembre".
_NOT_A_DEADLINE_BEFORE = re.compile(
    r"(?:\b(?:years?\s+(?:of\s+age|old)|ans|a[ñn]os(?:\s+de\s+edad)?)\s+(?:on|as\s+of|at|au|le|a|al|el)"
    r"|\b(?:t[íi]tulo|degree|dipl[ôo]me|master|m[áa]ster)\s+(?:by|before|antes\s+del?|avant\s+le|d['’]ici\s+le)"
    r"|\btaken\s+(?:on\s+or\s+)?after|\bentr[ée]e\s+en\s+fonctions?\b[^.;\d]{0,40}|\bstart(?:ing)?\s+date\b[^.;\d]{0,20}"
    r"|\bincorporaci[óo]n\b[^.;\d]{0,40})\s*$",
    re.IGNORECASE,
)
# A deadline that an extension or a correction replaced: "El plazo, que vencía el 19 de abril, se ha
# ampliado hasta el 3 de mayo", "(date limite initiale : 14 avril 2027)", "originally 30 April".
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:que\s+venc[íi]a|initially|originally|previously|was\s+due|instead\s+of|initialement|initiale"
    r"|au\s+lieu\s+du?|inicialmente|anteriormente|original\s+(?:deadline|closing\s+date)|fecha\s+original"
    r"|en\s+lugar\s+del?|en\s+vez\s+del?"
    # a corrected mistake: "la versión …, que indicaba por error el 24/02/2027 como fecha de cierre"
    r"|por\s+error|par\s+erreur|by\s+mistake|in\s+error|erroneously|wrongly)\b[^.;\d]{0,24}$",
    re.IGNORECASE,
)
# A deadline told in the past: "en la convocatoria de 2026 el plazo venció el 12 de mayo", "the 2026 call's
# deadline expired on 3 May", "la date limite était fixée au 2 mai" (the sentence may give this call's too).
_PAST_DEADLINE_BEFORE = re.compile(
    r"\b(?:plazo|deadline|date\s+limite|cl[ôo]ture)\s+(?:venci[óo]|expired|finaliz[óo]|termin[óo]|a\s+expir[ée]"
    r"|[ée]tait\s+fix[ée]e|closed)\b[^.;\d]{0,24}$",
    re.IGNORECASE,
)
# A correction of the deadline, shortly before the corrected one: "⚠️ CORRECTION – Bonn post … has the wrong
# deadline. The official notice reads:", "Corrigendum", "Rectificatif", "Fe de erratas"
_CORRECTION = re.compile(
    r"\b(?:correction|corrigendum|rectificatif|erratum|fe\s+de\s+erratas|correcci[óo]n|wrong\s+(?:deadline|closing\s+date)"
    r"|mauvaise\s+date\s+limite|fecha\s+(?:de\s+cierre\s+)?(?:err[óo]nea|equivocada))\b",
    re.IGNORECASE,
)
_CORRECTION_REACH = 300  # characters before a deadline where its correction's word stands
# A date until which questions about the post are answered is no deadline for applications.
_QUESTIONS = re.compile(
    r"\b(?:questions?|queries|enquiries|inquiries|preguntas|consultas|dudas)\b", re.IGNORECASE
)
_APPLICATIONS = re.compile(r"\b(?:applica|candidat|solicitud|postulaci|dossier)", re.IGNORECASE)
# The day registration for an event closes (an information session, a webinar) is no application deadline.
_REGISTRATION = re.compile(
    r"\bregistration\s+(?:closes|ends|deadline)\b|\bregister\s+(?:for\s+the\s+(?:session|webinar|event|workshop)|by)\b"
    r"|\binscri\w*\s+(?:[àa]\s+la|au|al)\s+(?:s[ée]ance|session|sesi[óo]n|webinaire|webinario|atelier|taller|evento"
    r"|charla)\b",
    re.IGNORECASE,
)


def _other_date(text: str, start: int) -> bool:
    """Whether the date at `start` is one that a publication or opening date's words introduce ("Fecha de
    publicación en la sede electrónica de la AECID: 1 de abril"): no deadline word nor other date between."""
    before = text[max(0, start - 80) : start]
    found = list(_OTHER_DATE.finditer(before))
    if not found:
        return False
    between = before[found[-1].end() :]
    return len(between.split()) <= 10 and not _DEADLINE_WORDS.search(between) and not DATE.search(between)


# (the first day's weekday and hour may stand before the sign: "2026. 4. 20. (Mon) 10:00 ~ 2026. 5. 19.")
_RANGE = re.compile(
    r"^\.?\s*(?:\([^)]{1,20}\)\s*)?(?:\d{1,2}[:h.]\d{2}\s*(?:[ap]\.?m\.?\s*)?)?"
    r"(?:~|-|–|—|to|until|till|au|jusqu['’]au|al|hasta(?:\s+el)?|a)\s*$",
    re.I,
)
_YEARS = range(EARLIEST.year, LATEST.year)  # the last year left out: its last day may end after LATEST


def _first_paragraph(lines: list[Line]) -> list[Line]:
    end = next((i for i, line in enumerate(lines) if i and line.blank_before), len(lines))
    return lines[:end]


_NOTE_LINE = re.compile(r"^\([^()]{1,40}\)$")
# The hour in a row of its own: "Closing date: 14 April 2026" / "Closing time: 23:59 Stockholm time".
_TIME_LABEL = re.compile(
    r"^(?:(?:closing|deadline|submission|application)\s+)?time|heure(?:\s+(?:limite|de\s+cl[ôo]ture))?"
    r"|hora(?:\s+(?:l[íi]mite|de\s+cierre))?$",
    re.IGNORECASE,
)


def _cell_of_a_row(pair: LabelValue, line: Line) -> bool:
    """Whether the pair's value is one cell of a table's row under a row of labels ("… | 16 juin 2026 | 20
    juillet 2026"): the line holds other values (a publication date), the cell is the deadline's."""
    return " | " in line.text and pair.label not in line.text  # (the label stands in the row above)


def _candidates(ctx: Context) -> list[Passage]:
    """Passages that state a deadline: the labelled value with its label, then deadline sentences."""
    found: list[Passage] = []
    hour_row = next((p.value for p in ctx.structure.pairs if _TIME_LABEL.match(clean_label(p.label))), None)
    for block in ctx.structure.blocks:
        if block.kind == "closing" and block.heading:
            found.append(Passage.join([block.heading.line, *_first_paragraph(block.lines[:3])], sep=" "))
    for pair in ctx.structure.pairs:
        if LABEL_PATTERNS["closing"].match(clean_label(pair.label)) or _DEADLINE_WORDS.search(pair.label):
            at = ctx.line_at(pair.value.offsets[0])
            if at is None or _cell_of_a_row(pair, ctx.lines[at]):
                found.append(pair.value)
                continue
            lines = ctx.lines[at : at + 2]
            # "23:59 CET" over "(Bonn time)" in the same cell: the note in brackets carries the value on
            noted = len(lines) == 2 and not lines[1].blank_before and _NOTE_LINE.match(lines[1].text)
            row = Passage.join(lines if noted else lines[:1], sep=" ")
            if hour_row is not None and not TIME.search(row.text) and TIME.search(hour_row.text):
                row = Passage.concat([row, hour_row], sep=" ")
            found.append(row)
    found += [s for s in ctx.sentences(having=_DEADLINE_KEYWORDS) if _DEADLINE_WORDS.search(s.text)]
    found = [
        p
        for p in found
        if (day := deadline_date(p.text))
        and not _later_stage(p.text, day)
        and not _PAST_CALL.search(p.text)
        and not (
            (_QUESTIONS.search(p.text) or _REGISTRATION.search(p.text)) and not _APPLICATIONS.search(p.text)
        )
    ]
    # "11:59 p.m. New York time on the deadline date": the hour and zone of a date stated elsewhere
    hour = next((s for s in ctx.sentences(having=_DEADLINE_KEYWORDS) if _hour_of_the_day(s.text)), None)
    if hour is None:
        return found
    return [Passage.concat([p, hour], sep=" ") if not TIME.search(p.text) else p for p in found]


# A later step of the selection, whose day a timetable gives beside the deadline: "| Preselección | hasta el
# 14 de mayo |", "Interviews: until 30 June"
_LATER_STAGE = re.compile(
    r"\b(?:pre-?selec\w*|pr[ée]s[ée]lection|short-?list\w*|interviews?|entrevistas?|entretiens?|selection|selecci[óo]n"
    r"|s[ée]lection|results?|resultados|r[ée]sultats|assessments?|written\s+tests?|ex[áa]menes|examens?"
    r"|incorporaci[óo]n|start\s+date|entr[ée]e\s+en\s+fonctions?)\b",
    re.IGNORECASE,
)
_SENTENCE_START = re.compile(r".*(?:\n|[.;]\s)", re.DOTALL)


def _later_stage(text: str, day: re.Match[str]) -> bool:
    """Whether the clause of the deadline `day`, or its table row's label, names a later step of the
    selection, not the applications."""
    before = text[: day.start()]
    sentence = _SENTENCE_START.match(before)
    start = sentence.end() if sentence else 0
    cells = [i for i, char in enumerate(before) if char == "|"]
    if len(cells) >= 2:  # a table's row: the date's cell and its label's
        start = max(start, cells[-2] + 1)
    clause = before[start:]
    return bool(_LATER_STAGE.search(clause)) and not _APPLICATIONS.search(clause)


_ON_THE_DAY = re.compile(
    r"\b(?:on|of)\s+the\s+(?:deadline|closing|(?:posting\s+)?end)(?:\s+date|\s+day)?\b|\ble\s+jour\s+de\s+la\s+(?:date\s+limite|cl[ôo]ture)"
    r"|\b(?:à|a)\s+la\s+date\s+limite|\bel\s+d[íi]a\s+(?:del?\s+)?(?:cierre|plazo)|\ben\s+la\s+fecha\s+(?:l[íi]mite|de\s+cierre)"
    # "Please note that the closing date is midnight Copenhagen time"
    r"|\b(?:closing\s+(?:date|time)|deadline)\s+is\s+(?:at\s+)?(?=midnight|noon|\d{1,2}[:.h]\d{2}|\d{1,2}\s*[ap]\.?m)",
    re.IGNORECASE,
)


def _hour_of_the_day(text: str) -> bool:
    """A sentence that gives the deadline's hour without its date."""
    return bool(_ON_THE_DAY.search(text) and TIME.search(text) and not DATE.search(text))


@dataclass(frozen=True, slots=True)
class _Deadline:
    closing: Closing | None  # None when neither the text nor the duty station gives a zone
    day: date
    span: tuple[int, int]
    time_stated: bool
    zone_by_place: bool = False
    before: str = ""  # the passage's text before the date

    @property
    def specificity(self) -> int:
        """A zone stated over one assumed, then a time of day stated, then a place's time ("CET (Bonn
        time)") over an abbreviation that many zones share."""
        if self.closing is None:
            return -1
        return (not self.closing.timezone_assumed) * 4 + self.time_stated * 2 + self.zone_by_place


_PERIOD_ENDS = re.compile(
    r"\b(?:finaliza(?:r[áa])?|termina(?:r[áa])?|vence(?:r[áa])?|concluye|concluir[áa]|se\s+cierra"
    r"|(?:period|deadline)\s+(?:closes|ends|expires)|prend(?:ra)?\s+fin|s['’]ach[èe]ve(?:ra)?)\b",
    re.IGNORECASE,
)


_LEADER_END = re.compile(r"[\s.:…_·-]*")


def deadline_date(text: str) -> re.Match[str] | None:
    """The date a deadline passage closes on: the first date after its deadline words (else the
    last before them), never one that a publication or opening date's words introduce."""
    dates = [
        m
        for m in DATE.finditer(text)
        if not _other_date(text, m.start())
        and not _BIRTH_BEFORE.search(text, 0, m.start())
        and not _NOT_A_DEADLINE_BEFORE.search(text, 0, m.start())
        and not _SUPERSEDED_BEFORE.search(text, max(0, m.start() - 60), m.start())
        and not _PAST_DEADLINE_BEFORE.search(text, max(0, m.start() - 60), m.start())
    ]
    # "El plazo se abre el día siguiente a … (2 de febrero) y finaliza … del 22 de marzo": the verb that
    # ends the period points at its last day
    ends = next((m.end() for m in _PERIOD_ENDS.finditer(text)), None)
    if ends is not None and (closing := next((m for m in dates if m.start() >= ends), None)) is not None:
        return closing
    anchors = [m.end() for m in _DEADLINE_WORDS.finditer(text)]
    if not dates or not anchors:
        return _period_end(text, dates) if dates else None
    after = [m for m in dates if m.start() >= anchors[0]]
    if not after and (text.rstrip().endswith((":", "：")) or _LEADER_END.fullmatch(text, anchors[-1])):
        # "19/10/2026 Date limite de candidature:", "13 de abril de 2026 Fecha de cierre ......": a label
        # whose value follows, after another's
        return None
    if len(after) > 1 and _RANGE.match(text[after[0].end() : after[1].start()]):
        return after[1]  # a period "9 March 2026 ~ 27 March 2026" closes on its last day
    return after[0] if after else dates[-1]


def _period_end(text: str, dates: list[re.Match[str]]) -> re.Match[str]:
    """The first date, or the last day of the period it opens ("Posting Period: 01.02.2027 – 08.03.2027")."""
    if len(dates) > 1 and _RANGE.match(text[dates[0].end() : dates[1].start()]):
        return dates[1]
    return dates[0]


def _deadline(passage: Passage, station_zone: str | None, ctx: Context) -> _Deadline | None:
    date_match = deadline_date(passage.text)
    day = parse_date(date_match.group(0)) if date_match else None
    if date_match is None or day is None:
        return None
    if day.year not in _YEARS:  # a typo, or an old ToR: the contract's deadlines are in this century
        ctx.warn(
            "closing", f"the closing date {day.isoformat()} is not a year from {_YEARS[0]} to {_YEARS[-1]}"
        )
        return None
    time_match = TIME.search(passage.text)
    earlier_day = time_match is not None and DATE.search(passage.text, 0, time_match.start()) is not None
    if time_match and time_match.start() < date_match.start() and earlier_day:
        # a period's last day, its first day's hour before it ("2026. 4. 20. 10:00 ~ 2026. 5. 19. 18:00"):
        # the hour after the last day
        time_match = TIME.search(passage.text, date_match.end()) or time_match
    when = time_of(time_match) if time_match else None
    if when is None or when.end_of_day:
        naive = datetime.combine(day, time(0, 0)) + timedelta(days=1)
    else:
        naive = datetime.combine(day, when.value)
    zone = find_zone(passage.text, station_zone, naive)
    zone_name = zone.name if zone else station_zone
    span = passage.span(*date_match.span())
    before = passage.text[: date_match.start()]
    if zone_name is None:
        return _Deadline(None, day, span, when is not None, before=before)
    local = naive.replace(tzinfo=ZoneInfo(zone_name))
    closing = Closing(
        utc=local.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        local=local.isoformat(),
        timezone=zone_name,
        text=passage.text,
        timezone_assumed=zone is None,
    )
    return _Deadline(closing, day, span, when is not None, zone is not None and zone.by_place, before)


_SAME_CALL_DAYS = 150


def _listed_openings(ctx: Context, found: list[_Deadline]) -> list[_Deadline]:
    """The deadlines of a list of other openings ("- Project Assistant (SB-3) – Cochabamba · closes
    30.03.2026"): list items, on two lines or more, each with a day of its own."""
    items: dict[int, _Deadline] = {}
    for deadline in found:
        at = ctx.line_at(deadline.span[0])
        if at is not None and list_marker(ctx.lines[at].text):
            items.setdefault(at, deadline)
    if len({d.day for d in items.values()}) < 2:
        return []
    return [d for d in found if ctx.line_at(d.span[0]) in items]


# A post named before a deadline: "the UNICEF position in Amman (deadline 25 January 2027)"
_A_POST = re.compile(
    r"\b(?:post|position|vacancy|opening|poste|offre|puesto|vacante|plaza)s?\b", re.IGNORECASE
)
# A place named as a clock, not as a post's station: "23:59 Bonn time", "heure de Paris", "hora de Madrid"
_CLOCK_BEFORE = re.compile(r"\b(?:heure|hora)\s+(?:de\s+|d['’]\s*)(?:la\s+)?$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^\s*(?:time|local\s+time|hrs?)\b", re.IGNORECASE)


def _another_posts(deadline: _Deadline, station_city: str | None, ctx: Context) -> bool:
    """Whether a deadline is told of another post: its words name a post and a duty station other
    than this one's ("The BFIO vacancy with UNICEF in Lusaka … closes on 21 July"), or the lines of its
    card name another station ("JPO Climate Finance / UNDP · Suva, Fiji / Closing date: 3 May"), never
    this one."""
    if station_city is None:
        return False
    card = _card(deadline, ctx)
    told = [deadline.before] if _A_POST.search(deadline.before) else []
    for text in [*told, f"{card}\n{deadline.before}"] if card else told:
        named = {
            station.city.casefold()
            for station, start, end in find_stations_in(text)
            if not _CLOCK_BEFORE.search(text, 0, start) and not _CLOCK_AFTER.match(text, end)
        }
        if named and station_city.casefold() not in named:
            return True
    return False


_CARD_LINES = 2
_CARD_WORDS = 16  # a listed post's title, or its agency and place


def _card(deadline: _Deadline, ctx: Context) -> str:
    """The lines right above a deadline's, in its paragraph: a listed post's title and place."""
    at = ctx.line_at(deadline.span[0])
    if at is None:
        return ""
    lines: list[str] = []
    while at > 0 and len(lines) < _CARD_LINES and not ctx.lines[at].blank_before:
        at -= 1
        if len(ctx.lines[at].text.split()) > _CARD_WORDS:
            break  # a paragraph of the notice, no listed post's line
        lines.insert(0, ctx.lines[at].text)
    return "\n".join(lines)


def _named_zone(ctx: Context, found: Closing, day: date) -> Closing | None:
    """The deadline given as an offset ("5:00 PM (GMT+9)") in the zone another of its sentences names for
    the same day and hour ("5:00 p.m. Korea Standard Time on 19 May 2026"): one instant, a place's zone;
    or given with no zone ("2026. 5. 19. 18:00"), in the zone another names for the same day and hour
    ("after 18:00 on May 19, 2026 (Korea time)")."""
    local = datetime.fromisoformat(found.local)
    naive = local.replace(tzinfo=None)
    for sentence in ctx.sentences(having=_DEADLINE_KEYWORDS):
        if not any(parse_date(m.group(0)) == day for m in DATE.finditer(sentence.text)):
            continue
        zone = find_zone(sentence.text, None, naive)
        if zone is None or zone.name.startswith("Etc/"):
            continue
        hours = (time_of(m) for m in TIME.finditer(sentence.text))
        same_hour = any(when is not None and when.value == naive.time() for when in hours)
        if (found.timezone_assumed and same_hour) or (
            not found.timezone_assumed and ZoneInfo(zone.name).utcoffset(naive) == local.utcoffset()
        ):
            placed = naive.replace(tzinfo=ZoneInfo(zone.name))
            utc = placed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            stated = {"timezone": zone.name, "local": placed.isoformat(), "utc": utc}
            return found.model_copy(update={**stated, "timezone_assumed": False})
    return None


def closing(ctx: Context, station_zone: str | None, station_city: str | None = None) -> Closing | None:
    """The most precise deadline stated; warns when none is, or when stated dates disagree."""
    found = [d for p in _candidates(ctx) if (d := _deadline(p, station_zone, ctx)) is not None]
    listed = _listed_openings(ctx, found)
    if len(listed) < len(found):
        found = [d for d in found if d not in listed]
    # a page's own part above the notice it reprints (a job alert's other posts): the notice's deadline first
    own = [d for d in found if d.span[0] >= ctx.structure.preamble_end]
    # a correction quoting the deadline ("CORRECTION – … the official notice reads: …") overrides the others
    corrected = [
        d
        for d in own or found
        if _CORRECTION.search(ctx.text, max(0, d.span[0] - _CORRECTION_REACH), d.span[0])
    ]
    best = max(
        corrected or own or found, key=lambda d: d.specificity, default=None
    )  # max keeps the first of equals
    # a deadline months away from the one kept is an earlier or a later call's: no contradiction
    days = sorted(
        {
            d.day.isoformat()
            for d in found
            if best
            and abs((d.day - best.day).days) <= _SAME_CALL_DAYS
            and (d is best or not _another_posts(d, station_city, ctx))
        }
    )
    if len(days) > 1:
        ctx.warn("closing", f"different closing dates are stated: {', '.join(days)}")
    if best is None or best.closing is None:
        reason = "no closing date found" if best is None else "the closing date names no time zone"
        ctx.warn("closing", reason + " and the duty station is unknown" * (best is not None))
        return None
    ctx.source("closing", best.span)
    named = (
        _named_zone(ctx, best.closing, best.day)
        if best.closing.timezone.startswith("Etc/") or (best.closing.timezone_assumed and best.time_stated)
        else None
    )
    if named is not None:
        return named
    if best.closing.timezone_assumed:
        ctx.warn(
            "closing.timezone",
            f"the deadline names no time zone; assumed the duty station's ({best.closing.timezone})",
        )
    if not best.time_stated:
        ctx.warn("closing.local", "the deadline gives no time of day; taken as the end of that day")
    return best.closing
