"""A `brandwatch queue` runner over a config with team-queue settings, for the team-queue tests."""

from __future__ import annotations

import json

from click.testing import CliRunner
from sqlalchemy import func, select

from brandwatch.cli import main
from brandwatch.store.models import Finding, ReviewEvent

from .helpers import SETTINGS, personal_tokens


def queue_runner(engine, factory, tmp_path, review: dict | None = None, users=("ana", "bo", "carol", "lead")):
    """`run(*args)` invokes `brandwatch queue ARGS` as the account named by --as, proven by its token."""
    config = SETTINGS.model_dump(mode="json", exclude={"source_file"})
    config["database"] = {"url": engine.url.render_as_string(hide_password=False)}
    config["review"] = {**config["review"], **(review or {})}
    path = tmp_path / "brandwatch.yaml"
    path.write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()
    tokens = personal_tokens(factory, *users)

    def run(*args, group: str = "queue"):
        args = [str(a) for a in args]
        env = {"BRANDWATCH_TOKEN": tokens[args[args.index("--as") + 1]]} if "--as" in args else {}
        return runner.invoke(main, ["--config", str(path), group, *args], env=env, catch_exceptions=False)

    run.config_path = path
    return run


def statuses(factory, ids) -> dict[int, str]:
    with factory() as session:
        return dict(session.execute(select(Finding.id, Finding.status).where(Finding.id.in_(list(ids)))).all())


def events_of(factory, ids, action: str) -> dict[int, int]:
    """finding id -> how many `action` events its trail has."""
    with factory() as session:
        rows = session.execute(select(ReviewEvent.finding_id, func.count()).where(
            ReviewEvent.finding_id.in_(list(ids)), ReviewEvent.action == action).group_by(ReviewEvent.finding_id))
        return dict(rows.all())
