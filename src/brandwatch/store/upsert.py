"""INSERT … ON CONFLICT for the two backends brandwatch runs on (both spell it the same way)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session


def dialect_insert(session: Session, entity: Any) -> Any:
    name = session.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:  # pragma: no cover - brandwatch supports SQLite and PostgreSQL only
        raise NotImplementedError(f"no upsert for database dialect {name!r}")
    return insert(entity)
