"""Education and experience required by the post: degree levels, alternatives, years, fields."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from jpo.contracts.vacancy import DegreeAlternative, DegreeExperience, DegreeLevel, Education, Experience
from jpo.vacancy.fields.context import Context
from jpo.vacancy.lists import flow
from jpo.vacancy.passage import Passage
from jpo.vacancy.quantities import DURATION, MONTH_UNIT, NUMBER, YEAR_UNIT, to_months, to_number, whole
from jpo.vacancy.vocabulary import DESIRED_STATUS, REQUIRED_STATUS

LEVEL = re.compile(
    r"(?P<doctorate>\bph\.?\s?d\b|\bdoctora(?:te|l)\b|\bdoctorat\b|\bdoctorado\b)"
    r"|(?P<master>\blaurea\s+magistrale|\bmaster(?:'s|’s|s)?\b|\badvanced\s+(?:university\s+)?degree|\bpost-?graduate\b"
    r"|\bgraduate\s+(?:degree|programme|program|studies|level)|\bdipl[ôo]me\s+(?:universitaire\s+)?"
    r"(?:de\s+niveau\s+)?(?:master|sup[ée]rieur|de\s+(?:deuxi[eè]me|2e)\s+cycle)|\bmaîtrise\s+universitaire"
    r"|\bbac\s*\+\s*5|\bmaestr[íi]a\b|\bm[áa]ster\b|\bposgrado\b|\bt[íi]tulo\s+(?:universitario\s+)?(?:avanzado|superior)"
    r"|\bt[íi]tulo\s+de\s+(?:maestr[íi]a|m[áa]ster|posgrado)|\bt[íi]tulo\s+universitario\s+de\s+nivel\s+(?:avanzado|superior)"
    r"|\bdipl[ôo]me\s+universitaire\s+de\s+niveau\s+(?:avanc[ée]|sup[ée]rieur)|\buniversity\s+degree\s+at\s+(?:an\s+)?advanced\s+level)"
    r"|(?P<generic>\buniversity\s+degree|\bdipl[ôo]me\s+universitaire|\bgrado\s+universitario"
    r"|\bt[íi]tulo\s+universitario)"
    r"|(?P<bachelor>\bbachelor(?:'s|’s|s)?\b|\bbacheli[eè]re?\b|\bfirst[\s-]+level\s+(?:university\s+)?degree"
    r"|\bundergraduate\b|\blicence\b|\bbac\s*\+\s*3|\blicenciatura\b"
    r"|\bt[íi]tulo\s+de\s+(?:grado|licenciad[oa]|bachiller)|\blaurea\s+triennale"
    # "o Grado y al menos tres años", "grado en economía" (not the post's "Grado: P-2", nor "título de grado")
    r"|(?<!\bde\s)\bgrado\b(?=\s+(?:y|en|con|acompa[ñn]ado)\b))",
    re.IGNORECASE,
)
RANK: dict[str, int] = {"bachelor": 1, "master": 2, "doctorate": 3}
_SINCE = re.compile(
    r"\b(?:after|following|since|apr[èe]s|depuis|despu[ée]s\s+de(?:l)?|tras|posterior(?:es)?\s+al?)\s+(?:the\s+|their\s+|a\s+|l['’]\s*|le\s+|la\s+"
    r"|el\s+)?(?:obtention\s+(?:du|de\s+la)\s+|completion\s+of\s+(?:the\s+|their\s+)?|obtenci[óo]n\s+del\s+)?"
    r"(?:first\s+|premier\s+|primer\s+)?$",
    re.IGNORECASE,
)
_EQUIVALENT = re.compile(r"\s*(?:[ée]quivalente?s?|equivalent)\b", re.IGNORECASE)
# What may stand between a generic "university degree" and the level that says which one it is.
# "título universitario oficial de Máster": the same degree, its level named after an official's word
_NAMES_ITS_LEVEL = re.compile(
    r"\W{0,3}(?:(?:at|of|de|du|a|an|the|level|niveau|nivel|in|oficial|official|officiel(?:le)?"
    # "Título universitario completado (maestría, Diplom, Magister)", "completed university degree (Master's)"
    r"|complet(?:ed|ado|o)|terminado|concluido|finalizado|obtenu|achev[ée])\W{1,3}){0,3}",
    re.IGNORECASE,
)
# "failing that": a second route, in French, Spanish and English
_FAILING_THAT_WORDS = r"\b[àa]\s+d[ée]faut\b|\ben\s+su\s+defecto\b|\bfailing\s+(?:that|this)\b"
ALTERNATIVE = re.compile(
    r"\bin\s+lieu\b|\binstead\b|\bmay\s+be\s+accepted|\bcan\s+be\s+accepted|\ben\s+lieu\b|\bà\s+la\s+place"
    r"|\bpeut\s+(?:être\s+)?(?:accept|remplac)|\bsubstitut|\ben\s+lugar\s+de|\bpodr[áa]\s+(?:ser\s+)?aceptad"
    r"|\bse\s+aceptar[áa]|\ben\s+sustituci[óo]n|\bpuede\s+(?:ser\s+)?(?:sustitu|reemplaz|aceptad)"
    # "À défaut, un diplôme de premier cycle … pourra être accepté"
    rf"|{_FAILING_THAT_WORDS}"
    r"|\bpourr(?:a|ait|ont)\s+(?:[ée]galement\s+)?(?:[êe]tre\s+)?accept"
    # "… peut tenir lieu de master", "… puede hacer las veces de maestría"
    r"|\btenir\s+lieu\b|\btient\s+lieu\b|\bhacer\s+las\s+veces\b",
    re.IGNORECASE,
)
_FAILING_THAT = re.compile(_FAILING_THAT_WORDS, re.IGNORECASE)
_NEGATIVE = re.compile(
    r"\bnot\s+eligible|\bnot\s+be\s+considered|\bne\s+sont\s+pas|\bnot\s+accepted|\bno\s+(?:son|ser[áa]n)\b",
    re.I,
)
_ENROLLED = re.compile(
    r"\benrolled\b|\bcurrently\s+(?:studying|pursuing)|\bstudents?\b(?!\s+(?:jobs?|work|employment|assistants?))|\binscrit|\bmatriculad|\bestudiantes?\b"
    r"|\b[ée]tudiant|\bexpected\s+to\s+(?:complete|graduate|obtain)|\babout\s+to\s+(?:complete|graduate)"
    r"|\bfinal[\s-]+(?:year|semester|phase|stage)\b|\b(?:fase|etapa)\s+final\b|\bphase\s+finale\b|\bderni[eè]re?\s+(?:ann[ée]e|semestre)\b|\b[úu]ltimo\s+(?:año|semestre)\b"
    r"|\b(?:est[ée]n|est[áa]n?)\s+cursando\b"
    # "ou master en cours", "máster en curso", "a Master's in progress"
    r"|\b(?:master|m[áa]ster|dipl[ôo]me|[ée]tudes|degree|studies)['’]?s?\s+(?:en\s+cours|en\s+curso|in\s+progress)\b"
    # "Applicants who will complete their Master's degree by 30 June 2027", "qui obtiendront leur master …"
    r"|\bwill\s+(?:have\s+)?(?:complete|obtain|finish|receive|earn)(?:ed)?\s+(?:their|his|her|a|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:degree|master|diploma|studies)|\b(?:obtiendront|ach[èe]veront|termineront)\s+(?:leur|son|sa|un|une)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:dipl[ôo]me|master|[ée]tudes)|\b(?:obtengan|finalicen|terminen|concluyan)\s+(?:su|sus|el|la)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:t[íi]tulo|m[áa]ster|estudios|maestr[íi]a)"
    # the degree named just before: "hold a Master's degree, or will have obtained it before the start"
    r"|\bwill\s+(?:have\s+)?(?:complete|obtain|finish|receive|earn)(?:ed)?\s+it\s+(?:before|by|prior\s+to)\b"
    r"|\bl['’]\s*(?:auront\s+obtenu|obtiendront)\s+avant\b|\blo\s+(?:hayan\s+obtenido|obtengan)\s+antes\b",
    re.I,
)
# Said of students in the same clause: they may not apply ("students still enrolled cannot apply").
_STUDENTS_REFUSED = re.compile(
    r"\bcan\s*not\s+(?:apply|be\s+(?:considered|accepted|admitted))|\bmay\s+not\s+apply|\b(?:(?:are|is)\s+not|will\s+not\s+be)\s+(?:eligible|accepted|admitted|considered)"
    r"|\bnot\s+(?:eligible|be\s+considered)|\bexcluded|\bne\s+(?:peuvent|pourront|sont|seront)\s+pas|\bexclu"
    r"|\bno\s+(?:se\s+(?:admitir[áa]n|admiten|aceptan|aceptar[áa]n|considerar[áa]n|consideran)|pueden|podr[áa]n"
    r"|ser[áa]n|son\s+elegibles)|\bne\s+seront\s+pas\s+(?:prises?\s+en\s+(?:compte|consid[ée]ration)|retenue?s?)"
    r"|\bquedan\s+excluid"
    # "being enrolled is not enough", "être inscrit·e ne suffit pas", "estar matriculado no basta"
    r"|\bis\s+not\s+(?:enough|sufficient)|\bne\s+suffit\s+pas|\bno\s+(?:basta|es\s+suficiente)"
    # a note that shuts them out: "Master terminé (pas d'étudiant·e·s)", "(no students)", "(sin estudiantes)"
    r"|\bpas\s+d['’]\s*[ée]tudiant|\bno\s+students\b|\bsin\s+estudiantes|\bno\s+estudiantes",
    re.I,
)
_RECENCY = re.compile(
    rf"(?:graduat|obtain|complet|award|earn|dipl[ôo]m|obten|obtuv|graduad|titulad)\w*[^.;]{{0,80}}?\b"
    rf"(?:within|in|during|au\s+cours|en|dentro\s+de|durante)"
    rf"\s+(?:of\s+)?(?:the\s+|los\s+|las\s+)?(?:last|past|previous|preceding|derni[eè]res?|[úu]ltimos|[úu]ltimas)"
    rf"\s+(?P<n>{NUMBER})\s*(?P<unit>{YEAR_UNIT}|months?|mois|meses)"
    # "obtenido dentro de los tres años anteriores a la fecha de cierre": the "last" after the number
    rf"|(?:graduat|obtain|complet|award|earn|dipl[ôo]m|obten|obtuv|graduad|titulad)\w*[^.;]{{0,80}}?\b"
    rf"(?:within|dentro\s+de|au\s+cours|en|in|dans)\s+(?:of\s+)?(?:the\s+|los\s+|las\s+|des\s+|les\s+)?"
    rf"(?P<n3>{NUMBER})\s*(?P<unit3>{YEAR_UNIT}|months?|mois|meses)\s+"
    rf"(?:anteriores|previos|pr[ée]c[ée]dant|pr[ée]c[ée]dents?|preceding|prior|before)"
    rf"|(?:graduat|obtain|complet|award|earn|dipl[ôo]m|obten|obtuv|graduad|titulad)\w*[^.;]{{0,40}}?"
    rf"\b(?:less\s+than|no\s+more\s+than|not\s+more\s+than|depuis\s+moins\s+de|il\s+y\s+a\s+moins\s+de"
    rf"|hace\s+(?:menos|no\s+m[áa]s)\s+de)\s+(?P<n2>{NUMBER})\s*(?P<unit2>{YEAR_UNIT}|months?|mois|meses)"
    # "obtenu au cours des cinq dernières années", "obtenido en los tres últimos años"
    rf"|(?:obten|obtain|graduat|dipl[ôo]m|obtuv)\w*[^.;]{{0,40}}?\b(?:au\s+cours|dans|within|in|en|durante)\s+"
    rf"(?:des|les|the|los|las)\s+(?P<n5>{NUMBER})\s+(?:derni[eèé]res?|last|past|[úu]ltim[oa]s)\s+"
    rf"(?P<unit5>{YEAR_UNIT}|mois|meses|months?)"
    # "un master obtenu il y a cinq ans au plus", "obtained no more than 5 years ago"
    rf"|(?:obten|obtain|graduat|dipl[ôo]m)\w*[^.;]{{0,40}}?\b(?:il\s+y\s+a|hace|depuis)\s+(?P<n4>{NUMBER})\s*"
    rf"(?P<unit4>{YEAR_UNIT}|mois|meses)\s+(?:au\s+plus|au\s+maximum|como\s+m[áa]ximo)"
    # "diplôme de master obtenu il y a au maximum 24 mois", "obtenido hace como máximo dos años"
    rf"|(?:obten|obtain|graduat|dipl[ôo]m)\w*[^.;]{{0,40}}?\b(?:il\s+y\s+a|hace|depuis)\s+"
    rf"(?:au\s+plus|au\s+maximum|como\s+m[áa]ximo)\s+(?P<n6>{NUMBER})\s*(?P<unit6>{YEAR_UNIT}|mois|meses)"
    # "Your Master's degree must not be more than five years old on the closing date"
    rf"|\b(?:degree|diploma|master['’]?s?)\b[^.;]{{0,30}}?\b(?:must|should|may|can)\s*not\s+be\s+"
    rf"(?:more|older)\s+than\s+(?P<n7>{NUMBER})\s*(?P<unit7>{YEAR_UNIT}|months?)\s+old\b"
    # "Le diplôme de master ne doit pas dater de plus de six ans à la date limite"
    rf"|\b(?:dipl[ôo]me|master|titre)\b[^.;]{{0,30}}?\bne\s+(?:doi(?:t|vent)|devr(?:a|ont))\s+pas\s+dater\s+de\s+"
    rf"plus\s+de\s+(?P<n8>{NUMBER})\s*(?P<unit8>{YEAR_UNIT}|mois)"
    # "le dernier diplôme universitaire datant de quatre ans au plus", "un master datant de moins de 5 ans"
    rf"|\b(?:dipl[ôo]me|master|titre)\b[^.;]{{0,40}}?\bdatant\s+(?:de\s+moins\s+de\s+(?P<n9>{NUMBER})\s*"
    rf"(?P<unit9>{YEAR_UNIT}|mois)|de\s+(?P<n10>{NUMBER})\s*(?P<unit10>{YEAR_UNIT}|mois)\s+au\s+(?:plus|maximum))",
    re.IGNORECASE,
)
_EXPERIENCE_WORD = re.compile(r"\b(?:experience|exp[ée]rience|experiencia)\b", re.IGNORECASE)
# "un an d'expérience", "un (1) an": the article is the number
_ONE = r"(?:\bune?\b|\bone\b|\buno?\b)(?:\s*\(1\))?"
YEARS_OF_EXPERIENCE = re.compile(
    rf"(?P<number>{NUMBER}|{_ONE})\s*(?:\+\s*)?(?:(?:-|–|to|à|a|and|et|y)\s*(?:{NUMBER})\s*)?(?:full[\s-]+time\s+)?(?P<unit>{YEAR_UNIT}|{MONTH_UNIT})['’]?\s+(?:(?:minimum|m[íi]nimo)\s+)?(?:of\s+|d['’]\s*|de\s+)?"
    r"(?:[\w()/-]+,?\s+){0,5}?(?:experience|exp[ée]rience|experiencia|work|working|employment|career)",
    re.IGNORECASE,
)
_YEARS_ALONE = re.compile(rf"(?P<number>{NUMBER}|{_ONE})\s*(?:\+\s*)?{YEAR_UNIT}\b", re.IGNORECASE)
# A labelled value that starts with its years: "Work experience (min.): 3-6 yrs", "at least 2 years in ...".
_BARE_YEARS = re.compile(
    rf"^\W*(?:(?:at\s+least|m[íi]n(?:imum|\.)?(?:\s+of)?|au\s+moins|m[íi]nimo(?:\s+de)?|al\s+menos)\s*)?"
    # a range: "de 2 à 5 ans", "entre 2 y 5 años", "from 2 to 5 years"
    rf"(?:(?:de|entre|between|from)\s+(?=\d))?"
    rf"(?P<number>{NUMBER})\s*(?:\+\s*)?(?:(?:-|–|to|à|a|y|and|et)\s*\d{{1,2}}\s*)?{YEAR_UNIT}\b",
    re.I,
)
# The years after the word: "Work experience (min.) 3-6 yrs", "Professional experience: at least 2 years".
_EXPERIENCE_THEN_YEARS = re.compile(
    rf"\b(?:experience|exp[ée]rience|experiencia)(?:\s+(?:professionnelle|profesional|laboral))?\s*"
    # "(min.)", "(required)", "(min.–max.)"
    rf"(?:\((?:(?:min(?:imum|\.)?|m[íi]n(?:ima|\.)?)(?:\s*[-–/]\s*m[áa]x(?:imum|\.)?)?|required|requise)\)\s*)?"
    rf"[:\-–]?\s*"
    rf"(?:(?:at\s+least|minimum(?:\s+of)?|min\.?|d['’]\s*au\s+moins|au\s+moins|m[íi]nim[oa](?:\s+de)?|de\s+al\s+menos|de)\s+"
    # "une première expérience professionnelle d'un an minimum"
    rf"|d['’]\s*)?"
    # "une première expérience professionnelle (un à trois ans)"
    rf"\(?(?P<number>{NUMBER}|{_ONE})\s*(?:\+\s*)?(?:(?:-|–|to|à|a)\s*(?:\d{{1,2}}|{NUMBER})\s*)?"
    rf"(?P<unit>{YEAR_UNIT}|{MONTH_UNIT})\b",
    re.IGNORECASE,
)
# Years that cap experience rather than require it: "no more than 5 years of experience".
_AT_MOST = re.compile(
    r"(?:no\s+more\s+than|not\s+more\s+than|at\s+most|maximum(?:\s+of)?|\bmax\.|up\s+to|less\s+than|fewer\s+than"
    r"|pas\s+plus\s+de|au\s+maximum|au\s+plus|moins\s+de|no\s+m[áa]s\s+de|m[áa]ximo(?:\s+de)?|menos\s+de|hasta)\s*$",
    re.IGNORECASE,
)
# A range in words: "at least two and at most five years", "au minimum deux ans et au maximum cinq ans".
_AT_LEAST_AND_AT_MOST = re.compile(
    rf"(?:at\s+least|minimum(?:\s+of)?|min\.|au\s+minimum|au\s+moins|(?:un\s+)?m[íi]nimo(?:\s+de)?|al\s+menos)\s+"
    rf"(?P<number>{NUMBER}|{_ONE})\s*(?:{YEAR_UNIT}\s*)?(?:,(?:\s*(?:and|et|y)\b)?|\s(?:and|et|y))\s*(?:d['’]\s*)?(?:at\s+most|(?:a\s+|un\s+|au\s+)?maximum(?:\s+of)?"
    rf"|max\.|(?:un\s+|como\s+)?m[áa]ximo(?:\s+de)?|(?:no|not)\s+more\s+than|pas\s+plus\s+de|au\s+plus)\s+{NUMBER}\s*{YEAR_UNIT}\b",
    re.IGNORECASE,
)
_PREFERRED = re.compile(
    r"\bpreferabl[ey]|\bpreferred|\bdesirable|\ban\s+asset|\bsouhait|\bde\s+pr[ée]f[ée]rence|\bdeseable"
    r"|\bpreferentemente|\bpreferiblemente|\bse\s+valorar[áa]",
    re.I,
)
_AFTER_DEGREE = re.compile(
    r"\b(?:after|following|post)[\s-]+(?:the\s+|your\s+)?(?:first\s+|bachelor|master|university|degree|graduation)|\baprès\s+(?:le|l['’])"
    r"|\bdespu[ée]s\s+de\s+(?:la\s+|obtener|haber)",
    re.I,
)
_FIELDS = re.compile(
    r"\bin\s+(?:one\s+or\s+more\s+of\s+the\s+following\s*(?:areas|fields)?\s*:?\s*)?"
    r"(?:the\s+(?:field|area)s?\s+of\s+)?(?P<fields>[^.;:]+)",
    re.IGNORECASE,
)
_FIELDS_END = re.compile(
    r",?\s*(?:or|and|ou)\s+(?:an?\s+|other\s+)?(?:closely\s+)?(?:related|relevant|similar|equivalent|connexes?)\b.*"
    r"|\s+is\s+(?:required|desirable).*|\s+with\b.*|\s+\(.*",
    re.IGNORECASE,
)


def levels_in(text: str) -> list[tuple[DegreeLevel, int, int]]:
    """Degree levels mentioned in `text`, in order, as (level, start, end)."""
    found: list[tuple[DegreeLevel, int, int]] = []
    matches = list(LEVEL.finditer(text))
    for m, following in zip(matches, [*matches[1:], None], strict=False):
        if (
            m.group("generic")
            and following is not None
            and _NAMES_ITS_LEVEL.fullmatch(text[m.end() : following.start()])
        ):
            continue  # "a university degree (Master's)", "título universitario de máster": the level named
        if m.group("generic") and _EQUIVALENT.match(text, m.end()):
            continue  # "Master (ou diplôme universitaire équivalent)": the same level, in other words
        level: DegreeLevel = (
            "doctorate" if m.group("doctorate") else "master" if m.group("master") else "bachelor"
        )
        found.append((level, m.start(), m.end()))
    return found


def years_of(m: re.Match[str]) -> float | None:
    """The years a match states, its months ("eighteen (18) months of experience") counted as years."""
    number = to_number(m.group("number"))
    unit = m.groupdict().get("unit")
    if number is not None and unit and re.fullmatch(MONTH_UNIT, unit, re.IGNORECASE):
        return round(number / 12, 2)
    return number


def degree_pairs(sentence: str) -> list[DegreeExperience]:
    """Each degree level a sentence names with the years of experience it asks for alongside it
    ("a Master's with 2 years ... or a Bachelor's with 4 years"); an "in lieu" sentence gives one."""
    levels = levels_in(sentence)
    # "un master et deux ans ; à défaut, une licence et quatre ans": "failing that" alone opens a second
    # route with its own years, not years in lieu
    first = ALTERNATIVE.search(sentence)
    alternative = first is not None and (
        not _FAILING_THAT.fullmatch(first.group())
        or any(not _FAILING_THAT.fullmatch(m.group()) for m in ALTERNATIVE.finditer(sentence, first.end()))
    )
    pairs: list[DegreeExperience] = []
    for index, (level, start, end) in enumerate(levels):
        if pairs and pairs[-1].level == level:
            continue
        if pairs and _SINCE.search(sentence, max(0, start - 40), start):
            continue  # "… two years of experience after the first university degree": when they count from
        if alternative and pairs:
            break
        stop = next((s for lv, s, _ in levels[index + 1 :] if lv != level), len(sentence))
        # "… y acreditar una experiencia profesional mínima de dos años": the years after the word
        # "at least two and at most four years of experience": the years asked for are the first
        years = (
            _AT_LEAST_AND_AT_MOST.search(sentence, end, stop)
            or YEARS_OF_EXPERIENCE.search(sentence, end, stop)
            or _EXPERIENCE_THEN_YEARS.search(sentence, end, stop)
        )
        # "Master's holders with at least one year, or Bachelor's holders with three years, of experience";
        # "a Master's … with two years of experience, or a Bachelor's … with four years": the word said once
        said_once = _EXPERIENCE_WORD.search(sentence, stop if stop < len(sentence) else end) is not None
        if years is None and (said_once or (pairs and pairs[-1].min_years)):
            years = _YEARS_ALONE.search(sentence, end, stop)
        number = years_of(years) if years else None
        if number is None and alternative:
            continue
        pairs.append(DegreeExperience(level=level, min_years=whole(number or 0)))
    if len(pairs) >= 2 and not any(pair.min_years for pair in pairs):
        return _years_before(sentence, levels) or pairs
    return pairs


def _years_before(sentence: str, levels: list[tuple[DegreeLevel, int, int]]) -> list[DegreeExperience]:
    """The years stated before each degree ("au moins deux années d'expérience s'ils sont titulaires d'un
    master, ou d'au moins quatre années s'ils sont titulaires d'un bachelier"), each from the end of the
    degree before it."""
    pairs: list[DegreeExperience] = []
    since = 0
    for level, start, end in levels:
        years = YEARS_OF_EXPERIENCE.search(sentence, since, start) or _YEARS_ALONE.search(
            sentence, since, start
        )
        number = years_of(years) if years else None
        if number is None:
            return []
        if all(pair.level != level for pair in pairs):
            pairs.append(DegreeExperience(level=level, min_years=whole(number)))
        since = end
    return pairs


def _under_both_headings(ctx: Context) -> list[Passage]:
    """The sentences of an education section whose heading names experience too ("Formación y experiencia
    requeridas")."""
    blocks = [
        block
        for block in ctx.structure.blocks
        if block.kind == "education"
        and block.heading is not None
        and _EXPERIENCE_WORD.search(block.heading.title)
    ]
    return [sentence for block in blocks for sentence in flow(block.lines).sentences()]


def _sentences(ctx: Context, kind: str) -> list[Passage]:
    """The sentences of the field's own section, else of the qualifications, else of the programme's
    rules (some notices state the degree and years only among the programme's conditions)."""
    return _alternatives_joined(
        ctx.sentences(kind) or ctx.sentences("qualifications") or ctx.sentences("programme")
    )


_ENDS_ON_OR = re.compile(r"[;,]\s*(?:or|o|ou|u)$", re.IGNORECASE)


def _alternatives_joined(sentences: list[Passage]) -> list[Passage]:
    """A list item that ends on "; or" ("- Master's … with two years; or" / "- Bachelor's … with four
    years") read as one sentence with the item after it: together they state one requirement."""
    joined: list[Passage] = []
    for sentence in sentences:
        if joined and _ENDS_ON_OR.search(joined[-1].text):
            joined[-1] = Passage.concat([joined[-1], sentence], sep=" ")
        else:
            joined.append(sentence)
    return joined


def _fields(text: str) -> list[str]:
    m = _FIELDS.search(text)
    if not m:
        return []
    listed = _FIELDS_END.sub("", m.group("fields"))
    parts = re.split(r",\s*(?:or\s+|and\s+)?|\s+or\s+|\s+ou\s+", listed)
    return [p.strip() for p in parts if 1 <= len(p.split()) <= 8 and p.strip()]


def _main_requirement(sentences: Iterable[Passage]) -> Passage | None:
    for sentence in sentences:
        # a refusal in one clause ("; students are not eligible") leaves the others standing
        for part in _clauses(sentence) if _NEGATIVE.search(sentence.text) else [sentence]:
            if not levels_in(part.text) or _NEGATIVE.search(part.text):
                continue
            if not ALTERNATIVE.search(part.text):
                return part
            head = _before_lower_route(part) or _clause_before_alternative(part)
            if head is not None:
                return head
    return None


def _before_lower_route(sentence: Passage) -> Passage | None:
    """ "A Master's in …, or a licence with two more years in lieu of the Master's": the requirement
    before the lower degree's route, when the sentence states both."""
    mentioned = levels_in(sentence.text)
    if not mentioned:
        return None
    first = mentioned[0]
    for level, start, _ in mentioned[1:]:
        joiner = _OR_BEFORE.search(sentence.text[max(0, start - 16) : start])
        if RANK[level] < RANK[first[0]] and joiner is not None:
            head = sentence.sub(0, max(0, start - 16) + joiner.start()).strip(" ,;(")
            return head if levels_in(head.text) and not ALTERNATIVE.search(head.text) else None
    return None


def _clause_before_alternative(sentence: Passage) -> Passage | None:
    """ "Master en économie … ; à défaut, diplôme de premier cycle complété par deux années …": the clause
    before the one admitting a lower degree, when it names a degree and no alternative itself."""
    clauses = _clauses(sentence)
    head = clauses[0]
    if len(clauses) >= 2 and levels_in(head.text) and not ALTERNATIVE.search(head.text):
        return head
    return None


_ADDITIONAL = re.compile(
    r"\b(?:additional|more|further|extra|suppl[ée]mentaires?|compl[ée]mentaires?|adicionales?|m[áa]s)\b",
    re.IGNORECASE,
)


_ANSWERED_YES = re.compile(r"^(?:yes|oui|s[íi])\b", re.IGNORECASE)


def _alternative(
    ctx: Context, sentences: list[Passage], minimum: DegreeLevel, main_years: float
) -> DegreeAlternative | None:
    """The lower degree an "in lieu" sentence admits and its extra years: as stated when they are
    "additional", else beyond the years the minimum degree asks for itself ("a Master's with two years
    …; a Bachelor's with four years may be accepted in lieu": two more)."""
    for index, sentence in enumerate(sentences):
        if not ALTERNATIVE.search(sentence.text):
            continue
        lower = [lv for lv in levels_in(sentence.text) if RANK[lv[0]] < RANK[minimum]]
        years = DURATION.search(sentence.text)
        answer = sentences[index + 1] if index + 1 < len(sentences) else None
        if years is None and sentence.text.endswith("?") and answer is not None:
            # a form's question and its answer: "May a Bachelor's degree be accepted in lieu of the Master's
            # degree?" / "Yes, with two additional years of relevant experience" ("No": none admitted)
            if not _ANSWERED_YES.match(answer.text):
                continue
            sentence = Passage.concat([sentence, answer], sep=" ")
            years = DURATION.search(sentence.text)
        number = to_number(years.group("number")) if years else None
        if lower and years and number:
            stated = to_months(number, years.group("unit")) / 12
            if not _ADDITIONAL.search(years.group(0)) and 0 < main_years < stated:
                stated -= main_years
            ctx.source("education.alternative", sentence.span())
            return DegreeAlternative(level=lower[0][0], extra_experience_years=whole(stated))
    return None


def education(ctx: Context) -> Education:
    """Minimum degree, its lower alternative, fields, and whether students or recent graduates qualify."""
    sentences = _sentences(ctx, "education")
    main = _main_requirement(sentences)
    if main is None:
        return Education()
    mentioned = levels_in(main.text)
    # "a Master's ... (or a Bachelor's with additional experience)": the lower degree is the alternative
    qualified = [
        m for m in mentioned
        if _OR_BEFORE.search(main.text[max(0, m[1] - 16) : m[1]]) and _WITH_EXPERIENCE.match(main.text, m[2])
    ]  # fmt: skip
    if len({m[0] for m in mentioned}) > 1 and qualified and len(qualified) < len(mentioned):
        mentioned = [m for m in mentioned if m not in qualified]
    level, start, end = min(mentioned, key=lambda found: RANK[found[0]])
    # "a first degree in veterinary medicine and a master's in public health": both asked, the higher rules
    both = [
        m for m in mentioned
        if RANK[m[0]] > RANK[level] and _AND_BEFORE.search(main.text[max(0, m[1] - 24) : m[1]])
        and not _wished(main.text, m[0])
    ]  # fmt: skip
    if both:
        level, start, end = max(both, key=lambda found: RANK[found[0]])
    ctx.source("education.minimum_level", main.span(start, end))
    following = next((s for _, s, _ in mentioned[1:] if s > mentioned[0][2] + 40), len(main.text))
    result = Education(minimum_level=level, fields=_fields(main.text[mentioned[0][2] : following]))
    # the years the minimum degree asks for itself, in its own sentence or another of the section ("A Master's
    # degree must be combined with at least two years …")
    own_years = next(
        (
            p.min_years
            for s in [main, *sentences]
            for p in degree_pairs(s.text)
            if p.level == level and p.min_years
        ),
        0,
    )
    result.alternative = (
        _alternative(ctx, sentences, level, own_years)
        or _stated_alternative(ctx, main, qualified, level, own_years)
        or _programme_alternative(ctx, qualified, level)
    )
    _paired_alternative(ctx, main, result)
    # Students are spoken of beside a degree: in the requirement itself, in another sentence of the
    # section that names a degree ("students in the last semester of a master's are also considered"),
    # or among the programme's rules.
    # ("Le diplôme doit avoir été obtenu il y a moins de quatre ans": a degree's age, no level named)
    degrees = [s for s in sentences if s is not main and (levels_in(s.text) or _degrees_age(s.text))]
    programme = [
        s
        for s in ctx.sentences("programme", "how_to_apply")
        if levels_in(s.text) or (_speaks_of_students(s.text) and _STUDIES.search(s.text))
    ]
    for sentence in [main, *degrees, *programme]:
        for clause in _clauses(sentence):  # "a master's within 3 years; students are not eligible"
            if not _NEGATIVE.search(clause.text):
                _read_students_and_recency(ctx, clause, result)
    return result


_STUDENT_HINTS = (
    "student", "estudiant", "étudiant", "etudiant", "final", "últim", "ultim", "derni", "enrol", "inscri",
    "matricul", "cursando", "en cours", "en curso", "in progress", "will complete", "obtendr", "obtiendr",
    "fase", "phase",
)  # fmt: skip


def _speaks_of_students(text: str) -> bool:
    """Whether a sentence may speak of students (cheap words first, the pattern then)."""
    lower = text.casefold()
    return any(hint in lower for hint in _STUDENT_HINTS) and _ENROLLED.search(text) is not None


# A degree or studies named without their level: "la fase final del estudio … si el título está disponible"
_STUDIES = re.compile(r"\b(?:stud(?:y|ies)|[ée]tudes|estudios?|t[íi]tulo|dipl[ôo]me|degree)\b", re.IGNORECASE)
_AND_BEFORE = re.compile(
    r"\b(?:and|et|y|as\s+well\s+as|ainsi\s+qu['’]\s*(?:un|une)?|as[íi]\s+como)\s+"
    r"(?:an?\s+|une?\s+|un\s+|el\s+|la\s+|del?\s+)?(?:[\w-]+\s+(?:de\s+|of\s+)?)?$",
    re.IGNORECASE,
)
_OR_BEFORE = re.compile(
    r"\b(?:or|ou|o)\s+(?:an?\s+|une?\s+|un\s+|el\s+|la\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
_WITH_EXPERIENCE = re.compile(
    r"[^.;()]{0,40}?(?:\b(?:with|plus|and|combined\s+with|in\s+combination\s+with|avec|et|con|y)\b|\+)\s*"
    r"(?:[\w-]+\s+){0,7}?(?:experience|exp[ée]rience|experiencia|exp\b|yrs?\b)",
    re.IGNORECASE,
)


def _stated_alternative(
    ctx: Context,
    main: Passage,
    qualified: list[tuple[DegreeLevel, int, int]],
    minimum: DegreeLevel,
    main_years: float,
) -> DegreeAlternative | None:
    """A lower degree given with its own years: "Master's (or Bachelor's + 2 yrs qualifying exp.)"; years
    not said to be additional count beyond those the minimum degree asks for itself."""
    for level, _, end in qualified:
        qualifier = _WITH_EXPERIENCE.match(main.text, end)
        years = DURATION.search(main.text, end, qualifier.end()) if qualifier else None
        number = to_number(years.group("number")) if years else None
        if RANK[level] < RANK[minimum] and years and number:
            ctx.source("education.alternative", main.span(end, years.end()))
            stated = to_months(number, years.group("unit")) / 12
            if not _ADDITIONAL.search(years.group(0)) and 0 < main_years < stated:
                stated -= main_years
            return DegreeAlternative(level=level, extra_experience_years=whole(stated))
    return None


def _programme_alternative(
    ctx: Context, qualified: list[tuple[DegreeLevel, int, int]], minimum: DegreeLevel
) -> DegreeAlternative | None:
    """The extra years of a lower degree the post admits "with additional experience", as the
    programme's rules set them ("a Master's and 2 years, or a Bachelor's and 4 years")."""
    lower = {level for level, _, _ in qualified if RANK[level] < RANK[minimum]}
    for sentence in ctx.sentences("programme"):
        pairs = {pair.level: pair.min_years for pair in degree_pairs(sentence.text)}
        for level in lower:
            if minimum in pairs and level in pairs and pairs[level] > pairs[minimum]:
                ctx.source("education.alternative", sentence.span(), inferred=True)
                return DegreeAlternative(
                    level=level, extra_experience_years=whole(pairs[level] - pairs[minimum])
                )
    return None


def _clauses(sentence: Passage) -> list[Passage]:
    bounds = [0, *(m.start() for m in re.finditer(";", sentence.text)), len(sentence.text)]
    return [sentence.sub(a, b).strip(" ;") for a, b in pairwise(bounds)]


def _paired_alternative(ctx: Context, main: Passage, result: Education) -> None:
    """For "a Master's with 2 years of experience, or a Bachelor's with 4 years", the higher degree is
    the minimum and the lower one its alternative with the difference in years."""
    pairs = degree_pairs(main.text)
    if len({p.level for p in pairs}) < 2 or not any(p.min_years for p in pairs):
        return
    top = max(pairs, key=lambda p: RANK[p.level])
    lower = [p for p in pairs if RANK[p.level] < RANK[top.level] and p.min_years > top.min_years]
    if not lower or _wished(main.text, top.level):  # "a Bachelor's with 2 years; a Master's is preferred"
        return
    result.minimum_level = top.level
    # the lower degree's years count beyond the top degree's own years, when it asks for some
    if result.alternative is None or top.min_years:
        extra = whole(lower[0].min_years - top.min_years)
        result.alternative = DegreeAlternative(level=lower[0].level, extra_experience_years=extra)
        ctx.source("education.alternative", main.span())


_DEGREE_WORDS = ("dipl", "degree", "título", "titulo", "obten", "obtain", "graduat")


def _degrees_age(text: str) -> bool:
    lower = text.casefold()
    return any(word in lower for word in _DEGREE_WORDS) and _RECENCY.search(text) is not None


def _refused(text: str, at: int) -> bool:
    """Whether the clause holding `at` refuses those it speaks of."""
    start, end = text.rfind(";", 0, at) + 1, text.find(";", at)
    return bool(_STUDENTS_REFUSED.search(text[start : end if end >= 0 else len(text)]))


def _read_students_and_recency(ctx: Context, sentence: Passage, result: Education) -> None:
    enrolled = _ENROLLED.search(sentence.text)
    if not result.enrolled_accepted and enrolled and not _refused(sentence.text, enrolled.start()):
        result.enrolled_accepted = True
        ctx.source("education.enrolled_accepted", sentence.span())
    recency = _RECENCY.search(sentence.text)
    # each wording has its own pair of groups: the number and its unit
    found = next((key for key in ("", *"23456789", "10") if recency and recency.group(f"n{key}")), None)
    number = to_number(recency.group(f"n{found}")) if recency and found is not None else None
    if result.graduated_within_months is None and recency and number:
        result.graduated_within_months = to_months(number, recency.group(f"unit{found}"))
        ctx.source("education.graduated_within_months", sentence.span(*recency.span()))


_PREFERENCE_AFTER = re.compile(
    r"\b(?:is|are|would\s+be)\s+(?:highly\s+)?(?:preferred|desirable|desired|an\s+asset|an\s+advantage)"
    r"|\b(?:est|sont|serai(?:en)?t|ser(?:a|ont)|constitue(?:ra|rai)?(?:n?t)?)\s+(?:souhaitables?|un\s+(?:atout|avantage|plus)"
    r"|des\s+atouts|souhait[ée]e?s?)"
    r"|\b(?:es|son|ser[áa]n?|constituye|constituir[áa])\s+(?:deseables?|una\s+ventaja)"
    # the wish right after the years: "2 ans minimum souhaités", "two years preferred", "dos años deseables"
    r"|\b(?:ans|ann[ée]es|years?|a[ñn]os)\s+(?:minimum\s+|au\s+minimum\s+|m[íi]nimo\s+)?(?:souhait[ée]e?s|souhaitables?"
    r"|desired|preferred|deseables?|deseados?)\b",
    re.IGNORECASE,
)


# Where the clause of the years ends: a semicolon, or another experience it goes on to ("; une
# expérience en Afrique de l'Ouest est un atout" wishes for that one, not for the years).
_CLAUSE_END = re.compile(
    r";|,\s*(?:and\s+|et\s+|y\s+)?(?:an?|une|una|la|some|any|prior|toute)\s+(?:[\w-]+\s+)?(?:experience|exp[ée]rience|experiencia)\b",
    re.IGNORECASE,
)


def _is_preferred(sentence: str, years_at: int) -> bool:
    """Years wished for rather than required: "preferably 2 years", "2 years ... is desirable"."""
    end = _CLAUSE_END.search(sentence, years_at)
    after = sentence[: end.start()] if end else sentence
    cell_start = sentence.rfind("|", 0, years_at) + 1  # a table's "Desirable" column heads another cell
    wished_before = _PREFERRED.search(sentence, cell_start, years_at)
    return bool(wished_before or _PREFERENCE_AFTER.search(after, years_at))


def _wished(sentence: str, level: DegreeLevel) -> bool:
    """Whether the sentence names `level` as a wish ("a Master's degree is preferred")."""
    return any(
        _PREFERENCE_AFTER.search(sentence[end : end + 30])
        or _PREFERRED.search(sentence[max(0, start - 20) : start])
        for found, start, end in levels_in(sentence)
        if found == level
    )


def _main_with_years(ctx: Context) -> list[Passage]:
    """The education requirement when it carries the years of experience ("a Master's with 2 years")."""
    main = _main_requirement(_sentences(ctx, "education"))
    pairs = degree_pairs(main.text) if main is not None else []
    if main is None or not pairs or not pairs[0].min_years:
        return []
    return [main]


# A label that names both ends of the range it gives: "Expérience professionnelle (min.–max.) : 2 à 5 ans"
_MIN_MAX = re.compile(r"\bm[íi]n(?:imum|\.)?\s*[-–/]\s*m[áa]x(?:imum|\.)?", re.IGNORECASE)


# A maximum named after its years: "2 years minimum, 6 years maximum, of professional experience"
_MAXIMUM_AFTER = re.compile(r"\s*(?:maximum|max\.|au\s+maximum|au\s+plus|m[áa]ximo|como\s+m[áa]ximo)\b", re.I)


def _caps(text: str, m: re.Match[str]) -> bool:
    if m.groupdict().get("unit") and _MAXIMUM_AFTER.match(text, m.end("unit")):
        return True
    return bool(_AT_MOST.search(_MIN_MAX.sub(" ", text[max(0, m.start() - 30) : m.start()])))


# Years stated per degree, the degree in brackets: "2 ans (avec un master) ou 4 ans (avec une licence)".
_YEARS_WITH_DEGREE = re.compile(
    rf"(?P<number>{NUMBER}|{_ONE})\s*(?P<unit>{YEAR_UNIT})\s*\((?:with|avec|con)\s+(?:an?\s+|une?\s+|el\s+|la\s+|una?\s+)?"
    r"(?P<degree>[^()]{2,40})\)",
    re.IGNORECASE,
)


def _years_with_the_top_degree(text: str) -> re.Match[str] | None:
    """Of years stated per degree, those that go with the highest degree: the post's own minimum."""
    paired = [(levels_in(m.group("degree")), m) for m in _YEARS_WITH_DEGREE.finditer(text)]
    ranked = [(RANK[levels[0][0]], m) for levels, m in paired if levels]
    return max(ranked, key=lambda pair: pair[0])[1] if len(ranked) >= 2 else None


_AGE_WORDS = re.compile(r"\b(?:born|n[ée](?:·?e)?\b|nacid[oa]|age|[âa]ge|edad)\b", re.IGNORECASE)


def _years_in(sentence: Passage, stated: bool) -> tuple[re.Match[str], float] | None:
    """The required years a sentence states, and where, if it states any."""
    m = _years_with_the_top_degree(sentence.text)
    m = m or next(
        (m for m in YEARS_OF_EXPERIENCE.finditer(sentence.text) if not _caps(sentence.text, m)), None
    )
    if m is None:
        m = _EXPERIENCE_THEN_YEARS.search(sentence.text) or _AT_LEAST_AND_AT_MOST.search(sentence.text)
    # a labelled value that starts with its years, not an age ("30 ans max. : né·e le 1er janvier 1996 …")
    if m is None and stated and not _AGE_WORDS.search(sentence.text):
        m = _BARE_YEARS.search(sentence.text)
    number = years_of(m) if m else None
    return (m, number) if m is not None and number is not None else None


# A maximum written as a refusal of more: "more than five years … not considered", "plus de cinq ans … ne
# seront pas retenues", "no deberán acreditar más de seis años".
_BEYOND = re.compile(r"(?:more\s+than|plus\s+de|m[áa]s\s+de)\s*$", re.IGNORECASE)
_REFUSED = re.compile(r"\b(?:not|no|ne|instead)\b|\bn['’]", re.IGNORECASE)


def _other_minimums(ctx: Context, stated: list[Passage], kept: float) -> None:
    """Warn when another sentence (not a degree-and-years alternative, not a wish) asks for other years."""
    others = set()
    for sentence in stated:
        found = _years_in(sentence, True)
        if found is None or levels_in(sentence.text) or _is_preferred(sentence.text, found[0].start()):
            continue
        if _BEYOND.search(sentence.text, 0, found[0].start()) and _REFUSED.search(sentence.text):
            continue  # "Candidates with more than five years … will not be considered": a maximum
        if found[1] != kept:
            others.add(whole(found[1]))
    if others:
        listed = ", ".join(f"{n:g}" for n in sorted(others))
        ctx.warn("experience.min_years", f"the ToR also asks for {listed} years of experience; kept {kept:g}")


_YEARS_IN_LABEL = re.compile(
    rf"^\W*(?:work\s+|professional\s+)?(?:experience|exp[ée]rience|experiencia)\b.*\b{NUMBER}\s*{YEAR_UNIT}\W*$"
    # a form's label asking for the years, its answer the value: "Minimum years of relevant experience: 2"
    # (not a job board's band, "Years of experience: 0-2 years")
    r"|^\W*(?:minimum\s+(?:number\s+of\s+)?|number\s+of\s+|nombre\s+(?:minimum\s+)?d['’]\s*|n[úu]mero\s+(?:m[íi]nimo\s+)?de\s+)"
    r"(?:years?|ann[ée]es|a[ñn]os)\s+(?:of|d['’]|de)\s*"
    r"(?:[\w-]+\s+){0,3}?(?:experience|exp[ée]rience|experiencia)\b",
    re.IGNORECASE,
)


_BARE_NUMBER = re.compile(r"^\d{1,2}(?:\s*\+|\s+or\s+more|\s+ou\s+plus|\s+o\s+m[áa]s)?$", re.IGNORECASE)


def _years_answered(value: Passage) -> Passage | None:
    """A form's answer that is a bare number under a label asking for the years ("Minimum years of relevant
    work experience: 2"), read as that many years."""
    if not _BARE_NUMBER.match(value.text):
        return None
    return Passage(f"{value.text} years", value.offsets + (value.offsets[-1],) * len(" years"))


# A form asking whether experience is asked for or wished for, and its answer: "Is the work experience
# requirement mandatory or desirable? Desirable", "Expérience (obligatoire ou souhaitable) : Souhaitable"
_STATUS_ASKED = re.compile(
    rf"\b(?:experience|exp[ée]rience|experiencia)\b[^?:\n]{{0,60}}?\b(?:{REQUIRED_STATUS}|{DESIRED_STATUS})\s+"
    rf"(?:or|ou|o)\s+(?:{REQUIRED_STATUS}|{DESIRED_STATUS})\W*?[?:]\s*(?P<answer>[^\W\d][\w\s]*?)\W*$",
    re.IGNORECASE,
)
_DESIRED_ANSWER = re.compile(rf"^(?:{DESIRED_STATUS})$", re.IGNORECASE)


def _answered_desired(ctx: Context, sentences: list[Passage]) -> bool:
    """Whether a form answers its question on the experience's status with a wish ("Desirable"), in a
    sentence and the next or as a heading and its first line."""
    texts = [sentence.text for sentence in sentences]
    following = [*texts[1:], ""][: len(texts)]
    asked = [
        f"{text} {after}" if text.endswith("?") else text
        for text, after in zip(texts, following, strict=True)
    ]
    asked += [
        f"{block.heading.line.text} {block.lines[0].text if block.lines else ''}"
        for block in ctx.structure.blocks
        if block.heading is not None and _EXPERIENCE_WORD.search(block.heading.line.text)
    ]
    for text in asked:
        m = _STATUS_ASKED.search(text)
        if m is not None:
            return bool(_DESIRED_ANSWER.match(m.group("answer").strip()))
    return False


def experience(ctx: Context) -> Experience:
    """Minimum years of experience, whether they are only preferred, and in which fields."""
    stated = _sentences(ctx, "experience")
    if not ctx.sentences("experience"):  # "Education and experience required": the years under that heading
        stated = [*_under_both_headings(ctx), *stated]
    # a label that carries the years itself: "Experiencia laboral (min.) 2 años: experiencia profesional en …"
    stated += [
        _years_answered(pair.value) or Passage(ctx.lines[at].text, ctx.lines[at].offsets)
        for pair in ctx.structure.pairs
        if _YEARS_IN_LABEL.match(pair.label)
        and pair.value.offsets
        and (at := ctx.line_at(pair.value.offsets[0])) is not None
    ]
    with_years = [
        (sentence, found)
        for sentence in [*stated, *_main_with_years(ctx)]
        if (found := _years_in(sentence, sentence in stated)) is not None
    ]
    # Years beside a degree are that degree's ("a Bachelor's with two additional years ... in lieu of a
    # Master's"): a sentence of years alone, when there is one, states the post's own minimum.
    with_years.sort(key=lambda pair: bool(levels_in(pair[0].text)))
    if not with_years:
        # "Une première expérience … serait souhaitable": experience wished for, no years stated
        wished = any(_PREFERRED.search(s.text) and _EXPERIENCE_WORD.search(s.text) for s in stated)
        return Experience(preferred=wished or _answered_desired(ctx, stated))
    sentence, (m, number) = with_years[0]
    ctx.source("experience.min_years", sentence.span(*m.span()))
    preferred = _is_preferred(sentence.text, m.start()) or _answered_desired(ctx, stated)
    if not preferred and not levels_in(sentence.text):
        _other_minimums(ctx, stated, number)
    return Experience(
        min_years=whole(number),
        preferred=preferred,
        fields=_fields(sentence.text[m.end() :]) if sentence in stated else [],
        after_first_degree=bool(_AFTER_DEGREE.search(sentence.text)),
    )
