"""Leak findings: masked previews, keyed fingerprints that group, insider severity."""

from __future__ import annotations

from brandwatch.detectors.leaks import raise_one_step

AWS_KEY = "AKIAQ3EGUVNT5XJ2LWPM"
LEAK = f"debugging our deploy, here's the config lol AWS_ACCESS_KEY_ID={AWS_KEY}"


def leaks(result):
    return [f for f in result.findings if f.category == "leak"]


def test_when_a_secret_is_posted_then_the_finding_masks_it_and_points_at_it(analyze):
    [finding] = leaks(analyze(LEAK, author="devnull_42"))
    assert (finding.kind, finding.severity) == ("secret", "high")
    assert LEAK[finding.start:finding.end] == AWS_KEY
    assert AWS_KEY not in finding.preview and AWS_KEY[4:] not in finding.preview
    assert AWS_KEY not in str(finding.to_contract())


def test_when_the_same_secret_appears_in_two_posts_then_they_share_a_fingerprint(analyze):
    first = leaks(analyze(LEAK, author="a"))[0]
    second = leaks(analyze(f"reposting {AWS_KEY} because why not", author="b"))[0]
    other = leaks(analyze("AWS_ACCESS_KEY_ID=AKIAZ7YQHXKCM2RBVN4D", author="c"))[0]
    assert first.fingerprint == second.fingerprint
    assert first.fingerprint != other.fingerprint
    assert first.explanation["group"] == first.fingerprint


def test_when_an_employee_leaks_then_severity_rises_one_step(analyze):
    outsider = leaks(analyze(LEAK, author="devnull_42"))[0]
    employee = leaks(analyze(LEAK, author="danawhit"))[0]
    partner = leaks(analyze(LEAK, author="jessrivera"))[0]
    assert outsider.severity == "high"
    assert employee.severity == partner.severity == "critical"
    assert "author is employee" in employee.explanation["severity_raised"]


def test_when_severity_is_already_critical_then_it_stays_critical():
    assert [raise_one_step(s) for s in ("low", "medium", "high", "critical")] == [
        "medium", "high", "critical", "critical"]


def test_when_a_post_has_no_secret_then_it_has_no_leak_finding(analyze):
    assert leaks(analyze("Order #A-558213 shipped, tracking 1Z999AA10123456784")) == []
