"""The post's identity: title, reference number, host organization and unit."""

from __future__ import annotations

import re
from collections import Counter

from jpo.geo.countries import find_countries
from jpo.geo.organizations import find_organizations
from jpo.geo.sponsors import find_sponsor_offices
from jpo.geo.stations import find_station_in
from jpo.vacancy.extract.layout import NOTE_OPEN
from jpo.vacancy.fields.context import Context
from jpo.vacancy.lines import Line
from jpo.vacancy.lists import LABELLED, flow
from jpo.vacancy.passage import Passage
from jpo.vacancy.structure import (
    Heading,
    LabelValue,
    clean_label,
    mostly_organization,
    names_field,
    word_count,
)
from jpo.vacancy.vocabulary import ANY_LABEL, LABEL_PATTERNS, OPEN_ENDINGS, ends_open, section_kind

_POST_WORDS = re.compile(
    # the programme's acronym as a word, not inside a code ("JEA-2027-CD-017", "MONUSCO/JEA/2027/05")
    r"(?<![/-])\b(?:JPO|JEA)\b(?![-/]\w)"
    r"|\b(?:junior\s+professional\s+officer|associate\s+expert|administrat(?:eur|rice)\s+auxiliaire"
    # "Administrateur/trice de programme auxiliaire"
    r"|administrat(?:eur|rice)\S*(?:\s+[\w'’/()-]+){1,3}?\s+auxiliaire"
    r"|jeune\s+expert|oficial\s+profesional\s+j[úu]nior|profesional\s+asociad[oa]|expert[oa]\s+asociad[oa]"
    r"|oficial\s+asociad[oa]"
    # the junior rank in French: "Spécialiste adjoint(e) de programme", "Administratrice adjointe"
    r"|(?:sp[ée]cialiste|administrat(?:eur|rice)|charg[ée]e?|analyste|conseill(?:er|[eè]re))\s+adjoint(?:e|\(e\))?)(?:\b|(?<=\)))",
    re.IGNORECASE,
)
# A title that opens with the programme's words and goes on with the post's area after a comma or a dash:
# "Junior Professional Officer (JPO), Learning Design and Evaluation" (not "JPO Learning Elements")
_POST_THEN_AREA = re.compile(
    r"(?:junior\s+professional\s+officer|associate\s+expert|JPO|JEA)(?:\s*\((?:JPO|JEA)\))?\s*[,–—-]\s+\w",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    # the programme's own name ("JPO Programme", "Programme des administrateurs auxiliaires"), not a
    # post whose title holds the word ("Programme Analyst", "Spécialiste de programme"); "Programme italien
    # de JPO" too, but not "Programme Specialist for Young People"
    r"(?:jpo|officers?|experts?|professionals?|auxiliaires|associ[ée]s|j[úu]nior|ypp|dispatch|recruitment)"
    r"\)?\s+programm?e|programm?e\s+(?:(?!officer|specialist|analyst|manager|assistant|coordinat|associate)[\w-]+\s+)?"
    r"(?:des|de|del|of|for)\s+(?:the\s+)?(?:jeunes|administrat|oficiales|junior|jpo"
    r"|associate|young)|programa\s+de\s+(?:oficiales|j[óo]venes|expertos|profesionales|funcionarios|jpo)"
    r"|^\W*programm?e\W*$|\baviso\s+de\s+vacante\b"
    r"|terms\s+of\s+reference|termes\s+de\s+r[ée]f[ée]rence|vacancy\s+(?:announcement|notice)|\bfiche\s+de\s+poste\b"
    r"|avis\s+de\s+vacance|^\s*jpo\s*(?:\(associate expert\))?\s*$|t[ée]rminos\s+de\s+referencia"
    r"|convocatoria|anuncio\s+de\s+vacante|mise\s+au\s+concours|programm?[ea]\s+(?:jpo|jea|apo)\b"
    # "Programme Jeunes Experts Associés (JPO) de la Confédération suisse"
    r"|programm?[ea]\s+(?:des\s+|de\s+)?(?:jeunes\s+expert|j[óo]venes\s+(?:profesionales|expertos))|mises\s+au\s+concours"
    # a call, not a post: "Programme belge des jeunes experts associés (JPO) - Appel 2026", "JPO Call 2026"
    r"|\bappel\s+(?:[àa]\s+candidatures\s+)?(?:(?:jpo|jea)\s+)?20\d\d|\bcall\s+(?:for\s+applications\s+)?(?:jpo\s+)?20\d\d"
    # a newsletter's banner over the notice it reproduces: "[1] JPO VACANCY - REPRODUCED AS PUBLISHED BY …"
    r"|\bjpo\s+vacanc(?:y|ies)\b|\breproduced\s+as\s+published\b"
    # a page's kicker over the title: "UN Environment Programme - Junior Professional Officer vacancy"
    r"|\b(?:junior\s+professional\s+officer|associate\s+expert)s?\s+(?:vacanc(?:y|ies)|openings?)\b"
    # a newsletter's sections about the call or its posts: "Campagne JEA 2027 : les postes ouverts ce
    # mois-ci", "À la une : JEA au FIDA à Antananarivo", "Featured: JPO at IFAD"
    r"|\bcampa(?:gne|ña)\s+(?:(?:jpo|jea)\s+)?20\d\d|\bpostes\s+ouverts|\bopen\s+(?:positions|posts|vacancies)\b"
    r"|\b(?:offre|oferta|offer)\s+n(?:[°º.o]|\.\s*[°º])\s*\d|\bpuestos\s+abiertos|\bvacantes\s+abiertas|^\W*(?:\d+\.\s*)?(?:[àa]\s+la\s+une|featured|destacad[oa])\b"
    # an intranet page's headline: "JPO OPPORTUNITY - AUSTRIA-FUNDED POST IN OUR KAMPALA OFFICE"
    r"|\bjpo\s+opportunit(?:y|ies)\b"
    # a mail's signature, the programme's own team: "The JPO team", "Equipo JPO del BFIO", "Cellule JPO"
    r"|^\W*(?:the\s+)?(?:jpo|jea|apo)\s+(?:team|unit|desk)\b|^\W*(?:equipo|cellule|[ée]quipe|unidad)\s+(?:jpo|jea|apo)\b"
    r"|programm?e\s+(?:[\w-]+\s+)?des\s+jeunes\s+(?:experts|administrat)"
    # a form's own header: "Formulaire JPO-TdR, version 2026 – à compléter par le bureau d'accueil"
    r"|\bformulaire\b|\bversion\s+20\d\d|\b[àa]\s+compl[ée]ter\b|\bto\s+be\s+completed\b"
    # a government's letterhead: "SPF Affaires étrangères, …", "Ministry of Foreign Affairs"
    r"|\bminist(?:ry|[èe]re|erio)\b|\baffaires\s+[ée]trang[èe]res\b|\bforeign\s+affairs\b|\basuntos\s+exteriores\b",
    re.IGNORECASE,
)
# The keyword ends where a word does: not "va" inside "vacancies/…".
_REFERENCE = re.compile(
    r"\b(?:vacancy\s+announcement|vacancy\s+notice|vacancy|VA|terms\s+of\s+reference|ToR|post\s+number|position\s+number"
    r"|r[ée]f[ée]rence|r[ée]f\.?|job\s+opening(?:\s+id)?|job(?=\s+no\b)|requisition|avis\s+de\s+vacance(?:\s+de\s+poste)?|posting|req\.?\s*id"
    r"|referencia|vacante|convocatoria|(?:num[ée]ro|n[°o])\s+de\s+l['’]\s*avis(?:\s+de\s+vacance)?|c[óo]d\.|c[óo]digo"
    r"|fiche(?:\s+de\s+poste)?(?=\s+n[°o])|call\s+for\s+applications?(?=\s*:))(?![^\W\d_])"
    # (a sentence's full stop after the code is no part of it: "… para la convocatoria 2027.")
    r"\s*(?:no\.?|number|n\.?\s*[°ºo]\.?|#|id|:)?\s*:?\s*(?P<code>[A-Z0-9][A-Z0-9_/.-]*\d(?:[A-Z0-9_/.-]*[A-Z0-9])?)"
    # a quantity, not a code: "… de la convocatoria: 32 años"
    r"(?!\s*(?:años|a[ñn]os|years?|ans|mois|meses|months?|d[íi]as|days|jours|semaines|weeks|semanas)\b)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCES = re.compile(r"[a-zà-ÿ)]{2}\.\s+[A-ZÀ-Ý][a-zà-ÿ]")  # ("… danois(es). Le poste …")
