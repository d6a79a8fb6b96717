"""Errors that cross package boundaries, each carrying its stable code and HTTP status."""

from __future__ import annotations

from typing import Any


class JpoError(Exception):
    """Base of every error jpo reports to a person; `str(err)` is one line saying what is wrong.

    `code` names the problem for programs (the API's problem `type`); `extensions` are extra members
    of the problem document (the failing criteria of an ineligible application, ...).
    """

    code = "jpo-error"
    http_status = 500
    keeps_work = False  # True: what was flushed before the error is committed (a refusal kept on record)

    def __init__(
        self, message: str, *, code: str | None = None, field: str | None = None, **extensions: Any
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        if code is not None:
            self.code = code
        self.extensions = extensions


class InputError(JpoError):
    """A document or file given to jpo cannot be used (missing, empty, corrupt, unsafe, too big)."""

    code = "bad-input"
    http_status = 422


class ConflictError(JpoError):
    """The request clashes with what exists (an e-mail address already registered, ...)."""

    code = "conflict"
    http_status = 409


class UnauthorizedError(JpoError):
    """No valid credentials: sign in first."""

    code = "unauthorized"
    http_status = 401


class ForbiddenError(JpoError):
    """The user is known but may not do this."""

    code = "forbidden"
    http_status = 403


class NotFoundError(JpoError):
    """Nothing by that id (or nothing this user may know of)."""

    code = "not-found"
    http_status = 404


class RetryLaterError(JpoError):
    """Not now: `retry_after` seconds until the request can be heard (the `Retry-After` header)."""

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TooManyAttemptsError(RetryLaterError):
    """Too many failed attempts in a row; `retry_after` seconds until the next one is heard."""

    code = "too-many-attempts"
    http_status = 429


class AddressLimitError(TooManyAttemptsError):
    """Too many sign-in failures or sign-ups from one client address; `retry_after` as above."""

    code = "too-many-attempts-from-address"


class TooLargeError(InputError):
    """An upload over the size limit."""

    code = "too-large"
    http_status = 413


class BusyError(RetryLaterError):
    """The service cannot take the request now (a database lock or connection not had in time)."""

    code = "busy"
    http_status = 503
