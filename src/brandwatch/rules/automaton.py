"""One Aho-Corasick automaton over the folded text finds every rule keyword and every phrase at once."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import ahocorasick

from brandwatch.rules.normalise import NormalisedText
from brandwatch.rules.scan import Scan, is_word_char


class KeywordIndex:
    def __init__(self, keywords_by_rule: Iterable[tuple[int, Iterable[str]]], phrases: Iterable[str]):
        rules_for: dict[str, set[int]] = defaultdict(set)
        for rule_index, keywords in keywords_by_rule:
            for keyword in keywords:
                if keyword:
                    rules_for[keyword].add(rule_index)
        phrase_set = {p for p in phrases if p}
        self._automaton = ahocorasick.Automaton()
        for key in set(rules_for) | phrase_set:
            self._automaton.add_word(key, (key, tuple(sorted(rules_for.get(key, ()))), key in phrase_set))
        self._empty = not (set(rules_for) | phrase_set)
        if not self._empty:
            self._automaton.make_automaton()

    def scan(self, norm: NormalisedText) -> Scan:
        scan = Scan(norm)
        if self._empty:
            return scan
        folded = norm.folded
        keywords, phrases = scan.keywords, scan.phrases
        for last, (key, rule_indexes, is_phrase) in self._automaton.iter(folded):
            for rule_index in rule_indexes:
                keywords.setdefault(rule_index, key)
            if is_phrase:
                start, end = last - len(key) + 1, last + 1
                if _whole_word(folded, key, start, end):
                    phrases.setdefault(key, []).append(norm.from_folded(start, end))
        return scan


def _whole_word(folded: str, key: str, start: int, end: int) -> bool:
    """A phrase that starts (ends) with a word character must not continue a word there."""
    if is_word_char(key[0]) and start > 0 and is_word_char(folded[start - 1]):
        return False
    if is_word_char(key[-1]) and end < len(folded) and is_word_char(folded[end]):
        return False
    return True
