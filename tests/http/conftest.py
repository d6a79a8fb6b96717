"""The HTTP plumbing tests reuse the API's fixtures (a real app over a freshly migrated database) and the
web's signed-in browser sessions."""

from tests.api.conftest import api, settings
from tests.web.conftest import browser_session

__all__ = ["api", "browser_session", "settings"]
