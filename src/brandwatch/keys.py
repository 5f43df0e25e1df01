"""Deployment keys kept outside the database: the environment first, else a file in the data directory.

The fingerprint key (rules/masking.fingerprint groups the same leaked value across posts under it) is
read here, by the wiring in the daemon and the CLI, and handed to the detectors, which do no I/O.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from brandwatch.config import Settings
from brandwatch.errors import ConfigError

KEY_ENV = "BRANDWATCH_FINGERPRINT_KEY"
KEY_FILE = "fingerprint.key"

log = logging.getLogger(__name__)


def fingerprint_key(settings: Settings, *, create: bool) -> bytes:
    """The key: $BRANDWATCH_FINGERPRINT_KEY, else <data_dir>/fingerprint.key (made once when
    create=True), else a random key for this process only (fingerprints then group within one run)."""
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        return from_env.encode("utf-8")
    path = Path(settings.data_dir) / KEY_FILE
    if path.is_file():
        return read_key(path)
    if create:
        return create_key(path)
    log.warning("no fingerprint key (set %s or run a command that creates %s); using one for this "
                "run only", KEY_ENV, path)
    return secrets.token_bytes(32)


def read_key(path: Path) -> bytes:
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (ValueError, UnicodeDecodeError):
        key = b""
    if len(key) < 16:
        raise ConfigError(f"{path}: the fingerprint key file is empty or too short; delete it to "
                          "make a new one (existing fingerprints will no longer group)")
    return key


def create_key(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    try:
        # O_EXCL: two processes starting together must not each write a different key.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return read_key(path)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex() + "\n")
    return key
