"""Runs every rule's own examples through the real engine: what `brandwatch rules test` reports."""

from __future__ import annotations

from dataclasses import dataclass

from brandwatch.rules.matcher import MatchContext, RuleSet
from brandwatch.rules.schema import Example, Rule
from brandwatch.model.sentiment import SentimentResult

_POLARITY = {"negative": -0.8, "neutral": 0.0, "positive": 0.8}


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    example: Example
    expected_match: bool
    problem: str

    def __str__(self) -> str:
        where = f"{self.rule.source.rsplit(':', 1)[0]}:{self.example.line}"
        which = "match" if self.expected_match else "no_match"
        return f"{where}: rule '{self.rule.id}': {which} example {self.problem}: {self.example.text!r}"


@dataclass(frozen=True)
class SelfTestReport:
    checked: int
    skipped_rules: tuple[str, ...]  # rules whose templates expanded to nothing in this config
    failures: tuple[ExampleFailure, ...]

    @property
    def ok(self) -> bool:
        return not self.failures


def context_for(example: Example) -> MatchContext:
    sentiment = None
    if example.sentiment:
        sentiment = SentimentResult(example.sentiment, 1.0, _POLARITY[example.sentiment])
    return MatchContext(author_role=example.author, author_description=example.author_description,
                        sentiment=sentiment)


def check_example(rule_set: RuleSet, rule: Rule, example: Example, expected_match: bool) -> str | None:
    """None when the example behaves as written, else what went wrong."""
    hits = [h for h in rule_set.match(example.text, context_for(example)) if h.rule.id == rule.id]
    if not expected_match:
        return f"matched {hits[0].value!r}" if hits else None
    if not hits:
        return "did not match"
    if example.span is not None and all(h.value != example.span for h in hits):
        found = ", ".join(repr(h.value) for h in hits)
        return f"matched {found} instead of the pinned span {example.span!r}"
    return None


def run_examples(rule_set: RuleSet) -> SelfTestReport:
    failures, skipped, checked = [], [], 0
    for rule in rule_set.rules:
        if rule.templated_empty:
            skipped.append(rule.id)
            continue
        for expected, examples in ((True, rule.examples_match), (False, rule.examples_no_match)):
            for example in examples:
                checked += 1
                problem = check_example(rule_set, rule, example, expected)
                if problem:
                    failures.append(ExampleFailure(rule, example, expected, problem))
    return SelfTestReport(checked, tuple(skipped), tuple(failures))
