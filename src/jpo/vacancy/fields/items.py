"""The ToR's lists: duties, learning elements, competencies, required documents, skills; and sections."""

from __future__ import annotations

import re
from itertools import takewhile

from jpo.vacancy.columns import headed_columns, name_column
from jpo.vacancy.fields.context import Context
from jpo.vacancy.lines import Line
from jpo.vacancy.lists import flow, items_of, list_items, list_marker, sub_items, table_rows
from jpo.vacancy.passage import Passage
from jpo.vacancy.structure import Block, word_count
from jpo.vacancy.vocabulary import section_kind

_COMPETENCY_NAME = re.compile(
    r"^(?P<caps>[A-ZÀ-Ý][A-ZÀ-Ý&/,'’ -]{3,60}?)(?=\s*[:–-]?\s+[A-ZÀ-Ý][a-zà-ÿ])"
    r"|^(?P<label>[A-ZÀ-Ý][\w&/'’ -]{2,50}?)\s*:\s+\S"
    r"|^(?P<dash>[A-ZÀ-Ý][\w&/'’]*(?:\s[\w&/'’]+){0,5}?)\s+[–—-]\s+\S"  # "Teamwork – works with others"
)


def _record(ctx: Context, name: str, passages: list[Passage]) -> list[str]:
    for index, passage in enumerate(passages):
        ctx.source(f"{name}.{index}", passage.span())
    return [p.text for p in passages]


def duties(ctx: Context) -> list[str]:
    """One entry per duty, sub-items joined to their parent; without a duties section, the list after
    a sentence saying what the JPO will do ("… under the supervision of …, the JPO will:")."""
    section = ctx.structure.section("duties")
    found = _table_body(section) or items_of(section) or _list_after_intro(ctx, _DUTIES_INTRO)
    return _record(ctx, "duties", found)


def _table_body(section: list[Line]) -> list[Passage]:
    """Duties given as a table's rows and no list ("| Area | Main tasks | % of time |"): each body row
    is one, read from its widest cell."""
    if any(list_marker(line.text) for line in section):
        return []
    rows = [row for row in table_rows(section) if not row.header]
    return [max(row.cells, key=lambda cell: len(cell.text)) for row in rows] if len(rows) >= 2 else []


_DUTIES_INTRO = re.compile(
    r"^(?!.*(?:completion|end\s+of\s+the\s+assignment|issue\s+de|learn|apprend|aprend|formation|apply|postul))"
    r".*\b(?:the\s+(?:jpo|incumbent|associate\s+expert|officer)|he\s*/\s*she|le\s*/\s*la\s+(?:jpo|jea|titulaire)"
    r"|la\s+persona\s+(?:jpo|titular)|el\s*/\s*la\s+jpo)\s+(?:will|shall|sera\s+charg[ée]|aura\s+pour|tendr[áa]|deber[áa])"
    r"[^:]{0,40}:\s*$",
    re.IGNORECASE,
)


# "Learning elements. On completion of the assignment, the JPO will:" (a heading run into its text)
_LEARNING_INTRO = re.compile(
    r"^\W*learning\s+elements?\b|\b(?:on|upon)\s+completion\s+of\s+the\s+assignment|\bat\s+the\s+end\s+of\s+the\s+assignment"
    r"|[àa]\s+l['’]\s*issue\s+de\s+(?:l['’]\s*affectation|la\s+mission)|\bal\s+(?:finalizar|t[ée]rmino\s+de)\s+la\s+asignaci[óo]n",
    re.IGNORECASE,
)


def learning_elements(ctx: Context) -> list[str]:
    """What the JPO will learn, one entry per point."""
    found = items_of(ctx.structure.section("learning")) or _list_after_intro(ctx, _LEARNING_INTRO)
    return _record(ctx, "learning_elements", found)