# A code alone in a running foot or head, no label before it: "ECA/JPO/KR/2026-07      Page 2 of 3".
_BARE_CODE = re.compile(r"(?<![\w/.:])(?P<code>[A-Z][A-Z0-9-]*(?:/[A-Z0-9][A-Z0-9-]*){2,})(?![\w/])")
# A posting's number after the title: "Associate Technical Officer (Health Security) - (2604512)".
_POSTING_NUMBER = re.compile(r"\s*(?P<code>[A-Z]{0,4}-?\d{5,10})\s*")
# Kinds of section whose heading shows that the ToR's body has begun.
_CONTENT_KINDS = frozenset({"duties", "learning", "qualifications", "education", "experience", "competencies",
                            "languages", "programme", "documents", "how_to_apply"})  # fmt: skip
# A note after a title on who may apply or where: "(open to Dutch nationals only)", "– Nairobi, Kenya".
_NOTE = re.compile(r"\s*(?:\(|\[|\s[-–—|]\s|,\s)(?P<note>[^()\[\]]*)[)\]]?\s*$")
_WHO_MAY_APPLY = re.compile(
    r"\b(?:nationals?|citizens?|open\s+to|only|exclusively|candidates|applicants|ressortissants?|r[ée]serv[ée]"
    r"|uniquement|nacionales|ciudadan|s[óo]lo|solamente|exclusivamente)\b",
    re.IGNORECASE,
)


def title(ctx: Context) -> str | None:
    """The post title: a "Title:" value, else the first heading naming a JPO post (before the ToR's
    sections begin), a top line naming one, a prominent leading heading, a later heading naming one; a
    title a screen cut short ("Administrateur auxiliai…") given whole where the text states it whole."""
    found = _title(ctx)
    return _untruncated(ctx, found) if found is not None and found.endswith(("…", "...")) else found


_MOST_LINES = 4


def _untruncated(ctx: Context, cut: str) -> str:
    """The whole of a value cut short with "…", from the lines that state it whole (up to a blank line)."""
    words = cut.rstrip(".… ").split()
    if len(words) < 2:
        return cut
    head = re.compile(r"\s+".join(re.escape(word) for word in words))
    best: Passage | None = None
    for index, line in enumerate(ctx.lines):
        if not line.text.startswith(words[0]):
            continue
        block = [line]
        for following in ctx.lines[index + 1 : index + _MOST_LINES]:
            if following.blank_before or LABELLED.match(following.text):
                break
            block.append(following)
        whole = Passage.join(block, sep=" ")
        if (
            head.match(whole.text)
            and "…" not in whole.text
            and (best is None or len(whole.text) > len(best.text))
        ):
            best = whole
    if best is None or len(best.text.split()) <= len(words):
        return cut
    ctx.source("title", best.span())
    return best.text


def _title(ctx: Context) -> str | None:
    value = ctx.structure.wrapped_value("title")
    preamble_end = ctx.structure.preamble_end
    if value is not None and value.offsets and value.offsets[0] < preamble_end:
        # a reposting page's own title, or its front matter's: the notice's title line comes first
        own = _top_line(ctx, after=preamble_end)
        if own is not None:
            return own
    # a web page's title that names the call and its year ("Appel JPO 2026 – Fiche de poste n° 9 – UNOPS
    # Ouagadougou") is no post's title
    # nor is a sentence that opens with a title's word ("*Puesto JPO financiado por … italiana. Atención: …*")
    if (
        value is not None
        and value.text
        and not _A_YEAR.search(value.text)
        and not _SENTENCES.search(value.text)
        and not _SERIES_NUMBER.match(value.text)
        and not _A_DEGREE.match(value.text)
    ):
        value = _fuller_heading(ctx, _without_note(value))
        ctx.source("title", value.span())
        return value.text
    if (under := _under_post_heading(ctx)) is not None:
        ctx.source("title", under.span())
        return under.text
    if ctx.structure.reprint and (own := _top_line(ctx, after=preamble_end)) is not None:
        return own  # a job alert's or a reposting page's other lines above the notice it prints whole
    return _title_by_headings(ctx)


# "Position Announcement No. 9 of 12": the number of a notice in its series, no post's title
_SERIES_NUMBER = re.compile(
    r"^(?:announcement|vacancy|notice|avis|anuncio|convocatoria)\s+(?:no\.?|n[°ºo]\.?|number|#)\s*\d",
    re.IGNORECASE,
)


# "Título: maestría o superior, obtenida …": in Spanish a degree is a "título" too
_A_DEGREE = re.compile(
    r"^\W*(?:(?:un|una|a|an)\s+)?(?:maestr[íi]a|m[áa]ster(?:'s)?|licenciatura|grado\s+universitario|doctorado"
    r"|t[íi]tulo\s+(?:universitario|de\s+(?:grado|maestr[íi]a|licenciatura))|bachelor(?:'s)?\s+degree|master(?:'s)?\s+degree)\b",
    re.IGNORECASE,
)


def _title_by_headings(ctx: Context) -> str | None:
    """The title where no label gives it: a heading naming a post, a leading heading or a top line."""
    named, in_sections = _post_heading(ctx)
    if named is not None and not in_sections:
        return _named_title(ctx, named)
    # a top-level heading before the ToR's sections says more than a line that merely names a JPO
    found = (
        _leading_heading(ctx, levels=(1,)) or (_headed_by_organization(ctx) and _leading_heading(ctx))
        or _after_banner(ctx) or _top_line(ctx) or _leading_heading(ctx) or _capitals_post(ctx)
    )  # fmt: skip
    if found is None or not _names_a_post(found):
        found = _notice_below(ctx) or found
    if found is not None and named is not None and named.kind is None and not _names_a_post(found):
        # a show's or a site's heading names no post; the heading that names one further down does
        # ("# Blue Passport — the UN careers podcast" … "#### Junior Professional Officer (JPO) in …")
        return _named_title(ctx, named)
    if found is not None:
        return found
    if named is not None:  # "LEARNING ELEMENTS (JPO)" is no title while a better one stands above
        return _named_title(ctx, named)
    return _first_line(ctx) or _title_in_a_sentence(ctx)


# "The office is looking for an Associate … Officer to …", "recrute un·e …", "busca incorporar a un/a …"
_HIRING = re.compile(
    r"\b(?:is\s+(?:looking|seeking)\s+(?:for\s+)?|seeks\s+|is\s+recruiting\s+|wishes\s+to\s+recruit\s+)(?:an?\s+)?"
    r"|\b(?:recherche|recrute|souhaite\s+recruter)\s+(?:un(?:[·.(/]?e\)?)?|une)\s+"
    r"|\b(?:busca(?:\s+(?:incorporar|contratar))?|selecciona|contratar[áa])\s+a\s+(?:un(?:[/(]?a\)?)?|una)\s+",
    re.IGNORECASE,
)
_TITLE_END = re.compile(
    r"\s+(?:para|to|pour|who|qui|que|au\s+sein|within|con\s+sede|for\s+(?:a|an|the))\b|[,.;:]"
)
_POST_NOUN = re.compile(
    r"\b(?:officer|oficial|specialist|especialista|analyst|analista|expert|experto|experta|associate|asociad[oa]"
    r"|charg[ée]|administrat(?:eur|rice|or)|sp[ée]cialiste|coordinat|coordinador)",
    re.IGNORECASE,
)


