"""Words that name the parts of a ToR, in English and French, as regular-expression fragments."""

from __future__ import annotations

import re

# Section kinds, each recognised by the start or the gist of a heading. Order matters: the first
# kind whose pattern matches a heading wins, so narrower kinds come before broader ones.
SECTION_KINDS: tuple[tuple[str, str], ...] = (
    (
        "documents",
        r"(?:required\s+)?(?:application\s+)?documents|pi[eè]ces|dossier\s+de\s+candidature"
        r"|applications?\s+(?:must|should)\s+(?:include|contain)|(?:please\s+)?(?:attach|submit)\s+the\s+following",
    ),
    (
        "programme",
        r"general\s+requirements|eligibility|criteria|conditions\s+g[ée]n[ée]rales"
        r"|conditions\s+(?:of|for|du|de|des|d['’])|[ée]ligibilit[ée]"
        r"|crit[eè]res|requirements\s+for\s+the\s+jpo|programme\s+requirements",
    ),
    (
        "how_to_apply",
        r"how\s+to\s+apply|application\s+process|to\s+apply|comment\s+postuler"
        r"|proc[ée]dure\s+de\s+candidature|candidature",
    ),
    (
        "learning",
        r".*\blearning\b|.*\btraining\s+component|.*apprentissage|.*formation\s+et\s+d"
        r"|[ée]l[ée]ments\s+de\s+formation",
    ),
    (
        "duties",
        r".*\b(?:duties|responsibilities|functions|tasks|accountabilities|job\s+description"
        r"|scope\s+of\s+work|what\s+you\s+will\s+do)\b"
        r"|.*(?:fonctions|responsabilit[ée]s|t[âa]ches|attributions)",
    ),
    (
        "competencies",
        r"(?:[\w-]+\s+){0,2}?comp[ée]tenc(?:ies|es|y)\b(?!\s+(?:and|et)\s+)"
        r"|core\s+values",
    ),
    ("education", r"education|academic|(?:formation|dipl[ôo]mes?|[ée]tudes)\b"),
    ("experience", r"(?:work|professional|desirable|relevant)?\s*exp[ée]rience"),
    ("languages", r"languages?|langues?|language\s+skills|connaissances\s+linguistiques"),
    ("skills", r".*skills|competencies\s+and\s+skills|.*aptitudes|other\s+requirements"),
    (
        "qualifications",
        r".*qualifications|.*profil|.*requirements|what\s+you\s+(?:bring|need|offer)"
        r"|what\s+we\s+(?:look|are\s+looking)\s+for|your\s+profile",
    ),
    (
        "supervision",
        r"supervision|title\s+of\s+supervisor|content\s+and\s+methodology"
        r"|encadrement|evaluation",
    ),
    (
        "background",
        r"background|context|about|informations?\s+g[ée]n[ée]rales\s+sur"
        r"|contexte|history|mission",
    ),
    ("general", r"general\s+information|informations?\s+g[ée]n[ée]rales|position\s+information"),
    ("closing", r"closing\s+date|deadline|date\s+limite"),
    ("diversity", r"workforce\s+diversity|diversity|diversit[ée]"),
)

SECTION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rf"^(?:{pattern})", re.IGNORECASE)) for kind, pattern in SECTION_KINDS
)


def section_kind(heading: str) -> str | None:
    """The kind of section a heading opens, or None when it names no known kind."""
    text = heading.strip(" :.-–")
    for kind, pattern in SECTION_PATTERNS:
        if pattern.match(text):
            return kind
    return None


# Labels of "Label: value" lines, by field. Each is matched against the whole label.
LABELS: dict[str, str] = {
    "title": r"(?:(?:jpo|post|job|position|vacancy|functional|official|working)\s+)*title|position"
    r"|titre(?:\s+du\s+poste)?|intitul[ée](?:\s+du\s+poste)?|poste",
    "reference": r"(?:post|vacancy|position|job|requisition|va|tor)"
    r"\s*(?:number|no\.?|n[°o]|#|id|code|reference|ref\.?|notice)|reference(?:\s+(?:number|no\.?))?"
    r"|ref\.?(?:\s*no\.?)?|requisition|r[ée]f[ée]rence|num[ée]ro\s+(?:du\s+poste|de\s+l'avis)"
    r"|job\s+opening(?:\s+number)?|vacancy\s+announcement(?:\s+number)?",
    "organization": r"(?:host\s+)?(?:agency|organi[sz]ation(?:\s*/\s*office)?|employer)"
    r"|organisme|organisation(?:\s+d'accueil)?|agence",
    "unit": r"(?:organi[sz]ational\s+)?unit|section|division|department|parent\s+sector|sector"
    r"|office|service|unit[ée]|d[ée]partement|bureau|secteur",
    "duty_station": r"(?:duty\s+station|location|place\s+of\s+assignment|lieu\s+d'affectation"
    r"|lieu|ville|location\s*\(city\)|city|duty\s+station\s*\(city,\s*country\))",
    "country": r"country|pays",
    "sponsor": r"sponsor(?:ing)?(?:\s+(?:country|government|donor))?|donor(?:\s+country)?|funded\s+by"
    r"|pays\s+(?:donateur|financeur)|financ[ée]\s+par|bailleur",
    "grade": r"grade|level|niveau|category|cat[ée]gorie",
    "duration": r"duration(?:\s+of\s+(?:assignment|contract|appointment))?|dur[ée]e.*"
    r"|length\s+of\s+(?:assignment|appointment)|contract\s+duration",
    "closing": r"(?:application\s+)?(?:closing\s+date|deadline)(?:\s+for\s+applications?)?"
    r"|date\s+limite.*|(?:application\s+)?deadline.*|closing\s+date.*",
    "open_to": r"recruitment\s+open\s+to|open\s+to|eligible\s+nationalit(?:y|ies)|ouvert\s+aux",
    "nationality": r"nationality|nationalit[ée]|citizenship",
    "age": r"age(?:\s+limit)?|[âa]ge(?:\s+limite)?",
}

LABEL_PATTERNS: dict[str, re.Pattern[str]] = {
    field: re.compile(rf"^(?:{pattern})$", re.IGNORECASE) for field, pattern in LABELS.items()
}

# Words after which a line is not finished: a following line continues it.
OPEN_ENDINGS = frozenset((
    "the", "of", "and", "or", "in", "to", "a", "an", "for", "with", "on", "by", "at", "from", "as",
    "its", "their", "this", "that", "these", "into", "under", "including", "such", "both", "between",
    "within", "via", "per", "than", "not", "be", "is", "are", "will", "who", "which", "whose",
    "de", "du", "des", "la", "le", "les", "et", "ou", "à", "en", "pour", "par", "sur", "dans", "avec",
    "aux", "au", "un", "une",
))  # fmt: skip
