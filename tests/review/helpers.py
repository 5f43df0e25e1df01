"""Helpers for the review tests: stored mentions, detector spans, settings with routes and channels."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import count

from brandwatch.config import Settings
from brandwatch.model.analysis import FindingSpan
from brandwatch.store.db import transaction
from brandwatch.store.models import Author, Mention

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)
_ids = count(1)

SETTINGS = Settings.model_validate({
    "brands": [{"name": "Acme", "products": ["Acme Rocket", "Acme Rocket Pro"], "handles": {"x": ["acme"]}}],
    "channels": [
        {"name": "sec-hook", "type": "webhook", "url": "http://127.0.0.1:9/hook", "secret_env": "BW_TEST_HOOK_KEY"},
        {"name": "care-slack", "type": "slack", "webhook_url_env": "BW_TEST_SLACK_URL"},
    ],
    "routing": [
        {"match": {"category": "leak", "severity": ["critical"]}, "team": "security-oncall", "channels": ["sec-hook"]},
        {"match": {"category": "leak"}, "team": "security", "channels": ["sec-hook"]},
        {"match": {"category": "complaint", "brand": "acme"}, "team": "customer-care", "channels": ["care-slack"]},
    ],
    "sla": {"critical": "1h", "high": "4h", "medium": "24h", "low": "72h"},
    "replies": {"product": {
        "acknowledge": "Hi $handle, we're sorry your $product let you down.",
        "clarify": "Could you send us your order number by DM?",
        "resolution": "We will replace the $product at no cost.",
        "check_back": "We'll check back with you in two days."}},
})


def store_mention(factory, text: str = "my Acme Rocket exploded", *, handle: str | None = "dana",
                  followers: int = 10, platform: str = "x") -> Mention:
    number = next(_ids)
    with transaction(factory) as session:
        author = Author(platform=platform, external_id=f"a{number}", handle=handle, followers=followers)
        session.add(author)
        session.flush()
        mention = Mention(platform=platform, external_id=f"p{number}", text=text, author_id=author.id,
                          created_at=T0 - timedelta(hours=1), url=f"https://x.example/p{number}")
        session.add(mention)
    with factory() as session:
        return session.get(Mention, mention.id)


def leak_span(start: int, end: int, *, rule: str = "aws-access-key-id", preview: str = "AKIA…",
              severity: str = "high", fingerprint: str | None = "fp-1") -> FindingSpan:
    return FindingSpan(rule=rule, category="leak", kind="secret", severity=severity, start=start, end=end,
                       preview=preview, fingerprint=fingerprint, score=0.99, rule_hash="h" * 64,
                       explanation={"matched": "regex"})


def complaint_span(text: str, *, rule: str = "product-broken", severity: str = "medium") -> FindingSpan:
    return FindingSpan(rule=rule, category="complaint", kind="product", severity=severity, start=0,
                       end=len(text), preview=text[:80], rule_hash="c" * 64)


def intake(factory, mention_id: int, spans, settings: Settings = SETTINGS, now: datetime = T0, **kwargs):
    from brandwatch.review.intake import record_findings

    with transaction(factory) as session:
        return record_findings(session, session.get(Mention, mention_id), spans, settings, now=now, **kwargs)


def new_finding(factory, text: str = "key AKIAQ3EGUVNT5XJ2LWPM leaked", *, settings: Settings = SETTINGS,
                now: datetime = T0, **span_args) -> int:
    """A stored mention with one leak finding; returns the finding id."""
    mention = store_mention(factory, text)
    result = intake(factory, mention.id, [leak_span(4, 24, **span_args)], settings, now)
    return result.created[0]


def add_accounts(factory, *names: str, role: str = "reviewer", disabled: bool = False) -> None:
    """Accounts straight into the table (an argon2 hash per account would only slow the tests)."""
    from brandwatch.store.models import User

    with transaction(factory) as session:
        session.add_all(User(name=name, role=role, password_hash="test-no-login", disabled=disabled)
                        for name in names)


def personal_tokens(factory, *names: str) -> dict[str, str]:
    """A personal token for each account, as `brandwatch users token` makes them."""
    from brandwatch.review.reviewers import issue_token

    with transaction(factory) as session:
        return {name: issue_token(session, name, T0) for name in names}
