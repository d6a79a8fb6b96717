"""The sponsor programme's own rules: language tests, their validity, limits, former JPOs, degrees."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from jpo.contracts.vacancy import DegreeExperience, LanguageTest
from jpo.vacancy.dates import DATE, parse_date
from jpo.vacancy.fields.context import Context
from jpo.vacancy.fields.education import RANK, degree_pairs, levels_in
from jpo.vacancy.lists import table_rows
from jpo.vacancy.passage import Passage
from jpo.vacancy.quantities import (
    DURATION,
    DURATION_TEXT,
    MONTH_UNIT,
    NUMBER,
    YEAR_UNIT,
    to_months,
    to_number,
    whole,
)

_TEST_NAMES = (
    r"NEW\s+TEPS|TEPS|iBT\s+TOEFL|TOEFL(?:\s*\(?\s*(?:iBT|PBT|ITP)\b\s*\)?)?"
    r"|IELTS(?:\s*\(?\s*(?:Academic|Acad[ée]mique|Acad[ée]mico|General(?:\s+Training)?)(?:\s+(?:Module|Test|version))?"
    # "IELTS (Academic or General Training)"
    r"(?:\s+(?:or|ou|o)\s+(?:Academic|Acad[ée]mique|Acad[ée]mico|General(?:\s+Training)?))?\s*\)?)?"
    r"|TOEIC(?:\s*\(?\s*(?:Listening\s*(?:&|and)\s*Reading|L\s*&\s*R|LR)\s*\)?)?|DELF|DALF|TCF|TEF|DELE|TOPIK|JLPT|HSK"
    r"|TestDaF|Goethe[\s-]Zertifikat|CILS|CELI"
)
# The score before its test: "un score minimal de 7,0 à l'IELTS ou de 880 au TOEIC", "95 at the TOEFL"
_SCORE_FIRST = re.compile(
    # ("el nivel C1 del DELE": a level too, never the "1" of one)
    r"(?<![\w.,])(?P<score>\d{1,3}(?:[.,]\d)?|[ABC][12])\s+(?:points?\s+)?(?:[àa]\s+l['’]\s*|au\s+|at\s+(?:the\s+)?|in\s+(?:the\s+)?"
    rf"|on\s+(?:the\s+)?|en\s+el\s+|al\s+|del\s+)(?P<test>{_TEST_NAMES})",
    re.IGNORECASE,
)
_TEST = re.compile(
    rf"\b(?P<test>{_TEST_NAMES})"
    r"(?:(?<=TCF)\s+(?:tout\s+public|TP))?"  # the TCF's general edition
    r"(?:\s+(?P<level>[ABC][12]|N[1-5]))?"
    # "a DELF at level B2", "IELTS Academic with an overall band of 7.0"
    r"(?:\s*[(:]?\s*(?:at\s+(?:the\s+)?|au\s+|al\s+|en\s+el\s+|de\s+|d['’]\s*|with\s+(?:an?\s+)?|avec\s+(?:un\s+)?|con\s+(?:una?\s+)?)?"
    r"(?:(?:total\s+|overall\s+|minimum\s+|band\s+){0,2}score|(?:overall\s+)?band|level|niveau|result|nivel|puntaje|note"
    r"|puntuaci[óo]n)?"
    # "IELTS Academic (puntuación global mínima 7,0)", "note globale minimale"
    r"(?:\s+(?:global|globale|total|general|g[ée]n[ée]rale))?"
    r"\s*(?:of\s+|de\s+)?(?:at\s+least\s+|minimum\s+(?:of\s+)?|m[íi]n\.?\s+|≥\s*|m[íi]nim(?:[oa]|ale?)\s+(?:de\s+)?|au\s+moins\s+"
    r"|al\s+menos\s+)?"
    r"(?P<score>\d{1,3}(?:[.,]\d)?(?![\d/])|[ABC][12]\b))?",
    re.IGNORECASE,
)
_TEST_WORDS = (
    "toefl", "teps", "ielts", "toeic", "delf", "dalf", "tcf", "tef", "dele", "topik", "jlpt", "hsk",
    "testdaf", "goethe", "cils", "celi", "best", "edition",
)  # fmt: skip
_VALIDITY_WORDS = (
    "últim",
    "derni",
    "the last",
    "the past",
    "valid",
    "dater",
    "within",
    "older",
    "less than",
    "taken",
    "moins",
    "vigen",
    "menos de",
    "antigüedad",
    "more than",
    "dentro de",
    "précéd",
    "anterior",
    "before",
    "preceding",
)
_LIMIT_WORDS = (
    "por convocatoria",
    "par appel",
    "per call",
    "per round",
    "maxim",
    "máxim",
    "up to",
    "more than",
    "at most",
    "limited",
    "year",
    "jusqu",
    "plus de",
    "hasta",
    "más de",
    "par an",
    "par année",
    "por año",
    "al año",
    "qu'à",
    "qu’à",
    "only apply",
    "apply to only",
    "apply for only",
    "par personne",
    "per person",
    "por persona",
    "au plus",
    "a lo sumo",
    "max.",
    "position only",
    "post only",
    "un seul",
    "une seule",
    "una sola",
    "una única",
    "une unique",
    "only one",
    "peut présenter",
    "peuvent présenter",
    "peut déposer",
    "peuvent déposer",
)
_PROGRAMME_WORDS = ("jpo", "ypp", "junior", "associate", "apo", "jeune", "administrat", "oficial", "experto")
_LANGUAGE_OF_TEST = {
    "TOEFL": "en", "TEPS": "en", "NEW TEPS": "en", "IELTS": "en", "TOEIC": "en", "DELF": "fr",
    "DALF": "fr", "TCF": "fr", "TEF": "fr", "DELE": "es", "TOPIK": "ko", "JLPT": "ja", "HSK": "zh",
    "TESTDAF": "de", "GOETHE-ZERTIFIKAT": "de", "CILS": "it", "CELI": "it",
}  # fmt: skip
_EDITIONS = {
    "mybest": r"my\s*best", "home": r"home\s+edition|at\s+home", "paper": r"paper\s+edition",
    "itp": r"\bitp\b",
}  # fmt: skip
_REFUSED = re.compile(
    r"\bnot\s+(?:be\s+)?accepted|\bnot\s+valid|\bexcluded|\brefused|\bn['’]est\s+pas|\bne\s+sont\s+pas|\bnot\s+considered"
    r"|\b(?:are|is)\s+not\s*[.;]?\s*$",  # "… are accepted; MyBest scores are not."
    re.I,
)
_VALIDITY = re.compile(
    rf"(?:valid(?:ity)?|valables?)\s+(?:for\s+|of\s+|pendant\s+)?(?:up\s+to\s+|a\s+period\s+of\s+)?{DURATION_TEXT}"
    rf"|(?:(?:not|no)\s+(?:be\s+)?(?:older|more)\s+than|less\s+than|within(?:\s+the)?(?:\s+(?:last|past))?|taken\s+in\s+the\s+(?:last|past)"
    rf"|de\s+moins\s+de|(?:no\s+)?(?:mayor|m[áa]s\s+antigu[oa]s?)\s+de|menos\s+de|dentro\s+de\s+(?:los|las)(?:\s+[úu]ltim[oa]s)?"
    rf")\s+{DURATION_TEXT}"
    rf"|(?:vigencia|v[áa]lid[oa]s?)\s+(?:de\s+|por\s+|durante\s+)?{DURATION_TEXT}"
    # "scores older than two years at the closing date are not accepted"
    rf"|(?:older|more)\s+than\s+{DURATION_TEXT}(?=[^.;]{{0,40}}?\b(?:are|is|will\s+be)\s+not\s+(?:accepted|valid|considered))"
    rf"|antig[üu]edad\s+(?:(?:no\s+)?superior\s+a|m[áa]xima\s+de|inferior\s+a)\s+{DURATION_TEXT}"
    # a form's row: "Antigüedad máxima del certificado: 2 años", "Validité maximale du test : 2 ans"
    rf"|(?:antig[üu]edad|validit[ée]|validity|vigencia)\s+m[áa]xim[ao]l?e?(?:\s+(?:del?|of\s+the|du)\s+[\w\s]{{3,30}}?)?"
    rf"\s*:\s*{DURATION_TEXT}"
    # "l'attestation ne doit pas dater de plus de trois ans à la date de clôture"
    rf"|\bdater\s+de\s+plus\s+de\s+{DURATION_TEXT}"
    # "passé (depuis) moins de deux ans avant / à la date de clôture"
    rf"|\bmoins\s+de\s+{DURATION_TEXT}\s+(?:avant|[àa]\s+la\s+date)"
    # "con fecha de examen no anterior en más de 24 meses a la fecha de cierre", "certificados con más de tres
    # años de antigüedad" (refused)
    rf"|\bno\s+anterior\s+en\s+m[áa]s\s+de\s+{DURATION_TEXT}|\bcon\s+m[áa]s\s+de\s+{DURATION_TEXT}\s+de\s+antig[üu]edad"
    # "a test taken no earlier than 24 months before the application deadline"
    rf"|\bno\s+earlier\s+than\s+{DURATION_TEXT}\s+(?:before|prior\s+to)"
    # "un test passé il y a moins de deux ans", "realizado hace menos de dos años"
    rf"|\b(?:il\s+y\s+a|hace)\s+moins\s+de\s+{DURATION_TEXT}|\bhace\s+menos\s+de\s+{DURATION_TEXT}"
    # "obtenu depuis moins de trois ans"
    rf"|\bdepuis\s+moins\s+de\s+{DURATION_TEXT}"
    # "obtenus dans les deux ans précédant la date limite", "in the two years before the deadline"
    rf"|\b(?:dans|en|in)\s+(?:les|los|las|the)\s+{DURATION_TEXT}\s+(?:pr[ée]c[ée]dant|qui\s+pr[ée]c[èe]dent|avant"
    rf"|anteriores|previos|antes\s+de|before|preceding|prior\s+to)",
    re.IGNORECASE,
)
_TEST_CONTEXT = re.compile(
    r"\btests?\b|\bscores?\b|\bcertifica[td]|\bTOEFL|\bIELTS|\bTEPS|\bTOEIC|\bDELF|\brésultats?|\bresultados?"
    r"|\bpuntuaci[óo]n|\bex[áa]men",
    re.I,
)
_LIMIT = re.compile(
    rf"(?:maximum\s+of|up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|limited\s+to|au\s+maximum"
    rf"|jusqu['’]à|pas\s+plus\s+de|un\s+maximum\s+de|(?:un\s+)?m[áa]ximo\s+de|hasta|no\s+m[áa]s\s+de"
    rf"|como\s+m[áa]ximo,?(?:\s+(?:a|en))?|au\s+maximum\s+[àa]|m[áa]x\.?|m[áa]ximo|maximum|au\s+plus|a\s+lo\s+sumo)\s+(?P<n>{NUMBER})"
    rf"(?!\s*(?:{YEAR_UNIT}|{MONTH_UNIT})\b)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:positions?|vacancies|vacancy\s+announcements?|posts?|applications?|postes?|candidatures?|offres?"
    r"|postulaciones|solicitudes|puestos|vacantes|candidaturas|plazas?|fiches\s+de\s+postes?)"
    # (not "one round of vacancies per year": the calls a year, no cap)
    rf"|\b(?P<n2>{NUMBER})\s+(?:(?!(?:rounds?|calls?|appels?|campagnes?|convocatorias?)\b)[\w-]+\s+){{0,2}}?"
    r"(?:applications?|candidatures?|candidaturas?|postulaci(?:ones|[óo]n)|solicitud(?:es)?|positions?"
    r"|posts?|vacancies|postes?|offres?|puestos?|vacantes?|plazas?)\s+(?:(?:JPO|JEA)\s+)?"
    r"(?:(?:au\s+maximum|at\s+most|como\s+m[áa]ximo|maximum)\s+)?"
    r"(?:per|a|each|par|por|al)\s+(?:calendar\s+)?(?:year|an|année|a[ñn]o)"
    # "peut postuler à trois postes au maximum": a cap on applications, whatever its period
    rf"|(?P<n3>{NUMBER})\s+(?:positions?|posts?|vacancies|postes?|offres?|puestos|vacantes|candidatures?|solicitudes"
    r"|fiches\s+de\s+postes?)"
    r"(?:\s+(?:JPO|JEA|APO|YPP))?\s+(?:au\s+maximum|at\s+most|maximum|como\s+m[áa]ximo|au\s+plus)\b"
    # a form's row: "N.º máximo de solicitudes por persona en la convocatoria (la convocatoria es anual): 3",
    # "Maximum number of applications per year: 2", "Nombre maximum de candidatures : 2"
    rf"|(?:n\.?\s*[ºo°]\.?|n[úu]mero|maximum\s+number|nombre(?:\s+maximum)?)\s+(?:m[áa]ximo\s+|maximum\s+)?(?:de|of)\s+"
    r"(?:solicitudes|candidaturas|postulaciones|applications|candidatures)[^:.;]{0,80}:\s*"
    rf"(?P<n9>{NUMBER})\b"
    # "Only one application may be submitted … per Japanese fiscal year"
    rf"|\bonly\s+(?P<n4>{NUMBER})\s+(?:applications?|positions?|posts?|vacancies)\b[^.;]{{0,60}}?\b(?:per|a|each)\s+"
    r"(?:[\w-]+\s+){0,2}?year\b"
    # "ne postuler qu'à un seul poste …", "may only apply for one position …"
    rf"|\bne\s+(?:(?:peu(?:t|vent)|pourr(?:a|ont))\s+)?(?:postuler|pr[ée]senter\s+(?:sa|leur|une)\s+candidature)"
    rf"\s+qu['’]\s*[àa]\s+(?P<n5>un\s+seul|une\s+seule|{NUMBER})"
    r"\s+(?:postes?|offres?)"
    # "ne peut présenter qu'une seule candidature": one, whatever the post
    rf"|\bne\s+(?:peu(?:t|vent)|pourr(?:a|ont))\s+(?:pr[ée]senter|d[ée]poser|soumettre)\s+qu(?:['’]\s*|e\s+)"
    rf"(?P<n7>une\s+seule|un\s+seul|{NUMBER})\s+candidatures?"
    # (not "qu'une seule candidature par avis de vacance": one application to a post, no cap on posts)
    r"(?!\s+(?:par|pour\s+(?:un|le|chaque))\s+(?:m[êe]me\s+)?(?:avis|vacance|poste|offre|fiche))"
    # an answer to "How many applications may I make?": "Deux au maximum par année civile"
    rf"|^\W*(?P<n8>{NUMBER})\s+(?:au\s+maximum|at\s+most|como\s+m[áa]ximo)\s+(?:par|per|por|al|a)\s+(?:calendar\s+)?"
    r"(?:ann[ée]e|an|year|a[ñn]o)\b"
    rf"|\b(?:may|can)\s+(?:only\s+)?apply\s+(?:for|to)\s+(?:only\s+)?(?P<n6>one|{NUMBER})(?:\s*\(\d+\))?"
    r"\s+(?:positions?|posts?|vacanc(?:y|ies))"
    r"(?=\s+(?:only\s+)?(?:per|a|each|in\s+(?:the|each|a|this))\s+(?:[\w-]+\s+){0,3}?(?:year|round|call|recruitment))",
    re.IGNORECASE,
)
# Two more ways to state a cap, kept apart from _LIMIT (they open on a number, which is slow to try at
# every position) and tried only on sentences that hold their words:
_CAP_BEYOND = re.compile(
    # "Les candidatures portant sur plus de deux postes … ne seront pas prises en considération"
    rf"\b(?:plus\s+de|more\s+than|m[áa]s\s+de)\s+(?P<n>{NUMBER})\s+(?:postes?|positions?|posts?|puestos|vacantes)"
    r"[^.;]{0,60}?(?:ne\s+seront\s+pas|will\s+not\s+be|are\s+not|no\s+ser[áa]n)"
    # "ne pas postuler à plus de trois offres", "not apply for more than two positions"
    # "ne peut déposer plus de deux candidatures": the literary negation leaves out its "pas"
    rf"|\b(?:ne\s+(?:(?:peu(?:t|vent)|pourr(?:a|ont))\s+)?(?:pas\s+)?(?:postuler\s+[àa]|d[ée]poser|pr[ée]senter"
    rf"|soumettre)|not\s+(?:apply\s+(?:for|to)|submit)"
    rf"|no\s+(?:postular\s+a|presentar))\s+(?:plus\s+de|more\s+than|m[áa]s\s+de)"
    rf"\s+(?P<n2>{NUMBER})\s+(?:postes?|offres?|positions?|posts?|vacancies|puestos|vacantes|candidatures|applications"
    r"|solicitudes)",
    re.IGNORECASE,
)
_CAP_PER_PERSON = re.compile(
    # "Une seule candidature par personne et par année", "one application per person per year"
    rf"(?P<n>une?\s+seule?|una\s+sola|{NUMBER})\s+(?:candidatures?|applications?|solicitud(?:es)?|postulaci[óo]n(?:es)?)"
    r"\s+(?:par|per|por)\s+(?:personne|person|persona|candidat[oe]?|applicant)\s+(?:et\s+|and\s+|y\s+)?"
    r"(?:par|per|por|a|al)\s+(?:an|ann[ée]e|year|a[ñn]o)\b",
    re.IGNORECASE,
)
_PER_PERSON_WORDS = (
    "par personne", "per person", "por persona", "par candidat", "per candidate", "por candidat",
    "per applicant",
)  # fmt: skip
_CAP_PER_CALL = re.compile(
    # "una sola candidatura en esta convocatoria", "une seule candidature dans le cadre de l'appel annuel":
    # a call a year, so a cap per year
    r"(?P<n>una\s+sola|una\s+[úu]nica|une\s+seule|une\s+unique|only\s+one|one\s+single)\s+"
    r"(?:candidaturas?|candidatures?|applications?|solicitud(?:es)?|postulaci[óo]n(?:es)?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:en|dans|in|for|per|par|por|pour|au\s+titre\s+de)\s+(?:le\s+cadre\s+de\s+)?"
    # "une seule candidature par appel": "par", "per" and "por" may go without an article
    r"(?:(?:esta|la\s+presente|cette|cet|ce|la\s+pr[ée]sente|this|the|each|cada|chaque|la|le)\s+|l['’]\s*"
    r"|(?<=par\s)|(?<=per\s)|(?<=por\s))"
    r"(?:(?:19|20)\d\d\s+)?(?:convocatoria|campagne|appel|call|round|session|mise\s+au\s+concours)\b",
    re.IGNORECASE,
)
# "Solo se puede presentar una candidatura por convocatoria", "You may only submit one application per call"
_ONLY_ONE_PER_CALL = re.compile(
    r"\b(?:s[óo]lo|[úu]nicamente|only|seulement|uniquement)\b[^.;]{0,30}?\b(?P<n>una|un|une|one)\s+"
    r"(?:candidaturas?|candidatures?|applications?|solicitud|postulaci[óo]n)\s+"
    # "Solo se admite una candidatura por persona en cada convocatoria anual"
    r"(?:(?:por\s+persona|par\s+personne|per\s+person)\s+)?(?:por|par|per|en\s+(?:cada|la)|in\s+(?:each|the))\s+"
    r"(?:convocatoria|appel|call|round|campagne)\b",
    re.IGNORECASE,
)
_ONLY_WORDS = ("solo", "sólo", "únicamente", "unicamente", "only", "seulement", "uniquement")
_ONLY_ONE = re.compile(
    r"une?\s+seule?$|una\s+sola$|una\s+[úu]nica$|une\s+unique$|only\s+one$|one\s+single$|(?:una?|une|one)$",
    re.I,
)
_ONE_WORDS = ("una sola", "una única", "una unica", "une seule", "une unique", "only one", "one single")
_FORMER = re.compile(
    # "Not open to people who have already served as a JPO, whatever the donor"
    r"\bnot\s+open\s+to\s+(?:people|persons|candidates|applicants|those|anyone)\s+who\s+(?:have\s+|has\s+)?"
    r"(?:already\s+|previously\s+)?(?:served|worked|been)\s+as\s+(?:an?\s+)?(?:JPO|junior\s+professional|associate\s+expert)"
    # "If you have worked before as a JPO, Associate Expert or …, you cannot apply"
    r"|\b(?:worked|served|been)\s+before\s+as\s+(?:an?\s+)?(?:JPO|junior\s+professional|associate\s+expert)"
    r"[^.;]{0,120}?(?:can\s*not|may\s+not|not\s+eligible|(?:do|should)\s+not\s+apply)"
    r"|\bno\s+previous\s+(?:assignment|service|appointment|contract)\s+as\s+(?:an?\s+)?(?:JPO|junior\s+professional"
    r"|associate\s+expert|APO)"
    # an eligibility bullet: "no previous JPO, Associate Expert or comparable assignment funded by any donor"
    r"|\bno\s+(?:previous|prior|former)\s+(?:JPO|junior\s+professional|associate\s+expert|APO)\b[^.;]{0,60}?"
    r"\b(?:assignment|service|appointment|contract|position|post)\b"
    r"|(?:not|never)\s+(?:(?:have|having|already|previously)\s+){0,3}(?:completed|served|been|participated|held|worked)"
    r"[^.;]{0,80}?\b(?:JPO|junior\s+professional|YPP|young\s+professional|associate\s+expert|APO)"
    r"|(?:former|previous|current)\s+(?:JPOs?|junior\s+professional\s+officers?|associate\s+experts?)"
    r"[^.;]{0,120}?(?:not\s+eligible|cannot|may\s+not|are\s+excluded|will\s+not\s+be\s+considered|disqualif|ineligible"
    r"|(?:do|should)\s+not\s+apply)"
    r"|(?:already|previously)\s+(?:\w+\s+){0,2}?(?:completed|served|been|held|worked|participated)"
    r"[^.;]{0,60}?\b(?:JPO|junior\s+professional|YPP|associate\s+expert)"
    r"[^.;]{0,120}?(?:not\s+eligible|cannot|may\s+not|are\s+excluded|will\s+not\s+be\s+considered|disqualif|ineligible"
    r"|(?:do|should)\s+not\s+apply)"
    r"|ne\s+(?:doi(?:t|vent)\s+|devr(?:a|ont)\s+)?(?:pas|jamais)\s+avoir\s+(?:d[ée]j[àa]\s+)?(?:occup[ée]|[ée]t[ée]|effectu[ée]|b[ée]n[ée]fici[ée]|exerc[ée]|travaill[ée])"
    r"[^.;]{0,80}?(?:JPO|administrat|jeune\s+expert|expert\s+associ)"
    r"|ayant\s+d[ée]j[àa]\s+(?:effectu[ée]|occup[ée]|[ée]t[ée]|exerc[ée]|b[ée]n[ée]fici[ée]|travaill[ée]|particip[ée]|servi)"
    r"[^.;]{0,80}?(?:JPO|administrat|jeune\s+expert)[^.;]{0,140}?(?:ne\s+(?:peuvent|pourront|sont|seront)\s+(?:pas|plus)"
    r"|(?:sont|seront)\s+exclu)"
    # a crossed item of who may apply: "✘ déjà été JPO, quel que soit le pays donateur ?", "✗ former JPOs"
    r"|[✘✗❌]\s*(?:(?:avoir|having|haber)\s+)?(?:d[ée]j[àa]\s+|already\s+|ya\s+)?(?:(?:été|been|sido|served\s+as)\s+)?"
    r"(?:an?\s+|un\s+|une\s+)?(?:former\s+|ancien(?:ne)?s?\s+|ex[\s-])?(?:JPO|JEA|APO|associate\s+expert)"
    # "Quien ya haya ocupado un puesto de JPO, con cualquier país donante, no puede volver a participar"
    r"|(?:quien(?:es)?|personas\s+que|los\s+que|las\s+que)\s+(?:ya\s+)?(?:hayan?|han|ha|hubieran?)\s+"
    r"(?:sido|participado|trabajado|ocupado|servido)[^.;]{0,80}?(?:JPO|APO|oficial|experto\s+asociado)"
    r"[^.;]{0,80}?no\s+(?:pueden?|podr[áa]n?|son|es|ser[áa]n?)"
    r"|n['’]\s*(?:ayant|avoir)\s+(?:pas\s+|jamais\s+)(?:déjà\s+)?(?:été|occupé|effectué)[^.;]{0,60}?(?:JPO|administrat|jeune\s+expert)"
    r"|(?:anciens?|ex)[\s-](?:JPO|administrateurs?\s+auxiliaires?)[^.;]{0,60}?(?:ne\s+(?:peuvent|sont)\s+pas|exclu)"
    r"|no\s+(?:haber|hayan?)\s+(?:sido|participado|completado|ocupado|trabajado|desempe[ñn]ado|servido"
    r"|prestado\s+servicios?)[^.;]{0,80}?"
    r"(?:JPO|APO|oficial\s+profesional\s+junior|experto\s+asociado)"
    # "Les ancien(ne)s JPO, quel que soit le donateur, ne sont pas éligibles"
    r"|\b(?:les\s+)?ancien(?:\(ne\)|[·.]ne)?(?:[·.]?s)?\s+(?:JPO|JEA|administrat\w*|experts?\s+associ\w*)[^.;]{0,140}?"
    r"ne\s+(?:sont|seront|peuvent|pourront)\s+(?:donc\s+|toutefois\s+|cependant\s+)?pas"
    # the past service as the subject: "Avoir déjà été JEA ou JPO, quel que soit le pays financeur, … exclut
    # toute nouvelle candidature", "Having served as a JPO … rules out a new application"
    r"|\b(?:avoir\s+d[ée]j[àa]\s+(?:[ée]t[ée]|occup[ée]|exerc[ée])|haber\s+sido|having\s+(?:already\s+)?(?:been|served\s+as))"
    r"\s+(?:an?\s+|une?\s+|una?\s+)?(?:JEA|JPO|APO|associate\s+expert)[^.;]{0,120}?\b(?:exclu|excluye|excludes|rules\s+out)"
    # an item of who may apply: "• n'ont jamais occupé de poste de JPO"
    r"|\bn['’]\s*(?:ont|a)\s+jamais\s+(?:[ée]t[ée]|occup[ée]|effectu[ée]|exerc[ée]|b[ée]n[ée]fici[ée])[^.;]{0,60}?"
    r"(?:JPO|JEA|administrat\w*\s+auxiliaire|jeune\s+expert)"
    r"|(?:ex|antiguos?|anteriores?)[\s-]?(?:JPO|APO|oficiales\s+profesionales\s+j[úu]nior)[^.;]{0,60}?(?:no\s+(?:son|pueden|podr[áa]n)|excluid)"
    # the refusal first: "Tampoco podrán participar quienes hayan sido JPO", "ne peuvent pas postuler
    # les personnes ayant déjà été JPO", "may not apply if you have already been a JPO"
    r"|(?:no|tampoco)\s+(?:pueden|podr[áa]n)\s+(?:participar|postular|presentarse|aplicar|presentar\s+(?:su\s+)?candidatura)"
    r"[^.;]{0,40}?(?:quienes|personas\s+que|los\s+que|las\s+que|aquell[oa]s\s+que)\s+(?:ya\s+)?(?:hayan|han|hubieran)\s+"
    r"(?:sido|participado|trabajado|ocupado|servido|desempe[ñn]ado|prestado\s+servicio)[^.;]{0,40}?"
    r"(?:JPO|APO|oficial|experto\s+asociado)"
    r"|ne\s+(?:peuvent|pourront)\s+pas\s+(?:non\s+plus\s+)?(?:postuler|candidater|participer)[^.;]{0,40}?"
    r"(?:ayant|qui\s+ont)\s+d[ée]j[àa]\s+(?:[ée]t[ée]|occup[ée]|effectu[ée]|exerc[ée])[^.;]{0,40}?(?:JPO|JEA|administrat|jeune\s+expert)"
    r"|(?:cannot|may\s+not|can\s*not)\s+apply\s+if\s+(?:you|they)\b[^.;]{0,40}?\b(?:been|served|held|worked)"
    r"[^.;]{0,40}?\b(?:JPO|junior\s+professional|associate\s+expert)"
    # "Persons who hold or have held a JPO … position, with any sponsoring country, are not eligible", "Les
    # personnes qui occupent ou ont déjà occupé un poste de JPO … ne peuvent pas postuler"
    r"|\b(?:who|qui)\s+(?:[\w'’]+,?\s+){0,5}?(?:served|held|been|worked|occup[ée]|exerc[ée]|effectu[ée])\b[^.;]{0,60}?"
    r"\b(?:JPO|JEA|APO|junior\s+professional|associate\s+expert|administrat\w*\s+auxiliaire|jeune\s+expert)"
    r"[^.;]{0,100}?(?:not\s+eligible|ineligible|cannot|can\s*not|may\s+not|ne\s+(?:peuvent|pourront|sont|seront)\s+pas)",
    re.IGNORECASE,
)


def _test_name(raw: str, score: str | None) -> str:
    name = " ".join(raw.upper().split())
    if "TOEFL" in name:
        if "PBT" in name or (score and score.isdigit() and int(score) > 120):
            return "TOEFL PBT"
        return "TOEFL ITP" if "ITP" in name else "TOEFL iBT"
    if name.startswith(("IELTS", "TOEIC")):  # the module or the skills tested name no other test
        return name[:5]
    return name.replace("GOETHE ZERTIFIKAT", "GOETHE-ZERTIFIKAT")


def _score(m: re.Match[str]) -> float | str | None:
    raw = m.group("score") or m.groupdict().get("level")
    if raw is None:
        return None
    if raw[0].isdigit():
        return whole(float(raw.replace(",", ".")))
    return raw.upper()


def language_tests(ctx: Context) -> list[LanguageTest]:
    """Accepted tests with their minimum scores, and editions the text refuses."""
    tests: list[LanguageTest] = []
    for said in ctx.sentences(having=_TEST_WORDS):
        # a table's row, "| TOEFL iBT | 100 | MyBest scores not accepted |", read as "TOEFL iBT 100 …"
        sentence = Passage(said.text.replace("|", " "), said.offsets) if said.text.startswith("|") else said
        before = {m.start("test"): m for m in _SCORE_FIRST.finditer(sentence.text)}
        for m in _TEST.finditer(sentence.text):
            score = _score(m)
            if score is None and m.start("test") in before:
                m = before[m.start("test")]
                score = _score(m)
            name = _test_name(m.group("test"), m.group("score"))
            if score is None:
                continue
            same = next((t for t in tests if t.test == name), None)
            if same is not None:
                if same.min_score != score:
                    ctx.warn(
                        "eligibility.language_tests",
                        f"{name} is given two minimum scores, {same.min_score} and {score}; "
                        f"kept {same.min_score}",
                    )
                continue
            language = _LANGUAGE_OF_TEST.get(name.split()[0] if "TOEFL" in name else name)
            tests.append(LanguageTest(test=name, min_score=score, language=language))
            ctx.source("eligibility.language_tests", sentence.span(*m.span()))
        _refused_editions(sentence, tests)
    return tests


def _refused_editions(sentence: Passage, tests: list[LanguageTest]) -> None:
    for clause in re.split(r";|,|\bwhile\b|\bwhereas\b|\bbut\b|\balors\s+que\b", sentence.text):
        if not _REFUSED.search(clause):
            continue
        for edition, pattern in _EDITIONS.items():
            if re.search(pattern, clause, re.IGNORECASE):
                for test in tests:
                    if test.test.startswith("TOEFL") and edition not in test.refused_editions:
                        test.refused_editions.append(edition)


def _introduces_tests(ctx: Context, sentence: Passage) -> bool:
    """Whether a sentence ends on a colon before one that names tests: "One of the following, taken within two
    years before the closing date:" / "TOEFL iBT 95 …"."""
    following = ctx.following(sentence) if sentence.text.endswith(":") else None
    return following is not None and _TEST_CONTEXT.search(following.text) is not None