_DOCUMENTS_INTRO = re.compile(
    r"\b(?:following|these|required|necessary|supporting)\s+(?:application\s+)?documents\b"
    r"|\bdocuments\s+to\s+be\s+(?:submitted|attached|provided|uploaded|enclosed)"
    r"|\b(?:pi[eè]ces|documents)\s+[àa]\s+(?:fournir|joindre|soumettre)|\bdocumentos\s+(?:a|que\s+deben)\s+(?:presentar|adjuntar)"
    r"|\bapplications?\s+(?:must|should)\s+(?:include|contain)|\bcomprend\s*:|\bdoit\s+comprendre"
    # "Send one PDF file … The file should contain:", "le dossier doit contenir :"
    r"|\b(?:file|dossier|pdf|package|archivo|expediente)\s+(?:must|should|shall|doit|debe)\s+(?:contain|include|contenir|contener|incluir)"
    r"|\bdocuments\s+(?:suivants|requis|à\s+fournir)|\bpi[eè]ces\s+suivantes"
    r"|\bdocumentos\s+(?:siguientes|requeridos)|\bsiguientes\s+documentos|\bsolicitud\s+debe\s+incluir|\b(?:debe|deben|deber[áa]n?)\s+(?:incluir|contener)"
    r"|\bdocumentaci[óo]n\s+(?:requerida|necesaria|siguiente)|\b(?:following|siguiente|suivante)\s+(?:documentation|documentaci[óo]n)\b"
    r"|\bla\s+documentation\s+suivante|\badjuntar(?:se|[áa]n?)?\b|\b(?:attach|submit|upload|provide|enclose)\b(?:\s+the\s+following)?"
    r"|\bsend\s+the\s+following|\benvoye[rz]\b|\benv[íi]a(?:r|d)?\b"
    r"|\bjoindre\b|\ben\s+joignant\b|\badjuntar\b|\badjuntando\b|\battaching\b|\b(?:incluya|adjunte|adjunta|joignez|incluez)\b",
    re.IGNORECASE,
)
# The documents in brackets after the application's name: "Le dossier de candidature (un CV détaillé, une
# lettre de motivation et la copie des diplômes) doit être déposé …"
_DOCUMENTS_BRACKETED = re.compile(
    r"\b(?:dossiers?(?:\s+de\s+candidature)?|applications?|candidatures?|solicitud(?:es)?|postulaci[óo]n|expediente)"
    r"\s*\((?P<list>[^()]+,[^()]+\b(?:and|et|y)\b[^()]+)\)",
    re.IGNORECASE,
)
# Items written as a sentence's series: "a CV, a motivation letter and copies of diplomas".
_SERIES_TEXT = r"[^.]+,[^.]+\b(?:and|et|y)\b[^.]+"
# Or as numbered items: "(1) le formulaire P11, rempli en anglais ; (2) une lettre …"
_NUMBERED_TEXT = r"(?:\((?:1|i|a)\)|(?<![\w(])(?:1|a)\))\s[^.]+"
# A sentence that lists the documents in prose: "Applications must include a CV, a motivation letter
# and copies of diplomas."
_DOCUMENTS_PROSE = re.compile(
    r"\b(?:applications?\s+(?:must|should)\s+(?:include|contain|be\s+accompanied\s+by)|(?:please\s+)?(?:submit|attach|send|upload)"
    # "upload in one PDF: (1) a CV …", "send as a single file: …"
    r"(?:\s+(?:in|as)\s+(?:one|a\s+single|a)\s+(?:PDF|file|document)\b)?"
    r"|les?\s+dossiers?(?:\s+de\s+candidature)?(?:\s*,(?:[^,.:]|\.(?=\w)){1,120},)?\s+(?:doi(?:t|vent)\s+)?"
    r"compren(?:d|nent|dre|dra|dront)"
    # the file named in the sentence before: "Le dossier se dépose … . Il comprend votre CV, …"
    r"|\bil\s+(?:doit\s+)?compren(?:d|dre)"
    r"|applications?\s+consists?\s+of|le\s+dossier\s+se\s+compose\s+de|la\s+solicitud\s+(?:se\s+compone|consta)\s+de"
    # "Le dossier complet, composé d'un CV …, d'une lettre … et d'une copie …, doit être introduit"
    r"|\bdossier(?:\s+complet)?\s*,?\s+compos[ée]"
    r"(?:\s+the\s+following)?|joindre|la\s+solicitud\s+debe\s+incluir"
    # "Las candidaturas deben incluir un CV …", "Les candidatures doivent comprendre …"
    r"|(?:candidaturas|solicitudes|postulaciones)\s+deben\s+(?:incluir|contener)"
    r"|candidatures\s+doivent\s+(?:comprendre|inclure|contenir)"
    # the imperative too: "Adjunte su currículum …, una carta … y una copia …", "Joignez votre CV, …"
    rf"|adjunta(?:r(?:se)?|ndo)?|adjunte|joignez|deber[áa]n?\s+(?:incluir|presentar))\s*:?\s+(?P<list>{_SERIES_TEXT}|{_NUMBERED_TEXT})",
    re.IGNORECASE,
)
_PROSE_TAIL = re.compile(
    r",?\s+(?:et\s+[êe]tre|and\s+(?:be|must|should)|y\s+(?:ser|deben?|enviarse|remitirse|presentarse))\b"
    r"|,\s+(?:todo|all|tout)\b"
    # "…, d'une copie du diplôme, doit être introduit via …": the file's verb after its list
    r"|,\s+(?:doit|doivent|must|should|debe|deben)\b",
    re.IGNORECASE,
)
_PROSE_SEPARATOR = re.compile(
    r",\s*(?:and\s+|et\s+|y\s+)?|;\s*|\s+ainsi\s+qu['’]\s*|\s+(?:and|et|y)\s+(?=(?:an?|the|two|three|one|copies|copy|un|une|des|deux|trois|copie|una?|dos|tres|copia|l['’]|la|le|les|el|los|las|d['’]\s*une?)\b)",
    re.IGNORECASE,
)


