"""Importing the service does no work: no Argon2 hash is computed until a sign-in needs one."""

from __future__ import annotations

import subprocess
import sys

COUNT_HASHES_ON_IMPORT = """
import argon2
calls = []
original = argon2.PasswordHasher.hash
argon2.PasswordHasher.hash = lambda self, *args, **kwargs: calls.append(1) or original(self, *args, **kwargs)
import jpo.app, jpo.users.sign_in, jpo.users.sign_up, jpo.users.tokens, jpo.cli.main
print(len(calls))
"""


def test_importing_the_service_computes_no_password_hash() -> None:
    result = subprocess.run(
        [sys.executable, "-c", COUNT_HASHES_ON_IMPORT],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"