# "Only tests taken on or after 9 October 2024 are accepted": a cut-off date instead of a period
_TAKEN_SINCE = re.compile(
    r"\b(?:taken|obtained|passed|dated|pass[ée]e?s?|obtenue?s?|r[ée]alis[ée]e?s?|realizad[oa]s?|obtenid[oa]s?)\s+"
    r"(?:on\s+or\s+after|after|since|from|le\s+|à\s+partir\s+du|apr[èe]s\s+le|depuis\s+le|a\s+partir\s+del?"
    rf"|despu[ée]s\s+del?)\s+(?P<date>{DATE.pattern})",
    re.IGNORECASE,
)


def _months_before(deadline: date, cut_off: date) -> int | None:
    """The whole months from a test's cut-off date to the deadline, when the cut-off falls on the deadline's
    day that many months earlier (or the day after it); else None."""
    months = (deadline.year - cut_off.year) * 12 + deadline.month - cut_off.month
    year, month = divmod(deadline.month - 1 - months, 12)
    day = min(deadline.day, monthrange(deadline.year + year, month + 1)[1])
    earlier = date(deadline.year + year, month + 1, day)
    return months if months > 0 and 0 <= (cut_off - earlier).days <= 1 else None


def test_validity_months(ctx: Context, deadline: date | None = None) -> int | None:
    """How long a test score stays valid after the test date: a stated period, else the months from a
    stated cut-off date to the deadline."""
    stated = _stated_validity(ctx)
    if stated is not None or deadline is None:
        return stated
    for sentence in ctx.sentences(having=("taken", "obtain", "pass", "obten", "réalis", "realiz", "dated")):
        m = _TAKEN_SINCE.search(sentence.text)
        cut_off = parse_date(m.group("date")) if m and _TEST_CONTEXT.search(sentence.text) else None
        months = _months_before(deadline, cut_off) if cut_off else None
        if m and months:
            ctx.source("eligibility.test_validity_months", sentence.span(*m.span()))
            return months
    return None


