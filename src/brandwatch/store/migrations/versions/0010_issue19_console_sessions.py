"""console sessions live on the server, so logout and a password change end every copy of a cookie

Revision ID: 0010_issue19_console_sessions
Revises: 0005_issue19_console_url
Create Date: 2026-12-03
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0010_issue19_console_sessions'
down_revision: Union[str, Sequence[str], None] = '0005_issue19_console_url'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'console_sessions',
        sa.Column('token_hash', sa.String(length=64), primary_key=True),
        sa.Column('user_name', sa.String(length=128), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index('ix_console_sessions_user_name', 'console_sessions', ['user_name'])


def downgrade() -> None:
    op.drop_index('ix_console_sessions_user_name', table_name='console_sessions')
    op.drop_table('console_sessions')
