"""Tables of team queues (migration 0008_issue23_team_queue): saved views and assignment rotation."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from brandwatch.store.models import Base, utcnow


class SavedView(Base):
    """A named queue filter (review/selection.py syntax): one person's, or shared with a team."""

    __tablename__ = "saved_views"
    __table_args__ = (UniqueConstraint("owner", "team", "name", name="uq_saved_views_owner_team_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    owner: Mapped[str] = mapped_column(String(128))  # who saved it
    team: Mapped[str] = mapped_column(String(128), default="")  # "" personal; else shared with this team
    filter: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AssignmentCursor(Base):
    """Whom a round-robin assignment rule gave its last finding to, so the rotation survives restarts."""

    __tablename__ = "assignment_cursors"

    rule: Mapped[str] = mapped_column(String(128), primary_key=True)
    last_assignee: Mapped[str] = mapped_column(String(128))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