# "obtenidos en los dos últimos años", "taken in the last two years": the number before or after "last"
_IN_THE_LAST = re.compile(
    rf"\b(?:obtenid[oa]s?|realizad[oa]s?|taken|obtained|passed|pass[ée]e?s?|obtenue?s?)\s+(?:en|dans|in|durante|au\s+cours)"
    rf"\s+(?:de\s+)?(?:los|las|les|des|the)\s+(?P<last>(?:[úu]ltim[oa]s|derni[eè]re?s|last|past)\s+)?"
    rf"(?P<number>{NUMBER})\s+(?(last)|(?:[úu]ltim[oa]s|derni[eè]re?s|last|past)\s+)"
    rf"(?P<unit>{YEAR_UNIT}|meses|mois|months?)",
    re.IGNORECASE,
)


# A degree named right before a period: the period is the degree's age, not a test's
_OF_A_DEGREE = re.compile(
    r"\b(?:master|ma[îi]trise|dipl[ôo]me|degree|t[íi]tulo|m[áa]ster|licence|bachelor)\b[^,;]{0,25}$",
    re.IGNORECASE,
)


def _stated_validity(ctx: Context) -> int | None:
    for sentence in ctx.sentences(having=_VALIDITY_WORDS):
        if not _TEST_CONTEXT.search(sentence.text) and not _introduces_tests(ctx, sentence):
            continue
        # (not a degree's age in the same sentence: "un master obtenu il y a moins de cinq ans … un IELTS …
        # datant de moins de deux ans")
        text = sentence.text
        found = [v for v in _VALIDITY.finditer(text) if not _OF_A_DEGREE.search(text, 0, v.start())]
        m = found[0] if found else None
        inner = DURATION.search(sentence.text, m.start(), m.end()) if m else None
        if m is None:  # "obtenido en los dos últimos años", "passé au cours des deux dernières années"
            m = inner = _IN_THE_LAST.search(sentence.text)
        number = to_number(inner.group("number")) if inner else None
        if m and inner and number:
            ctx.source("eligibility.test_validity_months", sentence.span(*m.span()))
            return to_months(number, inner.group("unit"))
    return None


