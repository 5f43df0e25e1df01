"""Leak findings from the leak rule sets: masked previews, keyed fingerprints, insider severity.

A leak by the brand's own people (employee or partner, on the roster or self-identified) is worse:
they are likelier to hold real credentials and customer data, and their words carry the company's
authority, so severity rises one step. The fingerprint (HMAC of the value's canonical form,
rules/canonical.py) is the grouping key: the same secret pasted in many posts, however it is written
(spaces in a card, an e-mail in capitals, a zero-width character in a token), forms one group.
"""

from __future__ import annotations

from brandwatch.model.analysis import FindingSpan
from brandwatch.model.vocabulary import SEVERITIES
from brandwatch.rules import RuleHit
from brandwatch.rules.masking import hit_form, legacy_fingerprints, preview_hit, value_fingerprint

# Findings that stand for a key file whose private key is not in the post: where a private-key rule
# found the key itself, the key is the finding and these are no second secret. The text alone cannot
# tell: a file cut inside its key ("-----BEGIN PRIVATE KEY-----\nMIIEvQ...") still leaks the id.
STANDS_FOR_A_KEY_FILE = frozenset({"gcp-service-account-key"})
PRIVATE_KEY_RULE_PREFIX = "private-key"


def raise_one_step(severity: str) -> str:
    index = SEVERITIES.index(severity) if severity in SEVERITIES else 1
    return SEVERITIES[min(index + 1, len(SEVERITIES) - 1)]


def leak_findings(hits: list[RuleHit], key: bytes, insider: str | None = None) -> list[FindingSpan]:
    """One finding per distinct leaked value and rule; `insider` names the author's role, if any."""
    findings: list[FindingSpan] = []
    seen: set[tuple[str, str]] = set()
    key_found = any(hit.rule.category == "leak" and hit.rule.id.startswith(PRIVATE_KEY_RULE_PREFIX)
                    and not hit.in_description for hit in hits)
    for hit in hits:
        if hit.rule.category != "leak" or hit.in_description:
            continue
        if key_found and hit.rule.id in STANDS_FOR_A_KEY_FILE:
            continue
        # Deduplicated by the value as written: each written form keeps its own span, so every one is
        # masked where the post is shown; they share one fingerprint.
        if (hit.rule.id, hit.value) in seen:
            continue
        seen.add((hit.rule.id, hit.value))
        form = hit_form(hit)
        mark = value_fingerprint(hit.value, key, form)
        severity = hit.rule.severity or "high"
        explanation = {key_: value for key_, value in hit.explanation.items() if key_ != "value"}
        if insider:
            explanation["severity_raised"] = f"{severity} -> {raise_one_step(severity)}: author is {insider}"
            severity = raise_one_step(severity)
        findings.append(FindingSpan(
            rule=hit.rule.id, category="leak", kind=hit.rule.kind or "secret", severity=severity,
            start=hit.start, end=hit.end, preview=preview_hit(hit), fingerprint=mark, score=hit.score,
            explanation={**explanation, "group": mark, "fingerprint_form": form}, rule_hash=hit.rule.content_hash,
            legacy_fingerprints=legacy_fingerprints(hit.value, key, form)))
    return findings
