"""The donor programme behind the post, and the nationalities it admits."""

from __future__ import annotations

import re

from jpo.geo.countries import find_countries
from jpo.geo.sponsors import find_sponsor_offices
from jpo.geo.stations import find_stations_in
from jpo.vacancy.fields.context import Context, search
from jpo.vacancy.passage import Passage

_SPONSORED = re.compile(
    r"\b(?:sponsored|funded|financed|supported)\s+by\s+(?:the\s+)?"
    r"|\bfinanc[ée]e?\s+par\s+(?:le\s+|la\s+|l['’]\s*)?"
    r"|\b(?:JPO|junior\s+professional\s+officers?|associate\s+experts?|APO)\s+(?:programm?e|scheme)\s+"
    r"(?:of|from|for)\s+(?:the\s+)?"
    # "programme JPO de la Confédération suisse", not "Programme des Nations Unies pour le développement"
    r"|\bprogramme\s+(?:JPO\s+)?(?:de\s+la\s+|du\s+|de\s+l['’]\s*|des\s+)(?!Nations\s+Unies)",
    re.IGNORECASE,
)
_DEMONYM_PROGRAMME = re.compile(
    r"(?P<who>[A-Z][\w.]+)\s+(?:JPO|Junior\s+Professional\s+Officers?|Associate\s+Experts?)\s+Program",
)
_SPONSOR_WORDS = ("sponsor", "fund", "financ", "support", "program")
_NATIONALITY = re.compile(
    r"\b(?:citizenship|citizens?|nationals|national\s+of|nationalit(?:y|ies)|nationalit[ée]s?|ressortissants?"
    # (not "los idiomas nacionales de Suiza (alemán, francés o italiano)": languages)
    r"|citoyennet[ée]|passport\s+holders?|(?<!idiomas\s)(?<!lenguas\s)nacionales|nacionalidad(?:es)?|ciudadan[oa]s"
    r"|ciudadan[íi]a)\b",
    re.IGNORECASE,
)
# Words that keep a country's nationals out, before the country ("except Kenya") or after it
# ("Kenyan nationals are not eligible"), within its clause and with no other country between.
_REFUSAL_FIRST = (
    r"(?:\bexcept(?:ing)?|\bexcluding|\bother\s+than|\bwith\s+the\s+exception\s+of|\bnot\s+(?:open|available)\s+to"
    r"|\bn['’]\s*est\s+pas\s+ouvert|\bno\s+est[áa]\s+abierto"
    r"|\bsauf|\b[àa]\s+l['’]\s*exception\s+d|\bhormis|\bexcepto|\bsalvo|\bcon\s+excepci[óo]n\s+de"
    # the refusal first: "No pueden postular las personas de nacionalidad peruana"
    r"|\bno\s+(?:pueden|podr[áa]n)\s+(?:postular|participar|presentarse|aplicar|optar|acceder)|\bno\s+se\s+(?:admitir[áa]n|aceptar[áa]n|admiten|aceptan|admite|acepta)"
    r"|\bne\s+(?:peuvent|pourront)\s+pas\s+(?:postuler|candidater|participer)|\bne\s+seront\s+pas\s+(?:accept|admis|recevab)"
    r"|\b(?:cannot|may\s+not)\s+apply\s*:)\b"
)
_EXCLUDED_BEFORE = re.compile(_REFUSAL_FIRST + r"[^;]{0,80}$", re.IGNORECASE)
_REFUSED_EARLIER = re.compile(_REFUSAL_FIRST, re.IGNORECASE)
_EXCLUDED_AFTER = re.compile(
    r"^[^;.]{0,60}?\b(?:(?:is|are|will\s+be|shall\s+be)\s+(?:not\s+eligible|ineligible|excluded|not\s+considered"
    r"|not\s+accepted)|(?:cannot|can\s*not|may\s+not|must\s+not|will\s+not\s+be\s+able\s+to)\s+(?:apply"
    r"|be\s+(?:considered|assigned|appointed|posted|recruited|selected|placed|hired|employed|deployed))"
    # "Saudi nationals who also hold Lebanese nationality will not be assigned to Lebanon"
    r"|(?:will|shall)\s+not\s+be\s+(?:assigned|appointed|posted|deployed|placed)"
    r"|ne\s+(?:sont|seront)\s+(?:toutefois\s+|cependant\s+|donc\s+)?pas\s+(?:[ée]ligibles|admis|admissibles|recevables)"
    # ("ne peuvent toutefois pas postuler", "ne pourront en aucun cas postuler")
    r"|ne\s+(?:peuvent|pourront)\s+(?:toutefois\s+|cependant\s+|donc\s+|en\s+aucun\s+cas\s+)?(?:pas\s+)?"
    r"(?:postuler|candidater|pr[ée]senter|participer|faire\s+acte\s+de\s+candidature)"
    # "ne peuvent (pas) être retenu(e)s": the literary negation leaves out its "pas"
    r"|ne\s+(?:peuvent|pourront)\s+(?:toutefois\s+|cependant\s+|donc\s+|en\s+aucun\s+cas\s+)?(?:pas\s+)?[êeé]tre\s+"
    r"(?:candidat|retenu|affect|nomm|recrut|plac|engag|d[ée]ploy|admis)"
    r"|n['’]\s*(?:est|sont)\s+pas\s+(?:[ée]ligibles?|admis)|(?:sont|seront)\s+exclu"
    r"|no\s+(?:son|ser[áa]n)\s+(?:elegibles|admitid|aceptad)|no\s+(?:pueden|podr[áa]n)\s+(?:postular|participar|presentar|aplicar|optar|acceder"
    r"|ser\s+(?:asignad|destinad|nombrad|contratad|seleccionad|ubicad|emplead|considerad))"
    r"|(?:quedan|est[áa]n)\s+excluid"
    # a slide's short form: "Double nationalité suisse-ivoirienne : pas d'affectation en Côte d'Ivoire"
    r"|(?:pas|aucune)\s+d['’]\s*affectation\s+(?:en|au|aux|[àa]|dans)\b|no\s+(?:assignment|posting)\s+(?:in|to)\b"
    r"|sin\s+destino\s+en\b)",
    re.IGNORECASE,
)

