"""What an e-mail address and a new password must be, and the one form every address is kept and
looked up in."""

from __future__ import annotations

import re

from jpo.errors import InputError

MIN_PASSWORD = 10
# One address, whole: no spaces or control characters, one @, a dot in the domain. Published in the
# OpenAPI document; the service matches it against the whole normalised text (`fullmatch`).
EMAIL_PATTERN = r"^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+\.[^@\s\x00-\x1f\x7f]+$"
_EMAIL = re.compile(EMAIL_PATTERN)


def normalise_email(email: str) -> str:
    """`email` as jpo keeps it: without surrounding white space, and in lower case.

    The domain is case-insensitive (DNS). The local part may be case-sensitive by RFC 5321, but no
    common mail service treats it so, people type their address in whatever case, and two accounts
    differing only in case would be one person's twice (with the pause on wrong passwords split
    between them); every address has been stored lower-cased since the first release, so existing
    accounts keep working.
    """
    return email.strip().lower()


def checked_email(email: str) -> str:
    """The normalised address, or InputError (field "email") when it is not one whole address."""
    normalised = normalise_email(email)
    if not _EMAIL.fullmatch(normalised):
        raise InputError(f"email: {email!r} is not an e-mail address", field="email")
    return normalised


def check_new_password(password: str) -> None:
    """InputError (field "password") for a password too short once the spaces around it are left out:
    ten spaces, or one letter and nine spaces, are not passwords. Spaces are kept as typed."""
    if len(password.strip()) < MIN_PASSWORD:
        raise InputError(
            f"password: at least {MIN_PASSWORD} characters are needed, not counting spaces at either end",
            field="password",
        )
