"""A month of reviewers' actions exported for a regulator, verified, and one changed byte caught."""

import json
from datetime import timedelta

import pytest
from click.testing import CliRunner

from brandwatch.cli import main
from brandwatch.review.rule_versions import record_rule_versions
from brandwatch.review.service import ReviewService
from brandwatch.store.db import transaction

from .helpers import SETTINGS, T0, intake, leak_span, store_mention

SECRET = "AKIAQ3EGUVNT5XJ2LWPM"


@pytest.fixture
def audit(engine, tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text(json.dumps({"database": {"url": engine.url.render_as_string(hide_password=False)}}))
    runner = CliRunner()
    return lambda *args: runner.invoke(main, ["--config", str(config), "audit", *map(str, args)])


class _Rule:
    id, content_hash, text = "aws-access-key-id", "h" * 64, '{"id": "aws-access-key-id", "match": "..."}'


@pytest.fixture
def month(factory):
    """Findings acted on in November, one acted on only in December."""
    with transaction(factory) as session:
        record_rule_versions(session, [_Rule()], T0)
    ids = []
    for day in range(4):
        mention = store_mention(factory, f"day {day}: support sent me {SECRET} lol", handle=f"user{day}")
        start = mention.text.index(SECRET)
        (finding_id,) = intake(factory, mention.id, [leak_span(start, start + len(SECRET))],
                               now=T0 + timedelta(days=day)).created
        ids.append(finding_id)
    for offset, finding_id in enumerate(ids[:3]):
        service = ReviewService(factory, SETTINGS, clock=lambda o=offset: T0 + timedelta(days=7 + o))
        service.claim(finding_id, "ana")
        service.comment(finding_id, "ana", f"asked them to rotate {SECRET}")
        service.resolve(finding_id, "ana")
    ReviewService(factory, SETTINGS, clock=lambda: T0 + timedelta(days=40)).claim(ids[3], "bo")
    return ids


def test_when_a_month_of_actions_is_exported_then_it_verifies_and_one_byte_changed_is_reported(audit, month,
                                                                                               tmp_path):
    out = tmp_path / "november"
    made = audit("export", out, "--actions-since", "2026-11-06", "--actions-until", "2026-12-01")
    assert made.exit_code == 0, made.output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"] == {"findings": 3, "events": 12, "events_in_window": 9}
    assert manifest["checkpoint"]["mac"] and set(manifest["files"]) == {"findings.jsonl", "events.csv"}
    records = [json.loads(line) for line in (out / "findings.jsonl").read_text().splitlines()]
    first = records[0]
    assert first["author_handle"] == "user0" and first["platform"] == "x" and first["post_url"]
    assert first["post_created_at"] and first["rule_id"] == "aws-access-key-id" and first["rule_hash"] == "h" * 64
    assert first["rule_text"] == _Rule.text and first["explanation"]["matched"] == "regex"
    assert "support sent me [AKIA…] lol" in first["post_text"]
    assert [e["actor"] for e in first["events"]] == ["brandwatch", "ana", "ana", "ana"]
    assert SECRET not in (out / "findings.jsonl").read_text() + (out / "events.csv").read_text()

    verified = audit("verify", "--export", out)
    assert verified.exit_code == 0 and "intact" in verified.output, verified.output

    data = bytearray((out / "findings.jsonl").read_bytes())
    at = data.index(b"\"actor\": \"ana\"") + len(b"\"actor\": \"")
    data[at] = ord("b")  # "ana" -> "bna": one byte
    (out / "findings.jsonl").write_bytes(bytes(data))
    tampered = audit("verify", "--export", out)
    assert tampered.exit_code == 1
    assert "findings.jsonl: SHA-256 differs from the manifest" in tampered.output
    assert "forged" in tampered.output  # the edited event's own seal no longer matches


def test_when_the_manifest_is_rewritten_to_match_an_edit_then_its_seal_gives_it_away(audit, month, tmp_path):
    import hashlib

    out = tmp_path / "export"
    assert audit("export", out).exit_code == 0
    csv_path = out / "events.csv"
    csv_path.write_text(csv_path.read_text().replace("resolve", "dismiss", 1))
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["files"]["events.csv"]["sha256"] = hashlib.sha256(csv_path.read_bytes()).hexdigest()
    (out / "manifest.json").write_text(json.dumps(manifest))
    result = audit("verify", "--export", out)
    assert result.exit_code == 1 and "manifest.json does not match its seal" in result.output


def test_when_exporting_by_finding_window_then_only_findings_raised_in_it_are_written(audit, month, tmp_path):
    out = tmp_path / "raised"
    assert audit("export", out, "--since", "2026-11-03", "--until", "2026-11-05").exit_code == 0
    ids = [json.loads(line)["finding_id"] for line in (out / "findings.jsonl").read_text().splitlines()]
    assert ids == month[1:3]