# A country named as a place in a sentence about nationality ("the post is based in Guyana", "not in
# George Town, Malaysia", "résidant au Niger") says where, not who: neither admitted nor excluded.
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|based\s+in|located\s+in|living\s+in|residing\s+in|resident\s+in|à|au|aux|dans|en)\s+"
    # a duty station's label: "lieu d'affectation : Bol, Tchad"
    r"|(?i:lieu\s+d['’]\s*affectation|duty\s+station|place\s+of\s+assignment|lugar\s+de\s+destino|destino)\s*:\s*"
    # where someone is posted: "no podrán ser destinadas a Guinea Ecuatorial", "ne peuvent être affectés au …"
    r"|(?i:destinad[oa]s?\s+a|asignad[oa]s?\s+a|affect[ée]·?e?s?\s+(?:[àa]|au|aux|en)|assigned\s+to|posted\s+to)\s+"
    # a lake, a gulf or a basin named after the country: "du bassin du lac Tchad", "Gulf of Guinea"
    r"|\b(?i:lac|lake|lago|golfe\s+de|gulf\s+of|golfo\s+de|basin\s+of|bassin\s+d[eu])\s+)"
    # "in Cusco, Peru", "con sede en Cusco (Perú)"
    r"(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s*|\s*\())?$",
)