# "Your application must include:", "Les dossiers ... doivent comprendre :", "comprendrá:": a verb of
# containing that ends the paragraph, said of an application (the paragraph names one).
_CONTAINS_INTRO = re.compile(
    r"\b(?:(?:must|should|shall|will|to)\s+(?:include|contain|comprise|consist\s+of|be\s+accompanied\s+by)"
    r"|(?:doi(?:t|vent)|devr(?:a|ont)|devrait|devraient)\s+(?:comprendre|contenir|inclure|comporter|[êe]tre\s+accompagn)"
    r"|compren(?:d|nent|dra|dront)|comprendr[áa]n?|se\s+compose(?:nt|ra)?\s+de|\bconsists?\s+of|\bconsiste\s+en"
    r"|deber[áa]n?\s+(?:incluir|contener|presentar|adjuntar|ir\s+acompa[ñn]ad)|incluir[áa]n?|contendr[áa]n?"
    # the second verb of "must be sent through the portal and include:"
    r"|\b(?:and|et|y|e)\s+(?:include|contain|incluir|contener|adjuntar|inclure|contenir|comprendre)"
    # … in the present: "Las candidaturas se presentan en línea e incluyen:", "and include:"
    r"|\b(?:incluyen|contienen|comprenden|includes?|contains?|incluent|contiennent))[^.:;]{0,20}:\s*$",
    re.IGNORECASE,
)
_APPLICATION = re.compile(
    r"\b(?:applications?|dossiers?|candidatures?|solicitud(?:es)?|postulaci[óo]n(?:es)?|candidaturas?|expediente)\b",
    re.IGNORECASE,
)


def _list_after_intro(ctx: Context, intro: re.Pattern[str], *, of_application: bool = False) -> list[Passage]:
    """The list that follows a line like "Please attach the following documents:", or (with
    `of_application`) one that ends a paragraph saying what an application must include."""
    lines = ctx.lines
    # "Provide technical input …, in particular:" opens a duty's items, not the documents
    other_kinds = ("duties", "learning", "background", "competencies") if of_application else ()
    elsewhere = {id(line) for line in ctx.structure.section(*other_kinds)} if other_kinds else set()
    for index, line in enumerate(lines):
        if id(line) in elsewhere:
            continue
        if not line.text.endswith(":"):
            if of_application and _follows_a_paragraph_naming_them(lines, index):
                return list_items(lines[index + 1 : index + 40], first_only=True)
            # (read as the label it is: "○ Competencies" is "Competencies:"; a label whose colon a page's
            # lost link took away, "Required documents (to be uploaded on the … website," over "1. …")
            opens = _heads_its_sub_list(lines, index) or _opens_a_list(lines, index)
            if opens and intro.search(f"{line.text}:"):
                return list_items(lines[index + 1 : index + 40], first_only=True)
            continue
        start = _paragraph_start(lines, index, back=3)
        paragraph = " ".join(ln.text for ln in lines[start : index + 1])
        previous = lines[index - 1] if index > start else None
        # "candidates must upload the following / documents in Inspira:": an intro wrapped over two lines
        sentence = (
            f"{previous.text} {line.text}" if previous and previous.text[-1] not in ".!?:" else line.text
        )
        contains = of_application and _CONTAINS_INTRO.search(line.text) and _APPLICATION.search(paragraph)
        if intro.search(sentence) or contains:
            return list_items(lines[index + 1 : index + 40], first_only=True)
    return []


# "Submit the following documents through the portal … by 30 April." / "" / "1. P.11 form …"
_FOLLOWING_DOCUMENTS = re.compile(
    r"\bthe\s+following\s+documents\b|\bles\s+documents\s+suivants\b|\blos\s+siguientes\s+documentos\b",
    re.IGNORECASE,
)


_INTRO_WORDS = 6


def _heads_its_sub_list(lines: list[Line], index: int) -> bool:
    """Whether `lines[index]` is an item naming what the items indented under it list, with no colon
    ("○ Documents to be submitted" / "① Application form …")."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or following.indent <= line.indent or following.blank_before:
        return False
    marker = list_marker(line.text)
    name = line.text[marker.length :] if marker is not None else line.text
    return (
        list_marker(following.text) is not None
        and word_count(name) <= _INTRO_WORDS
        and name[-1:] not in ".;,"
        and ":" not in name  # "Competencies:      * Integrity": a label whose list starts beside it
    )


def _opens_a_list(lines: list[Line], index: int) -> bool:
    """Whether `lines[index]` is a paragraph's one line, unfinished, right above a list's first item."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        following is not None
        and (index == 0 or line.blank_before)
        and line.text[-1:] not in ".;!?"
        and ":" not in line.text  # ("Competencies: * Integrity …": a label with its list beside it)
        and list_marker(line.text) is None
        and list_marker(following.text) is not None
    )