def _title_in_a_sentence(ctx: Context) -> str | None:
    """A title given only in the opening sentences, after a verb of hiring ("busca incorporar a un/a
    Oficial de Programa Asociado/a en … para su oficina")."""
    for sentence in ctx.sentences()[:8]:
        hiring = _HIRING.search(sentence.text)
        if hiring is None:
            continue
        end = _TITLE_END.search(sentence.text, hiring.end())
        found = sentence.sub(hiring.end(), end.start() if end else len(sentence.text)).strip(" *")
        if found.text[:1].isupper() and 2 <= len(found.text.split()) <= 16 and _POST_NOUN.search(found.text):
            ctx.source("title", found.span(), inferred=True)
            return found.text
    return None


def _names_a_post(text: str) -> bool:
    return bool(_POST_WORDS.search(text) or _POST_NOUN.search(text))


def _post_heading(ctx: Context) -> tuple[Heading | None, bool]:
    """The first heading naming a JPO post, and whether a known section opened before it."""
    in_sections = False
    for block in ctx.structure.blocks:
        heading = block.heading
        if heading is None:
            continue
        intro = heading.line.text.endswith(":")  # "After the assignment the JPO will have:"
        # a sentence or question that opens a known section ("This is what you will do as a JPO.")
        # names no post
        asks = heading.kind is not None and heading.line.text.endswith((".", "?", "…"))
        if (
            not asks
            and not intro
            # "Ce que le/la JEA apprendra" heads a section by its words (the model's reading of a
            # long title may be a section's kind too)
            and (section_kind(heading.title) not in _CONTENT_KINDS or _POST_THEN_AREA.match(heading.title))
            and _POST_WORDS.search(heading.title)
            and not _GENERIC.search(_note_free(heading.title))
        ):
            return heading, in_sections
        in_sections = in_sections or heading.kind in _CONTENT_KINDS
    return None, in_sections


def _note_free(text: str) -> str:
    """A heading's text without its note on who may apply ("… (JPO) – ouvert uniquement aux candidat(e)s
    éligibles au programme JPO des Pays-Bas"): the programme the note names is not the heading's."""
    return _without_note(Passage(text, tuple(range(len(text))))).text


def _not_titles(ctx: Context) -> set[int]:
    """Where the lines start that never hold the title: the sections' headings, other fields' rows, a mail's
    header."""
    return _body_headings(ctx) | _other_fields_lines(ctx) | _mail_header_lines(ctx)


def _body_headings(ctx: Context) -> set[int]:
    """Where the headings of sections after the ToR's first known section start ("LEARNING ELEMENTS (JPO)"
    after "DESCRIPTION OF DUTIES"): they name parts of the ToR, not the post."""
    found: set[int] = set()
    begun = False
    for block in ctx.structure.blocks:
        if block.heading is None:
            continue
        if begun:
            found.add(block.heading.line.start)
        begun = begun or block.heading.kind in _CONTENT_KINDS
        if block.heading.kind in _CONTENT_KINDS and _ASKS.match(block.heading.title):
            found.add(block.heading.line.start)  # "What the JPO will do" heads a section, it names no post
    return found


_ASKS = re.compile(r"(?:what|how|who|ce\s+que|comment|qui|lo\s+que|qu[ée]|c[óo]mo|qui[ée]n)\b", re.IGNORECASE)


# How far down a title may stand: a newsletter or an e-mail may reproduce the notice below its own head.
_TOP = 32


def _top_line(ctx: Context, after: int = -1) -> str | None:
    """A line near the top (of the text after `after`) naming a JPO post, joined with the next when cut at
    the line's end."""
    lines = [line for line in ctx.lines if line.start > after][:_TOP] if after >= 0 else ctx.lines[:_TOP]
    body = ctx.once("identity.not_titles", lambda: _not_titles(ctx))
    bare: Passage | None = None
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        previous = lines[index - 1] if index else None
        if previous and not line.blank_before and ends_open(previous.text):
            continue  # "… is seeking a" / "Junior Professional Officer (…)": a sentence's middle
        if line.start in body:
            continue
        found, cut = _continued(line, following)
        beyond = lines[index + 2] if cut and index + 2 < len(lines) else None
        if following is not None and beyond is not None and _cut_mid_phrase(following, beyond):
            found = flow([line, following, beyond])  # "… en" / "Nutrición y … Sensible a" / "la Nutrición"
        # "Associate Urban Resilience Officer" / "(Junior Professional Officer - Korean JPO Programme)": a
        # note under the line names the programme, the line the post
        programme = _programme_note(line, following)
        note = following
        if not programme and cut and following is not None and _bracket_note(following):
            # a narrow wrap: "ASSOCIATE PROTECTION OFFICER" / "(COMMUNITY-BASED PROTECTION)" / "Junior
            # Professional Officer": the programme's note a line further down, under the title's bracket
            note = lines[index + 2] if index + 2 < len(lines) else None
            programme = _programme_note(line, note)
        if _POST_WORDS.search(found.text) is None and not programme:
            continue  # no post named: the gazetteer scans of its core are not worth making
        found = _title_core(Passage(line.text, line.offsets) if programme and note is following else found)
        # the post's words begin on this line ("… OFFICER (JUNIOR PROFESSIONAL" / "OFFICER)"); a line
        # that only leads to them is a sentence's start ("… is seeking a" / "Junior Professional Officer")
        post = _POST_WORDS.search(note.text.strip("_*") if programme and note else found.text)
        noted = programme or (cut and following is not None and _bracket_note(following))
        if (
            post is not None
            and (post.start() < len(line.text) or noted)
            and _title_like(found.text, words=24 if cut else 12)
            and not _GENERIC.search(found.text)
        ):
            if _POST_WORDS.fullmatch(found.text) and bare is None:
                bare = found  # "Junior Professional Officer" alone: a line naming the post itself may follow
                continue
            ctx.source("title", found.span(), inferred=True)
            return found.text
    if bare is not None:
        ctx.source("title", bare.span(), inferred=True)
        return bare.text
    return None


_GRADE_PART = re.compile(r"^(?:P|NO|L|D)\s?-?\s?[1-5]$", re.IGNORECASE)


def _capitals_post(ctx: Context) -> str | None:
    """A plain-text notice's post in capitals near the top, with the note in brackets under it when cut
    there ("ASSOCIATE CIVIL AFFAIRS OFFICER" / "(LOCAL CONFLICT MANAGEMENT)"), before the ToR's sections."""
    body = _body_headings(ctx)
    lines = ctx.lines[:_TOP]
    for index, line in enumerate(lines):
        if line.start in body:
            return None
        text = line.text
        if text != text.upper() or not _POST_NOUN.search(text) or not _title_like(text):
            continue
        if _GENERIC.search(text) or mostly_organization(text) or section_kind(text) is not None:
            continue
        following = lines[index + 1] if index + 1 < len(lines) else None
        # its area or note in brackets under it: "(LOCAL CONFLICT MANAGEMENT)", "(Decent Work in …)"
        noted = following is not None and not following.blank_before and _bracketed_line(following)
        found = flow([line, following]) if noted and following is not None else Passage(text, line.offsets)
        ctx.source("title", found.span(), inferred=True)
        return found.text
    return None


def _title_core(line: Passage) -> Passage:
    """The title without what a careers page appends to it: ", P-2, Yangon, Myanmar (Open to Japanese
    nationals only)" (a note, then the grade and the places, each after a comma)."""
    core = _without_note(line)
    while (comma := core.text.rfind(",")) > 0:
        part = core.text[comma + 1 :].strip()
        places = find_station_in(part) or find_countries(part)
        if not (_GRADE_PART.match(part) or (places and len(part.split()) <= 3)):
            break
        core = core.sub(0, comma).strip(" ,")
    return core