_SHORTLIST = re.compile(r"\b(?:preselecci[óo]n|pr[ée]s[ée]lection|short-?list)", re.IGNORECASE)


# More applications than any programme lets one person make: a number of posts on offer.
_MOST_APPLICATIONS = 10


def max_applications_per_year(ctx: Context) -> int | None:
    """How many applications a candidate may make to this programme in a year: the first cap stated, with a
    warning when another sentence states a different one (last year's figures, a summary's)."""
    caps = _caps(ctx)
    if not caps:
        return None
    number, sentence, span = caps[0]
    # "up to two posts per year (… only one per round)"
    yearly = _PER_YEAR.match(ctx.text, span[1]) is not None
    rounds = _rounds_a_year(ctx) if _per_round(ctx, sentence) and not yearly else 1
    if rounds == 0:  # "trois offres au plus dans le cadre de la présente campagne", nothing on a year
        # (a call named by its year, "in the 2027 call", does not say there is no other that year)
        ctx.warn(
            "eligibility.max_applications_per_year",
            f"the text allows {number} applications per call and says not how many calls a year; "
            "left empty, check",
        )
        return None
    if rounds > 1:  # "up to three in each round" with "two rounds a year": no yearly cap is stated
        ctx.warn(
            "eligibility.max_applications_per_year",
            f"the text allows {number} applications per round and holds "
            + ("several rounds a year" if rounds == _SEVERAL else f"{rounds} rounds a year"),
        )
        return None
    others = sorted({n for n, _, _ in caps if n != number})
    if others:
        ctx.warn(
            "eligibility.max_applications_per_year",
            f"the text gives more than one cap on applications ({number} and {', '.join(map(str, others))}); "
            f"kept {number}, check which applies",
        )
    ctx.source("eligibility.max_applications_per_year", span)
    return number


