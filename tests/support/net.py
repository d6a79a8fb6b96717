"""Loopback helpers for tests that start a real `jpo serve`."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(env: dict[str, str]) -> Iterator[str]:
    """`jpo serve` on a free loopback port with `env`, answering its health check; its base URL."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "jpo", "serve", "--port", str(port)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/v1/health", timeout=5) as response:
                    assert json.load(response) == {"status": "ok"}
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, (
                    server.stderr and server.stderr.read()
                )
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