# "Junior Professional Officer position funded by the Government of Sweden": who funds the post, under it
_FUNDED_NOTE = re.compile(
    r"\b(?:funded|financed|sponsored)\s+by\b|\bfinanc[ée]e?\s+par\b|\bfinanciad[oa]\s+por\b", re.IGNORECASE
)


# "open to Japanese nationals only", "ouvert aux ressortissant·e·s …", "abierto a personas de nacionalidad …"
_OPEN_NOTE = re.compile(
    r"\bopen\s+(?:only\s+)?to\b|\bfor\s+\w+\s+nationals\b|\bouvert\s+(?:uniquement\s+)?aux\b|\br[ée]serv[ée]\s+aux\b"
    r"|\babierto\s+(?:solo\s+|[úu]nicamente\s+)?a\b|\breservado\s+a\b",
    re.IGNORECASE,
)


def _other_fields_lines(ctx: Context) -> set[int]:
    """Where the lines start whose label names another field ("JPO Centre file no. 2027-PS-044"): the
    programme's name in a reference's label names no post."""
    found: set[int] = set()
    for pair in ctx.structure.pairs:
        label = clean_label(pair.label)
        # (one match for "any label", as most pairs have one; the title's own label alone keeps its line)
        if pair.value.offsets and ANY_LABEL.match(label) and not LABEL_PATTERNS["title"].match(label):
            at = ctx.line_at(pair.value.offsets[0])
            if at is not None:
                found.add(ctx.lines[at].start)
    return found


# A forwarded mail's header as a mail app pastes it: "From: Norad JPO Programme" / "<jpo@norad.example>"
_SENDER = re.compile(r"^(?:from|de|von)\s*:", re.IGNORECASE)
_MAIL_HEADER = re.compile(
    r"^(?:from|sent|date|to|cc|bcc|subject|de|envoy[ée]|[àa]|objet|enviado|fecha|para|asunto|von|gesendet|an|betreff)"
    r"\s*:",
    re.IGNORECASE,
)


def _mail_header_lines(ctx: Context) -> set[int]:
    """Where the lines of a forwarded mail's header start, the lines its fields wrap onto included (two at
    most per field, up to a blank line): a run of header fields that names a sender and another field."""
    found: set[int] = set()
    runs: list[list[Line]] = []
    wrapped = 0  # lines the current field has wrapped onto
    for line in ctx.lines:
        if _MAIL_HEADER.match(line.text):
            if not runs or not runs[-1] or line.blank_before:
                runs.append([])
            runs[-1].append(line)
            wrapped = 0
        elif runs and runs[-1] and not line.blank_before and wrapped < _WRAPPED_HEADER:
            runs[-1].append(line)
            wrapped += 1
        elif runs and runs[-1]:
            runs.append([])
    for run in runs:
        labels = {m.group().casefold() for line in run if (m := _MAIL_HEADER.match(line.text))}
        if any(_SENDER.match(label) for label in labels) and len(labels) >= 2:
            found.update(line.start for line in run)
    return found


_WRAPPED_HEADER = 2


def _programme_note(line: Line, following: Line | None) -> bool:
    """Whether the line under `line` is a note naming the programme, not the post: in brackets, or saying
    who funds it."""
    if following is None or following.blank_before or _POST_WORDS.search(line.text):
        return False
    if following.text.startswith("(") and following.text.endswith(")"):
        return _GENERIC.search(following.text) is not None
    # "_Junior Professional Officer - open to Japanese nationals only_": the note in a mail's italics
    note = following.text.strip("_*")
    # (or the programme's words alone under a line naming a post: "ASSOCIATE PROTECTION OFFICER" / "Junior
    # Professional Officer" / "(JPO) - Norway", wrapped)
    alone = _POST_WORDS.fullmatch(note) is not None and _POST_NOUN.search(line.text) is not None
    return _POST_WORDS.match(note) is not None and (
        _FUNDED_NOTE.search(note) is not None or _OPEN_NOTE.search(note) is not None or alone
    )


def _bracketed_line(line: Line) -> bool:
    """A line in brackets from end to end, short enough to be a title's area: "(Decent Work in …)"."""
    text = line.text
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1 and len(text.split()) <= 12


def _bracket_note(line: Line) -> bool:
    """A short note in brackets alone on its line: "(JEA)" under the title it belongs to."""
    return line.text.startswith("(") and line.text.endswith(")") and len(line.text.split()) <= 4


def _emphasised(line: Line, text: str) -> bool:
    """Whether the line stands between emphasis marks (a chat's "*bold*", Markdown's "_italic_")."""
    start, end = line.offsets[0], line.offsets[-1]
    return 0 < start and end + 1 < len(text) and text[start - 1] in "*_" and text[end + 1] in "*_"


def _cut_mid_phrase(line: Line, following: Line) -> bool:
    """Whether `line` stops mid-phrase and `following` goes on with it: a small word at its end, a
    lower-case start under it (a narrow wrap's third line of a title)."""
    return not following.blank_before and (ends_open(line.text) or following.text[:1].islower())


def _continued(line: Line, following: Line | None, text: str = "") -> tuple[Passage, bool]:
    """The line, joined with the next when cut at its end (an open word or bracket, a lower-case
    start, both lines set in the same emphasis), and whether it was."""
    if following is None or following.blank_before:
        return Passage(line.text, line.offsets), False
    if text and _emphasised(line, text) and _emphasised(following, text) and word_count(following.text) <= 4:
        return flow([line, following]), True  # "*… Programme Officer, Enhanced*" / "*Transparency Framework*"
    open_bracket = line.text.count("(") > line.text.count(")") and ")" in following.text
    # "Oficial Asociado/a (JPO) -" / "Protección …", and a title's "(JEA)" on the line under it
    # "ASSOCIATE PROGRAMME OFFICER" / "(Decent Work in the Ready-Made Garment Sector)": the post's area,
    # whatever the case ("Administrateur auxiliaire de protection" / "(Protection de l'enfance …)"), not a
    # note on who may apply or where ("(ouvert aux ressortissants belges)")
    area = (_bracket_note(following) or _bracketed_line(following)) and not _place_or_people(following.text)
    dangling = line.text.endswith((" -", " –", " —", "&", "/")) or area
    # "…, Junior Professional" / "Officer": the programme's words cut at the line's end
    cut_words = not _POST_WORDS.search(line.text) and _POST_WORDS.search(f"{line.text} {following.text}")
    starts_open = _opens_on_a_small_word(line.text, following.text)
    if (
        following.text[:1].islower()
        or _last_word(following)  # "… Asociado/a en Servicios" / "Climáticos"
        or open_bracket
        or dangling
        or cut_words
        or ends_open(line.text)
        or starts_open
    ):
        return flow([line, following]), True
    return Passage(line.text, line.offsets), False


# A notice's banner, the post's title on the line under it: "AVIS DE VACANCE DE POSTE N° AFRO/JPO/2027/014".
_BANNER = re.compile(
    # "ANNEXE - TERMES DE RÉFÉRENCE": a press release's annex
    r"^\W*(?:annex(?:e|o)?\s*(?:[IVX]{1,4}|\d{1,2})?\s*[-–—:.]\s*)?"
    r"(?:(?:vacancy\s+(?:announcement|notice)|terms\s+of\s+reference|avis\s+de\s+vacance(?:\s+de\s+poste)?"
    r"|termes\s+de\s+r[ée]f[ée]rence|(?:anuncio|aviso)\s+de\s+vacante|t[ée]rminos\s+de\s+referencia|fiche\s+de\s+poste"
    r"|appel\s+[àa]\s+candidatures|job\s+description|description\s+de\s+poste"
    # a channel's post: "NUEVO PUESTO JPO – CONVOCATORIA AECID 2027", "NEW JPO POSITION"
    r"|nuev[oa]\s+(?:puesto|vacante|oferta)|new\s+(?:jpo\s+)?(?:post|position|vacancy)|nouve(?:au|lle)\s+(?:poste|offre)"
    # a digest's featured post under its list of others: "FEATURED POSITION", "PUESTO DESTACADO"
    r"|featured\s+(?:jpo\s+)?(?:position|post|vacancy|opportunity)|poste\s+(?:[àa]\s+la\s+une|en\s+vedette)"
    r"|(?:puesto|vacante)\s+destacad[oa])\b"
    # a programme's numbered offer: "JEUNE EXPERT ASSOCIÉ (JEA/JPO) – OFFRE N° 2027-014"
    r"|(?:[^\d\n]{3,60}?[-–—]\s*)?(?:offre|oferta|offer)\s+n(?:[°º.o]|\.\s*[°º])\s*\d[\w/.-]*"
    # one of a list's posts, as a chat forwards it: "JPO POSITIONS 2027 – NORAD (no. 2 of 11)"
    r"|[^\n]{3,60}?\((?:no\.?|n[°º]|#)\s*\d{1,3}\s+(?:of|de|sur|/)\s+\d{1,3}\)\s*$)",
    re.IGNORECASE,
)


