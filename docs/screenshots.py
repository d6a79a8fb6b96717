"""Take the README's screenshots of the web interface: `jpo serve` with the demo data, Debian's
headless Chromium through Playwright (the browser tests' fixtures), PNGs written next to this file.

    .venv/bin/python docs/screenshots.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    return pytest.main(["-q", "-p", "no:cacheprovider", str(HERE / "take_screenshots.py")])


if __name__ == "__main__":
    raise SystemExit(main())