# A sentence on the cap just stated: "This limit applies within one recruitment round."
_THIS_LIMIT = re.compile(
    r"^\W*(?:this|the|that)\s+(?:limit|cap|maximum|restriction)\b|^\W*(?:cette|la)\s+(?:limite|limitation)\b"
    r"|^\W*(?:este|el|ese)\s+(?:l[íi]mite|m[áa]ximo)\b",
    re.IGNORECASE,
)


def _per_round(ctx: Context, sentence: Passage) -> bool:
    """Whether the cap's sentence, or the next one when it speaks of the cap, says it holds per round."""
    if _PER_ROUND.search(sentence.text):
        return True
    following = ctx.following(sentence)
    return (
        following is not None
        and _THIS_LIMIT.match(following.text) is not None
        and _PER_ROUND.search(following.text) is not None
    )


def _caps(ctx: Context) -> list[tuple[int, Passage, tuple[int, int]]]:
    """Each cap on applications the sentences state: the number, its sentence and where."""
    caps: list[tuple[int, Passage, tuple[int, int]]] = []
    for sentence in ctx.sentences(having=_LIMIT_WORDS):
        lower = sentence.text.casefold()
        m = _LIMIT.search(sentence.text)
        if m is None and ("plus de" in lower or "more than" in lower or "más de" in lower):
            m = _CAP_BEYOND.search(sentence.text)
        if m is None and any(word in lower for word in _PER_PERSON_WORDS):
            m = _CAP_PER_PERSON.search(sentence.text)
        if m is None and any(word in lower for word in _ONE_WORDS):
            m = _CAP_PER_CALL.search(sentence.text)
        if m is None and any(word in lower for word in _ONLY_WORDS):
            m = _ONLY_ONE_PER_CALL.search(sentence.text)
        if m is not None and _SHORTLIST.search(sentence.text, 0, m.start()):
            m = None  # "una preselección de un máximo de cinco candidaturas": the shortlist, not a cap
        said = next((number for number in m.groupdict().values() if number), None) if m else None
        number = 1 if said and _ONLY_ONE.match(said) else to_number(said) if said else None
        if number and number > _MOST_APPLICATIONS:
            continue  # "la convocatoria ofrece hasta 25 plazas": the posts on offer, no one's cap
        if m and number:
            caps.append((int(number), sentence, sentence.span(*m.span())))
    return caps