# a number with a separator inside ("2027/0150"), not a year ("APPEL À CANDIDATURES 2027 - …")
_NUMBERED_ROW = re.compile(r"\s+(?:[A-Z]{2,8}\s+)?\d+[/.-]\d[\w/.-]*")


def _after_banner(ctx: Context) -> str | None:
    """The line under a notice's banner near the top (or under a press release's annex), when it reads as a
    title."""
    lines = [line for line in ctx.lines[:40] if any(ch.isalnum() for ch in line.text)]  # rules left out
    for index, line in enumerate(lines[:-1]):
        banner = _BANNER.match(line.text)
        if banner is None or len(_WORD.findall(_REFERENCE.sub(" ", line.text))) > 10:
            continue
        if _NUMBERED_ROW.match(line.text, banner.end()):
            continue  # "Avis de vacance AIEA 2027/0150": a table's row naming the notice's number, no banner
        found, cut = _continued(
            lines[index + 1], lines[index + 2] if index + 2 < len(lines) else None, ctx.text
        )
        if (
            _title_like(found.text, words=24 if cut else 12)
            and section_kind(found.text) is None
            and not mostly_organization(found.text)
        ):
            ctx.source("title", found.span(), inferred=True)
            return found.text
        return None
    return None


# A note on who may apply run on after the title, no mark between ("… Officer Open to Irish citizens only")
_OPEN_TO = re.compile(
    r"(?<=[)\w])\s+(?:[-–—]\s+|\()?(?=(?:open\s+(?:only\s+)?to|reserved\s+(?:for|to)|ouvert\s+(?:uniquement\s+)?aux|r[ée]serv[ée]\s+aux"
    r"|abierto\s+(?:solo\s+|solamente\s+)?a|reservado\s+a)\s+(?:\S+\s+){0,3}?(?:nationals?|citizens?|candidat|ressortissant|nacionales"
    r"|ciudadan))",
    re.IGNORECASE,
)


# What a heading may add after the labelled title to be the fuller title: ", Migration Health and Mobility
# Data", " – Protection" (the title's area), not a note, a place or a code.
_AREA_AFTER = re.compile(r"^\s*(?:,|[-–—])\s+(?P<area>[A-ZÀ-Ý][^\d:;()]{2,80})$")


def _fuller_heading(ctx: Context, value: Passage) -> Passage:
    """The heading above the sections that gives the labelled title with its area ("Position: Associate
    Data Analyst (JPO)" under "## Associate Data Analyst (JPO), Migration Health and Mobility Data")."""
    for block in ctx.structure.blocks[:4]:
        heading = block.heading
        if heading is None or not heading.title.startswith(value.text) or heading.kind is not None:
            continue
        area = _AREA_AFTER.match(heading.title[len(value.text) :])
        note = area.group("area") if area else ""
        if area and word_count(note) <= 10 and not _place_or_people(note):
            start = heading.line.text.find(heading.title)
            return Passage(heading.line.text, heading.line.offsets).sub(start, start + len(heading.title))
    return value


def _without_open_to(value: Passage) -> Passage:
    """The title without a trailing "Open to Irish citizens only"."""
    open_to = _OPEN_TO.search(value.text)
    if open_to is not None and open_to.start() > 0:  # "… (Social Protection) Open to Irish citizens only"
        return value.sub(0, open_to.start()).strip(" -–—,|")
    return value


def _without_note(value: Passage) -> Passage:
    """The title without a trailing note on who may apply or on the duty station."""
    if (kept := _without_open_to(value)) is not value:
        return kept
    m = _NOTE.search(value.text)
    if m is None or m.start() == 0:
        return value
    note = m.group("note")
    places = find_station_in(note) or find_countries(note)
    if _WHO_MAY_APPLY.search(note) or (places and len(note.split()) <= 4) or _POSTING_NUMBER.fullmatch(note):
        return value.sub(0, m.start()).strip(" -–—,|")
    return value


_CHAT_LINE = re.compile(r"^\[?\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}")


# A section named after the post itself ("LE POSTE", "The position", "El puesto"): its first lines name it.
_POST_HEADING = re.compile(
    r"^(?:le\s+poste|the\s+(?:post|position|job)|el\s+puesto|la\s+plaza|votre\s+poste|your\s+position)$",
    re.IGNORECASE,
)


def _under_post_heading(ctx: Context) -> Passage | None:
    """The title that opens a section named after the post: its first paragraph, short and no sentence."""
    for block in ctx.structure.blocks:
        if (
            block.heading is None
            or not _POST_HEADING.match(block.heading.title.strip(" :"))
            or not block.lines
        ):
            continue
        end = next((i for i, line in enumerate(block.lines) if i and line.blank_before), len(block.lines))
        paragraph = flow(block.lines[: min(end, 2)])
        if "\n" not in paragraph.text and _title_like(paragraph.text, words=16):
            return paragraph
    return None


def _notice_below(ctx: Context) -> str | None:
    """When a page's own head names no post ("Délégation des fonctionnaires internationaux", "Microsoft Teams
    – Exportation de conversation"), the line under the notice's banner, or above its facts, does; its source
    replaces the head's."""
    kept = ctx.sources.pop("title", None)
    better = _after_banner(ctx) or _above_facts(ctx)
    if better is None and kept is not None:
        ctx.sources["title"] = kept
    return better


# Fields whose labelled rows open a notice's block of facts under its title.
_FACT_KINDS = frozenset({"organization", "duty_station", "grade", "unit", "duration"})


def _above_facts(ctx: Context) -> str | None:
    """The paragraph naming a post right above a block of facts ("Jeune expert(e) associé(e) - Chargé(e) de
    programme, finance" / "rurale …" over "Organisation ....... FIDA"), however far down the page puts the
    notice (a newsletter's featured post under its own head and contents)."""
    lines = ctx.lines
    for pair in ctx.structure.pairs:
        if not pair.value.offsets or not any(names_field(LABEL_PATTERNS[k], pair.label) for k in _FACT_KINDS):
            continue
        at = ctx.line_at(pair.value.offsets[0])
        if at is None:
            continue
        at = at - 1 if at > 0 and not lines[at].text.startswith(pair.label) else at
        if at <= 0 or not lines[at].blank_before:
            continue  # not the first row of a block
        found = _paragraph_before(lines, at)
        if found is None or not _POST_WORDS.search(found.text) or section_kind(found.text) is not None:
            continue
        if _title_like(found.text, words=24):
            ctx.source("title", found.span(), inferred=True)
            return found.text
    return None


def _paragraph_before(lines: list[Line], at: int) -> Passage | None:
    """The paragraph of one line, or of a line and its wrapped end, right above `lines[at]`."""
    if lines[at - 1].blank_before:
        return Passage(lines[at - 1].text, lines[at - 1].offsets)
    if at >= 2 and lines[at - 2].blank_before:
        found, cut = _continued(lines[at - 2], lines[at - 1])
        return found if cut else None
    return None


