"""console speed: a narrow row per analysed mention for the dashboard's daily charts, kept by triggers;
an index for per-rule statistics

Revision ID: 0015_issue19_console_speed
Revises: 0008_issue23_team_queue
Create Date: 2026-12-04

The dashboard's complaint and sentiment charts count, per UTC day, the mentions of the last 30 days by
complaint topic and sentiment label. Reading that from `mentions.analysis` parsed every recent post's
JSON in Python (1.6 s at 100,000 recent mentions). `mention_facts` holds what those charts count, one
row per mention that adds to either chart: the day, the topic when the post is a complaint and the
label when it is negative, neutral or positive. The database keeps it in step with `mentions` on every
insert, update of the analysis or the creation time, and delete, whoever writes (the analysis stage,
edits, retention, a script), so the charts read a small index and never disagree with the posts.
One row per mention, written in the transaction that changed that mention: no shared counter row,
so concurrent writers never wait on each other for it.

The rules are those of dashboard_data._daily_analysis: a complaint when `complaint.is_complaint` is
true, its topic one of product/staff/policy/other and anything else counted as other; a label only
if it is one of the three. tests/web/test_console_aggregates.py compares both on both backends.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0015_issue19_console_speed'
down_revision: Union[str, Sequence[str], None] = '0008_issue23_team_queue'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_TOPICS = "('product', 'staff', 'policy', 'other')"
_LABELS = "('negative', 'neutral', 'positive')"


def _sqlite_parts(row: str) -> tuple[str, str, str, str]:
    """(is an object, topic or NULL, label or NULL, UTC day) of the mention `row` (NEW or mentions)."""
    valid = f"CASE WHEN json_valid({row}.analysis) THEN {row}.analysis END"
    is_object = f"json_type({valid}) = 'object'"
    topic_value = f"json_extract({valid}, '$.complaint.topic')"
    topic = (f"CASE WHEN json_type({valid}, '$.complaint.is_complaint') = 'true' THEN "
             f"CASE WHEN {topic_value} IN {_TOPICS} THEN {topic_value} ELSE 'other' END END")
    label_value = f"json_extract({valid}, '$.sentiment.label')"
    label = f"CASE WHEN {label_value} IN {_LABELS} THEN {label_value} END"
    return is_object, topic, label, f"date({row}.created_at)"


def _sqlite_insert(row: str, source: str = "") -> str:
    is_object, topic, label, day = _sqlite_parts(row)
    return (f"INSERT INTO mention_facts (mention_id, day, complaint_topic, sentiment) "
            f"SELECT {row}.id, {day}, {topic}, {label} {source}"
            f"WHERE {is_object} AND ({topic} IS NOT NULL OR {label} IS NOT NULL)")


_SQLITE = [
    f"CREATE TRIGGER mention_facts_insert AFTER INSERT ON mentions BEGIN {_sqlite_insert('NEW')}; END",
    "CREATE TRIGGER mention_facts_update AFTER UPDATE OF analysis, created_at ON mentions BEGIN "
    f"DELETE FROM mention_facts WHERE mention_id = OLD.id; {_sqlite_insert('NEW')}; END",
    "CREATE TRIGGER mention_facts_delete AFTER DELETE ON mentions BEGIN "
    "DELETE FROM mention_facts WHERE mention_id = OLD.id; END",
]


def _postgres_parts(row: str) -> tuple[str, str, str, str]:
    is_object = f"json_typeof({row}.analysis) = 'object'"
    flag = f"{row}.analysis -> 'complaint' -> 'is_complaint'"
    topic_value = f"({row}.analysis -> 'complaint' ->> 'topic')"
    topic = (f"CASE WHEN json_typeof({flag}) = 'boolean' AND ({flag})::text = 'true' THEN "
             f"CASE WHEN {topic_value} IN {_TOPICS} THEN {topic_value} ELSE 'other' END END")
    label_value = f"({row}.analysis -> 'sentiment' ->> 'label')"
    label = f"CASE WHEN {label_value} IN {_LABELS} THEN {label_value} END"
    return is_object, topic, label, f"({row}.created_at AT TIME ZONE 'UTC')::date"


def _postgres_function() -> str:
    is_object, topic, label, day = _postgres_parts("NEW")
    return f"""CREATE FUNCTION brandwatch_mention_facts() RETURNS trigger AS $$
DECLARE
    topic text;
    label text;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM mention_facts WHERE mention_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND {is_object} THEN
        topic := {topic};
        label := {label};
        IF topic IS NOT NULL OR label IS NOT NULL THEN
            INSERT INTO mention_facts (mention_id, day, complaint_topic, sentiment)
            VALUES (NEW.id, {day}, topic, label);
        END IF;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql"""


def _postgres_backfill() -> str:
    is_object, topic, label, day = _postgres_parts("mentions")
    return (f"INSERT INTO mention_facts (mention_id, day, complaint_topic, sentiment) "
            f"SELECT id, day, topic, label FROM (SELECT mentions.id, {day} AS day, {topic} AS topic, {label} AS label "
            f"FROM mentions WHERE {is_object}) AS facts WHERE topic IS NOT NULL OR label IS NOT NULL")


def upgrade() -> None:
    op.create_table('mention_facts',
                    sa.Column('mention_id', sa.Integer(), primary_key=True, autoincrement=False),
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('complaint_topic', sa.String(length=16), nullable=True),
                    sa.Column('sentiment', sa.String(length=16), nullable=True))
    # The charts' one query: a range of days, counted by topic and label from this index alone.
    op.create_index('ix_mention_facts_day', 'mention_facts', ['day', 'complaint_topic', 'sentiment'])
    # Per-rule statistics count findings per (rule, state, dismiss reason) raised in a period, from this
    # index alone (review/rule_stats.py). SQLite skip-scans it rule by rule, each group one range;
    # PostgreSQL has no skip scan, so there the period leads and it hashes the groups of that range.
    dialect = op.get_bind().dialect.name
    columns = ['rule_id', 'status', 'dismiss_reason', 'created_at']
    op.create_index('ix_findings_rule_decisions', 'findings',
                    columns if dialect != 'postgresql' else [columns[-1], *columns[:-1]])
    if dialect == 'sqlite':
        op.execute(_sqlite_insert('mentions', 'FROM mentions '))
        for statement in _SQLITE:
            op.execute(statement)
    elif dialect == 'postgresql':
        op.execute(_postgres_backfill())
        op.execute(_postgres_function())
        op.execute("CREATE TRIGGER mention_facts AFTER INSERT OR DELETE OR UPDATE OF analysis, created_at "
                   "ON mentions FOR EACH ROW EXECUTE FUNCTION brandwatch_mention_facts()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for trigger in ('mention_facts_insert', 'mention_facts_update', 'mention_facts_delete'):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    elif dialect == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS mention_facts ON mentions")
        op.execute("DROP FUNCTION IF EXISTS brandwatch_mention_facts()")
    op.drop_index('ix_findings_rule_decisions', table_name='findings')
    op.drop_index('ix_mention_facts_day', table_name='mention_facts')
    op.drop_table('mention_facts')
