"""`brandwatch config show | check`."""

from __future__ import annotations

import json
import os

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.config import resolve_config_path
from brandwatch import catalogue
from brandwatch.credentials import credentials_for, mask_secret
from brandwatch.rosters import load_roster


@click.group("config")
def command() -> None:
    """Inspect and validate the configuration."""


@command.command("show")
@click.option("--explain", is_flag=True,
              help="One line per setting: its value in effect, type, default and what it means.")
@pass_cli
def show(cli: CliContext, explain: bool) -> None:
    """Print the effective settings and which credentials are set (masked)."""
    settings = cli.settings
    path = resolve_config_path(cli.config_path)
    click.echo(f"# config file: {path or '(none: built-in defaults, no brand)'}")
    if explain:
        _explain(settings)
    else:
        click.echo(json.dumps(settings.model_dump(mode="json"), indent=2))
    click.echo("# credentials (from the environment only)")
    for platform in catalogue.platforms.all():
        for name in platform.credentials:
            value = os.environ.get(name)
            shown = value if name in platform.shown_credentials and value else mask_secret(value)
            click.echo(f"{name}={shown}")


@command.command("check")
@pass_cli
def check(cli: CliContext) -> None:
    """Validate the config file and the rosters it names; exit 2 with file:line on a mistake."""
    settings = cli.settings
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    click.echo(f"config ok: {len(settings.brands)} brand(s), {len(settings.sources)} source(s), "
               f"{len(roster.entries)} roster entries")
    for source in settings.sources:
        click.echo(f"  source {source.name}: {source.type}{_credentials_note(source.type)}")
    for channel in settings.channels:
        click.echo(f"  channel {channel.name}: {channel.type}")


def _credentials_note(platform_name: str) -> str:
    platform = catalogue.platforms.get(platform_name)
    if platform is None or not platform.credentials:
        return ""
    if credentials_for(platform_name) is not None:
        return ", credentials set"
    return f", credentials missing: set {', '.join(platform.credentials)}"


def _explain(settings) -> None:
    from brandwatch.settings_registry import effective_values

    for setting, value in effective_values(settings):
        if setting.type == "section":
            click.echo(f"\n# {setting.path}: {setting.help}")
            continue
        click.echo(f"{setting.path} = {json.dumps(value)}  # {setting.type}; default {setting.default}: {setting.help}")
