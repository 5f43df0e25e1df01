"""`brandwatch scan`: posts in (JSON Lines), one analysis object per line out, in order."""

from __future__ import annotations

import secrets
import sys
from importlib import resources
from pathlib import Path
from typing import IO

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.table import render_table
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.secret_masker import MASKER
from brandwatch.scan_runner import analyse_batch, default_workers, numbered_batches, scan_lines
from brandwatch.sentiment.select import open_backend


@click.command("scan")
@click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"), required=False)
@click.option("--sample", is_flag=True, help="Scan the bundled sample posts.")
@click.option("--format", "output_format", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="jsonl is the stable contract; table is for people.")
@click.option("--rules", "rules_dir", type=click.Path(exists=True, path_type=Path),
              help="Rule directory (or one file) instead of the bundled rules.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes for jsonl output (default: one per usable core (CPU set and container CPU quota), "
                   "up to 4, with the vader backend; "
                   "1 with a transformer model, which uses every core itself).")
@pass_cli
def command(cli: CliContext, source: IO[str] | None, sample: bool, output_format: str,
            rules_dir: Path | None, workers: int | None) -> None:
    """Analyse posts from FILE (or - for standard input) without a database or credentials."""
    if sample:
        source = resources.files("brandwatch.data").joinpath("sample_posts.jsonl").open(encoding="utf-8")
    elif source is None:
        source = click.get_text_stream("stdin")
    settings = cli.settings
    rules = load_rules(rules_dir, settings)  # before reading input: a broken rule file stops here
    if rules_dir is None:
        # The bundled rules (with this config's code names and hosts): the output mask needs no second
        # copy of them, which would double the start-up of a short scan.
        MASKER.use_rules(rules)
    backend, notice = open_backend(settings)
    if notice:
        click.echo(f"warning: {notice}", err=True)
    elif backend.name != "vader":
        # A model is heavier and less obvious than the lexicon: say which one judged the posts.
        click.echo(f"info: sentiment backend: {backend.description}", err=True)
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    # scan prints no fingerprints, so a key for this run alone is right; the daemon keeps a lasting one.
    analyzer = Analyzer(settings, backend, roster, rules, fingerprint_key=secrets.token_bytes(32))
    batches = numbered_batches(source)
    if output_format == "table":
        rows = []
        for batch in batches:
            for mention, analysis, (_, warning) in analyse_batch(analyzer, batch):
                if warning:
                    click.echo(f"warning: {warning}", err=True)
                else:
                    rows.append((mention, analysis))
        click.echo(render_table(rows))
        return
    for lines in scan_lines(analyzer, batches, workers or default_workers(analyzer)):
        for out, warning in lines:
            if warning:
                click.echo(f"warning: {warning}", err=True)
            sys.stdout.write(out + "\n")
        sys.stdout.flush()
