"""share of voice: one narrow row per (mention, brand or competitor it concerns), kept by triggers

Revision ID: 0018_issue25_share_of_voice
Revises: 0017_issue19_console_counters
Create Date: 2026-12-03

Share of voice counts, per UTC day of posting, each brand's and each competitor's mentions, their
sentiment labels and complaints. A post about Acme and Globex counts for both, so `mention_facts`
(one row per mention, which the dashboard's own charts count once each) cannot hold it; this table
has one row per voice of a mention, read from the `voices` list the analysis stage stores
(daemon/analysis.py). As with `mention_facts`, the database keeps it in step with `mentions` on every
insert, update of the analysis or creation time, and delete, whoever writes, and each row is written
in the transaction that changed its mention.

Mentions analysed before this revision have no `voices` and are not counted (docs/queries.md).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0018_issue25_share_of_voice'
down_revision: Union[str, Sequence[str], None] = '0017_issue19_console_counters'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_LABELS = "('negative', 'neutral', 'positive')"
_COLUMNS = "mention_voices (mention_id, name, competitor, day, complaint, sentiment)"


def _sqlite_insert() -> str:
    valid = "CASE WHEN json_valid(NEW.analysis) THEN NEW.analysis END"
    voices = f"CASE WHEN json_type({valid}, '$.voices') = 'array' THEN {valid} ELSE '[]' END"
    label = "json_extract(voice.value, '$.sentiment')"
    return (f"INSERT OR IGNORE INTO {_COLUMNS} "
            "SELECT NEW.id, substr(json_extract(voice.value, '$.name'), 1, 128), "
            "json_type(voice.value, '$.competitor') = 'true', date(NEW.created_at), "
            "json_type(voice.value, '$.complaint') = 'true', "
            f"CASE WHEN {label} IN {_LABELS} THEN {label} END "
            f"FROM json_each({voices}, '$.voices') AS voice "
            "WHERE json_type(voice.value) = 'object' AND json_type(voice.value, '$.name') = 'text'")


_SQLITE = [
    f"CREATE TRIGGER mention_voices_insert AFTER INSERT ON mentions BEGIN {_sqlite_insert()}; END",
    "CREATE TRIGGER mention_voices_update AFTER UPDATE OF analysis, created_at ON mentions BEGIN "
    f"DELETE FROM mention_voices WHERE mention_id = OLD.id; {_sqlite_insert()}; END",
    "CREATE TRIGGER mention_voices_delete AFTER DELETE ON mentions BEGIN "
    "DELETE FROM mention_voices WHERE mention_id = OLD.id; END",
]

_POSTGRES_FUNCTION = f"""CREATE FUNCTION brandwatch_mention_voices() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM mention_voices WHERE mention_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND json_typeof(NEW.analysis) = 'object'
            AND json_typeof(NEW.analysis -> 'voices') = 'array' THEN
        INSERT INTO {_COLUMNS}
        SELECT NEW.id, left(voice.item ->> 'name', 128),
               COALESCE(json_typeof(voice.item -> 'competitor') = 'boolean' AND voice.item ->> 'competitor' = 'true', false),
               (NEW.created_at AT TIME ZONE 'UTC')::date,
               COALESCE(json_typeof(voice.item -> 'complaint') = 'boolean' AND voice.item ->> 'complaint' = 'true', false),
               CASE WHEN voice.item ->> 'sentiment' IN {_LABELS} THEN voice.item ->> 'sentiment' END
        FROM json_array_elements(NEW.analysis -> 'voices') AS voice(item)
        WHERE json_typeof(voice.item) = 'object' AND json_typeof(voice.item -> 'name') = 'string'
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql"""


def upgrade() -> None:
    op.create_table('mention_voices',
                    sa.Column('mention_id', sa.Integer(), nullable=False),
                    sa.Column('name', sa.String(length=128), nullable=False),
                    sa.Column('competitor', sa.Boolean(), nullable=False),
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('complaint', sa.Boolean(), nullable=False),
                    sa.Column('sentiment', sa.String(length=16), nullable=True),
                    sa.PrimaryKeyConstraint('mention_id', 'competitor', 'name'))
    # Share of voice reads a range of days, counted by voice, complaint and label, from this index alone.
    op.create_index('ix_mention_voices_day', 'mention_voices',
                    ['day', 'competitor', 'name', 'complaint', 'sentiment'])
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for statement in _SQLITE:
            op.execute(statement)
    elif dialect == 'postgresql':
        op.execute(_POSTGRES_FUNCTION)
        op.execute("CREATE TRIGGER mention_voices AFTER INSERT OR DELETE OR UPDATE OF analysis, created_at "
                   "ON mentions FOR EACH ROW EXECUTE FUNCTION brandwatch_mention_voices()")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'sqlite':
        for trigger in ('mention_voices_insert', 'mention_voices_update', 'mention_voices_delete'):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    elif dialect == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS mention_voices ON mentions")
        op.execute("DROP FUNCTION IF EXISTS brandwatch_mention_voices()")
    op.drop_index('ix_mention_voices_day', table_name='mention_voices')
    op.drop_table('mention_voices')
