"""mention versions: edited posts keep their earlier versions; mentions record the version stored

Revision ID: 0005_issue20_versions
Revises: 0004_daemon
Create Date: 2026-12-02
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005_issue20_versions'
down_revision: Union[str, Sequence[str], None] = '0004_daemon'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite has it): no table copy, so the upgrade stays short on a large table.
    op.add_column('mentions', sa.Column('version', sa.String(length=128), nullable=True))
    op.create_table('mention_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('mention_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=128), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('raw', sa.JSON(), nullable=True),
    sa.Column('analysis', sa.JSON(), nullable=True),
    sa.Column('analysed', sa.Boolean(), nullable=False),
    sa.Column('replaced_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['mention_id'], ['mentions.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('mention_id', 'version', name='uq_mention_versions_mention_version')
    )
    op.create_index('ix_mention_versions_mention_id', 'mention_versions', ['mention_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_mention_versions_mention_id', table_name='mention_versions')
    op.drop_table('mention_versions')
    with op.batch_alter_table('mentions') as batch:
        batch.drop_column('version')
