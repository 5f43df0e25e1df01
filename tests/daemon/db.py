"""Reading a deployment's database from the test process while the daemon runs."""

from __future__ import annotations

from sqlalchemy import func, select

from brandwatch.store.db import make_engine, session_factory
from brandwatch.store.models import DaemonInstance, Finding, Mention


class Peek:
    def __init__(self, url: str):
        self.engine = make_engine(url)
        self.factory = session_factory(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def mention_statuses(self) -> dict[str, int]:
        try:
            with self.factory() as session:
                return dict(session.execute(select(Mention.status, func.count()).group_by(Mention.status)).all())
        except Exception:  # noqa: BLE001 - the schema may not exist yet while the daemon starts
            return {}

    def count(self, status: str) -> int:
        return self.mention_statuses().get(status, 0)

    def external_ids(self) -> list[str]:
        with self.factory() as session:
            return list(session.scalars(select(Mention.external_id)))

    def finding_keys(self) -> list[tuple[str, str]]:
        with self.factory() as session:
            return list(session.execute(select(Mention.external_id, Finding.rule_id)
                                        .join(Mention, Finding.mention_id == Mention.id)).all())

    def findings_for(self, external_id: str) -> list[str]:
        return [rule for ext, rule in self.finding_keys() if ext == external_id]

    def live_roles(self) -> dict[int, str]:
        try:
            with self.factory() as session:
                return {row.pid: row.role for row in session.scalars(
                    select(DaemonInstance).where(DaemonInstance.stopped_at.is_(None)))}
        except Exception:  # noqa: BLE001
            return {}
