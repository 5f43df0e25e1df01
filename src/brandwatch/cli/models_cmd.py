"""`brandwatch models pull | which`."""

from __future__ import annotations

import click

from brandwatch.cli.context import CliContext, pass_cli


@click.group("models")
def command() -> None:
    """Sentiment models: download for offline use, and see which backend is in use."""


@command.command("pull")
@click.argument("reference", required=False)
@pass_cli
def pull(cli: CliContext, reference: str | None) -> None:
    """Download the configured (or named) hub model into the local cache; needs internet."""
    from brandwatch.sentiment.transformers_backend import pull as download

    reference = reference or cli.settings.sentiment.model
    click.echo(f"downloading {reference} …", err=True)
    click.echo(download(reference))


@command.command("which")
@pass_cli
def which(cli: CliContext) -> None:
    """Print the sentiment backend `scan` and `run` would use, and whether it fell back."""
    from brandwatch.sentiment.select import open_backend

    backend, notice = open_backend(cli.settings)
    click.echo(backend.description)
    if notice:
        click.echo(f"fallback: {notice}")
