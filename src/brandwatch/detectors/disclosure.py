"""What disclosure a post carries, and whether an ordinary reader would notice it (16 CFR 255.5).

The FTC wants a disclosure that is clear and conspicuous: in the post itself (a profile line is not
enough), in words readers understand, and where they will see it. So:
- a clear term (#ad, "Sponsored", #werbung, "I earn a commission", "I work at Acme", "my wife works
  at Acme") that readers will see → `clear`; a post that starts with it is always clear;
- a clear term placed where readers miss it → `ambiguous`, evidence prefixed "buried:": after the
  first 125 characters (where feeds cut a post to "... more"), after a "more" cut, at the end among
  three or more other hashtags, or pushed down by line-break or emoji padding;
- a vague term (#sp, #spon, #collab, a bare "partner", "ambassador" or "thanks Acme", a bare
  "affiliate link", "we just launched") → `ambiguous`;
- nothing → `missing`.
Words that only look like a disclosure are not one: denials and negations ("not an #ad",
"paid partnership? nah", "I'm not an Acme employee"), hypotheticals ("if this were sponsored") and
"ad" inside a word, handle or URL (`acme.example/p/anvil#ad`), negated tags (#notanaffiliate), compounds
(#ad-free) and gifts from family, friends, an insurer, an employer or a contract (not a material
connection). Look-alike letters and zero-width characters are read as a person reads them (see `reading`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from brandwatch.model.analysis import Disclosure
from brandwatch.detectors.reading import aligned_lower, reading
from brandwatch.detectors.scope import clause_before, denied, joking
from brandwatch.rules import RuleHit

CLEAR, AMBIGUOUS = "disclosure-clear", "disclosure-ambiguous"
# Vague by the FTC's standard, yet they do say the author earns from the links: affiliate-disclosure
# corpora count them as disclosed, so they set `stated` while the status stays ambiguous.
# A vague tag that names the affiliate tie itself (#affiliate, #afflink, #acme_affiliate) states it too.
STATING_VAGUE_RULES = frozenset({"disclosure-affiliate-bare"})
_AFFILIATE_TAG = re.compile(r"(?i)(?<![#＃]not)(?<![#＃]notan)(?<![#＃]no)(?<![#＃]non)(?:affil|afilia)|#aff(?:links?)?\b")
VISIBLE_CHARS = 125  # feeds truncate captions about here; what follows sits behind "more"
MIN_OTHER_TAGS = 3
MIN_PADDING_BREAKS = 3  # blank or filler lines that push a disclosure below the fold
MIN_PADDING_EMOJI = 5
_TOKEN = re.compile(r"\S+")
_TAG_START = re.compile(r"[#＃♯﹟]")
_OPENING = re.compile(r"^[\s\[(]*")
_MORE_CUT = re.compile(r"(?i)(?:\.\.\.|…)\s*(?:see |read |show )?more\b|\b(?:see|read|show) more\b")


@dataclass(frozen=True)
class Span:
    """A disclosure candidate: where it is and whether it is a clear or a vague term."""

    start: int
    end: int
    clear: bool
    hit: RuleHit | None = None


@dataclass(frozen=True)
class DisclosureJudgment:
    status: str  # clear | ambiguous | missing
    evidence: str | None = None
    hit: RuleHit | None = None
    buried: str | None = None  # why readers would miss it
    start: int | None = None
    end: int | None = None
    reason: str = "no disclosure in the post"
    set_aside: tuple[str, ...] = ()  # look-alike disclosures that were not counted, and why
    stated: bool = False  # the tie is said in words, however placed (see `Disclosure.stated`)

    @property
    def contract(self) -> Disclosure:
        return Disclosure(self.status, self.evidence, self.stated)


def judge_disclosure(text: str, hits: list[RuleHit],
                     statements: Sequence[tuple[int, int]] = ()) -> DisclosureJudgment:
    """`statements` are asserted ties stated in the post ("I work at Acme"): clear terms too."""
    lowered = aligned_lower(text)
    candidates = [Span(*_trimmed(text, h.start, h.end), h.rule.signal == CLEAR, h) for h in hits
                  if not h.in_description and h.rule.signal in (CLEAR, AMBIGUOUS)]
    candidates += [Span(s, e, True) for s, e in statements]
    kept, set_aside = [], []
    for span in sorted(candidates, key=lambda c: (c.start, not c.clear)):
        why = _not_a_disclosure(text, lowered, span)
        if why:
            set_aside.append(f"{_evidence(text, span)}: {why}")
        else:
            kept.append(span)
    clear = [c for c in kept if c.clear]
    tail_start, tail_tags = _trailing_tags(text)
    placed = [(c, _burial(text, c, tail_start, tail_tags)) for c in clear]
    visible = [c for c, why in placed if why is None]
    aside = tuple(set_aside)
    if visible:
        span = visible[0]
        return DisclosureJudgment("clear", _evidence(text, span), span.hit, None, span.start, span.end,
                                  "a clear disclosure where readers see it", aside, stated=True)
    if placed:
        span, why = placed[0]
        return DisclosureJudgment("ambiguous", f"buried: {_evidence(text, span)}", span.hit, why,
                                  span.start, span.end, f"clear term, but buried {why}", aside, stated=True)
    vague = [c for c in kept if not c.clear]
    if vague:
        stating = any(c.hit is not None and c.hit.rule.id in STATING_VAGUE_RULES
                      or _AFFILIATE_TAG.search(text, c.start, c.end) for c in vague)
        span = vague[0]
        return DisclosureJudgment("ambiguous", _evidence(text, span), span.hit, None, span.start, span.end,
                                  "only a vague term that does not say what the tie is", aside,
                                  stated=stating)
    return DisclosureJudgment("missing", None, None, None, None, None,
                              "no disclosure in the post" + ("; set aside: " + "; ".join(aside) if aside else ""),
                              aside)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the separators a pattern consumed around the term (". Sponsored." -> "Sponsored.")."""
    while start < end and (text[start].isspace() or text[start] in ".!?,;-–—|"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _evidence(text: str, span: Span) -> str:
    return reading(text[span.start:span.end]).strip()


def _not_a_disclosure(text: str, lowered: str, span: Span) -> str | None:
    """Why a matched term is not a disclosure: inside a URL, handle or word, or not asserted."""
    token = _token_at(text, span.start)
    if token is not None:
        t_start, word = token
        inner = span.start - t_start
        if word.startswith("@") or "://" in word or word.casefold().startswith("www.") or (
                inner > 0 and ("/" in word[:inner] or "." in word[:inner].rstrip(".")
                               and re.search(r"\w\.\w", word[:inner]))):
            return "inside a handle or link"
        if inner > 0 and word[inner - 1].isalnum():
            return "inside a word"
        if _TAG_START.match(word) and _NEGATED_TAG.match(word.casefold()):
            return "a negated hashtag, not a disclosure"  # "#notanaffiliate", "#notsponsored"
        if inner == 0 and _COMPOUND_AFTER.match(text, span.end):
            return "inside a word"  # "#ad-free living": the tag is a compound, not the label
    if span.hit is not None and span.hit.rule.id == GIFT_RULE and _PERSONAL_GIVER.search(
            lowered, span.start, _sentence_end(lowered, span.end)):
        return "a personal gift or cover (family, friends, insurer, employer, contract), not a disclosure"
    why = denied(text, span.start, span.end, lowered)
    if why == "hypothetical" and (appeal_condition(lowered, span.start)
                                  or span.clear and reader_action_condition(lowered, span.start)):
        why = None
    if why:
        return f"{why}, not a disclosure"
    if joking(lowered, span.start):
        return "a joke, not a disclosure"
    role = _ROLE_NOUN.match(lowered, span.start)
    if role and not (_FIRST_PERSON.search(clause_before(lowered, span.start, 4))
                     or _ROLE_TAIL.match(lowered, role.end())):
        return "about someone else (third person), not a disclosure"
    return None


GIFT_RULE = "disclosure-gift-statement"
_NEGATED_TAG = re.compile(r"[#＃♯﹟](?:not|no|non|never|un)_?(?:an?_?)?(?:affil|afilia|sponsor|ad\b|ads\b|paid|gifted|partner)")
_COMPOUND_AFTER = re.compile(r"-(?:free|frei|libre|vrij|gratis)\b", re.IGNORECASE)
# Who gave or paid, when it is not a brand: kin and friends, an insurer, an employer, a contract or plan.
_PERSONAL_GIVER = re.compile(
    r"\b(?:by|from|with|through|via|par|von|de|por|pelo|pela|da|door|van)\s+(?:(?:my|our|his|her|their|ma|mon|mes|"
    r"notre|nos|meine[mnr]?|unsere[mnr]?|mi|mis|nuestra|nuestro|meu|minha|mia|mio|mijn|onze)\s+)?"
    r"(?:\w+[ -])?(?:mother|mom|mum|mama|father|dad|papa|parents?|grand\w*|gran|granny|nan|nana|sister|brother|"
    r"siblings?|husband|wife|son|daughter|kids?|children|aunt|uncle|cousin|niece|nephew|in-laws?|"
    r"mother-in-law|father-in-law|family|friends?(?! (?:at|from|over at) )|bestie|boyfriend|girlfriend|fianc[ée]e?|"
    r"santa|insurance|insurer|employer|job|work|boss|contract|plan|carrier|bank|credit card|"
    r"sœur|soeur|frère|frere|mère|mere|père|pere|famille|amie?s?|schwester|bruder|mutter|vater|familie|"
    r"hermana|hermano|madre|padre|familia|amig[oa]s?|irmã|irmão|mãe|pai|família|sorella|fratello|zus|broer|moeder|vader)\b")


def _sentence_end(lowered: str, start: int) -> int:
    found = re.compile(r"[.!?\n]").search(lowered, start, start + 120)
    return found.start() if found else min(len(lowered), start + 120)


_APPEAL = re.compile(r"(?:buy|shop|order|sign|subscrib|book|join|purchas|click|us)\w*(?: up)? (?:through|via|with|from) ")
_IF_YOU = re.compile(r"\b(?:if|when|whenever) (?:you|u|y'?all)$")


def appeal_condition(lowered: str, start: int) -> bool:
    """"If you order via my link it helps me": the "if" is the appeal's own condition, not a
    hypothetical that sets the disclosure aside."""
    return bool(_APPEAL.match(lowered, start) and _IF_YOU.search(clause_before(lowered, start, 3)))

# "If you purchase, I receive a commission": the condition is the reader's purchase, and the
# author's earning from it is asserted, not imagined ("if this were sponsored" stays hypothetical).
_READER_ACTION = re.compile(r"\b(?:if|when|whenever|once) (?:you|u|y'?all)(?: \w+){0,2}? "
                            r"(?:buy|purchas|shop|order|sign|subscrib|book|join|click|use|grab|pick|get)\w*\b")


def reader_action_condition(lowered: str, start: int) -> bool:
    return bool(_READER_ACTION.search(clause_before(lowered, start, 6)))


# "<brand> employee / partner / ambassador" names the author's role only in the first person
# ("I'm an Acme ambassador", "as an Acme partner", "Acme employee here"); "the Acme employee who
# helped me" and "Acme employees are so kind" are someone else. "Contains affiliate links" names
# links, not a person.
_ROLE_NOUN = re.compile(r"@?\w+(?: \w+)? (?:employee|staffer|partner|ambassador|engineer|team member|rep|affiliate(?![ -]?(?:links?|urls?|codes?|fees?|commissions?)\b))s?\b")
_FIRST_PERSON = re.compile(r"(?<![\w'])(?:i|i'm|im|i am|me|my|as|proud|disclosure|fellow|we're|we are)(?!\w)|^$")
_ROLE_TAIL = re.compile(r"\s*(?:here|myself|btw|and (?:i|proud)|,? (?:so|but) i)\b")


def _token_at(text: str, position: int) -> tuple[int, str] | None:
    for token in _TOKEN.finditer(text):
        if token.start() <= position < token.end():
            return token.start(), token.group()
    return None


def _burial(text: str, span: Span, tail_start: int, tail_tags: int) -> str | None:
    """Why readers would miss this disclosure, or None when it is conspicuous."""
    opening = _OPENING.match(text)
    if opening is not None and span.start <= opening.end():
        return None  # the post opens with it
    if span.start >= VISIBLE_CHARS:
        return f"after the first {VISIBLE_CHARS} characters"
    before = text[:span.start]
    if _MORE_CUT.search(before):
        return 'after a "more" cut'
    # a run of tags ("⏎⏎⏎⏎#ad #sponsored") is pushed down as a whole: read the padding before its first tag
    run = _TAG_RUN_END.search(before)
    padding = _padding(before[:run.start()] if run else before)
    if padding.count("\n") >= MIN_PADDING_BREAKS:
        return "below line-break padding"
    if sum(_is_pictograph(ch) for ch in padding) >= MIN_PADDING_EMOJI:
        return "behind emoji padding"
    in_tail = span.start >= tail_start and _TAG_START.match(text, span.start)
    if in_tail and tail_tags - 1 >= MIN_OTHER_TAGS:
        return f"at the end among {tail_tags - 1} other hashtags"
    return None


_TAG_RUN_END = re.compile(r"(?:#\w+[ \t]*)+$")


def _padding(before: str) -> str:
    """The run of filler (blank lines, dots, dashes, emoji) right before a disclosure."""
    i = len(before)
    while i > 0 and not before[i - 1].isalnum() and before[i - 1] not in "#@":
        i -= 1
    return before[i:]


def _is_pictograph(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF


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
