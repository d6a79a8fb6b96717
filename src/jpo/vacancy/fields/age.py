"""The programme's age limit: maximum age, reference date, birth-date cut-off, military extensions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from jpo.contracts.vacancy import MilitaryExtension
from jpo.geo._text import strip_accents
from jpo.vacancy.dates import BORN_STEM, BORN_WORD, DATE, parse_date
from jpo.vacancy.fields.context import Context
from jpo.vacancy.lists import is_rule, list_marker
from jpo.vacancy.passage import Passage
from jpo.vacancy.quantities import DURATION, DURATION_TEXT, to_months, to_number

# "at most 10 years of experience": a cap on experience in the same sentence, not an age
_OF_EXPERIENCE = (
    r"\s*(?:years?|yrs|ans|a[ñn]os)\s+(?:of\s+|d['’]\s*|de\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:experience|exp[ée]rience|experiencia)"
)
_MAX_AGE = re.compile(
    r"(?:not\s+(?:be\s+)?older\s+than|no\s+older\s+than|no\s+more\s+than|not\s+more\s+than|maximum\s+age(?:\s+limit)?(?:\s+(?:is|of))?"
    r"|not\s+(?:be\s+)?over(?=\s+\d{2}\s+years)"
    # a messenger's shorthand: "✔️ Máx. 30 años a 31/12/2026", "Max. 32 years on 31 December"
    r"|\bm[áa]x(?:imum|imo|\.)(?=\s*\d{2}\s+(?:years?|ans|a[ñn]os)\b)"
    r"|age\s+limit(?:\s+(?:is|of))?|up\s+to\s+the\s+age\s+of|[âa]ge\s+maximum(?:\s+de)?"
    r"|limite\s+d['’][âa]ge(?:\s+de)?|(?:ne\s+(?:\w+\s+)?)?pas\s+avoir\s+plus\s+de|pas\s+plus\s+de"
    r"|pas\s+[êe]tre\s+[âa]g[ée](?:\(e\)|e)?\s+de\s+plus\s+de"  # "ne pas être âgé(e) de plus de 31 ans au …"
    r"|(?:ne\s+(?:\w+\s+)?)?pas\s+avoir\s+d[ée]pass[ée]\s+l['’]\s*[âa]ge\s+de"
    r"|edad\s+m[áa]xima(?:\s+(?:es\s+de|es|de))?"
    r"|l[íi]mite\s+de\s+edad(?:\s+(?:es|de))?|no\s+(?:ser\s+)?mayor(?:es)?\s+de|no\s+(?:deben?\s+|pueden?\s+)?(?:tener|tengan?|tienen?)\s+m[áa]s\s+de"
    r"|no\s+m[áa]s\s+de(?=\s+\d{2}\s+a[ñn]os\b(?!\s+de\s+experiencia))"
    r"|no\s+superar\s+(?:la\s+edad\s+de\s+)?(?:los\s+)?|(?:be\s+)?at\s+most|como\s+m[áa]ximo|au\s+plus|au\s+maximum)"
    # a form's label naming its day before its colon: "Edad máxima a la fecha de cierre …: 32"
    r"(?:\s+(?:a|à|al|at|on|as\s+of|by)\s+[^\d:.;]{3,60}?:)?"
    rf"\s*:?\s*(?P<n>\d{{2}})\b(?!{_OF_EXPERIENCE})"
    r"|\b(?P<n2>\d{2})\s*(?:years?|ans|años)?\s*(?:of\s+age\s+|de\s+edad\s+)?(?:old\s+)?"
    r"(?:maximum|max\.?|or\s+(?:younger|less|under)|and\s+(?:younger|under)|au\s+plus|au\s+maximum|ou\s+moins|como\s+m[áa]ximo"
    r"|o\s+menos)"
    r"|(?:under\s+the\s+age\s+of|under(?=\s+\d{2}\s+years\s+(?:of\s+age|old))|younger\s+than|below\s+the\s+age\s+of"
    r"|moins\s+de|menores?\s+de|menos\s+de"
    r"|(?:ne\s+(?:\w+\s+)?)?pas\s+avoir\s+atteint\s+l['’]\s*[âa]ge\s+de|n['’]\s*(?:avoir|ont|a)\s+pas\s+(?:encore\s+)?atteint\s+l['’]\s*[âa]ge\s+de|not\s+(?:yet\s+)?(?:have\s+)?reached\s+the\s+age\s+of"
    # "not have reached 33 years of age by the deadline": at most 32
    r"|not\s+(?:yet\s+)?(?:have\s+)?(?:reached|attained)(?=\s+\d{2}\s+years\s+of\s+age)"
    # not yet turned 31: at most 30
    r"|no\s+(?:(?:deben?|podr[áa]n?)\s+)?(?:haber|hayan?)\s+cumplido(?:\s+(?:a[úu]n\s+)?(?:la\s+edad\s+de\s+)?los)?)"
    rf"\s+(?P<lt>\d{{2}})\b(?!{_OF_EXPERIENCE})"
    # "must not have reached your 33rd birthday": at most 32
    r"|\bnot\s+(?:yet\s+)?(?:have\s+)?(?:reached|celebrated)\s+(?:your|their|his\s+or\s+her|the\s+candidate['’]s)\s+"
    r"(?P<lt2>\d{2})(?:st|nd|rd|th)\s+birthday"
    # "must not have turned 33 by the end of the application period": at most 32
    r"|\bnot\s+(?:yet\s+)?(?:have\s+)?turn(?:ed)?\s+(?P<lt3>\d{2})\b"
    # "must not yet be 33 years old on the closing date", "You are not yet 33 years old": at most 32
    r"|\bnot\s+yet\s+(?:be\s+)?(?P<lt4>\d{2})(?=\s+(?:years?\s+old|years?\s+of\s+age)\b)",
    re.IGNORECASE,
)
_REFERENCE = re.compile(
    rf"\b(?:as\s+(?:of|at)|on|at|by|au|in|al|a|a\s+fecha\s+(?:de|del)|el|soit\s+le|es\s+decir\s+el|i\.e\.)\s+(?:the\s+)?"
    rf"(?P<date>{DATE.pattern})",
    re.IGNORECASE,
)
_ON_DEADLINE = re.compile(
    r"\b(?:as\s+of|on|at|by|[àa]\s+la)\s+(?:the\s+)?(?:closing\s+date|deadline|application\s+deadline"
    r"|last\s+day\s+(?:of\s+the\s+application\s+period|(?:to|for)\s+apply(?:ing)?|for\s+applications)"
    r"|date\s+limite|date\s+de\s+cl[ôo]ture|end\s+of\s+the\s+application\s+period|fin\s+de\s+la\s+p[ée]riode)"
    r"|\b(?:a\s+la|en\s+la|al)\s+(?:fecha\s+(?:l[íi]mite|de\s+cierre)|cierre\s+de\s+la\s+convocatoria)"
    # "al término del plazo de postulación", "au terme de la période de candidature", "at the end of the …"
    r"|\b(?:al|a\s+la)\s+(?:t[ée]rmino|fin(?:al)?|vencimiento|cierre)\s+del\s+plazo\b"
    r"|\bau\s+terme\s+de\s+la\s+p[ée]riode\s+de\s+candidature"
    r"|\bat\s+the\s+(?:end|close)\s+of\s+the\s+application\s+period"
    r"|\bon\s+the\s+last\s+day\s+of\s+the\s+(?:posting|application|advertisement|vacancy)\s+period"
    # "not be over 32 years of age when the application period ends"
    r"|\bwhen\s+(?:the\s+)?(?:application\s+period|applications?|the\s+call|the\s+posting\s+period)\s+(?:ends|closes?)",
    re.IGNORECASE,
)
_BORN = re.compile(
    rf"\b{BORN_STEM}\s+(?P<rel>on\s+or\s+after|after|not\s+before|later\s+than|on\s+or\s+before"
    rf"|before|not\s+after|earlier\s+than|le\s+ou\s+après\s+le|à\s+partir\s+du|après\s+le|avant\s+le"
    rf"|el\s+o\s+despu[ée]s\s+del|a\s+partir\s+del|despu[ée]s\s+del|con\s+posterioridad\s+al|antes\s+del)"
    rf"\s+(?:the\s+)?(?P<date>{DATE.pattern})",
    re.IGNORECASE,
)
# A date just after these words is a birth date, not the day the age is reached on ("(haber nacido el 20 de
# marzo de 1996 o después)").
_BORN_WORD = re.compile(BORN_WORD, re.IGNORECASE)
# The relation after the date: "Être né(e) le 1er janvier 1996 ou après", "nacido el 1 de enero de 1996 o
# después".
_BORN_THEN_AFTER = re.compile(
    rf"\b{BORN_STEM}\s+(?:on\s+|le\s+|el\s+)?(?P<date>{DATE.pattern})\s+"
    r"(?:or\s+(?:later|after)|ou\s+(?:apr[èée]s|plus\s+tard)|o\s+(?:despu[ée]s|posteriormente|con\s+posterioridad"
    r"|en\s+(?:una\s+)?fecha\s+posterior))",  # "nacido el 1 de enero de 1996 o en fecha posterior"
    re.IGNORECASE,
)
# A birth year as the cut-off: "born in 1994 or later", "nés en 1994 ou après", "nacidos en 1994 o después".
_BORN_YEAR = re.compile(
    rf"\b{BORN_STEM}\s+(?:in|en)\s+(?P<year>(?:19|20)\d{{2}})\s+"
    r"(?:or\s+(?:later|after)|ou\s+(?:apr[èe]s|plus\s+tard)|o\s+(?:despu[ée]s|m[áa]s\s+tarde|posteriormente))"
    rf"|\b{BORN_STEM}\s+(?:in\s+or\s+after|from|en\s+ou\s+apr[èe]s|[àa]\s+partir\s+de|a\s+partir\s+de)\s+"
    r"(?P<year2>(?:19|20)\d{2})\b(?![./-]\d)",
    re.IGNORECASE,
)
# The age reached in the year of the call: "at most 32 in the year you apply" (on 31 December of it).
_IN_YEAR_OF_CALL = re.compile(
    r"\bin\s+the\s+(?:calendar\s+)?year\s+(?:you\s+apply|of\s+(?:the\s+|your\s+)?(?:application|call|deadline"
    r"|recruitment|advertisement|announcement|vacancy\s+announcement))"
    r"|\b(?:dans\s+l['’]\s*|l['’]\s*|en\s+l['’]\s*|au\s+cours\s+de\s+l['’]\s*)ann[ée]e\s+(?:de\s+(?:la\s+|votre\s+)?"
    r"(?:candidature|l['’]\s*appel|mise\s+au\s+concours|publication|l['’]\s*annonce|recrutement)|du\s+(?:concours|recrutement)"
    r"|o[uù]\s+vous\s+postulez)"
    r"|\ben\s+el\s+año\s+(?:de\s+(?:la\s+)?(?:convocatoria|postulaci[óo]n|solicitud)|en\s+que\s+(?:postulas|se\s+postula))",
    re.IGNORECASE,
)
# "al 31 de diciembre del año de la convocatoria", "au 31 décembre de l'année de l'appel": the call's year
_LAST_DAY_OF_CALL_YEAR = re.compile(
    r"\b31\s+(?:de\s+)?(?:diciembre|d[ée]cembre|december)\s+(?:del|de\s+l['’]|of\s+the)\s*(?:año|ann[ée]e|year)\b",
    re.IGNORECASE,
)
# Right after the limit, the year it is reached in: "during the calendar year 2027".
_IN_NAMED_YEAR = re.compile(
    r"\s*(?:years?\s+(?:of\s+age\s+)?)?(?:in|during|au\s+cours\s+de|pendant|durante|en)\s+(?:the\s+|l['’]\s*|el\s+)?"
    r"(?:calendar\s+year|year|ann[ée]e(?:\s+civile)?|a[ñn]o(?:\s+calendario)?)\s+(?P<year>20\d\d)\b",
    re.IGNORECASE,
)
_EXTENSION_AFTER = re.compile(
    rf"(?:extended|prolong[ée]e?|raised|increased|ampl[íi]a(?:do|r[áa])?|extiende|extender[áa]|aumenta(?:do|r[áa])?)"
    rf"\s+(?:for|by|de|en|por)\s+{DURATION_TEXT}"
    rf"|\bby\s+{DURATION_TEXT}(?=\s+(?:for|if|when|where|to)\b|\s*\()"  # "by two years (service of …)"
    # "may add one year for service of less than two years, and two years for service of two years or more"
    rf"|\badd(?:s|ed)?\s+{DURATION_TEXT}|,\s*and\s+{DURATION_TEXT}(?=\s+(?:for|if|when)\b)"
    # "…: one year for service of less than one year, two years for service of one year or more but …"
    rf"|,\s*{DURATION_TEXT}(?=\s+for\s+(?:military\s+)?service\b)"
    # "…: less than 1 year of service, 1 year; 1 year or more but less than 2 years, 2 years; …": the years
    # that close a tier's clause
    rf"|,\s*{DURATION_TEXT}(?=\s*[.;]?\s*$)"
    # "se amplía en un año si …, en dos años si …": the later rows name only their years
    rf"|\ben\s+{DURATION_TEXT}(?=\s+(?:si|cuando|para)\b)|\bde\s+{DURATION_TEXT}(?=\s+(?:si|pour|lorsque)\b)"
    rf"|(?:extension|addition)\s+(?:of|by)\s+{DURATION_TEXT}|\+\s*{DURATION_TEXT}|\bplus\s+{DURATION_TEXT}"
    # a row of a list or table: "less than 1 year of service - 1 year", "Less than 1 year | 1 year"
    rf"|(?<=\S)\s*(?:[|:→]|=>?|\s[-–—]|\s{{2,}}|\s?\.{{3,}})\s*\+?\s*{DURATION_TEXT}"
    # a row written as a phrase: "one (1) year or more but less than two (2) years, two (2) years;"
    rf"|,\s*\+?\s*{DURATION_TEXT}(?=\s*\.?\s*$)",
    re.IGNORECASE,
)
_EXTENSION_BEFORE = re.compile(
    rf"{DURATION_TEXT}\s+(?:will\s+be|is|are|shall\s+be|sera)\s+(?:extended|added|ajout)"
    # "… who have completed military service may be one year older", "pueden tener un año más"
    rf"|(?<=\bbe\s){DURATION_TEXT}\s+older\b|{DURATION_TEXT}\s+de\s+plus\b|(?<=\btener\s){DURATION_TEXT}\s+m[áa]s\b",
    re.IGNORECASE,
)
_THRESHOLD_FOLLOWS = re.compile(
    r"\s*(?:(?:for|if|when|where|to|with|in\s+case|si|cuando|para|pour|lorsque)\b|\()", re.IGNORECASE
)
_BELOW = re.compile(
    rf"(?:less\s+than|under|below|fewer\s+than|moins\s+de|shorter\s+than|inf[ée]rieure?s?\s+[àa]|menos\s+de"
    rf"|inferior(?:es)?\s+a)\s+{DURATION_TEXT}"
    rf"|{DURATION_TEXT}\s+(?:under|and\s+under|or\s+less|ou\s+moins)",
    re.IGNORECASE,
)
# A tier stated as a range of months served: "+2 years for 12 to 23 months", "de 12 a 23 meses".
_MONTHS_RANGE = re.compile(
    r"\b(?:from\s+|between\s+|de\s+|entre\s+)?\d{1,2}\s*(?:to|-|–|and|à|a|y|et)\s*(?P<upper>\d{1,2})\s*"
    r"(?:months?|mois|meses)\b",
    re.IGNORECASE,
)
_OPEN_END = re.compile(
    r"\bor\s+(?:more|longer|above)|\bmore\s+than\b|\bover\b|\bou\s+plus\b|\babove\b|\bo\s+m[áa]s\b"
    r"|\bm[áa]s\s+de\b|\bsup[ée]rieure?s?\s+[àa]\b|\bsuperior(?:es)?\s+a\b",
    re.I,
)
_AGE_WORDS = (
    "age",
    "âge",
    "born",
    "né",
    "older",
    "younger",
    "ans",
    "edad",
    "años",
    "nacid",
    "mayor",
    "birthday",
    "turn",
    "years old",
)
_EXTENSION_WORDS = (
    "extend", "extension", "prolong", "+", "raised", "increased", "addition", "amplía", "amplia", "extiende",
    "aumenta", "plus", "add", "older", "más",
)  # fmt: skip
_MILITARY = re.compile(
    r"\bmilitary|\barmed\s+forces|\bconscript|\bmilitaire|\bservice\s+national|\bnational\s+service|\bservicio\s+militar",
    re.I,
)


# Every JPO programme's age limit lies in this range (26 to 35 in the rules the sponsors publish).
_PLAUSIBLE_LIMIT = (25, 40)


@dataclass(slots=True)
class AgeRule:
    """What a ToR says about age."""

    max_age: int | None = None
    age_reference_date: date | None = None
    born_on_or_after: date | None = None


def _months(m: re.Match[str]) -> int | None:
    inner = DURATION.search(m.string, m.start(), m.end())
    number = to_number(inner.group("number")) if inner else None
    return to_months(number, inner.group("unit")) if inner and number else None


def _limit(m: re.Match[str]) -> int:
    """The highest age allowed: the number stated, or one less than an age not to be reached."""
    below = m.group("lt") or m.group("lt2") or m.group("lt3") or m.group("lt4")
    return int(m.group("n") or m.group("n2") or int(below) - 1)


def _read_max_age(
    ctx: Context, sentence: Passage, m: re.Match[str], rule: AgeRule, deadline: date | None
) -> None:
    limit = _limit(m)
    if not _PLAUSIBLE_LIMIT[0] <= limit <= _PLAUSIBLE_LIMIT[1]:
        return  # "adolescents under 18 years of age": people the post serves, not its candidates
    rule.max_age = limit
    ctx.source("eligibility.max_age", sentence.span(*m.span()))
    _read_reference(ctx, sentence, m, rule, deadline)


def _read_reference(
    ctx: Context, sentence: Passage, m: re.Match[str], rule: AgeRule, deadline: date | None
) -> None:
    """The day the age limit `m` in `sentence` is counted on."""
    ref = _REFERENCE.search(sentence.text, m.end()) or _reference_before(sentence.text, m.start())
    day = parse_date(ref.group("date")) if ref else None
    named_year = _IN_NAMED_YEAR.match(sentence.text, m.end())
    if named_year is not None:  # "must not turn 33 during the calendar year 2027": on its last day
        rule.age_reference_date = date(int(named_year.group("year")), 12, 31)
        ctx.source("eligibility.age_reference_date", sentence.span(*named_year.span("year")))
    elif ref and day and not _BORN_WORD.search(sentence.text[max(0, ref.start() - 12) : ref.start()]):
        rule.age_reference_date = day
        ctx.source("eligibility.age_reference_date", sentence.span(*ref.span("date")))
    elif deadline and (
        _ON_DEADLINE.search(sentence.text)
        or _next_names_the_deadline(ctx, sentence)
        or _intro_names_the_deadline(ctx, sentence)
    ):
        rule.age_reference_date = deadline
    elif deadline and (
        year := _IN_YEAR_OF_CALL.search(sentence.text, m.end())
        or _LAST_DAY_OF_CALL_YEAR.search(sentence.text, m.end())
    ):
        rule.age_reference_date = date(deadline.year, 12, 31)
        ctx.source("eligibility.age_reference_date", sentence.span(*year.span()))


# The sentence after the limit names its day: "Día de referencia para el límite de edad es el cierre de
# solicitudes", "The reference date for the age limit is the closing date".
_DEADLINE_IS_REFERENCE = re.compile(
    r"\b(?:reference|referencia|r[ée]f[ée]rence)\b[^.;]{0,60}?\b(?:age|edad|[âa]ge)\b[^.;]{0,30}?\b(?:is|es|est)\s+"
    r"(?:the\s+|el\s+|la\s+|le\s+)?(?:closing\s+date|deadline|cierre|fecha\s+(?:l[íi]mite|de\s+cierre)|date\s+limite"
    r"|date\s+de\s+cl[ôo]ture|cl[ôo]ture)",
    re.IGNORECASE,
)


_LIST_ITEMS_BACK = 12  # lines an item's list may run above it


def _intro_names_the_deadline(ctx: Context, sentence: Passage) -> bool:
    """Whether the limit is an item of a list whose intro counts everything on the closing date ("applicants
    must, at the closing date:" / "- be under 33 years of age;")."""
    at = ctx.line_at(sentence.span()[0])
    if at is None or list_marker(ctx.lines[at].text) is None:
        return False
    for index in range(at - 1, max(-1, at - _LIST_ITEMS_BACK), -1):
        line = ctx.lines[index]
        if line.text.endswith(":"):
            return _ON_DEADLINE.search(line.text) is not None
        if line.blank_before and list_marker(line.text) is None:
            return False
    return False


def _next_names_the_deadline(ctx: Context, sentence: Passage) -> bool:
    following = ctx.following(sentence)
    return following is not None and _DEADLINE_IS_REFERENCE.search(following.text) is not None


_BEFORE_LIMIT = 30  # "qui, au 31 décembre 2027, n'auront pas plus de 32 ans": the date just before the limit


def _reference_before(text: str, limit_at: int) -> re.Match[str] | None:
    """The day the age is reached on, stated just before the limit ("au 31 décembre 2027, n'auront pas
    plus de 32 ans")."""
    found = [m for m in _REFERENCE.finditer(text, 0, limit_at) if limit_at - m.end() <= _BEFORE_LIMIT]
    return found[-1] if found else None


def _read_born(ctx: Context, sentence: Passage, rule: AgeRule) -> None:
    after = _BORN_THEN_AFTER.search(sentence.text)
    day = parse_date(after.group("date")) if after else None
    if after is not None and day is not None:
        rule.born_on_or_after = day
        ctx.source("eligibility.born_on_or_after", sentence.span(*after.span()))
        return
    year = _BORN_YEAR.search(sentence.text)
    if year is not None:
        rule.born_on_or_after = date(int(year.group("year") or year.group("year2")), 1, 1)
        ctx.source("eligibility.born_on_or_after", sentence.span(*year.span()))
        return
    m = _BORN.search(sentence.text)
    day = parse_date(m.group("date")) if m else None
    if m is None or day is None:
        return
    relation = strip_accents(" ".join(m.group("rel").casefold().split()))
    span = sentence.span(*m.span())
    if relation in (
        "on or after",
        "not before",
        "le ou apres le",
        "à partir du",
        "el o despues del",
        "a partir del",
    ):
        rule.born_on_or_after = day
    elif relation in ("after", "later than", "apres le", "despues del", "con posterioridad al"):
        rule.born_on_or_after = day + timedelta(days=1)
    else:
        ctx.warn(
            "eligibility.max_age",
            f"the text says born {relation} {day.isoformat()}, which sets a "
            "minimum age, not a maximum; the birth-date rule was not used",
        )
        return
    ctx.source("eligibility.born_on_or_after", span)


# Words that show a sentence speaks of the candidate, not of the people the post serves ("adolescents
# under 15", "children under five").
_CANDIDATE = re.compile(
    r"\b(?:candidat|applicant|you\b|your\b|jpo|vous|postulant|aspirante|solicitante|persona\s+seleccionad"
    r"|selected|nominee|must|doit|doivent|deben?|debe\s+tener|être\s+âgé|no\s+haber|born|n[ée]e?s?\b|nacid"
    r"|nationals|ressortissant|nacionales"
    # a rule's infinitive: "* avoir 32 ans au plus au 31 décembre 2027", "- tener 30 años o menos"
    r"|avoir\s+\d{2}\s+ans|tener\s+\d{2}\s+a[ñn]os"
    r"|age\s+limit|limite\s+d['’]\s*[âa]ge|l[íi]mite\s+de\s+edad|maximum\s+age|[âa]ge\s+maximum|edad\s+m[áa]xima"
    r"|older\s+than|not\s+(?:be\s+)?over\s+\d|plus\s+de\s+\d+\s+ans|m[áa]s\s+de\s+\d+\s+a[ñn]os|\bor\s+younger|\bo\s+menos\b|\bou\s+moins\b"
    r"|\bnot\s+(?:yet\s+)?(?:have\s+)?(?:reached|attained|turned))",
    re.IGNORECASE,
)
_RULE_KINDS = ("programme", "how_to_apply", "qualifications", "general")


def _age_sentences(ctx: Context) -> list[Passage]:
    """Sentences that may state the age limit: those of the programme's rules and the qualifications
    first, then any other that speaks of the candidate."""
    ruled = ctx.sentences(*_RULE_KINDS, having=_AGE_WORDS)
    seen = {s.span() for s in ruled}
    rest = [s for s in ctx.sentences(having=_AGE_WORDS) if s.span() not in seen and _CANDIDATE.search(s.text)]
    return [*ruled, *rest]


def _age_limit_in(text: str) -> re.Match[str] | None:
    """The first age limit the text states whose number is no date's day ("5 ans au maximum 27 avril 2026",
    where a facts list's values run together)."""
    for m in _MAX_AGE.finditer(text):
        number = next(name for name, value in m.groupdict().items() if value is not None)
        if DATE.match(text, m.start(number)) is None:
            return m
    return None


def age_rule(ctx: Context, deadline: date | None) -> AgeRule:
    """The age limit, its reference date and any birth-date cut-off, checked against each other."""
    rule = AgeRule()
    stated: list[int] = []  # every limit the sentences state, the kept one among them
    for sentence in _age_sentences(ctx):
        m = _age_limit_in(sentence.text)
        if m is not None:
            stated.append(_limit(m))
            if rule.max_age is None:
                _read_max_age(ctx, sentence, m, rule, deadline)
        if rule.born_on_or_after is None:
            _read_born(ctx, sentence, rule)
    _other_limits(ctx, rule, stated, deadline)
    if rule.max_age is None and rule.born_on_or_after is not None and deadline is not None:
        _age_of_cut_off(ctx, rule, rule.born_on_or_after, deadline)
    _reconcile(ctx, rule)
    return rule


# "Age: 32 years", and under an age label the bare number ("Age limit ...... 30 (military service extends …)")
_AGE_VALUE = re.compile(
    r"^\s*(?P<n>\d{2})(?:\s*(?:years?|yrs|ans|a[ñn]os)\b|(?=\s*(?:\(|$|[,;])))", re.IGNORECASE
)


def _other_limits(ctx: Context, rule: AgeRule, stated: list[int], deadline: date | None) -> None:
    """Another age limit stated elsewhere ("Edad límite | 30 años" in the facts, "32 años o menos" in the
    rules): the first is kept, and a warning names both; an "Age limit: 30 years" row alone is the limit."""
    limits = list(stated)
    # every age row: "Edad máx.: 30 años" in the facts and "Edad: no más de 32 años …" in the rules
    for pair in ctx.structure.pairs_of("age"):
        labelled = pair.value
        m = _AGE_VALUE.match(labelled.text)
        if m is None or not _PLAUSIBLE_LIMIT[0] <= int(m.group("n")) <= _PLAUSIBLE_LIMIT[1]:
            continue
        limits.append(int(m.group("n")))
        if rule.max_age is None:
            rule.max_age = limits[0]
            ctx.source("eligibility.max_age", labelled.span(*m.span("n")))
            if rule.age_reference_date is None:  # "Age maximal : 30 ans à la date de clôture"
                _read_reference(ctx, labelled, m, rule, deadline)
    others = sorted(
        {n for n in limits if n != rule.max_age and _PLAUSIBLE_LIMIT[0] <= n <= _PLAUSIBLE_LIMIT[1]}
    )
    if rule.max_age is not None and others:
        ctx.warn(
            "eligibility.max_age",
            f"the text gives more than one age limit ({rule.max_age} and {', '.join(map(str, others))}); "
            f"kept {rule.max_age}, check which applies",
        )


def _age_of_cut_off(ctx: Context, rule: AgeRule, cut_off: date, deadline: date) -> None:
    """A birth-date cut-off alone ("born on or after 1 January 1994") is an age limit on the eve of
    its first anniversary after the deadline: at most 32 on 31 December 2026, exactly the same rule."""
    years = deadline.year - cut_off.year
    while _add_years(cut_off, years) <= deadline:
        years += 1
    rule.max_age = years - 1
    rule.age_reference_date = _add_years(cut_off, years) - timedelta(days=1)
    where = ctx.sources["eligibility.born_on_or_after"]
    ctx.source("eligibility.max_age", where, inferred=True)
    ctx.source("eligibility.age_reference_date", where, inferred=True)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a common year
        return day.replace(year=day.year + years, day=28)


def _reconcile(ctx: Context, rule: AgeRule) -> None:
    if rule.max_age is None or rule.born_on_or_after is None:
        return
    if rule.age_reference_date is None:
        rule.age_reference_date = _add_years(rule.born_on_or_after, rule.max_age + 1) - timedelta(days=1)
        ctx.source("eligibility.age_reference_date", ctx.sources["eligibility.born_on_or_after"])
        return
    implied = _add_years(rule.age_reference_date, -(rule.max_age + 1)) + timedelta(days=1)
    if implied != rule.born_on_or_after:
        # the limit itself is in doubt (its age or its date), so the warning names the limit
        ctx.warn(
            "eligibility.max_age",
            f"age {rule.max_age} on {rule.age_reference_date.isoformat()} admits people born on or after "
            f"{implied.isoformat()}, but the text gives {rule.born_on_or_after.isoformat()}",
        )


def _outside(pattern: re.Pattern[str], clause: str, ext: re.Match[str]) -> re.Match[str] | None:
    """The first match of `pattern` in `clause` that is not part of the extension `ext` itself."""
    return next((m for m in pattern.finditer(clause) if not ext.start() <= m.start() < ext.end()), None)


def _extension_row(clause: str) -> MilitaryExtension | None:
    ext = _EXTENSION_AFTER.search(clause) or _EXTENSION_BEFORE.search(clause)
    if ext is None:
        return None
    extra = _months(ext)
    if extra is None:
        return None
    below = _outside(_BELOW, clause, ext)
    if below is not None:
        served = _months(below)
        inclusive = "or less" in below.group(0).casefold() or "ou moins" in below.group(0).casefold()
        if served is None:
            return None
        return MilitaryExtension(served_months_below=served + inclusive, extra_years=round(extra / 12))
    span = _outside(_MONTHS_RANGE, clause, ext)
    if span is not None:
        return MilitaryExtension(
            served_months_below=int(span.group("upper")) + 1, extra_years=round(extra / 12)
        )
    if _OPEN_END.search(clause):
        return MilitaryExtension(served_months_below=None, extra_years=round(extra / 12))
    return None


def _clauses(sentence: str) -> list[str]:
    """Clauses of a sentence, one per extension it states (a table read as one run of text)."""
    clauses: list[str] = []
    for part in sentence.split(";"):
        after = list(_EXTENSION_AFTER.finditer(part))
        before = [m.start() for m in _EXTENSION_BEFORE.finditer(part)]
        if len(after) + len(before) < 2:
            clauses.append(part)
            continue
        if any(_THRESHOLD_FOLLOWS.match(part, m.end()) for m in after):
            # "by one year for service of less than one year, by two years for ...": cut before each
            cuts = sorted({0, len(part), *(m.start() for m in after[1:]), *before[1:]})
        else:  # "less than 12 months: + 1 year; ...": cut after each
            cuts = sorted({0, len(part), *(m.end() for m in after[:-1]), *before[1:]})
        clauses += [part[a:b] for a, b in pairwise(cuts)]
    return clauses


_SERVICE_REQUIRED = re.compile(
    r"\b(?:male|men)\b[^.;]{0,40}?\b(?:shall|must|should)\s+have\s+(?:completed|fulfilled|finished|done)"
    r"[^.;]{0,40}?\bmilitary\s+service",
    re.IGNORECASE,
)


def military_service_required(ctx: Context) -> bool | None:
    """True when men must have completed (or be exempt from) military service to apply."""
    for sentence in ctx.sentences(having=("military",)):
        m = _SERVICE_REQUIRED.search(sentence.text)
        if m:
            ctx.source("eligibility.military_service_required", sentence.span(*m.span()))
            return True
    return None


def military_service_extension(ctx: Context) -> list[MilitaryExtension]:
    """Extra years on the age limit by months of military service served, ordered, open end last."""
    if not _MILITARY.search(ctx.whole.text):
        return []
    rows: list[MilitaryExtension] = []
    every = ctx.sentences()
    extending = {s.span() for s in ctx.sentences(having=_EXTENSION_WORDS)}
    for index, sentence in enumerate(every):
        if sentence.span() not in extending:
            continue
        # The rows of a list that the sentence opens may each end with ";" and so be sentences of their own.
        for clause in _clauses(sentence.text):
            row = _extension_row(clause)
            if row and row not in rows:
                rows.append(row)
                ctx.source("eligibility.military_service_extension", sentence.span())
        for following in every[index + 1 : index + 6] if rows else ():
            row = _extension_row(following.text)
            if row is None:
                break
            if row not in rows:
                rows.append(row)
                ctx.source("eligibility.military_service_extension", following.span())
    if not rows:
        rows = _table_rows(ctx) or _one_extension(ctx)
    rows.sort(key=lambda r: (r.served_months_below is None, r.served_months_below or 0))
    return rows


_NEGATION = re.compile(r"\b(?:not|no|ne|n['’]|nor|ni)\b", re.IGNORECASE)


def _one_extension(ctx: Context) -> list[MilitaryExtension]:
    """One extension for any completed service, with no tiers: "The age limit is extended by one year
    for candidates who have completed military service"."""
    for sentence in ctx.sentences(having=_EXTENSION_WORDS):
        # "service does not extend the age limit; it is extended by one year per child" is no extension
        if (
            not _MILITARY.search(sentence.text)
            or _BELOW.search(sentence.text)
            or _NEGATION.search(sentence.text)
        ):
            continue
        ext = _EXTENSION_AFTER.search(sentence.text) or _EXTENSION_BEFORE.search(sentence.text)
        extra = _months(ext) if ext else None
        if ext is not None and extra:
            ctx.source("eligibility.military_service_extension", sentence.span(*ext.span()))
            return [MilitaryExtension(served_months_below=None, extra_years=round(extra / 12))]
    return []


def _table_rows(ctx: Context) -> list[MilitaryExtension]:
    """Rows of a table laid out with spaces under a line that speaks of military service ("Less than
    1 year      1 year      1 January 1993"): read from the text as written, where the columns' gaps
    still stand."""
    rows: list[MilitaryExtension] = []
    lines = ctx.lines
    for index, line in enumerate(lines):
        if not _MILITARY.search(line.text):
            continue
        misses = 0
        for following in lines[index + 1 : index + 10]:
            if is_rule(following):
                continue  # a table's rule under its header row
            row = _extension_row(ctx.text[following.start : following.end])
            if row is None:
                misses += 1
                if misses > 2:
                    break
                continue
            if row not in rows:
                rows.append(row)
                ctx.source("eligibility.military_service_extension", following.span())
        if len(rows) >= 2:  # a table of tiers; one such line may be any label and value ("3 years or more")
            return rows
        rows = []
    return rows