def _follows_a_paragraph_naming_them(lines: list[Line], index: int) -> bool:
    """Whether `lines[index]` ends a paragraph about "the following documents" and a list comes next."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None or not following.blank_before or list_marker(following.text) is None:
        return False
    start = _paragraph_start(lines, index, back=4)
    return _FOLLOWING_DOCUMENTS.search(" ".join(line.text for line in lines[start : index + 1])) is not None


def _paragraph_start(lines: list[Line], index: int, *, back: int) -> int:
    """Where the paragraph that ends at `lines[index]` starts, looking at most `back` lines up."""
    start = index
    while start > 0 and start > index - back and not lines[start].blank_before:
        start -= 1
    return start


def required_documents(ctx: Context) -> list[str]:
    """Documents an application must include."""
    section = ctx.structure.section("documents")
    found = (
        _table_documents(section) or items_of(section)
        or _documents_column(ctx.structure.section("documents", "how_to_apply"))
        or _list_after_intro(ctx, _DOCUMENTS_INTRO, of_application=True)
    )  # fmt: skip
    if found and section and not any(list_marker(line.text) for line in section):
        # the section's paragraphs are no list: one of them names the documents in prose, or the first is
        # their list ("Currículum en inglés (…), carta de motivación y copia del título, todo a través …")
        # (the section's own paragraph numbering them first: "must include (1) the form, (2) a CV, …")
        counted = [_numbered_inline(p) for p in found if _FIRST_NUMBER.search(p.text)]
        numbered = next((listed for listed in counted if len(listed) >= 2), [])
        found = numbered or _documents_in_prose(ctx) or _series(found[0]) or found
    if len(found) == 1 and len(numbered := _numbered_inline(_with_own_marker(ctx, found[0]))) >= 2:
        # one paragraph numbering them: "comprend : 1) un CV ; 2) une lettre ; …", "a) el formulario; b) …"
        found = numbered
    if len(found) == 1 and len(bulleted := _inline_bullets(found[0])) >= 2:
        found = bulleted  # bullets inside one value: "• curriculum vitae ; • lettre de motivation ; • …"
    found = found or _steps_that_attach(ctx)
    return _record(ctx, "required_documents", found or _documents_in_prose(ctx))


def _table_documents(section: list[Line]) -> list[Passage]:
    """The documents a Markdown table lists under its header row ("| Document | Remarque |"), each by its
    first cell, when the section is that table."""
    rows = list(table_rows(section))
    tabled = all(line.text.startswith("|") for line in section)
    if not tabled or not rows or not rows[0].header or len(rows) < 3:
        return []
    return [row.cells[0] for row in rows[1:] if row.cells[0].text]


_DOCUMENT_HEADER = re.compile(r"^\W*(?:documents?|pi[eè]ces?|documentos?)\b", re.IGNORECASE)


def _documents_column(lines: list[Line]) -> list[Passage]:
    """The documents a table lists in its column headed "Document" ("| # | Document | Language / format |"),
    wherever the table stands in the sections on documents and applying."""
    column: int | None = None
    found: list[Passage] = []
    for row in table_rows(lines):
        if row.header:
            column = next((i for i, cell in enumerate(row.cells) if _DOCUMENT_HEADER.match(cell.text)), None)
        elif column is not None and column < len(row.cells) and row.cells[column].text:
            found.append(row.cells[column])
    return found if len(found) >= 2 else []


# "2. Joindre un curriculum vitae …", "Upload a copy of your diploma": a step of applying that adds a document
_ATTACHING = re.compile(
    r"^(?:joindre|attach|upload|include|enclose|adjuntar|adjunte|incluir|t[ée]l[ée]verser|t[ée]l[ée]charger|subir|cargar)\b",
    re.IGNORECASE,
)


# A paragraph's numbering that starts at one, apart from any word ("(1) the form", not "Seul(e)s")
_FIRST_NUMBER = re.compile(r"(?:^|\s)(?:\(1\)|1\))\s")
_INLINE_BULLET = re.compile(r"(?:^|[;,]?\s+)[•▪●◦‣]\s+")


def _inline_bullets(item: Passage) -> list[Passage]:
    """The items one line marks with bullets inside it ("• curriculum vitae ; • lettre de motivation")."""
    parts = [part.strip(" ;,.") for part in item.parts(_INLINE_BULLET)]
    return [part for part in parts if part.text]


def _steps_that_attach(ctx: Context) -> list[Passage]:
    """The steps of "How to apply" when most of them attach a document (each step one document)."""
    steps = items_of(ctx.structure.section("how_to_apply"))
    attaching = sum(bool(_ATTACHING.match(step.text)) for step in steps)
    return steps if len(steps) >= 2 and attaching * 2 > len(steps) else []


def _documents_in_prose(ctx: Context) -> list[Passage]:
    """The documents one sentence lists ("a CV, a motivation letter and two references"), or the value of a
    documents label lists ("Documentación: CV en inglés, carta de motivación y copia del título")."""
    sentences = ctx.sentences("how_to_apply", "documents", "programme")
    for index, sentence in enumerate(sentences):
        sentence = _with_numbered_items(sentence, sentences[index + 1 :])
        m = _DOCUMENTS_PROSE.search(sentence.text) or _DOCUMENTS_BRACKETED.search(sentence.text)
        parts = _listed(sentence.sub(*m.span("list"))) if m is not None else []
        if parts:
            return parts
    for pair in ctx.structure.pairs:
        parts = _listed(pair.text) if pair.kind == "documents" else []
        if parts:
            return parts
    return []


_OPENS_ITEMS = re.compile(r"(?:\((?:1|i|a)\)|(?<![\w(])(?:1|a)\))\s")
_NEXT_ITEM = re.compile(r"^(?:\((?:\d{1,2}|[a-h]|i{1,3}|iv|v|vi)\)|(?:\d{1,2}|[a-h])\))\s")


def _with_numbered_items(sentence: Passage, after: list[Passage]) -> Passage:
    """The sentence with the items it opens numbering ("comprend : (1) le formulaire ; (2) une lettre …"),
    which the sentences that follow it hold, one each."""
    if not _OPENS_ITEMS.search(sentence.text):
        return sentence
    items = list(takewhile(lambda s: _NEXT_ITEM.match(s.text) is not None, after))
    return Passage.concat([sentence, *items], " ") if items else sentence


_SERIES = re.compile(rf"^{_SERIES_TEXT}")


def _series(paragraph: Passage) -> list[Passage]:
    """The items of a paragraph that opens with a series of them ("a, b and c, all through …")."""
    sentence = next(iter(paragraph.sentences()), None)
    return _listed(sentence) if sentence is not None and _SERIES.match(sentence.text) else []


def _listed(listed: Passage) -> list[Passage]:
    """The items of a list written as a sentence's words, when there are at least two."""
    colon = listed.text.rfind(": ")  # "joindre à votre candidature, en un seul fichier PDF : votre CV, …"
    listed = listed.sub(colon + 2, len(listed.text)) if colon >= 0 else listed
    tail = _PROSE_TAIL.search(listed.text)  # "…, et être envoyés par courriel": the sentence goes on
    listed = listed.sub(0, tail.start()) if tail is not None else listed
    numbered = _numbered_inline(listed)
    if len(numbered) >= 2:
        return numbered
    parts = [part.strip(" ,;.") for part in listed.parts(_PROSE_SEPARATOR)]
    parts = [p for p in parts if p.text]
    if len(parts) >= 2 and len(_LAST_JOINER.split(parts[-1].text)) == 2:
        # "…, copia del título de máster y certificado oficial de inglés": a series' one "and" parts the last
        parts[-1:] = [part.strip(" ,") for part in parts[-1].parts(_LAST_JOINER)]
    parts = [p for p in parts if p.text and word_count(p.text) <= 16]
    return parts if len(parts) >= 2 else []


