"""Errors that cross package boundaries, each carrying its stable code and HTTP status."""

from __future__ import annotations


class JpoError(Exception):
    """Base of every error jpo reports to a person; `str(err)` is one line saying what is wrong."""

    code = "jpo-error"
    http_status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(JpoError):
    """A document or file given to jpo cannot be used (missing, empty, corrupt, unsafe, too big)."""

    code = "bad-input"
    http_status = 422


class ConflictError(JpoError):
    """The request clashes with what exists (an e-mail address already registered, ...)."""

    code = "conflict"
    http_status = 409


class ForbiddenError(JpoError):
    """The user is known but may not do this."""

    code = "forbidden"
    http_status = 403


class NotFoundError(JpoError):
    """Nothing by that id (or nothing this user may know of)."""

    code = "not-found"
    http_status = 404
