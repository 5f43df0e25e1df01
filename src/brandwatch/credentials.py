"""API credentials: read from the environment only, never from config files, and shown masked."""

from __future__ import annotations

import os

CREDENTIAL_VARIABLES = {
    "reddit": ("REDDIT_CLIENT_ID", "REDDIT_CLIENT_SECRET", "REDDIT_USER_AGENT"),
    "x": ("X_BEARER_TOKEN",),
}


def credentials_for(platform: str) -> dict[str, str] | None:
    """All of a platform's variables, or None when any is missing (the source is then skipped)."""
    names = CREDENTIAL_VARIABLES.get(platform, ())
    values = {name: os.environ.get(name, "") for name in names}
    return values if names and all(values.values()) else None


def mask_secret(value: str | None) -> str:
    """At most the first 4 characters of a secret, none when it is short; the length is not shown."""
    if not value:
        return "(not set)"
    return f"{value[:4]}…" if len(value) >= 16 else "…"