# Residents who lack the nationality ("Persons holding permanent residency in Japan without Japanese
# nationality are not eligible", "résidant au Luxembourg sans en avoir la nationalité", "residentes en
# Noruega que no tengan la nacionalidad noruega"): the country is where they live, or the nationality
# they lack, so the clause neither admits nor excludes its nationals.
_RESIDENT_OF = re.compile(
    r"\b(?:residen(?:ce|cy|ts?|tes?)|r[ée]sid(?:ant|ents?|ence)e?s?|living|domicili[ée]\w*|viviendo)"
    r"\s+(?:permanently\s+)?(?:in|of|en|au|aux|[àa]|dans|de|del)\s+(?:the\s+|la\s+|el\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
_LACKING = re.compile(
    r"\b(?:without|not\s+holding|who\s+do(?:es)?\s+not\s+hold|sans|sin|n['’]\s*ayant\s+pas"
    r"|que\s+no\s+(?:tengan?|posean?))\s+(?:the\s+|la\s+|el\s+)?"
    r"(?:(?:nationalit[yé]|citizenship|nacionalidad|ciudadan[íi]a)\s+)?$",
    re.IGNORECASE,
)

# A nationality held besides, named in a concessive aside: "Las personas con nacionalidad boliviana, aunque
# tengan también la suiza, no son elegibles" refuses the Bolivian, not the Swiss.
_CONCESSIVE = re.compile(
    r"\b(?:aunque|aun\s+cuando|incluso\s+si|even\s+(?:if|though)|although|m[êe]me\s+s['’i]|bien\s+qu)"
    r"[^.;,]{0,40}$",
    re.IGNORECASE,
)

_WINDOW = 90
_BEFORE_KEYWORD = 60


def _donors(text: str) -> list[tuple[str, int, int]]:
    """Countries, and donor offices standing for theirs ("BFIO" for Germany), in text order."""
    return sorted([*find_countries(text), *find_sponsor_offices(text)], key=lambda found: found[1])


def _first_country(passage: Passage, start: int) -> tuple[str, tuple[int, int]] | None:
    window = passage.text[start : start + _WINDOW].split(".")[0]
    countries = _donors(window)
    if not countries:
        return None
    code, s, e = countries[0]
    return code, passage.span(start + s, start + e)


def sponsor_country(ctx: Context, nationalities: list[str]) -> str | None:
    """The donor: a "Sponsor:" label, "sponsored/funded by the Government of X", "X JPO Programme",
    else the one nationality admitted."""
    labelled = ctx.structure.value("sponsor")
    countries = _donors(labelled.text) if labelled is not None else []
    if labelled is not None and countries:
        code, start, end = countries[0]
        ctx.source("sponsor_country", labelled.span(start, end))
        return code
    for sentence in ctx.sentences(having=_SPONSOR_WORDS):
        for m in _SPONSORED.finditer(sentence.text):
            found = _first_country(sentence, m.end())
            if found:
                ctx.source("sponsor_country", found[1])
                return found[0]
        for m in _DEMONYM_PROGRAMME.finditer(sentence.text):
            countries = find_countries(m.group("who"))
            if countries:
                ctx.source("sponsor_country", sentence.span(*m.span("who")))
                return countries[0][0]
    if len(nationalities) == 1:
        if "eligibility.nationalities" in ctx.sources:
            ctx.source("sponsor_country", ctx.sources["eligibility.nationalities"], inferred=True)
        return nationalities[0]
    offices = find_sponsor_offices(ctx.whole.text)
    if len({code for code, _, _ in offices}) == 1:  # one donor office named, and nothing else said
        code, start, end = offices[0]
        ctx.source("sponsor_country", ctx.whole.span(start, end), inferred=True)
        return code
    return None


def _mostly_countries(text: str) -> bool:
    countries = find_countries(text)
    covered = sum(end - start for _, start, end in countries)
    letters = sum(ch.isalpha() for ch in text)
    return bool(countries) and covered * 2 >= letters


# "Burkinabè nationals, including dual Luxembourg-Burkinabè nationals, are not eligible": the country
# before "including" is the one refused; the others name the dual nationals the refusal reaches.
_INCLUDING = re.compile(
    # "Kenyan nationals, including …", "ivoirien·ne·s, y compris …", "sénégalais(es), y compris …"
    r"^\s*(?:[\w·.’'()-]+\s*){0,3}?,?\s*(?:y\s+compris|including|incluid[oa]s?|incluyendo|notamment)\b",
    re.IGNORECASE,
)
# The words of a dual nationality, named as one ("doble nacionalidad", "binationaux").
_DUAL_WORDS = r"binationa\w*|dual|double|doble|bi-?national\w*"
_DUAL_BEFORE = re.compile(
    # … or by its two halves: "persons holding both German and Bangladeshi citizenship"
    rf"\b(?:{_DUAL_WORDS}|both|[àa]\s+la\s+fois|ambas)\b[^;,.]{{0,40}}$",
    re.IGNORECASE,
)


# A dual nationality by name ("doble nacionalidad", "dual"): "both Kenyan and Somali nationals are eligible"
# admits two nationalities, "holders of both … citizenships may not apply" refuses a dual one.
_EXPLICIT_DUAL = re.compile(rf"\b(?:{_DUAL_WORDS})\b[^;,.]{{0,40}}$", re.IGNORECASE)
# Said of dual nationals right after their two nationalities: they may apply ("… pueden presentarse").
_DUAL_ADMITTED = re.compile(
    r"[^;.]{0,30}?\b(?:(?:may|can)\s+(?:also\s+)?apply|are\s+(?:also\s+)?eligible|pueden\s+(?:presentarse|postular|participar)"
    r"|son\s+elegibles|peuvent\s+(?:[ée]galement\s+)?(?:postuler|candidater)|sont\s+(?:[ée]galement\s+)?[ée]ligibles)",
    re.IGNORECASE,
)


# "Korean nationality (dual nationals are not eligible)": the refusal is of those who hold a second
# nationality, an aside on the country admitted
_DUAL_ASIDE = re.compile(
    r"^\s*(?:nationality|nationals?|citizens(?:hip)?|nationalit[ée]|nacionalidad)?\s*(?:\(|[–—]|,\s*(?:but|mais|pero))\s*"
    r"(?:dual|double|doble|bi-?national)",
    re.IGNORECASE,
)


# "Korean nationals who also hold another citizenship are not eligible": the refusal is of dual nationals,
# the country named stays admitted
_HOLDING_ANOTHER = re.compile(
    r"^\s*(?:nationals?|citizens?|ressortissant\w*|nacionales)?\s*(?:who|qui|que)\s+(?:also\s+|[ée]galement\s+"
    r"|tambi[ée]n\s+)?(?:holds?|has|have|possess\w*|poss[èe]de\w*|ont|a|tiene\w*|posee\w*)\s+(?:also\s+)?"
    r"(?:another|a\s+second|other|une\s+autre|une\s+seconde|otra|una\s+segunda)\s+"
    r"(?:citizenship|nationality|nationalit[ée]|nacionalidad)",
    re.IGNORECASE,
)


# "another nationality in addition to Korean nationality": the country named is the one kept
_BESIDES = re.compile(
    r"\b(?:in\s+addition\s+to|besides|en\s+plus\s+de|adem[áa]s\s+de)\s+(?:the\s+|la\s+|l['’]\s*)?$",
    re.IGNORECASE,
)


_BESIDES_AFTER = re.compile(
    r"^\s*(?:citizenship|nationality|nationalit[ée]|nacionalidad)?\s*(?:in\s+addition\s+to|besides|en\s+plus\s+de"
    r"|adem[áa]s\s+de)\s+(?:the\s+|la\s+|l['’]\s*)?$",
    re.IGNORECASE,
)


def _refusing(text: str, countries: list[tuple[str, int, int]], at: int) -> bool:
    """Whether the clause holding `at` ends by refusing the nationals it names."""
    clause_end = text.find(";", at)
    clause_end = len(text) if clause_end < 0 else clause_end
    last = max(end for _, start, end in countries if at <= start < clause_end)
    return _EXCLUDED_AFTER.search(text[last:clause_end]) is not None


# Between two countries of one list: "Bénin, Burkina Faso", "Rwanda et Sénégal".
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|et|y|or|ou|o|e)\b)\s*", re.IGNORECASE)


