"""An e-mail saved as its raw source (headers, MIME parts, quoted-printable): read as a mail client shows it.

The sender, date and subject stand on top, then the plain-text part, decoded; a message with only an HTML
part gives its text through the HTML reader. Any other text is returned as it is.
"""

from __future__ import annotations

import email
import re
from email import policy
from email.message import EmailMessage

# The opening of a message's source: header fields only, one of them saying it is MIME
_HEADER_FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_MIME = re.compile(r"^(?:mime-version|content-type):", re.IGNORECASE | re.MULTILINE)
_SHOWN = ("From", "Date", "Subject")
_AS_IS = frozenset({"", "7bit", "8bit", "binary"})


def is_mime_source(text: str) -> bool:
    """Whether `text` opens on an e-mail's header block that declares MIME content."""
    head = text.lstrip("\n").split("\n\n", 1)[0]
    lines = head.split("\n")
    fields = [line for line in lines if not line[:1].isspace()]
    return len(fields) >= 3 and all(_HEADER_FIELD.match(line) for line in fields) and bool(_MIME.search(head))


def from_mime(text: str) -> str:
    """The message as read: its sender, date and subject, then its plain text (or its HTML part's text)."""
    if not is_mime_source(text):
        return text
    message = email.message_from_string(text.lstrip("\n"), policy=policy.default)
    if not isinstance(message, EmailMessage):
        return text
    shown = [
        f"{name}: {' '.join(str(message[name]).split())}" for name in _SHOWN if message[name] is not None
    ]
    try:
        body = message.get_body(preferencelist=("plain", "html"))
        content = body.get_content() if body is not None else None
        # a part sent as it is (no transfer encoding) is already text here, decoded with the file: decoding
        # it again would turn its accents into U+FFFD ("Indígenas" → "Ind�genas")
        if body is not None and str(body.get("Content-Transfer-Encoding", "")).strip().lower() in _AS_IS:
            raw = body.get_payload()
            content = raw if isinstance(raw, str) else content
    except (LookupError, ValueError, KeyError, AttributeError, UnicodeError):
        return text  # an unknown charset or a broken part: the source as it stands
    if body is None or content is None:
        return text
    if body.get_content_subtype() == "html":
        from jpo.vacancy.extract.html import extract_html  # (here: the HTML reader decodes with text.py)

        content = extract_html(content.encode("utf-8"))
    return "\n".join(shown) + "\n\n" + str(content).replace("\r\n", "\n")
