"""Where messages go: an SMTP server (`JPO_SMTP_URL`), or, with none set, a folder of `.eml` files."""

from __future__ import annotations

import smtplib
import ssl
import tempfile
from email.message import EmailMessage
from functools import cached_property
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from jpo.errors import InputError

TIMEOUT_SECONDS = 30.0


class Transport(Protocol):
    def send(self, message: EmailMessage) -> None:
        """Deliver `message` or raise; a raise means it may be tried again."""


class FolderTransport:
    """Each message written whole (temporary file, then renamed) as `<id>.eml` in `folder`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: EmailMessage) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        name = str(message["X-Jpo-Message"]) + ".eml"
        with tempfile.NamedTemporaryFile(dir=self.folder, suffix=".tmp", delete=False) as handle:
            handle.write(message.as_bytes())
        Path(handle.name).replace(self.folder / name)


class SmtpTransport:
    """`smtp://[user:password@]host[:port][?starttls=true]` or `smtps://…` (TLS from the start)."""

    def __init__(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise InputError("JPO_SMTP_URL: expected smtp://host[:port] or smtps://host[:port]",
                             field="smtp_url")  # fmt: skip
        self.tls = parts.scheme == "smtps"
        self.host = parts.hostname
        self.port = parts.port or (465 if self.tls else 25)
        self.user = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.starttls = parse_qs(parts.query).get("starttls", ["false"])[0].lower() in ("1", "true", "yes")

    @cached_property
    def _context(self) -> ssl.SSLContext:
        # Made once: loading the system's certificates takes tens of milliseconds, more than a message.
        return ssl.create_default_context()

    def send(self, message: EmailMessage) -> None:
        smtp: smtplib.SMTP
        if self.tls:
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=TIMEOUT_SECONDS, context=self._context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=TIMEOUT_SECONDS)
        with smtp:
            if self.starttls:
                smtp.starttls(context=self._context)
            if self.user is not None:
                smtp.login(self.user, self.password or "")
            smtp.send_message(message)


def transport_for(smtp_url: str | None, data_dir: Path) -> Transport:
    """SMTP when a URL is set, else the outbox folder under the data directory."""
    return SmtpTransport(smtp_url) if smtp_url else FolderTransport(data_dir / "outbox")
