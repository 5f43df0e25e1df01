"""spike episodes: one row per spike of a series, unique by series and start so one alert goes out

Revision ID: 0016_issue25_spike_episodes
Revises: 0015_issue19_console_speed
Create Date: 2026-12-03
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0016_issue25_spike_episodes'
down_revision: Union[str, Sequence[str], None] = '0015_issue19_console_speed'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table('spike_episodes',
                    sa.Column('id', sa.Integer(), primary_key=True),
                    sa.Column('series', sa.String(length=256), nullable=False),
                    sa.Column('brand', sa.String(length=128), nullable=True),
                    sa.Column('dimension', sa.String(length=16), nullable=False),
                    sa.Column('value', sa.String(length=64), nullable=False),
                    sa.Column('started_at', _TS, nullable=False),
                    sa.Column('last_above_at', _TS, nullable=False),
                    sa.Column('bucket_seconds', sa.Integer(), nullable=False),
                    sa.Column('first_count', sa.Integer(), nullable=False),
                    sa.Column('peak_count', sa.Integer(), nullable=False),
                    sa.Column('baseline', sa.Float(), nullable=False),
                    sa.Column('threshold', sa.Float(), nullable=False),
                    sa.Column('created_at', _TS, nullable=False),
                    sa.UniqueConstraint('series', 'started_at', name='uq_spike_episodes_series_start'))
    op.create_index('ix_spike_episodes_series_last', 'spike_episodes', ['series', 'last_above_at'])


def downgrade() -> None:
    op.drop_index('ix_spike_episodes_series_last', table_name='spike_episodes')
    op.drop_table('spike_episodes')