def _refused_lists(text: str, countries: list[tuple[str, int, int]]) -> dict[int, re.Match[str]]:
    """The countries of a list that a refusal ends ("… (Bénin, Burkina Faso, …, Tanzanie) ne sont pas
    éligibles"): each reached back from the last through list gaps only, with the refusal."""
    refused: dict[int, re.Match[str]] = {}
    for last, (_, _, end) in enumerate(countries):
        following = countries[last + 1][1] if last + 1 < len(countries) else len(text)
        refusal = _EXCLUDED_AFTER.search(text[end:following])
        if refusal is None:
            continue
        first = last
        while first > 0 and _LIST_GAP.fullmatch(text[countries[first - 1][2] : countries[first][1]]):
            first -= 1
        clause_start = text.rfind(";", 0, countries[first][1]) + 1
        if _DUAL_BEFORE.search(text[clause_start : countries[first][1]]):
            continue  # "la double nationalité belge et congolaise": the sponsor's half stays admitted
        refused.update(dict.fromkeys(range(first, last), refusal))
    return refused


def _not_whose_nationals(text: str, start: int) -> bool:
    """Whether the country at `start` is where people live, a nationality they lack, or one held besides
    in an aside: named, but neither admitted nor refused."""
    before = text[text.rfind(";", 0, start) + 1 : start]
    return any(p.search(before) is not None for p in (_RESIDENT_OF, _LACKING, _CONCESSIVE))


