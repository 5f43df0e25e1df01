"""bench/quality.py's leak scoring, checked by hand on a tiny made-up set (never on the frozen sets)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from leak_scoring import LeakScore  # noqa: E402

TOKEN = "ghp_Q7wErTy2UiOp4AsDf6GhJk8LzXc0VbNm1234"


def found(text: str, value: str, rule: str, kind: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(value, start + 1)
    return SimpleNamespace(rule=rule, kind=kind, start=start, end=start + len(value), preview="••••")


def tiny_set() -> LeakScore:
    score = LeakScore()
    t1 = f"key {TOKEN} and mail ana@x.io"
    score.add("p1", t1, [{"kind": "secret", "value": TOKEN}, {"kind": "pii", "value": "ana@x.io"}],
              [found(t1, TOKEN, "github-pat", "secret"), found(t1, "ana@x.io", "pii-email-address", "pii")])
    score.add("p2", "call 555 0100 now", [{"kind": "pii", "value": "555 0100"}], [])
    t3 = "order 12345 shipped"
    score.add("p3", t3, [], [found(t3, "12345", "pii-phone-number", "pii")])
    score.add("p4", "hello there", [], [])
    t5 = "db postgres://u:pw@h/db"
    score.add("p5", t5, [{"kind": "secret", "value": "postgres://u:pw@h/db"}],
              [found(t5, "postgres://u:pw@h/db", "database-url", "secret"), found(t5, "pw@h", "pii-email-address", "pii")])
    t6 = "Project Falcon docs are CONFIDENTIAL"
    score.add("p6", t6, [{"kind": "confidential", "value": "Project Falcon"}, {"kind": "confidential", "value": "CONFIDENTIAL"}],
              [found(t6, "Falcon", "code-name", "confidential")])
    t7 = "token sk_9f8e7d6c5b4a here, again sk_9f8e7d6c5b4a"
    score.add("p7", t7, [{"kind": "secret", "value": "sk_9f8e7d6c5b4a"}],
              [found(t7, "sk_9f8e7d6c5b4a", "vendor-key", "secret", occurrence=1)])
    return score


def counts(tally) -> tuple[int, int, int, int]:
    return tally.right, tally.wrong, tally.found, tally.missed


def test_per_category_counts_precision_and_recall():
    score = tiny_set()
    secret, pii, confidential = (score.categories[k] for k in ("secret", "pii", "confidential"))
    assert counts(secret) == (3, 0, 3, 0) and (secret.precision, secret.recall) == (1.0, 1.0)
    # p3's phone on an order number is a false alarm; p5's "e-mail" inside a database URL is a kind mix-up.
    assert counts(pii) == (1, 2, 1, 1)
    assert pii.precision == pytest.approx(1 / 3) and pii.recall == 0.5 and pii.f1 == pytest.approx(0.4)
    assert counts(confidential) == (1, 0, 1, 1) and confidential.recall == 0.5
    assert score.mixups == {("secret", "pii"): 1}


def test_overall_ignores_kind_and_matches_any_occurrence_of_a_value():
    overall = tiny_set().overall
    assert counts(overall) == (6, 1, 5, 2)
    assert overall.precision == pytest.approx(6 / 7) and overall.recall == pytest.approx(5 / 7)


def test_ordinary_posts_flagged():
    score = tiny_set()
    assert (score.ordinary, score.ordinary_flagged, score.ordinary_rate) == (2, 1, 0.5)
    assert score.errors["ordinary flagged"] == ["p3 (pii-phone-number)"]


def test_per_rule_table():
    rows = {row[0]: row[1:] for row in tiny_set().rule_rows()}
    assert rows["pii-email-address"] == ("pii", 2, 1, 0.5, 1, 0.5)
    assert rows["pii-phone-number"] == ("pii", 1, 0, 0.0, 0, 0.0)
    assert rows["github-pat"] == ("secret", 1, 1, 1.0, 1, pytest.approx(1 / 3))


def test_targets_and_verdict():
    score = tiny_set()
    verdicts = {name: met for name, _value, _bound, met in score.targets()}
    assert verdicts == {
        "secret precision >= 0.97": True, "secret recall >= 0.95": True,
        "pii precision >= 0.97": False, "pii recall >= 0.95": False,
        "confidential precision >= 0.97": True, "confidential recall >= 0.95": False,
        "ordinary posts flagged <= 0.2%": False}
    assert score.print() is False


def test_a_category_with_nothing_labelled_or_found_is_not_judged(capsys):
    score = LeakScore()
    text = f"leaked {TOKEN}"
    score.add("q1", text, [{"kind": "secret", "value": TOKEN}], [found(text, TOKEN, "github-pat", "secret")])
    score.add("q2", "nice weather", [], [])
    verdicts = {name: met for name, _value, _bound, met in score.targets()}
    assert verdicts["pii recall >= 0.95"] is None and verdicts["confidential precision >= 0.97"] is None
    assert score.print() is True
    assert "target pii recall >= 0.95: 1.000 n/a" in capsys.readouterr().out


def test_missed_values_are_described_never_printed():
    score = tiny_set()
    report = "\n".join(item for items in score.errors.values() for item in items)
    assert "555 0100" not in report and "ana@x.io" not in report
    assert any(item.startswith("p2 (pii 8 chars") for item in score.errors["pii missed"])


AWS_POST = "debugging our deploy, here's the config lol AWS_ACCESS_KEY_ID=AKIAQ3EGUVNT5XJ2LWPM"


def leak_only_set(path: Path, label_the_key: bool) -> Path:
    rows = [{"id": "k1", "platform": "x", "author": "devnull_42", "author_description": None,
             "created_at": "2026-05-01T10:00:00Z", "text": AWS_POST,
             "labels": {"leaks": [{"kind": "secret", "value": "AKIAQ3EGUVNT5XJ2LWPM"}] if label_the_key else []}},
            {"id": "k2", "platform": "x", "author": "kara", "author_description": None,
             "created_at": "2026-05-01T11:00:00Z", "text": "the new Rocket is lovely", "labels": {"leaks": []}}]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_quality_scores_a_set_that_labels_only_leaks_and_exits_by_the_targets(tmp_path, capsys):
    import quality

    config = Path(__file__).resolve().parents[2] / "config" / "brandwatch.yaml"
    assert quality.main(["--set", str(leak_only_set(tmp_path / "ok.jsonl", True)), "--config", str(config)]) == 0
    out = capsys.readouterr().out
    assert "complaint" not in out and "target secret recall >= 0.95: 1.000 met" in out
    assert "aws-access-key-id" in out
    assert quality.main(["--set", str(leak_only_set(tmp_path / "bad.jsonl", False)), "--config", str(config),
                         "--errors"]) == 1
    out = capsys.readouterr().out
    assert "ordinary posts flagged <= 0.2%: 50.00% MISSED" in out and "k1 (aws-access-key-id" in out
    assert "AKIAQ3EGUVNT5XJ2LWPM" not in out