_PER_ROUND = re.compile(
    r"\b(?:each|every|per|in\s+(?:a|the|this))\s+(?:(?:19|20)\d\d\s+)?(?:recruitment\s+|selection\s+)?(?:round|call)\b"
    # "in the Danish JPO call of spring 2027", "in the 2027 Irish Aid JPO call"
    r"|\bin\s+(?:the|this)\s+(?:[\w-]+\s+){1,4}?(?:round|call)\b"
    r"|\b(?:chaque|par)\s+(?:appel|campagne|session)\b|\b(?:cada|por)\s+convocatoria\b"
    # "dans le cadre de la présente campagne", "en esta convocatoria", "within this call"
    r"|\bdans\s+le\s+cadre\s+(?:de\s+la\s+pr[ée]sente|de\s+cet(?:te)?|du\s+pr[ée]sent|de\s+l['’])\s*(?:appel|campagne|session)\b"
    r"|\ben\s+(?:esta|la\s+presente)\s+convocatoria\b|\bwithin\s+(?:this|the\s+current)\s+(?:round|call)\b"
    # "dans le cadre de la campagne JEA 2026"
    r"|\bdans\s+le\s+cadre\s+de\s+la\s+(?:campagne|session)\s+(?:\w+\s+)?(?:19|20)\d\d\b"
    # "dans le cadre d'une même campagne de recrutement", "within the same call", "en una misma convocatoria"
    r"|\b(?:dans\s+le\s+cadre|au\s+cours|lors)\s+d['’]\s*une?\s+m[êe]me\s+(?:appel|campagne|session)\b"
    r"|\b(?:within|in|during)\s+(?:the\s+same|a\s+single|one)\s+(?:\w+\s+)?(?:round|call)\b"
    r"|\ben\s+una\s+misma\s+convocatoria\b"
    # "in the current BFIO selection round"
    r"|\b(?:in|within|during)\s+the\s+(?:current|present|ongoing)\s+(?:\w+\s+){0,2}?(?:round|call)\b"
    # "de la présente mise au concours", "de la même campagne", "de cet appel"
    r"|\b(?:pr[ée]sente?|cet(?:te)?|m[êe]me)\s+(?:mise\s+au\s+concours|campagne|appel|session)\b"
    # "de la convocatoria del BFIO", "in Sida's 2027 JPO call"
    r"|\b(?:de|en)\s+la\s+convocatoria\b|\bin\s+[A-Z][\w-]*['’]s\s+(?:(?:19|20)\d\d\s+)?(?:JPO\s+)?(?:call|round)\b"
    # a call named by its year: "de l'appel 2027", "au titre de la campagne 2027", "de la convocatoria 2027"
    r"|(?:\bl['’]\s*appel|\bla\s+(?:campagne|session|convocatoria))\s+(?:\w+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_PER_YEAR = re.compile(
    r"\s*(?:\(\d+\)\s*)?(?:(?:JPO|JEA|APO)\s+)?(?:posts?|positions?|postes?|puestos)?\s*"
    r"(?:per|a|each|par|por|al)\s+(?:calendar\s+)?(?:year|an|ann[ée]e|a[ñn]o)\b",
    re.IGNORECASE,
)
# A programme that recruits once a year: its cap per call is a cap per year.
_ONE_ROUND_A_YEAR = re.compile(
    r"\b(?:once\s+a\s+year|(?:one|a\s+single|single)\s+(?:\w+\s+){0,2}(?:call|round)\s+(?:of\s+\w+\s+)?(?:a|per|each)\s+year"
    # "une campagne de recrutement par an", "une campagne unique par an", "una convocatoria al año"
    r"|(?:une|un|una)\s+(?:seule?\s+|sola\s+|[úu]nica\s+)?(?:campagne|appel|convocatoria)\s+(?:(?:unique|[úu]nica)\s+)?"
    # ("une seule campagne de recrutement de JPO par an")
    r"(?:(?:de|d['’])\s*(?:recrutement|s[ée]lection|candidatures?|selecci[óo]n|reclutamiento|JPO|JEA)\s+|(?:JEA|JPO)\s+){0,2}"
    r"(?:par|al|por|cada)\s+(?:an|ann[ée]e|a[ñn]o)"
    # "appel unique de l'année", "the only call of the year", "la única convocatoria del año"
    r"|(?:(?:appel|campagne)\s+unique|seule?\s+(?:appel|campagne))\s+de\s+l['’]\s*ann[ée]e|(?:only|sole|single)\s+(?:call|round)\s+of\s+the\s+year"
    r"|[úu]nica\s+convocatoria\s+del\s+a[ñn]o"
    r"|annual\s+(?:[\w-]+\s+){0,3}?(?:call|round)|(?:call|round)\s+(?:is\s+)?(?:held|launched|published)\s+(?:once\s+)?(?:a|per|each)\s+year"
    r"|une\s+fois\s+par\s+an|(?:un\s+(?:seul\s+)?|l['’])\s*appel\s+(?:\w+\s+){0,2}(?:par\s+an(?:n[ée]e)?|annuel)|appel\s+annuel"
    r"|campagne\s+annuelle|une\s+fois\s+l['’]an"
    r"|una\s+vez\s+al\s+a[ñn]o|(?:una\s+(?:[úu]nica\s+|sola\s+)?)convocatoria\s+(?:\w+\s+){0,2}(?:al|por|cada)\s+a[ñn]o"
    r"|convocatoria\s+anual|con\s+car[áa]cter\s+anual"
    # "each year", said of the calls: "le programme lance chaque année un appel" (not "riposte chaque année à
    # plus d'une centaine d'événements")
    r"|(?:appel|campagne|convocatoria|recrutement|reclutamiento|convoca|lance|publica)[^.;]{0,60}?"
    r"(?:chaque\s+ann[ée]e|cada\s+a[ñn]o|anualmente)|(?:chaque\s+ann[ée]e|cada\s+a[ñn]o|anualmente)[^.;]{0,60}?"
    r"(?:appel|campagne|convocatoria|recrutement|reclutamiento)"
    # "la convocatoria es anual", "the call is annual", "l'appel est annuel"
    r"|(?:convocatoria|call|round|appel|campagne)\s+(?:es|is|est)\s+(?:anual|annual|annuel(?:le)?))\b",
    re.IGNORECASE,
)
_ROUNDS_A_YEAR = re.compile(
    r"\b(?:(?P<k>two|three|2|3|deux|trois|dos|tres)|(?P<several>more\s+than\s+one|several|multiple|plusieurs"
    r"|plus\s+d['’]\s*une?|varias|m[áa]s\s+de\s+una?))\s+(?:recruitment\s+|selection\s+)?(?:rounds?|calls?|appels?|campagnes?"
    # ("deux appels à candidatures par an", "two calls for applications a year")
    r"|convocatorias?)(?:\s+(?:à|de|for|d['’])\s*[\w-]+)?\s+(?:a|per|each|par|chaque|al|por|cada)\s+(?:year|an|ann[ée]e|a[ñn]o)\b"
    r"|\b(?P<twice>twice\s+a\s+year|deux\s+fois\s+par\s+an|dos\s+veces\s+al\s+a[ñn]o)\b",
    re.IGNORECASE,
)


