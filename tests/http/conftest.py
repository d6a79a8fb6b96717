"""The HTTP plumbing tests reuse the API's fixtures (a real app over a freshly migrated database)."""

from tests.api.conftest import api, settings

__all__ = ["api", "settings"]
