"""The token shape language of the format table, and what it turns into: a regex and fake values.

A shape is a literal text with `{alphabet:length}` or `{alphabet:min-max}` slots, e.g.
`xoxb-{d:10-13}-{d:10-13}-{b62:24}`. Literal characters are matched exactly; `{uuid}` is a
lowercase UUID. The same shape yields the rule's regex and the generator's fake tokens, so the
two can never disagree.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass

# name -> (regex character class body, characters the fake generator draws from)
ALPHABETS: dict[str, tuple[str, str]] = {
    "hex": ("0-9a-f", "0123456789abcdef"),
    "HEX": ("0-9A-F", "0123456789ABCDEF"),
    "xhex": ("0-9a-fA-F", "0123456789abcdefABCDEF"),
    "d": ("0-9", string.digits),
    "b62": ("A-Za-z0-9", string.ascii_letters + string.digits),
    "b64u": ("A-Za-z0-9_-", string.ascii_letters + string.digits + "_-"),
    "b64": ("A-Za-z0-9+/", string.ascii_letters + string.digits + "+/"),
    "la": ("a-z0-9", string.ascii_lowercase + string.digits),
    "ua": ("A-Z0-9", string.ascii_uppercase + string.digits),
    "l": ("a-z", string.ascii_lowercase),
    "u": ("A-Z", string.ascii_uppercase),
    "a": ("A-Za-z", string.ascii_letters),
    "b32": ("A-Z2-7", string.ascii_uppercase + "234567"),
    "lb32": ("a-z2-7", string.ascii_lowercase + "234567"),
    "bech": ("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
}
_SLOT = re.compile(r"\{([A-Za-z0-9]+)(?::(\d+)(?:-(\d+))?)?\}")
_UUID = ("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "0-9a-f-")


@dataclass(frozen=True)
class Slot:
    alphabet: str
    low: int
    high: int

    @property
    def regex(self) -> str:
        if self.alphabet == "uuid":
            return _UUID[0]
        count = f"{{{self.low}}}" if self.low == self.high else f"{{{self.low},{self.high}}}"
        return f"[{ALPHABETS[self.alphabet][0]}]{count}"

    @property
    def class_body(self) -> str:
        return _UUID[1] if self.alphabet == "uuid" else ALPHABETS[self.alphabet][0]

    def fake(self, rng: random.Random, length: int | None = None) -> str:
        if self.alphabet == "uuid":
            h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
            return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        chars = ALPHABETS[self.alphabet][1]
        n = length if length is not None else rng.randint(self.low, self.high)
        return "".join(rng.choice(chars) for _ in range(n))


Part = str | Slot


def parse(shape: str) -> tuple[Part, ...]:
    parts: list[Part] = []
    position = 0
    for match in _SLOT.finditer(shape):
        if match.start() > position:
            parts.append(shape[position:match.start()])
        name, low, high = match.group(1), match.group(2), match.group(3)
        if name != "uuid" and name not in ALPHABETS:
            raise ValueError(f"unknown alphabet {name!r} in shape {shape!r}")
        if name != "uuid" and low is None:
            raise ValueError(f"slot without a length in shape {shape!r}")
        low_n = int(low or 36)
        parts.append(Slot(name, low_n, int(high) if high else low_n))
        position = match.end()
    if position < len(shape):
        parts.append(shape[position:])
    return tuple(parts)


def escape(text: str) -> str:
    """Escapes only what RE2 would read as syntax, so the rule file stays readable."""
    return re.sub(r"([.^$*+?()\[\]{}|\\])", r"\\\1", text)


def regex_of(parts: tuple[Part, ...]) -> str:
    return "".join(escape(p) if isinstance(p, str) else p.regex for p in parts)


def literal_prefix(parts: tuple[Part, ...]) -> str:
    return parts[0] if parts and isinstance(parts[0], str) else ""


def fake(parts: tuple[Part, ...], rng: random.Random, *, short: bool = False) -> str:
    """A well-formed value; `short` makes every slot about half its shortest length."""
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif short and part.alphabet != "uuid":
            out.append(part.fake(rng, max(1, part.low // 2)))
        elif short:
            out.append(part.fake(rng)[:13])
        else:
            out.append(part.fake(rng))
    return "".join(out)


def edge_classes(parts: tuple[Part, ...]) -> tuple[str, str]:
    """Character class bodies of the first and the last characters a value may have."""
    def body(part: Part, last: bool) -> str:
        if isinstance(part, str):
            ch = part[-1] if last else part[0]
            return "\\" + ch if ch in "]\\^-" else ch
        return part.class_body
    return body(parts[0], False), body(parts[-1], True)
