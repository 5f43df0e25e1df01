"""Leak scoring for labelled sets: precision and recall per category and per rule, ordinary posts flagged.

A post's labelled leaks are `labels.leaks: [{kind, value}]`, `value` an exact substring of the text
(tests/data/README.md). Spans are compared by overlap, never by string equality: a detector may report
the password inside a URL where the label holds the whole URL. A value that occurs several times in a
post is matched at any of its occurrences.

- per category (secret, pii, confidential): a finding of kind K is right when it overlaps a labelled
  leak of kind K; a labelled leak of kind K is found when a finding of kind K overlaps it. A finding
  that overlaps a leak of another kind counts against both categories (and is listed as a kind mix-up).
- overall: the same, kind ignored.
- per rule: how often it fired, how many of those overlapped a labelled leak of its finding's kind
  (precision), and the share of that kind's labelled leaks it found (its part of the recall).
- ordinary posts: posts with no labelled leak; the share with any leak finding.

Used by bench/quality.py; pure (no detector, no database), so tests/data/test_quality_scoring.py checks
the numbers on a hand-made set.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Protocol

CATEGORIES = ("secret", "pii", "confidential")
MIN_PRECISION = 0.97
MIN_RECALL = 0.95
MAX_ORDINARY_FLAGGED = 0.002


class LeakFinding(Protocol):
    rule: str
    kind: str
    start: int
    end: int
    preview: str


@dataclass
class Tally:
    right: int = 0  # findings that overlap a labelled leak
    wrong: int = 0  # findings that overlap none (false alarms)
    found: int = 0  # labelled leaks some finding overlaps
    missed: int = 0  # labelled leaks no finding overlaps

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 1.0

    @property
    def recall(self) -> float:
        return self.found / (self.found + self.missed) if self.found + self.missed else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def labelled(self) -> int:
        return self.found + self.missed

    @property
    def fired(self) -> int:
        return self.right + self.wrong

    def line(self, name: str) -> str:
        return (f"{name:<28} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(findings {self.right} right, {self.wrong} wrong; labelled {self.found} found, {self.missed} missed)")


@dataclass
class RuleTally:
    kind: str
    right: int = 0
    wrong: int = 0
    leaks_found: set[tuple[str, int]] = field(default_factory=set)  # (post id, labelled leak index)

    @property
    def precision(self) -> float:
        return self.right / (self.right + self.wrong) if self.right + self.wrong else 1.0


@dataclass(frozen=True)
class Gold:
    index: int
    kind: str
    value: str
    spans: tuple[tuple[int, int], ...]  # every occurrence of the value in the text

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)


class LeakScore:
    def __init__(self) -> None:
        self.overall = Tally()
        self.categories = {kind: Tally() for kind in CATEGORIES}
        self.rules: dict[str, RuleTally] = {}
        self.ordinary = self.ordinary_flagged = 0
        self.mixups: dict[tuple[str, str], int] = {}  # (labelled kind, found kind) -> count
        self.errors: dict[str, list[str]] = {}

    def add(self, post_id: str, text: str, labelled: list[dict], findings: Iterable[LeakFinding]) -> None:
        """Score one post: its labelled leaks and the leak findings the detectors reported."""
        golds = [Gold(i, g["kind"], g["value"], _occurrences(text, g["value"])) for i, g in enumerate(labelled)]
        findings = list(findings)
        for finding in findings:
            self._finding(post_id, finding, golds)
        for gold in golds:
            self._gold(post_id, gold, findings)
        if not golds:
            self.ordinary += 1
            if findings:
                self.ordinary_flagged += 1
                self._error("ordinary flagged", post_id, ", ".join(sorted({f.rule for f in findings})))

    def _finding(self, post_id: str, finding: LeakFinding, golds: list[Gold]) -> None:
        overlapped = [g for g in golds if g.overlaps(finding.start, finding.end)]
        same_kind = [g for g in overlapped if g.kind == finding.kind]
        if overlapped:
            self.overall.right += 1
        else:
            self.overall.wrong += 1
        tally = self.categories.setdefault(finding.kind, Tally())
        rule = self.rules.setdefault(finding.rule, RuleTally(finding.kind))
        if same_kind:
            tally.right += 1
            rule.right += 1
            rule.leaks_found.update((post_id, g.index) for g in same_kind)
            return
        tally.wrong += 1
        rule.wrong += 1
        if overlapped:
            for gold in overlapped:
                self.mixups[(gold.kind, finding.kind)] = self.mixups.get((gold.kind, finding.kind), 0) + 1
            self._error(f"{finding.kind} kind mix-up", post_id,
                        f"{finding.rule} says {finding.kind}, labelled {overlapped[0].kind}: {finding.preview}")
        else:
            self._error(f"{finding.kind} false alarm", post_id, f"{finding.rule}: {finding.preview}")

    def _gold(self, post_id: str, gold: Gold, findings: list[LeakFinding]) -> None:
        overlapping = [f for f in findings if gold.overlaps(f.start, f.end)]
        self.overall.found += bool(overlapping)
        self.overall.missed += not overlapping
        tally = self.categories.setdefault(gold.kind, Tally())
        if any(f.kind == gold.kind for f in overlapping):
            tally.found += 1
        else:
            tally.missed += 1
            self._error(f"{gold.kind} missed", post_id, _masked(gold))

    def _error(self, what: str, post_id: str, note: str) -> None:
        self.errors.setdefault(what, []).append(f"{post_id} ({note})")

    @property
    def ordinary_rate(self) -> float:
        return self.ordinary_flagged / self.ordinary if self.ordinary else 0.0

    def rule_rows(self) -> list[tuple[str, str, int, int, float, int, float]]:
        """(rule, kind, fired, right, precision, leaks found, share of its kind's labelled leaks), by rule id."""
        rows = []
        for rule_id, tally in sorted(self.rules.items()):
            labelled = self.categories.get(tally.kind, Tally()).labelled
            share = len(tally.leaks_found) / labelled if labelled else 0.0
            rows.append((rule_id, tally.kind, tally.right + tally.wrong, tally.right, tally.precision,
                         len(tally.leaks_found), share))
        return rows

    def targets(self) -> list[tuple[str, float, float, bool | None]]:
        """(name, value, bound, met) for the issue-16 targets; met is None where the set has nothing to judge."""
        checks: list[tuple[str, float, float, bool | None]] = []
        for kind in CATEGORIES:
            tally = self.categories[kind]
            judged = tally.fired or tally.labelled
            checks.append((f"{kind} precision >= {MIN_PRECISION}", tally.precision, MIN_PRECISION,
                           tally.precision >= MIN_PRECISION if judged else None))
            checks.append((f"{kind} recall >= {MIN_RECALL}", tally.recall, MIN_RECALL,
                           tally.recall >= MIN_RECALL if tally.labelled else None))
        checks.append((f"ordinary posts flagged <= {MAX_ORDINARY_FLAGGED:.1%}", self.ordinary_rate,
                       MAX_ORDINARY_FLAGGED, self.ordinary_rate <= MAX_ORDINARY_FLAGGED if self.ordinary else None))
        return checks

    def print(self) -> bool:
        """Print the leak report; True when no target is missed."""
        print(self.overall.line("leaks, any kind"))
        for kind in CATEGORIES:
            print(self.categories[kind].line(f"leaks: {kind}"))
        for kind in sorted(set(self.categories) - set(CATEGORIES)):
            print(self.categories[kind].line(f"leaks: {kind} (unknown kind)"))
        if self.mixups:
            print("  kind mix-ups (labelled -> found): " + ", ".join(
                f"{a}->{b} {n}" for (a, b), n in sorted(self.mixups.items())))
        print(f"{'ordinary posts flagged':<28} {self.ordinary_rate:.2%}  ({self.ordinary_flagged} of {self.ordinary})")
        print(f"\n{'rule':<44} {'kind':<12} {'fired':>5} {'right':>5} {'prec':>6} {'found':>5} {'share':>6}")
        for rule_id, kind, fired, right, precision, found, share in self.rule_rows():
            print(f"{rule_id:<44} {kind:<12} {fired:>5} {right:>5} {precision:>6.3f} {found:>5} {share:>6.1%}")
        ok = True
        print()
        for name, value, _bound, met in self.targets():
            verdict = "n/a (nothing to judge)" if met is None else "met" if met else "MISSED"
            shown = f"{value:.2%}" if name.startswith("ordinary") else f"{value:.3f}"
            print(f"target {name}: {shown} {verdict}")
            ok &= met is not False
        return ok

    def print_errors(self) -> None:
        for what, items in sorted(self.errors.items()):
            print(f"\n{what}: {len(items)}")
            for item in items:
                print(f"  {item}")


def _occurrences(text: str, value: str) -> tuple[tuple[int, int], ...]:
    spans, start = [], text.find(value) if value else -1
    while start >= 0:
        spans.append((start, start + len(value)))
        start = text.find(value, start + 1)
    return tuple(spans)


def _masked(gold: Gold) -> str:
    """A missed value described without printing it (dev-set values are fake, but the habit holds)."""
    from brandwatch.rules.masking import pii_type_for, preview

    shape = "".join("9" if c.isdigit() else "a" if c.isalpha() else c for c in gold.value[:24])
    shown = preview(gold.value, gold.kind, pii_type_for(_pii_hint(gold.value)))
    absent = "" if gold.spans else ", value not in text"
    return f"{gold.kind} {len(gold.value)} chars, shape {shape!r}{'…' if len(gold.value) > 24 else ''}, {shown}{absent}"


def _pii_hint(value: str) -> str:
    return "email" if "@" in value else "card" if sum(c.isdigit() for c in value) >= 12 else ""
