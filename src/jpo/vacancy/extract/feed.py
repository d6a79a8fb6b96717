"""A job feed (RSS 2.0 or Atom) saved as text, read as its first item: the vacancy it was saved for.

A feed lists posts newest first; its other items are other vacancies, whose deadlines and places are no part
of this one. The item's description (HTML, in CDATA or escaped) is read as the page it shows; its title heads
it unless the description opens with a heading of its own.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

__all__ = ["from_feed"]

_FEED_START = re.compile(r"^\s*(?:<\?xml[^>]*\?>\s*)?<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_BODIES = ("encoded", "content", "description", "summary")  # content:encoded first: the fullest
_HEADING = re.compile(r"\s*<h[1-3]\b", re.IGNORECASE)  # a description that opens with its own title


def from_feed(text: str) -> str:
    """The first item of a feed as its page; any other text as it is."""
    if not _FEED_START.match(text):
        return text
    try:
        root = fromstring(text, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError, RecursionError):
        return text
    item = next((e for e in root.iter() if _name(e) in ("item", "entry")), None)
    if item is None:
        return text
    fields = {_name(child): child for child in reversed(item)}  # the first of a name kept
    body = next(("".join(fields[name].itertext()).strip() for name in _BODIES if name in fields), "")
    title = "".join(fields["title"].itertext()).strip() if "title" in fields else ""
    lines = [f"# {title}"] if title and not _HEADING.match(body) else []
    if body:
        from jpo.vacancy.extract.html import fragment_lines  # lxml, only for a document that needs it

        lines += fragment_lines(body) if "<" in body else body.splitlines()
    return "\n".join(lines) + "\n" if lines else text


def _name(element: Element) -> str:
    """The element's local name, its namespace aside ("{http://www.w3.org/2005/Atom}entry" is "entry")."""
    return str(element.tag).rsplit("}", 1)[-1].rsplit(":", 1)[-1].lower()
