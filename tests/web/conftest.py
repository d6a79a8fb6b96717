"""The web pages are tested over the same app and fresh database as the API."""

from tests.api.conftest import api, settings

__all__ = ["api", "settings"]
