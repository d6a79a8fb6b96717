"""Run-time settings, read once from the environment (prefix JPO_)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting jpo reads; each is documented in README.md."""

    model_config = SettingsConfigDict(env_prefix="JPO_", extra="ignore")

    max_upload_mb: float = 20.0
    data_dir: Path = Field(default_factory=lambda: Path(user_data_dir("jpo", appauthor=False)))
    database_url: str | None = None  # default: SQLite in data_dir
    token_hours: float = Field(default=12.0, gt=0)  # lifetime of an API access token
    max_concurrency: int = Field(default=16, ge=1, le=1000)  # requests a worker runs at once
    # Where people reach the service (https://jpo.example.org); forms from any other origin are refused.
    # Unset: the address each request was sent to.
    public_url: str | None = Field(default=None, pattern=r"^https?://[^/\s]+/?$")
    # Per client address (an IPv4 address, an IPv6 /64), beside the per-account pause: wrong passwords (and
    # checks still running) per window, and sign-ups per window, counted in the database for all workers.
    sign_in_failures_per_ip: int = Field(default=30, ge=1)
    sign_in_ip_window_minutes: float = Field(default=15.0, gt=0)
    sign_ups_per_ip: int = Field(default=10, ge=1)
    sign_up_ip_window_minutes: float = Field(default=60.0, gt=0)

    # E-mail: an SMTP server (smtp://user:password@host:587?starttls=true, or smtps://host), else messages
    # are written to data_dir/outbox/ as .eml files. `outbox_worker`: whether `jpo serve` delivers them
    # itself (default: on the embedded SQLite database only; elsewhere run `jpo worker`).
    smtp_url: str | None = Field(default=None, pattern=r"^smtps?://")
    mail_from: str = "jpo <no-reply@jpo.localhost>"
    outbox_worker: bool | None = None

    # Retention (`jpo retention purge`), in days: unsuccessful applications after their recruitment
    # closed (two years, the programmes' usual reference period for a new call), and audit details
    # after they were recorded (seven years, as financial and personnel records are commonly kept).
    retention_unsuccessful_days: int = Field(default=730, ge=1)
    retention_audit_detail_days: int = Field(default=2555, ge=1)
    # Refused attempts to apply (what failed, kept on the vacancy for its refusal statistics): one year,
    # a call's cycle, after which a new call's statistics stand on their own.
    retention_refused_days: int = Field(default=365, ge=1)

    @property
    def effective_database_url(self) -> str:
        """`database_url`, else the embedded SQLite file under `data_dir`."""
        return self.database_url or f"sqlite:///{self.data_dir / 'jpo.sqlite3'}"

    @property
    def serves_outbox(self) -> bool:
        """Whether the web service runs the outbox worker in its own process."""
        return self.database_url is None if self.outbox_worker is None else self.outbox_worker

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)


@cache
def get_settings() -> Settings:
    """The settings of this process."""
    return Settings()