_LAST_JOINER = re.compile(r"\s+(?:and|et|y)\s+", re.IGNORECASE)


_INLINE_NUMBER = re.compile(r"\((?:\d{1,2}|[a-h]|i{1,3}|iv|v|vi)\)\s*|(?<![\w(])(?:\d{1,2}|[a-h])\)\s+")
_LIST_TAIL = re.compile(
    r",?\s*(?:and\s+|et\s+|y\s+)?(?:must|should|which|are|is|will|to\s+be|doivent|doit|deben|debe|ser[áa]n?)\b.*",
    re.IGNORECASE,
)


_JOINER_AT_END = re.compile(r",?\s+(?:and|et|y|or|ou|o)\s*$")
# The paragraph goes on after the last item: "(7) Works with others. Familiarize yourself with …"
_SENTENCE_AFTER = re.compile(r"\.\s+(?=[A-ZÀ-Ý])")


def _with_own_marker(ctx: Context, item: Passage) -> Passage:
    """A list item with the number or letter it was marked with ("a) el formulario …; b) …"), as its
    paragraph writes it."""
    if not item.offsets:
        return item
    start = item.offsets[0]
    m = _OWN_MARKER.search(ctx.text, max(0, start - 6), start)
    if m is None or m.end() != start:
        return item
    return Passage(m.group(0) + item.text, (*range(m.start(), m.end()), *item.offsets))


_OWN_MARKER = re.compile(r"(?:\((?:\d{1,2}|[a-h])\)|(?<![\w(])(?:\d{1,2}|[a-h])\))[ \t]+")


def _numbered_inline(listed: Passage) -> list[Passage]:
    """Items numbered in the running text: "(1) the form, (2) a CV and (3) copies of diplomas"."""
    markers = list(_INLINE_NUMBER.finditer(listed.text))
    if len(markers) < 2:
        return []
    starts = [m.end() for m in markers]
    ends = [*(m.start() for m in markers[1:]), len(listed.text)]
    parts = [listed.sub(a, b) for a, b in zip(starts, ends, strict=True)]
    last = parts[-1].text
    tails = [m.start() for m in (_LIST_TAIL.search(last), _SENTENCE_AFTER.search(last)) if m]
    if tails:
        parts[-1] = parts[-1].sub(0, min(tails))
    trimmed = [p.sub(0, m.start()) if (m := _JOINER_AT_END.search(p.text)) else p for p in parts]
    return [p.strip(" ,;") for p in trimmed]