def _title_like(text: str, words: int = 12) -> bool:
    """A short line that names something: no sentence punctuation, no label, no table row."""
    return (
        len(text.split()) <= words
        and not _GENERIC.search(text)
        and not any(mark in text for mark in ";|")
        and text[-1] not in ".,;:"
        and not LABELLED.match(text)
        and not _REFERENCE.search(text)  # "Post number UNDRR/ROAP/JPO/2026/02" is no title
        and not re.match(r"[-•*▪–]\s|\(?\d{1,2}[.)]\s", text)  # nor a list item
        and any(ch.isalnum() for ch in text)  # nor a rule of dashes
        and not any(crumb in text for crumb in (" > ", " › ", " » "))  # nor a page's breadcrumb
        and not _CHAT_LINE.match(text)  # nor a chat export's message ("02/02/27, 08:41 - Lucía: …")
    )


_NUMBERED_SECTION = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+\S")


def _first_line(ctx: Context) -> str | None:
    """A ToR that opens with its post title on a line of its own (not the agency's name)."""
    if not ctx.structure.section("duties"):
        return None  # not recognisably a ToR: its first line is no post title
    for index, line in enumerate(ctx.lines[:3]):
        if (
            not _NUMBERED_SECTION.match(line.text)  # "1. Fonctions" heads a section, it names no post
            and not ends_open(line.text)  # "… is seeking a"
            and _title_like(line.text)
            and not mostly_organization(line.text)
            and any(c.islower() for c in line.text)
        ):
            # "… Finance rurale et inclusion" / "économique des jeunes ruraux": cut at the line's end
            following = ctx.lines[index + 1] if index + 1 < len(ctx.lines) else None
            found, cut = _continued(line, following)
            found = found if cut and _title_like(found.text, words=24) else Passage(line.text, line.offsets)
            ctx.source("title", found.span(), inferred=True)
            return found.text
    return None


def _last_word(line: Line) -> bool:
    """A title's last word alone on the line under it, as a slide or a narrow column wraps it: one or two
    words, no number, no place, agency, label or section's name."""
    words = line.text.split()
    return (
        not line.blank_before
        and len(words) <= 2
        and all(word.replace("-", "").isalpha() for word in words)
        and line.text[:1].isupper()
        and not line.text.isupper()
        and not find_organizations(line.text)
        and not find_station_in(line.text)
        and not find_countries(line.text)
        and section_kind(line.text) is None
        and not LABELLED.match(line.text)
    )


def _headed_by_organization(ctx: Context) -> bool:
    """A document whose first heading, at the top level, is the agency's name ("# Haut Commissariat des
    Nations Unies pour les réfugiés (HCR)"): the heading under it names the post."""
    first = next((block.heading for block in ctx.structure.blocks if block.heading is not None), None)
    return first is not None and first.line.heading_level == 1 and mostly_organization(first.title)


def _leading_heading(ctx: Context, levels: tuple[int, ...] = (1, 2)) -> str | None:
    """A prominent heading (of these Markdown or HTML levels, or bold when level 2 is among them) that
    stands before the first known section and names no section."""
    for block in ctx.structure.blocks:
        heading = block.heading
        if heading is None:
            continue
        # (a kind only the model of meaning gives, to a heading that names a post, is that model's mistake:
        # "# Administrateur technique adjoint – Santé maternelle …" heads no section of skills)
        guessed = section_kind(heading.title) is None and _names_a_post(heading.title)
        if heading.kind is not None and not guessed:
            if heading.line.heading_level > max(levels):
                continue  # a smaller heading above the title ("#### Page information") is a page's furniture
            return None
        prominent = heading.line.heading_level in levels or (heading.line.bold and 2 in levels)
        if prominent and not _GENERIC.search(heading.title) and len(heading.title.split()) <= 12:
            # "# World Food Programme (WFP)": the agency's name, not the post's
            if mostly_organization(heading.title):
                continue
            line = Passage(heading.line.text, heading.line.offsets)
            kept = _without_note(line.sub(*_span_of(line.text, heading.title)))
            kept = _with_area(ctx, heading.line, kept)
            ctx.source("title", kept.span(), inferred=True)
            return kept.text
    return None


def _named_title(ctx: Context, named: Heading) -> str:
    """A heading naming the post, with its area in brackets on the line under it when it is the whole line."""
    if named.line.text != named.title:
        ctx.source("title", named.line.span())
        return named.title
    full = _with_area(ctx, named.line, _without_open_to(Passage(named.line.text, named.line.offsets)))
    ctx.source("title", full.span())
    return full.text


def _with_area(ctx: Context, line: Line, title: Passage) -> Passage:
    """The title with its area in brackets on the line under its heading: "# Oficial Asociado/a de Derechos
    Humanos" / "(Pueblos Indígenas y Acceso a la Justicia)"."""
    at = next((i for i, other in enumerate(ctx.lines) if other is line), -1)
    area = ctx.lines[at + 1] if 0 <= at < len(ctx.lines) - 1 else None
    if area is None or area.blank_before:
        return title
    # "JUNIOR PROFESSIONAL OFFICER, ECONOMIC AFFAIRS -" / "LOCAL ECONOMIC DEVELOPMENT": a title cut at an
    # open end goes on in the next line, written alike
    wrapped = (title.text.endswith(_OPEN_ENDS) and area.text.isupper() == title.text.isupper()) or (
        _opens_on_a_small_word(title.text, area.text)
    )
    if not wrapped and (not _bracketed_line(area) or _place_or_people(area.text)):
        return title
    return Passage.concat([title, Passage(area.text, area.offsets)], sep=" ")


_OPEN_ENDS = (" -", " –", " —", ",", " &", "/")


def _opens_on_a_small_word(line: str, following: str) -> bool:
    """Whether `following` carries on a title in capitals from its first, small word ("JEUNE EXPERT·E
    ASSOCIÉ·E – SANTÉ SEXUELLE ET REPRODUCTIVE" / "DES ADOLESCENT·E·S ET DES JEUNES")."""
    return line.isupper() and following.isupper() and following.split(" ", 1)[0].casefold() in OPEN_ENDINGS


def _place_or_people(note: str) -> bool:
    """Whether a bracketed note names a place or who may apply rather than the post's area."""
    found = _WHO_MAY_APPLY.search(note) or _GENERIC.search(note)
    return bool(found or find_station_in(note) or find_countries(note))


def _span_of(text: str, part: str) -> tuple[int, int]:
    start = text.find(part)
    return (start, start + len(part)) if start >= 0 else (0, len(text))


# Words before the code in a value: "Programa JPO (UN DESA) ITA/2026/UNODC/05", "UNODC JO-2026-0457".
# A reference's code: letters, digits and separators, a digit among them ("UNODC/ROSAWC/JPO/2027/01").
_CODE = r"[A-Z0-9][A-Za-z0-9_/.-]*\d[A-Za-z0-9_/.-]*"
_WORDS_THEN_CODE = re.compile(rf"^[^\d]*?[\s)]\s*(?P<code>{_CODE})\s*$")


_LEADING_CODE = re.compile(rf"\s*(?P<code>{_CODE})\s+[A-ZÀ-Ý(]")


_CODE_THEN_NOTE = re.compile(rf"(?P<code>{_CODE})\s+\((?P<note>[^()]+)\)$")


# "Puesto n.º 7 de 14 · publicado el …", "Post 3 of 12": the post's place in a series, no reference
_CODE_THEN_LABEL = re.compile(
    rf"^(?P<code>{_CODE})\s+(?=(?:r[ée]f(?:[ée]rence)?|ref(?:erence)?|n[°o]|no|num[ée]ro|n[úu]mero)\b\.?)",
    re.IGNORECASE,
)
_COUNTER = re.compile(r"^\d{1,3}\s+(?:de|of|sur|/)\s+\d{1,3}\b", re.IGNORECASE)


