"""One provider secret format as facts, and the rule those facts become.

A format is a shape (see shape.py) with a checksum scheme or none. Formats whose shape is weak
(hex or base64 of some length with no prefix) name `context` words: the provider's name or the
variable people store the value in. Those words are the rule's keywords and must appear shortly
before the value, and entropy must be high. Formats with a checksum are decided by it alone.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from . import shape as shapes

# Bits per character a random value of each alphabet clears with room to spare.
_ENTROPY = {"hex": 3.0, "HEX": 3.0, "xhex": 3.0, "d": 2.5, "uuid": 3.0}
_DEFAULT_ENTROPY = 3.5
# How far (in characters) a context word may stand before the value. People name the provider
# and then say what the value is for ("Cohere key for the staging account, please don't abuse: ..."):
# 40 characters missed such posts in the fresh leak batch (tests/data/leaks/fresh2.jsonl).
CONTEXT_REACH = 80
# Words that say which secret a config key holds (`api_key`, `auth_token`, `clientSecret`), and the
# secret words themselves; indentations (in spaces) at which a YAML section header is read.
_KEY_QUALIFIERS = ("api|access|auth|app|application|client|secret|private|master|admin|service|server|"
                   "write|read|ingest|integration|license|personal|bot|sdk|account|project|org|management|"
                   "rest|live|prod|signing|consumer|bearer|session|oauth|deploy|user|global|team|workspace")
_SECRET_WORDS = "keys?|tokens?|secrets?|password|passwd|pwd|pass|credentials?"
_INDENTS = (0, 1, 2, 3, 4, 6, 8)

Maker = Callable[[random.Random], tuple[str, str | None]]


@dataclass(frozen=True)
class Format:
    provider: str
    rule_id: str
    title: str
    shape: str  # see shape.py; ignored when `regex` is given
    what: str  # what someone holding it can do: the rule's description
    severity: str = "high"
    checksum: str | None = None  # validator that decides; None: entropy decides
    context: tuple[str, ...] = ()  # words that must precede a weak-shaped value
    keywords: tuple[str, ...] = ()  # default: the literal prefix, or the context words
    regex: str | None = None  # hand-written pattern for shapes the language cannot say
    maker: Maker | None = None  # fake (valid, broken) values for checksum or custom formats
    entropy: float | None = None
    summary: str = ""  # format summary for the docs table; default: the shape
    allow: tuple[str, ...] = ()  # documentation values that are never reported
    frame: str = "{v}"  # how the value sits in example posts (e.g. inside a JSON key file)
    extra_no_match: tuple[str, ...] = field(default=())
    unless: tuple[str, ...] = ()  # post-wide patterns under which the rule stays quiet (a `not:` each)

    @property
    def parts(self) -> tuple:
        return shapes.parse(self.shape)

    @property
    def prefix(self) -> str:
        return shapes.literal_prefix(self.parts)

    def rule_keywords(self) -> tuple[str, ...]:
        if self.keywords:
            return self.keywords
        if self.context:
            return self.context
        prefix = self.prefix
        # A prefix of one or two characters occurs in every other word, and one repeated letter
        # (`AAAA…`) matches at every position of a long run: those rules go through the engine's
        # RE2 screen instead, which only runs them where the whole shape can match.
        return (prefix.lower(),) if len(prefix) >= 3 and len(set(prefix.lower())) > 1 else ()

    def value_regex(self) -> str:
        if self.regex:
            return self.regex
        parts = self.parts
        first, last = shapes.edge_classes(parts)
        if re.match(r"\w", _first_char(parts)) and not self.context:
            before = r"\b"
        else:
            before = f"(?:^|[^A-Za-z0-9{_beyond_alnum(first)}])"
        after = f"(?:[^A-Za-z0-9{_beyond_alnum(last)}]|$)"
        value = f"({shapes.regex_of(parts)})"
        if self.context:
            words = "|".join(shapes.escape(w) for w in self.context)
            # A UUID after the provider's name in a URL path is an id (an app, a pipeline), not a
            # key: for UUID shapes the gap may not cross a '/'.
            gap = "[^\\r\\n/]" if any(getattr(p, "alphabet", "") == "uuid" for p in parts) else "[^\\r\\n]"
            return f"(?i:{words}){gap}{{0,{CONTEXT_REACH}}}?{before}{value}{after}"
        return f"{before}{value}{after}"

    def section_regex(self) -> str | None:
        """For a weak shape, the config-file reading of its context: the value sits under a secret key
        of its own (`token:`, `api_key =`, `"apiKey":`) a few lines inside a section that names the
        provider. The section is a header ending in ':' (YAML: the key indented deeper, and the reach
        ends at the first line indented the same or less), ']' (INI: the reach ends at the next
        `[section]`) or '{' (JSON: the reach ends at a brace), or an entry whose value is the provider's
        host, URL or bare name (`orgUrl: https://acme.okta.com`, `"provider": "Linode"`: the key is
        its sibling). Prose or a bare word line naming the provider, a value that only contains the
        name (`heroku-router`), a key in another section, and key names that merely contain `key`
        (keyboard, cache_key, idempotency-key) do not count."""
        if not self.context or self.regex:
            return None
        words = "|".join(shapes.escape(w) for w in self.context)
        parts = self.parts
        _, last = shapes.edge_classes(parts)
        after = f"(?:[^A-Za-z0-9{_beyond_alnum(last)}]|$)"
        q = "[\"']?"
        name = rf"{q}(?i:{words})[\w.-]*{q}"
        # The key names a secret as a whole word, alone or after qualifiers that say whose or which
        # secret it is (api_key, apiKey, auth_token, client-secret, DD_API_KEY); a key that only
        # contains the word (cache_key, hockey_key, keyboard) is something else.
        qualifier = rf"(?:(?i:{words}|{_KEY_QUALIFIERS})[_.-]?){{0,2}}"
        secret_key = rf"{q}{qualifier}(?i:{_SECRET_WORDS}){q}[ \t]*[:=][ \t]*{q}"
        # The entry's whole value is the provider's host or URL, or its bare name (`"provider":
        # "Linode",`); a value that only contains the name (`heroku-router`) is something else.
        host = (rf"{q}(?:(?:[A-Za-z][\w+.-]*://)?(?:[\w-]+\.)*[\w-]*(?i:{words})[\w-]*(?:\.[\w-]+)+"
                rf"(?::\d+)?(?:/[^\s\"']*)?|(?i:{words})){q},?[ \t]*")
        forms = [
            # INI: [datadog] ... up to the next [section].
            rf"^[ \t]*\[{name}\][ \t]*(?:\n(?:[ \t]*[^\s\[][^\n]*)?){{0,3}}?\n[ \t]*",
            # JSON: "sentry": { ... while no brace opens or closes.
            rf"^[ \t]*{name}[ \t]*:[ \t]*\{{[ \t]*(?:\n[^{{}}\n]*){{0,3}}?\n[ \t]*",
        ]
        for n in _INDENTS:
            ind, deeper = " " * n, " " * n + "[ \t]+"
            # YAML header at this indentation: every line of the reach and the key sit deeper.
            forms.append(rf"^{ind}{name}[ \t]*:[ \t]*(?:#[^\n]*)?(?:\n(?:{deeper}[^\n]*)?){{0,3}}?"
                         rf"\n{deeper}(?:- )?")
            # An entry whose value is the provider's host: the key is its sibling, lines in between
            # sit at its indentation or deeper, and none of them opens another section.
            same = rf"{ind}[^\s\[:][^\n]*[^\s:\]{{]"
            forms.append(rf"^{ind}{q}[\w.-]+{q}[ \t]*[:=][ \t]*{host}(?:\n(?:{same}|{deeper}[^\n]*)?){{0,3}}?"
                         rf"\n{ind}")
        return "(?m)(?:" + "|".join(forms) + rf"){secret_key}({shapes.regex_of(parts)}){after}"

    def entropy_floor(self) -> float | None:
        if self.checksum:
            return None
        if self.entropy is not None:
            return self.entropy
        slots = [p for p in self.parts if not isinstance(p, str)]
        if not slots:
            return _DEFAULT_ENTROPY
        widest = max(slots, key=lambda s: s.high)
        return _ENTROPY.get(widest.alphabet, _DEFAULT_ENTROPY if widest.high >= 20 else 3.0)

    def rng(self) -> random.Random:
        # One stream per rule, seeded by its id: adding a format never changes another's fakes.
        return random.Random(zlib.crc32(self.rule_id.encode()) ^ 0x5EC2E7)

    def fakes(self) -> tuple[str, str | None, str]:
        """(valid fake, broken-checksum fake or None, too-short fake)."""
        rng = self.rng()
        if self.maker is not None:
            good, broken = self.maker(rng)
        else:
            good, broken = shapes.fake(self.parts, rng), None
        short = shapes.fake(self.parts, rng, short=True)
        return good, broken, short


def _beyond_alnum(class_body: str) -> str:
    """The part of a character class body that letters and digits do not already cover."""
    return re.sub(r"[A-Za-z0-9]", "", re.sub(r"[A-Za-z0-9]-[A-Za-z0-9]", "", class_body))


def _first_char(parts: tuple) -> str:
    first = parts[0]
    if isinstance(first, str):
        return first[0]
    return "a" if first.alphabet != "b64" else "+"
