"""outbox messages name the instance that leased them (a dead one's leases are given back at the next start) and the batch that carried them

Revision ID: 0011_issue19_outbox_lease_holder
Revises: 0010_issue19_console_sessions
Create Date: 2026-12-03
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0011_issue19_outbox_lease_holder'
down_revision: Union[str, Sequence[str], None] = '0010_issue19_console_sessions'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('outbox', sa.Column('leased_by', sa.String(length=64), nullable=True))
    op.add_column('outbox', sa.Column('batched_into', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox') as batch:
        batch.drop_column('batched_into')
        batch.drop_column('leased_by')
