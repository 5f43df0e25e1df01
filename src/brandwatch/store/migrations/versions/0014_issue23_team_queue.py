"""team queues: saved views, round-robin cursors, indexes for bulk actions by rule and by assignee

Revision ID: 0008_issue23_team_queue
Revises: 0009_issue24_suppressions
Create Date: 2026-12-03
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008_issue23_team_queue'
down_revision: Union[str, Sequence[str], None] = '0009_issue24_suppressions'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('saved_views',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('name', sa.String(length=64), nullable=False),
                    sa.Column('owner', sa.String(length=128), nullable=False),
                    sa.Column('team', sa.String(length=128), nullable=False, server_default=''),
                    sa.Column('filter', sa.Text(), nullable=False),
                    sa.Column('created_at', _TS, nullable=False),
                    sa.UniqueConstraint('owner', 'team', 'name', name='uq_saved_views_owner_team_name'))
    op.create_table('assignment_cursors',
                    sa.Column('rule', sa.String(length=128), primary_key=True),
                    sa.Column('last_assignee', sa.String(length=128), nullable=False),
                    sa.Column('updated_at', _TS, nullable=False))
    # A bulk action by rule (`--filter rule=...`) and the load count of least-loaded assignment.
    op.create_index('ix_findings_rule_status', 'findings', ['rule_id', 'status'])
    op.create_index('ix_findings_assignee_status', 'findings', ['assignee', 'status'])


def downgrade() -> None:
    op.drop_index('ix_findings_assignee_status', table_name='findings')
    op.drop_index('ix_findings_rule_status', table_name='findings')
    op.drop_table('assignment_cursors')
    op.drop_table('saved_views')
