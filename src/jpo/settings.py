"""Run-time settings, read once from the environment (prefix JPO_)."""

from __future__ import annotations

from functools import cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting jpo reads; each is documented in README.md."""

    model_config = SettingsConfigDict(env_prefix="JPO_", extra="ignore")

    max_upload_mb: float = 20.0

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)


@cache
def get_settings() -> Settings:
    """The settings of this process."""
    return Settings()