# More than one round a year, not counted ("the Centre holds more than one recruitment round each year")
_SEVERAL = 99


def _rounds_a_year(ctx: Context) -> int:
    """How many rounds of recruitment a year the text states (0 when it says nothing, `_SEVERAL` when it says
    more than one)."""
    once = False
    for sentence in ctx.sentences(
        having=(
            "round",
            "call",
            "appel",
            "campagne",
            "convocatoria",
            "twice",
            "fois",
            "veces",
            "year",
            "an",
            "año",
        )
    ):
        m = _ROUNDS_A_YEAR.search(sentence.text)
        if m is not None:
            if m.group("several"):
                return _SEVERAL
            return 2 if m.group("twice") else int(to_number(m.group("k")) or 1)
        once = once or bool(_ONE_ROUND_A_YEAR.search(sentence.text))
    return 1 if once else 0


# "Previous service as a JPO under another donor's programme does not make you ineligible"
_FORMER_ALLOWED = re.compile(
    r"(?:previous|prior|former|earlier)\s+(?:service\s+as\s+(?:an?\s+)?)?(?:JPOs?|junior\s+professional\s+officers?|associate\s+experts?)"
    r"[^.;]{0,80}?(?:does\s+not\s+make\s+(?:you|a\s+candidate|candidates)\s+ineligible|(?:are|is|remain)\s+(?:still\s+)?eligible"
    r"|may\s+(?:also\s+|still\s+)?apply|does\s+not\s+exclude)"
    r"|(?:anciens?|ex)[\s-](?:JPO|JEA|administrateurs?\s+auxiliaires?)[^.;]{0,80}?(?:peuvent\s+(?:[ée]galement\s+)?postuler|restent\s+[ée]ligibles)"
    r"|(?:ex|antiguos?)[\s-]?JPO[^.;]{0,80}?(?:pueden\s+(?:tambi[ée]n\s+)?postular|siguen\s+siendo\s+elegibles)",
    re.IGNORECASE,
)