def skills(ctx: Context) -> list[str]:
    """Technical and other skills asked for, one entry per point."""
    return _record(ctx, "skills", items_of(ctx.structure.section("skills")))


# A competencies label whose value introduces a list: "Compétences du PAM : le cadre ... s'applique :".
_COMPETENCIES_INTRO = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,2}?(?:comp[ée]tenc(?:ies|es|y)|competencias|core\s+values|valeurs\s+fondamentales"
    # "Les compétences de l'UNICEF requises pour ce poste sont :"
    r"|valores\s+fundamentales)\b[^:]{0,45}:"
    # "… y las siguientes competencias son esenciales:", "the following competencies are required:"
    r"|\b(?:following|siguientes)\s+(?:[\w-]+\s+)?(?:competenc(?:ies|ias)|comp[ée]tences)\b[^:]{0,40}:"
    r"|\bcomp[ée]tences\s+suivantes\b[^:]{0,40}:",
    re.IGNORECASE,
)


_VALUES_HEADER = re.compile(r"^(?!.*compet).*\b(?:values|valeurs|valores)\b", re.IGNORECASE)
_COMPETENCIES_HEADER = re.compile(r"compet|capabilit", re.IGNORECASE)


def _table_cells(lines: list[Line]) -> list[Passage]:
    """The competencies' cell of each body row of a Markdown table: the column whose header names
    competencies ("| Core Values | Core Competencies |"), else the first ("| Builds partnerships | 1 |")."""
    cells: list[Passage] = []
    column = 0
    for row in table_rows(lines):
        if row.header:
            named = [i for i, cell in enumerate(row.cells) if _COMPETENCIES_HEADER.search(cell.text)]
            column = named[0] if named else 0
        elif column < len(row.cells) and row.cells[column].text:
            cells.append(row.cells[column])
    return cells


_SHORT_NAME = 6
_LONG_NAME = 24
_COMPETENCY_WORD = re.compile(r"comp[ée]ten(?:c[eyi]a?|z)s?", re.IGNORECASE)
# Sections whose label, met among the competencies, ends them (never a competency's own name).
_AFTER_COMPETENCIES = frozenset(
    {"education", "experience", "languages", "qualifications", "documents", "how_to_apply", "programme"}
)


def _competency_entries(ctx: Context) -> list[tuple[int, Passage, str, int]]:
    """Each competency of the section once: (item index, item, name, where the text after the name
    starts in the item; the item's length when nothing follows)."""
    entries: list[tuple[int, Passage, str, int]] = []
    # "Core values        Core competencies": columns side by side, the values' column left out
    section = headed_columns(ctx.structure.section("competencies", headings=True), _VALUES_HEADER) or (
        ctx.structure.section("competencies")
    )
    listed = (
        _labelled_names(ctx) or name_column(ctx.structure.section("competencies")) or _table_cells(section)
        or sub_items(section) or items_of(section)
        or _list_after_intro(ctx, _COMPETENCIES_INTRO)
    )  # fmt: skip
    # "Competencias:    - Profesionalismo" / "                 - Trabajo en equipo": the first item stands on
    # the label's line, the section holds the others
    first = next((pair.value for pair in ctx.structure.pairs if pair.kind == "competencies"), None)
    first = first if first is not None else _item_on_heading(ctx, "competencies")
    marker = list_marker(first.text) if first is not None else None
    if first is not None and marker is not None and listed and first.text[marker.length :] != listed[0].text:
        listed = [first.sub(marker.length, len(first.text)), *listed]
    # "- orientation vers les résultats ;" … "- capacité d'adaptation.": one sentence, its last item ends it
    one_sentence = len(listed) >= 2 and not any(_ends_sentence(item.text) for item in listed[:-1])
    # "Professionalism - Communication - Teamwork - Client Orientation": names parted on one line
    listed = [part for item in listed for part in _parts_of(item)]
    # a list of short names may hold a longer one ("Engagement envers les valeurs de l'ONUSIDA et le principe
    # de participation accrue des personnes vivant avec le VIH" above "Communication", "Travail en équipe")
    short_names = sum(word_count(item.text) <= _SHORT_NAME for item in listed) >= max(3, len(listed) - 1)
    for index, item in enumerate(listed):
        if len(_INLINE_NUMBER.findall(item.text)) >= 2:
            continue  # "Las competencias requeridas son: (1) …, (2) …": read as numbered prose
        m = _COMPETENCY_NAME.match(item.text)
        closes = item.text.endswith(":") or (_ends_sentence(item.text) and not one_sentence)
        if m:
            group = next(g for g in ("caps", "label", "dash") if m.group(g))
            name, rest = m.group(group).strip(" :–-"), m.end(group)
        elif word_count(item.text) <= (_LONG_NAME if short_names else 12) and not closes:
            name, rest = item.text.strip(" .;"), len(item.text)
        else:
            continue
        named = section_kind(name) == "competencies" or _COMPETENCY_WORD.fullmatch(name) is not None
        if index == 0 and named and item.text[rest:].strip(" :"):
            continue  # "Competency: What it looks like", "Competencia: Descripción": a table's header row
        if entries and section_kind(name) in _AFTER_COMPETENCIES:
            break  # "Education: An advanced university degree …": a print view's next row, not a competency
        if name.casefold() not in (entry[2].casefold() for entry in entries):
            entries.append((index, item, name, rest))
    return entries