def _admitted(text: str) -> list[tuple[str, int, int, bool, bool]]:
    """Each country named in a sentence, whether the sentence admits (True) or excludes it, and whether
    it is excluded only as one half of a dual nationality ("doble nacionalidad española y guatemalteca
    no pueden optar": the sponsor's half is admitted elsewhere, the other is the one refused)."""
    # "Port of Spain", "Guatemala City": a country's name inside a city's names no nationality
    named = find_countries(text)
    # … but not a city inside a country's own name ("Bissau" in "Guinea-Bissau, Kyrgyzstan")
    cities = [
        (start, end) for _, start, end in find_stations_in(text)
        if not any(a <= start and end <= b and b - a > end - start for _, a, b in named)
    ]  # fmt: skip
    countries = [
        (code, start, end) for code, start, end in named
        if not any(a <= start and end <= b and b - a > end - start for a, b in cities)
        and not _not_whose_nationals(text, start)
    ]  # fmt: skip
    found: list[tuple[str, int, int, bool, bool]] = []
    listed = _refused_lists(text, countries)
    for index, (code, start, end) in enumerate(countries):
        clause_start = text.rfind(";", 0, start) + 1
        before, after = (
            text[clause_start:start],
            text[end : countries[index + 1][1] if index + 1 < len(countries) else len(text)],
        )
        refused = _refusing(text, countries, start) or _REFUSED_EARLIER.search(before) is not None
        besides = _BESIDES.search(before) and (refused or _EXCLUDED_AFTER.search(after))
        # (a refusal of nationals "who also hold another citizenship" refuses only the dual ones)
        if (refused and (_DUAL_BEFORE.search(before) or _HOLDING_ANOTHER.match(after))) or besides:
            found.append((code, start, end, False, True))
            continue
        if _EXPLICIT_DUAL.search(before) and _DUAL_ADMITTED.match(text, end):
            continue  # "doble nacionalidad española y guatemalteca pueden presentarse": none admitted alone
        excluded = _EXCLUDED_BEFORE.search(before) or (
            None if _DUAL_ASIDE.match(after) else _EXCLUDED_AFTER.search(after)
        )
        if excluded is None and refused:
            excluded = _INCLUDING.match(after)
        if excluded is None and index + 1 < len(countries) and _BESIDES_AFTER.match(after):
            # "Thai citizenship in addition to Norwegian citizenship cannot be considered": the one held
            # besides the next is refused when the clause refuses after that one
            following = countries[index + 2][1] if index + 2 < len(countries) else len(text)
            excluded = _EXCLUDED_AFTER.search(text[countries[index + 1][2] : following])
        if excluded is None and index in listed:
            excluded = listed[index]
        if excluded is None and (_PLACE_BEFORE.search(before) or any(0 <= start - b <= 2 for _, b in cities)):
            continue  # "in Bangkok", "Yangon, Myanmar": a place, no nationality
        # "not open to Honduran nationals, including dual Spanish and Honduran nationals": still excluded
        again = any(other == code and not admitted for other, _, _, admitted, _ in found)
        found.append((code, start, end, excluded is None and not again, False))
    return found


# "Nationals of the country of assignment are not eligible for a post in their own country": the duty
# station's country, named by its role, is refused.
_HOST_WORDS = ("host country", "country of", "duty station", "pays d", "pays hôte", "país")
_HOST_REFUSED = re.compile(
    r"\b(?:nationals?|citizens?|ressortissant\S*|nacionales|personas\s+de\s+nacionalidad)\s+(?:of|du|de|del)\s+"
    r"(?:the\s+|la\s+|l['’]\s*)?(?:host\s+country|country\s+of\s+(?:assignment|the\s+duty\s+station)"
    r"|duty\s+station['’]?s?\s+country|pays\s+(?:d['’]\s*affectation|h[ôo]te)|pa[íi]s\s+(?:de\s+destino|anfitri[óo]n|sede))"
    r"[^.;]{0,80}?(?:not\s+eligible|ineligible|cannot|may\s+not|ne\s+sont\s+pas|ne\s+peuvent|no\s+(?:son|podr[áa]n|pueden))",
    re.IGNORECASE,
)


