"""What disclosure a post carries, and whether an ordinary reader would notice it (16 CFR 255.5).

The FTC wants a disclosure that is clear and conspicuous: in the post itself (a profile line is not
enough), in words readers understand, and where they will see it. So:
- a clear term (#ad, "sponsored", "I work at Acme") that readers will see → `clear`;
- a post that starts with "Ad" / "#ad" is always clear;
- a clear term placed where readers miss it → `ambiguous`, evidence prefixed "buried:": after the
  first 125 characters (where feeds cut a post to "... more"), or at the end among three or more
  other hashtags;
- a vague term (#sp, #spon, #collab, #partner, a bare "thanks Acme", "ambassador") → `ambiguous`;
- nothing → `missing`.
Look-alike letters and zero-width characters are read as a person reads them (see `reading`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from brandwatch.detectors.analysis import Disclosure
from brandwatch.detectors.reading import reading
from brandwatch.rules import RuleHit

CLEAR, AMBIGUOUS = "disclosure-clear", "disclosure-ambiguous"
VISIBLE_CHARS = 125  # feeds truncate captions about here; what follows sits behind "more"
MIN_OTHER_TAGS = 3
_TOKEN = re.compile(r"\S+")
_TAG_START = re.compile(r"[#＃♯﹟]")
_OPENING = re.compile(r"^[\s\[(]*")


@dataclass(frozen=True)
class DisclosureJudgment:
    status: str  # clear | ambiguous | missing
    evidence: str | None = None
    hit: RuleHit | None = None
    buried: str | None = None  # why readers would miss it

    @property
    def contract(self) -> Disclosure:
        return Disclosure(self.status, self.evidence)


def judge_disclosure(text: str, hits: list[RuleHit]) -> DisclosureJudgment:
    signals = [h for h in hits if not h.in_description and h.rule.signal in (CLEAR, AMBIGUOUS)]
    clear = [h for h in signals if h.rule.signal == CLEAR]
    tail_start, tail_tags = _trailing_tags(text)
    placed = [(h, _burial(text, h, tail_start, tail_tags)) for h in clear]
    visible = [h for h, why in placed if why is None]
    if visible:
        hit = visible[0]
        return DisclosureJudgment("clear", _evidence(text, hit), hit)
    if placed:
        hit, why = placed[0]
        return DisclosureJudgment("ambiguous", f"buried: {_evidence(text, hit)}", hit, why)
    vague = [h for h in signals if h.rule.signal == AMBIGUOUS]
    if vague:
        return DisclosureJudgment("ambiguous", _evidence(text, vague[0]), vague[0])
    return DisclosureJudgment("missing")


def _evidence(text: str, hit: RuleHit) -> str:
    return reading(text[hit.start:hit.end]).strip()


def _burial(text: str, hit: RuleHit, tail_start: int, tail_tags: int) -> str | None:
    """Why readers would miss this disclosure, or None when it is conspicuous."""
    if hit.start <= _OPENING.match(text).end():
        return None  # the post opens with it
    if hit.start >= VISIBLE_CHARS:
        return f"after the first {VISIBLE_CHARS} characters"
    in_tail = hit.start >= tail_start and _TAG_START.match(text, hit.start)
    if in_tail and tail_tags - 1 >= MIN_OTHER_TAGS:
        return f"at the end among {tail_tags - 1} other hashtags"
    return None


def _trailing_tags(text: str) -> tuple[int, int]:
    """Where the run of hashtags that ends the post starts, and how many tags it holds."""
    tokens = list(_TOKEN.finditer(text))
    start, count = len(text), 0
    for token in reversed(tokens):
        word = token.group()
        if not _TAG_START.match(word):
            if any(ch.isalnum() for ch in word):
                break
            continue  # emoji and punctuation between or after the tags
        start = token.start()
        count += len(_TAG_START.findall(word))
    return start, count
