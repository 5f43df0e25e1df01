"""`brandwatch models pull | which | train-sentiment`."""

from __future__ import annotations

from pathlib import Path

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.sentiment.training import DEFAULT_SEED, TrainingOptions


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


@command.command("train-sentiment")
@click.option("--epochs", type=click.IntRange(1, 50), default=2, show_default=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: sentiment.local_model_dir, "
                   "else <data_dir>/models/sentiment, where `auto` looks).")
@click.option("--limit", type=click.IntRange(1), default=None,
              help="Train on N texts only: a quick check that training works, not a usable model.")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=None, help="Folder of the rated-sentence TSV files (default: the bundled data).")
@click.option("--base", "base_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
              default=None, help="Base model folder instead of all-MiniLM-L6-v2 (needs --base-sha256).")
@click.option("--base-sha256", default=None, help="SHA-256 that --base's model.safetensors must have.")
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True)
@click.option("--threads", type=click.IntRange(1), default=None, help="torch CPU threads (default: all cores).")
@pass_cli
def train_sentiment(cli: CliContext, epochs: int, out_dir: Path | None, limit: int | None,
                    data_dir: Path | None, base_dir: Path | None, base_sha256: str | None, seed: int,
                    threads: int | None) -> None:
    """Fine-tune all-MiniLM-L6-v2 on the bundled human-rated sentences, offline, on CPU."""
    from brandwatch.sentiment.base_model import BaseModel, default_base
    from brandwatch.sentiment.evaluation import scores_table
    from brandwatch.sentiment.select import local_model_dir
    from brandwatch.sentiment.training import train_sentiment_model

    if (base_dir is None) != (base_sha256 is None):
        raise click.UsageError("--base and --base-sha256 go together")
    base = BaseModel(base_dir, base_sha256.lower(), str(base_dir)) if base_dir else default_base()
    out_dir = out_dir or local_model_dir(cli.settings)
    options = TrainingOptions(epochs=epochs, limit=limit, seed=seed, threads=threads)
    click.echo(f"training from {base.origin} into {out_dir}", err=True)
    report = train_sentiment_model(out_dir, base, options, data_dir)
    click.echo(f"trained {report.steps} steps in {report.train_seconds:.0f} s "
               f"({report.seconds_per_step:.2f} s/step); model in {report.out_dir}", err=True)
    click.echo(scores_table({"trained": report.validation}))
