"""`brandwatch scan` end to end: the contract fields filled by the detectors, --rules, --sample."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONFIG = str(REPO / "config" / "brandwatch.yaml")
EVERY_KIND = {
    ("complaint", "product"), ("complaint", "staff"), ("complaint", "policy"),
    ("endorsement", "undisclosed"), ("endorsement", "ambiguous-disclosure"),
    ("leak", "secret"), ("leak", "pii"), ("leak", "confidential"), ("caution", "nlra"),
}
CUSTOM_RULE = """\
rules:
  - id: widget-serial
    title: Widget serial number
    description: Internal widget serials let anyone claim a warranty on someone else's unit.
    category: leak
    kind: confidential
    severity: low
    keywords: [wdg-]
    match:
      regex: '\\b(WDG-\\d{6})\\b'
    examples:
      match: ["serial WDG-123456 here", "WDG-654321"]
      no_match: ["WDG-12", "widget"]
"""


def scan(run_cli, *args, input=None):
    result = run_cli("--config", CONFIG, "scan", *args, input=input)
    return result, [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_when_scanning_the_bundled_samples_then_every_finding_kind_appears(run_cli):
    result, outputs = scan(run_cli, "--sample")
    assert result.returncode == 0, result.stderr
    kinds = {(f["category"], f["kind"]) for out in outputs for f in out["findings"]}
    assert EVERY_KIND <= kinds, f"missing: {EVERY_KIND - kinds}"
    for out in outputs:
        complaint = [f for f in out["findings"] if f["category"] == "complaint" and f["kind"] != "unjudged"]
        assert len(complaint) == int(out["complaint"]["is_complaint"])
        # A post in a language brandwatch cannot judge is queued for a person instead of passing as no complaint.
        unjudged = [f for f in out["findings"] if f["kind"] == "unjudged"]
        assert bool(unjudged) == (not out["language"]["judged"])
        if complaint:
            assert complaint[0]["kind"] == out["complaint"]["topic"]


def test_when_a_post_is_scanned_then_complaint_disclosure_and_findings_follow_the_contract(run_cli):
    post = {"id": "p1", "platform": "x", "author": "lenapark_style", "created_at": "2026-03-01T10:00:00Z",
            "text": "Obsessed with my Acme Anvil! Use my code LENA20 #kitchen #home #cooking #ad"}
    result, [out] = scan(run_cli, input=json.dumps(post) + "\n")
    assert result.returncode == 0, result.stderr
    assert out["disclosure"] == {"status": "ambiguous", "evidence": "buried: #ad", "stated": True}
    assert out["complaint"] == {"is_complaint": False, "score": out["complaint"]["score"], "topic": None}
    [finding] = out["findings"]
    assert finding["rule"] == "endorsement-ambiguous-disclosure"
    assert post["text"][finding["start"]:finding["end"]] == "#ad"
    assert set(finding) == {"rule", "category", "kind", "severity", "start", "end", "preview"}


def test_when_rules_come_from_a_directory_then_only_those_rules_run(run_cli, tmp_path):
    rules_dir = tmp_path / "myrules"
    rules_dir.mkdir()
    (rules_dir / "widgets.yaml").write_text(CUSTOM_RULE, encoding="utf-8")
    post = {"id": "p2", "text": "my serial is WDG-123456 and my key AKIAQ3EGUVNT5XJ2LWPM"}
    result, [out] = scan(run_cli, "--rules", str(rules_dir), input=json.dumps(post) + "\n")
    assert result.returncode == 0, result.stderr
    assert [f["rule"] for f in out["findings"]] == ["widget-serial"]
    assert "123456" not in out["findings"][0]["preview"]


def test_when_a_rule_file_is_broken_then_scan_names_file_and_line_and_reads_no_input(run_cli, tmp_path):
    rules_dir = tmp_path / "broken"
    rules_dir.mkdir()
    (rules_dir / "bad.yaml").write_text(CUSTOM_RULE.replace("    regex:", "    regx:")
                                        .replace("      regex:", "      regx:"), encoding="utf-8")
    result, outputs = scan(run_cli, "--rules", str(rules_dir), input='{"id": "p3", "text": "hi"}\n')
    assert result.returncode != 0
    assert outputs == []
    assert "broken/bad.yaml:" in result.stderr and "regx" in result.stderr
