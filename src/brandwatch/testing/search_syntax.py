"""The part of Reddit's and X's search syntax the local fakes understand: OR-ed alternatives of words."""

from __future__ import annotations

import re
import shlex


def any_alternative_matches(query: str, text: str) -> bool:
    """True when every word (or "quoted phrase") of one OR-separated alternative occurs in `text`."""
    text = text.casefold()
    for alternative in re.split(r"\s+OR\s+", query.strip()):
        try:
            words = shlex.split(alternative)
        except ValueError:  # an unbalanced quote: read the words as typed
            words = alternative.split()
        if words and all(w.casefold() in text for w in words):
            return True
    return False
