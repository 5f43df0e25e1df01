"""The normalised post every collector produces and every detector reads.

Called `Post` so it is never mistaken for the stored row, `store.models.Mention`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


@dataclass(frozen=True, slots=True)
class Author:
    id: str | None = None
    handle: str | None = None
    display_name: str | None = None
    description: str | None = None
    followers: int | None = None  # followers on X, karma on Reddit: the author's reach


@dataclass(frozen=True, slots=True)
class Post:
    platform: str
    external_id: str
    text: str
    author: Author = field(default_factory=Author)
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    url: str | None = None
    parent_id: str | None = None
    lang: str | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)
    # The platform's id of this version when a post can be edited (X gives each edit a new id while
    # `external_id` stays the first version's); None where edits keep the id (Reddit) or are unknown.
    version: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """What makes a post unique: one platform's id space."""
        return (self.platform, self.external_id)


def as_utc(moment: datetime) -> datetime:
    """Naive datetimes are taken to be UTC; aware ones are converted."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)
