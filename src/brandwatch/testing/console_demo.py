"""A small, realistic review queue for the console's browser tests and README screenshots.

Posts in the style of the bundled samples, stored as mentions with their analysis; findings go in
through the review queue's own intake (`review.intake.record_findings`) and reviewers' actions
through `ReviewService`, so the audit trail is exactly what production would write. Spans are
located by searching the text for the evidence, so the offsets are always right.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Engine, select

from brandwatch.config import Settings
from brandwatch.model.analysis import FindingSpan
from brandwatch.review.service import ReviewService
from brandwatch.store.db import session_factory, transaction
from brandwatch.store.models import Author, Mention, User

DEMO_NOW = datetime(2026, 11, 23, 14, 0, tzinfo=timezone.utc)
LEAKED_KEY = "AKIAQ3EGUVNT5XJ2LWPM"
MASKED_KEY = "AKIA••••••••"
HOSTILE_TEXT = ('<script>alert("xss")</script> @acme your <b>app</b> deleted my photos '
                '<img src=x onerror=alert(1)> <a href="javascript:alert(2)">click</a>')

DEMO_SETTINGS = Settings.model_validate({
    "brands": [{"name": "Acme", "aliases": ["acmesupport"], "products": ["Acme Rocket", "Acme Cloud", "Acme Anvil"],
                "handles": {"x": ["acme", "acmesupport"]}}],
    "routing": [
        {"match": {"category": "leak", "severity": "critical"}, "team": "security-oncall"},
        {"match": {"category": "leak"}, "team": "security"},
        {"match": {"category": "endorsement"}, "team": "marketing-compliance"},
        {"match": {"category": "caution"}, "team": "legal"},
        {"match": {"category": "complaint"}, "team": "customer-care"},
    ],
    "sla": {"critical": "1h", "high": "4h", "medium": "24h", "low": "72h"},
    "replies": {
        "product": {"acknowledge": "Hi $handle, we're sorry your $product isn't working as it should.",
                    "clarify": "Could you DM us your order number and what happens when it fails?",
                    "resolution": "We'll arrange a repair or a replacement $product at no cost.",
                    "check_back": "We'll check back with you within two days."},
        "staff": {"acknowledge": "Hi $handle, that is not the service we want anyone to get from $brand.",
                  "clarify": "Could you DM us the store and time, so we can follow up with the team?",
                  "resolution": "A store manager will call you to put this right.",
                  "check_back": "We'll check in again after that call."},
        "policy": {"acknowledge": "Hi $handle, thanks for telling us, and sorry for the hassle.",
                   "clarify": "Could you DM us the order or account so we can look at the charge?",
                   "resolution": "If the fee was our mistake we'll refund it in full.",
                   "check_back": "We'll confirm here once it's done."},
        "other": {"acknowledge": "Hi $handle, sorry to hear this.",
                  "clarify": "Could you DM us the details?",
                  "resolution": "We'll look into it and get back to you.",
                  "check_back": "We'll follow up within a day."}},
})


# Titles and descriptions for the demo's rule ids, for screenshots taken where the rule files are
# not installed (the console reads the real ones through web/rule_catalog.py).
DEMO_RULE_TEXT = {
    "aws-access-key-id": ("AWS access key id",
                          "An AWS access key id (AKIA…) in a public post. With its secret it grants API access to "
                          "the account: revoke it in IAM first, then find where it was copied from."),
    "pii-payment-card": ("Payment card number", "A card number that passes the Luhn check, posted in public."),
    "confidential-internal-host": ("Internal host name", "A host under an internal domain, which maps the network."),
    "complaint-product-defect": ("Product stopped working", "A customer says a product failed or broke."),
}


@dataclass(frozen=True, slots=True)
class DemoPost:
    external_id: str
    platform: str
    handle: str
    text: str
    hours_ago: float
    sentiment: tuple[str, float]
    complaint_topic: str | None = None
    followers: int = 500
    display_name: str | None = None
    description: str | None = None
    findings: tuple[dict[str, Any], ...] = ()  # rule, category, kind, severity, evidence, preview?, ...


def _complaint(rule: str, topic: str, evidence: str, severity: str = "medium") -> dict[str, Any]:
    return {"rule": rule, "category": "complaint", "kind": topic, "severity": severity, "evidence": evidence,
            "explanation": {"topic": topic, "signal": "grievance addressed to the brand"}}


POSTS: tuple[DemoPost, ...] = (
    DemoPost("1861001", "x", "devnull_42",
             f"debugging our deploy, here's the config lol AWS_ACCESS_KEY_ID={LEAKED_KEY} secret in the next tweet",
             0.6, ("neutral", 0.71), followers=2300, display_name="Dev Null",
             description="platform eng @ acme · opinions mine",
             findings=({"rule": "aws-access-key-id", "category": "leak", "kind": "secret", "severity": "critical",
                        "evidence": LEAKED_KEY, "preview": MASKED_KEY, "fingerprint": "demo-fp-aws",
                        "explanation": {"matched": "AKIA prefix, 20 characters", "entropy": 3.9,
                                        "author_role": "employee Devon Null (Platform, 2023-02-01 to now)"}},)),
    DemoPost("t3_9y0k1", "reddit", "devnull_42",
             f"anyone know why boto keeps saying InvalidClientTokenId? using key {LEAKED_KEY} from the deploy config",
             0.3, ("negative", 0.66), followers=41,
             findings=({"rule": "aws-access-key-id", "category": "leak", "kind": "secret", "severity": "critical",
                        "evidence": LEAKED_KEY, "preview": MASKED_KEY, "fingerprint": "demo-fp-aws",
                        "explanation": {"matched": "AKIA prefix, 20 characters", "entropy": 3.9}},)),
    DemoPost("1861002", "x", "kara_m", "@acme worst support ever, my order is 3 weeks late and nobody answers",
             30, ("negative", 0.94), "other", followers=312,
             findings=(_complaint("complaint-support-unresponsive", "other", "worst support ever"),)),
    DemoPost("t3_9xk2a", "reddit", "throwaway_2291",
             "The guy at the Acme store on 5th was incredibly rude and hung up on me when I called back about my repair.",
             50, ("negative", 0.91), "staff", followers=14,
             findings=(_complaint("complaint-staff-conduct", "staff", "incredibly rude", "high"),)),
    DemoPost("1861004", "x", "meera.k",
             "Acme charged me a $40 restocking fee on a return that was their mistake. Cancelling my Acme Cloud subscription.",
             8, ("negative", 0.88), "policy", followers=1250,
             findings=(_complaint("complaint-fees-cancellation", "policy", "Cancelling my Acme Cloud subscription"),)),
    DemoPost("1861005", "x", "lenapark_style",
             "Obsessed with my new Acme Anvil, honestly the best kitchen upgrade this year! Use my code LENA20 for 20% off "
             "#acme #kitchen #home #cooking", 20, ("positive", 0.97), followers=48200, display_name="Lena Park",
             description="style + gadgets | LA",
             findings=({"rule": "endorsement-affiliate-code-undisclosed", "category": "endorsement", "kind": "undisclosed",
                        "severity": "high", "evidence": "Use my code LENA20 for 20% off",
                        "explanation": {"disclosure": "missing", "signal": "discount code",
                                        "author_role": "partner Lena Park (affiliate, 2026-01-01 to now)"}},)),
    DemoPost("1861006", "x", "gadgetguru_yt",
             "The Acme Rocket is the best scooter under $500, grab it here https://amzn.to/3xYzAb1 #sp", 70,
             ("positive", 0.9), followers=91000, display_name="Gadget Guru",
             findings=({"rule": "endorsement-ambiguous-hashtag", "category": "endorsement",
                        "kind": "ambiguous-disclosure", "severity": "medium", "evidence": "#sp",
                        "explanation": {"disclosure": "ambiguous", "evidence": "#sp"}},)),
    DemoPost("t3_9xm11", "reddit", "tomokafor",
             "Honest question for other warehouse folks: is 12-hour shifts with no overtime pay normal? "
             "Thinking of talking to the union about it.", 100, ("negative", 0.62), followers=40,
             findings=({"rule": "caution-nlra-concerted-activity", "category": "caution", "kind": "nlra",
                        "severity": "low", "evidence": "talking to the union",
                        "explanation": {"note": "possibly protected concerted activity (NLRA section 7)",
                                        "self_identified": True}},)),
    DemoPost("t3_9xq7c", "reddit", "helpful_hank",
             "To whoever dropped their card at the mall: 4111 1111 1111 1111 exp 09/28, dm me and I'll mail it back",
             3, ("neutral", 0.55), followers=88,
             findings=({"rule": "pii-payment-card", "category": "leak", "kind": "pii", "severity": "high",
                        "evidence": "4111 1111 1111 1111", "preview": "•••• 1111", "fingerprint": "demo-fp-card",
                        "explanation": {"validator": "luhn"}},)),
    DemoPost("1861009", "x", "insider_ops",
             "CONFIDENTIAL - do not distribute: Project Falcon launch moved to March, see wiki.corp.acme.example/falcon",
             1.5, ("neutral", 0.6), followers=120,
             findings=({"rule": "confidential-internal-host", "category": "leak", "kind": "confidential",
                        "severity": "high", "evidence": "wiki.corp.acme.example/falcon", "preview": "wiki••••••••",
                        "fingerprint": "demo-fp-wiki", "explanation": {"matched": "internal domain"}},)),
    DemoPost("1861010", "x", "emoji_fan", "😡😡 @acme refund STILL not processed after 30 days!! 😤 #fail", 5,
             ("negative", 0.96), "policy", followers=77,
             findings=(_complaint("complaint-refund-delay", "policy", "refund STILL not processed after 30 days"),)),
    DemoPost("1861011", "x", "bikedad77",
             "@acmesupport the Acme Rocket I bought last month stopped working after two charges. Is this a known defect?",
             12, ("negative", 0.83), "product", followers=230,
             findings=(_complaint("complaint-product-defect", "product", "stopped working after two charges"),)),
    DemoPost("1861012", "x", "marcuslee_acme",
             "The new Acme Anvil is here and it's the sturdiest one we've ever made. Get yours today! "
             "Proud to be part of the Acme team.", 26, ("positive", 0.95), followers=5400,
             findings=({"rule": "endorsement-employee-undisclosed", "category": "endorsement", "kind": "undisclosed",
                        "severity": "medium", "evidence": "Get yours today!",
                        "explanation": {"disclosure": "buried: Proud to be part of the Acme team.",
                                        "author_role": "employee Marcus Lee (Product Marketing, 2021-06-01 to now)"}},)),
    DemoPost("1861013", "x", "pix_lost", HOSTILE_TEXT, 9, ("negative", 0.8), "product", followers=15,
             display_name='<img src=x onerror=alert("name")>', description='<script>alert("bio")</script> '
             '<a href="javascript:alert(3)">my site</a>',
             findings=(_complaint("complaint-product-defect", "product", "deleted my photos"),)),
    DemoPost("1861014", "x", "happy_customer",
             "Shoutout to Acme support, Priya sorted my refund in 10 minutes. Brilliant service!", 40,
             ("positive", 0.98)),
    DemoPost("1861015", "x", "calm_reader",
             "Reading the Acme annual report this weekend. Interesting numbers on the cloud division.", 60,
             ("neutral", 0.8)),
)

# (post external id, reviewer actions in order) — gives the queue some history and the dashboard precision.
HISTORY = {
    "1861002": [("claim", "maria", {}), ("resolve", "maria", {"note": "replied via DM, order reshipped"})],
    "t3_9xk2a": [("claim", "jon", {})],
    "1861006": [("dismiss", "maria", {"reason": "false_positive", "note": "#sp is the creator's series tag"})],
    "t3_9xm11": [("claim", "lee", {}), ("escalate", "lee", {"note": "legal to confirm protected speech"})],
    "1861004": [("claim", "maria", {}), ("comment", "maria", {"note": "asked billing to check the fee"})],
}


def _span(post: DemoPost, spec: dict[str, Any]) -> FindingSpan:
    start = post.text.index(spec["evidence"])
    end = start + len(spec["evidence"])
    preview = spec.get("preview") or post.text[start:end][:80]
    return FindingSpan(rule=spec["rule"], category=spec["category"], kind=spec["kind"], severity=spec["severity"],
                       start=start, end=end, preview=preview, fingerprint=spec.get("fingerprint"),
                       score=0.9, explanation=dict(spec.get("explanation", {})),
                       rule_hash=hashlib.sha256(spec["rule"].encode()).hexdigest())


def _analysis(post: DemoPost) -> dict[str, Any]:
    label, score = post.sentiment
    return {"sentiment": {"label": label, "score": score},
            "complaint": {"is_complaint": post.complaint_topic is not None, "score": 0.9 if post.complaint_topic else 0.1,
                          "topic": post.complaint_topic},
            "disclosure": {"status": "missing", "evidence": None}}


def seed_demo(engine: Engine, settings: Settings = DEMO_SETTINGS, now: datetime = DEMO_NOW,
              extra_days: int = 30) -> dict[str, int]:
    """Store the demo posts and findings; returns {post external id: first finding id}."""
    from brandwatch.review.intake import record_findings

    factory = session_factory(engine)
    finding_ids: dict[str, int] = {}
    for number, post in enumerate(POSTS):
        moment = now - timedelta(hours=post.hours_ago)
        with transaction(factory) as session:
            author = Author(platform=post.platform, external_id=f"u{number}", handle=post.handle,
                            display_name=post.display_name, description=post.description, followers=post.followers)
            session.add(author)
            session.flush()
            mention = Mention(platform=post.platform, external_id=post.external_id, text=post.text,
                              author_id=author.id, created_at=moment, status="analysed", analysed_at=moment,
                              analysis=_analysis(post), url=f"https://{post.platform}.example/{post.external_id}")
            session.add(mention)
            session.flush()
            spans = [_span(post, spec) for spec in post.findings]
            if spans:
                result = record_findings(session, mention, spans, settings, now=moment)
                finding_ids[post.external_id] = result.created[0]
    _history(factory, settings, finding_ids, now)
    _volume(factory, now, extra_days)
    return finding_ids


def _history(factory, settings: Settings, finding_ids: dict[str, int], now: datetime) -> None:
    service = ReviewService(factory, settings, clock=lambda: now - timedelta(minutes=20))
    # Only accounts may act; the demo reviewers get accounts nobody can log in to ("!" is no argon2 hash).
    with transaction(factory) as session:
        known = set(session.scalars(select(User.name)))
        session.add_all(User(name=name, role="reviewer", password_hash="!")
                        for name in sorted({actor for steps in HISTORY.values() for _, actor, _ in steps} - known))
    for external_id, steps in HISTORY.items():
        for action, actor, options in steps:
            getattr(service, action)(finding_ids[external_id], actor, **options)


def _volume(factory, now: datetime, days: int) -> None:
    """Analysed posts without findings over the last weeks, so the trend charts have a shape."""
    topics = ("product", "staff", "policy", "other", None, None, None)
    labels = ("negative", "neutral", "positive")
    with transaction(factory) as session:
        for day in range(days):
            for i in range(3 + (day * 7) % 5):
                topic = topics[(day + i) % len(topics)]
                label = "negative" if topic else labels[(day * 3 + i) % 3]
                session.add(Mention(platform="x", external_id=f"bg-{day}-{i}", text="(background post)",
                                    created_at=now - timedelta(days=day, hours=i), status="analysed",
                                    analysis={"sentiment": {"label": label, "score": 0.8},
                                              "complaint": {"is_complaint": topic is not None, "score": 0.7,
                                                            "topic": topic}}))
