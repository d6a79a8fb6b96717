"""A real SMTP server (aiosmtpd) on a free loopback port, whose answers a test decides, and the API's
fixtures for the applications whose messages it receives."""

from __future__ import annotations

import asyncio
import email
import email.policy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.api.conftest import api, settings
from tests.support.net import free_port

__all__ = ["api", "settings"]


@dataclass
class Mailbox:
    """What the server accepted, and the answer it gives to each DATA in turn (default: accept)."""

    answers: list[str] = field(default_factory=list)
    stall_seconds: float = 0.0
    accepted: list[EmailMessage] = field(default_factory=list)
    refused: int = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's name)
        if self.stall_seconds:
            await asyncio.sleep(self.stall_seconds)  # a server that takes the message and answers late
        answer = self.answers.pop(0) if self.answers else "250 OK"
        if answer.startswith("250"):
            parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
            assert isinstance(parsed, EmailMessage)
            self.accepted.append(parsed)
        else:
            self.refused += 1
        return answer


@pytest.fixture
def smtp() -> Iterator[Callable[..., tuple[Mailbox, str]]]:
    """`smtp(answers=[...])`: a started server and its URL (smtp://127.0.0.1:PORT)."""
    started: list[Controller] = []

    def start(**options: Any) -> tuple[Mailbox, str]:
        mailbox = Mailbox(**options)
        port = free_port()
        controller = Controller(mailbox, hostname="127.0.0.1", port=port)
        controller.start()
        started.append(controller)
        return mailbox, f"smtp://127.0.0.1:{port}"

    yield start
    for controller in started:
        controller.stop()
