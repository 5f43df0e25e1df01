"""`brandwatch rules test|lint|explain`: rule authors check their files without writing Python.

Exit codes: 0 all good; 1 `rules test` found an example that does not behave as written;
2 a rule file does not load (every mistake is listed as file:line:col).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from brandwatch.cli.context import CliContext, pass_cli
from brandwatch.cli.lazy import LazyGroup
from brandwatch.rules import MatchContext, RuleSet, load_rules
from brandwatch.rules.masking import preview_hit
from brandwatch.rules.schema import CATEGORIES
from brandwatch.rules.selftest import run_examples
from brandwatch.secrecy import mask_values, scrub
from brandwatch.model.sentiment import LABELS, SentimentResult

_RULES_OPTION = click.option("--rules", "rules_dir", type=click.Path(exists=True, path_type=Path),
                             help="Rule directory (or one file) instead of the bundled rules.")


# stats and rescan read the database: imported only when used, so `rules test` stays light.
@click.group("rules", cls=LazyGroup, lazy_commands={"stats": "brandwatch.cli.rules_stats_cmd:stats",
                                                     "rescan": "brandwatch.cli.rescan_cmd:rescan"})
def command() -> None:
    """Check and explain rule files (templates are filled from the config in use)."""


@command.command("test")
@click.argument("path", type=click.Path(exists=True, path_type=Path), required=False)
@_RULES_OPTION
@pass_cli
def test_command(cli: CliContext, path: Path | None, rules_dir: Path | None) -> None:
    """Run every rule's examples through the real engine; name each one that fails."""
    rule_set = load_rules(path or rules_dir, cli.settings)
    report = run_examples(rule_set)
    for failure in report.failures:
        click.echo(f"FAIL {failure}")
    if report.skipped_rules:
        click.echo(f"skipped {len(report.skipped_rules)} rules whose templates are empty in this "
                   f"config: {', '.join(report.skipped_rules)}", err=True)
    providers = {rule.provider for rule in rule_set.rules if rule.kind == "secret" and rule.provider}
    if providers:
        formats = sum(1 for rule in rule_set.rules if rule.kind == "secret" and rule.provider)
        click.echo(f"secret formats: {formats} rules from {len(providers)} providers")
    verdict = "failed" if report.failures else "passed"
    click.echo(f"{len(rule_set)} rules, {report.checked} examples, {len(report.failures)} failed: {verdict}")
    sys.exit(1 if report.failures else 0)


@command.command("lint")
@click.argument("path", type=click.Path(exists=True, path_type=Path), required=False)
@_RULES_OPTION
@pass_cli
def lint_command(cli: CliContext, path: Path | None, rules_dir: Path | None) -> None:
    """Load the rules and report every mistake (file:line:col: rule 'id': problem)."""
    rule_set = load_rules(path or rules_dir, cli.settings)
    by_category: dict[str, int] = {}
    for rule in rule_set.rules:
        by_category[rule.category] = by_category.get(rule.category, 0) + 1
    summary = ", ".join(f"{n} {category}" for category, n in sorted(by_category.items()))
    click.echo(f"ok: {len(rule_set)} rules" + (f" ({summary})" if summary else ""))


@command.command("list")
@click.argument("path", type=click.Path(exists=True, path_type=Path), required=False)
@_RULES_OPTION
@click.option("--category", type=click.Choice(CATEGORIES), help="Only rules of this category.")
@pass_cli
def list_command(cli: CliContext, path: Path | None, rules_dir: Path | None, category: str | None) -> None:
    """One line per rule: id, category/kind, severity, provider (secret formats) and source."""
    rule_set = load_rules(path or rules_dir, cli.settings)
    rows = [(rule.id, "/".join(filter(None, (rule.category, rule.kind or rule.signal))),
             rule.severity or "-", rule.provider or "-", rule.source)
            for rule in rule_set.rules if category is None or rule.category == category]
    widths = [max([len(row[i]) for row in rows] + [0]) for i in range(4)]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[4])


@command.command("explain")
@click.argument("text")
@_RULES_OPTION
@click.option("--author-role", type=click.Choice(["employee", "partner"]), help="Author's roster role.")
@click.option("--description", help="The author's profile description.")
@click.option("--sentiment", type=click.Choice(LABELS), help="Sentiment label of the post.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
@click.option("--rule", "rule_ids", multiple=True, metavar="ID",
              help="Also say why this rule does or does not fire (repeatable).")
@pass_cli
def explain_command(cli: CliContext, text: str, rules_dir: Path | None, author_role: str | None,
                    description: str | None, sentiment: str | None, as_json: bool,
                    rule_ids: tuple[str, ...]) -> None:
    """Show which rules fire on TEXT, on which spans, and why. Leaked values are masked."""
    rule_set: RuleSet = load_rules(rules_dir, cli.settings)
    context = MatchContext(author_role=author_role, author_description=description,
                           sentiment=SentimentResult(sentiment, 1.0, 0.0) if sentiment else None)
    hits = rule_set.match(text, context)
    leaked = [hit.value for hit in hits if hit.rule.category == "leak"]

    def say(line: str) -> None:  # every line passes the secrecy module: a verdict may quote the text
        click.echo(mask_values(scrub(line), leaked))

    for rule_id in rule_ids:
        verdict = rule_set.diagnose(text, rule_id, context)
        say(json.dumps({"rule": rule_id, "verdict": verdict}) if as_json else f"{rule_id}: {verdict}")
    for hit in hits:
        shown = preview_hit(hit) if hit.rule.category == "leak" else hit.value
        record = {"rule": hit.rule.id, "category": hit.rule.category,
                  "kind": hit.rule.kind or hit.rule.signal, "start": hit.start, "end": hit.end,
                  "value": shown, "score": hit.score, "in_description": hit.in_description,
                  "why": _masked_explanation(hit.explanation, hit)}
        if as_json:
            say(json.dumps(record, ensure_ascii=False))
        else:
            where = "description" if hit.in_description else "text"
            say(f"{hit.rule.id} [{record['category']}/{record['kind']}] {where}[{hit.start}:{hit.end}] "
                f"{shown!r} score {hit.score:.2f}")
            for key, value in record["why"].items():
                say(f"    {key}: {value}")
    if not hits and not as_json and not rule_ids:
        click.echo("no rule fired")


def _masked_explanation(explanation: dict, hit) -> dict:
    """The explanation, without anything that repeats a leaked value."""
    if hit.rule.category != "leak":
        return dict(explanation)
    return {k: ("(masked)" if k == "near" else v) for k, v in explanation.items()}
