"""`jpo serve` as operators run it: migrated once beforehand, several workers, JSON access logs on
stdout with nothing secret in them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from tests.support.net import free_port

PASSWORD = "a very secret passphrase"


def _status(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> int:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def _wait_until_healthy(base: str, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            if _status(f"{base}/healthz") == 200:
                return
        except OSError:
            pass
        assert server.poll() is None and time.monotonic() < deadline, "jpo serve did not start"
        time.sleep(0.2)


def test_workers_after_one_migration_log_json_lines_without_secrets(tmp_path: Path) -> None:
    env = {**os.environ, "JPO_DATA_DIR": str(tmp_path / "data")}
    env.pop("JPO_DATABASE_URL", None)
    jpo = [sys.executable, "-m", "jpo"]
    assert subprocess.run([*jpo, "db", "upgrade"], env=env, capture_output=True, check=False).returncode == 0
    port = free_port()
    server = subprocess.Popen(
        [*jpo, "serve", "--no-migrate", "--workers", "2", "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(base, server)
        assert _status(f"{base}/readyz") == 200
        body = json.dumps({"email": "c@example.org", "password": PASSWORD}).encode()
        headers = {"Content-Type": "application/json", "X-Request-ID": "sign-up-1"}
        assert _status(f"{base}/api/v1/users?token=query-secret", body, headers) == 201
    finally:
        server.terminate()
        out, err = server.communicate(timeout=60)
    lines = [json.loads(line) for line in out.splitlines()]  # stdout: JSON lines only
    (sign_up,) = [line for line in lines if line.get("request_id") == "sign-up-1"]
    assert sign_up["logger"] == "jpo.access" and sign_up["route"] == "/api/v1/users"
    assert (sign_up["method"], sign_up["status"], sign_up["client_ip"]) == ("POST", 201, "127.0.0.1")
    for secret in (PASSWORD, "c@example.org", "query-secret"):
        assert secret not in out and secret not in err
    assert "Traceback" not in err
