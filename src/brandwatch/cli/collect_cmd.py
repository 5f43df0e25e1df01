"""`brandwatch collect --once`: fetch new posts from the configured sources and store them."""

from __future__ import annotations

import sys
from contextlib import ExitStack

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.config import Settings, Source
from brandwatch.errors import ConfigError
from brandwatch.rosters import load_roster


@click.command("collect")
@click.option("--once", is_flag=True, help="Collect once and exit (continuous collection is `brandwatch run`).")
@click.option("--source", "source_name", metavar="NAME",
              help="Only this configured source (it runs even when `enabled: false`).")
@click.option("--fake", is_flag=True,
              help="Point sources at local fakes (each platform that has one: Reddit, X) seeded with sample posts; "
                   "no credentials needed.")
@click.option("--fake-add", type=click.IntRange(min=0), default=0, show_default=True,
              help="With --fake: the fake gains this many new posts first (remembered under data_dir).")
@pass_cli
def command(cli: CliContext, once: bool, source_name: str | None, fake: bool, fake_add: int) -> None:
    """Fetch posts newer than each source's checkpoint and store them as mentions."""
    if not once:
        raise click.UsageError("pass --once (the daemon, `brandwatch run`, collects continuously)")
    # Imported here: praw and tweepy take a while to load, and other commands never need them.
    from brandwatch.model.clock import SystemClock
    from brandwatch.collectors.registry import Connection, build_collectors
    from brandwatch.collectors.runner import run_once

    settings = cli.settings
    if fake:
        from brandwatch.testing.cli_fakes import with_default_source

        settings = with_default_source(settings, source_name)
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    sources = _selected(settings, source_name)
    clock = SystemClock()
    engine = cli.engine()
    failed = False
    with ExitStack() as stack:
        connections: dict[str, Connection] = {}
        if fake:
            from brandwatch.testing.cli_fakes import start_fakes

            connections = start_fakes(stack, settings, roster, sources, fake_add, lambda source, started: click.echo(
                f"{source.name}: {started.description} holds {started.holds} posts"))
        registry = build_collectors(settings, roster, clock, only=source_name,
                                    include_disabled=source_name is not None, connections=connections)
        for line in registry.skipped:
            click.echo(line)
        for configured in registry.collectors:
            report = run_once(engine, configured.collector, clock, configured.schedule,
                              configured.fingerprint)
            click.echo(report.describe())
            failed = failed or report.failed
    engine.dispose()
    if failed:
        sys.exit(1)


def _selected(settings: Settings, name: str | None) -> list[Source]:
    if name is None:
        return [s for s in settings.sources if s.enabled]
    chosen = [s for s in settings.sources if s.name == name]
    if not chosen:
        known = ", ".join(s.name for s in settings.sources) or "none configured"
        raise ConfigError(f"no source named '{name}' (sources: {known})")
    return chosen
