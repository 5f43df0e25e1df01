"""The engine: one pass per post over every rule.

keyword automaton -> candidate rules -> phrases / regexes -> entropy and validators -> gates ->
allowlists. Spans come back as Python string offsets into the original text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import re2

from brandwatch.rules.automaton import KeywordIndex
from brandwatch.rules.condition_parser import fold, re2_options
from brandwatch.rules.conditions import MAX_HITS_PER_RULE, All, Regex, finds_any, phrases_in, triggers
from brandwatch.rules.normalise import normalise
from brandwatch.rules.scan import Scan
from brandwatch.rules.schema import Allow, Rule
from brandwatch.model.sentiment import SentimentResult

SELF_IDENTIFICATION = "self-identification"
# RE2 Sets can run out of DFA memory on huge inputs and then report no match; past this size every
# screened rule simply runs, which is still linear.
SCREEN_MAX_BYTES = 16_384


@dataclass(frozen=True)
class MatchContext:
    author_role: str | None = None  # "employee" | "partner" (from the roster) | None
    author_description: str | None = None  # profile text; self-identification also runs on it
    sentiment: SentimentResult | None = None
    brand_terms_present: bool | None = None  # None: the engine decides from the text


@dataclass(frozen=True)
class RuleHit:
    rule: Rule
    start: int
    end: int
    value: str
    score: float
    explanation: dict = field(hash=False, compare=False)
    in_description: bool = False


class RuleSet:
    def __init__(self, rules: tuple[Rule, ...], allow: Allow = Allow(), brand_terms: tuple[str, ...] = ()):
        self.rules = rules
        self.allow = allow
        self._brand_terms = tuple(folded for term in brand_terms if (folded := fold(term)))
        self._by_id = {rule.id: rule for rule in rules}
        keywords = [(i, rule.keywords) for i, rule in enumerate(rules) if rule.keywords]
        phrases = set(self._brand_terms)
        for rule in rules:
            phrases |= phrases_in(rule.match)
        self._index = KeywordIndex(keywords, phrases)
        # Rules that need no keyword: those triggered by a phrase, and those that always run.
        self._phrase_triggered: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i, rule in enumerate(rules):
            if rule.keywords:
                continue
            needed = triggers(rule.match)
            if needed is None:
                self._always.append(i)
            for phrase in needed or ():
                self._phrase_triggered.setdefault(phrase, []).append(i)
        self._self_id = [i for i, r in enumerate(rules) if r.signal == SELF_IDENTIFICATION]
        self._brand_set = frozenset(self._brand_terms)
        self._always, self._screen, self._screened = _screen(rules, self._always)
        # What selected each rule as a candidate, for explanations.
        self._selected_by = ["keyword" if r.keywords else "phrase" for r in rules]
        for i in self._screened:
            self._selected_by[i] = "regex screen"
        for i in self._always:
            self._selected_by[i] = "none (runs on every post)"

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def match(self, text: str, context: MatchContext = MatchContext()) -> list[RuleHit]:
        scan = self._index.scan(normalise(text))
        candidates = self._candidates(scan)
        brand_present = context.brand_terms_present
        if brand_present is None:
            brand_present = not self._brand_set.isdisjoint(scan.phrases)
        # Self-identification first: it decides the `author: self-identified` gate of other rules.
        hits = self._self_identification(scan, candidates, context, brand_present, in_description=False)
        if context.author_description:
            described = self._index.scan(normalise(context.author_description))
            hits += self._self_identification(described, self._candidates(described), context,
                                              brand_present, in_description=True)
        self_identified = bool(hits)
        for i in sorted(candidates):
            rule = self.rules[i]
            if rule.signal == SELF_IDENTIFICATION:
                continue
            gates = _gates(rule, context, self_identified, brand_present)
            if gates is not None:
                hits.extend(self._hits(i, scan, gates, in_description=False))
        hits.sort(key=lambda h: (h.start, h.end, h.rule.id))
        return hits

    def diagnose(self, text: str, rule_id: str, context: MatchContext = MatchContext()) -> str:
        """One line saying why a rule does or does not fire on `text` (`rules explain --rule`)."""
        index = next((i for i, rule in enumerate(self.rules) if rule.id == rule_id), None)
        if index is None:
            return f"no rule '{rule_id}' is loaded"
        rule = self.rules[index]
        if rule.templated_empty:
            return "never fires with this config: a template it uses expands to nothing"
        scan = self._index.scan(normalise(text))
        if index not in self._candidates(scan):
            if rule.keywords:
                return f"not run: none of its keywords appear ({', '.join(rule.keywords)})"
            if self._selected_by[index] == "phrase":
                return "not run: none of the phrases it needs appear"
            return "not run: its regex cannot match anywhere in the post (regex screen)"
        hits = self.match(text, context)
        self_identified = any(h.rule.signal == SELF_IDENTIFICATION for h in hits)
        brand_present = context.brand_terms_present
        if brand_present is None:
            brand_present = not self._brand_set.isdisjoint(scan.phrases)
        if _gates(rule, context, self_identified, brand_present) is None:
            return "gates fail: " + _gate_failure(rule, context, self_identified, brand_present)
        fired = [h for h in hits if h.rule.id == rule_id]
        if fired:
            return f"fires on {len(fired)} span(s)"
        if finds_any(rule.match, scan):
            return "found values, but every one is allowlisted"
        return "run, but its conditions found nothing (or an entropy, validate or not part rejected it)"

    def _self_identification(self, scan: Scan, candidates: set[int], context: MatchContext,
                             brand_present: bool, *, in_description: bool) -> list[RuleHit]:
        hits: list[RuleHit] = []
        for i in self._self_id:
            if i in candidates:
                gates = _gates(self.rules[i], context, False, brand_present)
                if gates is not None:
                    hits += self._hits(i, scan, gates, in_description=in_description)
        return hits

    def _candidates(self, scan: Scan) -> set[int]:
        candidates = set(self._always)
        if self._screen is not None:
            encoded = scan.norm.encoded
            if len(encoded) > SCREEN_MAX_BYTES:
                candidates.update(self._screened)
            else:
                candidates.update(self._screened[k] for k in self._screen.Match(encoded) or ())
        candidates.update(scan.keywords)
        for phrase in scan.phrases:
            candidates.update(self._phrase_triggered.get(phrase, ()))
        return candidates

    def _hits(self, index: int, scan: Scan, gates: dict, *, in_description: bool) -> list[RuleHit]:
        rule = self.rules[index]
        hits, seen = [], set()
        for start, end, info in rule.match.find(scan):
            o_start, o_end = scan.norm.to_original(start, end)
            value = scan.norm.original[o_start:o_end]
            if (o_start, o_end) in seen or not value:
                continue
            seen.add((o_start, o_end))
            if rule.allow.allows(value) or self.allow.allows(value):
                continue
            selected_by = self._selected_by[index]
            # The keyword that let the rule run, or how it was selected when it has none.
            prefilter = scan.keywords.get(index) if selected_by == "keyword" else selected_by
            explanation = {"prefilter": prefilter, **info, "gates": gates}
            hits.append(RuleHit(rule, o_start, o_end, value, _score(info), explanation, in_description))
            if len(hits) >= MAX_HITS_PER_RULE:
                break
        return hits


def _screen(rules: tuple[Rule, ...], always: list[int]):
    """Rules without keywords whose first condition is a regex are screened together: one RE2 Set
    pass over the post says which of those regexes can match at all, so only they run."""
    leading = {i: regex for i in always if (regex := _leading_regex(rules[i].match)) is not None}
    screened = list(leading)
    if not screened:
        return always, None, []
    regex_set = re2.Set.SearchSet(re2_options())
    for regex in leading.values():
        regex_set.Add(regex.compiled.pattern)
    regex_set.Compile()
    rest = [i for i in always if i not in screened]
    return rest, regex_set, screened


def _leading_regex(condition) -> Regex | None:
    if isinstance(condition, All):
        condition = condition.finders[0]
    if getattr(condition, "compiled", None) is not None:  # a Regex, or a detector's screen
        return condition
    return None


def _gates(rule: Rule, context: MatchContext, self_identified: bool, brand_present: bool) -> dict | None:
    """The gates the post passes, or None when one fails."""
    passed: dict = {}
    if "anyone" not in rule.author:
        roles = {context.author_role, "self-identified" if self_identified else None}
        matched = [role for role in rule.author if role in roles]
        if not matched:
            return None
        passed["author"] = matched[0]
    if rule.sentiment:
        label = context.sentiment.label if context.sentiment is not None else None
        if label not in rule.sentiment:
            return None
        passed["sentiment"] = label
    if rule.mentions_brand is not None:
        if brand_present != rule.mentions_brand:
            return None
        passed["mentions_brand"] = brand_present
    return passed


def _gate_failure(rule: Rule, context: MatchContext, self_identified: bool, brand_present: bool) -> str:
    """The gates a post fails, in words (the inverse of `_gates`)."""
    reasons = []
    roles = {context.author_role, "self-identified" if self_identified else None}
    if "anyone" not in rule.author and not roles.intersection(rule.author):
        reasons.append(f"author must be {' or '.join(rule.author)}, is {context.author_role or 'unknown'}")
    label = context.sentiment.label if context.sentiment is not None else None
    if rule.sentiment and label not in rule.sentiment:
        reasons.append(f"sentiment must be {' or '.join(rule.sentiment)}, is {label or 'not given'}")
    if rule.mentions_brand is not None and brand_present != rule.mentions_brand:
        reasons.append("the post must mention the brand" if rule.mentions_brand
                       else "the post must not mention the brand")
    return "; ".join(reasons)


def _score(info: dict) -> float:
    """How sure the match is: a passed checksum beats entropy, which beats shape or wording alone."""
    if "validator" in info:
        return 0.95
    if "entropy" in info:
        return 0.85
    if "regex" in info:
        return 0.75
    return 0.6
