"""The fresh leak batch of round 7 (tests/data/leaks/fresh7.jsonl, issue 16): consistent with its
source, with the shape its brief asked for (about 200 posts: credentials in real-file contexts, PII
in national and international writings, hard negatives), every labelled value valid for its format,
never shown unmasked by a finding, and scored at the floors the round reached.
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from pathlib import Path

import phonenumbers
import pytest

from brandwatch.config import load_settings
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.scan_io import mention_from_post
from brandwatch.sentiment.vader import VaderBackend

LEAKS_DIR = Path(__file__).resolve().parent / "leaks"
sys.path.insert(0, str(LEAKS_DIR / "authoring"))
sys.path.insert(0, str(LEAKS_DIR.parents[2] / "bench"))

import fresh7  # noqa: E402
import fresh_round3  # noqa: E402
from leak_scoring import LeakScore  # noqa: E402

PHONENUMBERS_BUILT_WITH = "9.0.43"
CHECKSUM_TOKEN = re.compile(r"\b(?:gh[pousr]|npm)_[A-Za-z0-9]{36}\b")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return [json.loads(line) for line in fresh7.OUT.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def analysed(rows):
    settings = load_settings(LEAKS_DIR / "config5.yaml")
    analyzer = Analyzer(settings, VaderBackend(), load_roster(settings.rosters.employees, settings.rosters.partners),
                        load_rules(None, settings), fingerprint_key=b"fresh7-test-key")
    lines = fresh7.OUT.read_text(encoding="utf-8").splitlines()
    analyses = analyzer.analyze([mention_from_post(line, number) for number, line in enumerate(lines, start=1)])
    return list(zip(rows, analyses))


def test_committed_file_is_what_the_source_renders():
    if phonenumbers.__version__ != PHONENUMBERS_BUILT_WITH:
        pytest.skip("phone numbers are drawn against another phonenumbers metadata version")
    assert fresh7.main(["--check"]) == 0, "run tests/data/leaks/authoring/fresh7.py and commit fresh7.jsonl"


def test_shape_asked_for(rows):
    negatives = [row for row in rows if not row["labels"]["leaks"]]
    assert len(rows) >= 200 and len(negatives) >= 80 and len(rows) - len(negatives) >= 140
    assert all(row["reason"].startswith("negative/") for row in negatives)
    assert all(row["id"] == f"fr7-{number:04d}" for number, row in enumerate(rows, start=1))
    assert len({row["text"] for row in rows}) == len(rows)
    assert {leak["kind"] for row in rows for leak in row["labels"]["leaks"]} == {"secret", "pii"}
    for row in rows:
        for leak in row["labels"]["leaks"]:
            assert leak["value"] in row["text"], row["id"]
    contexts = {row["reason"].split(" | ")[1].split(":")[0] for row in rows if row["reason"].startswith("secret/")}
    for context in ("env", "export", "yaml", "toml", "ini", "xml", "json", "curl-bearer", "curl-u", "cli-flag",
                    "url", "diff", "powershell", "python", "js", "go", "java", "json-escaped", "kube-b64"):
        assert context in contexts, context


def test_every_post_reads_as_a_mention(rows):
    lines = fresh7.OUT.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        assert mention_from_post(line, number).text == rows[number - 1]["text"]


def _labelled(rows, group: str) -> list[tuple[dict, str]]:
    return [(row, leak["value"]) for row in rows if row["reason"].startswith(group) for leak in row["labels"]["leaks"]]


def test_labelled_values_pass_their_checks(rows):
    tokens = [m.group(0) for row in rows for leak in row["labels"]["leaks"] for m in CHECKSUM_TOKEN.finditer(leak["value"])]
    assert tokens and all(fresh_round3.checksum_token_valid(t) for t in tokens)
    broken = [m.group(0) for row in rows if row["reason"].startswith("negative/broken-checksum")
              for m in CHECKSUM_TOKEN.finditer(row["text"])]
    assert broken and not any(fresh_round3.checksum_token_valid(t) for t in broken)
    cards = [re.sub(r"\D", "", value) for _, value in _labelled(rows, "pii/card")]
    assert {len(c) for c in cards} >= {12, 13, 14, 15, 16, 19}
    assert all(fresh_round3.luhn_valid(c) for c in cards)
    ibans = [value for _, value in _labelled(rows, "pii/iban")]
    assert ibans and all(fresh_round3.iban_valid(v) for v in ibans)
    ips = [ipaddress.ip_address(value) for _, value in _labelled(rows, "pii/ip")]
    assert {ip.version for ip in ips} == {4, 6} and all(ip.is_global for ip in ips)
    phones = _labelled(rows, "pii/phone")
    assert len(phones) >= 20
    for row, value in phones:
        region = row["reason"].split(" | ")[1].rsplit("-", 1)[1]
        number = phonenumbers.parse("+" + value[2:] if value.startswith("00") else value, region)
        assert phonenumbers.is_valid_number(number), row["id"]


def test_no_finding_shows_a_leaked_value_unmasked(analysed):
    for row, analysis in analysed:
        for finding in analysis.findings:
            if finding.category != "leak":
                continue
            value = row["text"][finding.start:finding.end]
            contract = json.dumps(finding.to_contract(), ensure_ascii=False)
            assert value not in finding.preview and value not in contract, (row["id"], finding.rule)


# The figures reached after round 7's fixes (tests/data/leaks/README.md, "Fresh batch, round 7"),
# rounded down: a change that brings back a class of false alarm, or loses recall, fails here. The one
# missed leak is a home IPv6 address given as a WireGuard peer's `Endpoint =`: the word presents it as
# a server's address and the writer's "my home box" comes on the next line.
FLOORS = {"secret": (1.0, 1.0), "pii": (1.0, 0.97)}
STILL_MISSED = {"fr7-0120"}


def test_scored_at_the_floors_reached(analysed):
    score = LeakScore()
    for row, analysis in analysed:
        score.add(row["id"], row["text"], row["labels"]["leaks"], [f for f in analysis.findings if f.category == "leak"])
    assert not score.errors.get("ordinary flagged"), score.errors["ordinary flagged"]
    missed = {line.split(" ")[0] for key, lines in score.errors.items() if key.endswith("missed") for line in lines}
    assert missed <= STILL_MISSED, sorted(missed - STILL_MISSED)
    for kind, (precision, recall) in FLOORS.items():
        tally = score.categories[kind]
        assert tally.precision >= precision and tally.recall >= recall, (kind, tally.line(kind), score.errors)
