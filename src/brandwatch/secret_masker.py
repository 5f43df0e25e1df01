"""The secret mask every log line and every output passes: known values, leak-rule hits, token shapes.

Below the daemon on purpose: the logging filter (daemon/logging.py) and the output scrubber
(secrecy.py) share the one process-wide `MASKER`.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Iterable

MASK = "•" * 8
# SQLAlchemy appends the statement's bound values to its errors; they may hold a whole post.
_SQL_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL)
# Long unbroken runs of token characters with both letters and digits: the shape of most API keys.
_TOKEN_SHAPED = re.compile(r"(?<![A-Za-z0-9_\-+/=])(?=[A-Za-z0-9_\-+/=]*\d)(?=[A-Za-z0-9_\-+/=]*[A-Za-z])"
                           r"[A-Za-z0-9_\-+/=]{24,}")


class SecretMasker:
    """Masks what looks like or is known to be a secret: values the analysis found, what the leak
    rules recognise, and token-shaped strings."""

    # Short strings recur in every output (labels, rule ids, severities): each is masked once per
    # state of the masker instead of being matched against every rule again.
    memo_chars = 128
    memo_size = 4096

    def __init__(self, capacity: int = 10_000) -> None:
        # Insertion-ordered and bounded: a daemon running for months must not grow without end.
        # Values older than the last `capacity` are still caught by the rules and the token shape.
        self._known: dict[str, None] = {}
        self._longest_first: tuple[str, ...] = ()  # `_known` in the order `_mask` replaces them
        self.capacity = capacity
        self._rules: Any = None
        self._lock = threading.Lock()
        self._memo: dict[str, str] = {}  # replaced (not cleared) when the known values or rules change

    def remember(self, values: Iterable[str]) -> None:
        """Values found leaked in posts: masked wherever they appear in later log lines."""
        with self._lock:
            changed: list[str] = []
            for value in values:
                if value and len(value) >= 4:
                    if value not in self._known:
                        changed.append(value)
                    self._known.pop(value, None)
                    self._known[value] = None
            while len(self._known) > self.capacity:
                forgotten = next(iter(self._known))
                del self._known[forgotten]
                changed.append(forgotten)
            if changed:
                self._longest_first = tuple(sorted(self._known, key=len, reverse=True))
                self._memo = _memo_without(self._memo, changed)

    def use_rules(self, rule_set: Any) -> None:
        with self._lock:
            self._rules = rule_set
            self._memo = {}

    def mask(self, text: str, public: Iterable[str] = ()) -> str:
        """`public`: values the caller vouches are not secret (an audit checkpoint's own digest and MAC,
        which operators must be able to read back from the log); the token shape spares them."""
        if not text:
            return text
        if public or len(text) > self.memo_chars:
            return self._mask(text, public)
        memo = self._memo  # a mask computed under the old state never lands in the new memo
        masked = memo.get(text)
        if masked is None:
            masked = self._mask(text, public)
            if _SQL_MARK in text:  # its mask is not only a matter of the known values (_memo_without)
                return masked
            if len(memo) >= self.memo_size:
                memo.clear()
            memo[text] = masked
        return masked

    def _mask(self, text: str, public: Iterable[str]) -> str:
        text = _SQL_PARAMETERS.sub("[parameters hidden]", text)
        for value in self._longest_first:
            if value in text:
                text = text.replace(value, MASK)
        text = self._mask_rule_hits(text)
        spared = frozenset(public)
        return _TOKEN_SHAPED.sub(lambda found: found.group(0) if found.group(0) in spared
                                 else _mask_unless_path(found), text)

    def _mask_rule_hits(self, text: str) -> str:
        rules = self._rules
        if rules is None:
            return text
        try:
            from brandwatch.rules import MatchContext

            hits = [h for h in rules.match(text, MatchContext(brand_terms_present=True))
                    if h.rule.category == "leak" and not h.in_description]
        except Exception:  # noqa: BLE001 - masking must never stop a log line; the token mask still runs
            return text
        for hit in sorted(hits, key=lambda h: h.start, reverse=True):
            text = text[:hit.start] + MASK + text[hit.end:]
        return text


_SQL_MARK = "[parameters:"


def _memo_without(memo: dict[str, str], changed: list[str]) -> dict[str, str]:
    """A new memo keeping the strings whose mask a known value added or forgotten cannot change.

    Known values are replaced longest first, each by MASK: a value absent from a string never appears
    in it during those replacements (each replacement only puts MASK characters in), unless the value
    itself holds a MASK character. So only strings holding a changed value are masked afresh (strings
    whose SQL parameters `_mask` rewrites first are never memoised)."""
    if any(MASK[0] in value for value in changed):
        return {}
    # A copy, not the old memo: another thread may add to that one meanwhile (copying is atomic).
    kept = dict(memo)
    # Usually no remembered string holds the new value (it was just found in a new post): one search
    # of all of them joined says so. A hit may span two strings; then each is checked on its own.
    joined = "\0".join(kept)
    if any(value in joined for value in changed):
        kept = {text: masked for text, masked in kept.items() if not any(value in text for value in changed)}
    return kept


# A file path in a traceback (`/usr/lib/python3/dist-packages/...`) has the token shape too. Its
# segments are lower-case words; a base64 or random token of 24+ characters has upper case as well.
_PATH_SEGMENT = re.compile(r"[a-z0-9_\-+=]*")


def _mask_unless_path(found: re.Match) -> str:
    value = found.group(0)
    segments = value.split("/")
    if len(segments) >= 3 and all(_PATH_SEGMENT.fullmatch(part) for part in segments):
        return value
    return MASK


MASKER = SecretMasker()
