"""review console: partial indexes over open findings for the queue's counts and the dashboard

Revision ID: 0003_console
Revises: 0002_queue
Create Date: 2026-11-23
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003_console'
down_revision: Union[str, None] = '0002_queue'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_OPEN = "status IN ('new', 'claimed', 'escalated', 'released', 'reopened')"


def upgrade() -> None:
    # Covers every column the queue page counts by and the dashboard groups by, over open findings
    # only: those counts read this index instead of visiting each open row of the table
    # (bench/console.py: about 4x faster over 1,000,000 findings on SQLite).
    op.create_index('ix_findings_open_facets', 'findings',
                    ['status', 'category', 'severity', 'team', 'assignee', 'due_at', 'created_at'],
                    sqlite_where=sa.text(_OPEN), postgresql_where=sa.text(_OPEN))
    # The dashboard's "most overdue" list: the first entries of this index, not a sort of every open row.
    op.create_index('ix_findings_open_due', 'findings', ['due_at'],
                    sqlite_where=sa.text(_OPEN), postgresql_where=sa.text(_OPEN))


def downgrade() -> None:
    op.drop_index('ix_findings_open_due', table_name='findings')
    op.drop_index('ix_findings_open_facets', table_name='findings')
