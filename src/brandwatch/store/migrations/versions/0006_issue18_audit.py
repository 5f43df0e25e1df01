"""records: sealed audit chain, checkpoints, legal holds, personal tokens, rule texts; status only via events

Revision ID: 0005_issue18_audit
Revises: 0004_daemon
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005_issue18_audit'
down_revision: Union[str, None] = '0005_issue20_versions'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    # Plain ADD COLUMN: a batch rebuild of review_events would drop its append-only triggers.
    op.add_column('review_events', sa.Column('seq', sa.Integer(), nullable=True))
    op.add_column('review_events', sa.Column('prev_mac', sa.String(length=64), nullable=True))
    op.add_column('review_events', sa.Column('mac', sa.String(length=64), nullable=True))
    op.create_index('uq_review_events_chain', 'review_events', ['finding_id', 'seq'], unique=True)
    op.create_table('audit_checkpoints',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('kind', sa.String(length=16), nullable=False),
                    sa.Column('prev_id', sa.Integer(), nullable=True, unique=True),
                    sa.Column('at', _TS, nullable=False),
                    sa.Column('max_event_id', sa.BigInteger(), nullable=False),
                    sa.Column('chains', sa.Integer(), nullable=False),
                    sa.Column('heads', sa.JSON(), nullable=False),
                    sa.Column('heads_digest', sa.String(length=64), nullable=False),
                    sa.Column('written_by', sa.String(length=128), nullable=False),
                    sa.Column('mac', sa.String(length=64), nullable=True))
    op.create_table('legal_holds',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('scope', sa.String(length=16), nullable=False),
                    sa.Column('value', sa.String(length=256), nullable=True),
                    sa.Column('since', _TS, nullable=True),
                    sa.Column('until', _TS, nullable=True),
                    sa.Column('reason', sa.Text(), nullable=False),
                    sa.Column('created_by', sa.String(length=128), nullable=False),
                    sa.Column('created_at', _TS, nullable=False),
                    sa.Column('released_by', sa.String(length=128), nullable=True),
                    sa.Column('released_at', _TS, nullable=True))
    op.create_table('api_tokens',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('user_id', sa.Integer(), sa.ForeignKey('users.id'), nullable=False),
                    sa.Column('token_hash', sa.String(length=64), nullable=False, unique=True),
                    sa.Column('created_at', _TS, nullable=False),
                    sa.Column('revoked_at', _TS, nullable=True))
    op.create_table('rule_versions',
                    sa.Column('rule_id', sa.String(length=128), primary_key=True),
                    sa.Column('rule_hash', sa.String(length=64), primary_key=True),
                    sa.Column('text', sa.Text(), nullable=False),
                    sa.Column('first_seen_at', _TS, nullable=False))
    # Events written before this revision have no seal; `audit verify` counts them as legacy
    # up to this boundary, and any unsealed event after it as an insertion.
    op.execute("INSERT INTO audit_checkpoints (kind, at, max_event_id, chains, heads, heads_digest, written_by) "
               "SELECT 'genesis', CURRENT_TIMESTAMP, COALESCE(MAX(id), 0), 0, '[]', '', 'migration' "
               "FROM review_events")
    dialect = op.get_bind().dialect.name
    for statement in (_POSTGRES if dialect == 'postgresql' else _SQLITE if dialect == 'sqlite' else []):
        op.execute(statement)


# A finding's status may change only to what the newest event of its trail says, from the state that
# event says it left: every state change needs an event first, in the same transaction.
_SQLITE = [
    """CREATE TRIGGER findings_status_via_event BEFORE UPDATE OF status ON findings
       WHEN OLD.status IS NOT NEW.status AND NOT EXISTS (
           SELECT 1 FROM review_events e
           WHERE e.id = (SELECT MAX(id) FROM review_events WHERE finding_id = NEW.id)
             AND e.to_status = NEW.status AND e.from_status IS OLD.status)
       BEGIN SELECT RAISE(ABORT, 'findings.status changes only through a review event'); END""",
    """CREATE TRIGGER findings_born_new BEFORE INSERT ON findings WHEN NEW.status IS NOT 'new'
       BEGIN SELECT RAISE(ABORT, 'a finding is created in state new'); END""",
    """CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
       BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
       BEGIN SELECT RAISE(ABORT, 'audit_checkpoints is append-only: DELETE refused'); END""",
]
_POSTGRES = [
    """CREATE FUNCTION brandwatch_status_via_event() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status IS DISTINCT FROM 'new' THEN
            RAISE EXCEPTION 'a finding is created in state new';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status IS DISTINCT FROM NEW.status AND NOT EXISTS (
        SELECT 1 FROM review_events e
        WHERE e.id = (SELECT MAX(id) FROM review_events WHERE finding_id = NEW.id)
          AND e.to_status = NEW.status AND e.from_status IS NOT DISTINCT FROM OLD.status) THEN
        RAISE EXCEPTION 'findings.status changes only through a review event';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql""",
    """CREATE TRIGGER findings_status_via_event BEFORE INSERT OR UPDATE ON findings
       FOR EACH ROW EXECUTE FUNCTION brandwatch_status_via_event()""",
    """CREATE TRIGGER review_events_no_truncate BEFORE TRUNCATE ON review_events
       FOR EACH STATEMENT EXECUTE FUNCTION brandwatch_refuse_audit_change()""",
    """CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints
       FOR EACH ROW EXECUTE FUNCTION brandwatch_refuse_audit_change()""",
    """CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
       FOR EACH STATEMENT EXECUTE FUNCTION brandwatch_refuse_audit_change()""",
    # TRUNCATE findings would cascade nowhere (events reference it) but refuse it all the same.
    """CREATE TRIGGER findings_no_truncate BEFORE TRUNCATE ON findings
       FOR EACH STATEMENT EXECUTE FUNCTION brandwatch_refuse_audit_change()""",
]


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'postgresql':
        for trigger, table in (('findings_status_via_event', 'findings'), ('findings_no_truncate', 'findings'),
                               ('review_events_no_truncate', 'review_events'),
                               ('audit_checkpoints_no_update', 'audit_checkpoints'),
                               ('audit_checkpoints_no_truncate', 'audit_checkpoints')):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS brandwatch_status_via_event()")
    elif dialect == 'sqlite':
        for trigger in ('findings_status_via_event', 'findings_born_new', 'audit_checkpoints_no_update',
                        'audit_checkpoints_no_delete'):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for table in ('rule_versions', 'api_tokens', 'legal_holds', 'audit_checkpoints'):
        op.drop_table(table)
    op.drop_index('uq_review_events_chain', table_name='review_events')
    # The seal columns stay on downgrade: dropping them would rebuild review_events on SQLite.
