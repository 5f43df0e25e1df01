"""daemon: one row per running instance (heartbeat, role, rules and sentiment state) and job bookkeeping

Revision ID: 0004_daemon
Revises: 0003_console
Create Date: 2026-11-23
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0004_daemon'
down_revision: Union[str, Sequence[str], None] = '0003_console'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('daemon_instances',
    sa.Column('instance_id', sa.String(length=64), nullable=False),
    sa.Column('hostname', sa.String(length=256), nullable=False),
    sa.Column('pid', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('stopped_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('rules_loaded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('rules_count', sa.Integer(), nullable=True),
    sa.Column('rules_error', sa.Text(), nullable=True),
    sa.Column('sentiment_backend', sa.Text(), nullable=True),
    sa.Column('sentiment_fallback', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('instance_id')
    )
    op.create_table('daemon_jobs',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('last_run', sa.DateTime(timezone=True), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('name')
    )


def downgrade() -> None:
    op.drop_table('daemon_jobs')
    op.drop_table('daemon_instances')
