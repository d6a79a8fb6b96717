"""Structured logs: one JSON object per line, carrying the id of the request being served."""

from __future__ import annotations

import json
import logging
import re
import uuid
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

ACCESS_LOGGER = "jpo.access"
FIELDS = "fields"  # the `extra` key whose dict a record adds to its JSON line

request_id: ContextVar[str | None] = ContextVar("jpo_request_id", default=None)
_SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,63}")


def request_id_from(header: str | None) -> str:
    """The client's `X-Request-ID` when it is a short token of safe characters, else a new random id."""
    if header and _SANE_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


class JsonFormatter(logging.Formatter):
    """A record as one JSON line: timestamp, level, logger, message, the request id, its `fields`,
    and the traceback (escaped onto the same line) if there is one."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "timestamp": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        current = request_id.get()
        if current is not None:
            line["request_id"] = current
        line.update(getattr(record, FIELDS, None) or {})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def log_config(level: str = "info") -> dict[str, Any]:
    """`logging.config.dictConfig` for `jpo serve`: jpo's loggers (access log included) as JSON lines
    on stdout; uvicorn's own messages as uvicorn prints them, on stderr."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "json": {"()": f"{__name__}.JsonFormatter"},
            "uvicorn": {"()": "uvicorn.logging.DefaultFormatter", "fmt": "%(levelprefix)s %(message)s"},
        },
        "handlers": {
            "json": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"},
            "uvicorn": {
                "class": "logging.StreamHandler",
                "formatter": "uvicorn",
                "stream": "ext://sys.stderr",
            },
        },
        "loggers": {
            "jpo": {"handlers": ["json"], "level": level.upper(), "propagate": False},
            "uvicorn": {"handlers": ["uvicorn"], "level": "WARNING", "propagate": False},
        },
    }