def excludes_former_jpo(ctx: Context) -> bool | None:
    """True when having already been a JPO/YPP excludes; False when the text says it does not; None
    when it says nothing."""
    allowed: Passage | None = None
    for sentence in ctx.sentences(having=_PROGRAMME_WORDS):
        m = _FORMER.search(sentence.text)
        if m:
            ctx.source("eligibility.excludes_former_jpo", sentence.span(*m.span()))
            return True
        if allowed is None and _FORMER_ALLOWED.search(sentence.text):
            allowed = sentence
    if allowed is not None:
        ctx.source("eligibility.excludes_former_jpo", allowed.span())
        return False
    return None


_A_DOCUMENT = re.compile(
    r"\b(?:cop(?:y|ies)\s+of|copie\s+(?:du|de|des)|copies\s+(?:du|de|des)|copia\s+(?:del?|de\s+los)|copias\s+de"
    r"|transcripts?|relev[ée]s\s+de\s+notes)\b",
    re.IGNORECASE,
)


_PROGRAMME_ASKS = re.compile(
    r"\bprogram(?:me|a)?\b[^.;]{0,30}?\b(?:asks\s+for|requires|demands|exige|demande|requiert|pide|requiere)\b",
    re.IGNORECASE,
)


def degree_experience(ctx: Context) -> list[DegreeExperience]:
    """The programme's degree-and-experience alternatives, from its own requirements."""
    found: list[DegreeExperience] = []
    where: tuple[int, int] | None = None
    # (and, wherever it stands, a sentence whose subject is the programme: "The Dutch JPO Programme asks for
    # a Master's degree and at least two years …", an FAQ's answer under a question of its own)
    own = ctx.sentences("programme", "how_to_apply")
    spoken = [s for s in ctx.sentences(having=("programme", "programa")) if _PROGRAMME_ASKS.search(s.text)]
    for sentence in [*own, *(s for s in spoken if all(s.span() != o.span() for o in own))]:
        if _A_DOCUMENT.search(sentence.text):
            continue  # "3. copies of your university degrees and transcripts": a document to send
        for pair in degree_pairs(sentence.text):
            merged = _merge(found, pair)
            if merged == "added":
                where = where or sentence.span()
            elif merged == "gave years":
                where = sentence.span()
    for pair, row in _tabled_pairs(ctx):
        if _merge(found, pair):
            where = where or row
    if not any(pair.min_years for pair in found):
        return []  # degrees without years restate the post's degree ("copies of degrees"): no rule
    if where is not None:
        ctx.source("eligibility.degree_experience", where)
    return sorted(found, key=lambda p: -RANK[p.level])


def _merge(found: list[DegreeExperience], pair: DegreeExperience) -> str | None:
    """A degree's pair added to those found ("added"), or its years given to the same degree found without
    them ("gave years": "master obtenu il y a …", then "master et au moins une année …"); else None."""
    same = next((i for i, p in enumerate(found) if p.level == pair.level), None)
    if same is None:
        found.append(pair)
        return "added"
    if not found[same].min_years and pair.min_years:
        found[same] = pair
        return "gave years"
    return None


def _tabled_pairs(ctx: Context) -> list[tuple[DegreeExperience, tuple[int, int]]]:
    """A programme's table of degrees and the years each asks for ("| Master's degree or higher | 2 years |" /
    "| Bachelor's degree | 4 years |"): a row per degree, when two or more degrees are given so."""
    pairs: list[tuple[DegreeExperience, tuple[int, int]]] = []
    for row in table_rows(ctx.structure.section("programme")):
        levels = levels_in(row.cells[0].text) if row.cells and not row.header else []
        years = [m for cell in row.cells[1:] if (m := DURATION.fullmatch(cell.text.strip())) is not None]
        number = to_number(years[0].group("number")) if len(levels) == 1 and len(years) == 1 else None
        if number is not None:
            stated = whole(to_months(number, years[0].group("unit")) / 12)
            pairs.append((DegreeExperience(level=levels[0][0], min_years=stated), row.line.span()))
    return pairs if len({pair.level for pair, _ in pairs}) >= 2 else []
