"""Structured logging whose every line passes a secret mask before it is written.

Post text is never logged on purpose, but error messages can carry it by accident (a database error
quotes its parameters, an exception repeats its input). So the handler's filter, not each caller,
guarantees the property: every formatted line — message, arguments and traceback — is rewritten by
`SecretMasker` before any formatter sees it.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone
from typing import Any

from brandwatch.secret_masker import MASKER, SecretMasker

_STANDARD_ATTRIBUTES = frozenset(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class MaskingFilter(logging.Filter):
    """Rewrites the record in place so no handler or formatter ever sees the unmasked form."""

    def __init__(self, masker: SecretMasker = MASKER):
        super().__init__()
        self.masker = masker

    def filter(self, record: logging.LogRecord) -> bool:
        public = getattr(record, "public_values", ())
        record.msg = self.masker.mask(record.getMessage(), public if isinstance(public, tuple) else ())
        record.args = None
        if record.exc_info:
            record.exc_text = self.masker.mask(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        for key, value in list(record.__dict__.items()):
            if key not in _STANDARD_ATTRIBUTES and isinstance(value, str):
                setattr(record, key, self.masker.mask(value))
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and any `extra=` fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD_ATTRIBUTES and isinstance(value, (str, int, float, bool, type(None))):
                entry[key] = value
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(log_format: str = "text", level: int = logging.INFO, stream: Any = None) -> None:
    """Replace the root handlers with one masked handler writing text or JSON lines to stderr."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.addFilter(MaskingFilter())
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for existing in list(root.handlers):
        root.removeHandler(existing)
    root.addHandler(handler)
    root.setLevel(level)
