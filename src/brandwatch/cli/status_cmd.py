"""`brandwatch status`: how the daemon, the sources and the queue are doing; exit 1 when unhealthy."""

from __future__ import annotations

import json
import sys
from datetime import datetime

import click

from brandwatch.cli.context import CliContext, pass_cli


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
@pass_cli
def command(cli: CliContext, as_json: bool) -> None:
    """Per source: last success, last error, backlog, next run; sentiment backend; queue counts.

    Exit code 0 when healthy, 1 when not (no live daemon, a disabled source, or a source failing
    longer than its platform can look back) — for container health checks.
    """
    from brandwatch.daemon.status import collect_status
    from brandwatch.model.clock import system_clock
    from brandwatch.store.db import session_factory

    engine = cli.engine()
    with session_factory(engine)() as session:
        report = collect_status(session, cli.settings, system_clock())
    engine.dispose()
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        click.echo(_text(report))
    sys.exit(0 if report.healthy else 1)


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S} UTC" if value else "never"


def _text(report) -> str:
    lines = [f"health: {'ok' if report.healthy else 'UNHEALTHY'}"]
    lines += [f"  problem: {p}" for p in report.problems]
    lines += [f"  warning: {w}" for w in report.warnings]
    alive = [i for i in report.instances if i.alive]
    lines.append(f"daemon: {len(alive)} running" + "".join(f"\n  {i.instance_id} ({i.role}), heartbeat "
                                                           f"{_when(i.heartbeat_at)}" for i in alive))
    fell_back = " (fell back: the configured backend is unavailable)" if report.sentiment_fallback else ""
    if report.sentiment_fallback and "trains in the background" in report.sentiment_fallback:
        fell_back = f" ({report.sentiment_fallback})"
    lines.append(f"sentiment: {report.sentiment_backend or 'unknown'}{fell_back}")
    lines.append(f"rules: {report.rules_count if report.rules_count is not None else '?'} loaded"
                 + (", last reload FAILED (previous rules running)" if report.rules_error else ""))
    lines.append("sources:")
    for s in report.sources:
        state = "disabled" if not s.enabled else ("failing" if s.failing_since else "ok")
        lines.append(f"  {s.name} ({s.type}, {state}): last success {_when(s.last_success)}, "
                     f"next run {_when(s.next_run)}, backlog {s.backlog}")
        if s.last_error:
            lines.append(f"    last error {_when(s.last_error_at)}: {s.last_error}")
        lines += [f"    notice: {n}" for n in s.notices]
    lines.append(f"backlog: {report.backlog} mentions waiting for analysis, {report.failed_mentions} failed")
    findings = ", ".join(f"{k} {v}" for k, v in sorted(report.findings.items())) or "none"
    outbox = ", ".join(f"{k} {v}" for k, v in sorted(report.outbox.items())) or "empty"
    lines.append(f"findings: {findings}")
    lines.append(f"notifications: {outbox}")
    return "\n".join(lines)