# A question about others, not the reader's own checklist ("Are you a Danish citizen?" states a criterion)
_ASKED_ABOUT_OTHERS = re.compile(
    r"^(?!.*\b(?:you|your|vous|votre|tu|t[úu]|usted|su)\b)(?:is|are|can|could|do|does|est[\s-]ce|peut|pueden?|puede|se\s+puede)\b"
    r"[^?]*\?\s*\W*$",
    re.IGNORECASE,
)


def _statements(ctx: Context) -> list[Passage]:
    """The sentences, a reader's question in a comment thread left out ("Is it open to Slovak citizens living
    in Prague?"), and the background's, duties' and learning's left out: "hojas de ruta nacionales … en Chile,
    Perú y Uruguay" names the work's countries, "en su mayoría de nacionalidad nicaragüense" the refugees',
    never who may apply."""
    work = {line.start for line in ctx.structure.section("duties", "learning", "background")}

    def of_the_work(sentence: Passage) -> bool:
        at = ctx.line_at(sentence.offsets[0]) if work and sentence.offsets else None
        return at is not None and ctx.lines[at].start in work

    return [
        s for s in ctx.sentences()
        if ("?" not in s.text[-3:] or not _ASKED_ABOUT_OTHERS.search(s.text)) and not of_the_work(s)
    ]  # fmt: skip


# A title over the list of nationalities that may apply ("Nationalities eligible in addition to Dutch
# nationality", "Pays éligibles"): no sentence, so no final stop
_TITLES_A_LIST = re.compile(
    r"^\W*(?:(?:eligible\s+)?(?:nationalities|countries)\s+(?:eligible|admitted)|eligible\s+(?:nationalities|countries)"
    r"|(?:nationalit[ée]s|pays)\s+(?:[ée]ligibles|admis)|(?:nacionalidades|pa[íi]ses)\s+(?:elegibles|admitid[oa]s))"
    r"[^.:;]{0,60}$",
    re.IGNORECASE,
)
# A row of a table before its countries ("| Region | Countries |")
_TABLE_HEAD = re.compile(r"^\|(?:[^|]*\|)+$")


def _read_for_nationalities(text: str, list_open: bool) -> tuple[bool, bool]:
    """Whether a sentence is read for the nationalities it admits, and whether a list of countries that a
    sentence opened ("… the following countries:") stays open after it."""
    if _NATIONALITY.search(text):
        return True, text.endswith(":") or _TITLES_A_LIST.match(text) is not None
    if list_open and _mostly_countries(text):
        return True, True
    # the table under "Nationalities eligible …": its header row and rule
    return False, list_open and _TABLE_HEAD.match(text) is not None


def nationalities(ctx: Context, host_country: str | None = None) -> list[str]:
    """Nationalities admitted, from sentences about citizenship and the country lists they open;
    a country whose nationals a clause excludes ("nationals of the host country are not eligible")
    is never one of them."""
    found: list[str] = []
    excluded: set[str] = set()
    as_dual: set[str] = set()
    list_open = False
    for sentence in _statements(ctx):
        read, list_open = _read_for_nationalities(sentence.text, list_open)
        if not read:
            continue
        # a country long before the nationality words (a page's menu run into the sentence) is not
        # admitted by them
        keyword = _NATIONALITY.search(sentence.text)
        floor = keyword.start() - _BEFORE_KEYWORD if keyword else 0
        for code, start, end, admitted, dual in _admitted(sentence.text):
            if dual:
                as_dual.add(code)
            elif not admitted:
                excluded.add(code)
            elif code not in found and start >= floor:
                found.append(code)
                ctx.source("eligibility.nationalities", sentence.span(start, end))
    excluded |= as_dual - set(found)  # the other half of a refused dual nationality
    if host_country and (refusal := next(search(_HOST_REFUSED, ctx.sentences(having=_HOST_WORDS)), None)):
        excluded.add(host_country)
        ctx.source("eligibility.nationalities", refusal[0].span(*refusal[1].span()))
    # the duty station's country refused for this post, from a list that admits it in general: the usual rule
    # that no one serves in their own country, no contradiction
    contradicted = [code for code in found if code in excluded and code != host_country]
    if contradicted:
        ctx.warn(
            "eligibility.nationalities",
            f"nationals of {', '.join(contradicted)} are both admitted and excluded",
        )
    return [code for code in found if code not in excluded]