def _code(passage: Passage) -> Passage | None:
    # "UNU-CRIS/JPO/27/03 | MFA ref. 104582/2027-OMO": a second number after a bar is another field
    # (not a run of labelled fields: "BGC-27-1184 | Reposted: 4 Feb 2027 | Views: 318", a board's own line)
    bar = passage.text.find(" | ")
    passage = passage.sub(0, bar) if bar > 0 and ": " not in passage.text[bar:] else passage
    text = passage.text.strip()
    if _COUNTER.match(text):
        return None
    # "2027/0150 Réf. DFAE JPO-CH-27-09": a row's second label and value run on after the code
    if (first := _CODE_THEN_LABEL.match(text)) is not None:
        start = passage.text.find(first.group("code"))
        return passage.sub(start, start + len(first.group("code")))
    # a value that runs on into another label ("577310 Contract type: …"): its leading code
    if ":" in text and (lead := _LEADING_CODE.match(passage.text)) is not None:
        return passage.sub(*lead.span("code"))
    # "ILO/JPO/BGD/2027/02      (MOFA post code KR-27-09)": the code, a note in brackets after it
    if (noted := _CODE_THEN_NOTE.match(text)) is not None and any(ch.islower() for ch in noted.group("note")):
        start = passage.text.find(noted.group("code"))
        return passage.sub(start, start + len(noted.group("code")))
    # Inspira's job opening numbers run long ("26-Economic Affairs-ESCAP-254117-J-Suva (X)")
    if not text or len(text) > 60 or not any(ch.isdigit() for ch in text) or ": " in text:
        return None
    code = _WORDS_THEN_CODE.match(passage.text)
    words = passage.text[: code.start("code")].strip(" ()") if code else ""
    # words or an agency's name before the code, not a code's own letters ("SVN 2026/017-JPO")
    if code is not None and (any(ch.islower() for ch in words) or mostly_organization(words)):
        return passage.sub(*code.span("code"))
    return passage.strip(" .;,")


# A donor's or a job board's own number: the agency's, when the ToR gives both, is the reference.
_SECONDARY_REFERENCE = re.compile(
    r"\b(?:donor|file|posting|dossier|expediente|board|site|program(?:me|a)?|minist\w*|MFA|MOFA|JPO|JEA|APO)\b"
    # a letter's or a fax's correspondence numbers: "Your ref.", "Notre réf.", "Nuestra ref."
    r"|^(?:your|our|votre|notre|vos|nos|su|nuestra|vuestra)\s+r[ée]f",
    re.IGNORECASE,
)
# A bare "Ref." says less than a label that names the vacancy ("UNRWA vacancy announcement").
_BARE_REFERENCE = re.compile(
    r"^\W*(?:ref\.?|reference|r[ée]f[ée]rence|r[ée]f\.|referencia)\W*$", re.IGNORECASE
)


def _secondary(label: str) -> bool:
    """A donor's, a programme office's or a board's number ("BFIO reference", "Posting no."), not the one a
    label gives to the agency itself ("UNHCR JPO reference")."""
    if find_organizations(label.split(":")[0]):
        return False
    # "Finnish JPO ref.": a label naming a donor's nationality or the programme is the donor's
    return bool(_SECONDARY_REFERENCE.search(label) or find_sponsor_offices(label) or find_countries(label))


def _words_before_code(value: str) -> str:
    m = _WORDS_THEN_CODE.match(value)
    return value[: m.start("code")] if m else ""


def _labelled_reference(ctx: Context) -> tuple[Passage, bool] | None:
    """The best labelled number, and whether it is a donor's, a programme's or a board's."""
    pattern = LABEL_PATTERNS["reference"]
    pairs = [pair for pair in ctx.structure.pairs if names_field(pattern, clean_label(pair.label))]
    pairs.sort(key=_standing)  # stable: the first of equals stays first
    for pair in pairs:
        code = _code(pair.value)
        if code is None:
            continue
        secondary = _standing(pair)[0]
        agency = _agency_code_after(pair.value, code) if secondary else None
        return (agency, False) if agency is not None else (code, secondary)
    return None


# "AECID-JPO-2026-15 (código UNFPA: DOM-JPO-26-02)": the agency's number in brackets after the donor's
_AGENCY_CODE_AFTER = re.compile(
    rf"\s*\([^():]{{0,30}}?\b(?P<owner>[A-Z][\w-]{{1,12}})\s*:?\s*(?P<code>{_CODE})\s*\)"
)


def _agency_code_after(value: Passage, code: Passage) -> Passage | None:
    """The number an agency gives the post, in brackets right after a donor's number in one value."""
    m = _AGENCY_CODE_AFTER.match(value.text, value.text.find(code.text) + len(code.text))
    if m is None or not find_organizations(m.group("owner")):
        return None
    return value.sub(*m.span("code"))


def _reference_in_a_line(ctx: Context, *, agency_only: bool) -> Passage | None:
    """A number after a reference's words in a line ("AVIS DE VACANCE DE POSTE N° AFRO/JPO/2027/014");
    a running head may be the one place that states it ("Ref.: UNEP/JPO/2026/FR-031 … Issued: …")."""
    for line in [*ctx.lines, *ctx.running_heads]:
        m = _REFERENCE.search(line.text)
        if m and not _YEAR.match(m.group("code")):
            before = line.text[: m.start("code")]
            # the agency's number heads its own line; one in running prose may restate the donor's
            if agency_only and (_secondary(before) or line.text[: m.start()].strip(" #*>-|")):
                continue
            return Passage(line.text, line.offsets).sub(*m.span("code"))
    return None


def _standing(pair: LabelValue) -> tuple[bool, bool, bool]:
    """How a labelled number ranks as the reference: the agency's before a donor's or a programme's
    ("Código Programa JPO (UN DESA) ITA/…"), then a label naming no owner or an agency before one naming an
    owner that is no agency ("Réf. DCI", a donor office the gazetteer does not know), then a label naming the
    vacancy before a bare "Ref."."""
    # "Reference number: Sida-2026/000219": a code that opens on a donor office's name is the donor's
    prefix = re.match(r"[A-Za-z]+", pair.value.text.strip())
    donors = bool(prefix and find_sponsor_offices(prefix.group()))
    # the label's gloss in brackets names no owner ("N° d'avis (Posting no.)"), but a donor office there does
    # ("Vacancy ID (Nuffic)")
    donors = donors or bool(find_sponsor_offices(pair.label))
    secondary = donors or _secondary(f"{clean_label(pair.label)} {_words_before_code(pair.value.text)}")
    return (
        secondary,
        _unknown_owner(clean_label(pair.label)),
        bool(_BARE_REFERENCE.match(clean_label(pair.label))),
    )


_OWNER = re.compile(r"\b[A-Z]{2,8}\b")
_LABEL_ABBREVIATIONS = frozenset({"ID", "VA", "NO", "REF", "TOR", "JO", "VN"})


def _unknown_owner(label: str) -> bool:
    """Whether a label names an owner by an acronym that is no agency's ("Réf. DCI"); a label in capitals
    tells no acronym from its words."""
    if label.isupper():
        return False
    owners = [w for w in _OWNER.findall(label) if w not in _LABEL_ABBREVIATIONS]
    return any(not find_organizations(owner) for owner in owners)


def reference(ctx: Context) -> str | None:
    """The vacancy, post or ToR number, as written: the agency's before a donor's or a posting's."""
    labelled = _labelled_reference(ctx)
    found: Passage | None
    if labelled is None:
        found = _reference_in_a_line(ctx, agency_only=False)
    else:
        found, secondary = labelled
        # a donor's labelled number gives way to the agency's stated in a line of its own
        found = (_reference_in_a_line(ctx, agency_only=True) if secondary else None) or found
    if found is None:
        found = _running_code(ctx)
    if found is None:
        found = _number_after_title(ctx)
    if found is None:
        found = _reference_in_prose(ctx)
    if found is None:
        return None
    ctx.source("reference", found.span())
    return found.text


