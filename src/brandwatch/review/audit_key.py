"""The audit key: signs the review trail. Kept outside the database, apart from the fingerprint key.

$BRANDWATCH_AUDIT_KEY (hex or any string of at least 16 bytes), else <data_dir>/audit.key, made once
when a writer needs it. Several instances must share one key (set the variable on each), or each
seals with its own and `audit verify` reports the others' events as forged.
"""

from __future__ import annotations

import os
from pathlib import Path

from brandwatch.config import Settings
from brandwatch.errors import ConfigError
from brandwatch.keys import create_key

KEY_ENV = "BRANDWATCH_AUDIT_KEY"
KEY_FILE = "audit.key"
_MIN_BYTES = 16


def audit_key(settings: Settings, *, create: bool = True) -> bytes:
    from_env = os.environ.get(KEY_ENV)
    if from_env:
        if len(from_env.encode("utf-8")) < _MIN_BYTES:
            raise ConfigError(f"{KEY_ENV} is shorter than {_MIN_BYTES} bytes")
        return from_env.encode("utf-8")
    path = Path(settings.data_dir) / KEY_FILE
    if path.is_file():
        return _read(path)
    if not create:
        raise ConfigError(f"no audit key: set {KEY_ENV} or provide {path} (the key the trail was sealed with)")
    return create_key(path)


def _read(path: Path) -> bytes:
    try:
        key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (ValueError, UnicodeDecodeError):
        key = b""
    if len(key) < _MIN_BYTES:
        raise ConfigError(f"{path}: the audit key file is empty or too short")
    return key
