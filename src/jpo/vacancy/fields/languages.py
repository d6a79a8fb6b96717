"""Required and desirable languages: "English or French" is one choice, "English and French" two."""

from __future__ import annotations

import re
from itertools import pairwise

from jpo.contracts.vacancy import Languages
from jpo.geo.languages import find_languages
from jpo.vacancy.columns import column_of
from jpo.vacancy.fields.context import Context
from jpo.vacancy.lines import Line
from jpo.vacancy.lists import flow, table_rows
from jpo.vacancy.passage import Passage
from jpo.vacancy.vocabulary import DESIRED_STATUS, REQUIRED_STATUS, section_kind

_DESIRABLE = re.compile(
    r"\b(?:asset|advantage|advantageous|desirable|desired|preferred|preferably|plus|welcome|bonus|nice[\s-]to[\s-]have"
    r"|atout|avantage|souhait|apprécié|appr[ée]ciable|serait\s+un\s+plus|deseable|valora(?:r[áa]n?|d[oa]s?|ble)|ventaja"
    r"|preferible|preferentemente|valor\s+a[ñn]adido|valor\s+agregado|added\s+value|plus[\s-]value"
    r"|(?:un|como)\s+m[ée]rito)",
    re.IGNORECASE,
)
_REQUIRED = re.compile(
    r"\b(?:required|requirement|essential|mandatory|must|fluen(?:cy|t)|proficien(?:cy|t)|command"
    r"|excellent|good|strong|working\s+knowledge|knowledge|mastery|ability|skills|native"
    r"|requis|exig[ée]|obligatoire|ma[îi]trise[rz]?|courant|parfaite?|bonne|excellente|connaissance"
    r"|requerid[oa]|imprescindible|indispensable|obligatori[oa]|dominio|dominar|fluidez|fluido|excelente|buen[oa]?"
    r"|conocimiento|manejo|advanced|avanzad[oa]s?|avanc[ée]e?s?)",
    re.IGNORECASE,
)
# A level of the Common European Framework asked of a language: "anglais : niveau B2 minimum" (OCR may
# read the 1 of C1 as an l).
_CEFR_LEVEL = re.compile(r"\b[ABC][12]\b|\b(?:niveau|level|nivel)\s+[ABC][12lI]\b")
_DESCRIPTIVE = re.compile(
    r"\b(?:are|is)\s+the\s+(?:working|official)\s+languages?|(?:working|official)\s+languages\s+(?:are|of)\b"
    r"|langues?\s+(?:de\s+travail|officielles)\s+(?:de|du|des|sont)"
    r"|idiomas?\s+(?:de\s+trabajo|oficiales)\s+(?:de|del|son)",
    re.IGNORECASE,
)


def _describes_languages(text: str) -> bool:
    """Whether the sentence describes the organization's languages rather than asking for one; an apposition
    to a language asked for ("maîtrise de l'anglais, langue de travail de l'AIEA") describes nothing."""
    for m in _DESCRIPTIVE.finditer(text):
        before = text[: m.start()].rstrip()
        if not (before.endswith(",") and find_languages(before[-30:])):
            return True
    return False


