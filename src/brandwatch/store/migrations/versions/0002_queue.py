"""review queue: author reach and dismissal reason on findings, indexes for the queue's first page

Revision ID: 0002_queue
Revises: 0001
Create Date: 2026-11-23
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0002_queue'
down_revision: Union[str, None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_OPEN = "status IN ('new', 'claimed', 'escalated', 'released', 'reopened')"


def upgrade() -> None:
    # Plain ADD COLUMN (no batch table rebuild): SQLite supports it, and a rebuild of findings would
    # be slow on a large queue. review_events is not touched, so its append-only triggers stay.
    op.add_column('findings', sa.Column('author_reach', sa.BigInteger(), nullable=False, server_default='0'))
    op.add_column('findings', sa.Column('dismiss_reason', sa.String(length=32), nullable=True))
    # Priority order (severity, then age, then reach) over open findings only: the first page of
    # `queue list` reads 50 index entries instead of sorting every open finding.
    op.create_index('ix_findings_open_order', 'findings',
                    [sa.text('priority DESC'), 'created_at', sa.text('author_reach DESC'), 'id'],
                    sqlite_where=sa.text(_OPEN), postgresql_where=sa.text(_OPEN))
    op.create_index('ix_findings_created_at', 'findings', ['created_at'])


def downgrade() -> None:
    op.drop_index('ix_findings_created_at', table_name='findings')
    op.drop_index('ix_findings_open_order', table_name='findings')
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_column('dismiss_reason')
        batch_op.drop_column('author_reach')
