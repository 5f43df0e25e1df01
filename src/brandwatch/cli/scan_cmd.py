"""`brandwatch scan`: posts in (JSON Lines), one analysis object per line out, in order."""

from __future__ import annotations

import sys
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import IO, Iterator

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.table import render_table
from brandwatch.detectors.pipeline import Analyzer
from brandwatch.rosters import load_roster
from brandwatch.rules import load_rules
from brandwatch.scan_io import ParsedLine, dumps, parse_line
from brandwatch.sentiment.select import open_backend

BATCH = 256


@click.command("scan")
@click.argument("source", type=click.File("r", encoding="utf-8", errors="replace"), required=False)
@click.option("--sample", is_flag=True, help="Scan the bundled sample posts.")
@click.option("--format", "output_format", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="jsonl is the stable contract; table is for people.")
@click.option("--rules", "rules_dir", type=click.Path(exists=True, path_type=Path),
              help="Rule directory (or one file) instead of the bundled rules.")
@pass_cli
def command(cli: CliContext, source: IO[str] | None, sample: bool, output_format: str,
            rules_dir: Path | None) -> None:
    """Analyse posts from FILE (or - for standard input) without a database or credentials."""
    if sample:
        source = resources.files("brandwatch.data").joinpath("sample_posts.jsonl").open(encoding="utf-8")
    elif source is None:
        source = click.get_text_stream("stdin")
    settings = cli.settings
    rules = load_rules(rules_dir, settings)  # before reading input: a broken rule file stops here
    backend, notice = open_backend(settings)
    if notice:
        click.echo(f"warning: {notice}", err=True)
    roster = load_roster(settings.rosters.employees, settings.rosters.partners)
    analyzer = Analyzer(settings, backend, roster, rules)
    table_rows = []
    for batch in _batches(source):
        mentions = [parsed.mention for parsed in batch if parsed.mention is not None]
        analyses = iter(analyzer.analyze(mentions))
        for parsed in batch:
            if parsed.error is not None:
                click.echo(f"warning: {parsed.error}", err=True)
                out = parsed.error.to_contract()
            else:
                analysis = next(analyses)
                out = analysis.to_contract()
                if output_format == "table":
                    table_rows.append((parsed.mention, analysis))
                    continue
            if output_format == "jsonl":
                sys.stdout.write(dumps(out) + "\n")
        sys.stdout.flush()
    if output_format == "table":
        click.echo(render_table(table_rows))


def _batches(source: IO[str]) -> Iterator[list[ParsedLine]]:
    numbered = ((number, line) for number, line in enumerate(source, start=1) if line.strip())
    while True:
        chunk = list(islice(numbered, BATCH))
        if not chunk:
            return
        yield [parse_line(line, number) for number, line in chunk]