def _ends_sentence(text: str) -> bool:
    """A full stop at the end, not a scan's stray dot after a space ("Collaboration inclusive .")."""
    return text.endswith(".") and not text.endswith(" .")


def _labelled_names(ctx: Context) -> list[Passage]:
    """The names that head their descriptions as labels under the competency section ("### Compétences" /
    "Professionnalisme:" / "Connaissance des politiques …"), when there are two or more."""
    names: list[Passage] = []
    owner: Block | None = None
    for block in ctx.structure.blocks:
        if owner is not None and block.level > owner.level:
            line = block.heading.line if block.heading is not None and block.kind is None else None
            if line is not None and line.text.endswith((":", "：")):
                names.append(Passage(line.text, line.offsets).sub(0, len(line.text.rstrip(" :："))))
            continue
        owner = block if block.kind == "competencies" else None
    return names if len(names) >= 2 else []


_NAME_SEPARATOR = re.compile(r"\s+[-–—/·|]\s+")


def _parts_of(item: Passage) -> list[Passage]:
    """The names an item parts with dashes or slashes (three or more short ones), else the item."""
    parts = [part.strip(" .;") for part in item.parts(_NAME_SEPARATOR)]
    return parts if len(parts) >= 3 and all(0 < word_count(part.text) <= 7 for part in parts) else [item]


_HEADING_THEN_ITEM = re.compile(r"^(?P<name>[^-•*]{3,40}?)\s+(?=[-•*]\s+[A-ZÀ-Ý])")  # not "- behavioural …"


def _item_on_heading(ctx: Context, kind: str) -> Passage | None:
    """A list's first item on its heading's line, as PDF rows print it ("Compétences - Orientation vers les
    résultats" / "- Travail d'équipe …"): the item with its marker."""
    for block in ctx.structure.blocks:
        heading = block.heading
        if heading is None or heading.kind != kind:
            continue
        m = _HEADING_THEN_ITEM.match(heading.line.text)
        if m is not None and section_kind(m.group("name")) == kind:
            return Passage(heading.line.text, heading.line.offsets).sub(m.end(), len(heading.line.text))
    return None


def competencies(ctx: Context) -> list[str]:
    """Competency names: "TEAMWORK: ...", "Communication: ...", or a list of short names."""
    names: list[str] = []
    for index, item, name, _rest in _competency_entries(ctx):
        names.append(name)
        ctx.source(f"competencies.{index}", item.span(0, len(name)))
    if not names:
        names = (
            _inline_list(ctx) or _numbered_in_prose(ctx) or _semicolon_paragraph(ctx) or _labelled_item(ctx)
        )
    return names


def _labelled_item(ctx: Context) -> list[str]:
    """Competencies as one item of the profile's list, under their label ("* Compétences recherchées :
    esprit d'équipe, communication, souci des résultats, capacité d'analyse.")."""
    for item in items_of(ctx.structure.section("qualifications")):
        label, colon, rest = item.text.partition(":")
        if not colon or section_kind(label) != "competencies":
            continue
        names = _names_in_line(" ".join(rest.split()))
        if len(names) >= 2:
            return names
    return []


def _semicolon_paragraph(ctx: Context) -> list[str]:
    """Competencies as one paragraph of their section parted by semicolons ("Lograr resultados; ser
    responsable; …; comunicar para generar impacto.")."""
    text = flow(ctx.structure.section("competencies")).text
    parts = [" ".join(part.split()).strip(" .") for part in text.split(";")]
    names = [part for part in parts if part]
    return names if len(names) >= 3 and all(word_count(name) <= 8 for name in names) else []


def _numbered_in_prose(ctx: Context) -> list[str]:
    """Competencies numbered in a paragraph of their section: "(1) Demuestra autoconciencia, (2) …"."""
    paragraphs: list[list[Line]] = []
    for line in ctx.structure.section("competencies"):
        if line.blank_before or not paragraphs:
            paragraphs.append([])
        paragraphs[-1].append(line)
    for lines in paragraphs:
        numbered = [p.strip(" .") for p in _numbered_inline(Passage.join(lines, sep=" "))]
        if len(numbered) >= 2 and all(0 < word_count(p.text) <= 10 for p in numbered):
            return _record(ctx, "competencies", numbered)
    return []


