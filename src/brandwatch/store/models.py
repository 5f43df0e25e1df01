"""The tables. Each pipeline stage reads what the one before it stored and writes its own rows."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator):
    """Timestamps are stored and returned as aware UTC datetimes on every backend.

    SQLite has no time zones; without this, values written aware come back naive.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Author(Base):
    __tablename__ = "authors"
    __table_args__ = (UniqueConstraint("platform", "external_id", name="uq_authors_platform_external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(128))
    handle: Mapped[str | None] = mapped_column(String(128))
    display_name: Mapped[str | None] = mapped_column(String(256))
    description: Mapped[str | None] = mapped_column(Text)
    followers: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("platform", "external_id", name="uq_mentions_platform_external_id"),
        Index("ix_mentions_status_id", "status", "id"),
        Index("ix_mentions_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(128))
    source: Mapped[str | None] = mapped_column(String(64))
    url: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("authors.id"))
    text: Mapped[str | None] = mapped_column(Text)  # None once retention tombstones the mention
    created_at: Mapped[datetime]
    collected_at: Mapped[datetime] = mapped_column(default=utcnow)
    parent_id: Mapped[str | None] = mapped_column(String(128))
    lang: Mapped[str | None] = mapped_column(String(16))
    metrics: Mapped[dict[str, Any]] = mapped_column(default=dict)
    raw: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # pending → analysed | failed; the analysis stage claims pending rows in batches.
    status: Mapped[str] = mapped_column(String(16), default="pending")
    analysed_at: Mapped[datetime | None]
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # sentiment, complaint, disclosure
    tombstoned_at: Mapped[datetime | None]
    # The platform id of the version stored, where edits get new ids (X); earlier versions live in
    # mention_versions (migration 0005_issue20_versions).
    version: Mapped[str | None] = mapped_column(String(128))

    author: Mapped[Author | None] = relationship(lazy="joined")


class MentionFact(Base):
    """What the dashboard's daily charts count of one analysed mention, kept by database triggers.

    Written only by the triggers of migration 0015_issue19_console_speed, on every insert, delete and
    change of a mention's analysis or creation time: a row exists while the mention is a complaint
    (`complaint_topic`) or has a sentiment label (`sentiment`); `day` is its UTC creation date.
    """

    __tablename__ = "mention_facts"
    __table_args__ = (Index("ix_mention_facts_day", "day", "complaint_topic", "sentiment"),)

    mention_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    day: Mapped[date]
    complaint_topic: Mapped[str | None] = mapped_column(String(16))
    sentiment: Mapped[str | None] = mapped_column(String(16))


class MentionVoice(Base):
    """One brand or competitor a mention concerns, for share of voice, kept by database triggers.

    Written only by the triggers of migration 0018_issue25_share_of_voice from the `voices` list of a
    mention's analysis: its name, whether it is a competitor, whether the post is a complaint about it,
    the post's sentiment label, and `day`, the mention's UTC creation (posting) date.
    """

    __tablename__ = "mention_voices"
    __table_args__ = (Index("ix_mention_voices_day", "day", "competitor", "name", "complaint", "sentiment"),)

    mention_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    competitor: Mapped[bool] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), primary_key=True)
    day: Mapped[date]
    complaint: Mapped[bool]
    sentiment: Mapped[str | None] = mapped_column(String(16))


