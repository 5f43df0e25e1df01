"""API credentials: read from the environment only, never from config files, and shown masked.

Which variables a platform needs is said by its descriptor (catalogue.PlatformDescriptor.credentials).
"""

from __future__ import annotations

import os

from brandwatch import catalogue


def credential_variables() -> dict[str, tuple[str, ...]]:
    """Every platform's variables, by platform name."""
    return {platform.name: platform.credentials for platform in catalogue.platforms.all()}


def credentials_for(platform: str) -> dict[str, str] | None:
    """All of a platform's variables ({} when it needs none), or None when any is missing (the source
    is then skipped)."""
    descriptor = catalogue.platforms.get(platform)
    names = descriptor.credentials if descriptor else ()
    values = {name: os.environ.get(name, "") for name in names}
    return values if all(values.values()) else None


def mask_secret(value: str | None) -> str:
    """At most the first 4 characters of a secret, none when it is short; the length is not shown."""
    if not value:
        return "(not set)"
    return f"{value[:4]}…" if len(value) >= 16 else "…"
