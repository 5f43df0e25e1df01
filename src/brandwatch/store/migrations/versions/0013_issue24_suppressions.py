"""decisions that teach: suppressions with scope, owner and expiry (sealed trail); SLA levels; reply approvals

Revision ID: 0009_issue24_suppressions
Revises: 0008_issue16_fingerprints
Create Date: 2026-12-03

The suppressions table is reshaped where it stands rather than copied into a second table, so a
migration that rewrites its fingerprints (leak fingerprint normalisation) works before or after
this one. Each dismissal-made row is carried over: its creator becomes its owner, the finding whose
dismissal made it is parsed from its reason, and it expires SUPPRESSION_LIFETIME after this
migration (before, suppressions never expired).
"""
import re
from datetime import datetime, timedelta, timezone
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0009_issue24_suppressions'
down_revision: Union[str, Sequence[str], None] = '0008_issue16_fingerprints'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_TS = sa.DateTime(timezone=True)
SUPPRESSION_LIFETIME = timedelta(days=90)  # the default of review.suppression_days


def upgrade() -> None:
    with op.batch_alter_table('suppressions') as batch:
        batch.drop_constraint('uq_suppressions_fingerprint_rule', type_='unique')
        batch.alter_column('fingerprint', existing_type=sa.String(length=64), nullable=True)
        batch.add_column(sa.Column('scope', sa.String(length=16), nullable=False, server_default='fingerprint'))
        batch.add_column(sa.Column('author', sa.String(length=128), nullable=True))
        batch.add_column(sa.Column('platform', sa.String(length=32), nullable=True))
        batch.add_column(sa.Column('phrase', sa.Text(), nullable=True))
        batch.add_column(sa.Column('owner', sa.String(length=128), nullable=True))
        batch.add_column(sa.Column('expires_at', _TS, nullable=True))
        batch.add_column(sa.Column('source_finding_id', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('removed_at', _TS, nullable=True))
        batch.add_column(sa.Column('removed_by', sa.String(length=128), nullable=True))
        batch.add_column(sa.Column('recurred_at', _TS, nullable=True))
        batch.create_index('ix_suppressions_fingerprint', ['fingerprint'])
        batch.create_index('ix_suppressions_rule', ['rule_id'])
    _carry_over_dismissal_suppressions()

    op.create_table('suppression_events',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('suppression_id', sa.Integer(), sa.ForeignKey('suppressions.id'), nullable=False),
                    sa.Column('seq', sa.Integer(), nullable=False),
                    sa.Column('actor', sa.String(length=128), nullable=False),
                    sa.Column('at', _TS, nullable=False),
                    sa.Column('action', sa.String(length=32), nullable=False),
                    sa.Column('finding_id', sa.Integer(), sa.ForeignKey('findings.id'), nullable=True),
                    sa.Column('note', sa.Text(), nullable=True),
                    sa.Column('prev_mac', sa.String(length=64), nullable=False),
                    sa.Column('mac', sa.String(length=64), nullable=False),
                    sa.UniqueConstraint('suppression_id', 'seq', name='uq_suppression_events_chain'))
    op.create_index('ix_suppression_events_finding', 'suppression_events', ['finding_id'])

    # Plain ADD COLUMN on findings: a batch rebuild would drop its status-via-event triggers.
    op.add_column('findings', sa.Column('first_response_due_at', _TS, nullable=True))
    op.add_column('findings', sa.Column('escalation_level', sa.Integer(), nullable=False, server_default='0'))

    op.create_table('reply_drafts',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('finding_id', sa.Integer(), sa.ForeignKey('findings.id'), nullable=False),
                    sa.Column('text', sa.Text(), nullable=False),
                    sa.Column('platform', sa.String(length=32), nullable=True),
                    sa.Column('status', sa.String(length=16), nullable=False),
                    sa.Column('drafted_by', sa.String(length=128), nullable=False),
                    sa.Column('drafted_at', _TS, nullable=False),
                    sa.Column('approved_by', sa.String(length=128), nullable=True),
                    sa.Column('approved_at', _TS, nullable=True),
                    sa.Column('sent_by', sa.String(length=128), nullable=True),
                    sa.Column('sent_at', _TS, nullable=True),
                    sa.Column('check_back_notified_at', _TS, nullable=True))
    op.create_index('ix_reply_drafts_finding', 'reply_drafts', ['finding_id'])

    dialect = op.get_bind().dialect.name
    if dialect == 'postgresql':
        op.execute("CREATE TRIGGER suppression_events_no_change BEFORE UPDATE OR DELETE ON suppression_events "
                   "FOR EACH ROW EXECUTE FUNCTION brandwatch_refuse_audit_change()")
    elif dialect == 'sqlite':
        op.execute("CREATE TRIGGER suppression_events_no_update BEFORE UPDATE ON suppression_events "
                   "BEGIN SELECT RAISE(ABORT, 'suppression_events is append-only: UPDATE refused'); END")
        op.execute("CREATE TRIGGER suppression_events_no_delete BEFORE DELETE ON suppression_events "
                   "BEGIN SELECT RAISE(ABORT, 'suppression_events is append-only: DELETE refused'); END")


def _carry_over_dismissal_suppressions() -> None:
    bind = op.get_bind()
    table = sa.table('suppressions', sa.column('id', sa.Integer()), sa.column('reason', sa.Text()),
                     sa.column('created_by', sa.String()), sa.column('owner', sa.String()),
                     sa.column('expires_at', _TS), sa.column('source_finding_id', sa.Integer()))
    expires = datetime.now(timezone.utc) + SUPPRESSION_LIFETIME
    for row in bind.execute(sa.select(table.c.id, table.c.reason, table.c.created_by)).all():
        found = re.search(r"\(finding (\d+)\)", row.reason or "")
        bind.execute(table.update().where(table.c.id == row.id).values(
            owner=row.created_by, expires_at=expires, source_finding_id=int(found.group(1)) if found else None))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == 'postgresql':
        op.execute("DROP TRIGGER IF EXISTS suppression_events_no_change ON suppression_events")
    elif dialect == 'sqlite':
        op.execute("DROP TRIGGER IF EXISTS suppression_events_no_update")
        op.execute("DROP TRIGGER IF EXISTS suppression_events_no_delete")
    op.drop_table('reply_drafts')
    op.drop_column('findings', 'escalation_level')
    op.drop_column('findings', 'first_response_due_at')
    op.drop_table('suppression_events')
    op.execute("DELETE FROM suppressions WHERE fingerprint IS NULL OR removed_at IS NOT NULL")
    with op.batch_alter_table('suppressions') as batch:
        batch.drop_index('ix_suppressions_rule')
        batch.drop_index('ix_suppressions_fingerprint')
        for column in ('recurred_at', 'removed_by', 'removed_at', 'source_finding_id', 'expires_at', 'owner',
                       'phrase', 'platform', 'author', 'scope'):
            batch.drop_column(column)
        batch.alter_column('fingerprint', existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint('uq_suppressions_fingerprint_rule', ['fingerprint', 'rule_id'])
