"""Expected-finding quality for endorsement sets labelled with one expected class per post.

Used by `bench/quality.py` when a set's labels carry `expected` (the FTC/NLRA sets:
tests/data/endorsements/devset.jsonl and the frozen hard set). Each analysis is mapped to one class,
the most serious conduct first:

    reviews-suppression            -> review-suppression          (16 CFR 465.7)
    reviews-insider-solicitation   -> review-solicitation         (16 CFR 465.5(c))
    reviews-officer-testimonial    -> officer-review-undisclosed  (16 CFR 465.5(a))
    endorsement-ambiguous-disclosure -> ambiguous-disclosure      (16 CFR 255.5)
    endorsement-employee-undisclosed -> employee-undisclosed
    endorsement-partner-undisclosed  -> partner-undisclosed
    a caution finding              -> nlra-caution
    nothing of the above           -> none
"""

from __future__ import annotations

from collections import Counter

from brandwatch.model.analysis import Analysis

CLASSES = ("employee-undisclosed", "partner-undisclosed", "ambiguous-disclosure", "officer-review-undisclosed",
           "review-solicitation", "review-suppression", "nlra-caution", "none")
_BY_RULE = [("reviews-suppression", "review-suppression"),
            ("reviews-insider-solicitation", "review-solicitation"),
            ("reviews-officer-testimonial", "officer-review-undisclosed"),
            ("endorsement-ambiguous-disclosure", "ambiguous-disclosure"),
            ("endorsement-employee-undisclosed", "employee-undisclosed"),
            ("endorsement-partner-undisclosed", "partner-undisclosed")]
TARGETS = {"expected-finding accuracy": 0.92, "class recall (each)": 0.88, "disclosure accuracy": 0.92}
# Posts whose case says the author is a customer praising staff, or whose disclosure is negated:
# none may count as a disclosure, and none may raise an endorsement finding it should not have.
GUARDED_CASES = ("staff-praise", "negated-disclosure")


def predicted_class(analysis: Analysis) -> str:
    rules = {f.rule for f in analysis.findings}
    for rule, name in _BY_RULE:
        if rule in rules:
            return name
    if any(f.category == "caution" for f in analysis.findings):
        return "nlra-caution"
    return "none"


def case_of(row: dict) -> str | None:
    labels = row.get("labels", {})
    return labels.get("case") or row.get("case")


def guarded_case(row: dict) -> str | None:
    """Which guarded group a post belongs to, read from whatever tags the set carries (`case`,
    `category`, `group`, `tags`, in labels or on the row): "staff-praise", "negated-disclosure"."""
    labels = row.get("labels", {})
    values: list[str] = []
    for holder in (labels, row):
        for key in ("case", "category", "group", "tags", "kind"):
            value = holder.get(key)
            values += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    for value in (v.casefold() for v in values):
        if "staff" in value and "praise" in value:
            return "staff-praise"
        if "negat" in value:
            return "negated-disclosure"
    return None


class ExpectedReport:
    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []
        self.disclosure: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.guarded: Counter = Counter()
        self.guarded_failed: Counter = Counter()

    def add(self, row: dict, analysis: Analysis) -> None:
        labels = row["labels"]
        predicted = predicted_class(analysis)
        self.pairs.append((labels["expected"], predicted))
        if "disclosure" in labels:
            self.disclosure.append((labels["disclosure"], analysis.disclosure.status))
        wrong = predicted != labels["expected"] or analysis.disclosure.status != labels.get("disclosure",
                                                                                          analysis.disclosure.status)
        if wrong:
            self.errors.append(f"{row['id']} expected {labels['expected']}/{labels.get('disclosure')} "
                               f"got {predicted}/{analysis.disclosure.status} ({case_of(row) or '-'})")
        case = guarded_case(row)
        if case in GUARDED_CASES:
            self.guarded[case] += 1
            # A customer's post must stay free of endorsement findings; an insider's negated
            # disclosure still leaves the insider's post undisclosed, which is its expected class.
            endorsed = any(f.category == "endorsement" for f in analysis.findings)
            wrong_finding = endorsed and (labels["expected"] == "none" or predicted != labels["expected"])
            self.guarded_failed[case] += wrong_finding or analysis.disclosure.status != "missing"

    def print(self) -> bool:
        total = len(self.pairs)
        right = sum(a == b for a, b in self.pairs)
        accuracy = right / total if total else 0.0
        print(f"{'expected-finding accuracy':<28} {accuracy:.3f}  ({right}/{total})")
        ok = accuracy >= TARGETS["expected-finding accuracy"]
        print("  class                          support  recall  precision")
        for name in CLASSES:
            support = sum(a == name for a, _ in self.pairs)
            hit = sum(a == name and b == name for a, b in self.pairs)
            said = sum(b == name for _, b in self.pairs)
            if not support and not said:
                continue
            recall = hit / support if support else float("nan")
            precision = hit / said if said else float("nan")
            print(f"  {name:<30} {support:>7}  {recall:6.3f}  {precision:9.3f}")
            if support:
                ok &= recall >= TARGETS["class recall (each)"]
        confusion = Counter((a, b) for a, b in self.pairs if a != b)
        if confusion:
            print("  confusions (label -> judged): " + ", ".join(
                f"{a}->{b} {n}" for (a, b), n in confusion.most_common()))
        if self.disclosure:
            d_right = sum(a == b for a, b in self.disclosure)
            d_acc = d_right / len(self.disclosure)
            print(f"{'disclosure status accuracy':<28} {d_acc:.3f}  ({d_right}/{len(self.disclosure)})")
            print("  confusion (label -> judged): " + ", ".join(
                f"{a}->{b} {n}" for (a, b), n in sorted(Counter(self.disclosure).items())))
            ok &= d_acc >= TARGETS["disclosure accuracy"]
        for case in GUARDED_CASES:
            if self.guarded[case]:
                print(f"{case + ' posts':<28} {self.guarded[case]}, with an endorsement finding or a "
                      f"disclosure: {self.guarded_failed[case]}")
                ok &= self.guarded_failed[case] == 0
        for name, target in TARGETS.items():
            print(f"target {name} >= {target:.2f}")
        print("targets " + ("met" if ok else "MISSED"))
        return ok

    def print_errors(self) -> None:
        print(f"\nwrong: {len(self.errors)}")
        for line in self.errors:
            print(f"  {line}")
