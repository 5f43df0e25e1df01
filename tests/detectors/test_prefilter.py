"""The keyword gate in front of the cue and insider patterns: the literals it derives are in every match."""

from __future__ import annotations

import re

import pytest

from brandwatch.detectors import linguistic
from brandwatch.detectors.insiders import InsiderReader
from brandwatch.detectors.prefilter import PatternGate, necessary_literals
from brandwatch.detectors.reading import aligned_lower, plain_lower
from speed.varied_posts import varied_texts


@pytest.mark.parametrize("pattern, literals", [
    (r"\b(?:my|our) (?:order|refund)\b", {"my order", "my refund", "our order", "our refund"}),
    (r"colou?r", {"color", "colour"}),
    (r"(?<![\w@])(?:x|y*)zz", {"zz"}),
    (r"\bstill (?:waiting|no)\b|\bon hold\b", {"still waiting", "still no", "on hold"}),
    (r"[$£€]\s?\d", {"$", "£", "€"}),
    (r"(?:ab){2}", {"abab"}),
])
def test_literals_every_match_contains(pattern, literals):
    assert necessary_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize("pattern", [r"[A-Z]{4,}", r"\w+", r"(?i)acme", r"x*|abc", r"(?:^|\s)\d+"])
def test_no_literals_when_a_match_needs_no_fixed_text(pattern):
    assert necessary_literals(re.compile(pattern)) is None


def test_gate_answers_which_patterns_may_match():
    gate = PatternGate({"order": re.compile(r"\bmy order\b"), "shout": re.compile(r"[A-Z]{4,}"),
                        "hold": re.compile(r"on hold")})
    assert gate.possible("where is my order") == gate.bits["order"] | gate.bits["shout"]
    assert gate.possible("nothing here") == gate.bits["shout"]  # no literal: always searched


def _every_match_holds_a_literal(patterns, texts):
    missing = []
    for name, pattern in patterns:
        literals = necessary_literals(pattern)
        if literals is None:
            continue
        for text in texts:
            for match in pattern.finditer(text):
                if not any(literal in match.group() for literal in literals):
                    missing.append((name, match.group()))
    return missing


def test_every_cue_match_contains_one_of_its_literals():
    texts = [plain_lower(t) for t in varied_texts(1500)]
    assert not _every_match_holds_a_literal(linguistic._LOWERED_PATTERNS.items(), texts)


def test_every_insider_match_contains_one_of_its_literals():
    reader = InsiderReader(("Acme", "Acme Corp", "@acme", "@acmesupport"))
    texts = [aligned_lower(t) for t in varied_texts(1500)]
    patterns = [(str(i), p) for kind in (reader._post, reader._profile, reader._hints) for i, (_, _, p) in enumerate(kind)]
    assert not _every_match_holds_a_literal(patterns, texts)