class MentionVersion(Base):
    """An earlier version of an edited post, as it was stored (redacted if analysis redacted it)."""

    __tablename__ = "mention_versions"
    __table_args__ = (UniqueConstraint("mention_id", "version", name="uq_mention_versions_mention_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), index=True)
    version: Mapped[str | None] = mapped_column(String(128))
    text: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # what analysis said of this version
    analysed: Mapped[bool] = mapped_column(default=False)  # False: never seen by the detectors (nor redacted)
    replaced_at: Mapped[datetime] = mapped_column(default=utcnow)


# The states in which a finding still needs someone's attention (review/states.py owns the lifecycle).
OPEN_STATUSES = ("new", "claimed", "escalated", "released", "reopened")
_OPEN = "status IN ('new', 'claimed', 'escalated', 'released', 'reopened')"


class Finding(Base):
    __tablename__ = "findings"
    __table_args__ = (
        UniqueConstraint("mention_id", "rule_id", name="uq_findings_mention_rule"),
        Index("ix_findings_queue", "status", "priority", "created_at"),
        Index("ix_findings_fingerprint", "fingerprint"),
        Index("ix_findings_legacy_fingerprint", "legacy_fingerprint"),
        # The first page of the queue walks this partial index in order and stops after one page
        # (migration 0002_queue; bench/queue_page.py measures it).
        Index("ix_findings_open_order", text("priority DESC"), "created_at", text("author_reach DESC"), "id",
              sqlite_where=text(_OPEN), postgresql_where=text(_OPEN)),
        Index("ix_findings_created_at", "created_at"),
        # The console's counts and dashboard (migration 0003_console; bench/console.py measures them).
        Index("ix_findings_open_facets", "status", "category", "severity", "team", "assignee", "due_at", "created_at",
              sqlite_where=text(_OPEN), postgresql_where=text(_OPEN)),
        Index("ix_findings_open_due", "due_at", sqlite_where=text(_OPEN), postgresql_where=text(_OPEN)),
        # Bulk actions by rule and least-loaded assignment (migration 0008_issue23_team_queue).
        Index("ix_findings_rule_status", "rule_id", "status"),
        # ... and one person's queue in queue order: a page of it stops after its rows (migration 0017).
        Index("ix_findings_assignee_queue", "assignee", "status", text("priority DESC"), "created_at",
              text("author_reach DESC"), "id"),
        # Per-rule statistics over a period, from the index alone (migration 0015_issue19_console_speed;
        # on PostgreSQL created_at comes first).
        Index("ix_findings_rule_decisions", "rule_id", "status", "dismiss_reason", "created_at"),
        # The clock-dependent console counts beside the counter tables (migration 0017_issue19_console_counters).
        Index("ix_findings_open_created", "created_at", "category", sqlite_where=text(_OPEN), postgresql_where=text(_OPEN)),
        Index("ix_findings_due_facets", "due_at", "status", "category", "severity", "team", "assignee"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id"))
    rule_id: Mapped[str] = mapped_column(String(128))
    rule_hash: Mapped[str | None] = mapped_column(String(64))  # content hash of the rule version
    category: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(64))
    severity: Mapped[str] = mapped_column(String(16))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    preview: Mapped[str] = mapped_column(Text)  # masked: a leaked value can never be rebuilt from it
    fingerprint: Mapped[str | None] = mapped_column(String(64))  # keyed HMAC of a leaked value's canonical form
    # Rows stored before migration 0008: the fingerprint they had then (HMAC of the value as written).
    # `fingerprint` is re-keyed to the canonical one when the value proves it (review/fingerprints.py).
    legacy_fingerprint: Mapped[str | None] = mapped_column(String(64))
    score: Mapped[float | None]
    explanation: Mapped[dict[str, Any]] = mapped_column(default=dict)
    brand: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default="new")
    assignee: Mapped[str | None] = mapped_column(String(128))
    team: Mapped[str | None] = mapped_column(String(128))
    priority: Mapped[int] = mapped_column(Integer, default=0)  # higher is more urgent
    author_reach: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")  # followers/karma
    dismiss_reason: Mapped[str | None] = mapped_column(String(32))
    due_at: Mapped[datetime | None]  # resolution target
    first_response_due_at: Mapped[datetime | None]  # someone must act on it by then (migration 0009_issue24)
    escalation_level: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0 reviewer, 1 lead, …
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    mention: Mapped[Mention] = relationship(lazy="joined")


_COUNTER_ID = BigInteger().with_variant(Integer(), "sqlite")


class FindingCount(Base):
    """How many findings per (status, category, severity, team, assignee), and how many of them have a due
    time: the sum of `n` (and `due_n`) over a key's rows. Database triggers append a -1 row for what a
    finding was and a +1 row for what it is (migration 0017_issue19_console_counters); `store.finding_counters`
    compacts them. Never written by the application."""

    __tablename__ = "finding_counts"

    id: Mapped[int] = mapped_column(_COUNTER_ID, primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    team: Mapped[str | None] = mapped_column(String(128))
    assignee: Mapped[str | None] = mapped_column(String(128))
    n: Mapped[int] = mapped_column(Integer)
    due_n: Mapped[int] = mapped_column(Integer)


class FindingRuleCount(Base):
    """How many findings per (rule, status, dismiss reason, UTC creation day): the sum of `n` over a key's
    rows, kept like FindingCount."""

    __tablename__ = "finding_rule_counts"
    __table_args__ = (Index("ix_finding_rule_counts_day", "created_day", "rule_id", "status", "dismiss_reason", "n"),)

    id: Mapped[int] = mapped_column(_COUNTER_ID, primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16))
    dismiss_reason: Mapped[str | None] = mapped_column(String(32))
    created_day: Mapped[date]
    n: Mapped[int] = mapped_column(Integer)


class ReviewEvent(Base):
    """Append-only: the database refuses UPDATE and DELETE on this table (see the migration)."""

    __tablename__ = "review_events"
    __table_args__ = (Index("ix_review_events_finding", "finding_id", "id"),
                      Index("uq_review_events_chain", "finding_id", "seq", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"))
    actor: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    # The seal (review/audit_chain.py): position in the finding's chain, the previous event's MAC and
    # this event's HMAC. NULL only on events written before migration 0005_issue18_audit.
    seq: Mapped[int | None] = mapped_column(Integer)
    prev_mac: Mapped[str | None] = mapped_column(String(64))
    mac: Mapped[str | None] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """Append-only: a sealed snapshot of chain heads, so a chain cut short at its end is noticed."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # genesis (the migration's legacy boundary) | checkpoint
    prev_id: Mapped[int | None] = mapped_column(Integer, unique=True)  # one successor: no forks
    at: Mapped[datetime] = mapped_column(default=utcnow)
    max_event_id: Mapped[int] = mapped_column(BigInteger)
    chains: Mapped[int] = mapped_column(Integer)
    heads: Mapped[list[Any]] = mapped_column(default=list)  # [[finding_id, seq, event_id, mac], ...]
    heads_digest: Mapped[str] = mapped_column(String(64))
    written_by: Mapped[str] = mapped_column(String(128))
    mac: Mapped[str | None] = mapped_column(String(64))


class LegalHold(Base):
    """Records under hold are never purged by retention until the hold is released."""

    __tablename__ = "legal_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(16))  # finding | author | rule | period
    value: Mapped[str | None] = mapped_column(String(256))
    since: Mapped[datetime | None]
    until: Mapped[datetime | None]
    reason: Mapped[str] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    released_by: Mapped[str | None] = mapped_column(String(128))
    released_at: Mapped[datetime | None]


class ApiToken(Base):
    """A personal token for the CLI; only its SHA-256 is stored (the token is 256 random bits)."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class RuleVersion(Base):
    """The text of each rule version a finding was raised under, keyed by the rule's content hash."""

    __tablename__ = "rule_versions"

    rule_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    rule_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class Checkpoint(Base):
    """Where each collector resumes. Lives here, not in the scheduler's job store."""

    __tablename__ = "checkpoints"

    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SourceStatus(Base):
    __tablename__ = "source_status"

    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_success: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]
    failing_since: Mapped[datetime | None]
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    next_run: Mapped[datetime | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OutboxMessage(Base):
    """A notification waiting to be delivered; the idempotency key makes resends recognisable."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(128), unique=True)
    channel: Mapped[str] = mapped_column(String(128))
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id"))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending | sent | failed | batched
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The daemon instance holding the message for an attempt; a dead holder's lease is given back when
    # the next instance starts (daemon/instance.py) instead of waiting for it to run out.
    leased_by: Mapped[str | None] = mapped_column(String(64))
    # A message folded into a batch (status "batched") names the batch that carried it.
    batched_into: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]


class Suppression(Base):
    """A pattern reviewers decided is not worth a finding, until it expires or is removed.

    scope fingerprint: a leaked value (and optionally one rule); author: one author under one rule;
    phrase: a phrase under one rule. review/suppressions.py owns the matching and the sealed trail.
    """

    __tablename__ = "suppressions"
    __table_args__ = (Index("ix_suppressions_fingerprint", "fingerprint"), Index("ix_suppressions_rule", "rule_id"),
                      Index("ix_suppressions_legacy_fingerprint", "legacy_fingerprint"))

    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(16), default="fingerprint", server_default="fingerprint")
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    legacy_fingerprint: Mapped[str | None] = mapped_column(String(64))  # as on findings (migration 0008)
    rule_id: Mapped[str | None] = mapped_column(String(128))
    author: Mapped[str | None] = mapped_column(String(128))  # handle, folded, without '@'
    platform: Mapped[str | None] = mapped_column(String(32))  # None: the handle on any platform
    phrase: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(128))  # the reviewer who answers for it
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None]
    source_finding_id: Mapped[int | None] = mapped_column(Integer)  # the dismissal that made it
    removed_at: Mapped[datetime | None]
    removed_by: Mapped[str | None] = mapped_column(String(128))
    recurred_at: Mapped[datetime | None]  # expired, then the pattern came back: hidden findings reopened


class SuppressionEvent(Base):
    """Append-only, HMAC-chained per suppression: every change to a suppression and every finding it hid."""

    __tablename__ = "suppression_events"
    __table_args__ = (UniqueConstraint("suppression_id", "seq", name="uq_suppression_events_chain"),
                      Index("ix_suppression_events_finding", "finding_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    suppression_id: Mapped[int] = mapped_column(ForeignKey("suppressions.id"))
    seq: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(128))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    action: Mapped[str] = mapped_column(String(32))  # add | remove | lift | apply | recur
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id"))
    note: Mapped[str | None] = mapped_column(Text)
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class ReplyDraft(Base):
    """A reply a reviewer prepared for a complaint: draft → approved (by a second reviewer) → sent."""

    __tablename__ = "reply_drafts"
    __table_args__ = (Index("ix_reply_drafts_finding", "finding_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id"))
    text: Mapped[str] = mapped_column(Text)
    platform: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))  # draft | approved | sent
    drafted_by: Mapped[str] = mapped_column(String(128))
    drafted_at: Mapped[datetime] = mapped_column(default=utcnow)
    approved_by: Mapped[str | None] = mapped_column(String(128))
    approved_at: Mapped[datetime | None]
    sent_by: Mapped[str | None] = mapped_column(String(128))
    sent_at: Mapped[datetime | None]
    check_back_notified_at: Mapped[datetime | None]


class User(Base):
    """Review console accounts."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # reviewer | admin
    password_hash: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    disabled: Mapped[bool] = mapped_column(default=False)


class ConsoleSession(Base):
    """A logged-in console browser. The cookie holds a random token; only its SHA-256 is stored, so a copy
    of the database opens no session. Logging out, a password change or disabling the account deletes
    the rows, which ends the session even for a copy of the cookie."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(128), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)


class DaemonInstance(Base):
    """One row per `brandwatch run` process: what `brandwatch status` reports about the daemon itself."""

    __tablename__ = "daemon_instances"

    instance_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hostname: Mapped[str] = mapped_column(String(256))
    pid: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))  # leader | worker (PostgreSQL) | single (SQLite)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow)
    stopped_at: Mapped[datetime | None]
    rules_loaded_at: Mapped[datetime | None]
    rules_count: Mapped[int | None] = mapped_column(Integer)
    rules_error: Mapped[str | None] = mapped_column(Text)  # the last reload that failed; old rules kept
    sentiment_backend: Mapped[str | None] = mapped_column(Text)
    sentiment_fallback: Mapped[str | None] = mapped_column(Text)
    # The review console this process serves (None: none); status checks that it answers.
    console_url: Mapped[str | None] = mapped_column(String(256))


class DaemonJob(Base):
    """When a periodic job last ran, so a restart does not repeat a weekly digest."""

    __tablename__ = "daemon_jobs"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_run: Mapped[datetime | None]
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


class RejectedItem(Base):
    """A platform item a collector could not normalise; kept raw so someone can see what came in.

    Unique per (source, fingerprint of the raw payload), so re-fetching the same bad item adds nothing.
    """

    __tablename__ = "rejected_items"
    __table_args__ = (UniqueConstraint("source", "fingerprint", name="uq_rejected_items_source_fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(64))
    platform: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str | None] = mapped_column(String(128))
    reason: Mapped[str] = mapped_column(Text)
    raw: Mapped[dict[str, Any]] = mapped_column(JSON)
    fingerprint: Mapped[str] = mapped_column(String(64))
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)



# Team queues (migration 0008_issue23_team_queue): saved views and assignment rotation.

class SavedView(Base):
    """A named queue filter (review/selection.py syntax): one person's, or shared with a team."""

    __tablename__ = "saved_views"
    __table_args__ = (UniqueConstraint("owner", "team", "name", name="uq_saved_views_owner_team_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    owner: Mapped[str] = mapped_column(String(128))  # who saved it
    team: Mapped[str] = mapped_column(String(128), default="")  # "" personal; else shared with this team
    filter: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AssignmentCursor(Base):
    """Whom a round-robin assignment rule gave its last finding to, so the rotation survives restarts."""

    __tablename__ = "assignment_cursors"

    rule: Mapped[str] = mapped_column(String(128), primary_key=True)
    last_assignee: Mapped[str] = mapped_column(String(128))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SpikeEpisode(Base):
    """One spike of a series (a brand's volume, a finding category, a complaint topic, negative sentiment).

    Unique by series and start: when several daemons share a database, the one whose insert wins is the
    one that queues the alert, so each episode is announced once (daemon/spikes.py).
    """

    __tablename__ = "spike_episodes"
    __table_args__ = (UniqueConstraint("series", "started_at", name="uq_spike_episodes_series_start"),
                      Index("ix_spike_episodes_series_last", "series", "last_above_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    series: Mapped[str] = mapped_column(String(256))  # brand|dimension|value, as spike_series_key writes it
    brand: Mapped[str | None] = mapped_column(String(128))
    dimension: Mapped[str] = mapped_column(String(16))  # volume | category | topic | sentiment
    value: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime]  # start of the first bucket judged above the threshold
    last_above_at: Mapped[datetime]  # start of the latest such bucket
    bucket_seconds: Mapped[int] = mapped_column(Integer)
    first_count: Mapped[int] = mapped_column(Integer)  # posts in the window that opened the episode
    peak_count: Mapped[int] = mapped_column(Integer)
    baseline: Mapped[float]  # median of the same window in past weeks, when the episode opened
    threshold: Mapped[float]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
