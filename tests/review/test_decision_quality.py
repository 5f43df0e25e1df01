"""Precision with sample size and a 95 % Wilson interval, per rule, per cue and per rule version."""

import json
import math
from datetime import timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import update

from brandwatch.cli.context import CliContext
from brandwatch.cli.rules_stats_cmd import stats
from brandwatch.review.decision_quality import Precision, below_floor, wilson_interval
from brandwatch.review.rule_versions import record_rule_versions
from brandwatch.review.service import ReviewService
from brandwatch.store.db import transaction
from brandwatch.store.models import Finding

from .helpers import SETTINGS, T0, complaint_span, intake, store_mention


def _by_bisection(successes, trials, z=1.959963984540054):
    """The Wilson bounds found independently: the p whose score test |p̂ − p| ≤ z·√(p(1−p)/n) is tight."""
    observed = successes / trials
    inside = lambda p: abs(observed - p) <= z * math.sqrt(p * (1 - p) / trials)  # noqa: E731

    def edge(outside, inner):
        for _ in range(200):
            middle = (outside + inner) / 2
            outside, inner = (outside, middle) if inside(middle) else (middle, inner)
        return inner

    low = 0.0 if successes == 0 else edge(0.0, observed)
    high = 1.0 if successes == trials else edge(1.0, observed)
    return low, high


@pytest.mark.parametrize("successes, trials, expected", [
    (3, 4, (0.3006, 0.9544)),
    (0, 1, (0.0, 0.7935)),
    (0, 10, (0.0, 0.2775)),
    (10, 10, (0.7225, 1.0)),
    (81, 263, (0.2553, 0.3662)),
])
def test_the_wilson_interval_matches_published_values_and_the_score_test(successes, trials, expected):
    low, high = wilson_interval(successes, trials)
    assert (round(low, 4), round(high, 4)) == expected
    assert (low, high) == pytest.approx(_by_bisection(successes, trials), abs=1e-9)


def test_without_decisions_there_is_no_interval_and_a_bad_count_is_refused():
    assert wilson_interval(0, 0) is None and Precision("r", 0, 0).shown() == "-"
    with pytest.raises(ValueError):
        wilson_interval(5, 4)
    assert Precision("r", 3, 1).shown() == "75% (n=4, 95% CI 30–95%)"


def test_a_rule_is_below_the_floor_only_with_enough_decisions():
    rows = [Precision("noisy", 2, 18), Precision("new", 0, 3), Precision("fine", 18, 2)]
    assert [r.key for r in below_floor(rows, floor=0.5, min_sample=20)] == ["noisy"]


def _complaint(factory, cues, head, rule="complaint", at=T0):
    text = f"post {len(cues)} {head}"
    mention = store_mention(factory, text)
    span = complaint_span(text, rule=rule)
    (finding_id,) = intake(factory, mention.id, [span], now=at).created
    with transaction(factory) as session:
        session.execute(update(Finding).where(Finding.id == finding_id)
                        .values(explanation={"attribution": {"cues": cues, "model_head": head}}))
    return finding_id


def test_when_verdicts_are_given_then_rules_stats_prints_n_and_the_interval_per_rule_and_per_cue(engine, factory,
                                                                                                tmp_path):
    service = ReviewService(factory, SETTINGS, clock=lambda: T0)
    verdicts = [(["rule:late", "shape:negation"], "complaint", True), (["rule:late"], "complaint", True),
                (["rule:late", "shape:negation"], None, True), (["shape:negation"], None, False)]
    for cues, head, confirmed in verdicts:
        finding_id = _complaint(factory, cues, head)
        if confirmed:
            service.claim(finding_id, "ana")
            service.resolve(finding_id, "ana")
        else:
            service.dismiss(finding_id, "ana", "false_positive")
    config = tmp_path / "brandwatch.yaml"
    config.write_text(json.dumps({"database": {"url": engine.url.render_as_string(hide_password=False)}}))
    since = ["--since", (T0 - timedelta(days=1)).isoformat(), "--until", (T0 + timedelta(days=1)).isoformat()]
    rows = [json.loads(line) for line in CliRunner().invoke(stats, [*since, "--format", "jsonl"],
                                                            obj=CliContext(str(config))).output.splitlines()]
    rule = next(r for r in rows if r.get("rule") == "complaint" and "version" not in r)
    assert (rule["decided"], rule["precision"], rule["ci95"]) == (4, 0.75, [0.3006, 0.9544])
    cues = {r["cue"]: r for r in rows if "cue" in r}
    assert (cues["rule:late"]["decided"], cues["rule:late"]["ci95"]) == (3, [0.4385, 1.0])
    assert (cues["shape:negation"]["decided"], cues["shape:negation"]["precision"]) == (3, 2 / 3)
    assert cues["model:complaint"]["confirmed"] == 2
    table = CliRunner().invoke(stats, since, obj=CliContext(str(config))).output
    assert "complaint" in table and "75% (n=4, 95% CI 30–95%)" in table
    assert "per cue" in table and "shape:negation" in table and "67% (n=3, 95% CI 21–94%)" in table


def test_when_a_rule_changes_then_the_trend_shows_each_version_in_order(factory):
    from brandwatch.review.decision_quality import version_trend

    older, newer = "a" * 64, "b" * 64
    with transaction(factory) as session:
        record_rule_versions(session, [type("R", (), {"id": "complaint", "content_hash": older, "text": "v1"})],
                             T0 - timedelta(days=10))
        record_rule_versions(session, [type("R", (), {"id": "complaint", "content_hash": newer, "text": "v2"})],
                             T0 - timedelta(days=1))
    service = ReviewService(factory, SETTINGS, clock=lambda: T0)
    for rule_hash, verdict in ((older, "fp"), (older, "fp"), (newer, "ok")):
        finding_id = _complaint(factory, [], None)
        with transaction(factory) as session:
            session.execute(update(Finding).where(Finding.id == finding_id).values(rule_hash=rule_hash))
        if verdict == "ok":
            service.claim(finding_id, "ana")
            service.resolve(finding_id, "ana")
        else:
            service.dismiss(finding_id, "ana", "false_positive")
    with factory() as session:
        trend = version_trend(session)
    assert [(v.rule_hash[:1], v.precision.decided, v.precision.precision) for v in trend] == [
        ("a", 2, 0.0), ("b", 1, 1.0)]
