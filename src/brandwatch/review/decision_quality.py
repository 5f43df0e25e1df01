"""How much reviewers' decisions say about a rule: precision with its sample size and a 95 % interval,
per rule, per detector cue (complaint findings name the cues and model head that fired), and per
rule version; rules below a configured floor are flagged.

A decided finding is a resolved one (confirmed) or one dismissed as false_positive (rule_stats.py).
One decision says almost nothing: 0 of 1 has a Wilson interval of 0–79 %, so the sample size and the
interval are always shown next to the number. The Wilson score interval is used rather than the
normal approximation because it stays inside [0, 1] and behaves at 0 %, 100 % and small samples.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from brandwatch.store.models import Finding, RuleVersion

Z_95 = 1.959963984540054  # the standard normal quantile at 0.975


def wilson_interval(successes: int, trials: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval for a proportion; None without trials."""
    if trials <= 0:
        return None
    if not 0 <= successes <= trials:
        raise ValueError(f"{successes} successes out of {trials} trials")
    p = successes / trials
    z2 = z * z
    denominator = 1 + z2 / trials
    centre = (p + z2 / (2 * trials)) / denominator
    half = z * math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass(frozen=True, slots=True)
class Precision:
    key: str  # a rule id, a cue name, or "rule@hash12"
    confirmed: int
    false_positives: int

    @property
    def decided(self) -> int:
        return self.confirmed + self.false_positives

    @property
    def precision(self) -> float | None:
        return self.confirmed / self.decided if self.decided else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson_interval(self.confirmed, self.decided)

    def shown(self) -> str:
        """'75% (n=4, 95% CI 30–95%)', or '-' without decisions."""
        if not self.decided:
            return "-"
        low, high = self.interval
        return f"{self.precision:.0%} (n={self.decided}, 95% CI {low * 100:.0f}–{high:.0%})"


@dataclass(frozen=True, slots=True)
class VersionPrecision:
    rule_id: str
    rule_hash: str | None
    first_seen_at: datetime | None
    precision: Precision


def _decided(session: Session, since: datetime | None, until: datetime | None, *columns):
    confirmed = Finding.status == "resolved"
    false_positive = (Finding.status == "dismissed") & (Finding.dismiss_reason == "false_positive")
    query = select(*columns, Finding.status).where(confirmed | false_positive)
    if since is not None:
        query = query.where(Finding.created_at >= since)
    if until is not None:
        query = query.where(Finding.created_at < until)
    return session.execute(query).all()


def _tally(pairs) -> list[Precision]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for key, status in pairs:
        counts[key][0 if status == "resolved" else 1] += 1
    return [Precision(key, ok, fp) for key, (ok, fp) in sorted(counts.items())]


def cues_of(explanation: dict | None) -> list[str]:
    """The cues a finding names (complaint findings: `attribution.cues`, plus the model head)."""
    attribution = (explanation or {}).get("attribution") or {}
    cues = [str(c) for c in attribution.get("cues") or []]
    if attribution.get("model_head"):
        cues.append(f"model:{attribution['model_head']}")
    return cues


def cue_precision(session: Session, since: datetime | None = None, until: datetime | None = None) -> list[Precision]:
    """Precision per detector cue over the decided findings that name their cues."""
    rows = _decided(session, since, until, Finding.explanation)
    return _tally((cue, status) for explanation, status in rows for cue in cues_of(explanation))


def rule_precision(session: Session, since: datetime | None = None, until: datetime | None = None) -> list[Precision]:
    return _tally(_decided(session, since, until, Finding.rule_id))


def version_trend(session: Session, since: datetime | None = None,
                  until: datetime | None = None) -> list[VersionPrecision]:
    """Precision per (rule, version), each rule's versions in the order they were first seen."""
    rows = _decided(session, since, until, Finding.rule_id, Finding.rule_hash)
    counts: dict[tuple[str, str | None], list[int]] = defaultdict(lambda: [0, 0])
    for rule_id, rule_hash, status in rows:
        counts[(rule_id, rule_hash)][0 if status == "resolved" else 1] += 1
    seen = dict(((r.rule_id, r.rule_hash), r.first_seen_at) for r in session.execute(
        select(RuleVersion.rule_id, RuleVersion.rule_hash, RuleVersion.first_seen_at)
        .where(RuleVersion.rule_id.in_({rule for rule, _ in counts}))))
    trend = [VersionPrecision(rule, h, seen.get((rule, h)), Precision(f"{rule}@{(h or '-')[:12]}", ok, fp))
             for (rule, h), (ok, fp) in counts.items()]
    far = datetime.max.replace(tzinfo=None)
    return sorted(trend, key=lambda v: (v.rule_id, (v.first_seen_at.replace(tzinfo=None) if v.first_seen_at
                                                    else far), v.rule_hash or ""))


def below_floor(rows: list[Precision], floor: float, min_sample: int) -> list[Precision]:
    """Rules whose precision is under `floor` on at least `min_sample` decisions."""
    return [r for r in rows if r.decided >= min_sample and r.precision is not None and r.precision < floor]