# "La référence de l'ONUSIDA est UNAIDS/BFA/JPO/27-01", "The UNAIDS reference number is …"
_REFERENCE_IN_PROSE = re.compile(
    # "The IFAD vacancy number is ESA/JPO/2027/06", "El número de la vacante es …"
    r"\b(?:r[ée]f[ée]rence|reference|referencia|vacancy\s+number|job\s+opening\s+number|posting\s+number"
    r"|n[úu]mero\s+de\s+(?:la\s+)?vacante|num[ée]ro\s+de\s+l['’]\s*(?:avis|offre))(?:\s+(?:number|no\.?))?\s+"
    r"(?:(?:de\s+l['’]\s*|del?\s+|de\s+la\s+|du\s+|of\s+(?:the\s+)?)[A-Z][\w-]{1,12}\s+)?(?:est|is|es)\s+"
    rf"(?P<code>{_CODE}[A-Za-z0-9])",
    re.IGNORECASE,
)


def _reference_in_prose(ctx: Context) -> Passage | None:
    """A number a sentence names as the post's reference, when no label or line gives one."""
    for sentence in ctx.sentences(
        having=("référence", "reference", "referencia", "number", "número", "numéro")
    ):
        m = _REFERENCE_IN_PROSE.search(sentence.text)
        if m is not None and not _YEAR.match(m.group("code")):  # "la référence de l'appel est 2027": a year
            return sentence.sub(*m.span("code"))
    return None


def _running_code(ctx: Context) -> Passage | None:
    """A vacancy code that only the running heads or feet print, with no label."""
    for line in ctx.running_heads:
        m = next((m for m in _BARE_CODE.finditer(line.text) if any(ch.isdigit() for ch in m.group())), None)
        if m is not None:
            return Passage(line.text, line.offsets).sub(*m.span("code"))
    return None


def _number_after_title(ctx: Context) -> Passage | None:
    """The posting's number in brackets after the title in its heading ("… Officer - (2604512)")."""
    for block in ctx.structure.blocks[:4]:
        heading = block.heading
        if heading is None or not (heading.line.heading_level or heading.line.bold):
            continue
        line = Passage(heading.line.text, heading.line.offsets)
        note = _NOTE.search(line.text)
        code = (
            _POSTING_NUMBER.fullmatch(note.group("note")) if note is not None and note.start() > 0 else None
        )
        if note is not None and code is not None:
            start = note.start("note") + code.start("code")
            return line.sub(start, start + len(code.group("code")))
    return None


def organization(ctx: Context) -> str | None:
    """The host organization's acronym: from its label, else the one the text names most."""
    value = ctx.structure.value("organization")
    if value is not None:
        mentions = find_organizations(value.text)
        if mentions:
            # the last named is the host ("Naciones Unidas (UNOPS)"), unless the first is named again beside
            # its parents ("Centre du commerce international (ITC / CNUCED-OMC)")
            restated = mentions[0][0].acronym in {org.acronym for org, _, _ in mentions[1:]}
            org, start, end = mentions[0] if restated else mentions[-1]
            ctx.source("organization", value.span(start, end))
            return org.acronym
    whole = ctx.whole
    named = [(org.acronym, start, end) for org, start, end in find_organizations(whole.text)]
    found = named + _defined_entities(whole.text, {acronym for acronym, _, _ in named})
    if not found:
        return None
    found.sort(key=lambda m: m[1])
    # "Programa JPO administrado por UN/DESA", "portail du Programme JPO de UN/DESA", "Réf. UN/DESA": the
    # programme's office, named beside the programme's words, is not the employer
    hosting = [m for m in found if not _PROGRAMME_OFFICE.search(whole.text[max(0, m[1] - 100) : m[1]])]
    counts = Counter(acronym for acronym, _, _ in hosting or found)
    best = max(counts, key=lambda acronym: counts[acronym])  # the first named of equals
    first = next(m for m in found if m[0] == best)
    ctx.source("organization", whole.span(first[1], first[2]), inferred=True)
    return best


_PROGRAMME_OFFICE = re.compile(
    r"\b(?:JPO|JEA|APO|programm?[ea]|program|administ\w*|g[ée]r[ée]e?|gestionad[oa]|managed\s+by|run\s+by|portal|portail"
    r"|r[ée]f\.|ref\.|referencia)\b[^.\n]{0,100}$",
    re.IGNORECASE,
)


# A UN entity the gazetteer may not know, defined by its name and acronym in the text:
# "United Nations Mission in South Sudan (UNMISS)", "Bureau intégré des Nations Unies en Haïti (BINUH)".
_DEFINED_ENTITY = re.compile(
    r"\b(?:(?:United\s+Nations|UN)\s+(?:[\w'’-]+\s+){0,3}?(?:Mission|Office|Operation|Force|Centre|Center|Programme"
    r"|Fund|Agency|Institute|Commission|Entity)|(?:Mission|Bureau|Office|Op[ée]ration|Force|Misi[óo]n|Oficina)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:des\s+Nations\s+Unies|de\s+las\s+Naciones\s+Unidas|of\s+the\s+United\s+Nations))"
    # "(BRENUAC / UNOCA)": the French acronym and the English one
    r"[^()\n]{0,60}?\((?P<acronyms>[A-Z][A-Z-]{2,9}(?:\s*/\s*[A-Z][A-Z-]{2,9})?)\)"
)


# The programme's own names, which a line run on after an entity's name may bracket: no employer.
_PROGRAMME_ACRONYMS = frozenset({"JPO", "JPOS", "APO", "JEA", "YPP", "AE", "ToR", "TOR"})


def _english(acronyms: str) -> str:
    """Of an entity's acronyms in two languages, the English one: the UN's English acronyms open on "UN"
    ("BRENUAC / UNOCA"), else the last."""
    names = [name.strip() for name in acronyms.split("/")]
    return next((name for name in names if name.startswith("UN")), names[-1])


# … or its acronym first: "MONUSCO (Mission de l'Organisation des Nations Unies pour la stabilisation en RDC)"
_ACRONYM_THEN_NAME = re.compile(
    r"\b(?P<acronyms>[A-Z][A-Z-]{2,9})\s*\((?:Mission|Bureau|Office|Op[ée]ration|Force|Misi[óo]n|Oficina"
    r"|United\s+Nations)[^()\n]{0,100}?(?:Nations\s+Unies|United\s+Nations|Naciones\s+Unidas)"
)


def _defined_entities(text: str, known: set[str]) -> list[tuple[str, int, int]]:
    """Each mention of an acronym the text defines as a UN entity's and the gazetteer does not know."""
    definitions = [*_DEFINED_ENTITY.finditer(text), *_ACRONYM_THEN_NAME.finditer(text)]
    defined = {_english(m.group("acronyms")) for m in definitions} - known - _PROGRAMME_ACRONYMS
    return [
        (acronym, m.start(), m.end())
        for acronym in defined
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
    ]


def unit(ctx: Context) -> str | None:
    """The section, unit or division: its own label, else what follows the organization."""
    value = ctx.structure.wrapped_value("unit")
    if value is None:
        value = _after_organization(ctx)
    if value is None or not value.text:
        return None
    if (note := value.text.find(NOTE_OPEN)) > 0:  # a footnote read at its mark is no part of the unit's name
        value = value.sub(0, note)
    ctx.source("unit", value.span())
    return value.text


def _after_organization(ctx: Context) -> Passage | None:
    value = ctx.structure.value("organization")
    if value is None:
        return None
    mentions = find_organizations(value.text)
    if not mentions:
        return None
    end = mentions[-1][2]
    if value.text[end : end + 1] == ")":
        end += 1
    rest = value.sub(end, len(value.text)).strip(" /,-–;:")
    return rest if rest.text else None
