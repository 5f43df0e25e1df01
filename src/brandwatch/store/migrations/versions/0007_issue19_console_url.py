"""daemon instances record the review console they serve, so status can check it answers

Revision ID: 0005_issue19_console_url
Revises: 0005_issue20_versions
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005_issue19_console_url'
down_revision: Union[str, Sequence[str], None] = '0005_issue18_audit'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('daemon_instances', sa.Column('console_url', sa.String(length=256), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('daemon_instances') as batch:
        batch.drop_column('console_url')