# "knowledge of Dutch is not required": a language named to say it is not needed
_NOT_NEEDED = re.compile(
    r"\b(?:not\s+(?:required|necessary|needed|a\s+requirement|mandatory)|non\s+(?:requis|exig|obligatoire|n[ée]cessaire)"
    r"|no\s+(?:requerid|exigid|obligatori|necesari)"
    r"|n['’]\s*est\s+(?:toutefois\s+|cependant\s+|donc\s+)?pas\s+(?:requis|exig|n[ée]cessaire"
    r"|obligatoire|une\s+(?:exigence|condition))|ne\s+sont\s+(?:toutefois\s+|cependant\s+|donc\s+)?pas\s+(?:requis|exig"
    r"|n[ée]cessaires"
    r"|obligatoire|une\s+(?:exigence|condition))|no\s+(?:es|son|ser[áa])\s+(?:requerid|necesari|obligatori|imprescindible"
    r"|(?:un\s+)?requisito)|no\s+se\s+(?:requiere|exige|necesita)|is\s+not\s+(?:required|needed))",
    re.IGNORECASE,
)
# "Japanese nationality", "Dutch nationals": a people, not a language
_NOT_A_LANGUAGE = re.compile(
    r"\s*(?:nationality|nationals?|citizens?(?:hip)?|passport|government|ministry|embassy|nationalit[ée]"
    r"|ressortissants?|citoyen|gouvernement|minist[èe]re|nacionalidad|nacionales|ciudadan|gobierno|ministerio)\b",
    re.IGNORECASE,
)
# "nationalité italienne", "programme JPO italien", "Gobierno español": in French and Spanish the people's
# word follows the noun it qualifies
_PEOPLE_BEFORE = re.compile(
    r"\b(?:nationalit[ée]|nacionalidad|citoyennet[ée]|ciudadan[íi]a|gouvernement|gobierno|programme(?:\s+(?:JPO|JEA))?"
    r"|programa(?:\s+JPO)?|coop[ée]ration|cooperaci[óo]n|passeport|pasaporte|ressortissant(?:\(e\))?s?)\s+$",
    re.IGNORECASE,
)
_CLAUSE = re.compile(
    # a footnote read at its mark says something of its own: "… French or Spanish is desirable. (note:
    # Knowledge of Norwegian is not required …)"
    r"\s*\(note:\s+|;|,\s+(?=(?:and|while|whereas|but|et|mais|y|mientras|pero)\b)|\s+(?:while|whereas|but|mais|mientras\s+que|pero)\s+"
    # a spaced dash before another statement: "anglais ou français courant – l'arabe est un plus" (not before
    # a level: "Mongolian – working knowledge (desirable)")
    r"|\s+[–—]\s+(?=(?:l['’]\s*|le\s|la\s|les\s|the\s|el\s|los\s|las\s|knowledge|connaissance|conocimiento)\w*)"
    # a status that ends its statement, the next one run on from the line under it: "… English required" /
    # "Knowledge of Bengali (Bangla) would be an advantage"
    r"|(?:(?<=\brequired)|(?<=\bessential)|(?<=\bmandatory)|(?<=\bexig[ée])|(?<=\bexig[ée]e)|(?<=\brequis)"
    r"|(?<=\brequerido)|(?<=\bimprescindible)|(?<=\bobligatoire)|(?<=\bobligatorio))\s+(?=[A-ZÀ-Ý][a-zà-ÿ])"
)
_AND = re.compile(
    r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|plus|et|ainsi\s+que|&|y|e|as[íi]\s+como)\s*(?:del?\s+)?(?:l[ae]s?\s+|l['’]\s*)?$"
    r"|^\s*,\s*$",
    re.IGNORECASE,
)
_OR = re.compile(
    r"^\s*(?:,\s*)?(?:and/or|or|ou|and\s*/\s*or|/|o|u|y/o)\s*(?:del?\s+)?(?:l[ae]s?\s+|l['’]\s*)?$",
    re.IGNORECASE,
)
_PROGRAMME_LANGUAGE = re.compile(
    r"\b(?:fluen|proficien|command|ma[îi]trise|ma[îi]triser|knowledge\s+of|connaissance|dominio|dominar|conocimiento"
    r"|parler|hablar|speak|courante?s?\b|flu[íi]d)",
    re.IGNORECASE,
)


def _clauses(sentence: Passage) -> list[Passage]:
    pieces: list[Passage] = []
    start = 0
    for m in _CLAUSE.finditer(sentence.text):
        pieces.append(sentence.sub(start, m.start()))
        start = m.end()
    pieces.append(sentence.sub(start, len(sentence.text)))
    return [p for p in pieces if p.text.strip()]


def _groups(clause: str) -> list[list[str]]:
    """Languages of a clause grouped into alternatives: "and" separates, "or" joins, and in
    "English, French or Spanish" the commas join too."""
    mentions = [
        m for m in find_languages(clause)
        if not _NOT_A_LANGUAGE.match(clause, m[2]) and not _PEOPLE_BEFORE.search(clause, 0, m[1])
    ]  # fmt: skip
    gaps = [clause[a[2] : b[1]] for a, b in pairwise(mentions)]
    alternatives = any(_OR.match(gap) for gap in gaps)
    groups: list[list[str]] = []
    for index, (code, _, _) in enumerate(mentions):
        gap = gaps[index - 1] if index else None
        joined = gap is not None and (_OR.match(gap) or (alternatives and gap.strip() == ","))
        if joined and groups:
            if code not in groups[-1]:
                groups[-1].append(code)
        else:
            groups.append([code])
    return groups


def _merge(result: Languages, groups: list[list[str]], desirable: bool) -> None:
    for group in groups:
        if desirable:
            result.desirable.extend(c for c in group if c not in result.desirable)
        elif group not in result.required and not any(set(g) <= set(group) for g in result.required):
            result.required.append(group)


def _read(
    ctx: Context, sentences: list[Passage], result: Languages, wished: list[Line] | None = None
) -> None:
    for sentence in sentences:
        if _describes_languages(sentence.text) and not _DESIRABLE.search(sentence.text):
            continue
        for clause in _clauses(sentence):
            groups = _groups(clause.text)
            if not groups or _NOT_NEEDED.search(clause.text):
                continue
            at = clause.span()[0]
            desirable = bool(_DESIRABLE.search(clause.text)) or any(
                line.start <= at < line.end for line in wished or []
            )
            if not desirable and not _REQUIRED.search(clause.text) and not _CEFR_LEVEL.search(clause.text):
                continue
            _merge(result, groups, desirable)
            ctx.source("languages.desirable" if desirable else "languages.required", clause.span())


# a status, not a column of requirements ("| Critère | Exigence |")
_STATUS_REQUIRED = re.compile(rf"\b(?:{REQUIRED_STATUS})\b", re.IGNORECASE)
# "Not required", "Non requis", "No requerido"
_NOT_ASKED = re.compile(r"^\W*(?:not|non|no|pas)\b", re.IGNORECASE)
_TICK = re.compile(r"^\s*(?:[✓✔☑☒xX●]|yes|oui|s[íi])\s*$", re.IGNORECASE)


def _read_table(ctx: Context, result: Languages) -> list[Line]:
    """A table of languages ticked under "Required" and "Desirable" columns, or a requirements table's
    "Languages" row with what each column asks ("| Languages | Fluency in English | Working knowledge of
    French or Spanish |" under "| Requirement | Essential | Desirable |"); the rows read."""
    columns: list[str] = []
    read: list[Line] = []
    for row in table_rows(ctx.structure.section("languages") or ctx.structure.section("qualifications")):
        cells = [cell.text for cell in row.cells]
        if row.header:
            columns = cells
            continue
        named = [code for code, _, _ in find_languages(cells[0])] if cells else []
        languages_row = bool(cells) and not named and section_kind(cells[0]) == "languages"
        for header, cell in zip(columns[1:], cells[1:], strict=False):
            # a tick under "Required" or "Desirable", or the word itself under "Status"
            said = header if _TICK.match(cell) or languages_row else cell
            desirable = bool(_DESIRABLE.search(said))
            groups = _groups(cell) if languages_row else [named] if named else []
            if groups and _NOT_ASKED.match(said):
                read.append(row.line)  # the row says the language is not asked for: read, and nothing to add
            elif groups and (desirable or _STATUS_REQUIRED.search(said)):
                _merge(result, groups, desirable)
                ctx.source("languages.desirable" if desirable else "languages.required", row.line.span())
                read.append(row.line)
    return read


_STATUS_HEADING = re.compile(rf"^(?:{DESIRED_STATUS})\W*$", re.IGNORECASE)


def _wished(ctx: Context) -> list[Line]:
    """The lines under a "Desirable:" heading of the language section ("Desirable:" / "- Working knowledge
    of Thai"): what they name is wished for, whatever words of ability they use."""
    headings = {block.heading.line.start: block.heading for block in ctx.structure.blocks if block.heading}
    found: list[Line] = []
    wished = False
    for line in ctx.structure.section("languages", headings=True):
        heading = headings.get(line.start)
        if heading is not None:
            wished = bool(_STATUS_HEADING.match(heading.title))
        elif wished:
            found.append(line)
    return found


# A languages' row whose label says whether they are asked or wished ("Idiomas requeridos", "Langues
# souhaitées", "Desirable languages")
_STATUS_LABEL = re.compile(
    r"\b(?:requir|essential|mandatory|desirable|requis|exig|obligatoire|souhait|requerid|imprescindible"
    r"|obligatori|deseable|valorable)",
    re.IGNORECASE,
)


_LANGUAGES_WORD = re.compile(r"\b(?:languages?|langues?|idiomas?|lenguas?)\b", re.IGNORECASE)


def _named_in_labels(ctx: Context) -> list[Passage]:
    """A language named in its row's label, its level in the value ("Idiomas - Español: dominio oral y
    escrito (requerido)"), or the languages' status in the label ("Idiomas valorables: Francés Portugués"),
    read as one clause sourced at the value."""
    found: list[Passage] = []
    for pair in ctx.structure.pairs:
        named = find_languages(pair.label) if pair.value.offsets else []
        # a row of the language section, or a row whose label is a language ("Anglais : bonne maîtrise")
        whole = bool(named) and sum(end - start for _, start, end in named) * 2 >= len(pair.label)
        # ("Required languages", a form's question, names its kind after its status)
        languages_label = pair.kind == "languages" or _LANGUAGES_WORD.search(pair.label) is not None
        status = languages_label and bool(_STATUS_LABEL.search(pair.label))
        if (pair.value.offsets and status) or (named and (pair.kind == "languages" or whole)):
            head = f"{pair.label}: "
            # ("Languages Required: Español; inglés": the status holds for each, one clause)
            said = pair.value.text.replace(";", ",") if status else pair.value.text
            found.append(Passage(head + said, (pair.value.offsets[0],) * len(head) + pair.value.offsets))
            found.extend(pair.text.sub(len(pair.value.text), len(pair.text.text)).sentences())
    return found


_GRID_HEADER = re.compile(
    r"^(?:(?:required|essential|desirable|asset|requis|souhaitable|atout|requerido|deseable)\s*){2,3}$", re.I
)
_GRID_ROW = re.compile(r"^(?P<name>[^\[\]]+?)\s+(?:\[[ xX]\]\s*){2,3}$")


def _read_tick_grid(ctx: Context, result: Languages) -> list[Line]:
    """A form's grid of languages ticked under "required" and "desirable" columns ("English  [X]  [ ]");
    its rows."""
    header: list[tuple[int, bool]] = []  # each column's place and whether it is the desirable one
    read: list[Line] = []
    for line in ctx.lines:
        if _GRID_HEADER.match(line.text):
            header = [
                (column_of(line, line.offsets[m.start()]), bool(_DESIRABLE.search(m.group())))
                for m in re.finditer(r"\S+", line.text)
            ]
            continue
        row = _GRID_ROW.match(line.text) if header else None
        if row is None:
            header = header if not line.blank_before else []  # a blank line ends the grid
            continue
        named = [code for code, _, _ in find_languages(row.group("name"))]
        read.append(line)
        for tick in re.finditer(r"\[[xX]\]", line.text):
            at = column_of(line, line.offsets[tick.start()])
            desirable = min(header, key=lambda column: abs(column[0] - at))[1]
            if named:
                _merge(result, [named], desirable)
                ctx.source("languages.desirable" if desirable else "languages.required", line.span())
    return read


def _desirable_sections(ctx: Context) -> tuple[list[Passage], list[Line]]:
    """The sentences and lines of sections headed as wished for ("DESIRABLE QUALIFICATIONS": "Knowledge of
    Portuguese or French"), other than a language section (read already)."""
    lines = [
        line
        for block in ctx.structure.blocks
        if block.heading is not None and block.kind != "languages" and _DESIRABLE.search(block.heading.title)
        for line in block.lines
    ]
    return (list(flow(lines).sentences()) if lines else []), lines


def languages(ctx: Context) -> Languages:
    """Languages from the language sections and the programme's own requirements."""
    result = Languages()
    rows = _read_table(ctx, result) + _read_tick_grid(ctx, result)

    def unread(sentences: list[Passage]) -> list[Passage]:  # none that holds a table's row read already
        return [
            s for s in sentences if not any(row.start < s.span()[1] and s.span()[0] < row.end for row in rows)
        ]

    _read(ctx, unread([*ctx.sentences("languages"), *_named_in_labels(ctx)]), result, _wished(ctx))
    asked, wished = _desirable_sections(ctx)
    _read(ctx, unread(asked), result, wished)
    if not result.required:  # no language section: requirements written among the qualifications
        _read(ctx, unread(ctx.sentences("qualifications", "skills", "education")), result, wished)
    programme = [s for s in ctx.sentences("programme", "how_to_apply") if _PROGRAMME_LANGUAGE.search(s.text)]
    _read(ctx, programme, result)
    required = {code for group in result.required for code in group}
    result.desirable = [code for code in result.desirable if code not in required]
    return result