_INDICATOR_BREAK = re.compile(r";|\.\s+(?=[A-ZÀ-Ý])|\.$")
_LEADING = re.compile(r"^[\s:–-]*(?:and\s+|et\s+)?", re.IGNORECASE)


def competency_indicators(ctx: Context) -> dict[str, list[str]]:
    """The behavioural indicators the ToR lists after each competency's name ("PROFESSIONALISM: Shows
    pride in work…; Demonstrates…"), by the competency's name as `competencies` gives it; sources
    `competency_indicators.K.J` for the J-th indicator of the K-th competency."""
    found: dict[str, list[str]] = {}
    for position, (_index, item, name, rest) in enumerate(_competency_entries(ctx)):
        indicators: list[str] = []
        start = rest
        for end in [m.start() for m in _INDICATOR_BREAK.finditer(item.text, rest)] + [len(item.text)]:
            piece = item.text[start:end]
            lead = _LEADING.match(piece)
            skip = lead.end() if lead else 0
            text = piece[skip:].strip()
            if word_count(text) >= 2:
                first = start + skip + (len(piece[skip:]) - len(piece[skip:].lstrip()))
                ctx.source(
                    f"competency_indicators.{position}.{len(indicators)}", item.span(first, first + len(text))
                )
                indicators.append(text[:1].upper() + text[1:])
            start = end + 1
        if indicators:
            found[name] = indicators
    return found


_CAPITALS_NAME = re.compile(r"(?:^|(?<=[\s.;]))([A-ZÀ-Ý][A-ZÀ-Ý &'’/-]{3,60})\s*:")


def _inline_list(ctx: Context) -> list[str]:
    """Competencies given as one comma-separated line under their label."""
    pairs = ctx.structure.pairs
    for index, pair in enumerate(pairs):
        if pair.kind != "competencies":
            continue
        opening = _CAPITALS_NAME.match(pair.value.text)
        if opening is not None:
            # "Competencies   PROFESSIONALISM: …" / "               COMMUNICATION: …": the rows that follow
            # under their own names in capitals are the next competencies
            following = [p.label for p in pairs[index + 1 :]]
            more = list(takewhile(lambda label: _CAPITALS_NAME.fullmatch(f"{label}:") is not None, following))
            if more:
                return [opening.group(1).strip(), *(label.strip() for label in more)]
        numbered = _numbered_inline(pair.text)  # "Core competencies: 1) Professionalism; 2) …"
        if len(numbered) >= 2:
            return [" ".join(p.text.split()).strip(" .;") for p in numbered]
        # "Competencies    * Integrity" / "                * Teamwork": a list as the label's value
        first, *rest = pair.text.text.split("\n")
        marked = [(line, m) for line in rest if (m := list_marker(line)) is not None]
        if len(marked) >= 2 and len(marked) == len(rest):  # the value's own line lost its marker to the label
            return [line.strip(" .;") for line in [first, *(line[m.length :] for line, m in marked)]]
        names = _names_in_line(pair.text.text.replace("\n", " "))
        if len(names) >= 2:
            return names
    return []


# Marks that part names which may hold "and": "A ; B et C ; D", "A · B · C", "A / B y C / D", "| A | B |",
# "A - B - C"
_NAME_MARKS = (";", "·", "•", " / ", "|", " - ")


def _names_in_line(text: str) -> list[str]:
    """The names of one line parted by the first mark that parts them all into short names, else by commas
    and "and"."""
    for mark in (m for m in _NAME_MARKS if m in text):
        names = [p.strip(" .|•·;") for p in text.split(mark) if p.strip(" .|•·;")]
        if len(names) >= 2 and all(word_count(name) <= 8 for name in names):
            return names
    parts = [p.strip(" .") for p in re.split(r",|\band\b", text)]
    return [p for p in parts if p and word_count(p) <= 8]


def sections(ctx: Context) -> dict[str, str]:
    """Each top-level section's text under its heading as written."""
    headed = [b for b in ctx.structure.blocks if b.heading]
    if not headed:
        return {}
    top = _top_level([b.level for b in headed])
    result: dict[str, list[str]] = {}
    current: list[str] | None = None
    for block in ctx.structure.blocks:
        if block.heading and block.level <= top:
            name = block.heading.title
            current = result.setdefault(name, [])
        elif block.heading and current is not None:
            current.append(block.heading.line.text)
        if current is not None:
            current.extend(line.text for line in block.lines)
    return {name: "\n".join(lines) for name, lines in result.items() if lines}


def _top_level(levels: list[int]) -> int:
    """The highest heading level used at least twice (else the highest used)."""
    repeated = [level for level in set(levels) if levels.count(level) >= 2]
    return min(repeated) if repeated else min(levels)
