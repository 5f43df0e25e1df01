"""VADER's compound score, computed the way vaderSentiment computes it but with each word lower-cased
once per post.

vaderSentiment's `polarity_scores` rebuilds a lower-cased copy of the whole token list inside its
negation and idiom checks, up to three times per lexicon word, so a post of n words costs O(n^2)
(a 5,000-character post ~40 ms). This scorer reads the same lexicon, emoji table, booster words,
negations and idioms from the installed package and applies the same rules in the same order, so
the score is the same float; tests/sentiment/test_vader_scoring.py compares the two on thousands of
varied posts. Only the compound score is produced: it is all the backend uses.
"""

from __future__ import annotations

import math
import string
from typing import Sequence

from vaderSentiment import vaderSentiment as reference

_PUNCTUATION = string.punctuation
_NEGATIONS = frozenset(reference.NEGATE)
_BOOSTERS = reference.BOOSTER_DICT
_IDIOMS = reference.SPECIAL_CASES
_DAMPING = (1.0, 0.95, 0.9)  # a booster's weight one, two and three words before the scored word


class VaderScorer:
    def __init__(self) -> None:
        tables = reference.SentimentIntensityAnalyzer()  # parses the package's lexicon files
        self.lexicon: dict[str, float] = tables.lexicon
        self.emojis: dict[str, str] = tables.emojis
        self._emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)

    def compound(self, text: str) -> float:
        text = self._describe_emojis(text).strip()
        tokens = [_strip_punctuation(token) for token in text.split()]
        lower = [token.lower() for token in tokens]
        uppercase_stands_out = _some_but_not_all_upper(tokens)
        scores: list[float] = []
        for i, word in enumerate(lower):
            if word in _BOOSTERS or (word == "kind" and i + 1 < len(lower) and lower[i + 1] == "of"):
                scores.append(0)
            elif word in self.lexicon:
                scores.append(self._valence(tokens, lower, i, uppercase_stands_out))
            else:
                scores.append(0)
        if not scores:
            return 0.0
        _weigh_around_but(lower, scores)
        total = float(sum(scores))
        emphasis = _punctuation_emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return round(_normalise(total), 4)

    def _describe_emojis(self, text: str) -> str:
        """Each emoji replaced by its words, with a space before it unless one is there already."""
        if self._emoji_chars.isdisjoint(text):
            return text
        parts: list[str] = []
        after_space = True
        for char in text:
            description = self.emojis.get(char) if char in self._emoji_chars else None
            if description is None:
                parts.append(char)
                after_space = char == " "
            else:
                if not after_space:
                    parts.append(" ")
                parts.append(description)
                after_space = False
        return "".join(parts)

    def _valence(self, tokens: Sequence[str], lower: Sequence[str], i: int, uppercase_stands_out: bool) -> float:
        lexicon = self.lexicon
        word = lower[i]
        valence = lexicon[word]
        if word == "no" and i != len(lower) - 1 and lower[i + 1] in lexicon:
            valence = 0.0  # "no" negates the next word instead of counting itself
        if ((i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no")
                or (i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor"))):
            valence = lexicon[word] * reference.N_SCALAR
        if uppercase_stands_out and tokens[i].isupper():
            valence = valence + reference.C_INCR if valence > 0 else valence - reference.C_INCR
        for distance in range(3):
            before = i - distance - 1
            if before < 0 or lower[before] in lexicon:
                continue
            boost = _booster(tokens[before], lower[before], valence, uppercase_stands_out)
            if distance and boost != 0:
                boost *= _DAMPING[distance]
            valence = _negate(valence + boost, lower, distance, i)
            if distance == 2:
                valence = _idioms(valence, lower, i)
        return _least(valence, lower, lexicon, i)


def _strip_punctuation(token: str) -> str:
    """Leading and trailing punctuation removed, unless that leaves two characters or fewer (":)")."""
    stripped = token.strip(_PUNCTUATION)
    return token if len(stripped) <= 2 else stripped


def _some_but_not_all_upper(tokens: Sequence[str]) -> bool:
    shouted = sum(1 for token in tokens if token.isupper())
    return 0 < len(tokens) - shouted < len(tokens)


def _booster(token: str, word: str, valence: float, uppercase_stands_out: bool) -> float:
    if word not in _BOOSTERS:
        return 0.0
    boost = _BOOSTERS[word]
    if valence < 0:
        boost *= -1
    if token.isupper() and uppercase_stands_out:
        boost = boost + reference.C_INCR if valence > 0 else boost - reference.C_INCR
    return boost


def _is_negation(word: str) -> bool:
    return word in _NEGATIONS or "n't" in word


def _negate(valence: float, lower: Sequence[str], distance: int, i: int) -> float:
    """A negation one to three words before flips and damps the valence; "never so/this" intensifies."""
    if distance == 0:
        return valence * reference.N_SCALAR if _is_negation(lower[i - 1]) else valence
    if distance == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            return valence * 1.25
        if lower[i - 2] == "without" and lower[i - 1] == "doubt":
            return valence
        return valence * reference.N_SCALAR if _is_negation(lower[i - 2]) else valence
    if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
        return valence * 1.25
    if lower[i - 3] == "without" and (lower[i - 2] == "doubt" or lower[i - 1] == "doubt"):
        return valence
    return valence * reference.N_SCALAR if _is_negation(lower[i - 3]) else valence


def _idioms(valence: float, lower: Sequence[str], i: int) -> float:
    """Fixed phrases around the word replace its valence; booster phrases before it add to it."""
    before3, before2, before1, word = lower[i - 3], lower[i - 2], lower[i - 1], lower[i]
    for phrase in (f"{before1} {word}", f"{before2} {before1} {word}", f"{before2} {before1}",
                   f"{before3} {before2} {before1}", f"{before3} {before2}"):
        if phrase in _IDIOMS:
            valence = _IDIOMS[phrase]
            break
    if len(lower) - 1 > i:
        phrase = f"{word} {lower[i + 1]}"
        if phrase in _IDIOMS:
            valence = _IDIOMS[phrase]
    if len(lower) - 1 > i + 1:
        phrase = f"{word} {lower[i + 1]} {lower[i + 2]}"
        if phrase in _IDIOMS:
            valence = _IDIOMS[phrase]
    for phrase in (f"{before3} {before2} {before1}", f"{before3} {before2}", f"{before2} {before1}"):
        if phrase in _BOOSTERS:
            valence = valence + _BOOSTERS[phrase]
    return valence


def _least(valence: float, lower: Sequence[str], lexicon: dict[str, float], i: int) -> float:
    """"least good" negates; "at least" and "very least" do not."""
    if i > 0 and lower[i - 1] == "least" and "least" not in lexicon:
        if i == 1 or lower[i - 2] not in ("at", "very"):
            return valence * reference.N_SCALAR
    return valence


def _weigh_around_but(lower: Sequence[str], scores: list[float]) -> None:
    """After the first "but" a score counts 1.5 times, before it half.

    vaderSentiment walks the list while rewriting it and finds each score's position by value, so a
    value that occurs twice is rewritten at its first occurrence, possibly more than once; this keeps
    that exact behaviour, since the scores must stay identical."""
    if "but" not in lower:
        return
    pivot = lower.index("but")
    for position in range(len(scores)):
        value = scores[position]
        first = scores.index(value)
        if first < pivot:
            scores[first] = value * 0.5
        elif first > pivot:
            scores[first] = value * 1.5


def _punctuation_emphasis(text: str) -> float:
    exclamations = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    if questions <= 1:
        return exclamations
    return exclamations + (questions * 0.18 if questions <= 3 else 0.96)


def _normalise(score: float, alpha: float = 15) -> float:
    normalised = score / math.sqrt(score * score + alpha)
    return max(-1.0, min(1.0, normalised))
