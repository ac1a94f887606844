"""Settings in one place: command-line options first, then KARTOTEKA_* variables, then defaults."""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = "kartoteka.db"


def database_url(db: str | None = None) -> str:
    """Turn a `--db` value (path or SQLAlchemy URL) into a URL.

    >>> database_url("x.db")
    'sqlite:///x.db'
    """
    value = db or os.environ.get("KARTOTEKA_DB") or DEFAULT_DB
    if "://" in value:
        # psycopg 3 is the PostgreSQL driver kartoteka installs (extra "postgres")
        return re.sub(r"^postgres(?:ql)?://", "postgresql+psycopg://", value)
    return f"sqlite:///{Path(value).expanduser()}"


def default_workers() -> int:
    """Processes for parallel extraction: $KARTOTEKA_WORKERS, else one per core."""
    return int(os.environ.get("KARTOTEKA_WORKERS") or os.cpu_count() or 1)


@dataclass(frozen=True)
class Settings:
    """What the web app and the CLI share."""

    db_url: str = field(default_factory=database_url)
    read_only: bool = field(default_factory=lambda: os.environ.get("KARTOTEKA_READ_ONLY") == "1")
    # Signs session cookies. Without KARTOTEKA_SECRET_KEY a random key is made per process, so
    # nobody can forge a session; logins then last until the server restarts.
    secret_key: str = field(
        default_factory=lambda: os.environ.get("KARTOTEKA_SECRET_KEY") or secrets.token_hex(32))
    # Session cookies only over HTTPS: on unless KARTOTEKA_SECURE_COOKIES=0 (`serve` turns it
    # off for a server on this machine's loopback address, which browsers reach over HTTP)
    secure_cookies: bool = field(
        default_factory=lambda: os.environ.get("KARTOTEKA_SECURE_COOKIES", "1") != "0")
