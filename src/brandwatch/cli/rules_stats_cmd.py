"""`brandwatch rules stats`: real-world precision per rule, per detector cue and per rule version.

A plain click command: the lead attaches it to the `rules` group (`rules.add_command(stats)`).
"""

from __future__ import annotations

import json
from datetime import datetime

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.timeopts import Moment
from brandwatch.store.db import session_factory


@click.command("stats")
@click.option("--since", type=Moment(), default="30d", show_default=True,
              help="Findings raised at or after (ISO date/time or age like 30d).")
@click.option("--until", type=Moment(), help="Findings raised before (default: now).")
@click.option("--format", "output_format", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@pass_cli
def stats(cli: CliContext, since: datetime | None, until: datetime | None, output_format: str) -> None:
    """Precision (confirmed vs false positives) with sample size and 95% interval: per rule, cue and version."""
    from brandwatch.review.decision_quality import below_floor, cue_precision, version_trend
    from brandwatch.review.rule_stats import rule_stats

    floor, min_sample = cli.settings.review.precision_floor, cli.settings.review.precision_min_sample
    with session_factory(cli.engine())() as session:
        rows = rule_stats(session, since, until)
        cues = cue_precision(session, since, until)
        versions = version_trend(session, since, until)
    weak = {p.key for p in below_floor([r.as_precision() for r in rows], floor, min_sample)}
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps({"rule": row.rule_id, "total": row.total, "confirmed": row.confirmed,
                                   "false_positives": row.false_positives, "other_dismissals": row.other_dismissals,
                                   "open": row.open, "precision": row.precision, **_sample(row.as_precision()),
                                   "below_floor": row.rule_id in weak}))
        for cue in cues:
            click.echo(json.dumps({"cue": cue.key, "confirmed": cue.confirmed, "false_positives": cue.false_positives,
                                   "precision": cue.precision, **_sample(cue)}))
        for version in versions:
            click.echo(json.dumps({"rule": version.rule_id, "version": version.rule_hash,
                                   "first_seen": version.first_seen_at.isoformat() if version.first_seen_at else None,
                                   "precision": version.precision.precision, **_sample(version.precision)}))
        return
    if not rows:
        click.echo("no findings in this period")
        return
    width = max(len("rule"), *(len(r.rule_id) for r in rows))
    click.echo(f"{'rule':<{width}}  {'total':>6}  {'confirmed':>9}  {'false+':>6}  {'other':>5}  {'open':>5}  "
               "precision (decisions, 95% interval)")
    for r in rows:
        flag = f"  BELOW FLOOR {floor:.0%}" if r.rule_id in weak else ""
        click.echo(f"{r.rule_id:<{width}}  {r.total:>6}  {r.confirmed:>9}  {r.false_positives:>6}  "
                   f"{r.other_dismissals:>5}  {r.open:>5}  {r.as_precision().shown()}{flag}")
    if cues:
        click.echo("\nper cue (complaint findings name the cues and the model head that fired)")
        cue_width = max(len(c.key) for c in cues)
        for cue in cues:
            click.echo(f"{cue.key:<{cue_width}}  {cue.shown()}")
    if versions:
        click.echo("\nper rule version, oldest first")
        for version in versions:
            seen = version.first_seen_at.date().isoformat() if version.first_seen_at else "?"
            click.echo(f"{version.rule_id:<{width}}  {(version.rule_hash or '-')[:12]:<12}  since {seen}  "
                       f"{version.precision.shown()}")


def _sample(precision) -> dict:
    interval = precision.interval
    return {"decided": precision.decided, "ci95": [round(interval[0], 4), round(interval[1], 4)] if interval else None}
